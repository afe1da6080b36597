//! `dynsync app create`: the app registration done for the admin, step by step, each step
//! idempotent (a re-run finds what exists and changes only what is missing).

use chrono::{Months, NaiveDate};

use super::Where;
use crate::commands::admin_args::AdminArgs;
use crate::ctx::Ctx;
use crate::error::{Error, Outcome, Result};
use crate::msg;
use crate::profile::Profile;
use crate::register::{Doc, Plan, unique_name};
use crate::secrets::{Secret, SecretKind};

/// How many months a new secret lives unless told otherwise.
const DEFAULT_MONTHS: u32 = 12;

pub use crate::register::Hrd;

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

pub async fn run(args: &Args, ctx: &Ctx<'_>) -> Result<Outcome> {
    let mut doc = Doc {
        profile: args.profile.clone(),
        ..Doc::default()
    };
    let result = run_demo_or_real(args, ctx, &mut doc).await;
    super::finish_json(ctx, args.json, result, &mut doc, |doc, ok, error| {
        doc.ok = ok;
        doc.error = error;
    })
}

async fn run_demo_or_real(args: &Args, ctx: &Ctx<'_>, doc: &mut Doc) -> Result<Outcome> {
    if !args.demo {
        let plan = plan(args, ctx, None)?;
        return crate::register::run(ctx, &plan, doc).await;
    }
    #[cfg(not(feature = "demo"))]
    return Err(crate::commands::no_demo());
    #[cfg(feature = "demo")]
    {
        let demo = super::start_demo(ctx).await?;
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
    crate::register::run(&dctx, &plan, doc).await
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
    let (org, cloud) = super::org_and_cloud(&place, &stored)?;
    if place.reach.authority_host.is_none() {
        place.reach.authority_host = stored.authority_host.clone();
    }
    if place.reach.ca_bundle.is_none() {
        place.reach.ca_bundle = stored.ca_bundle.clone();
    }
    let login = super::login_host(&place, cloud)?;
    let username = match username.or(stored.username.clone()) {
        Some(u) => Some(
            crate::input::check_upn(&u)
                .map_err(|p| Error::Invalid(format!("{} ({})", p.message, p.fix)))?,
        ),
        None => None,
    };
    let tenant = match place.reach.tenant.clone().or(stored.tenant_id.clone()) {
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
    let http = crate::http::HttpConfig {
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
        name: args.name.clone(),
        hrd: args.hrd,
        new_secret: args.new_secret,
        print_secret: args.print_secret,
        replication_wait: args.replication_wait,
        json: args.json,
        say_how_to_validate: true,
    })
}
