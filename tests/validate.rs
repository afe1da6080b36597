//! `dynsync validate` end to end: the real binary against the simulated Azure AD + Dataverse.

mod common;

use common::{Fake, Run, check, status};
use dynsync::report::CheckId;
use dynsync::sim::{ConfigUser, DEMO, Fault, Realm, Route, SimConfig};

fn config() -> SimConfig {
    SimConfig::default()
}

#[test]
fn all_checks_pass_on_a_good_setup() {
    let fake = Fake::start(config());
    let out = fake.validate().args(&["--json"]).run();
    assert_eq!(out.code, 0, "{}\n{}", out.stdout, out.stderr);
    let doc = out.json();
    assert_eq!(doc["ok"], true);
    assert_eq!(doc["tenant_id"], DEMO.tenant_id);
    assert_eq!(doc["org"]["friendly_name"], "Contoso Sales (demo)");
    assert_eq!(doc["org"]["unique_name"], "org1a2b3c4d");
    let ids: Vec<&str> = doc["checks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_str().unwrap())
        .collect();
    let all: Vec<&str> = CheckId::ALL.iter().map(|c| c.as_str()).collect();
    assert_eq!(ids, all);
    // The loopback org URL is not a Dynamics Online host: a warning, not an error.
    assert_eq!(status(&doc, "input"), "warn");
    for id in &all[1..11] {
        assert_eq!(status(&doc, id), "pass", "{id}: {}", check(&doc, id));
    }
    // No expiry date given: that check cannot be made.
    assert_eq!(status(&doc, "secret.expiry"), "skip");
    assert_eq!(doc["secret_expires"], serde_json::Value::Null);
    for c in doc["checks"].as_array().unwrap() {
        assert!(c["elapsed_ms"].is_u64());
    }
    assert!(
        doc["marketo_checklist"]
            .as_array()
            .unwrap()
            .iter()
            .all(|p| p["status"] == "pass")
    );
    // One password grant, one realm lookup, one tenant probe.
    assert_eq!(fake.sim.stats.count(Route::Token), 1);
    assert_eq!(fake.sim.stats.count(Route::Realm), 1);
    assert_eq!(fake.sim.stats.count(Route::Probe), 1);
}

#[test]
fn human_output_lists_checks_and_predicts_marketo() {
    let fake = Fake::start(config());
    let out = fake.validate().run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stdout.contains("✓ token"), "{}", out.stdout);
    assert!(
        out.stdout
            .contains("Marketo's \"Validate Sync Setup\" checklist, predicted:")
    );
    assert!(
        out.stdout
            .contains("✓ Sync user matches username and password")
    );
    assert!(
        !out.stdout.contains('\u{1b}'),
        "NO_COLOR and a pipe: no escape codes"
    );
}

#[test]
fn tenant_is_discovered_from_the_org_challenge() {
    let fake = Fake::start(config());
    let doc = fake.validate().args(&["--json"]).run().json();
    assert_eq!(doc["tenant_id"], DEMO.tenant_id);
    assert!(
        check(&doc, "tenant")["summary"]
            .as_str()
            .unwrap()
            .contains("sign-in challenge")
    );
    assert_eq!(
        fake.sim.stats.count(Route::Oidc),
        1,
        "no --tenant: only the username's domain is looked up"
    );
}

#[test]
fn explicit_tenant_is_resolved_and_unknown_tenant_fails() {
    let fake = Fake::start(config());
    let doc = fake
        .validate()
        .args(&["--json", "--tenant", "contoso.onmicrosoft.com"])
        .run()
        .json();
    assert_eq!(status(&doc, "tenant"), "pass");
    // --tenant, and the username's domain (contoso.com).
    assert_eq!(fake.sim.stats.count(Route::Oidc), 2);

    let out = fake
        .validate()
        .args(&["--json", "--tenant", "fabrikam.example"])
        .run();
    assert_eq!(out.code, 1);
    let doc = out.json();
    assert_eq!(status(&doc, "tenant"), "fail");
    assert_eq!(check(&doc, "tenant")["aadsts"], 90002);
    assert_eq!(check(&doc, "tenant")["field"], "tenant");
}

