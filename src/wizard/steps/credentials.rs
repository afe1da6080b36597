//! Step 3: the Application (client) ID, the secret's Value (never its Secret ID) and its expiry.

use crate::error::Result;
use crate::profile;
use crate::wizard::messages::{M, t, text};
use crate::wizard::{Flow, Wizard, guid};

impl Wizard<'_, '_> {
    pub(crate) fn step_credentials(&mut self) -> Result<Flow> {
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
}
