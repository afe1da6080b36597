//! `dynsync app create` and `app show`, in process (the real commands through `dispatch`, an
//! in-memory keyring, a temporary config directory) against the simulated tenant and directory:
//! a fresh tenant, a second run that changes nothing, an existing app's other permissions kept,
//! a replication delay retried, a non-admin refused with the role named, a federated user given
//! the HRD policy, a tenant lifetime policy, invalid input refused before any request, the
//! canary, and `app show` correcting the profile's expiry.

mod common;

use std::cell::RefCell;
use std::collections::HashMap;
use std::time::Duration;

use clap::Parser;
use common::Fake;
use dynsync::cli::{Cli, dispatch};
use dynsync::clock::FixedClock;
use dynsync::ctx::{Cancel, Ctx, Sleep};
use dynsync::secrets::{MemoryStore, SecretKind, SecretStore};
use dynsync::sim::admin::AdminRole;
use dynsync::sim::graph::{GraphConfig, snapshot};
use dynsync::sim::{DEMO, Realm, SimConfig};
use dynsync::ui::Io;
use dynsync::ui::testing::ScriptedPrompter;
use serde_json::Value;

/// Sleeps a twentieth of what is asked (the simulator's replication delays are real time), and
/// records what was asked.
struct Quick(std::sync::Mutex<Vec<Duration>>);

impl Sleep for Quick {
    fn sleep(&self, d: Duration) -> std::pin::Pin<Box<dyn Future<Output = ()> + Send>> {
        self.0.lock().unwrap().push(d);
        Box::pin(tokio::time::sleep(d / 20))
    }
}

struct World {
    dir: tempfile::TempDir,
    store: MemoryStore,
    clock: FixedClock,
    vars: HashMap<String, String>,
    fake: Fake,
    sleeps: Quick,
}

struct Out {
    code: i32,
    stdout: String,
    stderr: String,
}

impl Out {
    fn json(&self) -> Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {}\nstderr: {}", self.stdout, self.stderr))
    }
}

const PIPE: Io = Io {
    stdin_tty: false,
    stdout_tty: false,
    stderr_tty: false,
    color: false,
};

impl World {
    fn new(config: SimConfig) -> World {
        let mut vars = HashMap::new();
        vars.insert("DYNSYNC_PASSWORD".to_string(), DEMO.password.to_string());
        World {
            dir: tempfile::tempdir().unwrap(),
            store: MemoryStore::default(),
            clock: FixedClock("2026-11-23T12:00:00Z".parse().unwrap()),
            vars,
            fake: Fake::start(config),
            sleeps: Quick(std::sync::Mutex::new(Vec::new())),
        }
    }

    /// `app create` (or `app show`) with every host pointing at the simulator.
    fn app(&self, verb: &str, extra: &[&str]) -> Out {
        let url = self.fake.sim.url();
        let ca = self.fake.ca.path().to_str().unwrap().to_string();
        let mut argv = vec![
            "dynsync",
            "--config-dir",
            self.dir.path().to_str().unwrap(),
            "app",
            verb,
            "--authority-host",
            &url,
            "--ca-bundle",
            &ca,
            "--device-code",
        ];
        if verb == "create" {
            argv.extend(["--org-url", &url]);
        }
        if !extra.contains(&"--graph-host") {
            argv.extend(["--graph-host", &url]);
        }
        argv.extend_from_slice(extra);
        self.dispatch(&argv)
    }

    /// Any command line (after `dynsync --config-dir DIR`).
    fn run(&self, tail: &[&str]) -> Out {
        let mut argv = vec!["dynsync", "--config-dir", self.dir.path().to_str().unwrap()];
        argv.extend_from_slice(tail);
        self.dispatch(&argv)
    }

    fn dispatch(&self, argv: &[&str]) -> Out {
        self.dispatch_with(argv, PIPE, &ScriptedPrompter::new())
    }

    /// On a terminal (`io`), answering the prompts `prompter` scripts.
    /// `rotate --profile p MODE` on a terminal (`--create-secret` or `--resume`), the admin
    /// signing in with the device code against the simulator's Graph.
    fn rotate_on_a_terminal(&self, mode: &str, prompter: &ScriptedPrompter) -> Out {
        const TTY: Io = Io {
            stdin_tty: true,
            stdout_tty: true,
            stderr_tty: true,
            color: false,
        };
        let url = self.fake.sim.url();
        let config = self.dir.path().to_str().unwrap();
        let argv = [
            "dynsync",
            "--config-dir",
            config,
            "rotate",
            "--profile",
            "p",
            mode,
            "--graph-host",
            &url,
            "--device-code",
        ];
        self.dispatch_with(&argv, TTY, prompter)
    }

    fn dispatch_with(&self, argv: &[&str], io: Io, prompter: &ScriptedPrompter) -> Out {
        let cli = Cli::try_parse_from(argv).unwrap_or_else(|e| panic!("{e}"));
        let vars = |k: &str| self.vars.get(k).cloned();
        let input = RefCell::new(std::io::Cursor::new(Vec::new()));
        let stdout = RefCell::new(Vec::new());
        let stderr = RefCell::new(Vec::new());
        let ctx = Ctx {
            io,
            verbose: false,
            stdout: &stdout,
            stderr: &stderr,
            stdin: &input,
            prompter,
            store: &self.store,
            clock: &self.clock,
            sleep: &self.sleeps,
            cancel: Cancel::default(),
            vars: &vars,
            config_dir: Some(self.dir.path().to_path_buf()),
        };
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        let result = rt.block_on(dispatch(&cli.command, &ctx));
        let code = dynsync::error::exit_code(&result);
        let mut err = String::from_utf8(stderr.into_inner()).unwrap();
        if let Err(e) = result {
            err.push_str(&format!("\nerror: {e}"));
        }
        Out {
            code,
            stdout: String::from_utf8(stdout.into_inner()).unwrap(),
            stderr: err,
        }
    }

