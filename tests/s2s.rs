//! Server-to-Server (S2S): `validate --auth s2s` against the simulator (the app's client
//! credentials as its Dataverse application user), the JSON `auth` field, the S2S diagnoses,
//! the S2S remedy of an MFA refusal, and no secret in any output.

mod common;
#[path = "common/inproc.rs"]
mod inproc;

use common::{Fake, check, status};
use dynsync::sim::{APP, AppUser, ConfigUser, DEMO, Route, SimConfig, scenario};
use inproc::World;

fn scenario_config(name: &str) -> SimConfig {
    scenario(name).expect("scenario").config
}

/// `validate --auth s2s --json` with the application user's email as the username.
fn validate_s2s(fake: &Fake) -> common::Done {
    fake.validate()
        .args(&["--auth", "s2s", "--username", APP.email, "--json"])
        .run()
}

#[test]
fn s2s_ok_signs_in_as_the_application_user() {
    let fake = Fake::start(scenario_config("s2s-ok"));
    let out = validate_s2s(&fake);
    assert_eq!(out.code, 0, "{}\n{}", out.stdout, out.stderr);
    let doc = out.json();
    assert_eq!(doc["auth"], "s2s");
    assert_eq!(doc["ok"], true);
    for id in [
        "tenant",
        "token",
        "dynamics.whoami",
        "dynamics.user",
        "dynamics.roles",
        "dynamics.solution",
        "marketo.steps",
        "marketo.config_user",
    ] {
        assert_eq!(status(&doc, id), "pass", "{id}: {}", check(&doc, id));
    }
    let realm = check(&doc, "realm");
    assert_eq!(realm["status"], "skip");
    assert!(
        realm["summary"]
            .as_str()
            .unwrap()
            .contains("not used by S2S"),
        "{realm}"
    );
    let user = check(&doc, "dynamics.user")["summary"].as_str().unwrap();
    assert!(
        user.contains(APP.fullname) && user.contains(APP.email),
        "{user}"
    );
    assert!(
        check(&doc, "dynamics.whoami")["summary"]
            .as_str()
            .unwrap()
            .contains(APP.systemuser_id)
    );
    // No user realm lookup, one token request (the client credentials grant), and every item
    // of Marketo's checklist predicted green.
    assert_eq!(fake.sim.stats.count(Route::Realm), 0);
    assert_eq!(fake.sim.stats.count(Route::Token), 1);
    let items = doc["marketo_checklist"].as_array().unwrap();
    assert_eq!(items.len(), 7);
    assert!(items.iter().all(|i| i["status"] == "pass"), "{items:?}");
    // The same connection with the password grant says "password".
    let out = fake.validate().args(&["--json"]).run();
    assert_eq!(out.json()["auth"], "password");
}

#[test]
fn s2s_without_username_passes_and_names_the_email() {
    let fake = Fake::start(scenario_config("s2s-ok"));
    let out = fake
        .validate()
        .env_remove("DYNSYNC_USERNAME")
        .env_remove("DYNSYNC_PASSWORD")
        .env("DYNSYNC_AUTH", "s2s")
        .args(&["--json"])
        .run();
    assert_eq!(out.code, 0, "{}", out.stdout);
    let doc = out.json();
    assert_eq!(doc["auth"], "s2s");
    let user = check(&doc, "dynamics.user")["summary"].as_str().unwrap();
    assert!(
        user.contains(&format!("enter its email {}", APP.email)),
        "{user}"
    );
}

#[test]
fn s2s_no_app_user_says_how_to_create_it() {
    let fake = Fake::start(scenario_config("s2s-no-app-user"));
    let out = validate_s2s(&fake);
    assert_eq!(out.code, 1, "{}", out.stdout);
    let doc = out.json();
    let whoami = check(&doc, "dynamics.whoami");
    assert_eq!(whoami["status"], "fail");
    let summary = whoami["summary"].as_str().unwrap();
    assert!(
        summary.contains(&format!(
            "no application user for the app {}",
            DEMO.client_id
        )),
        "{summary}"
    );
    let remedy = whoami["remedy"].as_str().unwrap();
    assert!(
        remedy.contains("Application users → New app user"),
        "{remedy}"
    );
    assert!(remedy.contains("dynsync fix --profile"), "{remedy}");
    assert_eq!(whoami["field"], "client_id");
    assert_eq!(status(&doc, "dynamics.user"), "skip");
}

