//! The validation engine: runs every check against Azure AD and Dataverse with as few round trips
//! as the dependencies allow, and turns the answers into a [`Report`].
//!
//! Round 1 (concurrent): the org's sign-in challenge (tenant), the user-realm lookup, the OpenID
//! configuration of `--tenant` when given, and the password grant itself, sent to the username's
//! domain so it need not wait for tenant discovery. Round 2 (concurrent, one HTTP/2 connection):
//! WhoAmI, the user (found by the token's `oid`), team roles, the solution, its plug-in steps,
//! its tables, and the organization. Round 3: the Marketo Config rows.

use std::future::Future;
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::azure::aad_error::AadError;
use crate::azure::catalogue;
use crate::azure::{self, Probe, Realm, RealmInfo, TokenOutcome};
use crate::dynamics::{self, Answer, ConfigUser, Dataverse, DvResult, UserKey};
use crate::http::{Http, HttpError};
use crate::input::{Inputs, Problem, field_label};
use crate::report::{Check, Field, OrgInfo, Report, Status};
pub use crate::ui::{NoProgress, Progress};

async fn timed<T>(f: impl Future<Output = T>) -> (T, Duration) {
    let start = Instant::now();
    let out = f.await;
    (out, start.elapsed())
}

/// The `input` check for inputs that met every rule (warnings possible).
pub fn input_check(warnings: &[Problem]) -> Check {
    if warnings.is_empty() {
        Check::pass("input", "all inputs are well-formed")
    } else {
        let summary = warnings
            .iter()
            .map(|w| w.message.as_str())
            .collect::<Vec<_>>()
            .join("; ");
        let remedy = warnings
            .iter()
            .map(|w| w.fix.as_str())
            .collect::<Vec<_>>()
            .join("\n");
        Check::warn("input", summary, remedy).field(warnings[0].field)
    }
}

/// The report for inputs that broke a rule: nothing was sent, every other check is skipped.
pub fn invalid_input_report(errors: &[Problem], warnings: &[Problem]) -> Report {
    let summary = errors
        .iter()
        .map(|e| e.message.as_str())
        .collect::<Vec<_>>()
        .join("; ");
    let remedy = errors
        .iter()
        .chain(warnings)
        .map(|e| match e.field {
            Some(f) => format!("{}: {}", field_label(f), e.fix),
            None => e.fix.clone(),
        })
        .collect::<Vec<_>>()
        .join("\n");
    let mut checks =
        vec![Check::fail("input", summary, remedy).field(errors.first().and_then(|e| e.field))];
    for id in crate::report::CHECK_IDS.iter().skip(1) {
        checks.push(Check::skip(
            id,
            "not run: fix the input first (nothing was sent)",
        ));
    }
    Report::new(None, None, checks)
}

pub async fn validate(
    http: &Http,
    inputs: &Inputs,
    warnings: &[Problem],
    progress: &dyn Progress,
) -> Report {
    let mut checks = vec![input_check(warnings)];
    progress.step("asking Azure AD: tenant, realm and token…");

    let oidc = async {
        match &inputs.tenant {
            Some(t) => Some(timed(azure::resolve_tenant(http, &inputs.login, t)).await),
            None => None,
        }
    };
    let ((probe, probe_t), (realm, realm_t), (token, token_t), oidc) = tokio::join!(
        timed(azure::probe_org(http, &inputs.org)),
        timed(azure::user_realm(http, &inputs.login, &inputs.username)),
        timed(azure::request_token(http, inputs)),
        oidc,
    );

    let realm_kind = realm.as_ref().ok().map(|r| r.realm);
    let token_tid = match &token {
        Ok(TokenOutcome::Issued(t)) => t.claims.tid.clone(),
        _ => None,
    };
    let (tenant_check, tenant_id) = tenant_check(
        inputs,
        &probe,
        oidc.as_ref().map(|(r, _)| r),
        token_tid.as_deref(),
    );
    checks.push(
        tenant_check.elapsed(probe_t.max(oidc.as_ref().map(|(_, t)| *t).unwrap_or_default())),
    );
    let token_50126 =
        matches!(&token, Ok(TokenOutcome::Rejected { error, .. }) if error.code() == Some(50126));
    let token_issued = matches!(&token, Ok(TokenOutcome::Issued(_)));
    checks.push(realm_check(inputs, &realm, token_issued, token_50126).elapsed(realm_t));

    let token = match token {
        Ok(TokenOutcome::Issued(t)) => {
            let mins = t
                .expires_in
                .map(|d| format!(" (valid for {} min)", d.as_secs() / 60))
                .unwrap_or_default();
            checks.push(
                Check::pass(
                    "token",
                    format!(
                        "Azure AD issued a token to {} for {}{mins}",
                        inputs.username, inputs.org.url
                    ),
                )
                .elapsed(token_t),
            );
            Some(t)
        }
        Ok(TokenOutcome::Rejected { error, .. }) => {
            checks.push(token_rejected(&error, realm_kind, &inputs.client_id).elapsed(token_t));
            None
        }
        Err(e) => {
            checks.push(Check::unreachable("token", &e).elapsed(token_t));
            None
        }
    };

    let mut org = None;
    match token {
        None => {
            for id in &crate::report::CHECK_IDS[4..] {
                checks.push(Check::skip(
                    id,
                    "not run: needs a token (see the token check)",
                ));
            }
        }
        Some(token) => {
            progress.step("checking Dynamics with the sync user's token…");
            let dv = Dataverse::new(http, &inputs.org, &token.access);
            let (dv_checks, info) = dataverse_checks(&dv, inputs, token.claims.oid.clone()).await;
            checks.extend(dv_checks);
            org = info;
        }
    }
    checks.push(expiry_check(
        inputs.secret_expires,
        inputs.today,
        inputs.expiry_warning_days,
    ));
    let org = org.or_else(|| {
        Some(OrgInfo {
            url: inputs.org.url.clone(),
            ..Default::default()
        })
    });
    let mut report = Report::new(tenant_id, org, checks);
    report.secret_expires = inputs.secret_expires;
    report.days_left = inputs
        .secret_expires
        .map(|d| crate::profile::days_until(d, inputs.today));
    report
}

