//! The app registration done for the admin through Microsoft Graph (`dynsync app create`, and
//! setup's "Create it for me"): step by step, each step idempotent — a re-run finds what exists
//! and changes only what is missing. One line per step; waits for Azure AD's replication are
//! visible countdowns; the client secret's Value goes only to the keyring (or, asked for, alone
//! to stdout).
//!
//! Layer: beside the checks (it runs them to validate the new credentials), above the admin
//! sign-in and the services; `commands/app/` and the wizard call it.

use chrono::NaiveDate;
use secrecy::ExposeSecret;
use serde::{Deserialize, Serialize};
use serde_json::json;

use crate::admin::{AdminOptions, AdminSession};
use crate::cloud::Cloud;
use crate::connection::{Raw, Settings};
use crate::ctx::Ctx;
use crate::error::{Error, Outcome, Result};
use crate::graph::{Graph, GraphError, NewSecret, with_user_impersonation};
use crate::http::{Http, HttpConfig};
use crate::input::OrgUrl;
use crate::msg;
use crate::profile::Profile;
use crate::report::{CheckId, Report, Status};
use crate::secrets::{Secret, SecretKind};

/// The Home Realm Discovery policy for a federated sync user.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Hrd {
    /// Only for a sync user on a federated domain (`--username` needed to tell).
    Auto,
    Yes,
    No,
}

#[derive(Debug, Default, Serialize)]
pub struct AppDoc {
    pub client_id: String,
    pub object_id: String,
    pub display_name: String,
    pub created: bool,
}

#[derive(Debug, Default, Serialize)]
pub struct SpDoc {
    pub id: String,
    pub created: bool,
}

#[derive(Debug, Serialize)]
pub struct ConsentDoc {
    pub scope: &'static str,
    pub created: bool,
}

#[derive(Debug, Serialize)]
pub struct SecretDoc {
    pub key_id: String,
    pub hint: Option<String>,
    pub expires: Option<String>,
    pub stored: &'static str,
}

#[derive(Debug, Serialize)]
pub struct HrdDoc {
    pub id: String,
    pub created: bool,
    pub assigned: bool,
}

/// The `--json` document.
#[derive(Debug, Default, Serialize)]
pub struct Doc {
    pub ok: bool,
    pub tenant_id: Option<String>,
    pub app: Option<AppDoc>,
    pub service_principal: Option<SpDoc>,
    pub consent: Option<ConsentDoc>,
    pub secret: Option<SecretDoc>,
    pub hrd_policy: Option<HrdDoc>,
    pub profile: Option<String>,
    pub validate: Option<Report>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}

/// What the steps made or found so far, recorded as each one ends (setup's checkpoint keeps it):
/// a resume neither makes anything twice nor asks Graph again for what is recorded, and once
/// every step is recorded it needs no admin sign-in at all. Never the secret's Value: that is in
/// the keyring under the profile.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Made {
    /// The org the app was made for (a record of another org is not used).
    pub org_url: Option<String>,
    pub tenant_id: Option<String>,
    pub app: Option<MadeApp>,
    pub service_principal_id: Option<String>,
    /// Admin consent is in place; `true` when this registration created or extended the grant.
    pub consent_created: Option<bool>,
    pub secret: Option<MadeSecret>,
    /// Every step ran to its end (the HRD policy's too): nothing is left to do.
    pub complete: bool,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MadeApp {
    pub object_id: String,
    pub client_id: String,
    pub display_name: String,
    /// This registration created it (Azure AD may still be replicating it).
    pub created: bool,
}

/// The client secret added, by its key id (Graph's Secret ID), hint and end date.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct MadeSecret {
    pub key_id: String,
    pub hint: Option<String>,
    pub expires: Option<String>,
}

/// What the steps need, gathered and checked before any request.
pub struct Plan {
    pub org: OrgUrl,
    pub cloud: Cloud,
    pub login: String,
    pub http: HttpConfig,
    pub profile: Option<String>,
    pub username: Option<String>,
    pub expires: NaiveDate,
    pub password: Option<Secret>,
    pub admin: AdminOptions,
    pub unique_name: String,
    pub demo: bool,
    /// The app's display name (`--name`).
    pub name: String,
    pub hrd: Hrd,
    pub new_secret: bool,
    pub print_secret: bool,
    pub replication_wait: u64,
    /// `--json`: the step lines go to stderr, stdout keeps the document.
    pub json: bool,
    /// Without the password: say how to validate (the wizard validates next by itself).
    pub say_how_to_validate: bool,
}

