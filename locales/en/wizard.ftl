# The setup and rotate wizards (src/wizard): prompts, steps, notes for the transcript.
# Each id is "wizard-" and the kebab-case name of its variant of `M` (src/wizard/messages.rs).
# {"  "} at the start of a line keeps its leading spaces; a last line {""} keeps a final line break.

wizard-welcome =
    dynsync setup — connect Marketo to Microsoft Dynamics 365, step by step.

    You will need:
      • an Azure admin who can register apps and grant admin consent (Application Administrator or higher);
      • a dedicated Dynamics sync user (licensed, not a person's account) and its password;
      • a Marketo admin.
    { $continue }
    {""}
# The welcome's last line: how a stop is continued.
wizard-welcome-continue = Your progress is saved after every step: stop any time (Ctrl-C) and continue with `dynsync setup --resume`.
wizard-welcome-continue-demo = This is the demo: nothing is kept, so a stop ends it (`dynsync setup --demo` starts it again).
wizard-ask-profile = Profile name for this connection (e.g. contoso-prod)
wizard-ask-path = A first-time connection, or an update?
wizard-path-first-time = First-time connection
wizard-path-update = Updating an existing connection
wizard-have-app-registration = Do you already have an app registration for Marketo in Azure?
wizard-app-registration-steps =
    Register the app (Azure portal → Microsoft Entra ID → App registrations):
    {"  "}{ $portal }
      1. New registration → Name: Marketo Integration → Supported account types: "Accounts in this organizational directory only" → Register.
      2. Copy the Application (client) ID from the Overview page (not the Object ID).
      3. API permissions → Add a permission → Dynamics CRM → Delegated → user_impersonation → Add permissions.
      4. Grant admin consent for your tenant → Yes.
      5. Authentication → Advanced settings → Allow public client flows: No → Save.
      6. Certificates & secrets → New client secret → a description (e.g. Marketo sync) and an expiry → Add.
         Copy the secret's Value now: the portal shows it only once. (The Secret ID next to it is not the secret.)
    {""}
wizard-open-in-browser = Open the Azure portal in your browser?
wizard-step-done = Done
wizard-step-show-again = Show the steps again
wizard-step-abort = Abort (progress is saved)
wizard-step-copy = Copy a value to the terminal's clipboard (OSC 52)…
wizard-what-now = When you have done this
wizard-choose = What now?
wizard-checklist-overall = What does Marketo show?
wizard-all-green = All seven items have a green check
wizard-some-red = Some items have a red X
wizard-ask-client-id = Application (client) ID
wizard-client-id-note = {"  "}The Application (client) ID is on the app's Overview page. The Object ID next to it is a different GUID.
wizard-ask-client-secret = Client secret Value (hidden)
wizard-secret-shown-once = {"  "}The secret's Value is shown only once, right after it is created. If you no longer have it, create a new one.
wizard-secret-id-refused = That is a GUID: the Secret ID, not the secret's Value. Copy the Value column instead (create a new secret if it is no longer shown).
wizard-ask-secret-expiry = Secret expiry date (5/1/2027 or 2027-05-01; empty: unknown)
wizard-ask-username = Sync user's UPN (e.g. marketo.sync@contoso.com)
wizard-ask-password = Password of { $username } (hidden)
wizard-ask-org-url = Dynamics org URL
wizard-org-normalised = {"  "}Using the instance URL { $url }
wizard-discovered-tenant = {"  "}The org belongs to tenant { $tenant }.
wizard-realm-managed = {"  "}{ $domain } is a managed domain: Azure AD checks the sync user's password itself.
wizard-realm-federated = {"  "}{ $domain } is federated ({ $via }). Marketo sends the password straight to Azure AD, which checks it only with password hash sync and an HRD policy:
wizard-hrd-in-place = Are password hash sync and the HRD policy in place?
wizard-hrd-wait = Set them up, then come back here.
wizard-running-checks = Checking the credentials the way Marketo will use them…
wizard-reenter-field = Re-enter the { $field }
wizard-run-again = Run the checks again
wizard-continue-anyway = Continue anyway (not recommended)
wizard-password-attempts-exhausted =
    The password was refused { $n } times. Stopping here so that Azure AD's smart lockout is not triggered: check the password (or reset it), then run:
    {"    "}{ $resume }
wizard-locked-out =
    Azure AD has locked the sync user (smart lockout). Stop now, wait about 30 minutes, then run:
    {"    "}{ $resume }
wizard-dynamics-fix-then = Fix this in Dynamics as shown above, then
wizard-org-guard-intro =
    This is the org Marketo will sync with:
      friendly name:  { $friendly }
      unique name:    { $unique }
      version:        { $version }
      URL:            { $url }
    Marketo cannot change the org URL after the first save: a wrong org needs a new Marketo subscription.
    {""}
wizard-org-guard-ask = Type the org's unique name ({ $unique }) to confirm
wizard-org-guard-mismatch = "{ $typed }" is not "{ $unique }": Marketo would be tied to an org you did not confirm.
wizard-org-guard-type-again = Type it again
wizard-org-guard-change-url = Enter a different org URL
wizard-saved = Saved profile { $profile }; the client secret and the password are in the keyring.
wizard-marketo-intro = Now in Marketo. dynsync cannot click there for you (Marketo has no API for this), so it shows each step and records what you did.
wizard-marketo-disable =
    Marketo: Admin → Integration → Microsoft Dynamics → Disable Sync.
      The sync stops until you enable it again at the end; changes in Dynamics are kept and caught up afterwards.
    {""}
wizard-marketo-edit-credentials =
    Marketo: { $where } → Edit (credentials), enter exactly:
      Username:       { $username }
      Password:       (the sync user's password)
      Client ID:      { $client_id }
      Client Secret:  (the secret's Value)
      Dynamics URL:   { $org_url }
    → Save.
    {""}
wizard-marketo-select-fields =
    Marketo: Admin → CRM → Microsoft → Step 2: Select Fields to Sync → Edit → choose the fields → Save.
      Marketo syncs only fields the sync user can read in Dynamics.
    {""}
wizard-marketo-validate =
    Marketo: { $where } → Validate Sync Setup → enter Username, Password, URL (Client ID and Secret as above) → Next.
      Marketo shows seven items, each with a green check or a red X. dynsync predicted:
    { $predicted }
wizard-marketo-enable-first-time =
    Marketo: Admin → CRM → Microsoft → Step 3: Enable Sync → Edit → read the pop-up → enter the email address for the notification → Start Sync.
      • The first sync can take hours (days for large orgs); Marketo emails when it is done. Do not enable custom entity sync before that email.
      • To sync only some records, create the custom Two Options field new_synctomkto in Dynamics before enabling (No = not synced).
    {""}
wizard-marketo-enable-update =
    Marketo: Admin → Integration → Microsoft Dynamics → Enable Sync. The sync resumes and catches up on the changes made while it was off.
    {""}
wizard-checklist-item-ask = In Marketo: "{ $item }"
wizard-green = Green check
wizard-red = Red X
wizard-checklist-all-green = All seven items are green.
wizard-checklist-fix-then-revalidate = Fix the red items as shown, then
wizard-checklist-fixed-revalidate = Fixed: check again (dynsync re-runs its checks, then run Validate Sync Setup in Marketo again)
wizard-enable-override-ask = Marketo's validation is not all green. Enable the sync anyway? (recorded in the setup state)
wizard-copy-which = Copy which value?
wizard-copied = Sent { $what } to the terminal's clipboard with OSC 52. A terminal that ignores OSC 52 (or has it turned off) copied nothing: then enter the value by hand.
wizard-clipboard-cleared = Asked the terminal to empty its clipboard (OSC 52). A terminal that ignores OSC 52 never held the secret; one that keeps a clipboard history may still list it there.
wizard-secret-copy-warning = Send the secret to the terminal's clipboard (OSC 52)? dynsync asks the terminal to empty the clipboard again when you choose Done.
wizard-summary =
    Done: { $profile } connects Marketo with { $org_url } as { $username }.
      client ID:       { $client_id }
      secret expires:  { $expires }
      Re-check any time:                       { $recheck }
      When the secret or the password changes: { $rotate }
    {""}
wizard-finished-already = The setup of { $profile } was finished on { $at }. What now?
wizard-revalidate = Re-validate it (dynsync validate --profile)
wizard-start-over = Start over
wizard-quit = Quit
wizard-sync-off-warning =
    !!! The Marketo sync is DISABLED (since { $since }) and has not been enabled again.
    !!! Nothing syncs between Marketo and Dynamics until you finish:
    {"    "}{ $resume }
    {""}
wizard-resume-hint =
    Progress saved. Continue with:
    {"    "}{ $resume }
wizard-demo-resume-hint = This was the demo: its profile and progress are thrown away. Run it again with: { $resume }
wizard-aborted = Stopped.
wizard-no-terminal =
    setup is interactive and needs a terminal. For scripts, use `dynsync validate` and the `dynsync profile` commands,
    or pass every input (flags and DYNSYNC_CLIENT_SECRET / DYNSYNC_PASSWORD) with --yes to save the profile and print the Marketo steps as a checklist.
wizard-rotate-show =
    Rotating a credential of { $profile }:
      org:              { $org_url }
      sync user:        { $username }
      client ID:        { $client_id }
      secret expires:   { $expires }
      last validation:  { $last }
    {""}
wizard-rotate-ask-what = What changes?
wizard-rotate-what-secret = The client secret (a new secret was or will be created)
wizard-rotate-what-password = The sync user's password
wizard-rotate-new-secret-steps =
    Create a NEW client secret next to the old one (Azure allows several; do not delete the old one yet):
    {"  "}{ $portal }
      Certificates & secrets → New client secret → a description and an expiry → Add → copy its Value now.
    {""}
wizard-rotate-ask-new-password = New password of { $username } (hidden)
wizard-rotate-checking = Checking the new value before anything changes in Marketo (the stored value stays as it is)…
wizard-rotate-replicating = Azure AD does not know the new secret yet (a new secret takes a moment to replicate). Trying again in { $secs } s ({ $n } of { $max })…
wizard-rotate-replication-gave-up =
    The new secret was still refused after { $n } tries. If you copied the Value (not the Secret ID) of a secret of this app, wait a few minutes and run (nothing was changed):
    {"    "}{ $resume }
wizard-rotate-new-failed =
    The new value did not pass: nothing was changed (the keyring keeps the old value). Fix it and run this, or start again:
    {"    "}{ $resume }
wizard-rotate-edit-credentials =
    Marketo: Admin → Integration → Microsoft Dynamics → Edit (credentials) → replace only the { $field } with the new value → Save.
      Leave the other fields as they are.
    {""}
wizard-rotate-done = The new { $what } of { $profile } is in the keyring; the profile records it.
wizard-rotate-delete-old =
    Now delete the OLD client secret in the portal (Certificates & secrets → the old one → Delete):
    {"  "}{ $portal }
      or keep it a little while if other systems still use it — but not past its expiry.
    {""}
wizard-rotate-no-terminal = rotate needs a terminal to guide the Marketo steps; without one, pass --marketo-done (Marketo already has the new value) with --secrets-stdin.
wizard-rotate-marketo-done-note = --marketo-done: Marketo already has the new value (an operator changed it); dynsync checks it and updates the keyring and the profile.
wizard-unfinished-exists = An unfinished setup of { $profile } exists (it reached { $reached }). Continue it?
wizard-resuming = Resuming the setup of { $profile } after step { $reached }.
wizard-org-confirm-unreadable = Is { $url } the org Marketo must sync with? This cannot be changed later.
wizard-when-marketo-done = When the Marketo steps are done: dynsync validate --profile { $profile }
wizard-rotate-old-kept = The keyring still holds the old value; the new one waits in a pending entry.
wizard-which-profile = Which profile?
wizard-checking-new = Checking the new value
wizard-checking-heading = Checking { $org } for { $username }
wizard-fix-label = Fix
wizard-where-first-time = Admin → CRM → Microsoft → Step 1: Enter Credentials
wizard-where-update = Admin → Integration → Microsoft Dynamics
wizard-label-username = Username
wizard-label-password = Password (secret)
wizard-label-client-id = Client ID
wizard-label-client-secret = Client Secret (secret)
wizard-label-org-url = Dynamics URL
wizard-label-new-client-secret = New Client Secret (secret)
wizard-label-new-password = New Password (secret)
wizard-field-client-secret = Client Secret
wizard-field-password = Password
wizard-marketo-differs = {"  "}dynsync's own checks for this item pass, so Marketo probably holds other values than the ones checked here: enter them again exactly (Edit credentials → Save), then validate again.
wizard-note-existing-app = Used an existing app registration
wizard-note-registered-app = Registered the app in the Azure portal (guided)
wizard-note-stopped = Stopped by the admin
wizard-note-credentials = Entered the client ID { $client_id } and the client secret (not recorded)
wizard-note-checklist-printed = Printed the Marketo steps as a checklist (--yes)
wizard-note-marketo-step = Marketo: { $step }{ $override }
wizard-note-red-x = Marketo validation: red X on "{ $item }"
wizard-note-revalidated-marketo = Re-validated with dynsync: { $outcome }
wizard-note-org-yes = Org confirmed with --confirm-org: { $url } ({ $unique })
wizard-note-org-explicit = Org confirmed explicitly (details unreadable): { $url }
wizard-note-org-typed = Org confirmed by its unique name: { $url } ({ $unique })
wizard-note-org-mismatch = Org guard: typed "{ $typed }", which is not { $unique }
wizard-note-preflight-passed = Preflight: every check passed
wizard-note-preflight-failed = Preflight: { $check } failed — { $summary }
wizard-note-too-many-passwords = Stopped: too many refused passwords
wizard-note-continued-anyway = Continued although { $check } failed (the admin's choice)
wizard-note-revalidated = Re-validated: { $outcome }
wizard-note-saved = Saved the profile { $profile } and its two keyring entries
wizard-note-finished = Setup finished
wizard-note-sync-user = Entered the sync user { $username } and the org URL { $org }
wizard-note-federated = { $domain } is federated: HRD policy and password hash sync explained
wizard-note-hrd-confirmed = The admin confirmed the HRD policy and password hash sync are in place
wizard-note-resumed-setup = Resumed the setup of { $profile } after step { $reached }
wizard-note-started = Started the setup of { $profile } ({ $path } path)
wizard-note-resumed-rotation = Resumed the rotation of { $profile }
wizard-note-marketo-done = Marketo already had the new value (--marketo-done)
wizard-note-replaced = Replaced the { $what } in the keyring
wizard-note-new-secret = Captured the new client secret (not recorded)
wizard-note-new-password = Captured the new password (not recorded)
wizard-note-refused-every-try = The new secret was refused on every try
wizard-note-new-failed = The new value failed the checks; nothing was changed
wizard-note-new-passed = The new value passed every check
wizard-note-override = {" "}(override: validation not all green)
wizard-note-all-passed = all passed
wizard-note-still-failing = still failing: { $checks }
wizard-note-passed = passed
wizard-note-failed = failed

## Values, fallbacks and refusals.

wizard-unknown-value = (unknown)
wizard-the-sync-user = the sync user
wizard-the-org = the org
wizard-the-start = the start
wizard-a-federation-service = a federation service
# The secret's expiry date and the days left ($days is a number, negative once expired).
wizard-expires-in-days =
    { $date } ({ $days ->
        [one] { $days } day
       *[other] { $days } days
    })
wizard-expiry-unknown = unknown
wizard-expiry-unknown-hint = unknown (dynsync profile set { $profile } --secret-expires YYYY-MM-DD)
# $outcome is wizard-note-passed or wizard-note-failed; $at a local time (with its UTC offset).
wizard-last-validation = { $outcome } at { $at }
wizard-last-validation-never = never
wizard-what-client-secret = client secret
wizard-what-password = password
wizard-ask-tenant = Tenant ID or domain (empty: discover it)
# $label is the prompt that could not be shown.
wizard-no-terminal-flag = { $label }: pass --{ $flag } (there is no terminal to ask on)
wizard-no-terminal-env = { $label }: set { $env } (there is no terminal to ask on)
wizard-no-terminal-path = pass --path first-time or --path update (there is no terminal to ask on)
# $value is the input as typed, in quotes.
wizard-nothing-changed = { $problem }; nothing was changed
wizard-transcript-failed = cannot write the transcript { $path }: { $error }
wizard-no-setup-to-resume = there is no unfinished setup to resume; start one with `dynsync setup`
wizard-no-setup-of = there is no setup of { $profile } to resume
wizard-no-rotation-to-resume = there is no unfinished rotation to resume
wizard-no-rotation-of = there is no rotation of { $profile } to resume
wizard-no-profiles = there are no profiles: run `dynsync setup` first
wizard-pass-profile = pass --profile NAME
wizard-pass-what = pass --what client-secret|password
wizard-not-a-checkpoint = { $path } is not a dynsync setup checkpoint ({ $error }); it was left untouched
wizard-newer-checkpoint = { $path } was written by a newer dynsync; upgrade dynsync
# In place of the predicted checklist when there is no report yet.
wizard-run-checks-first = (run the checks first)

# A setup reached the save step without a secret it should hold (resumed from a stop).
wizard-no-secret-to-save = no client secret to save
wizard-no-password-to-save = no password to save
# The new value typed for a rotation is the current one.
wizard-rotate-same-secret = that is the current client secret, not a new one: create a new secret next to it in the portal (Certificates & secrets → New client secret) and enter that one's Value; nothing was changed
wizard-rotate-same-password = that is the current password, not a new one: change the sync user's password first, then enter the new one; nothing was changed
# Past a red X in Marketo's checklist, on purpose.
wizard-checklist-continue-anyway = Continue anyway (recorded: Enable Sync will be an override)
wizard-checklist-continue-word = continue
wizard-checklist-continue-confirm = Marketo shows a red X: the sync may fail. Type { $word } to go on anyway
wizard-checklist-continue-not-confirmed = Not confirmed: nothing was skipped.
wizard-note-continued-past-red-x = continued past Marketo's red X (typed confirmation): { $items }
# A setup resumed between the checks and the save (stopped at the org guard, say).
wizard-check-again-before-saving = The secrets are never kept between runs: running the checks again before anything is saved (they also name the org for the org guard).
# The first line a run writes to its transcript (Markdown).
wizard-transcript-header = ## dynsync { $version }: { $what } of { $profile } ({ $org }), started { $at }

## The transcript's name of a connection path (wizard-note-started's $path)

wizard-note-path-first-time = first-time
wizard-note-path-update = update
## The transcript of a run that passed with warnings. $warnings is a number; $checks the ids of
## the checks that warned, joined by ", ".

wizard-note-passed-with-warnings =
    passed with { $warnings ->
        [one] { $warnings } warning
       *[other] { $warnings } warnings
    } ({ $checks })
wizard-note-preflight-passed-with-warnings =
    Preflight: passed with { $warnings ->
        [one] { $warnings } warning
       *[other] { $warnings } warnings
    } ({ $checks })
wizard-note-new-passed-with-warnings =
    The new value passed with { $warnings ->
        [one] { $warnings } warning
       *[other] { $warnings } warnings
    } ({ $checks })

## The heading of each step, with where it stands in the list. $n and $total are numbers; $step
## is the step's id (welcome, app_registration, …); $title a Marketo step's name.

wizard-step-heading = ── Step { $n } of { $total }: { $name } ──
# A step's name by its id.
wizard-step-name =
    { $step ->
        [welcome] Welcome and profile
        [app_registration] App registration
        [credentials] Client ID and secret
        [sync_user] Sync user and org
        [preflight] Preflight checks
        [org_guard] Org URL guard
        [save] Save
        [marketo] Marketo
        [summary] Summary
       *[other] { $step }
    }
wizard-marketo-step-heading = ── Marketo, step { $n } of { $total }: { $title } ──

## Where Marketo's Dynamics page is: before the first sync under CRM, afterwards under Integration.

wizard-marketo-place-first-time = Admin → CRM → Microsoft
wizard-marketo-place-update = Admin → Integration → Microsoft Dynamics
# In place of the predicted checklist in a resumed rotation (its new value is not sent again).
wizard-passed-before-stop = (the new value passed dynsync's checks before the stop, so Marketo should show seven green checks)
# A date typed in the portal's M/D/YYYY form, read back so a day-first reading is caught.
wizard-expiry-read-as = {"  "}Read as { $date } (year-month-day).

## setup --yes (no terminal): the org guard's name from --confirm-org, and only what was done
## called done.

wizard-confirm-org-missing = --confirm-org UNIQUE_NAME is required with --yes: it stands for typing the org's unique name at the org guard (the org URL cannot be changed in Marketo later). Run `dynsync validate` to see the org's unique name.
wizard-confirm-org-mismatch = --confirm-org { $given } is not the unique name of the org at { $url }, which is { $unique }: nothing was saved. Check the org URL, or pass --confirm-org { $unique } if this is the org Marketo must sync with.
wizard-confirm-org-unreadable = --confirm-org cannot be checked: the unique name of the org at { $url } could not be read (see the dynamics.organization check). Run `dynsync setup` on a terminal to confirm the org explicitly; nothing was saved.
wizard-marketo-intro-checklist = Still to do in Marketo, by hand (dynsync cannot click there, and without a terminal it cannot wait for you): tick each step as you go.
wizard-summary-checked =
    Checked and saved: { $profile } connects Marketo with { $org_url } as { $username } once the Marketo steps above are done (they are not done yet).
      client ID:       { $client_id }
      secret expires:  { $expires }
      When the secret or the password changes: { $rotate }
    {""}

## A demo that keeps its progress until it completes (in a "demo-setup" directory beside the
## profiles), so a stop can be rehearsed.

wizard-welcome-continue-demo-kept =
    This is the demo: it keeps its progress until it completes, so you can rehearse a stop (Ctrl-C) and continue with:
    {"    "}{ $resume }
# Before the path is asked: where Marketo shows the connection in each case.
wizard-path-where = {"  "}First time, Marketo shows it under Admin → CRM → Microsoft; once it has synced, under Admin → Integration → Microsoft Dynamics.
# setup --demo --resume when the demo kept nothing to resume.
wizard-no-demo-to-resume = there is no stopped demo to resume; start one with `dynsync setup --demo`
## Server-to-Server (S2S): the application user instead of a sync user, Marketo's "Web API"
## connection, and the switch of an existing connection (Adobe's "Reconfigure Dynamics
## Authentication Method"), with the 15 minutes Marketo needs after Switch (issue 14).

# $auth is password or s2s.
wizard-note-auth = Sign-in: { $auth }
# Asked after the path, when --auth was not given.
wizard-ask-auth = How will Marketo sign in to Dynamics?
wizard-auth-password = A licensed sync user with its password (Marketo's default)
wizard-auth-s2s = Server-to-Server (S2S): the app as a Dataverse application user, no password (recommended when MFA or Conditional Access is enforced)
wizard-reconfigure-note = This switches the existing connection to S2S: in Marketo that is "Reconfigure Dynamics Authentication Method", with the sync disabled and a 15-minute wait after Switch before it is enabled again.
wizard-ask-app-user-email = The application user's email address (Marketo's Username for S2S, e.g. marketo-app@contoso.com)
# $client_id is the app's client ID; $email the application user's email; $profile the profile.
wizard-app-user-steps =
    The application user (Dynamics), if it does not exist yet:
      1. Power Platform admin center → Environments → the environment → Settings → Users + permissions → Application users → New app user.
      2. Add an app → the app { $client_id } → the business unit (the root one) → Create.
      3. Edit security roles → "Marketo Sync User" → Save; give it the email { $email }.
      4. Dynamics → Settings → Marketo Config → Default → Marketo User: the application user → Save.
    Or, once the profile is saved, let dynsync do steps 1–4 with a Dynamics admin's sign-in:
        dynsync fix --profile { $profile }
wizard-note-app-user = Application user { $email } for { $org }
wizard-marketo-edit-credentials-s2s =
    Marketo: { $where } → Edit (credentials), choose Web API (Server to Server) and enter exactly:
      Username:       { $username } (the application user's email)
      Client ID:      { $client_id }
      Client Secret:  (the secret's Value)
      Tenant ID:      { $tenant }
      URL:            { $org_url }
    → Save.
wizard-marketo-reconfigure =
    Marketo: Admin → Microsoft Dynamics → Reconfigure New Auth Method → choose Web API, and enter all the credentials again:
      Username:       { $username } (the application user's email)
      Client ID:      { $client_id }
      Client Secret:  (the secret's Value)
      Tenant ID:      { $tenant }
      URL:            { $org_url }
    → Validate (all green) → Switch → Confirm → Confirm → OK.
    Marketo then takes 15 minutes to accept the new method: dynsync counts them from when you click Done here.
wizard-marketo-wait-switch = Wait 15 minutes after Switch before enabling the sync again (Marketo needs them to accept the new authentication method).
# $minutes left, $until the time (UTC) the wait ends.
wizard-switch-waiting = Marketo accepts the new authentication method 15 minutes after Switch: { $minutes } min left, until { $until } UTC. (Stopped now, `--resume` continues the wait.)
wizard-switch-wait-over = The 15 minutes after Switch are over: the sync can be enabled.
wizard-note-switch-waited = waited 15 minutes after Switch
wizard-label-tenant-id = Tenant ID
wizard-label-app-user-email = Username (the application user's email)
wizard-rotate-s2s-no-password = This profile signs in with S2S (an application user): it has no password to rotate, only its client secret (--what client-secret).
wizard-fix-for-me = Fix it for me (sign in as a Dynamics admin)
# $applied and $failed are counts of changes.
wizard-note-fixed-for-me = fixed with a Dynamics admin's sign-in: { $applied } change(s) made, { $failed } refused

## Setup's "Create it for me": the app registration done through Microsoft Graph (src/wizard/steps/app_registration.rs)

wizard-how-register = How should the app registration be made?
wizard-create-for-me = Create it for me (sign in as an Azure admin)
wizard-guide-in-portal = Guide me through the Azure portal
wizard-create-for-me-intro = An Azure admin (Application Administrator or Cloud Application Administrator) signs in for this run only; dynsync then registers the app, its service principal and admin consent, and puts a new client secret straight into the keyring. Nothing is typed and the secret is never shown.
wizard-note-app-created = app registration made through Graph: client ID { $client_id }, secret expires { $expires }
wizard-made-secret-used = Client ID { $client_id } and the new client secret (in the keyring, never shown) are filled in from the app just made.

## rotate --create-secret: what becomes of the old client secret (src/wizard/rotate/finish.rs)

# $key_id the old secret's key id (Secret ID); $confirm "yes" when dynsync asks before removing it, "no" with --remove-old.
wizard-rotate-old-removed-next =
    { $confirm ->
        [yes] Next, dynsync removes the old client secret { $key_id } from the app, once you confirm: nothing to delete in the portal.
       *[no] Next, dynsync removes the old client secret { $key_id } from the app (--remove-old): nothing to delete in the portal.
    }

## Setup's "Create it for me", resumed: what the checkpoint records is not made again (src/wizard/steps/app_registration.rs)

# $org the org URL the registration was started for.
wizard-registration-continued = Continuing the app registration dynsync started for { $org }: what the checkpoint records as made is neither made again nor asked of Graph again.
# $client_id the app's Application (client) ID.
wizard-registration-recorded = The app registration is already made and recorded (client ID { $client_id }; its secret is in the keyring): no admin sign-in needed.

## Marketo's credentials screen after "Create it for me": the secret dynsync made was never shown.

wizard-marketo-secret-never-shown = The client secret's Value was made by dynsync and never shown: choose "{ wizard-step-copy }" → Client Secret to send it to the terminal's clipboard, and paste it into Marketo.
