//! Dataverse checks with the sync user's token: WhoAmI, the user's record and roles, the Marketo
//! solution, its plug-in steps, and the Marketo Config "Default" row.

use std::time::Duration;

use serde_json::Value;

use super::organization::{org_check, org_info};
use super::refusal::{code, why};
use super::timed;
use crate::connection::Connection;
use crate::dynamics::{
    self, Answer, ConfigTable, ConfigUser, Dataverse, DvResult, Refusal, UserKey,
};
use crate::http::HttpError;
use crate::msg;
use crate::report::{Check, CheckId, Field, Need, OrgInfo, Status};

/// The Dataverse checks, their organization info, and the Marketo Config table to remember
/// (found or confirmed by this run, with the solution version it was found for).
pub(super) async fn dataverse_checks(
    dv: &Dataverse<'_>,
    conn: &Connection,
    oid: Option<String>,
    cached: Option<&ConfigTable>,
) -> (Vec<Check>, Option<OrgInfo>, Option<ConfigTable>) {
    // S2S: the application user is the app's (`applicationid` = the client ID), whatever the
    // token says. Without an `oid` claim (an opaque token), WhoAmI must come first to name the
    // user.
    let known = if conn.is_s2s() {
        Some(UserKey::ApplicationId(conn.client_id.clone()))
    } else {
        oid.map(UserKey::AadObjectId)
    };
    let (whoami, whoami_t, key) = match known {
        Some(key) => (None, Duration::ZERO, Some(key)),
        None => {
            let (w, t) = timed(dv.whoami()).await;
            let key = w
                .as_ref()
                .ok()
                .and_then(|a| a.ok())
                .and_then(|v| v.get("UserId"))
                .and_then(|v| v.as_str())
                .map(|s| UserKey::SystemUserId(s.to_string()));
            (Some(w), t, key)
        }
    };
    let need_whoami = whoami.is_none();
    let user_fut = async {
        match &key {
            Some(k) => Some(timed(dv.user(k)).await),
            None => None,
        }
    };
    let teams_fut = async {
        match &key {
            Some(k) => Some(timed(dv.team_roles(k)).await),
            None => None,
        }
    };
    let whoami_fut = async {
        if need_whoami {
            Some(timed(dv.whoami()).await)
        } else {
            None
        }
    };
    // The solution's id and version: for the metadata API when the `entity` join is refused,
    // and to tell whether a remembered table is still the solution's; nothing waits for it on
    // the join's path.
    let (solution_tx, solution_rx) = tokio::sync::oneshot::channel();
    let solution_fut = async move {
        let (r, t) = timed(dv.solution()).await;
        let _ = solution_tx.send(dynamics::installed_solution(&r));
        (r, t)
    };
    let solution_rx = async { solution_rx.await.ok().flatten() };
    let config_fut = timed(async {
        match cached {
            Some(c) => remembered_config(dv, c, solution_rx).await,
            None => find_config(dv, solution_rx).await,
        }
    });
    let (whoami2, user, teams, (solution, solution_t), (steps, steps_t), config, (org, org_t)) = tokio::join!(
        whoami_fut,
        user_fut,
        teams_fut,
        solution_fut,
        timed(dv.steps()),
        config_fut,
        timed(dv.organization()),
    );
    let (whoami, whoami_t) = match whoami2 {
        Some((w, t)) => (w, t),
        None => (whoami.expect("whoami ran first"), whoami_t),
    };

    let mut checks = Vec::new();
    let whoami_check = whoami_check(&whoami, conn).elapsed(whoami_t);
    let refused = whoami_check.status == Status::Fail;
    checks.push(whoami_check);
    if refused {
        super::skip_needing(
            &mut checks,
            Need::DataverseAccess,
            &msg!("checks-skip-whoami-refused", check = CheckId::Whoami),
        );
        let info = org_info(&org, conn);
        checks.push(org_check(&org, &info).elapsed(org_t));
        return (checks, info, None);
    }
    let whoami_user = whoami
        .as_ref()
        .ok()
        .and_then(|a| a.ok())
        .and_then(|v| v.get("UserId"))
        .and_then(|v| v.as_str())
        .map(str::to_ascii_lowercase);

    let (user_check, user_row) = match &user {
        Some((r, t)) => {
            let (c, row) = user_check(r, conn);
            (c.elapsed(*t), row)
        }
        None => (
            Check::skip(CheckId::User, msg!("checks-skip-user-unknown")),
            None,
        ),
    };
    checks.push(user_check);
    let user_id = user_row
        .as_ref()
        .and_then(|r| r.get("systemuserid"))
        .and_then(|v| v.as_str())
        .map(str::to_ascii_lowercase)
        .or(whoami_user);
    let roles_t = user
        .as_ref()
        .map(|(_, t)| *t)
        .unwrap_or_default()
        .max(teams.as_ref().map(|(_, t)| *t).unwrap_or_default());
    checks.push(
        roles_check(user_row.as_ref(), teams.as_ref().map(|(r, _)| r), conn).elapsed(roles_t),
    );
    let (solution_check, installed) = solution_check(&solution);
    checks.push(solution_check.elapsed(solution_t));
    checks.push(steps_check(&steps, installed).elapsed(steps_t));
    let (config, config_t) = config;
    checks.push(config_check(&config, installed, user_id.as_deref(), conn).elapsed(config_t));
    let remember = to_remember(&config, &solution);
    let info = org_info(&org, conn);
    checks.push(org_check(&org, &info).elapsed(org_t));
    (checks, info, remember)
}

