//! Every user-facing text of the setup wizard, in one catalogue. English now; a language is a
//! new `match` arm set, chosen in [`text`]. Placeholders are `{name}`, filled by [`t`].

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum M {
    Welcome,
    AskProfile,
    AskPath,
    PathFirstTime,
    PathUpdate,
    HaveAppRegistration,
    AppRegistrationSteps,
    OpenInBrowser,
    StepDone,
    StepShowAgain,
    StepAbort,
    StepCopy,
    WhatNow,
    Choose,
    ChecklistOverall,
    AllGreen,
    SomeRed,
    AskClientId,
    ClientIdNote,
    AskClientSecret,
    SecretShownOnce,
    SecretIdRefused,
    AskSecretExpiry,
    AskUsername,
    AskPassword,
    AskOrgUrl,
    OrgNormalised,
    DiscoveredTenant,
    RealmManaged,
    RealmFederated,
    HrdInPlace,
    HrdWait,
    RunningChecks,
    ReenterField,
    RunAgain,
    ContinueAnyway,
    PasswordAttemptsExhausted,
    LockedOut,
    DynamicsFixThen,
    OrgGuardIntro,
    OrgGuardAsk,
    OrgGuardMismatch,
    OrgGuardTypeAgain,
    OrgGuardChangeUrl,
    Saved,
    MarketoIntro,
    MarketoDisable,
    MarketoEditCredentials,
    MarketoSelectFields,
    MarketoValidate,
    MarketoEnableFirstTime,
    MarketoEnableUpdate,
    ChecklistItemAsk,
    Green,
    Red,
    ChecklistAllGreen,
    ChecklistFixThenRevalidate,
    ChecklistFixedRevalidate,
    EnableOverrideAsk,
    CopyWhich,
    Copied,
    ClipboardCleared,
    SecretCopyWarning,
    Summary,
    FinishedAlready,
    Revalidate,
    StartOver,
    Quit,
    SyncOffWarning,
    ResumeHint,
    Aborted,
    NoTerminal,
    RotateShow,
    RotateAskWhat,
    RotateWhatSecret,
    RotateWhatPassword,
    RotateNewSecretSteps,
    RotateAskNewPassword,
    RotateChecking,
    RotateReplicating,
    RotateReplicationGaveUp,
    RotateNewFailed,
    RotateEditCredentials,
    RotateDone,
    RotateDeleteOld,
    RotateNoTerminal,
    RotateMarketoDoneNote,
    UnfinishedExists,
    Resuming,
    OrgConfirmUnreadable,
    WhenMarketoDone,
    RotateOldKept,
    WhichProfile,
    CheckingNew,
    CheckingHeading,
    FixLabel,
    WhereFirstTime,
    WhereUpdate,
    LabelUsername,
    LabelPassword,
    LabelClientId,
    LabelClientSecret,
    LabelOrgUrl,
    LabelNewClientSecret,
    LabelNewPassword,
    FieldClientSecret,
    FieldPassword,
    MarketoDiffers,
    NoteExistingApp,
    NoteRegisteredApp,
    NoteStopped,
    NoteCredentials,
    NoteChecklistPrinted,
    NoteMarketoStep,
    NoteRedX,
    NoteRevalidatedMarketo,
    NoteOrgYes,
    NoteOrgExplicit,
    NoteOrgTyped,
    NoteOrgMismatch,
    NotePreflightPassed,
    NotePreflightFailed,
    NoteTooManyPasswords,
    NoteContinuedAnyway,
    NoteRevalidated,
    NoteSaved,
    NoteFinished,
    NoteSyncUser,
    NoteFederated,
    NoteHrdConfirmed,
    NoteResumedSetup,
    NoteStarted,
    NoteResumedRotation,
    NoteMarketoDone,
    NoteReplaced,
    NoteNewSecret,
    NoteNewPassword,
    NoteRefusedEveryTry,
    NoteNewFailed,
    NoteNewPassed,
    NoteOverride,
    NoteAllPassed,
    NoteStillFailing,
    NotePassed,
    NoteFailed,
}

