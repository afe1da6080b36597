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

/// The Marketo side of the setup. Marketo has no API for its sync settings, so the one driver
/// today guides the admin through the UI; the wizard only talks to this trait.
pub mod driver {
    use std::io::Write;

    use crate::error::Result;
    use crate::secrets::Secret;
    use crate::ui::{Clipboard, Prompter};
    use crate::wizard::messages::{M, t, text};
    use crate::wizard::state::MarketoStep;

    /// A value the admin may need to paste into Marketo.
    pub struct Value {
        pub label: &'static str,
        pub value: Option<String>,
        /// The secret values are copied only on explicit request, and cleared after.
        pub secret: Option<Secret>,
    }

    /// What a step shows: where to click and what to enter.
    pub struct View {
        pub step: MarketoStep,
        pub instructions: String,
        pub values: Vec<Value>,
    }

    pub struct DriverIo<'a> {
        pub out: &'a mut dyn Write,
        pub prompter: &'a dyn Prompter,
        pub clipboard: &'a dyn Clipboard,
    }

    pub trait MarketoDriver {
        /// Carry out one step; `Ok(true)` when done, `Ok(false)` when the admin aborted.
        fn step(&self, view: &View, io: &mut DriverIo<'_>) -> Result<bool>;
        /// Marketo's "Validate Sync Setup" result: `true` (green) or `false` (red) per item.
        fn checklist(
            &self,
            view: &View,
            items: &[&str],
            io: &mut DriverIo<'_>,
        ) -> Result<Vec<bool>>;
    }

    fn show(view: &View, io: &mut DriverIo<'_>) -> Result<()> {
        writeln!(
            io.out,
            "\n{}\n{}",
            crate::msg!("marketo-step-heading", title = view.step.title()),
            view.instructions
        )?;
        io.out.flush()?;
        Ok(())
    }

    /// Shows each step and waits for the admin: done, show again, copy a value, or abort.
    pub struct GuidedDriver;

    impl MarketoDriver for GuidedDriver {
        fn step(&self, view: &View, io: &mut DriverIo<'_>) -> Result<bool> {
            let copyable = view
                .values
                .iter()
                .any(|v| v.value.is_some() || v.secret.is_some());
            let mut copied_secret = false;
            loop {
                show(view, io)?;
                let mut items = vec![text(M::StepDone), text(M::StepShowAgain)];
                if copyable {
                    items.push(text(M::StepCopy));
                }
                items.push(text(M::StepAbort));
                let choice = items[io.prompter.select(text(M::WhatNow), &items, 0)?];
                if choice == text(M::StepDone) {
                    if copied_secret {
                        io.clipboard.clear()?;
                        writeln!(io.out, "{}", text(M::ClipboardCleared))?;
                    }
                    return Ok(true);
                } else if choice == text(M::StepAbort) {
                    if copied_secret {
                        io.clipboard.clear()?;
                    }
                    return Ok(false);
                } else if choice == text(M::StepCopy) {
                    let labels: Vec<&str> = view.values.iter().map(|v| v.label).collect();
                    let v = &view.values[io.prompter.select(text(M::CopyWhich), &labels, 0)?];
                    if let Some(plain) = &v.value {
                        io.clipboard.copy(plain)?;
                        writeln!(io.out, "{}", t(M::Copied, &[("what", v.label)]))?;
                    } else if let Some(secret) = &v.secret
                        && io.prompter.confirm(text(M::SecretCopyWarning), false)?
                    {
                        io.clipboard.copy(secret.expose())?;
                        copied_secret = true;
                        writeln!(io.out, "{}", t(M::Copied, &[("what", v.label)]))?;
                    }
                }
            }
        }

        fn checklist(
            &self,
            view: &View,
            items: &[&str],
            io: &mut DriverIo<'_>,
        ) -> Result<Vec<bool>> {
            show(view, io)?;
            let overall = [text(M::AllGreen), text(M::SomeRed)];
            if io.prompter.select(text(M::ChecklistOverall), &overall, 0)? == 0 {
                return Ok(vec![true; items.len()]);
            }
            let answers = [text(M::Green), text(M::Red)];
            let mut out = Vec::new();
            for item in items {
                let pick =
                    io.prompter
                        .select(&t(M::ChecklistItemAsk, &[("item", item)]), &answers, 0)?;
                out.push(pick == 0);
            }
            Ok(out)
        }
    }
}
