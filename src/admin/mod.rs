//! The Azure admin's sign-in, for this run only: in the browser (authorization code + PKCE on a
//! loopback redirect, RFC 8252; [`browser`]) or with a device code ([`device`]). The session
//! keeps the refresh token and the access tokens in memory (never written anywhere) and gets a
//! token for any other resource (Graph, the Dataverse org) from the refresh token, without a
//! second prompt.
//!
//! Layer: above the services (it uses `http` and `azure`) and beside the checks: it takes the
//! run's [`Ctx`] for stderr (the code and URL), sleeping and cancellation.

pub mod browser;
pub mod device;

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use secrecy::{ExposeSecret, SecretString};
use serde::Deserialize;

use crate::azure::aad_error::AadError;
use crate::cloud::Cloud;
use crate::ctx::Ctx;
use crate::error::{Error, Result};
use crate::http::{Http, HttpConfig, HttpError, Retry};
use crate::msg;

/// The Azure CLI's public client: pre-authorized for Microsoft Graph and Dataverse in every
/// tenant, the one CLI for Microsoft 365's `m365 setup` borrows for the same job.
pub const AZURE_CLI_CLIENT_ID: &str = "04b07795-8ddb-461a-bbee-02f9e1bf7b46";

/// The delegated Graph permissions the app registration needs (asked for by name when the
/// tenant's own client signs in; the Azure CLI's client gets its pre-authorized set through
/// `/.default`).
pub const GRAPH_SCOPES: [&str; 4] = [
    "Application.ReadWrite.All",
    "DelegatedPermissionGrant.ReadWrite.All",
    "Policy.Read.All",
    "Policy.ReadWrite.ApplicationConfiguration",
];

/// Opens a URL in the user's browser; `false` when it could not.
pub type OpenBrowser = Arc<dyn Fn(&str) -> bool + Send + Sync>;

/// Where and how the admin signs in.
#[derive(Clone)]
pub struct AdminOptions {
    /// The login host, e.g. `https://login.microsoftonline.com` (`--authority-host`, `--cloud`).
    pub authority: String,
    /// The tenant: an id, a verified domain, or `organizations`.
    pub tenant: String,
    /// The public client the admin signs in with (`--admin-client-id`).
    pub client_id: String,
    /// Use the device code flow, not the browser (`--device-code`, or no browser to open).
    pub device_code: bool,
    /// TLS trust (CA bundle, the demo's certificate), timeouts.
    pub http: HttpConfig,
    pub cloud: Cloud,
    /// Microsoft Graph's base URL, e.g. `https://graph.microsoft.com` (`--graph-host`).
    pub graph_host: String,
    /// How long to wait for the admin to finish signing in.
    pub wait: Duration,
    /// Opens the authorization URL (the browser flow); `None` prints it only.
    pub browser: Option<OpenBrowser>,
    /// The demo tenant: its simulated admin approves the device code.
    pub demo: bool,
}

impl AdminOptions {
    /// Options for `tenant` in `cloud` with the defaults: the Azure CLI's client, the cloud's
    /// login and Graph hosts, ten minutes to sign in.
    pub fn new(cloud: Cloud, tenant: &str) -> AdminOptions {
        AdminOptions {
            authority: cloud.login_host().to_string(),
            tenant: tenant.to_string(),
            client_id: AZURE_CLI_CLIENT_ID.to_string(),
            device_code: false,
            http: HttpConfig::default(),
            cloud,
            graph_host: cloud.graph_host().to_string(),
            wait: Duration::from_secs(600),
            browser: None,
            demo: false,
        }
    }

    /// The scope that gets a Graph token for the app registration: `/.default` for the Azure
    /// CLI's client (its pre-authorized permissions), else the named permissions.
    pub fn graph_scopes(&self) -> Vec<String> {
        if self.client_id.eq_ignore_ascii_case(AZURE_CLI_CLIENT_ID) {
            vec![format!("{}/.default", self.graph_host)]
        } else {
            GRAPH_SCOPES
                .iter()
                .map(|s| format!("{}/{s}", self.graph_host))
                .collect()
        }
    }

    /// The options for `tenant` in `cloud` at the `login` host, with the flags (or, where the
    /// caller has none, the environment: `DYNSYNC_ADMIN_CLIENT_ID`, `DYNSYNC_GRAPH_HOST`)
    /// checked: an invalid one is invalid input, before any request. The browser flow when a
    /// browser can be opened and `device_code` is not asked for.
    pub fn configure(
        ctx: &Ctx<'_>,
        cloud: Cloud,
        login: &str,
        tenant: &str,
        client_id: Option<&str>,
        graph_host: Option<&str>,
        device_code: bool,
    ) -> Result<AdminOptions> {
        let mut o = AdminOptions::new(cloud, tenant);
        o.authority = login.trim_end_matches('/').to_string();
        if let Some(id) = client_id {
            o.client_id = crate::input::parse_guid(id.trim()).ok_or_else(|| {
                Error::Invalid(msg!("admin-client-id-not-guid", value = format!("{id:?}")))
            })?;
        }
        if let Some(h) = graph_host {
            o.graph_host = normalize_graph_host(h).map_err(Error::Invalid)?;
        }
        o.device_code = device_code || !can_open_browser(ctx);
        o.browser = Some(Arc::new(|url: &str| {
            crate::ui::Browser::open(&crate::ui::SystemBrowser, url).is_ok()
        }));
        Ok(o)
    }

