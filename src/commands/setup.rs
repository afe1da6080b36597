//! `dynsync setup`: the guided wizard (see `crate::wizard`).

use std::io::Write;
use std::sync::{Arc, Mutex, OnceLock};

use crate::cli::{PathArg, SetupArgs};
use crate::commands::Ctx;
use crate::error::{Error, Result};
use crate::marketo::driver::GuidedDriver;
use crate::ui::{Osc52Clipboard, SystemBrowser};
use crate::wizard::messages::{M, text};
use crate::wizard::state::{ConnectionPath, SetupState};
use crate::wizard::{Deps, Settings, Wizard};
#[cfg(feature = "demo")]
use crate::{
    commands::DemoEnv,
    sim::{self, DEMO},
};

/// The last saved state, for the Ctrl-C handler.
static LAST_STATE: OnceLock<Arc<Mutex<Option<SetupState>>>> = OnceLock::new();

pub(crate) fn last_state() -> Arc<Mutex<Option<SetupState>>> {
    LAST_STATE
        .get_or_init(|| Arc::new(Mutex::new(None)))
        .clone()
}

#[cfg(unix)]
static SAVED_TERMIOS: OnceLock<libc::termios> = OnceLock::new();

/// Ctrl-C during a hidden prompt (the terminal is in line mode, so it is a signal): put the
/// terminal back as it was, say where the setup stands, and exit 130. The state was saved after
/// the last step. (In menus the terminal is raw, Ctrl-C is a key, and the wizard handles it.)
pub fn install_interrupt_handler() {
    #[cfg(unix)]
    {
        // SAFETY: tcgetattr only writes into the struct we pass; fd 0 may not be a terminal, in
        // which case it fails and nothing is saved.
        let mut t: libc::termios = unsafe { std::mem::zeroed() };
        if unsafe { libc::tcgetattr(0, &mut t) } == 0 {
            let _ = SAVED_TERMIOS.set(t);
        }
    }
    let _ = ctrlc::set_handler(|| {
        #[cfg(unix)]
        if let Some(t) = SAVED_TERMIOS.get() {
            // SAFETY: restores the attributes read at start on the same descriptor.
            unsafe { libc::tcsetattr(0, libc::TCSANOW, t) };
        }
        let _ = console::Term::stderr().show_cursor();
        eprintln!();
        if let Some(state) = last_state().lock().ok().and_then(|s| s.clone()) {
            eprint!("{}", crate::wizard::stop_notice(&state));
        }
        eprintln!("interrupted");
        std::process::exit(crate::error::exit::INTERRUPTED);
    });
}

pub async fn run(args: &SetupArgs, ctx: &Ctx<'_>, out: &mut dyn Write) -> Result<i32> {
    if !ctx.io.can_prompt() && !args.yes {
        return Err(Error::Input(text(M::NoTerminal).to_string()));
    }
    let settings = Settings {
        profile: args.profile.clone(),
        path: args.path.map(|p| match p {
            PathArg::FirstTime => ConnectionPath::FirstTime,
            PathArg::Update => ConnectionPath::Update,
        }),
        client_id: args.conn.client_id.clone(),
        username: args.conn.username.clone(),
        org_url: args.conn.org_url.clone(),
        tenant: args.conn.tenant.clone(),
        cloud: args.conn.cloud,
        authority_host: args.conn.authority_host.clone(),
        ca_bundle: args.conn.ca_bundle.clone(),
        timeout: args.conn.timeout,
        secret_expires: args.secret_expires.clone(),
        has_app_registration: args.existing_app.then_some(true),
        yes: args.yes,
        resume: args.resume,
        transcript: args.transcript.clone(),
        ..Default::default()
    };
    let deps = |shared| Deps {
        driver: &GuidedDriver,
        clipboard: &Osc52Clipboard,
        browser: &SystemBrowser,
        shared,
    };
    if !args.demo {
        let wizard = Wizard::new(ctx, out, deps(Some(last_state())), settings)?;
        return wizard.run().await;
    }
    #[cfg(not(feature = "demo"))]
    return Err(super::no_demo());
    #[cfg(feature = "demo")]
    run_demo(args, ctx, out, settings, deps(Some(last_state()))).await
}

/// `setup --demo`: the simulated tenant, a throwaway config directory, an in-memory keyring.
#[cfg(feature = "demo")]
async fn run_demo(
    args: &SetupArgs,
    ctx: &Ctx<'_>,
    out: &mut dyn Write,
    mut settings: Settings,
    deps: Deps<'_>,
) -> Result<i32> {
    let scenario = sim::scenario(&args.scenario).ok_or_else(|| {
        Error::Input(format!(
            "unknown demo scenario {:?}; list them with: dynsync validate --demo --list-scenarios",
            args.scenario
        ))
    })?;
    let demo = DemoEnv::start(scenario.config.clone()).await?;
    settings.demo = Some(demo.tls());
    let mut no_stdin = std::io::empty();
    let demo_ctx = demo.ctx(ctx, &mut no_stdin);
    writeln!(
        out,
        "Demo: the wizard against a simulated tenant (scenario {} — {}). Nothing real is touched:\n\
         profiles go to a throwaway directory and secrets to an in-memory keyring, both gone at the end.\n\
         Type these demo values when asked (they work only with the simulator):\n\
         \x20 Application (client) ID:  {}\n\
         \x20 client secret Value:      {}\n\
         \x20 sync user:                {}\n\
         \x20 password:                 {}\n\
         \x20 org URL:                  https://{}\n\
         \x20 org unique name:          org1a2b3c4d\n",
        scenario.name,
        scenario.about,
        DEMO.client_id,
        scenario.client_secret,
        DEMO.username,
        scenario.password,
        DEMO.org_host
    )?;
    let wizard = Wizard::new(&demo_ctx, out, deps, settings)?;
    wizard.run().await
}
