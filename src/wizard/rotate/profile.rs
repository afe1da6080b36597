//! Which profile rotates (resuming an unfinished rotation of it), the profile shown, and what
//! changes.

use crate::connection::AuthKind;
use crate::error::{Error, Result};
use crate::profile::{self, Profile};
use crate::wizard::Wizard;
use crate::wizard::messages::{M, t, text};
use crate::wizard::state::{ConnectionPath, Rotating, SetupState};

impl Wizard<'_, '_> {
    /// The profile to rotate, with the rotation's state resumed or started.
    pub(super) fn rotation_profile(&mut self) -> Result<(String, Profile)> {
        let name = match &self.settings.profile {
            Some(p) => p.clone(),
            None if self.settings.resume => self
                .checkpoints
                .latest_unfinished()?
                .map(|s| s.profile)
                .ok_or_else(|| Error::Invalid(text(M::NoRotationToResume).into()))?,
            None => {
                let all = self.ctx.profiles()?.load()?;
                match all.len() {
                    0 => {
                        return Err(Error::Invalid(text(M::NoProfiles).into()));
                    }
                    1 => all.keys().next().cloned().expect("one profile"),
                    _ if !self.interactive() => {
                        return Err(Error::Invalid(text(M::PassProfile).into()));
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
            return Err(Error::Invalid(text(M::RotateNoTerminal).into()));
        }
        // Resume an unfinished rotation, or start one.
        let existing = self
            .checkpoints
            .load(&name)?
            .filter(|s| s.finished_at.is_none());
        if self.settings.resume && existing.is_none() {
            return Err(Error::Invalid(t(M::NoRotationOf, &[("profile", &name)])));
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
        self.settings.conn = self.settings.conn.clone().or(prof.connection());
        self.state.client_id = self.settings.conn.client_id.clone();
        self.state.username = self.settings.conn.username.clone();
        self.state.org_url = self.settings.conn.org_url.clone();
        self.state.tenant_id = prof.tenant_id.clone();

        Ok((name, prof))
    }

    /// Step 1: show the profile.
    pub(super) fn rotation_show(&mut self, name: &str, prof: &Profile) -> Result<()> {
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
                        ("at", &crate::ui::local_time(l.at)),
                    ],
                )
            })
            .unwrap_or_else(|| text(M::LastValidationNever).into());
        self.say(&t(
            M::RotateShow,
            &[
                ("profile", name),
                ("org_url", prof.org_url.as_deref().unwrap_or("-")),
                ("username", prof.username.as_deref().unwrap_or("-")),
                ("client_id", prof.client_id.as_deref().unwrap_or("-")),
                ("expires", &expires),
                ("last", &last),
            ],
        ))?;

        Ok(())
    }

    /// Step 2: what changes.
    pub(super) fn rotation_what(&mut self) -> Result<Rotating> {
        // An S2S connection has no password to rotate.
        if self.s2s()
            && (self.settings.rotate_what == Some(Rotating::Password)
                || self.state.rotating == Some(Rotating::Password))
        {
            return Err(Error::Invalid(text(M::RotateS2sNoPassword).into()));
        }
        let what = match (self.state.rotating, self.settings.rotate_what) {
            (Some(w), _) => w,
            (None, Some(w)) => w,
            // An S2S connection has one secret: nothing to ask.
            (None, None) if self.s2s() => Rotating::ClientSecret,
            (None, None) if !self.interactive() => {
                return Err(Error::Invalid(text(M::PassWhat).into()));
            }
            // Which secrets a connection has depends on how it signs in.
            (None, None) => match self.connection().auth.unwrap_or_default() {
                AuthKind::Password => {
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
                // An S2S connection has no password: only its client secret rotates.
                AuthKind::S2s => Rotating::ClientSecret,
            },
        };
        Ok(what)
    }
}
