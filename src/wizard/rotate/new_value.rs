//! The new value: kept pending in the keyring across a resume, else captured now (from stdin
//! for scripts, or a hidden prompt; a Secret ID is refused).

use super::credentials_url;
use crate::error::{Error, Result};
use crate::input;
use crate::profile;
use crate::secrets::{Secret, SecretKind};
use crate::wizard::Wizard;
use crate::wizard::messages::{M, t, text};
use crate::wizard::state::Rotating;

impl Wizard<'_, '_> {
    /// Step 3: the new value; the connection's secrets as they will be with it.
    pub(super) fn rotation_new_value(
        &mut self,
        name: &str,
        what: Rotating,
        kind: SecretKind,
    ) -> Result<Secret> {
        // The current values, from the keyring (the one being replaced is only read, never changed here).
        self.secret = self.ctx.store.get(name, SecretKind::ClientSecret)?;
        self.password = self.ctx.store.get(name, SecretKind::Password)?;
        let pending = self.ctx.store.get(name, kind.pending())?;
        let new = match pending {
            Some(v) if self.state.new_validated => v,
            _ => {
                let current = match what {
                    Rotating::ClientSecret => self.secret.clone(),
                    Rotating::Password => self.password.clone(),
                };
                let v = loop {
                    let v = self.capture_new(what)?;
                    // The current value again would leave nothing rotated, and the admin would
                    // then be told to delete the secret the sync is using.
                    if current.as_ref().is_some_and(|c| c.expose() == v.expose()) {
                        let refusal = text(match what {
                            Rotating::ClientSecret => M::RotateSameSecret,
                            Rotating::Password => M::RotateSamePassword,
                        });
                        if self.settings.secrets_stdin || !self.interactive() {
                            return Err(Error::Invalid(refusal.to_string()));
                        }
                        self.say(&format!("  {refusal}"))?;
                        continue;
                    }
                    break v;
                };
                self.ctx.store.set(name, kind.pending(), &v)?;
                v
            }
        };
        match what {
            Rotating::ClientSecret => self.secret = Some(new.clone()),
            Rotating::Password => self.password = Some(new.clone()),
        }
        if self.secret.is_none() {
            self.secret = Some(self.ask_client_secret()?);
        }
        if self.password.is_none() && !self.s2s() {
            self.password = Some(self.ask_password()?);
        }

        Ok(new)
    }

    fn capture_new(&mut self, what: Rotating) -> Result<Secret> {
        if self.settings.secrets_stdin {
            let text = self.ctx.read_stdin(64 * 1024)?;
            let line = crate::secrets::strip_line_ending(
                text.split('\n').next().unwrap_or("").to_string(),
            );
            let v = Secret::new(line);
            let problem = match what {
                Rotating::ClientSecret => input::check_client_secret(&v).err().map(|p| p.message),
                Rotating::Password => input::check_password(&v).err().map(|p| p.message),
            };
            if let Some(p) = problem {
                return Err(Error::Invalid(t(M::NothingChanged, &[("problem", &p)])));
            }
            if let Some(d) = &self.settings.secret_expires {
                self.state.secret_expires = Some(profile::parse_date(d).map_err(Error::Invalid)?);
            }
            return Ok(v);
        }
        match what {
            Rotating::ClientSecret => {
                let url = credentials_url(self.state.client_id.as_deref().unwrap_or(""));
                if self.ctx.prompter.confirm(text(M::OpenInBrowser), false)?
                    && let Err(e) = self.deps.browser.open(&url)
                {
                    self.say(&format!("  {e}"))?;
                }
                if !self.wait_for(&t(M::RotateNewSecretSteps, &[("portal", &url)]))? {
                    return Err(Error::Interrupted);
                }
                let v = self.ask_client_secret_from("DYNSYNC_NEW_CLIENT_SECRET")?;
                self.state.secret_expires = match &self.settings.secret_expires {
                    Some(d) => Some(profile::parse_date(d).map_err(Error::Invalid)?),
                    None => self.ask_secret_expiry()?,
                };
                self.note(text(M::NoteNewSecret));
                Ok(v)
            }
            Rotating::Password => {
                let label = t(
                    M::RotateAskNewPassword,
                    &[(
                        "username",
                        self.state
                            .username
                            .as_deref()
                            .unwrap_or(text(M::TheSyncUser)),
                    )],
                );
                let v =
                    self.ask_secret("DYNSYNC_NEW_PASSWORD", &label, crate::wizard::password_rule)?;
                self.note(text(M::NoteNewPassword));
                Ok(v)
            }
        }
    }
}
