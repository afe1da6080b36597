//! One thin module per verb, each with its own flags (`Args`) and `run`: gather inputs, call the
//! library, print through the context, return an [`crate::error::Outcome`].

/// The exit codes, for `--help` epilogues.
macro_rules! exit_codes_help {
    () => {
        "\
Exit codes:
  0    every check passed (warnings allowed)
  1    a check failed
  2    invalid input: nothing was sent
  3    a service could not be reached or answered unexpectedly (timeout, refused, 5xx, not JSON, TLS)
  130  interrupted (Ctrl-C, SIGTERM or SIGHUP)"
    };
}

pub mod admin_args;
pub mod app;
pub mod completions;
#[cfg(feature = "demo")]
pub mod demo_tenant;
pub mod explain;
pub mod fix;
pub mod man;
pub mod profile;
pub mod rotate;
pub mod setup;
pub mod validate;

use std::path::PathBuf;

use clap::Args;

use crate::cloud::Cloud;
#[cfg(feature = "demo")]
use crate::ctx::Ctx;
use crate::error::Error;
#[cfg(feature = "demo")]
use crate::error::Result;

/// The exit codes, for `--help`.
pub const EXIT_CODES: &str = exit_codes_help!();

/// With `--json`, the error that ended a run before its report, for which one document is still
/// owed (not after an interruption, which printed its own, nor into a broken pipe).
pub fn json_error_owed(
    json: bool,
    result: &crate::error::Result<crate::error::Outcome>,
) -> Option<&Error> {
    match result {
        Err(e) if json && !matches!(e, Error::Interrupted) && !crate::error::is_broken_pipe(e) => {
            Some(e)
        }
        _ => None,
    }
}

/// What a demo scenario shows, in the language in use: `commands-scenario-<name>` (the
/// simulator's own English line for a scenario the catalogue lacks; a test fails then).
#[cfg(feature = "demo")]
pub fn scenario_about(s: &crate::sim::Scenario) -> String {
    let id = format!("commands-scenario-{}", s.name);
    if crate::msg::exists(&id) {
        crate::msg::text(&id)
    } else {
        s.about.to_string()
    }
}

impl ConnArgs {
    /// `--demo` brings its own tenant: connection flags (or their env vars) and secrets in the
    /// environment would be silently ignored, so they are refused, by name.
    #[cfg(feature = "demo")]
    pub fn refuse_with_demo(&self, ctx: &Ctx<'_>) -> Result<()> {
        let mut given: Vec<&str> = [
            ("--client-id / DYNSYNC_CLIENT_ID", self.client_id.is_some()),
            ("--username / DYNSYNC_USERNAME", self.username.is_some()),
            ("--org-url / DYNSYNC_ORG_URL", self.org_url.is_some()),
            ("--tenant / DYNSYNC_TENANT", self.reach.tenant.is_some()),
            ("--cloud / DYNSYNC_CLOUD", self.reach.cloud.is_some()),
            (
                "--authority-host / DYNSYNC_AUTHORITY_HOST",
                self.reach.authority_host.is_some(),
            ),
            (
                "--ca-bundle / DYNSYNC_CA_BUNDLE",
                self.reach.ca_bundle.is_some(),
            ),
        ]
        .into_iter()
        .filter_map(|(name, set)| set.then_some(name))
        .collect();
        for var in ["DYNSYNC_CLIENT_SECRET", "DYNSYNC_PASSWORD"] {
            if ctx.var(var).is_some() {
                given.push(var);
            }
        }
        if given.is_empty() {
            Ok(())
        } else {
            Err(Error::Invalid(crate::msg!(
                "commands-demo-refuses-connection",
                given = given.join(", ")
            )))
        }
    }

    /// The run's time limit these flags give, else the default.
    pub fn deadline(&self) -> std::time::Duration {
        std::time::Duration::from_secs(self.deadline.unwrap_or(crate::input::DEFAULT_DEADLINE_SECS))
    }

