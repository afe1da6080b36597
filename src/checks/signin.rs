//! Sign-in checks: the org's tenant, the user's realm, and the token itself.

use crate::azure::aad_error::AadError;
use crate::azure::catalogue;
use crate::azure::{Probe, Realm, RealmInfo};
use crate::connection::Connection;
use crate::http::HttpError;
use crate::msg;
use crate::report::{Check, CheckId, Field};

pub(super) fn tenant_check(
    conn: &Connection,
    probe: &Result<Probe, HttpError>,
    oidc: Option<&Result<Result<String, AadError>, HttpError>>,
    token_tid: Option<&str>,
    user_home: Option<&str>,
) -> (Check, Option<String>) {
    // --tenant, when given, must resolve.
    let given = match oidc {
        Some(Ok(Ok(guid))) => Some(guid.clone()),
        Some(Ok(Err(aad))) => {
            let d = catalogue::diagnose(aad, None);
            let c = Check::fail(
                CheckId::Tenant,
                msg!(
                    "checks-tenant-given-refused",
                    tenant = conn.tenant.as_deref().unwrap_or(""),
                    summary = d.summary
                ),
                d.remedy,
            )
            .aadsts(d.code)
            .field(Some(Field::Tenant));
            return (c, None);
        }
        Some(Err(e)) => return (Check::unreachable(CheckId::Tenant, e), None),
        None => None,
    };
    let org_tid = match probe {
        Ok(Probe::Tenant { tenant_id, .. }) => tenant_id.clone(),
        Ok(Probe::AdFs { authority }) => {
            let c = Check::fail(
                CheckId::Tenant,
                msg!(
                    "checks-tenant-adfs",
                    host = conn.org.host,
                    authority = authority
                ),
                msg!("checks-tenant-adfs.remedy"),
            )
            .field(Some(Field::OrgUrl));
            return (c, given);
        }
        Ok(Probe::NotDataverse { detail, .. }) => {
            let c = Check::fail(
                CheckId::Tenant,
                msg!(
                    "checks-tenant-not-dataverse",
                    url = conn.org.url,
                    detail = detail
                ),
                msg!("checks-tenant-not-dataverse.remedy"),
            )
            .field(Some(Field::OrgUrl));
            return (c, given.or_else(|| token_tid.map(str::to_string)));
        }
        Err(e) => {
            let mut c = Check::unreachable(CheckId::Tenant, e);
            if let HttpError::Unexpected { status, .. } = e
                && (*status >= 500 || *status == 429)
            {
                c = c.remedy(msg!(
                    "checks-tenant-probe-failed-remedy",
                    host = conn.org.host
                ));
            }
            return (c, given.or_else(|| token_tid.map(str::to_string)));
        }
    };
    if let Some(g) = &given
        && *g != org_tid
    {
        let c = Check::fail(
            CheckId::Tenant,
            msg!(
                "checks-tenant-given-mismatch",
                given = g,
                host = conn.org.host,
                tenant = org_tid
            ),
            msg!("checks-tenant-given-mismatch.remedy"),
        )
        .field(Some(Field::Tenant));
        return (c, Some(org_tid));
    }
    if let Some(t) = token_tid
        && !t.eq_ignore_ascii_case(&org_tid)
    {
        let c = Check::fail(
            CheckId::Tenant,
            msg!(
                "checks-tenant-user-elsewhere",
                who = conn.who(),
                user_tenant = t,
                host = conn.org.host,
                tenant = org_tid
            ),
            msg!("checks-tenant-user-elsewhere.remedy"),
        )
        .field(Some(Field::Username));
        return (c, Some(org_tid));
    }
    if token_tid.is_none()
        && let Some(home) = user_home
        && !home.eq_ignore_ascii_case(&org_tid)
    {
        let c = Check::fail(
            CheckId::Tenant,
            msg!(
                "checks-tenant-user-domain-elsewhere",
                who = conn.who(),
                user_tenant = home,
                domain = conn.user_domain(),
                host = conn.org.host,
                tenant = org_tid
            ),
            msg!(
                "checks-tenant-user-domain-elsewhere.remedy",
                tenant = org_tid
            ),
        )
        .field(Some(Field::Username));
        return (c, Some(org_tid));
    }
    let summary = if given.is_some() {
        msg!("checks-tenant-from-given", tenant = org_tid)
    } else {
        msg!("checks-tenant-discovered", tenant = org_tid)
    };
    (Check::pass(CheckId::Tenant, summary), Some(org_tid))
}

