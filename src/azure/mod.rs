//! Azure AD (Entra ID): tenant discovery, the user-realm lookup and the password grant (ROPC)
//! exactly as Marketo performs it.

pub mod aad_error;
pub mod catalogue;
pub mod challenge;

use std::borrow::Cow;
use std::time::Duration;

use base64::Engine;
use oauth2::{
    AccessToken, AuthType, ClientId, ClientSecret, ErrorResponse, RefreshToken,
    ResourceOwnerPassword, ResourceOwnerUsername, Scope, TokenResponse, TokenUrl,
    basic::{BasicRevocationErrorResponse, BasicTokenIntrospectionResponse, BasicTokenType},
};
use serde::{Deserialize, Serialize};

use crate::connection::{Connection, Credentials};
use crate::http::{Http, HttpError, Response, Retry};
use crate::input::{OrgUrl, parse_guid};
use crate::secrets::Secret;
use aad_error::AadError;

/// The sign-in realm of a user's domain, from `GET {login}/common/userrealm/{upn}?api-version=1.0`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub enum Realm {
    /// Cloud-only, password hash sync or pass-through authentication: ROPC works.
    Managed,
    /// Federated (AD FS, Okta, Ping…): ROPC needs an HRD policy plus password hash sync.
    Federated,
    /// The domain is not known to any tenant.
    Unknown,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RealmInfo {
    pub realm: Realm,
    pub domain: Option<String>,
    /// The host of the federation service (AD FS, Okta…), for a federated domain.
    pub federation_host: Option<String>,
}

pub async fn user_realm(http: &Http, login: &str, upn: &str) -> Result<RealmInfo, HttpError> {
    let url = format!(
        "{login}/common/userrealm/{}?api-version=1.0",
        url_escape(upn)
    );
    let resp = http.get(&url, &[("Accept", "application/json")]).await?;
    if resp.status != 200 {
        return Err(resp.unexpected());
    }
    Ok(read_realm(&resp.json()?))
}

/// What a user-realm answer says: the domain's kind (either answer shape: `account_type` of
/// api-version 1.0, `NameSpaceType` of 2.1), its name and the federation service's host.
pub fn read_realm(v: &serde_json::Value) -> RealmInfo {
    let kind = v
        .get("account_type")
        .or_else(|| v.get("NameSpaceType"))
        .and_then(|x| x.as_str())
        .unwrap_or("");
    let realm = match kind.to_ascii_lowercase().as_str() {
        "managed" => Realm::Managed,
        "federated" => Realm::Federated,
        _ => Realm::Unknown,
    };
    let federation_host = v
        .get("federation_active_auth_url")
        .or_else(|| v.get("AuthURL"))
        .and_then(|x| x.as_str())
        .map(crate::http::host_of);
    RealmInfo {
        realm,
        domain: v
            .get("domain_name")
            .and_then(|x| x.as_str())
            .map(str::to_string),
        federation_host,
    }
}

/// What the org's unauthenticated sign-in challenge says about its tenant.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Probe {
    /// A Dataverse endpoint that trusts this Azure AD tenant.
    Tenant {
        tenant_id: String,
        authority: String,
    },
    /// The org signs in through an on-premises AD FS, not Azure AD.
    AdFs { authority: String },
    /// Whatever answered is not a Dataverse Online endpoint.
    NotDataverse { status: u16, detail: String },
}

/// `GET {org}/api/data/v9.2/` without a token: Dataverse answers 401 with
/// `WWW-Authenticate: Bearer authorization_uri=https://login…/{tenantId}/oauth2/authorize, resource_id=…`.
pub async fn probe_org(http: &Http, org: &OrgUrl) -> Result<Probe, HttpError> {
    match http
        .get(&org.api(""), &[("Accept", "application/json")])
        .await
    {
        // A server failure (after the retries) or throttling says nothing about what the host
        // is: the org could not be checked, try again later.
        Ok(resp) if resp.status >= 500 || resp.status == 429 => Err(resp.unexpected()),
        Ok(resp) => Ok(read_probe(&resp)),
        // An HTML page where the Web API should be is most often a proxy's or a captive
        // portal's: the network path, not the org, is in the way (exit 3; the README's table).
        Err(e) => Err(e),
    }
}