    fn create(&self, extra: &[&str]) -> Out {
        let mut args = vec!["--profile", "p", "--username", DEMO.username];
        args.extend_from_slice(extra);
        self.app("create", &args)
    }

    fn profile_text(&self) -> String {
        std::fs::read_to_string(self.dir.path().join("profiles.toml")).unwrap_or_default()
    }

    fn profile(&self) -> dynsync::profile::Profile {
        dynsync::profile::Profiles::new(self.dir.path())
            .get("p")
            .unwrap()
    }

    /// Neither a client secret of the directory nor a token the simulator issued (admin or
    /// sync user) appears in any of `texts`.
    fn assert_clean(&self, texts: &[&str]) {
        let (apps, ..) = snapshot(&self.fake.sim.stats.graph);
        let secrets: Vec<String> = apps
            .iter()
            .flat_map(|a| a.passwords.iter().map(|p| p.secret.clone()))
            .collect();
        assert!(!secrets.is_empty() || apps.is_empty());
        let tokens = self.fake.sim.stats.issued_tokens();
        for t in texts {
            for s in &secrets {
                assert!(!t.contains(s.as_str()), "client secret leaked:\n{t}");
            }
            assert!(!t.contains(DEMO.password), "password leaked:\n{t}");
            for tok in &tokens {
                assert!(!t.contains(tok.as_str()), "token leaked:\n{t}");
                let sig = tok.rsplit('.').next().unwrap();
                assert!(!t.contains(sig), "token signature leaked:\n{t}");
            }
        }
    }
}

/// The unique name `app create` gives the app of an org on the simulator (host 127.0.0.1).
const UNIQUE: &str = "dynsync-marketo-127-0-0-1";

