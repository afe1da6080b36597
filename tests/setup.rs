//! `dynsync setup` with a scripted prompter, in process: the real wizard, the real engine over
//! HTTPS against the simulated tenant, an in-memory keyring, a fixed clock and fake clipboard and
//! browser. Every scenario ends with the canary: no secret in the output, the transcript, the
//! checkpoint or the profile file.

mod common;

use common::bench::*;

use dynsync::error::Error;
use dynsync::secrets::SecretKind;
use dynsync::sim::{DEMO, RoleGrant, Route, SimConfig};
use dynsync::ui::testing::ScriptedPrompter;
use dynsync::wizard::Settings;
use dynsync::wizard::state::{ConnectionPath, MarketoStep, Step};

/// The Marketo steps of the update path, all done and all green.
fn marketo_update_all_green(p: ScriptedPrompter) -> ScriptedPrompter {
    p.select("When you have done this", "Done") // Disable Sync
        .select("When you have done this", "Done") // Edit credentials
        .select("What does Marketo show", "All seven")
        .select("When you have done this", "Done") // Enable Sync
}

#[test]
fn first_time_happy_path() {
    let b = Bench::new(SimConfig::default());
    let url = b.fake.sim.url();
    let p = ScriptedPrompter::new()
        .text("Profile name", "contoso")
        .select("first-time connection", "First-time")
        .select("How will Marketo sign in", "licensed sync user")
        .confirm("already have an app registration", false)
        .select("How should the app registration be made", "Guide me")
        .confirm("Open the Azure portal", true)
        .select("When you have done this", "Done")
        .text("Application (client) ID", DEMO.client_id)
        .secret("Client secret", DEMO.client_secret)
        .text("expiry date", "2027-05-01")
        .text("user principal name", DEMO.username)
        .secret("Password of marketo.sync@contoso.com", DEMO.password)
        .text("org URL", &format!("{url}/main.aspx?appid=1"))
        .text("unique name", "org1a2b3c4d")
        // Marketo, first-time path: credentials (copy the client ID), fields, validate, enable.
        .select("When you have done this", "Copy")
        .select("Copy which", "Client ID")
        .select("When you have done this", "Done")
        .select("When you have done this", "Done")
        .select("What does Marketo show", "All seven")
        .select("When you have done this", "Done");
    let o = b.run(&p, b.settings());
    assert_eq!(o.code(), 0, "{}", o.out);
    assert!(b.browser.0.borrow()[0].contains("portal.azure.com"));
    assert_eq!(
        b.clipboard.0.borrow().as_slice(),
        [DEMO.client_id.to_string()]
    );
    // Saved: profile settings, both keyring entries, a finished checkpoint.
    let profile = dynsync::profile::Profiles::new(b.dir.path())
        .get("contoso")
        .unwrap();
    assert_eq!(profile.client_id.as_deref(), Some(DEMO.client_id));
    assert_eq!(
        profile.org_url.as_deref(),
        Some(url.as_str()),
        "normalised before saving"
    );
    assert_eq!(profile.tenant_id.as_deref(), Some(DEMO.tenant_id));
    assert_eq!(profile.secret_expires.unwrap().to_string(), "2027-05-01");
    assert_eq!(
        b.stored("contoso", SecretKind::Password).unwrap(),
        DEMO.password
    );
    assert_eq!(
        b.stored("contoso", SecretKind::ClientSecret).unwrap(),
        DEMO.client_secret
    );
    let s = b.state("contoso");
    assert!(s.finished_at.is_some());
    assert_eq!(s.reached, Some(Step::Summary));
    assert_eq!(s.org_confirmed.as_deref(), Some("org1a2b3c4d"));
    let steps: Vec<MarketoStep> = s.marketo.keys().copied().collect();
    assert_eq!(steps, MarketoStep::for_path(ConnectionPath::FirstTime));
    assert!(s.marketo_validated);
    let transcript = std::fs::read_to_string(b.transcript_path()).unwrap();
    assert!(
        transcript.contains("Org confirmed by its unique name"),
        "{transcript}"
    );
    assert!(transcript.contains("Marketo: Enable Sync"));
    // It starts with a header: the tool's version, what ran, for which profile, when.
    let header = transcript.lines().find(|l| !l.is_empty()).unwrap();
    assert!(
        header.starts_with(&format!(
            "## dynsync {}: setup of contoso",
            env!("CARGO_PKG_VERSION")
        )),
        "{header}"
    );
    assert!(header.contains("2026-11-23"), "{header}");
    assert!(o.out.contains("dynsync validate --profile contoso"));
    assert_eq!(b.fake.sim.stats.count(Route::Token), 1);
}

