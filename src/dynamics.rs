//! Dataverse (Dynamics 365) Web API queries made with the sync user's token: the same things
//! Marketo's "Validate Sync Setup" looks at, asked from outside Marketo.

use serde_json::Value;

use crate::http::{Http, HttpError};
use crate::input::OrgUrl;
use crate::secrets::Secret;

/// The display name the Marketo solution is imported under (its unique name is not published).
pub const SOLUTION_NAME: &str = "Marketo Lead Management";
/// The security role the solution ships for the sync user.
pub const SYNC_ROLE: &str = "Marketo Sync User";
/// From this solution version on, only the sync user needs the role.
pub const MIN_SOLUTION_VERSION: [u32; 4] = [4, 0, 0, 14];
/// `usersettings.uilanguageid` of English (United States).
pub const ENGLISH_LCID: i64 = 1033;

/// The UI language of a `systemusers` row read with its `user_settings` expanded, when it is
/// set and not English (the sync needs English).
pub fn non_english_ui_language(row: &serde_json::Value) -> Option<i64> {
    row.get("user_settings")
        .and_then(|s| s.as_array())
        .and_then(|s| s.first())
        .and_then(|s| s.get("uilanguageid"))
        .and_then(|v| v.as_i64())
        .filter(|&l| l != ENGLISH_LCID && l != 0)
}

/// A Dataverse answer: the status, and the JSON body when there is one.
#[derive(Debug, Clone)]
pub struct Answer {
    pub status: u16,
    pub json: Option<Value>,
}

impl Answer {
    pub fn ok(&self) -> Option<&Value> {
        if self.status == 200 {
            self.json.as_ref()
        } else {
            None
        }
    }

    /// The rows of a collection answer (`value`), when the request succeeded.
    pub fn rows(&self) -> Option<&Vec<Value>> {
        self.ok()
            .and_then(|v| v.get("value"))
            .and_then(|v| v.as_array())
    }

    pub fn denied(&self) -> bool {
        self.status == 401 || self.status == 403
    }

    /// Dataverse's own error message, if the body carries one.
    /// " — {message}" when Dataverse said why, for a summary line; "" otherwise.
    pub fn note(&self) -> String {
        self.message()
            .map(|m| format!(" — {m}"))
            .unwrap_or_default()
    }

    pub fn message(&self) -> Option<String> {
        self.full_message()
            .map(|s| s.lines().next().unwrap_or("").to_string())
    }

    fn full_message(&self) -> Option<&str> {
        self.json.as_ref()?.pointer("/error/message")?.as_str()
    }

    /// Dataverse's error code (`error.code`, e.g. `0x80072560`), read as a number: hexadecimal
    /// with `0x`, or the signed decimal HRESULT some endpoints send (-2147220960).
    pub fn error_code(&self) -> Option<u32> {
        let code = self.json.as_ref()?.pointer("/error/code")?;
        match code {
            Value::String(s) => parse_code(s),
            Value::Number(n) => n.as_i64().and_then(|n| {
                if n < 0 {
                    i32::try_from(n).ok().map(|n| n as u32)
                } else {
                    u32::try_from(n).ok()
                }
            }),
            _ => None,
        }
    }

    /// The privilege a "missing privilege" message names (`prvReadSolution`), if it names one.
    pub fn privilege(&self) -> Option<String> {
        privilege_in(self.full_message()?)
    }

    /// Why Dataverse refused (401 or 403), decided from its error code; `None` for any other
    /// status.
    pub fn refusal(&self) -> Option<Refusal> {
        if !self.denied() {
            return None;
        }
        Some(match self.error_code() {
            Some(NOT_A_MEMBER) => Refusal::NotMember,
            Some(MISSING_PRIVILEGE) => Refusal::MissingPrivilege(self.privilege()),
            _ => Refusal::Other(self.message().filter(|m| !m.trim().is_empty())),
        })
    }
}

/// Dataverse's error code for a user who is not a member of the environment ("The user is not a
/// member of the organization"), sent with 403.
pub const NOT_A_MEMBER: u32 = 0x8007_2560;
/// Dataverse's error code for a missing privilege ("Principal user (Id=…) is missing prv…
/// privilege …").
pub const MISSING_PRIVILEGE: u32 = 0x8004_0220;

