//! The result of a validation run: checks, their statuses, and the document `--json` prints.

use serde::Serialize;

/// The input a failing check points at, so a caller (the wizard) can ask for exactly that value again.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    ClientId,
    ClientSecret,
    Username,
    Password,
    OrgUrl,
    Tenant,
}

impl Field {
    pub fn as_str(self) -> &'static str {
        match self {
            Field::ClientId => "client_id",
            Field::ClientSecret => "client_secret",
            Field::Username => "username",
            Field::Password => "password",
            Field::OrgUrl => "org_url",
            Field::Tenant => "tenant",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Pass,
    Warn,
    Skip,
    Fail,
}

impl Status {
    pub fn symbol(self) -> &'static str {
        match self {
            Status::Pass => "✓",
            Status::Warn => "!",
            Status::Fail => "✗",
            Status::Skip => "–",
        }
    }
}

/// The stable check ids, in dependency order (`secret.expiry` needs no request and comes last).
pub const CHECK_IDS: [&str; 12] = [
    "input",
    "tenant",
    "realm",
    "token",
    "dynamics.whoami",
    "dynamics.user",
    "dynamics.roles",
    "dynamics.solution",
    "marketo.steps",
    "marketo.config_user",
    "dynamics.organization",
    "secret.expiry",
];

#[derive(Debug, Clone, Serialize)]
pub struct Check {
    pub id: &'static str,
    pub status: Status,
    pub summary: String,
    pub remedy: Option<String>,
    pub aadsts: Option<u32>,
    pub field: Option<Field>,
    pub elapsed_ms: u64,
    /// The check could not be made because a service was unreachable or answered unexpectedly
    /// (exit 3 rather than 1 when nothing else failed).
    #[serde(skip)]
    pub unreachable: bool,
}

impl Check {
    pub fn new(id: &'static str, status: Status, summary: impl Into<String>) -> Check {
        Check {
            id,
            status,
            summary: summary.into(),
            remedy: None,
            aadsts: None,
            field: None,
            elapsed_ms: 0,
            unreachable: false,
        }
    }
    pub fn pass(id: &'static str, summary: impl Into<String>) -> Check {
        Check::new(id, Status::Pass, summary)
    }
    pub fn warn(id: &'static str, summary: impl Into<String>, remedy: impl Into<String>) -> Check {
        Check::new(id, Status::Warn, summary).remedy(remedy)
    }
    pub fn fail(id: &'static str, summary: impl Into<String>, remedy: impl Into<String>) -> Check {
        Check::new(id, Status::Fail, summary).remedy(remedy)
    }
    pub fn skip(id: &'static str, summary: impl Into<String>) -> Check {
        Check::new(id, Status::Skip, summary)
    }
    /// A check that could not be made: the service did not answer as a service should.
    pub fn unreachable(id: &'static str, error: &crate::http::HttpError) -> Check {
        let mut c = Check::fail(
            id,
            error.to_string(),
            "check the network path (proxy: HTTPS_PROXY/NO_PROXY; corporate TLS inspection: --ca-bundle FILE) and try again",
        );
        c.unreachable = true;
        c
    }
    pub fn remedy(mut self, remedy: impl Into<String>) -> Check {
        let r = remedy.into();
        self.remedy = if r.is_empty() { None } else { Some(r) };
        self
    }
    pub fn field(mut self, field: Option<Field>) -> Check {
        self.field = field;
        self
    }
    pub fn aadsts(mut self, code: Option<u32>) -> Check {
        self.aadsts = code;
        self
    }
    pub fn elapsed(mut self, d: std::time::Duration) -> Check {
        self.elapsed_ms = d.as_millis() as u64;
        self
    }
}

#[derive(Debug, Clone, Default, Serialize, PartialEq, Eq)]
pub struct OrgInfo {
    pub url: String,
    pub friendly_name: Option<String>,
    pub unique_name: Option<String>,
    pub version: Option<String>,
}

/// One item of Marketo's own "Validate Sync Setup" checklist, predicted from dynsync's checks.
#[derive(Debug, Clone, Serialize)]
pub struct Prediction {
    pub item: &'static str,
    pub status: Status,
    pub from: &'static [&'static str],
}

#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub ok: bool,
    pub tenant_id: Option<String>,
    pub org: Option<OrgInfo>,
    /// The client secret's expiry date and the days left, when known.
    pub secret_expires: Option<chrono::NaiveDate>,
    pub days_left: Option<i64>,
    pub checks: Vec<Check>,
    pub marketo_checklist: Vec<Prediction>,
}

impl Report {
    pub fn new(tenant_id: Option<String>, org: Option<OrgInfo>, checks: Vec<Check>) -> Report {
        let ok = !checks.iter().any(|c| c.status == Status::Fail);
        let marketo_checklist = crate::marketo::predict(&checks);
        Report {
            ok,
            tenant_id,
            org,
            secret_expires: None,
            days_left: None,
            checks,
            marketo_checklist,
        }
    }

    /// The document printed when the run was interrupted: nothing was concluded.
    pub fn interrupted() -> Report {
        let checks = CHECK_IDS
            .iter()
            .map(|id| Check::skip(id, "interrupted before this check finished"))
            .collect();
        Report {
            ok: false,
            ..Report::new(None, None, checks)
        }
    }

    pub fn check(&self, id: &str) -> Option<&Check> {
        self.checks.iter().find(|c| c.id == id)
    }

    /// How the run came out: invalid input; a failure on its merits; only unreachable or
    /// unexpected services in the way; or ok (warnings allowed).
    pub fn outcome(&self) -> crate::error::Outcome {
        use crate::error::Outcome;
        if self
            .check("input")
            .is_some_and(|c| c.status == Status::Fail)
        {
            return Outcome::InvalidInput;
        }
        let failed: Vec<&Check> = self
            .checks
            .iter()
            .filter(|c| c.status == Status::Fail)
            .collect();
        if failed.is_empty() {
            Outcome::Ok
        } else if failed.iter().all(|c| c.unreachable) {
            Outcome::Unreachable
        } else {
            Outcome::ChecksFailed
        }
    }
}
