//! What a Dynamics admin's token may do in the simulated Dataverse (`dynsync fix`): the reads a
//! repair plan needs (business units, roles, the Marketo Config table's relationships) and the
//! writes that repair a setup (associate a role, set the Marketo Config user, enable a plug-in
//! step, set the UI language, create or enable the application user). Every write received is
//! recorded ([`Write`], `Stats::writes`), so tests assert what was (not) sent.
//!
//! Hooked into `lib.rs`'s `dataverse()`: [`read`] before its own answers, [`write`] for every
//! request that is not a GET. The sync user's and the app's own tokens may not write (403
//! `0x80040220`, as Dataverse answers a missing privilege); any other token the simulator issued
//! (an admin's) may.

use serde_json::{Value, json};

use crate::s2s::{APP, AppUser, ROOT_BUSINESS_UNIT, claims, is_app_token};
use crate::scenario::{ConfigUser, RoleGrant};
use crate::{DEMO, Resp, State, dv_error, json_resp};

/// One write the simulated Dataverse received.
#[derive(Debug, Clone, PartialEq)]
pub struct Write {
    pub method: String,
    /// The path after `/api/data/v9.2/`, e.g. `systemusers(…)/systemuserroles_association/$ref`.
    pub path: String,
    pub body: Value,
    /// The status it was answered with.
    pub status: u16,
}

/// The Marketo Sync User role of the root business unit.
pub const SYNC_ROLE_ID: &str = "11111111-aaaa-4bbb-8ccc-000000000001";
/// The Marketo Config "Default" row.
pub const CONFIG_ROW_ID: &str = "c0ffee00-1111-4222-8333-444455556666";
/// The navigation property of the Marketo User lookup (case matters, as in Dataverse).
pub const CONFIG_NAV: &str = "mkto_MarketoUser";

/// The id of a plug-in step, by its name (stable across runs).
pub fn step_id(name: &str) -> String {
    let n = name
        .bytes()
        .fold(0u32, |h, b| h.wrapping_mul(31).wrapping_add(b as u32));
    format!("5e5e5e5e-0000-4000-8000-{n:012x}")
}

/// Whether this is an admin's token (`admin.rs`'s sign-in) for a Dataverse org, not Graph.
pub(crate) fn admin_token(state: &State, token: &str) -> bool {
    state
        .admin
        .audience(token)
        .is_some_and(|aud| !aud.contains("graph"))
}

/// An admin without the System Administrator role in the environment: refused, as Dataverse
/// refuses a missing privilege.
pub(crate) fn admin_refused(state: &State, c: &crate::SimConfig, token: &str) -> Option<Resp> {
    (c.admin_not_system_admin && admin_token(state, token)).then(|| {
        dv_error(
            403,
            "0x80040220",
            "Principal user (Id=5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d, type=8, roleCount=0, privilegeCount=0) is missing prvReadSystemUser privilege (Id=a8e3b9c1-2d4f-4e6a-9b7c-0d1e2f3a4b05) on OTC=8 for entity 'systemuser'.",
        )
    })
}

/// Whether this token is the sync user's own (not an admin's).
fn is_sync_user_token(token: &str) -> bool {
    claims(token)
        .and_then(|c| c.get("oid").and_then(|v| v.as_str()).map(str::to_string))
        .is_some_and(|oid| oid == DEMO.user_oid)
}

