//! One connection model: where Marketo's sync signs in, and as whom.
//!
//! [`Settings`] are the non-secret settings as one source gives them (flags and env vars, a
//! profile, a setup's saved state); [`Settings::or`] merges sources field by field, first source
//! first (flag > env > profile > setup state: clap has already put flags over env vars).
//! [`check`] applies the rules of [`crate::input`] to the merged settings and the secrets and
//! yields a [`Connection`], whose [`Credentials`] say how the sync signs in.

use std::path::PathBuf;
use std::time::Duration;

use serde::{Deserialize, Serialize};

use crate::cloud::Cloud;
use crate::input::{
    DEFAULT_TIMEOUT_SECS, OrgUrl, Problem, check_client_id, check_client_secret, check_password,
    check_tenant, check_upn, field_label, normalize_authority_host, normalize_org_url, source_hint,
};
use crate::msg;
use crate::report::Field;
use crate::secrets::Secret;

/// How the sync signs in to Azure AD.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum AuthKind {
    /// A licensed sync user with the OAuth2 password grant (ROPC): Marketo's default.
    #[default]
    Password,
    /// Server-to-server: the app's client credentials, acting as a Dataverse application user
    /// (Marketo's "Web API" / S2S connection). No password, works where MFA is enforced.
    S2s,
}

impl AuthKind {
    /// The name used by `--auth`, `DYNSYNC_AUTH`, profiles and the JSON document.
    pub fn as_str(self) -> &'static str {
        match self {
            AuthKind::Password => "password",
            AuthKind::S2s => "s2s",
        }
    }
}

/// The non-secret settings of one connection, as one source gives them; nothing checked yet.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Settings {
    pub org_url: Option<String>,
    pub cloud: Option<Cloud>,
    pub authority_host: Option<String>,
    pub ca_bundle: Option<PathBuf>,
    pub tenant: Option<String>,
    pub client_id: Option<String>,
    pub username: Option<String>,
    pub auth: Option<AuthKind>,
}

impl Settings {
    /// The login host these settings sign in at: `authority_host` when set, else the cloud's
    /// (given, or inferred from the org URL; the public cloud by default).
    pub fn login_host(&self) -> String {
        if let Some(h) = self.authority_host.as_deref().map(str::trim)
            && !h.is_empty()
        {
            return normalize_authority_host(h).unwrap_or_else(|_| h.trim_end_matches('/').into());
        }
        let inferred = self
            .org_url
            .as_deref()
            .and_then(|u| normalize_org_url(u).ok())
            .and_then(|o| o.cloud);
        self.cloud
            .or(inferred)
            .unwrap_or(Cloud::Public)
            .login_host()
            .to_string()
    }

    /// These settings over `lower`, field by field: a field set here wins.
    pub fn or(self, lower: Settings) -> Settings {
        Settings {
            org_url: self.org_url.or(lower.org_url),
            cloud: self.cloud.or(lower.cloud),
            authority_host: self.authority_host.or(lower.authority_host),
            ca_bundle: self.ca_bundle.or(lower.ca_bundle),
            tenant: self.tenant.or(lower.tenant),
            client_id: self.client_id.or(lower.client_id),
            username: self.username.or(lower.username),
            auth: self.auth.or(lower.auth),
        }
    }
}

/// Settings and secrets as gathered (flags, environment, stdin, keyring, prompts).
#[derive(Debug, Clone, Default)]
pub struct Raw {
    pub settings: Settings,
    pub client_secret: Option<Secret>,
    pub password: Option<Secret>,
    pub timeout_secs: Option<u64>,
}

/// How the sync signs in, with what it needs for that. The token request, the checks that
/// depend on the user, the lockout guard and rotation switch on it.
#[derive(Debug, Clone)]
pub enum Credentials {
    /// The password grant as the sync user.
    Password { username: String, password: Secret },
    /// The client credentials grant as the app's Dataverse application user (S2S). The client
    /// secret is the connection's own ([`Connection::client_secret`]): the same one sent with the
    /// password grant. `app_user_email`: the application user's primary email, which Marketo's
    /// S2S form takes as the username, when given.
    ClientCredentials { app_user_email: Option<String> },
}

