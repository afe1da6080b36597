//! The inputs of a validation run: where each comes from, and the rules each must meet before any
//! request is sent.

use std::sync::OnceLock;

use url::Url;

use crate::cloud::Cloud;
use crate::msg;
use crate::report::Field;
use crate::secrets::Secret;

/// One broken or doubtful input: which field, what is wrong, how to fix it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub field: Option<Field>,
    pub message: String,
    pub fix: String,
}

impl Problem {
    pub fn new(field: Option<Field>, message: impl Into<String>, fix: impl Into<String>) -> Self {
        Problem {
            field,
            message: message.into(),
            fix: fix.into(),
        }
    }
}

pub const DEFAULT_TIMEOUT_SECS: u64 = 20;
/// The default time limit of a whole check run.
pub const DEFAULT_DEADLINE_SECS: u64 = 45;
pub const DEFAULT_EXPIRY_WARNING_DAYS: u32 = 30;

/// Where a missing input can come from, for the error message.
pub fn source_hint(field: Field) -> String {
    match field {
        Field::ClientId => msg!("input-source-client-id"),
        Field::Username => msg!("input-source-username"),
        Field::OrgUrl => msg!("input-source-org-url"),
        Field::Tenant => msg!("input-source-tenant"),
        Field::ClientSecret => msg!("input-source-client-secret"),
        Field::Password => msg!("input-source-password"),
    }
}

/// The input's name in messages ("client ID", "sync username", …). Formatted once: the
/// catalogue's language is fixed by its first message, which this is never before.
pub fn field_label(field: Field) -> &'static str {
    static LABELS: [OnceLock<String>; 6] = [const { OnceLock::new() }; 6];
    let (slot, text): (usize, fn() -> String) = match field {
        Field::ClientId => (0, || msg!("input-field-client-id")),
        Field::ClientSecret => (1, || msg!("input-field-client-secret")),
        Field::Username => (2, || msg!("input-field-username")),
        Field::Password => (3, || msg!("input-field-password")),
        Field::OrgUrl => (4, || msg!("input-field-org-url")),
        Field::Tenant => (5, || msg!("input-field-tenant")),
    };
    LABELS[slot].get_or_init(text)
}

/// The sync user's password: not empty, no white space at either end (the password grant does
/// not accept it). The one password rule: `validate`, `setup`, `rotate` and `profile` use it.
pub fn check_password(p: &Secret) -> Result<(), Problem> {
    if p.is_empty() {
        return Err(Problem::new(
            Some(Field::Password),
            msg!("input-password-empty"),
            source_hint(Field::Password),
        ));
    }
    if p.expose().trim() != p.expose() {
        return Err(Problem::new(
            Some(Field::Password),
            msg!("input-password-white-space"),
            msg!("input-password-white-space.fix"),
        ));
    }
    Ok(())
}

pub fn check_client_secret(s: &Secret) -> Result<(), Problem> {
    let v = s.expose();
    if v.is_empty() {
        return Err(Problem::new(
            Some(Field::ClientSecret),
            msg!("input-client-secret-empty"),
            source_hint(Field::ClientSecret),
        ));
    }
    if parse_guid(v.trim()).is_some() {
        return Err(Problem::new(
            Some(Field::ClientSecret),
            msg!("input-client-secret-is-secret-id"),
            msg!("input-client-secret-is-secret-id.fix"),
        ));
    }
    if v.trim() != v || v.contains(char::is_whitespace) {
        return Err(Problem::new(
            Some(Field::ClientSecret),
            msg!("input-client-secret-white-space"),
            msg!("input-client-secret-white-space.fix"),
        ));
    }
    Ok(())
}

/// The Application (client) ID: a GUID (the Object ID next to it on the portal is another one).
pub fn check_client_id(id: &str) -> Result<String, Problem> {
    parse_guid(id.trim()).ok_or_else(|| {
        Problem::new(
            Some(Field::ClientId),
            msg!("input-client-id-not-guid", value = quoted(id.trim())),
            msg!("input-client-id-not-guid.fix"),
        )
    })
}