/// Why Dataverse refused a request (401 or 403).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// `0x80072560`: the user is not a member of the environment.
    NotMember,
    /// `0x80040220`: the user lacks a privilege; the one the message names, when it names one.
    MissingPrivilege(Option<String>),
    /// Any other refusal: Dataverse's message (its first line), when it sent one.
    Other(Option<String>),
}

/// An error code as Dataverse writes it: `0x80040220` (any case) or a decimal HRESULT.
fn parse_code(s: &str) -> Option<u32> {
    let s = s.trim();
    if let Some(hex) = s.strip_prefix("0x").or_else(|| s.strip_prefix("0X")) {
        return u32::from_str_radix(hex, 16).ok();
    }
    s.parse::<i32>()
        .map(|n| n as u32)
        .ok()
        .or_else(|| s.parse::<u32>().ok())
}

/// The first privilege name in a message: a word `prv` followed by a capital letter
/// (`prvReadSolution`, also after `PrivilegeName: `).
fn privilege_in(message: &str) -> Option<String> {
    let bytes = message.as_bytes();
    let mut from = 0;
    while let Some(i) = message[from..].find("prv").map(|i| i + from) {
        let starts_word = i == 0 || !(bytes[i - 1].is_ascii_alphanumeric() || bytes[i - 1] == b'_');
        if starts_word && bytes.get(i + 3).is_some_and(u8::is_ascii_uppercase) {
            let end = message[i..]
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                .map_or(message.len(), |n| i + n);
            return Some(message[i..end].to_string());
        }
        from = i + 3;
    }
    None
}

pub type DvResult = Result<Answer, HttpError>;

/// Dataverse's answer to a write: the status, Dataverse's error (when it sent one), and the
/// record a create made (`OData-EntityId`).
#[derive(Debug, Clone)]
pub struct WriteAnswer {
    pub status: u16,
    pub answer: Answer,
    pub entity_id: Option<String>,
}

impl WriteAnswer {
    pub fn ok(&self) -> bool {
        (200..300).contains(&self.status)
    }
}

/// How the sync user's `systemusers` row is found.
#[derive(Debug, Clone)]
pub enum UserKey {
    /// The token's `oid` claim (no need to wait for WhoAmI).
    AadObjectId(String),
    /// `WhoAmI`'s `UserId`.
    SystemUserId(String),
    /// The application user of an app registration (S2S): `applicationid` = the client ID.
    ApplicationId(String),
}

impl UserKey {
    /// The OData condition on a `systemuser` that finds this user (`prefix`: a lambda variable
    /// such as `u/`, or "").
    fn condition(&self, prefix: &str) -> String {
        match self {
            UserKey::AadObjectId(oid) => format!("{prefix}azureactivedirectoryobjectid eq {oid}"),
            UserKey::SystemUserId(id) => format!("{prefix}systemuserid eq {id}"),
            UserKey::ApplicationId(id) => format!("{prefix}applicationid eq {id}"),
        }
    }
}

pub struct Dataverse<'a> {
    http: &'a Http,
    org: &'a OrgUrl,
    auth: String,
}

impl<'a> Dataverse<'a> {
    pub fn new(http: &'a Http, org: &'a OrgUrl, token: &Secret) -> Self {
        Dataverse {
            http,
            org,
            auth: format!("Bearer {}", token.expose()),
        }
    }

    async fn get_with(&self, path: &str, prefer: Option<&str>) -> DvResult {
        let mut headers = vec![
            ("Authorization", self.auth.as_str()),
            ("Accept", "application/json"),
            ("OData-MaxVersion", "4.0"),
            ("OData-Version", "4.0"),
        ];
        if let Some(p) = prefer {
            headers.push(("Prefer", p));
        }
        let resp = self.http.get(&self.org.api(path), &headers).await?;
        if resp.status >= 500 || resp.status == 429 {
            return Err(resp.unexpected());
        }
        let json = if resp.body.is_empty() {
            None
        } else {
            match serde_json::from_slice(&resp.body) {
                Ok(v) => Some(v),
                Err(_) if resp.status == 200 => {
                    return Err(HttpError::NotJson {
                        host: resp.host,
                        status: resp.status,
                    });
                }
                Err(_) => None,
            }
        };
        if resp.status == 200 && json.is_none() {
            return Err(HttpError::NotJson {
                host: resp.host,
                status: resp.status,
            });
        }
        Ok(Answer {
            status: resp.status,
            json,
        })
    }

