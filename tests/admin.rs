//! The admin sign-in against the simulator: the device code flow (pending, slow_down with the
//! intervals it waited, declined, expired) and the browser flow (auth code + PKCE on a loopback
//! redirect; a redirect whose state is not ours is refused), then a token for another resource
//! from the refresh token. The admin's tokens never reach stdout or stderr.

use std::io::Write;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use dynsync::admin::{AdminOptions, AdminSession};
use dynsync::cloud::Cloud;
use dynsync::ctx::testing::TestCtx;
use dynsync::ctx::{Ctx, Sleep};
use dynsync::error::Error;
use dynsync::http::HttpConfig;
use dynsync::sim::admin::{AdminConfig, AdminRole, DeviceAnswer};
use dynsync::sim::{Background, DEMO, SimConfig};
use dynsync::ui::Io;
use dynsync::ui::testing::ScriptedPrompter;
use secrecy::ExposeSecret;

struct Recorder(Mutex<Vec<Duration>>);

impl Sleep for Recorder {
    fn sleep(&self, d: Duration) -> std::pin::Pin<Box<dyn Future<Output = ()> + Send>> {
        self.0.lock().unwrap().push(d);
        Box::pin(std::future::ready(()))
    }
}

struct Sim {
    sim: Background,
    ca: tempfile::NamedTempFile,
}

fn sim(admin: AdminConfig) -> Sim {
    let sim = Background::start(SimConfig {
        admin,
        ..SimConfig::default()
    });
    let mut ca = tempfile::NamedTempFile::new().unwrap();
    ca.write_all(sim.ca_pem.as_bytes()).unwrap();
    Sim { sim, ca }
}

impl Sim {
    fn options(&self, device_code: bool) -> AdminOptions {
        let mut o = AdminOptions::new(Cloud::Public, DEMO.tenant_id);
        o.authority = self.sim.url();
        o.graph_host = self.sim.url();
        o.device_code = device_code;
        o.http = HttpConfig {
            ca_bundle: Some(self.ca.path().to_path_buf()),
            ..HttpConfig::default()
        };
        o
    }
}

fn io() -> Io {
    Io {
        stdin_tty: false,
        stdout_tty: false,
        stderr_tty: false,
        color: false,
    }
}

fn no_vars(_: &str) -> Option<String> {
    None
}

/// Sign in with the device code flow, recording the waits; the session or the error, stderr.
async fn device(admin: AdminConfig) -> (Result<AdminSession, Error>, Vec<Duration>, String, Sim) {
    let s = sim(admin);
    let t = TestCtx::new(io());
    let p = ScriptedPrompter::new();
    let rec = Recorder(Mutex::new(Vec::new()));
    let ctx = Ctx {
        sleep: &rec,
        ..t.ctx(&p, &no_vars)
    };
    let scope = format!("{}/.default", s.sim.url());
    let r = AdminSession::sign_in(&ctx, &s.options(true), &[&scope]).await;
    let waits = rec.0.lock().unwrap().clone();
    (r, waits, t.stderr(), s)
}

#[tokio::test]
async fn device_code_pending_then_approved() {
    let (r, waits, err, s) = device(AdminConfig {
        device_pending_polls: 2,
        ..AdminConfig::default()
    })
    .await;
    let session = r.expect("signed in");
    assert_eq!(session.tenant_id.as_deref(), Some(DEMO.tenant_id));
    assert_eq!(session.username.as_deref(), Some("admin@contoso.com"));
    // Two pending answers, then the token: three polls, each after the server's interval.
    assert_eq!(waits, vec![Duration::from_secs(5); 3]);
    assert!(err.contains("DSYNC7QX"), "{err}");
    assert!(err.contains("https://microsoft.com/devicelogin"), "{err}");
    for tok in s.sim.stats.issued_tokens() {
        assert!(!err.contains(&tok), "token leaked: {err}");
    }
}

#[tokio::test]
async fn device_code_slow_down_adds_five_seconds() {
    let (r, waits, _, _) = device(AdminConfig {
        device_slow_down_polls: 2,
        device_pending_polls: 1,
        device_interval: 3,
        ..AdminConfig::default()
    })
    .await;
    r.expect("signed in");
    let secs: Vec<u64> = waits.iter().map(Duration::as_secs).collect();
    assert_eq!(secs, vec![3, 8, 13, 13]);
}

#[tokio::test]
async fn device_code_declined_and_expired_are_refusals() {
    let (r, _, _, _) = device(AdminConfig {
        device_answer: DeviceAnswer::Decline,
        ..AdminConfig::default()
    })
    .await;
    match r {
        Err(Error::Refused(m)) => assert!(m.contains("declined"), "{m}"),
        other => panic!("{other:?}"),
    }
    let (r, waits, _, _) = device(AdminConfig {
        device_answer: DeviceAnswer::Expire,
        ..AdminConfig::default()
    })
    .await;
    match r {
        Err(Error::Refused(m)) => assert!(m.contains("expired"), "{m}"),
        other => panic!("{other:?}"),
    }
    assert_eq!(waits.len(), 2, "no poll after the code expired");
}

/// A "browser" that follows the authorize URL to the loopback redirect, changing the state on
/// the way when `forge` is set.
fn browser(ca_pem: String, forge: bool) -> dynsync::admin::OpenBrowser {
    Arc::new(move |url: &str| {
        let url = url.to_string();
        let ca_pem = ca_pem.clone();
        std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .unwrap();
            rt.block_on(async move {
                let client = reqwest::Client::builder()
                    .add_root_certificate(
                        reqwest::Certificate::from_pem(ca_pem.as_bytes()).unwrap(),
                    )
                    .redirect(reqwest::redirect::Policy::none())
                    .build()
                    .unwrap();
                let resp = client.get(&url).send().await.unwrap();
                assert_eq!(resp.status().as_u16(), 302);
                let mut location = resp.headers()["location"].to_str().unwrap().to_string();
                assert!(location.starts_with("http://localhost:"), "{location}");
                if forge {
                    let i = location.find("state=").unwrap();
                    location = format!("{}state=forged", &location[..i]);
                }
                let location = location.replace("localhost", "127.0.0.1");
                client.get(&location).send().await.unwrap();
            });
        });
        true
    })
}

