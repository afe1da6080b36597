//! Profiles and secret storage, in process: the real commands with an in-memory keyring, a fixed
//! clock, a scripted prompter and a temporary config directory, against the simulated tenant.

mod common;
#[path = "common/inproc.rs"]
mod inproc;

use std::path::Path;

use common::Fake;
use dynsync::error::Error;
use dynsync::secrets::{MemoryStore, Secret, SecretKind, SecretStore};
use dynsync::sim::{DEMO, RoleGrant, SimConfig};
use dynsync::ui::testing::ScriptedPrompter;
use inproc::{TTY, World};
use serde_json::Value;

/// The sync user, for `World::profile_for`: a profile with both secrets in the keyring.
const USER: &[&str] = &["--username", DEMO.username];

impl World {
    fn files_contain(&self, needle: &str) -> bool {
        fn walk(p: &Path, needle: &str) -> bool {
            std::fs::read_dir(p).unwrap().flatten().any(|e| {
                let path = e.path();
                if path.is_dir() {
                    walk(&path, needle)
                } else {
                    std::fs::read_to_string(&path)
                        .unwrap_or_default()
                        .contains(needle)
                }
            })
        }
        walk(self.dir.path(), needle)
    }
}

#[test]
fn set_show_list_round_trip() {
    let w = World::new();
    let out = w.run(
        &[
            "profile",
            "set",
            "contoso-prod",
            "--client-id",
            DEMO.client_id,
            "--username",
            DEMO.username,
            "--org-url",
            "https://contoso.api.crm.dynamics.com/api/data/v9.2/",
            "--secret-expires",
            "2026-12-23",
            "--cloud",
            "public",
        ],
        "",
    );
    assert_eq!(out.code, 0, "{:?}", out.error);
    assert!(out.stdout.contains("Created profile contoso-prod"));
    w.store
        .set("contoso-prod", SecretKind::Password, &Secret::new("pw"))
        .unwrap();

    let list = w.run(&["profile", "list", "--json"], "").json();
    let p = &list[0];
    assert_eq!(p["name"], "contoso-prod");
    assert_eq!(
        p["org_url"], "https://contoso.crm.dynamics.com",
        "stored normalised"
    );
    assert_eq!(p["username"], DEMO.username);
    assert_eq!(p["client_id"], DEMO.client_id);
    assert_eq!(p["tenant_id"], Value::Null);
    assert_eq!(p["cloud"], "public");
    assert_eq!(p["secret_expires"], "2026-12-23");
    assert_eq!(p["days_left"], 30);
    assert_eq!(
        p["secrets_stored"],
        serde_json::json!({"client_secret": false, "password": true})
    );
    assert_eq!(p["last_validation"], Value::Null);

    let show = w.run(&["profile", "show", "contoso-prod"], "");
    assert!(
        show.stdout.contains("stored in the OS keyring"),
        "{}",
        show.stdout
    );
    assert!(show.stdout.contains("not stored"));
    assert!(!show.stdout.contains("pw\n"));

    let table = w.run(&["profile", "list"], "");
    assert!(
        table.stdout.contains("2026-12-23 (30 days)"),
        "{}",
        table.stdout
    );
}

#[test]
fn bad_set_names_the_field_and_saves_nothing() {
    let w = World::new();
    assert_eq!(
        w.run(&["profile", "set", "p", "--username", "a@contoso.com"], "")
            .code,
        0
    );
    let out = w.run(
        &[
            "profile",
            "set",
            "p",
            "--username",
            "CONTOSO\\x",
            "--secret-expires",
            "next week",
        ],
        "",
    );
    assert_eq!(out.code, 2);
    let err = out.error.unwrap();
    assert!(
        err.contains("--username")
            && err.contains("--secret-expires")
            && err.contains("nothing was saved"),
        "{err}"
    );
    let p = &w.run(&["profile", "list", "--json"], "").json()[0];
    assert_eq!(p["username"], "a@contoso.com");
    assert!(
        w.run(&["profile", "set", "../x"], "")
            .error
            .unwrap()
            .contains("not allowed")
    );
}

