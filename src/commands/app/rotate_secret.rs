//! `rotate --create-secret`, the scripted form in two phases:
//!
//! 1. `rotate --profile P --create-secret --print-secret`: an Azure admin signs in, Graph adds a
//!    new client secret to the profile's app, dynsync validates it (with the replication
//!    retries), keeps it pending in the keyring (with a rotation checkpoint), and writes its Value
//!    alone on stdout for the script to deliver to Marketo.
//! 2. `rotate --profile P --resume --marketo-done [--remove-old]`: the rotation wizard promotes
//!    the pending secret; then the profile records the new key id and, with `--remove-old`, the
//!    old secret (the profile's, by its key id, and only that one) is removed from the app.

use chrono::{Months, NaiveDate};
use secrecy::ExposeSecret;

use super::{Op, graph_error};
use crate::cloud::Cloud;
use crate::commands::admin_args::AdminArgs;
use crate::connection::Settings;
use crate::ctx::Ctx;
use crate::error::{Error, Outcome, Result};
use crate::graph::{App, Graph};
use crate::http::HttpConfig;
use crate::msg;
use crate::profile::Profile;
use crate::secrets::{Secret, SecretKind};
use crate::wizard::state::{Checkpoints, ConnectionPath, Rotating, SetupState};

/// What the rotation's Graph side needs from the command line.
pub struct Options<'a> {
    pub profile: Option<&'a str>,
    pub secret_expires: Option<&'a str>,
    pub print_secret: bool,
    pub admin: &'a AdminArgs,
    pub replication_wait: u64,
    /// The demo tenant's TLS, on `--demo`.
    pub demo: Option<crate::http::DemoTls>,
}

/// The profile, its app on Graph, a signed-in Graph client.
struct Signed {
    graph: Graph,
    app: App,
    http: HttpConfig,
    tenant: String,
    login: String,
    cloud: Cloud,
}

async fn sign_in(ctx: &Ctx<'_>, o: &Options<'_>, name: &str, p: &Profile) -> Result<Signed> {
    let (org, cloud) = super::org_and_cloud(&super::Where::default(), p)?;
    let login = match (&p.authority_host, &o.demo) {
        (Some(h), None) => crate::input::normalize_authority_host(h).map_err(Error::Invalid)?,
        _ => cloud.login_host().to_string(),
    };
    let http = HttpConfig {
        timeout: std::time::Duration::from_secs(crate::input::DEFAULT_TIMEOUT_SECS),
        ca_bundle: p.ca_bundle.clone(),
        demo: o.demo.clone(),
        ..HttpConfig::default()
    };
    let sign_in = super::SignIn {
        admin: o.admin,
        org: &org,
        cloud,
        login: &login,
        tenant: p.tenant_id.as_deref(),
        http: &http,
        demo: o.demo.is_some(),
    };
    let (graph, tenant) = super::admin_graph(ctx, &sign_in, |_| {}).await?;
    let app = super::profile_app(ctx, &graph, p, name).await?;
    Ok(Signed {
        graph,
        app,
        http,
        tenant,
        login,
        cloud,
    })
}