pub fn read_probe(resp: &Response) -> Probe {
    if resp.status == 401 {
        let headers = resp
            .headers
            .get_all("www-authenticate")
            .iter()
            .filter_map(|v| v.to_str().ok());
        if let Some(authority) = challenge::bearer(headers)
            .and_then(|c| c.param("authorization_uri").map(str::to_string))
        {
            let lower = authority.to_ascii_lowercase();
            if lower.contains("/adfs") {
                return Probe::AdFs { authority };
            }
            if let Some(tid) = url::Url::parse(&authority)
                .ok()
                .and_then(|u| {
                    u.path_segments()
                        .and_then(|mut s| s.next().map(str::to_string))
                })
                .and_then(|seg| parse_guid(&seg))
            {
                return Probe::Tenant {
                    tenant_id: tid,
                    authority,
                };
            }
            return Probe::NotDataverse {
                status: 401,
                detail: format!("its sign-in challenge names no tenant ({authority})"),
            };
        }
        return Probe::NotDataverse {
            status: 401,
            detail: "it asked for sign-in without naming an Azure AD tenant".into(),
        };
    }
    let detail = match resp.status {
        404 => "no Dataverse Web API at this address".to_string(),
        200 => "it answered without asking for sign-in".to_string(),
        s => format!("HTTP {s} instead of a sign-in challenge"),
    };
    Probe::NotDataverse {
        status: resp.status,
        detail,
    }
}

/// Resolve a tenant name (GUID or domain) to its GUID through the OpenID configuration.
pub async fn resolve_tenant(
    http: &Http,
    login: &str,
    tenant: &str,
) -> Result<Result<String, AadError>, HttpError> {
    let url = format!(
        "{login}/{}/v2.0/.well-known/openid-configuration",
        url_escape(tenant)
    );
    let resp = http.get(&url, &[("Accept", "application/json")]).await?;
    if resp.status == 200 {
        let v = resp.json()?;
        let tid = v
            .get("token_endpoint")
            .or_else(|| v.get("issuer"))
            .and_then(|x| x.as_str())
            .and_then(|u| url::Url::parse(u).ok())
            .and_then(|u| {
                u.path_segments()
                    .and_then(|mut s| s.next().map(str::to_string))
            })
            .and_then(|seg| parse_guid(&seg));
        return match tid {
            Some(t) => Ok(Ok(t)),
            None => Err(HttpError::Unexpected {
                host: resp.host.clone(),
                status: 200,
                detail: ": the OpenID configuration names no tenant".into(),
            }),
        };
    }
    if (400..500).contains(&resp.status)
        && let Some(e) = AadError::from_json(&resp.body)
    {
        return Ok(Err(e));
    }
    Err(resp.unexpected())
}

/// Claims read from the access token (not verified: only used to pick the user and cross-check
/// the tenant; Dataverse verifies the token itself).
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
pub struct Claims {
    pub oid: Option<String>,
    pub tid: Option<String>,
    pub upn: Option<String>,
    pub aud: Option<String>,
}

pub fn read_claims(token: &str) -> Option<Claims> {
    let payload = token.split('.').nth(1)?;
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(payload.trim_end_matches('='))
        .ok()?;
    serde_json::from_slice(&bytes).ok()
}

pub struct Token {
    pub access: Secret,
    pub expires_in: Option<Duration>,
    pub claims: Claims,
}

impl std::fmt::Debug for Token {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Token")
            .field("expires_in", &self.expires_in)
            .field("claims", &self.claims)
            .finish_non_exhaustive()
    }
}

pub enum TokenOutcome {
    Issued(Token),
    /// Azure AD refused: HTTP status and the parsed error.
    Rejected {
        status: u16,
        error: AadError,
    },
}

/// The token response: v2 sends numbers, v1 sends `expires_in` as a string; both parse.
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct AadTokenResponse {
    access_token: AccessToken,
    #[serde(default = "bearer")]
    token_type: BasicTokenType,
    #[serde(default, deserialize_with = "number_or_string")]
    expires_in: Option<u64>,
    #[serde(default)]
    refresh_token: Option<RefreshToken>,
    #[serde(skip)]
    scopes: Option<Vec<Scope>>,
}