pub(super) fn realm_check(
    conn: &Connection,
    realm: &Result<RealmInfo, HttpError>,
    token_issued: bool,
    token_50126: bool,
) -> Check {
    let domain = conn.user_domain();
    match realm {
        Err(e) => Check::unreachable(CheckId::Realm, e),
        Ok(info) => match info.realm {
            Realm::Managed => Check::pass(
                CheckId::Realm,
                msg!("checks-realm-managed", domain = domain),
            ),
            Realm::Federated => {
                let via = info
                    .federation_host
                    .as_deref()
                    .map(|h| msg!("checks-realm-via", host = h))
                    .unwrap_or_default();
                let (summary, remedy) = if token_issued {
                    (
                        msg!(
                            "checks-realm-federated-accepted",
                            domain = domain,
                            via = via
                        ),
                        msg!("checks-realm-federated-accepted.remedy"),
                    )
                } else if token_50126 {
                    (
                        msg!("checks-realm-federated", domain = domain, via = via),
                        msg!("checks-realm-see-token"),
                    )
                } else {
                    (
                        msg!("checks-realm-federated", domain = domain, via = via),
                        catalogue::hrd_remedy(&conn.client_id),
                    )
                };
                Check::warn(CheckId::Realm, summary, remedy).field(Some(Field::Username))
            }
            Realm::Unknown => Check::fail(
                CheckId::Realm,
                msg!("checks-realm-unknown", domain = domain),
                msg!("checks-realm-unknown.remedy"),
            )
            .field(Some(Field::Username)),
        },
    }
}

pub(super) fn token_rejected(
    error: &AadError,
    realm: Option<Realm>,
    conn: &Connection,
    tenant: Option<&str>,
    profile: Option<&str>,
    user_elsewhere: bool,
) -> Check {
    let client_id = conn.client_id.as_str();
    let d = catalogue::diagnose(error, realm);
    if user_elsewhere {
        // The tenant check names both tenants and the fix; the code's own advice (a wrong
        // client ID, an unknown user) would send the admin elsewhere.
        return Check::fail(CheckId::Token, d.summary, msg!("checks-token-see-tenant"))
            .aadsts(d.code)
            .field(Some(Field::Username));
    }
    // Known values filled in: the app, and the org's tenant once discovered.
    let mut remedy = d.remedy.replace("<client id>", client_id);
    if let Some(tenant) = tenant {
        remedy = remedy.replace("<tenant>", tenant);
    }
    if d.class == Some(catalogue::Class::Mfa) && !conn.is_s2s() {
        // MFA or Conditional Access on the sync user: the password grant cannot pass; an
        // application user (S2S) signs in without one.
        remedy.push('\n');
        remedy.push_str(&msg!(
            "checks-s2s-offer",
            command = s2s_command(conn, profile)
        ));
    }
    if conn.is_s2s() && d.class == Some(catalogue::Class::Secret) && d.code == Some(7000215) {
        remedy.push('\n');
        remedy.push_str(&msg!("checks-s2s-secret-other-app", client_id = client_id));
    }
    Check::fail(CheckId::Token, d.summary, remedy)
        .aadsts(d.code)
        .field(d.field)
}

/// The command that validates this connection as S2S: the profile's when there is one, else
/// the connection's own inputs as flags (secrets never: they come as they came).
pub(super) fn s2s_command(conn: &Connection, profile: Option<&str>) -> String {
    match profile {
        Some(name) => format!("dynsync validate --profile {name} --auth s2s"),
        None => {
            let mut c = format!(
                "dynsync validate --auth s2s --client-id {} --org-url {}",
                conn.client_id, conn.org.url
            );
            if let Some(t) = &conn.tenant {
                c.push_str(&format!(" --tenant {t}"));
            }
            c
        }
    }
}

/// Whether the sync user's domain belongs to another tenant than the org's, by the domain's
/// OpenID configuration (a domain is verified in one tenant only, so its users are not the org's).
pub(super) fn user_elsewhere(probe: &Result<Probe, HttpError>, user_home: Option<&str>) -> bool {
    match (probe, user_home) {
        (Ok(Probe::Tenant { tenant_id, .. }), Some(home)) => !home.eq_ignore_ascii_case(tenant_id),
        _ => false,
    }
}
