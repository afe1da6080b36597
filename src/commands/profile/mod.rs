//! `dynsync profile …`: profiles (non-secret settings in the config directory) and their secrets
//! (in the OS keyring).
//!
//! One module per subcommand; `listing` holds what `list` and `show` share.

mod list;
mod listing;
mod remove;
mod set;
mod show;
mod store_secret;

use std::path::PathBuf;

use clap::{Args, Subcommand};

use crate::cloud::Cloud;
use crate::ctx::Ctx;
use crate::error::{Outcome, Result};

#[derive(Debug, Subcommand)]
pub enum Command {
    /// List the profiles: org, user, last validation, secret expiry.
    List {
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Show one profile's settings and whether each secret is stored (never the secret).
    Show {
        /// The profile.
        name: String,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Create a profile or change its non-secret settings.
    Set(Box<SetArgs>),
    /// Store the client secret or the password in the OS keyring (hidden prompt, or stdin without a terminal).
    StoreSecret {
        /// The profile.
        name: String,
        /// Which secret.
        which: WhichSecret,
    },
    /// Remove a profile and its keyring entries.
    Remove {
        /// The profile.
        name: String,
        /// Do not ask for confirmation.
        #[arg(long, short)]
        yes: bool,
    },
}

#[derive(Debug, Args)]
pub struct SetArgs {
    /// Profile name: letters, digits, '.', '_' or '-'.
    pub name: String,
    /// Application (client) ID of the app registration (a GUID; not the object ID).
    #[arg(long, value_name = "GUID")]
    pub client_id: Option<String>,
    /// The sync user's user principal name, e.g. marketo.sync@contoso.com.
    #[arg(long, value_name = "UPN")]
    pub username: Option<String>,
    /// The Dynamics org URL, e.g. https://contoso.crm.dynamics.com (other forms are normalised).
    #[arg(long, value_name = "URL")]
    pub org_url: Option<String>,
    /// Directory (tenant) ID or verified domain; discovered from the org URL when left out.
    #[arg(long, value_name = "ID|DOMAIN")]
    pub tenant: Option<String>,
    /// National cloud; inferred from the org URL's domain when left out.
    #[arg(long, value_enum)]
    pub cloud: Option<Cloud>,
    /// Replace the cloud's login host (proxies, tests); http only for loopback.
    #[arg(long, value_name = "URL")]
    pub authority_host: Option<String>,
    /// Extra CA certificates (PEM) to trust besides the system's (stored as an absolute path).
    #[arg(long, value_name = "FILE")]
    pub ca_bundle: Option<PathBuf>,
    /// How the sync signs in: password (a licensed sync user) or s2s (an application user).
    #[arg(long, value_enum, value_name = "KIND")]
    pub auth: Option<crate::connection::AuthKind>,
    /// The client secret's expiry date (YYYY-MM-DD), as the portal shows it.
    #[arg(long, value_name = "DATE")]
    pub secret_expires: Option<String>,
    /// The client secret's Secret ID (a GUID), to recognise it in the portal.
    #[arg(long, value_name = "GUID")]
    pub secret_key_id: Option<String>,
    /// The first characters of the secret as the portal shows them (at most 3).
    #[arg(long, value_name = "TEXT")]
    pub secret_hint: Option<String>,
    /// When the sync user's password last changed (YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    pub password_changed: Option<String>,
}

/// Which secret `store-secret` stores.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum WhichSecret {
    /// The app registration's client secret (its Value).
    ClientSecret,
    /// The sync user's password.
    Password,
}

pub fn run(cmd: &Command, ctx: &Ctx<'_>) -> Result<Outcome> {
    match cmd {
        Command::List { json } => list::run(ctx, *json),
        Command::Show { name, json } => show::run(ctx, name, *json),
        Command::Set(args) => set::run(ctx, args),
        Command::StoreSecret { name, which } => store_secret::run(ctx, name, *which),
        Command::Remove { name, yes } => remove::run(ctx, name, *yes),
    }?;
    Ok(Outcome::Ok)
}