#[test]
fn wrong_password_on_a_managed_domain() {
    let fake = Fake::start(config());
    let out = fake
        .validate()
        .args(&["--json"])
        .env("DYNSYNC_PASSWORD", "Summer2026!")
        .run();
    assert_eq!(out.code, 1);
    let doc = out.json();
    let token = check(&doc, "token");
    assert_eq!(token["status"], "fail");
    assert_eq!(token["aadsts"], 50126);
    assert_eq!(token["field"], "password");
    assert_eq!(status(&doc, "realm"), "pass");
    assert_eq!(status(&doc, "dynamics.whoami"), "skip");
    // Every check exactly once, in the documented order, even when most could not run.
    let ids: Vec<&str> = doc["checks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_str().unwrap())
        .collect();
    let all: Vec<&str> = CheckId::ALL.iter().map(|c| c.as_str()).collect();
    assert_eq!(ids, all);
    // Lockout safety: a refused password grant is never sent again.
    assert_eq!(fake.sim.stats.count(Route::Token), 1);
}

#[test]
fn federated_user_without_hrd_policy() {
    let fake = Fake::start(SimConfig {
        realm: Realm::Federated,
        ..config()
    });
    let out = fake.validate().args(&["--json"]).run();
    assert_eq!(out.code, 1);
    let doc = out.json();
    assert_eq!(status(&doc, "realm"), "warn");
    let token = check(&doc, "token");
    let commands = token["remedy"].as_str().unwrap();
    assert!(
        commands.contains("AllowCloudPasswordValidation"),
        "{commands}"
    );
    assert!(
        commands.contains(DEMO.client_id),
        "the commands name this app: {commands}"
    );
    assert_eq!(token["aadsts"], 50126);
    assert_ne!(
        token["field"], "password",
        "federated 50126 is not a wrong password"
    );
    let remedy = token["remedy"].as_str().unwrap().to_lowercase();
    assert!(
        remedy.contains("home realm discovery") || remedy.contains("hrd"),
        "{remedy}"
    );
}

#[test]
fn federated_user_with_hrd_policy_passes_with_a_warning() {
    let fake = Fake::start(SimConfig {
        realm: Realm::Federated,
        hrd_policy: true,
        ..config()
    });
    let out = fake.validate().args(&["--json"]).run();
    assert_eq!(out.code, 0, "{}", out.stdout);
    assert_eq!(status(&out.json(), "realm"), "warn");
}

fn token_failure(config: SimConfig, env: Option<(&str, &str)>) -> serde_json::Value {
    let fake = Fake::start(config);
    let mut run = fake.validate().args(&["--json"]);
    if let Some((k, v)) = env {
        run = run.env(k, v);
    }
    let out = run.run();
    assert_eq!(out.code, 1, "{}", out.stdout);
    assert_eq!(
        fake.sim.stats.count(Route::Token),
        1,
        "never retried after a 4xx"
    );
    check(&out.json(), "token").clone()
}

#[test]
fn mfa_on_the_sync_user() {
    let t = token_failure(
        SimConfig {
            mfa: true,
            ..config()
        },
        None,
    );
    assert_eq!(t["aadsts"], 50076);
    assert!(
        t["remedy"]
            .as_str()
            .unwrap()
            .to_lowercase()
            .contains("conditional access")
    );
}

#[test]
fn expired_secret() {
    let t = token_failure(
        SimConfig {
            secret_expired: true,
            ..config()
        },
        None,
    );
    assert_eq!(t["aadsts"], 7000222);
    assert_eq!(t["field"], "client_secret");
}

#[test]
fn wrong_secret_mentions_secret_id_versus_value() {
    let t = token_failure(
        config(),
        Some(("DYNSYNC_CLIENT_SECRET", "not-the-right-secret-value")),
    );
    assert_eq!(t["aadsts"], 7000215);
    assert_eq!(t["field"], "client_secret");
    assert!(
        t["remedy"].as_str().unwrap().contains("Secret ID")
            || t["summary"].as_str().unwrap().contains("Secret ID")
    );
}

#[test]
fn missing_admin_consent() {
    let t = token_failure(
        SimConfig {
            consent: false,
            ..config()
        },
        None,
    );
    assert_eq!(t["aadsts"], 65001);
    let remedy = t["remedy"].as_str().unwrap();
    assert!(remedy.to_lowercase().contains("consent"));
    // The admin-consent URL names the org's tenant, discovered from the org URL, and the app.
    assert!(
        remedy.contains(&format!(
            "https://login.microsoftonline.com/{}/adminconsent?client_id={}",
            DEMO.tenant_id, DEMO.client_id
        )),
        "{remedy}"
    );
}

#[test]
fn smart_lockout_says_stop() {
    let t = token_failure(
        SimConfig {
            locked_out: true,
            ..config()
        },
        None,
    );
    assert_eq!(t["aadsts"], 50053);
    assert!(
        t["remedy"]
            .as_str()
            .unwrap()
            .contains("Do not try again now")
    );
}

#[test]
fn public_client_flag_on_the_app() {
    let t = token_failure(
        SimConfig {
            public_client: true,
            ..config()
        },
        None,
    );
    assert_eq!(t["aadsts"], 700025);
    assert!(t["remedy"].as_str().unwrap().contains("public client"));
}

#[test]
fn unknown_client_id() {
    let fake = Fake::start(config());
    let out = fake
        .validate()
        .args(&[
            "--json",
            "--client-id",
            "00000000-1111-2222-3333-444444444444",
        ])
        .run();
    assert_eq!(out.code, 1);
    let t = check(&out.json(), "token").clone();
    assert_eq!(t["aadsts"], 700016);
    assert_eq!(t["field"], "client_id");
}

fn dataverse(config: SimConfig) -> (i32, serde_json::Value) {
    let fake = Fake::start(config);
    let out = fake.validate().args(&["--json"]).run();
    (out.code, out.json())
}

#[test]
fn dataverse_401_means_not_a_user_of_the_environment() {
    let (code, doc) = dataverse(SimConfig {
        whoami_status: 401,
        ..config()
    });
    assert_eq!(code, 1);
    assert_eq!(status(&doc, "dynamics.whoami"), "fail");
    assert!(
        check(&doc, "dynamics.whoami")["summary"]
            .as_str()
            .unwrap()
            .contains("401")
    );
    assert_eq!(status(&doc, "dynamics.roles"), "skip");
    assert_eq!(
        doc["marketo_checklist"][0]["status"], "fail",
        "URL is valid predicted red"
    );
}

#[test]
fn dataverse_403_with_0x80072560_means_not_a_member() {
    let (code, doc) = dataverse(SimConfig {
        whoami_status: 403,
        ..config()
    });
    assert_eq!(code, 1);
    assert!(
        check(&doc, "dynamics.whoami")["summary"]
            .as_str()
            .unwrap()
            .contains("403")
    );
}

#[test]
fn disabled_user() {
    let (code, doc) = dataverse(SimConfig {
        user_disabled: true,
        ..config()
    });
    assert_eq!(code, 1);
    assert_eq!(status(&doc, "dynamics.user"), "fail");
}

#[test]
fn non_interactive_french_user_is_a_warning() {
    let (code, doc) = dataverse(SimConfig {
        access_mode: 4,
        ui_language: 1036,
        ..config()
    });
    assert_eq!(code, 0);
    assert_eq!(status(&doc, "dynamics.user"), "warn");
    let s = check(&doc, "dynamics.user")["summary"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(
        s.contains("Non-interactive") && s.contains("UI language is French (1036)"),
        "{s}"
    );
}

#[test]
fn missing_role() {
    let (code, doc) = dataverse(SimConfig {
        role: dynsync::sim::RoleGrant::None,
        ..config()
    });
    assert_eq!(code, 1);
    assert_eq!(status(&doc, "dynamics.roles"), "fail");
    assert!(
        check(&doc, "dynamics.roles")["remedy"]
            .as_str()
            .unwrap()
            .contains("Manage Roles")
    );
    assert_eq!(doc["marketo_checklist"][2]["status"], "fail");
}

#[test]
fn role_through_a_team_counts() {
    let (code, doc) = dataverse(SimConfig {
        role: dynsync::sim::RoleGrant::Team,
        ..config()
    });
    assert_eq!(code, 0);
    assert!(
        check(&doc, "dynamics.roles")["summary"]
            .as_str()
            .unwrap()
            .contains("team")
    );
}

#[test]
fn missing_solution() {
    let (code, doc) = dataverse(SimConfig {
        solution_version: None,
        ..config()
    });
    assert_eq!(code, 1);
    assert_eq!(status(&doc, "dynamics.solution"), "fail");
    assert!(
        check(&doc, "dynamics.solution")["remedy"]
            .as_str()
            .unwrap()
            .contains("Import")
    );
    assert_eq!(status(&doc, "marketo.steps"), "skip");
    assert_eq!(status(&doc, "marketo.config_user"), "skip");
}

#[test]
fn old_solution_is_a_warning() {
    let (code, doc) = dataverse(SimConfig {
        solution_version: Some("4.0.0.9".into()),
        ..config()
    });
    assert_eq!(code, 0);
    assert_eq!(status(&doc, "dynamics.solution"), "warn");
}

#[test]
fn disabled_step_is_named() {
    let (code, doc) = dataverse(SimConfig {
        disabled_step: Some("Marketo.Plugin: Update of lead".into()),
        ..config()
    });
    assert_eq!(code, 1);
    assert_eq!(status(&doc, "marketo.steps"), "fail");
    assert!(
        check(&doc, "marketo.steps")["summary"]
            .as_str()
            .unwrap()
            .contains("Update of lead")
    );
}

#[test]
fn unreadable_steps_are_skipped_with_the_manual_check() {
    let (code, doc) = dataverse(SimConfig {
        steps_forbidden: true,
        ..config()
    });
    assert_eq!(code, 0);
    assert_eq!(status(&doc, "marketo.steps"), "skip");
    assert!(
        check(&doc, "marketo.steps")["remedy"]
            .as_str()
            .unwrap()
            .contains("by hand")
    );
}

#[test]
fn marketo_config_naming_someone_else() {
    let (code, doc) = dataverse(SimConfig {
        config_user: ConfigUser::Other,
        ..config()
    });
    assert_eq!(code, 1);
    assert_eq!(status(&doc, "marketo.config_user"), "fail");
    assert!(
        check(&doc, "marketo.config_user")["summary"]
            .as_str()
            .unwrap()
            .contains("Dana Admin")
    );
    let (code, doc) = dataverse(SimConfig {
        config_user: ConfigUser::Unset,
        ..config()
    });
    assert_eq!(code, 1);
    assert!(
        check(&doc, "marketo.config_user")["summary"]
            .as_str()
            .unwrap()
            .contains("no Marketo User")
    );
}

/// Adobe's third cause of a red "Sync user is assigned to the Marketo Sync User role": Marketo
/// Config "Default" names another user while the roles are fine (the demo's `config-other-user`).
#[test]
fn config_naming_another_user_turns_the_role_item_red_with_the_reason() {
    let args = ["validate", "--demo", "--scenario", "config-other-user"];
    let out = Run::new(&args).args(&["--json", "--latency-ms", "0"]).run();
    assert_eq!(out.code, 1, "{}\n{}", out.stdout, out.stderr);
    let doc = out.json();
    assert_eq!(status(&doc, "dynamics.roles"), "pass");
    assert_eq!(status(&doc, "token"), "pass");
    assert_eq!(status(&doc, "marketo.config_user"), "fail");
    let role = doc["marketo_checklist"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["item"] == "Sync user is assigned to the Marketo Sync User role")
        .unwrap();
    assert_eq!(role["status"], "fail");
    assert_eq!(
        role["from"],
        serde_json::json!(["dynamics.roles", "token", "marketo.config_user"])
    );
    assert_eq!(role["because"], serde_json::json!(["marketo.config_user"]));
    // Every item carries `because`: empty unless red.
    for p in doc["marketo_checklist"].as_array().unwrap() {
        let because = p["because"].as_array().unwrap();
        assert_eq!(because.is_empty(), p["status"] != "fail", "{p}");
    }
    // The listing says what the scenario predicts.
    let list = Run::new(&["validate", "--demo", "--list-scenarios"]).run();
    let line = list
        .stdout
        .lines()
        .find(|l| l.trim_start().starts_with("config-other-user "))
        .unwrap_or_else(|| panic!("{}", list.stdout));
    assert!(line.contains("role item turns red"), "{line}");
    // The report names the cause under the item.
    let out = Run::new(&args).args(&["--latency-ms", "0"]).run();
    assert_eq!(out.code, 1);
    assert!(
        out.stdout.contains(
            "✗ Sync user is assigned to the Marketo Sync User role\n      because Marketo Config \"Default\" does not name the sync user (marketo.config_user: Marketo Config \"Default\" names Dana Admin"
        ),
        "{}",
        out.stdout
    );
}

#[test]
fn opaque_token_falls_back_to_whoami() {
    let (code, doc) = dataverse(SimConfig {
        opaque_token: true,
        ..config()
    });
    assert_eq!(code, 0, "{doc}");
    assert_eq!(status(&doc, "marketo.config_user"), "pass");
}

#[test]
fn throttled_token_request_is_retried_once() {
    let fake = Fake::start(SimConfig {
        token_faults: vec![Fault::StatusRetryAfter(429, 0)],
        ..config()
    });
    let out = fake.validate().args(&["--json"]).run();
    assert_eq!(out.code, 0, "{}", out.stdout);
    assert_eq!(fake.sim.stats.count(Route::Token), 2);
}

#[test]
fn repeated_503_is_exit_3() {
    let fake = Fake::start(SimConfig {
        token_faults: vec![Fault::Status(503), Fault::Status(503)],
        ..config()
    });
    let out = fake.validate().args(&["--json"]).run();
    assert_eq!(out.code, 3, "{}", out.stdout);
    assert_eq!(
        fake.sim.stats.count(Route::Token),
        2,
        "at most one retry of the token request"
    );
    assert_eq!(status(&out.json(), "token"), "fail");
}

#[test]
fn gets_are_retried_twice_then_give_up() {
    let fake = Fake::start(SimConfig {
        realm_faults: vec![Fault::Status(503); 3],
        ..config()
    });
    let out = fake.validate().args(&["--json"]).run();
    assert_eq!(out.code, 3, "{}", out.stdout);
    assert_eq!(fake.sim.stats.count(Route::Realm), 3);
    let fake = Fake::start(SimConfig {
        realm_faults: vec![Fault::Status(502); 2],
        ..config()
    });
    assert_eq!(fake.validate().args(&["--json"]).run().code, 0);
}

#[test]
fn refused_connection_is_exit_3() {
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let url = format!("https://127.0.0.1:{port}");
    let out = Run::new(&[
        "validate",
        "--json",
        "--client-id",
        DEMO.client_id,
        "--username",
        DEMO.username,
    ])
    .args(&[
        "--org-url",
        &url,
        "--authority-host",
        &url,
        "--timeout",
        "5",
    ])
    .env("DYNSYNC_CLIENT_SECRET", DEMO.client_secret)
    .env("DYNSYNC_PASSWORD", DEMO.password)
    .run();
    assert_eq!(out.code, 3, "{}\n{}", out.stdout, out.stderr);
    let doc = out.json();
    assert!(
        check(&doc, "token")["summary"]
            .as_str()
            .unwrap()
            .contains("could not connect")
    );
}

#[test]
fn html_from_a_portal_is_reported_as_such() {
    let fake = Fake::start(SimConfig {
        probe_faults: vec![Fault::Html],
        ..config()
    });
    let out = fake.validate().args(&["--json"]).run();
    assert_eq!(out.code, 3, "{}", out.stdout);
    let s = check(&out.json(), "tenant")["summary"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(s.contains("HTML"), "{s}");
}

#[test]
fn secret_id_is_refused_before_any_request() {
    let fake = Fake::start(config());
    let out = fake
        .validate()
        .args(&["--json"])
        .env("DYNSYNC_CLIENT_SECRET", DEMO.secret_id)
        .run();
    assert_eq!(out.code, 2);
    let doc = out.json();
    assert_eq!(doc["ok"], false);
    let input = check(&doc, "input");
    assert_eq!(input["status"], "fail");
    assert_eq!(input["field"], "client_secret");
    assert!(input["summary"].as_str().unwrap().contains("Secret ID"));
    assert_eq!(fake.sim.stats.requests(), 0, "nothing may be sent");
    assert_eq!(fake.sim.stats.connections(), 0);
}

#[test]
fn invalid_inputs_give_one_json_document_and_exit_2() {
    let out = Run::new(&[
        "validate",
        "--json",
        "--username",
        "CONTOSO\\sync",
        "--org-url",
        "http://contoso.crm.dynamics.com",
    ])
    .run();
    assert_eq!(out.code, 2);
    let doc = out.json();
    let input = check(&doc, "input");
    let summary = input["summary"].as_str().unwrap();
    assert!(summary.contains("client ID is missing"), "{summary}");
    assert!(summary.contains("user principal name"), "{summary}");
    assert!(summary.contains("http"), "{summary}");
    let remedy = input["remedy"].as_str().unwrap();
    assert!(
        remedy.contains("DYNSYNC_CLIENT_SECRET"),
        "no terminal: names the env var: {remedy}"
    );
    assert!(
        doc["checks"].as_array().unwrap()[1..]
            .iter()
            .all(|c| c["status"] == "skip")
    );
}

#[test]
fn missing_secret_without_terminal_names_the_env_var() {
    let fake = Fake::start(config());
    let out = fake.validate().env_remove("DYNSYNC_PASSWORD").run();
    assert_eq!(out.code, 2);
    assert!(out.stdout.contains("DYNSYNC_PASSWORD"), "{}", out.stdout);
    assert_eq!(fake.sim.stats.requests(), 0);
}

#[test]
fn secrets_from_stdin() {
    let fake = Fake::start(config());
    let out = fake
        .validate()
        .args(&["--json", "--secrets-stdin"])
        .env_remove("DYNSYNC_CLIENT_SECRET")
        .env_remove("DYNSYNC_PASSWORD")
        .stdin(&format!("{}\n{}\n", DEMO.client_secret, DEMO.password))
        .run();
    assert_eq!(out.code, 0, "{}", out.stdout);
}

#[test]
fn over_long_or_non_utf8_stdin_is_refused_and_nothing_is_sent() {
    let fake = Fake::start(config());
    let long_password = "p".repeat(70 * 1024);
    let cases: [(&str, Vec<u8>, &str); 2] = [
        (
            "over-long",
            format!("{}\n{long_password}\n", DEMO.client_secret).into_bytes(),
            "more than 64 KiB",
        ),
        (
            "not UTF-8",
            [DEMO.client_secret.as_bytes(), b"\n\xff\xfepw\n"].concat(),
            "not UTF-8",
        ),
    ];
    for (what, input, says) in cases {
        let out = fake
            .validate()
            .args(&["--secrets-stdin"])
            .env_remove("DYNSYNC_CLIENT_SECRET")
            .env_remove("DYNSYNC_PASSWORD")
            .stdin_bytes(&input)
            .run();
        assert_eq!(out.code, 2, "{what}: {}", out.stderr);
        assert!(out.stderr.contains(says), "{what}: {}", out.stderr);
        assert!(!out.stderr.contains(DEMO.client_secret), "{what}");
    }
    // Refused before any request: no password was sent, shortened or not.
    assert_eq!(fake.sim.stats.count(Route::Token), 0);
    assert_eq!(fake.sim.stats.requests(), 0);
}

#[test]
fn authority_host_with_credentials_query_or_nothing_is_refused_before_any_request() {
    let fake = Fake::start(config());
    let url = fake.sim.url();
    let with_user = url.replacen("https://", "https://admin:hunter2@", 1);
    for bad in [
        with_user,
        format!("{url}/?x=1"),
        format!("{url}/#f"),
        String::new(),
    ] {
        let out = fake
            .validate()
            .args(&["--json", "--authority-host", &bad])
            .run();
        assert_eq!(out.code, 2, "{bad:?}: {}", out.stdout);
        assert_eq!(status(&out.json(), "input"), "fail", "{bad:?}");
        assert!(!out.stdout.contains("hunter2") && !out.stderr.contains("hunter2"));
    }
    assert_eq!(fake.sim.stats.requests(), 0);
}

#[test]
fn org_url_forms_are_normalised_before_use() {
    let fake = Fake::start(config());
    let messy = format!("{}/api/data/v9.2/", fake.sim.url());
    let out = fake.validate().args(&["--json", "--org-url", &messy]).run();
    assert_eq!(out.code, 0, "{}", out.stdout);
    let doc = out.json();
    assert_eq!(doc["org"]["url"], fake.sim.url());
    assert!(
        check(&doc, "input")["summary"]
            .as_str()
            .unwrap()
            .contains("dropped the path")
    );
}

#[test]
fn untrusted_certificate_is_exit_3() {
    let fake = Fake::start(config());
    let url = fake.sim.url();
    let out = Run::new(&[
        "validate",
        "--json",
        "--client-id",
        DEMO.client_id,
        "--username",
        DEMO.username,
    ])
    .args(&["--org-url", &url, "--authority-host", &url])
    .env("DYNSYNC_CLIENT_SECRET", DEMO.client_secret)
    .env("DYNSYNC_PASSWORD", DEMO.password)
    .run();
    assert_eq!(out.code, 3, "{}", out.stdout);
    assert_eq!(
        fake.sim.stats.count(Route::Token),
        0,
        "no password grant over an untrusted connection"
    );
}

#[test]
fn verbose_logs_requests_without_secrets() {
    let fake = Fake::start(config());
    let out = fake.validate().args(&["-v", "--json"]).run();
    assert_eq!(out.code, 0);
    assert!(out.stderr.contains("[http] POST"), "{}", out.stderr);
    assert!(
        out.stderr.contains("/oauth2/v2.0/token → HTTP 200"),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("fetchXml"), "query names are logged");
    assert!(!out.stderr.contains("%3Cfetch"), "query values are not");
}

#[test]
fn a_body_that_is_not_json_is_exit_3() {
    let fake = Fake::start(SimConfig {
        dataverse_faults: vec![Fault::NotJson],
        ..config()
    });
    let out = fake.validate().args(&["--json"]).run();
    assert_eq!(out.code, 3, "{}", out.stdout);
    let doc = out.json();
    let unreachable: Vec<&serde_json::Value> = doc["checks"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["summary"].as_str().unwrap().contains("not JSON"))
        .collect();
    assert_eq!(unreachable.len(), 1, "{doc}");
}

#[test]
fn a_timed_out_get_is_retried() {
    let stall = Fault::Stall(std::time::Duration::from_millis(2500));
    let fake = Fake::start(SimConfig {
        realm_faults: vec![stall],
        ..config()
    });
    let out = fake.validate().args(&["--json", "--timeout", "1"]).run();
    assert_eq!(out.code, 0, "{}", out.stdout);
    assert_eq!(fake.sim.stats.count(Route::Realm), 2);
}

#[test]
fn the_run_ends_at_its_deadline_with_what_it_has() {
    // Every request of the first round stalls far longer than the run's limit; the per-request
    // timeout alone (and the GETs' retries) would take much longer.
    let stall = || vec![Fault::Stall(std::time::Duration::from_secs(30)); 3];
    let fake = Fake::start(SimConfig {
        probe_faults: stall(),
        realm_faults: stall(),
        token_faults: stall(),
        ..config()
    });
    let out = fake
        .validate()
        .args(&["--json", "--timeout", "20", "--deadline", "2"])
        .run();
    assert_eq!(out.code, 3, "{}", out.stdout);
    let doc = out.json();
    for id in ["tenant", "realm", "token"] {
        let summary = check(&doc, id)["summary"].as_str().unwrap().to_string();
        assert!(
            summary.contains("time limit (2 s, --deadline)"),
            "{id}: {summary}"
        );
    }
    // What could be made without those answers is still reported.
    assert_eq!(status(&doc, "input"), "warn");
    // Nothing is retried past the limit: one attempt each.
    assert_eq!(fake.sim.stats.count(Route::Realm), 1);
    assert_eq!(fake.sim.stats.count(Route::Token), 1);
}

#[test]
fn a_timed_out_token_request_is_not_repeated() {
    let stall = Fault::Stall(std::time::Duration::from_millis(2500));
    let fake = Fake::start(SimConfig {
        token_faults: vec![stall],
        ..config()
    });
    let out = fake.validate().args(&["--json", "--timeout", "1"]).run();
    assert_eq!(out.code, 3, "{}", out.stdout);
    assert!(
        check(&out.json(), "token")["summary"]
            .as_str()
            .unwrap()
            .contains("did not answer within 1 s")
    );
    assert_eq!(
        fake.sim.stats.count(Route::Token),
        1,
        "the first attempt may have counted as a sign-in"
    );
}

#[cfg(unix)]
#[test]
fn ctrl_c_exits_130_with_a_json_document() {
    use std::process::{Command, Stdio};
    let child = Command::new(env!("CARGO_BIN_EXE_dynsync"))
        .args([
            "validate",
            "--demo",
            "--json",
            "--scenario",
            "slow",
            "--latency-ms",
            "5000",
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(700));
    let killed = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(130));
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["ok"], false);
    assert!(String::from_utf8_lossy(&out.stderr).contains("interrupted"));
}

#[test]
fn secret_expiry_warns_then_fails() {
    let fake = Fake::start(config());
    let soon = (chrono::Utc::now().date_naive() + chrono::Days::new(10)).to_string();
    let out = fake
        .validate()
        .args(&["--json", "--secret-expires", &soon])
        .run();
    assert_eq!(out.code, 0, "a warning does not fail: {}", out.stdout);
    let doc = out.json();
    assert_eq!(status(&doc, "secret.expiry"), "warn");
    assert_eq!(doc["secret_expires"], soon.as_str());
    assert_eq!(doc["days_left"], 10);
    let out = fake
        .validate()
        .args(&[
            "--json",
            "--secret-expires",
            &soon,
            "--expiry-warning-days",
            "5",
        ])
        .run();
    assert_eq!(status(&out.json(), "secret.expiry"), "pass");
    let past = (chrono::Utc::now().date_naive() - chrono::Days::new(3)).to_string();
    let out = fake
        .validate()
        .args(&["--json", "--secret-expires", &past])
        .run();
    assert_eq!(out.code, 1);
    let doc = out.json();
    assert_eq!(status(&doc, "secret.expiry"), "fail");
    assert_eq!(check(&doc, "secret.expiry")["aadsts"], 7000222);
    assert_eq!(doc["days_left"], -3);
}

fn text<'a>(doc: &'a serde_json::Value, id: &str, key: &str) -> &'a str {
    check(doc, id)[key].as_str().unwrap_or("")
}

