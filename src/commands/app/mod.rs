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
use crate::http::HttpConfig;

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

pub use crate::register::{Lines, Op, backoff, countdown, graph_error, tenant_of};