#[tokio::test]
async fn browser_sign_in_with_pkce_then_a_token_for_another_resource() {
    let s = sim(AdminConfig::default());
    let t = TestCtx::new(io());
    let p = ScriptedPrompter::new();
    let ctx = t.ctx(&p, &no_vars);
    let mut o = s.options(false);
    o.browser = Some(browser(s.sim.ca_pem.clone(), false));
    let graph = format!("{}/.default", s.sim.url());
    let mut session = AdminSession::sign_in(&ctx, &o, &[&graph])
        .await
        .expect("signed in");
    let first = session.token(&ctx, &graph).await.unwrap();
    let org = format!("https://{}/user_impersonation", DEMO.org_host);
    let dataverse = session.token(&ctx, &org).await.unwrap();
    assert_ne!(first.expose_secret(), dataverse.expose_secret());
    let claims = dynsync::azure::read_claims(dataverse.expose_secret()).unwrap();
    assert_eq!(
        claims.aud.as_deref(),
        Some(&*format!("https://{}", DEMO.org_host))
    );
    // Cached: asking again sends no request.
    let before = s.sim.stats.requests();
    session.token(&ctx, &org).await.unwrap();
    assert_eq!(s.sim.stats.requests(), before);
    let err = t.stderr();
    assert!(err.contains("/oauth2/v2.0/authorize?"), "{err}");
    assert!(err.contains("code_challenge_method=S256"), "{err}");
    for tok in s.sim.stats.issued_tokens() {
        assert!(!err.contains(&tok), "token leaked: {err}");
        assert!(!format!("{session:?}").contains(&tok));
    }
    assert!(t.stdout().is_empty());
}

#[tokio::test]
async fn browser_redirect_with_another_state_is_refused() {
    let s = sim(AdminConfig::default());
    let t = TestCtx::new(io());
    let p = ScriptedPrompter::new();
    let ctx = t.ctx(&p, &no_vars);
    let mut o = s.options(false);
    o.browser = Some(browser(s.sim.ca_pem.clone(), true));
    let graph = format!("{}/.default", s.sim.url());
    match AdminSession::sign_in(&ctx, &o, &[&graph]).await {
        Err(Error::Refused(m)) => assert!(m.contains("state"), "{m}"),
        other => panic!("{other:?}"),
    }
    assert!(
        s.sim.stats.issued_tokens().is_empty(),
        "no code was redeemed"
    );
}

/// The Graph client against the simulated directory: the Dynamics CRM scope read, not assumed;
/// the upsert creates once; a grant is extended, never replaced; a non-admin is refused with
/// Graph's `Authorization_RequestDenied`.
#[tokio::test]
async fn graph_recipe_on_the_simulated_directory() {
    use dynsync::graph::{Graph, GraphError};
    for role in [AdminRole::ApplicationAdministrator, AdminRole::None] {
        let (r, _, _, s) = device(AdminConfig {
            role,
            ..AdminConfig::default()
        })
        .await;
        let mut session = r.unwrap();
        let t = TestCtx::new(io());
        let p = ScriptedPrompter::new();
        let ctx = t.ctx(&p, &no_vars);
        let token = session
            .token(&ctx, &format!("{}/.default", s.sim.url()))
            .await
            .unwrap();
        let http = dynsync::http::Http::new(&s.options(true).http).unwrap();
        let g = Graph::new(http, &s.sim.url(), token);
        let dynamics = g.dynamics_sp().await.unwrap();
        assert_eq!(dynamics.scope_id, "78ce3f0f-a1ce-49c2-8cde-64b5c0896db4");
        let body = serde_json::json!({"displayName": "Marketo Integration"});
        let first = g.upsert_app("dynsync-test", body.clone()).await;
        if role == AdminRole::None {
            match first {
                Err(GraphError::Denied { code, .. }) => {
                    assert_eq!(code, "Authorization_RequestDenied")
                }
                other => panic!("{other:?}"),
            }
            continue;
        }
        let (app, created) = first.unwrap();
        assert!(created);
        let (again, created) = g.upsert_app("dynsync-test", body).await.unwrap();
        assert!(!created);
        assert_eq!(again.id, app.id);
        let sp = g.create_sp(&app.app_id).await.unwrap();
        let grant = g
            .create_grant(&sp.id, &dynamics.id, "openid")
            .await
            .unwrap();
        g.set_grant_scope(&grant.id, "openid user_impersonation")
            .await
            .unwrap();
        let grants = g.grants(&sp.id, &dynamics.id).await.unwrap();
        assert_eq!(grants.len(), 1);
        assert!(grants[0].has_scope("openid") && grants[0].has_scope("user_impersonation"));
        let secret = g
            .add_password(&app.id, "dynsync 2026-11-23", "2027-11-23T00:00:00Z")
            .await
            .unwrap();
        assert_eq!(
            secret.info.hint.as_deref(),
            Some(&secret.value.expose_secret()[..3])
        );
        assert!(!format!("{secret:?}").contains(secret.value.expose_secret()));
        let listed = g.app_by_id(&app.id).await.unwrap().unwrap();
        assert_eq!(listed.password_credentials, vec![secret.info.clone()]);
    }
}
