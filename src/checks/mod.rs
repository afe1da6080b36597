//! The checks, a module per group (sign-in, Dataverse, organization, expiry), and the one runner
//! that plans them: [`run`] is the only place the check sequence is written; `validate`, the
//! wizard's preflight and `rotate` call it. Each check declares what it needs
//! ([`CheckId::needs`]); the runner skips, with the reason, what cannot be made.
//!
//! The rounds, with as few round trips as the dependencies allow:
//! Round 1 (concurrent): the org's sign-in challenge (tenant), the user-realm lookup, the OpenID
//! configuration of `--tenant` when given and of the username's domain (unless `--tenant` is that
//! domain: a user of another tenant than the org's), and the password grant itself, sent to the
//! username's domain so it need not wait for tenant discovery. Round 2 (concurrent, one HTTP/2 connection):
//! WhoAmI, the user (found by the token's `oid`), team roles, the solution, its plug-in steps,
//! its tables, and the organization. Round 3: the Marketo Config rows.
//! When the org refuses the `entity` join that finds the tables, the documented metadata API
//! takes over (the solution's components, then every table's definition at once): two rounds more
//! on that path only.
//! With a Marketo Config table remembered by the profile ([`Options::config_table`]), its rows are
//! read in round 2 with the rest: two rounds in all; a stale one is found again as above.

mod dataverse;
mod expiry;
mod organization;
mod refusal;
mod signin;

use std::future::Future;
use std::time::{Duration, Instant};

use chrono::NaiveDate;

use crate::azure::{self, TokenOutcome};
use crate::connection::{self, Connection, Credentials, Raw};
use crate::dynamics::Dataverse;
use crate::http::{DemoTls, Http, HttpConfig, RequestLog};
use crate::input::{DEFAULT_EXPIRY_WARNING_DAYS, Problem, field_label};
use crate::msg;
use crate::report::{Check, CheckId, Need, OrgInfo, Report};
use crate::ui::Progress;
use dataverse::dataverse_checks;
pub use expiry::expiry_check;
use signin::{realm_check, tenant_check, token_rejected};

/// What a run needs besides the connection.
#[derive(Debug, Clone)]
pub struct Options {
    /// The client secret's expiry date, when known, for `secret.expiry`.
    pub secret_expires: Option<NaiveDate>,
    /// Warn when the secret expires within this many days.
    pub expiry_warning_days: u32,
    /// Today, from the injected clock.
    pub today: NaiveDate,
    /// The demo tenant's TLS and name resolution.
    pub demo: Option<DemoTls>,
    /// Log each request to stderr.
    pub verbose: bool,
    /// The whole run's time limit: requests and retries stop there and the report says what
    /// it has (`--deadline`).
    pub deadline: Duration,
    /// The Marketo Config table a profile remembers from an earlier run: its rows are read at
    /// once, in the second round (a stale one is found again).
    pub config_table: Option<crate::report::ConfigTable>,
    /// The profile checked, to name it in remedies (`dynsync rotate --profile NAME`).
    pub profile: Option<String>,
}

impl Options {
    pub fn new(today: NaiveDate) -> Options {
        Options {
            secret_expires: None,
            expiry_warning_days: DEFAULT_EXPIRY_WARNING_DAYS,
            today,
            demo: None,
            verbose: false,
            deadline: Duration::from_secs(crate::input::DEFAULT_DEADLINE_SECS),
            config_table: None,
            profile: None,
        }
    }
}

/// A finished run: its report, and the connection it checked when the inputs met every rule.
pub struct Run {
    pub report: Report,
    pub connection: Option<Connection>,
}

/// The one check sequence: the input rules (nothing is sent when one is broken), then the
/// requests in rounds, then the Marketo checklist predicted from the checks. With
/// `opts.verbose`, each request's log line goes to `log` as it completes.
pub async fn run(raw: Raw, opts: &Options, progress: &dyn Progress, log: &dyn Fn(&str)) -> Run {
    if !opts.verbose {
        return run_with(raw, opts, progress, None).await;
    }
    let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel();
    let run = run_with(raw, opts, progress, Some(tx));
    tokio::pin!(run);
    let done = loop {
        tokio::select! {
            done = &mut run => break done,
            Some(line) = rx.recv() => log(&line),
        }
    };
    while let Ok(line) = rx.try_recv() {
        log(&line);
    }
    done
}