/// Reads only an admin's plan needs, answered before `lib.rs`'s own: `None` when it is not one.
pub(crate) fn read(rest: &str, query: &str) -> Option<Resp> {
    let entity = rest.split(['(', '?', '/']).next().unwrap_or("");
    match entity {
        "businessunits" => Some(json_resp(
            200,
            json!({"value": [{"businessunitid": ROOT_BUSINESS_UNIT, "name": "contoso", "_parentbusinessunitid_value": null}]}),
        )),
        "roles" => {
            let q = query.to_ascii_lowercase();
            let rows = if q.contains("name eq 'marketo sync user'")
                && q.contains(&format!("_businessunitid_value eq {ROOT_BUSINESS_UNIT}"))
            {
                json!([{"roleid": SYNC_ROLE_ID, "name": "Marketo Sync User", "_businessunitid_value": ROOT_BUSINESS_UNIT}])
            } else {
                json!([])
            };
            Some(json_resp(200, json!({ "value": rows })))
        }
        "EntityDefinitions" if rest.contains("/ManyToOneRelationships") => {
            if !rest.starts_with("EntityDefinitions(LogicalName='mkto_marketoconfig')") {
                return Some(dv_error(
                    404,
                    "0x80040217",
                    "Could not find an entity with the given name.",
                ));
            }
            Some(json_resp(
                200,
                json!({"value": [
                    {"SchemaName": "mkto_systemuser_marketoconfig_owninguser", "ReferencingAttribute": "owninguser",
                     "ReferencedEntity": "systemuser", "ReferencingEntityNavigationPropertyName": "owninguser"},
                    {"SchemaName": "mkto_systemuser_mkto_marketoconfig_MarketoUser", "ReferencingAttribute": "mkto_marketouser",
                     "ReferencedEntity": "systemuser", "ReferencingEntityNavigationPropertyName": CONFIG_NAV}
                ]}),
            ))
        }
        _ => None,
    }
}

/// A write (any method but GET): applied to the simulated tenant and recorded.
pub(crate) fn write(state: &State, method: &str, rest: &str, body: &[u8], token: &str) -> Resp {
    let body: Value = serde_json::from_slice(body).unwrap_or(Value::Null);
    let resp = if is_sync_user_token(token) || is_app_token(token) {
        dv_error(
            403,
            "0x80040220",
            &format!(
                "Principal user (Id={}, type=8, roleCount=1, privilegeCount=120) is missing prvWriteSystemUser privilege.",
                DEMO.systemuser_id
            ),
        )
    } else {
        apply(state, method, rest, &body)
    };
    state.stats.writes.lock().expect("stats").push(Write {
        method: method.to_string(),
        path: rest.to_string(),
        body,
        status: resp.status().as_u16(),
    });
    resp
}

fn no_content() -> Resp {
    hyper::Response::builder()
        .status(204)
        .body(http_body_util::Full::new(hyper::body::Bytes::new()))
        .expect("response")
}

/// The id in `name(id)` at the start of `rest`, when the path is `name(…)`.
fn id_in<'a>(rest: &'a str, name: &str) -> Option<&'a str> {
    rest.strip_prefix(name)?
        .strip_prefix('(')?
        .split(')')
        .next()
}

/// The id at the end of an `@odata.id` / `@odata.bind` reference such as `/systemusers(…)`.
fn referenced(v: Option<&Value>, set: &str) -> Option<String> {
    let s = v?.as_str()?;
    let at = s.find(&format!("{set}("))?;
    Some(
        s[at + set.len() + 1..]
            .trim_end_matches(')')
            .to_ascii_lowercase(),
    )
}

