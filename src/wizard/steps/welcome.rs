//! Step 1: what will happen, the profile, resume or start over, and the Marketo path.

use crate::connection::AuthKind;
use crate::error::{Error, Result};
use crate::profile;
use crate::wizard::messages::{M, t, text};
use crate::wizard::state::{ConnectionPath, SetupState, Step};
use crate::wizard::{Flow, Wizard};

impl Wizard<'_, '_> {
    /// The welcome screen, with how a stop is continued (the demo keeps nothing).
    fn welcome(&self) -> String {
        let continues = match (&self.settings.demo, &self.settings.demo_kept) {
            (None, _) => text(M::WelcomeContinue).to_string(),
            (Some(_), Some(flags)) => t(
                M::WelcomeContinueDemoKept,
                &[("resume", &format!("dynsync setup --demo{flags} --resume"))],
            ),
            (Some(_), None) => text(M::WelcomeContinueDemo).to_string(),
        };
        t(M::Welcome, &[("continue", &continues)])
    }

    pub(crate) fn step_welcome(&mut self) -> Result<Flow> {
        self.say(&Step::Welcome.heading())?;
        let resume = self.settings.resume;
        let name = match (&self.settings.profile, resume) {
            (Some(p), _) => p.clone(),
            (None, true) => match self.checkpoints.latest_unfinished()? {
                Some(s) => s.profile,
                None if self.settings.demo.is_some() => {
                    return Err(Error::Invalid(text(M::NoDemoToResume).into()));
                }
                None => return Err(Error::Invalid(text(M::NoSetupToResume).into())),
            },
            (None, false) => {
                self.say(&self.welcome())?;
                self.ask(None, "profile", text(M::AskProfile), |v| {
                    profile::check_name(v)
                        .map(|_| v.to_string())
                        .map_err(|e| e.to_string())
                })?
            }
        };
        profile::check_name(&name)?;
        if resume && self.settings.profile.is_some() {
            self.say(&self.welcome())?;
        }
        match self.checkpoints.load(&name)? {
            Some(existing) if existing.finished_at.is_some() && !resume => {
                let at = existing
                    .finished_at
                    .map(crate::ui::local_time)
                    .unwrap_or_default();
                let items = [text(M::Revalidate), text(M::StartOver), text(M::Quit)];
                let pick = if self.interactive() {
                    self.ctx.prompter.select(
                        &t(M::FinishedAlready, &[("profile", &name), ("at", &at)]),
                        &items,
                        0,
                    )?
                } else {
                    0
                };
                match pick {
                    0 => {
                        self.state = existing;
                        self.load_saved_secrets();
                        return Ok(Flow::Revalidate);
                    }
                    1 => self.start_new(&name)?,
                    _ => return Ok(Flow::Stop(crate::error::Outcome::Ok)),
                }
            }
            Some(existing) if existing.finished_at.is_none() => {
                let reached = existing
                    .reached
                    .map(Step::name)
                    .unwrap_or_else(|| text(M::TheStart).into());
                let continue_it = resume
                    || !self.interactive()
                    || self.ctx.prompter.confirm(
                        &t(
                            M::UnfinishedExists,
                            &[("profile", &name), ("reached", &reached)],
                        ),
                        true,
                    )?;
                if continue_it {
                    self.state = existing;
                    self.note(&t(
                        M::NoteResumedSetup,
                        &[("profile", &name), ("reached", &reached)],
                    ));
                    self.say(&t(
                        M::Resuming,
                        &[("profile", &name), ("reached", &reached)],
                    ))?;
                    self.load_saved_secrets();
                    return Ok(Flow::Next);
                }
                self.start_new(&name)?;
            }
            _ if resume => {
                return Err(Error::Invalid(t(M::NoSetupOf, &[("profile", &name)])));
            }
            _ => self.start_new(&name)?,
        }
        let path = match self.settings.path {
            Some(p) => p,
            None if !self.interactive() => {
                return Err(Error::Invalid(text(M::NoTerminalPath).into()));
            }
            None => {
                self.say(text(M::PathWhere))?;
                let items = [text(M::PathFirstTime), text(M::PathUpdate)];
                match self.ctx.prompter.select(text(M::AskPath), &items, 0)? {
                    0 => ConnectionPath::FirstTime,
                    _ => ConnectionPath::Update,
                }
            }
        };
        self.state.path = Some(path);
        let path_name = match path {
            ConnectionPath::FirstTime => text(M::NotePathFirstTime),
            ConnectionPath::Update => text(M::NotePathUpdate),
        };
        self.note(&t(
            M::NoteStarted,
            &[("profile", &name), ("path", path_name)],
        ));
        // How the sync signs in (`--auth`); an existing password connection switched to S2S
        // follows Marketo's Reconfigure procedure.
        let auth = match self.settings.conn.auth {
            Some(a) => a,
            // Asked with the path (the demo's scenario decides on its own).
            None if self.settings.path.is_none()
                && self.interactive()
                && self.settings.demo.is_none() =>
            {
                let items = [text(M::AuthPassword), text(M::AuthS2s)];
                match self.ctx.prompter.select(text(M::AskAuth), &items, 0)? {
                    0 => AuthKind::Password,
                    _ => AuthKind::S2s,
                }
            }
            None => AuthKind::Password,
        };
        self.state.auth = Some(auth);
        self.note(&t(M::NoteAuth, &[("auth", auth.as_str())]));
        if auth == AuthKind::S2s && path == ConnectionPath::Update {
            let existing = self.ctx.profiles()?.get(&name).ok();
            self.state.reconfigure =
                existing.is_some_and(|p| p.auth.unwrap_or_default() != AuthKind::S2s);
            if self.state.reconfigure {
                self.say(text(M::ReconfigureNote))?;
            }
        }
        Ok(Flow::Next)
    }

    fn start_new(&mut self, name: &str) -> Result<()> {
        self.state = SetupState::new(name, self.ctx.clock.now());
        self.save()
    }

    /// After the Save step the secrets are in the keyring; before it they are asked again —
    /// except the client secret "Create it for me" made, which is in the keyring from the start
    /// (never shown, it cannot be typed), for the org it was made for.
    pub(crate) fn load_saved_secrets(&mut self) {
        if !self.state.done(Step::Save)
            && self.state.done(Step::Credentials)
            && let Some(made) = self.state.registration.clone().filter(|m| m.complete)
        {
            let name = self.state.profile.clone();
            self.secret = self
                .ctx
                .store
                .get(&name, crate::secrets::SecretKind::ClientSecret)
                .ok()
                .flatten();
            if self.settings.conn.org_url.is_none() {
                self.settings.conn.org_url = made.org_url;
            }
        }
        if self.state.done(Step::Save) {
            let name = self.state.profile.clone();
            self.secret = self
                .ctx
                .store
                .get(&name, crate::secrets::SecretKind::ClientSecret)
                .ok()
                .flatten();
            self.password = self
                .ctx
                .store
                .get(&name, crate::secrets::SecretKind::Password)
                .ok()
                .flatten();
        }
    }
}
