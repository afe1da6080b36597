//! Step 6: the org URL guard. Marketo cannot change the org URL after the first save, so the
//! admin must recognise the org and type its unique name before anything is saved.

use crate::error::{Error, Result};
use crate::wizard::messages::{M, t, text};
use crate::wizard::state::Step;
use crate::wizard::{Flow, Wizard};

impl Wizard<'_, '_> {
    pub(crate) fn step_org_guard(&mut self) -> Result<Flow> {
        if self.report.is_none() {
            // Resumed after the checks: the org's names come from them, so they run again.
            return self.check_again_before_saving();
        }
        let org = self
            .report
            .as_ref()
            .and_then(|r| r.org.clone())
            .unwrap_or_default();
        let unique = org.unique_name.clone();
        let url = self.state.org_url.clone().unwrap_or_default();
        let dash = |v: &Option<String>| v.clone().unwrap_or_else(|| text(M::UnknownValue).into());
        self.say(&t(
            M::OrgGuardIntro,
            &[
                ("friendly", &dash(&org.friendly_name)),
                ("unique", &dash(&unique)),
                ("version", &dash(&org.version)),
                ("url", &url),
            ],
        ))?;
        if let Some(given) = self.settings.confirm_org.clone() {
            // --confirm-org stands for the typed name: it must be the org's, read from the org.
            let Some(unique) = unique else {
                return Err(Error::Invalid(t(M::ConfirmOrgUnreadable, &[("url", &url)])));
            };
            if !given.trim().eq_ignore_ascii_case(&unique) {
                self.note(&t(
                    M::NoteOrgMismatch,
                    &[("typed", given.trim()), ("unique", &unique)],
                ));
                return Err(Error::Invalid(t(
                    M::ConfirmOrgMismatch,
                    &[("given", given.trim()), ("unique", &unique), ("url", &url)],
                )));
            }
            self.state.org_confirmed = Some(unique.clone());
            self.note(&t(M::NoteOrgYes, &[("url", &url), ("unique", &unique)]));
            return Ok(Flow::Next);
        }
        if !self.interactive() {
            // Without a terminal the typed name comes from --confirm-org, which is required.
            return Err(Error::Invalid(text(M::ConfirmOrgMissing).to_string()));
        }
        let Some(unique) = unique else {
            // The org's details could not be read: an explicit confirmation instead of the name.
            if self
                .ctx
                .prompter
                .confirm(&t(M::OrgConfirmUnreadable, &[("url", &url)]), false)?
            {
                self.note(&t(M::NoteOrgExplicit, &[("url", &url)]));
                return Ok(Flow::Next);
            }
            return Ok(Flow::Back(Step::SyncUser));
        };
        loop {
            let typed = self
                .ctx
                .prompter
                .input(&t(M::OrgGuardAsk, &[("unique", &unique)]), None)?;
            if typed.trim().eq_ignore_ascii_case(&unique) {
                self.state.org_confirmed = Some(unique.clone());
                self.note(&t(M::NoteOrgTyped, &[("url", &url), ("unique", &unique)]));
                return Ok(Flow::Next);
            }
            self.say(&t(
                M::OrgGuardMismatch,
                &[("typed", typed.trim()), ("unique", &unique)],
            ))?;
            self.note(&t(
                M::NoteOrgMismatch,
                &[("typed", typed.trim()), ("unique", &unique)],
            ));
            let items = [
                text(M::OrgGuardTypeAgain),
                text(M::OrgGuardChangeUrl),
                text(M::StepAbort),
            ];
            match self.ctx.prompter.select(text(M::Choose), &items, 0)? {
                0 => continue,
                1 => {
                    self.state.org_url = Some(self.ask_org_url(None)?);
                    return Ok(Flow::Back(Step::Preflight));
                }
                _ => return self.abort(),
            }
        }
    }
}
