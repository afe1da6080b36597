//! The wizard's checkpoint: how far it got, the non-secret answers, and the Marketo steps with
//! their times. Saved atomically after every step; secrets are never in it.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::msg;
use crate::profile::{ensure_private_dir, write_atomic};
use crate::wizard::messages::{M, t};

pub const FORMAT: u32 = 1;

/// The wizard's steps, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Step {
    Welcome,
    AppRegistration,
    Credentials,
    SyncUser,
    Preflight,
    OrgGuard,
    Save,
    Marketo,
    Summary,
}

impl Step {
    pub const ALL: [Step; 9] = [
        Step::Welcome,
        Step::AppRegistration,
        Step::Credentials,
        Step::SyncUser,
        Step::Preflight,
        Step::OrgGuard,
        Step::Save,
        Step::Marketo,
        Step::Summary,
    ];

    /// The step's id, as the checkpoint writes it (`app_registration`).
    pub fn id(self) -> String {
        serde_json::to_value(self)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default()
    }

    /// The step's heading: "── Step 4 of 9: Sync user and org ──", counted in [`Step::ALL`].
    pub fn heading(self) -> String {
        let n = Step::ALL.iter().position(|s| *s == self).unwrap_or(0) + 1;
        msg!(
            M::StepHeading.id(),
            n = n,
            total = Step::ALL.len(),
            name = self.name()
        )
    }

    /// The step's name ("Sync user and org").
    pub fn name(self) -> String {
        msg!(M::StepName.id(), step = self.id())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ConnectionPath {
    FirstTime,
    Update,
}

/// Marketo's steps, in the order of each path.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MarketoStep {
    DisableSync,
    EditCredentials,
    SelectFields,
    ValidateSync,
    /// Adobe's "Reconfigure Dynamics Authentication Method": Reconfigure New Auth Method →
    /// Web API → all credentials → Validate → Switch → Confirm → Confirm → OK. Its time is the
    /// switch time the wait counts from.
    ReconfigureAuth,
    /// The 15 minutes Marketo takes to accept the new authentication method after the switch.
    WaitAfterSwitch,
    EnableSync,
}

/// How long Marketo takes to accept a new authentication method after Switch (RECONF).
pub const SWITCH_WAIT: std::time::Duration = std::time::Duration::from_secs(15 * 60);

/// What is left of the wait after a switch made at `switched_at`, at `now`.
pub fn switch_wait_left(switched_at: DateTime<Utc>, now: DateTime<Utc>) -> std::time::Duration {
    let until = switched_at + chrono::Duration::from_std(SWITCH_WAIT).unwrap_or_default();
    (until - now).to_std().unwrap_or_default()
}

impl MarketoStep {
    pub fn for_path(path: ConnectionPath) -> &'static [MarketoStep] {
        match path {
            ConnectionPath::FirstTime => &[
                MarketoStep::EditCredentials,
                MarketoStep::SelectFields,
                MarketoStep::ValidateSync,
                MarketoStep::EnableSync,
            ],
            ConnectionPath::Update => &[
                MarketoStep::DisableSync,
                MarketoStep::EditCredentials,
                MarketoStep::ValidateSync,
                MarketoStep::EnableSync,
            ],
        }
    }

    /// The step's heading, counted among the steps of `path`:
    /// "── Marketo, step 2 of 4: Edit credentials ──".
    pub fn heading(self, path: ConnectionPath) -> String {
        self.heading_among(MarketoStep::for_path(path))
    }

    /// The step's heading, counted among `steps` (a path's, or the Reconfigure procedure's).
    pub fn heading_among(self, steps: &[MarketoStep]) -> String {
        match steps.iter().position(|s| *s == self) {
            Some(i) => msg!(
                M::MarketoStepHeading.id(),
                n = i + 1,
                total = steps.len(),
                title = self.title()
            ),
            None => msg!("marketo-step-heading", title = self.title()),
        }
    }

