//! `dynsync app create` and `dynsync app show`: the app registration, done through Microsoft
//! Graph after an Azure admin signs in for this run.

pub mod create;
pub mod rotate_secret;
pub mod show;

use clap::{Args, Subcommand};

use crate::admin::AdminSession;
use crate::cloud::Cloud;
use crate::commands::admin_args::AdminArgs;
use crate::ctx::Ctx;
use crate::error::{Error, Outcome, Result};
use crate::graph::{App, Graph};
use crate::http::{Http, HttpConfig};
use crate::input::OrgUrl;
use crate::msg;
use crate::profile::Profile;

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Register the sync's app in Azure AD for you (sign in as an Azure admin): the app, its
    /// service principal, admin consent, a client secret straight into the keyring, the HRD
    /// policy for a federated user, then validate. Idempotent: a re-run changes only what is missing.
    #[command(after_help = super::EXIT_CODES)]
    Create(Box<create::Args>),
    /// Show the app registration as Azure AD has it (sign in as an Azure admin): permissions,
    /// consent, service principal, every client secret, the HRD policy; corrects the profile's
    /// recorded expiry.
    #[command(after_help = super::EXIT_CODES)]
    Show(Box<show::Args>),
}

pub async fn run(cmd: &Command, ctx: &Ctx<'_>) -> Result<Outcome> {
    match cmd {
        Command::Create(args) => create::run(args, ctx).await,
        Command::Show(args) => show::run(args, ctx).await,
    }
}

/// Where Azure AD and Dataverse are, for the app commands (every flag reads its DYNSYNC_* env var).
#[derive(Debug, Clone, Default, Args)]
pub struct Where {
    /// The Dynamics org URL, e.g. https://contoso.crm.dynamics.com (its tenant is found from it).
    #[arg(long, env = "DYNSYNC_ORG_URL", value_name = "URL")]
    pub org_url: Option<String>,
    #[command(flatten)]
    pub reach: crate::commands::Reach,
}

/// The HTTP settings of these flags.
pub fn http_config(w: &Where) -> HttpConfig {
    HttpConfig {
        timeout: std::time::Duration::from_secs(
            w.reach
                .timeout
                .unwrap_or(crate::input::DEFAULT_TIMEOUT_SECS),
        ),
        ca_bundle: w.reach.ca_bundle.clone(),
        ..HttpConfig::default()
    }
}

/// The login host: `--authority-host` (checked), else the cloud's.
pub fn login_host(w: &Where, cloud: Cloud) -> Result<String> {
    match w.reach.authority_host.as_deref() {
        Some(h) => crate::input::normalize_authority_host(h.trim()).map_err(Error::Invalid),
        None => Ok(cloud.login_host().to_string()),
    }
}

pub use crate::register::{Lines, Op, backoff, countdown, graph_error, tenant_of};

/// With `--json`, the command's one document on stdout after the run (`set` records whether it
/// went well and its error in `doc`); nothing on a broken pipe. The run's result is returned.
pub(super) fn finish_json<D: serde::Serialize>(
    ctx: &Ctx<'_>,
    json: bool,
    result: Result<Outcome>,
    doc: &mut D,
    set: impl FnOnce(&mut D, bool, Option<String>),
) -> Result<Outcome> {
    if json && !matches!(&result, Err(e) if crate::error::is_broken_pipe(e)) {
        let error = result.as_ref().err().map(|e| e.to_string());
        set(doc, matches!(result, Ok(Outcome::Ok)), error);
        crate::ui::write_json(&mut *ctx.out(), doc)?;
    }
    result
}

/// The org these flags name, else the profile's (its URL checked), and its cloud: the flag's,
/// else the profile's, else the one the org URL's domain says, else the public cloud.
pub(super) fn org_and_cloud(place: &Where, stored: &Profile) -> Result<(OrgUrl, Cloud)> {
    let org_text = place
        .org_url
        .clone()
        .or(stored.org_url.clone())
        .ok_or_else(|| Error::Invalid(msg!("app-org-url-missing")))?;
    let org = crate::input::normalize_org_url(&org_text).map_err(Error::Invalid)?;
    let cloud = place
        .reach
        .cloud
        .or(stored.cloud)
        .or(org.cloud)
        .unwrap_or(Cloud::Public);
    Ok((org, cloud))
}

