//! The client secret's expiry date, from the profile or `--secret-expires`.

use crate::msg;
use crate::report::{Check, CheckId, Field};

/// AADSTS7000222: the client secret has expired.
pub const SECRET_EXPIRED: u32 = 7000222;

/// The check when Azure AD refused the secret as expired: it fails, and a recorded date that
/// says otherwise is called wrong.
pub fn expired_per_azure(
    expires: Option<chrono::NaiveDate>,
    today: chrono::NaiveDate,
    profile: &str,
) -> Check {
    let summary = match expires {
        Some(date) if crate::profile::days_until(date, today) >= 0 => {
            msg!("checks-expiry-azure-says-expired-date-wrong", date = date)
        }
        _ => msg!("checks-expiry-azure-says-expired"),
    };
    Check::fail(
        CheckId::SecretExpiry,
        summary,
        msg!("checks-expiry-rotate", profile = profile),
    )
    .field(Some(Field::ClientSecret))
    .aadsts(Some(SECRET_EXPIRED))
}

/// The client secret's expiry: warn within `warn_days`, fail once expired (Marketo's sync stops
/// with AADSTS7000222 the moment it expires).
pub fn expiry_check(
    expires: Option<chrono::NaiveDate>,
    today: chrono::NaiveDate,
    warn_days: i64,
    profile: &str,
) -> Check {
    const ID: CheckId = CheckId::SecretExpiry;
    let Some(date) = expires else {
        return Check::skip(ID, msg!("checks-expiry-unknown"))
            .remedy(msg!("checks-expiry-unknown.remedy", profile = profile));
    };
    let days = crate::profile::days_until(date, today);
    if days < 0 {
        Check::fail(
            ID,
            msg!("checks-expiry-expired", date = date, days = -days),
            msg!("checks-expiry-rotate", profile = profile),
        )
        .field(Some(Field::ClientSecret))
        .aadsts(Some(7000222))
    } else if days <= warn_days {
        Check::warn(
            ID,
            msg!("checks-expiry-in", date = date, days = days),
            msg!("checks-expiry-rotate", profile = profile),
        )
        .field(Some(Field::ClientSecret))
    } else {
        Check::pass(ID, msg!("checks-expiry-in", date = date, days = days))
    }
}

#[cfg(test)]
mod tests {
    use chrono::{NaiveDate, TimeDelta};

    use super::*;

    #[test]
    fn one_day_is_singular() {
        let today = NaiveDate::from_ymd_opt(2026, 3, 1).unwrap();
        let summary =
            |days: i64| expiry_check(Some(today + TimeDelta::days(days)), today, 30, "p").summary;
        assert_eq!(
            summary(1),
            "the client secret expires on 2026-03-02, in 1 day"
        );
        assert_eq!(
            summary(0),
            "the client secret expires on 2026-03-01, in 0 days"
        );
        assert_eq!(
            summary(45),
            "the client secret expires on 2026-04-15, in 45 days"
        );
        assert_eq!(
            summary(-1),
            "the client secret expired on 2026-02-28 (1 day ago): the sync cannot sign in"
        );
        assert_eq!(
            summary(-3),
            "the client secret expired on 2026-02-26 (3 days ago): the sync cannot sign in"
        );
    }
}
