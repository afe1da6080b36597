### commands
# What the commands print (src/commands): profile, validate, explain, the demo banners.
# Names, values, paths and texts from servers come in as arguments; $name is a profile's name.
# A line indented deeper than the message's first keeps the extra spaces; a line that starts
# with "[" writes it {"["}; a last line {""} keeps a final line break.

## Shared by several commands

# Hidden prompts for the secrets.
commands-ask-client-secret = Client secret (the Value, not the Secret ID)
commands-ask-password = Password of the sync user
commands-ask-password-of = Password of { $username }

## profile set (src/commands/profile/set.rs)

commands-profile-created = Created profile { $name }
commands-profile-updated = Updated profile { $name }
commands-profile-set-next = Next: dynsync profile store-secret { $name } client-secret; dynsync profile store-secret { $name } password
# Followed by the refused fields, one per line.
commands-profile-nothing-saved = nothing was saved:
# $value: the value as typed, in quotes.
commands-profile-not-a-secret-id = { $value } is not a GUID (the portal's Secret ID column)
commands-profile-hint-too-long = at most 3 characters: the portal shows only the first 3 of a secret, and more would leak it
commands-profile-not-a-file = { $path } is not a file

## profile list (src/commands/profile/list.rs): the column headings, then the cells

commands-profile-none =
    No profiles yet. Create one:
      dynsync profile set NAME --client-id GUID --username UPN --org-url URL
commands-profile-column-name = NAME
commands-profile-column-org = ORG
commands-profile-column-user = USER
commands-profile-column-last-validation = LAST VALIDATION
commands-profile-column-secret-expires = SECRET EXPIRES
# $at: date and time of the last validation (local time, with its offset from UTC).
commands-profile-last-ok = ok { $at }
commands-profile-last-failed = FAILED { $at }
commands-profile-never = never
# $date: the secret's expiry date; $days: days until it, or since it.
commands-profile-expires-in =
    { $date } ({ $days ->
        [one] { $days } day
       *[other] { $days } days
    })
commands-profile-expired =
    { $date } (expired { $days ->
        [one] { $days } day
       *[other] { $days } days
    } ago)
commands-profile-expiry-unknown = unknown
# When the keyring cannot be read.
commands-profile-keyring-warning = warning: { $error } (secrets are shown as not stored)

## profile show (src/commands/profile/show.rs): a heading, then a line per setting

commands-profile-show-heading = Profile { $name }
commands-profile-show-org-url = org URL
commands-profile-show-username = username
commands-profile-show-client-id = client ID
commands-profile-show-tenant = tenant
commands-profile-show-cloud = cloud
commands-profile-show-authority-host = authority host
commands-profile-show-ca-bundle = CA bundle
commands-profile-show-secret-id = secret ID
commands-profile-show-secret-hint = secret hint
commands-profile-show-secret-expires = secret expires
commands-profile-show-password-changed = password changed
commands-profile-show-client-secret = client secret
commands-profile-show-password = password
commands-profile-show-last-validation = last validation
commands-profile-show-days-left =
    { $date } ({ $days ->
        [one] { $days } day
       *[other] { $days } days
    } left)
commands-profile-show-stored = stored in the OS keyring
commands-profile-show-not-stored = not stored
# $at: date and time (RFC 3339); $code: the exit code.
commands-profile-show-passed = passed at { $at } (exit { $code })
commands-profile-show-failed = failed at { $at } (exit { $code })

## profile store-secret (src/commands/profile/store_secret.rs)

# $which: the word as typed, in quotes.
# $problem and $fix: what the input check said.
commands-profile-secret-refused = { $problem }; nothing was stored. { $fix }
# $kind: client-secret or password; $service and $account: the keyring entry.
commands-profile-secret-stored = Stored the { $kind } of { $name } in the OS keyring (service { $service }, account { $account }).

## profile remove (src/commands/profile/remove.rs)

commands-profile-remove-needs-confirmation = removing { $name } needs confirmation: run on a terminal or pass --yes
commands-profile-remove-confirm = Remove profile { $name } and its keyring entries?
commands-profile-kept = Kept { $name }.
commands-profile-removed = Removed profile { $name } and its keyring entries.

## validate (src/commands/validate.rs)

# The heading over the report. $host: the org's host; $who: the sync user.
commands-validate-heading = Checking { $host } for { $who }
commands-validate-heading-inputs = Checking the inputs
commands-validate-no-profiles = there are no profiles yet: create one with `dynsync profile set NAME --client-id … --username … --org-url …`
commands-validate-secrets-stdin-tty = --secrets-stdin reads from a pipe, not a terminal: pipe the secret and the password in, or leave the flag out to be asked
# A keyring that cannot be read: the secrets are looked for elsewhere.
commands-keyring-warning =
    warning: { $error }
    { errors-headless-help }
commands-validate-record-failed = warning: could not record the validation in the profile: { $error }
# With -v after a demo run.
commands-validate-demo-stats =
    {"["}demo] the simulator served { $requests ->
        [one] { $requests } request
       *[other] { $requests } requests
    } over { $connections ->
        [one] { $connections } TLS connection
       *[other] { $connections } TLS connections
    }