    /// The connection settings these flags (and their env vars) give.
    pub fn settings(&self) -> crate::connection::Settings {
        crate::connection::Settings {
            org_url: self.org_url.clone(),
            cloud: self.reach.cloud,
            authority_host: self.reach.authority_host.clone(),
            ca_bundle: self.reach.ca_bundle.clone(),
            tenant: self.reach.tenant.clone(),
            client_id: self.client_id.clone(),
            username: self.username.clone(),
            auth: None,
        }
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
    Error::Invalid(crate::msg!("commands-no-demo"))
}

/// The demo scenario called `name` (with every response delayed by `latency_ms`, if given), or
/// the error that points to the list.
#[cfg(feature = "demo")]
pub fn demo_scenario(name: &str, latency_ms: Option<u64>) -> Result<crate::sim::Scenario> {
    let mut scenario = crate::sim::scenario(name).ok_or_else(|| {
        Error::Invalid(crate::msg!(
            "commands-unknown-scenario",
            name = format!("{name:?}")
        ))
    })?;
    if let Some(ms) = latency_ms {
        scenario.config.latency = std::time::Duration::from_millis(ms);
    }
    Ok(scenario)
}

/// TLS and name resolution that send the real host names to `sim`.
#[cfg(feature = "demo")]
pub fn sim_tls(sim: &crate::sim::Simulator) -> crate::http::DemoTls {
    crate::http::DemoTls {
        ca_pem: sim.ca_pem.clone(),
        resolve: crate::sim::HOSTS
            .iter()
            .map(|h| (h.to_string(), sim.addr))
            .collect(),
    }
}

/// A demo run (`validate --demo`, `fix --demo`) on `scenario`, whose simulator `sim` is
/// running, signing in as `auth`: `opts` pointed at the simulator (a new secret would expire in
/// 180 days), and the inputs: the demo app and org, the scenario's secret and password.
#[cfg(feature = "demo")]
pub fn demo_inputs(
    ctx: &Ctx<'_>,
    sim: &crate::sim::Simulator,
    scenario: &crate::sim::Scenario,
    auth: crate::connection::AuthKind,
    timeout_secs: Option<u64>,
    opts: &mut crate::checks::Options,
) -> crate::connection::Raw {
    use crate::connection::AuthKind;
    use crate::secrets::Secret;
    use crate::sim::{APP, DEMO};
    opts.demo = Some(sim_tls(sim));
    opts.secret_expires = Some(ctx.clock.today() + chrono::Days::new(180));
    let username = match auth {
        AuthKind::Password => DEMO.username,
        AuthKind::S2s => APP.email,
    };
    crate::connection::Raw {
        settings: crate::connection::Settings {
            client_id: Some(DEMO.client_id.into()),
            username: Some(username.into()),
            org_url: Some(format!("https://{}", DEMO.org_host)),
            auth: Some(auth),
            ..Default::default()
        },
        client_secret: Some(Secret::new(scenario.client_secret)),
        password: Some(Secret::new(scenario.password)),
        timeout_secs,
    }
}

/// What `--demo` runs on: the simulated tenant, a throwaway config directory, an in-memory
/// keyring. Nothing on the machine is read or written.
#[cfg(feature = "demo")]
pub struct DemoEnv {
    pub sim: crate::sim::Simulator,
    pub dir: DemoDir,
    pub store: crate::secrets::MemoryStore,
    no_stdin: std::cell::RefCell<std::io::Empty>,
}

#[cfg(feature = "demo")]
impl DemoEnv {
    pub async fn start(config: crate::sim::SimConfig) -> Result<DemoEnv> {
        let sim = crate::sim::Simulator::start(config)
            .await
            .map_err(Error::Internal)?;
        let dir = crate::profile::private_temp_dir("dynsync-demo-")
            .map_err(|e| Error::Internal(crate::msg!("commands-demo-no-config-dir", error = e)))?;
        Ok(DemoEnv {
            sim,
            dir: DemoDir::Throwaway(dir),
            store: crate::secrets::MemoryStore::default(),
            no_stdin: std::cell::RefCell::new(std::io::empty()),
        })
    }

