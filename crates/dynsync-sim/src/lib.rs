//! A simulated Azure AD + Dataverse tenant on loopback HTTPS: the demo tenant behind `--demo`,
//! and the fake server of the integration tests and the benchmark.
//!
//! It answers the same requests the engine sends with the shapes the real services use, checks
//! the credentials it is given for real (a wrong secret is refused, not assumed), serves faults on
//! demand, and counts connections and requests so tests can assert what was (not) sent.
//!
//! A crate of its own, which dynsync brings in (as `dynsync::sim`) only with its default `demo`
//! feature: a dynsync built without it has no TLS server in it. It does not depend on dynsync.

pub mod admin;
pub mod dv_admin;
pub mod graph;
pub mod s2s;
pub mod scenario;

use std::collections::{HashMap, HashSet, VecDeque};
use std::net::SocketAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use base64::Engine;
use http_body_util::{BodyExt, Full};
use hyper::body::Bytes;
use hyper::body::Incoming;
use hyper::service::service_fn;
use hyper::{Request, Response};
use hyper_util::rt::{TokioExecutor, TokioIo};
use serde_json::{Value, json};
use tokio::net::TcpListener;
use tokio_rustls::TlsAcceptor;

pub use dv_admin::Write;
pub use s2s::{APP, AppUser};
pub use scenario::{
    ConfigUser, DEMO, Fault, OTHER_TENANT_ID, Realm, RoleGrant, Scenario, SimConfig, scenario,
    scenarios,
};

/// Which kind of request, for counting and fault injection.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Route {
    Realm,
    Oidc,
    Token,
    Probe,
    Dataverse,
    /// The admin sign-in's authorize and device code endpoints.
    Admin,
    /// Microsoft Graph (`/v1.0/…`).
    Graph,
    Other,
}

/// What the simulator saw.
#[derive(Debug, Default)]
pub struct Stats {
    pub connections: AtomicUsize,
    pub requests: AtomicUsize,
    routes: Mutex<HashMap<Route, usize>>,
    segments: Mutex<HashMap<String, usize>>,
    pub(crate) issued: Mutex<Vec<String>>,
    writes: Mutex<Vec<Write>>,
    /// The simulated directory Graph serves (tests read what a run created).
    pub graph: graph::GraphState,
}

impl Stats {
    pub fn count(&self, route: Route) -> usize {
        *self.routes.lock().expect("stats").get(&route).unwrap_or(&0)
    }
    /// Authenticated Dataverse requests served for this first path segment after
    /// `/api/data/v9.2/` (`entities`, `solutioncomponents`, `EntityDefinitions`,
    /// `mkto_marketoconfigs`, …).
    pub fn served(&self, segment: &str) -> usize {
        *self
            .segments
            .lock()
            .expect("stats")
            .get(segment)
            .unwrap_or(&0)
    }
    pub fn connections(&self) -> usize {
        self.connections.load(Ordering::Relaxed)
    }
    pub fn requests(&self) -> usize {
        self.requests.load(Ordering::Relaxed)
    }
    /// The access tokens issued so far (tests check none of them leaks into output).
    pub fn issued_tokens(&self) -> Vec<String> {
        self.issued.lock().expect("stats").clone()
    }
    /// The Dataverse writes received so far, in order (`dv_admin`).
    pub fn writes(&self) -> Vec<Write> {
        self.writes.lock().expect("stats").clone()
    }
}

struct State {
    /// Changeable while running (tests fix a setup "in Dynamics" between two checks).
    config: Arc<std::sync::RwLock<SimConfig>>,
    faults: Mutex<HashMap<Route, VecDeque<Fault>>>,
    tokens: Mutex<HashSet<String>>,
    /// Requests seen so far with a replicating (extra) secret.
    replication: Mutex<u32>,
    stats: Arc<Stats>,
    admin: admin::AdminState,
}

/// A running simulator.
pub struct Simulator {
    pub addr: SocketAddr,
    /// The PEM of the generated certificate the simulator serves (trust it to talk to it).
    pub ca_pem: String,
    pub stats: Arc<Stats>,
    config: Arc<std::sync::RwLock<SimConfig>>,
    task: tokio::task::JoinHandle<()>,
}

impl Drop for Simulator {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// The host names the certificate covers (the demo resolves them to the simulator).
pub const HOSTS: [&str; 5] = [
    "login.microsoftonline.com",
    "graph.microsoft.com",
    "login.microsoftonline.us",
    "login.partner.microsoftonline.cn",
    "contoso.crm.dynamics.com",
];

fn make_certificate() -> Result<
    (
        String,
        rustls::pki_types::CertificateDer<'static>,
        rustls::pki_types::PrivateKeyDer<'static>,
    ),
    String,
> {
    let err = |e: rcgen::Error| format!("demo certificate: {e}");
    let ca_key = rcgen::KeyPair::generate().map_err(err)?;
    let mut ca_params = rcgen::CertificateParams::new(Vec::<String>::new()).map_err(err)?;
    ca_params.is_ca = rcgen::IsCa::Ca(rcgen::BasicConstraints::Unconstrained);
    ca_params.distinguished_name.push(
        rcgen::DnType::CommonName,
        "dynsync demo tenant CA (this process only)",
    );
    ca_params.key_usages = vec![
        rcgen::KeyUsagePurpose::KeyCertSign,
        rcgen::KeyUsagePurpose::CrlSign,
    ];
    let ca_cert = ca_params.self_signed(&ca_key).map_err(err)?;
    let issuer = rcgen::Issuer::new(ca_params, ca_key);

    let mut names: Vec<String> = HOSTS.iter().map(|h| h.to_string()).collect();
    names.extend(["localhost".to_string(), "127.0.0.1".to_string()]);
    let leaf_key = rcgen::KeyPair::generate().map_err(err)?;
    let mut leaf_params = rcgen::CertificateParams::new(names).map_err(err)?;
    leaf_params
        .distinguished_name
        .push(rcgen::DnType::CommonName, "dynsync demo tenant");
    let leaf = leaf_params.signed_by(&leaf_key, &issuer).map_err(err)?;
    let key = rustls::pki_types::PrivateKeyDer::Pkcs8(leaf_key.serialize_der().into());
    Ok((ca_cert.pem(), leaf.der().clone(), key))
}

impl Simulator {
    /// Start on the current Tokio runtime, listening on an ephemeral loopback port.
    pub async fn start(config: SimConfig) -> Result<Simulator, String> {
        Simulator::start_on(config, 0).await
    }