/// A GUID in the 8-4-4-4-12 form (braces allowed), returned lower-case without braces.
pub fn parse_guid(s: &str) -> Option<String> {
    let s = s
        .strip_prefix('{')
        .and_then(|x| x.strip_suffix('}'))
        .unwrap_or(s);
    let groups: Vec<&str> = s.split('-').collect();
    let lens = [8, 4, 4, 4, 12];
    if groups.len() != 5 {
        return None;
    }
    for (g, len) in groups.iter().zip(lens) {
        if g.len() != len || !g.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
    }
    Some(s.to_ascii_lowercase())
}

pub fn check_upn(u: &str) -> Result<String, Problem> {
    // A user name is shown back and stored: nothing a terminal would act on.
    if u.chars().any(char::is_control) {
        return Err(Problem::new(
            Some(Field::Username),
            msg!("input-username-control"),
            msg!("input-username-not-upn.fix"),
        ));
    }
    if u.contains('\\') {
        return Err(Problem::new(
            Some(Field::Username),
            msg!("input-username-domain-user", value = quoted(u)),
            msg!("input-username-domain-user.fix"),
        ));
    }
    let valid = match u.rsplit_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && !local.contains('@')
                && is_domain(domain)
                && !u.contains(char::is_whitespace)
        }
        None => false,
    };
    if !valid {
        return Err(Problem::new(
            Some(Field::Username),
            msg!("input-username-not-upn", value = quoted(u)),
            msg!("input-username-not-upn.fix"),
        ));
    }
    Ok(u.to_string())
}

fn is_domain(d: &str) -> bool {
    d.contains('.')
        && !d.starts_with('.')
        && !d.ends_with('.')
        && !d.contains("..")
        && d.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'.')
}

pub fn check_tenant(t: &str) -> Result<String, Problem> {
    if let Some(g) = parse_guid(t) {
        return Ok(g);
    }
    let lower = t.to_ascii_lowercase();
    if lower == "common" || lower == "consumers" {
        return Err(Problem::new(
            Some(Field::Tenant),
            msg!("input-tenant-not-for-password-grant", value = quoted(t)),
            msg!("input-tenant-not-for-password-grant.fix"),
        ));
    }
    if lower == "organizations" || is_domain(&lower) {
        return Ok(lower);
    }
    Err(Problem::new(
        Some(Field::Tenant),
        msg!("input-tenant-invalid", value = quoted(t)),
        msg!("input-tenant-invalid.fix"),
    ))
}

/// A Dynamics org URL reduced to its instance form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrgUrl {
    /// `https://host[:port]`, no trailing slash.
    pub url: String,
    pub host: String,
    /// The national cloud of a known Dynamics Online host; `None` for any other host.
    pub cloud: Option<Cloud>,
    /// What normalisation changed, for the user to see.
    pub notes: Vec<String>,
}

impl OrgUrl {
    pub fn api(&self, path: &str) -> String {
        format!(
            "{}/api/data/v9.2/{}",
            self.url,
            path.trim_start_matches('/')
        )
    }
}

pub fn is_loopback_host(host: &str) -> bool {
    let h = host.trim_start_matches('[').trim_end_matches(']');
    h.eq_ignore_ascii_case("localhost")
        || h.parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}

