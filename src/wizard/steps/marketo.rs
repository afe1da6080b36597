//! Step 8: the Marketo procedure, through the Marketo driver, one recorded step at a time.
//! Enable Sync is not offered while Marketo's own validation is not all green, unless the admin
//! overrides it explicitly (recorded).

use crate::error::Result;
use crate::report::Status;
use crate::wizard::driver::{DriverIo, Value, View};
use crate::wizard::messages::{M, t, text};
use crate::wizard::state::{ConnectionPath, MarketoStep, Rotating, StepRecord, switch_wait_left};
use crate::wizard::{Flow, Wizard};

impl Wizard<'_, '_> {
    pub(crate) async fn step_marketo(&mut self) -> Result<Flow> {
        let path = self.state.path.unwrap_or(ConnectionPath::Update);
        if !self.interactive() {
            // --yes without a terminal: the Marketo steps as a checklist to follow.
            self.say(text(M::MarketoIntroChecklist))?;
            for (i, step) in MarketoStep::for_setup(path, self.state.reconfigure)
                .iter()
                .enumerate()
            {
                let view = self.view(*step);
                self.say(&format!(
                    "[ ] {}. {}\n{}",
                    i + 1,
                    step.title(),
                    view.instructions
                ))?;
            }
            self.note(text(M::NoteChecklistPrinted));
            return Ok(Flow::Next);
        }
        self.say(text(M::MarketoIntro))?;
        self.run_marketo_steps(path).await
    }

    /// The Marketo steps of `path` not done yet, each recorded and saved as it is done; the
    /// admin's abort stops with the resumable state.
    pub(crate) async fn run_marketo_steps(&mut self, path: ConnectionPath) -> Result<Flow> {
        for step in MarketoStep::for_setup(path, self.state.reconfigure) {
            if self.state.marketo.contains_key(step) {
                continue;
            }
            let done = self.marketo_step(*step).await?;
            let Some(overridden) = done else {
                return self.abort();
            };
            self.state.marketo.insert(
                *step,
                StepRecord {
                    done_at: self.ctx.clock.now(),
                    overridden,
                },
            );
            // Marketo's Reconfigure dialog switches only after its Validate is all green.
            if *step == MarketoStep::ReconfigureAuth {
                self.state.marketo_validated = true;
            }
            self.save()?;
            self.note(&t(
                M::NoteMarketoStep,
                &[
                    ("step", &step.title()),
                    (
                        "override",
                        if overridden {
                            text(M::NoteOverride)
                        } else {
                            ""
                        },
                    ),
                ],
            ));
        }
        Ok(Flow::Next)
    }

