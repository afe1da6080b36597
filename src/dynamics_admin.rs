//! Dataverse with a Dynamics admin's token (`dynsync fix`): the reads a repair plan needs and the
//! writes that repair a setup. The requests are Microsoft's documented Web API calls
//! (`automation.md` §4): find the application user by `applicationid`, the root business unit,
//! the Marketo Sync User role of a business unit, the Marketo User lookup's navigation property
//! (from the table's `ManyToOneRelationships`, not the column name); associate a role
//! (`systemuserroles_association/$ref`), bind a lookup (`…@odata.bind`), enable a plug-in step,
//! set `usersettings.uilanguageid`, create or enable an application user.

use reqwest::Method;
use serde_json::{Value, json};

use crate::dynamics::{self, Answer, Dataverse, DvResult, SYNC_ROLE, UserKey, WriteAnswer};
use crate::http::{Http, HttpError};
use crate::input::OrgUrl;
use crate::secrets::Secret;

/// The columns and expansions read for a user (the same as the checks read, and its business
/// unit).
const USER_SELECT: &str = "$select=systemuserid,fullname,domainname,isdisabled,applicationid,internalemailaddress,_businessunitid_value&$expand=systemuserroles_association($select=name,roleid),user_settings($select=uilanguageid)";

/// An OData string literal's content: a quote doubled, then percent-encoded for the URL.
fn literal(s: &str) -> String {
    crate::azure::url_escape(&s.replace('\'', "''"))
}

/// The Marketo Config table as an admin reads it.
#[derive(Debug, Clone)]
pub struct ConfigRows {
    pub logical: String,
    pub set: String,
    pub rows: Vec<Value>,
}

pub struct AdminDataverse<'a> {
    dv: Dataverse<'a>,
}

impl<'a> AdminDataverse<'a> {
    pub fn new(http: &'a Http, org: &'a OrgUrl, token: &Secret) -> Self {
        AdminDataverse {
            dv: Dataverse::new(http, org, token),
        }
    }

    /// The sync user's row, by its user name (`domainname`).
    pub async fn sync_user(&self, upn: &str) -> DvResult {
        self.dv
            .read(&format!(
                "systemusers?{USER_SELECT}&$filter=domainname eq '{}'",
                literal(upn)
            ))
            .await
    }

    /// The application user of this app (`applicationid` = its client ID).
    pub async fn app_user(&self, client_id: &str) -> DvResult {
        self.dv
            .user(&UserKey::ApplicationId(client_id.to_string()))
            .await
    }

    /// The root business unit (the one without a parent).
    pub async fn root_business_unit(&self) -> DvResult {
        self.dv
            .read("businessunits?$select=businessunitid,name&$filter=_parentbusinessunitid_value eq null")
            .await
    }

    /// The Marketo Sync User role of a business unit (each business unit has its own copy).
    pub async fn sync_role(&self, business_unit: &str) -> DvResult {
        self.dv
            .read(&format!(
                "roles?$select=roleid,name&$filter=name eq '{}' and _businessunitid_value eq {business_unit}",
                literal(SYNC_ROLE)
            ))
            .await
    }

    /// The Marketo solution, when installed.
    pub async fn solution(&self) -> DvResult {
        self.dv.solution().await
    }

    /// The solution's plug-in steps with their ids and states.
    pub async fn steps(&self) -> DvResult {
        self.dv.steps().await
    }

    /// The Marketo Config table and its rows: by the solution-component join, else through the
    /// metadata API. `Ok(None)`: the solution ships no such table (or is not installed).
    pub async fn config(&self) -> Result<Option<ConfigRows>, HttpError> {
        let joined = self.dv.solution_tables().await;
        let tables = if dynamics::join_refused(&joined) {
            let solution = self.dv.solution().await;
            match dynamics::installed_solution(&solution) {
                Some((id, _)) => self.tables_by_metadata(&id).await?,
                None => return Ok(None),
            }
        } else {
            joined?.rows().cloned().unwrap_or_default()
        };
        let Some((logical, set)) = dynamics::find_config_table(&tables) else {
            return Ok(None);
        };
        let rows = self.dv.config_rows(&set).await?;
        Ok(Some(ConfigRows {
            logical,
            set,
            rows: rows.rows().cloned().unwrap_or_default(),
        }))
    }