    /// Start on the current Tokio runtime, listening on `127.0.0.1:port` (0: any free port).
    pub async fn start_on(config: SimConfig, port: u16) -> Result<Simulator, String> {
        let (ca_pem, cert, key) = make_certificate()?;
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let mut tls = rustls::ServerConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .map_err(|e| e.to_string())?
            .with_no_client_auth()
            .with_single_cert(vec![cert], key)
            .map_err(|e| format!("demo certificate: {e}"))?;
        tls.alpn_protocols = vec![b"h2".to_vec(), b"http/1.1".to_vec()];
        let acceptor = TlsAcceptor::from(Arc::new(tls));
        let listener = TcpListener::bind(("127.0.0.1", port))
            .await
            .map_err(|e| format!("simulator: {e}"))?;
        let addr = listener.local_addr().map_err(|e| e.to_string())?;
        let stats = Arc::new(Stats::default());
        let mut faults = HashMap::new();
        faults.insert(Route::Token, config.token_faults.clone().into());
        faults.insert(Route::Realm, config.realm_faults.clone().into());
        faults.insert(Route::Probe, config.probe_faults.clone().into());
        faults.insert(Route::Dataverse, config.dataverse_faults.clone().into());
        let shared = Arc::new(std::sync::RwLock::new(config));
        let state = Arc::new(State {
            config: shared.clone(),
            faults: Mutex::new(faults),
            tokens: Mutex::new(HashSet::new()),
            replication: Mutex::new(0),
            stats: stats.clone(),
            admin: admin::AdminState::default(),
        });
        let task = tokio::spawn(async move {
            loop {
                let tcp = match listener.accept().await {
                    Ok((tcp, _)) => tcp,
                    Err(_) => {
                        // Out of file descriptors or similar: back off instead of spinning.
                        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
                        continue;
                    }
                };
                // Small responses must not wait for Nagle's algorithm.
                let _ = tcp.set_nodelay(true);
                let acceptor = acceptor.clone();
                let state = state.clone();
                tokio::spawn(async move {
                    let Ok(tls) = acceptor.accept(tcp).await else {
                        return;
                    };
                    state.stats.connections.fetch_add(1, Ordering::Relaxed);
                    let svc = service_fn(move |req| {
                        let state = state.clone();
                        async move { Ok::<_, std::convert::Infallible>(handle(&state, req).await) }
                    });
                    let _ = hyper_util::server::conn::auto::Builder::new(TokioExecutor::new())
                        .serve_connection(TokioIo::new(tls), svc)
                        .await;
                });
            }
        });
        Ok(Simulator {
            addr,
            ca_pem,
            stats,
            config: shared,
            task,
        })
    }

    /// Change the simulated tenant while it runs.
    pub fn configure(&self, change: impl FnOnce(&mut SimConfig)) {
        change(&mut self.config.write().expect("config"));
    }
}

/// A simulator on its own thread and runtime, for tests that run the real binary against it.
pub struct Background {
    pub addr: SocketAddr,
    pub ca_pem: String,
    pub stats: Arc<Stats>,
    config: Arc<std::sync::RwLock<SimConfig>>,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Background {
    pub fn start(config: SimConfig) -> Background {
        let (tx, rx) = std::sync::mpsc::channel();
        let (stop_tx, stop_rx) = tokio::sync::oneshot::channel::<()>();
        let thread = std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .expect("runtime");
            rt.block_on(async move {
                let sim = Simulator::start(config).await.expect("simulator starts");
                tx.send((
                    sim.addr,
                    sim.ca_pem.clone(),
                    sim.stats.clone(),
                    sim.config.clone(),
                ))
                .expect("report address");
                let _ = stop_rx.await;
                drop(sim);
            });
        });
        let (addr, ca_pem, stats, config) = rx.recv().expect("simulator started");
        Background {
            addr,
            ca_pem,
            stats,
            config,
            stop: Some(stop_tx),
            thread: Some(thread),
        }
    }

    /// Change the simulated tenant while it runs.
    pub fn configure(&self, change: impl FnOnce(&mut SimConfig)) {
        change(&mut self.config.write().expect("config"));
    }

    /// A handle that changes the simulated tenant, usable from anywhere.
    pub fn handle(&self) -> ConfigHandle {
        ConfigHandle(self.config.clone())
    }

