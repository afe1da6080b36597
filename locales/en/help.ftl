# dynsync's --help: every command's about (help-<command>-about, its long form .long, its
# epilogue .after) and every argument's help (help-arg-<argument> where every command says the
# same, help-<command>-arg-<argument> where one says it its own way; .long, and .value-<value>
# for a possible value). <command> is the subcommand path joined by "-" (dynsync for the top).
# src/help.rs applies them; a test keeps the English ones identical to the doc comments.

## Commands

help-dynsync-about = Set up and check the Marketo ⇄ Microsoft Dynamics 365 sync credentials
    .long =
        dynsync checks, before anything is saved in Marketo, that the credentials of the Marketo ⇄ Dynamics 365 sync work: it runs the same Azure AD password grant Marketo runs, checks Dynamics with the resulting token, and predicts Marketo's own "Validate Sync Setup" checklist.

        Try it without an Azure tenant: dynsync setup --demo
    .after =
        { help-exit-codes }
help-setup-about = The guided setup: app registration, credentials, checks, and the Marketo steps, resumable
    .after =
        { help-exit-codes }
help-validate-about = Check the sync credentials against Azure AD and Dynamics, without touching Marketo
    .after =
        Secrets are never accepted as flags. The client secret comes from DYNSYNC_CLIENT_SECRET, the
        password from DYNSYNC_PASSWORD, both from --secrets-stdin (line 1 secret, line 2 password), or,
        on a terminal, from a hidden prompt.

        Examples:
          dynsync validate --demo
          dynsync validate --demo --scenario federated-no-hrd
          dynsync validate --client-id 2b7f0e4c-9a1d-4c3e-8f5b-6d7e8f9a0b1c --username marketo.sync@contoso.com \
                           --org-url https://contoso.crm.dynamics.com
          printf '%s\n%s\n' "$SECRET" "$PASSWORD" | dynsync validate --secrets-stdin --json ...

        { help-exit-codes }
help-rotate-about = Put a rotated client secret (or a changed password) into service without downtime
    .after =
        { help-exit-codes }
help-explain-about = Explain an Azure AD error: a code (AADSTS50126 or 50126), or `-` to read a pasted error from stdin
    .after =
        { help-exit-codes }
help-profile-about = Manage profiles: one per Marketo ⇄ Dynamics connection (secrets in the OS keyring)
help-profile-list-about = List the profiles: org, user, last validation, secret expiry
help-profile-show-about = Show one profile's settings and whether each secret is stored (never the secret)
help-profile-set-about = Create a profile or change its non-secret settings
help-profile-store-secret-about = Store the client secret or the password in the OS keyring (hidden prompt, or stdin without a terminal)
help-profile-remove-about = Remove a profile and its keyring entries
help-demo-tenant-about = Run the demo tenant (simulated Azure AD + Dataverse) on loopback until Ctrl-C, to rehearse profiles and scripts against it from another terminal
help-completions-about = Print the shell completion script for bash, zsh, fish, PowerShell or elvish
help-man-about = Print the manual page, or write every page (one per subcommand) to a directory

## Arguments said the same wherever they appear

help-arg-all = Validate every profile, concurrently
help-arg-authority-host = Replace the cloud's login host (proxies, tests); http only for loopback
help-arg-ca-bundle = Extra CA certificates (PEM) to trust besides the system's (e.g. TLS inspection)
help-arg-ca-file = Write the demo CA certificate here (default: a file in the temp directory, removed on exit)
help-arg-client-id = Application (client) ID of the app registration (a GUID; not the object ID)
help-arg-cloud = National cloud; inferred from the org URL's domain when left out
    .value-public = Commercial cloud (login.microsoftonline.com, *.crmN.dynamics.com)
    .value-usgov = US Government Community Cloud (GCC): commercial login host, *.crm9.dynamics.com
    .value-usgovhigh = US GCC High (login.microsoftonline.us, *.crm.microsoftdynamics.us)
    .value-dod = US DoD (login.microsoftonline.us, *.crm.appsplatform.us)
    .value-china = China, operated by 21Vianet (login.partner.microsoftonline.cn, *.crm.dynamics.cn)
