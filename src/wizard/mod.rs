//! `dynsync setup`: the guided wizard, from app registration to sync enabled.
//!
//! The flow is a sequence of steps over a [`SetupState`]; each step lives in its own module under
//! `steps/` and returns what comes next. The state is saved after every step (and after every
//! Marketo step), so the wizard can stop anywhere and resume. All text comes from `messages`.

mod checking;
pub mod driver;
mod fix_for_me;
pub mod messages;
mod rotate;
pub(crate) use rotate::credentials_url;
pub mod state;
mod steps;

use std::io::Write;
use std::path::PathBuf;

use crate::connection;
use crate::ctx::Ctx;
use crate::error::{Error, Outcome, Result};
use crate::http::DemoTls;
use crate::input;
use crate::report::{Field, Report};
use crate::secrets::Secret;
use crate::ui::{Browser, Clipboard};
use crate::wizard::driver::MarketoDriver;
use messages::{M, t, text};
use state::{Checkpoints, ConnectionPath, SetupState, Step};

/// What the flags said; every prompt has one of these as its non-interactive source.
#[derive(Debug, Clone, Default)]
pub struct Settings {
    pub profile: Option<String>,
    pub path: Option<ConnectionPath>,
    /// The connection settings from flags and env vars (and, for a rotation or a re-validation,
    /// the profile under them).
    pub conn: connection::Settings,
    pub timeout: Option<u64>,
    /// The time limit of each check run.
    pub deadline: Option<std::time::Duration>,
    pub secret_expires: Option<String>,
    pub has_app_registration: Option<bool>,
    /// Non-interactive: take every input from flags/env and confirm what would be asked.
    pub yes: bool,
    /// `--confirm-org`: the org's unique name, given instead of typing it at the org guard.
    pub confirm_org: Option<String>,
    pub resume: bool,
    pub transcript: Option<PathBuf>,
    pub demo: Option<DemoTls>,
    /// The demo keeps its progress between runs: the flags that run it again besides `--demo`
    /// (` --scenario NAME`, or nothing), for the command that resumes it.
    pub demo_kept: Option<String>,
    /// rotate: which secret (asked when left out).
    pub rotate_what: Option<state::Rotating>,
    /// rotate: Marketo already has the new value (non-interactive rotation).
    pub marketo_done: bool,
    /// rotate: read the new value from stdin (line 1).
    pub secrets_stdin: bool,
    /// rotate: how often, and how long apart, a new secret is tried again while it replicates.
    pub replication_retries: u32,
    pub replication_wait: std::time::Duration,
    /// rotate, after `--create-secret`: what becomes of the old client secret once the new one
    /// is in service — `None` asked after Marketo's steps, `Some(true)` removed (`--remove-old`),
    /// `Some(false)` kept.
    pub remove_old: Option<bool>,
}

/// The most password attempts one run makes before it stops (Azure AD's smart lockout starts
/// at 10 failures by default; Marketo will make more with whatever is saved).
pub const MAX_PASSWORD_ATTEMPTS: u32 = 3;

/// What a step says comes next.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flow {
    Next,
    Back(Step),
    /// Stop with this outcome (the state is saved).
    Stop(Outcome),
    /// A finished setup: only re-run the checks.
    Revalidate,
}

pub struct Deps<'a> {
    pub driver: &'a dyn MarketoDriver,
    pub clipboard: &'a dyn Clipboard,
    pub browser: &'a dyn Browser,
}

pub struct Wizard<'a, 'c> {
    pub(crate) ctx: &'a Ctx<'c>,
    pub(crate) deps: Deps<'a>,
    pub(crate) settings: Settings,
    pub(crate) checkpoints: Checkpoints,
    pub state: SetupState,
    pub(crate) secret: Option<Secret>,
    pub(crate) password: Option<Secret>,
    pub(crate) report: Option<Report>,
    /// The client secret "Create it for me" made (its Value is in the keyring too): the
    /// credentials step takes it instead of asking.
    pub(crate) made_secret: Option<Secret>,
    transcript: Option<std::fs::File>,
    /// The transcript's header was written (before its first line).
    transcript_started: bool,
}

impl<'a, 'c> Wizard<'a, 'c> {
    pub fn new(ctx: &'a Ctx<'c>, deps: Deps<'a>, settings: Settings) -> Result<Self> {
        let dir = ctx.profiles()?.dir().to_path_buf();
        let transcript = match &settings.transcript {
            Some(p) => Some(
                std::fs::OpenOptions::new()
                    .create(true)
                    .append(true)
                    .open(p)
                    .map_err(|e| {
                        Error::Invalid(t(
                            M::TranscriptFailed,
                            &[
                                ("path", &p.display().to_string()),
                                ("error", &e.to_string()),
                            ],
                        ))
                    })?,
            ),
            None => None,
        };
        Ok(Wizard {
            ctx,
            deps,
            settings,
            checkpoints: Checkpoints::new(&dir),
            state: SetupState::default(),
            secret: None,
            password: None,
            report: None,
            made_secret: None,
            transcript,
            transcript_started: false,
        })
    }