#[test]
fn store_secret_from_stdin_and_refuse_a_secret_id() {
    let w = World::new();
    assert_eq!(
        w.run(&["profile", "set", "p", "--username", "a@contoso.com"], "")
            .code,
        0
    );
    let out = w.run(
        &["profile", "store-secret", "p", "client-secret"],
        "the-value\n",
    );
    assert_eq!(out.code, 0, "{:?}", out.error);
    assert!(out.stdout.contains("account p/client-secret"));
    assert_eq!(
        w.store
            .get("p", SecretKind::ClientSecret)
            .unwrap()
            .unwrap()
            .expose(),
        "the-value"
    );

    let out = w.run(
        &["profile", "store-secret", "p", "client-secret"],
        &format!("{}\n", DEMO.secret_id),
    );
    assert_eq!(out.code, 2);
    assert!(out.error.unwrap().contains("Secret ID"));
    assert_eq!(
        w.store
            .get("p", SecretKind::ClientSecret)
            .unwrap()
            .unwrap()
            .expose(),
        "the-value",
        "old value kept"
    );

    let out = w.run(&["profile", "store-secret", "nope", "password"], "x\n");
    assert_eq!(out.code, 2, "no secret for a profile that does not exist");
}

#[test]
fn store_secret_on_a_terminal_prompts_hidden() {
    let mut w = World::new();
    w.io = TTY;
    w.prompter = ScriptedPrompter::new().secret("Password", "typed-pw");
    assert_eq!(
        w.run(&["profile", "set", "p", "--username", "a@contoso.com"], "")
            .code,
        0
    );
    assert_eq!(
        w.run(&["profile", "store-secret", "p", "password"], "")
            .code,
        0
    );
    assert_eq!(
        w.store
            .get("p", SecretKind::Password)
            .unwrap()
            .unwrap()
            .expose(),
        "typed-pw"
    );
}

#[test]
fn validate_profile_uses_keyring_and_records_the_result() {
    let fake = Fake::start(SimConfig::default());
    let w = World::new();
    w.profile_for("contoso", &fake, USER);
    let out = w.run(&["validate", "--profile", "contoso", "--json"], "");
    assert_eq!(out.code, 0, "{}", out.stdout);
    let p = &w.run(&["profile", "list", "--json"], "").json()[0];
    assert_eq!(
        p["last_validation"],
        serde_json::json!({"at": "2026-11-23T12:00:00Z", "ok": true, "exit_code": 0})
    );
    assert_eq!(
        p["tenant_id"], DEMO.tenant_id,
        "the discovered tenant is recorded"
    );
    // Canary: nothing under the config dir holds a secret.
    assert!(!w.files_contain(DEMO.client_secret));
    assert!(!w.files_contain(DEMO.password));
    for t in fake.sim.stats.issued_tokens() {
        assert!(!w.files_contain(&t));
    }
}

#[test]
fn precedence_env_over_keyring_and_keyring_over_prompt() {
    let fake = Fake::start(SimConfig::default());
    let mut w = World::new();
    w.profile_for("p", &fake, USER);
    // A wrong secret in the environment beats the right one in the keyring.
    w.vars
        .insert("DYNSYNC_CLIENT_SECRET".into(), "wrong-secret-value".into());
    let doc = w.run(&["validate", "--profile", "p", "--json"], "").json();
    assert_eq!(common::check(&doc, "token")["aadsts"], 7000215);
    // Without it, the keyring's value is used, and a terminal is not asked.
    w.vars.clear();
    w.io = TTY;
    assert_eq!(w.run(&["validate", "--profile", "p", "--json"], "").code, 0);
    // A secret missing from the keyring is prompted for on a terminal.
    w.store.delete("p", SecretKind::Password).unwrap();
    w.prompter = ScriptedPrompter::new().secret("Password", DEMO.password);
    assert_eq!(w.run(&["validate", "--profile", "p", "--json"], "").code, 0);
    assert_eq!(w.prompter.remaining(), 0, "the prompt was used");
}

#[test]
fn flags_override_profile_fields() {
    let fake = Fake::start(SimConfig::default());
    let w = World::new();
    w.profile_for("p", &fake, USER);
    assert_eq!(
        w.run(
            &[
                "profile",
                "set",
                "p",
                "--username",
                "someone.else@contoso.com"
            ],
            ""
        )
        .code,
        0
    );
    let doc = w.run(&["validate", "--profile", "p", "--json"], "").json();
    assert_eq!(common::check(&doc, "token")["aadsts"], 50034);
    let out = w.run(
        &[
            "validate",
            "--profile",
            "p",
            "--json",
            "--username",
            DEMO.username,
        ],
        "",
    );
    assert_eq!(out.code, 0, "{}", out.stdout);
}

