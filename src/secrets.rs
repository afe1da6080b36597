//! Secret values: held in types that cannot be displayed, and never logged.
//!
//! `Secret` wraps [`secrecy::SecretString`]: its `Debug` prints `[REDACTED]` and it has no
//! `Display`, so a secret cannot reach a format string by accident. The only way to the value is
//! [`Secret::expose`], used at the one place a secret leaves the process (the token request).

use secrecy::{ExposeSecret, SecretString};

#[derive(Clone)]
pub struct Secret(SecretString);

impl Secret {
    pub fn new(value: impl Into<String>) -> Self {
        Secret(SecretString::from(value.into()))
    }

    /// The value itself. Call sites are few and reviewed: the token request, input checks.
    pub fn expose(&self) -> &str {
        self.0.expose_secret()
    }

    pub fn is_empty(&self) -> bool {
        self.expose().is_empty()
    }
}

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Secret([REDACTED])")
    }
}

/// Strip the line ending a terminal or a pipe adds, and nothing else: inner and edge spaces are
/// the user's (and are reported by the input check rather than silently changed).
pub fn strip_line_ending(mut s: String) -> String {
    while s.ends_with('\n') || s.ends_with('\r') {
        s.pop();
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_never_shows_the_value() {
        let s = Secret::new("hunter2-very-secret");
        let shown = format!("{s:?} {:?}", Some(s.clone()));
        assert!(!shown.contains("hunter2"), "{shown}");
        assert_eq!(s.expose(), "hunter2-very-secret");
    }

    #[test]
    fn strips_only_line_endings() {
        assert_eq!(strip_line_ending(" a b \r\n".into()), " a b ");
        assert_eq!(strip_line_ending("x\n\n".into()), "x");
    }
}