    async fn get(&self, path: &str) -> DvResult {
        self.get_with(path, None).await
    }

    /// The full URL of a path under `/api/data/v9.2/` (an `@odata.id` reference).
    pub fn url(&self, path: &str) -> String {
        self.org.api(path)
    }

    /// Any read, by its path under `/api/data/v9.2/` (the admin's queries, `dynamics_admin`).
    pub async fn read(&self, path: &str) -> DvResult {
        self.get(path).await
    }

    /// A write (POST or PATCH) with a JSON body. A PATCH carries `If-Match: *`, so it updates
    /// the record and never creates one. Sent once; repeated only after a 429 or 5xx.
    pub async fn write(
        &self,
        method: reqwest::Method,
        path: &str,
        body: &Value,
    ) -> Result<WriteAnswer, HttpError> {
        let mut headers = vec![
            ("Authorization", self.auth.as_str()),
            ("Accept", "application/json"),
            ("OData-MaxVersion", "4.0"),
            ("OData-Version", "4.0"),
        ];
        if method == reqwest::Method::PATCH {
            headers.push(("If-Match", "*"));
        }
        let bytes = serde_json::to_vec(body).unwrap_or_default();
        let resp = self
            .http
            .send(
                method,
                &self.org.api(path),
                &headers,
                Some(("application/json", bytes)),
                crate::http::Retry::Token,
            )
            .await?;
        if resp.status >= 500 || resp.status == 429 {
            return Err(resp.unexpected());
        }
        let entity_id = resp
            .header("OData-EntityId")
            .and_then(|u| u.rsplit_once('(').map(|(_, id)| id.trim_end_matches(')')))
            .and_then(crate::input::parse_guid);
        Ok(WriteAnswer {
            status: resp.status,
            answer: Answer {
                status: resp.status,
                json: serde_json::from_slice(&resp.body).ok(),
            },
            entity_id,
        })
    }

    /// `WhoAmI`: proves the URL is a Dataverse org that accepts this user's token.
    pub async fn whoami(&self) -> DvResult {
        self.get("WhoAmI").await
    }

    /// The sync user's row with its direct roles and UI language.
    pub async fn user(&self, key: &UserKey) -> DvResult {
        let select = "$select=systemuserid,fullname,domainname,isdisabled,accessmode,islicensed,azureactivedirectoryobjectid,applicationid,internalemailaddress,_businessunitid_value";
        let expand = "$expand=systemuserroles_association($select=name,roleid),user_settings($select=uilanguageid)";
        self.get(&format!(
            "systemusers?{select}&$filter={}&{expand}",
            key.condition("")
        ))
        .await
    }

    /// Teams the user belongs to, with the roles each team gives.
    pub async fn team_roles(&self, key: &UserKey) -> DvResult {
        let cond = key.condition("u/");
        self.get(&format!(
            "teams?$select=name&$filter=teammembership_association/any(u:{cond})&$expand=teamroles_association($select=name)"
        ))
        .await
    }

    pub async fn solution(&self) -> DvResult {
        self.get(&format!(
            "solutions?$select=solutionid,uniquename,friendlyname,version,ismanaged&$filter=friendlyname eq '{}'",
            SOLUTION_NAME.replace(' ', "%20")
        ))
        .await
    }

    /// The solution's plug-in steps (solution component type 92) with their state, in one query.
    pub async fn steps(&self) -> DvResult {
        let fetch = format!(
            concat!(
                "<fetch><entity name='sdkmessageprocessingstep'><attribute name='name'/><attribute name='statecode'/>",
                "<link-entity name='solutioncomponent' from='objectid' to='sdkmessageprocessingstepid'>",
                "<filter><condition attribute='componenttype' operator='eq' value='92'/></filter>",
                "<link-entity name='solution' from='solutionid' to='solutionid'>",
                "<filter><condition attribute='friendlyname' operator='eq' value='{}'/></filter>",
                "</link-entity></link-entity></entity></fetch>"
            ),
            SOLUTION_NAME
        );
        self.get(&format!(
            "sdkmessageprocessingsteps?fetchXml={}",
            crate::azure::url_escape(&fetch)
        ))
        .await
    }