#[test]
fn federated_user_is_told_about_hrd_and_waited_for() {
    let b = Bench::new(SimConfig {
        realm: dynsync::sim::Realm::Federated,
        hrd_policy: true,
        ..SimConfig::default()
    })
    .with_env_secrets();
    let p = ScriptedPrompter::new()
        .confirm("HRD policy in place", false)
        .select("When you have done this", "Done")
        .confirm("HRD policy in place", true)
        .text("unique name", "org1a2b3c4d");
    let p = marketo_update_all_green(p);
    let o = b.run(&p, b.quick("fed", ConnectionPath::Update));
    assert_eq!(o.code(), 0, "{}", o.out);
    assert!(o.out.contains("AllowCloudPasswordValidation"));
    assert!(
        o.out.contains(&format!("appId eq '{}'", DEMO.client_id)),
        "the commands name this app"
    );
    let transcript = std::fs::read_to_string(b.transcript_path()).unwrap();
    assert!(transcript.contains("confirmed the HRD policy"));
}

#[test]
fn wrong_secret_is_fixed_by_re_entering_it() {
    let mut b = Bench::new(SimConfig::default());
    b.vars
        .insert("DYNSYNC_PASSWORD".into(), DEMO.password.into());
    b.secrets_seen.push("not-the-secret-value".into());
    let p = ScriptedPrompter::new()
        .secret("Client secret", "not-the-secret-value")
        .select("What now", "Re-enter the client secret")
        .secret("Client secret", DEMO.client_secret)
        // Another secret, another expiry date.
        .text("expiry date", "2027-06-01")
        .text("unique name", "org1a2b3c4d");
    let p = marketo_update_all_green(p);
    let o = b.run(&p, b.quick("fix", ConnectionPath::Update));
    assert_eq!(o.code(), 0, "{}", o.out);
    assert_eq!(
        b.state("fix")
            .secret_expires
            .map(|d| d.to_string())
            .as_deref(),
        Some("2027-06-01")
    );
    assert!(o.out.contains("AADSTS7000215"));
    assert_eq!(b.fake.sim.stats.count(Route::Token), 2);
    assert_eq!(
        b.stored("fix", SecretKind::ClientSecret).unwrap(),
        DEMO.client_secret
    );
}

#[test]
fn pasted_secret_id_is_caught_before_any_request() {
    let mut b = Bench::new(SimConfig::default());
    b.vars
        .insert("DYNSYNC_PASSWORD".into(), DEMO.password.into());
    let p = ScriptedPrompter::new()
        .secret("Client secret", DEMO.secret_id)
        .secret("Client secret", DEMO.client_secret)
        .text("unique name", "org1a2b3c4d");
    let p = marketo_update_all_green(p);
    let o = b.run(&p, b.quick("sid", ConnectionPath::Update));
    assert_eq!(o.code(), 0, "{}", o.out);
    assert!(o.out.contains("the Secret ID, not the secret's Value"));
    assert_eq!(
        b.fake.sim.stats.count(Route::Token),
        1,
        "the Secret ID never reached Azure AD"
    );
}