async fn run_with(
    raw: Raw,
    opts: &Options,
    progress: &dyn Progress,
    log: Option<RequestLog>,
) -> Run {
    let auth = raw.settings.auth.unwrap_or_default();
    let checked = connection::check(raw);
    let Some(conn) = checked.connection else {
        let report = invalid_input_report(&checked.errors, &checked.warnings);
        return Run {
            report: finish(report.auth(auth.as_str())),
            connection: None,
        };
    };
    let config = HttpConfig {
        timeout: conn.timeout,
        ca_bundle: conn.ca_bundle.clone(),
        demo: opts.demo.clone(),
        log,
        deadline: Some((std::time::Instant::now() + opts.deadline, opts.deadline)),
    };
    let report = match Http::new(&config) {
        Ok(http) => rounds(&http, &conn, &checked.warnings, opts, progress).await,
        Err(message) => {
            let problem = Problem {
                field: None,
                message,
                fix: msg!("checks-ca-bundle-unusable"),
            };
            invalid_input_report(&[problem], &checked.warnings)
                .auth(conn.credentials.kind().as_str())
        }
    };
    Run {
        report,
        connection: Some(conn),
    }
}

/// The document of a run that ended in an error before any check: the `input` check fails with
/// the error (nothing was sent), every other check is skipped.
pub fn error_report(message: &str) -> Report {
    let problem = Problem {
        field: None,
        message: message.to_string(),
        fix: String::new(),
    };
    invalid_input_report(&[problem], &[])
}

/// The document of a run interrupted before it concluded anything.
pub fn interrupted_report() -> Report {
    let checks = CheckId::ALL
        .iter()
        .map(|id| Check::skip(*id, msg!("checks-interrupted")))
        .collect();
    let mut report = finish(Report::new(None, None, checks));
    report.ok = false;
    report
}

/// The report's Marketo checklist, predicted from its checks.
fn finish(mut report: Report) -> Report {
    let s2s = report.auth == connection::AuthKind::S2s.as_str();
    report.marketo_checklist = crate::marketo::predict_for(&report.checks, s2s);
    report
}

/// Skip every check that needs `need`, saying why.
fn skip_needing(checks: &mut Vec<Check>, need: Need, why: &str) {
    for id in CheckId::ALL.iter().filter(|id| id.needs() == need) {
        checks.push(Check::skip(*id, why));
    }
}

/// Put the checks in the documented order.
fn in_order(mut checks: Vec<Check>) -> Vec<Check> {
    checks.sort_by_key(|c| c.id);
    checks
}

async fn timed<T>(f: impl Future<Output = T>) -> (T, Duration) {
    let start = Instant::now();
    let out = f.await;
    (out, start.elapsed())
}

/// The `input` check for inputs that met every rule (warnings possible).
pub fn input_check(warnings: &[Problem]) -> Check {
    if warnings.is_empty() {
        Check::pass(CheckId::Input, msg!("checks-input-ok"))
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
        Check::warn(CheckId::Input, summary, remedy).field(warnings[0].field)
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
            Some(f) => msg!(
                "checks-input-fix-for-field",
                field = field_label(f),
                fix = e.fix
            ),
            None => e.fix.clone(),
        })
        .collect::<Vec<_>>()
        .join("\n");
    let mut checks = vec![
        Check::fail(CheckId::Input, summary, remedy).field(errors.first().and_then(|e| e.field)),
    ];
    for id in CheckId::ALL.iter().skip(1) {
        checks.push(Check::skip(*id, msg!("checks-skip-invalid-input")));
    }
    finish(Report::new(None, None, checks))
}

