//! How a command ends: an [`Outcome`] when it ran to its end, or a typed [`Error`] that says what
//! went wrong. [`exit_code`] is the one place either becomes a process exit code.

use thiserror::Error;

pub use crate::outcome::Outcome;
use crate::profile::ProfileError;
use crate::secrets::StoreError;

/// An error that ends a command before it produces its result.
#[derive(Debug, Error)]
pub enum Error {
    /// An input (flag, env var, stdin, argument) broke a rule; nothing was sent.
    #[error("{0}")]
    Invalid(String),
    /// The profile file could not be read or written.
    #[error(transparent)]
    Profile(#[from] ProfileError),
    /// The OS keyring could not be used.
    #[error("{}", crate::msg!("errors-keyring", error = .0))]
    Keyring(#[from] StoreError),
    /// A service could not be reached or answered unexpectedly.
    #[error("{0}")]
    Unreachable(String),
    /// A service refused what was asked (a sign-in declined, a directory role missing): nothing
    /// is wrong with the input or the network, the answer is no.
    #[error("{0}")]
    Refused(String),
    /// Ctrl-C at a prompt, or a signal.
    #[error("{}", crate::msg!("errors-interrupted"))]
    Interrupted,
    /// A terminal, stdout or file error.
    #[error("{0}")]
    Io(#[from] std::io::Error),
    /// dynsync itself could not do what it needed (start its runtime, the demo tenant…).
    #[error("{0}")]
    Internal(String),
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Process exit codes (documented in `--help` and the README).
pub mod code {
    pub const OK: i32 = 0;
    pub const CHECK_FAILED: i32 = 1;
    pub const INVALID_INPUT: i32 = 2;
    pub const UNREACHABLE: i32 = 3;
    /// Interrupted: SIGINT, SIGTERM and SIGHUP alike (as a shell reports Ctrl-C).
    pub const INTERRUPTED: i32 = 130;
}

/// Is this the write to a closed stdout (`| head`)? Then the reader has all it wanted.
pub fn is_broken_pipe(e: &Error) -> bool {
    matches!(e, Error::Io(io) if io.kind() == std::io::ErrorKind::BrokenPipe)
}

/// The one place where the end of a command becomes a process exit code.
pub fn exit_code(result: &Result<Outcome>) -> i32 {
    match result {
        Ok(Outcome::Ok) => code::OK,
        Ok(Outcome::ChecksFailed) => code::CHECK_FAILED,
        Ok(Outcome::InvalidInput) => code::INVALID_INPUT,
        Ok(Outcome::Unreachable) => code::UNREACHABLE,
        Ok(Outcome::Interrupted) | Err(Error::Interrupted) => code::INTERRUPTED,
        Err(e) if is_broken_pipe(e) => code::OK,
        Err(Error::Invalid(_)) => code::INVALID_INPUT,
        Err(Error::Profile(p)) => match p {
            ProfileError::Io { .. } | ProfileError::Locked(_) => code::CHECK_FAILED,
            _ => code::INVALID_INPUT,
        },
        Err(Error::Keyring(_)) | Err(Error::Unreachable(_)) => code::UNREACHABLE,
        Err(Error::Io(_)) | Err(Error::Internal(_)) | Err(Error::Refused(_)) => code::CHECK_FAILED,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_outcome_and_error_has_its_code() {
        assert_eq!(exit_code(&Ok(Outcome::Ok)), 0);
        assert_eq!(exit_code(&Ok(Outcome::ChecksFailed)), 1);
        assert_eq!(exit_code(&Ok(Outcome::InvalidInput)), 2);
        assert_eq!(exit_code(&Ok(Outcome::Unreachable)), 3);
        assert_eq!(exit_code(&Ok(Outcome::Interrupted)), 130);
        assert_eq!(exit_code(&Err(Error::Interrupted)), 130);
        assert_eq!(exit_code(&Err(Error::Invalid("x".into()))), 2);
        assert_eq!(exit_code(&Err(Error::Unreachable("x".into()))), 3);
        assert_eq!(exit_code(&Err(Error::Internal("x".into()))), 1);
        assert_eq!(exit_code(&Err(Error::Refused("x".into()))), 1);
        let pipe = std::io::Error::from(std::io::ErrorKind::BrokenPipe);
        assert_eq!(exit_code(&Err(Error::Io(pipe))), 0);
        let other = std::io::Error::other("disk");
        assert_eq!(exit_code(&Err(Error::Io(other))), 1);
    }

    #[test]
    fn a_keyring_error_says_what_to_do() {
        let e = Error::from(StoreError::Unavailable("no D-Bus".into()));
        let text = e.to_string();
        assert!(
            text.starts_with("the OS keyring cannot be used: no D-Bus\ndynsync stores secrets only in the OS keyring and never in a file."),
            "{text}"
        );
        assert!(text.ends_with("--components=secrets`."), "{text}");
        assert_eq!(Error::Interrupted.to_string(), "interrupted");
    }

    /// `msg.rs` checks the ids that follow the macro's opening parenthesis on the same line;
    /// rustfmt puts the id of a long call on a line of its own, and those are checked here.
    #[test]
    fn every_message_id_on_a_line_of_its_own_exists() {
        fn walk(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
            for e in std::fs::read_dir(dir).unwrap().flatten() {
                let p = e.path();
                if p.is_dir() {
                    walk(&p, out);
                } else if p.extension().is_some_and(|x| x == "rs") {
                    out.push(p);
                }
            }
        }
        let mut files = Vec::new();
        walk(
            &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
            &mut files,
        );
        let (mut seen, mut missing) = (0, Vec::new());
        for path in files.iter().filter(|p| !p.ends_with("msg.rs")) {
            let src = std::fs::read_to_string(path).unwrap();
            // Spelt so that this file holds no call for msg.rs' scan to find.
            let call = concat!("msg", "!(");
            for (i, _) in src.match_indices(call) {
                let after = &src[i + call.len()..];
                let rest = after.trim_start();
                if !after.starts_with('\n') || !rest.starts_with('"') {
                    continue;
                }
                let id = &rest[1..][..rest[1..].find('"').unwrap()];
                seen += 1;
                if !crate::msg::exists(id) {
                    missing.push(format!("{id} ({})", path.display()));
                }
            }
        }
        assert!(seen > 0, "the scan found no ids");
        assert!(missing.is_empty(), "no message for {missing:#?}");
    }

    #[test]
    fn several_runs_take_the_worst() {
        use Outcome::*;
        assert_eq!(Ok.worst(Unreachable), Unreachable);
        assert_eq!(Unreachable.worst(ChecksFailed), ChecksFailed);
        assert_eq!(Ok.worst(InvalidInput), ChecksFailed);
        assert_eq!(InvalidInput.worst(Ok), ChecksFailed);
        assert_eq!(Ok.worst(Ok), Ok);
    }
}