/// Reduce what an admin pastes to the org's instance URL (scheme + host): `/main.aspx?…`,
/// `/api/data/v9.x/…`, `/XRMServices/2011/Organization.svc…` and the `ORG.api.crmN…` Web API
/// host are mapped back to `https://ORG.crmN.dynamics.com`.
pub fn normalize_org_url(input: &str) -> Result<OrgUrl, String> {
    let trimmed = input.trim();
    if trimmed.is_empty() {
        return Err(msg!("input-org-url-empty"));
    }
    let with_scheme = if trimmed.contains("://") {
        trimmed.to_string()
    } else {
        format!("https://{trimmed}")
    };
    let url = Url::parse(&with_scheme)
        .map_err(|e| msg!("input-org-url-not-url", value = quoted(trimmed), error = e))?;
    let host = match url.host_str() {
        Some(h) if !h.is_empty() => h.to_ascii_lowercase(),
        _ => return Err(msg!("input-org-url-no-host", value = quoted(trimmed))),
    };
    if !url.username().is_empty() || url.password().is_some() {
        return Err(msg!("input-org-url-credentials"));
    }
    let loopback = is_loopback_host(&host);
    match url.scheme() {
        "https" => {}
        "http" if loopback => {}
        "http" => {
            return Err(msg!("input-org-url-http", value = quoted(trimmed)));
        }
        other => return Err(msg!("input-org-url-scheme", scheme = quoted(other))),
    }
    let mut notes = Vec::new();
    let mut host_out = host.clone();
    if let Some(rest) = host.split_once(".api.") {
        let candidate = format!("{}.{}", rest.0, rest.1);
        if Cloud::of_dynamics_host(&candidate).is_some() {
            notes.push(msg!(
                "input-org-url-api-host",
                host = host,
                instance = candidate
            ));
            host_out = candidate;
        }
    }
    let path = url.path().trim_end_matches('/');
    if !path.is_empty() {
        let lower = path.to_ascii_lowercase();
        let known = lower == "/main.aspx"
            || lower.starts_with("/api/data")
            || lower.starts_with("/xrmservices/2011/organization.svc")
            || lower == "/api";
        if known {
            notes.push(msg!("input-org-url-path-dropped", path = path));
        } else {
            notes.push(msg!("input-org-url-path-ignored", path = path));
        }
    } else if url.query().is_some() {
        notes.push(msg!("input-org-url-query-dropped"));
    }
    let port = url.port().map(|p| format!(":{p}")).unwrap_or_default();
    Ok(OrgUrl {
        url: format!("{}://{host_out}{port}", url.scheme()),
        cloud: Cloud::of_dynamics_host(&host_out),
        host: host_out,
        notes,
    })
}

pub fn normalize_authority_host(input: &str) -> Result<String, String> {
    if input.trim().is_empty() {
        return Err(msg!("input-authority-empty"));
    }
    let url = Url::parse(input)
        .map_err(|e| msg!("input-authority-not-url", value = quoted(input), error = e))?;
    let host = url.host_str().unwrap_or("").to_string();
    if host.is_empty() {
        return Err(msg!("input-authority-no-host", value = quoted(input)));
    }
    match url.scheme() {
        "https" => {}
        "http" if is_loopback_host(&host) => {}
        _ => {
            return Err(msg!("input-authority-not-https", value = quoted(input)));
        }
    }
    // The same rules as the org URL: credentials in the URL would become a Basic Authorization
    // header on the sign-in requests; a query or fragment would swallow the token path.
    if !url.username().is_empty() || url.password().is_some() {
        return Err(msg!(
            "input-authority-userinfo",
            value = quoted(&redact_userinfo(&url))
        ));
    }
    if url.query().is_some() || url.fragment().is_some() {
        return Err(msg!("input-authority-query", value = quoted(input)));
    }
    Ok(url.as_str().trim_end_matches('/').to_string())
}

