//! The Marketo side: its "Validate Sync Setup" checklist, and which of dynsync's checks predict
//! each item. Marketo has no public API for its sync settings, so these are predictions made from
//! outside Marketo, before anything is saved there.

use crate::azure::catalogue::{self, Class};
use crate::msg;
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
    /// Its `token` check stands only for admin consent: a consent refusal (AADSTS65001 and the
    /// catalogue's other consent codes) turns the item red; any other token failure leaves it
    /// unpredictable (Azure AD checks the password before consent).
    pub consent: bool,
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
    Item {
        key,
        id,
        from,
        consent: false,
    }
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
    // Adobe's "Fix Dynamics validation sync issues" gives three causes of a red X here: the
    // role, missing admin consent (AADSTS65001 at the token), and a Marketo Config "Default"
    // record that does not name the sync user.
    Item {
        consent: true,
        ..item(
            "Sync user is assigned to the Marketo Sync User role",
            "marketo-item-role",
            &[CheckId::Roles, CheckId::Token, CheckId::ConfigUser],
        )
    },
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

/// Marketo's seven items for an S2S ("Web API") connection: the same headings (Marketo's
/// Validate Sync Setup shows the same seven), Adobe's S2S fixes (the "sync user" is the
/// application user, the username its email), and the checks that stand for each: no realm
/// lookup, and the application user's email for "Username and password are valid".
pub const CHECKLIST_S2S: [Item; 7] = [
    CHECKLIST[0],
    item(
        "Username and password are valid",
        "marketo-item-credentials-s2s",
        &[CheckId::Token, CheckId::Whoami, CheckId::User],
    ),
    Item {
        id: "marketo-item-role-s2s",
        ..CHECKLIST[2]
    },
    CHECKLIST[3],
    CHECKLIST[4],
    Item {
        id: "marketo-item-solution-user-s2s",
        ..CHECKLIST[5]
    },
    Item {
        id: "marketo-item-user-matches-s2s",
        ..CHECKLIST[6]
    },
];

/// The checklist of a connection: [`CHECKLIST_S2S`] for S2S, else [`CHECKLIST`].
pub fn checklist(s2s: bool) -> &'static [Item; 7] {
    if s2s { &CHECKLIST_S2S } else { &CHECKLIST }
}

/// The item with this key (a [`Prediction`]'s `item`) as shown; an unknown key as it is.
pub fn label(key: &str) -> String {
    CHECKLIST
        .iter()
        .find(|i| i.key == key)
        .map_or_else(|| key.to_string(), Item::label)
}

/// What one check says about one item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Verdict {
    Green,
    Unknown,
    Red,
}

/// A token check refused for missing admin consent (a code of the catalogue's consent class).
fn consent_missing(c: &Check) -> bool {
    c.aadsts
        .and_then(catalogue::lookup)
        .is_some_and(|e| e.class == Class::Consent)
}

fn verdict(item: &Item, id: CheckId, checks: &[Check]) -> Verdict {
    let Some(c) = checks.iter().find(|c| c.id == id) else {
        return Verdict::Unknown;
    };
    match c.status {
        Status::Pass | Status::Warn => Verdict::Green,
        Status::Skip => Verdict::Unknown,
        Status::Fail if item.consent && id == CheckId::Token && !consent_missing(c) => {
            Verdict::Unknown
        }
        Status::Fail => Verdict::Red,
    }
}

/// Predict each item: a red X where any of its checks failed (for an item whose token check
/// stands for consent, where consent was refused), unknown (skip) where one could not be made,
/// green otherwise (a warning does not turn Marketo's item red). A red item's `because` lists the
/// checks that turned it red, in `from` order.
pub fn predict(checks: &[Check]) -> Vec<Prediction> {
    predict_for(checks, false)
}

/// [`predict`] for a connection that signs in with S2S (`s2s`) or the password grant.
pub fn predict_for(checks: &[Check], s2s: bool) -> Vec<Prediction> {
    checklist(s2s)
        .iter()
        .map(|i| {
            let verdicts: Vec<(CheckId, Verdict)> = i
                .from
                .iter()
                .map(|id| (*id, verdict(i, *id, checks)))
                .collect();
            let because: Vec<CheckId> = verdicts
                .iter()
                .filter(|(_, v)| *v == Verdict::Red)
                .map(|(id, _)| *id)
                .collect();
            let status = if !because.is_empty() {
                Status::Fail
            } else if verdicts.iter().any(|(_, v)| *v == Verdict::Unknown) {
                Status::Skip
            } else {
                Status::Pass
            };
            Prediction {
                item: i.key,
                status,
                from: i.from,
                because,
            }
        })
        .collect()
}

