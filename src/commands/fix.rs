//! `dynsync fix`: validate a saved connection; for the Dynamics-side checks that failed, sign a
//! Dynamics admin in (for this run only), plan the repairs, show them, ask once, make them, and
//! validate again with the connection's own credentials. The planning and the writes are
//! `crate::fix`'s.

use clap::Args as ClapArgs;
use secrecy::ExposeSecret;
use serde::Serialize;

use crate::admin::AdminSession;
use crate::checks::{self, Options};
use crate::commands::admin_args::AdminArgs;
use crate::connection::{AuthKind, Connection, Raw};
use crate::ctx::Ctx;
use crate::dynamics_admin::AdminDataverse;
use crate::error::{Error, Outcome, Result};
use crate::fix::{self, Applied, Change, Failed, Manual, Plan, Read};
use crate::http::{Http, HttpConfig, HttpError};
use crate::msg;
use crate::report::Report;
use crate::secrets::{Secret, SecretKind};
use crate::ui::{NoProgress, Paint, Progress, Spinner, render_report, wrap, write_json};

/// `fix --help`'s epilogue.
pub const HELP: &str = "\
The changes are made with a Dynamics admin's sign-in (the Dataverse System Administrator role),
in the browser or with --device-code; the admin's token is kept in memory for this run only.

Examples:
  dynsync fix --profile contoso-prod --dry-run
  dynsync fix --profile contoso-prod --device-code
  dynsync fix --profile contoso-prod --yes --json
  dynsync fix --demo --scenario s2s-no-app-user --yes";

#[derive(Debug, ClapArgs)]
pub struct Args {
    /// The saved connection to check and repair.
    #[arg(long, value_name = "NAME", required_unless_present = "demo")]
    pub profile: Option<String>,
    /// Show the plan and stop: nothing is changed.
    #[arg(long)]
    pub dry_run: bool,
    /// Make the planned changes without asking (for scripts).
    #[arg(long, short)]
    pub yes: bool,
    /// Print one JSON document on stdout: planned, applied, failed, manual, validate.
    #[arg(long)]
    pub json: bool,
    #[command(flatten)]
    pub admin: AdminArgs,
    /// Repair a demo scenario of the built-in demo tenant.
    #[arg(long, conflicts_with = "profile")]
    pub demo: bool,
    /// With --demo: the scenario to repair (missing-role, config-unset, disabled-step,
    /// user-french, s2s-no-app-user, …).
    #[arg(
        long,
        requires = "demo",
        default_value = "missing-role",
        value_name = "NAME"
    )]
    pub scenario: String,
}

/// The JSON document.
#[derive(Serialize)]
struct Doc<'a> {
    planned: &'a [Change],
    applied: &'a [Change],
    failed: &'a [Failed],
    manual: &'a [Manual],
    /// What the admin read for the checks the sync user could not read.
    read: &'a [Read],
    validate: &'a Report,
}

pub async fn run(args: &Args, ctx: &Ctx<'_>) -> Result<Outcome> {
    let result = run_checked(args, ctx).await;
    if let Some(e) = super::json_error_owed(args.json, &result) {
        let report = checks::error_report(&e.to_string());
        write_json(
            &mut *ctx.out(),
            &Doc {
                planned: &[],
                applied: &[],
                failed: &[],
                manual: &[],
                read: &[],
                validate: &report,
            },
        )?;
    }
    result
}

/// The connection to check and how: from the profile, or the demo's.
struct Target {
    raw: Raw,
    opts: Options,
    #[cfg(feature = "demo")]
    _sim: Option<crate::sim::Simulator>,
}

