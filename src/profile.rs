//! Profiles: one per Marketo ⇄ Dynamics connection, holding only non-secret settings, in one
//! TOML file in the platform config directory. Secrets live in the OS keyring (see `secrets`).
//!
//! Writes are atomic (temp file, fsync, rename), the file is 0600 and its directory 0700 on Unix,
//! a lock file keeps two processes from writing at once, and a corrupt file or one of a newer
//! format is reported and never overwritten.

use std::collections::BTreeMap;
use std::fs::{self, File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::cloud::Cloud;
use crate::msg;

/// The profile file's format; a file with a higher number is refused, not rewritten.
pub const FORMAT: u32 = 1;
pub const FILE_NAME: &str = "profiles.toml";
const LOCK_WAIT: Duration = Duration::from_secs(5);

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tenant_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub client_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub org_url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cloud: Option<Cloud>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authority_host: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ca_bundle: Option<PathBuf>,
    /// How the sync signs in (`password` when absent; `s2s` for an application user).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auth: Option<crate::connection::AuthKind>,
    /// The app registration's object id (not its client id), when `app create` made or found
    /// it: a re-run finds the app by it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app_object_id: Option<String>,
    /// The client secret's key id (the portal's "Secret ID"), when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secret_key_id: Option<String>,
    /// The key id of a client secret `rotate --create-secret` made and keeps pending until
    /// Marketo has it (`rotate --resume --marketo-done` makes it the profile's).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pending_secret_key_id: Option<String>,
    /// The first characters of the secret as the portal shows them, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secret_hint: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secret_expires: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub password_changed: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_validation: Option<LastValidation>,
    /// The Marketo Config table found on this org by the last validation (and the solution
    /// version it was found for): `validate --profile` reads its Default row at once.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marketo_config: Option<crate::report::ConfigTable>,
    /// When the admin went past a red X in Marketo's Validate Sync Setup on purpose (typed),
    /// and which items were red.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub checklist_override: Option<ChecklistOverride>,
}

/// An override of Marketo's checklist, as the wizard recorded it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChecklistOverride {
    pub at: DateTime<Utc>,
    /// The items Marketo showed red.
    pub red: Vec<String>,
}

impl Profile {
    /// The connection settings this profile holds.
    pub fn connection(&self) -> crate::connection::Settings {
        crate::connection::Settings {
            org_url: self.org_url.clone(),
            cloud: self.cloud,
            authority_host: self.authority_host.clone(),
            ca_bundle: self.ca_bundle.clone(),
            tenant: self.tenant_id.clone(),
            client_id: self.client_id.clone(),
            username: self.username.clone(),
            auth: self.auth,
        }
    }

    /// Store these connection settings (every field, set or not).
    pub fn set_connection(&mut self, s: crate::connection::Settings) {
        // A table remembered for another org is no longer this profile's.
        if s.org_url != self.org_url {
            self.marketo_config = None;
        }
        self.org_url = s.org_url;
        self.cloud = s.cloud;
        self.authority_host = s.authority_host;
        self.ca_bundle = s.ca_bundle;
        self.tenant_id = s.tenant;
        self.client_id = s.client_id;
        self.username = s.username;
        self.auth = s.auth;
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LastValidation {
    pub at: DateTime<Utc>,
    pub ok: bool,
    pub exit_code: i32,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
struct FileDoc {
    format: u32,
    #[serde(default)]
    profiles: BTreeMap<String, Profile>,
}

/// What can go wrong with the profile file. Its texts are `errors-profile-*` messages.
#[derive(Debug, Error)]
pub enum ProfileError {
    NotFound(String),
    BadName(String),
    Corrupt {
        path: PathBuf,
        detail: String,
    },
    Newer {
        path: PathBuf,
        found: u64,
    },
    /// The config directory could be changed by someone else (group or world writable, or
    /// owned by another user): dynsync neither reads nor writes there, as ssh does for ~/.ssh.
    UnsafeDir {
        path: PathBuf,
        why: UnsafeWhy,
    },
    /// The profile file is a symlink, a FIFO, a device…: not a regular file.
    NotAFile(PathBuf),
    /// The profile file is larger than any profile file dynsync writes.
    TooLarge(PathBuf),
    Locked(PathBuf),
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    NoConfigDir,
}

impl std::fmt::Display for ProfileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            ProfileError::NotFound(name) => {
                msg!("errors-profile-not-found", name = format!("{name:?}"))
            }
            ProfileError::BadName(name) => {
                msg!("errors-profile-bad-name", name = format!("{name:?}"))
            }
            ProfileError::Corrupt { path, detail } => msg!(
                "errors-profile-corrupt",
                path = path.display(),
                detail = detail
            ),
            ProfileError::Newer { path, found } => msg!(
                "errors-profile-newer",
                path = path.display(),
                found = found,
                format = FORMAT
            ),
            ProfileError::UnsafeDir { path, why } => match why {
                UnsafeWhy::Writable => {
                    msg!("errors-profile-dir-writable", path = path.display())
                }
                UnsafeWhy::Owner => msg!("errors-profile-dir-owner", path = path.display()),
            },
            ProfileError::NotAFile(path) => {
                msg!("errors-profile-not-a-file", path = path.display())
            }
            ProfileError::TooLarge(path) => msg!(
                "errors-profile-too-large",
                path = path.display(),
                mib = MAX_FILE_BYTES / (1024 * 1024)
            ),
            ProfileError::Locked(path) => msg!("errors-profile-locked", path = path.display()),
            ProfileError::Io { path, source } => {
                msg!("errors-profile-io", path = path.display(), error = source)
            }
            ProfileError::NoConfigDir => msg!("errors-profile-no-config-dir"),
        };
        f.write_str(&text)
    }
}