## validate --all: one line per profile, then a summary

commands-validate-all-progress =
    validating { $count ->
        [one] { $count } profile
       *[other] { $count } profiles
    }…
# A profile's line when no check failed; $warnings is a number.
commands-validate-all-passed =
    { $warnings ->
        [0] all checks passed
        [one] passed with { $warnings } warning
       *[other] passed with { $warnings } warnings
    }
commands-validate-all-summary =
    { $total ->
        [one] { $total } profile
       *[other] { $total } profiles
    }: { $passed } passed, { $failed } failed.

## validate --demo

commands-demo-scenarios-heading = Demo scenarios (dynsync validate --demo --scenario NAME):
# $name: the scenario as typed, in quotes.
commands-unknown-scenario = unknown demo scenario { $name }; list them with: dynsync validate --demo --list-scenarios
# What the demo types as the client secret and the password ($secret_note, $password_note).
commands-demo-secret-value = the demo app's secret Value
commands-demo-secret-id = the Secret ID { $secret_id } (pasted by mistake)
commands-demo-wrong-value = a wrong value
commands-demo-password = the sync user's password
commands-demo-wrong-password = a wrong password
# $scenario and $about: the scenario's name and what it shows.
commands-validate-demo-banner =
    Demo tenant (simulated Azure AD + Dataverse on loopback HTTPS; nothing leaves this machine)
    scenario:       { $scenario } — { $about }
    client ID:      { $client_id }
    client secret:  { $secret_note } (never printed)
    username:       { $username }
    password:       { $password_note } (never printed)
    org URL:        { $org_url }
    {""}

## explain (src/commands/explain.rs)

commands-explain-nothing-found = no Azure AD error found in the input: paste the error body (JSON) or a message containing AADSTSnnnnn
# $code: the argument as typed, in quotes.
commands-explain-not-a-code = { $code } is not an AADSTS code: pass e.g. AADSTS50126, 50126, or - to read a pasted error
# Before the remedy's lines.
commands-explain-what-to-do = What to do:
# $field: the name of the input to enter again.
commands-explain-reenter = Input to re-enter: { $field }

## The demo tenant behind --demo and demo-tenant (src/commands/mod.rs, demo_tenant.rs)