#[test]
fn missing_secret_and_no_terminal_names_the_env_var() {
    let fake = Fake::start(SimConfig::default());
    let w = World::new();
    w.profile_for("p", &fake, USER);
    w.store.delete("p", SecretKind::ClientSecret).unwrap();
    let out = w.run(&["validate", "--profile", "p", "--json"], "");
    assert_eq!(out.code, 2);
    assert!(
        common::check(&out.json(), "input")["remedy"]
            .as_str()
            .unwrap()
            .contains("DYNSYNC_CLIENT_SECRET")
    );
    assert_eq!(fake.sim.stats.requests(), 0);
}

#[test]
fn unusable_keyring_is_explained_and_env_still_works() {
    let fake = Fake::start(SimConfig::default());
    let mut w = World::new();
    w.profile_for("p", &fake, USER);
    w.store = MemoryStore::unavailable("no D-Bus session bus");
    let out = w.run(&["profile", "store-secret", "p", "password"], "x\n");
    assert_eq!(out.code, 3);
    let err = out.error.unwrap();
    assert!(
        err.contains("no D-Bus session bus")
            && err.contains("DYNSYNC_PASSWORD")
            && err.contains("never in a file"),
        "{err}"
    );
    w.vars
        .insert("DYNSYNC_CLIENT_SECRET".into(), DEMO.client_secret.into());
    w.vars
        .insert("DYNSYNC_PASSWORD".into(), DEMO.password.into());
    assert_eq!(w.run(&["validate", "--profile", "p", "--json"], "").code, 0);
}

#[test]
fn validate_all_reports_each_profile() {
    let good = Fake::start(SimConfig::default());
    let bad = Fake::start(SimConfig {
        role: RoleGrant::None,
        ..SimConfig::default()
    });
    let w = World::new();
    w.profile_for("a-good", &good, USER);
    w.profile_for("b-bad", &bad, USER);
    w.profile_for("c-nosecret", &good, USER);
    w.store.delete("c-nosecret", SecretKind::Password).unwrap();
    let out = w.run(&["validate", "--all", "--json", "--jobs", "2"], "");
    assert_eq!(out.code, 1);
    let doc = out.json();
    assert_eq!(doc["ok"], false);
    let results = doc["profiles"].as_array().unwrap();
    let names: Vec<&str> = results
        .iter()
        .map(|r| r["profile"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["a-good", "b-bad", "c-nosecret"]);
    assert_eq!(results[0]["ok"], true);
    assert_eq!(common::status(&results[1], "dynamics.roles"), "fail");
    assert_eq!(common::status(&results[2], "input"), "fail");
    assert!(results[0]["checks"].is_array() && results[0]["tenant_id"] == DEMO.tenant_id);

    let human = w.run(&["validate", "--all"], "");
    assert!(
        human.stdout.contains("3 profiles: 1 passed, 2 failed"),
        "{}",
        human.stdout
    );
    assert!(human.stdout.contains("dynamics.roles"));
    // The details' commands name the profiles that failed, not NAME.
    assert!(
        human
            .stdout
            .contains("Details of b-bad: dynsync validate --profile b-bad")
            && human
                .stdout
                .contains("Details of c-nosecret: dynsync validate --profile c-nosecret")
            && !human.stdout.contains("--profile NAME"),
        "{}",
        human.stdout
    );

    let listed = w.run(&["profile", "list", "--json"], "").json();
    assert_eq!(listed[1]["last_validation"]["exit_code"], 1);
}

#[test]
fn validate_all_exit_3_when_only_unreachable() {
    let good = Fake::start(SimConfig::default());
    let w = World::new();
    w.profile_for("a", &good, USER);
    w.profile_for("down", &good, USER);
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let dead = format!("https://127.0.0.1:{port}");
    assert_eq!(
        w.run(
            &[
                "profile",
                "set",
                "down",
                "--org-url",
                &dead,
                "--authority-host",
                &dead
            ],
            ""
        )
        .code,
        0
    );
    let out = w.run(&["validate", "--all", "--json"], "");
    assert_eq!(out.code, 3, "{}", out.stdout);
    assert!(w.run(&["validate", "--all"], "").code == 3);
    let empty = World::new();
    assert_eq!(empty.run(&["validate", "--all"], "").code, 2);
}

#[test]
fn remove_needs_confirmation_and_clears_the_keyring() {
    let fake = Fake::start(SimConfig::default());
    let mut w = World::new();
    w.profile_for("p", &fake, USER);
    let out = w.run(&["profile", "remove", "p"], "");
    assert_eq!(out.code, 2, "no terminal and no --yes");
    w.io = TTY;
    w.prompter = ScriptedPrompter::new().confirm("Remove profile p", false);
    assert!(
        w.run(&["profile", "remove", "p"], "")
            .stdout
            .contains("Kept p")
    );
    assert!(w.store.get("p", SecretKind::Password).unwrap().is_some());
    let out = w.run(&["profile", "remove", "p", "--yes"], "");
    assert_eq!(out.code, 0);
    assert!(w.store.get("p", SecretKind::Password).unwrap().is_none());
    assert!(
        w.store
            .get("p", SecretKind::ClientSecret)
            .unwrap()
            .is_none()
    );
    assert_eq!(
        w.run(&["profile", "list", "--json"], "").json(),
        serde_json::json!([])
    );
}

#[test]
fn corrupt_profile_file_is_reported_not_overwritten() {
    let w = World::new();
    let path = w.dir.path().join("profiles.toml");
    std::fs::write(&path, "this is = = not toml").unwrap();
    let out = w.run(&["profile", "set", "p", "--username", "a@contoso.com"], "");
    assert_eq!(out.code, 2);
    assert!(out.error.unwrap().contains("profiles.toml"));
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        "this is = = not toml"
    );
}

