//! `dynsync app create` and `dynsync app show`: the app registration, done through Microsoft
//! Graph after an Azure admin signs in for this run.

pub mod create;
pub mod rotate_secret;
pub mod show;

use std::path::PathBuf;

use clap::{Args, Subcommand};

use crate::cloud::Cloud;
use crate::ctx::Ctx;
use crate::error::{Error, Result};
use crate::graph::GraphError;
use crate::http::HttpConfig;
use crate::msg;

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

pub async fn run(cmd: &Command, ctx: &Ctx<'_>) -> Result<crate::error::Outcome> {
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
    /// Directory (tenant) ID or verified domain; discovered from the org URL when left out.
    #[arg(long, env = "DYNSYNC_TENANT", value_name = "ID|DOMAIN")]
    pub tenant: Option<String>,
    /// National cloud; inferred from the org URL's domain when left out.
    #[arg(long, env = "DYNSYNC_CLOUD", value_enum)]
    pub cloud: Option<Cloud>,
    /// Replace the cloud's login host (proxies, tests); http only for loopback.
    #[arg(long, env = "DYNSYNC_AUTHORITY_HOST", value_name = "URL")]
    pub authority_host: Option<String>,
    /// Extra CA certificates (PEM) to trust besides the system's (e.g. TLS inspection).
    #[arg(long, env = "DYNSYNC_CA_BUNDLE", value_name = "FILE")]
    pub ca_bundle: Option<PathBuf>,
    /// Timeout per request, in seconds.
    #[arg(long, env = "DYNSYNC_TIMEOUT", value_name = "SECS")]
    pub timeout: Option<u64>,
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

/// The HTTP settings of these flags.
pub fn http_config(w: &Where) -> HttpConfig {
    HttpConfig {
        timeout: std::time::Duration::from_secs(
            w.timeout.unwrap_or(crate::input::DEFAULT_TIMEOUT_SECS),
        ),
        ca_bundle: w.ca_bundle.clone(),
        ..HttpConfig::default()
    }
}

/// The login host: `--authority-host` (checked), else the cloud's.
pub fn login_host(w: &Where, cloud: Cloud) -> Result<String> {
    match w.authority_host.as_deref() {
        Some(h) => crate::input::normalize_authority_host(h.trim()).map_err(Error::Invalid),
        None => Ok(cloud.login_host().to_string()),
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