#[test]
fn lockout_guard_stops_after_three_refused_passwords() {
    let mut b = Bench::new(SimConfig::default());
    b.vars
        .insert("DYNSYNC_CLIENT_SECRET".into(), DEMO.client_secret.into());
    for w in ["wrong-1", "wrong-2", "wrong-3"] {
        b.secrets_seen.push(w.into());
    }
    let p = ScriptedPrompter::new()
        .secret("Password", "wrong-1")
        .select("What now", "Re-enter the sync password")
        .secret("Password", "wrong-2")
        .select("What now", "Re-enter the sync password")
        .secret("Password", "wrong-3");
    let o = b.run(&p, b.quick("lock", ConnectionPath::Update));
    assert_eq!(o.code(), 1, "{}", o.out);
    assert!(o.out.contains("refused 3 times"), "{}", o.out);
    assert_eq!(b.fake.sim.stats.count(Route::Token), 3);
    assert_eq!(b.state("lock").password_attempts, 3);
    assert!(
        b.stored("lock", SecretKind::Password).is_none(),
        "nothing saved"
    );
}

#[test]
fn smart_lockout_stops_at_once() {
    let b = Bench::new(SimConfig {
        locked_out: true,
        ..SimConfig::default()
    })
    .with_env_secrets();
    let o = b.run(
        &ScriptedPrompter::new(),
        b.quick("locked", ConnectionPath::Update),
    );
    assert_eq!(o.code(), 1);
    assert!(o.out.contains("smart lockout"), "{}", o.out);
    assert_eq!(b.fake.sim.stats.count(Route::Token), 1);
}

#[test]
fn org_guard_rejects_a_mismatch_and_saves_nothing() {
    let b = Bench::new(SimConfig::default()).with_env_secrets();
    let p = ScriptedPrompter::new()
        .text("unique name", "contoso-prod")
        .select("What now", "Abort");
    let o = b.run(&p, b.quick("guard", ConnectionPath::Update));
    assert_eq!(o.code(), 1);
    assert!(
        o.out.contains("\"contoso-prod\" is not \"org1a2b3c4d\""),
        "{}",
        o.out
    );
    assert!(b.stored("guard", SecretKind::ClientSecret).is_none());
    assert!(
        dynsync::profile::Profiles::new(b.dir.path())
            .get("guard")
            .is_err(),
        "no profile saved"
    );
    assert_eq!(b.state("guard").reached, Some(Step::Preflight));
}

#[test]
fn dynamics_fix_is_checked_again() {
    let b = Bench::new(SimConfig {
        role: RoleGrant::None,
        ..SimConfig::default()
    })
    .with_env_secrets();
    let tenant = b.fake.sim.handle();
    let p = ScriptedPrompter::new()
        .select_then("Fix this in Dynamics", "Run the checks again", move || {
            tenant.configure(|c| c.role = RoleGrant::Direct);
        })
        .text("unique name", "org1a2b3c4d");
    let p = marketo_update_all_green(p);
    let o = b.run(&p, b.quick("role", ConnectionPath::Update));
    assert_eq!(o.code(), 0, "{}", o.out);
    assert!(o.out.contains("Manage Roles"), "the fix was shown");
    assert!(
        o.out
            .contains("the sync user has the Marketo Sync User role"),
        "and checked again"
    );
}

#[test]
fn red_x_in_marketo_shows_the_fix_and_validates_again() {
    let b = Bench::new(SimConfig::default()).with_env_secrets();
    let mut p = ScriptedPrompter::new()
        .text("unique name", "org1a2b3c4d")
        .select("When you have done this", "Done") // Disable Sync
        .select("When you have done this", "Done") // Edit credentials
        .select("What does Marketo show", "Some items");
    for (i, _) in dynsync::marketo::CHECKLIST.iter().enumerate() {
        p = p.select("In Marketo", if i == 5 { "Red" } else { "Green" });
    }
    let p = p
        .select("Fix the red items", "Fixed")
        .select("What does Marketo show", "All seven")
        .select("When you have done this", "Done");
    let o = b.run(&p, b.quick("redx", ConnectionPath::Update));
    assert_eq!(o.code(), 0, "{}", o.out);
    assert!(
        o.out.contains(&dynsync::marketo::CHECKLIST[5].fix()),
        "the fix for the red item"
    );
    assert!(
        o.out.contains("dynsync ✓ marketo.config_user"),
        "what dynsync's checks say about it"
    );
    assert!(
        o.out.contains("dynsync's own checks for this item pass"),
        "points at Marketo's stored values"
    );
    assert_eq!(
        b.fake.sim.stats.count(Route::Token),
        2,
        "dynsync validated again"
    );
    let transcript = std::fs::read_to_string(b.transcript_path()).unwrap();
    assert!(transcript.contains("red X on \"Sync user is assigned to the Marketo solution\""));
}