/// Why a config directory is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnsafeWhy {
    Writable,
    Owner,
}

/// The most read of a profile file: far more than any dynsync writes.
pub const MAX_FILE_BYTES: u64 = 1024 * 1024;

fn io_err(path: &Path) -> impl FnOnce(std::io::Error) -> ProfileError + '_ {
    move |source| ProfileError::Io {
        path: path.to_path_buf(),
        source,
    }
}

pub fn check_name(name: &str) -> Result<(), ProfileError> {
    let ok = !name.is_empty()
        && name.len() <= 64
        && name
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphanumeric())
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'));
    if ok {
        Ok(())
    } else {
        Err(ProfileError::BadName(name.to_string()))
    }
}

/// The platform config directory: `~/.config/dynsync` on Linux, `~/Library/Application
/// Support/dynsync` on macOS, `%APPDATA%\dynsync\config` on Windows.
pub fn default_dir() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "dynsync").map(|d| d.config_dir().to_path_buf())
}

/// The profile file in one directory.
#[derive(Debug, Clone)]
pub struct Profiles {
    dir: PathBuf,
}

impl Profiles {
    pub fn new(dir: impl Into<PathBuf>) -> Profiles {
        Profiles { dir: dir.into() }
    }

    pub fn path(&self) -> PathBuf {
        self.dir.join(FILE_NAME)
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// All profiles; an absent file is no profiles.
    pub fn load(&self) -> Result<BTreeMap<String, Profile>, ProfileError> {
        Ok(self.read()?.profiles)
    }

    pub fn get(&self, name: &str) -> Result<Profile, ProfileError> {
        self.load()?
            .remove(name)
            .ok_or_else(|| ProfileError::NotFound(name.to_string()))
    }

    fn read(&self) -> Result<FileDoc, ProfileError> {
        let path = self.path();
        if self.dir.exists() {
            check_private_dir(&self.dir)?;
        }
        let Some(text) = read_regular_file(&path)? else {
            return Ok(FileDoc {
                format: FORMAT,
                profiles: BTreeMap::new(),
            });
        };
        // Look at the format first, so a newer file is named as such rather than as corrupt.
        let format = toml::from_str::<toml::Table>(&text)
            .map_err(|e| ProfileError::Corrupt {
                path: path.clone(),
                detail: toml_problem(&text, &e),
            })?
            .get("format")
            .and_then(|v| v.as_integer());
        match format {
            Some(f) if f > FORMAT as i64 => {
                return Err(ProfileError::Newer {
                    path,
                    found: f as u64,
                });
            }
            Some(f) if f >= 1 => {}
            _ => {
                return Err(ProfileError::Corrupt {
                    path,
                    detail: msg!("errors-profile-no-format-field"),
                });
            }
        }
        toml::from_str(&text).map_err(|e| ProfileError::Corrupt {
            path,
            detail: toml_problem(&text, &e),
        })
    }

    /// Read, change and write back under the lock. Nothing is written when `change` fails.
    pub fn update<T>(
        &self,
        change: impl FnOnce(&mut BTreeMap<String, Profile>) -> Result<T, ProfileError>,
    ) -> Result<T, ProfileError> {
        self.ensure_dir()?;
        let _lock = self.lock()?;
        // Under the lock no other dynsync is writing: temp files left by a killed one can go.
        remove_stale_temp_files(&self.dir, FILE_NAME);
        let mut doc = self.read()?;
        let out = change(&mut doc.profiles)?;
        doc.format = FORMAT;
        self.write(&doc)?;
        Ok(out)
    }

    fn ensure_dir(&self) -> Result<(), ProfileError> {
        ensure_private_dir(&self.dir)?;
        check_private_dir(&self.dir)
    }

    fn lock(&self) -> Result<File, ProfileError> {
        let path = self.dir.join(".profiles.lock");
        let file = private_file(&path, false)?;
        let start = Instant::now();
        loop {
            match file.try_lock() {
                Ok(()) => return Ok(file),
                Err(std::fs::TryLockError::WouldBlock) if start.elapsed() < LOCK_WAIT => {
                    std::thread::sleep(Duration::from_millis(25));
                }
                Err(std::fs::TryLockError::WouldBlock) => {
                    return Err(ProfileError::Locked(self.path()));
                }
                Err(std::fs::TryLockError::Error(e)) => return Err(io_err(&path)(e)),
            }
        }
    }

    fn write(&self, doc: &FileDoc) -> Result<(), ProfileError> {
        let path = self.path();
        let text = format!(
            "# dynsync profiles: non-secret settings only. Secrets are in the OS keyring.\n\
             # dynsync rewrites this file on every change (comments and layout are not kept):\n\
             # change it with `dynsync profile set`.\n{}",
            toml::to_string_pretty(doc).map_err(|e| ProfileError::Corrupt {
                path: path.clone(),
                detail: e.to_string()
            })?
        );
        write_atomic(&path, text.as_bytes())
    }
}

/// Replace `path` with `bytes` atomically: a new private temp file beside it (created
/// exclusively, so a planted file or symlink is never followed), fsync, rename, fsync of the
/// directory. On failure the old file is left as it was. The directory must exist.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), ProfileError> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("file");
    let mut tmp = tempfile::Builder::new()
        .prefix(&format!(".{name}."))
        .suffix(".tmp")
        .tempfile_in(dir)
        .map_err(io_err(dir))?;
    tmp.write_all(bytes).map_err(io_err(tmp.path()))?;
    tmp.as_file().sync_all().map_err(io_err(tmp.path()))?;
    tmp.persist(path).map_err(|e| io_err(path)(e.error))?;
    if let Ok(d) = File::open(dir) {
        let _ = d.sync_all();
    }
    Ok(())
}