#[test]
fn s2s_application_user_without_roles() {
    let fake = Fake::start(scenario_config("s2s-no-role"));
    let out = validate_s2s(&fake);
    assert_eq!(out.code, 1);
    let doc = out.json();
    let roles = check(&doc, "dynamics.roles");
    assert_eq!(roles["status"], "fail");
    assert!(
        roles["summary"]
            .as_str()
            .unwrap()
            .contains("application user has no security role"),
        "{roles}"
    );
    assert!(
        roles["remedy"]
            .as_str()
            .unwrap()
            .contains("Application users → the app's user → Edit security roles")
    );
    let role_item = &doc["marketo_checklist"][2];
    assert_eq!(role_item["status"], "fail");
    assert_eq!(role_item["because"][0], "dynamics.roles");
    assert_eq!(status(&doc, "dynamics.user"), "pass");
}

#[test]
fn s2s_disabled_application_user_and_a_wrong_email() {
    let fake = Fake::start(scenario_config("s2s-app-user-disabled"));
    let doc = validate_s2s(&fake).json();
    let user = check(&doc, "dynamics.user");
    assert_eq!(user["status"], "fail");
    assert!(user["summary"].as_str().unwrap().contains("is disabled"));
    assert!(user["remedy"].as_str().unwrap().contains("Activate"));
    // Marketo's "Username and password are valid" stands on the application user for S2S.
    assert_eq!(doc["marketo_checklist"][1]["status"], "fail");
    assert_eq!(doc["marketo_checklist"][1]["because"][0], "dynamics.user");

    fake.sim.configure(|c| c.app_user = Some(AppUser::ready()));
    let out = fake
        .validate()
        .args(&[
            "--auth",
            "s2s",
            "--username",
            "someone@contoso.com",
            "--json",
        ])
        .run();
    assert_eq!(out.code, 1);
    let doc = out.json();
    let user = check(&doc, "dynamics.user");
    assert_eq!(user["field"], "username");
    assert!(
        user["summary"].as_str().unwrap().contains(&format!(
            "has the email {}, not someone@contoso.com",
            APP.email
        )),
        "{user}"
    );
}

#[test]
fn s2s_marketo_config_naming_the_old_sync_user_fails() {
    let fake = Fake::start(SimConfig {
        config_user: ConfigUser::SyncUser,
        ..scenario_config("s2s-ok")
    });
    let doc = validate_s2s(&fake).json();
    assert_eq!(status(&doc, "marketo.config_user"), "fail");
}

#[test]
fn s2s_secret_of_another_app_is_refused_once_and_explained() {
    let fake = Fake::start(scenario_config("s2s-ok"));
    let out = fake
        .validate()
        .env(
            "DYNSYNC_CLIENT_SECRET",
            "abc8Q~a-secret-of-another-app-registration",
        )
        .args(&["--auth", "s2s", "--json"])
        .run();
    assert_eq!(out.code, 1);
    let doc = out.json();
    let token = check(&doc, "token");
    assert_eq!(token["aadsts"], 7000215);
    assert!(
        token["remedy"]
            .as_str()
            .unwrap()
            .contains("a secret of another app registration"),
        "{token}"
    );
    // A 4xx is never retried.
    assert_eq!(fake.sim.stats.count(Route::Token), 1);
}

