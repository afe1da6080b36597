//! `dynsync fix` against the simulator, in process (an in-memory keyring, a scripted prompter,
//! no real waits): each repairable scenario is planned, confirmed, written and validated again,
//! asserting the Dataverse writes the simulator received; `--dry-run` and a refusal send none.

mod common;
#[path = "common/inproc.rs"]
mod inproc;

use common::{Fake, Run, check};
use dynsync::sim::dv_admin::{CONFIG_NAV, CONFIG_ROW_ID, SYNC_ROLE_ID, step_id};
use dynsync::sim::{APP, DEMO, SimConfig, Write, scenario};
use dynsync::ui::testing::ScriptedPrompter;
use inproc::{TTY, World};
use serde_json::{Value, json};

fn config(name: &str) -> SimConfig {
    scenario(name).expect("scenario").config
}

/// A fake tenant in this scenario and a profile `p` for it (the sync user, or with `--auth s2s`
/// the application user's email).
fn setup(name: &str, s2s: bool) -> (Fake, World) {
    let fake = Fake::start(config(name));
    let w = World::new();
    if s2s {
        w.profile_for("p", &fake, &["--auth", "s2s", "--username", APP.email]);
    } else {
        w.profile_for("p", &fake, &["--username", DEMO.username]);
    }
    (fake, w)
}

fn writes(fake: &Fake) -> Vec<Write> {
    fake.sim.stats.writes()
}

fn fix_yes(w: &World) -> (i32, Value) {
    let out = w.run(&["fix", "--profile", "p", "--yes", "--json"], "");
    (out.code, out.json())
}