#[test]
fn fresh_tenant_gets_the_whole_registration_and_validates() {
    let w = World::new(SimConfig::default());
    let out = w.create(&["--json"]);
    assert_eq!(out.code, 0, "{}\n{}", out.stdout, out.stderr);
    let doc = out.json();
    assert_eq!(doc["ok"], true);
    assert_eq!(doc["tenant_id"], DEMO.tenant_id);
    assert_eq!(doc["app"]["created"], true);
    assert_eq!(doc["app"]["display_name"], "Marketo Integration");
    assert_eq!(doc["service_principal"]["created"], true);
    assert_eq!(
        doc["consent"],
        serde_json::json!({"scope": "user_impersonation", "created": true})
    );
    assert_eq!(doc["secret"]["stored"], "keyring");
    assert_eq!(doc["hrd_policy"], Value::Null);
    assert_eq!(doc["profile"], "p");
    assert_eq!(doc["validate"]["ok"], true);
    // No --tenant was given: the validation finds the tenant from the org, as Marketo will.
    let tenant_check = doc["validate"]["checks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == "tenant")
        .unwrap();
    assert!(
        tenant_check["summary"]
            .as_str()
            .unwrap()
            .contains("from the org's sign-in challenge"),
        "{tenant_check}"
    );

    let (apps, sps, grants, _) = snapshot(&w.fake.sim.stats.graph);
    assert_eq!(apps.len(), 1);
    let app = &apps[0];
    assert_eq!(app.unique_name.as_deref(), Some(UNIQUE));
    assert!(!app.is_fallback_public_client);
    assert_eq!(
        app.required_resource_access[0]["resourceAccess"][0]["id"],
        "78ce3f0f-a1ce-49c2-8cde-64b5c0896db4"
    );
    assert_eq!(sps.len(), 1);
    assert_eq!(grants.len(), 1);
    assert_eq!(grants[0].scope, "user_impersonation");
    assert_eq!(app.passwords.len(), 1);
    assert_eq!(app.passwords[0].display_name, "dynsync 2026-11-23");
    assert!(app.passwords[0].end.starts_with("2027-11-23"));
    // The Value went to the keyring, the facts to the profile.
    let stored = w.store.get("p", SecretKind::ClientSecret).unwrap().unwrap();
    assert_eq!(stored.expose(), app.passwords[0].secret);
    let p = w.profile();
    assert_eq!(p.client_id.as_deref(), Some(app.app_id.as_str()));
    assert_eq!(p.app_object_id.as_deref(), Some(app.id.as_str()));
    assert_eq!(p.tenant_id.as_deref(), Some(DEMO.tenant_id));
    assert_eq!(
        p.secret_key_id.as_deref(),
        Some(app.passwords[0].key_id.as_str())
    );
    assert_eq!(
        p.secret_hint.as_deref(),
        Some(app.passwords[0].hint.as_str())
    );
    assert_eq!(p.secret_expires.unwrap().to_string(), "2027-11-23");
    w.assert_clean(&[&out.stdout, &out.stderr, &w.profile_text()]);
}

#[test]
fn second_run_changes_nothing() {
    let w = World::new(SimConfig::default());
    let first = w.create(&["--json"]);
    assert_eq!(first.code, 0, "{}", first.stderr);
    let before = snapshot(&w.fake.sim.stats.graph);
    let second = w.create(&["--json"]);
    assert_eq!(second.code, 0, "{}", second.stderr);
    let doc = second.json();
    assert_eq!(doc["app"]["created"], false);
    assert_eq!(doc["service_principal"]["created"], false);
    assert_eq!(doc["consent"]["created"], false);
    assert_eq!(doc["secret"]["key_id"], first.json()["secret"]["key_id"]);
    let after = snapshot(&w.fake.sim.stats.graph);
    assert_eq!(after.0.len(), 1);
    assert_eq!(after.0[0].passwords.len(), 1, "no second secret");
    assert_eq!(after.1.len(), before.1.len());
    assert_eq!(after.2.len(), 1);
    assert_eq!(after.2[0].scope, before.2[0].scope);
    // Human output: a line per step, each "already there".
    let human = w.create(&[]);
    assert_eq!(human.code, 0, "{}", human.stderr);
    assert_eq!(
        human.stdout.matches("already there").count(),
        4,
        "{}",
        human.stdout
    );
    // --new-secret adds one.
    let fresh = w.create(&["--json", "--new-secret"]);
    assert_eq!(fresh.code, 0, "{}", fresh.stderr);
    assert_ne!(
        fresh.json()["secret"]["key_id"],
        first.json()["secret"]["key_id"]
    );
    assert_eq!(snapshot(&w.fake.sim.stats.graph).0[0].passwords.len(), 2);
}

#[test]
fn an_existing_app_keeps_its_other_permissions_and_grant() {
    let w = World::new(SimConfig {
        graph: GraphConfig {
            existing_app: Some(UNIQUE.into()),
            existing_grant_scope: Some("openid".into()),
            ..GraphConfig::default()
        },
        ..SimConfig::default()
    });
    let out = w.create(&["--json"]);
    assert_eq!(out.code, 0, "{}\n{}", out.stdout, out.stderr);
    let doc = out.json();
    assert_eq!(doc["app"]["created"], false);
    assert_eq!(doc["service_principal"]["created"], false);
    let (apps, sps, grants, _) = snapshot(&w.fake.sim.stats.graph);
    assert_eq!((apps.len(), sps.len(), grants.len()), (1, 1, 1));
    let rra = apps[0].required_resource_access.as_array().unwrap();
    assert_eq!(rra.len(), 2, "{rra:?}");
    assert_eq!(
        rra[0]["resourceAppId"],
        "00000003-0000-0000-c000-000000000000"
    );
    assert_eq!(
        rra[0]["resourceAccess"][0]["id"],
        dynsync::sim::graph::GRAPH_USER_READ
    );
    assert_eq!(
        rra[1]["resourceAppId"],
        "00000007-0000-0000-c000-000000000000"
    );
    assert_eq!(grants[0].id, "grant-existing-1", "extended, not replaced");
    assert_eq!(grants[0].scope, "openid user_impersonation");
    assert_eq!(doc["consent"]["created"], true);
}

#[test]
fn replication_delays_are_waited_out() {
    let w = World::new(SimConfig {
        graph: GraphConfig {
            replication: Duration::from_millis(1500),
            ..GraphConfig::default()
        },
        ..SimConfig::default()
    });
    let out = w.create(&["--json"]);
    assert_eq!(out.code, 0, "{}\n{}", out.stdout, out.stderr);
    assert!(
        out.stderr.contains("has not replicated the new app yet"),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("AADSTS7000215"), "{}", out.stderr);
    assert_eq!(out.json()["validate"]["ok"], true);
    let waits = w.sleeps.0.lock().unwrap().clone();
    assert!(waits.contains(&Duration::from_secs(2)), "{waits:?}");
    // A bound that is too short gives up with exit 3 and says to run again.
    let w = World::new(SimConfig {
        graph: GraphConfig {
            replication: Duration::from_secs(30),
            ..GraphConfig::default()
        },
        ..SimConfig::default()
    });
    let out = w.create(&["--json", "--replication-wait", "3"]);
    assert_eq!(out.code, 3, "{}", out.stderr);
    assert!(
        out.json()["error"]
            .as_str()
            .unwrap()
            .contains("Run the same command again")
    );
}

#[test]
fn a_non_admin_is_refused_with_the_role_named() {
    let mut config = SimConfig::default();
    config.admin.role = AdminRole::None;
    let w = World::new(config);
    let out = w.create(&["--json"]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    let doc = out.json();
    assert_eq!(doc["ok"], false);
    let error = doc["error"].as_str().unwrap();
    assert!(
        error.contains("create or change the app registration"),
        "{error}"
    );
    assert!(
        error.contains("Application Administrator or Cloud Application Administrator"),
        "{error}"
    );
    assert!(error.contains("Authorization_RequestDenied"), "{error}");
    assert!(
        w.store
            .get("p", SecretKind::ClientSecret)
            .unwrap()
            .is_none()
    );
    // A Cloud Application Administrator gets everything but the HRD policy.
    let mut config = SimConfig {
        realm: Realm::Federated,
        ..SimConfig::default()
    };
    config.admin.role = AdminRole::CloudApplicationAdministrator;
    let w = World::new(config);
    let out = w.create(&["--json"]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    let error = out.json()["error"].as_str().unwrap().to_string();
    assert!(error.contains("Home Realm Discovery policy"), "{error}");
    assert!(
        error.contains("role that allows it: Application Administrator."),
        "{error}"
    );
}

#[test]
fn a_federated_user_gets_the_hrd_policy() {
    let w = World::new(SimConfig {
        realm: Realm::Federated,
        graph: GraphConfig {
            password_hash_sync: true,
            ..GraphConfig::default()
        },
        ..SimConfig::default()
    });
    let out = w.create(&["--json"]);
    assert_eq!(out.code, 0, "{}\n{}", out.stdout, out.stderr);
    let doc = out.json();
    assert_eq!(doc["hrd_policy"]["created"], true);
    assert_eq!(doc["hrd_policy"]["assigned"], true);
    assert_eq!(
        doc["validate"]["ok"], true,
        "the policy lets the password grant through"
    );
    let (_, sps, _, policies) = snapshot(&w.fake.sim.stats.graph);
    assert_eq!(policies.len(), 1);
    assert_eq!(sps[0].policies, vec![policies[0].id.clone()]);
    assert_eq!(
        policies[0].definition,
        vec![r#"{"HomeRealmDiscoveryPolicy":{"AllowCloudPasswordValidation":true}}"#]
    );
    // Kept on a re-run; --hrd no leaves it alone.
    let again = w.create(&["--json"]);
    assert_eq!(again.json()["hrd_policy"]["created"], false);
    assert_eq!(snapshot(&w.fake.sim.stats.graph).3.len(), 1);
    // A conflicting policy is reported, not replaced.
    let w = World::new(SimConfig {
        realm: Realm::Federated,
        graph: GraphConfig {
            existing_app: Some(UNIQUE.into()),
            existing_hrd_policy: Some(false),
            ..GraphConfig::default()
        },
        ..SimConfig::default()
    });
    let out = w.create(&[]);
    assert!(out.stderr.is_empty() || !out.stderr.contains("panicked"));
    assert!(
        out.stdout
            .contains("does not allow cloud password validation"),
        "{}",
        out.stdout
    );
    let (_, _, _, policies) = snapshot(&w.fake.sim.stats.graph);
    assert_eq!(policies.len(), 1, "no second policy");
}

#[test]
fn a_tenant_lifetime_policy_is_reported_with_what_it_allows() {
    let w = World::new(SimConfig {
        graph: GraphConfig {
            password_max_days: Some(180),
            ..GraphConfig::default()
        },
        ..SimConfig::default()
    });
    let out = w.create(&["--json"]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    let error = out.json()["error"].as_str().unwrap().to_string();
    assert!(error.contains("at most P180D"), "{error}");
    let ok = w.create(&["--json", "--secret-months", "5"]);
    assert_eq!(ok.code, 0, "{}", ok.stderr);
}

#[test]
fn invalid_input_is_refused_before_any_request() {
    let w = World::new(SimConfig::default());
    for (extra, needle) in [
        (
            &["--admin-client-id", "not-a-guid"][..],
            "--admin-client-id",
        ),
        (
            &["--graph-host", "http://graph.example.com"][..],
            "--graph-host",
        ),
        (&["--secret-expires", "2026-01-01"][..], "--secret-expires"),
    ] {
        let out = w.create(extra);
        assert_eq!(out.code, 2, "{extra:?}: {}", out.stderr);
        assert!(out.stderr.contains(needle), "{}", out.stderr);
    }
    // Nowhere to put the secret.
    let out = w.app("create", &["--username", DEMO.username]);
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("--profile NAME"), "{}", out.stderr);
    assert_eq!(w.fake.sim.stats.requests(), 0);
}

#[test]
fn canary_no_secret_or_token_in_any_output_file_or_json() {
    let w = World::new(SimConfig::default());
    let human = w.create(&[]);
    assert_eq!(human.code, 0, "{}", human.stderr);
    let json = w.create(&["--json", "--new-secret"]);
    assert_eq!(json.code, 0, "{}", json.stderr);
    w.assert_clean(&[
        &human.stdout,
        &human.stderr,
        &json.stdout,
        &json.stderr,
        &w.profile_text(),
    ]);
    // --print-secret: the Value alone on stdout, nowhere else.
    let printed = w.app("create", &["--print-secret"]);
    assert_eq!(printed.code, 0, "{}", printed.stderr);
    let (apps, ..) = snapshot(&w.fake.sim.stats.graph);
    let newest = apps[0].passwords.last().unwrap().secret.clone();
    assert_eq!(printed.stdout, format!("{newest}\n"));
    assert!(!printed.stderr.contains(&newest));
}

#[test]
fn app_show_lists_secrets_and_corrects_the_profiles_expiry() {
    let w = World::new(SimConfig::default());
    assert_eq!(w.create(&[]).code, 0);
    assert_eq!(w.create(&["--new-secret", "--secret-months", "1"]).code, 0);
    // The profile's recorded expiry drifts from Azure AD's.
    dynsync::profile::Profiles::new(w.dir.path())
        .update(|all| {
            all.get_mut("p").unwrap().secret_expires = "2030-01-01".parse().ok();
            Ok(())
        })
        .unwrap();
    let out = w.app("show", &["--profile", "p", "--json"]);
    assert_eq!(out.code, 0, "{}\n{}", out.stdout, out.stderr);
    let doc = out.json();
    let secrets = doc["secrets"].as_array().unwrap();
    assert_eq!(secrets.len(), 2);
    assert_eq!(secrets[0]["profile"], false);
    assert_eq!(secrets[1]["profile"], true);
    assert_eq!(secrets[1]["status"], "expiring");
    assert_eq!(secrets[0]["status"], "ok");
    assert_eq!(doc["consent"], true);
    assert_eq!(doc["expiry_corrected"]["from"], "2030-01-01");
    assert_eq!(doc["expiry_corrected"]["to"], "2026-12-23");
    assert_eq!(
        w.profile().secret_expires.unwrap().to_string(),
        "2026-12-23"
    );
    let human = w.app("show", &["--profile", "p"]);
    assert!(
        human.stdout.contains("expires in 30 days; the profile's"),
        "{}",
        human.stdout
    );
    w.assert_clean(&[&out.stdout, &out.stderr, &human.stdout]);
}

/// `rotate --create-secret --print-secret`, then `rotate --resume --marketo-done --remove-old`:
/// the new secret is created, validated and kept pending with the old one still in service; the
/// old one is removed only after Marketo has the new one, and only the profile's.
#[test]
fn rotate_create_secret_in_two_phases_removes_the_old_secret_only_at_the_end() {
    let w = World::new(SimConfig::default());
    assert_eq!(w.create(&[]).code, 0);
    let old_key = w.profile().secret_key_id.unwrap();
    let old_value = w.store.get("p", SecretKind::ClientSecret).unwrap().unwrap();
    let url = w.fake.sim.url();
    let graph = ["--graph-host", url.as_str(), "--device-code"];
    // Without --remove-old's rotation there is nothing to remove.
    let out = w.run(
        &[
            &[
                "rotate",
                "--profile",
                "p",
                "--resume",
                "--marketo-done",
                "--remove-old",
            ][..],
            &graph,
        ]
        .concat(),
    );
    assert_eq!(out.code, 2, "{}", out.stderr);

    let out = w.run(
        &[
            &[
                "rotate",
                "--profile",
                "p",
                "--create-secret",
                "--print-secret",
            ][..],
            &graph,
        ]
        .concat(),
    );
    assert_eq!(out.code, 0, "{}\n{}", out.stdout, out.stderr);
    let (apps, ..) = snapshot(&w.fake.sim.stats.graph);
    assert_eq!(
        apps[0].passwords.len(),
        2,
        "the old secret stays in service"
    );
    let new = apps[0]
        .passwords
        .iter()
        .find(|p| p.key_id != old_key)
        .unwrap()
        .clone();
    assert_eq!(
        out.stdout,
        format!("{}\n", new.secret),
        "the Value alone on stdout"
    );
    assert!(!out.stderr.contains(&new.secret));
    assert_eq!(
        w.store
            .get("p", SecretKind::PendingClientSecret)
            .unwrap()
            .unwrap()
            .expose(),
        new.secret
    );
    assert_eq!(
        w.store
            .get("p", SecretKind::ClientSecret)
            .unwrap()
            .unwrap()
            .expose(),
        old_value.expose()
    );
    assert_eq!(
        w.profile().pending_secret_key_id.as_deref(),
        Some(new.key_id.as_str())
    );
    // A second one while this one is pending is refused.
    let again = w.run(
        &[
            &[
                "rotate",
                "--profile",
                "p",
                "--create-secret",
                "--print-secret",
            ][..],
            &graph,
        ]
        .concat(),
    );
    assert_eq!(again.code, 2, "{}", again.stderr);
    assert_eq!(snapshot(&w.fake.sim.stats.graph).0[0].passwords.len(), 2);

    // Marketo has it: promote, then remove the old one.
    let out = w.run(
        &[
            &[
                "rotate",
                "--profile",
                "p",
                "--resume",
                "--marketo-done",
                "--remove-old",
            ][..],
            &graph,
        ]
        .concat(),
    );
    assert_eq!(out.code, 0, "{}\n{}", out.stdout, out.stderr);
    let (apps, ..) = snapshot(&w.fake.sim.stats.graph);
    assert_eq!(apps[0].passwords.len(), 1);
    assert_eq!(apps[0].passwords[0].key_id, new.key_id);
    assert_eq!(
        w.store
            .get("p", SecretKind::ClientSecret)
            .unwrap()
            .unwrap()
            .expose(),
        new.secret
    );
    assert!(
        w.store
            .get("p", SecretKind::PendingClientSecret)
            .unwrap()
            .is_none()
    );
    let p = w.profile();
    assert_eq!(p.secret_key_id.as_deref(), Some(new.key_id.as_str()));
    assert_eq!(p.pending_secret_key_id, None);
    assert!(
        out.stderr.contains(&format!("{old_key} was removed")),
        "{}",
        out.stderr
    );
}

/// setup's "Create it for me": no client ID, secret or expiry typed; the secret is made through
/// Graph, goes to the keyring, and the wizard's checks pass with it.
#[test]
fn setup_create_it_for_me_fills_the_credentials() {
    use common::bench::Bench;
    use dynsync::wizard::Settings;
    use dynsync::wizard::state::ConnectionPath;
    let mut b = Bench::new(SimConfig::default());
    let url = b.fake.sim.url();
    b.vars.insert("DYNSYNC_GRAPH_HOST".into(), url.clone());
    let p = ScriptedPrompter::new()
        .confirm("already have an app registration", false)
        .select(
            "How should the app registration be made",
            "Create it for me",
        )
        .text("org URL", &url)
        .text("Sync user's UPN", DEMO.username)
        .secret("Password of marketo.sync@contoso.com", DEMO.password)
        .text("unique name", "org1a2b3c4d")
        .select("When you have done this", "Done") // Disable Sync
        .select("When you have done this", "Done") // Edit credentials
        .select("What does Marketo show", "All seven")
        .select("When you have done this", "Done"); // Enable Sync
    let settings = Settings {
        profile: Some("contoso".into()),
        path: Some(ConnectionPath::Update),
        ..b.settings()
    };
    let o = b.run(&p, settings);
    assert_eq!(o.code(), 0, "{}\n{}", o.out, o.err);
    // Marketo's credentials screen says where the never-shown secret is.
    assert!(
        o.out.contains("was made by dynsync and never shown"),
        "{}",
        o.out
    );
    let (apps, ..) = snapshot(&b.fake.sim.stats.graph);
    assert_eq!(apps.len(), 1);
    assert_eq!(apps[0].passwords.len(), 1);
    let secret = apps[0].passwords[0].secret.clone();
    assert_eq!(
        b.stored("contoso", SecretKind::ClientSecret).unwrap(),
        secret
    );
    let profile = dynsync::profile::Profiles::new(b.dir.path())
        .get("contoso")
        .unwrap();
    assert_eq!(profile.client_id.as_deref(), Some(apps[0].app_id.as_str()));
    assert_eq!(profile.secret_expires.unwrap().to_string(), "2027-11-23");
    assert!(
        o.out.contains("Marketo Integration (client ID ") && o.out.contains("): created"),
        "{}",
        o.out
    );
    assert!(!o.out.contains(&secret) && !o.err.contains(&secret));
    let transcript = std::fs::read_to_string(b.transcript_path()).unwrap();
    assert!(!transcript.contains(&secret));
    assert!(
        transcript.contains("app registration made through Graph"),
        "{transcript}"
    );
}

/// The Marketo part of a setup after the app registration (path Update), as a resume answers it.
fn after_registration(p: ScriptedPrompter) -> ScriptedPrompter {
    p.text("Sync user's UPN", DEMO.username)
        .secret("Password of marketo.sync@contoso.com", DEMO.password)
        .text("unique name", "org1a2b3c4d")
        .select("When you have done this", "Done") // Disable Sync
        .select("When you have done this", "Done") // Edit credentials
        .select("What does Marketo show", "All seven")
        .select("When you have done this", "Done") // Enable Sync
}

/// "Create it for me" stopped in the middle (the tenant's lifetime policy refused the secret,
/// after the app, its service principal and the consent were made): the checkpoint records
/// them, and `--resume` makes only the secret — no second app, no second secret, nothing
/// recorded asked of Graph again.
#[test]
fn setup_create_it_for_me_resumes_a_stopped_registration_without_making_anything_twice() {
    use common::bench::Bench;
    use dynsync::sim::Route;
    use dynsync::wizard::Settings;
    use dynsync::wizard::state::{Checkpoints, ConnectionPath};
    let mut b = Bench::new(SimConfig {
        graph: GraphConfig {
            password_max_days: Some(180),
            ..Default::default()
        },
        ..SimConfig::default()
    });
    let url = b.fake.sim.url();
    b.vars.insert("DYNSYNC_GRAPH_HOST".into(), url.clone());
    let p = ScriptedPrompter::new()
        .confirm("already have an app registration", false)
        .select(
            "How should the app registration be made",
            "Create it for me",
        )
        .text("org URL", &url);
    let settings = Settings {
        profile: Some("contoso".into()),
        path: Some(ConnectionPath::Update),
        ..b.settings()
    };
    let o = b.run(&p, settings.clone());
    assert_eq!(o.code(), 1, "{}\n{}", o.out, o.err);
    let (apps, sps, grants, _) = snapshot(&b.fake.sim.stats.graph);
    assert_eq!((apps.len(), sps.len(), grants.len()), (1, 1, 1));
    assert!(apps[0].passwords.is_empty());
    let made = Checkpoints::new(b.dir.path())
        .load("contoso")
        .unwrap()
        .unwrap()
        .registration
        .expect("the checkpoint records the registration");
    let app = made.app.clone().unwrap();
    assert_eq!(
        (app.object_id.as_str(), app.client_id.as_str()),
        (apps[0].id.as_str(), apps[0].app_id.as_str())
    );
    assert_eq!(
        made.service_principal_id.as_deref(),
        Some(sps[0].id.as_str())
    );
    assert_eq!(made.consent_created, Some(true));
    assert!(made.secret.is_none() && !made.complete);

    // Resumed with an expiry the policy allows: only the secret is asked of Graph.
    let graph_before = b.fake.sim.stats.count(Route::Graph);
    let o = b.run(
        &after_registration(ScriptedPrompter::new()),
        Settings {
            resume: true,
            secret_expires: Some("2027-05-01".into()),
            ..settings
        },
    );
    assert_eq!(o.code(), 0, "{}\n{}", o.out, o.err);
    assert!(
        o.out.contains("Continuing the app registration"),
        "{}",
        o.out
    );
    let (apps, sps, grants, _) = snapshot(&b.fake.sim.stats.graph);
    assert_eq!((apps.len(), sps.len(), grants.len()), (1, 1, 1));
    assert_eq!(apps[0].passwords.len(), 1, "one secret, made once");
    assert_eq!(
        b.fake.sim.stats.count(Route::Graph) - graph_before,
        1,
        "only addPassword"
    );
    let secret = apps[0].passwords[0].secret.clone();
    assert_eq!(
        b.stored("contoso", SecretKind::ClientSecret).unwrap(),
        secret
    );
    let path = Checkpoints::new(b.dir.path()).path("contoso");
    let text = std::fs::read_to_string(path).unwrap();
    assert!(!text.contains(&secret));
    let made = Checkpoints::new(b.dir.path())
        .load("contoso")
        .unwrap()
        .unwrap()
        .registration
        .unwrap();
    assert!(made.complete);
    assert_eq!(made.secret.unwrap().key_id, apps[0].passwords[0].key_id);
}

/// "Create it for me" done, then a stop (Ctrl-C at the next prompt): the checkpoint records
/// every object and the secret's key id, hint and expiry (never its Value), and `--resume` goes
/// on with no admin sign-in and no Graph request at all.
#[test]
fn setup_create_it_for_me_resumed_after_the_registration_signs_in_no_more() {
    resumed_after_the_registration(false);
}

/// The same, stopped before the wizard had moved past the app registration step: the step
/// finds the complete record and goes on without a sign-in either.
#[test]
fn setup_create_it_for_me_resumed_at_a_recorded_registration_signs_in_no_more() {
    resumed_after_the_registration(true);
}

fn resumed_after_the_registration(rewind: bool) {
    use common::bench::Bench;
    use dynsync::sim::Route;
    use dynsync::wizard::Settings;
    use dynsync::wizard::state::{Checkpoints, ConnectionPath};
    let mut b = Bench::new(SimConfig::default());
    let url = b.fake.sim.url();
    b.vars.insert("DYNSYNC_GRAPH_HOST".into(), url.clone());
    let p = ScriptedPrompter::new()
        .confirm("already have an app registration", false)
        .select(
            "How should the app registration be made",
            "Create it for me",
        )
        .text("org URL", &url)
        .interrupt("input", "Sync user's UPN");
    let settings = Settings {
        profile: Some("contoso".into()),
        path: Some(ConnectionPath::Update),
        ..b.settings()
    };
    let o = b.run(&p, settings.clone());
    assert_eq!(o.code(), 130, "{}\n{}", o.out, o.err);
    let (apps, sps, ..) = snapshot(&b.fake.sim.stats.graph);
    let secret = apps[0].passwords[0].clone();
    let path = Checkpoints::new(b.dir.path()).path("contoso");
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(!text.contains(&secret.secret), "{text}");
    let made = Checkpoints::new(b.dir.path())
        .load("contoso")
        .unwrap()
        .unwrap()
        .registration
        .expect("the checkpoint records the registration");
    assert!(made.complete);
    assert_eq!(made.app.unwrap().client_id, apps[0].app_id);
    assert_eq!(
        made.service_principal_id.as_deref(),
        Some(sps[0].id.as_str())
    );
    let recorded = made.secret.unwrap();
    assert_eq!(recorded.key_id, secret.key_id);
    assert_eq!(recorded.hint.as_deref(), Some(secret.hint.as_str()));
    assert_eq!(recorded.expires.as_deref(), Some(secret.end.as_str()));

    if rewind {
        let checkpoints = Checkpoints::new(b.dir.path());
        let mut state = checkpoints.load("contoso").unwrap().unwrap();
        state.reached = Some(dynsync::wizard::state::Step::Welcome);
        checkpoints.save(&state).unwrap();
    }
    let (graph_before, admin_before) = (
        b.fake.sim.stats.count(Route::Graph),
        b.fake.sim.stats.count(Route::Admin),
    );
    let o = b.run(
        &after_registration(ScriptedPrompter::new()),
        Settings {
            resume: true,
            ..settings
        },
    );
    assert_eq!(o.code(), 0, "{}\n{}", o.out, o.err);
    assert_eq!(
        o.out.contains("already made and recorded"),
        rewind,
        "{}",
        o.out
    );
    assert_eq!(b.fake.sim.stats.count(Route::Graph), graph_before);
    assert_eq!(b.fake.sim.stats.count(Route::Admin), admin_before);
    assert_eq!(snapshot(&b.fake.sim.stats.graph).0[0].passwords.len(), 1);
    assert_eq!(
        b.stored("contoso", SecretKind::ClientSecret).unwrap(),
        secret.secret
    );
}

/// The guided `rotate --create-secret` on a terminal: the new secret is made and validated, the
/// Marketo steps offer it on the clipboard, and the old one is removed only after they are done
/// and the admin confirms.
#[test]
fn rotate_create_secret_guided_walks_marketo_then_removes_the_old_one_on_confirmation() {
    use base64::Engine;
    let w = World::new(SimConfig::default());
    assert_eq!(w.create(&[]).code, 0);
    let old_key = w.profile().secret_key_id.unwrap();
    let removed_too_early = std::rc::Rc::new(std::cell::Cell::new(false));
    let probe = removed_too_early.clone();
    let graph_state = w.fake.sim.stats.clone();
    let p = ScriptedPrompter::new()
        .select("When you have done this", "Done") // Disable Sync
        .select("When you have done this", "Copy") // Edit credentials
        .select("Copy which", "Client Secret")
        .confirm("Send the secret to the terminal's clipboard", true)
        .select_then("When you have done this", "Done", move || {
            // Both secrets are on the app while Marketo is being changed.
            probe.set(snapshot(&graph_state.graph).0[0].passwords.len() != 2);
        })
        .select("What does Marketo show", "All seven")
        .select("When you have done this", "Done") // Enable Sync
        .confirm("Remove the old client secret", true);
    let out = w.rotate_on_a_terminal("--create-secret", &p);
    assert_eq!(out.code, 0, "{}\n{}", out.stdout, out.stderr);
    assert!(
        !removed_too_early.get(),
        "the old secret went before Marketo had the new one"
    );
    let (apps, ..) = snapshot(&w.fake.sim.stats.graph);
    assert_eq!(apps[0].passwords.len(), 1);
    let new = apps[0].passwords[0].clone();
    assert_ne!(new.key_id, old_key);
    assert_eq!(
        w.store
            .get("p", SecretKind::ClientSecret)
            .unwrap()
            .unwrap()
            .expose(),
        new.secret
    );
    // Offered on the clipboard (OSC 52 on the terminal), never printed.
    let b64 = base64::engine::general_purpose::STANDARD.encode(new.secret.as_bytes());
    assert!(out.stderr.contains(&b64), "{}", out.stderr);
    assert!(!out.stdout.contains(&new.secret) && !out.stderr.contains(&new.secret));
    assert_eq!(
        w.profile().secret_key_id.as_deref(),
        Some(new.key_id.as_str())
    );
    // The closing screen says what dynsync does with the old secret, not to delete it by hand.
    assert!(
        !out.stdout
            .contains("delete the OLD client secret in the portal"),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout.contains(&format!(
            "dynsync removes the old client secret {old_key} from the app, once you confirm"
        )),
        "{}",
        out.stdout
    );
    assert!(
        out.stderr
            .contains(&format!("The old client secret {old_key} was removed")),
        "{}",
        out.stderr
    );
}

/// The guided `rotate --create-secret`, the admin declining the old secret's removal: it stays
/// on the app, and the closing lines say so and where to delete it (the portal path, only now).
#[test]
fn rotate_create_secret_guided_declined_keeps_the_old_one_and_names_the_portal() {
    let w = World::new(SimConfig::default());
    assert_eq!(w.create(&[]).code, 0);
    let old_key = w.profile().secret_key_id.unwrap();
    let client_id = w.profile().client_id.unwrap();
    let p = ScriptedPrompter::new()
        .select("When you have done this", "Done") // Disable Sync
        .select("When you have done this", "Done") // Edit credentials
        .select("What does Marketo show", "All seven")
        .select("When you have done this", "Done") // Enable Sync
        .confirm("Remove the old client secret", false);
    let out = w.rotate_on_a_terminal("--create-secret", &p);
    assert_eq!(out.code, 0, "{}\n{}", out.stdout, out.stderr);
    let (apps, ..) = snapshot(&w.fake.sim.stats.graph);
    assert_eq!(apps[0].passwords.len(), 2, "the old secret was kept");
    assert!(apps[0].passwords.iter().any(|p| p.key_id == old_key));
    let new_key = w.profile().secret_key_id.unwrap();
    assert_ne!(new_key, old_key);
    assert!(
        !out.stdout
            .contains("delete the OLD client secret in the portal"),
        "{}",
        out.stdout
    );
    assert!(
        out.stderr.contains(&format!(
            "You chose to keep the old client secret {old_key}"
        )) && out
            .stderr
            .contains(&format!("Credentials/appId/{client_id}")),
        "{}",
        out.stderr
    );
    assert!(!out.stderr.contains("was removed"), "{}", out.stderr);
}

/// The guided `rotate --create-secret` stopped during Marketo's steps, then resumed on a
/// terminal with `rotate --resume`: the resumed run promotes the new secret (its key id in the
/// profile), says dynsync removes the old one, and removes it on confirmation — as the
/// uninterrupted run does.
#[test]
fn rotate_create_secret_guided_resumed_confirms_and_removes_the_old_one() {
    let w = World::new(SimConfig::default());
    assert_eq!(w.create(&[]).code, 0);
    let old_key = w.profile().secret_key_id.unwrap();
    let p = ScriptedPrompter::new()
        .select("When you have done this", "Done") // Disable Sync
        .select("When you have done this", "Abort"); // Edit credentials: stopped
    let out = w.rotate_on_a_terminal("--create-secret", &p);
    assert_ne!(out.code, 0, "{}\n{}", out.stdout, out.stderr);
    assert_eq!(snapshot(&w.fake.sim.stats.graph).0[0].passwords.len(), 2);

    let p = ScriptedPrompter::new()
        .select("When you have done this", "Done") // Edit credentials
        .select("What does Marketo show", "All seven")
        .select("When you have done this", "Done") // Enable Sync
        .confirm("Remove the old client secret", true);
    let out = w.rotate_on_a_terminal("--resume", &p);
    assert_eq!(out.code, 0, "{}\n{}", out.stdout, out.stderr);
    assert_eq!(p.remaining(), 0, "{}", out.stdout);
    let (apps, ..) = snapshot(&w.fake.sim.stats.graph);
    assert_eq!(apps[0].passwords.len(), 1, "the old secret was removed");
    let new_key = apps[0].passwords[0].key_id.clone();
    assert_ne!(new_key, old_key);
    assert_eq!(w.profile().secret_key_id.as_deref(), Some(new_key.as_str()));
    assert!(w.profile().pending_secret_key_id.is_none());
    assert!(
        out.stdout.contains(&format!(
            "dynsync removes the old client secret {old_key} from the app, once you confirm"
        )) && !out
            .stdout
            .contains("delete the OLD client secret in the portal"),
        "{}",
        out.stdout
    );
    assert!(
        out.stderr
            .contains(&format!("The old client secret {old_key} was removed")),
        "{}",
        out.stderr
    );
}
