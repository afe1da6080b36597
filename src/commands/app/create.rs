//! `dynsync app create`: the app registration done for the admin, step by step, each step
//! idempotent (a re-run finds what exists and changes only what is missing).

use chrono::{Months, NaiveDate};
use secrecy::ExposeSecret;
use serde::Serialize;
use serde_json::json;

use super::{Lines, Op, Where, backoff, countdown, graph_error};
use crate::admin::{AdminOptions, AdminSession};
use crate::cloud::Cloud;
use crate::commands::admin_args::AdminArgs;
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

/// How many months a new secret lives unless told otherwise.
const DEFAULT_MONTHS: u32 = 12;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Hrd {
    /// Only for a sync user on a federated domain (`--username` needed to tell).
    Auto,
    Yes,
    No,
}

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(flatten)]
    pub place: Where,
    /// The profile the app goes into (created if it does not exist): client ID, tenant, key id,
    /// hint and expiry in the profile, the secret's Value in the OS keyring.
    #[arg(long, value_name = "NAME", conflicts_with = "demo")]
    pub profile: Option<String>,
    /// The sync user (UPN): decides the HRD policy (federated domain) and lets the new
    /// credentials be validated.
    #[arg(long, env = "DYNSYNC_USERNAME", value_name = "UPN")]
    pub username: Option<String>,
    /// The app registration's display name.
    #[arg(long, default_value = "Marketo Integration", value_name = "NAME")]
    pub name: String,
    /// When the new client secret expires (YYYY-MM-DD).
    #[arg(long, value_name = "DATE", value_parser = parse_date_arg, conflicts_with = "secret_months")]
    pub secret_expires: Option<NaiveDate>,
    /// How many months the new client secret lives (default 12).
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=24))]
    pub secret_months: Option<u32>,
    /// The Home Realm Discovery policy that lets Azure AD check a federated user's password.
    #[arg(long, value_enum, default_value_t = Hrd::Auto)]
    pub hrd: Hrd,
    /// Add a client secret even when the profile's stored one is still on the app.
    #[arg(long)]
    pub new_secret: bool,
    /// Write the new secret's Value alone on stdout (for a pipe) instead of the keyring.
    #[arg(long, conflicts_with = "json")]
    pub print_secret: bool,
    /// Read the sync user's password from stdin (to validate the new credentials).
    #[arg(long)]
    pub password_stdin: bool,
    /// How long to wait for Azure AD to replicate a new app or secret, in seconds.
    #[arg(long, value_name = "SECS", default_value_t = 300, value_parser = clap::value_parser!(u64).range(0..=1800))]
    pub replication_wait: u64,
    /// Print one JSON document on stdout.
    #[arg(long)]
    pub json: bool,
    /// Run against the built-in demo tenant: a simulated admin and directory, nothing real.
    #[arg(long)]
    pub demo: bool,
    #[command(flatten)]
    pub admin: AdminArgs,
}

fn parse_date_arg(s: &str) -> std::result::Result<NaiveDate, String> {
    crate::profile::parse_date(s)
}

#[derive(Debug, Default, Serialize)]
struct AppDoc {
    client_id: String,
    object_id: String,
    display_name: String,
    created: bool,
}

#[derive(Debug, Default, Serialize)]
struct SpDoc {
    id: String,
    created: bool,
}

#[derive(Debug, Serialize)]
struct ConsentDoc {
    scope: &'static str,
    created: bool,
}

#[derive(Debug, Serialize)]
struct SecretDoc {
    key_id: String,
    hint: Option<String>,
    expires: Option<String>,
    stored: &'static str,
}

#[derive(Debug, Serialize)]
struct HrdDoc {
    id: String,
    created: bool,
    assigned: bool,
}

