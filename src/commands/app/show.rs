//! `dynsync app show`: the profile's app registration as Azure AD has it, after an admin sign-in:
//! its Dynamics permission and consent, its service principal, every client secret (which one the
//! profile uses; expired or expiring ones flagged), the HRD policy. The profile's recorded expiry
//! is corrected from Graph when they differ.

use chrono::NaiveDate;
use serde::Serialize;

use super::{Lines, Op, Where, graph_error};
use crate::commands::admin_args::AdminArgs;
use crate::ctx::Ctx;
use crate::error::{Error, Outcome, Result};
use crate::graph::{DYNAMICS_APP_ID, GraphError};
use crate::http::HttpConfig;
use crate::msg;
use crate::report::Status;

/// A secret expiring within this many days is flagged.
const EXPIRING_DAYS: i64 = 30;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The profile whose app is shown (its org, tenant and client ID).
    #[arg(long, value_name = "NAME", required_unless_present = "demo")]
    pub profile: Option<String>,
    #[command(flatten)]
    pub place: Where,
    /// Print one JSON document on stdout.
    #[arg(long)]
    pub json: bool,
    /// Run against the built-in demo tenant (registers the demo app first, as `app create --demo`).
    #[arg(long, conflicts_with = "profile")]
    pub demo: bool,
    #[command(flatten)]
    pub admin: AdminArgs,
}

#[derive(Debug, Serialize)]
struct SecretRow {
    key_id: String,
    hint: Option<String>,
    description: Option<String>,
    start: Option<String>,
    end: Option<String>,
    profile: bool,
    /// `ok`, `expiring` or `expired`.
    status: &'static str,
}

#[derive(Debug, Serialize)]
struct AppRow {
    client_id: String,
    object_id: String,
    display_name: Option<String>,
    user_impersonation: bool,
    public_client: bool,
}

#[derive(Debug, Serialize)]
struct HrdRow {
    id: String,
    allows_cloud_passwords: bool,
}

#[derive(Debug, Serialize)]
struct Corrected {
    from: Option<NaiveDate>,
    to: NaiveDate,
}

#[derive(Debug, Default, Serialize)]
struct Doc {
    ok: bool,
    profile: Option<String>,
    tenant_id: Option<String>,
    app: Option<AppRow>,
    service_principal: Option<String>,
    consent: Option<bool>,
    secrets: Vec<SecretRow>,
    hrd_policy: Option<HrdRow>,
    expiry_corrected: Option<Corrected>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<String>,
}

pub async fn run(args: &Args, ctx: &Ctx<'_>) -> Result<Outcome> {
    let mut doc = Doc {
        profile: args.profile.clone(),
        ..Doc::default()
    };
    let result = demo_or_real(args, ctx, &mut doc).await;
    super::finish_json(ctx, args.json, result, &mut doc, |doc, ok, error| {
        doc.ok = ok;
        doc.error = error;
    })
}

async fn demo_or_real(args: &Args, ctx: &Ctx<'_>, doc: &mut Doc) -> Result<Outcome> {
    if !args.demo {
        let name = args.profile.clone().unwrap_or_default();
        return show(args, ctx, &name, super::http_config(&args.place), doc).await;
    }
    #[cfg(not(feature = "demo"))]
    return Err(crate::commands::no_demo());
    #[cfg(feature = "demo")]
    {
        let demo = super::start_demo(ctx).await?;
        let dctx = demo.ctx(ctx);
        ctx.warn(&msg!("app-show-demo-creating"));
        super::register_demo_app(&dctx, &demo, None).await?;
        doc.profile = Some("demo".into());
        let http = HttpConfig {
            demo: Some(demo.tls()),
            ..super::http_config(&Where::default())
        };
        show(args, &dctx, "demo", http, doc).await
    }
}

