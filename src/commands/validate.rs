//! `dynsync validate`: check the sync credentials without touching Marketo — from flags and
//! env vars, from a profile (`--profile`), for every profile (`--all`), or on the demo tenant.

use std::io::Write;

use serde::Serialize;

use crate::cli::ValidateArgs;
use crate::commands::Ctx;
use crate::engine::{self, NoProgress, Progress};
use crate::error::{Error, Result, exit};
use crate::http::{DemoTls, Http, HttpConfig};
use crate::input::{self, Problem, RawInputs};
use crate::profile::{LastValidation, Profile};
use crate::report::{Report, Status};
use crate::secrets::{HEADLESS_HELP, Secret, SecretKind, StoreError, strip_line_ending};
#[cfg(feature = "demo")]
use crate::sim::{self, DEMO, Simulator};
use crate::ui::{Paint, Spinner, render_report};

/// The most read from stdin for `--secrets-stdin`.
const MAX_STDIN: u64 = 64 * 1024;

pub async fn run(args: &ValidateArgs, ctx: &Ctx<'_>, out: &mut dyn Write) -> Result<i32> {
    #[cfg(feature = "demo")]
    if args.list_scenarios {
        print_scenarios(out)?;
        return Ok(0);
    }
    if args.all {
        return run_all(args, ctx, out).await;
    }
    #[cfg(feature = "demo")]
    let mut demo_sim = None;
    let profile_name;
    let raw = if args.demo {
        #[cfg(not(feature = "demo"))]
        return Err(super::no_demo());
        #[cfg(feature = "demo")]
        {
            let mut scenario = sim::scenario(&args.scenario).ok_or_else(|| {
                Error::Input(format!("unknown demo scenario {:?}; list them with: dynsync validate --demo --list-scenarios", args.scenario))
            })?;
            if let Some(ms) = args.latency_ms {
                scenario.config.latency = std::time::Duration::from_millis(ms);
            }
            let sim = Simulator::start(scenario.config.clone())
                .await
                .map_err(Error::Internal)?;
            print_demo_banner(&scenario);
            demo_sim = Some(sim);
            profile_name = None;
            RawInputs {
                client_id: Some(DEMO.client_id.into()),
                client_secret: Some(Secret::new(scenario.client_secret)),
                username: Some(DEMO.username.into()),
                password: Some(Secret::new(scenario.password)),
                org_url: Some(format!("https://{}", DEMO.org_host)),
                timeout_secs: args.conn.timeout,
                secret_expires: Some(ctx.clock.today() + chrono::Days::new(180)),
                expiry_warning_days: Some(args.expiry_warning_days),
                today: Some(ctx.clock.today()),
                ..Default::default()
            }
        }
    } else {
        let profile = match &args.profile {
            Some(name) => Some(ctx.profiles()?.get(name)?),
            None => None,
        };
        let (client_secret, password) = gather_secrets(args, ctx, args.profile.as_deref())?;
        profile_name = args.profile.clone();
        let mut raw =
            from_flags_over_profile(args, profile.unwrap_or_default(), client_secret, password);
        raw.today = Some(ctx.clock.today());
        raw
    };

    #[cfg(not(feature = "demo"))]
    let demo = None;
    #[cfg(feature = "demo")]
    let demo = demo_sim.as_ref().map(|s| DemoTls {
        ca_pem: s.ca_pem.clone(),
        resolve: sim::HOSTS.iter().map(|h| (h.to_string(), s.addr)).collect(),
    });
    let spinner = Spinner::new(&ctx.io, !ctx.verbose);
    let progress: &dyn Progress = if ctx.verbose { &NoProgress } else { &spinner };
    let one = validate_one(raw, demo, ctx.verbose, progress);
    let (report, heading) = tokio::select! {
        r = one => r,
        _ = tokio::signal::ctrl_c() => {
            spinner.finish();
            if args.json {
                let _ = write_json(out, &Report::interrupted());
            }
            return Err(Error::Interrupted);
        }
    };
    spinner.finish();
    #[cfg(feature = "demo")]
    if let (Some(s), true) = (&demo_sim, ctx.verbose) {
        eprintln!(
            "[demo] the simulator served {} requests over {} TLS connections",
            s.stats.requests(),
            s.stats.connections()
        );
    }
    let code = report.exit_code();
    if let Some(name) = &profile_name {
        record(ctx, &[(name.clone(), &report)]);
    }
    if args.json {
        write_json(out, &report)?;
    } else {
        out.write_all(render_report(&report, &heading, &Paint::new(ctx.io.color)).as_bytes())?;
    }
    out.flush()?;
    Ok(code)
}