#[test]
fn secrets_stdin_and_prompts_without_profile() {
    let fake = Fake::start(SimConfig::default());
    let mut w = World::new();
    w.io = TTY;
    w.prompter = ScriptedPrompter::new()
        .secret("Value", DEMO.client_secret)
        .secret(DEMO.username, DEMO.password);
    let url = fake.sim.url();
    let ca = fake.ca.path().to_str().unwrap().to_string();
    let args = [
        "validate",
        "--json",
        "--client-id",
        DEMO.client_id,
        "--username",
        DEMO.username,
        "--org-url",
        &url,
        "--authority-host",
        &url,
        "--ca-bundle",
        &ca,
    ];
    assert_eq!(w.run(&args, "").code, 0);
    assert_eq!(w.prompter.remaining(), 0);
    // --secrets-stdin refuses a terminal (it would echo).
    let mut with_stdin = args.to_vec();
    with_stdin.push("--secrets-stdin");
    let out = w.run(&with_stdin, "");
    assert_eq!(out.code, 2);
    assert!(matches!(Error::Invalid(out.error.unwrap()), Error::Invalid(m) if m.contains("pipe")));
}

#[test]
fn profile_list_shows_expiry_and_validate_profile_checks_it() {
    let fake = Fake::start(SimConfig::default());
    let w = World::new();
    w.profile_for("old", &fake, USER);
    // The fixed clock says 2026-11-23.
    assert_eq!(
        w.run(
            &["profile", "set", "old", "--secret-expires", "2026-11-20"],
            ""
        )
        .code,
        0
    );
    let listed = w.run(&["profile", "list", "--json"], "").json();
    assert_eq!(listed[0]["days_left"], -3);
    assert!(
        w.run(&["profile", "list"], "")
            .stdout
            .contains("expired 3 days ago")
    );
    let out = w.run(&["validate", "--profile", "old", "--json"], "");
    assert_eq!(out.code, 1);
    assert_eq!(common::status(&out.json(), "secret.expiry"), "fail");
    assert_eq!(
        w.run(
            &["profile", "set", "old", "--secret-expires", "2026-12-01"],
            ""
        )
        .code,
        0
    );
    let out = w.run(&["validate", "--profile", "old", "--json"], "");
    assert_eq!(out.code, 0);
    assert_eq!(common::status(&out.json(), "secret.expiry"), "warn");
    assert_eq!(out.json()["days_left"], 8);
}

