//! Step 2: the app registration: made for the admin through Microsoft Graph ("Create it for
//! me", an Azure admin signs in), or the portal steps, guided.

use chrono::Months;

use crate::error::{Error, Result};
use crate::http::HttpConfig;
use crate::wizard::messages::{M, t, text};
use crate::wizard::{Flow, Wizard};

pub const PORTAL_APP_REGISTRATIONS: &str =
    "https://portal.azure.com/#view/Microsoft_AAD_RegisteredApps/ApplicationsListBlade";

impl Wizard<'_, '_> {
    pub(crate) async fn step_app_registration(&mut self) -> Result<Flow> {
        // "Create it for me" started before a stop: continued, not asked again.
        if self.settings.has_app_registration != Some(true) && self.state.registration.is_some() {
            return self.create_for_me().await;
        }
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
        if self.interactive() {
            let items = [
                (true, text(M::CreateForMe).to_string()),
                (false, text(M::GuideInPortal).to_string()),
            ];
            if crate::ui::choose(self.ctx.prompter, text(M::HowRegister), &items, 0)? {
                return self.create_for_me().await;
            }
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

    /// "Create it for me": the org URL (its tenant), an admin sign-in, then `app create`'s steps
    /// for this profile. The client ID, the secret and its expiry fill the next step; a re-run or
    /// a resume finds what exists (by the profile's object id, or the org's unique name).
    async fn create_for_me(&mut self) -> Result<Flow> {
        let recorded_org = self
            .state
            .registration
            .as_ref()
            .and_then(|m| m.org_url.clone());
        match &recorded_org {
            Some(org) => self.say(&t(M::RegistrationContinued, &[("org", org)]))?,
            None => self.say(text(M::CreateForMeIntro))?,
        }
        let org_text = self.ask_org_url(self.settings.conn.org_url.clone().or(recorded_org))?;
        self.state.org_url = Some(org_text.clone());
        self.settings.conn.org_url = Some(org_text.clone());
        let org = crate::input::normalize_org_url(&org_text).map_err(Error::Invalid)?;
        let profile = self.state.profile.clone();
        // Every step recorded and the secret's Value in the keyring: nothing to sign in for.
        if let Some(made) = self.state.registration.clone()
            && made.complete
            && made.org_url.as_deref() == Some(org.url.as_str())
            && let Some(app) = &made.app
            && let Some(secret) = self
                .ctx
                .store
                .get(&profile, crate::secrets::SecretKind::ClientSecret)?
        {
            self.say(&t(
                M::RegistrationRecorded,
                &[("client_id", &app.client_id)],
            ))?;
            self.made_secret = Some(secret);
            return self.use_made_app(&profile, &app.client_id, made.tenant_id.clone());
        }
        let conn = self.connection();
        let cloud = conn
            .cloud
            .or(org.cloud)
            .unwrap_or(crate::cloud::Cloud::Public);
        let login = conn.login_host();
        let http = HttpConfig {
            timeout: std::time::Duration::from_secs(
                self.settings
                    .timeout
                    .unwrap_or(crate::input::DEFAULT_TIMEOUT_SECS),
            ),
            ca_bundle: conn.ca_bundle.clone(),
            demo: self.settings.demo.clone(),
            ..HttpConfig::default()
        };
        let tenant = conn.tenant.clone();
        let mut admin = crate::admin::AdminOptions::configure(
            self.ctx,
            cloud,
            &login,
            tenant.as_deref().unwrap_or("organizations"),
            self.ctx.var("DYNSYNC_ADMIN_CLIENT_ID").as_deref(),
            self.ctx.var("DYNSYNC_GRAPH_HOST").as_deref(),
            self.settings.demo.is_some(),
        )?;
        admin.http = http.clone();
        admin.demo = self.settings.demo.is_some();
        let today = self.ctx.clock.today();
        let expires = match &self.settings.secret_expires {
            Some(d) => crate::profile::parse_date(d)
                .map_err(|e| Error::Invalid(format!("--secret-expires: {e}")))?,
            None => today.checked_add_months(Months::new(12)).unwrap_or(today),
        };
        let plan = crate::register::Plan {
            unique_name: crate::register::unique_name(&org.host),
            org,
            cloud,
            login,
            http,
            profile: Some(profile.clone()),
            // S2S signs in with no user: no sync user's realm, no HRD policy.
            username: conn.username.clone().filter(|_| !self.s2s()),
            expires,
            // The wizard validates later, with the password it asks for then.
            password: None,
            admin,
            demo: self.settings.demo.is_some(),
            name: "Marketo Integration".into(),
            hrd: if self.s2s() {
                crate::register::Hrd::No
            } else {
                crate::register::Hrd::Auto
            },
            new_secret: false,
            print_secret: false,
            replication_wait: 300,
            json: false,
            say_how_to_validate: false,
        };
        let mut doc = crate::register::Doc::default();
        let mut made = self.state.registration.clone().unwrap_or_default();
        {
            // Each step's record goes into the checkpoint as soon as the step is done.
            let ctx = self.ctx;
            let state = &mut self.state;
            let checkpoints = &self.checkpoints;
            let mut record = |m: &crate::register::Made| {
                state.registration = Some(m.clone());
                state.updated_at = Some(ctx.clock.now());
                checkpoints.save(state)
            };
            Box::pin(crate::register::run_recorded(
                ctx,
                &plan,
                &mut doc,
                &mut made,
                &mut record,
            ))
            .await?;
        }
        let client_id = doc.app.as_ref().map(|a| a.client_id.clone());
        let Some(client_id) = client_id else {
            return Err(Error::Internal(String::new()));
        };
        self.made_secret = self
            .ctx
            .store
            .get(&profile, crate::secrets::SecretKind::ClientSecret)?;
        self.use_made_app(&profile, &client_id, doc.tenant_id.clone())
    }

    /// The app "Create it for me" made fills the next steps: its client ID, tenant and the
    /// secret's expiry (the Value is in `made_secret`, from the keyring).
    fn use_made_app(
        &mut self,
        profile: &str,
        client_id: &str,
        tenant: Option<String>,
    ) -> Result<Flow> {
        let client_id = client_id.to_string();
        let saved = self.ctx.profiles()?.get(profile)?;
        self.settings.conn.client_id = Some(client_id.clone());
        self.settings.conn.tenant = tenant.clone().or(self.settings.conn.tenant.take());
        self.state.tenant_id = tenant;
        if let Some(d) = saved.secret_expires {
            self.settings.secret_expires = Some(d.to_string());
        }
        self.note(&t(
            M::NoteAppCreated,
            &[
                ("client_id", &client_id),
                (
                    "expires",
                    &saved
                        .secret_expires
                        .map(|d| d.to_string())
                        .unwrap_or_default(),
                ),
            ],
        ));
        Ok(Flow::Next)
    }
}