/// S2S without `--tenant`: the token request to the tenant the org's challenge named (none when
/// it named none).
async fn token_at_org_tenant(
    http: &Http,
    conn: &Connection,
    probe: &Result<azure::Probe, crate::http::HttpError>,
) -> Option<(Result<TokenOutcome, crate::http::HttpError>, Duration)> {
    match probe {
        Ok(azure::Probe::Tenant { tenant_id, .. }) => {
            Some(timed(azure::request_token_at(http, conn, tenant_id)).await)
        }
        _ => None,
    }
}

/// The report when no token could be requested (S2S, and the org's challenge named no tenant):
/// the token and what needs it skipped, the secret's expiry as always.
fn no_token_report(
    conn: &Connection,
    opts: &Options,
    mut checks: Vec<Check>,
    tenant_id: Option<String>,
) -> Report {
    checks.push(Check::skip(
        CheckId::Token,
        msg!("checks-s2s-token-no-tenant"),
    ));
    let why = msg!("checks-skip-needs-token");
    skip_needing(&mut checks, Need::Token, &why);
    skip_needing(&mut checks, Need::DataverseAccess, &why);
    checks.push(expiry_check(
        opts.secret_expires,
        opts.today,
        i64::from(opts.expiry_warning_days),
        opts.profile.as_deref().unwrap_or("NAME"),
    ));
    let org = Some(OrgInfo {
        url: conn.org.url.clone(),
        ..Default::default()
    });
    let mut report = Report::new(tenant_id, org, in_order(checks));
    report.secret_expires = opts.secret_expires;
    report.days_left = opts
        .secret_expires
        .map(|d| crate::profile::days_until(d, opts.today));
    finish(report.auth(conn.credentials.kind().as_str()))
}