#[test]
fn a_user_not_member_of_the_environment_gets_the_environment_fix() {
    // What Dataverse sends: 403 with 0x80072560 on every call.
    let (code, doc) = dataverse(dynsync::sim::scenario("user-not-member").unwrap().config);
    assert_eq!(code, 1);
    let whoami = "dynamics.whoami";
    assert_eq!(status(&doc, whoami), "fail");
    let summary = text(&doc, whoami, "summary");
    for part in ["HTTP 403", "0x80072560", "not a member", DEMO.username] {
        assert!(summary.contains(part), "{part}: {summary}");
    }
    let remedy = text(&doc, whoami, "remedy");
    for part in [
        "Dynamics 365 license",
        "Power Platform admin center → Environments",
        "Settings → Users + permissions → Users",
        "Security group",
    ] {
        assert!(remedy.contains(part), "{part}: {remedy}");
    }
    assert!(
        !remedy.contains("Manage Roles"),
        "not a role problem: {remedy}"
    );
    assert_eq!(check(&doc, whoami)["field"], "username");
    for id in [
        "dynamics.user",
        "dynamics.roles",
        "dynamics.solution",
        "marketo.steps",
        "marketo.config_user",
    ] {
        assert_eq!(status(&doc, id), "skip", "{id}");
    }
    // The organization is hit by the same answer, and says so.
    let org = text(&doc, "dynamics.organization", "summary");
    assert!(org.contains("0x80072560"), "{org}");
    assert_eq!(doc["marketo_checklist"][0]["status"], "fail");
}