/// Phase 1: create, validate, keep pending, print.
pub async fn create(ctx: &Ctx<'_>, o: &Options<'_>) -> Result<Outcome> {
    let name = o
        .profile
        .ok_or_else(|| Error::Invalid(msg!("app-rotate-needs-profile")))?;
    if !o.print_secret && !ctx.io.can_prompt() && o.demo.is_none() {
        return Err(Error::Invalid(msg!("app-rotate-needs-print")));
    }
    crate::profile::check_name(name).map_err(Error::from)?;
    let p = ctx.profiles()?.get(name)?;
    let (Some(_), Some(username)) = (&p.client_id, &p.username) else {
        return Err(Error::Invalid(msg!(
            "app-rotate-profile-incomplete",
            profile = name
        )));
    };
    let checkpoints = Checkpoints::rotations(ctx.profiles()?.dir());
    let underway = checkpoints
        .load(name)?
        .is_some_and(|s| s.finished_at.is_none());
    if underway
        || ctx
            .store
            .get(name, SecretKind::PendingClientSecret)?
            .is_some()
    {
        return Err(Error::Invalid(msg!("app-rotate-underway", profile = name)));
    }
    let today = ctx.clock.today();
    let expires = match o.secret_expires {
        Some(d) => crate::profile::parse_date(d).map_err(Error::Invalid)?,
        None => today.checked_add_months(Months::new(12)).unwrap_or(today),
    };
    if expires <= today {
        return Err(Error::Invalid(msg!(
            "app-secret-expires-past",
            date = expires.to_string()
        )));
    }
    let password = match ctx.var("DYNSYNC_PASSWORD") {
        Some(v) => Secret::new(v),
        None => ctx
            .store
            .get(name, SecretKind::Password)?
            .ok_or_else(|| Error::Invalid(msg!("app-rotate-no-password", profile = name)))?,
    };
    let s = sign_in(ctx, o, name, &p).await?;
    let description = format!("dynsync rotation {today}");
    let new = ctx
        .cancel
        .guard(
            s.graph
                .add_password(&s.app.id, &description, &format!("{expires}T00:00:00Z")),
        )
        .await?
        .map_err(|e| graph_error(Op::Secret, e))?;
    ctx.warn(&msg!("app-rotate-created", key_id = new.info.key_id));
    let settings = Settings {
        org_url: p.org_url.clone(),
        cloud: Some(s.cloud),
        authority_host: Some(s.login.clone()),
        ca_bundle: s.http.ca_bundle.clone(),
        tenant: Some(s.tenant.clone()),
        client_id: Some(s.app.app_id.clone()),
        username: Some(username.clone()),
        auth: None,
    };
    let value = Secret::new(new.value.expose_secret());
    let report = crate::register::validate(
        ctx,
        &s.http,
        expires,
        crate::register::Replication {
            wait: o.replication_wait,
            new_app_or_secret: true,
            new_grant: false,
        },
        settings,
        value.clone(),
        password,
    )
    .await?;
    if report.outcome() != Outcome::Ok {
        // Not in service anywhere: it goes again, and nothing changed.
        let _ = ctx
            .cancel
            .guard(s.graph.remove_password(&s.app.id, &new.info.key_id))
            .await;
        let text = crate::ui::render_report(
            &report,
            &msg!("app-validate-heading"),
            &crate::ui::Paint::new(false).width(ctx.io.width()),
        );
        ctx.warn(text.trim_end());
        ctx.warn(&msg!("app-rotate-failed-removed", key_id = new.info.key_id));
        return Ok(report.outcome());
    }
    ctx.store
        .set(name, SecretKind::PendingClientSecret, &value)?;
    let mut state = SetupState::new(name, ctx.clock.now());
    state.path = Some(ConnectionPath::Update);
    state.rotating = Some(Rotating::ClientSecret);
    state.new_validated = true;
    state.secret_expires = Some(end_date(&new.info.end_date_time).unwrap_or(expires));
    state.client_id = p.client_id.clone();
    state.username = p.username.clone();
    state.org_url = p.org_url.clone();
    state.tenant_id = Some(s.tenant.clone());
    state.updated_at = Some(ctx.clock.now());
    checkpoints.save(&state)?;
    ctx.profiles()?.update(|all| {
        if let Some(p) = all.get_mut(name) {
            p.pending_secret_key_id = Some(new.info.key_id.clone());
            p.app_object_id = Some(s.app.id.clone());
        }
        Ok(())
    })?;
    ctx.warn(&msg!(
        "app-rotate-pending",
        key_id = new.info.key_id,
        profile = name
    ));
    if o.print_secret && o.demo.is_none() {
        let mut out = ctx.out();
        std::io::Write::write_all(&mut *out, new.value.expose_secret().as_bytes())?;
        std::io::Write::write_all(&mut *out, b"\n")?;
    }
    Ok(Outcome::Ok)
}

fn end_date(d: &Option<String>) -> Option<NaiveDate> {
    d.as_deref()
        .and_then(|d| crate::profile::parse_date(d.get(..10).unwrap_or(d)).ok())
}

/// Before phase 2: the key ids it works with (the profile's current one, the pending one).
pub fn key_ids(ctx: &Ctx<'_>, profile: Option<&str>) -> Result<(Option<String>, Option<String>)> {
    let Some(name) = profile else {
        return Ok((None, None));
    };
    match ctx.profiles()?.get(name) {
        Ok(p) => Ok((p.secret_key_id, p.pending_secret_key_id)),
        Err(_) => Ok((None, None)),
    }
}

/// The guided form (`rotate --create-secret` on a terminal): phase 1 without printing, then the
/// rotation wizard walks the Marketo steps with the pending secret (its clipboard offers the new
/// Value), promotes it, and the old secret is removed after a confirmation.
pub async fn guided(
    ctx: &Ctx<'_>,
    o: &Options<'_>,
    mut settings: crate::wizard::Settings,
    deps: crate::wizard::Deps<'_>,
) -> Result<Outcome> {
    // Boxed: the sign-in, the checks and the wizard are large futures (a test thread's stack).
    let outcome = Box::pin(create(ctx, o)).await?;
    if outcome != Outcome::Ok {
        return Ok(outcome);
    }
    let keys = key_ids(ctx, o.profile)?;
    settings.resume = true;
    settings.profile = o.profile.map(str::to_string);
    let outcome = Box::pin(crate::wizard::Wizard::new(ctx, deps, settings)?.run_rotation()).await?;
    if outcome != Outcome::Ok {
        return Ok(outcome);
    }
    Box::pin(confirm_removal(ctx, o, keys)).await
}

