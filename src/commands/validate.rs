//! `dynsync validate`: check the sync credentials without touching Marketo — from flags and
//! env vars, from a profile (`--profile`), for every profile (`--all`), or on the demo tenant.

use serde::Serialize;

use clap::Args as ClapArgs;

use crate::checks::{self, Options};
use crate::commands::ConnArgs;
use crate::connection::{AuthKind, Raw, Settings};
use crate::ctx::Ctx;
use crate::error::{Error, Outcome, Result};
use crate::msg;
use crate::profile::{LastValidation, Profile};
use crate::report::{Report, Status};
use crate::secrets::{Secret, SecretKind, StoreError, strip_line_ending};
use crate::ui::{NoProgress, Paint, Progress, Spinner, render_report, write_json};

/// `validate --help`'s epilogue.
pub const HELP: &str = concat!(
    "\
Secrets are never accepted as flags. The client secret comes from DYNSYNC_CLIENT_SECRET, the
password from DYNSYNC_PASSWORD, both from --secrets-stdin (line 1 secret, line 2 password), or,
on a terminal, from a hidden prompt.

Examples:
  dynsync validate --demo
  dynsync validate --demo --scenario federated-no-hrd
  dynsync validate --client-id 2b7f0e4c-9a1d-4c3e-8f5b-6d7e8f9a0b1c --username marketo.sync@contoso.com \\
                   --org-url https://contoso.crm.dynamics.com
  printf '%s\\n%s\\n' \"$SECRET\" \"$PASSWORD\" | dynsync validate --secrets-stdin --json ...

",
    exit_codes_help!()
);

#[derive(Debug, ClapArgs)]
pub struct Args {
    #[command(flatten)]
    pub conn: ConnArgs,
    /// How the sync signs in: `password` (a licensed sync user, the default) or `s2s` (the app's
    /// client credentials as a Dataverse application user; --username is then the application
    /// user's email, optional).
    #[arg(long, env = "DYNSYNC_AUTH", value_enum, value_name = "KIND")]
    pub auth: Option<AuthKind>,
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

fn parse_date_arg(s: &str) -> Result<chrono::NaiveDate, String> {
    crate::profile::parse_date(s)
}

/// The most read from stdin for `--secrets-stdin`.
const MAX_STDIN: u64 = 64 * 1024;

pub async fn run(args: &Args, ctx: &Ctx<'_>) -> Result<Outcome> {
    let result = run_checked(args, ctx).await;
    // `--json` prints exactly one document whatever the outcome: an error that ended the run
    // before its report (no such profile, unreadable stdin, an unusable keyring…) is one too.
    // (An interruption printed its own.)
    if let Some(e) = super::json_error_owed(args.json, &result) {
        write_json(&mut *ctx.out(), &checks::error_report(&e.to_string()))?;
    }
    result
}

async fn run_checked(args: &Args, ctx: &Ctx<'_>) -> Result<Outcome> {
    if args.list_scenarios {
        #[cfg(not(feature = "demo"))]
        return Err(super::no_demo());
        #[cfg(feature = "demo")]
        {
            demo::print_scenarios(&mut *ctx.out())?;
            return Ok(Outcome::Ok);
        }
    }
    if args.all {
        return run_all(args, ctx).await;
    }
    #[cfg(feature = "demo")]
    let mut demo_sim = None;
    let profile_name = args.profile.clone().filter(|_| !args.demo);
    let mut opts = Options {
        expiry_warning_days: args.expiry_warning_days,
        deadline: args.conn.deadline(),
        verbose: ctx.verbose,
        ..Options::new(ctx.clock.today())
    };
    // `same_org`: the run checks the profile's own org (see `own_org`).
    let (raw, same_org) = if args.demo {
        #[cfg(not(feature = "demo"))]
        return Err(super::no_demo());
        #[cfg(feature = "demo")]
        {
            let (sim, raw) = demo::start(args, ctx, &mut opts).await?;
            demo_sim = Some(sim);
            (raw, false)
        }
    } else {
        let profile = match &args.profile {
            Some(name) => ctx.profiles()?.get(name)?,
            None => Profile::default(),
        };
        let settings = flag_settings(args).or(profile.connection());
        let s2s = settings.auth == Some(AuthKind::S2s);
        let (client_secret, password) = gather_secrets(args, ctx, args.profile.as_deref(), s2s)?;
        opts.secret_expires = args.secret_expires.or(profile.secret_expires);
        let same_org = own_org(&profile, &settings);
        opts.config_table = profile.marketo_config.clone().filter(|_| same_org);
        opts.profile = args.profile.clone();
        let raw = Raw {
            settings,
            client_secret,
            password,
            timeout_secs: args.conn.reach.timeout,
        };
        (raw, same_org)
    };

    let spinner = Spinner::new(&ctx.io, !ctx.verbose);
    let progress: &dyn Progress = if ctx.verbose { &NoProgress } else { &spinner };
    let log = |line: &str| ctx.warn(line);
    let one = validate_one(raw, &opts, progress, &log);
    let (mut report, heading) = match ctx.cancel.guard(one).await {
        Ok(r) => r,
        Err(e) => {
            spinner.finish();
            if args.json {
                write_json(&mut *ctx.out(), &checks::interrupted_report())?;
            }
            return Err(e);
        }
    };
    spinner.finish();
    #[cfg(feature = "demo")]
    if let (Some(s), true) = (&demo_sim, ctx.verbose) {
        ctx.warn(&msg!(
            "commands-validate-demo-stats",
            requests = s.stats.requests(),
            connections = s.stats.connections()
        ));
    }
    let outcome = report.outcome();
    if !same_org {
        report.config_table = None;
    }
    if let Some(name) = &profile_name {
        name_the_profile(&mut report, name);
    }
    if let Some(name) = &profile_name {
        record(ctx, &[(name.clone(), &report)]);
    }
    let mut out = ctx.out();
    if args.json {
        write_json(&mut *out, &report)?;
    } else {
        out.write_all(
            render_report(
                &report,
                &heading,
                &Paint::new(ctx.io.color).width(ctx.io.width()),
            )
            .as_bytes(),
        )?;
    }
    out.flush()?;
    Ok(outcome)
}

/// Run the checks; the report and the heading to print over it.
async fn validate_one(
    raw: Raw,
    opts: &Options,
    progress: &dyn Progress,
    log: &dyn Fn(&str),
) -> (Report, String) {
    let run = checks::run(raw, opts, progress, log).await;
    let heading = match &run.connection {
        Some(c) => msg!(
            "commands-validate-heading",
            host = c.org.host,
            who = c.who()
        ),
        None => msg!("commands-validate-heading-inputs"),
    };
    (run.report, heading)
}

#[derive(Serialize)]
struct ProfileResult<'a> {
    profile: &'a str,
    #[serde(flatten)]
    report: &'a Report,
}