#[test]
fn validate_all_applies_the_connection_flags_to_every_profile() {
    let fake = Fake::start(SimConfig::default());
    let w = World::new();
    let url = fake.sim.url();
    let ca = fake.ca.path().to_str().unwrap();
    // A profile without a login host or CA bundle: only the flags can point it at the tenant.
    let set = w.run(
        &[
            "profile",
            "set",
            "p",
            "--client-id",
            DEMO.client_id,
            "--username",
            DEMO.username,
            "--org-url",
            &url,
        ],
        "",
    );
    assert_eq!(set.code, 0, "{:?}", set.error);
    w.store
        .set(
            "p",
            SecretKind::ClientSecret,
            &Secret::new(DEMO.client_secret),
        )
        .unwrap();
    w.store
        .set("p", SecretKind::Password, &Secret::new(DEMO.password))
        .unwrap();
    let out = w.run(
        &[
            "validate",
            "--all",
            "--json",
            "--authority-host",
            &url,
            "--ca-bundle",
            ca,
            "--secret-expires",
            "2026-12-01",
            "--expiry-warning-days",
            "10",
        ],
        "",
    );
    assert_eq!(out.code, 0, "{}", out.stdout);
    let doc = out.json();
    let p = &doc["profiles"][0];
    assert_eq!(common::status(p, "token"), "pass");
    // --secret-expires and --expiry-warning-days reach the profile too: 8 days left is a warning.
    assert_eq!(common::status(p, "secret.expiry"), "warn");
}

/// A profile's CA bundle that is gone (a demo tenant's, after it stopped): the fix names the
/// profile command that replaces it, with the profile's name.
#[test]
fn a_missing_ca_bundle_is_fixed_with_profile_set() {
    let fake = Fake::start(SimConfig::default());
    let w = World::new();
    w.profile_for("demo-p", &fake, USER);
    let ca = w.dir.path().join("gone-ca.pem");
    std::fs::copy(fake.ca.path(), &ca).unwrap();
    let set = w.run(
        &[
            "profile",
            "set",
            "demo-p",
            "--ca-bundle",
            ca.to_str().unwrap(),
        ],
        "",
    );
    assert_eq!(set.code, 0, "{:?}", set.error);
    std::fs::remove_file(&ca).unwrap();
    let out = w.run(&["validate", "--profile", "demo-p"], "");
    assert_eq!(out.code, 2, "{}", out.stdout);
    assert!(
        out.stdout
            .contains("dynsync profile set demo-p --ca-bundle FILE"),
        "{}",
        out.stdout
    );
}

/// Remedies name the profile checked: `dynsync rotate --profile soon`, not NAME.
#[test]
fn remedies_name_the_profile() {
    let fake = Fake::start(SimConfig::default());
    let w = World::new();
    w.profile_for("soon", &fake, USER);
    let set = w.run(
        &["profile", "set", "soon", "--secret-expires", "2026-12-01"],
        "",
    );
    assert_eq!(set.code, 0, "{:?}", set.error);
    let out = w.run(&["validate", "--profile", "soon"], "");
    assert_eq!(out.code, 0, "{:?}", out.error);
    assert!(
        out.stdout.contains("dynsync rotate --profile soon") && !out.stdout.contains("NAME"),
        "{}",
        out.stdout
    );
}

/// The last validation is shown in local time to the second, in `show` and `list` (JSON keeps
/// RFC 3339 in UTC).
#[test]
fn times_are_shown_in_local_time_to_the_second() {
    let fake = Fake::start(SimConfig::default());
    let w = World::new();
    w.profile_for("p", &fake, USER);
    assert_eq!(w.run(&["validate", "--profile", "p"], "").code, 0);
    let local = dynsync::ui::local_time(w.clock.0);
    let show = w.run(&["profile", "show", "p"], "");
    assert!(
        show.stdout.contains(&format!("passed at {local} (exit 0)")),
        "{}",
        show.stdout
    );
    assert!(!show.stdout.contains("T12:00:00"), "{}", show.stdout);
    let list = w.run(&["profile", "list"], "");
    assert!(
        list.stdout.contains(&format!("ok {local}")),
        "{}",
        list.stdout
    );
    let json = w.run(&["profile", "show", "p", "--json"], "").json();
    assert_eq!(json["last_validation"]["at"], "2026-11-23T12:00:00Z");
}

mod hostile_config_dir {
    use std::os::unix::fs::PermissionsExt;

    use super::*;

    const SET: [&str; 5] = ["profile", "set", "p", "--username", "a@contoso.com"];

