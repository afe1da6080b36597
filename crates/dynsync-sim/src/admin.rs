//! The admin sign-in of the simulated tenant: the authorize endpoint (which "signs the admin in"
//! at once and redirects to the loopback redirect URI with a code, as Azure AD does after the
//! user signed in), the device code endpoint, and the token endpoint's admin grants
//! (`authorization_code` with PKCE S256, `urn:ietf:params:oauth:grant-type:device_code`,
//! `refresh_token`). Who the admin is, and whether they hold a directory role, is configuration.

use std::collections::HashMap;
use std::sync::Mutex;

use base64::Engine;
use serde_json::{Value, json};
use sha2::Digest;

use crate::{DEMO, Resp, Stats, aad_body, json_resp};

/// The directory role the signed-in admin holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AdminRole {
    /// Application Administrator: everything the app registration needs.
    ApplicationAdministrator,
    /// Cloud Application Administrator: apps, secrets and consent, not HRD policies.
    CloudApplicationAdministrator,
    /// No directory role: Graph refuses every write with `Authorization_RequestDenied`.
    None,
}

/// How the simulated admin answers a device code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeviceAnswer {
    /// Approves after `device_pending_polls` polls answered `authorization_pending`.
    Approve,
    /// Declines the sign-in (`authorization_declined`).
    Decline,
    /// Never enters the code: the code expires (`expired_token`).
    Expire,
}

#[derive(Debug, Clone)]
pub struct AdminConfig {
    pub role: AdminRole,
    pub upn: String,
    pub oid: String,
    /// Polls answered `authorization_pending` before the device code's answer.
    pub device_pending_polls: u32,
    /// Polls answered `slow_down` (before the pending ones).
    pub device_slow_down_polls: u32,
    pub device_answer: DeviceAnswer,
    /// The polling interval the device code endpoint asks for, in seconds.
    pub device_interval: u64,
}

impl Default for AdminConfig {
    fn default() -> Self {
        AdminConfig {
            role: AdminRole::ApplicationAdministrator,
            upn: "admin@contoso.com".into(),
            oid: "5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d".into(),
            device_pending_polls: 1,
            device_slow_down_polls: 0,
            device_answer: DeviceAnswer::Approve,
            device_interval: 5,
        }
    }
}

struct AuthCode {
    challenge: String,
    redirect_uri: String,
    client_id: String,
    scope: String,
}

struct DeviceCode {
    client_id: String,
    scope: String,
    polls: u32,
}

/// What the sign-in endpoints remember between requests.
#[derive(Default)]
pub struct AdminState {
    codes: Mutex<HashMap<String, AuthCode>>,
    devices: Mutex<HashMap<String, DeviceCode>>,
    /// Refresh token → client id.
    refresh: Mutex<HashMap<String, String>>,
    /// Access tokens issued to the admin (Graph accepts only these).
    access: Mutex<HashMap<String, String>>,
}

impl AdminState {
    /// The audience of an admin access token, if this simulator issued it.
    pub fn audience(&self, bearer: &str) -> Option<String> {
        self.access.lock().expect("admin").get(bearer).cloned()
    }
}

fn form(body: &[u8]) -> HashMap<String, String> {
    url::form_urlencoded::parse(body).into_owned().collect()
}

fn query(q: &str) -> HashMap<String, String> {
    url::form_urlencoded::parse(q.as_bytes())
        .into_owned()
        .collect()
}

fn nonce() -> String {
    uuid::Uuid::new_v4().simple().to_string()
}

fn err(status: u16, error: &str, code: u32, text: &str) -> Resp {
    json_resp(status, aad_body(error, code, text))
}

/// Is this token request one of the admin's grants (not the sync user's password grant)?
pub fn is_admin_grant(body: &[u8]) -> bool {
    matches!(
        form(body).get("grant_type").map(String::as_str),
        Some(
            "authorization_code"
                | "refresh_token"
                | "urn:ietf:params:oauth:grant-type:device_code"
                | "device_code"
        )
    )
}

fn loopback_redirect(uri: &str) -> bool {
    url::Url::parse(uri).is_ok_and(|u| {
        u.scheme() == "http" && matches!(u.host_str(), Some("localhost" | "127.0.0.1" | "[::1]"))
    })
}