impl Credentials {
    pub fn kind(&self) -> AuthKind {
        match self {
            Credentials::Password { .. } => AuthKind::Password,
            Credentials::ClientCredentials { .. } => AuthKind::S2s,
        }
    }
}

/// A connection whose every input met its rule.
#[derive(Debug, Clone)]
pub struct Connection {
    pub org: OrgUrl,
    pub cloud: Cloud,
    /// The login host to use, e.g. `https://login.microsoftonline.com` (no trailing slash).
    pub login: String,
    pub ca_bundle: Option<PathBuf>,
    pub tenant: Option<String>,
    pub client_id: String,
    pub client_secret: Secret,
    pub credentials: Credentials,
    pub timeout: Duration,
}

impl Connection {
    /// The sync user's UPN, when the connection signs in as a user.
    pub fn username(&self) -> Option<&str> {
        match &self.credentials {
            Credentials::Password { username, .. } => Some(username),
            Credentials::ClientCredentials { .. } => None,
        }
    }

    /// Whether the connection signs in as the app's application user (S2S).
    pub fn is_s2s(&self) -> bool {
        self.credentials.kind() == AuthKind::S2s
    }

    /// The application user's email given for an S2S connection (Marketo's username).
    pub fn app_user_email(&self) -> Option<&str> {
        match &self.credentials {
            Credentials::ClientCredentials { app_user_email } => app_user_email.as_deref(),
            Credentials::Password { .. } => None,
        }
    }

    /// The domain part of the sync user's UPN ("" when there is no user).
    pub fn user_domain(&self) -> &str {
        self.username()
            .and_then(|u| u.rsplit_once('@'))
            .map(|(_, d)| d)
            .unwrap_or("")
    }

    /// Who signs in, for headings and summaries.
    pub fn who(&self) -> &str {
        self.username().unwrap_or(&self.client_id)
    }
}

/// The outcome of checking a [`Raw`] connection.
#[derive(Debug)]
pub struct Checked {
    pub connection: Option<Connection>,
    pub errors: Vec<Problem>,
    pub warnings: Vec<Problem>,
}

