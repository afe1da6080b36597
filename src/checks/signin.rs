//! Sign-in checks: the org's tenant, the user's realm, and the token itself.

use crate::azure::aad_error::AadError;
use crate::azure::catalogue;
use crate::azure::{Probe, Realm, RealmInfo};
use crate::connection::Connection;
use crate::http::HttpError;
use crate::report::{Check, CheckId, Field};

pub(super) fn tenant_check(
    conn: &Connection,
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
                CheckId::Tenant,
                format!(
                    "--tenant {}: {}",
                    conn.tenant.as_deref().unwrap_or(""),
                    d.summary
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
                format!("{} signs in through an on-premises AD FS ({authority}), not Azure AD", conn.org.host),
                "dynsync checks Dynamics 365 Online with Azure AD. For Dynamics on-premises (IFD), follow Marketo's on-premises setup; the password grant against Azure AD does not apply",
            )
            .field(Some(Field::OrgUrl));
            return (c, given);
        }
        Ok(Probe::NotDataverse { detail, .. }) => {
            let c = Check::fail(
                CheckId::Tenant,
                format!("{} is not a Dynamics 365 (Dataverse) endpoint: {detail}", conn.org.url),
                "copy the org URL from the Power Platform admin center (Environments → your environment → Environment URL), e.g. https://contoso.crm.dynamics.com. Marketo cannot change this URL after the first save",
            )
            .field(Some(Field::OrgUrl));
            return (c, given.or_else(|| token_tid.map(str::to_string)));
        }
        Err(e) => {
            return (
                Check::unreachable(CheckId::Tenant, e),
                given.or_else(|| token_tid.map(str::to_string)),
            );
        }
    };
    if let Some(g) = &given
        && *g != org_tid
    {
        let c = Check::fail(
            CheckId::Tenant,
            format!(
                "--tenant resolves to {g}, but {} belongs to tenant {org_tid}",
                conn.org.host
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
                CheckId::Tenant,
                format!(
                    "{} signs in to tenant {t}, but {} belongs to tenant {org_tid}",
                    conn.who(), conn.org.host
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
        Check::pass(CheckId::Tenant, format!("tenant {org_tid} ({how})")),
        Some(org_tid),
    )
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
            Realm::Managed => Check::pass(CheckId::Realm, format!("{domain} is a managed domain: Azure AD checks the password itself")),
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
                        catalogue::hrd_remedy(&conn.client_id),
                    )
                };
                Check::warn(CheckId::Realm, summary, remedy).field(Some(Field::Username))
            }
            Realm::Unknown => Check::fail(
                CheckId::Realm,
                format!("{domain} is not a domain of any Azure AD tenant"),
                "check the sync username: it must be the user's principal name in the Dynamics tenant (Entra admin center → Users)",
            )
            .field(Some(Field::Username)),
        },
    }
}

pub(super) fn token_rejected(error: &AadError, realm: Option<Realm>, client_id: &str) -> Check {
    let d = catalogue::diagnose(error, realm);
    let remedy = d.remedy.replace("<client id>", client_id);
    Check::fail(CheckId::Token, d.summary, remedy)
        .aadsts(d.code)
        .field(d.field)
}