/// Flags and env vars (already merged by clap) win over the profile, field by field.
fn from_flags_over_profile(
    args: &ValidateArgs,
    p: Profile,
    client_secret: Option<Secret>,
    password: Option<Secret>,
) -> RawInputs {
    RawInputs {
        client_id: args.conn.client_id.clone().or(p.client_id),
        client_secret,
        username: args.conn.username.clone().or(p.username),
        password,
        org_url: args.conn.org_url.clone().or(p.org_url),
        tenant: args.conn.tenant.clone().or(p.tenant_id),
        cloud: args.conn.cloud.or(p.cloud),
        authority_host: args.conn.authority_host.clone().or(p.authority_host),
        ca_bundle: args.conn.ca_bundle.clone().or(p.ca_bundle),
        timeout_secs: args.conn.timeout,
        secret_expires: args.secret_expires.or(p.secret_expires),
        expiry_warning_days: Some(args.expiry_warning_days),
        today: None,
    }
}

/// Check the inputs, then run the engine. Returns the report and the heading to print over it.
async fn validate_one(
    raw: RawInputs,
    demo: Option<DemoTls>,
    verbose: bool,
    progress: &dyn Progress,
) -> (Report, String) {
    let checked = input::check(raw);
    let Some(inputs) = checked.inputs else {
        return (
            engine::invalid_input_report(&checked.errors, &checked.warnings),
            "Checking the inputs".into(),
        );
    };
    let config = HttpConfig {
        timeout: inputs.timeout,
        ca_bundle: inputs.ca_bundle.clone(),
        demo,
        verbose,
    };
    let http = match Http::new(&config) {
        Ok(h) => h,
        Err(msg) => {
            let fix = "pass --ca-bundle with a readable PEM file of CA certificates".to_string();
            let problem = Problem {
                field: None,
                message: msg,
                fix,
            };
            return (
                engine::invalid_input_report(&[problem], &checked.warnings),
                "Checking the inputs".into(),
            );
        }
    };
    let heading = format!("Checking {} for {}", inputs.org.host, inputs.username);
    (
        engine::validate(&http, &inputs, &checked.warnings, progress).await,
        heading,
    )
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
async fn run_all(args: &ValidateArgs, ctx: &Ctx<'_>, out: &mut dyn Write) -> Result<i32> {
    let all = ctx.profiles()?.load()?;
    if all.is_empty() {
        return Err(Error::Input(
            "there are no profiles yet: create one with `dynsync profile set NAME --client-id … --username … --org-url …`".into(),
        ));
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
        raws.push((
            name.clone(),
            RawInputs {
                expiry_warning_days: Some(args.expiry_warning_days),
                today: Some(ctx.clock.today()),
                ..raw_from_profile(p, secret, password, args.conn.timeout)
            },
        ));
    }
    if let Some(e) = &keyring_trouble {
        eprintln!("warning: {e}\n{HEADLESS_HELP}");
    }
    let semaphore = tokio::sync::Semaphore::new(args.jobs as usize);
    let spinner = Spinner::new(&ctx.io, !ctx.verbose);
    spinner.step(&format!("validating {} profiles…", raws.len()));
    let runs = raws.into_iter().map(|(name, raw)| {
        let semaphore = &semaphore;
        async move {
            let _permit = semaphore.acquire().await.expect("semaphore open");
            let (report, _) = validate_one(raw, None, ctx.verbose, &NoProgress).await;
            (name, report)
        }
    });
    let results = tokio::select! {
        r = futures_util::future::join_all(runs) => r,
        _ = tokio::signal::ctrl_c() => {
            spinner.finish();
            return Err(Error::Interrupted);
        }
    };
    spinner.finish();
    record(
        ctx,
        &results
            .iter()
            .map(|(n, r)| (n.clone(), r))
            .collect::<Vec<_>>(),
    );

    let codes: Vec<i32> = results.iter().map(|(_, r)| r.exit_code()).collect();
    let code = if codes
        .iter()
        .any(|c| *c == exit::CHECK_FAILED || *c == exit::INVALID_INPUT)
    {
        exit::CHECK_FAILED
    } else if codes.contains(&exit::UNREACHABLE) {
        exit::UNREACHABLE
    } else {
        exit::OK
    };
    if args.json {
        let doc = AllDoc {
            ok: code == exit::OK,
            profiles: results
                .iter()
                .map(|(name, report)| ProfileResult {
                    profile: name,
                    report,
                })
                .collect(),
        };
        serde_json::to_writer_pretty(&mut *out, &doc)
            .map_err(|e| Error::Internal(e.to_string()))?;
        out.write_all(b"\n")?;
    } else {
        out.write_all(render_all(&results, &all, &Paint::new(ctx.io.color)).as_bytes())?;
    }
    out.flush()?;
    Ok(code)
}

fn raw_from_profile(
    p: &Profile,
    client_secret: Option<Secret>,
    password: Option<Secret>,
    timeout: Option<u64>,
) -> RawInputs {
    RawInputs {
        client_id: p.client_id.clone(),
        client_secret,
        username: p.username.clone(),
        password,
        org_url: p.org_url.clone(),
        tenant: p.tenant_id.clone(),
        cloud: p.cloud,
        authority_host: p.authority_host.clone(),
        ca_bundle: p.ca_bundle.clone(),
        timeout_secs: timeout,
        secret_expires: p.secret_expires,
        expiry_warning_days: None,
        today: None,
    }
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
                let warns = report
                    .checks
                    .iter()
                    .filter(|c| c.status == Status::Warn)
                    .count();
                match warns {
                    0 => "all checks passed".into(),
                    1 => "passed with 1 warning".into(),
                    n => format!("passed with {n} warnings"),
                }
            }
        };
        text.push_str(&format!(
            "  {} {name:width$}  {org}  {what}\n",
            paint.status(status)
        ));
    }
    let failed = results.iter().filter(|(_, r)| !r.ok).count();
    text.push_str(&format!(
        "\n{} profile{}: {} passed, {} failed. Details: dynsync validate --profile NAME\n",
        results.len(),
        if results.len() == 1 { "" } else { "s" },
        results.len() - failed,
        failed
    ));
    text
}

