//! The wizard test bench: the real wizard in process, against the simulator, with fakes.
#![allow(dead_code)]

use std::cell::RefCell;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

use super::Fake;
use dynsync::clock::FixedClock;
use dynsync::ctx::{Cancel, Ctx, NoSleep};
use dynsync::error::Error;
use dynsync::secrets::MemoryStore;
use dynsync::sim::{DEMO, SimConfig};
use dynsync::ui::testing::ScriptedPrompter;
use dynsync::ui::{Browser, Clipboard, Io};
use dynsync::wizard::driver::GuidedDriver;
use dynsync::wizard::state::{Checkpoints, ConnectionPath, SetupState};
use dynsync::wizard::{Deps, Settings, Wizard};

pub const TTY: Io = Io {
    stdin_tty: true,
    stdout_tty: true,
    stderr_tty: true,
    color: false,
};
pub const PIPE: Io = Io {
    stdin_tty: false,
    stdout_tty: false,
    stderr_tty: false,
    color: false,
};

#[derive(Default)]
pub struct FakeClipboard(pub RefCell<Vec<String>>);
impl Clipboard for FakeClipboard {
    fn copy(&self, text: &str) -> dynsync::error::Result<()> {
        self.0.borrow_mut().push(text.to_string());
        Ok(())
    }
    fn clear(&self) -> dynsync::error::Result<()> {
        self.0.borrow_mut().push(String::new());
        Ok(())
    }
}

#[derive(Default)]
pub struct FakeBrowser(pub RefCell<Vec<String>>);
impl Browser for FakeBrowser {
    fn open(&self, url: &str) -> dynsync::error::Result<()> {
        self.0.borrow_mut().push(url.to_string());
        Ok(())
    }
}

pub struct Bench {
    pub fake: Fake,
    pub dir: tempfile::TempDir,
    pub store: MemoryStore,
    pub clock: FixedClock,
    pub vars: HashMap<String, String>,
    pub clipboard: FakeClipboard,
    pub browser: FakeBrowser,
    pub io: Io,
    pub secrets_seen: Vec<String>,
}

pub struct Outcome {
    pub result: Result<dynsync::error::Outcome, Error>,
    pub out: String,
    /// What went to stderr (warnings, the stop notice).
    pub err: String,
}

impl Outcome {
    pub fn code(&self) -> i32 {
        dynsync::error::exit_code(&self.result)
    }
}

impl Bench {
    pub fn new(config: SimConfig) -> Bench {
        Bench {
            fake: Fake::start(config),
            dir: tempfile::tempdir().unwrap(),
            store: MemoryStore::default(),
            clock: FixedClock("2026-11-23T12:00:00Z".parse().unwrap()),
            vars: HashMap::new(),
            clipboard: FakeClipboard::default(),
            browser: FakeBrowser::default(),
            io: TTY,
            secrets_seen: vec![DEMO.client_secret.into(), DEMO.password.into()],
        }
    }

    /// Settings pointing at the fake tenant (login host and CA); the rest as a test gives it.
    pub fn settings(&self) -> Settings {
        Settings {
            conn: dynsync::connection::Settings {
                authority_host: Some(self.fake.sim.url()),
                ca_bundle: Some(self.fake.ca.path().to_path_buf()),
                ..Default::default()
            },
            transcript: Some(self.transcript_path()),
            ..Default::default()
        }
    }

    /// Settings with every answer given as a flag: only the prompts a test is about remain.
    pub fn quick(&self, profile: &str, path: ConnectionPath) -> Settings {
        let base = self.settings();
        Settings {
            profile: Some(profile.into()),
            path: Some(path),
            has_app_registration: Some(true),
            conn: dynsync::connection::Settings {
                client_id: Some(DEMO.client_id.into()),
                username: Some(DEMO.username.into()),
                org_url: Some(self.fake.sim.url()),
                ..base.conn.clone()
            },
            secret_expires: Some("2027-05-01".into()),
            ..base
        }
    }

