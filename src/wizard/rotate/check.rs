//! The new value checked with every check before Marketo is touched; a brand-new client secret
//! refused while Azure AD replicates it is tried again a bounded number of times.

use crate::checks;
use crate::error::{Outcome, Result};
use crate::report::{CheckId, Report, Status};
use crate::ui::{NoProgress, Paint, render_report};
use crate::wizard::Wizard;
use crate::wizard::messages::{M, t, text};
use crate::wizard::state::Rotating;

/// AADSTS7000215: invalid client secret — also what a secret still replicating gets.
const INVALID_SECRET: u32 = 7000215;

impl Wizard<'_, '_> {
    /// Check with the new value. `None`: it passed; `Some(code)`: stop with this exit code.
    /// A new client secret refused with AADSTS7000215 is tried again a bounded number of times
    /// (it may still be replicating): the one retry after a 4xx dynsync allows, never for a password.
    pub(super) async fn check_new(&mut self, what: Rotating) -> Result<Option<Outcome>> {
        self.say(text(M::RotateChecking))?;
        let max = self.settings.replication_retries;
        let mut tries = 0;
        loop {
            let report = self.quiet_checks().await?;
            let token = report.check(CheckId::Token).cloned();
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
                &Paint::new(self.ctx.io.color).width(self.ctx.io.width()),
            ))?;
            let outcome = report.outcome();
            let passed = crate::wizard::checking::passed(
                &report,
                M::NoteNewPassed,
                M::NoteNewPassedWithWarnings,
            );
            self.report = Some(report);
            if replicating {
                let n = (tries + 1).to_string();
                let resume = crate::wizard::resume_command(&self.state, &self.settings);
                let profile = self.state.profile.clone();
                self.say(&t(
                    M::RotateReplicationGaveUp,
                    // Older translations name the profile instead of the command.
                    &[("n", &n), ("resume", &resume), ("profile", &profile)],
                ))?;
                self.note(text(M::NoteRefusedEveryTry));
                return Ok(Some(Outcome::ChecksFailed));
            }
            if outcome != Outcome::Ok {
                let resume = crate::wizard::resume_command(&self.state, &self.settings);
                let profile = self.state.profile.clone();
                self.say(&t(
                    M::RotateNewFailed,
                    // Older translations name the profile instead of the command.
                    &[("resume", &resume), ("profile", &profile)],
                ))?;
                self.note(text(M::NoteNewFailed));
                return Ok(Some(outcome));
            }
            self.note(&passed);
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
        let tty = self.ctx.io.stderr_tty;
        for left in (1..=secs).rev() {
            if tty {
                let mut err = self.ctx.err();
                let _ = write!(err, "\r  {left:>3} s ");
                let _ = err.flush();
            }
            self.ctx.cancel.guard(self.ctx.sleep.sleep(step)).await?;
        }
        if tty {
            let _ = write!(self.ctx.err(), "\r        \r");
        }
        Ok(())
    }

    async fn quiet_checks(&mut self) -> Result<Report> {
        let opts = self.check_options();
        let log = |line: &str| self.ctx.warn(line);
        let run = checks::run(self.raw(), &opts, &NoProgress, &log);
        Ok(self.ctx.cancel.guard(run).await?.report)
    }
}
