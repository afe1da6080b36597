//! How a command that ran to its end came out; [`crate::error::exit_code`] turns it into the
//! process exit code.

/// How a command that ran to its end came out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Everything passed (warnings allowed), or the command did what it was asked.
    Ok,
    /// A check failed on its merits, or the admin stopped at a failure.
    ChecksFailed,
    /// An input broke a rule; nothing was sent.
    InvalidInput,
    /// Only services that could not be reached or answered unexpectedly stood in the way.
    Unreachable,
    /// A signal (Ctrl-C, SIGTERM, SIGHUP) or the admin's Ctrl-C at a prompt ended the run.
    Interrupted,
}

impl Outcome {
    /// The worse of two outcomes, for a command that runs several validations (`validate
    /// --all`): a failure (invalid input in one of them included) beats unreachable, which
    /// beats ok.
    pub fn worst(self, other: Outcome) -> Outcome {
        fn rank(o: Outcome) -> (u8, Outcome) {
            match o {
                Outcome::Ok => (0, o),
                Outcome::Unreachable => (1, o),
                Outcome::InvalidInput | Outcome::ChecksFailed => (2, Outcome::ChecksFailed),
                Outcome::Interrupted => (3, o),
            }
        }
        let (a, b) = (rank(self), rank(other));
        if b.0 > a.0 { b.1 } else { a.1 }
    }
}