    /// Like [`DemoEnv::start`], with the config directory `dir` kept between runs (so a stopped
    /// demo can be resumed) when there is one; see [`DemoEnv::finish`].
    pub async fn start_kept(
        config: crate::sim::SimConfig,
        dir: Option<std::path::PathBuf>,
    ) -> Result<DemoEnv> {
        let mut env = DemoEnv::start(config).await?;
        if let Some(dir) = dir
            && crate::profile::ensure_private_dir(&dir).is_ok()
        {
            env.dir = DemoDir::Kept(dir);
        }
        Ok(env)
    }

    /// After the run: a kept directory with nothing left to resume (the demo completed, or
    /// stopped before it started) is removed.
    pub fn finish(&self) {
        use crate::wizard::state::Checkpoints;
        if let DemoDir::Kept(dir) = &self.dir {
            let unfinished = |c: Checkpoints| c.latest_unfinished().ok().flatten().is_some();
            if !unfinished(Checkpoints::new(dir)) && !unfinished(Checkpoints::rotations(dir)) {
                let _ = std::fs::remove_dir_all(dir);
            }
        }
    }

    /// Where the demo keeps its configuration, for its banner.
    pub fn storage_note(&self) -> String {
        if self.dir.kept() {
            crate::msg!(
                "commands-demo-storage-kept",
                dir = self.dir.path().display()
            )
        } else {
            crate::msg!("commands-demo-storage-throwaway")
        }
    }

    /// TLS and name resolution that send the real host names to the simulator.
    pub fn tls(&self) -> crate::http::DemoTls {
        sim_tls(&self.sim)
    }

    /// `base` with the demo's keyring and config directory, no environment and no stdin.
    pub fn ctx<'a>(&'a self, base: &Ctx<'a>) -> Ctx<'a> {
        Ctx {
            store: &self.store,
            vars: &no_vars,
            stdin: &self.no_stdin,
            config_dir: Some(self.dir.path().to_path_buf()),
            ..base.clone()
        }
    }
}

/// Where a demo keeps its configuration: a throwaway directory, or one kept between runs.
#[cfg(feature = "demo")]
pub enum DemoDir {
    Throwaway(tempfile::TempDir),
    Kept(std::path::PathBuf),
}

#[cfg(feature = "demo")]
impl DemoDir {
    pub fn path(&self) -> &std::path::Path {
        match self {
            DemoDir::Throwaway(t) => t.path(),
            DemoDir::Kept(p) => p,
        }
    }