/// `GET /{tenant}/oauth2/v2.0/authorize?…`: the admin is signed in at once; the answer
/// redirects to the loopback `redirect_uri` with `code` and `state`.
pub fn authorize(state: &AdminState, q: &str) -> Resp {
    let q = query(q);
    let get = |k: &str| q.get(k).map(String::as_str).unwrap_or("");
    let redirect = get("redirect_uri");
    if !loopback_redirect(redirect) {
        return err(
            400,
            "invalid_request",
            50011,
            "The redirect URI specified in the request does not match the redirect URIs configured for the application.",
        );
    }
    if get("response_type") != "code"
        || get("code_challenge_method") != "S256"
        || get("code_challenge").is_empty()
    {
        return err(
            400,
            "invalid_request",
            9002325,
            "Proof Key for Code Exchange is required for cross-origin authorization code redemption.",
        );
    }
    let code = format!("sim-auth-code-{}", nonce());
    state.codes.lock().expect("admin").insert(
        code.clone(),
        AuthCode {
            challenge: get("code_challenge").to_string(),
            redirect_uri: redirect.to_string(),
            client_id: get("client_id").to_string(),
            scope: get("scope").to_string(),
        },
    );
    let mut target = url::Url::parse(redirect).expect("checked above");
    target
        .query_pairs_mut()
        .append_pair("code", &code)
        .append_pair("state", get("state"));
    hyper::Response::builder()
        .status(302)
        .header("location", target.as_str())
        .body(http_body_util::Full::new(hyper::body::Bytes::new()))
        .expect("response")
}

/// `POST /{tenant}/oauth2/v2.0/devicecode`.
pub fn devicecode(state: &AdminState, c: &AdminConfig, body: &[u8]) -> Resp {
    let f = form(body);
    let client_id = f.get("client_id").cloned().unwrap_or_default();
    if client_id.is_empty() {
        return err(
            400,
            "invalid_request",
            900144,
            "The request body must contain the following parameter: 'client_id'.",
        );
    }
    let device_code = format!("sim-device-code-{}", nonce());
    let user_code = "DSYNC7QX";
    state.devices.lock().expect("admin").insert(
        device_code.clone(),
        DeviceCode {
            client_id,
            scope: f.get("scope").cloned().unwrap_or_default(),
            polls: 0,
        },
    );
    json_resp(
        200,
        json!({
            "user_code": user_code,
            "device_code": device_code,
            "verification_uri": "https://microsoft.com/devicelogin",
            "expires_in": 900,
            "interval": c.device_interval,
            "message": format!("To sign in, use a web browser to open the page https://microsoft.com/devicelogin and enter the code {user_code} to authenticate.")
        }),
    )
}

/// The token endpoint, for the admin's grants.
pub fn token(state: &AdminState, stats: &Stats, c: &AdminConfig, body: &[u8]) -> Resp {
    let f = form(body);
    let get = |k: &str| f.get(k).map(String::as_str).unwrap_or("");
    match get("grant_type") {
        "authorization_code" => {
            let Some(code) = state.codes.lock().expect("admin").remove(get("code")) else {
                return err(
                    400,
                    "invalid_grant",
                    70008,
                    "The provided authorization code or refresh token has expired due to inactivity.",
                );
            };
            let challenge = base64::engine::general_purpose::URL_SAFE_NO_PAD
                .encode(sha2::Sha256::digest(get("code_verifier").as_bytes()));
            if get("code_verifier").is_empty() || challenge != code.challenge {
                return err(
                    400,
                    "invalid_grant",
                    501481,
                    "The Code_Verifier does not match the code_challenge supplied in the authorization request.",
                );
            }
            if get("redirect_uri") != code.redirect_uri || get("client_id") != code.client_id {
                return err(
                    400,
                    "invalid_grant",
                    70002,
                    "The redirect URI or client does not match the authorization request.",
                );
            }
            let scope = if get("scope").is_empty() {
                code.scope
            } else {
                get("scope").to_string()
            };
            issue(state, stats, c, &code.client_id, &scope)
        }
        "urn:ietf:params:oauth:grant-type:device_code" | "device_code" => {
            let mut devices = state.devices.lock().expect("admin");
            let Some(device) = devices.get_mut(get("device_code")) else {
                return err(
                    400,
                    "expired_token",
                    70019,
                    "Verification code expired. Have the user retry the sign-in.",
                );
            };
            device.polls += 1;
            let polls = device.polls;
            if polls <= c.device_slow_down_polls {
                return err(400, "slow_down", 70000, "Poll less often.");
            }
            if polls <= c.device_slow_down_polls + c.device_pending_polls {
                return err(
                    400,
                    "authorization_pending",
                    70016,
                    "OAuth 2.0 device flow error. Authorization is pending. Continue polling.",
                );
            }
            match c.device_answer {
                DeviceAnswer::Decline => {
                    devices.remove(get("device_code"));
                    err(
                        400,
                        "authorization_declined",
                        70000,
                        "The end user declined the authorization request.",
                    )
                }
                DeviceAnswer::Expire => {
                    devices.remove(get("device_code"));
                    err(
                        400,
                        "expired_token",
                        70019,
                        "Verification code expired. Have the user retry the sign-in.",
                    )
                }
                DeviceAnswer::Approve => {
                    let device = devices.remove(get("device_code")).expect("present");
                    drop(devices);
                    if device.client_id != get("client_id") {
                        return err(
                            400,
                            "invalid_grant",
                            70002,
                            "The client does not match the device code's.",
                        );
                    }
                    issue(state, stats, c, &device.client_id, &device.scope)
                }
            }
        }
        "refresh_token" => {
            let known = state
                .refresh
                .lock()
                .expect("admin")
                .get(get("refresh_token"))
                .cloned();
            match known {
                Some(client) if client == get("client_id") => {
                    issue(state, stats, c, &client, get("scope"))
                }
                _ => err(
                    400,
                    "invalid_grant",
                    9002313,
                    "Invalid request. Request is malformed or invalid.",
                ),
            }
        }
        _ => err(
            400,
            "unsupported_grant_type",
            70003,
            "The app requested an unsupported grant type.",
        ),
    }
}