/// How the Marketo Config table was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Way {
    /// The FetchXML join from `entity` to `solutioncomponent` (first; not documented).
    Join,
    /// The documented metadata API: `solutioncomponents`, then `EntityDefinitions(…)`.
    Metadata,
    /// Remembered by the profile from an earlier run, and still answering.
    Cache,
}

impl Way {
    fn key(self) -> &'static str {
        match self {
            Way::Join => "join",
            Way::Metadata => "metadata",
            Way::Cache => "cache",
        }
    }
}

/// What the search for the Marketo Config table came to.
pub(super) enum Config {
    /// Not found: the answer that says why (the join's, or the metadata API's when it was asked).
    NotFound(DvResult),
    /// Found, and its rows read.
    Found {
        logical: String,
        set: String,
        way: Way,
        /// The Marketo User lookup column, when remembered.
        lookup: Option<String>,
        rows: DvResult,
    },
}

/// Find the Marketo Config table (the join first, the metadata API when the join is refused and
/// the solution's id is known), then read its rows.
async fn find_config(
    dv: &Dataverse<'_>,
    solution: impl std::future::Future<Output = Option<(String, String)>>,
) -> Config {
    let joined = dv.solution_tables().await;
    let (tables, way) = if dynamics::join_refused(&joined) {
        match solution.await {
            Some((id, _)) => (tables_by_metadata(dv, &id).await, Way::Metadata),
            None => (joined, Way::Join),
        }
    } else {
        (joined, Way::Join)
    };
    let found = tables
        .as_ref()
        .ok()
        .and_then(|a| a.rows())
        .and_then(|r| dynamics::find_config_table(r));
    match found {
        Some((logical, set)) => {
            let rows = dv.config_rows(&set).await;
            Config::Found {
                logical,
                set,
                way,
                lookup: None,
                rows,
            }
        }
        None => Config::NotFound(tables),
    }
}

/// Read the rows of the remembered table at once, next to the solution; when they do not answer
/// (404, any Dataverse error) or the solution's version is not the one remembered, find the table
/// again in the same run.
async fn remembered_config(
    dv: &Dataverse<'_>,
    cached: &ConfigTable,
    solution: impl std::future::Future<Output = Option<(String, String)>>,
) -> Config {
    let (rows, solution) = tokio::join!(dv.config_rows(&cached.entity_set), solution);
    let answered = matches!(&rows, Ok(a) if a.rows().is_some());
    let same_version = solution
        .as_ref()
        .is_none_or(|(_, v)| *v == cached.solution_version);
    if answered && same_version {
        return Config::Found {
            logical: cached.logical_name.clone(),
            set: cached.entity_set.clone(),
            way: Way::Cache,
            lookup: cached.lookup.clone(),
            rows,
        };
    }
    find_config(dv, async { solution }).await
}

