//! The real commands run in process: an in-memory keyring, a fixed clock, a scripted prompter
//! and a temporary config directory (for flows that need a profile with secrets, or prompts).
//! Included by a test with `#[path = "common/inproc.rs"] mod inproc;` next to `mod common;`.
#![allow(dead_code)]

use std::cell::RefCell;
use std::collections::HashMap;

use clap::Parser;
use dynsync::cli::{Cli, dispatch};
use dynsync::clock::FixedClock;
use dynsync::ctx::{Cancel, Ctx, NoSleep};
use dynsync::secrets::{MemoryStore, Secret, SecretKind, SecretStore};
use dynsync::sim::DEMO;
use dynsync::ui::Io;
use dynsync::ui::testing::ScriptedPrompter;
use serde_json::Value;

use crate::common::Fake;

pub const PIPE: Io = Io {
    stdin_tty: false,
    stdout_tty: false,
    stderr_tty: false,
    color: false,
};
pub const TTY: Io = Io {
    stdin_tty: true,
    stdout_tty: true,
    stderr_tty: true,
    color: false,
};

pub struct World {
    pub dir: tempfile::TempDir,
    pub store: MemoryStore,
    pub clock: FixedClock,
    pub vars: HashMap<String, String>,
    pub prompter: ScriptedPrompter,
    pub io: Io,
}

pub struct Out {
    pub code: i32,
    pub stdout: String,
    pub error: Option<String>,
    pub stderr: String,
}

impl Out {
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {}\n{:?}", self.stdout, self.error))
    }
}

impl World {
    pub fn new() -> World {
        World {
            dir: tempfile::tempdir().unwrap(),
            store: MemoryStore::default(),
            clock: FixedClock("2026-11-23T12:00:00Z".parse().unwrap()),
            vars: HashMap::new(),
            prompter: ScriptedPrompter::new(),
            io: PIPE,
        }
    }

    pub fn run(&self, argv: &[&str], stdin: &str) -> Out {
        let mut full = vec!["dynsync", "--config-dir", self.dir.path().to_str().unwrap()];
        full.extend_from_slice(argv);
        let cli = Cli::try_parse_from(full).unwrap_or_else(|e| panic!("{e}"));
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
            prompter: &self.prompter,
            store: &self.store,
            clock: &self.clock,
            sleep: &NoSleep,
            cancel: Cancel::default(),
            vars: &vars,
            config_dir: Some(self.dir.path().to_path_buf()),
        };
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        let result = rt.block_on(dispatch(&cli.command, &ctx));
        let code = dynsync::error::exit_code(&result);
        Out {
            code,
            stdout: String::from_utf8(stdout.into_inner()).unwrap(),
            error: result.err().map(|e| e.to_string()),
            stderr: String::from_utf8(stderr.into_inner()).unwrap(),
        }
    }

    /// A profile pointing at a fake tenant (`extra`: more `profile set` flags), with the client
    /// secret in the keyring, and the password too unless `--auth s2s` is among `extra`.
    pub fn profile_for(&self, name: &str, fake: &Fake, extra: &[&str]) {
        let url = fake.sim.url();
        let ca = fake.ca.path().to_str().unwrap();
        let mut argv = vec![
            "profile",
            "set",
            name,
            "--client-id",
            DEMO.client_id,
            "--org-url",
            &url,
            "--authority-host",
            &url,
            "--ca-bundle",
            ca,
            "--secret-expires",
            "2027-05-01",
        ];
        argv.extend_from_slice(extra);
        let out = self.run(&argv, "");
        assert_eq!(out.code, 0, "{:?}", out.error);
        self.store
            .set(
                name,
                SecretKind::ClientSecret,
                &Secret::new(DEMO.client_secret),
            )
            .unwrap();
        if !extra.windows(2).any(|w| w == ["--auth", "s2s"]) {
            self.store
                .set(name, SecretKind::Password, &Secret::new(DEMO.password))
                .unwrap();
        }
    }
}
