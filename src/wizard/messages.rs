//! Every user-facing text of the setup wizard, by a variant of [`M`]. The texts are Fluent
//! messages in `locales/<lang>/wizard.ftl` (see [`crate::msg`]), each with the id [`M::id`]
//! gives: "wizard-" and the variant's name in kebab-case. Arguments are named: `{ $name }` in
//! the text, `("name", value)` in [`t`].

use std::sync::OnceLock;

use crate::msg;

macro_rules! messages {
    ($($variant:ident => $id:literal,)+) => {
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum M {
            $($variant,)+
        }

        impl M {
            /// Every message, in declaration order.
            pub const ALL: &[M] = &[$(M::$variant,)+];

            /// The message's Fluent id.
            pub fn id(self) -> &'static str {
                match self {
                    $(M::$variant => $id,)+
                }
            }
        }
    };
}

messages! {
    Welcome => "wizard-welcome",
    AskProfile => "wizard-ask-profile",
    AskPath => "wizard-ask-path",
    PathFirstTime => "wizard-path-first-time",
    PathUpdate => "wizard-path-update",
    HaveAppRegistration => "wizard-have-app-registration",
    AppRegistrationSteps => "wizard-app-registration-steps",
    OpenInBrowser => "wizard-open-in-browser",
    StepDone => "wizard-step-done",
    StepShowAgain => "wizard-step-show-again",
    StepAbort => "wizard-step-abort",
    StepCopy => "wizard-step-copy",
    WhatNow => "wizard-what-now",
    Choose => "wizard-choose",
    ChecklistOverall => "wizard-checklist-overall",
    AllGreen => "wizard-all-green",
    SomeRed => "wizard-some-red",
    AskClientId => "wizard-ask-client-id",
    ClientIdNote => "wizard-client-id-note",
    AskClientSecret => "wizard-ask-client-secret",
    SecretShownOnce => "wizard-secret-shown-once",
    SecretIdRefused => "wizard-secret-id-refused",
    AskSecretExpiry => "wizard-ask-secret-expiry",
    AskUsername => "wizard-ask-username",
    AskPassword => "wizard-ask-password",
    AskOrgUrl => "wizard-ask-org-url",
    OrgNormalised => "wizard-org-normalised",
    DiscoveredTenant => "wizard-discovered-tenant",
    RealmManaged => "wizard-realm-managed",
    RealmFederated => "wizard-realm-federated",
    HrdInPlace => "wizard-hrd-in-place",
    HrdWait => "wizard-hrd-wait",
    RunningChecks => "wizard-running-checks",
    ReenterField => "wizard-reenter-field",
    RunAgain => "wizard-run-again",
    ContinueAnyway => "wizard-continue-anyway",
    PasswordAttemptsExhausted => "wizard-password-attempts-exhausted",
    LockedOut => "wizard-locked-out",
    DynamicsFixThen => "wizard-dynamics-fix-then",
    OrgGuardIntro => "wizard-org-guard-intro",
    OrgGuardAsk => "wizard-org-guard-ask",
    OrgGuardMismatch => "wizard-org-guard-mismatch",
    OrgGuardTypeAgain => "wizard-org-guard-type-again",
    OrgGuardChangeUrl => "wizard-org-guard-change-url",
    Saved => "wizard-saved",
    MarketoIntro => "wizard-marketo-intro",
    MarketoDisable => "wizard-marketo-disable",
    MarketoEditCredentials => "wizard-marketo-edit-credentials",
    MarketoSelectFields => "wizard-marketo-select-fields",
    MarketoValidate => "wizard-marketo-validate",
    MarketoEnableFirstTime => "wizard-marketo-enable-first-time",
    MarketoEnableUpdate => "wizard-marketo-enable-update",
    ChecklistItemAsk => "wizard-checklist-item-ask",
    Green => "wizard-green",
    Red => "wizard-red",
    ChecklistAllGreen => "wizard-checklist-all-green",
    ChecklistFixThenRevalidate => "wizard-checklist-fix-then-revalidate",
    ChecklistFixedRevalidate => "wizard-checklist-fixed-revalidate",
    ChecklistContinueAnyway => "wizard-checklist-continue-anyway",
    ChecklistContinueWord => "wizard-checklist-continue-word",
    ChecklistContinueConfirm => "wizard-checklist-continue-confirm",
    ChecklistContinueNotConfirmed => "wizard-checklist-continue-not-confirmed",
    NoteContinuedPastRedX => "wizard-note-continued-past-red-x",
    EnableOverrideAsk => "wizard-enable-override-ask",
    CopyWhich => "wizard-copy-which",
    Copied => "wizard-copied",
    ClipboardCleared => "wizard-clipboard-cleared",
    SecretCopyWarning => "wizard-secret-copy-warning",
    Summary => "wizard-summary",
    FinishedAlready => "wizard-finished-already",
    Revalidate => "wizard-revalidate",
    StartOver => "wizard-start-over",
    Quit => "wizard-quit",
    SyncOffWarning => "wizard-sync-off-warning",
    ResumeHint => "wizard-resume-hint",
    Aborted => "wizard-aborted",
    NoTerminal => "wizard-no-terminal",
    RotateShow => "wizard-rotate-show",
    RotateAskWhat => "wizard-rotate-ask-what",
    RotateWhatSecret => "wizard-rotate-what-secret",
    RotateWhatPassword => "wizard-rotate-what-password",
    RotateNewSecretSteps => "wizard-rotate-new-secret-steps",
    RotateAskNewPassword => "wizard-rotate-ask-new-password",
    RotateChecking => "wizard-rotate-checking",
    RotateReplicating => "wizard-rotate-replicating",
    RotateReplicationGaveUp => "wizard-rotate-replication-gave-up",
    RotateNewFailed => "wizard-rotate-new-failed",
    RotateEditCredentials => "wizard-rotate-edit-credentials",
    RotateDone => "wizard-rotate-done",
    RotateDeleteOld => "wizard-rotate-delete-old",
    RotateNoTerminal => "wizard-rotate-no-terminal",
    RotateMarketoDoneNote => "wizard-rotate-marketo-done-note",
    UnfinishedExists => "wizard-unfinished-exists",
    Resuming => "wizard-resuming",
    OrgConfirmUnreadable => "wizard-org-confirm-unreadable",
    WhenMarketoDone => "wizard-when-marketo-done",
    RotateOldKept => "wizard-rotate-old-kept",
    WhichProfile => "wizard-which-profile",
    CheckingNew => "wizard-checking-new",
    CheckingHeading => "wizard-checking-heading",
    FixLabel => "wizard-fix-label",
    WhereFirstTime => "wizard-where-first-time",
    WhereUpdate => "wizard-where-update",
    LabelUsername => "wizard-label-username",
    LabelPassword => "wizard-label-password",
    LabelClientId => "wizard-label-client-id",
    LabelClientSecret => "wizard-label-client-secret",
    LabelOrgUrl => "wizard-label-org-url",
    LabelNewClientSecret => "wizard-label-new-client-secret",
    LabelNewPassword => "wizard-label-new-password",
    FieldClientSecret => "wizard-field-client-secret",
    FieldPassword => "wizard-field-password",
    MarketoDiffers => "wizard-marketo-differs",
    NoteExistingApp => "wizard-note-existing-app",
    NoteRegisteredApp => "wizard-note-registered-app",
    NoteStopped => "wizard-note-stopped",
    NoteCredentials => "wizard-note-credentials",
    NoteChecklistPrinted => "wizard-note-checklist-printed",
    NoteMarketoStep => "wizard-note-marketo-step",
    NoteRedX => "wizard-note-red-x",
    NoteRevalidatedMarketo => "wizard-note-revalidated-marketo",
    NoteOrgYes => "wizard-note-org-yes",
    NoteOrgExplicit => "wizard-note-org-explicit",
    NoteOrgTyped => "wizard-note-org-typed",
    NoteOrgMismatch => "wizard-note-org-mismatch",
    NotePreflightPassed => "wizard-note-preflight-passed",
    NotePreflightFailed => "wizard-note-preflight-failed",
    NoteTooManyPasswords => "wizard-note-too-many-passwords",
    NoteContinuedAnyway => "wizard-note-continued-anyway",
    NoteRevalidated => "wizard-note-revalidated",
    NoteSaved => "wizard-note-saved",
    NoteFinished => "wizard-note-finished",
    NoteSyncUser => "wizard-note-sync-user",
    NoteFederated => "wizard-note-federated",
    NoteHrdConfirmed => "wizard-note-hrd-confirmed",
    NoteResumedSetup => "wizard-note-resumed-setup",
    NoteStarted => "wizard-note-started",
    NotePathFirstTime => "wizard-note-path-first-time",
    NotePathUpdate => "wizard-note-path-update",
    NoteResumedRotation => "wizard-note-resumed-rotation",
    NoteMarketoDone => "wizard-note-marketo-done",
    NoteReplaced => "wizard-note-replaced",
    NoteNewSecret => "wizard-note-new-secret",
    NoteNewPassword => "wizard-note-new-password",
    NoteRefusedEveryTry => "wizard-note-refused-every-try",
    NoteNewFailed => "wizard-note-new-failed",
    NoteNewPassed => "wizard-note-new-passed",
    NoteOverride => "wizard-note-override",
    NoteAllPassed => "wizard-note-all-passed",
    NoteStillFailing => "wizard-note-still-failing",
    NotePassed => "wizard-note-passed",
    NoteFailed => "wizard-note-failed",
    // Values, fallbacks and refusals.
    UnknownValue => "wizard-unknown-value",
    TheSyncUser => "wizard-the-sync-user",
    TheOrg => "wizard-the-org",
    TheStart => "wizard-the-start",
    AFederationService => "wizard-a-federation-service",
    ExpiresInDays => "wizard-expires-in-days",
    ExpiryUnknown => "wizard-expiry-unknown",
    ExpiryUnknownHint => "wizard-expiry-unknown-hint",
    LastValidation => "wizard-last-validation",
    LastValidationNever => "wizard-last-validation-never",
    WhatClientSecret => "wizard-what-client-secret",
    WhatPassword => "wizard-what-password",
    AskTenant => "wizard-ask-tenant",
    NoTerminalFlag => "wizard-no-terminal-flag",
    NoTerminalEnv => "wizard-no-terminal-env",
    NoTerminalPath => "wizard-no-terminal-path",
    NothingChanged => "wizard-nothing-changed",
    TranscriptFailed => "wizard-transcript-failed",
    NoSetupToResume => "wizard-no-setup-to-resume",
    NoSetupOf => "wizard-no-setup-of",
    NoRotationToResume => "wizard-no-rotation-to-resume",
    NoRotationOf => "wizard-no-rotation-of",
    NoProfiles => "wizard-no-profiles",
    PassProfile => "wizard-pass-profile",
    PassWhat => "wizard-pass-what",
    NotACheckpoint => "wizard-not-a-checkpoint",
    NewerCheckpoint => "wizard-newer-checkpoint",
    RunChecksFirst => "wizard-run-checks-first",
    NoSecretToSave => "wizard-no-secret-to-save",
    TranscriptHeader => "wizard-transcript-header",
    WelcomeContinue => "wizard-welcome-continue",
    WelcomeContinueDemo => "wizard-welcome-continue-demo",
    DemoResumeHint => "wizard-demo-resume-hint",
    RotateSameSecret => "wizard-rotate-same-secret",
    RotateSamePassword => "wizard-rotate-same-password",
    NoPasswordToSave => "wizard-no-password-to-save",
    CheckAgainBeforeSaving => "wizard-check-again-before-saving",
    NotePassedWithWarnings => "wizard-note-passed-with-warnings",
    NotePreflightPassedWithWarnings => "wizard-note-preflight-passed-with-warnings",
    NoteNewPassedWithWarnings => "wizard-note-new-passed-with-warnings",
    StepHeading => "wizard-step-heading",
    MarketoStepHeading => "wizard-marketo-step-heading",
    MarketoPlaceFirstTime => "wizard-marketo-place-first-time",
    MarketoPlaceUpdate => "wizard-marketo-place-update",
    PassedBeforeStop => "wizard-passed-before-stop",
    ExpiryReadAs => "wizard-expiry-read-as",
    ConfirmOrgMissing => "wizard-confirm-org-missing",
    ConfirmOrgMismatch => "wizard-confirm-org-mismatch",
    ConfirmOrgUnreadable => "wizard-confirm-org-unreadable",
    MarketoIntroChecklist => "wizard-marketo-intro-checklist",
    SummaryChecked => "wizard-summary-checked",
    WelcomeContinueDemoKept => "wizard-welcome-continue-demo-kept",
    PathWhere => "wizard-path-where",
    StepName => "wizard-step-name",
    NoDemoToResume => "wizard-no-demo-to-resume",
    MarketoSecretNeverShown => "wizard-marketo-secret-never-shown",
    NoteAuth => "wizard-note-auth",
    AskAuth => "wizard-ask-auth",
    AuthPassword => "wizard-auth-password",
    AuthS2s => "wizard-auth-s2s",
    ReconfigureNote => "wizard-reconfigure-note",
    AskAppUserEmail => "wizard-ask-app-user-email",
    AppUserSteps => "wizard-app-user-steps",
    NoteAppUser => "wizard-note-app-user",
    MarketoEditCredentialsS2s => "wizard-marketo-edit-credentials-s2s",
    MarketoReconfigure => "wizard-marketo-reconfigure",
    MarketoWaitSwitch => "wizard-marketo-wait-switch",
    SwitchWaiting => "wizard-switch-waiting",
    SwitchWaitOver => "wizard-switch-wait-over",
    NoteSwitchWaited => "wizard-note-switch-waited",
    LabelTenantId => "wizard-label-tenant-id",
    LabelAppUserEmail => "wizard-label-app-user-email",
    RotateS2sNoPassword => "wizard-rotate-s2s-no-password",
    FixForMe => "wizard-fix-for-me",
    NoteFixedForMe => "wizard-note-fixed-for-me",
    HowRegister => "wizard-how-register",
    CreateForMe => "wizard-create-for-me",
    GuideInPortal => "wizard-guide-in-portal",
    CreateForMeIntro => "wizard-create-for-me-intro",
    NoteAppCreated => "wizard-note-app-created",
    MadeSecretUsed => "wizard-made-secret-used",
    RotateOldRemovedNext => "wizard-rotate-old-removed-next",
    RegistrationContinued => "wizard-registration-continued",
    RegistrationRecorded => "wizard-registration-recorded",
}

