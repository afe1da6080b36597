//! The built-in demo tenant and `dynsync explain`, through the real binary.

mod common;

use common::{Run, check, status};

#[test]
fn demo_ok_passes_every_check_with_realistic_hosts() {
    let out = Run::new(&["validate", "--demo", "--json"]).run();
    assert_eq!(out.code, 0, "{}\n{}", out.stdout, out.stderr);
    let doc = out.json();
    assert_eq!(doc["org"]["url"], "https://contoso.crm.dynamics.com");
    for id in dynsync::report::CheckId::ALL.map(|c| c.as_str()) {
        assert_eq!(status(&doc, id), "pass", "{id}: {}", check(&doc, id));
    }
    assert!(
        out.stderr.contains("client ID:"),
        "the demo prints the credentials it uses"
    );
}

#[test]
fn every_listed_scenario_runs_with_its_expected_outcome() {
    let expected = [
        ("ok", 0),
        ("federated-no-hrd", 1),
        ("federated-hrd", 0),
        ("mfa", 1),
        ("secret-id-pasted", 2),
        ("expired-secret", 1),
        ("wrong-password", 1),
        ("locked-out", 1),
        ("no-consent", 1),
        ("public-client", 1),
        ("not-in-org", 1),
        ("user-disabled", 1),
        ("user-settings", 0),
        ("missing-role", 1),
        ("team-role", 0),
        ("no-solution", 1),
        ("old-solution", 0),
        ("disabled-step", 1),
        ("config-other-user", 1),
        ("config-unset", 1),
        ("slow", 0),
        ("user-not-member", 1),
        ("no-read-privilege", 0),
        ("challenge-any-case", 0),
        ("org-probe-503", 3),
        ("user-other-tenant", 1),
        ("entity-join-refused", 0),
        ("user-french", 0),
        ("s2s-ok", 0),
        ("s2s-no-app-user", 1),
        ("s2s-no-role", 1),
        ("s2s-app-user-disabled", 1),
        ("s2s-mfa-user", 1),
    ];
    let listed: Vec<&str> = dynsync::sim::scenarios().iter().map(|s| s.name).collect();
    assert_eq!(listed, expected.iter().map(|(n, _)| *n).collect::<Vec<_>>());
    let list = Run::new(&["validate", "--demo", "--list-scenarios"]).run();
    assert_eq!(list.code, 0);
    for (name, code) in expected {
        assert!(list.stdout.contains(name));
        let out = Run::new(&[
            "validate",
            "--demo",
            "--json",
            "--scenario",
            name,
            "--latency-ms",
            "0",
        ])
        .run();
        assert_eq!(out.code, code, "scenario {name}: {}", out.stdout);
        let _ = out.json();
    }
}

#[test]
fn unknown_scenario_is_a_usage_error() {
    let out = Run::new(&["validate", "--demo", "--scenario", "nope"]).run();
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("--list-scenarios"));
}

#[test]
fn explain_a_code() {
    let out = Run::new(&["explain", "AADSTS7000215"]).run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stdout.contains("Secret ID"), "{}", out.stdout);
    let out = Run::new(&["explain", "50053", "--json"]).run();
    assert_eq!(out.code, 0);
    let doc = out.json();
    assert_eq!(doc["code"], 50053);
    assert_eq!(doc["stop"], true);
    assert_eq!(doc["known"], true);
}

#[test]
fn explain_an_unknown_code_still_shows_what_is_known() {
    let out = Run::new(&["explain", "AADSTS12345", "--json"]).run();
    assert_eq!(out.code, 1);
    assert_eq!(out.json()["known"], false);
}