/// The operations of the app registration, for refusals: what was refused and which directory
/// role allows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Op {
    ReadDirectory,
    App,
    ServicePrincipal,
    Consent,
    Secret,
    Hrd,
}

impl Op {
    pub fn operation(self) -> String {
        match self {
            Op::ReadDirectory => msg!("app-op-read"),
            Op::App => msg!("app-op-app"),
            Op::ServicePrincipal => msg!("app-op-sp"),
            Op::Consent => msg!("app-op-consent"),
            Op::Secret => msg!("app-op-secret"),
            Op::Hrd => msg!("app-op-hrd"),
        }
    }

    pub fn role(self) -> String {
        match self {
            Op::Hrd => msg!("app-role-application-admin"),
            _ => msg!("app-role-app-admins"),
        }
    }
}

/// A Graph failure as the command reports it: a refusal names the operation and the role (exit
/// 1); anything else is a service failure (exit 3).
pub fn graph_error(op: Op, e: GraphError) -> Error {
    match e {
        GraphError::Denied { code, message } => Error::Refused(msg!(
            "app-refused",
            operation = op.operation(),
            role = op.role(),
            detail = format!("{code}: {message}")
        )),
        GraphError::Refused {
            status,
            code,
            message,
        } => Error::Refused(msg!(
            "app-graph-refused",
            operation = op.operation(),
            status = status,
            detail = format!("{code}: {message}")
        )),
        GraphError::NotFound { message } => Error::Unreachable(msg!(
            "app-graph-missing",
            operation = op.operation(),
            detail = message
        )),
        GraphError::Http(e) => Error::Unreachable(e.to_string()),
    }
}

/// The tenant: `--tenant`, else the one the org's sign-in challenge names.
pub async fn tenant_of(
    http: &crate::http::Http,
    org: &crate::input::OrgUrl,
    given: Option<&str>,
) -> Result<String> {
    if let Some(t) = given {
        return Ok(t.to_string());
    }
    match crate::azure::probe_org(http, org)
        .await
        .map_err(|e| Error::Unreachable(e.to_string()))?
    {
        crate::azure::Probe::Tenant { tenant_id, .. } => Ok(tenant_id),
        _ => Err(Error::Unreachable(msg!("app-no-tenant", org = org.url))),
    }
}

/// Writes the per-step lines: to stdout, or to stderr when stdout is reserved (JSON, a secret
/// for a pipe).
pub struct Lines<'a, 'c> {
    pub ctx: &'a Ctx<'c>,
    pub to_stderr: bool,
}

impl Lines<'_, '_> {
    pub fn line(&self, mark: crate::report::Status, text: &str) {
        let paint = crate::ui::Paint::new(self.ctx.io.color && !self.to_stderr);
        let line = crate::ui::wrap_with(
            text,
            self.ctx.io.width(),
            &format!("{} ", paint.status(mark)),
            "  ",
        );
        let line = line.trim_end();
        if self.to_stderr {
            self.ctx.warn(line);
        } else {
            let mut out = self.ctx.out();
            let _ = writeln!(out, "{line}");
        }
    }

    /// A step's line: what it is, then how it stands (`step: status`).
    pub fn step(&self, mark: crate::report::Status, step: &str, status: &str) {
        self.line(mark, &format!("{step}: {status}"));
    }
}

/// Wait `secs` before another try, visibly: a countdown on a terminal, one line otherwise.
pub async fn countdown(ctx: &Ctx<'_>, secs: u64, what: &str) -> Result<()> {
    if ctx.io.stderr_tty {
        let spinner = crate::ui::Spinner::new(&ctx.io, true);
        for left in (1..=secs).rev() {
            crate::ui::Progress::step(&spinner, &msg!("app-waiting", what = what, secs = left));
            ctx.cancel
                .guard(ctx.sleep.sleep(std::time::Duration::from_secs(1)))
                .await?;
        }
        spinner.finish();
        Ok(())
    } else {
        ctx.warn(&msg!("app-waiting", what = what, secs = secs));
        ctx.cancel
            .guard(ctx.sleep.sleep(std::time::Duration::from_secs(secs)))
            .await
    }
}