help-arg-code = AADSTS50126, 50126, or - to read an error body or message from stdin
help-arg-config-dir = Where profiles are kept (default: the platform config directory, e.g. ~/.config/dynsync)
help-arg-deadline = Time limit of a whole check run, in seconds (default 45): requests and retries stop there and the report says what it has (exit 3 if that is all that failed)
help-arg-existing-app = The app registration already exists (skip the guided registration)
help-arg-expiry-warning-days = Warn when the client secret expires within this many days
help-arg-jobs = With --all: how many profiles to validate at once
help-arg-json = Print JSON
help-arg-lang = The language of what dynsync says (en, fr, ko, nl, zh-CN; default: DYNSYNC_LANG, then the locale: LC_ALL, LC_MESSAGES, LANG)
help-arg-list-scenarios = With --demo: list the scenarios and exit
help-arg-marketo-done = An operator already entered the new value in Marketo: only check it and update the keyring and the profile (for scripts; works without a terminal)
help-arg-name = The profile
help-arg-org-url = The Dynamics org URL, e.g. https://contoso.crm.dynamics.com (other forms are normalised)
help-arg-password-changed = When the sync user's password last changed (YYYY-MM-DD)
help-arg-path = First-time connection or updating an existing one (asked when left out)
help-arg-port = Listen on this loopback port (default: any free port)
help-arg-replication-retries = How often to try a brand-new secret again while Azure AD replicates it
help-arg-replication-wait = Seconds between those tries
help-arg-secret-hint = The first characters of the secret as the portal shows them (at most 3)
help-arg-secret-key-id = The client secret's Secret ID (a GUID), to recognise it in the portal
help-arg-tenant = Directory (tenant) ID or verified domain; discovered from the org URL when left out
help-arg-timeout = Timeout per request, in seconds
help-arg-username = The sync user's user principal name, e.g. marketo.sync@contoso.com
help-arg-verbose = Log every HTTP request (method, URL without query values, status, time) to stderr. Never secrets
help-arg-what = Which credential (asked when left out)
help-arg-which = Which secret
    .value-client-secret = The app registration's client secret (its Value)
    .value-password = The sync user's password
help-arg-dir = Write every page (dynsync.1 and one per subcommand) to DIR instead of dynsync.1 to stdout
help-arg-profile-names = Print the profile names, one a line (what the scripts call to complete --profile)
help-arg-shell = The shell to complete for

## Arguments a command describes its own way

help-profile-set-arg-ca-bundle = Extra CA certificates (PEM) to trust besides the system's (stored as an absolute path)
help-setup-arg-demo = Rehearse the whole wizard against the built-in demo tenant (throwaway config, in-memory keyring)
help-validate-arg-demo = Run against the built-in demo tenant (a simulated Azure AD + Dataverse on loopback HTTPS)
help-rotate-arg-demo = Rehearse a rotation against the demo tenant (throwaway config, in-memory keyring)
help-validate-arg-json = Print one JSON document on stdout (always, whatever the outcome)
help-validate-arg-latency-ms = With --demo: delay every simulated response by this many milliseconds
help-demo-tenant-arg-latency-ms = Delay every response by this many milliseconds
help-profile-set-arg-name = Profile name: letters, digits, '.', '_' or '-'
help-setup-arg-profile = The profile to set up (asked when left out)
help-validate-arg-profile = Take the inputs from this profile and the OS keyring; flags and env vars override field by field
help-rotate-arg-profile = The profile whose credential changes (asked when there are several)
help-setup-arg-resume = Continue an unfinished setup (the latest one, or --profile's)
help-rotate-arg-resume = Continue an unfinished rotation
help-setup-arg-scenario = With --demo: the demo scenario (see `dynsync validate --demo --list-scenarios`)
help-validate-arg-scenario = The demo scenario (see --list-scenarios)
help-demo-tenant-arg-scenario = The scenario to serve (see `dynsync validate --demo --list-scenarios`)
help-setup-arg-secret-expires = The client secret's expiry date (YYYY-MM-DD, or M/D/YYYY as the Azure portal shows it)
help-validate-arg-secret-expires = The client secret's expiry date (YYYY-MM-DD), for the secret.expiry check (else the profile's)
help-rotate-arg-secret-expires = The new client secret's expiry date (YYYY-MM-DD, or M/D/YYYY as the Azure portal shows it)
help-profile-set-arg-secret-expires = The client secret's expiry date (YYYY-MM-DD), as the portal shows it
help-validate-arg-secrets-stdin = Read the client secret (line 1) and the password (line 2) from stdin
help-rotate-arg-secrets-stdin = Read the new value from stdin (line 1) instead of a prompt
help-setup-arg-transcript = Append a Markdown record of what was done and when (no secrets) to FILE
help-rotate-arg-transcript = Append a Markdown record (no secrets) to FILE
help-setup-arg-yes = Without a terminal: take every input from flags and env vars, save the profile, and print the Marketo steps as a checklist
help-profile-remove-arg-yes = Do not ask for confirmation