#[test]
fn missing_read_privileges_skip_each_check_naming_the_privilege_with_the_manual_check() {
    let (code, doc) = dataverse(dynsync::sim::scenario("no-read-privilege").unwrap().config);
    assert_eq!(code, 0, "skipped checks do not fail the run");
    for (id, privilege, by_hand) in [
        (
            "dynamics.solution",
            "prvReadSolution",
            "Settings → Solutions lists \"Marketo Lead Management\"",
        ),
        (
            "marketo.steps",
            "prvReadSdkMessageProcessingStep",
            "SDK Message Processing Steps",
        ),
        (
            "marketo.config_user",
            "prvReadEntity",
            "Settings → Marketo Config → Default",
        ),
    ] {
        assert_eq!(status(&doc, id), "skip", "{id}");
        let summary = text(&doc, id, "summary");
        for part in ["HTTP 403", "0x80040220", privilege] {
            assert!(summary.contains(part), "{id} {part}: {summary}");
        }
        let remedy = text(&doc, id, "remedy");
        assert!(
            remedy.starts_with("check by hand") && remedy.contains(by_hand),
            "{id}: {remedy}"
        );
    }
    assert_eq!(status(&doc, "dynamics.whoami"), "pass");
    assert_eq!(status(&doc, "dynamics.roles"), "pass");
}

