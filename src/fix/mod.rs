//! `dynsync fix`'s library: from a validation report and a Dynamics admin's Dataverse token, plan
//! the changes that repair the Dynamics side ([`plan`]), then make them ([`apply`]).
//!
//! A plan is read from Dataverse as it is now (with the admin's token, which also reads what the
//! sync user could not), so every change is needed and the same run twice plans nothing the
//! second time. What cannot be repaired from here (a disabled or unlicensed licensed user, a
//! missing solution, no Marketo Config "Default" row) is a [`Manual`] step with its instructions.
//!
//! Layer: beside `checks/` (it reads reports, and Dataverse through `dynamics_admin`).

use serde::Serialize;
use serde_json::Value;

use crate::connection::Connection;
use crate::dynamics::{self, ConfigUser, ENGLISH_LCID, SYNC_ROLE, WriteAnswer};
use crate::dynamics_admin::{AdminDataverse, first_row};
use crate::http::HttpError;
use crate::msg;
use crate::report::{CheckId, Report, Status};
use crate::ui::wrap;

/// What a change does (its JSON `action`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    CreateAppUser,
    EnableAppUser,
    AssociateRole,
    SetConfigUser,
    EnableStep,
    SetUiLanguage,
}

/// The user a change applies to: one that exists, or the application user the plan creates.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UserRef {
    Id(String),
    Created,
}

/// The request a change sends.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Op {
    CreateAppUser {
        client_id: String,
        business_unit: String,
        email: Option<String>,
    },
    EnableUser(String),
    AssociateRole {
        user: UserRef,
        role: String,
    },
    SetLookup {
        set: String,
        row: String,
        navigation: String,
        user: UserRef,
    },
    EnableStep(String),
    SetUiLanguage(String),
}

/// One planned change: which check it repairs, what it does, to which record, before → after.
#[derive(Debug, Clone, Serialize)]
pub struct Change {
    pub check: CheckId,
    pub action: Action,
    pub target: String,
    pub from: String,
    pub to: String,
    #[serde(skip)]
    op: Op,
}

/// A change that could not be made, and why.
#[derive(Debug, Clone, Serialize)]
pub struct Failed {
    #[serde(flatten)]
    pub change: Change,
    pub error: String,
}

/// What cannot be repaired from here: the check, and the steps to take by hand.
#[derive(Debug, Clone, Serialize)]
pub struct Manual {
    pub check: CheckId,
    pub steps: String,
}

/// What the admin read for a check the sync user could not read (a missing privilege).
#[derive(Debug, Clone, Serialize)]
pub struct Read {
    pub check: CheckId,
    pub summary: String,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Plan {
    pub changes: Vec<Change>,
    pub manual: Vec<Manual>,
    pub read: Vec<Read>,
}

/// What applying a plan came to.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Applied {
    pub applied: Vec<Change>,
    pub failed: Vec<Failed>,
}

/// Whether a report has anything on the Dynamics side for `fix` to look at, once the sync
/// signs in (a token was issued): a failed Dynamics check (for S2S, Dataverse refusing the app's
/// token: no application user), a check the sync user could not read that the admin can, or a
/// doubt about the sync user (its UI language).
pub fn wanted(report: &Report) -> bool {
    if status(report, CheckId::Token) != Some(Status::Pass) {
        return false;
    }
    let dataverse_read = status(report, CheckId::Whoami) == Some(Status::Pass);
    report.checks.iter().any(|c| {
        c.id.dynamics_side()
            && (c.status == Status::Fail
                || (dataverse_read
                    && c.status == Status::Skip
                    && matches!(c.id, CheckId::Steps | CheckId::ConfigUser))
                || (c.id == CheckId::User && c.status == Status::Warn))
    })
}

fn status(report: &Report, id: CheckId) -> Option<Status> {
    report.check(id).map(|c| c.status)
}

fn str_of<'v>(v: &'v Value, key: &str) -> Option<&'v str> {
    v.get(key).and_then(|x| x.as_str())
}

/// A user as shown in a plan: its name and id.
fn shown(row: &Value) -> String {
    let id = str_of(row, "systemuserid").unwrap_or("?");
    match str_of(row, "fullname") {
        Some(name) => format!("{name} ({id})"),
        None => id.to_string(),
    }
}