/// The `--json` document.
#[derive(Debug, Default, Serialize)]
struct Doc {
    ok: bool,
    tenant_id: Option<String>,
    app: Option<AppDoc>,
    service_principal: Option<SpDoc>,
    consent: Option<ConsentDoc>,
    secret: Option<SecretDoc>,
    hrd_policy: Option<HrdDoc>,
    profile: Option<String>,
    validate: Option<Report>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<String>,
}

/// What the steps need, gathered and checked before any request.
struct Plan {
    org: OrgUrl,
    cloud: Cloud,
    login: String,
    http: HttpConfig,
    profile: Option<String>,
    username: Option<String>,
    expires: NaiveDate,
    password: Option<Secret>,
    admin: AdminOptions,
    unique_name: String,
    demo: bool,
}

pub async fn run(args: &Args, ctx: &Ctx<'_>) -> Result<Outcome> {
    let mut doc = Doc {
        profile: args.profile.clone(),
        ..Doc::default()
    };
    let result = run_demo_or_real(args, ctx, &mut doc).await;
    if args.json && !matches!(&result, Err(e) if crate::error::is_broken_pipe(e)) {
        doc.ok = matches!(result, Ok(Outcome::Ok));
        if let Err(e) = &result {
            doc.error = Some(e.to_string());
        }
        crate::ui::write_json(&mut *ctx.out(), &doc)?;
    }
    result
}

async fn run_demo_or_real(args: &Args, ctx: &Ctx<'_>, doc: &mut Doc) -> Result<Outcome> {
    if !args.demo {
        let plan = plan(args, ctx, None)?;
        return steps(args, ctx, &plan, doc).await;
    }
    #[cfg(not(feature = "demo"))]
    return Err(crate::commands::no_demo());
    #[cfg(feature = "demo")]
    {
        let mut config = crate::sim::SimConfig::default();
        // The simulated admin approves the device code at the first poll.
        config.admin.device_pending_polls = 0;
        config.admin.device_interval = 2;
        let demo = crate::commands::DemoEnv::start(config).await?;
        ctx.warn(&msg!("app-demo-banner"));
        in_demo(args, ctx, &demo, doc).await
    }
}

#[cfg(feature = "demo")]
async fn in_demo(
    args: &Args,
    ctx: &Ctx<'_>,
    demo: &crate::commands::DemoEnv,
    doc: &mut Doc,
) -> Result<Outcome> {
    let dctx = demo.ctx(ctx);
    let plan = plan(args, &dctx, Some(demo))?;
    doc.profile = plan.profile.clone();
    steps(args, &dctx, &plan, doc).await
}

/// `app create` on a demo tenant that is already running (`app show --demo` registers its app
/// this way first).
#[cfg(feature = "demo")]
pub(super) async fn run_on_demo(
    args: &Args,
    ctx: &Ctx<'_>,
    demo: &crate::commands::DemoEnv,
) -> Result<Outcome> {
    in_demo(args, ctx, demo, &mut Doc::default()).await
}

#[cfg(feature = "demo")]
type DemoRef<'a> = Option<&'a crate::commands::DemoEnv>;
#[cfg(not(feature = "demo"))]
type DemoRef<'a> = Option<&'a ()>;

