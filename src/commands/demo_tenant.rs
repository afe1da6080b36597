//! `dynsync demo-tenant`: the simulated tenant as a standalone server on loopback, so profiles,
//! keyring storage and scripts can be rehearsed end to end without an Azure tenant.

use std::io::Write;

use crate::cli::DemoTenantArgs;
use crate::error::{Error, Result};
use crate::sim::{self, DEMO, Simulator};

pub async fn run(args: &DemoTenantArgs, out: &mut dyn Write) -> Result<i32> {
    let mut scenario = sim::scenario(&args.scenario).ok_or_else(|| {
        Error::Input(format!(
            "unknown demo scenario {:?}; list them with: dynsync validate --demo --list-scenarios",
            args.scenario
        ))
    })?;
    if let Some(ms) = args.latency_ms {
        scenario.config.latency = std::time::Duration::from_millis(ms);
    }
    let sim = Simulator::start_on(scenario.config.clone(), args.port)
        .await
        .map_err(Error::Service)?;
    let (ca_path, temporary) = match &args.ca_file {
        Some(p) => (p.clone(), false),
        None => (
            std::env::temp_dir().join(format!("dynsync-demo-ca-{}.pem", std::process::id())),
            true,
        ),
    };
    std::fs::write(&ca_path, &sim.ca_pem).map_err(|e| {
        Error::Input(format!(
            "cannot write the demo CA to {}: {e}",
            ca_path.display()
        ))
    })?;
    let url = format!("https://127.0.0.1:{}", sim.addr.port());
    let ca = ca_path.display();
    writeln!(
        out,
        "Demo tenant at {url} — scenario {}: {}\n\
         Its certificate is in {ca}. Ctrl-C stops it.\n\n\
         From another terminal (the secret and password below are the simulator's own demo values,\n\
         accepted by nothing else):\n\n\
         \x20 dynsync profile set demo --client-id {} --username {} \\\n\
         \x20     --org-url {url} --authority-host {url} --ca-bundle {ca}\n\
         \x20 printf '%s\\n' '{}' | dynsync profile store-secret demo client-secret\n\
         \x20 printf '%s\\n' '{}' | dynsync profile store-secret demo password\n\
         \x20 dynsync validate --profile demo\n\n\
         (The loopback org URL is not a Dynamics Online host, so the input check warns about it.)",
        scenario.name,
        scenario.about,
        DEMO.client_id,
        DEMO.username,
        scenario.client_secret,
        scenario.password
    )?;
    out.flush()?;
    let _ = tokio::signal::ctrl_c().await;
    eprintln!(
        "\ndemo tenant stopped after {} requests",
        sim.stats.requests()
    );
    if temporary {
        let _ = std::fs::remove_file(&ca_path);
    }
    Ok(0)
}