async fn target(args: &Args, ctx: &Ctx<'_>) -> Result<Target> {
    let mut opts = Options {
        verbose: ctx.verbose,
        ..Options::new(ctx.clock.today())
    };
    if args.demo {
        #[cfg(not(feature = "demo"))]
        return Err(super::no_demo());
        #[cfg(feature = "demo")]
        {
            use crate::sim::Simulator;
            let scenario = super::demo_scenario(&args.scenario, None)?;
            let mut config = scenario.config.clone();
            // The demo's admin approves the device code at the first poll, a second later.
            config.admin.device_pending_polls = 0;
            config.admin.device_interval = 1;
            let sim = Simulator::start(config).await.map_err(Error::Internal)?;
            let auth = if scenario.s2s {
                AuthKind::S2s
            } else {
                AuthKind::Password
            };
            let raw = super::demo_inputs(ctx, &sim, &scenario, auth, None, &mut opts);
            ctx.warn(&msg!(
                "fix-demo-banner",
                scenario = scenario.name,
                about = super::scenario_about(&scenario)
            ));
            return Ok(Target {
                raw,
                opts,
                _sim: Some(sim),
            });
        }
    }
    let Some(name) = &args.profile else {
        return Err(Error::Invalid(msg!("fix-needs-profile")));
    };
    let profile = ctx.profiles()?.get(name)?;
    let secret = |var: &str, kind| -> Result<Option<Secret>> {
        if let Some(v) = ctx.var(var) {
            return Ok(Some(Secret::new(v)));
        }
        Ok(ctx.store.get(name, kind)?)
    };
    let client_secret = secret("DYNSYNC_CLIENT_SECRET", SecretKind::ClientSecret)?;
    let password = if profile.auth == Some(AuthKind::S2s) {
        None
    } else {
        secret("DYNSYNC_PASSWORD", SecretKind::Password)?
    };
    opts.secret_expires = profile.secret_expires;
    opts.config_table = profile.marketo_config.clone();
    opts.profile = Some(name.clone());
    Ok(Target {
        raw: Raw {
            settings: profile.connection(),
            client_secret,
            password,
            timeout_secs: None,
        },
        opts,
        #[cfg(feature = "demo")]
        _sim: None,
    })
}

async fn validate(ctx: &Ctx<'_>, t: &Target) -> Result<checks::Run> {
    let spinner = Spinner::new(&ctx.io, !ctx.verbose);
    let progress: &dyn Progress = if ctx.verbose { &NoProgress } else { &spinner };
    let log = |line: &str| ctx.warn(line);
    let run = ctx
        .cancel
        .guard(checks::run(t.raw.clone(), &t.opts, progress, &log))
        .await;
    spinner.finish();
    run
}

async fn run_checked(args: &Args, ctx: &Ctx<'_>) -> Result<Outcome> {
    // Nothing is changed without the plan confirmed: without a terminal to ask on, --yes (or
    // --dry-run) must say so before anything is sent.
    if !args.yes && !args.dry_run && !ctx.io.can_prompt() {
        return Err(Error::Invalid(msg!("fix-refuse-no-terminal")));
    }
    let t = target(args, ctx).await?;
    let first = validate(ctx, &t).await?;
    let Some(conn) = first.connection.clone() else {
        return finish(args, ctx, &Plan::default(), None, &first.report);
    };
    if !fix::wanted(&first.report) {
        let note = if first.report.ok {
            msg!("fix-nothing-to-fix")
        } else {
            msg!("fix-sign-in-first")
        };
        if !args.json {
            say(ctx, &note);
        }
        return finish(args, ctx, &Plan::default(), None, &first.report);
    }

    let http_config = HttpConfig {
        timeout: conn.timeout,
        ca_bundle: conn.ca_bundle.clone(),
        demo: t.opts.demo.clone(),
        ..HttpConfig::default()
    };
    let token = admin_token(args, ctx, &conn, &first.report, &http_config).await?;
    let http = Http::new(&http_config).map_err(Error::Internal)?;
    let admin = AdminDataverse::new(&http, &conn.org, &token);
    let plan = ctx
        .cancel
        .guard(fix::plan(&admin, &conn, &first.report))
        .await?
        .map_err(admin_error)?;
    if !args.json {
        show_plan(ctx, &plan);
    }
    if plan.changes.is_empty() || args.dry_run {
        if args.dry_run && !args.json {
            say(ctx, &msg!("fix-dry-run"));
        }
        return finish(args, ctx, &plan, None, &first.report);
    }
    if !args.yes {
        let question = msg!("fix-ask-apply", count = plan.changes.len());
        if !ctx.prompter.confirm(&question, false)? {
            say(ctx, &msg!("fix-declined"));
            return finish(args, ctx, &plan, None, &first.report);
        }
    }
    let applied = ctx.cancel.guard(fix::apply(&admin, &plan)).await?;
    if !args.json {
        show_applied(ctx, &applied);
        say(ctx, &msg!("fix-validating-again"));
    }
    let again = validate(ctx, &t).await?;
    finish(args, ctx, &plan, Some(&applied), &again.report)
}