commands-no-demo = this dynsync was built without the demo tenant (cargo feature `demo`)
commands-demo-no-config-dir = could not create a throwaway config directory: { $error }
commands-demo-tenant-cannot-write-ca = cannot write the demo CA to { $path }: { $error }
# $url: the simulator's address; $ca: its certificate file; $client_secret and $password: the
# scenario's demo values (accepted only by the simulator).
commands-demo-tenant-banner =
    Demo tenant at { $url } — scenario { $scenario }: { $about }
    Its certificate is in { $ca }. Ctrl-C stops it.

    From another terminal (the secret and password below are the simulator's own demo values,
    accepted by nothing else):

      dynsync profile set demo --client-id { $client_id } --username { $username } \
          --org-url { $url } --authority-host { $url } --ca-bundle { $ca }
      printf '%s\n' '{ $client_secret }' | dynsync profile store-secret demo client-secret
      printf '%s\n' '{ $password }' | dynsync profile store-secret demo password
      dynsync validate --profile demo

    (The loopback org URL is not a Dynamics Online host, so the input check warns about it.)
commands-demo-tenant-stopped =
    demo tenant stopped after { $requests ->
        [one] { $requests } request
       *[other] { $requests } requests
    }

## setup --demo and rotate --demo (src/commands/setup.rs, rotate.rs)

# $unique_name: the demo org's unique name, typed to confirm the org.
commands-setup-demo-banner =
    Demo: the wizard against a simulated tenant (scenario { $scenario } — { $about }). Nothing real is touched:
    { $storage }
    Type these demo values when asked (they work only with the simulator):
      Application (client) ID:  { $client_id }
      client secret Value:      { $client_secret }
      sync user:                { $username }
      password:                 { $password }
      org URL:                  { $org_url }
      org unique name:          { $unique_name }
    {""}
# $profile: the demo profile's name; $secret: the value to type.
commands-rotate-demo-banner =
    Demo: a rotation of the profile "{ $profile }" on a simulated tenant: { $storage }
    When asked for the new client secret Value, type: { $secret }
    (Azure AD takes a moment to accept a new secret; the demo shows the retry.)
    {""}
commands-rotate-demo-needs-terminal = rotate --demo is interactive and needs a terminal
# --demo with connection flags, env vars or secrets in the environment; $given lists them.
commands-demo-refuses-connection = --demo uses the demo tenant's own connection, so these would be ignored: { $given }. Leave them out (unset the variables) for the demo, or leave --demo out to use them

## profile remove without a usable keyring (src/commands/profile/remove.rs): the settings are
## removed, the keyring entries may remain.

commands-profile-removed-settings = Removed the settings of profile { $name }.
# $error: why the keyring could not be used; $entries: the accounts left, comma-separated;
# $commands: one system command per entry, one a line.
commands-profile-remove-keyring-left =
    warning: { $error }
    The keyring entries { $entries } (service { $service }) could not be checked or removed. Once the keyring works, remove them with:
    { $commands }
    or let dynsync do it: `dynsync profile set { $name }`, then `dynsync profile remove { $name } --yes`.
# `explain -` on a terminal: how to end the paste.
commands-explain-paste-hint = Paste the error (JSON or text), then press Ctrl-D on a line of its own (Ctrl-Z then Enter on Windows).

## man

commands-man-no-dir = could not create the directory { $dir }: { $error }
commands-man-not-written = could not write { $path }: { $error }
commands-man-written = { $pages ->
    [one] Wrote 1 manual page to { $dir }.
   *[other] Wrote { $pages } manual pages to { $dir }.
}

## The demo scenarios (dynsync validate --demo --list-scenarios): commands-scenario-<name>

