//! Step 4: the sync user and the org URL; the org's tenant and the user's realm, with the HRD
//! policy explained for a federated domain.

use crate::azure::{self, Probe, Realm};
use crate::error::Result;
use crate::input;
use crate::wizard::messages::{M, t, text};
use crate::wizard::{Flow, Wizard, upn};

impl Wizard<'_, '_> {
    pub(crate) async fn step_sync_user(&mut self) -> Result<Flow> {
        if self.s2s() {
            return self.step_app_user().await;
        }
        let username = self.ask(
            self.settings.conn.username.clone(),
            "username",
            text(M::AskUsername),
            upn,
        )?;
        self.state.username = Some(username.clone());
        self.password = Some(self.ask_password()?);
        let org = self.ask_org_url(self.settings.conn.org_url.clone())?;
        self.state.org_url = Some(org.clone());
        self.note(&t(
            M::NoteSyncUser,
            &[("username", &username), ("org", &org)],
        ));

        // Tenant and realm: unauthenticated, no password sent.
        let Some(http) = self.http()? else {
            return Ok(Flow::Next);
        };
        let org_url = input::normalize_org_url(&org).map_err(crate::error::Error::Invalid)?;
        let login = self.connection().login_host();
        let (probe, realm) = tokio::join!(
            azure::probe_org(&http, &org_url),
            azure::user_realm(&http, &login, &username)
        );
        if let Ok(Probe::Tenant { tenant_id, .. }) = &probe {
            self.say(&t(M::DiscoveredTenant, &[("tenant", tenant_id)]))?;
            self.state.tenant_id = Some(tenant_id.clone());
        }
        let domain = username
            .rsplit_once('@')
            .map(|(_, d)| d.to_string())
            .unwrap_or_default();
        match realm {
            Ok(info) if info.realm == Realm::Federated => {
                let via = info
                    .federation_host
                    .unwrap_or_else(|| text(M::AFederationService).into());
                let client_id = self.state.client_id.clone().unwrap_or_default();
                self.say(&t(M::RealmFederated, &[("domain", &domain), ("via", &via)]))?;
                let remedy = crate::azure::catalogue::hrd_remedy(&client_id);
                self.say(
                    &remedy
                        .lines()
                        .map(|l| format!("    {l}\n"))
                        .collect::<String>(),
                )?;
                self.note(&t(M::NoteFederated, &[("domain", &domain)]));
                if self.interactive() {
                    while !self.ctx.prompter.confirm(text(M::HrdInPlace), false)? {
                        if !self.wait_for(text(M::HrdWait))? {
                            return self.abort();
                        }
                    }
                    self.note(text(M::NoteHrdConfirmed));
                }
            }
            Ok(info) if info.realm == Realm::Managed => {
                self.say(&t(M::RealmManaged, &[("domain", &domain)]))?
            }
            _ => {}
        }
        Ok(Flow::Next)
    }
}
