//! Checking with the wizard's inputs, for every step that needs it (preflight, the Marketo
//! Validate step, a re-validation, a rotation): the connection as the wizard knows it, one run of
//! the check runner, the report shown.

use crate::checks;
use crate::connection;
use crate::error::{Outcome, Result};
use crate::input;
use crate::report::Report;
use crate::ui::{NoProgress, Paint, Progress, Spinner, render_report};
use crate::wizard::Wizard;
use crate::wizard::messages::{M, t, text};

impl Wizard<'_, '_> {
    /// The connection and the secrets, for a check run.
    pub(crate) fn raw(&self) -> connection::Raw {
        connection::Raw {
            settings: self.connection(),
            client_secret: self.secret.clone(),
            password: self.password.clone(),
            timeout_secs: self.settings.timeout,
        }
    }

    /// What a check run needs besides the connection.
    pub(crate) fn check_options(&self) -> checks::Options {
        checks::Options {
            secret_expires: self.state.secret_expires,
            demo: self.settings.demo.clone(),
            verbose: self.ctx.verbose,
            // The demo's profile is thrown away: its remedies keep NAME.
            profile: (self.settings.demo.is_none() && !self.state.profile.is_empty())
                .then(|| self.state.profile.clone()),
            deadline: self
                .settings
                .deadline
                .unwrap_or(std::time::Duration::from_secs(input::DEFAULT_DEADLINE_SECS)),
            ..checks::Options::new(self.ctx.clock.today())
        }
    }

    /// The HTTP client for the current settings; `None` (with a note) if it cannot be built.
    pub(crate) fn http(&mut self) -> Result<Option<crate::http::Http>> {
        let config = crate::http::HttpConfig {
            timeout: std::time::Duration::from_secs(
                self.settings.timeout.unwrap_or(input::DEFAULT_TIMEOUT_SECS),
            ),
            ca_bundle: self.connection().ca_bundle,
            demo: self.settings.demo.clone(),
            log: None,
            deadline: None,
        };
        match crate::http::Http::new(&config) {
            Ok(h) => Ok(Some(h)),
            Err(e) => {
                self.say(&format!("  {e}"))?;
                Ok(None)
            }
        }
    }

    /// Run every check with the current inputs, print the report, and return it.
    pub(crate) async fn run_checks(&mut self) -> Result<Report> {
        self.say(&format!("\n{}", text(M::RunningChecks)))?;
        let spinner = Spinner::new(&self.ctx.io, !self.ctx.verbose);
        let progress: &dyn Progress = if self.ctx.verbose {
            &NoProgress
        } else {
            &spinner
        };
        let opts = self.check_options();
        let log = |line: &str| self.ctx.warn(line);
        let run = checks::run(self.raw(), &opts, progress, &log);
        let report = self.ctx.cancel.guard(run).await?.report;
        spinner.finish();
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
        let text = render_report(
            &report,
            &heading,
            &Paint::new(self.ctx.io.color).width(self.ctx.io.width()),
        );
        self.say(&text)?;
        Ok(report)
    }

    /// A finished setup re-run: check again with the saved profile and keyring.
    pub(crate) async fn revalidate(&mut self) -> Result<Outcome> {
        // The saved profile's login host, CA bundle and cloud apply, as for `validate --profile`.
        if let Ok(p) = self.ctx.profiles()?.get(&self.state.profile) {
            self.settings.conn = self.settings.conn.clone().or(p.connection());
        }
        if self.secret.is_none() {
            self.secret = Some(self.ask_client_secret()?);
        }
        if self.password.is_none() && !self.s2s() {
            self.password = Some(self.ask_password()?);
        }
        let report = self.run_checks().await?;
        // Recorded on the profile, as `validate --profile` records it.
        let name = self.state.profile.clone();
        let at = chrono::SubsecRound::trunc_subsecs(self.ctx.clock.now(), 0);
        let last = crate::profile::LastValidation {
            at,
            ok: report.ok,
            exit_code: crate::error::exit_code(&Ok(report.outcome())),
        };
        if let Err(e) = self.ctx.profiles().and_then(|p| {
            p.update(|m| {
                if let Some(p) = m.get_mut(&name) {
                    p.last_validation = Some(last.clone());
                }
                Ok(())
            })
            .map_err(crate::error::Error::from)
        }) {
            self.ctx.warn(&e.to_string());
        }
        let outcome = if report.ok {
            passed(&report, M::NotePassed, M::NotePassedWithWarnings)
        } else {
            text(M::NoteFailed).to_string()
        };
        self.note(&t(M::NoteRevalidated, &[("outcome", &outcome)]));
        Ok(report.outcome())
    }
}

/// What the transcript says of a run without failures: `plain` ("passed"), or `with_warnings`
/// ("passed with N warnings", naming the checks that warned).
pub(crate) fn passed(report: &Report, plain: M, with_warnings: M) -> String {
    let warned: Vec<&str> = report
        .checks
        .iter()
        .filter(|c| c.status == crate::report::Status::Warn)
        .map(|c| c.id.as_str())
        .collect();
    if warned.is_empty() {
        return text(plain).to_string();
    }
    crate::msg!(
        with_warnings.id(),
        warnings = warned.len(),
        checks = warned.join(", ")
    )
}
