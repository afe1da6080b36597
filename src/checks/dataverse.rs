//! Dataverse checks with the sync user's token: WhoAmI, the user's record and roles, the Marketo
//! solution, its plug-in steps, and the Marketo Config "Default" row.

use std::time::Duration;

use serde_json::Value;

use super::organization::{org_check, org_info};
use super::timed;
use crate::connection::Connection;
use crate::dynamics::{self, Answer, ConfigUser, Dataverse, DvResult, UserKey};
use crate::http::HttpError;
use crate::report::{Check, CheckId, Field, Need, OrgInfo, Status};

pub(super) async fn dataverse_checks(
    dv: &Dataverse<'_>,
    conn: &Connection,
    oid: Option<String>,
) -> (Vec<Check>, Option<OrgInfo>) {
    // Without an `oid` claim (an opaque token), WhoAmI must come first to name the user.
    let (whoami, whoami_t, key) = match oid {
        Some(oid) => (None, Duration::ZERO, Some(UserKey::AadObjectId(oid))),
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
    let config_fut = async {
        let (tables, t1) = timed(dv.solution_tables()).await;
        let table = tables
            .as_ref()
            .ok()
            .and_then(|a| a.rows())
            .and_then(|r| dynamics::find_config_table(r));
        match table {
            Some((_, set)) => {
                let (rows, t2) = timed(dv.config_rows(&set)).await;
                (tables, Some(rows), t1 + t2)
            }
            None => (tables, None, t1),
        }
    };
    let (whoami2, user, teams, (solution, solution_t), (steps, steps_t), config, (org, org_t)) = tokio::join!(
        whoami_fut,
        user_fut,
        teams_fut,
        timed(dv.solution()),
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
            "not run: Dataverse refused the sync user (see dynamics.whoami)",
        );
        let info = org_info(&org, conn);
        checks.push(org_check(&org, &info).elapsed(org_t));
        return (checks, info);
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
            Check::skip(
                CheckId::User,
                "not run: the sync user could not be identified",
            ),
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
    checks.push(roles_check(user_row.as_ref(), teams.as_ref().map(|(r, _)| r)).elapsed(roles_t));
    let (solution_check, installed) = solution_check(&solution);
    checks.push(solution_check.elapsed(solution_t));
    checks.push(steps_check(&steps, installed).elapsed(steps_t));
    let (tables, rows, config_t) = config;
    checks.push(
        config_check(&tables, rows.as_ref(), installed, user_id.as_deref(), conn).elapsed(config_t),
    );
    let info = org_info(&org, conn);
    checks.push(org_check(&org, &info).elapsed(org_t));
    (checks, info)
}

fn whoami_check(whoami: &DvResult, conn: &Connection) -> Check {
    const ID: CheckId = CheckId::Whoami;
    match whoami {
        Err(e) => Check::unreachable(ID, e),
        Ok(a) if a.status == 200 => {
            let user = a.ok().and_then(|v| v.get("UserId")).and_then(|v| v.as_str()).unwrap_or("?");
            Check::pass(ID, format!("{} accepts the token (WhoAmI: user {user})", conn.org.host))
        }
        Ok(a) if a.status == 401 => Check::fail(
            ID,
            format!("{} refused the token (HTTP 401){}: {} is not a user of this environment", conn.org.host, a.note(), conn.who()),
            "add the sync user to the environment: give it a Dynamics 365 license in the Microsoft 365 admin center, make sure it is in the environment's security group (if one is set), and wait for it to appear under Settings → Security → Users",
        )
        .field(Some(Field::Username)),
        Ok(a) if a.status == 403 => Check::fail(
            ID,
            format!("{} denied access (HTTP 403){}: the sync user lacks privileges", conn.org.host, a.note()),
            "assign the sync user a security role (Marketo Sync User) in Settings → Security → Users → Manage Roles",
        ),
        Ok(a) if a.status == 404 => Check::fail(
            ID,
            format!("{} has no Dataverse Web API (HTTP 404)", conn.org.host),
            "check the org URL: it must be the environment URL, e.g. https://contoso.crm.dynamics.com",
        )
        .field(Some(Field::OrgUrl)),
        Ok(a) => Check::unreachable(ID, &unexpected(a, conn)),
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
            Check::skip(ID, format!("could not read the sync user's record (HTTP {}){}", a.status, a.note()))
                .remedy("check in Dynamics: Settings → Security → Users → the sync user is enabled and licensed"),
            None,
        );
    }
    let Some(row) = a.rows().and_then(|r| r.first()).cloned() else {
        if a.status != 200 {
            return (Check::unreachable(ID, &unexpected(a, conn)), None);
        }
        return (
            Check::fail(
                ID,
                format!("{} has no user record for {}", conn.org.host, conn.who()),
                "license the sync user for Dynamics 365 and add it to this environment; it appears under Settings → Security → Users once synchronised",
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
    if row.get("isdisabled").and_then(|v| v.as_bool()) == Some(true) {
        return (
            Check::fail(
                ID,
                format!("the Dynamics user {name} is disabled"),
                "enable the user: it needs a Dynamics 365 license (Microsoft 365 admin center) and must not be blocked from sign-in; then check Settings → Security → Enabled Users",
            ),
            Some(row),
        );
    }
    let mut notes = Vec::new();
    let mut fixes = Vec::new();
    if row.get("accessmode").and_then(|v| v.as_i64()) == Some(4) {
        notes.push("its access mode is Non-interactive".to_string());
        fixes.push("Marketo's ROPC connection expects a licensed, interactive (Read-Write) user: set Access Mode to Read-Write on the user form".to_string());
    }
    if row.get("islicensed").and_then(|v| v.as_bool()) == Some(false) {
        notes.push("it has no Dynamics 365 license".to_string());
        fixes.push(
            "assign a Dynamics 365 license to the sync user in the Microsoft 365 admin center"
                .to_string(),
        );
    }
    let lcid = row
        .get("user_settings")
        .and_then(|s| s.as_array())
        .and_then(|s| s.first())
        .and_then(|s| s.get("uilanguageid"))
        .and_then(|v| v.as_i64());
    if let Some(l) = lcid
        && l != dynamics::ENGLISH_LCID
        && l != 0
    {
        notes.push(format!("its UI language is {l}, not English (1033)"));
        fixes.push("Marketo asks for an English sync user: sign in as the sync user → Settings (gear) → Personalization Settings → Languages → User Interface Language: English".to_string());
    }
    let c = if notes.is_empty() {
        Check::pass(ID, format!("{name} is enabled and licensed"))
    } else {
        Check::warn(
            ID,
            format!("{name} is enabled, but {}", notes.join(", ")),
            fixes.join("\n"),
        )
    };
    (c, Some(row))
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

fn roles_check(user: Option<&Value>, teams: Option<&DvResult>) -> Check {
    const ID: CheckId = CheckId::Roles;
    let Some(user) = user else {
        return Check::skip(ID, "not run: the sync user's record could not be read")
            .remedy("check in Dynamics: Settings → Security → Users → the sync user → Manage Roles → Marketo Sync User");
    };
    let direct = role_names(Some(user), "systemuserroles_association");
    let is_sync = |n: &String| n.eq_ignore_ascii_case(dynamics::SYNC_ROLE);
    if direct.iter().any(is_sync) {
        return Check::pass(
            ID,
            format!("the sync user has the {} role", dynamics::SYNC_ROLE),
        );
    }
    let mut team_note = String::new();
    match teams {
        Some(Ok(a)) if a.status == 200 => {
            for team in a.rows().into_iter().flatten() {
                if role_names(Some(team), "teamroles_association")
                    .iter()
                    .any(is_sync)
                {
                    let t = team
                        .get("name")
                        .and_then(|n| n.as_str())
                        .unwrap_or("a team");
                    return Check::pass(
                        ID,
                        format!(
                            "the sync user has the {} role through the team {t}",
                            dynamics::SYNC_ROLE
                        ),
                    );
                }
            }
        }
        Some(Ok(a)) => team_note = format!(" (team roles could not be read: HTTP {})", a.status),
        Some(Err(e)) => team_note = format!(" (team roles could not be read: {e})"),
        None => {}
    }
    let has = if direct.is_empty() {
        "no security role".to_string()
    } else {
        format!("only {}", direct.join(", "))
    };
    Check::fail(
        ID,
        format!(
            "the sync user lacks the {} role: it has {has}{team_note}",
            dynamics::SYNC_ROLE
        ),
        "In Dynamics: Settings → Security → Users → select the sync user → Manage Roles → check \"Marketo Sync User\" → OK.\nIf the role is not in the list, the Marketo solution is not imported (see dynamics.solution).",
    )
}

fn solution_check(r: &DvResult) -> (Check, Option<bool>) {
    const ID: CheckId = CheckId::Solution;
    const INSTALL: &str = "Import the solution: Marketo → Admin → CRM → Microsoft → Download Marketo Solution; then in Dynamics: Settings → Solutions → Import → choose the zip → Next → Import (\"completed with warning\" is expected) → Publish All Customizations";
    match r {
        Err(e) => (Check::unreachable(ID, e), None),
        Ok(a) if a.denied() => (
            Check::skip(
                ID,
                format!("the sync user cannot read solutions (HTTP {})", a.status),
            )
            .remedy(format!(
                "check by hand: Dynamics → Settings → Solutions lists \"{}\"",
                dynamics::SOLUTION_NAME
            )),
            None,
        ),
        Ok(a) => match a.rows() {
            None => (
                Check::skip(
                    ID,
                    format!("could not read solutions (HTTP {}){}", a.status, a.note()),
                ),
                None,
            ),
            Some(rows) if rows.is_empty() => (
                Check::fail(
                    ID,
                    format!(
                        "the \"{}\" solution is not installed",
                        dynamics::SOLUTION_NAME
                    ),
                    INSTALL,
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
                        Check::pass(ID, format!("{} {v} is installed", dynamics::SOLUTION_NAME)),
                        Some(true),
                    )
                } else {
                    (
                        Check::warn(
                            ID,
                            format!(
                                "{} {v} is installed; versions before 4.0.0.14 need the sync role on every user",
                                dynamics::SOLUTION_NAME
                            ),
                            "update the solution: download the latest from Marketo (Admin → Microsoft Dynamics → Download Marketo Solution) and import it over the old one, choosing Update and Maintain customizations",
                        ),
                        Some(true),
                    )
                }
            }
        },
    }
}

const MANUAL_STEPS: &str = "check by hand: in Dynamics, Settings → Solutions → Marketo Lead Management → SDK Message Processing Steps: every step's status must be Enabled";

fn steps_check(r: &DvResult, installed: Option<bool>) -> Check {
    const ID: CheckId = CheckId::Steps;
    if installed == Some(false) {
        return Check::skip(ID, "not run: the solution is not installed");
    }
    match r {
        Err(e) => Check::unreachable(ID, e),
        Ok(a) if a.denied() => Check::skip(
            ID,
            format!(
                "the sync user may not read plug-in steps (HTTP {})",
                a.status
            ),
        )
        .remedy(MANUAL_STEPS),
        Ok(a) => match a.rows() {
            None => Check::skip(
                ID,
                format!(
                    "could not read plug-in steps (HTTP {}){}",
                    a.status,
                    a.note()
                ),
            )
            .remedy(MANUAL_STEPS),
            Some(rows) if rows.is_empty() => Check::skip(
                ID,
                "no plug-in steps of the solution are visible to the sync user",
            )
            .remedy(MANUAL_STEPS),
            Some(rows) => {
                let disabled: Vec<&str> = rows
                    .iter()
                    .filter(|s| s.get("statecode").and_then(|v| v.as_i64()) == Some(1))
                    .map(|s| {
                        s.get("name")
                            .and_then(|v| v.as_str())
                            .unwrap_or("(unnamed step)")
                    })
                    .collect();
                if disabled.is_empty() {
                    Check::pass(
                        ID,
                        format!(
                            "all {} plug-in steps of the solution are enabled",
                            rows.len()
                        ),
                    )
                } else {
                    Check::fail(
                        ID,
                        format!(
                            "{} of {} plug-in steps are disabled: {}",
                            disabled.len(),
                            rows.len(),
                            disabled.join("; ")
                        ),
                        "In Dynamics: Settings → Solutions → Marketo Lead Management → SDK Message Processing Steps → select each disabled step → Activate",
                    )
                }
            }
        },
    }
}

const MANUAL_CONFIG: &str = "check by hand: in Dynamics, Settings → Marketo Config → Default: the Marketo User field names the sync user";

fn config_check(
    tables: &DvResult,
    rows: Option<&DvResult>,
    installed: Option<bool>,
    user_id: Option<&str>,
    conn: &Connection,
) -> Check {
    const ID: CheckId = CheckId::ConfigUser;
    const SET_USER: &str = "In Dynamics: Settings → Marketo Config → Default → Marketo User: pick the sync user → Save; then Settings → Solutions → Publish All Customizations";
    if installed == Some(false) {
        return Check::skip(ID, "not run: the solution is not installed");
    }
    let rows = match (tables, rows) {
        (Err(e), _) => return Check::unreachable(ID, e),
        (Ok(a), None) if a.denied() => {
            return Check::skip(
                ID,
                format!(
                    "the sync user may not read table definitions (HTTP {})",
                    a.status
                ),
            )
            .remedy(MANUAL_CONFIG);
        }
        (Ok(_), None) => {
            return Check::skip(
                ID,
                "the Marketo Config table was not found among the solution's tables",
            )
            .remedy(MANUAL_CONFIG);
        }
        (_, Some(Err(e))) => return Check::unreachable(ID, e),
        (_, Some(Ok(a))) if a.denied() => {
            return Check::fail(
                ID,
                format!(
                    "the sync user cannot read Marketo Config (HTTP {})",
                    a.status
                ),
                "the sync user needs read access to Marketo Config: assign it the Marketo Sync User role (Settings → Security → Users → Manage Roles)",
            );
        }
        (_, Some(Ok(a))) => match a.rows() {
            Some(r) => r,
            None => {
                return Check::skip(
                    ID,
                    format!(
                        "could not read Marketo Config (HTTP {}){}",
                        a.status,
                        a.note()
                    ),
                )
                .remedy(MANUAL_CONFIG);
            }
        },
    };
    match dynamics::config_user(rows) {
        ConfigUser::NoDefaultRow => {
            Check::fail(ID, "Marketo Config has no Default record", SET_USER)
        }
        ConfigUser::Unset => Check::fail(
            ID,
            "Marketo Config \"Default\" names no Marketo User",
            SET_USER,
        ),
        ConfigUser::User { id, name } => {
            let shown = name.clone().unwrap_or_else(|| id.clone());
            match user_id {
                Some(me) if me == id => Check::pass(ID, format!("Marketo Config \"Default\" names the sync user ({shown})")),
                Some(_) => Check::fail(
                    ID,
                    format!("Marketo Config \"Default\" names {shown}, not {}", conn.who()),
                    format!("{SET_USER}\n(Or, if {shown} is the intended sync user, enter that user's credentials instead.)"),
                )
                .field(Some(Field::Username)),
                None => Check::skip(ID, format!("Marketo Config \"Default\" names {shown}; the sync user's id is unknown")).remedy(MANUAL_CONFIG),
            }
        }
    }
}
