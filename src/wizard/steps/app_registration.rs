//! Step 2: the app registration in the Azure portal, guided.

use crate::error::Result;
use crate::wizard::messages::{M, t, text};
use crate::wizard::{Flow, Wizard};

pub const PORTAL_APP_REGISTRATIONS: &str =
    "https://portal.azure.com/#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade";

impl Wizard<'_, '_> {
    pub(crate) fn step_app_registration(&mut self) -> Result<Flow> {
        let have = match self.settings.has_app_registration {
            Some(b) => b,
            None if !self.interactive() => true,
            None => self
                .ctx
                .prompter
                .confirm(text(M::HaveAppRegistration), true)?,
        };
        if have {
            self.note(text(M::NoteExistingApp));
            return Ok(Flow::Next);
        }
        if self.interactive()
            && self.ctx.prompter.confirm(text(M::OpenInBrowser), false)?
            && let Err(e) = self.deps.browser.open(PORTAL_APP_REGISTRATIONS)
        {
            self.say(&format!("  {e}"))?;
        }
        let steps = t(
            M::AppRegistrationSteps,
            &[("portal", PORTAL_APP_REGISTRATIONS)],
        );
        if !self.wait_for(&steps)? {
            return self.abort();
        }
        self.note(text(M::NoteRegisteredApp));
        Ok(Flow::Next)
    }
}
