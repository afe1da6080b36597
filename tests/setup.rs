//! `dynsync setup` with a scripted prompter, in process: the real wizard, the real engine over
//! HTTPS against the simulated tenant, an in-memory keyring, a fixed clock and fake clipboard and
//! browser. Every scenario ends with the canary: no secret in the output, the transcript, the
//! checkpoint or the profile file.

mod common;

use std::cell::RefCell;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

use common::Fake;
use dynsync::clock::FixedClock;
use dynsync::commands::Ctx;
use dynsync::error::Error;
use dynsync::marketo::driver::GuidedDriver;
use dynsync::secrets::{MemoryStore, SecretKind, SecretStore};
use dynsync::sim::{DEMO, RoleGrant, Route, SimConfig};
use dynsync::ui::testing::ScriptedPrompter;
use dynsync::ui::{Browser, Clipboard, Io};
use dynsync::wizard::state::{Checkpoints, ConnectionPath, MarketoStep, SetupState, Step};
use dynsync::wizard::{Deps, Settings, Wizard};

const TTY: Io = Io {
    stdin_tty: true,
    stdout_tty: true,
    stderr_tty: true,
    color: false,
};
const PIPE: Io = Io {
    stdin_tty: false,
    stdout_tty: false,
    stderr_tty: false,
    color: false,
};

#[derive(Default)]
struct FakeClipboard(RefCell<Vec<String>>);
impl Clipboard for FakeClipboard {
    fn copy(&self, text: &str) -> dynsync::error::Result<()> {
        self.0.borrow_mut().push(text.to_string());
        Ok(())
    }
    fn clear(&self) -> dynsync::error::Result<()> {
        self.0.borrow_mut().push(String::new());
        Ok(())
    }
}

#[derive(Default)]
struct FakeBrowser(RefCell<Vec<String>>);
impl Browser for FakeBrowser {
    fn open(&self, url: &str) -> dynsync::error::Result<()> {
        self.0.borrow_mut().push(url.to_string());
        Ok(())
    }
}

struct Bench {
    fake: Fake,
    dir: tempfile::TempDir,
    store: MemoryStore,
    clock: FixedClock,
    vars: HashMap<String, String>,
    clipboard: FakeClipboard,
    browser: FakeBrowser,
    io: Io,
    secrets_seen: Vec<String>,
}

struct Outcome {
    result: Result<i32, Error>,
    out: String,
}

impl Outcome {
    fn code(&self) -> i32 {
        match &self.result {
            Ok(c) => *c,
            Err(e) => e.exit_code(),
        }
    }
}

impl Bench {
    fn new(config: SimConfig) -> Bench {
        Bench {
            fake: Fake::start(config),
            dir: tempfile::tempdir().unwrap(),
            store: MemoryStore::default(),
            clock: FixedClock("2026-11-23T12:00:00Z".parse().unwrap()),
            vars: HashMap::new(),
            clipboard: FakeClipboard::default(),
            browser: FakeBrowser::default(),
            io: TTY,
            secrets_seen: vec![DEMO.client_secret.into(), DEMO.password.into()],
        }
    }

    /// Settings pointing at the fake tenant (login host and CA); the rest as a test gives it.
    fn settings(&self) -> Settings {
        Settings {
            authority_host: Some(self.fake.sim.url()),
            ca_bundle: Some(self.fake.ca.path().to_path_buf()),
            transcript: Some(self.transcript_path()),
            ..Default::default()
        }
    }

    /// Settings with every answer given as a flag: only the prompts a test is about remain.
    fn quick(&self, profile: &str, path: ConnectionPath) -> Settings {
        Settings {
            profile: Some(profile.into()),
            path: Some(path),
            has_app_registration: Some(true),
            client_id: Some(DEMO.client_id.into()),
            username: Some(DEMO.username.into()),
            org_url: Some(self.fake.sim.url()),
            secret_expires: Some("2027-05-01".into()),
            ..self.settings()
        }
    }

    fn transcript_path(&self) -> PathBuf {
        self.dir.path().join("transcript.md")
    }

