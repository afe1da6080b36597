//! `dynsync rotate`: a new client secret or password goes in without downtime. The new value is
//! checked before Marketo is touched, kept in a pending keyring entry while the admin changes
//! Marketo, and only then replaces the old one. One module per step: `profile` (which profile,
//! resume, what changes), `new_value` (the new value, pending in the keyring), `check` (checked
//! before Marketo, with replication retries), `finish` (the keyring and the profile updated).

mod check;
mod finish;
mod new_value;
mod profile;

use crate::error::{Outcome, Result};
use crate::secrets::SecretKind;
use crate::wizard::messages::{M, text};
use crate::wizard::state::{ConnectionPath, Rotating};
use crate::wizard::{Flow, Wizard};

/// The app's Certificates & secrets page in the Azure portal.
pub(crate) fn credentials_url(client_id: &str) -> String {
    format!(
        "https://portal.azure.com/#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Credentials/appId/{client_id}"
    )
}

impl Wizard<'_, '_> {
    /// Run a rotation of `settings.profile`.
    pub async fn run_rotation(mut self) -> Result<Outcome> {
        self.checkpoints = crate::wizard::state::Checkpoints::rotations(self.ctx.profiles()?.dir());
        let result = self.rotation_steps().await;
        if !self.state.profile.is_empty() {
            let _ = self.save();
        }
        if result.is_err() && !self.state.profile.is_empty() && self.state.finished_at.is_none() {
            let _ = write!(
                self.ctx.err(),
                "{}",
                crate::wizard::stop_notice(&self.state, &self.settings)
            );
        }
        result
    }

    async fn rotation_steps(&mut self) -> Result<Outcome> {
        // Which profile; resume or start; the profile shown; what changes.
        let (name, prof) = self.rotation_profile()?;
        self.rotation_show(&name, &prof)?;
        let what = self.rotation_what()?;
        self.state.rotating = Some(what);
        let kind = match what {
            Rotating::ClientSecret => SecretKind::ClientSecret,
            Rotating::Password => SecretKind::Password,
        };
        self.save()?;

        // The new value, pending in the keyring.
        let new = self.rotation_new_value(&name, what, kind)?;

        // 4. Check the new value before Marketo is touched.
        if !self.state.new_validated {
            match self.check_new(what).await? {
                Some(code) => {
                    self.ctx.store.delete(&name, kind.pending())?;
                    self.state.rotating = None;
                    self.save()?;
                    return Ok(code);
                }
                None => {
                    self.state.new_validated = true;
                    self.save()?;
                }
            }
        }

        // 5. Marketo, unless an operator already changed it.
        if self.settings.marketo_done {
            self.say(text(M::RotateMarketoDoneNote))?;
            self.note(text(M::NoteMarketoDone));
        } else if let Flow::Stop(outcome) = self.run_marketo_steps(ConnectionPath::Update).await? {
            return Ok(outcome);
        }

        // Only now: replace the keyring entry and record it in the profile.
        self.rotation_finish(&name, what, kind, &new)
    }
}