/// The waits between tries while Azure AD replicates a new object: 2, 4, 8, 15, then every 30
/// seconds.
pub fn backoff(attempt: u32) -> u64 {
    match attempt {
        0 => 2,
        1 => 4,
        2 => 8,
        3 => 15,
        _ => 30,
    }
}

/// The app's `uniqueName`, derived from the org host: one app per org, found again by a re-run.
pub fn unique_name(host: &str) -> String {
    let cleaned: String = host
        .to_ascii_lowercase()
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    format!("dynsync-marketo-{cleaned}")
}

fn status_text(created: bool) -> String {
    if created {
        msg!("app-status-created")
    } else {
        msg!("app-status-there")
    }
}

pub async fn run(ctx: &Ctx<'_>, plan: &Plan, doc: &mut Doc) -> Result<Outcome> {
    // Boxed: the sign-in, the Graph steps and the checks are a large future.
    Box::pin(run_recorded(
        ctx,
        plan,
        doc,
        &mut Made::default(),
        &mut |_| Ok(()),
    ))
    .await
}

/// [`run`], continuing from what `made` records (those steps are not asked of Graph again) and
/// handing `record` the record after every step that makes or finds something.
pub async fn run_recorded(
    ctx: &Ctx<'_>,
    plan: &Plan,
    doc: &mut Doc,
    made: &mut Made,
    record: &mut dyn FnMut(&Made) -> Result<()>,
) -> Result<Outcome> {
    if made.org_url.as_deref() != Some(plan.org.url.as_str()) {
        *made = Made {
            org_url: Some(plan.org.url.clone()),
            ..Made::default()
        };
    }
    let lines = Lines {
        ctx,
        to_stderr: plan.json || plan.print_secret,
    };
    let http = Http::new(&plan.http).map_err(Error::Internal)?;
    let given_tenant = (plan.admin.tenant != "organizations").then(|| plan.admin.tenant.clone());
    let tenant = match made.tenant_id.clone() {
        Some(t) => t,
        None => {
            ctx.cancel
                .guard(tenant_of(&http, &plan.org, given_tenant.as_deref()))
                .await??
        }
    };
    doc.tenant_id = Some(tenant.clone());
    made.tenant_id = Some(tenant.clone());
    let mut admin_opts = plan.admin.clone();
    admin_opts.tenant = tenant.clone();
    let graph_scopes = admin_opts.graph_scopes();
    let scope_refs: Vec<&str> = graph_scopes.iter().map(String::as_str).collect();
    let mut session = AdminSession::sign_in(ctx, &admin_opts, &scope_refs).await?;
    let token = session.token(ctx, scope_refs[0]).await?;
    let graph = Graph::new(http.clone(), &admin_opts.graph_host, token);
    let g = |op: Op| move |e: GraphError| graph_error(op, e);

    // 1. Dynamics CRM and its user_impersonation scope (for the app's permission and the
    //    consent; not asked again when both are recorded).
    let dynamics = if made.app.is_none() || made.consent_created.is_none() {
        let d = ctx
            .cancel
            .guard(graph.dynamics_sp())
            .await?
            .map_err(g(Op::ReadDirectory))?;
        lines.line(
            Status::Pass,
            &msg!("app-step-dynamics", scope_id = d.scope_id),
        );
        Some(d)
    } else {
        None
    };
    let dynamics_sp = || {
        dynamics
            .as_ref()
            .ok_or_else(|| Error::Internal("dynamics".into()))
    };

    // 2. The application.
    let stored = match &plan.profile {
        Some(name) => ctx.profiles()?.get(name).unwrap_or_default(),
        None => Profile::default(),
    };
    let recorded_app = made.app.clone();
    let mut existing = None;
    if recorded_app.is_some() {
        // Recorded: neither looked up nor changed again.
    } else if let Some(id) = &stored.app_object_id {
        existing = ctx
            .cancel
            .guard(graph.app_by_id(id))
            .await?
            .map_err(g(Op::App))?;
    }
    if existing.is_none() && recorded_app.is_none() {
        existing = ctx
            .cancel
            .guard(graph.app_by_unique_name(&plan.unique_name))
            .await?
            .map_err(g(Op::App))?;
    }
    let (app, app_created) = match (recorded_app, existing) {
        (Some(m), _) => (
            crate::graph::App {
                id: m.object_id,
                app_id: m.client_id,
                display_name: Some(m.display_name),
                unique_name: None,
                required_resource_access: Vec::new(),
                is_fallback_public_client: None,
                password_credentials: Vec::new(),
            },
            m.created,
        ),
        (None, Some(app)) => {
            let rra =
                with_user_impersonation(&app.required_resource_access, &dynamics_sp()?.scope_id);
            let public = app.is_fallback_public_client == Some(true);
            if rra.is_some() || public {
                let mut body = json!({"isFallbackPublicClient": false});
                if let Some(r) = rra {
                    body["requiredResourceAccess"] = json!(r);
                }
                ctx.cancel
                    .guard(graph.patch_app(&app.id, body))
                    .await?
                    .map_err(g(Op::App))?;
            }
            (app, false)
        }
        (None, None) => {
            let rra = with_user_impersonation(&[], &dynamics_sp()?.scope_id).unwrap_or_default();
            let body = json!({
                "displayName": plan.name,
                "signInAudience": "AzureADMyOrg",
                "isFallbackPublicClient": false,
                "requiredResourceAccess": rra,
            });
            ctx.cancel
                .guard(graph.upsert_app(&plan.unique_name, body))
                .await?
                .map_err(g(Op::App))?
        }
    };
    let display = app
        .display_name
        .clone()
        .unwrap_or_else(|| plan.name.clone());
    let app_new_here = app_created && made.app.is_none();
    lines.step(
        Status::Pass,
        &msg!("app-step-app", name = display, client_id = app.app_id),
        &status_text(app_new_here),
    );
    if made.app.is_none() {
        made.app = Some(MadeApp {
            object_id: app.id.clone(),
            client_id: app.app_id.clone(),
            display_name: display.clone(),
            created: app_created,
        });
        record(made)?;
    }
    doc.app = Some(AppDoc {
        client_id: app.app_id.clone(),
        object_id: app.id.clone(),
        display_name: display.clone(),
        created: app_created,
    });
    if let Some(name) = &plan.profile {
        save_profile(ctx, name, plan, &tenant, &app.app_id, &app.id, None)?;
    }

    // 3. The service principal (a new app may not be visible yet).
    let recorded_sp = match &made.service_principal_id {
        Some(id) => Some(crate::graph::ServicePrincipal {
            id: id.clone(),
            app_id: app.app_id.clone(),
        }),
        None => ctx
            .cancel
            .guard(graph.sp_by_app_id(&app.app_id))
            .await?
            .map_err(g(Op::ServicePrincipal))?,
    };
    let (sp, sp_created) = match recorded_sp {
        Some(sp) => (sp, false),
        None => {
            // Counted in the waits themselves (the injected sleep), not the wall clock.
            let mut waited = 0;
            let mut attempt = 0;
            loop {
                match ctx.cancel.guard(graph.create_sp(&app.app_id)).await? {
                    Ok(sp) => break (sp, true),
                    Err(GraphError::NotFound { .. })
                        if waited + backoff(attempt) <= plan.replication_wait =>
                    {
                        countdown(ctx, backoff(attempt), &msg!("app-wait-app-replication")).await?;
                        waited += backoff(attempt);
                        attempt += 1;
                    }
                    Err(GraphError::NotFound { message }) => {
                        return Err(Error::Unreachable(msg!(
                            "app-replication-gave-up",
                            secs = plan.replication_wait,
                            detail = message
                        )));
                    }
                    Err(e) => return Err(graph_error(Op::ServicePrincipal, e)),
                }
            }
        }
    };
    lines.step(
        Status::Pass,
        &msg!("app-step-sp", id = sp.id),
        &status_text(sp_created),
    );
    doc.service_principal = Some(SpDoc {
        id: sp.id.clone(),
        created: sp_created,
    });
    if made.service_principal_id.is_none() {
        made.service_principal_id = Some(sp.id.clone());
        record(made)?;
    }

    // 4. Admin consent: extended, never duplicated or overwritten.
    let consent_recorded = made.consent_created.is_some();
    let grant_created = if let Some(created) = made.consent_created {
        created
    } else {
        let dynamics = dynamics_sp()?;
        let grants = ctx
            .cancel
            .guard(graph.grants(&sp.id, &dynamics.id))
            .await?
            .map_err(g(Op::Consent))?;
        let created = consent(ctx, &graph, &grants, &sp.id, &dynamics.id).await?;
        made.consent_created = Some(created);
        record(made)?;
        created
    };
    lines.step(
        Status::Pass,
        &msg!("app-step-consent"),
        &status_text(grant_created && !consent_recorded),
    );
    doc.consent = Some(ConsentDoc {
        scope: "user_impersonation",
        created: grant_created,
    });

    // 5. The client secret.
    let stored_value = match &plan.profile {
        Some(name) if !plan.print_secret => ctx.store.get(name, SecretKind::ClientSecret)?,
        _ => None,
    };
    let recorded_secret = match (&made.secret, &stored_value) {
        (Some(m), Some(_)) if !plan.new_secret => Some(crate::graph::PasswordInfo {
            key_id: m.key_id.clone(),
            display_name: None,
            hint: m.hint.clone(),
            start_date_time: None,
            end_date_time: m.expires.clone(),
        }),
        _ => None,
    };
    // The app's secrets, to tell whether the profile's is still on it (not asked when the
    // profile names none, or this registration's secret is recorded).
    let app_now = if stored.secret_key_id.is_some() && recorded_secret.is_none() {
        ctx.cancel
            .guard(graph.app_by_id(&app.id))
            .await?
            .map_err(g(Op::App))?
    } else {
        None
    };
    let still_on_app = stored.secret_key_id.as_ref().and_then(|k| {
        app_now
            .as_ref()
            .and_then(|a| a.password_credentials.iter().find(|p| &p.key_id == k))
    });
    let mut secret_in_hand: Option<Secret> = None;
    let mut secret_created = false;
    let mut printed: Option<NewSecret> = None;
    let still_on_app = recorded_secret.as_ref().or(still_on_app);
    match (still_on_app, stored_value, plan.new_secret) {
        (Some(info), Some(value), false) => {
            if recorded_secret.is_some()
                && let Some(name) = &plan.profile
            {
                // The profile may not have been written after the secret was made.
                save_profile(
                    ctx,
                    name,
                    plan,
                    &tenant,
                    &app.app_id,
                    &app.id,
                    Some((info, plan.expires)),
                )?;
            }
            lines.step(
                Status::Pass,
                &msg!(
                    "app-step-secret",
                    key_id = info.key_id,
                    expires = info
                        .end_date_time
                        .as_deref()
                        .map(|d| d.get(..10).unwrap_or(d))
                        .unwrap_or("?")
                ),
                &msg!("app-status-there"),
            );
            doc.secret = Some(SecretDoc {
                key_id: info.key_id.clone(),
                hint: info.hint.clone(),
                expires: info.end_date_time.clone(),
                stored: "keyring",
            });
            secret_in_hand = Some(value);
        }
        _ if plan.print_secret
            && still_on_app.is_some()
            && !plan.new_secret
            && plan.profile.is_some() =>
        {
            lines.line(Status::Pass, &msg!("app-secret-kept-print"));
        }
        _ => {
            let description = format!("dynsync {}", ctx.clock.today());
            let end = format!("{}T00:00:00Z", plan.expires);
            let new = match ctx
                .cancel
                .guard(graph.add_password(&app.id, &description, &end))
                .await?
            {
                Ok(s) => s,
                Err(GraphError::Refused {
                    status: 400,
                    message,
                    ..
                }) if message.to_ascii_lowercase().contains("lifetime")
                    || message.to_ascii_lowercase().contains("policy") =>
                {
                    lines.step(
                        Status::Fail,
                        &msg!("app-step-secret-new"),
                        &msg!("app-status-refused"),
                    );
                    let cap = ctx.cancel.guard(graph.password_lifetime_cap()).await?;
                    return Err(Error::Refused(match cap {
                        Some(cap) => msg!("app-secret-lifetime-cap", cap = cap, detail = message),
                        None => msg!("app-secret-lifetime-policy", detail = message),
                    }));
                }
                Err(e) => {
                    lines.step(
                        Status::Fail,
                        &msg!("app-step-secret-new"),
                        &msg!("app-status-refused"),
                    );
                    return Err(graph_error(Op::Secret, e));
                }
            };
            secret_created = true;
            let stored_where = if plan.print_secret {
                "printed"
            } else {
                let name = plan.profile.as_deref().unwrap_or_default();
                let value = Secret::new(new.value.expose_secret());
                if let Err(e) = ctx.store.set(name, SecretKind::ClientSecret, &value) {
                    // The Value exists nowhere else now: take the secret off the app again.
                    let _ = ctx
                        .cancel
                        .guard(graph.remove_password(&app.id, &new.info.key_id))
                        .await;
                    return Err(e.into());
                }
                made.secret = Some(MadeSecret {
                    key_id: new.info.key_id.clone(),
                    hint: new.info.hint.clone(),
                    expires: new.info.end_date_time.clone(),
                });
                record(made)?;
                "keyring"
            };
            lines.step(
                Status::Pass,
                &msg!(
                    "app-step-secret",
                    key_id = new.info.key_id,
                    expires = plan.expires.to_string()
                ),
                &if plan.print_secret {
                    msg!("app-status-created-printed")
                } else {
                    msg!("app-status-created-keyring")
                },
            );
            doc.secret = Some(SecretDoc {
                key_id: new.info.key_id.clone(),
                hint: new.info.hint.clone(),
                expires: new.info.end_date_time.clone(),
                stored: stored_where,
            });
            if let Some(name) = &plan.profile {
                save_profile(
                    ctx,
                    name,
                    plan,
                    &tenant,
                    &app.app_id,
                    &app.id,
                    Some((&new.info, plan.expires)),
                )?;
            }
            secret_in_hand = Some(Secret::new(new.value.expose_secret()));
            if plan.print_secret {
                printed = Some(new);
            }
        }
    }

    // 6. The HRD policy for a federated sync user.
    let federated = match (plan.hrd, &plan.username) {
        (Hrd::No, _) => false,
        (Hrd::Yes, _) => true,
        (Hrd::Auto, None) => false,
        (Hrd::Auto, Some(upn)) => {
            let realm = ctx
                .cancel
                .guard(crate::azure::user_realm(&http, &plan.login, upn))
                .await?
                .map_err(|e| Error::Unreachable(e.to_string()))?;
            realm.realm == crate::azure::Realm::Federated
        }
    };
    if federated {
        let policies = ctx
            .cancel
            .guard(graph.sp_hrd_policies(&sp.id))
            .await?
            .map_err(g(Op::Hrd))?;
        let (id, created) = if let Some(p) = policies.iter().find(|p| p.allows_cloud_passwords()) {
            lines.step(
                Status::Pass,
                &msg!("app-step-hrd", id = p.id),
                &msg!("app-status-there"),
            );
            (p.id.clone(), false)
        } else if let Some(p) = policies.first() {
            lines.line(Status::Warn, &msg!("app-hrd-conflict", id = p.id));
            (p.id.clone(), false)
        } else {
            let policy = ctx
                .cancel
                .guard(graph.create_hrd_policy(&msg!("app-hrd-policy-name", name = display)))
                .await?
                .map_err(g(Op::Hrd))?;
            ctx.cancel
                .guard(graph.assign_hrd_policy(&sp.id, &policy.id))
                .await?
                .map_err(g(Op::Hrd))?;
            lines.step(
                Status::Pass,
                &msg!("app-step-hrd", id = policy.id),
                &msg!("app-status-created"),
            );
            (policy.id, true)
        };
        doc.hrd_policy = Some(HrdDoc {
            id,
            created,
            assigned: true,
        });
        match ctx.cancel.guard(graph.password_hash_sync()).await? {
            Some(true) => lines.line(Status::Pass, &msg!("app-phs-on")),
            Some(false) => lines.line(Status::Warn, &msg!("app-phs-off")),
            None => lines.line(Status::Warn, &msg!("app-phs-unknown")),
        }
    }

    made.complete = true;
    record(made)?;

    // 7. Validate with the new credentials, as Marketo will sign in.
    let mut outcome = Outcome::Ok;
    match (&plan.username, &plan.password, secret_in_hand) {
        (Some(user), Some(password), Some(secret)) => {
            let settings = Settings {
                org_url: Some(plan.org.url.clone()),
                cloud: Some(plan.cloud),
                authority_host: Some(plan.login.clone()),
                ca_bundle: plan.http.ca_bundle.clone(),
                // Found from the org again, as Marketo's sign-in will: the tenant check then says
                // where it came from (not "--tenant", which the admin may not have given).
                tenant: None,
                client_id: Some(app.app_id.clone()),
                username: Some(user.clone()),
                auth: None,
            };
            let report = validate(
                ctx,
                &plan.http,
                plan.expires,
                Replication {
                    wait: plan.replication_wait,
                    // What an earlier, stopped run of this registration made is new too.
                    new_app_or_secret: app_created || secret_created || recorded_secret.is_some(),
                    new_grant: grant_created,
                },
                settings,
                secret,
                password.clone(),
            )
            .await?;
            outcome = report.outcome();
            let heading = msg!("app-validate-heading");
            if plan.json || plan.print_secret {
                lines.line(
                    if outcome == Outcome::Ok {
                        Status::Pass
                    } else {
                        Status::Fail
                    },
                    &heading,
                );
            } else {
                let text = crate::ui::render_report(
                    &report,
                    &heading,
                    &crate::ui::Paint::new(ctx.io.color).width(ctx.io.width()),
                );
                let mut out = ctx.out();
                std::io::Write::write_all(&mut *out, b"\n")?;
                std::io::Write::write_all(&mut *out, text.as_bytes())?;
            }
            doc.validate = Some(report);
        }
        _ if !plan.say_how_to_validate => {}
        _ => {
            let how = match &plan.profile {
                Some(p) if !plan.demo => msg!("app-validate-how-profile", profile = p),
                _ => msg!("app-validate-how"),
            };
            lines.line(Status::Skip, &how);
        }
    }
    if let Some(new) = printed {
        let mut out = ctx.out();
        std::io::Write::write_all(&mut *out, new.value.expose_secret().as_bytes())?;
        std::io::Write::write_all(&mut *out, b"\n")?;
    }
    Ok(outcome)
}

