//! The wizard in the pseudo-locale, in process (every test of this file runs in it): the setup
//! and rotation flows with a scripted prompter, against the simulator. Every line written, every
//! question asked and the transcript must come from the catalogue (see `lang_common`).

mod common;
mod lang_common;

use std::time::Duration;

use common::bench::*;
use dynsync::msg::pseudo as p;
use dynsync::secrets::{Secret, SecretKind, SecretStore};
use dynsync::sim::{DEMO, RoleGrant, SimConfig};
use dynsync::ui::testing::ScriptedPrompter;
use dynsync::wizard::Settings;
use dynsync::wizard::state::ConnectionPath;
use lang_common::english_runs;

fn pseudo_locale() {
    assert_eq!(
        dynsync::msg::init(dynsync::msg::PSEUDO),
        dynsync::msg::PSEUDO
    );
}

/// What the run showed and asked that is English from outside the catalogue.
fn english(o: &Outcome, prompter: &ScriptedPrompter, transcript: &str) -> Vec<String> {
    let asked = prompter.asked.borrow().join("\n");
    let mut found: Vec<String> = [o.out.as_str(), o.err.as_str(), asked.as_str(), transcript]
        .iter()
        .flat_map(|text| text.lines())
        .flat_map(|line| {
            english_runs(line)
                .into_iter()
                .map(move |run| format!("{run:?} in {line:?}"))
        })
        .collect();
    found.sort();
    found.dedup();
    found
}

fn assert_translated(b: &Bench, o: &Outcome, prompter: &ScriptedPrompter) {
    let transcript = std::fs::read_to_string(b.transcript_path()).unwrap_or_default();
    assert!(
        o.out.lines().count() > 20,
        "too little output to judge:\n{}",
        o.out
    );
    let found = english(o, prompter, &transcript);
    assert!(
        found.is_empty(),
        "English outside the catalogue:\n{}",
        found.join("\n")
    );
}

#[test]
fn first_time_setup() {
    pseudo_locale();
    let b = Bench::new(SimConfig::default());
    let url = b.fake.sim.url();
    let prompter = ScriptedPrompter::new()
        .text(&p("Profile name"), "contoso")
        .select(&p("first-time connection"), &p("First-time"))
        .select(&p("How will Marketo sign in"), &p("A licensed sync user"))
        .confirm(&p("already have an app registration"), false)
        .select(
            &p("How should the app registration be made"),
            &p("Guide me"),
        )
        .confirm(&p("Open the Azure portal"), true)
        .select(&p("When you have done this"), &p("Done"))
        .text(&p("Application (client) ID"), DEMO.client_id)
        .secret(&p("Client secret"), DEMO.client_secret)
        .text(&p("expiry date"), "2027-05-01")
        .text(&p("Sync user's UPN"), DEMO.username)
        .secret(&p("Password of"), DEMO.password)
        .text(&p("org URL"), &format!("{url}/main.aspx?appid=1"))
        .text(&p("unique name"), "org1a2b3c4d")
        .select(&p("When you have done this"), &p("Copy"))
        .select(&p("Copy which"), &p("Client ID"))
        .select(&p("When you have done this"), &p("Done"))
        .select(&p("When you have done this"), &p("Done"))
        .select(&p("What does Marketo show"), &p("All seven"))
        .select(&p("When you have done this"), &p("Done"));
    let o = b.run(&prompter, b.settings());
    assert_eq!(o.code(), 0, "{}\n{}", o.out, o.err);
    assert_translated(&b, &o, &prompter);
}

