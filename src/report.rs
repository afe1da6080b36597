//! The result of a validation run: checks, their statuses, and the document `--json` prints.

use serde::{Deserialize, Serialize};

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

/// The checks, by their stable ids (the JSON `id`), in the documented order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum CheckId {
    #[serde(rename = "input")]
    Input,
    #[serde(rename = "tenant")]
    Tenant,
    #[serde(rename = "realm")]
    Realm,
    #[serde(rename = "token")]
    Token,
    #[serde(rename = "dynamics.whoami")]
    Whoami,
    #[serde(rename = "dynamics.user")]
    User,
    #[serde(rename = "dynamics.roles")]
    Roles,
    #[serde(rename = "dynamics.solution")]
    Solution,
    #[serde(rename = "marketo.steps")]
    Steps,
    #[serde(rename = "marketo.config_user")]
    ConfigUser,
    #[serde(rename = "dynamics.organization")]
    Organization,
    #[serde(rename = "secret.expiry")]
    SecretExpiry,
}

/// What a check needs before it can be made; the runner skips it, with the reason, when that is
/// missing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Need {
    /// Nothing beyond its own input (the input rules; the recorded expiry date).
    Nothing,
    /// Inputs that met every rule: these send the first requests.
    ValidInput,
    /// An access token from Azure AD.
    Token,
    /// A token Dataverse accepted (WhoAmI passed).
    DataverseAccess,
}

impl CheckId {
    pub const ALL: [CheckId; 12] = [
        CheckId::Input,
        CheckId::Tenant,
        CheckId::Realm,
        CheckId::Token,
        CheckId::Whoami,
        CheckId::User,
        CheckId::Roles,
        CheckId::Solution,
        CheckId::Steps,
        CheckId::ConfigUser,
        CheckId::Organization,
        CheckId::SecretExpiry,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            CheckId::Input => "input",
            CheckId::Tenant => "tenant",
            CheckId::Realm => "realm",
            CheckId::Token => "token",
            CheckId::Whoami => "dynamics.whoami",
            CheckId::User => "dynamics.user",
            CheckId::Roles => "dynamics.roles",
            CheckId::Solution => "dynamics.solution",
            CheckId::Steps => "marketo.steps",
            CheckId::ConfigUser => "marketo.config_user",
            CheckId::Organization => "dynamics.organization",
            CheckId::SecretExpiry => "secret.expiry",
        }
    }

    pub fn needs(self) -> Need {
        match self {
            CheckId::Input | CheckId::SecretExpiry => Need::Nothing,
            CheckId::Tenant | CheckId::Realm | CheckId::Token => Need::ValidInput,
            CheckId::Whoami | CheckId::Organization => Need::Token,
            CheckId::User
            | CheckId::Roles
            | CheckId::Solution
            | CheckId::Steps
            | CheckId::ConfigUser => Need::DataverseAccess,
        }
    }

    /// Checks of the Dynamics side (Dataverse and the Marketo solution), which an admin fixes
    /// in Dynamics rather than by re-entering an input.
    pub fn dynamics_side(self) -> bool {
        matches!(self.needs(), Need::DataverseAccess) || self == CheckId::Whoami
    }
}

impl std::fmt::Display for CheckId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.pad(self.as_str())
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Check {
    pub id: CheckId,
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
    pub fn new(id: CheckId, status: Status, summary: impl Into<String>) -> Check {
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
    pub fn pass(id: CheckId, summary: impl Into<String>) -> Check {
        Check::new(id, Status::Pass, summary)
    }
    pub fn warn(id: CheckId, summary: impl Into<String>, remedy: impl Into<String>) -> Check {
        Check::new(id, Status::Warn, summary).remedy(remedy)
    }
    pub fn fail(id: CheckId, summary: impl Into<String>, remedy: impl Into<String>) -> Check {
        Check::new(id, Status::Fail, summary).remedy(remedy)
    }
    pub fn skip(id: CheckId, summary: impl Into<String>) -> Check {
        Check::new(id, Status::Skip, summary)
    }
    /// A check that could not be made: the service did not answer as a service should.
    pub fn unreachable(id: CheckId, error: &crate::http::HttpError) -> Check {
        let mut c = Check::fail(
            id,
            error.to_string(),
            crate::msg!("checks-unreachable-remedy"),
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
    pub from: &'static [CheckId],
    /// When `status` is fail: the checks of `from` that turned it red (for the role item, the
    /// token check only when admin consent was refused). Empty otherwise.
    pub because: Vec<CheckId>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub ok: bool,
    /// How the checked connection signs in: `password` or `s2s` (`connection::AuthKind`).
    pub auth: &'static str,
    pub tenant_id: Option<String>,
    pub org: Option<OrgInfo>,
    /// The client secret's expiry date and the days left, when known.
    pub secret_expires: Option<chrono::NaiveDate>,
    pub days_left: Option<i64>,
    pub checks: Vec<Check>,
    pub marketo_checklist: Vec<Prediction>,
    /// The Marketo Config table found or confirmed by this run, for a profile to remember (not
    /// part of the JSON document).
    #[serde(skip)]
    pub config_table: Option<ConfigTable>,
}

impl Report {
    /// A report of these checks; `ok` when none failed. The Marketo checklist is the runner's to
    /// predict (see [`crate::checks`]).
    pub fn new(tenant_id: Option<String>, org: Option<OrgInfo>, checks: Vec<Check>) -> Report {
        let ok = !checks.iter().any(|c| c.status == Status::Fail);
        Report {
            ok,
            auth: "password",
            tenant_id,
            org,
            secret_expires: None,
            days_left: None,
            checks,
            marketo_checklist: Vec::new(),
            config_table: None,
        }
    }

    /// This report for a connection that signs in this way (`connection::AuthKind::as_str`).
    pub fn auth(mut self, auth: &'static str) -> Report {
        self.auth = auth;
        self
    }

    pub fn check(&self, id: CheckId) -> Option<&Check> {
        self.checks.iter().find(|c| c.id == id)
    }

    /// How the run came out: invalid input; a failure on its merits; only unreachable or
    /// unexpected services in the way; or ok (warnings allowed).
    pub fn outcome(&self) -> crate::outcome::Outcome {
        use crate::outcome::Outcome;
        if self
            .check(CheckId::Input)
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

/// The Marketo Config table as found on one org, remembered by a profile so that the next run
/// reads the Default row at once (`validate --profile`). Stale when the entity set no longer
/// answers or the solution's version changed: then it is found again and replaced.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConfigTable {
    /// The table's logical name (`mkto_marketoconfig`).
    pub logical_name: String,
    /// Its entity set, the Web API path of its rows (`mkto_marketoconfigs`).
    pub entity_set: String,
    /// The Marketo User lookup column (`_mkto_marketouser_value`), when the Default row showed it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lookup: Option<String>,
    /// The Marketo solution's version it was found for.
    pub solution_version: String,
}