/// The resource a scope list asks for: the first scope that is not an OpenID one.
fn resource_of(scope: &str) -> String {
    scope
        .split(' ')
        .find(|s| !matches!(*s, "openid" | "profile" | "offline_access" | ""))
        .map(|s| match s.rsplit_once('/') {
            Some((res, _)) if s.contains("://") => res.to_string(),
            _ => "https://graph.microsoft.com".to_string(),
        })
        .unwrap_or_else(|| "https://graph.microsoft.com".to_string())
}

fn issue(state: &AdminState, stats: &Stats, c: &AdminConfig, client_id: &str, scope: &str) -> Resp {
    let b64 = |v: &Value| base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(v.to_string());
    let aud = resource_of(scope);
    let wids: Vec<&str> = match c.role {
        AdminRole::ApplicationAdministrator => vec!["9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3"],
        AdminRole::CloudApplicationAdministrator => vec!["158c047a-c907-4556-b7ef-446551a6b5f7"],
        AdminRole::None => vec![],
    };
    let payload = json!({
        "aud": aud, "iss": format!("https://sts.windows.net/{}/", DEMO.tenant_id),
        "tid": DEMO.tenant_id, "oid": c.oid, "upn": c.upn, "appid": client_id,
        "scp": "Application.ReadWrite.All DelegatedPermissionGrant.ReadWrite.All Policy.Read.All Policy.ReadWrite.ApplicationConfiguration",
        "wids": wids, "exp": 4_102_444_800u64
    });
    let access = format!(
        "{}.{}.adm{}",
        b64(&json!({"typ": "JWT", "alg": "none"})),
        b64(&payload),
        nonce()
    );
    let refresh = format!("sim-admin-refresh-{}{}", nonce(), nonce());
    state
        .access
        .lock()
        .expect("admin")
        .insert(access.clone(), aud.clone());
    state
        .refresh
        .lock()
        .expect("admin")
        .insert(refresh.clone(), client_id.to_string());
    stats
        .issued
        .lock()
        .expect("stats")
        .extend([access.clone(), refresh.clone()]);
    json_resp(
        200,
        json!({
            "token_type": "Bearer", "scope": scope, "expires_in": 4799, "ext_expires_in": 4799,
            "access_token": access, "refresh_token": refresh,
            "id_token": format!("{}.{}.", b64(&json!({"typ": "JWT", "alg": "none"})), b64(&json!({"tid": DEMO.tenant_id, "oid": c.oid, "preferred_username": c.upn})))
        }),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resources_of_scopes() {
        assert_eq!(
            resource_of("openid https://graph.microsoft.com/.default offline_access"),
            "https://graph.microsoft.com"
        );
        assert_eq!(
            resource_of("https://contoso.crm.dynamics.com/user_impersonation"),
            "https://contoso.crm.dynamics.com"
        );
        assert_eq!(
            resource_of("Application.ReadWrite.All"),
            "https://graph.microsoft.com"
        );
    }
}
