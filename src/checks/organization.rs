//! The organization: its names and version, so the admin can confirm the org before Marketo
//! ties itself to it for good.

use super::refusal::why;
use crate::connection::Connection;
use crate::dynamics::DvResult;
use crate::msg;
use crate::report::{Check, CheckId, OrgInfo};

pub(super) fn org_info(r: &DvResult, conn: &Connection) -> Option<OrgInfo> {
    let detail = r.as_ref().ok()?.ok()?.get("Detail")?;
    let s = |k: &str| detail.get(k).and_then(|v| v.as_str()).map(str::to_string);
    Some(OrgInfo {
        url: conn.org.url.clone(),
        friendly_name: s("FriendlyName"),
        unique_name: s("UniqueName"),
        version: s("OrganizationVersion"),
    })
}

pub(super) fn org_check(r: &DvResult, info: &Option<OrgInfo>) -> Check {
    const ID: CheckId = CheckId::Organization;
    match (r, info) {
        (_, Some(o)) => Check::pass(
            ID,
            msg!(
                "checks-org-ok",
                friendly = o.friendly_name.as_deref().unwrap_or("?"),
                unique = o.unique_name.as_deref().unwrap_or("?"),
                version = o.version.as_deref().unwrap_or("?")
            ),
        ),
        (Err(e), None) => Check::unreachable(ID, e),
        (Ok(a), None) => Check::warn(
            ID,
            msg!("checks-org-unreadable", why = why(a)),
            msg!("checks-org-unreadable.remedy"),
        ),
    }
}