/// The text of a message in the current language.
pub fn text(m: M) -> &'static str {
    en(m)
}

/// A message with its `{placeholders}` filled.
pub fn t(m: M, args: &[(&str, &str)]) -> String {
    let mut s = text(m).to_string();
    for (k, v) in args {
        s = s.replace(&format!("{{{k}}}"), v);
    }
    s
}

fn en(m: M) -> &'static str {
    match m {
        M::Welcome => "\
dynsync setup — connect Marketo to Microsoft Dynamics 365, step by step.

You will need:
  • an Azure admin who can register apps and grant admin consent (Application Administrator or higher);
  • a dedicated Dynamics sync user (licensed, not a person's account) and its password;
  • a Marketo admin.
Your progress is saved after every step: stop any time (Ctrl-C) and continue with `dynsync setup --resume`.
",
        M::AskProfile => "Profile name for this connection (e.g. contoso-prod)",
        M::AskPath => "Is this a first-time connection, or are you updating an existing one?",
        M::PathFirstTime => "First-time connection (Marketo: Admin → CRM → Microsoft)",
        M::PathUpdate => "Updating an existing connection (Marketo: Admin → Microsoft Dynamics)",
        M::HaveAppRegistration => "Do you already have an app registration for Marketo in Azure?",
        M::AppRegistrationSteps => "\
Register the app (Azure portal → Microsoft Entra ID → App registrations):
  {portal}
  1. New registration → Name: Marketo Integration → Supported account types: \"Accounts in this organizational directory only\" → Register.
  2. Copy the Application (client) ID from the Overview page (not the Object ID).
  3. API permissions → Add a permission → Dynamics CRM → Delegated → user_impersonation → Add permissions.
  4. Grant admin consent for your tenant → Yes.
  5. Authentication → Advanced settings → Allow public client flows: No → Save.
  6. Certificates & secrets → New client secret → a description (e.g. Marketo sync) and an expiry → Add.
     Copy the secret's Value now: the portal shows it only once. (The Secret ID next to it is not the secret.)
",
        M::OpenInBrowser => "Open the Azure portal in your browser?",
        M::StepDone => "Done",
        M::StepShowAgain => "Show the steps again",
        M::StepAbort => "Abort (progress is saved)",
        M::StepCopy => "Copy a value to the clipboard…",
        M::WhatNow => "When you have done this",
        M::Choose => "What now?",
        M::ChecklistOverall => "What does Marketo show?",
        M::AllGreen => "All seven items have a green check",
        M::SomeRed => "Some items have a red X",
        M::AskClientId => "Application (client) ID",
        M::ClientIdNote => "  The Application (client) ID is on the app's Overview page. The Object ID next to it is a different GUID.",
        M::AskClientSecret => "Client secret Value (hidden)",
        M::SecretShownOnce => "  The secret's Value is shown only once, right after it is created. If you no longer have it, create a new one.",
        M::SecretIdRefused => "That is a GUID: the Secret ID, not the secret's Value. Copy the Value column instead (create a new secret if it is no longer shown).",
        M::AskSecretExpiry => "The secret's expiry date as the portal shows it (YYYY-MM-DD, empty if unknown)",
        M::AskUsername => "Sync user's user principal name (e.g. marketo.sync@contoso.com)",
        M::AskPassword => "Password of {username} (hidden)",
        M::AskOrgUrl => "Dynamics org URL (e.g. https://contoso.crm.dynamics.com)",
        M::OrgNormalised => "  Using the instance URL {url}",
        M::DiscoveredTenant => "  The org belongs to tenant {tenant}.",
        M::RealmManaged => "  {domain} is a managed domain: Azure AD checks the sync user's password itself.",
        M::RealmFederated => "  {domain} is federated ({via}). Marketo sends the password straight to Azure AD, which checks it only with password hash sync and an HRD policy:",
        M::HrdInPlace => "Are password hash sync and the HRD policy in place?",
        M::HrdWait => "Set them up, then come back here.",
        M::RunningChecks => "Checking the credentials the way Marketo will use them…",
        M::ReenterField => "Re-enter the {field}",
        M::RunAgain => "Run the checks again",
        M::ContinueAnyway => "Continue anyway (not recommended)",
        M::PasswordAttemptsExhausted => "The password was refused {n} times. Stopping here so that Azure AD's smart lockout is not triggered: check the password (or reset it), then run `dynsync setup --resume`.",
        M::LockedOut => "Azure AD has locked the sync user (smart lockout). Stop now, wait about 30 minutes, then run `dynsync setup --resume`.",
        M::DynamicsFixThen => "Fix this in Dynamics as shown above, then",
        M::OrgGuardIntro => "\
This is the org Marketo will sync with:
  friendly name:  {friendly}
  unique name:    {unique}
  version:        {version}
  URL:            {url}
Marketo cannot change the org URL after the first save: a wrong org needs a new Marketo subscription.
",
        M::OrgGuardAsk => "Type the org's unique name ({unique}) to confirm",
        M::OrgGuardMismatch => "\"{typed}\" is not \"{unique}\": Marketo would be tied to an org you did not confirm.",
        M::OrgGuardTypeAgain => "Type it again",
        M::OrgGuardChangeUrl => "Enter a different org URL",
        M::Saved => "Saved profile {profile}; the client secret and the password are in the keyring.",
        M::MarketoIntro => "Now in Marketo. dynsync cannot click there for you (Marketo has no API for this), so it shows each step and records what you did.",
        M::MarketoDisable => "\
Marketo: Admin → Integration → Microsoft Dynamics → Disable Sync.
  The sync stops until you enable it again at the end; changes in Dynamics are kept and caught up afterwards.
",
        M::MarketoEditCredentials => "\
Marketo: {where} → Edit (credentials), enter exactly:
  Username:       {username}
  Password:       (the sync user's password)
  Client ID:      {client_id}
  Client Secret:  (the secret's Value)
  Dynamics URL:   {org_url}
→ Save.
",
        M::MarketoSelectFields => "\
Marketo: Admin → CRM → Microsoft → Step 2: Select Fields to Sync → Edit → choose the fields → Save.
  Marketo syncs only fields the sync user can read in Dynamics.
",
        M::MarketoValidate => "\
Marketo: Admin → Microsoft Dynamics → Validate Sync Setup → enter Username, Password, URL (Client ID and Secret as above) → Next.
  Marketo shows seven items, each with a green check or a red X. dynsync predicted:
{predicted}",
        M::MarketoEnableFirstTime => "\
Marketo: Admin → CRM → Microsoft → Step 3: Enable Sync → Edit → read the pop-up → enter the email address for the notification → Start Sync.
  • The first sync can take hours (days for large orgs); Marketo emails when it is done. Do not enable custom entity sync before that email.
  • To sync only some records, create the custom Two Options field new_synctomkto in Dynamics before enabling (No = not synced).
",
        M::MarketoEnableUpdate => "Marketo: Admin → Microsoft Dynamics → Enable Sync. The sync resumes and catches up on the changes made while it was off.",
        M::ChecklistItemAsk => "In Marketo: \"{item}\"",
        M::Green => "Green check",
        M::Red => "Red X",
        M::ChecklistAllGreen => "All seven items are green.",
        M::ChecklistFixThenRevalidate => "Fix the red items as shown, then",
        M::ChecklistFixedRevalidate => "Fixed: check again (dynsync re-runs its checks, then run Validate Sync Setup in Marketo again)",
        M::EnableOverrideAsk => "Marketo's validation is not all green. Enable the sync anyway? (recorded in the setup state)",
        M::CopyWhich => "Copy which value?",
        M::Copied => "Copied {what} to the clipboard.",
        M::ClipboardCleared => "Cleared the clipboard.",
        M::SecretCopyWarning => "Copy the client secret to the clipboard? It is cleared again when you choose Done.",
        M::Summary => "\
Done: {profile} connects Marketo with {org_url} as {username}.
  client ID:       {client_id}
  secret expires:  {expires}
  Re-check any time:                     dynsync validate --profile {profile}
  When the secret or the password changes: dynsync rotate --profile {profile}
",
        M::FinishedAlready => "The setup of {profile} was finished on {at}. What now?",
        M::Revalidate => "Re-validate it (dynsync validate --profile)",
        M::StartOver => "Start over",
        M::Quit => "Quit",
        M::SyncOffWarning => "\
!!! The Marketo sync is DISABLED (since {since}) and has not been enabled again.
!!! Nothing syncs between Marketo and Dynamics until you finish: {resume}
",
        M::ResumeHint => "Progress saved. Continue with: {resume}",
        M::RotateOldKept => "The keyring still holds the old value; the new one waits in a pending entry.",
        M::Aborted => "Stopped.",
        M::RotateShow => "\
Rotating a credential of {profile}:
  org:              {org_url}
  sync user:        {username}
  client ID:        {client_id}
  secret expires:   {expires}
  last validation:  {last}
",
        M::RotateAskWhat => "What changes?",
        M::RotateWhatSecret => "The client secret (a new secret was or will be created)",
        M::RotateWhatPassword => "The sync user's password",
        M::RotateNewSecretSteps => "\
Create a NEW client secret next to the old one (Azure allows several; do not delete the old one yet):
  {portal}
  Certificates & secrets → New client secret → a description and an expiry → Add → copy its Value now.
",
        M::RotateAskNewPassword => "New password of {username} (hidden)",
        M::RotateChecking => "Checking the new value before anything changes in Marketo (the stored value stays as it is)…",
        M::RotateReplicating => "Azure AD does not know the new secret yet (a new secret takes a moment to replicate). Trying again in {secs} s ({n} of {max})…",
        M::RotateReplicationGaveUp => "The new secret was still refused after {n} tries. If you copied the Value (not the Secret ID) of a secret of this app, wait a few minutes and run `dynsync rotate --resume --profile {profile}`; nothing was changed.",
        M::RotateNewFailed => "The new value did not pass: nothing was changed (the keyring keeps the old value). Fix it and run `dynsync rotate --resume --profile {profile}`, or start again.",
        M::RotateEditCredentials => "\
Marketo: Admin → Microsoft Dynamics → Edit (credentials) → replace only the {field} with the new value → Save.
  Leave the other fields as they are.
",
        M::RotateDone => "The new {what} of {profile} is in the keyring; the profile records it.",
        M::RotateDeleteOld => "\
Now delete the OLD client secret in the portal (Certificates & secrets → the old one → Delete):
  {portal}
  or keep it a little while if other systems still use it — but not past its expiry.
",
        M::RotateNoTerminal => "rotate needs a terminal to guide the Marketo steps; without one, pass --marketo-done (Marketo already has the new value) with --secrets-stdin.",
        M::RotateMarketoDoneNote => "--marketo-done: Marketo already has the new value (an operator changed it); dynsync checks it and updates the keyring and the profile.",
        M::UnfinishedExists => "An unfinished setup of {profile} exists (it reached {reached}). Continue it?",
        M::Resuming => "Resuming the setup of {profile} after step {reached}.",
        M::OrgConfirmUnreadable => "Is {url} the org Marketo must sync with? This cannot be changed later.",
        M::WhenMarketoDone => "When the Marketo steps are done: dynsync validate --profile {profile}",
        M::WhichProfile => "Which profile?",
        M::CheckingNew => "Checking the new value",
        M::CheckingHeading => "Checking {org} for {username}",
        M::FixLabel => "Fix",
        M::WhereFirstTime => "Admin → CRM → Microsoft → Step 1: Enter Credentials",
        M::WhereUpdate => "Admin → Microsoft Dynamics",
        M::LabelUsername => "Username",
        M::LabelPassword => "Password (secret)",
        M::LabelClientId => "Client ID",
        M::LabelClientSecret => "Client Secret (secret)",
        M::LabelOrgUrl => "Dynamics URL",
        M::LabelNewClientSecret => "New Client Secret (secret)",
        M::LabelNewPassword => "New Password (secret)",
        M::FieldClientSecret => "Client Secret",
        M::FieldPassword => "Password",
        M::NoteExistingApp => "Used an existing app registration",
        M::NoteRegisteredApp => "Registered the app in the Azure portal (guided)",
        M::NoteStopped => "Stopped by the admin",
        M::NoteCredentials => "Entered the client ID {client_id} and the client secret (not recorded)",
        M::NoteChecklistPrinted => "Printed the Marketo steps as a checklist (--yes)",
        M::NoteMarketoStep => "Marketo: {step}{override}",
        M::NoteRedX => "Marketo validation: red X on \"{item}\"",
        M::NoteRevalidatedMarketo => "Re-validated with dynsync: {outcome}",
        M::NoteOrgYes => "Org confirmed with --yes: {url} ({unique})",
        M::NoteOrgExplicit => "Org confirmed explicitly (details unreadable): {url}",
        M::NoteOrgTyped => "Org confirmed by its unique name: {url} ({unique})",
        M::NoteOrgMismatch => "Org guard: typed \"{typed}\", which is not {unique}",
        M::NotePreflightPassed => "Preflight: every check passed",
        M::NotePreflightFailed => "Preflight: {check} failed — {summary}",
        M::NoteTooManyPasswords => "Stopped: too many refused passwords",
        M::NoteContinuedAnyway => "Continued although {check} failed (the admin's choice)",
        M::NoteRevalidated => "Re-validated: {outcome}",
        M::NoteSaved => "Saved the profile {profile} and its two keyring entries",
        M::NoteFinished => "Setup finished",
        M::NoteSyncUser => "Entered the sync user {username} and the org URL {org}",
        M::NoteFederated => "{domain} is federated: HRD policy and password hash sync explained",
        M::NoteHrdConfirmed => "The admin confirmed the HRD policy and password hash sync are in place",
        M::NoteResumedSetup => "Resumed the setup of {profile} after step {reached}",
        M::NoteStarted => "Started the setup of {profile} ({path} path)",
        M::NoteResumedRotation => "Resumed the rotation of {profile}",
        M::NoteMarketoDone => "Marketo already had the new value (--marketo-done)",
        M::NoteReplaced => "Replaced the {what} in the keyring",
        M::NoteNewSecret => "Captured the new client secret (not recorded)",
        M::NoteNewPassword => "Captured the new password (not recorded)",
        M::NoteRefusedEveryTry => "The new secret was refused on every try",
        M::NoteNewFailed => "The new value failed the checks; nothing was changed",
        M::NoteNewPassed => "The new value passed every check",
        M::NoteOverride => " (override: validation not all green)",
        M::NoteAllPassed => "all passed",
        M::NoteStillFailing => "still failing: {checks}",
        M::NotePassed => "passed",
        M::NoteFailed => "failed",
        M::MarketoDiffers => "  dynsync's own checks for this item pass, so Marketo probably holds other values than the ones checked here: enter them again exactly (Edit credentials → Save), then validate again.",
        M::NoTerminal => "\
setup is interactive and needs a terminal. For scripts, use `dynsync validate` and the `dynsync profile` commands,
or pass every input (flags and DYNSYNC_CLIENT_SECRET / DYNSYNC_PASSWORD) with --yes to save the profile and print the Marketo steps as a checklist.",
    }
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
                    ("expires", "e")
                ]
            )
            .contains('{')
        );
    }
}
