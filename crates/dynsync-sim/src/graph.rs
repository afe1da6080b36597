//! Microsoft Graph (v1.0) as far as the app registration uses it: the Dynamics CRM service
//! principal, applications (upsert by `uniqueName` with `Prefer: create-if-missing`), service
//! principals (with a replication delay after a new app), delegated permission grants, client
//! secrets (with a tenant lifetime policy), Home Realm Discovery policies, and refusals for an
//! admin without the directory role (`Authorization_RequestDenied`, Graph's documented body).

use std::sync::Mutex;
use std::time::{Duration, Instant};

use serde_json::{Value, json};

use crate::admin::{AdminRole, AdminState};
use crate::{DEMO, Resp, SimConfig, json_resp, percent_decode};

/// Dynamics CRM's application id (the same in every tenant).
pub const DYNAMICS_APP_ID: &str = "00000007-0000-0000-c000-000000000000";
/// The Dynamics CRM service principal's object id in the demo tenant.
pub const DYNAMICS_SP_ID: &str = "d7c5b3a1-0f2e-4d6c-9b8a-7e6f5d4c3b2a";
/// `user_impersonation`'s scope id (as in public tenants).
pub const USER_IMPERSONATION: &str = "78ce3f0f-a1ce-49c2-8cde-64b5c0896db4";
/// Microsoft Graph's `User.Read`, the "other permission" an existing app may carry.
pub const GRAPH_USER_READ: &str = "e1fe6dd8-ba31-4d61-89e7-88639da4683d";

/// What the tenant holds before the run, and how it behaves.
#[derive(Debug, Clone, Default)]
pub struct GraphConfig {
    /// A new application's service principal cannot be created for this long (404/400 "does
    /// not reference a valid application object"), nor its new secret used.
    pub replication: Duration,
    /// An application with this `uniqueName` already exists (with Graph's `User.Read` and a
    /// service principal), as a portal or an earlier tool left it.
    pub existing_app: Option<String>,
    /// A tenant-wide grant on Dynamics CRM for the existing app, with this scope.
    pub existing_grant_scope: Option<String>,
    /// A tenant app management policy: the longest password lifetime, in days.
    pub password_max_days: Option<u32>,
    /// An HRD policy already assigned to the existing app's service principal: `true` allows
    /// cloud password validation, `false` conflicts.
    pub existing_hrd_policy: Option<bool>,
    /// Password hash sync (`/directory/onPremisesSynchronization`).
    pub password_hash_sync: bool,
}

#[derive(Debug, Clone)]
pub struct App {
    pub id: String,
    pub app_id: String,
    pub unique_name: Option<String>,
    pub display_name: String,
    pub required_resource_access: Value,
    pub is_fallback_public_client: bool,
    pub passwords: Vec<Password>,
    created: Instant,
}

#[derive(Debug, Clone)]
pub struct Password {
    pub key_id: String,
    pub display_name: String,
    pub hint: String,
    pub secret: String,
    pub start: String,
    pub end: String,
    created: Instant,
}

#[derive(Debug, Clone)]
pub struct Grant {
    pub id: String,
    pub client_id: String,
    pub resource_id: String,
    pub scope: String,
}

#[derive(Debug, Clone)]
pub struct Policy {
    pub id: String,
    pub display_name: String,
    pub definition: Vec<String>,
}

#[derive(Debug, Clone)]
pub struct Sp {
    pub id: String,
    pub app_id: String,
    pub policies: Vec<String>,
}

/// The directory's objects.
#[derive(Debug, Default)]
pub struct Directory {
    pub apps: Vec<App>,
    pub sps: Vec<Sp>,
    pub grants: Vec<Grant>,
    pub policies: Vec<Policy>,
    seeded: bool,
}

#[derive(Debug, Default)]
pub struct GraphState(pub Mutex<Directory>);

fn new_id() -> String {
    uuid::Uuid::new_v4().to_string()
}

