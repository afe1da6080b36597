//! Step 3: the Application (client) ID, the secret's Value (never its Secret ID) and its expiry.

use crate::error::Result;
use crate::profile;
use crate::wizard::messages::{M, t, text};
use crate::wizard::{Flow, Wizard, guid};

impl Wizard<'_, '_> {
    pub(crate) fn step_credentials(&mut self) -> Result<Flow> {
        if self.made_secret.is_none() {
            self.resume_made_app()?;
        }
        if let Some(made) = self.made_secret.take() {
            // "Create it for me" made the app: nothing to type, the secret never shown.
            let client_id = self.settings.conn.client_id.clone().unwrap_or_default();
            self.say(&t(M::MadeSecretUsed, &[("client_id", &client_id)]))?;
            self.state.client_id = Some(client_id.clone());
            self.secret = Some(made);
            self.state.secret_expires = match &self.settings.secret_expires {
                Some(v) => profile::parse_date(v).ok(),
                None => None,
            };
            self.note(&t(M::NoteCredentials, &[("client_id", &client_id)]));
            return Ok(Flow::Next);
        }
        if self.settings.conn.client_id.is_none() && self.interactive() {
            self.say(text(M::ClientIdNote))?;
        }
        let client_id = self.ask(
            self.settings.conn.client_id.clone(),
            "client-id",
            text(M::AskClientId),
            guid,
        )?;
        self.state.client_id = Some(client_id.clone());
        if self.interactive() && self.ctx.var("DYNSYNC_CLIENT_SECRET").is_none() {
            self.say(text(M::SecretShownOnce))?;
        }
        self.secret = Some(self.ask_client_secret()?);
        let expires = match (&self.settings.secret_expires, self.interactive()) {
            (Some(v), _) => Some(
                profile::parse_date(v)
                    .map_err(|e| crate::error::Error::Invalid(format!("--secret-expires: {e}")))?,
            ),
            (None, false) => None,
            (None, true) => self.ask_secret_expiry()?,
        };
        self.state.secret_expires = expires;
        self.note(&t(M::NoteCredentials, &[("client_id", &client_id)]));
        Ok(Flow::Next)
    }

    /// A resumed setup whose app "Create it for me" made: the checkpoint records the app (the
    /// profile names it, for a checkpoint from before that record) and the keyring holds its
    /// secret, which was never shown and cannot be typed. No sign-in, no Graph.
    fn resume_made_app(&mut self) -> Result<()> {
        if self.settings.conn.client_id.is_some() {
            return Ok(());
        }
        let name = self.state.profile.clone();
        let saved = self.ctx.profiles()?.get(&name).ok();
        let recorded = self
            .state
            .registration
            .as_ref()
            .filter(|m| m.complete)
            .and_then(|m| {
                m.app
                    .as_ref()
                    .map(|a| (a.client_id.clone(), m.secret.clone(), m.org_url.clone()))
            });
        let (client_id, recorded_expiry) = match (recorded, &saved) {
            (Some((client_id, secret, org)), _) => {
                // The app was made for this org: it is not asked again.
                if self.settings.conn.org_url.is_none() {
                    self.settings.conn.org_url = org;
                }
                (
                    client_id,
                    secret
                        .and_then(|s| s.expires)
                        .and_then(|d| profile::parse_date(d.get(..10).unwrap_or(&d)).ok()),
                )
            }
            (None, Some(p))
                if self.settings.resume && p.app_object_id.is_some() && p.client_id.is_some() =>
            {
                (p.client_id.clone().unwrap_or_default(), None)
            }
            _ => return Ok(()),
        };
        if let Some(secret) = self
            .ctx
            .store
            .get(&name, crate::secrets::SecretKind::ClientSecret)?
        {
            self.settings.conn.client_id = Some(client_id);
            if let Some(d) = saved.and_then(|p| p.secret_expires).or(recorded_expiry) {
                self.settings.secret_expires = Some(d.to_string());
            }
            self.made_secret = Some(secret);
        }
        Ok(())
    }
}