    pub(crate) fn interactive(&self) -> bool {
        self.ctx.io.can_prompt() && !self.settings.yes
    }

    /// Run the wizard to its end, or until it stops.
    pub async fn run(mut self) -> Result<Outcome> {
        let result = self.run_steps().await;
        if !self.state.profile.is_empty() {
            let _ = self.save();
        }
        match result {
            Ok(code) => Ok(code),
            Err(e) => {
                if !self.state.profile.is_empty() && self.state.finished_at.is_none() {
                    let notice = stop_notice(&self.state, &self.settings);
                    let _ = write!(self.ctx.err(), "{notice}");
                }
                Err(e)
            }
        }
    }

    async fn run_steps(&mut self) -> Result<Outcome> {
        let mut step = match self.step_welcome()? {
            Flow::Stop(code) => return Ok(code),
            Flow::Revalidate => return Box::pin(self.revalidate()).await,
            Flow::Back(s) => s,
            Flow::Next => self.next_after(Step::Welcome),
        };
        // Each step's future is boxed: the steps' state machines together would not fit a test
        // thread's stack (2 MiB) in a debug build.
        loop {
            if step != Step::Welcome {
                self.say(&format!("\n{}", step.heading()))?;
            }
            // The async steps are boxed: inline, their futures made this one too deep for a
            // 2 MiB thread's stack in a debug build.
            let flow = match step {
                Step::Welcome => Flow::Next,
                Step::AppRegistration => Box::pin(self.step_app_registration()).await?,
                Step::Credentials => self.step_credentials()?,
                Step::SyncUser => Box::pin(self.step_sync_user()).await?,
                Step::Preflight => Box::pin(self.step_preflight()).await?,
                Step::OrgGuard => self.step_org_guard()?,
                Step::Save => self.step_save()?,
                Step::Marketo => Box::pin(self.step_marketo()).await?,
                Step::Summary => self.step_summary()?,
            };
            match flow {
                Flow::Next => {
                    self.state.reached = Some(self.state.reached.map_or(step, |r| r.max(step)));
                    self.save()?;
                    if step == Step::Summary {
                        return Ok(Outcome::Ok);
                    }
                    step = self.next_after(step);
                }
                Flow::Back(s) => {
                    self.state.reached = Step::ALL.iter().rev().copied().find(|x| *x < s);
                    self.save()?;
                    step = s;
                }
                Flow::Stop(code) => return Ok(code),
                Flow::Revalidate => return Box::pin(self.revalidate()).await,
            }
        }
    }

    fn next_after(&self, step: Step) -> Step {
        let from = self.state.reached.map_or(step, |r| r.max(step));
        Step::ALL
            .iter()
            .copied()
            .find(|s| *s > from)
            .unwrap_or(Step::Summary)
    }

    pub(crate) fn save(&mut self) -> Result<()> {
        self.state.updated_at = Some(self.ctx.clock.now());
        self.checkpoints.save(&self.state)?;
        Ok(())
    }

    /// Add a line to the transcript (never a secret: callers pass fixed texts and plain values).
    pub(crate) fn note(&mut self, line: &str) {
        if !self.transcript_started
            && let Some(f) = &mut self.transcript
        {
            // A header first, for whoever reads it later (a support ticket): what, which
            // profile and org, and when.
            let what = if self.settings.rotate_what.is_some() || self.state.rotating.is_some() {
                "rotate"
            } else {
                "setup"
            };
            let header = t(
                M::TranscriptHeader,
                &[
                    ("version", env!("CARGO_PKG_VERSION")),
                    ("what", what),
                    ("profile", &self.state.profile),
                    (
                        "org",
                        self.state.org_url.as_deref().unwrap_or(text(M::TheOrg)),
                    ),
                    ("at", &crate::ui::local_time(self.ctx.clock.now())),
                ],
            );
            let _ = writeln!(f, "\n{header}\n");
            self.transcript_started = true;
        }
        if let Some(f) = &mut self.transcript {
            let _ = writeln!(
                f,
                "- {} — {line}",
                crate::ui::local_time(self.ctx.clock.now())
            );
        }
    }

    pub(crate) fn say(&mut self, text: &str) -> Result<()> {
        // Wrapped to the terminal (report text comes here already wrapped, so within width).
        let wrapped = crate::ui::wrap_screen(text, self.ctx.io.width());
        let mut out = self.ctx.out();
        out.write_all(wrapped.as_bytes())?;
        out.flush()?;
        Ok(())
    }