/// Remove the temp files `write_atomic` leaves for `name` when a process is killed mid-write.
/// Call only while holding the lock.
pub fn remove_stale_temp_files(dir: &Path, name: &str) {
    let prefix = format!(".{name}.");
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let file = e.file_name();
        let file = file.to_string_lossy();
        if file.starts_with(&prefix)
            && file.ends_with(".tmp")
            && e.file_type().is_ok_and(|t| t.is_file())
        {
            let _ = fs::remove_file(e.path());
        }
    }
}

/// Read `path` if it is a regular file (not a symlink, FIFO or device), at most
/// [`MAX_FILE_BYTES`]; `None` when it does not exist.
pub fn read_regular_file(path: &Path) -> Result<Option<String>, ProfileError> {
    let meta = match fs::symlink_metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(io_err(path)(e)),
    };
    if !meta.file_type().is_file() {
        return Err(ProfileError::NotAFile(path.to_path_buf()));
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(ProfileError::TooLarge(path.to_path_buf()));
    }
    let mut o = OpenOptions::new();
    o.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        // Swapped for a symlink or a FIFO since the look above: refuse, never block.
        o.custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK);
    }
    let file = o.open(path).map_err(io_err(path))?;
    let mut bytes = Vec::new();
    std::io::Read::read_to_end(
        &mut std::io::Read::take(file, MAX_FILE_BYTES + 1),
        &mut bytes,
    )
    .map_err(io_err(path))?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(ProfileError::TooLarge(path.to_path_buf()));
    }
    String::from_utf8(bytes)
        .map(Some)
        .map_err(|_| ProfileError::Corrupt {
            path: path.to_path_buf(),
            detail: msg!("errors-profile-not-utf8"),
        })
}