/// The table to remember: found (or confirmed) with readable rows, for a known solution version.
fn to_remember(config: &Config, solution: &DvResult) -> Option<ConfigTable> {
    let Config::Found {
        logical,
        set,
        lookup,
        rows,
        ..
    } = config
    else {
        return None;
    };
    let rows = rows.as_ref().ok()?.rows()?;
    let (_, version) = dynamics::installed_solution(solution)?;
    let (_, column) = dynamics::config_lookup(rows, lookup.as_deref());
    Some(ConfigTable {
        logical_name: logical.clone(),
        entity_set: set.clone(),
        lookup: column.or_else(|| lookup.clone()),
        solution_version: version,
    })
}

/// The solution's tables through the metadata API, as rows shaped like the join's: the
/// components' ids, then every table's definition at once. A refusal is returned as it came.
async fn tables_by_metadata(dv: &Dataverse<'_>, solution_id: &str) -> DvResult {
    let components = dv.solution_table_ids(solution_id).await?;
    let Some(ids) = components.rows() else {
        return Ok(components);
    };
    let ids: Vec<&str> = ids
        .iter()
        .filter_map(|c| c.get("objectid").and_then(|v| v.as_str()))
        .collect();
    let answers =
        futures_util::future::join_all(ids.iter().map(|id| dv.entity_definition(id))).await;
    let mut rows = Vec::new();
    let mut refusal = None;
    for a in answers {
        match a {
            Ok(a) if a.status == 200 => {
                rows.extend(a.json.as_ref().and_then(dynamics::definition_as_row));
            }
            other => {
                refusal.get_or_insert(other);
            }
        }
    }
    match refusal {
        Some(r) if rows.is_empty() => r,
        _ => Ok(Answer {
            status: 200,
            json: Some(serde_json::json!({ "value": rows })),
        }),
    }
}

fn whoami_check(whoami: &DvResult, conn: &Connection) -> Check {
    const ID: CheckId = CheckId::Whoami;
    match whoami {
        Err(e) => Check::unreachable(ID, e),
        Ok(a) if a.status == 200 => {
            let user = a
                .ok()
                .and_then(|v| v.get("UserId"))
                .and_then(|v| v.as_str())
                .unwrap_or("?");
            Check::pass(
                ID,
                msg!("checks-whoami-ok", host = conn.org.host, user = user),
            )
        }
        Ok(a) if a.denied() => refused(a, conn),
        Ok(a) if a.status == 404 => Check::fail(
            ID,
            msg!("checks-whoami-404", host = conn.org.host),
            msg!("checks-whoami-404.remedy"),
        )
        .field(Some(Field::OrgUrl)),
        Ok(a) => Check::unreachable(ID, &unexpected(a, conn)),
    }
}

/// WhoAmI refused (401 or 403), decided from Dataverse's error code.
fn refused(a: &Answer, conn: &Connection) -> Check {
    const ID: CheckId = CheckId::Whoami;
    let (host, who, why) = (&conn.org.host, conn.who(), why(a));
    match a.refusal() {
        // S2S: Dataverse knows no application user for this app.
        Some(Refusal::NotMember) if conn.is_s2s() => Check::fail(
            ID,
            msg!(
                "checks-s2s-no-app-user",
                host = host,
                client_id = conn.client_id,
                status = a.status,
                code = code(a).unwrap_or_default()
            ),
            msg!("checks-s2s-no-app-user.remedy", client_id = conn.client_id),
        )
        .field(Some(Field::ClientId)),
        Some(Refusal::NotMember) => Check::fail(
            ID,
            msg!(
                "checks-whoami-not-member",
                host = host,
                who = who,
                status = a.status,
                code = code(a).unwrap_or_default()
            ),
            msg!("checks-whoami-not-member.remedy", host = host),
        )
        .field(Some(Field::Username)),
        Some(Refusal::MissingPrivilege(privilege)) => Check::fail(
            ID,
            msg!(
                "checks-whoami-missing-privilege",
                host = host,
                who = who,
                why = why
            ),
            msg!(
                "checks-whoami-missing-privilege.remedy",
                privilege = privilege.unwrap_or_else(|| msg!("checks-whoami-privilege-unnamed"))
            ),
        ),
        _ if a.status == 401 => Check::fail(
            ID,
            msg!("checks-whoami-401", host = host, why = why, who = who),
            msg!("checks-whoami-401.remedy"),
        )
        .field(Some(Field::Username)),
        _ => Check::fail(
            ID,
            msg!("checks-whoami-403", host = host, why = why),
            msg!("checks-whoami-403.remedy"),
        ),
    }
}