/// Where an Azure admin signs in to look at an existing app.
pub(super) struct SignIn<'a> {
    pub admin: &'a AdminArgs,
    pub org: &'a OrgUrl,
    pub cloud: Cloud,
    pub login: &'a str,
    /// The tenant given (flag or profile); discovered from the org when `None`.
    pub tenant: Option<&'a str>,
    pub http: &'a HttpConfig,
    pub demo: bool,
}

/// The admin signed in to Graph for the org's tenant (`on_tenant` hears the tenant as soon as it
/// is known, before the sign-in), and the tenant.
pub(super) async fn admin_graph(
    ctx: &Ctx<'_>,
    s: &SignIn<'_>,
    on_tenant: impl FnOnce(&str),
) -> Result<(Graph, String)> {
    let mut admin = s
        .admin
        .options(ctx, s.cloud, s.login, s.tenant.unwrap_or("organizations"))?;
    admin.http = s.http.clone();
    if s.demo {
        admin.demo = true;
        admin.device_code = true;
    }
    let client = Http::new(s.http).map_err(Error::Internal)?;
    let tenant = ctx
        .cancel
        .guard(tenant_of(&client, s.org, s.tenant))
        .await??;
    on_tenant(&tenant);
    admin.tenant = tenant.clone();
    let scopes = admin.graph_scopes();
    let mut session = AdminSession::sign_in(ctx, &admin, &[scopes[0].as_str()]).await?;
    let token = session.token(ctx, &scopes[0]).await?;
    Ok((Graph::new(client, &admin.graph_host, token), tenant))
}

/// The profile's app on Graph: by its object id, else by its client ID (refused when neither
/// finds it).
pub(super) async fn profile_app(
    ctx: &Ctx<'_>,
    graph: &Graph,
    p: &Profile,
    name: &str,
) -> Result<App> {
    let mut app = None;
    if let Some(id) = &p.app_object_id {
        app = ctx
            .cancel
            .guard(graph.app_by_id(id))
            .await?
            .map_err(|e| graph_error(Op::App, e))?;
    }
    if app.is_none()
        && let Some(cid) = &p.client_id
    {
        app = ctx
            .cancel
            .guard(graph.app_by_app_id(cid))
            .await?
            .map_err(|e| graph_error(Op::App, e))?;
    }
    app.ok_or_else(|| Error::Refused(msg!("app-show-not-found", profile = name)))
}

/// `--demo` of the app commands: the demo tenant, its simulated admin approving the device code
/// at the first poll, and the demo banner.
#[cfg(feature = "demo")]
pub(super) async fn start_demo(ctx: &Ctx<'_>) -> Result<crate::commands::DemoEnv> {
    let mut config = crate::sim::SimConfig::default();
    config.admin.device_pending_polls = 0;
    config.admin.device_interval = 2;
    let demo = crate::commands::DemoEnv::start(config).await?;
    ctx.warn(&msg!("app-demo-banner"));
    Ok(demo)
}

/// The demo app registered first, as `app create --demo` does it, its lines to nowhere (`dctx`
/// is the demo's context): what `app show --demo` and `rotate --demo --create-secret` work on
/// is one made for real.
#[cfg(feature = "demo")]
pub(super) async fn register_demo_app(
    dctx: &Ctx<'_>,
    demo: &crate::commands::DemoEnv,
    secret_months: Option<u32>,
) -> Result<Outcome> {
    let sink = std::cell::RefCell::new(std::io::sink());
    let quiet = Ctx {
        stdout: &sink,
        ..dctx.clone()
    };
    let args = create::Args {
        place: Where::default(),
        profile: None,
        username: None,
        name: "Marketo Integration".into(),
        secret_expires: None,
        secret_months,
        hrd: create::Hrd::Auto,
        new_secret: false,
        print_secret: false,
        password_stdin: false,
        replication_wait: 60,
        json: false,
        demo: true,
        admin: AdminArgs::default(),
    };
    create::run_on_demo(&args, &quiet, demo).await
}
