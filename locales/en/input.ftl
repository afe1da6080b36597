### input

# The input rules (src/input.rs, src/connection.rs): what is wrong with an input, and how to fix
# it. A rule's message is the problem; its .fix attribute says what to do. Nothing is sent while
# an input breaks a rule. $value is the input as typed, already quoted ("…", with escapes).

## The inputs as the messages name them (src/input.rs: field_label).

input-field-client-id = client ID
input-field-client-secret = client secret
input-field-username = sync username
input-field-password = sync password
input-field-org-url = org URL
input-field-tenant = tenant

## Where a missing input can come from (src/input.rs: source_hint).

input-source-client-id = pass --client-id or set DYNSYNC_CLIENT_ID
input-source-username = pass --username or set DYNSYNC_USERNAME
input-source-org-url = pass --org-url or set DYNSYNC_ORG_URL
input-source-tenant = pass --tenant or set DYNSYNC_TENANT
input-source-client-secret = set DYNSYNC_CLIENT_SECRET, or use --secrets-stdin (line 1), or run on a terminal to be asked
input-source-password = set DYNSYNC_PASSWORD, or use --secrets-stdin (line 2), or run on a terminal to be asked

# An input nobody gave; $field is its name (input-field-…). The fix is its input-source-… text.
input-missing = { $field } is missing

## The sync password.

input-password-empty = sync password is empty
input-password-white-space = sync password starts or ends with white space, which Azure AD's password grant does not accept
    .fix = enter the password exactly, without surrounding spaces or tabs

## The client secret.

input-client-secret-empty = client secret is empty
input-client-secret-is-secret-id = the client secret looks like a GUID: that is the Secret ID, not the secret's Value
    .fix = in the Azure portal (App registrations → your app → Certificates & secrets) copy the Value column, which is shown only once when the secret is created; if it is no longer shown, create a new client secret
input-client-secret-white-space = the client secret contains white space, which a secret Value never does
    .fix = copy the Value again without surrounding spaces or line breaks

## The client ID.

input-client-id-not-guid = client ID { $value } is not a GUID
    .fix = use the Application (client) ID from the app registration's Overview page, e.g. 11111111-2222-3333-4444-555555555555

## The sync username.

input-username-domain-user = { $value } is a DOMAIN\user name; the password grant against Azure AD needs the user principal name
    .fix = use the sync user's UPN, e.g. marketo.sync@contoso.com (Entra admin center → Users → the user → User principal name)
input-username-control = the sync username contains control characters (pasted from a terminal or a document?)
input-username-not-upn = { $value } is not a user principal name (user@domain)
    .fix = use the sync user's UPN, e.g. marketo.sync@contoso.com

## The tenant (--tenant).

input-tenant-not-for-password-grant = tenant { $value } cannot be used with the password grant
    .fix = pass the directory (tenant) ID or a verified domain such as contoso.onmicrosoft.com, or leave --tenant out to discover it
input-tenant-invalid = tenant { $value } is neither a GUID nor a domain
    .fix = pass the directory (tenant) ID from Entra admin center → Overview, or a verified domain

## The org URL (src/input.rs: normalize_org_url). $error is the URL parser's own text.

input-org-url-empty = org URL is empty
input-org-url-not-url = org URL { $value } is not a URL ({ $error })
input-org-url-no-host = org URL { $value } has no host
input-org-url-credentials = org URL must not contain a user name or password
input-org-url-http = org URL { $value } uses http; Dynamics 365 needs https
# $scheme is quoted, like $value.
input-org-url-scheme = org URL scheme { $scheme } is not https
# The fix for each of the above.
input-org-url-fix = use the environment URL, e.g. https://contoso.crm.dynamics.com (Power Platform admin center → Environments → Environment URL)

# What normalising the org URL changed, shown as warnings; the fix is input-org-url-normalised.
input-org-url-api-host = { $host } is the Web API host; using the instance host { $instance }
input-org-url-path-dropped = dropped the path { $path } from the org URL
input-org-url-path-ignored = ignored the path { $path }: Dynamics Online org URLs have none
input-org-url-query-dropped = dropped the query string from the org URL
input-org-url-normalised = dynsync uses the instance URL shown above

input-org-host-unknown = { $host } is not a known Dynamics 365 Online host
    .fix = Dynamics Online URLs look like https://ORG.crmN.dynamics.com; check the URL in the Power Platform admin center
# $given and $inferred are cloud names as --cloud takes them (public, usgov, …).
input-cloud-mismatch = --cloud { $given } was given but the org URL belongs to the { $inferred } cloud
    .fix = check the org URL and the cloud; the login host follows --cloud

## The login host (--authority-host; src/input.rs: normalize_authority_host).

input-authority-not-url = authority host { $value } is not a URL ({ $error })
input-authority-no-host = authority host { $value } has no host
input-authority-not-https = authority host { $value } must use https (http only for loopback)
# The fix for each of the above.
input-authority-empty = authority host is empty
input-authority-userinfo = authority host { $value } must not contain a user name or password
input-authority-query = authority host { $value } must not have a query or a fragment
input-authority-fix = pass a base URL such as https://login.microsoftonline.com

## Other settings.

input-timeout-zero = timeout must be at least 1 second
    .fix = pass --timeout SECS with SECS ≥ 1
input-ca-bundle-missing = CA bundle { $path } does not exist or is not a file
    .fix = pass --ca-bundle FILE with a PEM file of CA certificates; if a profile holds that path (a demo tenant's CA is removed when the demo tenant stops), give the profile the new one: dynsync profile set NAME --ca-bundle FILE

## Dates (src/input.rs: parse_date).

input-date-invalid = { $value } is not a date: use YYYY-MM-DD (2027-05-01) or M/D/YYYY as the Azure portal shows it in English (5/1/2027 is 1 May 2027)