fn bearer() -> BasicTokenType {
    BasicTokenType::Bearer
}

fn number_or_string<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<u64>, D::Error> {
    Ok(match Option::<serde_json::Value>::deserialize(d)? {
        Some(serde_json::Value::Number(n)) => n.as_u64(),
        Some(serde_json::Value::String(s)) => s.parse().ok(),
        _ => None,
    })
}

impl TokenResponse for AadTokenResponse {
    type TokenType = BasicTokenType;
    fn access_token(&self) -> &AccessToken {
        &self.access_token
    }
    fn token_type(&self) -> &BasicTokenType {
        &self.token_type
    }
    fn expires_in(&self) -> Option<Duration> {
        self.expires_in.map(Duration::from_secs)
    }
    fn refresh_token(&self) -> Option<&RefreshToken> {
        self.refresh_token.as_ref()
    }
    fn scopes(&self) -> Option<&Vec<Scope>> {
        self.scopes.as_ref()
    }
}

/// Azure AD's error body, kept whole so the diagnosis sees every field.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(transparent)]
pub struct AadErrorBody(serde_json::Value);

impl std::fmt::Display for AadErrorBody {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}",
            self.0
                .get("error")
                .and_then(|e| e.as_str())
                .unwrap_or("error")
        )
    }
}
impl ErrorResponse for AadErrorBody {}

type AadClient = oauth2::Client<
    AadErrorBody,
    AadTokenResponse,
    BasicTokenIntrospectionResponse,
    oauth2::StandardRevocableToken,
    BasicRevocationErrorResponse,
    oauth2::EndpointNotSet,
    oauth2::EndpointNotSet,
    oauth2::EndpointNotSet,
    oauth2::EndpointNotSet,
    oauth2::EndpointSet,
>;

/// The path segment the token request goes to: `--tenant` when given, else the username's
/// domain (a UPN suffix is always a verified domain of the user's home tenant), so the request
/// need not wait for tenant discovery.
pub fn token_tenant(conn: &Connection) -> Cow<'_, str> {
    match &conn.tenant {
        Some(t) => Cow::Borrowed(t.as_str()),
        None => Cow::Borrowed(conn.user_domain()),
    }
}

/// The token request for the connection's credentials, as Marketo sends it. For the password
/// grant: `POST {login}/{tenant}/oauth2/v2.0/token` with `grant_type=password`, the client
/// secret in the body and scope `{org}/.default`. Never repeated after a 4xx; at most once after
/// a 429 or 5xx.
pub async fn request_token(http: &Http, conn: &Connection) -> Result<TokenOutcome, HttpError> {
    request_token_at(http, conn, &token_tenant(conn)).await
}

