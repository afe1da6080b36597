//! Command-line definitions and dispatch; exit codes are decided here and nowhere else.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

use crate::clock::SystemClock;
use crate::cloud::Cloud;
use crate::commands;
use crate::error::Error;
use crate::secrets::KeyringStore;
use crate::ui::{Io, TerminalPrompter};

const EXIT_CODES: &str = "\
Exit codes:
  0    every check passed (warnings allowed)
  1    a check failed
  2    invalid input: nothing was sent
  3    a service could not be reached or answered unexpectedly (timeout, refused, 5xx, not JSON, TLS)
  130  interrupted";

#[derive(Debug, Parser)]
#[command(
    name = "dynsync",
    version,
    about = "Set up and check the Marketo ⇄ Microsoft Dynamics 365 sync credentials",
    long_about = "dynsync checks, before anything is saved in Marketo, that the credentials of the Marketo ⇄ Dynamics 365 sync work: it runs the same Azure AD password grant Marketo runs, checks Dynamics with the resulting token, and predicts Marketo's own \"Validate Sync Setup\" checklist.\n\nTry it without an Azure tenant: dynsync validate --demo",
    after_help = EXIT_CODES
)]
pub struct Cli {
    /// Where profiles are kept (default: the platform config directory, e.g. ~/.config/dynsync).
    #[arg(long, global = true, env = "DYNSYNC_CONFIG_DIR", value_name = "DIR")]
    pub config_dir: Option<PathBuf>,

    /// Log every HTTP request (method, URL without query values, status, time) to stderr. Never secrets.
    #[arg(short, long, global = true)]
    pub verbose: bool,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check the sync credentials against Azure AD and Dynamics, without touching Marketo.
    #[command(after_help = VALIDATE_HELP)]
    Validate(ValidateArgs),
    /// Explain an Azure AD error: a code (AADSTS50126 or 50126), or `-` to read a pasted error from stdin.
    #[command(after_help = EXIT_CODES)]
    Explain(ExplainArgs),
    /// Manage profiles: one per Marketo ⇄ Dynamics connection (secrets in the OS keyring).
    #[command(subcommand)]
    Profile(ProfileCommand),
    /// The guided setup: app registration, credentials, checks, and the Marketo steps, resumable.
    Setup(Box<SetupArgs>),
    /// Put a rotated client secret (or a changed password) into service without downtime.
    Rotate(Box<RotateArgs>),
    /// Run the demo tenant (simulated Azure AD + Dataverse) on loopback until Ctrl-C, to rehearse
    /// profiles and scripts against it from another terminal.
    #[cfg(feature = "demo")]
    DemoTenant(DemoTenantArgs),
}

