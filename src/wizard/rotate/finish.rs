//! The last step: the new value replaces the old one in the keyring, and the profile records the
//! new expiry and hint (or the password's change date).

use super::credentials_url;
use crate::error::{Outcome, Result};
use crate::profile;
use crate::secrets::{Secret, SecretKind};
use crate::wizard::Wizard;
use crate::wizard::messages::{M, t, text};
use crate::wizard::state::Rotating;

impl Wizard<'_, '_> {
    /// Step 6: replace the keyring entry and record it in the profile.
    pub(super) fn rotation_finish(
        &mut self,
        name: &str,
        what: Rotating,
        kind: SecretKind,
        new: &Secret,
    ) -> Result<Outcome> {
        self.ctx.store.set(name, kind, new)?;
        self.ctx.store.delete(name, kind.pending())?;
        let today = self.ctx.clock.today();
        let new_expiry = self.state.secret_expires;
        let report = self.report.clone();
        let at = chrono::SubsecRound::trunc_subsecs(self.ctx.clock.now(), 0);
        let hint: String = new.expose().chars().take(3).collect();
        // A secret `rotate --create-secret` made through Graph: dynsync, not the admin, deals
        // with the old one (by the key id the profile records) once this is done.
        let made = self.ctx.profiles()?.get(name).ok().and_then(|p| {
            p.pending_secret_key_id
                .is_some()
                .then_some(p.secret_key_id)
                .flatten()
        });
        self.ctx.profiles()?.update(|m| {
            let p = m
                .get_mut(name)
                .ok_or_else(|| profile::ProfileError::NotFound(name.to_string()))?;
            match what {
                Rotating::ClientSecret => {
                    p.secret_expires = new_expiry.or(p.secret_expires);
                    p.secret_hint = Some(hint.clone());
                    p.secret_key_id = None;
                }
                Rotating::Password => p.password_changed = Some(today),
            }
            if let Some(r) = &report {
                p.last_validation = Some(profile::LastValidation {
                    at,
                    ok: r.ok,
                    exit_code: crate::error::exit_code(&Ok(r.outcome())),
                });
            }
            Ok(())
        })?;
        self.state.finished_at = Some(self.ctx.clock.now());
        self.save()?;
        let what_text = match what {
            Rotating::ClientSecret => text(M::WhatClientSecret),
            Rotating::Password => text(M::WhatPassword),
        };
        self.say(&t(M::RotateDone, &[("what", what_text), ("profile", name)]))?;
        self.note(&t(M::NoteReplaced, &[("what", what_text)]));
        if what == Rotating::ClientSecret {
            match (made, self.settings.remove_old) {
                // Removed next, by dynsync: nothing to delete in the portal.
                (Some(old), None | Some(true)) => {
                    let confirm = if self.settings.remove_old.is_none() {
                        "yes"
                    } else {
                        "no"
                    };
                    self.say(&t(
                        M::RotateOldRemovedNext,
                        &[("key_id", &old), ("confirm", confirm)],
                    ))?;
                }
                _ => {
                    let url = credentials_url(self.state.client_id.as_deref().unwrap_or(""));
                    self.say(&t(M::RotateDeleteOld, &[("portal", &url)]))?;
                }
            }
        }
        Ok(Outcome::Ok)
    }
}