    async fn tables_by_metadata(&self, solution_id: &str) -> Result<Vec<Value>, HttpError> {
        let ids = self.dv.solution_table_ids(solution_id).await?;
        let mut rows = Vec::new();
        for id in ids
            .rows()
            .into_iter()
            .flatten()
            .filter_map(|c| c.get("objectid").and_then(|v| v.as_str()))
        {
            let def = self.dv.entity_definition(id).await?;
            rows.extend(def.ok().and_then(dynamics::definition_as_row));
        }
        Ok(rows)
    }

    /// The table's lookups to `systemuser`: each one's column (`ReferencingAttribute`) and
    /// navigation property (for `@odata.bind`).
    pub async fn user_lookups(&self, logical: &str) -> Result<Vec<(String, String)>, HttpError> {
        let a = self
            .dv
            .read(&format!(
                "EntityDefinitions(LogicalName='{}')/ManyToOneRelationships?$select=ReferencingAttribute,ReferencingEntityNavigationPropertyName,ReferencedEntity&$filter=ReferencedEntity eq 'systemuser'",
                literal(logical)
            ))
            .await?;
        Ok(a.rows()
            .into_iter()
            .flatten()
            .filter_map(|r| {
                Some((
                    r.get("ReferencingAttribute")?.as_str()?.to_string(),
                    r.get("ReferencingEntityNavigationPropertyName")?
                        .as_str()?
                        .to_string(),
                ))
            })
            .collect())
    }

    /// Create the app's application user in a business unit, with the email Marketo will use.
    pub async fn create_app_user(
        &self,
        client_id: &str,
        business_unit: &str,
        email: Option<&str>,
    ) -> Result<WriteAnswer, HttpError> {
        let mut body = json!({
            "applicationid": client_id,
            "businessunitid@odata.bind": format!("/businessunits({business_unit})"),
        });
        if let Some(e) = email {
            body["internalemailaddress"] = json!(e);
        }
        self.dv.write(Method::POST, "systemusers", &body).await
    }

    /// Give a user a role.
    pub async fn associate_role(&self, user: &str, role: &str) -> Result<WriteAnswer, HttpError> {
        let body = json!({"@odata.id": self.dv_url(&format!("roles({role})"))});
        self.dv
            .write(
                Method::POST,
                &format!("systemusers({user})/systemuserroles_association/$ref"),
                &body,
            )
            .await
    }

    /// Point a row's user lookup (by its navigation property) at a user.
    pub async fn set_lookup(
        &self,
        set: &str,
        row: &str,
        navigation: &str,
        user: &str,
    ) -> Result<WriteAnswer, HttpError> {
        let body = json!({ format!("{navigation}@odata.bind"): format!("/systemusers({user})") });
        self.dv
            .write(Method::PATCH, &format!("{set}({row})"), &body)
            .await
    }

    pub async fn enable_step(&self, step: &str) -> Result<WriteAnswer, HttpError> {
        self.dv
            .write(
                Method::PATCH,
                &format!("sdkmessageprocessingsteps({step})"),
                &json!({"statecode": 0, "statuscode": 1}),
            )
            .await
    }

    pub async fn set_ui_language(&self, user: &str, lcid: i64) -> Result<WriteAnswer, HttpError> {
        self.dv
            .write(
                Method::PATCH,
                &format!("usersettingscollection({user})"),
                &json!({ "uilanguageid": lcid }),
            )
            .await
    }

    pub async fn enable_user(&self, user: &str) -> Result<WriteAnswer, HttpError> {
        self.dv
            .write(
                Method::PATCH,
                &format!("systemusers({user})"),
                &json!({"isdisabled": false}),
            )
            .await
    }

    fn dv_url(&self, path: &str) -> String {
        self.dv.url(path)
    }
}

/// The first row of an answer.
pub fn first_row(a: &Answer) -> Option<&Value> {
    a.rows().and_then(|r| r.first())
}