    /// Marketo's steps for a setup: switching an existing connection to S2S (`reconfigure`)
    /// follows Adobe's Reconfigure procedure; otherwise the path's steps.
    pub fn for_setup(path: ConnectionPath, reconfigure: bool) -> &'static [MarketoStep] {
        if reconfigure {
            &[
                MarketoStep::DisableSync,
                MarketoStep::ReconfigureAuth,
                MarketoStep::WaitAfterSwitch,
                MarketoStep::EnableSync,
            ]
        } else {
            MarketoStep::for_path(path)
        }
    }

    /// The step's name as Marketo's UI shows it.
    pub fn title(self) -> String {
        match self {
            MarketoStep::DisableSync => msg!("marketo-step-disable-sync"),
            MarketoStep::EditCredentials => msg!("marketo-step-edit-credentials"),
            MarketoStep::SelectFields => msg!("marketo-step-select-fields"),
            MarketoStep::ValidateSync => msg!("marketo-step-validate-sync"),
            MarketoStep::ReconfigureAuth => msg!("marketo-step-reconfigure-auth"),
            MarketoStep::WaitAfterSwitch => msg!("marketo-step-wait-after-switch"),
            MarketoStep::EnableSync => msg!("marketo-step-enable-sync"),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StepRecord {
    pub done_at: DateTime<Utc>,
    /// Enable Sync chosen while Marketo's validation was not all green.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub overridden: bool,
}

/// What a rotation replaces.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Rotating {
    ClientSecret,
    Password,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SetupState {
    pub format: u32,
    pub profile: String,
    pub path: Option<ConnectionPath>,
    /// The last step completed.
    pub reached: Option<Step>,
    pub client_id: Option<String>,
    pub username: Option<String>,
    pub org_url: Option<String>,
    pub tenant_id: Option<String>,
    pub secret_expires: Option<NaiveDate>,
    /// The org's unique name as the admin confirmed it.
    pub org_confirmed: Option<String>,
    pub password_attempts: u32,
    /// Azure AD refused the last password as wrong: the next one is asked for, never taken
    /// again from DYNSYNC_PASSWORD (which would send the same refused password).
    pub password_refused: bool,
    /// Marketo's checklist was reported all green.
    pub marketo_validated: bool,
    pub marketo: BTreeMap<MarketoStep, StepRecord>,
    /// For a rotation: which secret, and whether the new value passed the checks.
    pub rotating: Option<Rotating>,
    pub new_validated: bool,
    /// How the sync signs in (`password` when absent).
    pub auth: Option<crate::connection::AuthKind>,
    /// Switching an existing password connection to S2S: Marketo's Reconfigure procedure.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub reconfigure: bool,
    /// What "Create it for me" made in Graph so far (ids, the secret's key id, hint and expiry;
    /// never its Value): `--resume` continues from it without making anything twice, and needs
    /// no admin sign-in once it is complete.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub registration: Option<crate::register::Made>,
    pub started_at: Option<DateTime<Utc>>,
    pub updated_at: Option<DateTime<Utc>>,
    pub finished_at: Option<DateTime<Utc>>,
}

impl SetupState {
    pub fn new(profile: &str, now: DateTime<Utc>) -> SetupState {
        SetupState {
            format: FORMAT,
            profile: profile.to_string(),
            started_at: Some(now),
            ..Default::default()
        }
    }

    pub fn done(&self, step: Step) -> bool {
        self.reached.is_some_and(|r| r >= step)
    }

    /// Sync was disabled in Marketo and has not been enabled again.
    pub fn sync_off_since(&self) -> Option<DateTime<Utc>> {
        let off = self.marketo.get(&MarketoStep::DisableSync)?;
        if self.marketo.contains_key(&MarketoStep::EnableSync) {
            None
        } else {
            Some(off.done_at)
        }
    }
}

/// Where checkpoints are kept: `CONFIG_DIR/setup/PROFILE.json`.
pub struct Checkpoints {
    dir: PathBuf,
}

impl Checkpoints {
    pub fn new(config_dir: &Path) -> Checkpoints {
        Checkpoints {
            dir: config_dir.join("setup"),
        }
    }

    /// Rotations keep their own checkpoints, beside the setup ones.
    pub fn rotations(config_dir: &Path) -> Checkpoints {
        Checkpoints {
            dir: config_dir.join("rotate"),
        }
    }

    pub fn path(&self, profile: &str) -> PathBuf {
        self.dir.join(format!("{profile}.json"))
    }

    pub fn load(&self, profile: &str) -> Result<Option<SetupState>> {
        let path = self.path(profile);
        let Some(text) = crate::profile::read_regular_file(&path)? else {
            return Ok(None);
        };
        let state: SetupState = serde_json::from_str(&text).map_err(|e| {
            Error::Invalid(t(
                M::NotACheckpoint,
                &[
                    ("path", &path.display().to_string()),
                    ("error", &e.to_string()),
                ],
            ))
        })?;
        if state.format > FORMAT {
            return Err(Error::Invalid(t(
                M::NewerCheckpoint,
                &[("path", &path.display().to_string())],
            )));
        }
        Ok(Some(state))
    }

    /// The most recently updated unfinished checkpoint, for `--resume` without `--profile`.
    pub fn latest_unfinished(&self) -> Result<Option<SetupState>> {
        let Ok(entries) = std::fs::read_dir(&self.dir) else {
            return Ok(None);
        };
        let mut best: Option<SetupState> = None;
        for e in entries.flatten() {
            let name = e.file_name().to_string_lossy().to_string();
            let Some(profile) = name.strip_suffix(".json") else {
                continue;
            };
            if let Ok(Some(s)) = self.load(profile)
                && s.finished_at.is_none()
                && best.as_ref().is_none_or(|b| s.updated_at > b.updated_at)
            {
                best = Some(s);
            }
        }
        Ok(best)
    }

    pub fn save(&self, state: &SetupState) -> Result<()> {
        ensure_private_dir(&self.dir)?;
        let json = serde_json::to_vec_pretty(state).map_err(|e| Error::Internal(e.to_string()))?;
        write_atomic(&self.path(&state.profile), &json)?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_switch_wait_counts_from_the_recorded_switch() {
        let at: DateTime<Utc> = "2026-11-23T12:00:00Z".parse().unwrap();
        let later = |m: i64| at + chrono::Duration::minutes(m);
        assert_eq!(switch_wait_left(at, at), SWITCH_WAIT);
        assert_eq!(
            switch_wait_left(at, later(10)),
            std::time::Duration::from_secs(5 * 60)
        );
        assert_eq!(switch_wait_left(at, later(15)), std::time::Duration::ZERO);
        assert_eq!(switch_wait_left(at, later(60)), std::time::Duration::ZERO);
        assert_eq!(
            MarketoStep::for_setup(ConnectionPath::Update, true),
            [
                MarketoStep::DisableSync,
                MarketoStep::ReconfigureAuth,
                MarketoStep::WaitAfterSwitch,
                MarketoStep::EnableSync
            ]
        );
        assert_eq!(
            MarketoStep::for_setup(ConnectionPath::FirstTime, false),
            MarketoStep::for_path(ConnectionPath::FirstTime)
        );
    }
}