    /// The admin chose to stop: the state is saved and resumable.
    pub(crate) fn abort(&mut self) -> Result<Flow> {
        self.save()?;
        self.note(text(M::NoteStopped));
        self.say(text(M::Aborted))?;
        let notice = crate::wizard::stop_notice(&self.state, &self.settings);
        self.say(notice.trim_end())?;
        Ok(Flow::Stop(crate::error::Outcome::ChecksFailed))
    }

    /// Show `instructions` and wait: Done (true), Show again (repeat), Abort (false).
    pub(crate) fn wait_for(&mut self, instructions: &str) -> Result<bool> {
        if !self.interactive() {
            self.say(instructions)?;
            return Ok(true);
        }
        loop {
            self.say(instructions)?;
            let items = [
                text(M::StepDone),
                text(M::StepShowAgain),
                text(M::StepAbort),
            ];
            match self.ctx.prompter.select(text(M::WhatNow), &items, 0)? {
                0 => return Ok(true),
                1 => continue,
                _ => return Ok(false),
            }
        }
    }

    /// A value from its flag, else a prompt checked by `parse` until it passes.
    pub(crate) fn ask<T>(
        &mut self,
        flag: Option<String>,
        flag_name: &str,
        label: &str,
        mut parse: impl FnMut(&str) -> std::result::Result<T, String>,
    ) -> Result<T> {
        if let Some(v) = flag {
            return parse(&v).map_err(|e| Error::Invalid(format!("--{flag_name}: {e}")));
        }
        if !self.interactive() {
            return Err(Error::Invalid(t(
                M::NoTerminalFlag,
                &[("label", label), ("flag", flag_name)],
            )));
        }
        loop {
            let v = self.ctx.prompter.input(label, None)?;
            match parse(v.trim()) {
                Ok(t) => return Ok(t),
                Err(e) => self.say(&format!("  {e}"))?,
            }
        }
    }

    /// A secret from its env var, else a hidden prompt checked by `check` until it passes.
    pub(crate) fn ask_secret(
        &mut self,
        env: &str,
        label: &str,
        check: impl Fn(&Secret) -> std::result::Result<(), String>,
    ) -> Result<Secret> {
        let from_env = if env == "DYNSYNC_PASSWORD" && self.state.password_refused {
            None
        } else {
            self.ctx.var(env)
        };
        if let Some(v) = from_env {
            let s = Secret::new(v);
            check(&s).map_err(|e| Error::Invalid(format!("{env}: {e}")))?;
            return Ok(s);
        }
        if !self.interactive() {
            return Err(Error::Invalid(t(
                M::NoTerminalEnv,
                &[("label", label), ("env", env)],
            )));
        }
        loop {
            let s = self.ctx.prompter.secret(label)?;
            match check(&s) {
                Ok(()) => return Ok(s),
                Err(e) => self.say(&format!("  {e}"))?,
            }
        }
    }

    pub(crate) fn ask_client_secret(&mut self) -> Result<Secret> {
        self.ask_client_secret_from("DYNSYNC_CLIENT_SECRET")
    }

    /// The client secret's Value from `env`, else a hidden prompt; a Secret ID is refused.
    pub(crate) fn ask_client_secret_from(&mut self, env: &str) -> Result<Secret> {
        self.ask_secret(env, text(M::AskClientSecret), |s| {
            if input::parse_guid(s.expose().trim()).is_some() {
                return Err(text(M::SecretIdRefused).to_string());
            }
            input::check_client_secret(s).map_err(|p| format!("{} — {}", p.message, p.fix))
        })
    }

    pub(crate) fn ask_password(&mut self) -> Result<Secret> {
        let label = t(
            M::AskPassword,
            &[(
                "username",
                self.state
                    .username
                    .as_deref()
                    .unwrap_or(text(M::TheSyncUser)),
            )],
        );
        let password = self.ask_secret("DYNSYNC_PASSWORD", &label, password_rule)?;
        // A new password, typed: it may be sent.
        self.state.password_refused = false;
        Ok(password)
    }

    pub(crate) fn ask_org_url(&mut self, flag: Option<String>) -> Result<String> {
        let org = self.ask(flag, "org-url", text(M::AskOrgUrl), |v| {
            input::normalize_org_url(v).map(|o| o.url)
        })?;
        self.say(&t(M::OrgNormalised, &[("url", &org)]))?;
        Ok(org)
    }

    /// The connection as the wizard knows it now: the answers of this run (which default to the
    /// flags) over the flags, the profile and the saved state.
    pub(crate) fn connection(&self) -> connection::Settings {
        connection::Settings {
            client_id: self.state.client_id.clone(),
            username: self.state.username.clone(),
            org_url: self.state.org_url.clone(),
            auth: self.state.auth,
            ..Default::default()
        }
        .or(self.settings.conn.clone())
    }