    /// The tables (solution component type 1) the solution ships, to find "Marketo Config":
    /// its logical name is not published, so it is discovered rather than assumed.
    pub async fn solution_tables(&self) -> DvResult {
        let fetch = format!(
            concat!(
                "<fetch><entity name='entity'><attribute name='logicalname'/><attribute name='entitysetname'/>",
                "<attribute name='originallocalizedname'/>",
                "<link-entity name='solutioncomponent' from='objectid' to='entityid'>",
                "<filter><condition attribute='componenttype' operator='eq' value='1'/></filter>",
                "<link-entity name='solution' from='solutionid' to='solutionid'>",
                "<filter><condition attribute='friendlyname' operator='eq' value='{}'/></filter>",
                "</link-entity></link-entity></entity></fetch>"
            ),
            SOLUTION_NAME
        );
        self.get(&format!(
            "entities?fetchXml={}",
            crate::azure::url_escape(&fetch)
        ))
        .await
    }

    /// The rows of the Marketo Config table, with lookup annotations (which table a lookup
    /// points at, and the display name of the row it names).
    pub async fn config_rows(&self, entity_set: &str) -> DvResult {
        self.get_with(
            &format!("{entity_set}?$top=20"),
            Some("odata.include-annotations=\"*\""),
        )
        .await
    }

    /// The documented way to the solution's tables, when the `entity` join is refused: the
    /// solution's components of type 1 (tables), their metadata ids in `objectid`.
    pub async fn solution_table_ids(&self, solution_id: &str) -> DvResult {
        self.get(&format!(
            "solutioncomponents?$filter=_solutionid_value eq {solution_id} and componenttype eq 1&$select=objectid"
        ))
        .await
    }

    /// One table's definition by its metadata id (the metadata API).
    pub async fn entity_definition(&self, metadata_id: &str) -> DvResult {
        self.get(&format!(
            "EntityDefinitions({metadata_id})?$select=LogicalName,EntitySetName,DisplayName"
        ))
        .await
    }

    pub async fn organization(&self) -> DvResult {
        self.get("RetrieveCurrentOrganization(AccessType=@p)?@p=Microsoft.Dynamics.CRM.EndpointAccessType'Default'")
            .await
    }
}

/// Pick the Marketo Config table among the solution's tables.
pub fn find_config_table(rows: &[Value]) -> Option<(String, String)> {
    rows.iter().find_map(|r| {
        let logical = r.get("logicalname")?.as_str()?;
        let set = r.get("entitysetname")?.as_str()?;
        let display = r
            .get("originallocalizedname")
            .and_then(|d| d.as_str())
            .unwrap_or("");
        let squashed: String = display
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .to_lowercase();
        (squashed == "marketoconfig" || logical.ends_with("marketoconfig"))
            .then(|| (logical.to_string(), set.to_string()))
    })
}

/// An `EntityDefinitions(…)` answer as a row of the `entity` join (`logicalname`,
/// `entitysetname`, `originallocalizedname`), for [`find_config_table`].
pub fn definition_as_row(def: &Value) -> Option<Value> {
    let logical = def.get("LogicalName")?.as_str()?;
    let set = def.get("EntitySetName")?.as_str()?;
    let display = def
        .pointer("/DisplayName/UserLocalizedLabel/Label")
        .and_then(|l| l.as_str())
        .unwrap_or("");
    Some(serde_json::json!({
        "logicalname": logical,
        "entitysetname": set,
        "originallocalizedname": display,
    }))
}

/// The installed solution's id and version from the `solutions` answer, when it is installed
/// and readable.
pub fn installed_solution(r: &DvResult) -> Option<(String, String)> {
    let row = r.as_ref().ok()?.rows()?.first()?;
    let id = row.get("solutionid")?.as_str()?.to_string();
    let version = row
        .get("version")
        .and_then(|v| v.as_str())
        .unwrap_or("")
        .to_string();
    Some((id, version))
}

