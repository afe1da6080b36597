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
    .remedy = record it (the portal's Certificates & secrets page shows it): dynsync profile set NAME --secret-expires YYYY-MM-DD, or pass --secret-expires
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
# The remedy of an expired or expiring secret.
checks-expiry-rotate = create a new client secret next to the old one and put it in Marketo: dynsync rotate --profile NAME

## The organization (src/checks/organization.rs). A name Dataverse did not send is "?".

checks-org-ok = org "{ $friendly }" (unique name { $unique }, version { $version }): make sure this is the org Marketo must sync with
checks-org-unreadable = could not read the organization's details (HTTP { $status }){ $note }
    .remedy = confirm the org in the Power Platform admin center before saving the URL in Marketo: it cannot be changed later