#[test]
fn mfa_on_the_sync_user_offers_s2s_with_the_command_and_s2s_works() {
    let fake = Fake::start(scenario_config("s2s-mfa-user"));
    let out = fake.validate().args(&["--json"]).run();
    assert_eq!(out.code, 1);
    let doc = out.json();
    assert_eq!(doc["auth"], "password");
    let token = check(&doc, "token");
    assert_eq!(token["aadsts"], 50076);
    let remedy = token["remedy"].as_str().unwrap();
    let want = format!(
        "dynsync validate --auth s2s --client-id {} --org-url {}",
        DEMO.client_id,
        fake.sim.url()
    );
    assert!(remedy.contains(&want), "{remedy}");
    // The same app, as its application user: MFA does not apply.
    let out = validate_s2s(&fake);
    assert_eq!(out.code, 0, "{}", out.stdout);

    // With a profile, the command names it; `profile set --auth s2s` then makes it pass.
    let w = World::new();
    w.profile_for("prod", &fake, &["--username", DEMO.username]);
    let out = w.run(&["validate", "--profile", "prod", "--json"], "");
    assert_eq!(out.code, 1, "{:?}", out.error);
    let remedy = check(&out.json(), "token")["remedy"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(
        remedy.contains("dynsync validate --profile prod --auth s2s"),
        "{remedy}"
    );
    let out = w.run(
        &["validate", "--profile", "prod", "--auth", "s2s", "--json"],
        "",
    );
    assert_eq!(
        out.code, 1,
        "the sync user's UPN is not the application user's email"
    );
    assert_eq!(check(&out.json(), "dynamics.user")["field"], "username");
    let out = w.run(
        &[
            "profile",
            "set",
            "prod",
            "--auth",
            "s2s",
            "--username",
            APP.email,
        ],
        "",
    );
    assert_eq!(out.code, 0, "{:?}", out.error);
    let show = w.run(&["profile", "show", "prod", "--json"], "").json();
    assert_eq!(show["auth"], "s2s", "{show}");
    let out = w.run(&["validate", "--profile", "prod", "--json"], "");
    assert_eq!(out.code, 0, "{}", out.stdout);
    assert_eq!(out.json()["auth"], "s2s");
}

#[test]
fn no_secret_or_token_in_any_s2s_output() {
    for name in ["s2s-ok", "s2s-no-app-user", "s2s-no-role", "s2s-mfa-user"] {
        let fake = Fake::start(scenario_config(name));
        for json in [true, false] {
            let mut run = fake.validate().args(&["--auth", "s2s", "-v"]);
            if json {
                run = run.args(&["--json"]);
            }
            let out = run.run();
            let all = format!("{}{}", out.stdout, out.stderr);
            assert!(
                !all.contains(DEMO.client_secret),
                "{name}: secret in output"
            );
            assert!(!all.contains(DEMO.password), "{name}: password in output");
            let tokens = fake.sim.stats.issued_tokens();
            assert!(!tokens.is_empty() || name == "s2s-mfa-user");
            for t in tokens {
                assert!(!all.contains(&t), "{name}: token in output");
            }
        }
    }
}

#[test]
fn the_demo_runs_the_s2s_scenarios() {
    for (name, code) in [
        ("s2s-ok", 0),
        ("s2s-no-app-user", 1),
        ("s2s-no-role", 1),
        ("s2s-app-user-disabled", 1),
    ] {
        let out = common::Run::new(&["validate", "--demo", "--scenario", name, "--json"]).run();
        assert_eq!(out.code, code, "{name}: {}", out.stdout);
        assert_eq!(out.json()["auth"], "s2s", "{name}");
    }
    // s2s-mfa-user: the password grant fails, --auth s2s passes.
    let out =
        common::Run::new(&["validate", "--demo", "--scenario", "s2s-mfa-user", "--json"]).run();
    assert_eq!(out.code, 1);
    assert_eq!(check(&out.json(), "token")["aadsts"], 50076);
    let out = common::Run::new(&[
        "validate",
        "--demo",
        "--scenario",
        "s2s-mfa-user",
        "--auth",
        "s2s",
        "--json",
    ])
    .run();
    assert_eq!(out.code, 0, "{}", out.stdout);
}