#[derive(Serialize)]
struct AllDoc<'a> {
    ok: bool,
    profiles: Vec<ProfileResult<'a>>,
}

/// `validate --all`: every profile, at most `--jobs` at once; secrets only from the keyring.
async fn run_all(args: &Args, ctx: &Ctx<'_>) -> Result<Outcome> {
    let all = ctx.profiles()?.load()?;
    if all.is_empty() {
        return Err(Error::Invalid(msg!("commands-validate-no-profiles")));
    }
    // Keyring reads block, so they all happen before the concurrent part starts.
    let mut keyring_trouble = None;
    let mut raws = Vec::new();
    for (name, p) in &all {
        let mut get = |kind| match ctx.store.get(name, kind) {
            Ok(v) => v,
            Err(e) => {
                keyring_trouble.get_or_insert(e);
                None
            }
        };
        let (secret, password) = (get(SecretKind::ClientSecret), get(SecretKind::Password));
        let opts = Options {
            secret_expires: args.secret_expires.or(p.secret_expires),
            expiry_warning_days: args.expiry_warning_days,
            deadline: args.conn.deadline(),
            verbose: ctx.verbose,
            profile: Some(name.clone()),
            ..Options::new(ctx.clock.today())
        };
        // The flags apply to every profile, as they do to one with --profile.
        let settings = flag_settings(args).or(p.connection());
        let same_org = own_org(p, &settings);
        let opts = Options {
            config_table: p.marketo_config.clone().filter(|_| same_org),
            ..opts
        };
        let raw = Raw {
            settings,
            client_secret: secret,
            password,
            timeout_secs: args.conn.reach.timeout,
        };
        raws.push((name.clone(), raw, opts, same_org));
    }
    if let Some(e) = &keyring_trouble {
        ctx.warn(&msg!("commands-keyring-warning", error = e));
    }
    let semaphore = tokio::sync::Semaphore::new(args.jobs as usize);
    let spinner = Spinner::new(&ctx.io, !ctx.verbose);
    spinner.step(&msg!("commands-validate-all-progress", count = raws.len()));
    let runs = raws.into_iter().map(|(name, raw, opts, same_org)| {
        let semaphore = &semaphore;
        async move {
            let _permit = semaphore.acquire().await.expect("semaphore open");
            let (mut report, _) =
                validate_one(raw, &opts, &NoProgress, &|l: &str| ctx.warn(l)).await;
            if !same_org {
                report.config_table = None;
            }
            name_the_profile(&mut report, &name);
            (name, report)
        }
    });
    let results = ctx
        .cancel
        .guard(futures_util::future::join_all(runs))
        .await?;
    spinner.finish();
    record(
        ctx,
        &results
            .iter()
            .map(|(n, r)| (n.clone(), r))
            .collect::<Vec<_>>(),
    );

    let outcome = results
        .iter()
        .fold(Outcome::Ok, |o, (_, r)| o.worst(r.outcome()));
    let mut out = ctx.out();
    if args.json {
        let doc = AllDoc {
            ok: outcome == Outcome::Ok,
            profiles: results
                .iter()
                .map(|(name, report)| ProfileResult {
                    profile: name,
                    report,
                })
                .collect(),
        };
        write_json(&mut *out, &doc)?;
    } else {
        out.write_all(render_all(&results, &all, &Paint::new(ctx.io.color)).as_bytes())?;
    }
    out.flush()?;
    Ok(outcome)
}