/// The client secret's expiry: warn within `warn_days`, fail once expired (Marketo's sync stops
/// with AADSTS7000222 the moment it expires).
pub fn expiry_check(
    expires: Option<chrono::NaiveDate>,
    today: chrono::NaiveDate,
    warn_days: i64,
) -> Check {
    const ID: &str = "secret.expiry";
    const ROTATE: &str = "create a new client secret next to the old one and put it in Marketo: dynsync rotate --profile NAME";
    let Some(date) = expires else {
        return Check::skip(ID, "the client secret's expiry date is not known").remedy(
            "record it (the portal's Certificates & secrets page shows it): dynsync profile set NAME --secret-expires YYYY-MM-DD, or pass --secret-expires",
        );
    };
    let days = crate::profile::days_until(date, today);
    if days < 0 {
        Check::fail(
            ID,
            format!(
                "the client secret expired on {date} ({} days ago): the sync cannot sign in",
                -days
            ),
            ROTATE,
        )
        .field(Some(Field::ClientSecret))
        .aadsts(Some(7000222))
    } else if days <= warn_days {
        Check::warn(
            ID,
            format!("the client secret expires on {date}, in {days} days"),
            ROTATE,
        )
        .field(Some(Field::ClientSecret))
    } else {
        Check::pass(
            ID,
            format!("the client secret expires on {date}, in {days} days"),
        )
    }
}

fn tenant_check(
    inputs: &Inputs,
    probe: &Result<Probe, HttpError>,
    oidc: Option<&Result<Result<String, AadError>, HttpError>>,
    token_tid: Option<&str>,
) -> (Check, Option<String>) {
    // --tenant, when given, must resolve.
    let given = match oidc {
        Some(Ok(Ok(guid))) => Some(guid.clone()),
        Some(Ok(Err(aad))) => {
            let d = catalogue::diagnose(aad, None);
            let c = Check::fail(
                "tenant",
                format!(
                    "--tenant {}: {}",
                    inputs.tenant.as_deref().unwrap_or(""),
                    d.summary
                ),
                d.remedy,
            )
            .aadsts(d.code)
            .field(Some(Field::Tenant));
            return (c, None);
        }
        Some(Err(e)) => return (Check::unreachable("tenant", e), None),
        None => None,
    };
    let org_tid = match probe {
        Ok(Probe::Tenant { tenant_id, .. }) => tenant_id.clone(),
        Ok(Probe::AdFs { authority }) => {
            let c = Check::fail(
                "tenant",
                format!("{} signs in through an on-premises AD FS ({authority}), not Azure AD", inputs.org.host),
                "dynsync checks Dynamics 365 Online with Azure AD. For Dynamics on-premises (IFD), follow Marketo's on-premises setup; the password grant against Azure AD does not apply",
            )
            .field(Some(Field::OrgUrl));
            return (c, given);
        }
        Ok(Probe::NotDataverse { detail, .. }) => {
            let c = Check::fail(
                "tenant",
                format!("{} is not a Dynamics 365 (Dataverse) endpoint: {detail}", inputs.org.url),
                "copy the org URL from the Power Platform admin center (Environments → your environment → Environment URL), e.g. https://contoso.crm.dynamics.com. Marketo cannot change this URL after the first save",
            )
            .field(Some(Field::OrgUrl));
            return (c, given.or_else(|| token_tid.map(str::to_string)));
        }
        Err(e) => {
            return (
                Check::unreachable("tenant", e),
                given.or_else(|| token_tid.map(str::to_string)),
            );
        }
    };
    if let Some(g) = &given
        && *g != org_tid
    {
        let c = Check::fail(
            "tenant",
            format!(
                "--tenant resolves to {g}, but {} belongs to tenant {org_tid}",
                inputs.org.host
            ),
            "leave --tenant out (dynsync discovers the org's tenant) or pass the org's tenant",
        )
        .field(Some(Field::Tenant));
        return (c, Some(org_tid));
    }
    if let Some(t) = token_tid
        && !t.eq_ignore_ascii_case(&org_tid)
    {
        let c = Check::fail(
                "tenant",
                format!(
                    "{} signs in to tenant {t}, but {} belongs to tenant {org_tid}",
                    inputs.username, inputs.org.host
                ),
                "the sync user must be a member of the org's own tenant: use an account of that directory (not a guest from another one), or check the org URL",
            )
            .field(Some(Field::Username));
        return (c, Some(org_tid));
    }
    let how = if given.is_some() {
        "resolved from --tenant and confirmed by the org"
    } else {
        "from the org's sign-in challenge"
    };
    (
        Check::pass("tenant", format!("tenant {org_tid} ({how})")),
        Some(org_tid),
    )
}