#[test]
fn federated_user_and_a_red_item_in_marketo() {
    pseudo_locale();
    let b = Bench::new(SimConfig {
        realm: dynsync::sim::Realm::Federated,
        hrd_policy: true,
        ..SimConfig::default()
    })
    .with_env_secrets();
    let mut prompter = ScriptedPrompter::new()
        .confirm(&p("HRD policy in place"), false)
        .select(&p("When you have done this"), &p("Done"))
        .confirm(&p("HRD policy in place"), true)
        .text(&p("unique name"), "org1a2b3c4d")
        .select(&p("When you have done this"), &p("Done"))
        .select(&p("When you have done this"), &p("Done"))
        .select(&p("What does Marketo show"), &p("Some items"));
    for (i, _) in dynsync::marketo::CHECKLIST.iter().enumerate() {
        prompter = prompter.select(&p("In Marketo"), &p(if i == 5 { "Red" } else { "Green" }));
    }
    let prompter = prompter
        .select(&p("Fix the red items"), &p("Fixed"))
        .select(&p("What does Marketo show"), &p("All seven"))
        .select(&p("When you have done this"), &p("Done"));
    let o = b.run(&prompter, b.quick("fed", ConnectionPath::Update));
    assert_eq!(o.code(), 0, "{}\n{}", o.out, o.err);
    assert_translated(&b, &o, &prompter);
}

#[test]
fn secret_rotation() {
    pseudo_locale();
    const NEW: &str = "brand-new-secret-value-after-rotation";
    let mut b = Bench::new(SimConfig {
        extra_secrets: vec![NEW.into()],
        replication_delay: 1,
        ..SimConfig::default()
    });
    b.secrets_seen.push(NEW.into());
    let url = b.fake.sim.url();
    dynsync::profile::Profiles::new(b.dir.path())
        .update(|m| {
            m.insert(
                "p".into(),
                dynsync::profile::Profile {
                    client_id: Some(DEMO.client_id.into()),
                    username: Some(DEMO.username.into()),
                    org_url: Some(url.clone()),
                    authority_host: Some(url.clone()),
                    ca_bundle: Some(b.fake.ca.path().to_path_buf()),
                    secret_expires: Some("2026-12-01".parse().unwrap()),
                    ..Default::default()
                },
            );
            Ok(())
        })
        .unwrap();
    for (kind, value) in [
        (SecretKind::ClientSecret, DEMO.client_secret),
        (SecretKind::Password, DEMO.password),
    ] {
        b.store.set("p", kind, &Secret::new(value)).unwrap();
    }
    let prompter = ScriptedPrompter::new()
        .select(&p("What changes"), &p("client secret"))
        .confirm(&p("Open the Azure portal"), false)
        .select(&p("When you have done this"), &p("Done"))
        .secret(&p("Client secret"), NEW)
        .text(&p("expiry date"), "2028-11-23")
        .select(&p("When you have done this"), &p("Done"))
        .select(&p("When you have done this"), &p("Done"))
        .select(&p("What does Marketo show"), &p("All seven"))
        .select(&p("When you have done this"), &p("Done"));
    let settings = Settings {
        profile: Some("p".into()),
        replication_retries: 3,
        replication_wait: Duration::from_millis(50),
        transcript: Some(b.transcript_path()),
        ..Default::default()
    };
    let o = b.rotate(&prompter, settings, "");
    assert_eq!(o.code(), 0, "{}\n{}", o.out, o.err);
    assert_translated(&b, &o, &prompter);
}

/// The Marketo steps of the update path, all done and all green.
fn marketo_update_all_green(prompter: ScriptedPrompter) -> ScriptedPrompter {
    prompter
        .select(&p("When you have done this"), &p("Done"))
        .select(&p("When you have done this"), &p("Done"))
        .select(&p("What does Marketo show"), &p("All seven"))
        .select(&p("When you have done this"), &p("Done"))
}

/// Runs without enough output to judge on their own (a stop at the lockout guard): checked
/// for English all the same.
fn assert_no_english(b: &Bench, o: &Outcome, prompter: &ScriptedPrompter) {
    let transcript = std::fs::read_to_string(b.transcript_path()).unwrap_or_default();
    assert!(!o.out.is_empty());
    let found = english(o, prompter, &transcript);
    assert!(
        found.is_empty(),
        "English outside the catalogue:\n{}",
        found.join("\n")
    );
}

