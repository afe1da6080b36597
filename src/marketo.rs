//! The Marketo side: its "Validate Sync Setup" checklist, and which of dynsync's checks predict
//! each item. Marketo has no public API for its sync settings, so these are predictions made from
//! outside Marketo, before anything is saved there.

use crate::report::{Check, Prediction, Status};

/// Marketo's seven items, in the order its checklist shows them, with the checks that stand for each.
pub const CHECKLIST: [(&str, &[&str]); 7] = [
    ("URL is valid", &["tenant", "dynamics.whoami"]),
    (
        "Username and password are valid",
        &["realm", "token", "dynamics.whoami"],
    ),
    // Marketo also shows a red X here when admin consent is missing (AADSTS65001 at the token).
    (
        "Sync user is assigned to the Marketo Sync User role",
        &["dynamics.roles"],
    ),
    (
        "Marketo solution is properly installed",
        &["dynamics.solution"],
    ),
    ("All steps in the solution are enabled", &["marketo.steps"]),
    (
        "Sync user is assigned to the Marketo solution",
        &["marketo.config_user"],
    ),
    (
        "Sync user matches username and password",
        &["token", "marketo.config_user"],
    ),
];

const CONSENT_MISSING: u32 = 65001;

/// Predict each item: a red X where any of its checks failed, unknown (skip) where one could not
/// be made, green otherwise (a warning does not turn Marketo's item red).
pub fn predict(checks: &[Check]) -> Vec<Prediction> {
    CHECKLIST
        .iter()
        .map(|(item, from)| {
            let statuses: Vec<Status> = from
                .iter()
                .filter_map(|id| checks.iter().find(|c| c.id == *id).map(|c| c.status))
                .collect();
            let consent_missing = *item == CHECKLIST[2].0
                && checks
                    .iter()
                    .any(|c| c.id == "token" && c.aadsts == Some(CONSENT_MISSING));
            let status = if consent_missing {
                Status::Fail
            } else if statuses.len() < from.len() || statuses.contains(&Status::Fail) {
                if statuses.contains(&Status::Fail) {
                    Status::Fail
                } else {
                    Status::Skip
                }
            } else if statuses.contains(&Status::Skip) {
                Status::Skip
            } else {
                Status::Pass
            };
            Prediction { item, status, from }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_failed_role_check_predicts_a_red_x_on_item_three_only() {
        let mut checks: Vec<Check> = crate::report::CHECK_IDS
            .iter()
            .map(|id| Check::pass(id, "ok"))
            .collect();
        checks
            .iter_mut()
            .find(|c| c.id == "dynamics.roles")
            .unwrap()
            .status = Status::Fail;
        checks
            .iter_mut()
            .find(|c| c.id == "dynamics.user")
            .unwrap()
            .status = Status::Warn;
        let p = predict(&checks);
        let red: Vec<&str> = p
            .iter()
            .filter(|x| x.status == Status::Fail)
            .map(|x| x.item)
            .collect();
        assert_eq!(
            red,
            vec!["Sync user is assigned to the Marketo Sync User role"]
        );
        assert!(p.iter().filter(|x| x.status == Status::Pass).count() == 6);
    }

    #[test]
    fn missing_consent_turns_the_role_item_red() {
        let checks = vec![
            Check::fail("token", "AADSTS65001", "grant consent").aadsts(Some(65001)),
            Check::skip("dynamics.roles", "not run"),
        ];
        assert_eq!(predict(&checks)[2].status, Status::Fail);
        let checks = vec![
            Check::fail("token", "AADSTS50126", "pw").aadsts(Some(50126)),
            Check::skip("dynamics.roles", "not run"),
        ];
        assert_eq!(predict(&checks)[2].status, Status::Skip);
    }

    #[test]
    fn missing_checks_are_unknown() {
        let p = predict(&[Check::pass("tenant", "ok")]);
        assert!(p.iter().all(|x| x.status == Status::Skip));
    }
}