fn unexpected(a: &Answer, conn: &Connection) -> HttpError {
    HttpError::Unexpected {
        host: conn.org.host.clone(),
        status: a.status,
        detail: a.note(),
    }
}

fn user_check(r: &DvResult, conn: &Connection) -> (Check, Option<Value>) {
    const ID: CheckId = CheckId::User;
    let a = match r {
        Err(e) => return (Check::unreachable(ID, e), None),
        Ok(a) => a,
    };
    if a.denied() {
        return (
            Check::skip(ID, msg!("checks-user-unreadable", why = why(a)))
                .remedy(msg!("checks-user-unreadable.remedy")),
            None,
        );
    }
    let Some(row) = a.rows().and_then(|r| r.first()).cloned() else {
        if a.status != 200 {
            return (Check::unreachable(ID, &unexpected(a, conn)), None);
        }
        if conn.is_s2s() {
            return (
                Check::fail(
                    ID,
                    msg!(
                        "checks-s2s-user-missing",
                        host = conn.org.host,
                        client_id = conn.client_id
                    ),
                    msg!("checks-s2s-no-app-user.remedy", client_id = conn.client_id),
                )
                .field(Some(Field::ClientId)),
                None,
            );
        }
        return (
            Check::fail(
                ID,
                msg!(
                    "checks-user-missing",
                    host = conn.org.host,
                    who = conn.who()
                ),
                msg!("checks-user-missing.remedy"),
            )
            .field(Some(Field::Username)),
            None,
        );
    };
    let name = row
        .get("fullname")
        .and_then(|v| v.as_str())
        .unwrap_or(conn.who())
        .to_string();
    if conn.is_s2s() {
        return (app_user_check(&row, &name, conn), Some(row));
    }
    if row.get("isdisabled").and_then(|v| v.as_bool()) == Some(true) {
        return (
            Check::fail(
                ID,
                msg!("checks-user-disabled", name = name),
                msg!("checks-user-disabled.remedy"),
            ),
            Some(row),
        );
    }
    let mut notes = Vec::new();
    let mut fixes = Vec::new();
    if row.get("accessmode").and_then(|v| v.as_i64()) == Some(4) {
        notes.push(msg!("checks-user-note-non-interactive"));
        fixes.push(msg!("checks-user-note-non-interactive.remedy"));
    }
    if row.get("islicensed").and_then(|v| v.as_bool()) == Some(false) {
        notes.push(msg!("checks-user-note-unlicensed"));
        fixes.push(msg!("checks-user-note-unlicensed.remedy"));
    }
    if let Some(l) = dynamics::non_english_ui_language(&row) {
        // Named: "French (1036)".
        let language = msg!("checks-user-language", lcid = l);
        notes.push(msg!("checks-user-note-language", language = language));
        fixes.push(msg!("checks-user-note-language.remedy"));
    }
    let c = if notes.is_empty() {
        Check::pass(ID, msg!("checks-user-ok", name = name))
    } else {
        Check::warn(
            ID,
            msg!(
                "checks-user-doubtful",
                name = name,
                notes = notes.join(", ")
            ),
            fixes.join("\n"),
        )
    };
    (c, Some(row))
}

