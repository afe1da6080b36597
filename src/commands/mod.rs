//! One thin module per verb: gather inputs, call the library, print, return the exit code.

#[cfg(feature = "demo")]
pub mod demo_tenant;
pub mod explain;
pub mod profile;
pub mod rotate;
pub mod setup;
pub mod validate;

use std::cell::RefCell;
use std::io::Read;
use std::path::PathBuf;

use crate::clock::Clock;
use crate::error::{Error, Result};
use crate::profile::Profiles;
use crate::secrets::SecretStore;
use crate::ui::{Io, Prompter};

/// Everything a command touches outside itself: terminal, prompts, keyring, clock, environment,
/// stdin and the config directory. The binary passes the real ones; tests pass fakes.
pub struct Ctx<'a> {
    pub io: Io,
    pub verbose: bool,
    pub prompter: &'a dyn Prompter,
    pub store: &'a dyn SecretStore,
    pub clock: &'a dyn Clock,
    pub vars: &'a dyn Fn(&str) -> Option<String>,
    pub stdin: RefCell<&'a mut dyn Read>,
    pub config_dir: Option<PathBuf>,
}

impl Ctx<'_> {
    /// Read stdin to its end, at most `limit` bytes.
    pub fn read_stdin(&self, limit: u64) -> std::io::Result<String> {
        let mut guard = self.stdin.borrow_mut();
        let reader: &mut dyn Read = &mut **guard;
        let mut text = String::new();
        reader.take(limit).read_to_string(&mut text)?;
        Ok(text)
    }

    pub fn profiles(&self) -> Result<Profiles> {
        self.config_dir
            .clone()
            .map(Profiles::new)
            .ok_or_else(|| Error::from(crate::profile::ProfileError::NoConfigDir))
    }
}

// The demo tenant (`crate::sim`) is in the build only with the `demo` feature (default). Without
// it the demo flags still parse, so that one definition of the CLI serves both builds with no cfg
// on clap fields: each command refuses `--demo` with `no_demo()` where its demo branch starts, and
// only the code that runs the simulator (this, the `demo-tenant` command, the demo branches of
// validate, setup and rotate) is behind `#[cfg(feature = "demo")]`.

/// `--demo` in a build without the demo tenant.
#[cfg(not(feature = "demo"))]
pub(crate) fn no_demo() -> Error {
    Error::Input("this dynsync was built without the demo tenant (cargo feature `demo`)".into())
}

/// What `--demo` runs on: the simulated tenant, a throwaway config directory, an in-memory
/// keyring. Nothing on the machine is read or written.
#[cfg(feature = "demo")]
pub struct DemoEnv {
    pub sim: crate::sim::Simulator,
    pub dir: tempfile::TempDir,
    pub store: crate::secrets::MemoryStore,
}

#[cfg(feature = "demo")]
impl DemoEnv {
    pub async fn start(config: crate::sim::SimConfig) -> Result<DemoEnv> {
        let sim = crate::sim::Simulator::start(config)
            .await
            .map_err(Error::Internal)?;
        let dir = tempfile::Builder::new()
            .prefix("dynsync-demo-")
            .tempdir()
            .map_err(|e| {
                Error::Internal(format!(
                    "could not create a throwaway config directory: {e}"
                ))
            })?;
        Ok(DemoEnv {
            sim,
            dir,
            store: crate::secrets::MemoryStore::default(),
        })
    }

    /// TLS and name resolution that send the real host names to the simulator.
    pub fn tls(&self) -> crate::http::DemoTls {
        crate::http::DemoTls {
            ca_pem: self.sim.ca_pem.clone(),
            resolve: crate::sim::HOSTS
                .iter()
                .map(|h| (h.to_string(), self.sim.addr))
                .collect(),
        }
    }

    /// `base` with the demo's keyring and config directory, no environment and no stdin.
    pub fn ctx<'a, 'b: 'a>(&'a self, base: &Ctx<'b>, no_stdin: &'a mut std::io::Empty) -> Ctx<'a> {
        Ctx {
            io: base.io,
            verbose: base.verbose,
            prompter: base.prompter,
            store: &self.store,
            clock: base.clock,
            vars: &|_: &str| None,
            stdin: RefCell::new(no_stdin),
            config_dir: Some(self.dir.path().to_path_buf()),
        }
    }
}
