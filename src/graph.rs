//! Microsoft Graph (v1.0), as far as the app registration needs it (the recipe in the README's
//! "Admin sign-in" section): the Dynamics CRM service principal and its `user_impersonation`
//! scope, the application (upserted by `uniqueName`), its service principal, the tenant-wide
//! delegated grant, client secrets, Home Realm Discovery policies. One request per call, no
//! hidden retries of writes; a refusal (`Authorization_RequestDenied`) comes back typed so the
//! caller can name the operation and the directory role.

use secrecy::{ExposeSecret, SecretString};
use serde::Deserialize;
use serde_json::{Value, json};

use crate::http::{Http, HttpError, Response, Retry};

/// Dynamics CRM's application id, the same in every tenant.
pub const DYNAMICS_APP_ID: &str = "00000007-0000-0000-c000-000000000000";

/// What a Graph call can end with besides its answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GraphError {
    /// 403 `Authorization_RequestDenied` (or another 403): the admin lacks the role.
    Denied { code: String, message: String },
    /// 404, or a 400 saying the object is not there (yet): replication, or really missing.
    NotFound { message: String },
    /// Any other 4xx: Graph's code and message.
    Refused {
        status: u16,
        code: String,
        message: String,
    },
    /// The request did not get a usable answer (network, 5xx, not JSON).
    Http(HttpError),
}

impl std::fmt::Display for GraphError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            GraphError::Denied { code, message } => write!(f, "{code}: {message}"),
            GraphError::NotFound { message } => f.write_str(message),
            GraphError::Refused {
                status,
                code,
                message,
            } => write!(f, "HTTP {status} {code}: {message}"),
            GraphError::Http(e) => write!(f, "{e}"),
        }
    }
}

impl From<HttpError> for GraphError {
    fn from(e: HttpError) -> Self {
        GraphError::Http(e)
    }
}

pub type GraphResult<T> = Result<T, GraphError>;

/// The Dynamics CRM service principal and its `user_impersonation` scope id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResourceSp {
    pub id: String,
    pub scope_id: String,
}

#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct PasswordInfo {
    pub key_id: String,
    #[serde(default)]
    pub display_name: Option<String>,
    #[serde(default)]
    pub hint: Option<String>,
    #[serde(default)]
    pub start_date_time: Option<String>,
    #[serde(default)]
    pub end_date_time: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct App {
    pub id: String,
    pub app_id: String,
    #[serde(default)]
    pub display_name: Option<String>,
    #[serde(default)]
    pub unique_name: Option<String>,
    #[serde(default)]
    pub required_resource_access: Vec<Value>,
    #[serde(default)]
    pub is_fallback_public_client: Option<bool>,
    #[serde(default)]
    pub password_credentials: Vec<PasswordInfo>,
}

#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct ServicePrincipal {
    pub id: String,
    pub app_id: String,
}

#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct Grant {
    pub id: String,
    pub client_id: String,
    pub resource_id: String,
    #[serde(default)]
    pub scope: Option<String>,
}

impl Grant {
    pub fn has_scope(&self, scope: &str) -> bool {
        self.scope
            .as_deref()
            .unwrap_or("")
            .split_whitespace()
            .any(|s| s.eq_ignore_ascii_case(scope))
    }
}

#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct HrdPolicy {
    pub id: String,
    #[serde(default)]
    pub display_name: Option<String>,
    #[serde(default)]
    pub definition: Vec<String>,
}

impl HrdPolicy {
    /// Whether the policy lets Azure AD check cloud passwords (`AllowCloudPasswordValidation`).
    pub fn allows_cloud_passwords(&self) -> bool {
        self.definition.iter().any(|d| {
            serde_json::from_str::<Value>(d).ok().is_some_and(|v| {
                v.pointer("/HomeRealmDiscoveryPolicy/AllowCloudPasswordValidation")
                    .and_then(Value::as_bool)
                    == Some(true)
            })
        })
    }
}

/// A new client secret: its Value only here, held undisplayable.
pub struct NewSecret {
    pub value: SecretString,
    pub info: PasswordInfo,
}

impl std::fmt::Debug for NewSecret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NewSecret")
            .field("info", &self.info)
            .finish_non_exhaustive()
    }
}