/// Admin consent: a tenant-wide grant of `user_impersonation`, extended, never duplicated or
/// overwritten. True when it was created or extended.
async fn consent(
    ctx: &Ctx<'_>,
    graph: &Graph,
    grants: &[crate::graph::Grant],
    sp: &str,
    dynamics: &str,
) -> Result<bool> {
    let g = |e: GraphError| graph_error(Op::Consent, e);
    if grants.iter().any(|gr| gr.has_scope("user_impersonation")) {
        Ok(false)
    } else if let Some(gr) = grants.first() {
        let scope = format!("{} user_impersonation", gr.scope.as_deref().unwrap_or(""))
            .trim()
            .to_string();
        ctx.cancel
            .guard(graph.set_grant_scope(&gr.id, &scope))
            .await?
            .map_err(g)?;
        Ok(true)
    } else {
        ctx.cancel
            .guard(graph.create_grant(sp, dynamics, "user_impersonation"))
            .await?
            .map_err(g)?;
        Ok(true)
    }
}

/// Record what was made in the profile (created if it does not exist yet).
fn save_profile(
    ctx: &Ctx<'_>,
    name: &str,
    plan: &Plan,
    tenant: &str,
    client_id: &str,
    object_id: &str,
    secret: Option<(&crate::graph::PasswordInfo, NaiveDate)>,
) -> Result<()> {
    ctx.profiles()?.update(|all| {
        let p = all.entry(name.to_string()).or_default();
        if p.org_url.as_deref() != Some(plan.org.url.as_str()) {
            p.marketo_config = None;
        }
        p.org_url = Some(plan.org.url.clone());
        p.tenant_id = Some(tenant.to_string());
        if p.client_id.as_deref() != Some(client_id) {
            // Another app's secret facts no longer describe this one.
            p.secret_key_id = None;
            p.secret_hint = None;
            p.secret_expires = None;
        }
        p.client_id = Some(client_id.to_string());
        p.app_object_id = Some(object_id.to_string());
        if let Some(u) = &plan.username {
            p.username = Some(u.clone());
        }
        if !plan.demo && plan.login != plan.cloud.login_host() {
            p.authority_host = Some(plan.login.clone());
        }
        if plan.http.ca_bundle.is_some() {
            p.ca_bundle = plan.http.ca_bundle.clone();
        }
        if let Some((info, expires)) = secret {
            p.secret_key_id = Some(info.key_id.clone());
            p.secret_hint = info.hint.clone();
            p.secret_expires = Some(
                info.end_date_time
                    .as_deref()
                    .and_then(|d| crate::profile::parse_date(d.get(..10).unwrap_or(d)).ok())
                    .unwrap_or(expires),
            );
        }
        Ok(())
    })?;
    Ok(())
}