    fn view(&self, step: MarketoStep) -> View {
        let username = self.state.username.clone().unwrap_or_default();
        let client_id = self.state.client_id.clone().unwrap_or_default();
        let org_url = self.state.org_url.clone().unwrap_or_default();
        let path = self.state.path.unwrap_or(ConnectionPath::Update);
        let (instructions, values) = match step {
            MarketoStep::DisableSync => (text(M::MarketoDisable).to_string(), vec![]),
            MarketoStep::EditCredentials if self.state.rotating.is_some() => {
                // A rotation replaces only the changed field.
                let (field, label, secret) = match self.state.rotating {
                    Some(Rotating::Password) => (
                        text(M::FieldPassword),
                        text(M::LabelNewPassword),
                        self.password.clone(),
                    ),
                    _ => (
                        text(M::FieldClientSecret),
                        text(M::LabelNewClientSecret),
                        self.secret.clone(),
                    ),
                };
                let value = Value {
                    label,
                    value: None,
                    secret,
                };
                (
                    t(M::RotateEditCredentials, &[("field", field)]),
                    vec![value],
                )
            }
            MarketoStep::EditCredentials | MarketoStep::ReconfigureAuth if self.s2s() => {
                let place = match path {
                    ConnectionPath::FirstTime => text(M::WhereFirstTime),
                    ConnectionPath::Update => text(M::WhereUpdate),
                };
                let tenant = self.state.tenant_id.clone().unwrap_or_default();
                let which = if step == MarketoStep::ReconfigureAuth {
                    M::MarketoReconfigure
                } else {
                    M::MarketoEditCredentialsS2s
                };
                let instructions = t(
                    which,
                    &[
                        ("where", place),
                        ("username", &username),
                        ("client_id", &client_id),
                        ("tenant", &tenant),
                        ("org_url", &org_url),
                    ],
                );
                let plain = |label, value: String| Value {
                    label,
                    value: Some(value),
                    secret: None,
                };
                let values = vec![
                    plain(text(M::LabelAppUserEmail), username),
                    plain(text(M::LabelClientId), client_id),
                    Value {
                        label: text(M::LabelClientSecret),
                        value: None,
                        secret: self.secret.clone(),
                    },
                    plain(text(M::LabelTenantId), tenant),
                    plain(text(M::LabelOrgUrl), org_url),
                ];
                (instructions, values)
            }
            MarketoStep::ReconfigureAuth => (text(M::MarketoWaitSwitch).to_string(), vec![]),
            MarketoStep::WaitAfterSwitch => (text(M::MarketoWaitSwitch).to_string(), vec![]),
            MarketoStep::EditCredentials => {
                let place = match path {
                    ConnectionPath::FirstTime => text(M::WhereFirstTime),
                    ConnectionPath::Update => text(M::WhereUpdate),
                };
                let instructions = t(
                    M::MarketoEditCredentials,
                    &[
                        ("where", place),
                        ("username", &username),
                        ("client_id", &client_id),
                        ("org_url", &org_url),
                    ],
                );
                let values = vec![
                    Value {
                        label: text(M::LabelUsername),
                        value: Some(username),
                        secret: None,
                    },
                    Value {
                        label: text(M::LabelPassword),
                        value: None,
                        secret: self.password.clone(),
                    },
                    Value {
                        label: text(M::LabelClientId),
                        value: Some(client_id),
                        secret: None,
                    },
                    Value {
                        label: text(M::LabelClientSecret),
                        value: None,
                        secret: self.secret.clone(),
                    },
                    Value {
                        label: text(M::LabelOrgUrl),
                        value: Some(org_url),
                        secret: None,
                    },
                ];
                (instructions, values)
            }
            MarketoStep::SelectFields => (text(M::MarketoSelectFields).to_string(), vec![]),
            MarketoStep::ValidateSync => {
                let predicted = self.predicted();
                // One place per Marketo state: under CRM before the first sync, else Integration.
                let place = match path {
                    ConnectionPath::FirstTime => text(M::MarketoPlaceFirstTime),
                    ConnectionPath::Update => text(M::MarketoPlaceUpdate),
                };
                (
                    t(
                        M::MarketoValidate,
                        &[("predicted", &predicted), ("where", place)],
                    ),
                    vec![],
                )
            }
            MarketoStep::EnableSync => match path {
                ConnectionPath::FirstTime => (text(M::MarketoEnableFirstTime).to_string(), vec![]),
                ConnectionPath::Update => (text(M::MarketoEnableUpdate).to_string(), vec![]),
            },
        };
        // A secret dynsync made through Graph was never shown to the admin: say where it is.
        let made_secret = self
            .state
            .registration
            .as_ref()
            .is_some_and(|m| m.secret.is_some());
        let instructions = if made_secret
            && self.state.rotating.is_none()
            && self.interactive()
            && matches!(
                step,
                MarketoStep::EditCredentials | MarketoStep::ReconfigureAuth
            ) {
            format!("{instructions}{}\n", text(M::MarketoSecretNeverShown))
        } else {
            instructions
        };
        View {
            step,
            heading: step.heading_among(MarketoStep::for_setup(path, self.state.reconfigure)),
            instructions,
            values,
        }
    }

    fn predicted(&self) -> String {
        let Some(report) = &self.report else {
            let note = if self.state.new_validated {
                text(M::PassedBeforeStop)
            } else {
                text(M::RunChecksFirst)
            };
            return format!("    {note}\n");
        };
        report
            .marketo_checklist
            .iter()
            .map(|p| {
                let mut line = format!(
                    "    {} {}\n",
                    p.status.symbol(),
                    crate::marketo::label(p.item)
                );
                for why in crate::marketo::because(p, &report.checks) {
                    line.push_str(&format!("        {why}\n"));
                }
                line
            })
            .collect()
    }

    /// Hand the driver the terminal for one call.
    fn with_driver<T>(
        &self,
        f: impl FnOnce(&dyn crate::wizard::driver::MarketoDriver, &mut DriverIo) -> Result<T>,
    ) -> Result<T> {
        let mut out = self.ctx.out();
        let mut io = DriverIo {
            out: &mut *out,
            width: self.ctx.io.width(),
            prompter: self.ctx.prompter,
            clipboard: self.deps.clipboard,
        };
        f(self.deps.driver, &mut io)
    }