#[test]
fn enable_sync_needs_green_or_an_explicit_override() {
    let b = Bench::new(SimConfig::default()).with_env_secrets();
    let mut p = ScriptedPrompter::new()
        .text("unique name", "org1a2b3c4d")
        .select("When you have done this", "Done")
        .select("When you have done this", "Done")
        .select("What does Marketo show", "Some items");
    for i in 0..7 {
        p = p.select("In Marketo", if i == 0 { "Red" } else { "Green" });
    }
    let p = p.select("Fix the red items", "Abort");
    let o = b.run(&p, b.quick("gate", ConnectionPath::Update));
    assert_eq!(o.code(), 1);
    let s = b.state("gate");
    assert!(!s.marketo.contains_key(&MarketoStep::EnableSync));
    assert!(s.sync_off_since().is_some());
    assert!(o.out.contains("The Marketo sync is DISABLED"), "{}", o.out);
}

#[test]
fn abort_after_disable_sync_then_resume_finishes() {
    let b = Bench::new(SimConfig::default()).with_env_secrets();
    let p = ScriptedPrompter::new()
        .text("unique name", "org1a2b3c4d")
        .select("When you have done this", "Done") // Disable Sync
        .select("When you have done this", "Abort"); // Edit credentials
    let o = b.run(&p, b.quick("resume", ConnectionPath::Update));
    assert_eq!(o.code(), 1);
    assert!(o.out.contains("The Marketo sync is DISABLED"), "{}", o.out);
    assert!(o.out.contains("dynsync setup --resume --profile resume"));
    let s = b.state("resume");
    assert!(s.marketo.contains_key(&MarketoStep::DisableSync));
    assert_eq!(s.reached, Some(Step::Save));

    // Resume: secrets come back from the keyring; nothing before the Marketo steps is asked.
    let mut b = b;
    b.vars.clear();
    let p = ScriptedPrompter::new()
        .select("When you have done this", "Done") // Edit credentials
        .select("What does Marketo show", "All seven")
        .select("When you have done this", "Done"); // Enable Sync
    let settings = Settings {
        resume: true,
        profile: Some("resume".into()),
        ..b.settings()
    };
    let o = b.run(&p, settings);
    assert_eq!(o.code(), 0, "{}", o.out);
    let s = b.state("resume");
    assert!(s.finished_at.is_some());
    assert!(s.sync_off_since().is_none());
    assert!(s.marketo.contains_key(&MarketoStep::EnableSync));
}

#[test]
fn resume_without_profile_finds_the_latest_unfinished() {
    let b = Bench::new(SimConfig::default()).with_env_secrets();
    let p = ScriptedPrompter::new()
        .text("unique name", "org1a2b3c4d")
        .select("When you have done this", "Abort");
    assert_eq!(
        b.run(&p, b.quick("latest", ConnectionPath::Update)).code(),
        1
    );
    let p = marketo_update_all_green(ScriptedPrompter::new());
    let o = b.run(
        &p,
        Settings {
            resume: true,
            ..b.settings()
        },
    );
    assert_eq!(o.code(), 0, "{}", o.out);
}

#[test]
fn interrupted_prompt_saves_and_exits_130() {
    let b = Bench::new(SimConfig::default()).with_env_secrets();
    let p = ScriptedPrompter::new()
        .text("unique name", "org1a2b3c4d")
        .select("When you have done this", "Done")
        .interrupt("select", "When you have done this");
    let o = b.run(&p, b.quick("ctrlc", ConnectionPath::Update));
    assert!(matches!(o.result, Err(Error::Interrupted)));
    assert_eq!(o.code(), 130);
    let s = b.state("ctrlc");
    assert!(
        s.sync_off_since().is_some(),
        "the disabled sync is on record for the warning"
    );
}