fn graph_error(status: u16, code: &str, message: &str) -> Resp {
    json_resp(
        status,
        json!({"error": {"code": code, "message": message, "innerError": {
            "date": "2026-11-23T10:00:00",
            "request-id": new_id(),
            "client-request-id": new_id()
        }}}),
    )
}

fn denied() -> Resp {
    graph_error(
        403,
        "Authorization_RequestDenied",
        "Insufficient privileges to complete the operation.",
    )
}

fn not_found(what: &str) -> Resp {
    graph_error(
        404,
        "Request_ResourceNotFound",
        &format!(
            "Resource '{what}' does not exist or one of its queried reference-property objects are not present."
        ),
    )
}

fn no_content() -> Resp {
    hyper::Response::builder()
        .status(204)
        .body(http_body_util::Full::new(hyper::body::Bytes::new()))
        .expect("response")
}

fn app_json(a: &App) -> Value {
    json!({
        "id": a.id, "appId": a.app_id, "uniqueName": a.unique_name, "displayName": a.display_name,
        "signInAudience": "AzureADMyOrg", "isFallbackPublicClient": a.is_fallback_public_client,
        "requiredResourceAccess": a.required_resource_access,
        "passwordCredentials": a.passwords.iter().map(|p| json!({
            "customKeyIdentifier": null, "displayName": p.display_name, "endDateTime": p.end,
            "hint": p.hint, "keyId": p.key_id, "secretText": null, "startDateTime": p.start
        })).collect::<Vec<_>>()
    })
}

fn sp_json(s: &Sp) -> Value {
    json!({"id": s.id, "appId": s.app_id, "servicePrincipalType": "Application"})
}

fn grant_json(g: &Grant) -> Value {
    json!({"id": g.id, "clientId": g.client_id, "consentType": "AllPrincipals", "principalId": null,
           "resourceId": g.resource_id, "scope": g.scope})
}

fn policy_json(p: &Policy) -> Value {
    json!({"id": p.id, "displayName": p.display_name, "definition": p.definition,
           "isOrganizationDefault": false})
}

fn seed(d: &mut Directory, g: &GraphConfig) {
    if d.seeded {
        return;
    }
    d.seeded = true;
    let Some(name) = &g.existing_app else {
        return;
    };
    let long_ago = Instant::now() - Duration::from_secs(3600);
    let app = App {
        id: "e4d3c2b1-a098-4f7e-8d6c-5b4a39281706".into(),
        app_id: "c1b2a3f4-e5d6-4c7b-8a9f-0e1d2c3b4a59".into(),
        unique_name: Some(name.clone()),
        display_name: "Marketo Integration".into(),
        required_resource_access: json!([{
            "resourceAppId": "00000003-0000-0000-c000-000000000000",
            "resourceAccess": [{"id": GRAPH_USER_READ, "type": "Scope"}]
        }]),
        is_fallback_public_client: false,
        passwords: vec![],
        created: long_ago,
    };
    let sp = Sp {
        id: "f5e4d3c2-b1a0-4f9e-8d7c-6b5a49382717".into(),
        app_id: app.app_id.clone(),
        policies: vec![],
    };
    if let Some(scope) = &g.existing_grant_scope {
        d.grants.push(Grant {
            id: "grant-existing-1".into(),
            client_id: sp.id.clone(),
            resource_id: DYNAMICS_SP_ID.into(),
            scope: scope.clone(),
        });
    }
    let mut sp = sp;
    if let Some(allows) = g.existing_hrd_policy {
        let id = "0a9b8c7d-6e5f-4a3b-9c2d-1e0f9a8b7c6d".to_string();
        d.policies.push(Policy {
            id: id.clone(),
            display_name: "Existing HRD policy".into(),
            definition: vec![format!(
                "{{\"HomeRealmDiscoveryPolicy\":{{\"AllowCloudPasswordValidation\":{allows}}}}}"
            )],
        });
        sp.policies.push(id);
    }
    d.apps.push(app);
    d.sps.push(sp);
}