/// Refuse a config directory someone else could change: group or world writable, or owned by
/// another user (as ssh refuses such a ~/.ssh).
pub fn check_private_dir(dir: &Path) -> Result<(), ProfileError> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let meta = fs::metadata(dir).map_err(io_err(dir))?;
        // SAFETY: geteuid has no preconditions and cannot fail.
        let me = unsafe { libc::geteuid() };
        if meta.uid() != me {
            return Err(ProfileError::UnsafeDir {
                path: dir.to_path_buf(),
                why: UnsafeWhy::Owner,
            });
        }
        if meta.mode() & 0o022 != 0 {
            return Err(ProfileError::UnsafeDir {
                path: dir.to_path_buf(),
                why: UnsafeWhy::Writable,
            });
        }
    }
    let _ = dir;
    Ok(())
}

/// A new temporary directory only its owner can enter (0700 on Unix whatever the umask), with
/// a name nobody can predict; removed when the returned value is dropped.
pub fn private_temp_dir(prefix: &str) -> std::io::Result<tempfile::TempDir> {
    let mut b = tempfile::Builder::new();
    b.prefix(prefix);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        b.permissions(fs::Permissions::from_mode(0o700));
    }
    b.tempdir()
}

/// Create a directory (and its parents) only its owner can enter, if it does not exist.
pub fn ensure_private_dir(dir: &Path) -> Result<(), ProfileError> {
    if !dir.exists() {
        let mut b = fs::DirBuilder::new();
        b.recursive(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::DirBuilderExt;
            b.mode(0o700);
        }
        b.create(dir).map_err(io_err(dir))?;
    }
    Ok(())
}

/// Open (creating) a file only its owner can read.
fn private_file(path: &Path, truncate: bool) -> Result<File, ProfileError> {
    let mut o = OpenOptions::new();
    o.create(true).write(true).truncate(truncate);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        o.mode(0o600);
    }
    o.open(path).map_err(io_err(path))
}

/// What the TOML parser said, and where, without quoting the file: it may not be ours, and a
/// line of it could hold anything.
fn toml_problem(text: &str, e: &toml::de::Error) -> String {
    let what = first_line(e.message());
    match e.span() {
        Some(span) => {
            let line = text[..span.start.min(text.len())].matches('\n').count() + 1;
            msg!("errors-profile-toml-at", line = line, problem = what)
        }
        None => what,
    }
}

fn first_line(s: &str) -> String {
    s.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .take(300)
        .collect()
}

/// Days from `today` until `date` (negative once past).
pub fn days_until(date: NaiveDate, today: NaiveDate) -> i64 {
    (date - today).num_days()
}