#[test]
fn a_missing_solution_component_privilege_is_named_where_the_join_needs_it() {
    let (code, doc) = dataverse(SimConfig {
        missing_privileges: vec!["prvReadSolutionComponent".into()],
        ..config()
    });
    assert_eq!(code, 0);
    assert_eq!(status(&doc, "dynamics.solution"), "pass");
    for id in ["marketo.steps", "marketo.config_user"] {
        assert_eq!(status(&doc, id), "skip", "{id}");
        let summary = text(&doc, id, "summary");
        assert!(
            summary.contains("0x80040220: missing prvReadSolutionComponent"),
            "{id}: {summary}"
        );
    }
}

#[test]
fn the_human_report_shows_the_code_and_the_privilege() {
    let fake = Fake::start(dynsync::sim::scenario("no-read-privilege").unwrap().config);
    let out = fake.validate().run();
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stdout.contains(
            "– marketo.steps          the sync user may not read plug-in steps (HTTP 403, 0x80040220: missing prvReadSdkMessageProcessingStep)"
        ),
        "{}",
        out.stdout
    );
}

/// No control character from a server reaches the terminal: names, versions, Dataverse and Azure
/// AD messages, the federation host all carry escape sequences in this tenant.
#[test]
fn server_text_reaches_the_terminal_without_control_characters() {
    fn clean(what: &str, text: &str) {
        let bad: Vec<char> = text
            .chars()
            .filter(|c| {
                (c.is_control() && *c != '\n' && *c != '\t') || ('\u{80}'..='\u{9f}').contains(c)
            })
            .collect();
        assert!(bad.is_empty(), "{what}: {bad:?} in\n{text}");
    }
    let hostile = |c: SimConfig| SimConfig {
        hostile_text: true,
        ..c
    };
    let cases = [
        ("all pass", hostile(config())),
        (
            "not a member",
            hostile(SimConfig {
                whoami_status: 403,
                ..config()
            }),
        ),
        (
            "federated",
            hostile(SimConfig {
                realm: Realm::Federated,
                ..config()
            }),
        ),
        ("wrong password", hostile(config())),
    ];
    for (what, c) in cases {
        let fake = Fake::start(c);
        let mut run = fake.validate();
        if what == "wrong password" {
            run = run.env("DYNSYNC_PASSWORD", "Summer2026!");
        }
        let out = run.run();
        clean(what, &out.stdout);
        clean(what, &out.stderr);
        // The names themselves still show (only the control sequences are gone).
        if what == "all pass" {
            assert!(
                out.stdout.contains("Contoso Sales (demo)]52;c;aGFja2Vk"),
                "{}",
                out.stdout
            );
        }
    }
}