fn render_all(
    results: &[(String, Report)],
    all: &std::collections::BTreeMap<String, Profile>,
    paint: &Paint,
) -> String {
    let width = results.iter().map(|(n, _)| n.len()).max().unwrap_or(8);
    let mut text = String::new();
    for (name, report) in results {
        let org = all
            .get(name)
            .and_then(|p| p.org_url.clone())
            .unwrap_or_default();
        let worst = report
            .checks
            .iter()
            .map(|c| c.status)
            .max()
            .unwrap_or(Status::Pass);
        let status = match worst {
            Status::Skip if report.ok => Status::Pass,
            s => s,
        };
        let what = match report.checks.iter().find(|c| c.status == Status::Fail) {
            Some(c) => format!("{}: {}", c.id, c.summary),
            None => {
                let warnings = report
                    .checks
                    .iter()
                    .filter(|c| c.status == Status::Warn)
                    .count();
                msg!("commands-validate-all-passed", warnings = warnings)
            }
        };
        text.push_str(&format!(
            "  {} {name:width$}  {org}  {what}\n",
            paint.status(status)
        ));
    }
    let failed = results.iter().filter(|(_, r)| !r.ok).count();
    text.push_str(&format!(
        "\n{}\n",
        msg!(
            "commands-validate-all-summary",
            total = results.len(),
            passed = results.len() - failed,
            failed = failed
        )
    ));
    // The command that shows each failure or warning in full, with the profile's name.
    for (name, report) in results {
        if report
            .checks
            .iter()
            .any(|c| matches!(c.status, Status::Warn | Status::Fail))
        {
            text.push_str(&format!(
                "{}\n",
                msg!("commands-validate-all-details", profile = name)
            ));
        }
    }
    text
}

/// Remedies that say `profile set NAME` (an input rule's fix, which does not know the profile)
/// name the profile checked.
fn name_the_profile(report: &mut Report, name: &str) {
    for c in &mut report.checks {
        if let Some(r) = &mut c.remedy {
            *r = r.replace("profile set NAME ", &format!("profile set {name} "));
        }
    }
}

/// Whether a run checks the profile's own org: a flag or env var naming another org leaves the
/// remembered Marketo Config table aside, and nothing found there is remembered.
fn own_org(profile: &Profile, settings: &crate::connection::Settings) -> bool {
    settings.org_url == profile.org_url
}

/// Record each profile's last validation (and a tenant id learnt on the way, and the Marketo
/// Config table the run found or confirmed). A failure to record is a warning: the validation
/// itself happened.
fn record(ctx: &Ctx<'_>, results: &[(String, &Report)]) {
    let Ok(profiles) = ctx.profiles() else { return };
    let at = chrono::SubsecRound::trunc_subsecs(ctx.clock.now(), 0);
    let outcome = profiles.update(|m| {
        for (name, report) in results {
            if let Some(p) = m.get_mut(name) {
                p.last_validation = Some(LastValidation {
                    at,
                    ok: report.ok,
                    exit_code: crate::error::exit_code(&Ok(report.outcome())),
                });
                if p.tenant_id.is_none() {
                    p.tenant_id = report.tenant_id.clone();
                }
                if let Some(table) = &report.config_table {
                    p.marketo_config = Some(table.clone());
                }
            }
        }
        Ok(())
    });
    if let Err(e) = outcome {
        ctx.warn(&msg!("commands-validate-record-failed", error = e));
    }
}

/// The connection settings the flags and env vars give, `--auth` included.
fn flag_settings(args: &Args) -> Settings {
    Settings {
        auth: args.auth,
        ..args.conn.settings()
    }
}