#[test]
fn revalidation_uses_the_profiles_login_host_and_ca() {
    let b = Bench::new(SimConfig::default()).with_env_secrets();
    let p = marketo_update_all_green(ScriptedPrompter::new().text("unique name", "org1a2b3c4d"));
    assert_eq!(
        b.run(&p, b.quick("saved", ConnectionPath::Update)).code(),
        0
    );
    // Re-run with no connection flags at all: the profile's login host and CA bundle apply
    // (without them the sign-in would go to the public login host and fail).
    let p = ScriptedPrompter::new().select("finished", "Re-validate");
    let o = b.run(
        &p,
        Settings {
            profile: Some("saved".into()),
            ..Default::default()
        },
    );
    assert_eq!(o.code(), 0, "{}\n{}", o.out, o.err);
    assert_eq!(b.fake.sim.stats.count(Route::Token), 2);
}

#[test]
fn finished_setup_rerun_offers_revalidation() {
    let b = Bench::new(SimConfig::default()).with_env_secrets();
    let p = marketo_update_all_green(ScriptedPrompter::new().text("unique name", "org1a2b3c4d"));
    assert_eq!(
        b.run(&p, b.quick("again", ConnectionPath::Update)).code(),
        0
    );
    let mut b = b;
    b.vars.clear();
    let p = ScriptedPrompter::new().select("finished", "Re-validate");
    let o = b.run(
        &p,
        Settings {
            profile: Some("again".into()),
            ..b.settings()
        },
    );
    assert_eq!(o.code(), 0, "{}", o.out);
    assert_eq!(b.fake.sim.stats.count(Route::Token), 2);
    let p = ScriptedPrompter::new()
        .select("finished", "Start over")
        .select("first-time connection", "Updating")
        .select("How will Marketo sign in", "licensed sync user")
        .confirm("already have an app registration", true)
        .text("Application (client) ID", DEMO.client_id)
        .secret("Client secret", DEMO.client_secret)
        .interrupt("input", "expiry date");
    let o = b.run(
        &p,
        Settings {
            profile: Some("again".into()),
            ..b.settings()
        },
    );
    assert_eq!(o.code(), 130);
    assert!(b.state("again").finished_at.is_none(), "started over");
}

#[test]
fn without_a_terminal_yes_saves_and_prints_the_checklist() {
    let mut b = Bench::new(SimConfig::default()).with_env_secrets();
    b.io = PIPE;
    let settings = Settings {
        yes: true,
        ..b.quick("ci", ConnectionPath::Update)
    };
    let o = b.run(&ScriptedPrompter::new(), settings);
    assert_eq!(o.code(), 0, "{}", o.out);
    assert!(
        o.out.contains("[ ] 1. Disable Sync") && o.out.contains("[ ] 4. Enable Sync"),
        "{}",
        o.out
    );
    assert_eq!(b.stored("ci", SecretKind::Password).unwrap(), DEMO.password);
    assert!(
        b.state("ci").finished_at.is_none(),
        "the Marketo steps are the admin's to do"
    );

    let mut b2 = Bench::new(SimConfig::default());
    b2.io = PIPE;
    let o = b2.run(
        &ScriptedPrompter::new(),
        Settings {
            yes: true,
            ..b2.quick("ci2", ConnectionPath::Update)
        },
    );
    assert_eq!(o.code(), 2, "a missing secret without a terminal");
    assert!(matches!(&o.result, Err(Error::Invalid(m)) if m.contains("DYNSYNC_CLIENT_SECRET")));
}

