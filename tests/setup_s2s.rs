//! `dynsync setup --auth s2s` with the real wizard in process against the simulator: a new S2S
//! connection (no password anywhere, Marketo's Web API fields), the switch of a password
//! connection through Marketo's Reconfigure procedure with the 15-minute wait after Switch (and
//! the wait continued with `--resume` from the recorded switch), and `rotate` on an S2S profile.

mod common;

use common::bench::*;

use dynsync::connection::AuthKind;
use dynsync::error::Error;
use dynsync::secrets::{Secret, SecretKind, SecretStore};
use dynsync::sim::{APP, DEMO, scenario};
use dynsync::ui::testing::ScriptedPrompter;
use dynsync::wizard::Settings;
use dynsync::wizard::state::{Checkpoints, ConnectionPath, MarketoStep, Rotating, Step};

fn s2s_bench() -> Bench {
    let mut b = Bench::new(scenario("s2s-ok").unwrap().config).with_env_secrets();
    b.vars.remove("DYNSYNC_PASSWORD");
    b
}

fn s2s_settings(b: &Bench, profile: &str, path: ConnectionPath) -> Settings {
    let mut s = b.quick(profile, path);
    s.conn.auth = Some(AuthKind::S2s);
    s.conn.username = Some(APP.email.into());
    s
}

#[test]
fn a_new_s2s_connection_has_no_password_and_marketos_web_api_fields() {
    let mut b = s2s_bench();
    b.io = PIPE;
    let settings = Settings {
        yes: true,
        confirm_org: Some("org1a2b3c4d".into()),
        ..s2s_settings(&b, "app", ConnectionPath::FirstTime)
    };
    let o = b.run(&ScriptedPrompter::new(), settings);
    assert_eq!(o.code(), 0, "{}\n{}", o.out, o.err);
    let profile = dynsync::profile::Profiles::new(b.dir.path())
        .get("app")
        .unwrap();
    assert_eq!(profile.auth, Some(AuthKind::S2s));
    assert_eq!(profile.username.as_deref(), Some(APP.email));
    assert_eq!(b.stored("app", SecretKind::Password), None);
    assert_eq!(
        b.stored("app", SecretKind::ClientSecret).as_deref(),
        Some(DEMO.client_secret)
    );
    // The application user's steps, then Marketo's Web API form with the tenant ID.
    assert!(
        o.out.contains("Application users → New app user"),
        "{}",
        o.out
    );
    // The repair command names this profile.
    assert!(o.out.contains("dynsync fix --profile app\n"), "{}", o.out);
    assert!(o.out.contains("choose Web API"), "{}", o.out);
    assert!(
        o.out
            .contains(&format!("Tenant ID:      {}", DEMO.tenant_id)),
        "{}",
        o.out
    );
    assert!(!o.out.contains("Password:"), "{}", o.out);
    // The checks ran as S2S: the realm is not looked up.
    assert_eq!(b.fake.sim.stats.count(dynsync::sim::Route::Realm), 0);
}