/// `dynamics.user` for S2S: the application user of this app, enabled, and its primary email
/// the one given as Marketo's username.
fn app_user_check(row: &Value, name: &str, conn: &Connection) -> Check {
    const ID: CheckId = CheckId::User;
    let email = row
        .get("internalemailaddress")
        .and_then(|v| v.as_str())
        .unwrap_or("");
    if row.get("isdisabled").and_then(|v| v.as_bool()) == Some(true) {
        return Check::fail(
            ID,
            msg!("checks-s2s-user-disabled", name = name),
            msg!("checks-s2s-user-disabled.remedy"),
        );
    }
    if let Some(given) = conn.app_user_email()
        && !given.eq_ignore_ascii_case(email)
    {
        let has = if email.is_empty() {
            msg!("checks-s2s-email-none")
        } else {
            email.to_string()
        };
        return Check::fail(
            ID,
            msg!(
                "checks-s2s-email-mismatch",
                name = name,
                email = has,
                given = given
            ),
            msg!("checks-s2s-email-mismatch.remedy", email = has),
        )
        .field(Some(Field::Username));
    }
    if email.is_empty() {
        return Check::warn(
            ID,
            msg!("checks-s2s-user-ok-no-email", name = name),
            msg!("checks-s2s-user-ok-no-email.remedy"),
        );
    }
    if conn.app_user_email().is_none() {
        return Check::pass(
            ID,
            msg!(
                "checks-s2s-user-ok-email-unchecked",
                name = name,
                email = email
            ),
        );
    }
    Check::pass(ID, msg!("checks-s2s-user-ok", name = name, email = email))
}