/// The client secret and the password, first source that has each: stdin (`--secrets-stdin`),
/// the environment, the profile's keyring entries, a hidden prompt on a terminal. Never flags.
/// An S2S connection (`s2s`) sends no password: none is asked for.
pub fn gather_secrets(
    args: &Args,
    ctx: &Ctx<'_>,
    profile: Option<&str>,
    s2s: bool,
) -> Result<(Option<Secret>, Option<Secret>)> {
    let (mut secret, mut password) = (None, None);
    if args.secrets_stdin {
        if ctx.io.stdin_tty {
            return Err(Error::Invalid(msg!("commands-validate-secrets-stdin-tty")));
        }
        let mut buf = ctx.read_stdin(MAX_STDIN)?;
        let mut lines = buf.split('\n');
        secret = lines
            .next()
            .map(|l| Secret::new(strip_line_ending(l.to_string())))
            .filter(|s| !s.is_empty());
        password = lines
            .next()
            .map(|l| Secret::new(strip_line_ending(l.to_string())))
            .filter(|s| !s.is_empty());
        buf.clear();
    }
    if secret.is_none() {
        secret = ctx.var("DYNSYNC_CLIENT_SECRET").map(Secret::new);
    }
    if password.is_none() {
        password = ctx.var("DYNSYNC_PASSWORD").map(Secret::new);
    }
    if let Some(name) = profile {
        let mut trouble: Option<StoreError> = None;
        for (slot, kind) in [
            (&mut secret, SecretKind::ClientSecret),
            (&mut password, SecretKind::Password),
        ] {
            if slot.is_none() && trouble.is_none() {
                match ctx.store.get(name, kind) {
                    Ok(v) => *slot = v,
                    Err(e) => trouble = Some(e),
                }
            }
        }
        if let Some(e) = trouble {
            ctx.warn(&msg!("commands-keyring-warning", error = e));
        }
    }
    if ctx.io.can_prompt() && !args.secrets_stdin {
        if secret.is_none() {
            secret = Some(ctx.prompter.secret(&msg!("commands-ask-client-secret"))?);
        }
        if password.is_none() && !s2s {
            let label = match args.conn.username.as_deref() {
                Some(username) => msg!("commands-ask-password-of", username = username),
                None => msg!("commands-ask-password"),
            };
            password = Some(ctx.prompter.secret(&label)?);
        }
    }
    Ok((secret, password))
}

/// `validate --demo`: the simulated tenant, and the demo values as the inputs.
#[cfg(feature = "demo")]
mod demo {
    use std::io::Write;

    use super::Args;
    use crate::checks::Options;
    use crate::connection::{AuthKind, Raw};
    use crate::ctx::Ctx;
    use crate::error::{Error, Result};
    use crate::msg;
    use crate::sim::{self, DEMO, Simulator};

    /// Start the scenario's simulator; the inputs that point at it.
    pub(super) async fn start(
        args: &Args,
        ctx: &Ctx<'_>,
        opts: &mut Options,
    ) -> Result<(Simulator, Raw)> {
        args.conn.refuse_with_demo(ctx)?;
        let scenario = super::super::demo_scenario(&args.scenario, args.latency_ms)?;
        let sim = Simulator::start(scenario.config.clone())
            .await
            .map_err(Error::Internal)?;
        // The scenario says how its demo signs in; --auth chooses otherwise.
        let auth = args.auth.unwrap_or(if scenario.s2s {
            AuthKind::S2s
        } else {
            AuthKind::Password
        });
        let raw =
            crate::commands::demo_inputs(ctx, &sim, &scenario, auth, args.conn.reach.timeout, opts);
        print_demo_banner(ctx, &scenario, auth);
        Ok((sim, raw))
    }

    pub(super) fn print_scenarios(out: &mut dyn Write) -> Result<()> {
        let scenarios = sim::scenarios();
        let width = scenarios.iter().map(|s| s.name.len()).max().unwrap_or(8);
        writeln!(out, "{}\n", msg!("commands-demo-scenarios-heading"))?;
        for s in scenarios {
            writeln!(
                out,
                "  {:width$}  {}",
                s.name,
                crate::commands::scenario_about(&s)
            )?;
        }
        Ok(())
    }

    fn print_demo_banner(ctx: &Ctx<'_>, s: &sim::Scenario, auth: AuthKind) {
        let secret_note = if s.client_secret == DEMO.client_secret {
            msg!("commands-demo-secret-value")
        } else if s.client_secret == DEMO.secret_id {
            msg!("commands-demo-secret-id", secret_id = DEMO.secret_id)
        } else {
            msg!("commands-demo-wrong-value")
        };
        let password_note = if auth == AuthKind::S2s {
            msg!("commands-demo-s2s-no-password")
        } else if s.password == DEMO.password {
            msg!("commands-demo-password")
        } else {
            msg!("commands-demo-wrong-password")
        };
        ctx.warn(&msg!(
            "commands-validate-demo-banner",
            scenario = s.name,
            about = crate::commands::scenario_about(s),
            client_id = DEMO.client_id,
            secret_note = secret_note,
            username = if auth == AuthKind::S2s {
                sim::APP.email
            } else {
                DEMO.username
            },
            password_note = password_note,
            org_url = format!("https://{}", DEMO.org_host)
        ));
    }
}