fn apply(state: &State, method: &str, rest: &str, body: &Value) -> Resp {
    let mut c = state.config.write().expect("config");
    let not_found = |what: &str| dv_error(404, "0x80040217", &format!("{what} Does Not Exist"));
    // POST systemusers: create the application user.
    if method == "POST" && rest == "systemusers" {
        let app_id = body.get("applicationid").and_then(|v| v.as_str());
        let bu = referenced(body.get("businessunitid@odata.bind"), "businessunits");
        if app_id != Some(DEMO.client_id) || bu.as_deref() != Some(ROOT_BUSINESS_UNIT) {
            return dv_error(
                400,
                "0x80040203",
                "Invalid argument: an application user needs the applicationid of an app registration of this tenant and a business unit.",
            );
        }
        if c.app_user.is_some() {
            return dv_error(
                412,
                "0x80040237",
                "A record with matching key values already exists.",
            );
        }
        c.app_user = Some(AppUser {
            disabled: false,
            role: false,
            email: body
                .get("internalemailaddress")
                .and_then(|v| v.as_str())
                .map(str::to_string),
        });
        let mut r = no_content();
        r.headers_mut().insert(
            "OData-EntityId",
            format!(
                "https://{}/api/data/v9.2/systemusers({})",
                DEMO.org_host, APP.systemuser_id
            )
            .parse()
            .expect("header"),
        );
        return r;
    }
    // POST systemusers(id)/systemuserroles_association/$ref: give a user a role.
    if method == "POST" && rest.ends_with("/systemuserroles_association/$ref") {
        let user = id_in(rest, "systemusers")
            .unwrap_or("")
            .to_ascii_lowercase();
        let role = referenced(body.get("@odata.id"), "roles");
        if role.as_deref() != Some(SYNC_ROLE_ID) {
            return not_found("role");
        }
        if user == DEMO.systemuser_id {
            c.role = RoleGrant::Direct;
        } else if user == APP.systemuser_id
            && let Some(app) = c.app_user.as_mut()
        {
            app.role = true;
        } else {
            return not_found("systemuser");
        }
        return no_content();
    }
    if method != "PATCH" {
        return dv_error(405, "0x8006088a", "The HTTP method is not allowed here.");
    }
    if let Some(id) = id_in(rest, "mkto_marketoconfigs") {
        if id != CONFIG_ROW_ID {
            return not_found("mkto_marketoconfig");
        }
        let Some(obj) = body.as_object() else {
            return dv_error(400, "0x80060888", "The request body is not an object.");
        };
        for key in obj.keys() {
            if key != &format!("{CONFIG_NAV}@odata.bind") {
                return dv_error(
                    400,
                    "0x80060888",
                    &format!(
                        "An undeclared property '{}' which only has property annotations in the payload but no property value was found in the payload.",
                        key.trim_end_matches("@odata.bind")
                    ),
                );
            }
        }
        let user = referenced(obj.get(&format!("{CONFIG_NAV}@odata.bind")), "systemusers");
        c.config_user = match user.as_deref() {
            Some(u) if u == DEMO.systemuser_id => ConfigUser::SyncUser,
            Some(u) if u == APP.systemuser_id && c.app_user.is_some() => ConfigUser::AppUser,
            Some(u) if u == DEMO.other_user_id => ConfigUser::Other,
            _ => return not_found("systemuser"),
        };
        return no_content();
    }
    if let Some(id) = id_in(rest, "sdkmessageprocessingsteps") {
        let matches = c
            .disabled_step
            .as_deref()
            .is_some_and(|n| step_id(n) == id.to_ascii_lowercase());
        if body.get("statecode") == Some(&json!(0)) && matches {
            c.disabled_step = None;
        }
        return no_content();
    }
    if let Some(id) = id_in(rest, "usersettingscollection") {
        if id.to_ascii_lowercase() != DEMO.systemuser_id {
            return not_found("usersettings");
        }
        if let Some(l) = body.get("uilanguageid").and_then(|v| v.as_i64()) {
            c.ui_language = l;
        }
        return no_content();
    }
    if let Some(id) = id_in(rest, "systemusers") {
        let id = id.to_ascii_lowercase();
        if id == APP.systemuser_id
            && let Some(app) = c.app_user.as_mut()
        {
            if body.get("isdisabled") == Some(&json!(false)) {
                app.disabled = false;
            }
            return no_content();
        }
        if id == DEMO.systemuser_id {
            // A licensed user is enabled through its license and sign-in, not here.
            return dv_error(
                400,
                "0x80040225",
                "The user is managed in Microsoft Entra ID: enable it and assign a license there.",
            );
        }
        return not_found("systemuser");
    }
    not_found("resource")
}