/// The admin's Dataverse token for the org (`{org}/user_impersonation`), from a sign-in for this
/// run; never stored.
async fn admin_token(
    args: &Args,
    ctx: &Ctx<'_>,
    conn: &Connection,
    report: &Report,
    http: &HttpConfig,
) -> Result<Secret> {
    let tenant = report
        .tenant_id
        .clone()
        .or_else(|| conn.tenant.clone())
        .unwrap_or_else(|| "organizations".into());
    let mut opts = args.admin.options(ctx, conn.cloud, &conn.login, &tenant)?;
    opts.http = http.clone();
    if args.demo {
        // The demo's simulated admin approves a device code by itself.
        opts.demo = true;
        opts.device_code = true;
        opts.browser = None;
    }
    ctx.warn(&msg!("fix-signing-in", host = conn.org.host));
    let scope = format!("{}/user_impersonation", conn.org.url);
    let mut session = AdminSession::sign_in(ctx, &opts, &[&scope]).await?;
    let token = session.token(ctx, &scope).await?;
    Ok(Secret::new(token.expose_secret()))
}

/// A read the plan needed, refused or failed.
fn admin_error(e: HttpError) -> Error {
    match &e {
        HttpError::Unexpected { status, .. } if *status == 401 || *status == 403 => {
            Error::Refused(msg!("fix-admin-refused", error = e))
        }
        _ => Error::Unreachable(e.to_string()),
    }
}

fn say(ctx: &Ctx<'_>, text: &str) {
    let mut out = ctx.out();
    let _ = write!(out, "{}", wrap(text, ctx.io.width(), ""));
}

fn show_plan(ctx: &Ctx<'_>, plan: &Plan) {
    let mut out = ctx.out();
    let _ = writeln!(out, "{}", fix::render_plan(plan, ctx.io.width()));
    let _ = out.flush();
}

fn show_applied(ctx: &Ctx<'_>, applied: &Applied) {
    let mut out = ctx.out();
    let _ = write!(out, "{}", fix::render_applied(applied, ctx.io.width()));
}

/// Print the run's end (the JSON document, or the report of the last validation) and its
/// outcome: the last validation's, as `validate` would end.
fn finish(
    args: &Args,
    ctx: &Ctx<'_>,
    plan: &Plan,
    applied: Option<&Applied>,
    report: &Report,
) -> Result<Outcome> {
    let mut out = ctx.out();
    if args.json {
        let none = Applied::default();
        let a = applied.unwrap_or(&none);
        write_json(
            &mut *out,
            &Doc {
                planned: &plan.changes,
                applied: &a.applied,
                failed: &a.failed,
                manual: &plan.manual,
                read: &plan.read,
                validate: report,
            },
        )?;
    } else {
        let heading = if applied.is_some() {
            msg!("fix-report-heading", host = report_host(report))
        } else {
            msg!("fix-report-heading-first", host = report_host(report))
        };
        out.write_all(
            render_report(
                report,
                &heading,
                &Paint::new(ctx.io.color).width(ctx.io.width()),
            )
            .as_bytes(),
        )?;
    }
    out.flush()?;
    Ok(report.outcome())
}

fn report_host(report: &Report) -> String {
    report
        .org
        .as_ref()
        .map(|o| crate::http::host_of(&o.url))
        .unwrap_or_default()
}
