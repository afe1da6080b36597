//! Everything a command touches outside itself, injected (the gh CLI's IOStreams/Prompter
//! design): stdout and stderr, stdin, what they are connected to, prompts, the keyring, the
//! clock, sleeping, cancellation, the environment and the config directory. The binary passes
//! the real ones ([`crate::cli::main`]); tests pass buffers and fakes.

use std::cell::{RefCell, RefMut};
use std::future::Future;
use std::io::{Read, Write};
use std::path::PathBuf;
use std::pin::Pin;
use std::time::Duration;

pub use crate::cancel::Cancel;
use crate::clock::Clock;
use crate::error::{Error, Result};
use crate::profile::{ProfileError, Profiles};
use crate::secrets::SecretStore;
use crate::ui::{Io, Prompter};

/// Waits; injected so that countdowns run instantly in tests.
pub trait Sleep: Sync {
    fn sleep(&self, d: Duration) -> Pin<Box<dyn Future<Output = ()> + Send>>;
}

/// The runtime's timer.
pub struct TokioSleep;

impl Sleep for TokioSleep {
    fn sleep(&self, d: Duration) -> Pin<Box<dyn Future<Output = ()> + Send>> {
        Box::pin(tokio::time::sleep(d))
    }
}

/// A sleep that returns at once (tests).
pub struct NoSleep;

impl Sleep for NoSleep {
    fn sleep(&self, _: Duration) -> Pin<Box<dyn Future<Output = ()> + Send>> {
        Box::pin(std::future::ready(()))
    }
}

/// See the module documentation.
#[derive(Clone)]
pub struct Ctx<'a> {
    pub io: Io,
    pub verbose: bool,
    pub stdout: &'a RefCell<dyn Write>,
    pub stderr: &'a RefCell<dyn Write>,
    pub stdin: &'a RefCell<dyn Read>,
    pub prompter: &'a dyn Prompter,
    pub store: &'a dyn SecretStore,
    pub clock: &'a dyn Clock,
    pub sleep: &'a dyn Sleep,
    pub cancel: Cancel,
    pub vars: &'a dyn Fn(&str) -> Option<String>,
    pub config_dir: Option<PathBuf>,
}

impl Ctx<'_> {
    /// stdout, for a command's result (borrow it briefly: the wizard writes through it too).
    pub fn out(&self) -> RefMut<'_, dyn Write> {
        self.stdout.borrow_mut()
    }

    /// stderr, for progress, warnings and errors.
    pub fn err(&self) -> RefMut<'_, dyn Write> {
        self.stderr.borrow_mut()
    }

    /// Write `text` (and a newline) to stderr; a failure to write a warning is not an error.
    pub fn warn(&self, text: &str) {
        let mut err = self.err();
        let _ = writeln!(err, "{text}");
        let _ = err.flush();
    }

    /// Read stdin to its end: UTF-8 text of at most `limit` bytes. More, or bytes that are not
    /// UTF-8, is invalid input (never silently cut: a shortened password would be sent).
    pub fn read_stdin(&self, limit: u64) -> Result<String> {
        let mut guard = self.stdin.borrow_mut();
        let reader: &mut dyn Read = &mut *guard;
        let mut bytes = Vec::new();
        reader
            .take(limit + 1)
            .read_to_end(&mut bytes)
            .map_err(|e| Error::Invalid(crate::msg!("errors-stdin-unreadable", error = e)))?;
        if bytes.len() as u64 > limit {
            bytes.fill(0);
            return Err(Error::Invalid(crate::msg!(
                "errors-stdin-too-long",
                kib = limit / 1024
            )));
        }
        String::from_utf8(bytes).map_err(|e| {
            let mut bytes = e.into_bytes();
            bytes.fill(0);
            Error::Invalid(crate::msg!("errors-stdin-not-utf8"))
        })
    }

    pub fn var(&self, key: &str) -> Option<String> {
        (self.vars)(key)
    }

    pub fn profiles(&self) -> Result<Profiles> {
        self.config_dir
            .clone()
            .map(Profiles::new)
            .ok_or_else(|| Error::from(ProfileError::NoConfigDir))
    }
}

/// A context for tests: buffers for stdout and stderr, an in-memory keyring, a fixed clock, no
/// sleeping, no environment unless given.
#[cfg(any(test, feature = "testing"))]
pub mod testing {
    use std::cell::RefCell;
    use std::collections::HashMap;

    use super::*;
    use crate::clock::FixedClock;
    use crate::secrets::MemoryStore;
    use crate::ui::testing::ScriptedPrompter;

    pub struct TestCtx {
        pub io: Io,
        pub out: RefCell<Vec<u8>>,
        pub err: RefCell<Vec<u8>>,
        pub input: RefCell<std::io::Cursor<Vec<u8>>>,
        pub store: MemoryStore,
        pub clock: FixedClock,
        pub vars: HashMap<String, String>,
        pub config_dir: Option<PathBuf>,
        pub cancel: Cancel,
    }

    impl TestCtx {
        pub fn new(io: Io) -> TestCtx {
            TestCtx {
                io,
                out: RefCell::new(Vec::new()),
                err: RefCell::new(Vec::new()),
                input: RefCell::new(std::io::Cursor::new(Vec::new())),
                store: MemoryStore::default(),
                clock: FixedClock("2026-11-23T12:00:00Z".parse().expect("a date")),
                vars: HashMap::new(),
                config_dir: None,
                cancel: Cancel::default(),
            }
        }

        /// The context, with `prompter` and `vars` (the caller keeps both alive).
        pub fn ctx<'a>(
            &'a self,
            prompter: &'a ScriptedPrompter,
            vars: &'a dyn Fn(&str) -> Option<String>,
        ) -> Ctx<'a> {
            Ctx {
                io: self.io,
                verbose: false,
                stdout: &self.out,
                stderr: &self.err,
                stdin: &self.input,
                prompter,
                store: &self.store,
                clock: &self.clock,
                sleep: &NoSleep,
                cancel: self.cancel.clone(),
                vars,
                config_dir: self.config_dir.clone(),
            }
        }

        /// What stdin will hold.
        pub fn with_stdin(self, text: &str) -> TestCtx {
            *self.input.borrow_mut() = std::io::Cursor::new(text.as_bytes().to_vec());
            self
        }

        pub fn stdout(&self) -> String {
            String::from_utf8_lossy(&self.out.borrow()).into_owned()
        }

        pub fn stderr(&self) -> String {
            String::from_utf8_lossy(&self.err.borrow()).into_owned()
        }
    }
}