/// A quoted key in a path segment: `applications(uniqueName='x')` → `x`.
fn key_of<'a>(segment: &'a str, name: &str) -> Option<&'a str> {
    segment
        .strip_prefix(name)?
        .strip_prefix("='")?
        .strip_suffix("')")
}

/// A value of `$filter=a eq 'x' and b eq 'y'`.
fn filter_value(filter: &str, name: &str) -> Option<String> {
    let at = filter.find(&format!("{name} eq '"))? + name.len() + 5;
    let rest = &filter[at..];
    Some(rest[..rest.find('\'')?].to_string())
}

fn writes_allowed(role: AdminRole, policy: bool) -> bool {
    match role {
        AdminRole::ApplicationAdministrator => true,
        AdminRole::CloudApplicationAdministrator => !policy,
        AdminRole::None => false,
    }
}

/// Days from the civil date to 1970-01-01 (for the secrets' dates).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The simulated "now" of Graph's dates.
const TODAY: (i64, i64, i64) = (2026, 11, 23);

fn date_days(s: &str) -> Option<i64> {
    let d = s.get(..10)?;
    let mut it = d.split('-').map(|x| x.parse::<i64>().ok());
    Some(days_from_civil(it.next()??, it.next()??, it.next()??))
}

#[allow(clippy::too_many_arguments)]
pub fn handle(
    state: &GraphState,
    admin: &AdminState,
    c: &SimConfig,
    method: &str,
    path: &str,
    query: &str,
    auth: &str,
    prefer: &str,
    body: &[u8],
) -> Resp {
    let token = auth.strip_prefix("Bearer ").unwrap_or("");
    if admin.audience(token).is_none() {
        return graph_error(
            401,
            "InvalidAuthenticationToken",
            "Access token validation failure. Invalid audience.",
        );
    }
    let g = &c.graph;
    let role = c.admin.role;
    let mut d = state.0.lock().expect("graph");
    seed(&mut d, g);
    let path = percent_decode(path.trim_start_matches("/v1.0/"));
    let query = percent_decode(&query.replace('+', " "));
    let segs: Vec<&str> = path.split('/').collect();
    let body: Value = serde_json::from_slice(body).unwrap_or(Value::Null);
    let write = method != "GET";
    let policy_write =
        write && (segs[0] == "policies" || segs.get(2) == Some(&"homeRealmDiscoveryPolicies"));
    if write && !writes_allowed(role, policy_write) {
        return denied();
    }
    match (method, segs.as_slice()) {
        ("GET", [sp]) if key_of(sp, "servicePrincipals(appId").is_some() => {
            let app_id = key_of(sp, "servicePrincipals(appId").unwrap_or("");
            if app_id == DYNAMICS_APP_ID {
                return json_resp(
                    200,
                    json!({"id": DYNAMICS_SP_ID, "appId": DYNAMICS_APP_ID, "displayName": "Dynamics CRM",
                    "oauth2PermissionScopes": [{
                        "id": USER_IMPERSONATION, "value": "user_impersonation", "type": "User", "isEnabled": true,
                        "adminConsentDisplayName": "Access Common Data Service as organization users"
                    }]}),
                );
            }
            match d.sps.iter().find(|s| s.app_id == app_id) {
                Some(s) => json_resp(200, sp_json(s)),
                None => not_found(app_id),
            }
        }
        ("GET", [app]) if key_of(app, "applications(uniqueName").is_some() => {
            let name = key_of(app, "applications(uniqueName").unwrap_or("");
            match d
                .apps
                .iter()
                .find(|a| a.unique_name.as_deref() == Some(name))
            {
                Some(a) => json_resp(200, app_json(a)),
                None => not_found(name),
            }
        }
        ("GET", [app]) if key_of(app, "applications(appId").is_some() => {
            let id = key_of(app, "applications(appId").unwrap_or("");
            match d.apps.iter().find(|a| a.app_id == id) {
                Some(a) => json_resp(200, app_json(a)),
                None => not_found(id),
            }
        }
        ("PATCH", [app]) if key_of(app, "applications(uniqueName").is_some() => {
            let name = key_of(app, "applications(uniqueName")
                .unwrap_or("")
                .to_string();
            if let Some(a) = d
                .apps
                .iter_mut()
                .find(|a| a.unique_name.as_deref() == Some(&name))
            {
                patch_app(a, &body);
                return no_content();
            }
            if !prefer.contains("create-if-missing") {
                return not_found(&name);
            }
            let mut a = App {
                id: new_id(),
                app_id: new_id(),
                unique_name: Some(name),
                display_name: String::new(),
                required_resource_access: json!([]),
                is_fallback_public_client: false,
                passwords: vec![],
                created: Instant::now(),
            };
            patch_app(&mut a, &body);
            let v = app_json(&a);
            d.apps.push(a);
            json_resp(201, v)
        }
        ("GET", ["applications", id]) => match d.apps.iter().find(|a| a.id == *id) {
            Some(a) => json_resp(200, app_json(a)),
            None => not_found(id),
        },
        ("PATCH", ["applications", id]) => match d.apps.iter_mut().find(|a| a.id == *id) {
            Some(a) => {
                patch_app(a, &body);
                no_content()
            }
            None => not_found(id),
        },
        ("POST", ["servicePrincipals"]) => {
            let app_id = body["appId"].as_str().unwrap_or("").to_string();
            let Some(app) = d.apps.iter().find(|a| a.app_id == app_id) else {
                return not_found(&app_id);
            };
            if app.created.elapsed() < g.replication {
                return graph_error(
                    400,
                    "Request_BadRequest",
                    &format!(
                        "The appId '{app_id}' of the service principal does not reference a valid application object."
                    ),
                );
            }
            if d.sps.iter().any(|s| s.app_id == app_id) {
                return graph_error(
                    409,
                    "Request_MultipleObjectsWithSameKeyValue",
                    "Another object with the same value for property appId already exists.",
                );
            }
            let sp = Sp {
                id: new_id(),
                app_id,
                policies: vec![],
            };
            let v = sp_json(&sp);
            d.sps.push(sp);
            json_resp(201, v)
        }
        ("GET", ["oauth2PermissionGrants"]) => {
            let filter = query
                .split('&')
                .find_map(|kv| kv.strip_prefix("$filter="))
                .unwrap_or("");
            let client = filter_value(filter, "clientId");
            let resource = filter_value(filter, "resourceId");
            let value: Vec<Value> = d
                .grants
                .iter()
                .filter(|x| client.as_ref().is_none_or(|c| *c == x.client_id))
                .filter(|x| resource.as_ref().is_none_or(|r| *r == x.resource_id))
                .map(grant_json)
                .collect();
            json_resp(200, json!({"value": value}))
        }
        ("POST", ["oauth2PermissionGrants"]) => {
            let client = body["clientId"].as_str().unwrap_or("").to_string();
            let resource = body["resourceId"].as_str().unwrap_or("").to_string();
            if body["consentType"] != "AllPrincipals" {
                return graph_error(400, "Request_BadRequest", "Invalid consentType.");
            }
            if d.grants
                .iter()
                .any(|x| x.client_id == client && x.resource_id == resource)
            {
                return graph_error(
                    409,
                    "Request_MultipleObjectsWithSameKeyValue",
                    "Permission entry already exists.",
                );
            }
            let gr = Grant {
                id: new_id(),
                client_id: client,
                resource_id: resource,
                scope: body["scope"].as_str().unwrap_or("").to_string(),
            };
            let v = grant_json(&gr);
            d.grants.push(gr);
            json_resp(201, v)
        }
        ("PATCH", ["oauth2PermissionGrants", id]) => {
            match d.grants.iter_mut().find(|x| x.id == *id) {
                Some(gr) => {
                    if let Some(s) = body["scope"].as_str() {
                        gr.scope = s.to_string();
                    }
                    no_content()
                }
                None => not_found(id),
            }
        }
        ("POST", ["applications", id, "addPassword"]) => {
            let Some(app) = d.apps.iter_mut().find(|a| a.id == *id) else {
                return not_found(id);
            };
            let pc = &body["passwordCredential"];
            let end = pc["endDateTime"]
                .as_str()
                .unwrap_or("2028-11-23T00:00:00Z")
                .to_string();
            let today = days_from_civil(TODAY.0, TODAY.1, TODAY.2);
            if let (Some(max), Some(end_days)) = (g.password_max_days, date_days(&end))
                && end_days - today > i64::from(max)
            {
                return graph_error(
                    400,
                    "Request_BadRequest",
                    "Credential lifetime exceeds the max value allowed as per assigned policy 'Contoso credential lifetime policy'.",
                );
            }
            let secret = format!(
                "Sim~{}{}",
                uuid::Uuid::new_v4().simple(),
                &uuid::Uuid::new_v4().simple().to_string()[..8]
            );
            let p = Password {
                key_id: new_id(),
                display_name: pc["displayName"].as_str().unwrap_or("").to_string(),
                hint: secret[..3].to_string(),
                secret: secret.clone(),
                start: "2026-11-23T10:00:00Z".into(),
                end,
                created: Instant::now(),
            };
            let v = json!({
                "customKeyIdentifier": null, "displayName": p.display_name, "endDateTime": p.end,
                "hint": p.hint, "keyId": p.key_id, "secretText": secret, "startDateTime": p.start
            });
            app.passwords.push(p);
            json_resp(200, v)
        }
        ("POST", ["applications", id, "removePassword"]) => {
            let Some(app) = d.apps.iter_mut().find(|a| a.id == *id) else {
                return not_found(id);
            };
            let key = body["keyId"].as_str().unwrap_or("");
            let before = app.passwords.len();
            app.passwords.retain(|p| p.key_id != key);
            if app.passwords.len() == before {
                return graph_error(
                    400,
                    "Request_BadRequest",
                    &format!("No credential with keyId '{key}' exists on the application."),
                );
            }
            no_content()
        }
        ("GET", ["servicePrincipals", id, "homeRealmDiscoveryPolicies"]) => {
            let Some(sp) = d.sps.iter().find(|s| s.id == *id) else {
                return not_found(id);
            };
            let value: Vec<Value> = d
                .policies
                .iter()
                .filter(|p| sp.policies.contains(&p.id))
                .map(policy_json)
                .collect();
            json_resp(200, json!({"value": value}))
        }
        ("POST", ["policies", "homeRealmDiscoveryPolicies"]) => {
            let definition: Vec<String> = body["definition"]
                .as_array()
                .map(|a| {
                    a.iter()
                        .filter_map(|x| x.as_str().map(str::to_string))
                        .collect()
                })
                .unwrap_or_default();
            let valid = definition.len() == 1
                && serde_json::from_str::<Value>(&definition[0])
                    .ok()
                    .is_some_and(|v| v["HomeRealmDiscoveryPolicy"].is_object());
            if !valid {
                return graph_error(
                    400,
                    "Request_BadRequest",
                    "Invalid value specified for property 'definition' of resource 'HomeRealmDiscoveryPolicy'.",
                );
            }
            let p = Policy {
                id: new_id(),
                display_name: body["displayName"].as_str().unwrap_or("").to_string(),
                definition,
            };
            let v = policy_json(&p);
            d.policies.push(p);
            json_resp(201, v)
        }
        (
            "POST",
            [
                "servicePrincipals",
                id,
                "homeRealmDiscoveryPolicies",
                "$ref",
            ],
        ) => {
            let target = body["@odata.id"].as_str().unwrap_or("");
            let policy_id = target.rsplit('/').next().unwrap_or("").to_string();
            if !d.policies.iter().any(|p| p.id == policy_id) {
                return not_found(&policy_id);
            }
            let Some(sp) = d.sps.iter_mut().find(|s| s.id == *id) else {
                return not_found(id);
            };
            if !sp.policies.is_empty() {
                return graph_error(
                    409,
                    "Request_BadRequest",
                    "Another policy of the same type is already assigned to the service principal.",
                );
            }
            sp.policies.push(policy_id);
            no_content()
        }
        ("GET", ["directory", "onPremisesSynchronization"]) => json_resp(
            200,
            json!({"value": [{"id": DEMO.tenant_id, "features": {"passwordSyncEnabled": g.password_hash_sync}}]}),
        ),
        ("GET", ["policies", "defaultAppManagementPolicy"]) => {
            let restrictions: Vec<Value> = g
                .password_max_days
                .map(|d| {
                    vec![json!({"restrictionType": "passwordLifetime", "maxLifetime": format!("P{d}D"),
                                 "restrictForAppsCreatedAfterDateTime": "2020-01-01T00:00:00Z"})]
                })
                .unwrap_or_default();
            json_resp(
                200,
                json!({"id": "00000000-0000-0000-0000-000000000000", "displayName": "Default app management tenant policy",
                       "isEnabled": g.password_max_days.is_some(),
                       "applicationRestrictions": {"passwordCredentials": restrictions, "keyCredentials": []}}),
            )
        }
        _ => graph_error(
            400,
            "BadRequest",
            &format!("Resource not found for the segment '{}'.", segs[0]),
        ),
    }
}

