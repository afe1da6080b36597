//! Step 9: what was configured and how to look after it.

use crate::error::Result;
use crate::wizard::messages::{M, t, text};
use crate::wizard::{Flow, Wizard};

impl Wizard<'_, '_> {
    pub(crate) fn step_summary(&mut self) -> Result<Flow> {
        let s = &self.state;
        let expires = match s.secret_expires {
            Some(d) => crate::msg!(
                M::ExpiresInDays.id(),
                date = d,
                days = crate::profile::days_until(d, self.ctx.clock.today())
            ),
            // The demo's profile is gone at its end: NAME stands for one of the admin's.
            None => t(
                M::ExpiryUnknownHint,
                &[(
                    "profile",
                    if self.settings.demo.is_some() {
                        "NAME"
                    } else {
                        &s.profile
                    },
                )],
            ),
        };
        // The demo's profile is gone at its end: its commands are the demo's.
        let (recheck, rotate) = if self.settings.demo.is_some() {
            (
                "dynsync validate --demo".to_string(),
                "dynsync rotate --demo".to_string(),
            )
        } else {
            (
                format!("dynsync validate --profile {}", s.profile),
                format!("dynsync rotate --profile {}", s.profile),
            )
        };
        // Without a terminal the Marketo steps were printed, not done: not called "Done".
        let which = if self.interactive() {
            M::Summary
        } else {
            M::SummaryChecked
        };
        let summary = t(
            which,
            &[
                ("profile", &s.profile),
                ("org_url", s.org_url.as_deref().unwrap_or("")),
                ("username", s.username.as_deref().unwrap_or("")),
                ("client_id", s.client_id.as_deref().unwrap_or("")),
                ("expires", &expires),
                ("recheck", &recheck),
                ("rotate", &rotate),
            ],
        );
        self.say(&format!("\n{summary}"))?;
        if self.interactive() {
            self.state.finished_at = Some(self.ctx.clock.now());
            self.note(text(M::NoteFinished));
        } else {
            let profile = self.state.profile.clone();
            self.say(&t(M::WhenMarketoDone, &[("profile", &profile)]))?;
        }
        Ok(Flow::Next)
    }
}