## Shared text

help-exit-codes =
    Exit codes:
      0    every check passed (warnings allowed)
      1    a check failed
      2    invalid input: nothing was sent
      3    a service could not be reached or answered unexpectedly (timeout, refused, 5xx, not JSON, TLS)
      130  interrupted (Ctrl-C, SIGTERM or SIGHUP)

## clap's own words (used in every language but English, where clap's own are shown)

help-clap-usage = Usage:
help-clap-options = Options
help-clap-arguments = Arguments
help-clap-commands = Commands
help-clap-help = Print help
help-clap-help-more = Print help (see more with '--help')
help-clap-help-summary = Print help (see a summary with '-h')
help-clap-version = Print version
help-clap-help-command = Print this message or the help of the given subcommand(s)
help-clap-help-command-arg = Print help for the subcommand(s)
help-clap-default = [default: { $value }]
help-clap-env = [env: { $var }]
help-clap-possible = [possible values: { $values }]
help-clap-possible-long = Possible values:

## clap's errors (a command line it refuses), in every language but English

help-clap-error = error: { $error }
help-clap-argument-conflict = the argument '{ $arg }' cannot be used with '{ $other }'
help-clap-argument-repeated = the argument '{ $arg }' cannot be used multiple times
help-clap-no-equals = equal sign is needed when assigning values to '{ $arg }'
help-clap-value-required = a value is required for '{ $arg }' but none was supplied
help-clap-invalid-value = invalid value '{ $value }' for '{ $arg }'
help-clap-value-validation = invalid value '{ $value }' for '{ $arg }': { $error }
help-clap-invalid-subcommand = unrecognized subcommand '{ $name }'
help-clap-missing-required = the following required arguments were not provided:
help-clap-missing-subcommand = '{ $name }' requires a subcommand but one was not provided
help-clap-subcommands = [subcommands: { $values }]
help-clap-too-many = unexpected value '{ $value }' for '{ $arg }' found; no more were expected
help-clap-too-few = { $expected } values required by '{ $arg }'; only { $actual ->
    [one] { $actual } was provided
   *[other] { $actual } were provided
}
help-clap-wrong-number = { $expected } values required for '{ $arg }' but { $actual ->
    [one] { $actual } was provided
   *[other] { $actual } were provided
}
help-clap-unknown-argument = unexpected argument '{ $arg }' found
help-clap-similar = tip: did you mean '{ $names }'?
help-clap-more-info = For more information, try '{ $help }'.

## Added with setup --confirm-org and demo-tenant's refusal of --config-dir

help-arg-confirm-org = The org's unique name (e.g. org1a2b3c4d), confirmed instead of typing it at the org guard; required with --yes. A name that is not the org's stops the setup before anything is saved
help-dynsync-arg-config-dir = Where profiles are kept (default: the platform config directory, e.g. ~/.config/dynsync)
help-demo-tenant-arg-config-dir = Not offered: the demo tenant keeps no profiles (this stands in for the global flag, hidden, and refuses it by name)

## Added with app create, app show, the admin sign-in and rotate --create-secret

help-app-about = Register the sync's app in Azure AD through Microsoft Graph, signed in as an Azure admin for this run (`app create`), or show it as Azure AD has it (`app show`)
help-app-create-about = Register the sync's app in Azure AD for you (sign in as an Azure admin): the app, its service principal, admin consent, a client secret straight into the keyring, the HRD policy for a federated user, then validate. Idempotent: a re-run changes only what is missing
    .after =
        { help-exit-codes }
help-app-show-about = Show the app registration as Azure AD has it (sign in as an Azure admin): permissions, consent, service principal, every client secret, the HRD policy; corrects the profile's recorded expiry
    .after =
        { help-exit-codes }
