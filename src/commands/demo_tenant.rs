//! `dynsync demo-tenant`: the simulated tenant as a standalone server on loopback, so profiles,
//! keyring storage and scripts can be rehearsed end to end without an Azure tenant.

use std::path::PathBuf;

use clap::Args as ClapArgs;

use crate::ctx::Ctx;
use crate::error::{Error, Outcome, Result};
use crate::msg;
use crate::sim::{DEMO, Simulator};

#[derive(Debug, ClapArgs)]
pub struct Args {
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
    /// Not offered: the demo tenant keeps no profiles (this stands in for the global flag, hidden,
    /// and refuses it by name).
    #[arg(long, hide = true, value_name = "DIR", value_parser = no_config_dir)]
    pub config_dir: Option<PathBuf>,
}

/// `demo-tenant --config-dir`: refused, the demo tenant has no profiles to keep there.
fn no_config_dir(_: &str) -> std::result::Result<PathBuf, String> {
    Err(msg!("commands-demo-tenant-no-config-dir"))
}

pub async fn run(args: &Args, ctx: &Ctx<'_>) -> Result<Outcome> {
    let scenario = super::demo_scenario(&args.scenario, args.latency_ms)?;
    let sim = Simulator::start_on(scenario.config.clone(), args.port)
        .await
        .map_err(Error::Internal)?;
    // Without --ca-file: a private directory of its own (0700, a name nobody can predict),
    // removed when the command ends however it ends.
    let (ca_path, _private) = match &args.ca_file {
        Some(p) => (p.clone(), None),
        None => {
            let dir = crate::profile::private_temp_dir("dynsync-demo-ca-")
                .map_err(|e| Error::Internal(e.to_string()))?;
            (dir.path().join("ca.pem"), Some(dir))
        }
    };
    std::fs::write(&ca_path, &sim.ca_pem).map_err(|e| {
        Error::Invalid(msg!(
            "commands-demo-tenant-cannot-write-ca",
            path = ca_path.display(),
            error = e
        ))
    })?;
    let url = format!("https://127.0.0.1:{}", sim.addr.port());
    let ca = ca_path.display();
    writeln!(
        ctx.out(),
        "{}",
        msg!(
            "commands-demo-tenant-banner",
            url = url,
            scenario = scenario.name,
            about = crate::commands::scenario_about(&scenario),
            ca = ca,
            client_id = DEMO.client_id,
            username = DEMO.username,
            client_secret = scenario.client_secret,
            password = scenario.password
        )
    )?;
    ctx.out().flush()?;
    ctx.cancel.cancelled().await;
    ctx.warn(&format!(
        "\n{}",
        msg!(
            "commands-demo-tenant-stopped",
            requests = sim.stats.requests()
        )
    ));
    Ok(Outcome::Ok)
}