    fn endpoint(&self, what: &str) -> String {
        format!(
            "{}/{}/oauth2/v2.0/{what}",
            self.authority.trim_end_matches('/'),
            crate::azure::url_escape(&self.tenant)
        )
    }
}

/// A browser can be opened for the user: a terminal to talk to, and (on Linux and the BSDs) a
/// graphical session.
fn can_open_browser(ctx: &Ctx<'_>) -> bool {
    if !ctx.io.stderr_tty {
        return false;
    }
    if cfg!(any(target_os = "macos", windows)) {
        return true;
    }
    ["DISPLAY", "WAYLAND_DISPLAY"]
        .iter()
        .any(|v| ctx.var(v).is_some_and(|x| !x.is_empty()))
}

/// `--graph-host`: an https base URL (http only for loopback), no credentials, query or path.
pub fn normalize_graph_host(input: &str) -> std::result::Result<String, String> {
    let bad = || msg!("admin-graph-host-invalid", value = format!("{input:?}"));
    let url = url::Url::parse(input.trim()).map_err(|_| bad())?;
    let host = url.host_str().unwrap_or("").to_string();
    let scheme_ok = match url.scheme() {
        "https" => true,
        "http" => crate::input::is_loopback_host(&host),
        _ => false,
    };
    if host.is_empty()
        || !scheme_ok
        || !url.username().is_empty()
        || url.password().is_some()
        || url.query().is_some()
        || url.fragment().is_some()
        || !url.path().trim_end_matches('/').is_empty()
    {
        return Err(bad());
    }
    Ok(url.as_str().trim_end_matches('/').to_string())
}

/// A cached access token.
struct Cached {
    token: SecretString,
    /// When it stops being usable (a minute before it expires), by the runtime's clock.
    until: tokio::time::Instant,
}

/// The signed-in admin, for this run: the refresh token and the access tokens, in memory only.
/// Neither is ever displayed (no `Debug` holds them), logged or stored.
pub struct AdminSession {
    http: Http,
    token_url: String,
    client_id: String,
    refresh: Option<SecretString>,
    cached: HashMap<String, Cached>,
    /// The admin's tenant (`tid` of the first token).
    pub tenant_id: Option<String>,
    /// Who signed in (`upn` of the first token), for the screen.
    pub username: Option<String>,
    /// The Graph base URL the session's options named.
    pub graph_host: String,
}

impl std::fmt::Debug for AdminSession {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AdminSession")
            .field("tenant_id", &self.tenant_id)
            .field("username", &self.username)
            .finish_non_exhaustive()
    }
}

impl AdminSession {
    /// Sign the admin in (once per run): the browser flow, or the device code flow when
    /// `opts.device_code`. `first_scopes` are the scopes of the first token (e.g.
    /// [`AdminOptions::graph_scopes`]); `offline_access` is added for the refresh token.
    pub async fn sign_in(
        ctx: &Ctx<'_>,
        opts: &AdminOptions,
        first_scopes: &[&str],
    ) -> Result<AdminSession> {
        let http = Http::new(&opts.http).map_err(Error::Internal)?;
        let mut scopes: Vec<&str> = first_scopes.to_vec();
        scopes.extend(["offline_access", "openid", "profile"]);
        let scope = scopes.join(" ");
        let reply = if opts.device_code {
            device::sign_in(ctx, &http, opts, &scope).await?
        } else {
            browser::sign_in(ctx, &http, opts, &scope).await?
        };
        let mut session = AdminSession {
            http,
            token_url: opts.endpoint("token"),
            client_id: opts.client_id.clone(),
            refresh: None,
            cached: HashMap::new(),
            tenant_id: None,
            username: None,
            graph_host: opts.graph_host.clone(),
        };
        let claims = crate::azure::read_claims(reply.access_token.expose_secret());
        if let Some(c) = claims {
            session.tenant_id = c.tid;
            session.username = c.upn;
        }
        for s in first_scopes {
            session.keep(s, &reply);
        }
        session.refresh = reply.refresh_token;
        let signed_in = msg!(
            "admin-signed-in",
            user = session.username.as_deref().unwrap_or("?")
        );
        ctx.warn(crate::ui::wrap(&signed_in, ctx.io.width(), "").trim_end());
        Ok(session)
    }