async fn rounds(
    http: &Http,
    conn: &Connection,
    warnings: &[Problem],
    opts: &Options,
    progress: &dyn Progress,
) -> Report {
    let mut checks = vec![input_check(warnings)];
    progress.step(&msg!("checks-progress-azure"));

    let oidc = async {
        match &conn.tenant {
            Some(t) => Some(timed(azure::resolve_tenant(http, &conn.login, t)).await),
            None => None,
        }
    };
    let realm = async {
        match &conn.credentials {
            Credentials::Password { username, .. } => {
                Some(timed(azure::user_realm(http, &conn.login, username)).await)
            }
            Credentials::ClientCredentials { .. } => None,
        }
    };
    // S2S has no username whose domain names the tenant: without --tenant, its token request
    // waits for the tenant the org's challenge names.
    let token_waits = conn.is_s2s() && conn.tenant.is_none();
    // Boxed while it is small (unpolled): the token request's future then lives on the heap.
    let token_now = Box::pin(async {
        if token_waits {
            None
        } else {
            Some(timed(azure::request_token(http, conn)).await)
        }
    });
    // The tenant of the username's domain, to tell a user of another tenant from the token's
    // generic refusal; `--tenant` naming that same domain is already being resolved.
    let domain = conn.user_domain();
    let given_is_domain = conn
        .tenant
        .as_deref()
        .is_some_and(|t| t.eq_ignore_ascii_case(domain));
    let home = async {
        if given_is_domain || domain.is_empty() {
            None
        } else {
            Some(azure::resolve_tenant(http, &conn.login, domain).await)
        }
    };
    let ((probe, probe_t), realm, token_now, oidc, home) = tokio::join!(
        timed(azure::probe_org(http, &conn.org)),
        realm,
        token_now,
        oidc,
        home,
    );
    let token_round = match token_now {
        Some(t) => Some(t),
        None => Box::pin(token_at_org_tenant(http, conn, &probe)).await,
    };
    // Only an answer counts: a domain no tenant knows is the realm check's to report, and a
    // failed lookup leaves the other tenant checks to decide.
    let user_home = match (&home, &oidc) {
        (Some(Ok(Ok(tid))), _) => Some(tid.as_str()),
        (None, Some((Ok(Ok(tid)), _))) if given_is_domain => Some(tid.as_str()),
        _ => None,
    };
    let user_elsewhere = signin::user_elsewhere(&probe, user_home);

    let realm_kind = realm
        .as_ref()
        .and_then(|(r, _)| r.as_ref().ok())
        .map(|r| r.realm);
    let token_tid = match &token_round {
        Some((Ok(TokenOutcome::Issued(t)), _)) => t.claims.tid.clone(),
        _ => None,
    };
    let (tenant_check, tenant_id) = tenant_check(
        conn,
        &probe,
        oidc.as_ref().map(|(r, _)| r),
        token_tid.as_deref(),
        user_home,
    );
    checks.push(
        tenant_check.elapsed(probe_t.max(oidc.as_ref().map(|(_, t)| *t).unwrap_or_default())),
    );
    let token_50126 = matches!(&token_round,
        Some((Ok(TokenOutcome::Rejected { error, .. }), _)) if error.code() == Some(50126));
    let token_issued = matches!(&token_round, Some((Ok(TokenOutcome::Issued(_)), _)));
    checks.push(match &realm {
        Some((realm, realm_t)) => {
            realm_check(conn, realm, token_issued, token_50126).elapsed(*realm_t)
        }
        None => Check::skip(CheckId::Realm, msg!("checks-s2s-realm-not-used")),
    });

    let Some((token, token_t)) = token_round else {
        return no_token_report(conn, opts, checks, tenant_id);
    };
    let token = match token {
        Ok(TokenOutcome::Issued(t)) => {
            let summary = match t.expires_in {
                Some(d) => msg!(
                    "checks-token-issued-valid-for",
                    who = conn.who(),
                    url = conn.org.url,
                    minutes = d.as_secs() / 60
                ),
                None => msg!("checks-token-issued", who = conn.who(), url = conn.org.url),
            };
            checks.push(Check::pass(CheckId::Token, summary).elapsed(token_t));
            Some(t)
        }
        Ok(TokenOutcome::Rejected { error, .. }) => {
            checks.push(
                token_rejected(
                    &error,
                    realm_kind,
                    conn,
                    tenant_id.as_deref(),
                    opts.profile.as_deref(),
                    user_elsewhere,
                )
                .elapsed(token_t),
            );
            None
        }
        Err(e) => {
            checks.push(Check::unreachable(CheckId::Token, &e).elapsed(token_t));
            None
        }
    };

    let mut org = None;
    let mut config_table = None;
    match token {
        None => {
            let why = msg!("checks-skip-needs-token");
            skip_needing(&mut checks, Need::Token, &why);
            skip_needing(&mut checks, Need::DataverseAccess, &why);
        }
        Some(token) => {
            progress.step(&msg!("checks-progress-dynamics"));
            let dv = Dataverse::new(http, &conn.org, &token.access);
            let (dv_checks, info, table) = dataverse_checks(
                &dv,
                conn,
                token.claims.oid.clone(),
                opts.config_table.as_ref(),
            )
            .await;
            checks.extend(dv_checks);
            org = info;
            config_table = table;
        }
    }
    // Azure AD's word beats the recorded date: a secret it calls expired is expired.
    let azure_says_expired = checks
        .iter()
        .any(|c| c.id == CheckId::Token && c.aadsts == Some(expiry::SECRET_EXPIRED));
    let profile = opts.profile.as_deref().unwrap_or("NAME");
    checks.push(if azure_says_expired {
        expiry::expired_per_azure(opts.secret_expires, opts.today, profile)
    } else {
        expiry_check(
            opts.secret_expires,
            opts.today,
            i64::from(opts.expiry_warning_days),
            profile,
        )
    });
    let org = org.or_else(|| {
        Some(OrgInfo {
            url: conn.org.url.clone(),
            ..Default::default()
        })
    });
    let mut report = Report::new(tenant_id, org, in_order(checks));
    report.secret_expires = opts.secret_expires;
    report.config_table = config_table;
    report.days_left = opts
        .secret_expires
        .map(|d| crate::profile::days_until(d, opts.today));
    finish(report.auth(conn.credentials.kind().as_str()))
}