#[test]
fn explain_a_pasted_body_from_stdin() {
    let body = r#"{"error":"invalid_grant","error_description":"AADSTS50076: Due to a configuration change made by your administrator, you must use multi-factor authentication.\r\nTrace ID: 0a1b2c3d-1111-2222-3333-444455556666\r\nCorrelation ID: 9f8e7d6c-1111-2222-3333-444455556666\r\nTimestamp: 2026-11-20 08:00:00Z","error_codes":[50076],"trace_id":"0a1b2c3d-1111-2222-3333-444455556666","correlation_id":"9f8e7d6c-1111-2222-3333-444455556666"}"#;
    let out = Run::new(&["explain", "-", "--json"]).stdin(body).run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    let doc = out.json();
    assert_eq!(doc["code"], 50076);
    assert_eq!(
        doc["correlation_id"],
        "9f8e7d6c-1111-2222-3333-444455556666"
    );

    let text = "Sync Errors: Authentication failed. AADSTS50126: Error validating credentials due to invalid username or password.";
    let out = Run::new(&["explain", "-"]).stdin(text).run();
    assert_eq!(out.code, 0);
    assert!(out.stdout.contains("50126"));

    let out = Run::new(&["explain", "-"])
        .stdin("nothing useful here")
        .run();
    assert_eq!(out.code, 2);
}

/// AADSTS90010: Microsoft's reference meaning for the bare code, the /common diagnosis when the
/// pasted message says so.
#[test]
fn explain_90010_by_code_and_by_pasted_body() {
    let out = Run::new(&["explain", "90010"]).run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stdout
            .starts_with("AADSTS90010 NotSupported: Azure AD could not create the algorithm"),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout.contains("/common or /consumers"),
        "{}",
        out.stdout
    );
    assert!(!out.stdout.contains("Re-enter"), "{}", out.stdout);
    let doc = Run::new(&["explain", "90010", "--json"]).run().json();
    assert_eq!(doc["class"], "request");
    assert_eq!(doc["field"], serde_json::Value::Null);

    let body = r#"{"error":"invalid_request","error_description":"AADSTS90010: The grant type is not supported over the /common or /consumers endpoints. Please use the /organizations or tenant-specific endpoint.\r\nTrace ID: 0a1b2c3d-1111-2222-3333-444455556666\r\nCorrelation ID: 9f8e7d6c-1111-2222-3333-444455556666\r\nTimestamp: 2026-11-20 08:00:00Z","error_codes":[90010],"trace_id":"0a1b2c3d-1111-2222-3333-444455556666","correlation_id":"9f8e7d6c-1111-2222-3333-444455556666"}"#;
    let out = Run::new(&["explain", "-"]).stdin(body).run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stdout.starts_with(
            "AADSTS90010 NotSupported: the password grant is not supported on the /common or /consumers endpoint"
        ),
        "{}",
        out.stdout
    );
    assert!(out.stdout.contains("/organizations"), "{}", out.stdout);
    assert!(!out.stdout.contains("algorithm"), "{}", out.stdout);
    assert!(
        out.stdout.contains("9f8e7d6c-1111-2222-3333-444455556666"),
        "{}",
        out.stdout
    );
    let doc = Run::new(&["explain", "-", "--json"])
        .stdin(body)
        .run()
        .json();
    assert_eq!(doc["code"], 90010);
    assert_eq!(doc["class"], "tenant");
    assert_eq!(doc["field"], "tenant");
}

#[test]
fn explain_53004_is_mfa_registration() {
    let out = Run::new(&["explain", "AADSTS53004"]).run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stdout.starts_with("AADSTS53004 ProofUpBlockedDueToRisk: The sync user must complete the multi-factor authentication registration"),
        "{}",
        out.stdout
    );
    assert!(!out.stdout.contains("at risk"), "{}", out.stdout);
}

#[test]
fn bad_flags_are_usage_errors_and_help_lists_exit_codes() {
    assert_eq!(
        Run::new(&["validate", "--client-secret", "x"]).run().code,
        2,
        "secrets are never flags"
    );
    let help = Run::new(&["validate", "--help"]).run();
    assert_eq!(help.code, 0);
    assert!(help.stdout.contains("130"));
    assert!(help.stdout.contains("DYNSYNC_CLIENT_SECRET"));
}