/// Check every rule; collect all problems rather than stopping at the first.
pub fn check(raw: Raw) -> Checked {
    let Raw {
        settings: s,
        client_secret,
        password,
        timeout_secs,
    } = raw;
    let mut errors = Vec::new();
    let mut warnings = Vec::new();
    let auth = s.auth.unwrap_or_default();
    let missing = |f: Field| {
        Problem::new(
            Some(f),
            msg!("input-missing", field = field_label(f)),
            source_hint(f),
        )
    };

    let client_id = match s.client_id.as_deref().map(str::trim) {
        None | Some("") => {
            errors.push(missing(Field::ClientId));
            None
        }
        Some(id) => match check_client_id(id) {
            Ok(g) => Some(g),
            Err(p) => {
                errors.push(p);
                None
            }
        },
    };

    let client_secret = match client_secret {
        None => {
            errors.push(missing(Field::ClientSecret));
            None
        }
        Some(s) => match check_client_secret(&s) {
            Ok(()) => Some(s),
            Err(p) => {
                errors.push(p);
                None
            }
        },
    };

    let username = match s.username.as_deref().map(str::trim) {
        // S2S: the application user's email is optional (checked against Dataverse when given).
        None | Some("") if auth == AuthKind::S2s => None,
        None | Some("") => {
            errors.push(missing(Field::Username));
            None
        }
        Some(u) => match check_upn(u) {
            Ok(u) => Some(u),
            Err(p) => {
                errors.push(p);
                None
            }
        },
    };

    let password = match password {
        // S2S sends no password; one given (a profile's, the environment's) is not used.
        _ if auth == AuthKind::S2s => None,
        None => {
            errors.push(missing(Field::Password));
            None
        }
        Some(p) => match check_password(&p) {
            Ok(()) => Some(p),
            Err(e) => {
                errors.push(e);
                None
            }
        },
    };

    let org = match s.org_url.as_deref().map(str::trim) {
        None | Some("") => {
            errors.push(missing(Field::OrgUrl));
            None
        }
        Some(u) => match normalize_org_url(u) {
            Ok(org) => Some(org),
            Err(problem) => {
                errors.push(Problem::new(
                    Some(Field::OrgUrl),
                    problem,
                    msg!("input-org-url-fix"),
                ));
                None
            }
        },
    };

    let tenant = match s.tenant.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(t) => match check_tenant(t) {
            Ok(t) => Some(t),
            Err(p) => {
                errors.push(p);
                None
            }
        },
    };

    let inferred = org.as_ref().and_then(|o| o.cloud);
    let cloud = match (s.cloud, inferred) {
        (Some(c), Some(i)) if c != i && !(c == Cloud::Public && i == Cloud::Usgov) => {
            warnings.push(Problem::new(
                Some(Field::OrgUrl),
                msg!(
                    "input-cloud-mismatch",
                    given = c.name(),
                    inferred = i.name()
                ),
                msg!("input-cloud-mismatch.fix"),
            ));
            c
        }
        (Some(c), _) => c,
        (None, Some(i)) => i,
        (None, None) => Cloud::Public,
    };

    if let Some(o) = &org {
        if o.cloud.is_none() {
            warnings.push(Problem::new(
                Some(Field::OrgUrl),
                msg!("input-org-host-unknown", host = o.host),
                msg!("input-org-host-unknown.fix"),
            ));
        }
        for note in &o.notes {
            warnings.push(Problem::new(
                Some(Field::OrgUrl),
                note.clone(),
                msg!("input-org-url-normalised"),
            ));
        }
    }

    let login = match s.authority_host.as_deref().map(str::trim) {
        None => Some(cloud.login_host().to_string()),
        Some(h) => match normalize_authority_host(h) {
            Ok(h) => Some(h),
            Err(problem) => {
                errors.push(Problem::new(None, problem, msg!("input-authority-fix")));
                None
            }
        },
    };

    let timeout = match timeout_secs {
        Some(0) => {
            errors.push(Problem::new(
                None,
                msg!("input-timeout-zero"),
                msg!("input-timeout-zero.fix"),
            ));
            None
        }
        Some(s) => Some(Duration::from_secs(s)),
        None => Some(Duration::from_secs(DEFAULT_TIMEOUT_SECS)),
    };

    if let Some(path) = &s.ca_bundle
        && !path.is_file()
    {
        errors.push(Problem::new(
            None,
            msg!("input-ca-bundle-missing", path = path.display()),
            msg!("input-ca-bundle-missing.fix"),
        ));
    }

    let connection = if errors.is_empty() {
        Some(Connection {
            client_id: client_id.expect("checked"),
            client_secret: client_secret.expect("checked"),
            credentials: match auth {
                AuthKind::Password => Credentials::Password {
                    username: username.expect("checked"),
                    password: password.expect("checked"),
                },
                AuthKind::S2s => Credentials::ClientCredentials {
                    app_user_email: username,
                },
            },
            org: org.expect("checked"),
            tenant,
            cloud,
            login: login.expect("checked"),
            ca_bundle: s.ca_bundle,
            timeout: timeout.expect("checked"),
        })
    } else {
        None
    };
    Checked {
        connection,
        errors,
        warnings,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn full() -> Raw {
        Raw {
            settings: Settings {
                client_id: Some("11111111-2222-3333-4444-555555555555".into()),
                username: Some("sync@contoso.com".into()),
                org_url: Some("https://contoso.crm.dynamics.com".into()),
                ..Default::default()
            },
            client_secret: Some(Secret::new("abc8Q~not-a-real-secret")),
            password: Some(Secret::new("pw")),
            timeout_secs: None,
        }
    }

    #[test]
    fn complete_inputs_pass() {
        let c = check(full());
        assert!(c.errors.is_empty(), "{:?}", c.errors);
        let i = c.connection.unwrap();
        assert_eq!(i.cloud, Cloud::Public);
        assert_eq!(i.login, "https://login.microsoftonline.com");
        assert_eq!(i.user_domain(), "contoso.com");
        assert_eq!(i.username(), Some("sync@contoso.com"));
        assert_eq!(i.timeout, Duration::from_secs(20));
    }

    #[test]
    fn guid_shaped_secret_is_the_secret_id() {
        let mut raw = full();
        raw.client_secret = Some(Secret::new("0b6c7b3e-1c2d-4e5f-8a9b-0c1d2e3f4a5b"));
        let c = check(raw);
        assert!(c.connection.is_none());
        assert_eq!(c.errors[0].field, Some(Field::ClientSecret));
        assert!(c.errors[0].message.contains("Secret ID"));
    }

    #[test]
    fn domain_backslash_user_is_explained() {
        let mut raw = full();
        raw.settings.username = Some("CONTOSO\\sync".into());
        let c = check(raw);
        assert_eq!(c.errors[0].field, Some(Field::Username));
        assert!(c.errors[0].message.contains("user principal name"));
    }

    #[test]
    fn missing_values_name_flag_and_env() {
        let c = check(Raw::default());
        let fields: Vec<_> = c.errors.iter().map(|p| p.field).collect();
        assert_eq!(
            fields,
            vec![
                Some(Field::ClientId),
                Some(Field::ClientSecret),
                Some(Field::Username),
                Some(Field::Password),
                Some(Field::OrgUrl)
            ]
        );
        assert!(
            c.errors[0].fix.contains("--client-id")
                && c.errors[0].fix.contains("DYNSYNC_CLIENT_ID")
        );
        assert!(c.errors[1].fix.contains("DYNSYNC_CLIENT_SECRET"));
    }

    #[test]
    fn object_id_style_mistakes_in_client_id() {
        let mut raw = full();
        raw.settings.client_id = Some("contoso-marketo-app".into());
        assert_eq!(check(raw).errors[0].field, Some(Field::ClientId));
    }

    #[test]
    fn password_with_edge_space_is_refused() {
        let mut raw = full();
        raw.password = Some(Secret::new("pw "));
        let c = check(raw);
        assert_eq!(c.errors[0].field, Some(Field::Password));
        assert!(!c.errors[0].message.contains("pw "));
    }

    #[test]
    fn unknown_org_host_is_a_warning_not_an_error() {
        let mut raw = full();
        raw.settings.org_url = Some("https://crm.example.org".into());
        let c = check(raw);
        assert!(c.errors.is_empty());
        assert!(
            c.warnings
                .iter()
                .any(|w| w.message.contains("not a known Dynamics"))
        );
    }

    #[test]
    fn s2s_needs_no_username_nor_password() {
        let mut raw = full();
        raw.settings.auth = Some(AuthKind::S2s);
        raw.settings.username = None;
        raw.password = None;
        let c = check(raw);
        assert!(c.errors.is_empty(), "{:?}", c.errors);
        let conn = c.connection.unwrap();
        assert!(conn.is_s2s());
        assert_eq!(conn.username(), None);
        assert_eq!(conn.app_user_email(), None);
        assert_eq!(conn.user_domain(), "");
        // An email given is checked like a UPN and kept as the application user's.
        let mut raw = full();
        raw.settings.auth = Some(AuthKind::S2s);
        raw.settings.username = Some("marketo-app@contoso.com".into());
        let conn = check(raw).connection.unwrap();
        assert_eq!(conn.app_user_email(), Some("marketo-app@contoso.com"));
        let mut raw = full();
        raw.settings.auth = Some(AuthKind::S2s);
        raw.settings.username = Some("not an email".into());
        assert_eq!(check(raw).errors[0].field, Some(Field::Username));
        // The secret is still required.
        let mut raw = full();
        raw.settings.auth = Some(AuthKind::S2s);
        raw.client_secret = None;
        assert_eq!(check(raw).errors[0].field, Some(Field::ClientSecret));
    }

    #[test]
    fn cloud_inferred_from_org_host() {
        let mut raw = full();
        raw.settings.org_url = Some("https://x.crm.microsoftdynamics.us".into());
        let i = check(raw).connection.unwrap();
        assert_eq!(i.cloud, Cloud::Usgovhigh);
        assert_eq!(i.login, "https://login.microsoftonline.us");
    }
}
