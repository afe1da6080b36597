//! Step 5: the whole validation engine, as Marketo will sign in. A failure offers to re-enter
//! exactly the input it implicates; password attempts are counted so the wizard stops before
//! Azure AD's smart lockout; a Dynamics-side failure shows its fix and checks again.

use crate::engine::{self, NoProgress, Progress};
use crate::error::{Result, exit};
use crate::input;
use crate::report::{Field, Report, Status};
use crate::ui::{Paint, Spinner, render_report};
use crate::wizard::messages::{M, t, text};
use crate::wizard::{Flow, MAX_PASSWORD_ATTEMPTS, Wizard};

/// AADSTS50053: smart lockout. AADSTS50126: user name or password refused.
const LOCKED: u32 = 50053;
const BAD_PASSWORD: u32 = 50126;

impl Wizard<'_, '_> {
    pub(crate) async fn step_preflight(&mut self) -> Result<Flow> {
        loop {
            if self.secret.is_none() {
                self.secret = Some(self.ask_client_secret()?);
            }
            if self.password.is_none() {
                self.password = Some(self.ask_password()?);
            }
            let report = self.run_checks().await?;
            let code = report.exit_code();
            let failing = report
                .checks
                .iter()
                .find(|c| c.status == Status::Fail)
                .cloned();
            if let Some(t) = &report.tenant_id {
                self.state.tenant_id = Some(t.clone());
            }
            self.report = Some(report);
            let Some(failing) = failing else {
                self.note(text(M::NotePreflightPassed));
                return Ok(Flow::Next);
            };
            self.note(&t(
                M::NotePreflightFailed,
                &[("check", failing.id), ("summary", &failing.summary)],
            ));
            if failing.id == "token" {
                if failing.aadsts == Some(LOCKED) {
                    self.say(text(M::LockedOut))?;
                    return Ok(Flow::Stop(exit::CHECK_FAILED));
                }
                if failing.field == Some(Field::Password) || failing.aadsts == Some(BAD_PASSWORD) {
                    self.state.password_attempts += 1;
                    self.save()?;
                    if self.state.password_attempts >= MAX_PASSWORD_ATTEMPTS {
                        let n = self.state.password_attempts.to_string();
                        self.say(&t(M::PasswordAttemptsExhausted, &[("n", &n)]))?;
                        self.note(text(M::NoteTooManyPasswords));
                        return Ok(Flow::Stop(exit::CHECK_FAILED));
                    }
                }
            }
            if !self.interactive() {
                return Ok(Flow::Stop(code));
            }
            let dynamics_side =
                failing.id.starts_with("dynamics.") || failing.id.starts_with("marketo.");
            let reenter = failing
                .field
                .map(|f| t(M::ReenterField, &[("field", input::field_label(f))]));
            let mut items: Vec<String> = Vec::new();
            if let Some(r) = &reenter {
                items.push(r.clone());
            }
            items.push(text(M::RunAgain).to_string());
            if dynamics_side {
                items.push(text(M::ContinueAnyway).to_string());
            }
            items.push(text(M::StepAbort).to_string());
            let refs: Vec<&str> = items.iter().map(String::as_str).collect();
            let question = if dynamics_side {
                text(M::DynamicsFixThen)
            } else {
                text(M::Choose)
            };
            let choice = items[self.ctx.prompter.select(question, &refs, 0)?].clone();
            if Some(&choice) == reenter.as_ref() {
                self.reenter(failing.field.expect("a field to re-enter"))?;
            } else if choice == text(M::ContinueAnyway) {
                self.note(&t(M::NoteContinuedAnyway, &[("check", failing.id)]));
                return Ok(Flow::Next);
            } else if choice == text(M::StepAbort) {
                return self.abort();
            }
        }
    }

    /// Run every check with the current inputs, print the report, and return it.
    pub(crate) async fn run_checks(&mut self) -> Result<Report> {
        self.say(&format!("\n{}", text(M::RunningChecks)))?;
        let checked = input::check(self.raw_inputs());
        let report = match checked.inputs {
            None => engine::invalid_input_report(&checked.errors, &checked.warnings),
            Some(inputs) => match self.http()? {
                None => engine::invalid_input_report(&checked.errors, &checked.warnings),
                Some(http) => {
                    let spinner = Spinner::new(&self.ctx.io, !self.ctx.verbose);
                    let progress: &dyn Progress = if self.ctx.verbose {
                        &NoProgress
                    } else {
                        &spinner
                    };
                    let r = engine::validate(&http, &inputs, &checked.warnings, progress).await;
                    spinner.finish();
                    r
                }
            },
        };
        let heading = t(
            M::CheckingHeading,
            &[
                (
                    "org",
                    self.state.org_url.as_deref().unwrap_or(text(M::TheOrg)),
                ),
                (
                    "username",
                    self.state
                        .username
                        .as_deref()
                        .unwrap_or(text(M::TheSyncUser)),
                ),
            ],
        );
        let text = render_report(&report, &heading, &Paint::new(self.ctx.io.color));
        self.say(&text)?;
        Ok(report)
    }

    /// A finished setup re-run: check again with the saved profile and keyring.
    pub(crate) async fn revalidate(&mut self) -> Result<i32> {
        if self.secret.is_none() {
            self.secret = Some(self.ask_client_secret()?);
        }
        if self.password.is_none() {
            self.password = Some(self.ask_password()?);
        }
        let report = self.run_checks().await?;
        self.note(&t(
            M::NoteRevalidated,
            &[(
                "outcome",
                if report.ok {
                    text(M::NotePassed)
                } else {
                    text(M::NoteFailed)
                },
            )],
        ));
        Ok(report.exit_code())
    }
}