/// Why a prediction is red, one line per check in its `because`, in the current language: the
/// cause Adobe documents where the item has several (the role item), and the check's summary.
pub fn because(p: &Prediction, checks: &[Check]) -> Vec<String> {
    let item = CHECKLIST.iter().find(|i| i.key == p.item);
    p.because
        .iter()
        .filter_map(|id| checks.iter().find(|c| c.id == *id))
        .map(|c| {
            let (check, summary) = (c.id.as_str(), c.summary.as_str());
            match (item.is_some_and(|i| i.consent), c.id) {
                (true, CheckId::Roles) => {
                    msg!("marketo-because-role", check = check, summary = summary)
                }
                (true, CheckId::Token) => msg!(
                    "marketo-because-consent",
                    check = check,
                    code = c.aadsts.unwrap_or_default()
                ),
                (true, CheckId::ConfigUser) => {
                    msg!(
                        "marketo-because-config-user",
                        check = check,
                        summary = summary
                    )
                }
                _ => msg!("marketo-because", check = check, summary = summary),
            }
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

    const ROLE: usize = 2;

    /// Every check passing, then `change` applied.
    fn checks_with(change: impl Fn(&mut Check)) -> Vec<Check> {
        CheckId::ALL
            .iter()
            .map(|id| {
                let mut c = Check::pass(*id, "ok");
                change(&mut c);
                c
            })
            .collect()
    }

    #[test]
    fn the_role_item_is_predicted_from_its_three_causes() {
        assert_eq!(
            CHECKLIST[ROLE].key,
            "Sync user is assigned to the Marketo Sync User role"
        );
        assert_eq!(
            CHECKLIST[ROLE].from,
            &[CheckId::Roles, CheckId::Token, CheckId::ConfigUser]
        );
        let p = &predict(&checks_with(|_| {}))[ROLE];
        assert_eq!(p.status, Status::Pass);
        assert!(p.because.is_empty());
        assert!(because(p, &[]).is_empty());
    }

    #[test]
    fn role_cause_the_role_is_missing() {
        let checks = checks_with(|c| {
            if c.id == CheckId::Roles {
                *c = Check::fail(
                    CheckId::Roles,
                    "the sync user lacks the Marketo Sync User role: it has only Basic User",
                    "Manage Roles",
                );
            }
        });
        let p = &predict(&checks)[ROLE];
        assert_eq!(p.status, Status::Fail);
        assert_eq!(p.because, vec![CheckId::Roles]);
        assert_eq!(
            because(p, &checks),
            vec![
                "because the sync user lacks the Marketo Sync User role (dynamics.roles: the sync user lacks the Marketo Sync User role: it has only Basic User)"
            ]
        );
    }

    #[test]
    fn role_cause_admin_consent_is_missing() {
        let mut checks = checks_with(|c| {
            if c.id.needs() == crate::report::Need::DataverseAccess || c.id == CheckId::Whoami {
                *c = Check::skip(c.id, "no token");
            }
        });
        let token = checks.iter_mut().find(|c| c.id == CheckId::Token).unwrap();
        *token = Check::fail(
            CheckId::Token,
            "AADSTS65001 DelegationDoesNotExist: …",
            "consent",
        )
        .aadsts(Some(65001));
        let p = &predict(&checks)[ROLE];
        assert_eq!(p.status, Status::Fail);
        assert_eq!(p.because, vec![CheckId::Token]);
        assert_eq!(
            because(p, &checks),
            vec!["because admin consent for the Marketo app is missing (token: AADSTS65001)"]
        );
        // The catalogue's other consent codes count too; a wrong password says nothing about
        // consent, and the role and the Marketo Config were not read: unknown.
        let token = checks.iter_mut().find(|c| c.id == CheckId::Token).unwrap();
        token.aadsts = Some(90094);
        assert_eq!(predict(&checks)[ROLE].status, Status::Fail);
        let token = checks.iter_mut().find(|c| c.id == CheckId::Token).unwrap();
        token.aadsts = Some(50126);
        let p = &predict(&checks)[ROLE];
        assert_eq!(p.status, Status::Skip);
        assert!(p.because.is_empty());
    }

    #[test]
    fn role_cause_marketo_config_names_another_user() {
        let checks = checks_with(|c| {
            if c.id == CheckId::ConfigUser {
                *c = Check::fail(
                    CheckId::ConfigUser,
                    "Marketo Config \"Default\" names Dana Admin, not marketo.sync@contoso.com",
                    "pick the sync user",
                );
            }
        });
        let p = predict(&checks);
        assert_eq!(p[ROLE].status, Status::Fail);
        assert_eq!(p[ROLE].because, vec![CheckId::ConfigUser]);
        assert_eq!(
            because(&p[ROLE], &checks),
            vec![
                "because Marketo Config \"Default\" does not name the sync user (marketo.config_user: Marketo Config \"Default\" names Dana Admin, not marketo.sync@contoso.com)"
            ]
        );
        // The items Marketo Config stands for are red too, with the plain reason.
        for i in [5, 6] {
            assert_eq!(p[i].status, Status::Fail);
            assert_eq!(p[i].because, vec![CheckId::ConfigUser]);
            assert!(because(&p[i], &checks)[0].starts_with("because marketo.config_user failed: "));
        }
        let red: Vec<usize> = (0..7).filter(|i| p[*i].status == Status::Fail).collect();
        assert_eq!(red, vec![ROLE, 5, 6]);
    }

    #[test]
    fn every_failing_cause_is_named_in_order_and_an_unread_config_is_unknown() {
        let checks = checks_with(|c| match c.id {
            CheckId::Roles | CheckId::ConfigUser => c.status = Status::Fail,
            _ => {}
        });
        assert_eq!(
            predict(&checks)[ROLE].because,
            vec![CheckId::Roles, CheckId::ConfigUser]
        );
        let json = serde_json::to_value(&predict(&checks)[ROLE]).unwrap();
        assert_eq!(
            json["because"],
            serde_json::json!(["dynamics.roles", "marketo.config_user"])
        );
        // The role is there but Marketo Config could not be read: one cause is unknown.
        let checks = checks_with(|c| {
            if c.id == CheckId::ConfigUser {
                c.status = Status::Skip;
            }
        });
        assert_eq!(predict(&checks)[ROLE].status, Status::Skip);
    }
}
