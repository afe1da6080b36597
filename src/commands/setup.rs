//! `dynsync setup`: the guided wizard (see `crate::wizard`).

use std::path::PathBuf;

use clap::Args as ClapArgs;

use crate::commands::ConnArgs;
use crate::ctx::Ctx;
use crate::error::{Error, Outcome, Result};
use crate::ui::{Osc52Clipboard, SystemBrowser};
use crate::wizard::driver::GuidedDriver;
use crate::wizard::messages::{M, text};
use crate::wizard::state::ConnectionPath;
use crate::wizard::{Deps, Settings, Wizard};

#[derive(Debug, ClapArgs)]
#[command(after_help = super::EXIT_CODES)]
pub struct Args {
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
    /// How the sync signs in: password (a licensed sync user) or s2s (the app as a Dataverse
    /// application user). With --path update on a password profile: Marketo's Reconfigure
    /// procedure, with the 15-minute wait after Switch.
    #[arg(long, env = "DYNSYNC_AUTH", value_enum, value_name = "KIND")]
    pub auth: Option<crate::connection::AuthKind>,
    /// The client secret's expiry date (YYYY-MM-DD, or M/D/YYYY as the Azure portal shows it).
    #[arg(long, value_name = "DATE")]
    pub secret_expires: Option<String>,
    /// Without a terminal: take every input from flags and env vars, save the profile, and print
    /// the Marketo steps as a checklist.
    #[arg(long, short)]
    pub yes: bool,
    /// The org's unique name (e.g. org1a2b3c4d), confirmed instead of typing it at the org guard;
    /// required with --yes. A name that is not the org's stops the setup before anything is saved.
    #[arg(long, value_name = "UNIQUE_NAME")]
    pub confirm_org: Option<String>,
    /// Append a Markdown record of what was done and when (no secrets) to FILE.
    #[arg(long, value_name = "FILE")]
    pub transcript: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum PathArg {
    FirstTime,
    Update,
}

pub async fn run(args: &Args, ctx: &Ctx<'_>) -> Result<Outcome> {
    if !ctx.io.can_prompt() && !args.yes {
        return Err(Error::Invalid(text(M::NoTerminal).to_string()));
    }
    // --yes confirms everything but the org, whose unique name is given: before any request.
    if args.yes && args.confirm_org.is_none() {
        return Err(Error::Invalid(text(M::ConfirmOrgMissing).to_string()));
    }
    let settings = Settings {
        profile: args.profile.clone(),
        path: args.path.map(|p| match p {
            PathArg::FirstTime => ConnectionPath::FirstTime,
            PathArg::Update => ConnectionPath::Update,
        }),
        conn: crate::connection::Settings {
            auth: args.auth,
            ..args.conn.settings()
        },
        timeout: args.conn.reach.timeout,
        deadline: Some(args.conn.deadline()),
        secret_expires: args.secret_expires.clone(),
        has_app_registration: args.existing_app.then_some(true),
        yes: args.yes,
        confirm_org: args.confirm_org.clone(),
        resume: args.resume,
        transcript: args.transcript.clone(),
        ..Default::default()
    };
    let clipboard = Osc52Clipboard {
        terminal: ctx.stderr,
    };
    let deps = || Deps {
        driver: &GuidedDriver,
        clipboard: &clipboard,
        browser: &SystemBrowser,
    };
    if !args.demo {
        let wizard = Wizard::new(ctx, deps(), settings)?;
        return wizard.run().await;
    }
    #[cfg(not(feature = "demo"))]
    return Err(super::no_demo());
    #[cfg(feature = "demo")]
    demo::run(args, ctx, settings, deps()).await
}

/// `setup --demo`: the simulated tenant, a throwaway config directory, an in-memory keyring.
#[cfg(feature = "demo")]
mod demo {

    use super::Args;
    use crate::commands::DemoEnv;
    use crate::ctx::Ctx;
    use crate::error::{Outcome, Result};
    use crate::msg;
    use crate::sim::DEMO;
    use crate::wizard::{Deps, Settings, Wizard};

    pub(super) async fn run(
        args: &Args,
        ctx: &Ctx<'_>,
        mut settings: Settings,
        deps: Deps<'_>,
    ) -> Result<Outcome> {
        args.conn.refuse_with_demo(ctx)?;
        let scenario = super::super::demo_scenario(&args.scenario, None)?;
        if scenario.s2s && settings.conn.auth.is_none() {
            settings.conn.auth = Some(crate::connection::AuthKind::S2s);
        }
        let mut config = scenario.config.clone();
        // "Create it for me": the simulated admin approves the device code at the first poll.
        config.admin.device_pending_polls = 0;
        config.admin.device_interval = 2;
        // Kept beside the profiles (never among them) until the demo completes, so a stop can
        // be rehearsed and resumed; a throwaway directory when there is no config directory.
        let kept = ctx.config_dir.as_ref().map(|d| d.join("demo-setup"));
        let demo = DemoEnv::start_kept(config, kept).await?;
        settings.demo = Some(demo.tls());
        if demo.dir.kept() {
            settings.demo_kept = Some(if scenario.name == "ok" {
                String::new()
            } else {
                format!(" --scenario {}", scenario.name)
            });
            // The keyring is in memory: a resume after the save gets the demo's values back.
            put_back_secrets(&demo, &scenario);
        }
        let storage = demo.storage_note();
        let demo_ctx = demo.ctx(ctx);
        write!(
            ctx.out(),
            "{}",
            crate::ui::wrap_screen(
                &msg!(
                    "commands-setup-demo-banner",
                    scenario = scenario.name,
                    about = crate::commands::scenario_about(&scenario),
                    client_id = DEMO.client_id,
                    client_secret = scenario.client_secret,
                    username = DEMO.username,
                    password = scenario.password,
                    org_url = format!("https://{}", DEMO.org_host),
                    unique_name = "org1a2b3c4d",
                    storage = storage
                ),
                ctx.io.width()
            )
        )?;
        let result = match Wizard::new(&demo_ctx, deps, settings) {
            Ok(wizard) => wizard.run().await,
            Err(e) => Err(e),
        };
        demo.finish();
        result
    }

    /// The demo's secrets, back in its in-memory keyring for every profile its kept progress
    /// saved (they are the simulator's own values, printed in the banner).
    fn put_back_secrets(demo: &DemoEnv, scenario: &crate::sim::Scenario) {
        use crate::secrets::{Secret, SecretKind, SecretStore};
        use crate::wizard::state::{Checkpoints, Step};
        let checkpoints = Checkpoints::new(demo.dir.path());
        let Ok(entries) = std::fs::read_dir(demo.dir.path().join("setup")) else {
            return;
        };
        for e in entries.flatten() {
            let name = e.file_name().to_string_lossy().to_string();
            let Some(profile) = name.strip_suffix(".json") else {
                continue;
            };
            if let Ok(Some(s)) = checkpoints.load(profile)
                && s.done(Step::Save)
            {
                let _ = demo.store.set(
                    profile,
                    SecretKind::ClientSecret,
                    &Secret::new(scenario.client_secret),
                );
                let _ = demo.store.set(
                    profile,
                    SecretKind::Password,
                    &Secret::new(scenario.password),
                );
            }
        }
    }
}