#[test]
fn a_wrong_then_a_pasted_secret_id_then_the_right_secret() {
    pseudo_locale();
    let mut b = Bench::new(SimConfig::default());
    b.vars
        .insert("DYNSYNC_PASSWORD".into(), DEMO.password.into());
    b.secrets_seen.push("not-the-secret-value".into());
    let prompter = ScriptedPrompter::new()
        .secret(&p("Client secret"), "not-the-secret-value")
        .select(&p("What now"), &p("Re-enter the"))
        .secret(&p("Client secret"), DEMO.secret_id)
        .secret(&p("Client secret"), DEMO.client_secret)
        .text(&p("expiry date"), "2027-06-01")
        .text(&p("unique name"), "org1a2b3c4d");
    let prompter = marketo_update_all_green(prompter);
    let o = b.run(&prompter, b.quick("fix", ConnectionPath::Update));
    assert_eq!(o.code(), 0, "{}\n{}", o.out, o.err);
    assert_translated(&b, &o, &prompter);
}

#[test]
fn the_lockout_guard_and_smart_lockout() {
    pseudo_locale();
    let mut b = Bench::new(SimConfig::default());
    b.vars
        .insert("DYNSYNC_CLIENT_SECRET".into(), DEMO.client_secret.into());
    for w in ["wrong-1", "wrong-2", "wrong-3"] {
        b.secrets_seen.push(w.into());
    }
    let prompter = ScriptedPrompter::new()
        .secret(&p("Password"), "wrong-1")
        .select(&p("What now"), &p("Re-enter the"))
        .secret(&p("Password"), "wrong-2")
        .select(&p("What now"), &p("Re-enter the"))
        .secret(&p("Password"), "wrong-3");
    let o = b.run(&prompter, b.quick("lock", ConnectionPath::Update));
    assert_eq!(o.code(), 1, "{}\n{}", o.out, o.err);
    assert_no_english(&b, &o, &prompter);

    let b = Bench::new(SimConfig {
        locked_out: true,
        ..SimConfig::default()
    })
    .with_env_secrets();
    let prompter = ScriptedPrompter::new();
    let o = b.run(&prompter, b.quick("locked", ConnectionPath::Update));
    assert_eq!(o.code(), 1);
    assert_no_english(&b, &o, &prompter);
}

#[test]
fn the_org_guard_and_a_fix_in_dynamics() {
    pseudo_locale();
    let b = Bench::new(SimConfig::default()).with_env_secrets();
    let prompter = ScriptedPrompter::new()
        .text(&p("unique name"), "contoso-prod")
        .select(&p("What now"), &p("Abort"));
    let o = b.run(&prompter, b.quick("guard", ConnectionPath::Update));
    assert_eq!(o.code(), 1);
    assert_no_english(&b, &o, &prompter);

    let b = Bench::new(SimConfig {
        role: RoleGrant::None,
        ..SimConfig::default()
    })
    .with_env_secrets();
    let tenant = b.fake.sim.handle();
    let prompter = ScriptedPrompter::new()
        .select_then(
            &p("Fix this in Dynamics"),
            &p("Run the checks again"),
            move || {
                tenant.configure(|c| c.role = RoleGrant::Direct);
            },
        )
        .text(&p("unique name"), "org1a2b3c4d");
    let prompter = marketo_update_all_green(prompter);
    let o = b.run(&prompter, b.quick("role", ConnectionPath::Update));
    assert_eq!(o.code(), 0, "{}\n{}", o.out, o.err);
    assert_translated(&b, &o, &prompter);
}

#[test]
fn without_a_terminal_the_checklist() {
    pseudo_locale();
    let mut b = Bench::new(SimConfig::default()).with_env_secrets();
    b.io = PIPE;
    let settings = Settings {
        yes: true,
        confirm_org: Some("org1a2b3c4d".into()),
        ..b.quick("ci", ConnectionPath::Update)
    };
    let prompter = ScriptedPrompter::new();
    let o = b.run(&prompter, settings);
    assert_eq!(o.code(), 0, "{}\n{}", o.out, o.err);
    assert_translated(&b, &o, &prompter);
}
