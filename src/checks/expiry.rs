//! The client secret's expiry date, from the profile or `--secret-expires`.

use crate::report::{Check, CheckId, Field};

/// The client secret's expiry: warn within `warn_days`, fail once expired (Marketo's sync stops
/// with AADSTS7000222 the moment it expires).
pub fn expiry_check(
    expires: Option<chrono::NaiveDate>,
    today: chrono::NaiveDate,
    warn_days: i64,
) -> Check {
    const ID: CheckId = CheckId::SecretExpiry;
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