fn has_sync_role(row: &Value) -> bool {
    row.get("systemuserroles_association")
        .and_then(|r| r.as_array())
        .is_some_and(|roles| {
            roles
                .iter()
                .any(|r| str_of(r, "name").is_some_and(|n| n.eq_ignore_ascii_case(SYNC_ROLE)))
        })
}

fn role_names(row: &Value) -> Vec<String> {
    row.get("systemuserroles_association")
        .and_then(|r| r.as_array())
        .map(|roles| {
            roles
                .iter()
                .filter_map(|r| str_of(r, "name").map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

/// An answer read as rows, or the Dataverse refusal as an error.
fn rows(r: Result<dynamics::Answer, HttpError>, host: &str) -> Result<Vec<Value>, HttpError> {
    let a = r?;
    match a.rows() {
        Some(rows) => Ok(rows.clone()),
        None => Err(HttpError::Unexpected {
            host: host.to_string(),
            status: a.status,
            detail: a.note(),
        }),
    }
}

/// Plan the changes that repair the Dynamics-side checks this report failed, from Dataverse as
/// the admin reads it now. An error: a read the plan needs was refused or failed.
pub async fn plan(
    admin: &AdminDataverse<'_>,
    conn: &Connection,
    report: &Report,
) -> Result<Plan, HttpError> {
    let host = conn.org.host.as_str();
    let mut plan = Plan::default();

    // Who the sync signs in as: the application user (S2S), or the licensed sync user.
    let mut created = false;
    let (user_ref, user_row, user_name): (UserRef, Option<Value>, String) = if conn.is_s2s() {
        let found = rows(admin.app_user(&conn.client_id).await, host)?;
        match found.into_iter().next() {
            Some(row) => {
                let id = str_of(&row, "systemuserid").unwrap_or("").to_string();
                if row.get("isdisabled").and_then(|v| v.as_bool()) == Some(true) {
                    plan.changes.push(Change {
                        check: CheckId::User,
                        action: Action::EnableAppUser,
                        target: msg!("fix-target-user", user = shown(&row)),
                        from: msg!("fix-state-disabled"),
                        to: msg!("fix-state-enabled"),
                        op: Op::EnableUser(id.clone()),
                    });
                }
                let name = shown(&row);
                (UserRef::Id(id), Some(row), name)
            }
            None => {
                let bu = rows(admin.root_business_unit().await, host)?
                    .first()
                    .and_then(|r| str_of(r, "businessunitid").map(str::to_string));
                let Some(bu) = bu else {
                    plan.manual.push(Manual {
                        check: CheckId::User,
                        steps: msg!("fix-manual-create-app-user", client_id = conn.client_id),
                    });
                    return Ok(plan);
                };
                created = true;
                let email = conn.app_user_email().map(str::to_string);
                plan.changes.push(Change {
                    check: CheckId::User,
                    action: Action::CreateAppUser,
                    target: msg!("fix-target-new-app-user", client_id = conn.client_id),
                    from: msg!("fix-state-none"),
                    to: msg!(
                        "fix-state-app-user",
                        business_unit = bu.as_str(),
                        email = email.clone().unwrap_or_else(|| msg!("fix-state-no-email"))
                    ),
                    op: Op::CreateAppUser {
                        client_id: conn.client_id.clone(),
                        business_unit: bu.clone(),
                        email,
                    },
                });
                let name = msg!("fix-new-app-user", client_id = conn.client_id);
                let row = serde_json::json!({ "_businessunitid_value": bu });
                (UserRef::Created, Some(row), name)
            }
        }
    } else {
        let upn = conn.username().unwrap_or_default();
        let found = rows(admin.sync_user(upn).await, host)?;
        match found.into_iter().next() {
            None => {
                plan.manual.push(Manual {
                    check: CheckId::Whoami,
                    steps: msg!("fix-manual-not-member", user = upn, host = host),
                });
                return Ok(plan);
            }
            Some(row) => {
                let id = str_of(&row, "systemuserid").unwrap_or("").to_string();
                if row.get("isdisabled").and_then(|v| v.as_bool()) == Some(true) {
                    plan.manual.push(Manual {
                        check: CheckId::User,
                        steps: msg!("fix-manual-user-disabled", user = shown(&row)),
                    });
                }
                if let Some(l) = dynamics::non_english_ui_language(&row) {
                    plan.changes.push(Change {
                        check: CheckId::User,
                        action: Action::SetUiLanguage,
                        target: msg!("fix-target-user-settings", user = shown(&row)),
                        from: l.to_string(),
                        to: msg!("fix-state-english", lcid = ENGLISH_LCID),
                        op: Op::SetUiLanguage(id.clone()),
                    });
                }
                let name = shown(&row);
                (UserRef::Id(id), Some(row), name)
            }
        }
    };
    let row = user_row.unwrap_or(Value::Null);

    // The role: the Marketo Sync User role of the user's own business unit.
    let role_passed = status(report, CheckId::Roles) == Some(Status::Pass);
    if created || (!role_passed && !has_sync_role(&row)) {
        let bu = str_of(&row, "_businessunitid_value").unwrap_or("");
        let role = rows(admin.sync_role(bu).await, host)?
            .first()
            .and_then(|r| str_of(r, "roleid").map(str::to_string));
        match role {
            Some(role) => {
                let has = role_names(&row);
                // The role is added: the roles the user has stay.
                let added = msg!("fix-state-role", role = SYNC_ROLE, business_unit = bu);
                let to = if has.is_empty() {
                    added
                } else {
                    format!("{}, {added}", has.join(", "))
                };
                plan.changes.push(Change {
                    check: CheckId::Roles,
                    action: Action::AssociateRole,
                    target: msg!("fix-target-user", user = user_name.as_str()),
                    from: if has.is_empty() {
                        msg!("fix-state-no-roles")
                    } else {
                        has.join(", ")
                    },
                    to,
                    op: Op::AssociateRole {
                        user: user_ref.clone(),
                        role,
                    },
                });
            }
            None => plan.manual.push(Manual {
                check: CheckId::Roles,
                steps: msg!("fix-manual-no-role", role = SYNC_ROLE),
            }),
        }
    }

    // The solution must be there for its steps and its Marketo Config (read as the admin when
    // the sync user could not).
    // A check skipped although Dataverse answered the sync user was one it may not read.
    let unreadable = |id| {
        status(report, CheckId::Whoami) == Some(Status::Pass)
            && status(report, id) == Some(Status::Skip)
    };
    let mut installed = status(report, CheckId::Solution) != Some(Status::Fail);
    if status(report, CheckId::Solution) == Some(Status::Skip) {
        let solution = admin.solution().await;
        let found = dynamics::installed_solution(&solution);
        installed = found.is_some();
        if let Some((_, version)) = found.filter(|_| unreadable(CheckId::Solution)) {
            plan.read.push(Read {
                check: CheckId::Solution,
                summary: msg!(
                    "fix-read-solution",
                    solution = dynamics::SOLUTION_NAME,
                    version = version
                ),
            });
        }
    }
    if !installed {
        plan.manual.push(Manual {
            check: CheckId::Solution,
            steps: msg!("fix-manual-solution", solution = dynamics::SOLUTION_NAME),
        });
        return Ok(plan);
    }

    // Plug-in steps: every disabled step of the solution (read as the admin).
    if created || status(report, CheckId::Steps) != Some(Status::Pass) {
        let steps = rows(admin.steps().await, host)?;
        if unreadable(CheckId::Steps) {
            let disabled = steps
                .iter()
                .filter(|s| s.get("statecode").and_then(|v| v.as_i64()) == Some(1))
                .count();
            plan.read.push(Read {
                check: CheckId::Steps,
                summary: msg!("fix-read-steps", disabled = disabled, total = steps.len()),
            });
        }
        for step in steps {
            if step.get("statecode").and_then(|v| v.as_i64()) != Some(1) {
                continue;
            }
            let Some(id) = str_of(&step, "sdkmessageprocessingstepid") else {
                continue;
            };
            let name = str_of(&step, "name").unwrap_or(id);
            plan.changes.push(Change {
                check: CheckId::Steps,
                action: Action::EnableStep,
                target: msg!("fix-target-step", step = name, id = id),
                from: msg!("fix-state-disabled"),
                to: msg!("fix-state-enabled"),
                op: Op::EnableStep(id.to_string()),
            });
        }
    }

    // Marketo Config "Default" → Marketo User: the sync user (or the application user).
    if created || status(report, CheckId::ConfigUser) != Some(Status::Pass) {
        let unread = unreadable(CheckId::ConfigUser);
        plan_config(admin, &mut plan, &user_ref, &user_name, unread).await?;
    }
    Ok(plan)
}

async fn plan_config(
    admin: &AdminDataverse<'_>,
    plan: &mut Plan,
    user: &UserRef,
    user_name: &str,
    unread: bool,
) -> Result<(), HttpError> {
    let Some(config) = admin.config().await? else {
        plan.manual.push(Manual {
            check: CheckId::ConfigUser,
            steps: msg!("fix-manual-config"),
        });
        return Ok(());
    };
    let (current, column) = dynamics::config_lookup(&config.rows, None);
    let default = config.rows.iter().find(|r| {
        r.as_object().is_some_and(|o| {
            o.iter().any(|(k, v)| {
                !k.contains('@')
                    && v.as_str()
                        .is_some_and(|s| s.eq_ignore_ascii_case("default"))
            })
        })
    });
    let row_id = default.and_then(|r| str_of(r, &format!("{}id", config.logical)));
    let (Some(row_id), Some(default)) = (row_id, default) else {
        plan.manual.push(Manual {
            check: CheckId::ConfigUser,
            steps: msg!("fix-manual-config"),
        });
        return Ok(());
    };
    if unread {
        let names = match &current {
            ConfigUser::User { id, name } => name.clone().unwrap_or_else(|| id.clone()),
            _ => msg!("fix-state-nobody"),
        };
        plan.read.push(Read {
            check: CheckId::ConfigUser,
            summary: msg!("fix-read-config", user = names),
        });
    }
    let from = match &current {
        ConfigUser::User { id, name } => {
            if let UserRef::Id(me) = user
                && me.eq_ignore_ascii_case(id)
            {
                return Ok(());
            }
            name.clone().unwrap_or_else(|| id.clone())
        }
        _ => msg!("fix-state-nobody"),
    };
    let Some(navigation) = marketo_user_navigation(admin, &config.logical, column, default).await?
    else {
        plan.manual.push(Manual {
            check: CheckId::ConfigUser,
            steps: msg!("fix-manual-config"),
        });
        return Ok(());
    };
    plan.changes.push(Change {
        check: CheckId::ConfigUser,
        action: Action::SetConfigUser,
        target: msg!(
            "fix-target-config",
            table = config.logical.as_str(),
            id = row_id
        ),
        from,
        to: user_name.to_string(),
        op: Op::SetLookup {
            set: config.set.clone(),
            row: row_id.to_string(),
            navigation,
            user: user.clone(),
        },
    });
    Ok(())
}

/// Lookups every row has; the Marketo User lookup is the other one to `systemuser`.
const SYSTEM_LOOKUPS: [&str; 6] = [
    "ownerid",
    "owninguser",
    "createdby",
    "modifiedby",
    "createdonbehalfby",
    "modifiedonbehalfby",
];

/// The navigation property of Marketo Config's Marketo User lookup, from the table's
/// relationships to `systemuser`: the one of the lookup column the row showed (`column`, e.g.
/// `_mkto_marketouser_value`), else the only one besides the system lookups that the row has
/// (an empty lookup has no annotations to tell it by).
async fn marketo_user_navigation(
    admin: &AdminDataverse<'_>,
    logical: &str,
    column: Option<String>,
    row: &Value,
) -> Result<Option<String>, HttpError> {
    let lookups = admin.user_lookups(logical).await?;
    let value_key = |attr: &str| format!("_{attr}_value");
    if let Some(column) = column {
        return Ok(lookups
            .into_iter()
            .find(|(attr, _)| value_key(attr).eq_ignore_ascii_case(&column))
            .map(|(_, nav)| nav));
    }
    let mut candidates = lookups.into_iter().filter(|(attr, _)| {
        !SYSTEM_LOOKUPS.contains(&attr.to_ascii_lowercase().as_str())
            && row.get(value_key(attr)).is_some()
    });
    match (candidates.next(), candidates.next()) {
        (Some((_, nav)), None) => Ok(Some(nav)),
        _ => Ok(None),
    }
}

/// Why a write was refused, from Dataverse's answer.
fn refusal(w: &WriteAnswer) -> String {
    let why = w.answer.message().unwrap_or_default();
    msg!("fix-write-refused", status = w.status, why = why)
}

/// Make the planned changes, in order. A change that needs the application user the plan
/// creates is not sent when that creation failed.
pub async fn apply(admin: &AdminDataverse<'_>, plan: &Plan) -> Applied {
    let mut out = Applied::default();
    let mut created: Option<String> = None;
    for change in &plan.changes {
        let user = |u: &UserRef| match u {
            UserRef::Id(id) => Some(id.clone()),
            UserRef::Created => created.clone(),
        };
        let result = match &change.op {
            Op::CreateAppUser {
                client_id,
                business_unit,
                email,
            } => {
                let r = admin
                    .create_app_user(client_id, business_unit, email.as_deref())
                    .await;
                if let Ok(w) = &r
                    && w.ok()
                {
                    created = match &w.entity_id {
                        Some(id) => Some(id.clone()),
                        // No OData-EntityId: read the new user back.
                        None => admin.app_user(client_id).await.ok().and_then(|a| {
                            first_row(&a)
                                .and_then(|r| str_of(r, "systemuserid"))
                                .map(str::to_string)
                        }),
                    };
                }
                Some(r)
            }
            Op::EnableUser(id) => Some(admin.enable_user(id).await),
            Op::AssociateRole { user: u, role } => match user(u) {
                Some(id) => Some(admin.associate_role(&id, role).await),
                None => None,
            },
            Op::SetLookup {
                set,
                row,
                navigation,
                user: u,
            } => match user(u) {
                Some(id) => Some(admin.set_lookup(set, row, navigation, &id).await),
                None => None,
            },
            Op::EnableStep(id) => Some(admin.enable_step(id).await),
            Op::SetUiLanguage(id) => Some(admin.set_ui_language(id, ENGLISH_LCID).await),
        };
        match result {
            Some(Ok(w)) if w.ok() => out.applied.push(change.clone()),
            Some(Ok(w)) => out.failed.push(Failed {
                change: change.clone(),
                error: match change.action {
                    Action::EnableAppUser => {
                        format!("{} — {}", refusal(&w), msg!("fix-manual-enable-app-user"))
                    }
                    _ => refusal(&w),
                },
            }),
            Some(Err(e)) => out.failed.push(Failed {
                change: change.clone(),
                error: e.to_string(),
            }),
            None => out.failed.push(Failed {
                change: change.clone(),
                error: msg!("fix-not-sent-no-app-user"),
            }),
        }
    }
    out
}

/// What a change does, as the plan shows it.
fn action_text(c: &Change) -> String {
    let action = serde_json::to_value(c.action)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default();
    msg!("fix-action", action = action)
}

/// The plan as shown before it is confirmed: each change (what, which record, before → after),
/// what the admin read for the sync user, and what stays manual; wrapped to `width`.
pub fn render_plan(plan: &Plan, width: Option<usize>) -> String {
    let mut text = format!(
        "\n{}\n",
        msg!("fix-plan-heading", count = plan.changes.len())
    );
    for (i, c) in plan.changes.iter().enumerate() {
        let entry = msg!(
            "fix-plan-change",
            n = i + 1,
            check = c.check.as_str(),
            action = action_text(c),
            target = c.target,
            from = c.from,
            to = c.to
        );
        for (j, line) in entry.lines().enumerate() {
            let prefix = if j == 0 { "  " } else { "       " };
            text.push_str(&wrap(line, width, prefix));
        }
    }
    for (heading, items) in [
        (
            msg!("fix-read-heading"),
            plan.read
                .iter()
                .map(|r| (r.check, r.summary.as_str()))
                .collect::<Vec<_>>(),
        ),
        (
            msg!("fix-manual-heading"),
            plan.manual
                .iter()
                .map(|m| (m.check, m.steps.as_str()))
                .collect(),
        ),
    ] {
        if items.is_empty() {
            continue;
        }
        text.push_str(&format!("\n{heading}\n"));
        for (check, what) in items {
            text.push_str(&wrap(
                &msg!("fix-manual-item", check = check, steps = what),
                width,
                "  ",
            ));
        }
    }
    text
}

/// What applying came to: a line per change made or refused.
pub fn render_applied(applied: &Applied, width: Option<usize>) -> String {
    let mut text = String::new();
    for c in &applied.applied {
        text.push_str(&wrap(
            &msg!("fix-applied", action = action_text(c), target = c.target),
            width,
            "  ",
        ));
    }
    for f in &applied.failed {
        text.push_str(&wrap(
            &msg!(
                "fix-failed",
                action = action_text(&f.change),
                target = f.change.target,
                error = f.error
            ),
            width,
            "  ",
        ));
    }
    text
}