commands-scenario-ok = everything is set up: every check passes
commands-scenario-federated-no-hrd = the user's domain is federated (AD FS) and no Home Realm Discovery policy lets Azure AD check passwords
commands-scenario-federated-hrd = federated domain with the HRD policy and password hash sync in place: works, with a warning
commands-scenario-mfa = Conditional Access requires MFA for the sync user
commands-scenario-secret-id-pasted = the Secret ID was pasted instead of the secret's Value (caught before any request)
commands-scenario-expired-secret = the client secret has expired
commands-scenario-wrong-password = the sync user's password is wrong (managed domain)
commands-scenario-locked-out = smart lockout has locked the sync user: stop, do not retry
commands-scenario-no-consent = admin consent for Dynamics CRM user_impersonation was never granted
commands-scenario-public-client = "Allow public client flows" is Yes on the app registration
commands-scenario-not-in-org = the environment refuses the sync user's token (Dataverse answers 401)
commands-scenario-user-disabled = the sync user is disabled in Dynamics
commands-scenario-user-settings = the sync user is non-interactive and its UI language is French
commands-scenario-missing-role = the sync user lacks the Marketo Sync User role
commands-scenario-team-role = the sync user has the role through a team
commands-scenario-no-solution = the Marketo Lead Management solution is not installed
commands-scenario-old-solution = an old solution version (before 4.0.0.14) is installed
commands-scenario-disabled-step = one of the solution's plug-in steps was deactivated
commands-scenario-config-other-user = Marketo Config "Default" names another user (the roles are fine): Marketo's role item turns red too
commands-scenario-config-unset = Marketo Config "Default" names no user
commands-scenario-slow = everything is set up, but every response takes a while (default 400 ms; --latency-ms to change)
commands-scenario-user-not-member = the sync user is not a member of the Dynamics environment (Dataverse answers 403 0x80072560): dynamics.whoami fails
commands-scenario-no-read-privilege = the sync user may not read solutions, plug-in steps, solution components or table definitions (403 0x80040220): those checks are skipped, each with its manual check
commands-scenario-challenge-any-case = the org's sign-in challenge comes in mixed case, quoted, after a Negotiate challenge: the tenant is still found (every check passes)
commands-scenario-org-probe-503 = the org answers its sign-in probe with HTTP 503 (every try): could not be checked, try again later (exit 3)
commands-scenario-user-other-tenant = the sync user's domain belongs to another tenant than the org's: the tenant check fails naming both (exit 1)
commands-scenario-entity-join-refused = the org refuses the FetchXML join from entity to solutioncomponent (HTTP 400): Marketo Config is found through the metadata API (every check passes)
commands-scenario-user-french = the sync user's UI language is French (Adobe asks for English)
commands-scenario-s2s-ok = Server-to-Server: the app signs in with its client credentials as its application user, which has the role and is Marketo Config's user: every check passes
commands-scenario-s2s-no-app-user = Server-to-Server: the environment has no application user for the app (Dataverse refuses its token): create it (dynsync fix)
commands-scenario-s2s-no-role = Server-to-Server: the application user has no security role
commands-scenario-s2s-app-user-disabled = Server-to-Server: the application user is disabled
commands-scenario-s2s-mfa-user = MFA is enforced on the sync user: the password grant is refused (AADSTS50076) while the app's application user works (try --auth s2s)
## validate --all: where to see the details of a profile that failed or warned.

commands-validate-all-details = Details of { $profile }: dynsync validate --profile { $profile }

## demo-tenant refuses the global --config-dir (it keeps no profiles).

commands-demo-tenant-no-config-dir = demo-tenant keeps no profiles: run the profile commands in another terminal with --config-dir, and point them at the demo tenant with --authority-host, --org-url and --ca-bundle as its banner shows

## Where a demo keeps its profile and progress ($storage in the demo banners).

commands-demo-storage-throwaway = profiles go to a throwaway directory and secrets to an in-memory keyring, both gone at the end.
commands-demo-storage-kept = the demo's profile and progress are kept in { $dir } until the demo completes (then removed), so a stop can be resumed; secrets go to an in-memory keyring (the demo's own values, put back on a resume).

## Server-to-Server (S2S) and `dynsync fix` (issue 14).

# The demo banner's password line for an S2S scenario.
commands-demo-s2s-no-password = none: S2S signs in with the app's client credentials
# `profile show`: how the connection signs in (password | s2s).
commands-profile-show-auth = sign-in