fn realm_check(
    inputs: &Inputs,
    realm: &Result<RealmInfo, HttpError>,
    token_issued: bool,
    token_50126: bool,
) -> Check {
    let domain = inputs.user_domain();
    match realm {
        Err(e) => Check::unreachable("realm", e),
        Ok(info) => match info.realm {
            Realm::Managed => Check::pass("realm", format!("{domain} is a managed domain: Azure AD checks the password itself")),
            Realm::Federated => {
                let via = info.federation_host.as_deref().map(|h| format!(" ({h})")).unwrap_or_default();
                let (summary, remedy) = if token_issued {
                    (
                        format!("{domain} is federated{via}, and Azure AD accepted the password: an HRD policy and password hash sync are in place"),
                        "keep password hash sync on for this domain: if it is turned off, the sync stops signing in".to_string(),
                    )
                } else if token_50126 {
                    (
                        format!("{domain} is federated{via}: the password grant needs an HRD policy and password hash sync"),
                        "see the token check for the commands".to_string(),
                    )
                } else {
                    (
                        format!("{domain} is federated{via}: the password grant needs an HRD policy and password hash sync"),
                        catalogue::hrd_remedy(&inputs.client_id),
                    )
                };
                Check::warn("realm", summary, remedy).field(Some(Field::Username))
            }
            Realm::Unknown => Check::fail(
                "realm",
                format!("{domain} is not a domain of any Azure AD tenant"),
                "check the sync username: it must be the user's principal name in the Dynamics tenant (Entra admin center → Users)",
            )
            .field(Some(Field::Username)),
        },
    }
}

fn token_rejected(error: &AadError, realm: Option<Realm>, client_id: &str) -> Check {
    let d = catalogue::diagnose(error, realm);
    let remedy = d.remedy.replace("<client id>", client_id);
    Check::fail("token", d.summary, remedy)
        .aadsts(d.code)
        .field(d.field)
}

