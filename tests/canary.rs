//! Canary: neither the client secret, nor the password, nor the access token ever appears in
//! stdout, stderr or JSON — on success, on failure, verbose or not.

mod common;

use common::Fake;
use dynsync::sim::{DEMO, SimConfig};

fn assert_clean(texts: &[&str], tokens: &[String], secret: &str, password: &str) {
    for t in texts {
        assert!(!t.contains(secret), "client secret leaked:\n{t}");
        assert!(!t.contains(password), "password leaked:\n{t}");
        for tok in tokens {
            assert!(!t.contains(tok.as_str()), "access token leaked:\n{t}");
            let sig = tok.rsplit('.').next().unwrap();
            assert!(!t.contains(sig), "token signature leaked:\n{t}");
        }
    }
}

#[test]
fn no_secret_in_any_output() {
    let cases: Vec<(SimConfig, &str, &str)> = vec![
        (SimConfig::default(), DEMO.client_secret, DEMO.password),
        (
            SimConfig::default(),
            "Wr0ng-Secret~Value.123",
            DEMO.password,
        ),
        (
            SimConfig::default(),
            DEMO.client_secret,
            "Wrong-Password-42!",
        ),
        (
            SimConfig {
                mfa: true,
                ..SimConfig::default()
            },
            DEMO.client_secret,
            DEMO.password,
        ),
        (
            SimConfig {
                role: dynsync::sim::RoleGrant::None,
                ..SimConfig::default()
            },
            DEMO.client_secret,
            DEMO.password,
        ),
    ];
    for (config, secret, password) in cases {
        let fake = Fake::start(config);
        for extra in [&["--json"][..], &["-v"][..], &["-v", "--json"][..]] {
            let out = fake
                .validate()
                .args(extra)
                .env("DYNSYNC_CLIENT_SECRET", secret)
                .env("DYNSYNC_PASSWORD", password)
                .run();
            assert!(
                out.code == 0 || out.code == 1,
                "{}\n{}",
                out.stdout,
                out.stderr
            );
            assert_clean(
                &[&out.stdout, &out.stderr],
                &fake.sim.stats.issued_tokens(),
                secret,
                password,
            );
        }
    }
}

#[test]
fn demo_never_prints_its_secrets() {
    let out = common::Run::new(&["validate", "--demo", "-v"]).run();
    assert_eq!(out.code, 0, "{}\n{}", out.stdout, out.stderr);
    assert!(out.stderr.contains("never printed"));
    assert_clean(
        &[&out.stdout, &out.stderr],
        &[],
        DEMO.client_secret,
        DEMO.password,
    );
}

/// `app create --demo` and `app show --demo` (the binary, the simulated admin and directory):
/// no client secret Value, no admin token or refresh token, no password in any output.
#[test]
fn app_commands_never_print_secrets_or_admin_tokens() {
    for args in [
        &["app", "create", "--demo"][..],
        &["app", "create", "--demo", "--json"][..],
        &["app", "create", "--demo", "-v"][..],
        &["app", "show", "--demo", "--json"][..],
    ] {
        let out = common::Run::new(args).run();
        assert_eq!(out.code, 0, "{args:?}\n{}\n{}", out.stdout, out.stderr);
        assert!(
            out.stderr
                .contains("demo tenant: the simulated admin approves the code"),
            "{}",
            out.stderr
        );
        for text in [&out.stdout, &out.stderr] {
            // The simulator's secret Values start "Sim~", its admin refresh tokens
            // "sim-admin-refresh-", every token it issues is a JWT ("eyJ0eXAi…").
            for needle in ["Sim~", "sim-admin-refresh-", "eyJ0eXAi", "sim-device-code-"] {
                assert!(!text.contains(needle), "{args:?} leaked {needle}:\n{text}");
            }
            assert!(!text.contains(DEMO.password), "password leaked:\n{text}");
        }
    }
}