    fn run(&self, prompter: &ScriptedPrompter, settings: Settings) -> Outcome {
        let vars = |k: &str| self.vars.get(k).cloned();
        let mut no_stdin = std::io::empty();
        let ctx = Ctx {
            io: self.io,
            verbose: false,
            prompter,
            store: &self.store,
            clock: &self.clock,
            vars: &vars,
            stdin: RefCell::new(&mut no_stdin),
            config_dir: Some(self.dir.path().to_path_buf()),
        };
        let mut out = Vec::new();
        let deps = Deps {
            driver: &GuidedDriver,
            clipboard: &self.clipboard,
            browser: &self.browser,
            shared: None,
        };
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        let result = rt.block_on(async {
            let w = Wizard::new(&ctx, &mut out, deps, settings)?;
            w.run().await
        });
        let out = String::from_utf8(out).unwrap();
        self.assert_no_secret_anywhere(&out);
        Outcome { result, out }
    }

    fn with_env_secrets(mut self) -> Bench {
        self.vars
            .insert("DYNSYNC_CLIENT_SECRET".into(), DEMO.client_secret.into());
        self.vars
            .insert("DYNSYNC_PASSWORD".into(), DEMO.password.into());
        self
    }

    fn state(&self, profile: &str) -> SetupState {
        Checkpoints::new(self.dir.path())
            .load(profile)
            .unwrap()
            .expect("a checkpoint")
    }

    fn assert_no_secret_anywhere(&self, out: &str) {
        let mut texts = vec![("output".to_string(), out.to_string())];
        fn walk(p: &Path, acc: &mut Vec<(String, String)>) {
            for e in std::fs::read_dir(p).unwrap().flatten() {
                let path = e.path();
                if path.is_dir() {
                    walk(&path, acc);
                } else {
                    acc.push((
                        path.display().to_string(),
                        std::fs::read_to_string(&path).unwrap_or_default(),
                    ));
                }
            }
        }
        walk(self.dir.path(), &mut texts);
        let mut secrets = self.secrets_seen.clone();
        secrets.extend(self.fake.sim.stats.issued_tokens());
        for (name, text) in &texts {
            for s in &secrets {
                assert!(!text.contains(s.as_str()), "a secret leaked into {name}");
            }
        }
    }
}

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
        .confirm("already have an app registration", false)
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
        b.store
            .get("contoso", SecretKind::Password)
            .unwrap()
            .unwrap()
            .expose(),
        DEMO.password
    );
    assert_eq!(
        b.store
            .get("contoso", SecretKind::ClientSecret)
            .unwrap()
            .unwrap()
            .expose(),
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
    assert!(o.out.contains("dynsync validate --profile contoso"));
    assert_eq!(b.fake.sim.stats.count(Route::Token), 1);
}

#[test]
fn federated_user_is_told_about_hrd_and_waited_for() {
    let b = Bench::new(SimConfig {
        realm: dynsync::azure::Realm::Federated,
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
        .text("unique name", "org1a2b3c4d");
    let p = marketo_update_all_green(p);
    let o = b.run(&p, b.quick("fix", ConnectionPath::Update));
    assert_eq!(o.code(), 0, "{}", o.out);
    assert!(o.out.contains("AADSTS7000215"));
    assert_eq!(b.fake.sim.stats.count(Route::Token), 2);
    assert_eq!(
        b.store
            .get("fix", SecretKind::ClientSecret)
            .unwrap()
            .unwrap()
            .expose(),
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
        b.store.get("lock", SecretKind::Password).unwrap().is_none(),
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
    assert!(
        b.store
            .get("guard", SecretKind::ClientSecret)
            .unwrap()
            .is_none()
    );
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
        o.out.contains(dynsync::marketo::FIXES[5]),
        "the fix for the red item"
    );
    assert!(
        o.out.contains("dynsync ✓ marketo.config_user"),
        "what dynsync's checks say about it"
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
    assert_eq!(
        b.store
            .get("ci", SecretKind::Password)
            .unwrap()
            .unwrap()
            .expose(),
        DEMO.password
    );
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
    assert!(matches!(&o.result, Err(Error::Input(m)) if m.contains("DYNSYNC_CLIENT_SECRET")));
}