/// A date as typed: ISO `YYYY-MM-DD`, or `M/D/YYYY` as the Azure portal shows dates in English
/// (United States), e.g. a secret's Expires column `5/1/2027` (1 May 2027). The one rule for
/// every date dynsync takes (the secret's expiry, `--secret-expires`, `profile set`).
pub fn parse_date(s: &str) -> Result<chrono::NaiveDate, String> {
    let v = s.trim();
    let iso = chrono::NaiveDate::parse_from_str(v, "%Y-%m-%d");
    let portal = || {
        // Exactly M/D/YYYY: one or two digits, one or two digits, four digits.
        let parts: Vec<&str> = v.split('/').collect();
        let digits = |p: &str, n: std::ops::RangeInclusive<usize>| {
            n.contains(&p.len()) && p.chars().all(|c| c.is_ascii_digit())
        };
        if parts.len() == 3
            && digits(parts[0], 1..=2)
            && digits(parts[1], 1..=2)
            && digits(parts[2], 4..=4)
        {
            chrono::NaiveDate::from_ymd_opt(
                parts[2].parse().ok()?,
                parts[0].parse().ok()?,
                parts[1].parse().ok()?,
            )
        } else {
            None
        }
    };
    iso.ok()
        .or_else(portal)
        .ok_or_else(|| msg!("input-date-invalid", value = quoted(v)))
}

/// The URL with any user name and password replaced, for a message.
fn redact_userinfo(url: &Url) -> String {
    let mut shown = url.clone();
    let _ = shown.set_username("");
    let _ = shown.set_password(None);
    shown.as_str().to_string()
}