    /// The connection signs in as an application user (S2S): no password anywhere.
    pub(crate) fn s2s(&self) -> bool {
        self.connection().auth == Some(connection::AuthKind::S2s)
    }

    /// The client secret's expiry date as the portal shows it (empty: not known).
    /// The portal's `M/D/YYYY` form is read back as a date, so a day-first reading is caught.
    pub(crate) fn ask_secret_expiry(&mut self) -> Result<Option<chrono::NaiveDate>> {
        let mut typed = String::new();
        let date = self.ask(None, "secret-expires", text(M::AskSecretExpiry), |v| {
            typed = v.to_string();
            if v.is_empty() {
                Ok(None)
            } else {
                input::parse_date(v).map(Some)
            }
        })?;
        if let Some(d) = date
            && typed != d.to_string()
        {
            self.say(&t(M::ExpiryReadAs, &[("date", &d.to_string())]))?;
        }
        Ok(date)
    }

    /// Ask again for the input a failed check names.
    pub(crate) fn reenter(&mut self, field: Field) -> Result<()> {
        match field {
            Field::ClientId => {
                self.state.client_id =
                    Some(self.ask(None, "client-id", text(M::AskClientId), guid)?);
            }
            Field::ClientSecret => {
                self.secret = Some(self.ask_client_secret()?);
                // Another secret has another expiry date: the recorded one was the old secret's.
                if self.interactive() {
                    self.state.secret_expires = self.ask_secret_expiry()?;
                }
            }
            Field::Username => {
                self.state.username =
                    Some(self.ask(None, "username", text(M::AskUsername), upn)?);
            }
            Field::Password => self.password = Some(self.ask_password()?),
            Field::OrgUrl => self.state.org_url = Some(self.ask_org_url(None)?),
            Field::Tenant => {
                let t = self.ask(None, "tenant", text(M::AskTenant), |v| {
                    if v.is_empty() {
                        Ok(None)
                    } else {
                        input::check_tenant(v).map(Some).map_err(|p| p.message)
                    }
                })?;
                self.settings.conn.tenant = t;
            }
        }
        Ok(())
    }
}

/// What to tell the admin when a setup or rotation stops before its end: a loud warning if
/// Marketo's sync was left disabled, and the command that continues.
pub fn stop_notice(state: &SetupState, settings: &Settings) -> String {
    let resume = resume_command(state, settings);
    let mut out = String::new();
    if let Some(since) = state.sync_off_since() {
        out.push_str(&t(
            M::SyncOffWarning,
            &[
                ("since", &crate::ui::local_time(since)),
                ("resume", &resume),
            ],
        ));
    }
    if state.rotating.is_some() && state.finished_at.is_none() {
        out.push_str(text(M::RotateOldKept));
        out.push('\n');
    }
    let hint = if settings.demo.is_some() && settings.demo_kept.is_none() {
        M::DemoResumeHint
    } else {
        M::ResumeHint
    };
    out.push_str(&t(hint, &[("resume", &resume)]));
    out.push('\n');
    out
}

/// The command that continues a stopped setup or rotation: `--resume` with its profile (a demo
/// that keeps its progress: `--demo --resume`), or, for a demo that keeps nothing, the demo
/// again.
pub fn resume_command(state: &SetupState, settings: &Settings) -> String {
    let rotation = state.rotating.is_some() || settings.rotate_what.is_some();
    let verb = if rotation { "rotate" } else { "setup" };
    match (&settings.demo, &settings.demo_kept) {
        (None, _) => format!("dynsync {verb} --resume --profile {}", state.profile),
        // The rotation demo has one profile.
        (Some(_), Some(flags)) if rotation => format!("dynsync {verb} --demo{flags} --resume"),
        (Some(_), Some(flags)) => format!(
            "dynsync {verb} --demo{flags} --resume --profile {}",
            state.profile
        ),
        (Some(_), None) => format!("dynsync {verb} --demo"),
    }
}

pub(crate) fn guid(v: &str) -> std::result::Result<String, String> {
    input::check_client_id(v).map_err(|p| format!("{} — {}", p.message, p.fix))
}

pub(crate) fn upn(v: &str) -> std::result::Result<String, String> {
    input::check_upn(v).map_err(|p| format!("{} — {}", p.message, p.fix))
}

/// The one password rule ([`input::check_password`]) in the form the prompts take.
pub(crate) fn password_rule(s: &Secret) -> std::result::Result<(), String> {
    input::check_password(s).map_err(|p| format!("{} — {}", p.message, p.fix))
}
