//! `dynsync rotate`: a rotated client secret or a changed password, into service without downtime.

use std::io::Write;
use std::time::Duration;

use crate::cli::{RotateArgs, WhatArg};
use crate::commands::Ctx;
use crate::error::{Error, Result};
use crate::marketo::driver::GuidedDriver;
use crate::ui::{Osc52Clipboard, SystemBrowser};
use crate::wizard::state::Rotating;
use crate::wizard::{Deps, Settings, Wizard};
#[cfg(feature = "demo")]
use crate::{
    commands::DemoEnv,
    profile::{Profile, Profiles},
    secrets::{Secret, SecretKind, SecretStore},
    sim::{DEMO, SimConfig},
};

pub async fn run(args: &RotateArgs, ctx: &Ctx<'_>, out: &mut dyn Write) -> Result<i32> {
    let settings = Settings {
        profile: args.profile.clone(),
        resume: args.resume,
        rotate_what: args.what.map(|w| match w {
            WhatArg::ClientSecret => Rotating::ClientSecret,
            WhatArg::Password => Rotating::Password,
        }),
        marketo_done: args.marketo_done,
        secrets_stdin: args.secrets_stdin,
        secret_expires: args.secret_expires.clone(),
        replication_retries: args.replication_retries,
        replication_wait: Duration::from_secs(args.replication_wait),
        transcript: args.transcript.clone(),
        ..Default::default()
    };
    let deps = || Deps {
        driver: &GuidedDriver,
        clipboard: &Osc52Clipboard,
        browser: &SystemBrowser,
        shared: Some(crate::commands::setup::last_state()),
    };
    if !args.demo {
        if !ctx.io.can_prompt() && !args.marketo_done {
            return Err(Error::Input(
                crate::wizard::messages::text(crate::wizard::messages::M::RotateNoTerminal).into(),
            ));
        }
        return Wizard::new(ctx, out, deps(), settings)?
            .run_rotation()
            .await;
    }
    #[cfg(not(feature = "demo"))]
    return Err(super::no_demo());
    #[cfg(feature = "demo")]
    run_demo(args, ctx, out, settings, deps()).await
}

/// `rotate --demo`: a set-up profile "demo" whose secret expires soon; the tenant accepts one more
/// secret, which takes one try to "replicate".
#[cfg(feature = "demo")]
async fn run_demo(
    args: &RotateArgs,
    ctx: &Ctx<'_>,
    out: &mut dyn Write,
    mut settings: Settings,
    deps: Deps<'_>,
) -> Result<i32> {
    let config = SimConfig {
        extra_secrets: vec![DEMO.new_client_secret.into()],
        replication_delay: 1,
        ..SimConfig::default()
    };
    let demo = DemoEnv::start(config).await?;
    settings.demo = Some(demo.tls());
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
    let mut no_stdin = std::io::empty();
    let demo_ctx = demo.ctx(ctx, &mut no_stdin);
    writeln!(
        out,
        "Demo: a rotation of the profile \"demo\" on a simulated tenant (throwaway config, in-memory keyring).\n\
         When asked for the new client secret Value, type: {}\n\
         (Azure AD takes a moment to accept a new secret; the demo shows the retry.)\n",
        DEMO.new_client_secret
    )?;
    if !ctx.io.can_prompt() {
        return Err(Error::Input(
            "rotate --demo is interactive and needs a terminal".into(),
        ));
    }
    Wizard::new(&demo_ctx, out, deps, settings)?
        .run_rotation()
        .await
}
