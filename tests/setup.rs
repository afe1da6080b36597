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
        // A form the rule does not take, then the portal's own (en-US M/D/YYYY).
        .text("expiry date", "1.5.2027")
        .text("expiry date", "5/1/2027")
        .text("Sync user's UPN", DEMO.username)
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
    // The copy is reported as sent with OSC 52, which a terminal may ignore: never "Copied".
    assert!(
        o.out
            .contains("Sent Client ID to the terminal's clipboard with OSC 52")
            && o.out.contains("ignores OSC 52")
            && !o.out.contains("Copied"),
        "{}",
        o.out
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
    assert!(
        o.out
            .contains("\"1.5.2027\" is not a date: use YYYY-MM-DD (2027-05-01) or M/D/YYYY")
            && o.out.contains("Read as 2027-05-01"),
        "{}",
        o.out
    );
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
    // Every step's heading counts it among the steps (9), the Marketo ones among the path's (4).
    for heading in [
        "── Step 1 of 9: Welcome and profile ──",
        "── Step 2 of 9: App registration ──",
        "── Step 4 of 9: Sync user and org ──",
        "── Step 9 of 9: Summary ──",
        "── Marketo, step 1 of 4: Edit credentials ──",
        "── Marketo, step 4 of 4: Enable Sync ──",
    ] {
        assert!(o.out.contains(heading), "no {heading:?} in\n{}", o.out);
    }
    // Before the first sync, Marketo's Dynamics page is under CRM, for every step.
    assert!(
        o.out
            .contains("Marketo: Admin → CRM → Microsoft → Validate Sync Setup")
            && !o.out.contains("Marketo: Admin → Integration"),
        "{}",
        o.out
    );
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
    // The command that continues stands on its own line, to be copied whole.
    assert!(
        o.out
            .contains("then run:\n    dynsync setup --resume --profile lock\n"),
        "{}",
        o.out
    );
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
    // Since when, in local time to the second.
    let since = dynsync::ui::local_time(b.clock.0);
    assert!(o.out.contains(&format!("(since {since})")), "{}", o.out);
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
    // The Validate screen shows the prediction: the checks ran again with the saved secrets.
    assert!(!o.out.contains("run the checks first"), "{}", o.out);
    assert!(o.out.contains("    ✓ URL is valid"), "{}", o.out);
    // One path per Marketo state: this connection existed, so Integration → Microsoft Dynamics.
    assert!(
        o.out
            .contains("Marketo: Admin → Integration → Microsoft Dynamics → Validate Sync Setup"),
        "{}",
        o.out
    );
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
        confirm_org: Some("org1a2b3c4d".into()),
        ..b.quick("ci", ConnectionPath::Update)
    };
    let o = b.run(&ScriptedPrompter::new(), settings);
    assert_eq!(o.code(), 0, "{}", o.out);
    assert!(
        o.out.contains("[ ] 1. Disable Sync") && o.out.contains("[ ] 4. Enable Sync"),
        "{}",
        o.out
    );
    // Only what was done is called done: the Marketo steps are a checklist still to do.
    assert!(
        !o.out.contains("Done:")
            && !o.out.contains("records what you did")
            && o.out.contains("Still to do in Marketo")
            && o.out.contains("they are not done yet"),
        "{}",
        o.out
    );
    let transcript = std::fs::read_to_string(b.transcript_path()).unwrap();
    assert!(
        transcript.contains("Org confirmed with --confirm-org"),
        "{transcript}"
    );
    // The checks that ran are the profile's last validation.
    let profile = dynsync::profile::Profiles::new(b.dir.path())
        .get("ci")
        .unwrap();
    let last = profile
        .last_validation
        .expect("the last validation, recorded");
    assert!(last.ok && last.exit_code == 0, "{last:?}");
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
            confirm_org: Some("org1a2b3c4d".into()),
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
        confirm_org: Some("org1a2b3c4d".into()),
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

