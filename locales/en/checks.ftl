### checks

# The checks (src/checks): each check's summary line, and the .remedy attribute that says what to
# do. A check's id ($check, e.g. dynamics.whoami) is machine-readable and never translated.
# $note is " — " and Dataverse's own error message, or nothing; $status is an HTTP status.
# {" "} at the start of a value keeps its leading space.

## The run (src/checks/mod.rs).

# Progress, while the requests are out.
checks-progress-azure = asking Azure AD: tenant, realm and token…
checks-progress-dynamics = checking Dynamics with the sync user's token…
checks-interrupted = interrupted before this check finished
checks-input-ok = all inputs are well-formed
# One line of the input check's remedy: an input's name (input-field-…) and its fix.
checks-input-fix-for-field = { $field }: { $fix }
checks-skip-invalid-input = not run: fix the input first (nothing was sent)
checks-skip-needs-token = not run: needs a token (see the token check)
# The fix when the HTTP client cannot be built from --ca-bundle.
checks-ca-bundle-unusable = pass --ca-bundle with a readable PEM file of CA certificates
# $who is the sync user; $url the org URL.
checks-token-issued = Azure AD issued a token to { $who } for { $url }
checks-token-issued-valid-for = Azure AD issued a token to { $who } for { $url } (valid for { $minutes } min)

## The tenant (src/checks/signin.rs). $tenant is the org's tenant ID; $host the org's host.

# $tenant is --tenant as given; $summary the Azure AD error's headline.
checks-tenant-given-refused = --tenant { $tenant }: { $summary }
checks-tenant-adfs = { $host } signs in through an on-premises AD FS ({ $authority }), not Azure AD
    .remedy = dynsync checks Dynamics 365 Online with Azure AD. For Dynamics on-premises (IFD), follow Marketo's on-premises setup; the password grant against Azure AD does not apply
# $detail says what answered instead.
checks-tenant-not-dataverse = { $url } is not a Dynamics 365 (Dataverse) endpoint: { $detail }
    .remedy = copy the org URL from the Power Platform admin center (Environments → your environment → Environment URL), e.g. https://contoso.crm.dynamics.com. Marketo cannot change this URL after the first save