#[test]
fn a_username_with_control_characters_is_refused() {
    let fake = Fake::start(config());
    let out = fake
        .validate()
        .args(&["--json", "--username", "sync\u{1b}[2J@contoso.com"])
        .run();
    assert_eq!(out.code, 2);
    let doc = out.json();
    let input = check(&doc, "input");
    assert_eq!(input["field"], "username");
    assert!(
        input["summary"]
            .as_str()
            .unwrap()
            .contains("control characters")
    );
    assert_eq!(fake.sim.stats.requests(), 0);
}

#[test]
fn tenant_is_discovered_through_a_mixed_case_quoted_challenge() {
    // `BeArEr AUTHORIZATION_URI="…", reSoUrCe_ID=…` after a `Negotiate` header of its own.
    let fake = Fake::start(SimConfig {
        odd_challenge: true,
        ..config()
    });
    let out = fake.validate().args(&["--json"]).run();
    assert_eq!(out.code, 0, "{}", out.stdout);
    let doc = out.json();
    assert_eq!(doc["tenant_id"], DEMO.tenant_id);
    assert_eq!(status(&doc, "tenant"), "pass", "{}", check(&doc, "tenant"));
    assert_eq!(fake.sim.stats.count(Route::Probe), 1);
}

#[test]
fn an_org_probe_answering_503_is_unreachable_not_a_stranger() {
    let fake = Fake::start(SimConfig {
        probe_faults: vec![Fault::Status(503); 3],
        ..config()
    });
    let out = fake.validate().args(&["--json"]).run();
    assert_eq!(out.code, 3, "{}", out.stdout);
    let doc = out.json();
    let tenant = check(&doc, "tenant");
    assert_eq!(tenant["status"], "fail");
    let summary = tenant["summary"].as_str().unwrap();
    assert!(summary.contains("answered HTTP 503"), "{summary}");
    assert!(!summary.contains("not a Dynamics 365"), "{summary}");
    assert!(
        tenant["remedy"]
            .as_str()
            .unwrap()
            .contains("try again later"),
        "{tenant}"
    );
    // The GET was tried three times (two retries); the rest of the run went on.
    assert_eq!(fake.sim.stats.count(Route::Probe), 3);
    assert_eq!(status(&doc, "token"), "pass");
    assert_eq!(status(&doc, "dynamics.whoami"), "pass");
}