    #[test]
    fn planted_temp_symlinks_are_never_followed() {
        let w = World::new();
        let victim = tempfile::NamedTempFile::new().unwrap();
        std::fs::write(victim.path(), "precious").unwrap();
        // Symlinks at every name a predictable temp file could have had.
        for pid in std::process::id().saturating_sub(50)..std::process::id() + 200 {
            let link = w.dir.path().join(format!(".profiles.toml.{pid}.tmp"));
            std::os::unix::fs::symlink(victim.path(), link).unwrap();
        }
        assert_eq!(w.run(&SET, "").code, 0);
        assert_eq!(std::fs::read_to_string(victim.path()).unwrap(), "precious");
        assert!(
            w.run(&["profile", "show", "p"], "")
                .stdout
                .contains("a@contoso.com")
        );
    }

    #[test]
    fn temp_files_left_by_a_kill_are_cleaned_on_the_next_write() {
        let w = World::new();
        for n in 0..5 {
            std::fs::write(w.dir.path().join(format!(".profiles.toml.{n}.tmp")), "x").unwrap();
        }
        assert_eq!(w.run(&SET, "").code, 0);
        let left: Vec<_> = std::fs::read_dir(w.dir.path())
            .unwrap()
            .flatten()
            .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
            .collect();
        assert!(left.is_empty(), "{left:?}");
    }

    #[test]
    fn a_profile_file_that_is_a_symlink_or_a_fifo_is_refused() {
        let w = World::new();
        let victim = tempfile::NamedTempFile::new().unwrap();
        std::fs::write(victim.path(), "format = 1\n").unwrap();
        let path = w.dir.path().join("profiles.toml");
        std::os::unix::fs::symlink(victim.path(), &path).unwrap();
        for argv in [&["profile", "list"][..], &SET[..]] {
            let out = w.run(argv, "");
            assert_eq!(out.code, 2, "{argv:?}: {:?}", out.error);
            assert!(out.error.unwrap().contains("not a regular file"));
        }
        assert_eq!(
            std::fs::read_to_string(victim.path()).unwrap(),
            "format = 1\n"
        );
        // A FIFO nobody writes to: refused at once, not read until something writes.
        std::fs::remove_file(&path).unwrap();
        let status = std::process::Command::new("mkfifo")
            .arg(&path)
            .status()
            .unwrap();
        assert!(status.success());
        let out = w.run(&["profile", "list"], "");
        assert_eq!(out.code, 2, "{:?}", out.error);
    }

    #[test]
    fn a_group_or_world_writable_config_dir_is_refused() {
        let w = World::new();
        assert_eq!(w.run(&SET, "").code, 0);
        for mode in [0o770, 0o707, 0o777] {
            std::fs::set_permissions(w.dir.path(), std::fs::Permissions::from_mode(mode)).unwrap();
            let out = w.run(&["profile", "list"], "");
            assert_eq!(out.code, 2, "{mode:o}");
            assert!(out.error.unwrap().contains("chmod 700"), "{mode:o}");
        }
        std::fs::set_permissions(w.dir.path(), std::fs::Permissions::from_mode(0o700)).unwrap();
        assert_eq!(w.run(&["profile", "list"], "").code, 0);
    }

    #[test]
    fn an_oversized_profile_file_is_refused_unread() {
        let w = World::new();
        let path = w.dir.path().join("profiles.toml");
        let big = format!("format = 1\n# {}\n", "x".repeat(2 * 1024 * 1024));
        std::fs::write(&path, &big).unwrap();
        let out = w.run(&["profile", "list"], "");
        assert_eq!(out.code, 2);
        assert!(out.error.unwrap().contains("larger than 1 MiB"));
        assert_eq!(std::fs::read_to_string(&path).unwrap().len(), big.len());
    }

    #[test]
    fn errors_quote_no_content_of_the_file_and_big_formats_stay_exact() {
        let w = World::new();
        let path = w.dir.path().join("profiles.toml");
        std::fs::write(&path, "format = 1\nsecret-looking = [[[ hunter2\n").unwrap();
        let err = w.run(&["profile", "list"], "").error.unwrap();
        assert!(err.contains("line 2"), "{err}");
        assert!(!err.contains("hunter2"), "{err}");
        std::fs::write(&path, "format = 99999999999999\n").unwrap();
        let err = w.run(&["profile", "list"], "").error.unwrap();
        assert!(err.contains("99999999999999"), "{err}");
    }
}

