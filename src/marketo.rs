//! The Marketo side: its "Validate Sync Setup" checklist, and which of dynsync's checks predict
//! each item. Marketo has no public API for its sync settings, so these are predictions made from
//! outside Marketo, before anything is saved there.

use crate::report::{Check, CheckId, Prediction, Status};

/// One item of Marketo's "Validate Sync Setup" checklist.
#[derive(Debug, Clone, Copy)]
pub struct Item {
    /// Marketo's English wording: the stable key of the item in the JSON output
    /// (`marketo_checklist[].item`), whatever the language shown.
    pub key: &'static str,
    /// The id of the message that shows it (locales/*/marketo.ftl); its `.fix` is Adobe's fix.
    pub id: &'static str,
    /// The checks that stand for it.
    pub from: &'static [CheckId],
}

impl Item {
    /// The item as shown, in the current language.
    pub fn label(&self) -> String {
        crate::msg::text(self.id)
    }

    /// Adobe's fix for a red X on this item.
    pub fn fix(&self) -> String {
        crate::msg::attr(self.id, "fix")
    }
}

const fn item(key: &'static str, id: &'static str, from: &'static [CheckId]) -> Item {
    Item { key, id, from }
}

/// Marketo's seven items, in the order its checklist shows them, with the checks that stand for each.
pub const CHECKLIST: [Item; 7] = [
    item(
        "URL is valid",
        "marketo-item-url",
        &[CheckId::Tenant, CheckId::Whoami],
    ),
    item(
        "Username and password are valid",
        "marketo-item-credentials",
        &[CheckId::Realm, CheckId::Token, CheckId::Whoami],
    ),
    // Marketo also shows a red X here when admin consent is missing (AADSTS65001 at the token).
    item(
        "Sync user is assigned to the Marketo Sync User role",
        "marketo-item-role",
        &[CheckId::Roles],
    ),
    item(
        "Marketo solution is properly installed",
        "marketo-item-solution",
        &[CheckId::Solution],
    ),
    item(
        "All steps in the solution are enabled",
        "marketo-item-steps",
        &[CheckId::Steps],
    ),
    item(
        "Sync user is assigned to the Marketo solution",
        "marketo-item-solution-user",
        &[CheckId::ConfigUser],
    ),
    item(
        "Sync user matches username and password",
        "marketo-item-user-matches",
        &[CheckId::Token, CheckId::ConfigUser],
    ),
];

/// The item with this key (a [`Prediction`]'s `item`) as shown; an unknown key as it is.
pub fn label(key: &str) -> String {
    CHECKLIST
        .iter()
        .find(|i| i.key == key)
        .map_or_else(|| key.to_string(), Item::label)
}

const CONSENT_MISSING: u32 = 65001;

/// Predict each item: a red X where any of its checks failed, unknown (skip) where one could not
/// be made, green otherwise (a warning does not turn Marketo's item red).
pub fn predict(checks: &[Check]) -> Vec<Prediction> {
    CHECKLIST
        .iter()
        .map(|i| {
            let (item, from) = (i.key, i.from);
            let statuses: Vec<Status> = from
                .iter()
                .filter_map(|id| checks.iter().find(|c| c.id == *id).map(|c| c.status))
                .collect();
            let consent_missing = item == CHECKLIST[2].key
                && checks
                    .iter()
                    .any(|c| c.id == CheckId::Token && c.aadsts == Some(CONSENT_MISSING));
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
        let mut checks: Vec<Check> = CheckId::ALL
            .iter()
            .map(|id| Check::pass(*id, "ok"))
            .collect();
        checks
            .iter_mut()
            .find(|c| c.id == CheckId::Roles)
            .unwrap()
            .status = Status::Fail;
        checks
            .iter_mut()
            .find(|c| c.id == CheckId::User)
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
            Check::fail(CheckId::Token, "AADSTS65001", "grant consent").aadsts(Some(65001)),
            Check::skip(CheckId::Roles, "not run"),
        ];
        assert_eq!(predict(&checks)[2].status, Status::Fail);
        let checks = vec![
            Check::fail(CheckId::Token, "AADSTS50126", "pw").aadsts(Some(50126)),
            Check::skip(CheckId::Roles, "not run"),
        ];
        assert_eq!(predict(&checks)[2].status, Status::Skip);
    }

    #[test]
    fn every_item_shows_marketos_wording_and_has_a_fix() {
        for item in CHECKLIST {
            // English shows Marketo's own wording, which is also the key in the JSON output.
            assert_eq!(item.label(), item.key);
            assert_eq!(label(item.key), item.key);
            assert!(item.fix().len() > 40, "{}: {}", item.id, item.fix());
        }
        assert_eq!(label("not an item"), "not an item");
    }

    #[test]
    fn missing_checks_are_unknown() {
        let p = predict(&[Check::pass(CheckId::Tenant, "ok")]);
        assert!(p.iter().all(|x| x.status == Status::Skip));
    }
}