#[cfg(unix)]
#[test]
fn demo_tenant_serves_until_interrupted() {
    use std::io::{BufRead, BufReader};
    use std::process::{Command, Stdio};
    let dir = tempfile::tempdir().unwrap();
    let ca = dir.path().join("ca.pem");
    let mut child = Command::new(env!("CARGO_BIN_EXE_dynsync"))
        .args(["demo-tenant", "--ca-file", ca.to_str().unwrap()])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    BufReader::new(child.stdout.as_mut().unwrap())
        .read_line(&mut first)
        .unwrap();
    let url = first
        .split_whitespace()
        .find(|w| w.starts_with("https://127.0.0.1:"))
        .expect("URL on the first line")
        .to_string();
    let out = Run::new(&[
        "validate",
        "--json",
        "--org-url",
        &url,
        "--authority-host",
        &url,
        "--ca-bundle",
        ca.to_str().unwrap(),
    ])
    .args(&[
        "--client-id",
        dynsync::sim::DEMO.client_id,
        "--username",
        dynsync::sim::DEMO.username,
    ])
    .env("DYNSYNC_CLIENT_SECRET", dynsync::sim::DEMO.client_secret)
    .env("DYNSYNC_PASSWORD", dynsync::sim::DEMO.password)
    .run();
    assert_eq!(out.code, 0, "{}", out.stdout);
    Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    let status = child.wait().unwrap();
    assert_eq!(status.code(), Some(0));
    let mut err = String::new();
    std::io::Read::read_to_string(child.stderr.as_mut().unwrap(), &mut err).unwrap();
    assert!(err.contains("stopped after"), "{err}");
}

#[test]
fn setup_without_a_terminal_points_to_validate_and_profiles() {
    let out = Run::new(&["setup", "--demo"]).run();
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert!(
        out.stderr.contains("dynsync validate") && out.stderr.contains("dynsync profile"),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("--yes"));
}

#[test]
fn rotate_without_a_terminal_needs_marketo_done() {
    let dir = tempfile::tempdir().unwrap();
    let out = Run::new(&[
        "--config-dir",
        dir.path().to_str().unwrap(),
        "rotate",
        "--profile",
        "p",
    ])
    .run();
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert!(out.stderr.contains("--marketo-done"), "{}", out.stderr);
}

/// A reader that leaves early (`| head`) gets what it read; dynsync ends quietly with exit 0.
#[test]
fn a_closed_stdout_ends_quietly() {
    use std::process::{Command, Stdio};
    for args in [
        &["validate", "--demo", "--json"][..],
        &["validate", "--demo", "--scenario", "missing-role"][..],
        &["explain", "50126"][..],
    ] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_dynsync"))
            .args(args)
            .env("NO_COLOR", "1")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn dynsync");
        // Close the read end before dynsync writes anything: every write is a broken pipe.
        drop(child.stdout.take());
        let out = child.wait_with_output().expect("wait");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(0), "{args:?}: {stderr}");
        assert!(
            !stderr.contains("error") && !stderr.contains("Broken pipe"),
            "{args:?}: {stderr}"
        );
    }
}

/// No core dump can hold a secret: the running process has a core size limit of 0.
#[cfg(target_os = "linux")]
#[test]
fn the_process_allows_no_core_dump() {
    use std::io::{BufRead, BufReader};
    use std::process::{Command, Stdio};
    let dir = tempfile::tempdir().unwrap();
    let ca = dir.path().join("ca.pem");
    let mut child = Command::new(env!("CARGO_BIN_EXE_dynsync"))
        .args(["demo-tenant", "--ca-file", ca.to_str().unwrap()])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // Once it has printed, it is past start-up.
    let mut first = String::new();
    BufReader::new(child.stdout.as_mut().unwrap())
        .read_line(&mut first)
        .unwrap();
    let limits = std::fs::read_to_string(format!("/proc/{}/limits", child.id())).unwrap();
    let _ = child.kill();
    let _ = child.wait();
    let core = limits
        .lines()
        .find(|l| l.starts_with("Max core file size"))
        .expect("a core limit line");
    let fields: Vec<&str> = core.split_whitespace().collect();
    // "Max core file size  <soft>  <hard>  bytes"
    assert_eq!(&fields[4..6], ["0", "0"], "{core}");
}

