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
        self.json
            .as_ref()?
            .pointer("/error/message")?
            .as_str()
            .map(|s| s.lines().next().unwrap_or("").to_string())
    }
}

pub type DvResult = Result<Answer, HttpError>;

/// How the sync user's `systemusers` row is found.
#[derive(Debug, Clone)]
pub enum UserKey {
    /// The token's `oid` claim (no need to wait for WhoAmI).
    AadObjectId(String),
    /// `WhoAmI`'s `UserId`.
    SystemUserId(String),
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

    /// `WhoAmI`: proves the URL is a Dataverse org that accepts this user's token.
    pub async fn whoami(&self) -> DvResult {
        self.get("WhoAmI").await
    }

    /// The sync user's row with its direct roles and UI language.
    pub async fn user(&self, key: &UserKey) -> DvResult {
        let select = "$select=systemuserid,fullname,domainname,isdisabled,accessmode,islicensed,azureactivedirectoryobjectid";
        let expand = "$expand=systemuserroles_association($select=name,roleid),user_settings($select=uilanguageid)";
        match key {
            UserKey::AadObjectId(oid) => {
                self.get(&format!(
                    "systemusers?{select}&$filter=azureactivedirectoryobjectid eq {oid}&{expand}"
                ))
                .await
            }
            UserKey::SystemUserId(id) => {
                self.get(&format!(
                    "systemusers?{select}&$filter=systemuserid eq {id}&{expand}"
                ))
                .await
            }
        }
    }

    /// Teams the user belongs to, with the roles each team gives.
    pub async fn team_roles(&self, key: &UserKey) -> DvResult {
        let cond = match key {
            UserKey::AadObjectId(oid) => format!("u/azureactivedirectoryobjectid eq {oid}"),
            UserKey::SystemUserId(id) => format!("u/systemuserid eq {id}"),
        };
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
        return ConfigUser::NoDefaultRow;
    };
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
        return match v.as_str() {
            Some(id) => ConfigUser::User {
                id: id.to_ascii_lowercase(),
                name: row
                    .get(&format!("{k}@OData.Community.Display.V1.FormattedValue"))
                    .and_then(|n| n.as_str())
                    .map(str::to_string),
            },
            None => ConfigUser::Unset,
        };
    }
    ConfigUser::Unset
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
        assert_eq!(config_user(&[]), ConfigUser::NoDefaultRow);
    }
}