/// Parse a date given on the command line or typed (the rule is [`crate::input::parse_date`]).
pub fn parse_date(s: &str) -> Result<NaiveDate, String> {
    crate::input::parse_date(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Profile {
        Profile {
            tenant_id: Some("6f1d2c3b-4a59-4e8d-9c7b-0a1b2c3d4e5f".into()),
            client_id: Some("2b7f0e4c-9a1d-4c3e-8f5b-6d7e8f9a0b1c".into()),
            username: Some("sync@contoso.com".into()),
            org_url: Some("https://contoso.crm.dynamics.com".into()),
            cloud: Some(Cloud::Public),
            secret_expires: Some(NaiveDate::from_ymd_opt(2027, 5, 1).unwrap()),
            last_validation: Some(LastValidation {
                at: "2026-11-23T10:00:00Z".parse().unwrap(),
                ok: true,
                exit_code: 0,
            }),
            ..Default::default()
        }
    }

    #[test]
    fn round_trip() {
        let dir = tempfile::tempdir().unwrap();
        let p = Profiles::new(dir.path().join("cfg"));
        assert!(p.load().unwrap().is_empty());
        p.update(|m| {
            m.insert("contoso-prod".into(), sample());
            Ok(())
        })
        .unwrap();
        assert_eq!(p.get("contoso-prod").unwrap(), sample());
        assert!(matches!(p.get("nope"), Err(ProfileError::NotFound(_))));
        let text = fs::read_to_string(p.path()).unwrap();
        assert!(text.contains("format = 1"), "{text}");
    }

    #[cfg(unix)]
    #[test]
    fn file_0600_and_dir_0700() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let p = Profiles::new(dir.path().join("cfg"));
        p.update(|m| {
            m.insert("a".into(), Profile::default());
            Ok(())
        })
        .unwrap();
        assert_eq!(
            fs::metadata(p.path()).unwrap().permissions().mode() & 0o777,
            0o600
        );
        assert_eq!(
            fs::metadata(p.dir()).unwrap().permissions().mode() & 0o777,
            0o700
        );
    }

    #[test]
    fn corrupt_and_newer_files_are_reported_and_left_alone() {
        let dir = tempfile::tempdir().unwrap();
        let p = Profiles::new(dir.path());
        fs::write(p.path(), "format = 1\n[profiles.a\nbroken").unwrap();
        let err = p.update(|_| Ok(())).unwrap_err();
        assert!(matches!(err, ProfileError::Corrupt { .. }), "{err}");
        assert!(err.to_string().contains("profiles.toml"));
        assert_eq!(
            fs::read_to_string(p.path()).unwrap(),
            "format = 1\n[profiles.a\nbroken"
        );

        fs::write(p.path(), "format = 7\n[profiles.a]\nfuture_field = 1\n").unwrap();
        let err = p.load().unwrap_err();
        assert!(matches!(err, ProfileError::Newer { found: 7, .. }), "{err}");
        assert!(p.update(|_| Ok(())).is_err());
        assert!(
            fs::read_to_string(p.path())
                .unwrap()
                .contains("future_field")
        );
    }

    #[test]
    fn failed_change_writes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let p = Profiles::new(dir.path());
        p.update(|m| {
            m.insert("keep".into(), sample());
            Ok(())
        })
        .unwrap();
        let before = fs::read_to_string(p.path()).unwrap();
        let r: Result<(), _> = p.update(|m| {
            m.clear();
            Err(ProfileError::BadName("x y".into()))
        });
        assert!(r.is_err());
        assert_eq!(fs::read_to_string(p.path()).unwrap(), before);
    }

    #[cfg(unix)]
    #[test]
    fn the_file_says_it_is_rewritten() {
        let dir = tempfile::tempdir().unwrap();
        let p = Profiles::new(dir.path());
        p.update(|m| {
            m.insert("a".into(), sample());
            Ok(())
        })
        .unwrap();
        let text = fs::read_to_string(p.path()).unwrap();
        assert!(text.starts_with("# dynsync profiles"), "{text}");
        assert!(text.contains("comments and layout are not kept"), "{text}");
        // And what it says is what happens: a comment added by hand is gone after a write.
        fs::write(p.path(), format!("# mine\n{text}")).unwrap();
        p.update(|_| Ok(())).unwrap();
        assert!(!fs::read_to_string(p.path()).unwrap().contains("# mine"));
    }

    #[test]
    fn failed_write_leaves_the_old_file_intact() {
        let dir = tempfile::tempdir().unwrap();
        let p = Profiles::new(dir.path().join("cfg"));
        p.update(|m| {
            m.insert("keep".into(), sample());
            Ok(())
        })
        .unwrap();
        let before = fs::read_to_string(p.path()).unwrap();
        // A write whose last step cannot happen (the target is a non-empty directory, which no
        // rename replaces, even as root): an I/O error, the target as it was, no temp file left.
        let target = p.dir().join("blocked");
        fs::create_dir(&target).unwrap();
        fs::write(target.join("x"), "x").unwrap();
        let err = write_atomic(&target, b"new");
        assert!(matches!(err, Err(ProfileError::Io { .. })), "{err:?}");
        assert_eq!(fs::read_to_string(target.join("x")).unwrap(), "x");
        let leftovers: Vec<_> = fs::read_dir(p.dir())
            .unwrap()
            .flatten()
            .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
            .collect();
        assert!(leftovers.is_empty(), "{leftovers:?}");
        assert_eq!(fs::read_to_string(p.path()).unwrap(), before);
    }

    #[test]
    fn concurrent_writers_do_not_lose_updates() {
        let dir = tempfile::tempdir().unwrap();
        let p = Profiles::new(dir.path());
        let handles: Vec<_> = (0..8)
            .map(|i| {
                let p = p.clone();
                std::thread::spawn(move || {
                    p.update(|m| {
                        m.insert(format!("p{i}"), Profile::default());
                        Ok(())
                    })
                    .unwrap()
                })
            })
            .collect();
        for h in handles {
            h.join().unwrap();
        }
        assert_eq!(p.load().unwrap().len(), 8);
    }

    #[test]
    fn names_and_dates() {
        assert!(check_name("contoso-prod").is_ok());
        assert!(check_name("a.b_c").is_ok());
        assert!(check_name("-x").is_err());
        assert!(check_name("has space").is_err());
        assert!(check_name("../etc").is_err());
        assert!(check_name("").is_err());
        let d = parse_date("2027-05-01").unwrap();
        assert_eq!(days_until(d, parse_date("2027-04-01").unwrap()), 30);
        assert_eq!(days_until(d, parse_date("2027-05-03").unwrap()), -2);
        assert!(parse_date("2027/05/01").is_err());
    }
}