fn patch_app(a: &mut App, body: &Value) {
    if let Some(n) = body["displayName"].as_str() {
        a.display_name = n.to_string();
    }
    if let Some(r) = body.get("requiredResourceAccess") {
        a.required_resource_access = r.clone();
    }
    if let Some(p) = body["isFallbackPublicClient"].as_bool() {
        a.is_fallback_public_client = p;
    }
}

/// For the token endpoint: is `client_id` an app of this directory, does it accept `secret`
/// (`Err(true)`: a new secret still replicating), and does it have consent on Dynamics CRM?
pub fn app_sign_in(
    state: &GraphState,
    g: &GraphConfig,
    client_id: &str,
    secret: &str,
) -> Option<Result<bool, bool>> {
    let mut d = state.0.lock().expect("graph");
    seed(&mut d, g);
    let app = d.apps.iter().find(|a| a.app_id == client_id)?;
    let Some(p) = app.passwords.iter().find(|p| p.secret == secret) else {
        return Some(Err(false));
    };
    if p.created.elapsed() < g.replication {
        return Some(Err(true));
    }
    let sp = d.sps.iter().find(|s| s.app_id == client_id);
    let consent = sp.is_some_and(|sp| {
        d.grants.iter().any(|gr| {
            gr.client_id == sp.id
                && gr.resource_id == DYNAMICS_SP_ID
                && gr.scope.split(' ').any(|s| s == "user_impersonation")
        })
    });
    Some(Ok(consent))
}