/// A run that passes with warnings says so in the transcript (not "every check passed").
#[test]
fn the_transcript_counts_the_warnings() {
    let b = Bench::new(SimConfig::default()).with_env_secrets();
    let p = ScriptedPrompter::new().text("unique name", "org1a2b3c4d");
    let p = marketo_update_all_green(p);
    let settings = dynsync::wizard::Settings {
        // A week before the secret expires: secret.expiry warns.
        secret_expires: Some("2026-11-30".into()),
        ..b.quick("warned", ConnectionPath::Update)
    };
    let o = b.run(&p, settings);
    assert_eq!(o.code(), 0, "{}", o.out);
    let transcript = std::fs::read_to_string(b.transcript_path()).unwrap();
    // The loopback org URL warns in input, the near expiry in secret.expiry.
    assert!(
        transcript.contains("Preflight: passed with 2 warnings (input, secret.expiry)"),
        "{transcript}"
    );
    assert!(!transcript.contains("every check passed"), "{transcript}");
}

/// `--confirm-org` stands for the typed unique name: another org's name stops the setup with
/// exit 2, naming the flag, before anything is saved; without it `--yes` cannot pass the guard.
#[test]
fn confirm_org_must_name_the_org() {
    let mut b = Bench::new(SimConfig::default()).with_env_secrets();
    b.io = PIPE;
    let o = b.run(
        &ScriptedPrompter::new(),
        Settings {
            yes: true,
            confirm_org: Some("contoso".into()),
            ..b.quick("wrong", ConnectionPath::Update)
        },
    );
    assert_eq!(o.code(), 2, "{}", o.out);
    assert!(
        matches!(&o.result, Err(Error::Invalid(m))
            if m.contains("--confirm-org contoso is not the unique name")
                && m.contains("which is org1a2b3c4d")),
        "{:?}",
        o.result
    );
    assert!(
        dynsync::profile::Profiles::new(b.dir.path())
            .get("wrong")
            .is_err(),
        "nothing saved"
    );
    assert!(b.stored("wrong", SecretKind::Password).is_none());

    // Without --confirm-org (settings made without the command's own refusal): the guard stops.
    let o = b.run(
        &ScriptedPrompter::new(),
        Settings {
            yes: true,
            ..b.quick("none", ConnectionPath::Update)
        },
    );
    assert_eq!(o.code(), 2, "{}", o.out);
    assert!(
        matches!(&o.result, Err(Error::Invalid(m)) if m.contains("--confirm-org UNIQUE_NAME is required")),
        "{:?}",
        o.result
    );

    // On a terminal, --confirm-org replaces the typed name: nothing is asked at the guard.
    let b = Bench::new(SimConfig::default()).with_env_secrets();
    let p = marketo_update_all_green(ScriptedPrompter::new());
    let o = b.run(
        &p,
        Settings {
            confirm_org: Some("ORG1A2B3C4D".into()),
            ..b.quick("typed", ConnectionPath::Update)
        },
    );
    assert_eq!(o.code(), 0, "{}", o.out);
    assert_eq!(
        b.state("typed").org_confirmed.as_deref(),
        Some("org1a2b3c4d")
    );
}

/// `setup --yes` without `--confirm-org` is refused at once (exit 2, naming the flag): no
/// request is sent.
#[test]
fn setup_yes_without_confirm_org_is_refused_before_any_request() {
    let fake = common::Fake::start(SimConfig::default());
    let url = fake.sim.url();
    let dir = tempfile::tempdir().unwrap();
    let out = common::Run::new(&[
        "--config-dir",
        dir.path().to_str().unwrap(),
        "setup",
        "--yes",
        "--profile",
        "ci",
        "--path",
        "update",
        "--existing-app",
        "--client-id",
        DEMO.client_id,
        "--username",
        DEMO.username,
        "--org-url",
        &url,
        "--authority-host",
        &url,
        "--ca-bundle",
        fake.ca.path().to_str().unwrap(),
    ])
    .env("DYNSYNC_CLIENT_SECRET", DEMO.client_secret)
    .env("DYNSYNC_PASSWORD", DEMO.password)
    .run();
    assert_eq!(out.code, 2, "{}{}", out.stdout, out.stderr);
    assert!(
        out.stderr.contains("--confirm-org UNIQUE_NAME is required"),
        "{}",
        out.stderr
    );
    assert_eq!(fake.sim.stats.requests(), 0);
}

