//! Secret values: held in types that cannot be displayed, and never logged.
//!
//! `Secret` wraps [`secrecy::SecretString`]: its `Debug` prints `[REDACTED]` and it has no
//! `Display`, so a secret cannot reach a format string by accident. The only way to the value is
//! [`Secret::expose`], used at the one place a secret leaves the process (the token request).

use secrecy::{ExposeSecret, SecretString};

use crate::msg;

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

/// Keep secrets out of core dumps: the process is made non-dumpable and its core size limit set
/// to 0, before any secret is read (Linux: `PR_SET_DUMPABLE` and `RLIMIT_CORE`; other Unix
/// systems: `RLIMIT_CORE`). On Windows crash dumps are a system setting (Windows Error
/// Reporting), which the README names.
pub fn protect_process() {
    #[cfg(unix)]
    {
        let zero = libc::rlimit {
            rlim_cur: 0,
            rlim_max: 0,
        };
        // SAFETY: setrlimit reads the struct we pass; lowering a limit cannot fail for lack of
        // privilege.
        unsafe { libc::setrlimit(libc::RLIMIT_CORE, &zero) };
    }
    #[cfg(target_os = "linux")]
    // SAFETY: PR_SET_DUMPABLE takes one integer argument and changes only this process.
    unsafe {
        libc::prctl(libc::PR_SET_DUMPABLE, 0, 0, 0, 0);
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

/// Which of a profile's two secrets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SecretKind {
    ClientSecret,
    Password,
    /// A new client secret during a rotation: kept beside the old one until Marketo has it.
    PendingClientSecret,
    /// A new password during a rotation.
    PendingPassword,
}

impl SecretKind {
    pub fn name(self) -> &'static str {
        match self {
            SecretKind::ClientSecret => "client-secret",
            SecretKind::Password => "password",
            SecretKind::PendingClientSecret => "client-secret.pending",
            SecretKind::PendingPassword => "password.pending",
        }
    }

    /// The pending entry a rotation of this secret uses.
    pub fn pending(self) -> SecretKind {
        match self {
            SecretKind::ClientSecret | SecretKind::PendingClientSecret => {
                SecretKind::PendingClientSecret
            }
            SecretKind::Password | SecretKind::PendingPassword => SecretKind::PendingPassword,
        }
    }
}

/// The keyring service name every entry is stored under.
pub const SERVICE: &str = "dynsync";

/// The keyring account of one secret: `PROFILE/client-secret` or `PROFILE/password`.
pub fn account(profile: &str, kind: SecretKind) -> String {
    format!("{profile}/{}", kind.name())
}

/// What can go wrong with the keyring. Its texts are `errors-keyring-*` messages.
#[derive(Debug, thiserror::Error, Clone, PartialEq, Eq)]
pub enum StoreError {
    /// The keyring cannot be used at all here (no D-Bus session, locked, no backend, hung).
    Unavailable(String),
    Failed(String),
}

impl std::fmt::Display for StoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&match self {
            StoreError::Unavailable(reason) => msg!("errors-keyring-unavailable", reason = reason),
            StoreError::Failed(reason) => msg!("errors-keyring-refused", reason = reason),
        })
    }
}

/// What to do when the keyring is unavailable; dynsync never falls back to a plaintext file.
pub fn headless_help() -> String {
    msg!("errors-headless-help")
}

/// Where secrets live. The real one is the OS keyring; the demo and tests use `MemoryStore`.
pub trait SecretStore: Send + Sync {
    fn get(&self, profile: &str, kind: SecretKind) -> Result<Option<Secret>, StoreError>;
    fn set(&self, profile: &str, kind: SecretKind, value: &Secret) -> Result<(), StoreError>;
    /// Delete; `Ok(false)` when there was nothing to delete.
    fn delete(&self, profile: &str, kind: SecretKind) -> Result<bool, StoreError>;
}

/// Secrets in memory only: the demo's store and the tests' (so only with `demo` or `testing`).
#[cfg(any(test, feature = "demo", feature = "testing"))]
#[derive(Default)]
pub struct MemoryStore {
    entries: std::sync::Mutex<std::collections::HashMap<String, Secret>>,
    unavailable: Option<String>,
}

#[cfg(any(test, feature = "demo", feature = "testing"))]
impl MemoryStore {
    /// A store that behaves like a keyring that cannot be reached.
    pub fn unavailable(reason: &str) -> MemoryStore {
        MemoryStore {
            unavailable: Some(reason.to_string()),
            ..Default::default()
        }
    }

    fn check(&self) -> Result<(), StoreError> {
        match &self.unavailable {
            Some(r) => Err(StoreError::Unavailable(r.clone())),
            None => Ok(()),
        }
    }
}