/// Whether an answer to the `entity` join is a refusal of the query itself (any 4xx, or an
/// error body in place of rows), to be retried through the metadata API.
pub fn join_refused(r: &DvResult) -> bool {
    match r {
        Ok(a) => a.status >= 400 || a.rows().is_none(),
        Err(HttpError::Unexpected { status, .. }) => *status >= 400,
        Err(_) => false,
    }
}

pub use crate::report::ConfigTable;

/// Lookups every row has; the Marketo User lookup is the other one that points at a user.
const SYSTEM_LOOKUPS: [&str; 6] = [
    "_ownerid_value",
    "_owninguser_value",
    "_createdby_value",
    "_modifiedby_value",
    "_createdonbehalfby_value",
    "_modifiedonbehalfby_value",
];

/// What the "Default" Marketo Config row says about the sync user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ConfigUser {
    NoDefaultRow,
    Unset,
    User { id: String, name: Option<String> },
}

pub fn config_user(rows: &[Value]) -> ConfigUser {
    config_lookup(rows, None).0
}

/// What the "Default" row says about the sync user, and the lookup column that says it: the
/// `known` column when the row has it, else the row's user lookup other than the system ones.
pub fn config_lookup(rows: &[Value], known: Option<&str>) -> (ConfigUser, Option<String>) {
    let default = rows
        .iter()
        .find(|r| {
            r.as_object().is_some_and(|o| {
                o.iter().any(|(k, v)| {
                    !k.contains('@')
                        && v.as_str()
                            .is_some_and(|s| s.eq_ignore_ascii_case("default"))
                })
            })
        })
        .or(if rows.len() == 1 { rows.first() } else { None });
    let Some(row) = default.and_then(|r| r.as_object()) else {
        return (ConfigUser::NoDefaultRow, None);
    };
    let user = |k: &str, v: &Value| match v.as_str() {
        Some(id) => ConfigUser::User {
            id: id.to_ascii_lowercase(),
            name: row
                .get(&format!("{k}@OData.Community.Display.V1.FormattedValue"))
                .and_then(|n| n.as_str())
                .map(str::to_string),
        },
        None => ConfigUser::Unset,
    };
    if let Some((k, v)) = known.and_then(|k| row.get_key_value(k)) {
        return (user(k, v), Some(k.clone()));
    }
    for (k, v) in row {
        if !k.starts_with('_') || !k.ends_with("_value") || SYSTEM_LOOKUPS.contains(&k.as_str()) {
            continue;
        }
        let target = row
            .get(&format!("{k}@Microsoft.Dynamics.CRM.lookuplogicalname"))
            .and_then(|t| t.as_str());
        if target != Some("systemuser") {
            continue;
        }
        return (user(k, v), Some(k.clone()));
    }
    (ConfigUser::Unset, None)
}

/// Parse a dotted version such as "5.0.2.1".
pub fn parse_version(v: &str) -> Vec<u32> {
    v.split('.')
        .map(|p| p.trim().parse().unwrap_or(0))
        .collect()
}