    pub fn transcript_path(&self) -> PathBuf {
        self.dir.path().join("transcript.md")
    }

    pub fn run(&self, prompter: &ScriptedPrompter, settings: Settings) -> Outcome {
        self.go(prompter, settings, false, "")
    }

    /// `dynsync rotate` with this prompter, these settings and this stdin.
    pub fn rotate(&self, prompter: &ScriptedPrompter, settings: Settings, stdin: &str) -> Outcome {
        self.go(prompter, settings, true, stdin)
    }

    fn go(
        &self,
        prompter: &ScriptedPrompter,
        settings: Settings,
        rotation: bool,
        stdin: &str,
    ) -> Outcome {
        let vars = |k: &str| self.vars.get(k).cloned();
        let input = RefCell::new(std::io::Cursor::new(stdin.as_bytes().to_vec()));
        let stdout = RefCell::new(Vec::new());
        let stderr = RefCell::new(Vec::new());
        let ctx = Ctx {
            io: self.io,
            verbose: false,
            stdout: &stdout,
            stderr: &stderr,
            stdin: &input,
            prompter,
            store: &self.store,
            clock: &self.clock,
            sleep: &NoSleep,
            cancel: Cancel::default(),
            vars: &vars,
            config_dir: Some(self.dir.path().to_path_buf()),
        };
        let deps = Deps {
            driver: &GuidedDriver,
            clipboard: &self.clipboard,
            browser: &self.browser,
        };
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        // On the heap: the wizard's future is large in a debug build, and a test thread's stack
        // is small (2 MiB).
        let result = rt.block_on(Box::pin(async {
            let w = Wizard::new(&ctx, deps, settings)?;
            if rotation {
                Box::pin(w.run_rotation()).await
            } else {
                Box::pin(w.run()).await
            }
        }));
        let out = String::from_utf8(stdout.into_inner()).unwrap();
        let err = String::from_utf8(stderr.into_inner()).unwrap();
        self.assert_no_secret_anywhere(&out);
        self.assert_no_secret_anywhere(&err);
        Outcome { result, out, err }
    }

    pub fn with_env_secrets(mut self) -> Bench {
        self.vars
            .insert("DYNSYNC_CLIENT_SECRET".into(), DEMO.client_secret.into());
        self.vars
            .insert("DYNSYNC_PASSWORD".into(), DEMO.password.into());
        self
    }

    pub fn state(&self, profile: &str) -> SetupState {
        Checkpoints::new(self.dir.path())
            .load(profile)
            .unwrap()
            .expect("a checkpoint")
    }

    /// What the in-memory keyring holds for this profile and kind.
    pub fn stored(&self, profile: &str, kind: dynsync::secrets::SecretKind) -> Option<String> {
        use dynsync::secrets::SecretStore;
        self.store
            .get(profile, kind)
            .unwrap()
            .map(|s| s.expose().to_string())
    }

    pub fn rotation_state(&self, profile: &str) -> SetupState {
        Checkpoints::rotations(self.dir.path())
            .load(profile)
            .unwrap()
            .expect("a rotation checkpoint")
    }

    pub fn assert_no_secret_anywhere(&self, out: &str) {
        let mut texts = vec![("output".to_string(), out.to_string())];
        fn walk(p: &Path, acc: &mut Vec<(String, String)>) {
            for e in std::fs::read_dir(p).unwrap().flatten() {
                let path = e.path();
                if path.is_dir() {
                    walk(&path, acc);
                } else {
                    acc.push((
                        path.display().to_string(),
                        std::fs::read_to_string(&path).unwrap_or_default(),
                    ));
                }
            }
        }
        walk(self.dir.path(), &mut texts);
        let mut secrets = self.secrets_seen.clone();
        secrets.extend(self.fake.sim.stats.issued_tokens());
        for (name, text) in &texts {
            for s in &secrets {
                assert!(!text.contains(s.as_str()), "a secret leaked into {name}");
            }
        }
    }
}
