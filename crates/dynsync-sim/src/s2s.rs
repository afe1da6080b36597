//! Server-to-Server (S2S): the client credentials grant, and the Dataverse application user it
//! signs in as (a `systemuser` whose `applicationid` is the app's client ID).
//!
//! Hooked into `token()` (a `client_credentials` request) and `dataverse()` (what an app's token
//! sees, and the `applicationid` lookups any caller makes) in `lib.rs`.

use std::collections::HashMap;

use base64::Engine;
use serde_json::{Value, json};

use crate::scenario::SimConfig;
pub use crate::scenario::{APP, AppIdentity, AppUser};
use crate::{
    DEMO, Resp, State, aad_body, check_demo_secret, dv_error, json_resp, jwt, keep_token,
    secret_missing, unknown_client,
};

/// The root business unit (the one WhoAmI names for every user of the demo org).
pub const ROOT_BUSINESS_UNIT: &str = "3c2b1a09-8f7e-4d6c-9b5a-4e3d2c1b0a99";

/// Azure AD's answer to a `client_credentials` token request (the password grant is `lib.rs`'s).
pub(crate) fn client_credentials(
    state: &State,
    c: &SimConfig,
    form: &HashMap<String, String>,
) -> Resp {
    let get = |k: &str| form.get(k).map(String::as_str).unwrap_or("");
    if get("client_id") != DEMO.client_id {
        return unknown_client(get("client_id"));
    }
    if !form.contains_key("client_secret") {
        return secret_missing();
    }
    if let Some(refused) = check_demo_secret(state, c, get("client_secret")) {
        return refused;
    }
    let scope = get("scope");
    let resource = scope.strip_suffix("/.default");
    let known = resource.is_some_and(|r| {
        r == format!("https://{}", DEMO.org_host) || r.starts_with("https://127.0.0.1:")
    });
    if !known {
        return json_resp(
            400,
            aad_body(
                "invalid_scope",
                1002012,
                &format!(
                    "The provided value for scope {scope} is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier (application ID URI)."
                ),
            ),
        );
    }
    let access = app_token(scope);
    keep_token(state, &access);
    json_resp(
        200,
        json!({"token_type": "Bearer", "expires_in": 3599, "ext_expires_in": 3599, "access_token": access}),
    )
}

/// An app-only token: `oid` is the service principal's, `idtyp` says "app", no `upn`/`scp`.
fn app_token(scope: &str) -> String {
    jwt(&json!({
        "aud": scope.trim_end_matches("/.default"), "iss": format!("https://sts.windows.net/{}/", DEMO.tenant_id),
        "tid": DEMO.tenant_id, "oid": APP.sp_oid, "sub": APP.sp_oid, "appid": DEMO.client_id,
        "idtyp": "app", "exp": 4_102_444_800u64
    }))
}

/// Whether a (simulator-issued) access token is an app-only token.
pub(crate) fn is_app_token(token: &str) -> bool {
    claims(token)
        .and_then(|c| c.get("idtyp").and_then(|v| v.as_str()).map(str::to_string))
        .is_some_and(|t| t == "app")
}

/// The claims of a simulator-issued JWT.
pub(crate) fn claims(token: &str) -> Option<Value> {
    let payload = token.split('.').nth(1)?;
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(payload)
        .ok()?;
    serde_json::from_slice(&bytes).ok()
}

/// The application user's `systemusers` row, as Dataverse returns it (with the same `$expand`
/// the sync user's row gets).
pub(crate) fn app_user_row(u: &AppUser) -> Value {
    let mut roles = vec![];
    if u.role {
        roles.push(
            json!({"name": "Marketo Sync User", "roleid": "11111111-aaaa-4bbb-8ccc-000000000001"}),
        );
    }
    json!({
        "systemuserid": APP.systemuser_id, "fullname": APP.fullname,
        "domainname": format!("{}@{}", APP.sp_oid, DEMO.initial_domain),
        "applicationid": DEMO.client_id, "azureactivedirectoryobjectid": APP.sp_oid,
        "internalemailaddress": u.email, "isdisabled": u.disabled, "accessmode": 4, "islicensed": false,
        "_businessunitid_value": ROOT_BUSINESS_UNIT,
        "systemuserroles_association": roles,
        "user_settings": [{"uilanguageid": 1033}]
    })
}

/// What Dataverse answers that depends on the application user: an app's token (`app`) sees
/// the environment as its application user, or is refused when there is none; any caller's
/// `systemusers` query for the application user. `None`: the request is the sync user's as
/// usual (`lib.rs`).
pub(crate) fn dataverse(c: &SimConfig, entity: &str, query: &str, app: bool) -> Option<Resp> {
    if app {
        match &c.app_user {
            None => {
                return Some(dv_error(
                    403,
                    "0x80072560",
                    "The user is not a member of the organization.",
                ));
            }
            // A disabled application user still answers WhoAmI here, as a disabled sync user
            // does in this simulator: the user check tells.
            Some(_) if entity == "WhoAmI" => {
                return Some(json_resp(
                    200,
                    json!({
                        "@odata.context": "https://contoso.crm.dynamics.com/api/data/v9.2/$metadata#Microsoft.Dynamics.CRM.WhoAmIResponse",
                        "BusinessUnitId": ROOT_BUSINESS_UNIT, "UserId": APP.systemuser_id,
                        "OrganizationId": "7e6d5c4b-3a29-4187-9a6b-5c4d3e2f1a0b"
                    }),
                ));
            }
            Some(_) if entity == "teams" => {
                return Some(json_resp(200, json!({"value": []})));
            }
            Some(_) => {}
        }
    }
    if entity == "systemusers" {
        let lower = query.to_ascii_lowercase();
        let about_app = lower.contains(&format!("applicationid eq {}", DEMO.client_id))
            || lower.contains(APP.sp_oid)
            || lower.contains(APP.systemuser_id);
        if about_app {
            let rows: Vec<Value> = c.app_user.iter().map(app_user_row).collect();
            return Some(json_resp(200, json!({"value": rows})));
        }
        if app {
            return Some(json_resp(200, json!({"value": []})));
        }
    }
    None
}