fn role_names(v: Option<&Value>, key: &str) -> Vec<String> {
    v.and_then(|v| v.get(key))
        .and_then(|r| r.as_array())
        .map(|a| {
            a.iter()
                .filter_map(|r| r.get("name").and_then(|n| n.as_str()).map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

fn roles_check(user: Option<&Value>, teams: Option<&DvResult>, conn: &Connection) -> Check {
    const ID: CheckId = CheckId::Roles;
    let Some(user) = user else {
        return Check::skip(ID, msg!("checks-skip-roles-no-user"))
            .remedy(msg!("checks-skip-roles-no-user.remedy"));
    };
    let direct = role_names(Some(user), "systemuserroles_association");
    let is_sync = |n: &String| n.eq_ignore_ascii_case(dynamics::SYNC_ROLE);
    if direct.iter().any(is_sync) {
        if conn.is_s2s() {
            return Check::pass(ID, msg!("checks-s2s-roles-ok", role = dynamics::SYNC_ROLE));
        }
        return Check::pass(ID, msg!("checks-roles-direct", role = dynamics::SYNC_ROLE));
    }
    let mut team_note = String::new();
    match teams {
        Some(Ok(a)) if a.status == 200 => {
            for team in a.rows().into_iter().flatten() {
                if role_names(Some(team), "teamroles_association")
                    .iter()
                    .any(is_sync)
                {
                    let t = match team.get("name").and_then(|n| n.as_str()) {
                        Some(name) => name.to_string(),
                        None => msg!("checks-roles-unnamed-team"),
                    };
                    return Check::pass(
                        ID,
                        msg!("checks-roles-team", role = dynamics::SYNC_ROLE, team = t),
                    );
                }
            }
        }
        Some(Ok(a)) => team_note = msg!("checks-roles-teams-status", why = why(a)),
        Some(Err(e)) => team_note = msg!("checks-roles-teams-error", error = e),
        None => {}
    }
    if conn.is_s2s() {
        let summary = if direct.is_empty() {
            msg!("checks-s2s-no-roles", role = dynamics::SYNC_ROLE)
        } else {
            msg!(
                "checks-s2s-role-missing",
                role = dynamics::SYNC_ROLE,
                roles = direct.join(", ")
            )
        };
        return Check::fail(ID, summary, msg!("checks-s2s-role-missing.remedy"));
    }
    let has = if direct.is_empty() {
        msg!("checks-roles-has-none")
    } else {
        msg!("checks-roles-has-only", roles = direct.join(", "))
    };
    Check::fail(
        ID,
        msg!(
            "checks-roles-missing",
            role = dynamics::SYNC_ROLE,
            has = has,
            teams = team_note
        ),
        msg!("checks-roles-missing.remedy", check = CheckId::Solution),
    )
}

fn solution_check(r: &DvResult) -> (Check, Option<bool>) {
    const ID: CheckId = CheckId::Solution;
    match r {
        Err(e) => (Check::unreachable(ID, e), None),
        Ok(a) if a.denied() => (
            Check::skip(ID, msg!("checks-solution-forbidden", why = why(a))).remedy(msg!(
                "checks-solution-forbidden.remedy",
                solution = dynamics::SOLUTION_NAME
            )),
            None,
        ),
        Ok(a) => match a.rows() {
            None => (
                Check::skip(
                    ID,
                    msg!(
                        "checks-solution-unreadable",
                        status = a.status,
                        note = a.note()
                    ),
                ),
                None,
            ),
            Some(rows) if rows.is_empty() => (
                Check::fail(
                    ID,
                    msg!(
                        "checks-solution-missing",
                        solution = dynamics::SOLUTION_NAME
                    ),
                    msg!("checks-solution-missing.remedy"),
                ),
                Some(false),
            ),
            Some(rows) => {
                let v = rows[0]
                    .get("version")
                    .and_then(|v| v.as_str())
                    .unwrap_or("0");
                if dynamics::version_at_least(v, &dynamics::MIN_SOLUTION_VERSION) {
                    (
                        Check::pass(
                            ID,
                            msg!(
                                "checks-solution-ok",
                                solution = dynamics::SOLUTION_NAME,
                                version = v
                            ),
                        ),
                        Some(true),
                    )
                } else {
                    (
                        Check::warn(
                            ID,
                            msg!(
                                "checks-solution-old",
                                solution = dynamics::SOLUTION_NAME,
                                version = v
                            ),
                            msg!("checks-solution-old.remedy"),
                        ),
                        Some(true),
                    )
                }
            }
        },
    }
}

fn steps_check(r: &DvResult, installed: Option<bool>) -> Check {
    const ID: CheckId = CheckId::Steps;
    if installed == Some(false) {
        return Check::skip(ID, msg!("checks-skip-not-installed"));
    }
    match r {
        Err(e) => Check::unreachable(ID, e),
        Ok(a) if a.denied() => Check::skip(ID, msg!("checks-steps-forbidden", why = why(a)))
            .remedy(msg!("checks-steps-by-hand")),
        Ok(a) => match a.rows() {
            None => Check::skip(
                ID,
                msg!(
                    "checks-steps-unreadable",
                    status = a.status,
                    note = a.note()
                ),
            )
            .remedy(msg!("checks-steps-by-hand")),
            Some(rows) if rows.is_empty() => Check::skip(ID, msg!("checks-steps-none-visible"))
                .remedy(msg!("checks-steps-by-hand")),
            Some(rows) => {
                let disabled: Vec<String> = rows
                    .iter()
                    .filter(|s| s.get("statecode").and_then(|v| v.as_i64()) == Some(1))
                    .map(|s| match s.get("name").and_then(|v| v.as_str()) {
                        Some(name) => name.to_string(),
                        None => msg!("checks-steps-unnamed"),
                    })
                    .collect();
                if disabled.is_empty() {
                    Check::pass(ID, msg!("checks-steps-ok", total = rows.len()))
                } else {
                    Check::fail(
                        ID,
                        msg!(
                            "checks-steps-disabled",
                            disabled = disabled.len(),
                            total = rows.len(),
                            names = disabled.join("; ")
                        ),
                        msg!("checks-steps-disabled.remedy"),
                    )
                }
            }
        },
    }
}

fn config_check(
    config: &Config,
    installed: Option<bool>,
    user_id: Option<&str>,
    conn: &Connection,
) -> Check {
    const ID: CheckId = CheckId::ConfigUser;
    if installed == Some(false) {
        return Check::skip(ID, msg!("checks-skip-not-installed"));
    }
    let (logical, way, rows) = match config {
        Config::NotFound(Err(e)) => return Check::unreachable(ID, e),
        Config::NotFound(Ok(a)) if a.denied() => {
            return Check::skip(ID, msg!("checks-config-tables-forbidden", why = why(a)))
                .remedy(msg!("checks-config-by-hand"));
        }
        Config::NotFound(Ok(a)) if a.rows().is_none() => {
            return Check::skip(
                ID,
                msg!(
                    "checks-config-tables-unreadable",
                    status = a.status,
                    note = a.note()
                ),
            )
            .remedy(msg!("checks-config-by-hand"));
        }
        Config::NotFound(Ok(_)) => {
            return Check::skip(ID, msg!("checks-config-table-missing"))
                .remedy(msg!("checks-config-by-hand"));
        }
        Config::Found {
            logical,
            way,
            lookup,
            rows,
            ..
        } => (logical, *way, (rows, lookup.as_deref())),
    };
    let check = config_row_check(rows.0, rows.1, user_id, conn);
    let summary = msg!(
        "checks-config-found-by",
        summary = check.summary.clone(),
        table = logical.as_str(),
        way = way.key()
    );
    Check { summary, ..check }
}

/// The verdict on the Marketo Config rows, once the table is known.
fn config_row_check(
    rows: &DvResult,
    lookup: Option<&str>,
    user_id: Option<&str>,
    conn: &Connection,
) -> Check {
    const ID: CheckId = CheckId::ConfigUser;
    let rows = match rows {
        Err(e) => return Check::unreachable(ID, e),
        Ok(a) if a.denied() => {
            return Check::fail(
                ID,
                msg!("checks-config-forbidden", why = why(a)),
                msg!("checks-config-forbidden.remedy"),
            );
        }
        Ok(a) => match a.rows() {
            Some(r) => r,
            None => {
                return Check::skip(
                    ID,
                    msg!(
                        "checks-config-unreadable",
                        status = a.status,
                        note = a.note()
                    ),
                )
                .remedy(msg!("checks-config-by-hand"));
            }
        },
    };
    match dynamics::config_lookup(rows, lookup).0 {
        ConfigUser::NoDefaultRow => Check::fail(
            ID,
            msg!("checks-config-no-default"),
            msg!("checks-config-set-user"),
        ),
        ConfigUser::Unset => Check::fail(
            ID,
            msg!("checks-config-unset"),
            msg!("checks-config-set-user"),
        ),
        ConfigUser::User { id, name } => {
            let shown = name.clone().unwrap_or_else(|| id.clone());
            match user_id {
                Some(me) if me == id => Check::pass(ID, msg!("checks-config-ok", user = shown)),
                Some(_) => Check::fail(
                    ID,
                    msg!("checks-config-other", user = shown, who = conn.who()),
                    msg!("checks-config-other.remedy", user = shown),
                )
                .field(Some(Field::Username)),
                None => Check::skip(ID, msg!("checks-config-user-id-unknown", user = shown))
                    .remedy(msg!("checks-config-by-hand")),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn steps(states: &[i64]) -> DvResult {
        let rows: Vec<Value> = states
            .iter()
            .enumerate()
            .map(|(i, s)| json!({"name": format!("step {i}"), "statecode": s}))
            .collect();
        Ok(Answer {
            status: 200,
            json: Some(json!({ "value": rows })),
        })
    }

    fn conn() -> Connection {
        crate::connection::check(crate::connection::Raw {
            settings: crate::connection::Settings {
                client_id: Some("11111111-2222-3333-4444-555555555555".into()),
                username: Some("sync@contoso.com".into()),
                org_url: Some("https://contoso.crm.dynamics.com".into()),
                ..Default::default()
            },
            client_secret: Some(crate::secrets::Secret::new("abc8Q~not-a-real-secret")),
            password: Some(crate::secrets::Secret::new("pw")),
            timeout_secs: None,
        })
        .connection
        .unwrap()
    }

    fn refusal(status: u16, code: &str, message: &str) -> DvResult {
        Ok(Answer {
            status,
            json: Some(json!({"error": {"code": code, "message": message}})),
        })
    }

    #[test]
    fn whoami_decides_from_the_error_code_for_401_and_403_alike() {
        let conn = conn();
        for status in [401, 403] {
            let c = whoami_check(
                &refusal(
                    status,
                    "0x80072560",
                    "The user is not a member of the organization.",
                ),
                &conn,
            );
            assert_eq!(c.status, Status::Fail);
            assert_eq!(
                c.summary,
                format!(
                    "sync@contoso.com is not a member of the environment contoso.crm.dynamics.com (HTTP {status}, 0x80072560)"
                )
            );
            let remedy = c.remedy.unwrap();
            assert!(
                remedy.contains("Users + permissions → Users → Add user"),
                "{remedy}"
            );
            assert!(remedy.contains("Security group"), "{remedy}");
            assert_eq!(c.field, Some(Field::Username));
        }
        let c = whoami_check(
            &refusal(
                403,
                "0x80040220",
                "Principal user (Id=1, type=8, roleCount=0, privilegeCount=0) is missing prvReadSystemUser privilege (Id=2) on OTC=8 for entity 'systemuser'",
            ),
            &conn,
        );
        assert_eq!(c.status, Status::Fail);
        assert_eq!(
            c.summary,
            "contoso.crm.dynamics.com denied sync@contoso.com (HTTP 403, 0x80040220: missing prvReadSystemUser)"
        );
        let remedy = c.remedy.unwrap();
        assert!(
            remedy.starts_with("the Marketo Sync User role grants prvReadSystemUser"),
            "{remedy}"
        );
        assert_eq!(c.field, None);
        let c = whoami_check(&refusal(403, "0x80040220", "missing a privilege"), &conn);
        assert!(c.remedy.unwrap().contains("grants the missing privilege"));
        // Any other code: Dataverse's message, and the status decides the fix.
        let c = whoami_check(
            &refusal(401, "0x80072183", "The user authentication failed!"),
            &conn,
        );
        assert!(
            c.summary
                .contains("(HTTP 401, 0x80072183: The user authentication failed!)"),
            "{}",
            c.summary
        );
        assert_eq!(c.field, Some(Field::Username));
        let c = whoami_check(
            &Ok(Answer {
                status: 403,
                json: None,
            }),
            &conn,
        );
        assert!(c.summary.contains("(HTTP 403)"), "{}", c.summary);
        assert!(c.remedy.unwrap().contains("Manage Roles"));
    }

    #[test]
    fn a_skipped_check_says_the_status_the_code_and_the_privilege() {
        let denied = refusal(
            403,
            "0x80040220",
            "Principal user (Id=1, type=8) is missing prvReadSdkMessageProcessingStep privilege (Id=2) on OTC=4608 for entity 'sdkmessageprocessingstep'",
        );
        let c = steps_check(&denied, None);
        assert_eq!(c.status, Status::Skip);
        assert_eq!(
            c.summary,
            "the sync user may not read plug-in steps (HTTP 403, 0x80040220: missing prvReadSdkMessageProcessingStep)"
        );
        assert_eq!(
            c.remedy.as_deref(),
            Some(msg!("checks-steps-by-hand").as_str())
        );
        let (c, installed) = solution_check(&refusal(403, "0x80040220", "missing prvReadSolution"));
        assert_eq!((c.status, installed), (Status::Skip, None));
        assert!(
            c.summary
                .ends_with("(HTTP 403, 0x80040220: missing prvReadSolution)")
        );
        let c = config_check(
            &Config::NotFound(refusal(
                403,
                "0x80040220",
                "is missing prvReadEntity privilege",
            )),
            None,
            None,
            &conn(),
        );
        assert_eq!(c.status, Status::Skip);
        assert!(
            c.summary
                .ends_with("(HTTP 403, 0x80040220: missing prvReadEntity)")
        );
        assert_eq!(
            c.remedy.as_deref(),
            Some(msg!("checks-config-by-hand").as_str())
        );
    }

    #[test]
    fn the_steps_summary_counts_in_english() {
        let summary = |states: &[i64]| steps_check(&steps(states), Some(true)).summary;
        assert_eq!(
            summary(&[0]),
            "the one plug-in step of the solution is enabled"
        );
        assert_eq!(
            summary(&[0, 0, 0]),
            "all 3 plug-in steps of the solution are enabled"
        );
        assert_eq!(
            summary(&[0, 1, 1]),
            "2 of 3 plug-in steps are disabled: step 1; step 2"
        );
    }
}