#[test]
fn switching_a_password_connection_reconfigures_and_waits_15_minutes() {
    let b = s2s_bench();
    // The existing password connection, its password in the keyring.
    dynsync::profile::Profiles::new(b.dir.path())
        .update(|m| {
            let p = m.entry("prod".into()).or_default();
            p.client_id = Some(DEMO.client_id.into());
            p.username = Some(DEMO.username.into());
            Ok(())
        })
        .unwrap();
    b.store
        .set("prod", SecretKind::Password, &Secret::new(DEMO.password))
        .unwrap();
    let p = ScriptedPrompter::new()
        .select("When you have done this", "Done") // the application user's steps
        .text("unique name", "org1a2b3c4d")
        .select("When you have done this", "Done") // Disable Sync
        .select("When you have done this", "Done") // Reconfigure New Auth Method
        .select("When you have done this", "Done"); // Enable Sync
    let o = b.run(&p, s2s_settings(&b, "prod", ConnectionPath::Update));
    assert_eq!(o.code(), 0, "{}\n{}", o.out, o.err);
    assert!(
        o.out.contains("Reconfigure Dynamics Authentication Method"),
        "{}",
        o.out
    );
    assert!(
        o.out
            .contains("Validate (all green) → Switch → Confirm → Confirm → OK"),
        "{}",
        o.out
    );
    assert!(o.out.contains("15 min left, until 12:15 UTC"), "{}", o.out);
    let s = b.state("prod");
    assert!(s.reconfigure);
    let steps: Vec<MarketoStep> = s.marketo.keys().copied().collect();
    assert_eq!(
        steps,
        MarketoStep::for_setup(ConnectionPath::Update, true),
        "{steps:?}"
    );
    let profile = dynsync::profile::Profiles::new(b.dir.path())
        .get("prod")
        .unwrap();
    assert_eq!(profile.auth, Some(AuthKind::S2s));
    assert_eq!(
        b.stored("prod", SecretKind::Password),
        None,
        "the old password is no longer kept"
    );

    // Stopped during the wait, 10 minutes after Switch: --resume waits the 5 minutes left.
    let mut s = b.state("prod");
    s.finished_at = None;
    s.reached = Some(Step::Save);
    s.marketo.remove(&MarketoStep::WaitAfterSwitch);
    s.marketo.remove(&MarketoStep::EnableSync);
    s.marketo
        .get_mut(&MarketoStep::ReconfigureAuth)
        .unwrap()
        .done_at = "2026-11-23T11:50:00Z".parse().unwrap();
    Checkpoints::new(b.dir.path()).save(&s).unwrap();
    let p = ScriptedPrompter::new().select("When you have done this", "Done"); // Enable Sync
    let o = b.run(
        &p,
        Settings {
            resume: true,
            ..s2s_settings(&b, "prod", ConnectionPath::Update)
        },
    );
    assert_eq!(o.code(), 0, "{}\n{}", o.out, o.err);
    assert!(o.out.contains("5 min left, until 12:05 UTC"), "{}", o.out);
    assert!(b.state("prod").finished_at.is_some());
}

#[test]
fn rotate_on_an_s2s_profile_rotates_the_client_secret_only() {
    let mut b = s2s_bench();
    b.io = PIPE;
    let settings = Settings {
        yes: true,
        confirm_org: Some("org1a2b3c4d".into()),
        ..s2s_settings(&b, "app", ConnectionPath::FirstTime)
    };
    assert_eq!(b.run(&ScriptedPrompter::new(), settings).code(), 0);
    b.fake
        .sim
        .configure(|c| c.extra_secrets.push(DEMO.new_client_secret.into()));
    b.vars.remove("DYNSYNC_CLIENT_SECRET");
    let rotate = |what| Settings {
        profile: Some("app".into()),
        rotate_what: what,
        marketo_done: true,
        secrets_stdin: true,
        ..b.settings()
    };
    let o = b.rotate(
        &ScriptedPrompter::new(),
        rotate(Some(Rotating::Password)),
        "x\n",
    );
    assert_eq!(o.code(), 2);
    assert!(
        matches!(&o.result, Err(Error::Invalid(m)) if m.contains("no password to rotate")),
        "{:?}",
        o.result
    );
    let o = b.rotate(
        &ScriptedPrompter::new(),
        rotate(None),
        &format!("{}\n", DEMO.new_client_secret),
    );
    assert_eq!(o.code(), 0, "{:?}\n{}\n{}", o.result, o.out, o.err);
    assert_eq!(
        b.stored("app", SecretKind::ClientSecret).as_deref(),
        Some(DEMO.new_client_secret)
    );
    assert_eq!(b.stored("app", SecretKind::Password), None);
}

