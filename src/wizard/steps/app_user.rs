//! Step 4 for S2S: the application user (its email, Marketo's Username) and the org URL; the
//! org's tenant, which Marketo's Web API form asks for. No password: the app signs in with its
//! client credentials. The application user is created in the Power Platform admin center (the
//! steps are shown), or afterwards by `dynsync fix` with a Dynamics admin's sign-in.

use crate::azure::{self, Probe};
use crate::error::Result;
use crate::input;
use crate::wizard::messages::{M, t, text};
use crate::wizard::{Flow, Wizard, upn};

impl Wizard<'_, '_> {
    pub(crate) async fn step_app_user(&mut self) -> Result<Flow> {
        let email = self.ask(
            self.settings.conn.username.clone(),
            "username",
            text(M::AskAppUserEmail),
            upn,
        )?;
        self.state.username = Some(email.clone());
        self.password = None;
        let org = self.ask_org_url(self.settings.conn.org_url.clone())?;
        self.state.org_url = Some(org.clone());
        self.note(&t(M::NoteAppUser, &[("email", &email), ("org", &org)]));

        // The tenant: unauthenticated, from the org's sign-in challenge.
        if let Some(http) = self.http()? {
            let org_url = input::normalize_org_url(&org).map_err(crate::error::Error::Invalid)?;
            if let Ok(Probe::Tenant { tenant_id, .. }) = azure::probe_org(&http, &org_url).await {
                self.say(&t(M::DiscoveredTenant, &[("tenant", &tenant_id)]))?;
                self.state.tenant_id = Some(tenant_id);
            }
        }
        let client_id = self.state.client_id.clone().unwrap_or_default();
        let profile = self.state.profile.clone();
        let steps = t(
            M::AppUserSteps,
            &[
                ("client_id", &client_id),
                ("email", &email),
                ("profile", &profile),
            ],
        );
        if !self.wait_for(&steps)? {
            return self.abort();
        }
        Ok(Flow::Next)
    }
}