/// The AADSTS codes a replicating app, secret or grant answers with.
pub fn replicating(code: u32, new_app_or_secret: bool, new_grant: bool) -> bool {
    match code {
        7000215 | 700016 => new_app_or_secret,
        65001 => new_grant,
        _ => false,
    }
}

/// What this run created, and how long Azure AD may take to replicate it.
#[derive(Debug, Clone, Copy)]
pub struct Replication {
    /// Seconds of waiting at most.
    pub wait: u64,
    /// The app or the secret is new: AADSTS7000215 and 700016 mean "not replicated yet".
    pub new_app_or_secret: bool,
    /// The consent grant is new: AADSTS65001 means "not replicated yet".
    pub new_grant: bool,
}

/// Run the full validation, again while the token answers say Azure AD is still replicating
/// what this run created (bounded by `r.wait` seconds).
pub async fn validate(
    ctx: &Ctx<'_>,
    http: &HttpConfig,
    expires: NaiveDate,
    r: Replication,
    settings: Settings,
    secret: Secret,
    password: Secret,
) -> Result<Report> {
    let Replication {
        wait,
        new_app_or_secret,
        new_grant,
    } = r;
    let mut waited = 0;
    let mut attempt = 0;
    loop {
        let opts = crate::checks::Options {
            secret_expires: Some(expires),
            verbose: ctx.verbose,
            demo: http.demo.clone(),
            ..crate::checks::Options::new(ctx.clock.today())
        };
        let raw = Raw {
            settings: settings.clone(),
            client_secret: Some(secret.clone()),
            password: Some(password.clone()),
            timeout_secs: Some(http.timeout.as_secs()),
        };
        let spinner = crate::ui::Spinner::new(&ctx.io, !ctx.verbose);
        let log = |line: &str| ctx.warn(line);
        let run = ctx
            .cancel
            .guard(crate::checks::run(raw, &opts, &spinner, &log))
            .await?;
        spinner.finish();
        let code = run
            .report
            .check(CheckId::Token)
            .filter(|c| c.status == Status::Fail)
            .and_then(|c| c.aadsts);
        match code {
            Some(code)
                if replicating(code, new_app_or_secret, new_grant)
                    && waited + backoff(attempt) <= wait =>
            {
                countdown(
                    ctx,
                    backoff(attempt),
                    &msg!("app-wait-signin-replication", code = code),
                )
                .await?;
                waited += backoff(attempt);
                attempt += 1;
            }
            _ => return Ok(run.report),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unique_names_come_from_the_org_host() {
        assert_eq!(
            unique_name("contoso.crm4.dynamics.com"),
            "dynsync-marketo-contoso-crm4-dynamics-com"
        );
        assert_eq!(unique_name("127.0.0.1"), "dynsync-marketo-127-0-0-1");
    }

    #[test]
    fn only_what_this_run_created_is_waited_for() {
        assert!(replicating(7000215, true, false));
        assert!(replicating(700016, true, false));
        assert!(!replicating(7000215, false, true));
        assert!(replicating(65001, false, true));
        assert!(!replicating(65001, true, false));
        assert!(!replicating(50126, true, true));
    }
}