help-arg-admin-client-id = The public client the Azure admin signs in with (default: the Azure CLI's, 04b07795-8ddb-461a-bbee-02f9e1bf7b46); for tenants that block first-party clients
help-arg-create-secret = Create the new client secret through Microsoft Graph (an Azure admin signs in), validate it and keep it pending; with --print-secret its Value is written alone on stdout for a script to deliver to Marketo. Then: rotate --profile P --resume --marketo-done [--remove-old]
help-arg-device-code = Sign the Azure admin in with a device code (a code and a URL on stderr, to enter on any device) instead of the browser; also used when no browser can be opened
help-arg-graph-host = Replace the cloud's Microsoft Graph host (proxies, tests); http only for loopback
help-arg-hrd = The Home Realm Discovery policy that lets Azure AD check a federated user's password
    .value-auto = Only for a sync user on a federated domain (`--username` needed to tell)
help-arg-new-secret = Add a client secret even when the profile's stored one is still on the app
help-arg-password-stdin = Read the sync user's password from stdin (to validate the new credentials)
help-arg-remove-old = With --resume --marketo-done, after a --create-secret: remove the old client secret (the profile's, by its key id) from the app once the new one is in service
help-arg-secret-months = How many months the new client secret lives (default 12)
help-app-create-arg-demo = Run against the built-in demo tenant: a simulated admin and directory, nothing real
help-app-show-arg-demo = Run against the built-in demo tenant (registers the demo app first, as `app create --demo`)
help-app-create-arg-json = Print one JSON document on stdout
help-app-show-arg-json = Print one JSON document on stdout
help-app-create-arg-name = The app registration's display name
help-app-create-arg-org-url = The Dynamics org URL, e.g. https://contoso.crm.dynamics.com (its tenant is found from it)
help-app-show-arg-org-url = The Dynamics org URL, e.g. https://contoso.crm.dynamics.com (its tenant is found from it)
help-rotate-arg-print-secret = With --create-secret: write the new secret's Value alone on stdout (for scripts)
help-app-create-arg-print-secret = Write the new secret's Value alone on stdout (for a pipe) instead of the keyring
help-app-create-arg-profile = The profile the app goes into (created if it does not exist): client ID, tenant, key id, hint and expiry in the profile, the secret's Value in the OS keyring
help-app-show-arg-profile = The profile whose app is shown (its org, tenant and client ID)
help-rotate-arg-replication-wait = Seconds between those tries
help-app-create-arg-replication-wait = How long to wait for Azure AD to replicate a new app or secret, in seconds
help-app-create-arg-secret-expires = When the new client secret expires (YYYY-MM-DD)
help-app-create-arg-username = The sync user (UPN): decides the HRD policy (federated domain) and lets the new credentials be validated

## Added with S2S (--auth) and dynsync fix

help-fix-about = Repair the Dynamics side (role, Marketo Config user, plug-in steps, UI language, the application user) with a Dynamics admin's sign-in, then check again
    .after =
        The changes are made with a Dynamics admin's sign-in (the Dataverse System Administrator role),
        in the browser or with --device-code; the admin's token is kept in memory for this run only.

        Examples:
          dynsync fix --profile contoso-prod --dry-run
          dynsync fix --profile contoso-prod --device-code
          dynsync fix --profile contoso-prod --yes --json
          dynsync fix --demo --scenario s2s-no-app-user --yes
help-arg-dry-run = Show the plan and stop: nothing is changed
help-setup-arg-auth = How the sync signs in: password (a licensed sync user) or s2s (the app as a Dataverse application user). With --path update on a password profile: Marketo's Reconfigure procedure, with the 15-minute wait after Switch
    .value-password = A licensed sync user with the OAuth2 password grant (ROPC): Marketo's default
    .value-s2s = Server-to-server: the app's client credentials, acting as a Dataverse application user (Marketo's "Web API" / S2S connection). No password, works where MFA is enforced
help-validate-arg-auth = How the sync signs in: `password` (a licensed sync user, the default) or `s2s` (the app's client credentials as a Dataverse application user; --username is then the application user's email, optional)
    .value-password = A licensed sync user with the OAuth2 password grant (ROPC): Marketo's default
    .value-s2s = Server-to-server: the app's client credentials, acting as a Dataverse application user (Marketo's "Web API" / S2S connection). No password, works where MFA is enforced
help-profile-set-arg-auth = How the sync signs in: password (a licensed sync user) or s2s (an application user)
    .value-password = A licensed sync user with the OAuth2 password grant (ROPC): Marketo's default
    .value-s2s = Server-to-server: the app's client credentials, acting as a Dataverse application user (Marketo's "Web API" / S2S connection). No password, works where MFA is enforced
help-fix-arg-demo = Repair a demo scenario of the built-in demo tenant
help-fix-arg-json = Print one JSON document on stdout: planned, applied, failed, manual, validate
help-fix-arg-profile = The saved connection to check and repair
help-fix-arg-scenario = With --demo: the scenario to repair (missing-role, config-unset, disabled-step, user-french, s2s-no-app-user, …)
help-fix-arg-yes = Make the planned changes without asking (for scripts)