/// The `HomeRealmDiscoveryPolicy` definition that lets Azure AD check the sync user's password
/// for a federated domain (an array of one JSON string, as Graph wants it).
pub fn hrd_definition() -> String {
    r#"{"HomeRealmDiscoveryPolicy":{"AllowCloudPasswordValidation":true}}"#.to_string()
}

/// `requiredResourceAccess` with Dynamics CRM's `user_impersonation` added to what is there:
/// other APIs and other permissions are kept (a PATCH replaces the whole collection). `None`
/// when it is already there.
pub fn with_user_impersonation(existing: &[Value], scope_id: &str) -> Option<Vec<Value>> {
    let mut out = existing.to_vec();
    let entry = json!({"id": scope_id, "type": "Scope"});
    match out
        .iter_mut()
        .find(|r| r["resourceAppId"].as_str() == Some(DYNAMICS_APP_ID))
    {
        Some(r) => {
            let access = r["resourceAccess"].as_array().cloned().unwrap_or_default();
            if access.iter().any(|a| {
                a["id"]
                    .as_str()
                    .is_some_and(|i| i.eq_ignore_ascii_case(scope_id))
            }) {
                return None;
            }
            let mut access = access;
            access.push(entry);
            r["resourceAccess"] = Value::Array(access);
        }
        None => out.push(json!({"resourceAppId": DYNAMICS_APP_ID, "resourceAccess": [entry]})),
    }
    Some(out)
}

/// A Graph client with the admin's token for this run.
pub struct Graph {
    http: Http,
    base: String,
    token: SecretString,
}

impl Graph {
    /// `host` is Graph's base URL (`https://graph.microsoft.com`, a sovereign cloud's, or
    /// `--graph-host`).
    pub fn new(http: Http, host: &str, token: SecretString) -> Graph {
        Graph {
            http,
            base: format!("{}/v1.0", host.trim_end_matches('/')),
            token,
        }
    }

    /// The `@odata.id` of an HRD policy.
    pub fn policy_ref(&self, id: &str) -> String {
        format!("{}/policies/homeRealmDiscoveryPolicies/{id}", self.base)
    }

    async fn call(
        &self,
        method: reqwest::Method,
        path: &str,
        body: Option<Value>,
        extra: &[(&str, &str)],
    ) -> GraphResult<Response> {
        let auth = format!("Bearer {}", self.token.expose_secret());
        let mut headers = vec![
            ("Authorization", auth.as_str()),
            ("Accept", "application/json"),
        ];
        headers.extend_from_slice(extra);
        let retry = if method == reqwest::Method::GET {
            Retry::Get
        } else {
            // A write is sent once more only after a 429 or 5xx (never after a 4xx).
            Retry::Token
        };
        let body = body.map(|b| ("application/json", b.to_string().into_bytes()));
        let resp = self
            .http
            .send(
                method,
                &format!("{}/{path}", self.base),
                &headers,
                body,
                retry,
            )
            .await?;
        if resp.status < 300 {
            return Ok(resp);
        }
        Err(read_error(&resp))
    }

    async fn get_json(&self, path: &str) -> GraphResult<Value> {
        Ok(self
            .call(reqwest::Method::GET, path, None, &[])
            .await?
            .json()?)
    }

    /// Step 1: Dynamics CRM's service principal and its `user_impersonation` scope id, read
    /// from `oauth2PermissionScopes`.
    pub async fn dynamics_sp(&self) -> GraphResult<ResourceSp> {
        let v = self
            .get_json(&format!(
                "servicePrincipals(appId='{DYNAMICS_APP_ID}')?$select=id,oauth2PermissionScopes"
            ))
            .await?;
        let id = v["id"].as_str().unwrap_or("").to_string();
        let scope_id = v["oauth2PermissionScopes"]
            .as_array()
            .and_then(|a| {
                a.iter()
                    .find(|s| s["value"].as_str() == Some("user_impersonation"))
            })
            .and_then(|s| s["id"].as_str())
            .unwrap_or("")
            .to_string();
        if id.is_empty() || scope_id.is_empty() {
            return Err(GraphError::NotFound {
                message: "Dynamics CRM user_impersonation".into(),
            });
        }
        Ok(ResourceSp { id, scope_id })
    }

