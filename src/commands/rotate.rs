//! `dynsync rotate`: a rotated client secret or a changed password, into service without downtime.

use std::path::PathBuf;
use std::time::Duration;

use clap::Args as ClapArgs;

use crate::ctx::Ctx;
use crate::error::{Error, Outcome, Result};
use crate::ui::{Osc52Clipboard, SystemBrowser};
use crate::wizard::driver::GuidedDriver;
use crate::wizard::state::Rotating;
use crate::wizard::{Deps, Settings, Wizard};

#[derive(Debug, ClapArgs)]
#[command(after_help = super::EXIT_CODES)]
pub struct Args {
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
    /// The new client secret's expiry date (YYYY-MM-DD, or M/D/YYYY as the Azure portal shows it).
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
    /// Create the new client secret through Microsoft Graph (an Azure admin signs in), validate
    /// it and keep it pending; with --print-secret its Value is written alone on stdout for a
    /// script to deliver to Marketo. Then: rotate --profile P --resume --marketo-done [--remove-old].
    #[arg(long, conflicts_with_all = ["resume", "secrets_stdin", "what", "marketo_done"])]
    pub create_secret: bool,
    /// With --create-secret: write the new secret's Value alone on stdout (for scripts).
    #[arg(long, requires = "create_secret")]
    pub print_secret: bool,
    /// With --resume --marketo-done, after a --create-secret: remove the old client secret (the
    /// profile's, by its key id) from the app once the new one is in service.
    #[arg(long, requires = "marketo_done")]
    pub remove_old: bool,
    #[command(flatten)]
    pub admin: crate::commands::admin_args::AdminArgs,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum WhatArg {
    ClientSecret,
    Password,
}

pub async fn run(args: &Args, ctx: &Ctx<'_>) -> Result<Outcome> {
    let settings = Settings {
        profile: args.profile.clone(),
        resume: args.resume,
        rotate_what: args.what.map(|w| match w {
            WhatArg::ClientSecret => Rotating::ClientSecret,
            WhatArg::Password => Rotating::Password,
        }),
        marketo_done: args.marketo_done,
        remove_old: args.marketo_done.then_some(args.remove_old),
        secrets_stdin: args.secrets_stdin,
        secret_expires: args.secret_expires.clone(),
        replication_retries: args.replication_retries,
        replication_wait: Duration::from_secs(args.replication_wait),
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
    let graph = super::app::rotate_secret::Options {
        profile: args.profile.as_deref(),
        secret_expires: args.secret_expires.as_deref(),
        print_secret: args.print_secret,
        admin: &args.admin,
        replication_wait: u64::from(args.replication_retries) * args.replication_wait,
        demo: None,
    };
    if args.create_secret && !args.demo {
        if !args.print_secret && ctx.io.can_prompt() {
            return super::app::rotate_secret::guided(ctx, &graph, settings, deps()).await;
        }
        return super::app::rotate_secret::create(ctx, &graph).await;
    }
    let keys = super::app::rotate_secret::key_ids(ctx, args.profile.as_deref())?;
    if args.remove_old && keys.1.is_none() && !args.demo {
        return Err(Error::Invalid(crate::msg!(
            "app-rotate-remove-old-without-create"
        )));
    }
    if !args.demo {
        if !ctx.io.can_prompt() && !args.marketo_done {
            return Err(Error::Invalid(
                crate::wizard::messages::text(crate::wizard::messages::M::RotateNoTerminal).into(),
            ));
        }
        let outcome = Wizard::new(ctx, deps(), settings)?.run_rotation().await?;
        if outcome == Outcome::Ok && args.marketo_done {
            return super::app::rotate_secret::after_promotion(ctx, &graph, keys, args.remove_old)
                .await;
        }
        if outcome == Outcome::Ok && keys.1.is_some() {
            // A guided `--create-secret` resumed on a terminal: the old secret is removed once
            // the admin confirms, as the uninterrupted run does.
            return super::app::rotate_secret::confirm_removal(ctx, &graph, keys).await;
        }
        return Ok(outcome);
    }
    #[cfg(feature = "demo")]
    if args.create_secret {
        return super::app::rotate_secret::demo(
            args.secret_expires.as_deref(),
            &args.admin,
            ctx,
            settings,
            deps(),
        )
        .await;
    }
    #[cfg(not(feature = "demo"))]
    return Err(super::no_demo());
    #[cfg(feature = "demo")]
    demo::run(args, ctx, settings, deps()).await
}

/// `rotate --demo`: a set-up profile "demo" whose secret expires soon; the tenant accepts one
/// more secret, which takes one try to "replicate".
#[cfg(feature = "demo")]
mod demo {
    use std::time::Duration;

    use super::Args;
    use crate::commands::DemoEnv;
    use crate::ctx::Ctx;
    use crate::error::{Error, Outcome, Result};
    use crate::msg;
    use crate::profile::{Profile, Profiles};
    use crate::secrets::{Secret, SecretKind, SecretStore};
    use crate::sim::{DEMO, SimConfig};
    use crate::wizard::{Deps, Settings, Wizard};

    pub(super) async fn run(
        args: &Args,
        ctx: &Ctx<'_>,
        mut settings: Settings,
        deps: Deps<'_>,
    ) -> Result<Outcome> {
        let config = SimConfig {
            extra_secrets: vec![DEMO.new_client_secret.into()],
            replication_delay: 1,
            ..SimConfig::default()
        };
        if !ctx.io.can_prompt() {
            return Err(Error::Invalid(msg!("commands-rotate-demo-needs-terminal")));
        }
        // Kept beside the profiles until the rotation completes, so a stop can be resumed.
        let kept = ctx.config_dir.as_ref().map(|d| d.join("demo-rotate"));
        let demo = DemoEnv::start_kept(config, kept).await?;
        settings.demo = Some(demo.tls());
        if demo.dir.kept() {
            settings.demo_kept = Some(String::new());
        }
        settings.profile = Some("demo".into());
        settings.replication_wait = Duration::from_secs(args.replication_wait.min(3));
        Profiles::new(demo.dir.path()).update(|m| {
            m.insert(
                "demo".into(),
                Profile {
                    client_id: Some(DEMO.client_id.into()),
                    username: Some(DEMO.username.into()),
                    org_url: Some(format!("https://{}", DEMO.org_host)),
                    tenant_id: Some(DEMO.tenant_id.into()),
                    secret_expires: Some(ctx.clock.today() + chrono::Days::new(12)),
                    ..Default::default()
                },
            );
            Ok(())
        })?;
        demo.store.set(
            "demo",
            SecretKind::ClientSecret,
            &Secret::new(DEMO.client_secret),
        )?;
        demo.store
            .set("demo", SecretKind::Password, &Secret::new(DEMO.password))?;
        // A resumed rotation's new secret, pending in the (in-memory) keyring as it was.
        let resumed = crate::wizard::state::Checkpoints::rotations(demo.dir.path())
            .load("demo")
            .ok()
            .flatten()
            .filter(|s| s.finished_at.is_none());
        if resumed.is_some_and(|s| s.rotating == Some(crate::wizard::state::Rotating::ClientSecret))
        {
            demo.store.set(
                "demo",
                SecretKind::PendingClientSecret,
                &Secret::new(DEMO.new_client_secret),
            )?;
        }
        let storage = demo.storage_note();
        let demo_ctx = demo.ctx(ctx);
        write!(
            ctx.out(),
            "{}",
            crate::ui::wrap_screen(
                &msg!(
                    "commands-rotate-demo-banner",
                    profile = "demo",
                    secret = DEMO.new_client_secret,
                    storage = storage
                ),
                ctx.io.width()
            )
        )?;
        let result = match Wizard::new(&demo_ctx, deps, settings) {
            Ok(wizard) => wizard.run_rotation().await,
            Err(e) => Err(e),
        };
        demo.finish();
        result
    }
}