    /// Any Marketo step; `Some(overridden)` when done, `None` when aborted.
    pub(crate) async fn marketo_step(&mut self, step: MarketoStep) -> Result<Option<bool>> {
        match step {
            MarketoStep::ValidateSync => self.marketo_validate().await,
            MarketoStep::EnableSync => self.marketo_enable(),
            MarketoStep::WaitAfterSwitch => self.marketo_wait_after_switch().await,
            other => self.drive(other),
        }
    }

    /// The 15 minutes Marketo takes to accept the new method, counted from the recorded Switch
    /// (the checkpoint keeps it: a stopped wait continues with `--resume`).
    async fn marketo_wait_after_switch(&mut self) -> Result<Option<bool>> {
        let switched = self
            .state
            .marketo
            .get(&MarketoStep::ReconfigureAuth)
            .map(|r| r.done_at)
            .unwrap_or_else(|| self.ctx.clock.now());
        let left = switch_wait_left(switched, self.ctx.clock.now());
        if !left.is_zero() {
            let until = switched
                + chrono::Duration::from_std(crate::wizard::state::SWITCH_WAIT).unwrap_or_default();
            self.say(&t(
                M::SwitchWaiting,
                &[
                    ("minutes", &left.as_secs().div_ceil(60).to_string()),
                    ("until", &until.format("%H:%M").to_string()),
                ],
            ))?;
            let tty = self.ctx.io.stderr_tty;
            let secs = left.as_secs();
            for gone in 0..secs {
                if tty {
                    let rest = secs - gone;
                    let mut err = self.ctx.err();
                    let _ = write!(err, "\r  {:>2}:{:02} ", rest / 60, rest % 60);
                    let _ = err.flush();
                }
                self.ctx
                    .cancel
                    .guard(self.ctx.sleep.sleep(std::time::Duration::from_secs(1)))
                    .await?;
            }
            if tty {
                let _ = write!(self.ctx.err(), "\r        \r");
            }
        }
        self.say(text(M::SwitchWaitOver))?;
        self.note(text(M::NoteSwitchWaited));
        Ok(Some(false))
    }

    /// One plain step through the driver; `Some(false)` when done, `None` when aborted.
    fn drive(&mut self, step: MarketoStep) -> Result<Option<bool>> {
        let view = self.view(step);
        Ok(self
            .with_driver(|driver, io| driver.step(&view, io))?
            .then_some(false))
    }