    pub fn url(&self) -> String {
        format!("https://127.0.0.1:{}", self.addr.port())
    }
}

impl Drop for Background {
    fn drop(&mut self) {
        if let Some(s) = self.stop.take() {
            let _ = s.send(());
        }
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

/// Changes a running simulator's tenant.
#[derive(Clone)]
pub struct ConfigHandle(Arc<std::sync::RwLock<SimConfig>>);

impl ConfigHandle {
    pub fn configure(&self, change: impl FnOnce(&mut SimConfig)) {
        change(&mut self.0.write().expect("config"));
    }
}

type Resp = Response<Full<Bytes>>;

fn json_resp(status: u16, body: Value) -> Resp {
    Response::builder()
        .status(status)
        .header("content-type", "application/json; charset=utf-8")
        .body(Full::new(Bytes::from(body.to_string())))
        .expect("response")
}

fn route_of(path: &str) -> Route {
    if path.starts_with("/common/userrealm/") {
        Route::Realm
    } else if path.ends_with("/v2.0/.well-known/openid-configuration") {
        Route::Oidc
    } else if path.ends_with("/oauth2/v2.0/token") {
        Route::Token
    } else if path.starts_with("/api/data/") {
        Route::Dataverse
    } else if path.starts_with("/v1.0/") {
        Route::Graph
    } else if path.ends_with("/oauth2/v2.0/authorize") || path.ends_with("/oauth2/v2.0/devicecode")
    {
        Route::Admin
    } else {
        Route::Other
    }
}

async fn handle(state: &State, req: Request<Incoming>) -> Resp {
    state.stats.requests.fetch_add(1, Ordering::Relaxed);
    let path = req.uri().path().to_string();
    let query = req.uri().query().unwrap_or("").to_string();
    let authorized = req
        .headers()
        .get("authorization")
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    let method = req.method().as_str().to_string();
    let prefer = req
        .headers()
        .get("prefer")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_string();
    let mut route = route_of(&path);
    if route == Route::Dataverse && authorized.is_none() {
        route = Route::Probe;
    }
    *state
        .stats
        .routes
        .lock()
        .expect("stats")
        .entry(route)
        .or_default() += 1;
    let body = req
        .into_body()
        .collect()
        .await
        .map(|b| b.to_bytes())
        .unwrap_or_default();
    let latency = state.config.read().expect("config").latency;
    if !latency.is_zero() {
        tokio::time::sleep(latency).await;
    }
    let fault = state
        .faults
        .lock()
        .expect("faults")
        .get_mut(&route)
        .and_then(|q| q.pop_front());
    match fault {
        Some(Fault::Stall(d)) => tokio::time::sleep(d).await,
        Some(f) => return fault_response(f),
        None => {}
    }
    let config = state.config.read().expect("config").clone();
    let resp = match route {
        Route::Realm => realm(&config, &path),
        Route::Oidc => oidc(&config, &path),
        Route::Token if admin::is_admin_grant(&body) => {
            admin::token(&state.admin, &state.stats, &config.admin, &body)
        }
        Route::Token => token(state, &config, &path, &body),
        Route::Admin if path.ends_with("/authorize") => admin::authorize(&state.admin, &query),
        Route::Admin => admin::devicecode(&state.admin, &config.admin, &body),
        Route::Graph => graph::handle(
            &state.stats.graph,
            &state.admin,
            &config,
            &method,
            &path,
            &query,
            authorized.as_deref().unwrap_or(""),
            &prefer,
            &body,
        ),
        Route::Probe => probe(&config),
        Route::Dataverse => dataverse(
            state,
            &config,
            (&method, &path, &query, &body),
            authorized.as_deref().unwrap_or(""),
        ),
        Route::Other => json_resp(
            404,
            json!({"error": {"code": "0x80060888", "message": "Resource not found"}}),
        ),
    };
    if config.hostile_text {
        hostile(resp).await
    } else {
        resp
    }
}

/// What a hostile or broken server could put in free text: an OSC 52 clipboard write, a window
/// title, a screen clear and a C1 control sequence.
pub const HOSTILE: &str = "\u{1b}]52;c;aGFja2Vk\u{7}\u{1b}]0;pwned\u{7}\u{1b}[2J\u{9b}31m";

/// The same answer with [`HOSTILE`] appended to every free-text field a client shows: names,
/// messages, error descriptions, the federation host.
async fn hostile(resp: Resp) -> Resp {
    fn walk(v: &mut Value) {
        match v {
            Value::Object(map) => {
                for (k, v) in map.iter_mut() {
                    let shown = matches!(
                        k.as_str(),
                        "fullname"
                            | "name"
                            | "FriendlyName"
                            | "UniqueName"
                            | "OrganizationVersion"
                            | "message"
                            | "error_description"
                            | "federation_active_auth_url"
                    );
                    match v {
                        Value::String(s) if shown => s.push_str(HOSTILE),
                        other => walk(other),
                    }
                }
            }
            Value::Array(items) => items.iter_mut().for_each(walk),
            _ => {}
        }
    }
    let (parts, body) = resp.into_parts();
    let bytes = body
        .collect()
        .await
        .map(|b| b.to_bytes())
        .unwrap_or_default();
    let Ok(mut json) = serde_json::from_slice::<Value>(&bytes) else {
        return Response::from_parts(parts, Full::new(bytes));
    };
    walk(&mut json);
    Response::from_parts(parts, Full::new(Bytes::from(json.to_string())))
}

fn fault_response(f: Fault) -> Resp {
    match f {
        Fault::Status(s) => json_resp(
            s,
            json!({"error": {"code": "", "message": format!("simulated HTTP {s}")}}),
        ),
        Fault::StatusRetryAfter(s, secs) => {
            let mut r = json_resp(
                s,
                json!({"error": {"code": "", "message": "simulated throttling"}}),
            );
            r.headers_mut()
                .insert("retry-after", secs.to_string().parse().expect("header"));
            r
        }
        Fault::NotJson => Response::builder()
            .status(200)
            .header("content-type", "application/json")
            .body(Full::new(Bytes::from_static(
                b"upstream connect error or disconnect/reset before headers",
            )))
            .expect("response"),
        Fault::Stall(_) => unreachable!("stalls are served by waiting, then answering normally"),
        Fault::Html => Response::builder()
            .status(200)
            .header("content-type", "text/html")
            .body(Full::new(Bytes::from_static(
                b"<!DOCTYPE html><html><body>Please sign in to the guest Wi-Fi</body></html>",
            )))
            .expect("response"),
    }
}

fn known_tenant(t: &str) -> bool {
    let t = t.to_ascii_lowercase();
    t == DEMO.tenant_id || t == DEMO.domain || t == DEMO.initial_domain || t == "organizations"
}

fn realm(c: &SimConfig, path: &str) -> Resp {
    let upn = percent_decode(path.trim_start_matches("/common/userrealm/"));
    let domain = upn
        .rsplit_once('@')
        .map(|(_, d)| d.to_ascii_lowercase())
        .unwrap_or_default();
    if domain != DEMO.domain && domain != DEMO.initial_domain {
        return json_resp(
            200,
            json!({"ver": "1.0", "account_type": "Unknown", "cloud_instance_name": "microsoftonline.com"}),
        );
    }
    let federated = c.realm == Realm::Federated && domain == DEMO.domain;
    if federated {
        json_resp(
            200,
            json!({
                "ver": "1.0", "account_type": "Federated", "domain_name": DEMO.domain,
                "federation_protocol": "WSTrust",
                "federation_metadata_url": "https://sts.contoso.com/adfs/services/trust/mex",
                "federation_active_auth_url": "https://sts.contoso.com/adfs/services/trust/2005/usernamemixed",
                "cloud_instance_name": "microsoftonline.com", "cloud_audience_urn": "urn:federation:MicrosoftOnline"
            }),
        )
    } else {
        json_resp(
            200,
            json!({
                "ver": "1.0", "account_type": "Managed", "domain_name": domain,
                "cloud_instance_name": "microsoftonline.com", "cloud_audience_urn": "urn:federation:MicrosoftOnline"
            }),
        )
    }
}

fn aad_error(status: u16, error: &str, code: u32, text: &str) -> Resp {
    json_resp(status, aad_body(error, code, text))
}

fn aad_body(error: &str, code: u32, text: &str) -> Value {
    let trace = uuid::Uuid::new_v4();
    let corr = uuid::Uuid::new_v4();
    json!({
        "error": error,
        "error_description": format!("AADSTS{code}: {text}\r\nTrace ID: {trace}\r\nCorrelation ID: {corr}\r\nTimestamp: 2026-11-23 10:00:00Z"),
        "error_codes": [code],
        "timestamp": "2026-11-23 10:00:00Z",
        "trace_id": trace.to_string(),
        "correlation_id": corr.to_string(),
        "error_uri": format!("https://login.microsoftonline.com/error?code={code}")
    })
}

/// AADSTS700016: no app with this client ID in the directory.
fn unknown_client(client_id: &str) -> Resp {
    aad_error(
        400,
        "unauthorized_client",
        700016,
        &format!(
            "Application with identifier '{client_id}' was not found in the directory 'Contoso'."
        ),
    )
}

/// AADSTS7000218: a confidential client's token request without its secret.
fn secret_missing() -> Resp {
    aad_error(
        401,
        "invalid_client",
        7000218,
        "The request body must contain the following parameter: 'client_assertion' or 'client_secret'.",
    )
}

/// AADSTS7000215: a wrong client secret for the app `client_id`.
fn secret_invalid(client_id: &str) -> Resp {
    aad_error(
        401,
        "invalid_client",
        7000215,
        &format!(
            "Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '{client_id}'."
        ),
    )
}

/// The demo app's secret check: its secret, or an extra one once replicated (each refusal
/// before that counts); else AADSTS7000215. Then AADSTS7000222 when the scenario's secret
/// has expired.
fn check_demo_secret(state: &State, c: &SimConfig, given: &str) -> Option<Resp> {
    if c.extra_secrets.iter().any(|x| x == given) {
        let mut seen = state.replication.lock().expect("replication");
        if *seen < c.replication_delay {
            *seen += 1;
            return Some(secret_invalid(DEMO.client_id));
        }
    } else if given != DEMO.client_secret {
        return Some(secret_invalid(DEMO.client_id));
    }
    secret_expired(c)
}

/// AADSTS7000222, when the scenario's client secret has expired.
fn secret_expired(c: &SimConfig) -> Option<Resp> {
    c.secret_expired.then(|| {
        aad_error(
            401,
            "invalid_client",
            7000222,
            &format!(
                "The provided client secret keys for app '{}' are expired.",
                DEMO.client_id
            ),
        )
    })
}

/// A simulator JWT (unsigned, a random tail) with these claims.
fn jwt(payload: &Value) -> String {
    let b64 = |v: &Value| base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(v.to_string());
    let nonce = uuid::Uuid::new_v4().simple().to_string();
    let header = json!({"typ": "JWT", "alg": "none", "kid": "demo"});
    format!("{}.{}.{nonce}", b64(&header), b64(payload))
}

/// An access token issued: Dataverse accepts it from now on, and the stats list it.
fn keep_token(state: &State, access: &str) {
    state
        .tokens
        .lock()
        .expect("tokens")
        .insert(access.to_string());
    state
        .stats
        .issued
        .lock()
        .expect("stats")
        .push(access.to_string());
}

/// In the `user-other-tenant` scenario: the user's domain, or the tenant it belongs to.
fn other_tenant(c: &SimConfig, t: &str) -> bool {
    c.user_other_tenant
        && (t.eq_ignore_ascii_case(DEMO.domain) || t.eq_ignore_ascii_case(OTHER_TENANT_ID))
}

fn oidc(c: &SimConfig, path: &str) -> Resp {
    let tenant = path.trim_start_matches('/').split('/').next().unwrap_or("");
    if other_tenant(c, tenant) {
        let tid = OTHER_TENANT_ID;
        return json_resp(
            200,
            json!({
                "token_endpoint": format!("https://login.microsoftonline.com/{tid}/oauth2/v2.0/token"),
                "issuer": format!("https://login.microsoftonline.com/{tid}/v2.0"),
                "tenant_region_scope": "EU", "cloud_instance_name": "microsoftonline.com"
            }),
        );
    }
    if !known_tenant(tenant) {
        return aad_error(
            400,
            "invalid_tenant",
            90002,
            &format!(
                "Tenant '{tenant}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud."
            ),
        );
    }
    let tid = DEMO.tenant_id;
    json_resp(
        200,
        json!({
            "token_endpoint": format!("https://login.microsoftonline.com/{tid}/oauth2/v2.0/token"),
            "issuer": format!("https://login.microsoftonline.com/{tid}/v2.0"),
            "tenant_region_scope": "NA", "cloud_instance_name": "microsoftonline.com"
        }),
    )
}

fn token(state: &State, c: &SimConfig, path: &str, body: &[u8]) -> Resp {
    let tenant = path.trim_start_matches('/').split('/').next().unwrap_or("");
    if other_tenant(c, tenant) {
        // The user's own tenant: the app is registered in the org's tenant, not here.
        let form: HashMap<String, String> =
            url::form_urlencoded::parse(body).into_owned().collect();
        return aad_error(
            400,
            "unauthorized_client",
            700016,
            &format!(
                "Application with identifier '{}' was not found in the directory 'Contoso Holdings'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You may have sent your authentication request to the wrong tenant.",
                form.get("client_id").map(String::as_str).unwrap_or("")
            ),
        );
    }
    if !known_tenant(tenant) {
        return aad_error(
            400,
            "invalid_request",
            90002,
            &format!("Tenant '{tenant}' not found."),
        );
    }
    let form: HashMap<String, String> = url::form_urlencoded::parse(body).into_owned().collect();
    let get = |k: &str| form.get(k).map(String::as_str).unwrap_or("");
    if get("grant_type") == "client_credentials" {
        return s2s::client_credentials(state, c, &form);
    }
    if get("grant_type") != "password" {
        return aad_error(
            400,
            "unsupported_grant_type",
            70003,
            "The app requested an unsupported grant type.",
        );
    }
    // An app the admin registered through Graph (`app create`): its own secrets and consent.
    let mut consent = c.consent;
    let mut hrd_policy = c.hrd_policy;
    if get("client_id") != DEMO.client_id
        && let Some(app) = graph::app_sign_in(
            &state.stats.graph,
            &c.graph,
            get("client_id"),
            get("client_secret"),
        )
    {
        match app {
            Ok(granted) => {
                consent = granted;
                hrd_policy =
                    graph::app_allows_cloud_passwords(&state.stats.graph, get("client_id"));
            }
            Err(_) => return secret_invalid(get("client_id")),
        }
    } else if get("client_id") != DEMO.client_id {
        return unknown_client(get("client_id"));
    }
    if c.public_client && form.contains_key("client_secret") {
        return aad_error(
            401,
            "invalid_client",
            700025,
            "Client is public so neither 'client_assertion' nor 'client_secret' should be presented.",
        );
    }
    if !form.contains_key("client_secret") {
        return secret_missing();
    }
    // Another app's secret was checked above, against the directory.
    if get("client_id") == DEMO.client_id {
        if let Some(refused) = check_demo_secret(state, c, get("client_secret")) {
            return refused;
        }
    } else if let Some(refused) = secret_expired(c) {
        return refused;
    }
    let scope = get("scope");
    let want = format!("https://{}/.default", DEMO.org_host);
    if !scope
        .split(' ')
        .any(|s| s == want || (s.starts_with("https://127.0.0.1:") && s.ends_with("/.default")))
    {
        return aad_error(
            400,
            "invalid_resource",
            500011,
            &format!(
                "The resource principal named {} was not found in the tenant named Contoso.",
                scope.trim_end_matches("/.default")
            ),
        );
    }
    if c.user_other_tenant {
        return aad_error(
            400,
            "invalid_grant",
            50034,
            &format!(
                "The user account {{EUII Hidden}} does not exist in the {} directory. To sign into this application, the account must be added to the directory.",
                DEMO.tenant_id
            ),
        );
    }
    if !get("username").eq_ignore_ascii_case(DEMO.username) {
        return aad_error(
            400,
            "invalid_grant",
            50034,
            "The user account does not exist in the contoso.com directory.",
        );
    }
    if c.locked_out {
        return aad_error(
            400,
            "invalid_grant",
            50053,
            "The account is locked because the user tried to sign in too many times with an incorrect user ID or password.",
        );
    }
    let federated_blocked = c.realm == Realm::Federated && !hrd_policy;
    let password = c.password.as_deref().unwrap_or(DEMO.password);
    if get("password") != password || federated_blocked {
        return aad_error(
            400,
            "invalid_grant",
            50126,
            "Error validating credentials due to invalid username or password.",
        );
    }
    if c.mfa {
        let mut body = aad_body(
            "invalid_grant",
            50076,
            "Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication to access the resource.",
        );
        body["suberror"] = json!("basic_action");
        return json_resp(400, body);
    }
    if !consent {
        return aad_error(
            400,
            "invalid_grant",
            65001,
            &format!(
                "The user or administrator has not consented to use the application with ID '{}' named 'Marketo Integration'.",
                DEMO.client_id
            ),
        );
    }
    let access = issue_token(c, scope);
    keep_token(state, &access);
    json_resp(
        200,
        json!({
            "token_type": "Bearer", "scope": format!("{want} https://{}/user_impersonation", DEMO.org_host),
            "expires_in": 4799, "ext_expires_in": 4799, "access_token": access
        }),
    )
}

fn issue_token(c: &SimConfig, scope: &str) -> String {
    if c.opaque_token {
        let nonce = uuid::Uuid::new_v4().simple().to_string();
        return format!("opaque-demo-token-{nonce}");
    }
    jwt(&json!({
        "aud": scope.trim_end_matches("/.default"), "iss": format!("https://sts.windows.net/{}/", DEMO.tenant_id),
        "tid": DEMO.tenant_id, "oid": DEMO.user_oid, "upn": DEMO.username, "appid": DEMO.client_id,
        "scp": "user_impersonation", "exp": 4_102_444_800u64
    }))
}

fn probe(c: &SimConfig) -> Resp {
    let mut r = json_resp(401, json!({}));
    if c.odd_challenge {
        let value = format!(
            "BeArEr AUTHORIZATION_URI=\"https://login.microsoftonline.com/{}/oauth2/authorize\", reSoUrCe_ID=https://{}/",
            DEMO.tenant_id, DEMO.org_host
        );
        let h = r.headers_mut();
        h.append("www-authenticate", "Negotiate".parse().expect("header"));
        h.append("www-authenticate", value.parse().expect("header"));
        return r;
    }
    let value = format!(
        "Bearer authorization_uri=https://login.microsoftonline.com/{}/oauth2/authorize, resource_id=https://{}/",
        DEMO.tenant_id, DEMO.org_host
    );
    r.headers_mut()
        .insert("www-authenticate", value.parse().expect("header"));
    r
}

/// The solution's tables: metadata id, logical name, entity set, display name.
const TABLES: [(&str, &str, &str, &str); 2] = [
    (
        "4e1a7c2b-9d3f-4b6e-8a5c-1f2e3d4c5b61",
        "mkto_marketolog",
        "mkto_marketologs",
        "Marketo Log",
    ),
    (
        "4e1a7c2b-9d3f-4b6e-8a5c-1f2e3d4c5b62",
        "mkto_marketoconfig",
        "mkto_marketoconfigs",
        "Marketo Config",
    ),
];

fn dv_error(status: u16, code: &str, message: &str) -> Resp {
    json_resp(status, json!({"error": {"code": code, "message": message}}))
}

fn dataverse(
    state: &State,
    c: &SimConfig,
    (method, path, query, body): (&str, &str, &str, &[u8]),
    auth: &str,
) -> Resp {
    let token = auth.strip_prefix("Bearer ").unwrap_or("");
    if !state.tokens.lock().expect("tokens").contains(token) && !dv_admin::admin_token(state, token)
    {
        return dv_error(401, "0x80072183", "The user authentication failed!");
    }
    if let Some(refused) = dv_admin::admin_refused(state, c, token) {
        return refused;
    }
    if method != "GET" {
        let rest = path.trim_start_matches("/api/data/v9.2/");
        return dv_admin::write(state, method, rest, body, token);
    }
    // As Dataverse answers: a user who is not a member of the environment gets 403 with
    // 0x80072560; a 401 is an authentication failure of the token itself.
    match c.whoami_status {
        200 => {}
        401 => return dv_error(401, "0x80072183", "The user authentication failed!"),
        status => {
            return dv_error(
                status,
                "0x80072560",
                "The user is not a member of the organization.",
            );
        }
    }
    let rest = path.trim_start_matches("/api/data/v9.2/");
    let q = percent_decode(query);
    let entity = rest.split(['(', '?']).next().unwrap_or("");
    *state
        .stats
        .segments
        .lock()
        .expect("stats")
        .entry(entity.to_string())
        .or_default() += 1;
    if let Some(resp) = s2s::dataverse(c, entity, &q, s2s::is_app_token(token)) {
        return resp;
    }
    if let Some(resp) = dv_admin::read(rest, &q) {
        return resp;
    }
    // The sync user's privileges; an admin reads everything.
    if let Some(denied) = missing_read_privilege(c, entity, &q)
        && !dv_admin::admin_token(state, token)
    {
        return denied;
    }
    match entity {
        "WhoAmI" => json_resp(
            200,
            json!({
                "@odata.context": "https://contoso.crm.dynamics.com/api/data/v9.2/$metadata#Microsoft.Dynamics.CRM.WhoAmIResponse",
                "BusinessUnitId": "3c2b1a09-8f7e-4d6c-9b5a-4e3d2c1b0a99", "UserId": DEMO.systemuser_id,
                "OrganizationId": "7e6d5c4b-3a29-4187-9a6b-5c4d3e2f1a0b"
            }),
        ),
        "systemusers" => {
            let me = q.contains(DEMO.user_oid)
                || q.contains(DEMO.systemuser_id)
                || q.to_ascii_lowercase()
                    .contains(&format!("domainname eq '{}'", DEMO.username));
            let roles = if c.role == RoleGrant::Direct {
                json!([{"name": "Marketo Sync User", "roleid": "11111111-aaaa-4bbb-8ccc-000000000001"},
                       {"name": "Basic User", "roleid": "11111111-aaaa-4bbb-8ccc-000000000002"}])
            } else {
                json!([{"name": "Basic User", "roleid": "11111111-aaaa-4bbb-8ccc-000000000002"}])
            };
            let rows = if me {
                json!([{
                    "systemuserid": DEMO.systemuser_id, "fullname": "Marketo Sync", "domainname": DEMO.username,
                    "isdisabled": c.user_disabled, "accessmode": c.access_mode, "islicensed": c.licensed,
                    "azureactivedirectoryobjectid": DEMO.user_oid,
                    "_businessunitid_value": s2s::ROOT_BUSINESS_UNIT,
                    "systemuserroles_association": roles,
                    "user_settings": [{"uilanguageid": c.ui_language}]
                }])
            } else {
                json!([])
            };
            json_resp(200, json!({"value": rows}))
        }
        "teams" => {
            let rows = if c.role == RoleGrant::Team {
                json!([{"name": "Marketo Integration", "teamroles_association": [{"name": "Marketo Sync User"}]}])
            } else {
                json!([{"name": "Contoso (default team)", "teamroles_association": []}])
            };
            json_resp(200, json!({"value": rows}))
        }
        "solutions" => {
            let rows = match &c.solution_version {
                Some(v) => {
                    json!([{"solutionid": "5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a", "uniquename": "MarketoLeadManagementDemo",
                                   "friendlyname": "Marketo Lead Management", "version": v, "ismanaged": true}])
                }
                None => json!([]),
            };
            json_resp(200, json!({"value": rows}))
        }
        "sdkmessageprocessingsteps" => {
            if c.solution_version.is_none() {
                return json_resp(200, json!({"value": []}));
            }
            let names = [
                "Marketo.Plugin: Create of lead",
                "Marketo.Plugin: Update of lead",
                "Marketo.Plugin: Create of contact",
                "Marketo.Plugin: Update of contact",
                "Marketo.Plugin: Update of account",
            ];
            let rows: Vec<Value> = names
                .iter()
                .map(|n| json!({"sdkmessageprocessingstepid": dv_admin::step_id(n), "name": n, "statecode": if c.disabled_step.as_deref() == Some(*n) { 1 } else { 0 }}))
                .collect();
            json_resp(200, json!({"value": rows}))
        }
        "entities" if c.entity_join_refused => dv_error(
            400,
            "0x80041103",
            "The query is not supported: 'entity' has no relationship to 'solutioncomponent' through 'entityid'.",
        ),
        "solutioncomponents" => {
            let solution = "5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a";
            let rows = if c.solution_version.is_some()
                && q.contains(&format!("_solutionid_value eq {solution}"))
                && q.contains("componenttype eq 1")
            {
                TABLES
                    .iter()
                    .map(|(id, ..)| json!({"objectid": id}))
                    .collect()
            } else {
                vec![]
            };
            json_resp(200, json!({"value": rows}))
        }
        "EntityDefinitions" => {
            let id = rest
                .strip_prefix("EntityDefinitions(")
                .and_then(|r| r.split(')').next())
                .unwrap_or("");
            match TABLES.iter().find(|(m, ..)| *m == id) {
                Some((m, logical, set, label)) => json_resp(
                    200,
                    json!({
                        "@odata.context": "https://contoso.crm.dynamics.com/api/data/v9.2/$metadata#EntityDefinitions(LogicalName,EntitySetName,DisplayName)/$entity",
                        "LogicalName": logical, "EntitySetName": set, "MetadataId": m,
                        "DisplayName": {
                            "LocalizedLabels": [{"Label": label, "LanguageCode": 1033, "IsManaged": true}],
                            "UserLocalizedLabel": {"Label": label, "LanguageCode": 1033, "IsManaged": true}
                        }
                    }),
                ),
                None => dv_error(
                    404,
                    "0x80040217",
                    &format!("Could not find an entity with MetadataId = {id}."),
                ),
            }
        }
        "entities" => {
            if c.solution_version.is_none() {
                return json_resp(200, json!({"value": []}));
            }
            json_resp(
                200,
                json!({"value": [
                    {"logicalname": "mkto_marketolog", "entitysetname": "mkto_marketologs", "originallocalizedname": "Marketo Log"},
                    {"logicalname": "mkto_marketoconfig", "entitysetname": "mkto_marketoconfigs", "originallocalizedname": "Marketo Config"}
                ]}),
            )
        }
        "mkto_marketoconfigs" => {
            let (id, name) = match c.config_user {
                ConfigUser::SyncUser => (json!(DEMO.systemuser_id), json!("Marketo Sync")),
                ConfigUser::Other => (json!(DEMO.other_user_id), json!("Dana Admin")),
                ConfigUser::Unset => (Value::Null, Value::Null),
                ConfigUser::AppUser => (json!(APP.systemuser_id), json!(APP.fullname)),
            };
            let mut row = json!({
                "mkto_marketoconfigid": dv_admin::CONFIG_ROW_ID,
                "mkto_name": "Default",
                "_ownerid_value": DEMO.other_user_id,
                "_ownerid_value@Microsoft.Dynamics.CRM.lookuplogicalname": "systemuser",
                "_mkto_marketouser_value": id,
            });
            if !name.is_null() {
                row["_mkto_marketouser_value@Microsoft.Dynamics.CRM.lookuplogicalname"] =
                    json!("systemuser");
                row["_mkto_marketouser_value@OData.Community.Display.V1.FormattedValue"] = name;
            }
            json_resp(200, json!({"value": [row]}))
        }
        "RetrieveCurrentOrganization" => json_resp(
            200,
            json!({"Detail": {
                "OrganizationId": "7e6d5c4b-3a29-4187-9a6b-5c4d3e2f1a0b", "FriendlyName": "Contoso Sales (demo)",
                "UniqueName": "org1a2b3c4d", "UrlName": "contoso", "OrganizationVersion": "9.2.25104.00171",
                "TenantId": DEMO.tenant_id, "EnvironmentId": "Default-6f1d2c3b-4a59-4e8d-9c7b-0a1b2c3d4e5f",
                "Geo": "NA", "State": "Enabled", "OrganizationType": "Customer"
            }}),
        ),
        _ => dv_error(
            404,
            "0x80060888",
            &format!("Resource not found for the segment '{entity}'."),
        ),
    }
}

/// The read privileges a query needs: its table's, and those of the tables its FetchXML links
/// (in that order), each with the table's logical name, type code and the privilege's id.
fn read_privileges(
    entity: &str,
    query: &str,
) -> Vec<(&'static str, &'static str, u32, &'static str)> {
    const SOLUTION: (&str, &str, u32, &str) = (
        "prvReadSolution",
        "solution",
        7100,
        "a8e3b9c1-2d4f-4e6a-9b7c-0d1e2f3a4b01",
    );
    const STEP: (&str, &str, u32, &str) = (
        "prvReadSdkMessageProcessingStep",
        "sdkmessageprocessingstep",
        4608,
        "a8e3b9c1-2d4f-4e6a-9b7c-0d1e2f3a4b02",
    );
    const COMPONENT: (&str, &str, u32, &str) = (
        "prvReadSolutionComponent",
        "solutioncomponent",
        7103,
        "a8e3b9c1-2d4f-4e6a-9b7c-0d1e2f3a4b03",
    );
    const ENTITY: (&str, &str, u32, &str) = (
        "prvReadEntity",
        "entity",
        9800,
        "a8e3b9c1-2d4f-4e6a-9b7c-0d1e2f3a4b04",
    );
    let mut needed = match entity {
        "solutions" => vec![SOLUTION],
        "sdkmessageprocessingsteps" => vec![STEP],
        "entities" | "EntityDefinitions" => vec![ENTITY],
        "solutioncomponents" => vec![COMPONENT],
        _ => return vec![],
    };
    if query.contains("name='solutioncomponent'") {
        needed.push(COMPONENT);
    }
    if query.contains("name='solution'") {
        needed.push(SOLUTION);
    }
    needed
}

/// Dataverse's answer to a query that needs a read privilege the sync user lacks: 403 with
/// `0x80040220` and the message naming the privilege and the table.
fn missing_read_privilege(c: &SimConfig, entity: &str, query: &str) -> Option<Resp> {
    let lacks = |p: &str| {
        c.missing_privileges.iter().any(|m| m == p)
            || (c.steps_forbidden && p == "prvReadSdkMessageProcessingStep")
    };
    let (privilege, table, otc, id) = read_privileges(entity, query)
        .into_iter()
        .find(|(p, ..)| lacks(p))?;
    Some(dv_error(
        403,
        "0x80040220",
        &format!(
            "Principal user (Id={}, type=8, roleCount=2, privilegeCount=412, accessMode=0, MetadataCachePrivilegesCount=4096, businessUnitId=3c2b1a09-8f7e-4d6c-9b5a-4e3d2c1b0a99), is missing {privilege} privilege (Id={id}) on OTC={otc} for entity '{table}'. context.Caller={}",
            DEMO.systemuser_id, DEMO.systemuser_id
        ),
    ))
}

pub(crate) fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        match (
            bytes[i],
            bytes.get(i + 1).copied().and_then(hex),
            bytes.get(i + 2).copied().and_then(hex),
        ) {
            (b'%', Some(h), Some(l)) => {
                out.push((h * 16 + l) as u8);
                i += 3;
            }
            (b, _, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}