#[derive(Debug, Args)]
pub struct SetupArgs {
    /// The profile to set up (asked when left out).
    #[arg(long, value_name = "NAME")]
    pub profile: Option<String>,
    /// Continue an unfinished setup (the latest one, or --profile's).
    #[arg(long)]
    pub resume: bool,
    /// Rehearse the whole wizard against the built-in demo tenant (throwaway config, in-memory keyring).
    #[arg(long)]
    pub demo: bool,
    /// With --demo: the demo scenario (see `dynsync validate --demo --list-scenarios`).
    #[arg(long, requires = "demo", default_value = "ok", value_name = "NAME")]
    pub scenario: String,
    /// First-time connection or updating an existing one (asked when left out).
    #[arg(long, value_enum)]
    pub path: Option<PathArg>,
    /// The app registration already exists (skip the guided registration).
    #[arg(long)]
    pub existing_app: bool,
    #[command(flatten)]
    pub conn: ConnArgs,
    /// The client secret's expiry date (YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    pub secret_expires: Option<String>,
    /// Without a terminal: take every input from flags and env vars, save the profile, and print
    /// the Marketo steps as a checklist.
    #[arg(long, short)]
    pub yes: bool,
    /// Append a Markdown record of what was done and when (no secrets) to FILE.
    #[arg(long, value_name = "FILE")]
    pub transcript: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct RotateArgs {
    /// The profile whose credential changes (asked when there are several).
    #[arg(long, value_name = "NAME")]
    pub profile: Option<String>,
    /// Which credential (asked when left out).
    #[arg(long, value_enum)]
    pub what: Option<WhatArg>,
    /// Continue an unfinished rotation.
    #[arg(long)]
    pub resume: bool,
    /// Read the new value from stdin (line 1) instead of a prompt.
    #[arg(long)]
    pub secrets_stdin: bool,
    /// An operator already entered the new value in Marketo: only check it and update the
    /// keyring and the profile (for scripts; works without a terminal).
    #[arg(long)]
    pub marketo_done: bool,
    /// The new client secret's expiry date (YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    pub secret_expires: Option<String>,
    /// How often to try a brand-new secret again while Azure AD replicates it.
    #[arg(long, default_value_t = 6, value_name = "N")]
    pub replication_retries: u32,
    /// Seconds between those tries.
    #[arg(long, default_value_t = 10, value_name = "SECS")]
    pub replication_wait: u64,
    /// Rehearse a rotation against the demo tenant (throwaway config, in-memory keyring).
    #[arg(long)]
    pub demo: bool,
    /// Append a Markdown record (no secrets) to FILE.
    #[arg(long, value_name = "FILE")]
    pub transcript: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum WhatArg {
    ClientSecret,
    Password,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum PathArg {
    FirstTime,
    Update,
}

#[derive(Debug, Args)]
pub struct DemoTenantArgs {
    /// The scenario to serve (see `dynsync validate --demo --list-scenarios`).
    #[arg(long, default_value = "ok", value_name = "NAME")]
    pub scenario: String,
    /// Delay every response by this many milliseconds.
    #[arg(long, value_name = "MS")]
    pub latency_ms: Option<u64>,
    /// Listen on this loopback port (default: any free port).
    #[arg(long, default_value_t = 0)]
    pub port: u16,
    /// Write the demo CA certificate here (default: a file in the temp directory, removed on exit).
    #[arg(long, value_name = "FILE")]
    pub ca_file: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum ProfileCommand {
    /// List the profiles: org, user, last validation, secret expiry.
    List {
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Show one profile's settings and whether each secret is stored (never the secret).
    Show {
        name: String,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Create a profile or change its non-secret settings.
    Set(Box<ProfileSetArgs>),
    /// Store the client secret or the password in the OS keyring (hidden prompt, or stdin without a terminal).
    StoreSecret {
        name: String,
        /// Which secret.
        #[arg(value_parser = ["client-secret", "password"])]
        which: String,
    },
    /// Remove a profile and its keyring entries.
    Remove {
        name: String,
        /// Do not ask for confirmation.
        #[arg(long, short)]
        yes: bool,
    },
}

#[derive(Debug, Args)]
pub struct ProfileSetArgs {
    /// Profile name: letters, digits, '.', '_' or '-'.
    pub name: String,
    #[arg(long, value_name = "GUID")]
    pub client_id: Option<String>,
    #[arg(long, value_name = "UPN")]
    pub username: Option<String>,
    #[arg(long, value_name = "URL")]
    pub org_url: Option<String>,
    #[arg(long, value_name = "ID|DOMAIN")]
    pub tenant: Option<String>,
    #[arg(long, value_enum)]
    pub cloud: Option<Cloud>,
    #[arg(long, value_name = "URL")]
    pub authority_host: Option<String>,
    #[arg(long, value_name = "FILE")]
    pub ca_bundle: Option<PathBuf>,
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

const VALIDATE_HELP: &str = "\
Secrets are never accepted as flags. The client secret comes from DYNSYNC_CLIENT_SECRET, the
password from DYNSYNC_PASSWORD, both from --secrets-stdin (line 1 secret, line 2 password), or,
on a terminal, from a hidden prompt.

Examples:
  dynsync validate --demo
  dynsync validate --demo --scenario federated-no-hrd
  dynsync validate --client-id 2b7f0e4c-9a1d-4c3e-8f5b-6d7e8f9a0b1c --username marketo.sync@contoso.com \\
                   --org-url https://contoso.crm.dynamics.com
  printf '%s\\n%s\\n' \"$SECRET\" \"$PASSWORD\" | dynsync validate --secrets-stdin --json ...

Exit codes:
  0    every check passed (warnings allowed)
  1    a check failed
  2    invalid input: nothing was sent
  3    a service could not be reached or answered unexpectedly (timeout, refused, 5xx, not JSON, TLS)
  130  interrupted";

/// Where to connect and as whom: every flag also reads its DYNSYNC_* environment variable.
#[derive(Debug, Clone, Args)]
pub struct ConnArgs {
    /// Application (client) ID of the app registration (a GUID; not the object ID).
    #[arg(long, env = "DYNSYNC_CLIENT_ID", value_name = "GUID")]
    pub client_id: Option<String>,
    /// The sync user's user principal name, e.g. marketo.sync@contoso.com.
    #[arg(long, env = "DYNSYNC_USERNAME", value_name = "UPN")]
    pub username: Option<String>,
    /// The Dynamics org URL, e.g. https://contoso.crm.dynamics.com (other forms are normalised).
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

#[derive(Debug, Args)]
pub struct ValidateArgs {
    #[command(flatten)]
    pub conn: ConnArgs,
    /// Read the client secret (line 1) and the password (line 2) from stdin.
    #[arg(long)]
    pub secrets_stdin: bool,
    /// Print one JSON document on stdout (always, whatever the outcome).
    #[arg(long)]
    pub json: bool,
    /// Run against the built-in demo tenant (a simulated Azure AD + Dataverse on loopback HTTPS).
    #[arg(long)]
    pub demo: bool,
    /// The demo scenario (see --list-scenarios).
    #[arg(long, requires = "demo", default_value = "ok", value_name = "NAME")]
    pub scenario: String,
    /// With --demo: delay every simulated response by this many milliseconds.
    #[arg(long, requires = "demo", value_name = "MS")]
    pub latency_ms: Option<u64>,
    /// With --demo: list the scenarios and exit.
    #[arg(long, requires = "demo")]
    pub list_scenarios: bool,
    /// The client secret's expiry date (YYYY-MM-DD), for the secret.expiry check (else the profile's).
    #[arg(long, value_name = "DATE", value_parser = parse_date_arg)]
    pub secret_expires: Option<chrono::NaiveDate>,
    /// Warn when the client secret expires within this many days.
    #[arg(long, value_name = "N", default_value_t = 30)]
    pub expiry_warning_days: u32,
    /// Take the inputs from this profile and the OS keyring; flags and env vars override field by field.
    #[arg(long, value_name = "NAME", conflicts_with_all = ["demo", "all"])]
    pub profile: Option<String>,
    /// Validate every profile, concurrently.
    #[arg(long, conflicts_with = "demo")]
    pub all: bool,
    /// With --all: how many profiles to validate at once.
    #[arg(long, requires = "all", default_value_t = 4, value_parser = clap::value_parser!(u16).range(1..=32))]
    pub jobs: u16,
}

#[derive(Debug, Args)]
pub struct ExplainArgs {
    /// AADSTS50126, 50126, or - to read an error body or message from stdin.
    pub code: String,
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
}

fn parse_date_arg(s: &str) -> Result<chrono::NaiveDate, String> {
    crate::profile::parse_date(s)
}

/// Parse the command line, run the command, and return the process exit code.
pub fn main() -> i32 {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let _ = e.print();
            return match e.kind() {
                clap::error::ErrorKind::DisplayHelp | clap::error::ErrorKind::DisplayVersion => 0,
                _ => crate::error::exit::INVALID_INPUT,
            };
        }
    };
    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("error: could not start: {e}");
            return crate::error::exit::UNREACHABLE;
        }
    };
    let store = KeyringStore::default();
    let vars = |k: &str| std::env::var(k).ok();
    let mut stdin = std::io::stdin();
    let ctx = commands::Ctx {
        io: Io::system(),
        verbose: cli.verbose,
        prompter: &TerminalPrompter,
        store: &store,
        clock: &SystemClock,
        vars: &vars,
        stdin: std::cell::RefCell::new(&mut stdin),
        config_dir: cli.config_dir.clone().or_else(crate::profile::default_dir),
    };
    if matches!(cli.command, Command::Setup(_) | Command::Rotate(_)) {
        commands::setup::install_interrupt_handler();
    }
    let mut stdout = std::io::stdout();
    let result = runtime.block_on(dispatch(&cli.command, &ctx, &mut stdout));
    finish(result)
}

/// Run one command with the given context, writing its output to `out`.
pub async fn dispatch(
    command: &Command,
    ctx: &commands::Ctx<'_>,
    out: &mut dyn std::io::Write,
) -> Result<i32, Error> {
    match command {
        Command::Validate(args) => commands::validate::run(args, ctx, out).await,
        Command::Explain(args) => commands::explain::run(args, ctx, out),
        Command::Profile(cmd) => commands::profile::run(cmd, ctx, out),
        #[cfg(feature = "demo")]
        Command::DemoTenant(args) => commands::demo_tenant::run(args, out).await,
        Command::Setup(args) => commands::setup::run(args, ctx, out).await,
        Command::Rotate(args) => commands::rotate::run(args, ctx, out).await,
    }
}

/// Turn a command's outcome into the process exit code, printing an error to stderr.
pub fn finish(result: Result<i32, Error>) -> i32 {
    match result {
        Ok(code) => code,
        Err(Error::Interrupted) => {
            eprintln!("interrupted");
            crate::error::exit::INTERRUPTED
        }
        Err(e) => {
            eprintln!("error: {e}");
            e.exit_code()
        }
    }
}