    pub fn kept(&self) -> bool {
        matches!(self, DemoDir::Kept(_))
    }
}

#[cfg(feature = "demo")]
fn no_vars(_: &str) -> Option<String> {
    None
}

/// Which tenant and cloud, and how to reach them: the flags that [`ConnArgs`] and the app
/// commands' `Where` share (every flag reads its DYNSYNC_* environment variable).
#[derive(Debug, Clone, Default, Args)]
pub struct Reach {
    /// Directory (tenant) ID or verified domain; discovered from the org URL when left out.
    #[arg(long, env = "DYNSYNC_TENANT", value_name = "ID|DOMAIN")]
    pub tenant: Option<String>,
    /// National cloud; inferred from the org URL's domain when left out.
    #[arg(long, env = "DYNSYNC_CLOUD", value_enum)]
    pub cloud: Option<Cloud>,
    /// Replace the cloud's login host (proxies, tests); http only for loopback.
    #[arg(long, env = "DYNSYNC_AUTHORITY_HOST", value_name = "URL")]
    pub authority_host: Option<String>,
    /// Extra CA certificates (PEM) to trust besides the system's (e.g. TLS inspection).
    #[arg(long, env = "DYNSYNC_CA_BUNDLE", value_name = "FILE")]
    pub ca_bundle: Option<PathBuf>,
    /// Timeout per request, in seconds.
    #[arg(long, env = "DYNSYNC_TIMEOUT", value_name = "SECS")]
    pub timeout: Option<u64>,
}

/// Where to connect and as whom: every flag also reads its DYNSYNC_* environment variable.
#[derive(Debug, Clone, Args)]
pub struct ConnArgs {
    /// Application (client) ID of the app registration (a GUID; not the object ID).
    #[arg(long, env = "DYNSYNC_CLIENT_ID", value_name = "GUID")]
    pub client_id: Option<String>,
    /// The sync user's user principal name, e.g. marketo.sync@contoso.com.
    #[arg(long, env = "DYNSYNC_USERNAME", value_name = "UPN")]
    pub username: Option<String>,
    /// The Dynamics org URL, e.g. https://contoso.crm.dynamics.com (other forms are normalised).
    #[arg(long, env = "DYNSYNC_ORG_URL", value_name = "URL")]
    pub org_url: Option<String>,
    #[command(flatten)]
    pub reach: Reach,
    /// Time limit of a whole check run, in seconds (default 45): requests and retries stop
    /// there and the report says what it has (exit 3 if that is all that failed).
    #[arg(long, env = "DYNSYNC_DEADLINE", value_name = "SECS", value_parser = clap::value_parser!(u64).range(1..=3600))]
    pub deadline: Option<u64>,
}

#[cfg(test)]
mod tests {
    use crate::msg;

    /// The counts in the commands' texts read as English: one is singular, zero and many plural.
    #[test]
    fn counts_choose_their_plural() {
        let date = "2027-05-01";
        for (days, want) in [(1, "2027-05-01 (1 day)"), (30, "2027-05-01 (30 days)")] {
            assert_eq!(
                msg!("commands-profile-expires-in", date = date, days = days),
                want
            );
        }
        assert_eq!(
            msg!("commands-profile-expired", date = date, days = 1),
            "2027-05-01 (expired 1 day ago)"
        );
        assert_eq!(
            msg!("commands-profile-expired", date = date, days = 3),
            "2027-05-01 (expired 3 days ago)"
        );
        assert_eq!(
            msg!("commands-profile-show-days-left", date = date, days = 1),
            "2027-05-01 (1 day left)"
        );
        assert_eq!(
            msg!("commands-profile-show-days-left", date = date, days = 0),
            "2027-05-01 (0 days left)"
        );
        let passed = |w: usize| msg!("commands-validate-all-passed", warnings = w);
        assert_eq!(passed(0), "all checks passed");
        assert_eq!(passed(1), "passed with 1 warning");
        assert_eq!(passed(2), "passed with 2 warnings");
        let summary = |t: usize, f: usize| {
            msg!(
                "commands-validate-all-summary",
                total = t,
                passed = t - f,
                failed = f
            )
        };
        assert_eq!(summary(1, 0), "1 profile: 1 passed, 0 failed.");
        assert_eq!(summary(3, 2), "3 profiles: 1 passed, 2 failed.");
        assert_eq!(
            msg!("commands-validate-all-progress", count = 1usize),
            "validating 1 profile…"
        );
        assert_eq!(
            msg!("commands-validate-all-progress", count = 4usize),
            "validating 4 profiles…"
        );
        assert_eq!(
            msg!(
                "commands-validate-demo-stats",
                requests = 1usize,
                connections = 1usize
            ),
            "[demo] the simulator served 1 request over 1 TLS connection"
        );
        assert_eq!(
            msg!(
                "commands-validate-demo-stats",
                requests = 11usize,
                connections = 3usize
            ),
            "[demo] the simulator served 11 requests over 3 TLS connections"
        );
        assert_eq!(
            msg!("commands-demo-tenant-stopped", requests = 1usize),
            "demo tenant stopped after 1 request"
        );
        assert_eq!(
            msg!("commands-demo-tenant-stopped", requests = 0usize),
            "demo tenant stopped after 0 requests"
        );
    }
}