/// [`request_token`] sent to this tenant (a GUID or a verified domain). For S2S (the client
/// credentials grant) there is no username to take a domain from: the tenant is `--tenant` or the
/// one the org's sign-in challenge names. `grant_type=client_credentials`, the secret in the body,
/// scope `{org}/.default`; never repeated after a 4xx.
pub async fn request_token_at(
    http: &Http,
    conn: &Connection,
    tenant: &str,
) -> Result<TokenOutcome, HttpError> {
    let inputs = conn;
    let token_url = format!("{}/{}/oauth2/v2.0/token", inputs.login, url_escape(tenant));
    let client: AadClient = oauth2::Client::new(ClientId::new(inputs.client_id.clone()))
        .set_client_secret(ClientSecret::new(inputs.client_secret.expose().to_string()))
        .set_auth_type(AuthType::RequestBody)
        .set_token_uri(TokenUrl::new(token_url).map_err(|e| HttpError::Other {
            host: inputs.login.clone(),
            detail: e.to_string(),
        })?);
    let last_status = std::sync::Mutex::new(0u16);
    let transport = |req: oauth2::HttpRequest| {
        let http = http.clone();
        let last_status = &last_status;
        async move {
            let (parts, body) = req.into_parts();
            let headers: Vec<(String, String)> = parts
                .headers
                .iter()
                .filter(|(k, _)| *k != http::header::CONTENT_TYPE)
                .filter_map(|(k, v)| v.to_str().ok().map(|v| (k.to_string(), v.to_string())))
                .collect();
            let header_refs: Vec<(&str, &str)> = headers
                .iter()
                .map(|(k, v)| (k.as_str(), v.as_str()))
                .collect();
            let method = reqwest::Method::from_bytes(parts.method.as_str().as_bytes())
                .unwrap_or(reqwest::Method::POST);
            let resp = http
                .send(
                    method,
                    &parts.uri.to_string(),
                    &header_refs,
                    Some(("application/x-www-form-urlencoded", body)),
                    Retry::Token,
                )
                .await?;
            *last_status.lock().expect("status lock") = resp.status;
            let mut builder = http::Response::builder().status(resp.status);
            for (k, v) in resp.headers.iter() {
                builder = builder.header(k.as_str(), v.as_bytes());
            }
            builder.body(resp.body).map_err(|e| HttpError::Other {
                host: resp.host,
                detail: e.to_string(),
            })
        }
    };
    let scope = Scope::new(format!("{}/.default", inputs.org.url));
    let result = match &conn.credentials {
        Credentials::Password { username, password } => {
            let username = ResourceOwnerUsername::new(username.clone());
            let password = ResourceOwnerPassword::new(password.expose().to_string());
            // Each grant's future boxed: two of them inline would double this one's size.
            Box::pin(
                client
                    .exchange_password(&username, &password)
                    .add_scope(scope)
                    .request_async(&transport),
            )
            .await
        }
        Credentials::ClientCredentials { .. } => {
            Box::pin(
                client
                    .exchange_client_credentials()
                    .add_scope(scope)
                    .request_async(&transport),
            )
            .await
        }
    };
    let status = *last_status.lock().expect("status lock");
    let host = crate::http::host_of(&inputs.login);
    match result {
        Ok(tr) => {
            let access = tr.access_token().secret().clone();
            let claims = read_claims(&access).unwrap_or_default();
            Ok(TokenOutcome::Issued(Token {
                access: Secret::new(access),
                expires_in: tr.expires_in(),
                claims,
            }))
        }
        Err(oauth2::RequestTokenError::ServerResponse(body)) => {
            let bytes = serde_json::to_vec(&body.0).unwrap_or_default();
            match AadError::from_json(&bytes) {
                Some(error) if (400..500).contains(&status) => {
                    Ok(TokenOutcome::Rejected { status, error })
                }
                Some(error) => Err(HttpError::Unexpected {
                    host,
                    status,
                    detail: error
                        .code()
                        .map(|c| format!(": AADSTS{c}"))
                        .unwrap_or_default(),
                }),
                None => Err(HttpError::Unexpected {
                    host,
                    status,
                    detail: String::new(),
                }),
            }
        }
        Err(oauth2::RequestTokenError::Request(e)) => Err(e),
        Err(oauth2::RequestTokenError::Parse(_, _)) => Err(HttpError::NotJson { host, status }),
        Err(oauth2::RequestTokenError::Other(detail)) => Err(HttpError::Unexpected {
            host,
            status,
            detail: format!(": {detail}"),
        }),
    }
}