    pub async fn app_by_id(&self, object_id: &str) -> GraphResult<Option<App>> {
        optional(
            self.get_json(&format!("applications/{}", seg(object_id)))
                .await,
        )
        .and_then(|v| v.map(|v| from_value(&v)).transpose())
    }

    pub async fn app_by_unique_name(&self, name: &str) -> GraphResult<Option<App>> {
        optional(
            self.get_json(&format!("applications(uniqueName='{}')", seg(name)))
                .await,
        )
        .and_then(|v| v.map(|v| from_value(&v)).transpose())
    }

    pub async fn app_by_app_id(&self, app_id: &str) -> GraphResult<Option<App>> {
        optional(
            self.get_json(&format!("applications(appId='{}')", seg(app_id)))
                .await,
        )
        .and_then(|v| v.map(|v| from_value(&v)).transpose())
    }

    /// Step 2: `PATCH /applications(uniqueName='…')` with `Prefer: create-if-missing`: the app
    /// and whether this call created it.
    pub async fn upsert_app(&self, unique_name: &str, body: Value) -> GraphResult<(App, bool)> {
        let path = format!("applications(uniqueName='{}')", seg(unique_name));
        let resp = self
            .call(
                reqwest::Method::PATCH,
                &path,
                Some(body),
                &[("Prefer", "create-if-missing")],
            )
            .await?;
        if resp.status == 201 {
            return Ok((parse(&resp)?, true));
        }
        match self.app_by_unique_name(unique_name).await? {
            Some(app) => Ok((app, false)),
            None => Err(GraphError::NotFound {
                message: unique_name.to_string(),
            }),
        }
    }

    /// Change an existing application (by object id).
    pub async fn patch_app(&self, object_id: &str, body: Value) -> GraphResult<()> {
        self.call(
            reqwest::Method::PATCH,
            &format!("applications/{}", seg(object_id)),
            Some(body),
            &[],
        )
        .await
        .map(|_| ())
    }

    pub async fn sp_by_app_id(&self, app_id: &str) -> GraphResult<Option<ServicePrincipal>> {
        optional(
            self.get_json(&format!("servicePrincipals(appId='{}')", seg(app_id)))
                .await,
        )
        .and_then(|v| v.map(|v| from_value(&v)).transpose())
    }

    /// Step 3: `POST /servicePrincipals`. A new app not replicated yet answers
    /// [`GraphError::NotFound`] (404, or 400 "does not reference a valid application object").
    pub async fn create_sp(&self, app_id: &str) -> GraphResult<ServicePrincipal> {
        let resp = self
            .call(
                reqwest::Method::POST,
                "servicePrincipals",
                Some(json!({"appId": app_id})),
                &[],
            )
            .await?;
        parse(&resp)
    }

    /// Step 4: the grants of `client_sp` on `resource_sp`.
    pub async fn grants(&self, client_sp: &str, resource_sp: &str) -> GraphResult<Vec<Grant>> {
        let v = self
            .get_json(&format!(
                "oauth2PermissionGrants?$filter={}",
                query_escape(&format!(
                    "clientId eq '{client_sp}' and resourceId eq '{resource_sp}'"
                ))
            ))
            .await?;
        list(&v)
    }

    pub async fn create_grant(
        &self,
        client_sp: &str,
        resource_sp: &str,
        scope: &str,
    ) -> GraphResult<Grant> {
        let resp = self
            .call(
                reqwest::Method::POST,
                "oauth2PermissionGrants",
                Some(
                    json!({"clientId": client_sp, "consentType": "AllPrincipals",
                            "resourceId": resource_sp, "scope": scope}),
                ),
                &[],
            )
            .await?;
        parse(&resp)
    }

    /// Set a grant's scopes (the caller passes the existing ones plus the new one).
    pub async fn set_grant_scope(&self, grant_id: &str, scope: &str) -> GraphResult<()> {
        self.call(
            reqwest::Method::PATCH,
            &format!("oauth2PermissionGrants/{}", seg(grant_id)),
            Some(json!({"scope": scope})),
            &[],
        )
        .await
        .map(|_| ())
    }