pub fn version_at_least(v: &str, min: &[u32]) -> bool {
    let mut have = parse_version(v);
    have.resize(min.len().max(have.len()), 0);
    have.as_slice() >= min
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn answer(status: u16, body: &str) -> Answer {
        Answer {
            status,
            json: serde_json::from_slice(body.as_bytes()).ok(),
        }
    }

    #[test]
    fn the_error_code_is_read_in_hex_or_as_a_decimal_hresult() {
        let code = |body: &str| answer(403, body).error_code();
        assert_eq!(
            code(
                r#"{"error":{"code":"0x80072560","message":"The user is not a member of the organization."}}"#
            ),
            Some(NOT_A_MEMBER)
        );
        assert_eq!(
            code(r#"{"error":{"code":"0X80040220"}}"#),
            Some(MISSING_PRIVILEGE)
        );
        assert_eq!(
            code(r#"{"error":{"code":"-2147220960"}}"#),
            Some(MISSING_PRIVILEGE)
        );
        assert_eq!(
            code(r#"{"error":{"code":-2147220960}}"#),
            Some(MISSING_PRIVILEGE)
        );
        assert_eq!(
            code(r#"{"error":{"code":"","message":"simulated HTTP 403"}}"#),
            None
        );
        assert_eq!(code(r#"{"error":{"message":"no code at all"}}"#), None);
        assert_eq!(code(r#"{"error":"access_denied"}"#), None);
        assert_eq!(code("<html>Forbidden</html>"), None);
        assert_eq!(code(""), None);
    }

    #[test]
    fn the_privilege_is_read_from_each_message_shape() {
        let privilege = |message: &str| {
            answer(
                403,
                &json!({"error": {"code": "0x80040220", "message": message}}).to_string(),
            )
            .privilege()
        };
        assert_eq!(
            privilege(
                "Principal user (Id=a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d, type=8, roleCount=1, privilegeCount=412) is missing prvReadSolution privilege (Id=7a3e2c1d-0000-4000-8000-000000000001) on OTC=7100 for entity 'solution'. context: Method=RetrieveMultiple"
            )
            .as_deref(),
            Some("prvReadSolution")
        );
        assert_eq!(
            privilege("Principal user is missing prvReadSdkMessageProcessingStep privilege.")
                .as_deref(),
            Some("prvReadSdkMessageProcessingStep")
        );
        assert_eq!(
            privilege(
                "SecLib::CheckPrivilege failed. User: a1b2, PrivilegeName: prvReadEntity, PrivilegeId: 9f1e, Required Depth: Basic"
            )
            .as_deref(),
            Some("prvReadEntity")
        );
        // On a later line; "privilegeCount" and a word merely containing "prv" are not names.
        assert_eq!(
            privilege(
                "Access denied (privilegeCount=3, xprvFoo).\r\nmissing prvReadSolutionComponent"
            )
            .as_deref(),
            Some("prvReadSolutionComponent")
        );
        assert_eq!(privilege("The user has no privilege for this (prv)."), None);
        assert_eq!(answer(403, "not json").privilege(), None);
    }

    #[test]
    fn a_refusal_is_decided_from_the_code_for_401_and_403_alike() {
        let not_member = r#"{"error":{"code":"0x80072560","message":"The user is not a member of the organization."}}"#;
        assert_eq!(answer(403, not_member).refusal(), Some(Refusal::NotMember));
        assert_eq!(answer(401, not_member).refusal(), Some(Refusal::NotMember));
        let missing = r#"{"error":{"code":"0x80040220","message":"Principal user (Id=1, type=8) is missing prvReadEntity privilege (Id=2) on OTC=9800 for entity 'entity'"}}"#;
        assert_eq!(
            answer(403, missing).refusal(),
            Some(Refusal::MissingPrivilege(Some("prvReadEntity".into())))
        );
        assert_eq!(
            answer(401, missing).refusal(),
            Some(Refusal::MissingPrivilege(Some("prvReadEntity".into())))
        );
        assert_eq!(
            answer(403, r#"{"error":{"code":"0x80040220","message":"Principal user is missing a privilege."}}"#)
                .refusal(),
            Some(Refusal::MissingPrivilege(None))
        );
        assert_eq!(
            answer(401, r#"{"error":{"code":"0x80072183","message":"The user authentication failed!\nmore"}}"#)
                .refusal(),
            Some(Refusal::Other(Some("The user authentication failed!".into())))
        );
        assert_eq!(
            answer(403, "Forbidden").refusal(),
            Some(Refusal::Other(None))
        );
        assert_eq!(answer(200, not_member).refusal(), None);
        assert_eq!(answer(404, missing).refusal(), None);
    }

    #[test]
    fn versions_compare_numerically() {
        assert!(version_at_least("5.0.2.1", &MIN_SOLUTION_VERSION));
        assert!(version_at_least("4.0.0.14", &MIN_SOLUTION_VERSION));
        assert!(!version_at_least("4.0.0.9", &MIN_SOLUTION_VERSION));
        assert!(!version_at_least("3.9", &MIN_SOLUTION_VERSION));
        assert!(version_at_least("4.0.0.100", &MIN_SOLUTION_VERSION));
    }

    #[test]
    fn finds_the_config_table_by_display_or_logical_name() {
        let rows = vec![
            json!({"logicalname":"mkto_log","entitysetname":"mkto_logs","originallocalizedname":"Marketo Log"}),
            json!({"logicalname":"mkto_cfg","entitysetname":"mkto_cfgs","originallocalizedname":"Marketo Config"}),
        ];
        assert_eq!(
            find_config_table(&rows),
            Some(("mkto_cfg".into(), "mkto_cfgs".into()))
        );
        let rows =
            vec![json!({"logicalname":"new_marketoconfig","entitysetname":"new_marketoconfigs"})];
        assert_eq!(find_config_table(&rows).unwrap().1, "new_marketoconfigs");
        assert_eq!(
            find_config_table(&[json!({"logicalname":"x","entitysetname":"xs"})]),
            None
        );
    }

    #[test]
    fn a_refused_join_is_any_4xx_5xx_or_an_error_body() {
        let ok: DvResult = Ok(answer(200, r#"{"value":[]}"#));
        assert!(!join_refused(&ok));
        for (status, body) in [
            (
                400,
                r#"{"error":{"code":"0x80041103","message":"not supported"}}"#,
            ),
            (
                403,
                r#"{"error":{"code":"0x80040220","message":"missing prvReadEntity"}}"#,
            ),
            (404, ""),
            (
                200,
                r#"{"error":{"code":"0x80041103","message":"not supported"}}"#,
            ),
        ] {
            assert!(join_refused(&Ok(answer(status, body))), "{status} {body}");
        }
        let unexpected = |status| {
            Err(HttpError::Unexpected {
                host: "h".into(),
                status,
                detail: String::new(),
            })
        };
        assert!(join_refused(&unexpected(500)));
        assert!(join_refused(&unexpected(429)));
        assert!(!join_refused(&Err(HttpError::Timeout {
            host: "h".into(),
            secs: 1
        })));
    }

    #[test]
    fn an_entity_definition_reads_as_a_row_of_the_join() {
        let def = json!({"LogicalName":"mkto_marketoconfig","EntitySetName":"mkto_marketoconfigs",
            "DisplayName":{"LocalizedLabels":[],"UserLocalizedLabel":{"Label":"Marketo Config","LanguageCode":1033}}});
        let row = definition_as_row(&def).unwrap();
        assert_eq!(
            find_config_table(&[row]),
            Some(("mkto_marketoconfig".into(), "mkto_marketoconfigs".into()))
        );
        // No localized label: the logical name still finds it.
        let row = definition_as_row(&json!({"LogicalName":"new_marketoconfig","EntitySetName":"new_marketoconfigs","DisplayName":{"UserLocalizedLabel":null}})).unwrap();
        assert_eq!(find_config_table(&[row]).unwrap().1, "new_marketoconfigs");
        assert_eq!(definition_as_row(&json!({"LogicalName":"x"})), None);
    }

    #[test]
    fn reads_the_marketo_user_lookup_of_the_default_row() {
        let rows = vec![
            json!({"new_name":"Other","_new_user_value":"AAA","_new_user_value@Microsoft.Dynamics.CRM.lookuplogicalname":"systemuser"}),
            json!({
                "new_name":"Default",
                "_ownerid_value":"owner-1","_ownerid_value@Microsoft.Dynamics.CRM.lookuplogicalname":"systemuser",
                "_new_marketouser_value":"B2C3","_new_marketouser_value@Microsoft.Dynamics.CRM.lookuplogicalname":"systemuser",
                "_new_marketouser_value@OData.Community.Display.V1.FormattedValue":"Marketo Sync"
            }),
        ];
        assert_eq!(
            config_user(&rows),
            ConfigUser::User {
                id: "b2c3".into(),
                name: Some("Marketo Sync".into())
            }
        );
        let unset = vec![json!({"new_name":"Default","_new_marketouser_value":null,
            "_new_marketouser_value@Microsoft.Dynamics.CRM.lookuplogicalname":"systemuser"})];
        assert_eq!(config_user(&unset), ConfigUser::Unset);
        // The remembered column is read even without its annotations (a null lookup has none).
        assert_eq!(
            config_lookup(&unset, Some("_new_marketouser_value")),
            (ConfigUser::Unset, Some("_new_marketouser_value".into()))
        );
        assert_eq!(
            config_lookup(&rows, Some("_gone_value")).1.as_deref(),
            Some("_new_marketouser_value")
        );

        assert_eq!(config_user(&[]), ConfigUser::NoDefaultRow);
    }
}