async fn show(
    args: &Args,
    ctx: &Ctx<'_>,
    name: &str,
    http_config: HttpConfig,
    doc: &mut Doc,
) -> Result<Outcome> {
    crate::profile::check_name(name).map_err(Error::from)?;
    let profile = ctx.profiles()?.get(name)?;
    if profile.app_object_id.is_none() && profile.client_id.is_none() {
        return Err(Error::Invalid(msg!("app-show-no-app", profile = name)));
    }
    let (org, cloud) = super::org_and_cloud(&args.place, &profile)?;
    let mut place = args.place.clone();
    if place.reach.authority_host.is_none() && !args.demo {
        place.reach.authority_host = profile.authority_host.clone();
    }
    let login = super::login_host(&place, cloud)?;
    let tenant_given = place.reach.tenant.clone().or(profile.tenant_id.clone());
    let lines = Lines {
        ctx,
        to_stderr: args.json,
    };
    let sign_in = super::SignIn {
        admin: &args.admin,
        org: &org,
        cloud,
        login: &login,
        tenant: tenant_given.as_deref(),
        http: &http_config,
        demo: args.demo,
    };
    let (graph, _) =
        super::admin_graph(ctx, &sign_in, |t| doc.tenant_id = Some(t.to_string())).await?;
    let g = |op: Op| move |e: GraphError| graph_error(op, e);
    let app = super::profile_app(ctx, &graph, &profile, name).await?;
    let dynamics = ctx
        .cancel
        .guard(graph.dynamics_sp())
        .await?
        .map_err(g(Op::ReadDirectory))?;
    let permission = app.required_resource_access.iter().any(|r| {
        r["resourceAppId"].as_str() == Some(DYNAMICS_APP_ID)
            && r["resourceAccess"].as_array().is_some_and(|a| {
                a.iter().any(|x| {
                    x["id"]
                        .as_str()
                        .is_some_and(|i| i.eq_ignore_ascii_case(&dynamics.scope_id))
                })
            })
    });
    let public = app.is_fallback_public_client == Some(true);
    let display = app.display_name.clone().unwrap_or_default();
    lines.line(
        Status::Pass,
        &msg!("app-step-app", name = display, client_id = app.app_id),
    );
    lines.line(
        if permission {
            Status::Pass
        } else {
            Status::Fail
        },
        &if permission {
            msg!("app-show-permission")
        } else {
            msg!("app-show-no-permission")
        },
    );
    if public {
        lines.line(Status::Fail, &msg!("app-show-public-client"));
    }
    doc.app = Some(AppRow {
        client_id: app.app_id.clone(),
        object_id: app.id.clone(),
        display_name: app.display_name.clone(),
        user_impersonation: permission,
        public_client: public,
    });
    let sp = ctx
        .cancel
        .guard(graph.sp_by_app_id(&app.app_id))
        .await?
        .map_err(g(Op::ServicePrincipal))?;
    let mut consent = false;
    match &sp {
        Some(sp) => {
            lines.line(Status::Pass, &msg!("app-step-sp", id = sp.id));
            doc.service_principal = Some(sp.id.clone());
            consent = ctx
                .cancel
                .guard(graph.grants(&sp.id, &dynamics.id))
                .await?
                .map_err(g(Op::Consent))?
                .iter()
                .any(|gr| gr.has_scope("user_impersonation"));
            let policies = ctx
                .cancel
                .guard(graph.sp_hrd_policies(&sp.id))
                .await?
                .map_err(g(Op::Hrd))?;
            if let Some(p) = policies.first() {
                let allows = p.allows_cloud_passwords();
                lines.line(
                    if allows { Status::Pass } else { Status::Warn },
                    &msg!(
                        "app-show-hrd",
                        id = p.id,
                        allows = if allows { "yes" } else { "no" }
                    ),
                );
                doc.hrd_policy = Some(HrdRow {
                    id: p.id.clone(),
                    allows_cloud_passwords: allows,
                });
            }
        }
        None => lines.line(Status::Fail, &msg!("app-show-no-sp")),
    }
    lines.line(
        if consent { Status::Pass } else { Status::Fail },
        &if consent {
            msg!("app-show-consent")
        } else {
            msg!("app-show-no-consent")
        },
    );
    doc.consent = Some(consent);

    let today = ctx.clock.today();
    let mut profile_secret_ok = false;
    let mut correction = None;
    if app.password_credentials.is_empty() {
        lines.line(Status::Warn, &msg!("app-show-no-secrets"));
    }
    for p in &app.password_credentials {
        let end = p
            .end_date_time
            .as_deref()
            .and_then(|d| crate::profile::parse_date(d.get(..10).unwrap_or(d)).ok());
        let days = end.map(|e| crate::profile::days_until(e, today));
        let status = match days {
            Some(d) if d < 0 => "expired",
            Some(d) if d <= EXPIRING_DAYS => "expiring",
            _ => "ok",
        };
        let mine = profile.secret_key_id.as_deref() == Some(p.key_id.as_str());
        if mine {
            profile_secret_ok = status != "expired";
            if let Some(e) = end
                && profile.secret_expires != Some(e)
            {
                correction = Some(Corrected {
                    from: profile.secret_expires,
                    to: e,
                });
            }
        }
        let mark = match status {
            "expired" => Status::Fail,
            "expiring" => Status::Warn,
            _ => Status::Pass,
        };
        let mut text = msg!(
            "app-show-secret",
            key_id = p.key_id,
            hint = p.hint.as_deref().unwrap_or("?"),
            description = p.display_name.as_deref().unwrap_or(""),
            start = p
                .start_date_time
                .as_deref()
                .map(|d| d.get(..10).unwrap_or(d))
                .unwrap_or("?"),
            end = end.map(|e| e.to_string()).unwrap_or_else(|| "?".into())
        );
        match status {
            "expired" => text.push_str(&msg!("app-show-secret-expired")),
            "expiring" => {
                text.push_str(&msg!("app-show-secret-expiring", days = days.unwrap_or(0)))
            }
            _ => {}
        }
        if mine {
            text.push_str(&msg!("app-show-secret-profile"));
        }
        lines.line(mark, &text);
        doc.secrets.push(SecretRow {
            key_id: p.key_id.clone(),
            hint: p.hint.clone(),
            description: p.display_name.clone(),
            start: p.start_date_time.clone(),
            end: p.end_date_time.clone(),
            profile: mine,
            status,
        });
    }
    if profile.secret_key_id.is_some()
        && !app
            .password_credentials
            .iter()
            .any(|p| Some(&p.key_id) == profile.secret_key_id.as_ref())
    {
        lines.line(Status::Fail, &msg!("app-show-profile-secret-gone"));
    }
    if let Some(c) = correction {
        ctx.profiles()?.update(|all| {
            if let Some(p) = all.get_mut(name) {
                p.secret_expires = Some(c.to);
            }
            Ok(())
        })?;
        lines.line(
            Status::Warn,
            &msg!(
                "app-show-expiry-corrected",
                from = c.from.map(|d| d.to_string()).unwrap_or_else(|| "—".into()),
                to = c.to.to_string()
            ),
        );
        doc.expiry_corrected = Some(c);
    }
    let ok = permission && consent && sp.is_some() && !public && profile_secret_ok;
    Ok(if ok {
        Outcome::Ok
    } else {
        Outcome::ChecksFailed
    })
}
