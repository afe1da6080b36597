//! Step 4: the sync user and the org URL; the org's tenant and the user's realm, with the HRD
//! policy explained for a federated domain.

use crate::azure::{self, Probe, Realm};
use crate::error::Result;
use crate::input::{self, RawInputs};
use crate::wizard::messages::{M, t, text};
use crate::wizard::{Flow, Wizard, upn};

impl Wizard<'_, '_> {
    pub(crate) async fn step_sync_user(&mut self) -> Result<Flow> {
        let username = self.ask(
            self.settings.username.clone(),
            "username",
            text(M::AskUsername),
            upn,
        )?;
        self.state.username = Some(username.clone());
        self.password = Some(self.ask_password()?);
        let org = self.ask_org_url(self.settings.org_url.clone())?;
        self.state.org_url = Some(org.clone());
        self.note(&t(
            M::NoteSyncUser,
            &[("username", &username), ("org", &org)],
        ));

        // Tenant and realm: unauthenticated, no password sent.
        let Some(http) = self.http()? else {
            return Ok(Flow::Next);
        };
        let org_url = input::normalize_org_url(&org).map_err(crate::error::Error::Input)?;
        let login = self.login_host();
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

    pub(crate) fn login_host(&self) -> String {
        match &self.settings.authority_host {
            Some(h) => h.trim_end_matches('/').to_string(),
            None => {
                let cloud = self.settings.cloud.or_else(|| {
                    self.state
                        .org_url
                        .as_deref()
                        .and_then(|u| input::normalize_org_url(u).ok())
                        .and_then(|o| o.cloud)
                });
                cloud
                    .unwrap_or(crate::cloud::Cloud::Public)
                    .login_host()
                    .to_string()
            }
        }
    }

    /// The raw inputs as the wizard knows them now.
    pub(crate) fn raw_inputs(&self) -> RawInputs {
        RawInputs {
            client_id: self.state.client_id.clone(),
            client_secret: self.secret.clone(),
            username: self.state.username.clone(),
            password: self.password.clone(),
            org_url: self.state.org_url.clone(),
            tenant: self.settings.tenant.clone(),
            cloud: self.settings.cloud,
            authority_host: self.settings.authority_host.clone(),
            ca_bundle: self.settings.ca_bundle.clone(),
            timeout_secs: self.settings.timeout,
            secret_expires: self.state.secret_expires,
            expiry_warning_days: None,
            today: Some(self.ctx.clock.today()),
        }
    }

    /// The HTTP client for the current settings; `None` (with a note) if it cannot be built.
    pub(crate) fn http(&mut self) -> Result<Option<crate::http::Http>> {
        let config = crate::http::HttpConfig {
            timeout: std::time::Duration::from_secs(
                self.settings.timeout.unwrap_or(input::DEFAULT_TIMEOUT_SECS),
            ),
            ca_bundle: self.settings.ca_bundle.clone(),
            demo: self.settings.demo.clone(),
            verbose: self.ctx.verbose,
        };
        match crate::http::Http::new(&config) {
            Ok(h) => Ok(Some(h)),
            Err(e) => {
                self.say(&format!("  {e}"))?;
                Ok(None)
            }
        }
    }
}