#[test]
fn remove_without_a_keyring_removes_the_settings_and_names_the_entries_left() {
    let fake = Fake::start(SimConfig::default());
    let mut w = World::new();
    w.profile_for("p", &fake, USER);
    w.profile_for("other", &fake, USER);
    w.store = MemoryStore::unavailable("no D-Bus session bus");
    let out = w.run(&["profile", "remove", "p", "--yes"], "");
    assert_eq!(out.code, 0, "{:?}\n{}", out.error, out.stderr);
    assert!(
        out.stdout.contains("Removed the settings of profile p."),
        "{}",
        out.stdout
    );
    assert!(
        !out.stdout.contains("and its keyring entries"),
        "{}",
        out.stdout
    );
    // Said once: why, which entries, and how to remove them later.
    assert_eq!(out.stderr.matches("warning:").count(), 1, "{}", out.stderr);
    assert!(
        out.stderr.contains("no D-Bus session bus"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("p/client-secret, p/password"),
        "{}",
        out.stderr
    );
    #[cfg(target_os = "linux")]
    for account in ["p/client-secret", "p/password"] {
        assert!(
            out.stderr.contains(&format!(
                "secret-tool clear service dynsync username {account}"
            )),
            "{}",
            out.stderr
        );
    }
    assert!(
        out.stderr
            .contains("`dynsync profile set p`, then `dynsync profile remove p --yes`"),
        "{}",
        out.stderr
    );
    // The settings are gone; the other profile stays.
    let listed = w.run(&["profile", "list", "--json"], "").json();
    let names: Vec<&str> = listed
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["other"]);
    assert_eq!(w.run(&["profile", "show", "p"], "").code, 2);
}

fn config_summary(doc: &Value) -> String {
    common::check(doc, "marketo.config_user")["summary"]
        .as_str()
        .unwrap()
        .to_string()
}

fn profiles_toml(w: &World) -> String {
    std::fs::read_to_string(w.dir.path().join("profiles.toml")).unwrap()
}

/// Issue 10 item 9: `validate --profile` remembers the Marketo Config table; the next run reads
/// its Default row at once and sends no table-discovery request.
#[test]
fn a_known_org_reads_marketo_config_without_finding_the_table_again() {
    let fake = Fake::start(SimConfig::default());
    let w = World::new();
    w.profile_for("p", &fake, USER);
    let out = w.run(&["validate", "--profile", "p", "--json"], "");
    assert_eq!(out.code, 0, "{}", out.stdout);
    assert!(
        config_summary(&out.json()).ends_with("found by the solution-component join)"),
        "{}",
        config_summary(&out.json())
    );
    let stats = &fake.sim.stats;
    assert_eq!(stats.served("entities"), 1);
    let toml = profiles_toml(&w);
    for line in [
        "[profiles.p.marketo_config]",
        "logical_name = \"mkto_marketoconfig\"",
        "entity_set = \"mkto_marketoconfigs\"",
        "lookup = \"_mkto_marketouser_value\"",
        "solution_version = \"5.0.2.1\"",
    ] {
        assert!(toml.contains(line), "{line} in\n{toml}");
    }

    let out = w.run(&["validate", "--profile", "p", "--json"], "");
    assert_eq!(out.code, 0, "{}", out.stdout);
    let doc = out.json();
    assert_eq!(common::status(&doc, "marketo.config_user"), "pass");
    assert!(
        config_summary(&doc).ends_with("(table mkto_marketoconfig, remembered by the profile)"),
        "{}",
        config_summary(&doc)
    );
    assert_eq!(
        stats.served("entities"),
        1,
        "no table discovery the second time"
    );
    assert_eq!(stats.served("solutioncomponents"), 0);
    assert_eq!(stats.served("EntityDefinitions"), 0);
    assert_eq!(stats.served("mkto_marketoconfigs"), 2);
    assert_eq!(
        profiles_toml(&w),
        toml,
        "the same table, remembered as it was"
    );

    // Another org given by flag: the remembered table is left aside, and not overwritten.
    let other = Fake::start(SimConfig::default());
    let out = w.run(
        &[
            "validate",
            "--profile",
            "p",
            "--json",
            "--org-url",
            &other.sim.url(),
            "--authority-host",
            &other.sim.url(),
            "--ca-bundle",
            other.ca.path().to_str().unwrap(),
        ],
        "",
    );
    assert_eq!(out.code, 0, "{}", out.stdout);
    assert_eq!(other.sim.stats.served("entities"), 1);
    assert!(profiles_toml(&w).contains("entity_set = \"mkto_marketoconfigs\""));
}