/// A red "Sync user is assigned to the Marketo Sync User role" while the roles are fine: the
/// wizard names the cause dynsync found (Marketo Config "Default" names another user), in its
/// prediction and under the red item.
#[test]
fn red_role_item_names_the_marketo_config_cause() {
    let b = Bench::new(SimConfig {
        config_user: dynsync::sim::ConfigUser::Other,
        ..SimConfig::default()
    })
    .with_env_secrets();
    let tenant = b.fake.sim.handle();
    let mut p = ScriptedPrompter::new()
        .select("Fix this in Dynamics", "Continue anyway")
        .text("unique name", "org1a2b3c4d")
        .select("When you have done this", "Done") // Disable Sync
        .select("When you have done this", "Done") // Edit credentials
        .select("What does Marketo show", "Some items");
    for i in 0..7 {
        p = p.select("In Marketo", if i == 2 { "Red" } else { "Green" });
    }
    let p = p
        .select_then("Fix the red items", "Fixed", move || {
            tenant.configure(|c| c.config_user = dynsync::sim::ConfigUser::SyncUser);
        })
        .select("What does Marketo show", "All seven")
        .select("When you have done this", "Done"); // Enable Sync
    let o = b.run(&p, b.quick("cause", ConnectionPath::Update));
    assert_eq!(o.code(), 0, "{}", o.out);
    let cause = "because Marketo Config \"Default\" does not name the sync user (marketo.config_user: Marketo Config \"Default\" names Dana Admin";
    assert!(
        o.out.contains(&format!(
            "✗ Sync user is assigned to the Marketo Sync User role\n        {cause}"
        )),
        "the prediction names the cause: {}",
        o.out
    );
    assert!(
        o.out
            .contains(&format!("  dynsync predicted it red {cause}")),
        "and so does the red item: {}",
        o.out
    );
    assert!(o.out.contains("dynsync ✓ dynamics.roles"), "{}", o.out);
}

#[test]
fn a_federated_refusal_is_not_counted_as_a_wrong_password() {
    // AADSTS50126 on a federated domain without an HRD policy: the password may well be right.
    let b = Bench::new(SimConfig {
        realm: dynsync::sim::Realm::Federated,
        hrd_policy: false,
        ..SimConfig::default()
    })
    .with_env_secrets();
    let p = ScriptedPrompter::new()
        .confirm("HRD policy in place", true)
        .select("What now", "Run the checks again")
        .select("What now", "Run the checks again")
        .select("What now", "Run the checks again")
        .select("What now", "Abort");
    let o = b.run(&p, b.quick("fed", ConnectionPath::Update));
    assert_eq!(o.code(), 1, "{}", o.out);
    assert!(!o.out.contains("refused 3 times"), "{}", o.out);
    assert!(
        o.out.contains("AllowCloudPasswordValidation"),
        "the HRD fix is shown"
    );
    assert_eq!(b.state("fed").password_attempts, 0);
    assert_eq!(b.fake.sim.stats.count(Route::Token), 4);
}

#[test]
fn a_refused_password_is_never_sent_again_without_asking() {
    let mut b = Bench::new(SimConfig::default()).with_env_secrets();
    b.vars
        .insert("DYNSYNC_PASSWORD".into(), "Summer2026!".into());
    b.secrets_seen.push("Summer2026!".into());
    // "Run the checks again" after a refusal asks for the password instead of re-sending it.
    let p = ScriptedPrompter::new()
        .select("What now", "Run the checks again")
        .secret("Password", DEMO.password)
        .text("unique name", "org1a2b3c4d");
    let p = marketo_update_all_green(p);
    let o = b.run(&p, b.quick("again", ConnectionPath::Update));
    assert_eq!(o.code(), 0, "{}", o.out);
    assert_eq!(b.fake.sim.stats.count(Route::Token), 2);
    assert_eq!(b.state("again").password_attempts, 1);
}