    /// Step 5: `addPassword`. The Value is in this answer only.
    pub async fn add_password(
        &self,
        object_id: &str,
        display_name: &str,
        end: &str,
    ) -> GraphResult<NewSecret> {
        let resp = self
            .call(
                reqwest::Method::POST,
                &format!("applications/{}/addPassword", seg(object_id)),
                Some(json!({"passwordCredential": {"displayName": display_name, "endDateTime": end}})),
                &[],
            )
            .await?;
        let mut v = resp.json()?;
        let value = v
            .get_mut("secretText")
            .and_then(|s| s.as_str().map(str::to_string))
            .ok_or(GraphError::Http(HttpError::NotJson {
                host: resp.host.clone(),
                status: resp.status,
            }))?;
        if let Some(obj) = v.as_object_mut() {
            obj.remove("secretText");
        }
        Ok(NewSecret {
            value: SecretString::from(value),
            info: from_value(&v)?,
        })
    }

    pub async fn remove_password(&self, object_id: &str, key_id: &str) -> GraphResult<()> {
        self.call(
            reqwest::Method::POST,
            &format!("applications/{}/removePassword", seg(object_id)),
            Some(json!({"keyId": key_id})),
            &[],
        )
        .await
        .map(|_| ())
    }

    /// The tenant's cap on password lifetimes (`P180D`…), when its default app management
    /// policy sets one and Graph lets the admin read it.
    pub async fn password_lifetime_cap(&self) -> Option<String> {
        let v = self
            .get_json("policies/defaultAppManagementPolicy")
            .await
            .ok()?;
        v.pointer("/applicationRestrictions/passwordCredentials")?
            .as_array()?
            .iter()
            .find(|r| r["restrictionType"] == "passwordLifetime")?
            .get("maxLifetime")?
            .as_str()
            .map(str::to_string)
    }

    /// Step 6: the HRD policies assigned to a service principal.
    pub async fn sp_hrd_policies(&self, sp_id: &str) -> GraphResult<Vec<HrdPolicy>> {
        let v = self
            .get_json(&format!(
                "servicePrincipals/{}/homeRealmDiscoveryPolicies",
                seg(sp_id)
            ))
            .await?;
        list(&v)
    }

    pub async fn create_hrd_policy(&self, display_name: &str) -> GraphResult<HrdPolicy> {
        let resp = self
            .call(
                reqwest::Method::POST,
                "policies/homeRealmDiscoveryPolicies",
                Some(
                    json!({"definition": [hrd_definition()], "displayName": display_name,
                            "isOrganizationDefault": false}),
                ),
                &[],
            )
            .await?;
        parse(&resp)
    }

    pub async fn assign_hrd_policy(&self, sp_id: &str, policy_id: &str) -> GraphResult<()> {
        self.call(
            reqwest::Method::POST,
            &format!(
                "servicePrincipals/{}/homeRealmDiscoveryPolicies/$ref",
                seg(sp_id)
            ),
            Some(json!({"@odata.id": self.policy_ref(policy_id)})),
            &[],
        )
        .await
        .map(|_| ())
    }

    /// Whether password hash sync is on, where Graph says.
    pub async fn password_hash_sync(&self) -> Option<bool> {
        let v = self
            .get_json("directory/onPremisesSynchronization")
            .await
            .ok()?;
        let first = v["value"].as_array()?.first()?.clone();
        first.pointer("/features/passwordSyncEnabled")?.as_bool()
    }
}

fn seg(s: &str) -> String {
    crate::azure::url_escape(s).replace("%27", "''")
}

fn query_escape(s: &str) -> String {
    crate::azure::url_escape(s)
}

fn parse<T: serde::de::DeserializeOwned>(resp: &Response) -> GraphResult<T> {
    from_value(&resp.json()?).map_err(|_| {
        GraphError::Http(HttpError::NotJson {
            host: resp.host.clone(),
            status: resp.status,
        })
    })
}

fn from_value<T: serde::de::DeserializeOwned>(v: &Value) -> GraphResult<T> {
    T::deserialize(v).map_err(|e| {
        GraphError::Http(HttpError::Other {
            host: "graph".into(),
            detail: e.to_string(),
        })
    })
}

fn list<T: serde::de::DeserializeOwned>(v: &Value) -> GraphResult<Vec<T>> {
    v["value"]
        .as_array()
        .map(|a| a.iter().map(from_value).collect())
        .unwrap_or_else(|| Ok(Vec::new()))
}