/// After the guided rotation promoted a Graph-made secret: the admin confirms the old secret's
/// removal (by its key id); declined, it stays, and the closing lines say where to delete it.
pub async fn confirm_removal(
    ctx: &Ctx<'_>,
    o: &Options<'_>,
    keys: (Option<String>, Option<String>),
) -> Result<Outcome> {
    let old = match &keys.0 {
        Some(old)
            if ctx
                .prompter
                .confirm(&msg!("app-rotate-confirm-remove-old", key_id = old), false)? =>
        {
            OldSecret::Remove
        }
        Some(_) => OldSecret::Declined,
        None => OldSecret::Keep,
    };
    Box::pin(promote(ctx, o, keys, old)).await
}

/// What becomes of the old client secret once the new one is in service.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum OldSecret {
    /// Removed from the app (`--remove-old`, or confirmed).
    Remove,
    /// Kept: `--remove-old` was not given.
    Keep,
    /// Kept: the admin said no when asked.
    Declined,
}

/// Phase 2, after the wizard promoted the pending secret: the profile records its key id; with
/// `remove_old`, the old secret goes from the app (the profile's old one only).
pub async fn after_promotion(
    ctx: &Ctx<'_>,
    o: &Options<'_>,
    (old, new): (Option<String>, Option<String>),
    remove_old: bool,
) -> Result<Outcome> {
    let old_secret = if remove_old {
        OldSecret::Remove
    } else {
        OldSecret::Keep
    };
    promote(ctx, o, (old, new), old_secret).await
}

async fn promote(
    ctx: &Ctx<'_>,
    o: &Options<'_>,
    (old, new): (Option<String>, Option<String>),
    old_secret: OldSecret,
) -> Result<Outcome> {
    let (Some(name), Some(new)) = (o.profile, new) else {
        return Ok(Outcome::Ok);
    };
    ctx.profiles()?.update(|all| {
        if let Some(p) = all.get_mut(name) {
            p.secret_key_id = Some(new.clone());
            p.pending_secret_key_id = None;
        }
        Ok(())
    })?;
    match (old_secret, &old) {
        (OldSecret::Remove, _) => {}
        (OldSecret::Declined, Some(old)) => {
            let client_id = ctx.profiles()?.get(name)?.client_id.unwrap_or_default();
            ctx.warn(&msg!(
                "app-rotate-old-kept-declined",
                key_id = old,
                portal = crate::wizard::credentials_url(&client_id)
            ));
            return Ok(Outcome::Ok);
        }
        (_, old) => {
            if let Some(old) = old {
                ctx.warn(&msg!("app-rotate-old-kept", key_id = old, profile = name));
            }
            return Ok(Outcome::Ok);
        }
    }
    let Some(old) = old.filter(|o| *o != new) else {
        ctx.warn(&msg!("app-rotate-old-unknown"));
        return Ok(Outcome::Ok);
    };
    let p = ctx.profiles()?.get(name)?;
    let s = sign_in(ctx, o, name, &p).await?;
    if !s.app.password_credentials.iter().any(|c| c.key_id == old) {
        ctx.warn(&msg!("app-rotate-old-gone", key_id = old));
        return Ok(Outcome::Ok);
    }
    ctx.cancel
        .guard(s.graph.remove_password(&s.app.id, &old))
        .await?
        .map_err(|e| graph_error(Op::Secret, e))?;
    ctx.warn(&msg!("app-rotate-old-removed", key_id = old));
    Ok(Outcome::Ok)
}

/// `rotate --demo --create-secret`: the demo app is registered first (as `app create --demo`),
/// then both phases run as a script would run them, the simulated operator entering the Value in
/// Marketo in between; the old secret is removed at the end.
#[cfg(feature = "demo")]
pub async fn demo(
    secret_expires: Option<&str>,
    admin: &AdminArgs,
    ctx: &Ctx<'_>,
    mut settings: crate::wizard::Settings,
    deps: crate::wizard::Deps<'_>,
) -> Result<Outcome> {
    let demo = super::start_demo(ctx).await?;
    let dctx = demo.ctx(ctx);
    ctx.warn(&msg!("app-rotate-demo-creating"));
    super::register_demo_app(&dctx, &demo, Some(1)).await?;
    crate::secrets::SecretStore::set(
        &demo.store,
        "demo",
        SecretKind::Password,
        &Secret::new(crate::sim::DEMO.password),
    )?;
    let o = Options {
        profile: Some("demo"),
        secret_expires,
        print_secret: false,
        admin,
        replication_wait: 60,
        demo: Some(demo.tls()),
    };
    let outcome = create(&dctx, &o).await?;
    if outcome != Outcome::Ok {
        return Ok(outcome);
    }
    ctx.warn(&msg!("app-rotate-demo-marketo"));
    let keys = key_ids(&dctx, Some("demo"))?;
    settings.demo = Some(demo.tls());
    settings.profile = Some("demo".into());
    settings.resume = true;
    settings.marketo_done = true;
    settings.remove_old = Some(true);
    let outcome = crate::wizard::Wizard::new(&dctx, deps, settings)?
        .run_rotation()
        .await?;
    if outcome != Outcome::Ok {
        return Ok(outcome);
    }
    after_promotion(&dctx, &o, keys, true).await
}
