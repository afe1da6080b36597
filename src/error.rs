//! Typed errors and the one place where outcomes become process exit codes.

use thiserror::Error;

/// Process exit codes (documented in `--help` and the README).
pub mod exit {
    /// Every check passed (warnings allowed).
    pub const OK: i32 = 0;
    /// A check failed.
    pub const CHECK_FAILED: i32 = 1;
    /// Invalid input or usage: nothing was sent.
    pub const INVALID_INPUT: i32 = 2;
    /// A service could not be reached or answered unexpectedly.
    pub const UNREACHABLE: i32 = 3;
    /// Interrupted (Ctrl-C).
    pub const INTERRUPTED: i32 = 130;
}

/// An error that ends a command before it produces a report.
#[derive(Debug, Error)]
pub enum Error {
    #[error("{0}")]
    Input(String),
    #[error("{0}")]
    Service(String),
    #[error("interrupted")]
    Interrupted,
    /// The OS keyring could not be used.
    #[error("{0}")]
    Keyring(String),
    #[error("{0}")]
    Io(#[from] std::io::Error),
    #[error("{0}")]
    Internal(String),
}

impl Error {
    pub fn exit_code(&self) -> i32 {
        match self {
            Error::Input(_) => exit::INVALID_INPUT,
            Error::Service(_) | Error::Keyring(_) => exit::UNREACHABLE,
            Error::Interrupted => exit::INTERRUPTED,
            // A closed stdout (e.g. `| head`) or a terminal error: treat like a usage problem of the environment.
            Error::Io(_) | Error::Internal(_) => exit::CHECK_FAILED,
        }
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl From<crate::profile::ProfileError> for Error {
    fn from(e: crate::profile::ProfileError) -> Self {
        use crate::profile::ProfileError as P;
        match e {
            P::Io { .. } | P::Locked(_) => Error::Internal(e.to_string()),
            _ => Error::Input(e.to_string()),
        }
    }
}

impl From<crate::secrets::StoreError> for Error {
    fn from(e: crate::secrets::StoreError) -> Self {
        Error::Keyring(format!("{e}\n{}", crate::secrets::HEADLESS_HELP))
    }
}