/// The HRD policy that lets Azure AD check passwords for `client_id`'s service principal.
pub fn app_allows_cloud_passwords(state: &GraphState, client_id: &str) -> bool {
    let d = state.0.lock().expect("graph");
    let Some(sp) = d.sps.iter().find(|s| s.app_id == client_id) else {
        return false;
    };
    d.policies.iter().any(|p| {
        sp.policies.contains(&p.id)
            && p.definition.iter().any(|x| {
                x.replace(' ', "")
                    .contains("\"AllowCloudPasswordValidation\":true")
            })
    })
}

/// A snapshot of the directory (tests).
pub fn snapshot(state: &GraphState) -> (Vec<App>, Vec<Sp>, Vec<Grant>, Vec<Policy>) {
    let d = state.0.lock().expect("graph");
    (
        d.apps.clone(),
        d.sps.clone(),
        d.grants.clone(),
        d.policies.clone(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_and_filters() {
        assert_eq!(
            key_of(
                "applications(uniqueName='dynsync-x')",
                "applications(uniqueName"
            ),
            Some("dynsync-x")
        );
        assert_eq!(
            filter_value("clientId eq 'a' and resourceId eq 'b'", "resourceId"),
            Some("b".into())
        );
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(
            date_days("2027-05-22T00:00:00Z").unwrap() - date_days("2026-11-23").unwrap(),
            180
        );
    }
}