/// The planned (or applied) changes as (check, action).
fn actions(list: &Value) -> Vec<(String, String)> {
    list.as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["check"].as_str().unwrap().to_string(),
                c["action"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

fn pair(check: &str, action: &str) -> (String, String) {
    (check.to_string(), action.to_string())
}

#[test]
fn missing_role_is_associated_in_the_users_business_unit() {
    let (fake, w) = setup("missing-role", false);
    let (code, doc) = fix_yes(&w);
    assert_eq!(code, 0, "{doc}");
    assert_eq!(
        actions(&doc["planned"]),
        vec![pair("dynamics.roles", "associate_role")]
    );
    assert_eq!(actions(&doc["applied"]), actions(&doc["planned"]));
    assert_eq!(doc["failed"], json!([]));
    assert_eq!(doc["validate"]["ok"], true);
    assert_eq!(check(&doc["validate"], "dynamics.roles")["status"], "pass");
    let planned = &doc["planned"][0];
    assert!(
        planned["target"]
            .as_str()
            .unwrap()
            .contains(DEMO.systemuser_id)
    );
    assert_eq!(planned["from"], "Basic User");
    assert!(
        planned["to"]
            .as_str()
            .unwrap()
            .starts_with("Basic User, Marketo Sync User")
    );
    let sent = writes(&fake);
    assert_eq!(sent.len(), 1, "{sent:?}");
    assert_eq!(sent[0].method, "POST");
    assert_eq!(
        sent[0].path,
        format!(
            "systemusers({})/systemuserroles_association/$ref",
            DEMO.systemuser_id
        )
    );
    assert!(
        sent[0].body["@odata.id"]
            .as_str()
            .unwrap()
            .ends_with(&format!("/api/data/v9.2/roles({SYNC_ROLE_ID})"))
    );
    assert_eq!(sent[0].status, 204);

    // Idempotent: a second run finds nothing to change and sends nothing.
    let (code, doc) = fix_yes(&w);
    assert_eq!(code, 0);
    assert_eq!(doc["planned"], json!([]));
    assert_eq!(writes(&fake).len(), 1);
}

#[test]
fn dry_run_shows_the_plan_and_sends_no_write() {
    let (fake, w) = setup("missing-role", false);
    let out = w.run(&["fix", "--profile", "p", "--dry-run", "--json"], "");
    assert_eq!(out.code, 1, "the setup is still broken: exit as validate");
    let doc = out.json();
    assert_eq!(
        actions(&doc["planned"]),
        vec![pair("dynamics.roles", "associate_role")]
    );
    assert_eq!(doc["applied"], json!([]));
    assert_eq!(doc["validate"]["ok"], false);
    assert!(writes(&fake).is_empty());
    // The human plan: what, which record, before → after.
    let out = w.run(&["fix", "--profile", "p", "--dry-run"], "");
    assert!(
        out.stdout
            .contains("1. dynamics.roles: give the Marketo Sync User role"),
        "{}",
        out.stdout
    );
    assert!(
        // The role is added beside the ones the user has.
        out.stdout
            .contains("Basic User → Basic User, Marketo Sync User"),
        "{}",
        out.stdout
    );
    assert!(out.stdout.contains("Dry run: nothing was changed."));
    assert!(writes(&fake).is_empty());
}

#[test]
fn without_a_terminal_and_without_yes_nothing_is_sent() {
    let (fake, w) = setup("missing-role", false);
    let before = fake.sim.stats.requests();
    let out = w.run(&["fix", "--profile", "p", "--json"], "");
    assert_eq!(out.code, 2, "{:?}", out.error);
    assert!(out.error.as_deref().unwrap().contains("--yes"));
    // Still one JSON document.
    assert_eq!(out.json()["planned"], json!([]));
    assert_eq!(fake.sim.stats.requests(), before);
}

#[test]
fn on_a_terminal_the_plan_is_confirmed_once() {
    let (fake, mut w) = setup("missing-role", false);
    w.io = TTY;
    w.prompter = ScriptedPrompter::new().confirm("Make this change?", false);
    let out = w.run(&["fix", "--profile", "p"], "");
    assert_eq!(out.code, 1, "{:?}", out.error);
    assert!(
        out.stdout.contains("Nothing was changed."),
        "{}",
        out.stdout
    );
    assert!(writes(&fake).is_empty());

    w.prompter = ScriptedPrompter::new().confirm("Make this change?", true);
    let out = w.run(&["fix", "--profile", "p"], "");
    assert_eq!(out.code, 0, "{:?}\n{}", out.error, out.stdout);
    assert!(
        out.stdout.contains("✓ give the Marketo Sync User role"),
        "{}",
        out.stdout
    );
    assert_eq!(writes(&fake).len(), 1);
}

#[test]
fn config_none_sets_the_marketo_user_through_the_navigation_property() {
    let (fake, w) = setup("config-unset", false);
    let (code, doc) = fix_yes(&w);
    assert_eq!(code, 0, "{doc}");
    assert_eq!(
        actions(&doc["applied"]),
        vec![pair("marketo.config_user", "set_config_user")]
    );
    assert_eq!(doc["planned"][0]["from"], "nobody");
    let sent = writes(&fake);
    assert_eq!(sent.len(), 1, "{sent:?}");
    assert_eq!(sent[0].method, "PATCH");
    assert_eq!(
        sent[0].path,
        format!("mkto_marketoconfigs({CONFIG_ROW_ID})")
    );
    assert_eq!(
        sent[0].body,
        json!({ format!("{CONFIG_NAV}@odata.bind"): format!("/systemusers({})", DEMO.systemuser_id) })
    );
}

#[test]
fn config_naming_another_user_is_pointed_at_the_sync_user() {
    let (fake, w) = setup("config-other-user", false);
    let (code, doc) = fix_yes(&w);
    assert_eq!(code, 0, "{doc}");
    assert_eq!(doc["planned"][0]["from"], "Dana Admin");
    assert_eq!(writes(&fake).len(), 1);
}

#[test]
fn a_disabled_step_is_enabled() {
    let (fake, w) = setup("disabled-step", false);
    let (code, doc) = fix_yes(&w);
    assert_eq!(code, 0, "{doc}");
    assert_eq!(
        actions(&doc["applied"]),
        vec![pair("marketo.steps", "enable_step")]
    );
    let sent = writes(&fake);
    assert_eq!(sent.len(), 1);
    assert_eq!(sent[0].method, "PATCH");
    assert_eq!(
        sent[0].path,
        format!(
            "sdkmessageprocessingsteps({})",
            step_id("Marketo.Plugin: Update of contact")
        )
    );
    assert_eq!(sent[0].body, json!({"statecode": 0, "statuscode": 1}));
}

#[test]
fn a_french_ui_is_set_to_english() {
    let (fake, w) = setup("user-french", false);
    let (code, doc) = fix_yes(&w);
    assert_eq!(code, 0, "{doc}");
    assert_eq!(
        actions(&doc["applied"]),
        vec![pair("dynamics.user", "set_ui_language")]
    );
    assert_eq!(doc["planned"][0]["from"], "1036");
    let sent = writes(&fake);
    assert_eq!(sent.len(), 1);
    assert_eq!(
        sent[0].path,
        format!("usersettingscollection({})", DEMO.systemuser_id)
    );
    assert_eq!(sent[0].body, json!({"uilanguageid": 1033}));
    assert_eq!(check(&doc["validate"], "dynamics.user")["status"], "pass");
}

#[test]
fn s2s_without_an_application_user_creates_it_then_the_role_and_the_config() {
    let (fake, w) = setup("s2s-no-app-user", true);
    let (code, doc) = fix_yes(&w);
    assert_eq!(code, 0, "{doc}");
    assert_eq!(
        actions(&doc["applied"]),
        vec![
            pair("dynamics.user", "create_app_user"),
            pair("dynamics.roles", "associate_role"),
            pair("marketo.config_user", "set_config_user"),
        ]
    );
    assert_eq!(doc["validate"]["auth"], "s2s");
    assert_eq!(doc["validate"]["ok"], true);
    let sent = writes(&fake);
    assert_eq!(sent.len(), 3, "{sent:?}");
    assert_eq!(
        (sent[0].method.as_str(), sent[0].path.as_str()),
        ("POST", "systemusers")
    );
    assert_eq!(sent[0].body["applicationid"], DEMO.client_id);
    assert_eq!(sent[0].body["internalemailaddress"], APP.email);
    assert!(
        sent[0].body["businessunitid@odata.bind"]
            .as_str()
            .unwrap()
            .starts_with("/businessunits(")
    );
    assert_eq!(
        sent[1].path,
        format!(
            "systemusers({})/systemuserroles_association/$ref",
            APP.systemuser_id
        )
    );
    assert_eq!(
        sent[2].body[format!("{CONFIG_NAV}@odata.bind")],
        format!("/systemusers({})", APP.systemuser_id)
    );
}

#[test]
fn s2s_application_user_disabled_or_without_role() {
    let (fake, w) = setup("s2s-app-user-disabled", true);
    let (code, doc) = fix_yes(&w);
    assert_eq!(code, 0, "{doc}");
    assert_eq!(
        actions(&doc["applied"]),
        vec![pair("dynamics.user", "enable_app_user")]
    );
    assert_eq!(writes(&fake)[0].body, json!({"isdisabled": false}));

    let (fake, w) = setup("s2s-no-role", true);
    let (code, doc) = fix_yes(&w);
    assert_eq!(code, 0, "{doc}");
    assert_eq!(
        actions(&doc["applied"]),
        vec![pair("dynamics.roles", "associate_role")]
    );
    assert!(
        writes(&fake)[0]
            .path
            .starts_with(&format!("systemusers({})", APP.systemuser_id))
    );
}

#[test]
fn what_cannot_be_fixed_gets_the_manual_steps() {
    let (fake, w) = setup("no-solution", false);
    let (code, doc) = fix_yes(&w);
    assert_eq!(code, 1);
    let manual = doc["manual"].as_array().unwrap();
    assert!(
        manual.iter().any(|m| m["check"] == "dynamics.solution"
            && m["steps"]
                .as_str()
                .unwrap()
                .contains("Download Marketo Solution")),
        "{doc}"
    );
    assert!(writes(&fake).is_empty());
    // A sign-in failure is not fix's to repair: nothing is planned, no admin sign-in.
    let (fake, w) = setup("expired-secret", false);
    let out = w.run(&["fix", "--profile", "p", "--yes"], "");
    assert_eq!(out.code, 1);
    assert!(
        out.stdout.contains("fix the failing sign-in checks"),
        "{}",
        out.stdout
    );
    assert!(writes(&fake).is_empty());
}

#[test]
fn no_secret_or_token_in_fix_output() {
    let (fake, w) = setup("s2s-no-app-user", true);
    let mut all = String::new();
    for argv in [
        &["fix", "--profile", "p", "--yes", "--json"][..],
        &["fix", "--profile", "p", "--yes"][..],
    ] {
        let out = w.run(argv, "");
        all.push_str(&out.stdout);
        all.push_str(&out.stderr);
    }
    let tokens = fake.sim.stats.issued_tokens();
    assert!(tokens.len() >= 3, "app tokens and the admin's");
    for t in tokens {
        assert!(!all.contains(&t), "a token in the output");
    }
    assert!(!all.contains(DEMO.client_secret));
}

#[test]
fn the_demo_repairs_each_scenario() {
    for name in [
        "missing-role",
        "config-unset",
        "disabled-step",
        "user-french",
        "s2s-no-app-user",
    ] {
        let out = Run::new(&["fix", "--demo", "--scenario", name, "--yes", "--json"]).run();
        assert_eq!(out.code, 0, "{name}: {}\n{}", out.stdout, out.stderr);
        let doc = out.json();
        assert!(!doc["applied"].as_array().unwrap().is_empty(), "{name}");
        assert_eq!(doc["validate"]["ok"], true, "{name}");
    }
}

#[test]
fn what_the_sync_user_cannot_read_is_read_with_the_admins_token_and_reported() {
    let (fake, w) = setup("no-read-privilege", false);
    let out = w.run(&["fix", "--profile", "p", "--dry-run", "--json"], "");
    assert_eq!(out.code, 0, "{:?}", out.error);
    let doc = out.json();
    assert_eq!(doc["planned"], json!([]));
    let read: Vec<&str> = doc["read"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["check"].as_str().unwrap())
        .collect();
    assert_eq!(
        read,
        ["dynamics.solution", "marketo.steps", "marketo.config_user"]
    );
    assert_eq!(
        doc["read"][1]["summary"],
        "all 5 plug-in steps of the solution are enabled"
    );
    // With a disabled step the sync user cannot see, the admin's read plans its repair.
    fake.sim.configure(|c| {
        c.disabled_step = Some("Marketo.Plugin: Create of lead".into());
    });
    let (code, doc) = fix_yes(&w);
    assert_eq!(code, 0, "{doc}");
    assert_eq!(
        doc["read"][1]["summary"],
        "1 of 5 plug-in steps are disabled"
    );
    assert_eq!(
        actions(&doc["applied"]),
        vec![pair("marketo.steps", "enable_step")]
    );
}

#[test]
fn an_admin_without_the_system_administrator_role_is_told_so() {
    let fake = Fake::start(SimConfig {
        admin_not_system_admin: true,
        ..config("missing-role")
    });
    let w = World::new();
    w.profile_for("p", &fake, &["--username", DEMO.username]);
    let out = w.run(&["fix", "--profile", "p", "--yes", "--json"], "");
    assert_eq!(out.code, 1, "{:?}", out.error);
    let error = out.error.unwrap();
    assert!(error.contains("System Administrator"), "{error}");
    assert!(writes(&fake).is_empty());
}

#[test]
fn names_from_dataverse_reach_the_terminal_without_control_sequences() {
    let fake = Fake::start(SimConfig {
        hostile_text: true,
        ..config("disabled-step")
    });
    let w = World::new();
    w.profile_for("p", &fake, &["--username", DEMO.username]);
    let out = w.run(&["fix", "--profile", "p", "--dry-run"], "");
    assert!(
        out.stdout.contains("enable the plug-in step"),
        "{}",
        out.stdout
    );
    for text in [&out.stdout, &out.stderr] {
        assert!(!text.contains('\u{1b}'), "an escape sequence: {text:?}");
        assert!(!text.contains('\u{9b}'), "a C1 control: {text:?}");
    }
}