/// An input as the messages quote it: `"…"`, with control characters and quotes escaped so
/// they stay visible; a backslash is shown as typed (`CONTOSO\marketo.sync`, not doubled).
fn quoted(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        if c.is_control() || c == '"' {
            out.extend(c.escape_debug());
        } else {
            out.push(c);
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_iso_or_the_portals_us_form() {
        let d = chrono::NaiveDate::from_ymd_opt(2027, 5, 1).unwrap();
        for typed in ["2027-05-01", "5/1/2027", "05/01/2027", " 5/1/2027 "] {
            assert_eq!(parse_date(typed), Ok(d), "{typed}");
        }
        for typed in [
            "1.5.2027",
            "2027/05/01",
            "13/1/2027",
            "5/1/27",
            "5/1/2027/1",
            "",
            "May 1",
        ] {
            let e = parse_date(typed).unwrap_err();
            assert!(e.contains("YYYY-MM-DD") && e.contains("M/D/YYYY"), "{e}");
        }
    }

    #[test]
    fn a_backslash_is_quoted_as_typed() {
        let e = check_upn("CONTOSO\\marketo.sync").unwrap_err();
        assert!(
            e.message.contains("\"CONTOSO\\marketo.sync\""),
            "{}",
            e.message
        );
        assert!(!e.message.contains("\\\\"), "{}", e.message);
        // Control characters and quotes stay visible.
        assert_eq!(quoted("a\u{7}\"b"), "\"a\\u{7}\\\"b\"");
    }

    #[test]
    fn common_tenant_refused_domain_and_guid_accepted() {
        assert!(check_tenant("common").is_err());
        assert_eq!(
            check_tenant("Contoso.onmicrosoft.com").unwrap(),
            "contoso.onmicrosoft.com"
        );
        assert_eq!(
            check_tenant("{AAAAAAAA-bbbb-cccc-dddd-eeeeeeeeeeee}").unwrap(),
            "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee"
        );
        assert!(check_tenant("not a tenant").is_err());
    }

    #[test]
    fn org_url_forms_map_back_to_the_instance() {
        for (input, want) in [
            (
                "https://contoso.crm.dynamics.com",
                "https://contoso.crm.dynamics.com",
            ),
            (
                "contoso.crm4.dynamics.com/",
                "https://contoso.crm4.dynamics.com",
            ),
            (
                "https://contoso.crm.dynamics.com/main.aspx?appid=1&pagetype=x",
                "https://contoso.crm.dynamics.com",
            ),
            (
                "https://contoso.api.crm.dynamics.com/api/data/v9.2/",
                "https://contoso.crm.dynamics.com",
            ),
            (
                "https://contoso.api.crm4.dynamics.com/XRMServices/2011/Organization.svc",
                "https://contoso.crm4.dynamics.com",
            ),
            (
                "HTTPS://Contoso.CRM.dynamics.com",
                "https://contoso.crm.dynamics.com",
            ),
            ("http://127.0.0.1:8443", "http://127.0.0.1:8443"),
            ("https://[::1]:9000/", "https://[::1]:9000"),
        ] {
            assert_eq!(normalize_org_url(input).unwrap().url, want, "{input}");
        }
    }

    #[test]
    fn invalid_punycode_org_is_refused_not_a_panic() {
        // What a property generator of "org names" can produce: refused cleanly.
        assert!(normalize_org_url("https://xn--a.crm.dynamics.com").is_err());
    }

    #[test]
    fn org_url_rejects() {
        assert!(normalize_org_url("http://contoso.crm.dynamics.com").is_err());
        assert!(normalize_org_url("ftp://contoso.crm.dynamics.com").is_err());
        assert!(normalize_org_url("https://user:pw@contoso.crm.dynamics.com").is_err());
        assert!(normalize_org_url("").is_err());
    }

    #[test]
    fn authority_host_has_the_org_urls_rules() {
        for bad in [
            "",
            "  ",
            "https://user:pass@login.example.com",
            "https://user@login.example.com",
            "https://login.example.com/?x=1",
            "https://login.example.com/#frag",
            "http://login.example.com",
        ] {
            assert!(normalize_authority_host(bad).is_err(), "{bad:?}");
        }
        let e = normalize_authority_host("https://user:s3cret@login.example.com").unwrap_err();
        assert!(!e.contains("s3cret"), "{e}");
        assert_eq!(
            normalize_authority_host("https://proxy.example.com/aad/").unwrap(),
            "https://proxy.example.com/aad"
        );
    }

    #[test]
    fn authority_override_rules() {
        assert_eq!(
            normalize_authority_host("http://127.0.0.1:9/").unwrap(),
            "http://127.0.0.1:9"
        );
        assert!(normalize_authority_host("http://login.example.com").is_err());
    }

    mod props {
        use super::super::*;
        use proptest::prelude::*;

        proptest! {
            // No `proptest-regressions/` files in the tree: a failure prints its case instead.
            #![proptest_config(ProptestConfig { failure_persistence: None, ..ProptestConfig::default() })]

            #[test]
            fn normalizer_never_panics(s in "\\PC{0,80}") {
                let _ = normalize_org_url(&s);
            }

            #[test]
            fn normalizer_is_idempotent(org in "[a-z][a-z0-9-]{0,20}", n in prop::sample::select(vec!["", "2", "4", "11", "21"]),
                                        suffix in prop::sample::select(vec!["", "/", "/main.aspx?appid=x", "/api/data/v9.2/WhoAmI", "/XRMServices/2011/Organization.svc/web"]),
                                        api in any::<bool>()) {
                // An `xn--` label is punycode, which a random tail rarely is: not an org name.
                prop_assume!(!org.starts_with("xn--"));
                let host = if api { format!("{org}.api.crm{n}.dynamics.com") } else { format!("{org}.crm{n}.dynamics.com") };
                let first = normalize_org_url(&format!("https://{host}{suffix}")).unwrap();
                prop_assert_eq!(&first.url, &format!("https://{org}.crm{n}.dynamics.com"));
                let second = normalize_org_url(&first.url).unwrap();
                prop_assert_eq!(first.url, second.url);
                prop_assert!(second.notes.is_empty());
                prop_assert!(second.cloud.is_some());
            }

            #[test]
            fn output_is_scheme_and_host_only(s in "https://[a-z]{1,10}\\.[a-z]{2,5}(/[a-zA-Z0-9._-]{0,10}){0,3}") {
                if let Ok(o) = normalize_org_url(&s) {
                    let rest = o.url.strip_prefix("https://").unwrap();
                    prop_assert!(!rest.contains('/'));
                }
            }
        }
    }
}