/// `--help` lists the exit codes where they apply; `demo-tenant` does not offer `--config-dir`
/// (it keeps no profiles) and refuses it by name.
#[test]
fn help_lists_exit_codes_and_demo_tenant_has_no_config_dir() {
    for command in ["setup", "rotate", "validate", "explain"] {
        let out = common::Run::new(&[command, "--help"]).run();
        assert_eq!(out.code, 0, "{command}: {}", out.stderr);
        assert!(
            out.stdout.contains("Exit codes:") && out.stdout.contains("130  interrupted"),
            "{command} --help:\n{}",
            out.stdout
        );
    }
    #[cfg(feature = "demo")]
    {
        let help = common::Run::new(&["demo-tenant", "--help"]).run();
        assert_eq!(help.code, 0);
        assert!(!help.stdout.contains("--config-dir"), "{}", help.stdout);
        let refused = common::Run::new(&["demo-tenant", "--config-dir", "/tmp/x"]).run();
        assert_eq!(refused.code, 2, "{}", refused.stderr);
        assert!(
            refused.stderr.contains("demo-tenant keeps no profiles"),
            "{}",
            refused.stderr
        );
    }
}

/// `setup --demo` through the command, in process, on a terminal: its config directory and the
/// in-memory keyring of the demo, with `--config-dir` as given.
fn demo_command(
    config: &std::path::Path,
    args: &[&str],
    prompter: impl FnOnce() -> ScriptedPrompter + Send + 'static,
) -> String {
    // The whole command's future is deep in a debug build: a main thread's stack, as the binary has.
    let config = config.to_path_buf();
    let args: Vec<String> = args.iter().map(|a| a.to_string()).collect();
    std::thread::Builder::new()
        .stack_size(16 << 20)
        .spawn(move || {
            let args: Vec<&str> = args.iter().map(String::as_str).collect();
            demo_command_here(&config, &args, &prompter())
        })
        .unwrap()
        .join()
        .unwrap()
}

fn demo_command_here(
    config: &std::path::Path,
    args: &[&str],
    prompter: &ScriptedPrompter,
) -> String {
    use clap::Parser;
    let mut argv = vec!["dynsync", "--config-dir", config.to_str().unwrap()];
    argv.extend_from_slice(args);
    let cli = dynsync::cli::Cli::try_parse_from(argv).unwrap();
    let store = dynsync::secrets::MemoryStore::default();
    let clock = dynsync::clock::FixedClock("2026-11-23T12:00:00Z".parse().unwrap());
    let vars = |_: &str| None;
    let stdin = std::cell::RefCell::new(std::io::Cursor::new(Vec::new()));
    let stdout = std::cell::RefCell::new(Vec::new());
    let stderr = std::cell::RefCell::new(Vec::new());
    let ctx = dynsync::ctx::Ctx {
        io: TTY,
        verbose: false,
        stdout: &stdout,
        stderr: &stderr,
        stdin: &stdin,
        prompter,
        store: &store,
        clock: &clock,
        sleep: &dynsync::ctx::NoSleep,
        cancel: dynsync::ctx::Cancel::default(),
        vars: &vars,
        config_dir: Some(config.to_path_buf()),
    };
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let result = rt.block_on(dynsync::cli::dispatch(&cli.command, &ctx));
    let out = String::from_utf8(stdout.into_inner()).unwrap();
    let err = String::from_utf8(stderr.into_inner()).unwrap();
    format!("{out}{err}\nexit {}", dynsync::error::exit_code(&result))
}

