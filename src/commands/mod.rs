//! One thin module per verb: gather inputs, call the library, print, return the exit code.

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