#[test]
fn a_resume_after_a_refused_password_asks_for_it_again() {
    let mut b = Bench::new(SimConfig::default()).with_env_secrets();
    b.vars
        .insert("DYNSYNC_PASSWORD".into(), "Summer2026!".into());
    b.secrets_seen.push("Summer2026!".into());
    let p = ScriptedPrompter::new().select("What now", "Abort");
    let o = b.run(&p, b.quick("later", ConnectionPath::Update));
    assert_eq!(o.code(), 1, "{}", o.out);
    assert_eq!(b.fake.sim.stats.count(Route::Token), 1);
    // The env var still holds the refused password: the resume asks instead of sending it.
    let p = ScriptedPrompter::new()
        .secret("Password", DEMO.password)
        .text("unique name", "org1a2b3c4d");
    let p = marketo_update_all_green(p);
    let o = b.run(
        &p,
        Settings {
            resume: true,
            ..b.quick("later", ConnectionPath::Update)
        },
    );
    assert_eq!(o.code(), 0, "{}", o.out);
    assert_eq!(b.fake.sim.stats.count(Route::Token), 2);
}

#[test]
fn continuing_past_a_red_x_is_typed_and_recorded() {
    let b = Bench::new(SimConfig::default()).with_env_secrets();
    let mut p = ScriptedPrompter::new()
        .text("unique name", "org1a2b3c4d")
        .select("When you have done this", "Done")
        .select("When you have done this", "Done")
        .select("What does Marketo show", "Some items");
    for i in 0..7 {
        p = p.select("In Marketo", if i == 0 { "Red" } else { "Green" });
    }
    let p = p
        // A confirmation mistyped skips nothing: the menu comes back.
        .select("Fix the red items", "Continue anyway")
        .text("Type continue", "yes")
        .select("Fix the red items", "Continue anyway")
        .text("Type continue", "continue")
        // The gate: Enable Sync, as the recorded override.
        .select("When you have done this", "Done");
    let o = b.run(&p, b.quick("past", ConnectionPath::Update));
    assert_eq!(o.code(), 0, "{}", o.out);
    let s = b.state("past");
    assert!(s.marketo[&MarketoStep::ValidateSync].overridden);
    assert!(s.marketo[&MarketoStep::EnableSync].overridden);
    assert!(s.finished_at.is_some());
    let transcript = std::fs::read_to_string(b.transcript_path()).unwrap();
    assert!(
        transcript.contains("continued past Marketo's red X"),
        "{transcript}"
    );
    assert!(transcript.contains("override"), "{transcript}");
    // On the profile too, with the items Marketo showed red.
    let prof = dynsync::profile::Profiles::new(b.dir.path())
        .get("past")
        .unwrap();
    let recorded = prof.checklist_override.expect("the override is recorded");
    assert_eq!(recorded.red.len(), 1, "{recorded:?}");
}

/// Ctrl-C at the org guard: the secrets are never in the checkpoint, so a resume asks for them
/// again (prompts or env vars) and runs the checks again, which give the org guard the org's
/// names; a second stop there resumes the same way.
#[test]
fn interrupted_at_the_org_guard_resumes_with_the_secrets_asked_again() {
    let mut b = Bench::new(SimConfig::default());
    let p = ScriptedPrompter::new()
        .secret("Client secret", DEMO.client_secret)
        .secret("Password", DEMO.password)
        .interrupt("input", "unique name");
    let o = b.run(&p, b.quick("guard", ConnectionPath::Update));
    assert_eq!(o.code(), 130, "{}", o.out);
    assert_eq!(b.state("guard").reached, Some(Step::Preflight));
    let resume = |b: &Bench| Settings {
        resume: true,
        profile: Some("guard".into()),
        ..b.settings()
    };

    // Resumed, and stopped at the same prompt again: the secrets are asked for again and the
    // guard asks for the org's unique name (not a y/N about an "(unknown)" org).
    let p = ScriptedPrompter::new()
        .secret("Client secret", DEMO.client_secret)
        .secret("Password", DEMO.password)
        .interrupt("input", "unique name");
    let o = b.run(&p, resume(&b));
    assert_eq!(o.code(), 130, "{}\n{}", o.out, o.err);
    assert!(o.out.contains("org1a2b3c4d"), "{}", o.out);
    assert_eq!(p.remaining(), 0);

    // Resumed with the secrets in the environment: it finishes.
    b.vars
        .insert("DYNSYNC_CLIENT_SECRET".into(), DEMO.client_secret.into());
    b.vars
        .insert("DYNSYNC_PASSWORD".into(), DEMO.password.into());
    let p = marketo_update_all_green(ScriptedPrompter::new().text("unique name", "org1a2b3c4d"));
    let o = b.run(&p, resume(&b));
    assert_eq!(o.code(), 0, "{}\n{}", o.out, o.err);
    assert_eq!(p.remaining(), 0);
    let s = b.state("guard");
    assert!(s.finished_at.is_some());
    assert_eq!(s.org_confirmed.as_deref(), Some("org1a2b3c4d"));
    assert_eq!(
        b.stored("guard", SecretKind::ClientSecret).unwrap(),
        DEMO.client_secret
    );
    assert_eq!(
        b.stored("guard", SecretKind::Password).unwrap(),
        DEMO.password
    );
    assert_eq!(
        b.fake.sim.stats.count(Route::Token),
        3,
        "checked on each run"
    );
}