#[test]
fn a_sync_user_of_another_tenant_fails_the_tenant_check() {
    let fake = Fake::start(SimConfig {
        user_other_tenant: true,
        ..config()
    });
    let out = fake.validate().args(&["--json"]).run();
    assert_eq!(out.code, 1, "{}", out.stdout);
    let doc = out.json();
    let tenant = check(&doc, "tenant");
    assert_eq!(tenant["status"], "fail");
    let summary = tenant["summary"].as_str().unwrap();
    assert!(summary.contains(dynsync::sim::OTHER_TENANT_ID), "{summary}");
    assert!(summary.contains(DEMO.tenant_id), "{summary}");
    assert!(summary.contains(DEMO.domain), "{summary}");
    assert!(
        tenant["remedy"].as_str().unwrap().contains("org's tenant"),
        "{tenant}"
    );
    assert_eq!(tenant["field"], "username");
    assert_eq!(doc["tenant_id"], DEMO.tenant_id);
    // The token is refused as Azure AD refuses it; its advice points at the tenant check.
    let token = check(&doc, "token");
    assert_eq!(token["status"], "fail");
    assert_eq!(token["aadsts"], 700016);
    assert!(
        token["remedy"].as_str().unwrap().contains("tenant check"),
        "{token}"
    );
    // The domain's tenant came in round 1: one OpenID request, one token request.
    assert_eq!(fake.sim.stats.count(Route::Oidc), 1);
    assert_eq!(fake.sim.stats.count(Route::Token), 1);

    // With --tenant the org's tenant, Azure AD answers that it does not know the user.
    let fake = Fake::start(SimConfig {
        user_other_tenant: true,
        ..config()
    });
    let out = fake
        .validate()
        .args(&["--json", "--tenant", DEMO.tenant_id])
        .run();
    assert_eq!(out.code, 1, "{}", out.stdout);
    let doc = out.json();
    assert_eq!(status(&doc, "tenant"), "fail");
    assert!(
        check(&doc, "tenant")["summary"]
            .as_str()
            .unwrap()
            .contains(dynsync::sim::OTHER_TENANT_ID)
    );
    assert_eq!(check(&doc, "token")["aadsts"], 50034);
    assert_eq!(
        fake.sim.stats.count(Route::Oidc),
        2,
        "--tenant and the domain"
    );
}