/// Check every input (exit 2) and the keyring (exit 3) before any request.
fn plan(args: &Args, ctx: &Ctx<'_>, demo: DemoRef<'_>) -> Result<Plan> {
    let today = ctx.clock.today();
    let place = args.place.clone();
    let username = args.username.clone();
    let profile_name = args.profile.clone();
    #[cfg(feature = "demo")]
    let (place, username, profile_name) = if demo.is_some() {
        (
            Where {
                org_url: Some(format!("https://{}", crate::sim::DEMO.org_host)),
                ..Where::default()
            },
            Some(crate::sim::DEMO.username.to_string()),
            Some("demo".to_string()),
        )
    } else {
        (place, username, profile_name)
    };
    let mut place = place;
    let stored = match &profile_name {
        Some(name) => {
            crate::profile::check_name(name).map_err(Error::from)?;
            match ctx.profiles()?.get(name) {
                Ok(p) => p,
                Err(crate::profile::ProfileError::NotFound(_)) => Profile::default(),
                Err(e) => return Err(e.into()),
            }
        }
        None => Profile::default(),
    };
    let org_text = place
        .org_url
        .clone()
        .or(stored.org_url.clone())
        .ok_or_else(|| Error::Invalid(msg!("app-org-url-missing")))?;
    let org = crate::input::normalize_org_url(&org_text).map_err(Error::Invalid)?;
    let cloud = place
        .cloud
        .or(stored.cloud)
        .or(org.cloud)
        .unwrap_or(Cloud::Public);
    if place.authority_host.is_none() {
        place.authority_host = stored.authority_host.clone();
    }
    if place.ca_bundle.is_none() {
        place.ca_bundle = stored.ca_bundle.clone();
    }
    let login = super::login_host(&place, cloud)?;
    let username = match username.or(stored.username.clone()) {
        Some(u) => Some(
            crate::input::check_upn(&u)
                .map_err(|p| Error::Invalid(format!("{} ({})", p.message, p.fix)))?,
        ),
        None => None,
    };
    let tenant = match place.tenant.clone().or(stored.tenant_id.clone()) {
        Some(t) => Some(
            crate::input::check_tenant(&t)
                .map_err(|p| Error::Invalid(format!("{} ({})", p.message, p.fix)))?,
        ),
        None => None,
    };
    let expires = match (args.secret_expires, args.secret_months) {
        (Some(d), _) if d <= today => {
            return Err(Error::Invalid(msg!(
                "app-secret-expires-past",
                date = d.to_string()
            )));
        }
        (Some(d), _) => d,
        (None, m) => today
            .checked_add_months(Months::new(m.unwrap_or(DEFAULT_MONTHS)))
            .unwrap_or(today),
    };
    if profile_name.is_none() && !args.print_secret {
        return Err(Error::Invalid(msg!("app-needs-profile")));
    }
    if args.password_stdin && ctx.io.stdin_tty {
        return Err(Error::Invalid(msg!("app-password-stdin-tty")));
    }
    // The keyring must work before anything is created: the secret's Value goes nowhere else.
    let mut password = None;
    if let Some(name) = &profile_name {
        if !args.print_secret {
            ctx.store.get(name, SecretKind::ClientSecret)?;
        }
        if args.password_stdin {
            let text = ctx.read_stdin(64 * 1024)?;
            password = Some(Secret::new(crate::secrets::strip_line_ending(text)));
        } else if let Some(p) = ctx.var("DYNSYNC_PASSWORD") {
            password = Some(Secret::new(p));
        } else {
            password = ctx.store.get(name, SecretKind::Password).unwrap_or(None);
        }
    } else if args.password_stdin {
        let text = ctx.read_stdin(64 * 1024)?;
        password = Some(Secret::new(crate::secrets::strip_line_ending(text)));
    } else if let Some(p) = ctx.var("DYNSYNC_PASSWORD") {
        password = Some(Secret::new(p));
    }
    #[cfg(feature = "demo")]
    if demo.is_some() {
        password = Some(Secret::new(crate::sim::DEMO.password));
    }
    let http = super::http_config(&place);
    #[cfg(feature = "demo")]
    let http = HttpConfig {
        demo: demo.map(|d| d.tls()),
        ..http
    };
    let mut admin = args.admin.options(
        ctx,
        cloud,
        &login,
        tenant.as_deref().unwrap_or("organizations"),
    )?;
    admin.http = http.clone();
    admin.demo = demo.is_some();
    if admin.demo {
        admin.device_code = true;
    }
    Ok(Plan {
        unique_name: unique_name(&org.host),
        org,
        cloud,
        login,
        http,
        profile: profile_name,
        username,
        expires,
        password,
        admin,
        demo: demo.is_some(),
    })
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

async fn steps(args: &Args, ctx: &Ctx<'_>, plan: &Plan, doc: &mut Doc) -> Result<Outcome> {
    let lines = Lines {
        ctx,
        to_stderr: args.json || args.print_secret,
    };
    let http = Http::new(&plan.http).map_err(Error::Internal)?;
    let given_tenant = (plan.admin.tenant != "organizations").then(|| plan.admin.tenant.clone());
    let tenant = ctx
        .cancel
        .guard(super::tenant_of(&http, &plan.org, given_tenant.as_deref()))
        .await??;
    doc.tenant_id = Some(tenant.clone());
    let mut admin_opts = plan.admin.clone();
    admin_opts.tenant = tenant.clone();
    let graph_scopes = admin_opts.graph_scopes();
    let scope_refs: Vec<&str> = graph_scopes.iter().map(String::as_str).collect();
    let mut session = AdminSession::sign_in(ctx, &admin_opts, &scope_refs).await?;
    let token = session.token(ctx, scope_refs[0]).await?;
    let graph = Graph::new(http.clone(), &admin_opts.graph_host, token);
    let g = |op: Op| move |e: GraphError| graph_error(op, e);

    // 1. Dynamics CRM and its user_impersonation scope.
    let dynamics = ctx
        .cancel
        .guard(graph.dynamics_sp())
        .await?
        .map_err(g(Op::ReadDirectory))?;
    lines.line(
        Status::Pass,
        &msg!("app-step-dynamics", scope_id = dynamics.scope_id),
    );

    // 2. The application.
    let stored = match &plan.profile {
        Some(name) => ctx.profiles()?.get(name).unwrap_or_default(),
        None => Profile::default(),
    };
    let mut existing = None;
    if let Some(id) = &stored.app_object_id {
        existing = ctx
            .cancel
            .guard(graph.app_by_id(id))
            .await?
            .map_err(g(Op::App))?;
    }
    if existing.is_none() {
        existing = ctx
            .cancel
            .guard(graph.app_by_unique_name(&plan.unique_name))
            .await?
            .map_err(g(Op::App))?;
    }
    let (app, app_created) = match existing {
        Some(app) => {
            let rra = with_user_impersonation(&app.required_resource_access, &dynamics.scope_id);
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
        None => {
            let rra = with_user_impersonation(&[], &dynamics.scope_id).unwrap_or_default();
            let body = json!({
                "displayName": args.name,
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
        .unwrap_or_else(|| args.name.clone());
    lines.line(
        Status::Pass,
        &format!(
            "{}: {}",
            msg!("app-step-app", name = display, client_id = app.app_id),
            status_text(app_created)
        ),
    );
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
    let (sp, sp_created) = match ctx
        .cancel
        .guard(graph.sp_by_app_id(&app.app_id))
        .await?
        .map_err(g(Op::ServicePrincipal))?
    {
        Some(sp) => (sp, false),
        None => {
            // Counted in the waits themselves (the injected sleep), not the wall clock.
            let mut waited = 0;
            let mut attempt = 0;
            loop {
                match ctx.cancel.guard(graph.create_sp(&app.app_id)).await? {
                    Ok(sp) => break (sp, true),
                    Err(GraphError::NotFound { .. })
                        if waited + backoff(attempt) <= args.replication_wait =>
                    {
                        countdown(ctx, backoff(attempt), &msg!("app-wait-app-replication")).await?;
                        waited += backoff(attempt);
                        attempt += 1;
                    }
                    Err(GraphError::NotFound { message }) => {
                        return Err(Error::Unreachable(msg!(
                            "app-replication-gave-up",
                            secs = args.replication_wait,
                            detail = message
                        )));
                    }
                    Err(e) => return Err(graph_error(Op::ServicePrincipal, e)),
                }
            }
        }
    };
    lines.line(
        Status::Pass,
        &format!(
            "{}: {}",
            msg!("app-step-sp", id = sp.id),
            status_text(sp_created)
        ),
    );
    doc.service_principal = Some(SpDoc {
        id: sp.id.clone(),
        created: sp_created,
    });

    // 4. Admin consent: extended, never duplicated or overwritten.
    let grants = ctx
        .cancel
        .guard(graph.grants(&sp.id, &dynamics.id))
        .await?
        .map_err(g(Op::Consent))?;
    let grant_created = if grants.iter().any(|gr| gr.has_scope("user_impersonation")) {
        false
    } else if let Some(gr) = grants.first() {
        let scope = format!("{} user_impersonation", gr.scope.as_deref().unwrap_or(""))
            .trim()
            .to_string();
        ctx.cancel
            .guard(graph.set_grant_scope(&gr.id, &scope))
            .await?
            .map_err(g(Op::Consent))?;
        true
    } else {
        ctx.cancel
            .guard(graph.create_grant(&sp.id, &dynamics.id, "user_impersonation"))
            .await?
            .map_err(g(Op::Consent))?;
        true
    };
    lines.line(
        Status::Pass,
        &format!(
            "{}: {}",
            msg!("app-step-consent"),
            status_text(grant_created)
        ),
    );
    doc.consent = Some(ConsentDoc {
        scope: "user_impersonation",
        created: grant_created,
    });

    // 5. The client secret.
    let stored_value = match &plan.profile {
        Some(name) if !args.print_secret => ctx.store.get(name, SecretKind::ClientSecret)?,
        _ => None,
    };
    let app_now = ctx
        .cancel
        .guard(graph.app_by_id(&app.id))
        .await?
        .map_err(g(Op::App))?;
    let still_on_app = stored.secret_key_id.as_ref().and_then(|k| {
        app_now
            .as_ref()
            .and_then(|a| a.password_credentials.iter().find(|p| &p.key_id == k))
    });
    let mut secret_in_hand: Option<Secret> = None;
    let mut secret_created = false;
    let mut printed: Option<NewSecret> = None;
    match (still_on_app, stored_value, args.new_secret) {
        (Some(info), Some(value), false) => {
            lines.line(
                Status::Pass,
                &format!(
                    "{}: {}",
                    msg!(
                        "app-step-secret",
                        key_id = info.key_id,
                        expires = info
                            .end_date_time
                            .as_deref()
                            .map(|d| d.get(..10).unwrap_or(d))
                            .unwrap_or("?")
                    ),
                    msg!("app-status-there")
                ),
            );
            doc.secret = Some(SecretDoc {
                key_id: info.key_id.clone(),
                hint: info.hint.clone(),
                expires: info.end_date_time.clone(),
                stored: "keyring",
            });
            secret_in_hand = Some(value);
        }
        _ if args.print_secret
            && still_on_app.is_some()
            && !args.new_secret
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
                    lines.line(
                        Status::Fail,
                        &format!(
                            "{}: {}",
                            msg!("app-step-secret-new"),
                            msg!("app-status-refused")
                        ),
                    );
                    let cap = ctx.cancel.guard(graph.password_lifetime_cap()).await?;
                    return Err(Error::Refused(match cap {
                        Some(cap) => msg!("app-secret-lifetime-cap", cap = cap, detail = message),
                        None => msg!("app-secret-lifetime-policy", detail = message),
                    }));
                }
                Err(e) => {
                    lines.line(
                        Status::Fail,
                        &format!(
                            "{}: {}",
                            msg!("app-step-secret-new"),
                            msg!("app-status-refused")
                        ),
                    );
                    return Err(graph_error(Op::Secret, e));
                }
            };
            secret_created = true;
            let stored_where = if args.print_secret {
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
                "keyring"
            };
            lines.line(
                Status::Pass,
                &format!(
                    "{}: {}",
                    msg!(
                        "app-step-secret",
                        key_id = new.info.key_id,
                        expires = plan.expires.to_string()
                    ),
                    if args.print_secret {
                        msg!("app-status-created-printed")
                    } else {
                        msg!("app-status-created-keyring")
                    }
                ),
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
                    Some((&new, plan.expires)),
                )?;
            }
            secret_in_hand = Some(Secret::new(new.value.expose_secret()));
            if args.print_secret {
                printed = Some(new);
            }
        }
    }

    // 6. The HRD policy for a federated sync user.
    let federated = match (args.hrd, &plan.username) {
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
        if let Some(p) = policies.iter().find(|p| p.allows_cloud_passwords()) {
            lines.line(
                Status::Pass,
                &format!(
                    "{}: {}",
                    msg!("app-step-hrd", id = p.id),
                    msg!("app-status-there")
                ),
            );
            doc.hrd_policy = Some(HrdDoc {
                id: p.id.clone(),
                created: false,
                assigned: true,
            });
        } else if let Some(p) = policies.first() {
            lines.line(Status::Warn, &msg!("app-hrd-conflict", id = p.id));
            doc.hrd_policy = Some(HrdDoc {
                id: p.id.clone(),
                created: false,
                assigned: true,
            });
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
            lines.line(
                Status::Pass,
                &format!(
                    "{}: {}",
                    msg!("app-step-hrd", id = policy.id),
                    msg!("app-status-created")
                ),
            );
            doc.hrd_policy = Some(HrdDoc {
                id: policy.id,
                created: true,
                assigned: true,
            });
        }
        match ctx.cancel.guard(graph.password_hash_sync()).await? {
            Some(true) => lines.line(Status::Pass, &msg!("app-phs-on")),
            Some(false) => lines.line(Status::Warn, &msg!("app-phs-off")),
            None => lines.line(Status::Warn, &msg!("app-phs-unknown")),
        }
    }

    // 7. Validate with the new credentials, as Marketo will sign in.
    let mut outcome = Outcome::Ok;
    match (&plan.username, &plan.password, secret_in_hand) {
        (Some(user), Some(password), Some(secret)) => {
            let settings = Settings {
                org_url: Some(plan.org.url.clone()),
                cloud: Some(plan.cloud),
                authority_host: Some(plan.login.clone()),
                ca_bundle: plan.http.ca_bundle.clone(),
                tenant: Some(tenant.clone()),
                client_id: Some(app.app_id.clone()),
                username: Some(user.clone()),
                auth: None,
            };
            let report = validate(
                ctx,
                &plan.http,
                plan.expires,
                args.replication_wait,
                settings,
                secret,
                password.clone(),
                (app_created || secret_created, grant_created),
            )
            .await?;
            outcome = report.outcome();
            let heading = msg!("app-validate-heading");
            if args.json || args.print_secret {
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

/// Record what was made in the profile (created if it does not exist yet).
fn save_profile(
    ctx: &Ctx<'_>,
    name: &str,
    plan: &Plan,
    tenant: &str,
    client_id: &str,
    object_id: &str,
    secret: Option<(&NewSecret, NaiveDate)>,
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
        if let Some((new, expires)) = secret {
            p.secret_key_id = Some(new.info.key_id.clone());
            p.secret_hint = new.info.hint.clone();
            p.secret_expires = Some(
                new.info
                    .end_date_time
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
pub(super) fn replicating(code: u32, new_app_or_secret: bool, new_grant: bool) -> bool {
    match code {
        7000215 | 700016 => new_app_or_secret,
        65001 => new_grant,
        _ => false,
    }
}

/// Run the full validation, again while the token answers say Azure AD is still replicating
/// what this run created (bounded by `wait` seconds).
pub(super) async fn validate(
    ctx: &Ctx<'_>,
    http: &HttpConfig,
    expires: NaiveDate,
    wait: u64,
    settings: Settings,
    secret: Secret,
    password: Secret,
    (new_app_or_secret, new_grant): (bool, bool),
) -> Result<Report> {
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