/// Percent-encode a path segment or query value: unreserved characters and `@` stay as they are
/// (a UPN goes into the user-realm path as is, the way MSAL sends it).
pub fn url_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b'@') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn challenge_param(header: &str, key: &str) -> Option<String> {
        challenge::bearer([header]).and_then(|c| c.param(key).map(str::to_string))
    }

    #[test]
    fn challenge_header_parses() {
        let h = "Bearer authorization_uri=https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47/oauth2/authorize, resource_id=https://contoso.crm.dynamics.com/";
        assert_eq!(
            challenge_param(h, "authorization_uri").unwrap(),
            "https://login.microsoftonline.com/72f988bf-86f1-41af-91ab-2d7cd011db47/oauth2/authorize"
        );
        assert_eq!(
            challenge_param(h, "resource_id").unwrap(),
            "https://contoso.crm.dynamics.com/"
        );
        assert_eq!(
            challenge_param("Bearer realm=\"x\"", "authorization_uri"),
            None
        );
    }

    fn resp(status: u16, www: Option<&str>) -> Response {
        let mut headers = reqwest::header::HeaderMap::new();
        if let Some(w) = www {
            headers.insert("www-authenticate", w.parse().unwrap());
        }
        Response {
            status,
            headers,
            body: vec![],
            host: "org".into(),
        }
    }

    #[test]
    fn probe_reads_tenant_adfs_and_strangers() {
        let t = read_probe(&resp(
            401,
            Some(
                "Bearer authorization_uri=https://login.microsoftonline.com/72F988BF-86f1-41af-91ab-2d7cd011db47/oauth2/authorize, resource_id=https://x/",
            ),
        ));
        assert_eq!(
            t,
            Probe::Tenant {
                tenant_id: "72f988bf-86f1-41af-91ab-2d7cd011db47".into(),
                authority: "https://login.microsoftonline.com/72F988BF-86f1-41af-91ab-2d7cd011db47/oauth2/authorize".into()
            }
        );
        assert!(matches!(
            read_probe(&resp(
                401,
                Some("Bearer authorization_uri=https://sts.contoso.com/adfs/oauth2/authorize")
            )),
            Probe::AdFs { .. }
        ));
        assert!(matches!(
            read_probe(&resp(404, None)),
            Probe::NotDataverse { status: 404, .. }
        ));
        assert!(matches!(
            read_probe(&resp(401, None)),
            Probe::NotDataverse { status: 401, .. }
        ));
    }

    #[test]
    fn probe_reads_any_case_and_several_headers() {
        let tid = "72f988bf-86f1-41af-91ab-2d7cd011db47";
        let t = read_probe(&resp(
            401,
            Some(&format!(
                "BeArEr AUTHORIZATION_URI=\"https://login.microsoftonline.com/{tid}/oauth2/authorize\", reSoUrCe_ID=https://x/"
            )),
        ));
        assert!(matches!(t, Probe::Tenant { tenant_id, .. } if tenant_id == tid));
        let mut r = resp(401, Some("Negotiate, NTLM"));
        r.headers.append(
            "www-authenticate",
            format!("Basic realm=\"x\", Bearer authorization_uri=https://login.microsoftonline.com/{tid}/oauth2/authorize")
                .parse()
                .unwrap(),
        );
        assert!(matches!(read_probe(&r), Probe::Tenant { tenant_id, .. } if tenant_id == tid));
        assert!(matches!(
            read_probe(&resp(401, Some("Basic realm=\"contoso\""))),
            Probe::NotDataverse { status: 401, .. }
        ));
    }

    #[test]
    fn claims_from_a_jwt() {
        let payload = base64::engine::general_purpose::URL_SAFE_NO_PAD
            .encode(br#"{"oid":"u-1","tid":"t-1","upn":"a@b.c","aud":"https://x"}"#);
        let c = read_claims(&format!("e30.{payload}.sig")).unwrap();
        assert_eq!(c.oid.as_deref(), Some("u-1"));
        assert_eq!(c.tid.as_deref(), Some("t-1"));
        assert!(read_claims("opaque-token").is_none());
    }

    #[test]
    fn v1_string_expiry_parses() {
        let v1: AadTokenResponse = serde_json::from_str(
            r#"{"access_token":"a","token_type":"Bearer","expires_in":"3600"}"#,
        )
        .unwrap();
        assert_eq!(v1.expires_in(), Some(Duration::from_secs(3600)));
        let v2: AadTokenResponse =
            serde_json::from_str(r#"{"access_token":"a","token_type":"Bearer","expires_in":3599}"#)
                .unwrap();
        assert_eq!(v2.expires_in(), Some(Duration::from_secs(3599)));
    }

    #[test]
    fn escapes_path_segments() {
        assert_eq!(url_escape("a b@c.com"), "a%20b@c.com");
        assert_eq!(url_escape("<f a='1'/>"), "%3Cf%20a%3D%271%27%2F%3E");
    }
}