#[test]
fn tenant_given_as_the_users_domain_is_resolved_once() {
    let fake = Fake::start(config());
    let out = fake
        .validate()
        .args(&["--json", "--tenant", "Contoso.com"])
        .run();
    assert_eq!(out.code, 0, "{}", out.stdout);
    assert_eq!(status(&out.json(), "tenant"), "pass");
    assert_eq!(fake.sim.stats.count(Route::Oidc), 1);
}

/// `--json` prints exactly one document on stdout for every exit: errors before the report and
/// arguments the parser refuses included.
#[test]
fn json_is_one_document_for_every_exit() {
    let cfg = tempfile::tempdir().unwrap();
    let cases: Vec<(Run, i32)> = vec![
        (
            Run::new(&["validate", "--json", "--profile", "nope", "--config-dir"])
                .args(&[cfg.path().to_str().unwrap()]),
            2,
        ),
        (Run::new(&["validate", "--json", "--no-such-flag"]), 2),
        (
            Run::new(&["validate", "--json", "--secrets-stdin"]).stdin_bytes(b"\xff\xfe\n"),
            2,
        ),
    ];
    for (run, code) in cases {
        let out = run.run();
        assert_eq!(out.code, code, "{}", out.stderr);
        let doc = out.json();
        assert_eq!(doc["ok"], false);
        assert_eq!(status(&doc, "input"), "fail");
        assert_eq!(out.stdout.matches("\"ok\"").count(), 1, "one document");
    }
}

/// Issue 10 item 7: an org that refuses the FetchXML join from `entity` to `solutioncomponent`
/// (400 with a Dataverse error body) still has its Marketo Config table found, through the
/// documented metadata API; the check says which way found it.
#[test]
fn a_refused_entity_join_falls_back_to_the_metadata_api() {
    let scenario = dynsync::sim::scenario("entity-join-refused").expect("the scenario");
    let fake = Fake::start(scenario.config);
    let out = fake.validate().args(&["--json"]).run();
    assert_eq!(out.code, 0, "{}\n{}", out.stdout, out.stderr);
    let doc = out.json();
    let all: Vec<&str> = CheckId::ALL.iter().map(|c| c.as_str()).collect();
    for id in &all[1..11] {
        assert_eq!(status(&doc, id), "pass", "{id}: {}", check(&doc, id));
    }
    let summary = check(&doc, "marketo.config_user")["summary"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(
        summary.ends_with("(table mkto_marketoconfig, found through the metadata API)"),
        "{summary}"
    );
    let stats = &fake.sim.stats;
    assert_eq!(stats.served("entities"), 1, "the join, tried once");
    assert_eq!(stats.served("solutioncomponents"), 1);
    assert_eq!(stats.served("EntityDefinitions"), 2, "one per table");
    assert_eq!(stats.served("mkto_marketoconfigs"), 1);
}

/// The join is kept first: on an org that answers it, the metadata API is never asked.
#[test]
fn the_entity_join_is_tried_first_and_named() {
    let fake = Fake::start(config());
    let out = fake.validate().args(&["--json"]).run();
    assert_eq!(out.code, 0, "{}", out.stdout);
    let doc = out.json();
    let summary = check(&doc, "marketo.config_user")["summary"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(
        summary.ends_with("(table mkto_marketoconfig, found by the solution-component join)"),
        "{summary}"
    );
    let stats = &fake.sim.stats;
    assert_eq!(stats.served("entities"), 1);
    assert_eq!(stats.served("solutioncomponents"), 0);
    assert_eq!(stats.served("EntityDefinitions"), 0);
}