    /// An access token for `scope` (e.g. `https://graph.microsoft.com/.default` or
    /// `https://contoso.crm.dynamics.com/user_impersonation`): from the cache, else from the
    /// refresh token, with no second prompt.
    pub async fn token(&mut self, ctx: &Ctx<'_>, scope: &str) -> Result<SecretString> {
        if let Some(c) = self.cached.get(scope)
            && tokio::time::Instant::now() < c.until
        {
            return Ok(c.token.clone());
        }
        let Some(refresh) = self.refresh.clone() else {
            return Err(Error::Refused(msg!("admin-no-refresh-token")));
        };
        let form = [
            ("grant_type", "refresh_token"),
            ("client_id", self.client_id.as_str()),
            ("refresh_token", refresh.expose_secret()),
            ("scope", &format!("{scope} offline_access")),
        ];
        let reply = ctx
            .cancel
            .guard(post_token(&self.http, &self.token_url, &form))
            .await??;
        match reply {
            TokenReply::Issued(reply) => {
                self.keep(scope, &reply);
                if let Some(r) = reply.refresh_token.clone() {
                    self.refresh = Some(r);
                }
                Ok(reply.access_token)
            }
            TokenReply::Refused { error, .. } => Err(refused(&error)),
        }
    }

    fn keep(&mut self, scope: &str, reply: &Issued) {
        let life = reply.expires_in.saturating_sub(60).max(1);
        self.cached.insert(
            scope.to_string(),
            Cached {
                token: reply.access_token.clone(),
                until: tokio::time::Instant::now() + Duration::from_secs(life),
            },
        );
    }
}

/// A token endpoint's answer to one request.
pub(crate) enum TokenReply {
    Issued(Issued),
    /// A 4xx with Azure AD's error body: `error` is its `error` field (`authorization_pending`,
    /// `invalid_grant`, …).
    Refused {
        error: Refusal,
    },
}

/// Azure AD's refusal: the OAuth error and the parsed AADSTS error.
pub(crate) struct Refusal {
    pub error: String,
    pub aad: Option<AadError>,
}

pub(crate) struct Issued {
    pub access_token: SecretString,
    pub refresh_token: Option<SecretString>,
    pub expires_in: u64,
}

#[derive(Deserialize)]
struct Wire {
    access_token: String,
    #[serde(default)]
    refresh_token: Option<String>,
    #[serde(default, deserialize_with = "number_or_string")]
    expires_in: Option<u64>,
}

fn number_or_string<'de, D: serde::Deserializer<'de>>(
    d: D,
) -> std::result::Result<Option<u64>, D::Error> {
    Ok(match Option::<serde_json::Value>::deserialize(d)? {
        Some(serde_json::Value::Number(n)) => n.as_u64(),
        Some(serde_json::Value::String(s)) => s.parse().ok(),
        _ => None,
    })
}

/// `POST` a form to a token (or device code) endpoint, once (a 4xx is never retried; a 429 or
/// 5xx at most once, as for every token request).
pub(crate) async fn post_form(
    http: &Http,
    url: &str,
    form: &[(&str, &str)],
) -> Result<crate::http::Response> {
    let body = url::form_urlencoded::Serializer::new(String::new())
        .extend_pairs(form)
        .finish()
        .into_bytes();
    http.send(
        reqwest::Method::POST,
        url,
        &[("Accept", "application/json")],
        Some(("application/x-www-form-urlencoded", body)),
        Retry::Token,
    )
    .await
    .map_err(unreachable)
}

pub(crate) async fn post_token(
    http: &Http,
    url: &str,
    form: &[(&str, &str)],
) -> Result<TokenReply> {
    let resp = post_form(http, url, form).await?;
    if resp.status == 200 {
        let wire: Wire = serde_json::from_slice(&resp.body).map_err(|_| {
            unreachable(HttpError::NotJson {
                host: resp.host.clone(),
                status: resp.status,
            })
        })?;
        return Ok(TokenReply::Issued(Issued {
            access_token: SecretString::from(wire.access_token),
            refresh_token: wire.refresh_token.map(SecretString::from),
            expires_in: wire.expires_in.unwrap_or(3600),
        }));
    }
    if (400..500).contains(&resp.status)
        && let Some(error) = read_refusal(&resp.body)
    {
        return Ok(TokenReply::Refused { error });
    }
    Err(unreachable(resp.unexpected()))
}

pub(crate) fn read_refusal(body: &[u8]) -> Option<Refusal> {
    let v: serde_json::Value = serde_json::from_slice(body).ok()?;
    let error = v.get("error")?.as_str()?.to_string();
    Some(Refusal {
        error,
        aad: AadError::from_json(body),
    })
}

pub(crate) fn unreachable(e: HttpError) -> Error {
    Error::Unreachable(e.to_string())
}

/// Azure AD refused the sign-in: its code and first sentence.
pub(crate) fn refused(r: &Refusal) -> Error {
    let detail = r
        .aad
        .as_ref()
        .map(|a| {
            let code = a.code().map(|c| format!("AADSTS{c}: ")).unwrap_or_default();
            format!("{code}{}", a.first_sentence().unwrap_or_default())
        })
        .unwrap_or_else(|| r.error.clone());
    Error::Refused(msg!("admin-sign-in-refused", detail = detail))
}

/// Sleep `d` through the context, unless the run is cancelled first.
pub(crate) async fn sleep(ctx: &Ctx<'_>, d: Duration) -> Result<()> {
    ctx.cancel.guard(ctx.sleep.sleep(d)).await
}