/// A stale remembered table (its entity set answers 404, or the solution has another version)
/// is found again in the same run without failing, and the profile remembers the new one.
#[test]
fn a_stale_remembered_table_is_found_again_and_replaced() {
    let fake = Fake::start(SimConfig::default());
    let w = World::new();
    w.profile_for("p", &fake, USER);
    assert_eq!(w.run(&["validate", "--profile", "p", "--json"], "").code, 0);
    let path = w.dir.path().join("profiles.toml");
    let toml = profiles_toml(&w);
    std::fs::write(
        &path,
        toml.replace("\"mkto_marketoconfigs\"", "\"mkto_oldconfigs\""),
    )
    .unwrap();
    let stats = &fake.sim.stats;

    let out = w.run(&["validate", "--profile", "p", "--json"], "");
    assert_eq!(out.code, 0, "{}", out.stdout);
    let doc = out.json();
    assert_eq!(common::status(&doc, "marketo.config_user"), "pass");
    assert!(
        config_summary(&doc).ends_with("found by the solution-component join)"),
        "{}",
        config_summary(&doc)
    );
    assert_eq!(
        stats.served("mkto_oldconfigs"),
        1,
        "the remembered set, tried"
    );
    assert_eq!(stats.served("entities"), 2, "then found again");
    assert!(profiles_toml(&w).contains("entity_set = \"mkto_marketoconfigs\""));

    // The solution was upgraded: the rows still answer, but the table is found again.
    fake.sim
        .configure(|c| c.solution_version = Some("5.1.0.3".into()));
    let out = w.run(&["validate", "--profile", "p", "--json"], "");
    assert_eq!(out.code, 0, "{}", out.stdout);
    assert!(
        config_summary(&out.json()).ends_with("found by the solution-component join)"),
        "{}",
        config_summary(&out.json())
    );
    assert_eq!(stats.served("entities"), 3);
    assert!(profiles_toml(&w).contains("solution_version = \"5.1.0.3\""));
    // And remembered again for the next run.
    assert_eq!(w.run(&["validate", "--profile", "p", "--json"], "").code, 0);
    assert_eq!(stats.served("entities"), 3);
}

/// A profile file written before the cache existed still loads, and one with the cache is read
/// back as written.
#[test]
fn profiles_without_the_remembered_table_still_load() {
    let fake = Fake::start(SimConfig::default());
    let w = World::new();
    w.profile_for("p", &fake, USER);
    let toml = profiles_toml(&w);
    assert!(!toml.contains("marketo_config"), "{toml}");
    assert_eq!(w.run(&["profile", "show", "p", "--json"], "").code, 0);
    assert_eq!(w.run(&["validate", "--profile", "p", "--json"], "").code, 0);
    assert_eq!(w.run(&["profile", "list", "--json"], "").code, 0);
    // Setting another org forgets the table remembered for the old one.
    assert!(profiles_toml(&w).contains("marketo_config"));
    let other = Fake::start(SimConfig::default());
    assert_eq!(
        w.run(&["profile", "set", "p", "--org-url", &other.sim.url()], "")
            .code,
        0
    );
    assert!(!profiles_toml(&w).contains("marketo_config"));
}

#[test]
fn a_relative_ca_bundle_is_stored_as_an_absolute_path() {
    let w = World::new();
    let ca = tempfile::NamedTempFile::new_in(".").unwrap();
    let name = ca.path().file_name().unwrap().to_str().unwrap().to_string();
    let out = w.run(&["profile", "set", "p", "--ca-bundle", &name], "");
    assert_eq!(out.code, 0, "{:?}", out.error);
    let prof = dynsync::profile::Profiles::new(w.dir.path())
        .get("p")
        .unwrap();
    let stored = prof.ca_bundle.unwrap();
    assert!(stored.is_absolute(), "{}", stored.display());
    assert!(stored.ends_with(&name));
}
