//! `dynsync rotate` with a scripted prompter against the simulated tenant: the new value is
//! checked before Marketo is touched, kept pending until Marketo has it, and only then replaces
//! the old one. Every run ends with the canary (see `common::bench`).

mod common;

use std::time::Duration;

use common::bench::*;
use dynsync::secrets::{Secret, SecretKind, SecretStore};
use dynsync::sim::{DEMO, Route, SimConfig};
use dynsync::ui::testing::ScriptedPrompter;
use dynsync::wizard::Settings;
use dynsync::wizard::state::{MarketoStep, Rotating};

const NEW: &str = "brand-new-secret-value-after-rotation";

/// A bench whose tenant also accepts NEW (after `delay` refusals), with a set-up profile "p".
fn bench(delay: u32) -> Bench {
    let mut b = Bench::new(SimConfig {
        extra_secrets: vec![NEW.into()],
        replication_delay: delay,
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
    b.store
        .set(
            "p",
            SecretKind::ClientSecret,
            &Secret::new(DEMO.client_secret),
        )
        .unwrap();
    b.store
        .set("p", SecretKind::Password, &Secret::new(DEMO.password))
        .unwrap();
    b
}

fn settings(b: &Bench) -> Settings {
    Settings {
        profile: Some("p".into()),
        replication_retries: 3,
        replication_wait: Duration::from_millis(50),
        transcript: Some(b.transcript_path()),
        ..Default::default()
    }
}

fn secret_capture(p: ScriptedPrompter, value: &str) -> ScriptedPrompter {
    p.select("What changes", "client secret")
        .confirm("Open the Azure portal", false)
        .select("When you have done this", "Done")
        .secret("Client secret", value)
        .text("expiry date", "2028-11-23")
}

#[test]
fn secret_rotation_keeps_the_old_secret_until_marketo_has_the_new_one() {
    let b = bench(0);
    let store_probe = std::rc::Rc::new(std::cell::RefCell::new(Vec::new()));
    let probe = store_probe.clone();
    // While Marketo is being changed, the keyring must still hold the old secret.
    let p = secret_capture(ScriptedPrompter::new(), NEW)
        .select("When you have done this", "Done") // Disable Sync
        .select_then("When you have done this", "Done", move || {
            probe.borrow_mut().push("edit")
        }) // Edit credentials
        .select("What does Marketo show", "All seven")
        .select("When you have done this", "Done"); // Enable Sync
    let o = b.rotate(&p, settings(&b), "");
    assert_eq!(o.code(), 0, "{}", o.out);
    assert_eq!(store_probe.borrow().len(), 1);
    assert!(
        o.out.contains("replace only the Client Secret"),
        "{}",
        o.out
    );
    assert_eq!(b.stored("p", SecretKind::ClientSecret).unwrap(), NEW);
    assert!(
        b.stored("p", SecretKind::PendingClientSecret).is_none(),
        "the pending entry is gone"
    );
    assert_eq!(
        b.stored("p", SecretKind::Password).unwrap(),
        DEMO.password,
        "the password is untouched"
    );
    let prof = dynsync::profile::Profiles::new(b.dir.path())
        .get("p")
        .unwrap();
    assert_eq!(prof.secret_expires.unwrap().to_string(), "2028-11-23");
    assert_eq!(prof.secret_hint.as_deref(), Some("bra"));
    assert!(prof.last_validation.unwrap().ok);
    assert!(o.out.contains("delete the OLD client secret"));
    let s = b.rotation_state("p");
    assert!(s.finished_at.is_some() && s.rotating == Some(Rotating::ClientSecret));
    assert!(s.marketo.contains_key(&MarketoStep::EnableSync));
}

#[test]
fn a_failing_new_secret_leaves_the_keyring_unchanged() {
    let b = bench(0);
    let mut b = b;
    b.secrets_seen.push("a-wrong-new-secret-value".into());
    // Refused with 7000215 on every try: retried (it might be replicating), then a clear stop.
    let p = secret_capture(ScriptedPrompter::new(), "a-wrong-new-secret-value");
    let o = b.rotate(&p, settings(&b), "");
    assert_eq!(o.code(), 1, "{}", o.out);
    assert!(o.out.contains("still refused after 4 tries"), "{}", o.out);
    assert_eq!(
        b.fake.sim.stats.count(Route::Token),
        4,
        "1 try + 3 bounded retries"
    );
    assert_eq!(
        b.stored("p", SecretKind::ClientSecret).unwrap(),
        DEMO.client_secret
    );
    assert!(b.stored("p", SecretKind::PendingClientSecret).is_none());
    let prof = dynsync::profile::Profiles::new(b.dir.path())
        .get("p")
        .unwrap();
    assert_eq!(
        prof.secret_expires.unwrap().to_string(),
        "2026-12-01",
        "profile unchanged"
    );
}

#[test]
fn a_replicating_secret_is_retried_with_a_countdown_then_accepted() {
    let b = bench(2);
    let p = secret_capture(ScriptedPrompter::new(), NEW)
        .select("When you have done this", "Done")
        .select("When you have done this", "Done")
        .select("What does Marketo show", "All seven")
        .select("When you have done this", "Done");
    let o = b.rotate(&p, settings(&b), "");
    assert_eq!(o.code(), 0, "{}", o.out);
    assert!(
        o.out.contains("Trying again in 1 s (1 of 3)") && o.out.contains("(2 of 3)"),
        "{}",
        o.out
    );
    assert_eq!(b.fake.sim.stats.count(Route::Token), 3);
    assert_eq!(b.stored("p", SecretKind::ClientSecret).unwrap(), NEW);
}

#[test]
fn a_wrong_new_password_is_never_retried() {
    let mut b = bench(0);
    b.secrets_seen.push("Not-The-Password-1".into());
    let p = ScriptedPrompter::new()
        .select("What changes", "password")
        .secret("New password", "Not-The-Password-1");
    let o = b.rotate(&p, settings(&b), "");
    assert_eq!(o.code(), 1, "{}", o.out);
    assert_eq!(
        b.fake.sim.stats.count(Route::Token),
        1,
        "a password is sent once"
    );
    assert_eq!(b.stored("p", SecretKind::Password).unwrap(), DEMO.password);
}

#[test]
fn password_rotation() {
    let mut b = bench(0);
    // The sync user's password was changed in Azure AD: only the new one works now.
    let new_pw = "Winter-2026-New!";
    b.secrets_seen.push(new_pw.into());
    b.fake
        .sim
        .handle()
        .configure(|c| c.password = Some(new_pw.into()));
    let p = ScriptedPrompter::new()
        .select("What changes", "password")
        .secret("New password", new_pw)
        .select("When you have done this", "Done")
        .select("When you have done this", "Done")
        .select("What does Marketo show", "All seven")
        .select("When you have done this", "Done");
    let o = b.rotate(&p, settings(&b), "");
    assert_eq!(o.code(), 0, "{}", o.out);
    assert!(o.out.contains("replace only the Password"));
    let prof = dynsync::profile::Profiles::new(b.dir.path())
        .get("p")
        .unwrap();
    assert_eq!(prof.password_changed.unwrap().to_string(), "2026-11-23");
    assert!(!o.out.contains("delete the OLD client secret"));
    assert_eq!(b.stored("p", SecretKind::Password).unwrap(), new_pw);
    assert_eq!(
        b.stored("p", SecretKind::ClientSecret).unwrap(),
        DEMO.client_secret
    );
}

#[test]
fn abort_in_the_marketo_steps_then_resume() {
    let b = bench(0);
    let p = secret_capture(ScriptedPrompter::new(), NEW)
        .select("When you have done this", "Done") // Disable Sync
        .select("When you have done this", "Abort"); // Edit credentials
    let o = b.rotate(&p, settings(&b), "");
    assert_eq!(o.code(), 1);
    assert!(
        o.out.contains("DISABLED") && o.out.contains("dynsync rotate --resume"),
        "{}",
        o.out
    );
    assert_eq!(
        b.stored("p", SecretKind::ClientSecret).unwrap(),
        DEMO.client_secret,
        "old kept"
    );
    assert_eq!(
        b.stored("p", SecretKind::PendingClientSecret).unwrap(),
        NEW,
        "new pending"
    );
    let tokens = b.fake.sim.stats.count(Route::Token);

    // --resume: the new value comes back from the pending entry; nothing is asked again.
    let p = ScriptedPrompter::new()
        .select("When you have done this", "Done")
        .select("What does Marketo show", "All seven")
        .select("When you have done this", "Done");
    let o = b.rotate(
        &p,
        Settings {
            resume: true,
            ..settings(&b)
        },
        "",
    );
    assert_eq!(o.code(), 0, "{}", o.out);
    assert_eq!(
        b.fake.sim.stats.count(Route::Token),
        tokens,
        "already validated: not sent again"
    );
    // The Validate screen says what the checks found before the stop.
    assert!(
        o.out.contains("passed dynsync's checks before the stop")
            && !o.out.contains("run the checks first"),
        "{}",
        o.out
    );
    assert_eq!(b.stored("p", SecretKind::ClientSecret).unwrap(), NEW);
    assert!(b.stored("p", SecretKind::PendingClientSecret).is_none());
}

#[test]
fn non_interactive_rotation_with_marketo_done() {
    let mut b = bench(0);
    b.io = PIPE;
    let s = Settings {
        rotate_what: Some(Rotating::ClientSecret),
        secrets_stdin: true,
        marketo_done: true,
        secret_expires: Some("2028-01-31".into()),
        ..settings(&b)
    };
    let o = b.rotate(&ScriptedPrompter::new(), s, &format!("{NEW}\n"));
    assert_eq!(o.code(), 0, "{}", o.out);
    assert_eq!(b.stored("p", SecretKind::ClientSecret).unwrap(), NEW);
    let prof = dynsync::profile::Profiles::new(b.dir.path())
        .get("p")
        .unwrap();
    assert_eq!(prof.secret_expires.unwrap().to_string(), "2028-01-31");

    // Without --marketo-done there is no terminal to guide Marketo: refused, nothing changed.
    let o = b.rotate(
        &ScriptedPrompter::new(),
        Settings {
            marketo_done: false,
            ..settings(&b)
        },
        "x\n",
    );
    assert_eq!(o.code(), 2);
    assert!(
        matches!(&o.result, Err(dynsync::error::Error::Invalid(m)) if m.contains("--marketo-done"))
    );

    // A Secret ID on stdin is refused before anything is sent.
    let before = b.fake.sim.stats.count(Route::Token);
    let s = Settings {
        rotate_what: Some(Rotating::ClientSecret),
        secrets_stdin: true,
        marketo_done: true,
        ..settings(&b)
    };
    let o = b.rotate(
        &ScriptedPrompter::new(),
        s,
        &format!("{}\n", DEMO.secret_id),
    );
    assert_eq!(o.code(), 2);
    assert_eq!(b.fake.sim.stats.count(Route::Token), before);
    assert_eq!(b.stored("p", SecretKind::ClientSecret).unwrap(), NEW);
}

#[test]
fn the_current_value_is_refused_as_the_new_one() {
    let mut b = bench(0);
    b.io = PIPE;
    let current = b.stored("p", SecretKind::ClientSecret).unwrap();
    let before = b.fake.sim.stats.count(Route::Token);
    let s = Settings {
        rotate_what: Some(Rotating::ClientSecret),
        secrets_stdin: true,
        marketo_done: true,
        ..settings(&b)
    };
    let o = b.rotate(&ScriptedPrompter::new(), s, &format!("{current}\n"));
    assert_eq!(o.code(), 2, "{}", o.out);
    assert!(
        matches!(&o.result, Err(dynsync::error::Error::Invalid(m)) if m.contains("current client secret"))
    );
    // Nothing sent, nothing changed, nothing pending.
    assert_eq!(b.fake.sim.stats.count(Route::Token), before);
    assert_eq!(b.stored("p", SecretKind::ClientSecret).unwrap(), current);
    assert!(b.stored("p", SecretKind::PendingClientSecret).is_none());

    // On a terminal it says so and asks again.
    let mut b = bench(0);
    let current = b.stored("p", SecretKind::ClientSecret).unwrap();
    b.io = dynsync_tty();
    let p = ScriptedPrompter::new()
        .confirm("Open the Azure portal", false)
        .select("When you have done this", "Done")
        .secret("Client secret Value", &current)
        // Refused: the steps to create a new one come again.
        .confirm("Open the Azure portal", false)
        .select("When you have done this", "Done")
        .secret("Client secret Value", NEW);
    let s = Settings {
        rotate_what: Some(Rotating::ClientSecret),
        marketo_done: true,
        secret_expires: Some("2028-01-31".into()),
        ..settings(&b)
    };
    let o = b.rotate(&p, s, "");
    assert_eq!(o.code(), 0, "{}", o.out);
    assert!(
        o.out.contains("that is the current client secret"),
        "{}",
        o.out
    );
    assert_eq!(b.stored("p", SecretKind::ClientSecret).unwrap(), NEW);
}

fn dynsync_tty() -> dynsync::ui::Io {
    common::bench::TTY
}
