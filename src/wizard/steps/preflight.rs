//! Step 5: the whole validation engine, as Marketo will sign in. A failure offers to re-enter
//! exactly the input it implicates; password attempts are counted so the wizard stops before
//! Azure AD's smart lockout; a Dynamics-side failure shows its fix and checks again.

use crate::connection::AuthKind;
use crate::error::{Outcome, Result};
use crate::input;
use crate::report::{CheckId, Field, Status};
use crate::ui::choose;
use crate::wizard::messages::{M, t, text};
use crate::wizard::{Flow, MAX_PASSWORD_ATTEMPTS, Wizard};

/// AADSTS50053: smart lockout. AADSTS50126: user name or password refused.
const LOCKED: u32 = 50053;

impl Wizard<'_, '_> {
    pub(crate) async fn step_preflight(&mut self) -> Result<Flow> {
        loop {
            if self.secret.is_none() {
                self.secret = Some(self.ask_client_secret()?);
            }
            if self.password.is_none() && !self.s2s() {
                self.password = Some(self.ask_password()?);
            }
            let report = self.run_checks().await?;
            let outcome = report.outcome();
            let failing = report
                .checks
                .iter()
                .find(|c| c.status == Status::Fail)
                .cloned();
            if let Some(t) = &report.tenant_id {
                self.state.tenant_id = Some(t.clone());
            }
            let passed = crate::wizard::checking::passed(
                &report,
                M::NotePreflightPassed,
                M::NotePreflightPassedWithWarnings,
            );
            self.report = Some(report);
            let Some(failing) = failing else {
                self.note(&passed);
                return Ok(Flow::Next);
            };
            self.note(&t(
                M::NotePreflightFailed,
                &[
                    ("check", failing.id.as_str()),
                    ("summary", &failing.summary),
                ],
            ));
            if failing.id == CheckId::Token {
                if failing.aadsts == Some(LOCKED) {
                    let resume = crate::wizard::resume_command(&self.state, &self.settings);
                    self.say(&t(M::LockedOut, &[("resume", &resume)]))?;
                    return Ok(Flow::Stop(Outcome::ChecksFailed));
                }
                // The lockout guard: refused passwords are counted, for the credentials that
                // send one.
                let sends_password = match self.connection().auth.unwrap_or_default() {
                    AuthKind::Password => true,
                    AuthKind::S2s => false,
                };
                // Only a refusal that means a wrong password counts (a federated domain's 50126
                // is the missing HRD policy, whatever the password), and the refused password
                // is never sent again: the next check asks for one.
                if sends_password && failing.field == Some(Field::Password) {
                    self.state.password_attempts += 1;
                    self.state.password_refused = true;
                    self.password = None;
                    self.save()?;
                    if self.state.password_attempts >= MAX_PASSWORD_ATTEMPTS {
                        let n = self.state.password_attempts.to_string();
                        let resume = crate::wizard::resume_command(&self.state, &self.settings);
                        self.say(&t(
                            M::PasswordAttemptsExhausted,
                            &[("n", &n), ("resume", &resume)],
                        ))?;
                        self.note(text(M::NoteTooManyPasswords));
                        return Ok(Flow::Stop(Outcome::ChecksFailed));
                    }
                }
            }
            if !self.interactive() {
                return Ok(Flow::Stop(outcome));
            }
            let dynamics_side = failing.id.dynamics_side();
            #[derive(Clone, Copy)]
            enum Choice {
                Reenter(Field),
                FixForMe,
                RunAgain,
                ContinueAnyway,
                Abort,
            }
            let mut items = Vec::new();
            // The input the failure implicates: the one the check names, else the org URL for
            // a failure to reach or recognise the org (a mistyped host answers nothing).
            let implicated = failing.field.or(match failing.id {
                CheckId::Tenant | CheckId::Whoami | CheckId::Organization => Some(Field::OrgUrl),
                _ => None,
            });
            if let Some(f) = implicated {
                let label = t(M::ReenterField, &[("field", input::field_label(f))]);
                items.push((Choice::Reenter(f), label));
            }
            // The tenant can always be given (or cleared, to be discovered) when it is in doubt.
            if failing.id == CheckId::Tenant && implicated != Some(Field::Tenant) {
                let label = t(
                    M::ReenterField,
                    &[("field", input::field_label(Field::Tenant))],
                );
                items.push((Choice::Reenter(Field::Tenant), label));
            }
            let fixable = dynamics_side && self.report.as_ref().is_some_and(|r| self.can_fix(r));
            if fixable {
                items.push((Choice::FixForMe, text(M::FixForMe).to_string()));
            }
            items.push((Choice::RunAgain, text(M::RunAgain).to_string()));
            if dynamics_side {
                items.push((Choice::ContinueAnyway, text(M::ContinueAnyway).to_string()));
            }
            items.push((Choice::Abort, text(M::StepAbort).to_string()));
            let question = if dynamics_side {
                text(M::DynamicsFixThen)
            } else {
                text(M::Choose)
            };
            match choose(self.ctx.prompter, question, &items, 0)? {
                Choice::Reenter(field) => self.reenter(field)?,
                Choice::FixForMe => {
                    let report = self.report.clone().expect("a report");
                    Box::pin(self.fix_for_me(&report)).await?;
                }
                Choice::RunAgain => {}
                Choice::ContinueAnyway => {
                    self.note(&t(
                        M::NoteContinuedAnyway,
                        &[("check", failing.id.as_str())],
                    ));
                    return Ok(Flow::Next);
                }
                Choice::Abort => return self.abort(),
            }
        }
    }
}