    /// Validate Sync Setup: walk Marketo's seven items; for every red X show the fix and what
    /// dynsync's own checks say; after fixes, check again — until all green or abort.
    async fn marketo_validate(&mut self) -> Result<Option<bool>> {
        if self.report.is_none() && self.state.rotating.is_none() {
            // Resumed after the checks: run them now, so the screen shows the prediction. (A
            // resumed rotation does not send its new value again: it passed before the stop.)
            if self.secret.is_none() {
                self.secret = Some(self.ask_client_secret()?);
            }
            if self.password.is_none() {
                self.password = Some(self.ask_password()?);
            }
            self.report = Some(self.run_checks().await?);
        }
        loop {
            let view = self.view(MarketoStep::ValidateSync);
            let checklist = crate::marketo::checklist(self.s2s());
            let labels: Vec<String> = checklist.iter().map(|i| i.label()).collect();
            let items: Vec<&str> = labels.iter().map(String::as_str).collect();
            let greens = self.with_driver(|driver, io| driver.checklist(&view, &items, io))?;
            let reds: Vec<usize> = greens
                .iter()
                .enumerate()
                .filter(|(_, g)| !**g)
                .map(|(i, _)| i)
                .collect();
            if reds.is_empty() {
                self.state.marketo_validated = true;
                self.say(text(M::ChecklistAllGreen))?;
                return Ok(Some(false));
            }
            self.state.marketo_validated = false;
            for i in &reds {
                let (item, from) = (&labels[*i], checklist[*i].from);
                self.say(&format!(
                    "\n✗ {item}\n  {}: {}",
                    text(M::FixLabel),
                    checklist[*i].fix()
                ))?;
                if let Some(report) = &self.report {
                    let mut lines = String::new();
                    for id in from.iter() {
                        if let Some(c) = report.check(*id) {
                            lines.push_str(&format!(
                                "  dynsync {} {}: {}\n",
                                c.status.symbol(),
                                c.id,
                                c.summary
                            ));
                        }
                    }
                    // Which of the item's causes dynsync's checks found.
                    if let Some(p) = report.marketo_checklist.get(*i) {
                        for why in crate::marketo::because(p, &report.checks) {
                            lines.push_str(&format!(
                                "  {}\n",
                                crate::msg!("marketo-because-predicted", because = why)
                            ));
                        }
                    }
                    self.say(lines.trim_end())?;
                }
                let ours_pass = self.report.as_ref().is_some_and(|r| {
                    from.iter().all(|id| {
                        r.check(*id)
                            .is_some_and(|c| c.status == Status::Pass || c.status == Status::Warn)
                    })
                });
                if ours_pass {
                    self.say(text(M::MarketoDiffers))?;
                }
                self.note(&t(M::NoteRedX, &[("item", item)]));
            }
            #[derive(Clone, Copy)]
            enum Choice {
                Revalidate,
                ContinueAnyway,
                Abort,
            }
            let choices = [
                (
                    Choice::Revalidate,
                    text(M::ChecklistFixedRevalidate).to_string(),
                ),
                (
                    Choice::ContinueAnyway,
                    text(M::ChecklistContinueAnyway).to_string(),
                ),
                (Choice::Abort, text(M::StepAbort).to_string()),
            ];
            // The menu again after an unconfirmed "continue"; the checklist again after fixes.
            loop {
                match crate::ui::choose(
                    self.ctx.prompter,
                    text(M::ChecklistFixThenRevalidate),
                    &choices,
                    0,
                )? {
                    Choice::ContinueAnyway => {
                        // An override is typed, not clicked: it enables a sync Marketo calls broken.
                        let word = text(M::ChecklistContinueWord);
                        let typed = self
                            .ctx
                            .prompter
                            .input(&t(M::ChecklistContinueConfirm, &[("word", word)]), None)?;
                        if typed.trim() == word {
                            let items: Vec<&str> =
                                reds.iter().map(|i| labels[*i].as_str()).collect();
                            self.note(&t(
                                M::NoteContinuedPastRedX,
                                &[("items", &items.join("; "))],
                            ));
                            // On the profile too, where `profile show` and support see it.
                            let name = self.state.profile.clone();
                            let record = crate::profile::ChecklistOverride {
                                at: chrono::SubsecRound::trunc_subsecs(self.ctx.clock.now(), 0),
                                red: items.iter().map(|i| i.to_string()).collect(),
                            };
                            self.ctx.profiles()?.update(|m| {
                                if let Some(p) = m.get_mut(&name) {
                                    p.checklist_override = Some(record.clone());
                                }
                                Ok(())
                            })?;
                            return Ok(Some(true));
                        }
                        self.say(text(M::ChecklistContinueNotConfirmed))?;
                    }
                    Choice::Revalidate => {
                        let report = self.run_checks().await?;
                        let still: Vec<&str> = report
                            .checks
                            .iter()
                            .filter(|c| c.status == Status::Fail)
                            .map(|c| c.id.as_str())
                            .collect();
                        self.note(&t(
                            M::NoteRevalidatedMarketo,
                            &[(
                                "outcome",
                                &if still.is_empty() {
                                    crate::wizard::checking::passed(
                                        &report,
                                        M::NoteAllPassed,
                                        M::NotePassedWithWarnings,
                                    )
                                } else {
                                    t(M::NoteStillFailing, &[("checks", &still.join(", "))])
                                },
                            )],
                        ));
                        self.report = Some(report);
                        break;
                    }
                    Choice::Abort => return Ok(None),
                }
            }
        }
    }

    fn marketo_enable(&mut self) -> Result<Option<bool>> {
        let mut overridden = false;
        // Continued past a red X at Validate Sync Setup: that typed override stands.
        let continued = self
            .state
            .marketo
            .get(&MarketoStep::ValidateSync)
            .is_some_and(|r| r.overridden);
        if continued {
            overridden = true;
        } else if !self.state.marketo_validated {
            if !self
                .ctx
                .prompter
                .confirm(text(M::EnableOverrideAsk), false)?
            {
                return Ok(None);
            }
            overridden = true;
        }
        let view = self.view(MarketoStep::EnableSync);
        Ok(self
            .with_driver(|driver, io| driver.step(&view, io))?
            .then_some(overridden))
    }
}