fn optional<T>(r: GraphResult<T>) -> GraphResult<Option<T>> {
    match r {
        Ok(v) => Ok(Some(v)),
        Err(GraphError::NotFound { .. }) => Ok(None),
        Err(e) => Err(e),
    }
}

impl App {
    pub fn from_json(v: &Value) -> GraphResult<App> {
        from_value(v)
    }
}

/// Graph's error body `{"error":{"code","message","innerError":{…}}}`, typed.
fn read_error(resp: &Response) -> GraphError {
    let v: Option<Value> = serde_json::from_slice(&resp.body).ok();
    let code = v
        .as_ref()
        .and_then(|v| v.pointer("/error/code"))
        .and_then(Value::as_str)
        .unwrap_or("")
        .to_string();
    let message = v
        .as_ref()
        .and_then(|v| v.pointer("/error/message"))
        .and_then(Value::as_str)
        .unwrap_or("")
        .lines()
        .next()
        .unwrap_or("")
        .chars()
        .take(300)
        .collect::<String>();
    match resp.status {
        403 => GraphError::Denied { code, message },
        404 => GraphError::NotFound { message },
        400 if message.contains("does not reference a valid application object")
            || code == "Request_ResourceNotFound" =>
        {
            GraphError::NotFound { message }
        }
        s if (400..500).contains(&s) && !code.is_empty() => GraphError::Refused {
            status: s,
            code,
            message,
        },
        _ => GraphError::Http(resp.unexpected()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn resp(status: u16, body: &str) -> Response {
        Response {
            status,
            headers: Default::default(),
            body: body.as_bytes().to_vec(),
            host: "graph.microsoft.com".into(),
        }
    }

    #[test]
    fn graph_errors_are_typed() {
        let denied = r#"{"error":{"code":"Authorization_RequestDenied","message":"Insufficient privileges to complete the operation.","innerError":{"date":"2026-11-23T10:00:00","request-id":"r","client-request-id":"c"}}}"#;
        assert_eq!(
            read_error(&resp(403, denied)),
            GraphError::Denied {
                code: "Authorization_RequestDenied".into(),
                message: "Insufficient privileges to complete the operation.".into()
            }
        );
        let replicating = r#"{"error":{"code":"Request_BadRequest","message":"The appId 'x' of the service principal does not reference a valid application object."}}"#;
        assert!(matches!(
            read_error(&resp(400, replicating)),
            GraphError::NotFound { .. }
        ));
        assert!(matches!(
            read_error(&resp(
                400,
                r#"{"error":{"code":"Request_BadRequest","message":"no"}}"#
            )),
            GraphError::Refused { status: 400, .. }
        ));
        assert!(matches!(
            read_error(&resp(502, "upstream")),
            GraphError::Http(_)
        ));
    }

    #[test]
    fn user_impersonation_is_added_and_other_permissions_kept() {
        let graph = json!({"resourceAppId": "00000003-0000-0000-c000-000000000000",
                           "resourceAccess": [{"id": "e1fe6dd8-ba31-4d61-89e7-88639da4683d", "type": "Scope"}]});
        let out = with_user_impersonation(std::slice::from_ref(&graph), "s-1").unwrap();
        assert_eq!(out.len(), 2);
        assert_eq!(out[0], graph);
        assert_eq!(out[1]["resourceAppId"], DYNAMICS_APP_ID);
        assert_eq!(with_user_impersonation(&out, "S-1"), None);
        let dyn_other = json!({"resourceAppId": DYNAMICS_APP_ID, "resourceAccess": [{"id": "other", "type": "Scope"}]});
        let out = with_user_impersonation(&[dyn_other], "s-1").unwrap();
        assert_eq!(out[0]["resourceAccess"].as_array().unwrap().len(), 2);
    }

    #[test]
    fn hrd_definitions() {
        let p = HrdPolicy {
            id: "p".into(),
            display_name: None,
            definition: vec![hrd_definition()],
        };
        assert!(p.allows_cloud_passwords());
        let q = HrdPolicy {
            definition: vec![
                r#"{"HomeRealmDiscoveryPolicy":{"AllowCloudPasswordValidation":false}}"#.into(),
            ],
            ..p
        };
        assert!(!q.allows_cloud_passwords());
    }
}