/// Record each profile's last validation (and a tenant id learnt on the way). A failure to
/// record is a warning: the validation itself happened.
fn record(ctx: &Ctx<'_>, results: &[(String, &Report)]) {
    let Ok(profiles) = ctx.profiles() else { return };
    let at = chrono::SubsecRound::trunc_subsecs(ctx.clock.now(), 0);
    let outcome = profiles.update(|m| {
        for (name, report) in results {
            if let Some(p) = m.get_mut(name) {
                p.last_validation = Some(LastValidation {
                    at,
                    ok: report.ok,
                    exit_code: report.exit_code(),
                });
                if p.tenant_id.is_none() {
                    p.tenant_id = report.tenant_id.clone();
                }
            }
        }
        Ok(())
    });
    if let Err(e) = outcome {
        eprintln!("warning: could not record the validation in the profile: {e}");
    }
}

fn write_json(out: &mut dyn Write, report: &Report) -> Result<()> {
    serde_json::to_writer_pretty(&mut *out, report).map_err(|e| Error::Internal(e.to_string()))?;
    out.write_all(b"\n")?;
    out.flush()?;
    Ok(())
}

/// The client secret and the password, first source that has each: stdin (`--secrets-stdin`),
/// the environment, the profile's keyring entries, a hidden prompt on a terminal. Never flags.
pub fn gather_secrets(
    args: &ValidateArgs,
    ctx: &Ctx<'_>,
    profile: Option<&str>,
) -> Result<(Option<Secret>, Option<Secret>)> {
    let (mut secret, mut password) = (None, None);
    if args.secrets_stdin {
        if ctx.io.stdin_tty {
            return Err(Error::Input(
                "--secrets-stdin reads from a pipe, not a terminal: pipe the secret and the password in, or leave the flag out to be asked".into(),
            ));
        }
        let mut buf = ctx
            .read_stdin(MAX_STDIN)
            .map_err(|e| Error::Input(format!("could not read stdin: {e}")))?;
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
        secret = (ctx.vars)("DYNSYNC_CLIENT_SECRET").map(Secret::new);
    }
    if password.is_none() {
        password = (ctx.vars)("DYNSYNC_PASSWORD").map(Secret::new);
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
            eprintln!("warning: {e}\n{HEADLESS_HELP}");
        }
    }
    if ctx.io.can_prompt() && !args.secrets_stdin {
        if secret.is_none() {
            secret = Some(
                ctx.prompter
                    .secret("Client secret (the Value, not the Secret ID)")?,
            );
        }
        if password.is_none() {
            let who = args.conn.username.as_deref().unwrap_or("the sync user");
            password = Some(ctx.prompter.secret(&format!("Password of {who}"))?);
        }
    }
    Ok((secret, password))
}

#[cfg(feature = "demo")]
fn print_scenarios(out: &mut dyn Write) -> Result<()> {
    let scenarios = sim::scenarios();
    let width = scenarios.iter().map(|s| s.name.len()).max().unwrap_or(8);
    writeln!(
        out,
        "Demo scenarios (dynsync validate --demo --scenario NAME):\n"
    )?;
    for s in scenarios {
        writeln!(out, "  {:width$}  {}", s.name, s.about)?;
    }
    Ok(())
}

#[cfg(feature = "demo")]
fn print_demo_banner(s: &sim::Scenario) {
    let secret_note = if s.client_secret == DEMO.client_secret {
        "the demo app's secret Value".to_string()
    } else if s.client_secret == DEMO.secret_id {
        format!("the Secret ID {} (pasted by mistake)", DEMO.secret_id)
    } else {
        "a wrong value".to_string()
    };
    let password_note = if s.password == DEMO.password {
        "the sync user's password"
    } else {
        "a wrong password"
    };
    eprintln!(
        "Demo tenant (simulated Azure AD + Dataverse on loopback HTTPS; nothing leaves this machine)\n\
         scenario:       {} — {}\n\
         client ID:      {}\n\
         client secret:  {secret_note} (never printed)\n\
         username:       {}\n\
         password:       {password_note} (never printed)\n\
         org URL:        https://{}\n",
        s.name, s.about, DEMO.client_id, DEMO.username, DEMO.org_host
    );
}
