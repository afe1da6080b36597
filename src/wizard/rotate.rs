//! `dynsync rotate`: a new client secret or password goes in without downtime. The new value is
//! checked before Marketo is touched, kept in a pending keyring entry while the admin changes
//! Marketo, and only then replaces the old one.

use crate::engine::{self, NoProgress};
use crate::error::{Error, Result, exit};
use crate::input;
use crate::profile;
use crate::report::{Report, Status};
use crate::secrets::{Secret, SecretKind};
use crate::ui::{Paint, render_report};
use crate::wizard::messages::{self, M, t, text};
use crate::wizard::state::{ConnectionPath, Rotating, SetupState};
use crate::wizard::{Flow, Wizard};

/// AADSTS7000215: invalid client secret — also what a secret still replicating gets.
const INVALID_SECRET: u32 = 7000215;

fn credentials_url(client_id: &str) -> String {
    format!(
        "https://portal.azure.com/#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Credentials/appId/{client_id}"
    )
}

impl Wizard<'_, '_> {
    /// Run a rotation of `settings.profile`; the exit code.
    pub async fn run_rotation(mut self) -> Result<i32> {
        self.checkpoints = crate::wizard::state::Checkpoints::rotations(self.ctx.profiles()?.dir());
        let result = self.rotation_steps().await;
        if !self.state.profile.is_empty() {
            let _ = self.save();
        }
        if result.is_err() && !self.state.profile.is_empty() && self.state.finished_at.is_none() {
            eprint!("{}", crate::wizard::stop_notice(&self.state));
        }
        result
    }

