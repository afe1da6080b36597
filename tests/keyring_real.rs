//! The real OS keyring, through the real binary.
//!
//! `no_keyring_gives_a_clear_error` runs everywhere on Linux. `secret_service_round_trip` needs
//! an unlocked Secret Service on the session bus, so it is ignored by default; CI runs it under
//! `dbus-run-session` with GNOME Keyring (see .ci/run):
//!
//!     dbus-run-session -- sh -c 'echo -n pw | gnome-keyring-daemon --unlock --components=secrets;
//!                                cargo test --test keyring_real -- --ignored'

mod common;

use common::{Fake, Run};
use dynsync::sim::{DEMO, SimConfig};

fn dynsync(config_dir: &std::path::Path, args: &[&str]) -> Run {
    Run::new(&["--config-dir", config_dir.to_str().unwrap()]).args(args)
}

#[cfg(target_os = "linux")]
#[test]
fn no_keyring_gives_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    assert_eq!(
        dynsync(
            dir.path(),
            &["profile", "set", "p", "--username", DEMO.username]
        )
        .run()
        .code,
        0
    );
    let out = dynsync(dir.path(), &["profile", "store-secret", "p", "password"])
        .env(
            "DBUS_SESSION_BUS_ADDRESS",
            "unix:path=/nonexistent/dynsync-test-bus",
        )
        .stdin("some-password\n")
        .run();
    assert_eq!(out.code, 3, "{}", out.stderr);
    assert!(
        out.stderr.contains("the OS keyring cannot be used"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr.contains("DYNSYNC_PASSWORD") && out.stderr.contains("--secrets-stdin"),
        "{}",
        out.stderr
    );
    assert!(!out.stderr.contains("some-password"));
    // Never a silent plaintext fallback: nothing under the config dir holds the value.
    for e in std::fs::read_dir(dir.path()).unwrap().flatten() {
        assert!(
            !std::fs::read_to_string(e.path())
                .unwrap_or_default()
                .contains("some-password")
        );
    }
}

#[test]
#[ignore = "needs an unlocked Secret Service on the session bus (CI runs it under dbus-run-session)"]
fn secret_service_round_trip() {
    let fake = Fake::start(SimConfig::default());
    let dir = tempfile::tempdir().unwrap();
    let name = format!("ci-{}", std::process::id());
    let url = fake.sim.url();
    let ca = fake.ca.path().to_str().unwrap().to_string();
    let set = dynsync(
        dir.path(),
        &[
            "profile",
            "set",
            &name,
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
        ],
    )
    .run();
    assert_eq!(set.code, 0, "{}", set.stderr);
    for (which, value) in [
        ("client-secret", DEMO.client_secret),
        ("password", DEMO.password),
    ] {
        let out = dynsync(dir.path(), &["profile", "store-secret", &name, which])
            .stdin(&format!("{value}\n"))
            .run();
        assert_eq!(out.code, 0, "{}", out.stderr);
    }
    let listed = dynsync(dir.path(), &["profile", "list", "--json"])
        .run()
        .json();
    assert_eq!(
        listed[0]["secrets_stored"],
        serde_json::json!({"client_secret": true, "password": true})
    );

    let out = dynsync(dir.path(), &["validate", "--profile", &name, "--json"]).run();
    assert_eq!(out.code, 0, "{}\n{}", out.stdout, out.stderr);

    for e in std::fs::read_dir(dir.path()).unwrap().flatten() {
        let text = std::fs::read_to_string(e.path()).unwrap_or_default();
        assert!(
            !text.contains(DEMO.client_secret) && !text.contains(DEMO.password),
            "{}",
            e.path().display()
        );
    }

    let out = dynsync(dir.path(), &["profile", "remove", &name, "--yes"]).run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    // The profile is gone; a second entry lookup through a fresh profile shows the keyring is clean.
    assert_eq!(
        dynsync(
            dir.path(),
            &["profile", "set", &name, "--username", DEMO.username]
        )
        .run()
        .code,
        0
    );
    let listed = dynsync(dir.path(), &["profile", "list", "--json"])
        .run()
        .json();
    assert_eq!(
        listed[0]["secrets_stored"],
        serde_json::json!({"client_secret": false, "password": false})
    );
    assert_eq!(
        dynsync(dir.path(), &["profile", "remove", &name, "--yes"])
            .run()
            .code,
        0
    );
}