async fn dataverse_checks(
    dv: &Dataverse<'_>,
    inputs: &Inputs,
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
    let whoami_check = whoami_check(&whoami, inputs).elapsed(whoami_t);
    let refused = whoami_check.status == Status::Fail;
    checks.push(whoami_check);
    if refused {
        for id in &crate::report::CHECK_IDS[5..10] {
            checks.push(Check::skip(
                id,
                "not run: Dataverse refused the sync user (see dynamics.whoami)",
            ));
        }
        let info = org_info(&org, inputs);
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
            let (c, row) = user_check(r, inputs);
            (c.elapsed(*t), row)
        }
        None => (
            Check::skip(
                "dynamics.user",
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
        config_check(
            &tables,
            rows.as_ref(),
            installed,
            user_id.as_deref(),
            inputs,
        )
        .elapsed(config_t),
    );
    let info = org_info(&org, inputs);
    checks.push(org_check(&org, &info).elapsed(org_t));
    (checks, info)
}

fn whoami_check(whoami: &DvResult, inputs: &Inputs) -> Check {
    const ID: &str = "dynamics.whoami";
    match whoami {
        Err(e) => Check::unreachable(ID, e),
        Ok(a) if a.status == 200 => {
            let user = a.ok().and_then(|v| v.get("UserId")).and_then(|v| v.as_str()).unwrap_or("?");
            Check::pass(ID, format!("{} accepts the token (WhoAmI: user {user})", inputs.org.host))
        }
        Ok(a) if a.status == 401 => Check::fail(
            ID,
            format!("{} refused the token (HTTP 401){}: {} is not a user of this environment", inputs.org.host, msg(a), inputs.username),
            "add the sync user to the environment: give it a Dynamics 365 license in the Microsoft 365 admin center, make sure it is in the environment's security group (if one is set), and wait for it to appear under Settings → Security → Users",
        )
        .field(Some(Field::Username)),
        Ok(a) if a.status == 403 => Check::fail(
            ID,
            format!("{} denied access (HTTP 403){}: the sync user lacks privileges", inputs.org.host, msg(a)),
            "assign the sync user a security role (Marketo Sync User) in Settings → Security → Users → Manage Roles",
        ),
        Ok(a) if a.status == 404 => Check::fail(
            ID,
            format!("{} has no Dataverse Web API (HTTP 404)", inputs.org.host),
            "check the org URL: it must be the environment URL, e.g. https://contoso.crm.dynamics.com",
        )
        .field(Some(Field::OrgUrl)),
        Ok(a) => Check::unreachable(ID, &unexpected(a, inputs)),
    }
}

fn msg(a: &Answer) -> String {
    a.message().map(|m| format!(" — {m}")).unwrap_or_default()
}

fn unexpected(a: &Answer, inputs: &Inputs) -> HttpError {
    HttpError::Unexpected {
        host: inputs.org.host.clone(),
        status: a.status,
        detail: msg(a),
    }
}

fn user_check(r: &DvResult, inputs: &Inputs) -> (Check, Option<Value>) {
    const ID: &str = "dynamics.user";
    let a = match r {
        Err(e) => return (Check::unreachable(ID, e), None),
        Ok(a) => a,
    };
    if a.denied() {
        return (
            Check::skip(ID, format!("could not read the sync user's record (HTTP {}){}", a.status, msg(a)))
                .remedy("check in Dynamics: Settings → Security → Users → the sync user is enabled and licensed"),
            None,
        );
    }
    let Some(row) = a.rows().and_then(|r| r.first()).cloned() else {
        if a.status != 200 {
            return (Check::unreachable(ID, &unexpected(a, inputs)), None);
        }
        return (
            Check::fail(
                ID,
                format!("{} has no user record for {}", inputs.org.host, inputs.username),
                "license the sync user for Dynamics 365 and add it to this environment; it appears under Settings → Security → Users once synchronised",
            )
            .field(Some(Field::Username)),
            None,
        );
    };
    let name = row
        .get("fullname")
        .and_then(|v| v.as_str())
        .unwrap_or(&inputs.username)
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
    const ID: &str = "dynamics.roles";
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
    const ID: &str = "dynamics.solution";
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
                    format!("could not read solutions (HTTP {}){}", a.status, msg(a)),
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
    const ID: &str = "marketo.steps";
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
                format!("could not read plug-in steps (HTTP {}){}", a.status, msg(a)),
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
    inputs: &Inputs,
) -> Check {
    const ID: &str = "marketo.config_user";
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
                        msg(a)
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
                    format!("Marketo Config \"Default\" names {shown}, not {}", inputs.username),
                    format!("{SET_USER}\n(Or, if {shown} is the intended sync user, enter that user's credentials instead.)"),
                )
                .field(Some(Field::Username)),
                None => Check::skip(ID, format!("Marketo Config \"Default\" names {shown}; the sync user's id is unknown")).remedy(MANUAL_CONFIG),
            }
        }
    }
}

fn org_info(r: &DvResult, inputs: &Inputs) -> Option<OrgInfo> {
    let detail = r.as_ref().ok()?.ok()?.get("Detail")?;
    let s = |k: &str| detail.get(k).and_then(|v| v.as_str()).map(str::to_string);
    Some(OrgInfo {
        url: inputs.org.url.clone(),
        friendly_name: s("FriendlyName"),
        unique_name: s("UniqueName"),
        version: s("OrganizationVersion"),
    })
}

fn org_check(r: &DvResult, info: &Option<OrgInfo>) -> Check {
    const ID: &str = "dynamics.organization";
    match (r, info) {
        (_, Some(o)) => Check::pass(
            ID,
            format!(
                "org \"{}\" (unique name {}, version {}): make sure this is the org Marketo must sync with",
                o.friendly_name.as_deref().unwrap_or("?"),
                o.unique_name.as_deref().unwrap_or("?"),
                o.version.as_deref().unwrap_or("?")
            ),
        ),
        (Err(e), None) => Check::unreachable(ID, e),
        (Ok(a), None) => Check::warn(
            ID,
            format!(
                "could not read the organization's details (HTTP {}){}",
                a.status,
                msg(a)
            ),
            "confirm the org in the Power Platform admin center before saving the URL in Marketo: it cannot be changed later",
        ),
    }
}