/// The preflight's "Fix it for me": a Dynamics admin signs in (device code; the simulated admin
/// approves), the plan is shown and confirmed once, the role is associated, and the checks pass.
#[test]
fn the_preflight_fixes_a_dynamics_failure_with_an_admins_sign_in() {
    let b = Bench::new(dynsync::sim::scenario("missing-role").unwrap().config).with_env_secrets();
    let p = ScriptedPrompter::new()
        .select("Fix this in Dynamics", "Fix it for me")
        .confirm("Make this change?", true)
        .text("unique name", "org1a2b3c4d")
        .select("When you have done this", "Done") // Disable Sync
        .select("When you have done this", "Done") // Edit credentials
        .select("What does Marketo show", "All seven")
        .select("When you have done this", "Done"); // Enable Sync
    let o = b.run(&p, b.quick("role", ConnectionPath::Update));
    assert_eq!(o.code(), 0, "{:?}\n{}\n{}", o.result, o.out, o.err);
    assert!(
        o.out
            .contains("1. dynamics.roles: give the Marketo Sync User role"),
        "{}",
        o.out
    );
    assert!(
        o.out
            .contains("the sync user has the Marketo Sync User role"),
        "checked again: {}",
        o.out
    );
    let writes = b.fake.sim.stats.writes();
    assert_eq!(writes.len(), 1, "{writes:?}");
    assert!(
        writes[0]
            .path
            .ends_with("/systemuserroles_association/$ref")
    );
}

/// S2S setup where the environment has no application user yet: "Fix it for me" creates it,
/// gives it the role and makes it Marketo Config's user, and the setup goes on.
#[test]
fn an_s2s_setup_creates_the_application_user_with_an_admins_sign_in() {
    let mut b = Bench::new(scenario("s2s-no-app-user").unwrap().config).with_env_secrets();
    b.vars.remove("DYNSYNC_PASSWORD");
    let p = ScriptedPrompter::new()
        .select("When you have done this", "Done") // the application user's steps
        .select("Fix this in Dynamics", "Fix it for me")
        .confirm("Make these 3 changes?", true)
        .text("unique name", "org1a2b3c4d")
        .select("When you have done this", "Done") // Edit credentials (Web API)
        .select("When you have done this", "Done") // Select Fields
        .select("What does Marketo show", "All seven")
        .select("When you have done this", "Done"); // Enable Sync
    let o = b.run(&p, s2s_settings(&b, "app", ConnectionPath::FirstTime));
    assert_eq!(o.code(), 0, "{:?}\n{}\n{}", o.result, o.out, o.err);
    let paths: Vec<String> = b
        .fake
        .sim
        .stats
        .writes()
        .iter()
        .map(|w| format!("{} {}", w.method, w.path))
        .collect();
    assert_eq!(paths.len(), 3, "{paths:?}");
    assert_eq!(paths[0], "POST systemusers");
    assert!(
        o.out
            .contains("the application user has the Marketo Sync User role")
    );
    let profile = dynsync::profile::Profiles::new(b.dir.path())
        .get("app")
        .unwrap();
    assert_eq!(profile.auth, Some(AuthKind::S2s));
}

/// Without --auth, the welcome screen asks how Marketo signs in; choosing S2S asks for the
/// application user (no password) and saves an S2S profile.
#[test]
fn the_welcome_screen_offers_s2s() {
    let mut b = s2s_bench();
    let p = ScriptedPrompter::new()
        .text("Profile name", "app")
        .select("first-time connection", "First-time")
        .select("How will Marketo sign in", "Server-to-Server")
        .select("When you have done this", "Done") // the application user's steps
        .text("unique name", "org1a2b3c4d")
        .select("When you have done this", "Done") // Edit credentials (Web API)
        .select("When you have done this", "Done") // Select Fields
        .select("What does Marketo show", "All seven")
        .select("When you have done this", "Done"); // Enable Sync
    let mut settings = b.quick("unused", ConnectionPath::FirstTime);
    settings.profile = None;
    settings.path = None;
    settings.conn.username = Some(APP.email.into());
    b.vars.remove("DYNSYNC_PASSWORD");
    let o = b.run(&p, settings);
    assert_eq!(o.code(), 0, "{:?}\n{}\n{}", o.result, o.out, o.err);
    let profile = dynsync::profile::Profiles::new(b.dir.path())
        .get("app")
        .unwrap();
    assert_eq!(profile.auth, Some(AuthKind::S2s));
    assert_eq!(b.stored("app", SecretKind::Password), None);
}