/// The formatted texts of messages without arguments, each made once.
static TEXTS: [OnceLock<String>; M::ALL.len()] = [const { OnceLock::new() }; M::ALL.len()];

/// The text of a message without arguments, in the current language.
pub fn text(m: M) -> &'static str {
    TEXTS[m as usize].get_or_init(|| msg::text(m.id()))
}

/// A message with its named arguments filled (values are used as they are, never read as
/// message syntax).
pub fn t(m: M, args: &[(&str, &str)]) -> String {
    let mut fluent = msg::Args::with_capacity(args.len());
    for (name, value) in args {
        // Arguments may be foreign text (names from Dataverse, what was typed): cleaned as
        // every text argument of a message is.
        fluent.set(*name, msg::printable(value).into_owned());
    }
    msg::format(m.id(), &fluent)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_filled() {
        let s = t(M::AskPassword, &[("username", "a@b.c")]);
        assert_eq!(s, "Password of a@b.c (hidden)");
        assert!(
            !t(
                M::Summary,
                &[
                    ("profile", "p"),
                    ("org_url", "u"),
                    ("username", "n"),
                    ("client_id", "c"),
                    ("expires", "e"),
                    ("recheck", "r"),
                    ("rotate", "o")
                ]
            )
            .contains('{')
        );
    }

    #[test]
    fn an_answer_is_never_read_as_a_placeholder() {
        // The admin types "{unique}" at the org guard: it is shown as typed.
        for typed in ["{unique}", "{ $unique }", "{typed}", "{"] {
            let s = t(
                M::OrgGuardMismatch,
                &[("typed", typed), ("unique", "org1a2b3c4d")],
            );
            assert_eq!(
                s,
                format!(
                    "\"{typed}\" is not \"org1a2b3c4d\": Marketo would be tied to an org you did not confirm."
                )
            );
        }
    }

    #[test]
    fn ids_are_the_kebab_case_variant_names() {
        for m in M::ALL {
            let name = format!("{m:?}");
            let mut kebab = String::from("wizard");
            for c in name.chars() {
                if c.is_ascii_uppercase() {
                    kebab.push('-');
                }
                kebab.push(c.to_ascii_lowercase());
            }
            assert_eq!(m.id(), kebab);
            assert_eq!(M::ALL[*m as usize], *m);
        }
    }

    #[test]
    fn days_left_choose_their_plural() {
        let d = chrono::NaiveDate::from_ymd_opt(2030, 1, 2).unwrap();
        let expires = |days: i64| crate::msg!(M::ExpiresInDays.id(), date = d, days = days);
        assert_eq!(expires(1), "2030-01-02 (1 day)");
        assert_eq!(expires(30), "2030-01-02 (30 days)");
        assert_eq!(expires(0), "2030-01-02 (0 days)");
        assert_eq!(expires(-2), "2030-01-02 (-2 days)");
    }

    #[test]
    fn a_text_is_made_once() {
        assert!(std::ptr::eq(text(M::Quit), text(M::Quit)));
        assert_eq!(text(M::Quit), "Quit");
    }
}