    async fn rotation_steps(&mut self) -> Result<i32> {
        let name = match &self.settings.profile {
            Some(p) => p.clone(),
            None if self.settings.resume => self
                .checkpoints
                .latest_unfinished()?
                .map(|s| s.profile)
                .ok_or_else(|| Error::Input(text(M::NoRotationToResume).into()))?,
            None => {
                let all = self.ctx.profiles()?.load()?;
                match all.len() {
                    0 => {
                        return Err(Error::Input(text(M::NoProfiles).into()));
                    }
                    1 => all.keys().next().cloned().expect("one profile"),
                    _ if !self.interactive() => {
                        return Err(Error::Input(text(M::PassProfile).into()));
                    }
                    _ => {
                        let names: Vec<&str> = all.keys().map(String::as_str).collect();
                        names[self.ctx.prompter.select(text(M::WhichProfile), &names, 0)?]
                            .to_string()
                    }
                }
            }
        };
        let prof = self.ctx.profiles()?.get(&name)?;
        if !self.interactive() && !self.settings.marketo_done {
            return Err(Error::Input(text(M::RotateNoTerminal).into()));
        }
        // Resume an unfinished rotation, or start one.
        let existing = self
            .checkpoints
            .load(&name)?
            .filter(|s| s.finished_at.is_none());
        if self.settings.resume && existing.is_none() {
            return Err(Error::Input(t(M::NoRotationOf, &[("profile", &name)])));
        }
        match existing {
            Some(s)
                if self.settings.resume
                    || self
                        .settings
                        .rotate_what
                        .is_none_or(|w| Some(w) == s.rotating) =>
            {
                self.state = s;
                self.note(&t(M::NoteResumedRotation, &[("profile", &name)]));
            }
            _ => {
                self.state = SetupState::new(&name, self.ctx.clock.now());
                self.state.path = Some(ConnectionPath::Update);
            }
        }
        self.state.client_id = prof.client_id.clone();
        self.state.username = prof.username.clone();
        self.state.org_url = prof.org_url.clone();
        self.state.tenant_id = prof.tenant_id.clone();
        if self.settings.authority_host.is_none() {
            self.settings.authority_host = prof.authority_host.clone();
        }
        if self.settings.ca_bundle.is_none() {
            self.settings.ca_bundle = prof.ca_bundle.clone();
        }
        if self.settings.cloud.is_none() {
            self.settings.cloud = prof.cloud;
        }
        if self.settings.tenant.is_none() {
            self.settings.tenant = prof.tenant_id.clone();
        }

        // 1. Show the profile.
        let expires = match prof.secret_expires {
            Some(d) => crate::msg!(
                M::ExpiresInDays.id(),
                date = d,
                days = profile::days_until(d, self.ctx.clock.today())
            ),
            None => text(M::ExpiryUnknown).into(),
        };
        let last = prof
            .last_validation
            .as_ref()
            .map(|l| {
                t(
                    M::LastValidation,
                    &[
                        (
                            "outcome",
                            text(if l.ok { M::NotePassed } else { M::NoteFailed }),
                        ),
                        ("at", &l.at.format("%Y-%m-%d %H:%M UTC").to_string()),
                    ],
                )
            })
            .unwrap_or_else(|| text(M::LastValidationNever).into());
        self.say(&t(
            M::RotateShow,
            &[
                ("profile", &name),
                ("org_url", prof.org_url.as_deref().unwrap_or("-")),
                ("username", prof.username.as_deref().unwrap_or("-")),
                ("client_id", prof.client_id.as_deref().unwrap_or("-")),
                ("expires", &expires),
                ("last", &last),
            ],
        ))?;

        // 2. What changes.
        let what = match (self.state.rotating, self.settings.rotate_what) {
            (Some(w), _) => w,
            (None, Some(w)) => w,
            (None, None) if !self.interactive() => {
                return Err(Error::Input(text(M::PassWhat).into()));
            }
            (None, None) => {
                let items = [text(M::RotateWhatSecret), text(M::RotateWhatPassword)];
                match self
                    .ctx
                    .prompter
                    .select(text(M::RotateAskWhat), &items, 0)?
                {
                    0 => Rotating::ClientSecret,
                    _ => Rotating::Password,
                }
            }
        };
        self.state.rotating = Some(what);
        let kind = match what {
            Rotating::ClientSecret => SecretKind::ClientSecret,
            Rotating::Password => SecretKind::Password,
        };
        self.save()?;

        // The current values, from the keyring (the one being replaced is only read, never changed here).
        self.secret = self.ctx.store.get(&name, SecretKind::ClientSecret)?;
        self.password = self.ctx.store.get(&name, SecretKind::Password)?;

        // 3. The new value: pending in the keyring across a resume, else captured now.
        let pending = self.ctx.store.get(&name, kind.pending())?;
        let new = match pending {
            Some(v) if self.state.new_validated => v,
            _ => {
                let v = self.capture_new(what)?;
                self.ctx.store.set(&name, kind.pending(), &v)?;
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
        if self.password.is_none() {
            self.password = Some(self.ask_password()?);
        }

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
        } else if let Flow::Stop(code) = self.run_marketo_steps(ConnectionPath::Update).await? {
            return Ok(code);
        }

        // 6. Only now: replace the keyring entry and record it in the profile.
        self.ctx.store.set(&name, kind, &new)?;
        self.ctx.store.delete(&name, kind.pending())?;
        let today = self.ctx.clock.today();
        let new_expiry = self.state.secret_expires;
        let report = self.report.clone();
        let at = chrono::SubsecRound::trunc_subsecs(self.ctx.clock.now(), 0);
        let hint: String = new.expose().chars().take(3).collect();
        self.ctx.profiles()?.update(|m| {
            let p = m
                .get_mut(&name)
                .ok_or_else(|| profile::ProfileError::NotFound(name.clone()))?;
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
                    exit_code: r.exit_code(),
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
        self.say(&t(
            M::RotateDone,
            &[("what", what_text), ("profile", &name)],
        ))?;
        self.note(&t(M::NoteReplaced, &[("what", what_text)]));
        if what == Rotating::ClientSecret {
            let url = credentials_url(self.state.client_id.as_deref().unwrap_or(""));
            self.say(&t(M::RotateDeleteOld, &[("portal", &url)]))?;
        }
        Ok(exit::OK)
    }

    fn capture_new(&mut self, what: Rotating) -> Result<Secret> {
        if self.settings.secrets_stdin {
            let text = self
                .ctx
                .read_stdin(64 * 1024)
                .map_err(|e| Error::Input(t(M::ReadStdinFailed, &[("error", &e.to_string())])))?;
            let line = crate::secrets::strip_line_ending(
                text.split('\n').next().unwrap_or("").to_string(),
            );
            let v = Secret::new(line);
            let problem = match what {
                Rotating::ClientSecret => input::check_client_secret(&v).err().map(|p| p.message),
                Rotating::Password if v.is_empty() => {
                    Some(messages::text(M::NewPasswordEmpty).to_string())
                }
                Rotating::Password => None,
            };
            if let Some(p) = problem {
                return Err(Error::Input(t(M::NothingChanged, &[("problem", &p)])));
            }
            if let Some(d) = &self.settings.secret_expires {
                self.state.secret_expires = Some(profile::parse_date(d).map_err(Error::Input)?);
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
                    Some(d) => Some(profile::parse_date(d).map_err(Error::Input)?),
                    None => self.ask(None, "secret-expires", text(M::AskSecretExpiry), |v| {
                        if v.is_empty() {
                            Ok(None)
                        } else {
                            profile::parse_date(v).map(Some)
                        }
                    })?,
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
                let v = self.ask_secret("DYNSYNC_NEW_PASSWORD", &label, |s| {
                    if s.is_empty() {
                        Err(text(M::PasswordEmpty).into())
                    } else {
                        Ok(())
                    }
                })?;
                self.note(text(M::NoteNewPassword));
                Ok(v)
            }
        }
    }

    /// Check with the new value. `None`: it passed; `Some(code)`: stop with this exit code.
    /// A new client secret refused with AADSTS7000215 is tried again a bounded number of times
    /// (it may still be replicating): the one retry after a 4xx dynsync allows, never for a password.
    async fn check_new(&mut self, what: Rotating) -> Result<Option<i32>> {
        self.say(text(M::RotateChecking))?;
        let max = self.settings.replication_retries;
        let mut tries = 0;
        loop {
            let report = self.quiet_checks().await?;
            let token = report.check("token").cloned();
            let replicating = what == Rotating::ClientSecret
                && token
                    .as_ref()
                    .is_some_and(|c| c.status == Status::Fail && c.aadsts == Some(INVALID_SECRET));
            if replicating && tries < max {
                tries += 1;
                self.countdown(tries, max).await?;
                continue;
            }
            self.say(&render_report(
                &report,
                text(M::CheckingNew),
                &Paint::new(self.ctx.io.color),
            ))?;
            let ok = report.exit_code();
            self.report = Some(report);
            if replicating {
                let n = (tries + 1).to_string();
                self.say(&t(
                    M::RotateReplicationGaveUp,
                    &[("n", &n), ("profile", &self.state.profile.clone())],
                ))?;
                self.note(text(M::NoteRefusedEveryTry));
                return Ok(Some(exit::CHECK_FAILED));
            }
            if ok != exit::OK {
                let profile = self.state.profile.clone();
                self.say(&t(M::RotateNewFailed, &[("profile", &profile)]))?;
                self.note(text(M::NoteNewFailed));
                return Ok(Some(ok));
            }
            self.note(text(M::NoteNewPassed));
            return Ok(None);
        }
    }

    async fn countdown(&mut self, n: u32, max: u32) -> Result<()> {
        let secs = self.settings.replication_wait.as_secs().max(1);
        self.say(&t(
            M::RotateReplicating,
            &[
                ("secs", &secs.to_string()),
                ("n", &n.to_string()),
                ("max", &max.to_string()),
            ],
        ))?;
        let step = self.settings.replication_wait / secs as u32;
        for left in (1..=secs).rev() {
            if self.ctx.io.stderr_tty {
                eprint!("\r  {left:>3} s ");
            }
            tokio::time::sleep(step).await;
        }
        if self.ctx.io.stderr_tty {
            eprint!("\r        \r");
        }
        Ok(())
    }

    async fn quiet_checks(&mut self) -> Result<Report> {
        let checked = input::check(self.raw_inputs());
        let Some(inputs) = checked.inputs else {
            return Ok(engine::invalid_input_report(
                &checked.errors,
                &checked.warnings,
            ));
        };
        let Some(http) = self.http()? else {
            return Ok(engine::invalid_input_report(
                &checked.errors,
                &checked.warnings,
            ));
        };
        Ok(engine::validate(&http, &inputs, &checked.warnings, &NoProgress).await)
    }
}
