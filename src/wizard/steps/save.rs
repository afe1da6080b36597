//! Step 7: the profile (non-secret settings) and the keyring entries (the two secrets).

use crate::error::{Error, Result};
use crate::secrets::SecretKind;
use crate::wizard::messages::{M, t, text};
use crate::wizard::state::Step;
use crate::wizard::{Flow, Wizard};

impl Wizard<'_, '_> {
    pub(crate) fn step_save(&mut self) -> Result<Flow> {
        let s2s = self.s2s();
        if self.secret.is_none() || (self.password.is_none() && !s2s) || self.report.is_none() {
            // Resumed after the org guard: the secrets are never in the checkpoint, and what is
            // saved must have passed the checks and the guard in this run.
            return self.check_again_before_saving();
        }
        let name = self.state.profile.clone();
        let s = self.state.clone();
        let conn = self.connection();
        // The Marketo Config table the preflight found, for `validate --profile` to read at once.
        let table = self.report.as_ref().and_then(|r| r.config_table.clone());
        // The checks that just ran are the profile's last validation.
        let last = self.last_validation();
        self.ctx.profiles()?.update(|m| {
            let p = m.entry(name.clone()).or_default();
            let discovered = s.tenant_id.clone().or(p.tenant_id.take());
            p.set_connection(conn.clone().or(p.connection()));
            p.tenant_id = discovered;
            p.secret_expires = s.secret_expires.or(p.secret_expires);
            if let Some(table) = &table {
                p.marketo_config = Some(table.clone());
            }
            if last.is_some() {
                p.last_validation = last.clone();
            }
            Ok(())
        })?;
        let secret = self
            .secret
            .clone()
            .ok_or_else(|| Error::Internal(text(M::NoSecretToSave).into()))?;
        self.ctx
            .store
            .set(&name, SecretKind::ClientSecret, &secret)?;
        if s2s {
            // An S2S connection has no password: one left from a password connection goes.
            self.ctx.store.delete(&name, SecretKind::Password)?;
        } else {
            let password = self
                .password
                .clone()
                .ok_or_else(|| Error::Internal(text(M::NoPasswordToSave).into()))?;
            self.ctx.store.set(&name, SecretKind::Password, &password)?;
        }
        self.say(&t(M::Saved, &[("profile", &name)]))?;
        self.note(&t(M::NoteSaved, &[("profile", &name)]));
        Ok(Flow::Next)
    }
}

impl Wizard<'_, '_> {
    /// This run's last check run, as a profile records it (`profile list`, `rotate`).
    pub(crate) fn last_validation(&self) -> Option<crate::profile::LastValidation> {
        self.report
            .as_ref()
            .map(|r| crate::profile::LastValidation {
                at: chrono::SubsecRound::trunc_subsecs(self.ctx.clock.now(), 0),
                ok: r.ok,
                exit_code: crate::error::exit_code(&Ok(r.outcome())),
            })
    }

    /// A setup resumed between the checks and the save: back to the checks, which ask for the
    /// secrets again (env vars or prompts) and give the org guard the org's names.
    pub(crate) fn check_again_before_saving(&mut self) -> Result<Flow> {
        self.say(text(M::CheckAgainBeforeSaving))?;
        self.note(text(M::CheckAgainBeforeSaving));
        Ok(Flow::Back(Step::Preflight))
    }
}