/// The demo keeps its progress beside the profiles until it completes: a stop after the save
/// resumes with the command it printed (the demo's secrets put back in its in-memory keyring,
/// the checks run again for the Validate screen), and the completed demo leaves nothing behind.
#[test]
fn a_demo_stopped_in_marketo_resumes_and_is_removed_when_it_completes() {
    let config = tempfile::tempdir().unwrap();
    let kept = config.path().join("demo-setup");
    let p = || {
        ScriptedPrompter::new()
            .text("Profile name", "demo")
            .select("first-time connection", "Updating")
            .confirm("already have an app registration", true)
            .text("Application (client) ID", DEMO.client_id)
            .secret("Client secret", DEMO.client_secret)
            .text("expiry date", "")
            .text("Sync user's UPN", DEMO.username)
            .secret("Password of", DEMO.password)
            .text("org URL", "https://contoso.crm.dynamics.com")
            .text("unique name", "org1a2b3c4d")
            .select("When you have done this", "Done") // Disable Sync
            .select("When you have done this", "Abort") // Edit credentials
    };
    let out = demo_command(config.path(), &["setup", "--demo"], p);
    assert!(out.ends_with("exit 1"), "{out}");
    let resume = "dynsync setup --demo --resume --profile demo";
    assert!(out.contains(resume), "{out}");
    assert!(kept.join("setup/demo.json").is_file(), "{out}");
    assert!(
        !config.path().join("profiles.toml").exists(),
        "not among the real profiles"
    );

    let p = || {
        ScriptedPrompter::new()
            .select("When you have done this", "Done") // Edit credentials
            .select("What does Marketo show", "All seven")
            .select("When you have done this", "Done") // Enable Sync
    };
    let args: Vec<&str> = resume.split_whitespace().skip(1).collect();
    let out = demo_command(config.path(), &args, p);
    assert!(out.ends_with("exit 0"), "{out}");
    assert!(
        out.contains("Resuming the setup of demo after step Save."),
        "{out}"
    );
    assert!(
        out.contains("    ✓ Username and password are valid")
            && !out.contains("run the checks first"),
        "{out}"
    );
    assert!(!kept.exists(), "the completed demo is removed");
}

/// `rotate --demo` keeps its progress too: stopped in Marketo, `rotate --demo --resume` (as
/// printed) finishes it with the new secret it had, and the completed demo leaves nothing.
#[test]
fn a_rotation_demo_resumes() {
    let config = tempfile::tempdir().unwrap();
    let kept = config.path().join("demo-rotate");
    let p = || {
        ScriptedPrompter::new()
            .select("What changes", "client secret")
            .confirm("Open the Azure portal", false)
            .select("When you have done this", "Done")
            .secret("Client secret", DEMO.new_client_secret)
            .text("expiry date", "5/1/2027")
            .select("When you have done this", "Done") // Disable Sync
            .select("When you have done this", "Abort") // Edit credentials
    };
    let out = demo_command(config.path(), &["rotate", "--demo"], p);
    assert!(out.ends_with("exit 1"), "{out}");
    let resume = "dynsync rotate --demo --resume";
    assert!(out.contains(resume), "{out}");
    assert!(kept.join("rotate/demo.json").is_file(), "{out}");

    let p = || {
        ScriptedPrompter::new()
            .select("When you have done this", "Done") // Edit credentials
            .select("What does Marketo show", "All seven")
            .select("When you have done this", "Done") // Enable Sync
    };
    let args: Vec<&str> = resume.split_whitespace().skip(1).collect();
    let out = demo_command(config.path(), &args, p);
    assert!(out.ends_with("exit 0"), "{out}");
    assert!(
        out.contains("The new client secret of demo is in the keyring"),
        "{out}"
    );
    assert!(!kept.exists(), "the completed demo is removed");
}