/// A checkpoint left by the old behaviour (the org guard passed without the checks, no secrets,
/// the save failed) resumes too: the save step gets the secrets and the checks first.
#[test]
fn a_checkpoint_stuck_before_the_save_resumes() {
    let b = Bench::new(SimConfig::default()).with_env_secrets();
    let p = ScriptedPrompter::new().interrupt("input", "unique name");
    assert_eq!(
        b.run(&p, b.quick("stuck", ConnectionPath::Update)).code(),
        130
    );
    let mut s = b.state("stuck");
    s.reached = Some(Step::OrgGuard);
    dynsync::wizard::state::Checkpoints::new(b.dir.path())
        .save(&s)
        .unwrap();
    let p = marketo_update_all_green(ScriptedPrompter::new().text("unique name", "org1a2b3c4d"));
    let o = b.run(
        &p,
        Settings {
            resume: true,
            profile: Some("stuck".into()),
            ..b.settings()
        },
    );
    assert_eq!(o.code(), 0, "{}\n{}", o.out, o.err);
    assert!(b.state("stuck").finished_at.is_some());
    assert_eq!(
        b.state("stuck").org_confirmed.as_deref(),
        Some("org1a2b3c4d")
    );
}

/// Issue 10 item 9: setup's save remembers the Marketo Config table its preflight found, so the
/// first `validate --profile` already reads the Default row at once.
#[test]
fn setup_saves_the_marketo_config_table_it_found() {
    let mut b = Bench::new(SimConfig::default()).with_env_secrets();
    b.io = PIPE;
    let settings = Settings {
        yes: true,
        ..b.quick("ci", ConnectionPath::Update)
    };
    let o = b.run(&ScriptedPrompter::new(), settings);
    assert_eq!(o.code(), 0, "{}", o.out);
    let profile = dynsync::profile::Profiles::new(b.dir.path())
        .get("ci")
        .unwrap();
    let table = profile.marketo_config.expect("the table, remembered");
    assert_eq!(table.logical_name, "mkto_marketoconfig");
    assert_eq!(table.entity_set, "mkto_marketoconfigs");
    assert_eq!(table.lookup.as_deref(), Some("_mkto_marketouser_value"));
    assert_eq!(table.solution_version, "5.0.2.1");
}

#[test]
fn an_org_that_cannot_be_reached_offers_to_re_enter_the_org_url() {
    let b = Bench::new(SimConfig::default()).with_env_secrets();
    let dead = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        format!("https://127.0.0.1:{}", l.local_addr().unwrap().port())
    };
    let good = b.fake.sim.url();
    let p = ScriptedPrompter::new()
        .select("What now", "Re-enter the org URL")
        .text("org URL", &good)
        .text("unique name", "org1a2b3c4d");
    let p = marketo_update_all_green(p);
    let mut s = b.quick("moved", ConnectionPath::Update);
    s.conn.org_url = Some(dead);
    let o = b.run(&p, s);
    assert_eq!(o.code(), 0, "{}", o.out);
    let prof = dynsync::profile::Profiles::new(b.dir.path())
        .get("moved")
        .unwrap();
    assert_eq!(prof.org_url.as_deref(), Some(good.as_str()));
}