#[cfg(any(test, feature = "demo", feature = "testing"))]
impl SecretStore for MemoryStore {
    fn get(&self, profile: &str, kind: SecretKind) -> Result<Option<Secret>, StoreError> {
        self.check()?;
        Ok(self
            .entries
            .lock()
            .expect("store")
            .get(&account(profile, kind))
            .cloned())
    }
    fn set(&self, profile: &str, kind: SecretKind, value: &Secret) -> Result<(), StoreError> {
        self.check()?;
        self.entries
            .lock()
            .expect("store")
            .insert(account(profile, kind), value.clone());
        Ok(())
    }
    fn delete(&self, profile: &str, kind: SecretKind) -> Result<bool, StoreError> {
        self.check()?;
        Ok(self
            .entries
            .lock()
            .expect("store")
            .remove(&account(profile, kind))
            .is_some())
    }
}

/// The OS keyring (`keyring` crate). Every call runs on a helper thread and is bounded by a
/// timeout: a Secret Service that waits for an unlock prompt nobody can see must not hang dynsync.
/// After one call has timed out the store stops asking: every later call of the command answers
/// at once with the same error, so a command waits for the timeout once at most.
pub struct KeyringStore {
    timeout: std::time::Duration,
    gave_up: std::sync::OnceLock<StoreError>,
}

impl Default for KeyringStore {
    fn default() -> Self {
        KeyringStore::with_timeout(std::time::Duration::from_secs(10))
    }
}

impl KeyringStore {
    pub fn with_timeout(timeout: std::time::Duration) -> KeyringStore {
        KeyringStore {
            timeout,
            gave_up: std::sync::OnceLock::new(),
        }
    }

    fn call<T: Send + 'static>(
        &self,
        profile: &str,
        kind: SecretKind,
        op: impl FnOnce(keyring::Entry) -> keyring::Result<T> + Send + 'static,
    ) -> Result<T, StoreError> {
        if let Some(e) = self.gave_up.get() {
            return Err(e.clone());
        }
        let user = account(profile, kind);
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let result = keyring::Entry::new(SERVICE, &user).and_then(op);
            let _ = tx.send(result);
        });
        match rx.recv_timeout(self.timeout) {
            Ok(result) => result.map_err(map_keyring_error),
            Err(_) => {
                let e = StoreError::Unavailable(msg!(
                    "errors-keyring-no-answer",
                    secs = self.timeout.as_secs()
                ));
                Err(self.gave_up.get_or_init(|| e).clone())
            }
        }
    }
}

fn map_keyring_error(e: keyring::Error) -> StoreError {
    match e {
        keyring::Error::PlatformFailure(inner) | keyring::Error::NoStorageAccess(inner) => {
            StoreError::Unavailable(inner.to_string())
        }
        other => StoreError::Failed(other.to_string()),
    }
}

impl SecretStore for KeyringStore {
    fn get(&self, profile: &str, kind: SecretKind) -> Result<Option<Secret>, StoreError> {
        self.call(profile, kind, |e| match e.get_password() {
            Ok(v) => Ok(Some(Secret::new(v))),
            Err(keyring::Error::NoEntry) => Ok(None),
            Err(other) => Err(other),
        })
    }
    fn set(&self, profile: &str, kind: SecretKind, value: &Secret) -> Result<(), StoreError> {
        let value = value.clone();
        self.call(profile, kind, move |e| e.set_password(value.expose()))
    }
    fn delete(&self, profile: &str, kind: SecretKind) -> Result<bool, StoreError> {
        self.call(profile, kind, |e| match e.delete_credential() {
            Ok(()) => Ok(true),
            Err(keyring::Error::NoEntry) => Ok(false),
            Err(other) => Err(other),
        })
    }
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
    fn memory_store_round_trip_and_unavailable() {
        let m = MemoryStore::default();
        assert!(m.get("p", SecretKind::Password).unwrap().is_none());
        m.set("p", SecretKind::Password, &Secret::new("x")).unwrap();
        assert_eq!(
            m.get("p", SecretKind::Password).unwrap().unwrap().expose(),
            "x"
        );
        assert!(m.get("p", SecretKind::ClientSecret).unwrap().is_none());
        assert!(m.delete("p", SecretKind::Password).unwrap());
        assert!(!m.delete("p", SecretKind::Password).unwrap());
        let u = MemoryStore::unavailable("no D-Bus");
        assert!(matches!(
            u.get("p", SecretKind::Password),
            Err(StoreError::Unavailable(_))
        ));
        assert_eq!(
            account("contoso-prod", SecretKind::ClientSecret),
            "contoso-prod/client-secret"
        );
    }

    #[test]
    fn strips_only_line_endings() {
        assert_eq!(strip_line_ending(" a b \r\n".into()), " a b ");
        assert_eq!(strip_line_ending("x\n\n".into()), "x");
    }
}