/// `demo-tenant` keeps its CA in a private directory of its own, gone when it stops.
#[cfg(unix)]
#[test]
fn demo_tenant_writes_its_ca_into_a_private_directory() {
    use std::io::{BufRead, BufReader};
    use std::os::unix::fs::PermissionsExt;
    use std::process::{Command, Stdio};
    let tmp = tempfile::tempdir().unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_dynsync"))
        .args(["demo-tenant"])
        .env("TMPDIR", tmp.path())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut banner = String::new();
    let mut reader = BufReader::new(child.stdout.as_mut().unwrap());
    while !banner.contains("ca.pem") {
        let mut line = String::new();
        if reader.read_line(&mut line).unwrap() == 0 {
            break;
        }
        banner.push_str(&line);
    }
    let ca = banner
        .split_whitespace()
        .map(|w| w.trim_end_matches(['.', ',']))
        .find(|w| w.ends_with("ca.pem"))
        .unwrap_or_else(|| panic!("no CA path in {banner}"))
        .to_string();
    let dir = std::path::Path::new(&ca).parent().unwrap().to_path_buf();
    assert!(dir.starts_with(tmp.path()), "{ca}");
    let mode = std::fs::metadata(&dir).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o700, "{}", dir.display());
    assert!(
        std::fs::read_to_string(&ca)
            .unwrap()
            .contains("BEGIN CERTIFICATE")
    );
    Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert_eq!(child.wait().unwrap().code(), Some(0));
    assert!(!dir.exists(), "{} is left behind", dir.display());
}

/// A pasted error can hold escape sequences (copied from a terminal, or crafted): none reaches
/// the terminal.
#[test]
fn explain_strips_control_characters_from_a_paste() {
    let body = "{\"error\":\"invalid_grant\",\"error_description\":\"AADSTS9999999: Something odd\\u001b]52;c;aGFja2Vk\\u0007 happened\\u001b[2J.\\r\\nTrace ID: x\",\"error_codes\":[9999999]}";
    let out = Run::new(&["explain", "-"]).stdin(body).run();
    assert!(out.stdout.contains("Something odd"), "{}", out.stdout);
    for text in [&out.stdout, &out.stderr] {
        assert!(
            !text.contains('\u{1b}') && !text.contains('\u{7}'),
            "{text:?}"
        );
    }
}

/// Azure AD's AADSTS7000222 beats the recorded expiry date: `secret.expiry` fails too.
#[test]
fn an_expired_secret_is_never_reported_as_fine() {
    let out = Run::new(&[
        "validate",
        "--demo",
        "--scenario",
        "expired-secret",
        "--json",
    ])
    .run();
    assert_eq!(out.code, 1, "{}", out.stdout);
    let doc = out.json();
    assert_eq!(status(&doc, "token"), "fail");
    let expiry = check(&doc, "secret.expiry");
    assert_eq!(expiry["status"], "fail", "{expiry}");
    assert_eq!(expiry["aadsts"], 7000222);
    assert!(
        expiry["summary"]
            .as_str()
            .unwrap()
            .contains("that date is wrong"),
        "{expiry}"
    );
}

/// `--demo` brings its own tenant: connection flags and secrets would be ignored, so they are
/// refused by name.
#[test]
fn demo_refuses_connection_flags_and_secrets_it_would_ignore() {
    let out = Run::new(&[
        "validate",
        "--demo",
        "--org-url",
        "https://contoso.crm.dynamics.com",
    ])
    .run();
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert!(out.stderr.contains("--org-url"), "{}", out.stderr);
    let out = Run::new(&["validate", "--demo"])
        .env("DYNSYNC_PASSWORD", "x")
        .run();
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert!(out.stderr.contains("DYNSYNC_PASSWORD"), "{}", out.stderr);
    let out = Run::new(&["validate", "--demo"])
        .env("DYNSYNC_CLIENT_ID", "x")
        .run();
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert!(
        out.stderr.contains("--client-id / DYNSYNC_CLIENT_ID"),
        "{}",
        out.stderr
    );
    // Without them the demo runs.
    assert_eq!(Run::new(&["validate", "--demo"]).run().code, 0);
}

#[test]
fn explain_json_has_each_key_once() {
    let out = Run::new(&["explain", "--json", "50126"]).run();
    assert_eq!(out.code, 0);
    assert_eq!(out.stdout.matches("\"code\"").count(), 1, "{}", out.stdout);
    assert_eq!(out.json()["code"], 50126);
}

#[test]
fn store_secret_names_its_kinds_in_help_and_refuses_others() {
    let out = Run::new(&["profile", "store-secret", "p", "bogus"]).run();
    assert_eq!(out.code, 2);
    assert!(
        out.stderr.contains("client-secret") && out.stderr.contains("password"),
        "{}",
        out.stderr
    );
}