# $given is the tenant --tenant resolves to.
checks-tenant-given-mismatch = --tenant resolves to { $given }, but { $host } belongs to tenant { $tenant }
    .remedy = leave --tenant out (dynsync discovers the org's tenant) or pass the org's tenant
# $user_tenant is the tenant the sync user signed in to.
checks-tenant-user-elsewhere = { $who } signs in to tenant { $user_tenant }, but { $host } belongs to tenant { $tenant }
    .remedy = the sync user must be a member of the org's own tenant: use an account of that directory (not a guest from another one), or check the org URL
checks-tenant-from-given = tenant { $tenant } (resolved from --tenant and confirmed by the org)
checks-tenant-discovered = tenant { $tenant } (from the org's sign-in challenge)

## The user's realm. $domain is the sync user's domain.

checks-realm-managed = { $domain } is a managed domain: Azure AD checks the password itself
# The federation service's host, after "is federated" ($via below), when it is known.
checks-realm-via = {" "}({ $host })
checks-realm-federated-accepted = { $domain } is federated{ $via }, and Azure AD accepted the password: an HRD policy and password hash sync are in place
    .remedy = keep password hash sync on for this domain: if it is turned off, the sync stops signing in
checks-realm-federated = { $domain } is federated{ $via }: the password grant needs an HRD policy and password hash sync
# The remedy of checks-realm-federated when the token check shows the commands.
checks-realm-see-token = see the token check for the commands
checks-realm-unknown = { $domain } is not a domain of any Azure AD tenant
    .remedy = check the sync username: it must be the user's principal name in the Dynamics tenant (Entra admin center → Users)

## The client secret's expiry (src/checks/expiry.rs). $date is the expiry date; $days a number.

checks-expiry-unknown = the client secret's expiry date is not known
    .remedy = record it (the portal's Certificates & secrets page shows it): dynsync profile set { $profile } --secret-expires YYYY-MM-DD, or pass --secret-expires
checks-expiry-expired =
    the client secret expired on { $date } ({ $days ->
        [one] { $days } day
       *[other] { $days } days
    } ago): the sync cannot sign in
checks-expiry-in =
    the client secret expires on { $date }, in { $days ->
        [one] { $days } day
       *[other] { $days } days
    }
# $profile is the profile checked, or NAME.
checks-expiry-azure-says-expired = Azure AD says the client secret has expired (AADSTS7000222): the sync cannot sign in
checks-expiry-azure-says-expired-date-wrong = Azure AD says the client secret has expired (AADSTS7000222), though the recorded expiry date is { $date }: that date is wrong (the portal's Certificates & secrets page shows the real one)
checks-expiry-rotate = create a new client secret next to the old one and put it in Marketo: dynsync rotate --profile { $profile }

## The organization (src/checks/organization.rs). A name Dataverse did not send is "?".

checks-org-ok = org "{ $friendly }" (unique name { $unique }, version { $version }): make sure this is the org Marketo must sync with
checks-org-unreadable = could not read the organization's details ({ $why })
    .remedy = confirm the org in the Power Platform admin center before saving the URL in Marketo: it cannot be changed later

## Dataverse with the sync user's token (src/checks/dataverse.rs). $host is the org's host;
## $who the sync user.

# Why Dataverse refused a query ($why in the summaries below): the HTTP status, Dataverse's error
# code ($code, e.g. 0x80040220) and what the code says; $privilege is the privilege Dataverse
# names (e.g. prvReadSolution); $message is Dataverse's own message.
checks-why-status = HTTP { $status }
checks-why-status-message = HTTP { $status }: { $message }
checks-why-not-member = HTTP { $status }, { $code }: not a member of the organization
checks-why-privilege = HTTP { $status }, { $code }: missing { $privilege }
checks-why-privilege-unnamed = HTTP { $status }, { $code }: a privilege is missing
checks-why-code = HTTP { $status }, { $code }
checks-why-code-message = HTTP { $status }, { $code }: { $message }

checks-skip-whoami-refused = not run: Dataverse refused the sync user (see { $check })
checks-whoami-ok = { $host } accepts the token (WhoAmI: user { $user })
# $code is Dataverse's error code, 0x80072560.
checks-whoami-not-member = { $who } is not a member of the environment { $host } (HTTP { $status }, { $code })
    .remedy =
        Add the sync user to the environment: give it a Dynamics 365 license (Microsoft 365 admin center → Users → the sync user → Licenses), then in the Power Platform admin center → Environments → the environment of { $host } → Settings → Users + permissions → Users → Add user.
        If the environment is restricted to a security group (Settings → Users + permissions → Security group), add the sync user to that group. Check again once the user is listed under Users.
checks-whoami-missing-privilege = { $host } denied { $who } ({ $why })
    .remedy = the Marketo Sync User role grants { $privilege }: in Dynamics, Settings → Security → Users → the sync user → Manage Roles → check "Marketo Sync User" → OK
# $privilege in checks-whoami-missing-privilege.remedy when Dataverse did not name it.
checks-whoami-privilege-unnamed = the missing privilege
checks-whoami-401 = { $host } refused the token ({ $why }): { $who } is probably not a user of this environment
    .remedy = add the sync user to the environment: give it a Dynamics 365 license in the Microsoft 365 admin center, make sure it is in the environment's security group (if one is set), and wait for it to appear under Settings → Security → Users
checks-whoami-403 = { $host } denied access ({ $why }): the sync user lacks privileges
    .remedy = assign the sync user a security role (Marketo Sync User) in Settings → Security → Users → Manage Roles
checks-whoami-404 = { $host } has no Dataverse Web API (HTTP 404)
    .remedy = check the org URL: it must be the environment URL, e.g. https://contoso.crm.dynamics.com

## The sync user's record. $name is its full name in Dynamics.

checks-skip-user-unknown = not run: the sync user could not be identified
checks-user-unreadable = could not read the sync user's record ({ $why })
    .remedy = check in Dynamics: Settings → Security → Users → the sync user is enabled and licensed
checks-user-missing = { $host } has no user record for { $who }
    .remedy = license the sync user for Dynamics 365 and add it to this environment; it appears under Settings → Security → Users once synchronised
checks-user-disabled = the Dynamics user { $name } is disabled
    .remedy = enable the user: it needs a Dynamics 365 license (Microsoft 365 admin center) and must not be blocked from sign-in; then check Settings → Security → Enabled Users
checks-user-ok = { $name } is enabled and licensed
# $notes are the checks-user-note-… texts that apply, joined by ", ".
checks-user-doubtful = { $name } is enabled, but { $notes }
checks-user-note-non-interactive = its access mode is Non-interactive
    .remedy = Marketo's ROPC connection expects a licensed, interactive (Read-Write) user: set Access Mode to Read-Write on the user form
checks-user-note-unlicensed = it has no Dynamics 365 license
    .remedy = assign a Dynamics 365 license to the sync user in the Microsoft 365 admin center
# $language is a Windows language id (LCID); 1033 is English.
checks-user-note-language = its UI language is { $language }, not English (1033)
    .remedy = Marketo asks for an English sync user: sign in as the sync user → Settings (gear) → Personalization Settings → Languages → User Interface Language: English

## The sync user's roles. $role is the Marketo solution's role, "Marketo Sync User".

checks-skip-roles-no-user = not run: the sync user's record could not be read
    .remedy = check in Dynamics: Settings → Security → Users → the sync user → Manage Roles → Marketo Sync User
checks-roles-direct = the sync user has the { $role } role
checks-roles-team = the sync user has the { $role } role through the team { $team }
# A team whose name Dataverse did not send, as $team above.
checks-roles-unnamed-team = a team
# $has is checks-roles-has-none or checks-roles-has-only; $teams is checks-roles-teams-… or nothing.
checks-roles-missing = the sync user lacks the { $role } role: it has { $has }{ $teams }
    .remedy =
        In Dynamics: Settings → Security → Users → select the sync user → Manage Roles → check "Marketo Sync User" → OK.
        If the role is not in the list, the Marketo solution is not imported (see { $check }).
checks-roles-has-none = no security role
# $roles are the user's role names, joined by ", ".
checks-roles-has-only = only { $roles }
checks-roles-teams-status = {" "}(team roles could not be read: { $why })
checks-roles-teams-error = {" "}(team roles could not be read: { $error })

## The Marketo solution. $solution is its name, "Marketo Lead Management"; $version its version.

checks-solution-forbidden = the sync user cannot read solutions ({ $why })
    .remedy = check by hand: Dynamics → Settings → Solutions lists "{ $solution }"
checks-solution-unreadable = could not read solutions (HTTP { $status }){ $note }
checks-solution-missing = the "{ $solution }" solution is not installed
    .remedy = Import the solution: Marketo → Admin → CRM → Microsoft → Download Marketo Solution; then in Dynamics: Settings → Solutions → Import → choose the zip → Next → Import ("completed with warning" is expected) → Publish All Customizations
checks-solution-ok = { $solution } { $version } is installed
checks-solution-old = { $solution } { $version } is installed; versions before 4.0.0.14 need the sync role on every user
    .remedy = update the solution: download the latest from Marketo (Admin → Microsoft Dynamics → Download Marketo Solution) and import it over the old one, choosing Update and Maintain customizations

## The solution's plug-in steps, and its Marketo Config.

checks-skip-not-installed = not run: the solution is not installed
# The remedy when the steps could not be read.
checks-steps-by-hand = check by hand: in Dynamics, Settings → Solutions → Marketo Lead Management → SDK Message Processing Steps: every step's status must be Enabled
checks-steps-forbidden = the sync user may not read plug-in steps ({ $why })
checks-steps-unreadable = could not read plug-in steps (HTTP { $status }){ $note }
checks-steps-none-visible = no plug-in steps of the solution are visible to the sync user
checks-steps-ok =
    { $total ->
        [one] the one plug-in step of the solution is enabled
       *[other] all { $total } plug-in steps of the solution are enabled
    }
# $names are the disabled steps' names, joined by "; ".
checks-steps-disabled = { $disabled } of { $total } plug-in steps are disabled: { $names }
    .remedy = In Dynamics: Settings → Solutions → Marketo Lead Management → SDK Message Processing Steps → select each disabled step → Activate
# A step whose name Dataverse did not send.
checks-steps-unnamed = (unnamed step)

# The remedy when the Marketo Config row could not be read.
checks-config-by-hand = check by hand: in Dynamics, Settings → Marketo Config → Default: the Marketo User field names the sync user
# The remedy when Marketo Config names no user or the wrong one.
checks-config-set-user = In Dynamics: Settings → Marketo Config → Default → Marketo User: pick the sync user → Save; then Settings → Solutions → Publish All Customizations
checks-config-tables-forbidden = the sync user may not read table definitions ({ $why })
checks-config-table-missing = the Marketo Config table was not found among the solution's tables
checks-config-forbidden = the sync user cannot read Marketo Config ({ $why })
    .remedy = the sync user needs read access to Marketo Config: assign it the Marketo Sync User role (Settings → Security → Users → Manage Roles)
checks-config-unreadable = could not read Marketo Config (HTTP { $status }){ $note }
checks-config-no-default = Marketo Config has no Default record
checks-config-unset = Marketo Config "Default" names no Marketo User
# $user is the user Marketo Config names (its name, or its id).
checks-config-ok = Marketo Config "Default" names the sync user ({ $user })
checks-config-other = Marketo Config "Default" names { $user }, not { $who }
    .remedy =
        { checks-config-set-user }
        (Or, if { $user } is the intended sync user, enter that user's credentials instead.)
checks-config-user-id-unknown = Marketo Config "Default" names { $user }; the sync user's id is unknown

# Under any check that could not be made because a service did not answer as a service should.
checks-unreachable-remedy = check the network path (proxy: HTTPS_PROXY/NO_PROXY; corporate TLS inspection: --ca-bundle FILE) and try again

## The tenant, continued (issue 10). $tenant is the org's tenant ID; $host the org's host.

# Under the tenant check when the org's server failed or was throttled (HTTP 5xx or 429).
checks-tenant-probe-failed-remedy = { $host } could not answer just now (the server failed or was busy): try again later; if it persists, check the environment's state in the Power Platform admin center
# $domain is the sync user's domain; $user_tenant the tenant its OpenID configuration names.
checks-tenant-user-domain-elsewhere = { $who } is a user of tenant { $user_tenant } (the tenant of { $domain }), but { $host } belongs to tenant { $tenant }
    .remedy = the sync user must be a user of the org's tenant { $tenant }: use an account whose username ends in one of that tenant's domains (not a user of another directory), or check the org URL
# Under a refused token when the tenant check found the user in another tenant.
checks-token-see-tenant = the sync user belongs to another tenant than the org: see the tenant check

# The Marketo Config check's summary, with how its table was found. $summary is the verdict,
# $table the table's logical name, $way join | metadata | cache.
checks-config-found-by = { $summary } (table { $table }, { $way ->
        [join] found by the solution-component join
        [cache] remembered by the profile
       *[metadata] found through the metadata API
    })
# The search for the Marketo Config table was answered with neither rows nor a refusal.
checks-config-tables-unreadable = could not list the solution's tables (HTTP { $status }){ $note }

## The sync user's UI language by its Windows language id (LCID), for checks-user-note-language:
## the languages Dynamics 365 offers; another id is shown as the number alone.

checks-user-language =
    { $lcid ->
        [1025] Arabic ({ $lcid })
        [1026] Bulgarian ({ $lcid })
        [1027] Catalan ({ $lcid })
        [1028] Chinese (Traditional) ({ $lcid })
        [1029] Czech ({ $lcid })
        [1030] Danish ({ $lcid })
        [1031] German ({ $lcid })
        [1032] Greek ({ $lcid })
        [1033] English ({ $lcid })
        [1035] Finnish ({ $lcid })
        [1036] French ({ $lcid })
        [1037] Hebrew ({ $lcid })
        [1038] Hungarian ({ $lcid })
        [1040] Italian ({ $lcid })
        [1041] Japanese ({ $lcid })
        [1042] Korean ({ $lcid })
        [1043] Dutch ({ $lcid })
        [1044] Norwegian (Bokmål) ({ $lcid })
        [1045] Polish ({ $lcid })
        [1046] Portuguese (Brazil) ({ $lcid })
        [1048] Romanian ({ $lcid })
        [1049] Russian ({ $lcid })
        [1050] Croatian ({ $lcid })
        [1051] Slovak ({ $lcid })
        [1053] Swedish ({ $lcid })
        [1054] Thai ({ $lcid })
        [1055] Turkish ({ $lcid })
        [1057] Indonesian ({ $lcid })
        [1058] Ukrainian ({ $lcid })
        [1060] Slovenian ({ $lcid })
        [1061] Estonian ({ $lcid })
        [1062] Latvian ({ $lcid })
        [1063] Lithuanian ({ $lcid })
        [1066] Vietnamese ({ $lcid })
        [1069] Basque ({ $lcid })
        [1081] Hindi ({ $lcid })
        [1086] Malay ({ $lcid })
        [1087] Kazakh ({ $lcid })
        [1110] Galician ({ $lcid })
        [2052] Chinese (Simplified) ({ $lcid })
        [2070] Portuguese (Portugal) ({ $lcid })
        [2074] Serbian (Latin) ({ $lcid })
        [3076] Chinese (Hong Kong SAR) ({ $lcid })
        [3082] Spanish ({ $lcid })
        [3098] Serbian (Cyrillic) ({ $lcid })
       *[other] { $lcid }
    }

## Server-to-Server (S2S): the app's client credentials as a Dataverse application user
## (issue 14). $client_id is the app's client ID; $host the org's host; $name the application
## user's name.

checks-s2s-realm-not-used = not used by S2S (the app signs in with its client credentials, no user realm)
# S2S without --tenant, when the org's sign-in challenge named no tenant (see the tenant check).
checks-s2s-token-no-tenant = not requested: S2S needs the tenant, and the org's sign-in challenge named none (see the tenant check; or give --tenant)
# Under a refused password grant for MFA or Conditional Access. $command is the command to run.
checks-s2s-offer = Or switch the connection to Marketo's Server-to-Server (S2S, "Web API") connection, which signs in as an application user without a password (MFA does not apply): create the application user (or let `dynsync fix` do it), then check it with: { $command }
# Under AADSTS7000215 for an S2S connection.
checks-s2s-secret-other-app = For S2S the secret must be one of the app { $client_id } itself (App registrations → the app → Certificates & secrets): a secret of another app registration is refused the same way.
checks-s2s-no-app-user = { $host } knows no application user for the app { $client_id } (HTTP { $status }, { $code })
    .remedy =
        Create the application user: Power Platform admin center → Environments → the environment → Settings → Users + permissions → Application users → New app user → Add an app → the app { $client_id } → the business unit → security role "Marketo Sync User" → Create.
        Or let dynsync do it with a Dynamics admin's sign-in: dynsync fix --profile NAME
checks-s2s-user-missing = { $host } has no application user for the app { $client_id }
checks-s2s-user-disabled = the application user { $name } is disabled
    .remedy = Power Platform admin center → Environments → the environment → Settings → Users + permissions → Application users → the app's user → Activate (or: dynsync fix --profile NAME)
checks-s2s-user-ok = the application user { $name } is enabled; its email { $email } is Marketo's username
# No --username given: nothing to compare the email with.
checks-s2s-user-ok-email-unchecked = the application user { $name } is enabled; enter its email { $email } as the Username in Marketo
checks-s2s-user-ok-no-email = the application user { $name } is enabled but has no email address
    .remedy = Marketo's S2S form takes the application user's email as the Username: give the application user an email (Power Platform admin center → Application users → the app's user → Edit)
# $email is the application user's email (or checks-s2s-email-none), $given the --username.
checks-s2s-email-mismatch = the application user { $name } has the email { $email }, not { $given }
    .remedy = Marketo's username for S2S is the application user's email: use { $email } as --username and as the Username in Marketo (or change the application user's email)
checks-s2s-email-none = no email address
checks-s2s-no-roles = the application user has no security role at all (it needs { $role })
checks-s2s-role-missing = the application user lacks the { $role } role: it has { $roles }
    .remedy = Power Platform admin center → Environments → the environment → Settings → Users + permissions → Application users → the app's user → Edit security roles → "Marketo Sync User" → Save (or: dynsync fix --profile NAME)
checks-s2s-roles-ok = the application user has the { $role } role
