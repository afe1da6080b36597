# The AADSTS catalogue (src/azure/catalogue.rs): what each Azure AD error code means for the
# Marketo sync user, and what an admin does. One message per code, "aadsts-CODE", with two
# attributes: .cause (prose; its first sentence is the headline) and .remedy (the steps).
# Blocks shared by several entries are terms (-name), referenced as { -name }.
# Braces in text are written {"{"} and {"}"}; {"   "} at the start of a line keeps its leading
# spaces; a last line {""} keeps a final line break.

## Shared blocks

# Where failed sign-ins are read.
-sign-in-logs = Microsoft Entra admin center → Monitoring & health → Sign-in logs
# Re-entering credentials in Marketo (Adobe's documented path).
-marketo-edit = In Marketo: Admin → Microsoft Dynamics → Disable Sync → Edit (Step 1: Enter Credentials) → enter the new value → Save → Validate Sync Setup → Enable Sync.
# The common/consumers endpoint.
-tenant-endpoint-steps = Name the tenant: pass the Directory (tenant) ID or a verified domain with --tenant (not common or consumers; organizations also works), or leave --tenant out so dynsync discovers it from the org URL. Then run `dynsync validate` again.
# Re-entering the client ID.
-client-id-steps =
    1. Microsoft Entra admin center → App registrations → the Marketo app → Overview: copy the Application (client) ID (not the Object ID, not the Directory (tenant) ID).
    2. Make sure the app is registered in the tenant of the sync user and of the Dynamics environment; an app from another tenant also needs an enterprise application in this one.
    3. Enter it as Client ID in Marketo and run `dynsync validate` again.
# Enabling a disabled enterprise application.
-app-enable-steps =
    1. Microsoft Entra admin center → Enterprise applications → the Marketo app → Properties → Enabled for users to sign in? → Yes → Save.
    2. Run `dynsync validate` again.
# Adding the Dynamics permission and granting admin consent.
-consent-steps =
    1. Microsoft Entra admin center → App registrations → the Marketo app → API permissions: Dynamics CRM → user_impersonation ("Access Common Data Service as organization users") must be listed; if not, Add a permission → Dynamics CRM → Delegated permissions → user_impersonation → Add permissions.
    2. Click Grant admin consent for the tenant → Yes (needs Cloud Application Administrator, Application Administrator or Privileged Role Administrator). Or have an admin open https://login.microsoftonline.com/<tenant>/adminconsent?client_id=<client id>.
    3. Wait a minute and run `dynsync validate` again. Missing consent also turns Marketo's "Sync user is assigned to the Marketo Sync User role" check red.
# Pass-through authentication agent problems.
-pta-steps =
    1. Microsoft Entra admin center → Hybrid management → Microsoft Entra Connect → Pass-through authentication: check that the authentication agents are active.
    2. On the agent servers, check their connection to the domain controllers of the sync user's forest and the agent's event log.
    3. Run `dynsync validate` again once the agents are healthy.
# Codes that ask the sync user to register for MFA.
-mfa-registration = Also exclude the sync user from the MFA registration policy (Protection → Identity Protection → Multifactor authentication registration policy) and check whether security defaults are on.
# The common advice for every MFA / Conditional Access / device code.
-mfa-steps =
    1. Find the policy: { -sign-in-logs }, filter on the sync user, open the failed sign-in and read its Conditional Access tab (it names the policy that applied).
    2. Exclude the sync user (or this app registration) from that policy: Protection → Conditional Access → the policy → Users (or Target resources) → Exclude.
    3. Disable per-user MFA for that account if it is on: Users → All users → Per-user MFA → select the sync user → Disable.
    4. Marketo cannot do MFA or any interactive step (Adobe's setup guide says MFA must be off for the sync user). If policy forbids an exclusion, use Marketo's Server-to-Server (S2S) connection, which signs in as an application user without a password.
    5. Run `dynsync validate` again.
# 50126 when the user's domain is managed.
-managed-50126 =
    1. Re-enter the sync user's password exactly; a password with leading or trailing spaces cannot be used with this sign-in method. { -marketo-edit }
    2. Check that the Username is the user principal name (Microsoft Entra admin center → Users → the sync user → User principal name).
    3. If unsure of the password, reset it (Users → the sync user → Reset password) and sign in once as the sync user to set a permanent password: Marketo cannot change a temporary one.
    4. Each failure counts toward smart lockout (AADSTS50053): make sure of the password before retrying, then run `dynsync validate` once.
# 50126 when the user's domain is federated: password hash sync and an HRD policy.
# The PowerShell lines keep a 3-space indent; the line with the client id is in
# -federated-50126 and aadsts-hrd-remedy, the rest in the -hrd-commands-* terms.
-hrd-commands-head =
    Marketo sends the password straight to Azure AD, which by default will not check the password of a user in a federated domain (AD FS, Okta, Ping…) and answers 50126 even when the password is right. Two things are needed:
    1. Password hash sync enabled in Microsoft Entra Connect, so that Azure AD holds the user's password hash; after enabling it, wait for the hash to sync.
    2. A Home Realm Discovery (HRD) policy with AllowCloudPasswordValidation on the service principal (enterprise application) of the Marketo app. With Microsoft Graph PowerShell:
       Connect-MgGraph -Scopes "Policy.ReadWrite.ApplicationConfiguration","Application.ReadWrite.All"
       $policy = New-MgPolicyHomeRealmDiscoveryPolicy -BodyParameter @{"{"} definition = @('{"{"}"HomeRealmDiscoveryPolicy":{"{"}"AllowCloudPasswordValidation":true{"}}"}'); displayName = "EnableDirectAuthPolicy" {"}"}
-hrd-commands-tail =
    {"   "}New-MgServicePrincipalHomeRealmDiscoveryPolicyByRef -ServicePrincipalId $sp.Id -BodyParameter @{"{"} "@odata.id" = "https://graph.microsoft.com/v1.0/policies/homeRealmDiscoveryPolicies/$($policy.Id)" {"}"}
       Get-MgPolicyHomeRealmDiscoveryPolicyApplyTo -HomeRealmDiscoveryPolicyId $policy.Id
       A service principal holds only one HRD policy: if it already has one, edit that policy's definition instead. The policy lets Azure AD check the synced password hash itself; it does not forward the sign-in to the federation server. Remove it if password hash sync is ever turned off.
    3. Run `dynsync validate` again.
-federated-50126 =
    { -hrd-commands-head }
    {"   "}$sp = Get-MgServicePrincipal -Filter "appId eq '<client id>'"
    { -hrd-commands-tail }

## Diagnoses (src/azure/catalogue.rs: diagnose)

# The one-line summary of a known code: "AADSTS50126 InvalidUserNameOrPassword: …".
aadsts-summary = AADSTS{ $code } { $name }: { $headline }
# What a federated sync user needs, for the app with this client id (the wizard and the realm check).
aadsts-hrd-remedy =
    { -hrd-commands-head }
    {"   "}$sp = Get-MgServicePrincipal -Filter "appId eq '{ $client_id }'"
    { -hrd-commands-tail }
# AADSTS50126 split by the sync user's realm: a summary (after the code and name) and a remedy.
aadsts-50126-managed =
    .summary = the sync user's password was rejected (managed domain: wrong password or username)
    .remedy =
        The sync user's domain is managed, so Azure AD checked the password itself and it did not match.
        { -managed-50126 }
aadsts-50126-federated =
    .summary = the sync user is in a federated domain; Azure AD needs password hash sync and an HRD policy (AllowCloudPasswordValidation) to accept its password
    .remedy = { -federated-50126 }
aadsts-50126-unknown =
    .summary = wrong password, or a federated sync user without password hash sync and an HRD policy
# A code the catalogue does not have, or an error without a code.
aadsts-unknown-summary = AADSTS{ $code }: { $first }
aadsts-unknown-summary-not-in-catalogue = AADSTS{ $code }: not in the dynsync catalogue
aadsts-error-summary = Azure AD error { $error }: { $first }
aadsts-error-summary-no-code = Azure AD error { $error } (no AADSTS code)
aadsts-error-summary-no-error = Azure AD error: { $first }
aadsts-error-summary-nothing = Azure AD returned an error without an AADSTS code
aadsts-unknown-no-advice = dynsync has no specific advice for AADSTS{ $code }.
aadsts-unknown-no-code = The response carried no AADSTS code, so dynsync cannot say more than Microsoft's message.
aadsts-unknown-microsofts-message = Microsoft's message: { $message }
aadsts-unknown-error-page = Error page: { $uri }
aadsts-unknown-look-up = Look the code up at https://login.microsoftonline.com/error?code={ $code }
aadsts-unknown-sign-in-logs = Open { -sign-in-logs }, filter on the sync user (or search the Correlation ID) and read the failed sign-in's Failure reason, Additional details and Conditional Access tab.
# The ids Microsoft support asks for, on the remedy's last line; $ids are the parts below,
# joined with ", ".
aadsts-support-line = For Microsoft support: { $ids }
aadsts-support-trace-id = Trace ID: { $value }
aadsts-support-correlation-id = Correlation ID: { $value }
aadsts-support-timestamp = Timestamp: { $value }

## Entries, by code

aadsts-50001 =
    .cause = The resource in the token request (the Dynamics org URL) is disabled or does not exist in this tenant. This is the v1 endpoint's form of AADSTS500011.
    .remedy =
        1. Check the org URL entered in Marketo: the environment's own address, such as https://contoso.crm.dynamics.com, with the right region (crm, crm4, crm11…) and nothing after the host.
        2. Make sure the environment, the sync user and the app registration are in the same tenant.
        3. Marketo does not let you change the URL after the first sync, so fix it before saving; then run `dynsync validate` again.
aadsts-50020 =
    .cause = The sync user comes from another identity provider or tenant and is not a member of the tenant that owns Dynamics. Guests from other tenants and personal Microsoft accounts cannot use the password sign-in Marketo relies on.
    .remedy =
        1. Use a member account created in the Dynamics tenant as the sync user (Adobe asks for a dedicated, licensed sync user).
        2. Enter its user principal name as the Username in Marketo and run `dynsync validate` again.
aadsts-50034 =
    .cause = Azure AD found no user with this username in the tenant. The username is mistyped, is an email alias rather than the user principal name, or the request went to another tenant.
    .remedy =
        1. Microsoft Entra admin center → Users → All users: find the sync user and copy its User principal name exactly (it is not always the email address).
        2. Check that the tenant used (--tenant, or the one discovered from the org URL) is the one the user lives in.
        3. Enter the UPN as the Username in Marketo and run `dynsync validate` again.
aadsts-50049 =
    .cause = The sign-in host (authority) is unknown or invalid. The request went to a host that is not an Azure AD sign-in endpoint.
    .remedy = Use the sign-in host of the tenant's cloud: login.microsoftonline.com for commercial and GCC, login.microsoftonline.us for GCC High and DoD, login.partner.microsoftonline.cn for China. With dynsync, choose it with --cloud (public, usgov, usgovhigh, dod, china) and run `dynsync validate` again.
aadsts-50053 =
    .cause = Azure AD has locked the sync user's sign-in after too many wrong passwords (smart lockout), or blocked it because it came from an IP address with malicious activity. Every further attempt can extend the lockout.
    .remedy =
        Do not try again now, and stop Marketo from retrying.
        1. If Marketo keeps signing in with a wrong stored password, pause it: Marketo Admin → Microsoft Dynamics → Disable Sync.
        2. Wait about 30 minutes before any new attempt.
        3. { -sign-in-logs }: find the sync user's sign-ins with error code 50053 and read the Failure reason (lockout, or malicious IP).
        4. For a risk block, review the user under Protection → Identity Protection → Risky users and, once you trust the source, confirm it safe or dismiss the risk.
        5. Make sure of the password (reset it if unsure), enter it in Marketo, then run `dynsync validate` once.
aadsts-50055 =
    .cause = The sync user's password has expired. Marketo cannot change a password, so the sync stays down until a new one is set and entered.
    .remedy =
        1. Reset the password: Microsoft Entra admin center → Users → the sync user → Reset password; for a user synced from on-premises AD, reset it in AD and wait for the next sync.
        2. If the reset asks for a change at next sign-in, sign in once as the sync user (for example at https://myaccount.microsoft.com) to set the final password.
        3. To avoid a repeat, exempt this service account from password expiry (for a cloud user, set its passwordPolicies to DisablePasswordExpiration with Microsoft Graph; for a synced user, a non-expiring password policy in AD).
        4. { -marketo-edit }
        5. Run `dynsync validate` again.
aadsts-50056 =
    .cause = Azure AD holds no password for the sync user, so it cannot check the one Marketo sent. This is typical for a synced or federated user whose password hash is not synchronised, or an account set up for passwordless sign-in only.
    .remedy =
        1. For a user synced from on-premises AD, enable password hash sync in Microsoft Entra Connect (Optional features → Password hash synchronization) and wait for the hash to reach Entra ID. A federated domain also needs the HRD policy shown by `dynsync explain 50126`.
        2. Or use a cloud-only sync user that has a password.
        3. Run `dynsync validate` again.
aadsts-50057 =
    .cause = The sync user's account is disabled, so Azure AD refuses to sign it in.
    .remedy =
        1. Microsoft Entra admin center → Users → the sync user → Edit properties → Settings → Account enabled.
        2. For a user synced from on-premises AD, enable it in Active Directory (Enable-ADAccount) and wait for the next sync.
        3. Run `dynsync validate` again.
aadsts-50059 =
    .cause = Azure AD could not tell which tenant the request is for: the URL names none and the credentials imply none.
    .remedy = { -tenant-endpoint-steps }
aadsts-50064 =
    .cause = Azure AD could not validate the sync user's username or password.
    .remedy = Treat it like a wrong password: check the Username and Password entered in Marketo (no leading or trailing spaces) and read the failed sign-in in { -sign-in-logs }. Repeated failures lead to a lockout (AADSTS50053), so run `dynsync validate` only once the values are checked.
aadsts-50072 =
    .cause = The sync user is asked to enrol in multi-factor authentication, an interactive step Marketo cannot perform.
    .remedy =
        { -mfa-registration }
        { -mfa-steps }
aadsts-50074 =
    .cause = Strong authentication is required and the sync user did not pass the MFA challenge. A password sign-in cannot answer an MFA challenge.
    .remedy = { -mfa-steps }
aadsts-50076 =
    .cause = Azure AD requires multi-factor authentication for the sync user (a Conditional Access policy, per-user MFA, or a location rule). Marketo signs in with a password only and is blocked.
    .remedy = { -mfa-steps }
aadsts-50079 =
    .cause = The sync user must register security information for multi-factor authentication before it can sign in. Marketo can do neither the registration nor the MFA that follows.
    .remedy =
        { -mfa-registration }
        { -mfa-steps }
aadsts-50097 =
    .cause = A Conditional Access policy requires device authentication. Marketo's servers are not a registered device, so the sync user can never satisfy it.
    .remedy = { -mfa-steps }
aadsts-50105 =
    .cause = The Marketo app's enterprise application requires user assignment, and the sync user is not assigned to it.
    .remedy =
        1. Microsoft Entra admin center → Enterprise applications → the Marketo app → Users and groups → Add user/group → select the sync user → Assign.
        2. Or, on the app's Properties page, set Assignment required? to No.
        3. Run `dynsync validate` again.
aadsts-50125 =
    .cause = Sign-in was interrupted to make the sync user register for self-service password reset, an interactive step Marketo cannot complete.
    .remedy =
        1. Sign in once interactively as the sync user and complete the registration, or keep the account out of the group that must register (Protection → Password reset → Registration).
        2. Run `dynsync validate` again.
aadsts-50126 =
    .cause = Azure AD did not accept the sync user's username and password. For a user in a federated domain it sends the same code when it is not allowed to check the password itself.
    .remedy =
        Two causes give this code; find out which by checking the domain of the sync user: Microsoft Entra admin center → Settings → Domain names shows which domains are federated.
        If the domain is managed (cloud-only, password hash sync or pass-through authentication), the password or username is wrong:
        { -managed-50126 }
        If the domain is federated: { -federated-50126 }
aadsts-50128 =
    .cause = Azure AD found no tenant for the domain in the request or in the username. The domain after @ is probably not a verified domain of any tenant.
    .remedy =
        1. Check the domain after @ in the sync user's username: it must be a verified domain of the Dynamics tenant (Microsoft Entra admin center → Settings → Domain names) or its *.onmicrosoft.com domain.
        2. Pass the tenant explicitly with --tenant (Directory ID or verified domain).
        3. Run `dynsync validate` again.
aadsts-50131 =
    .cause = A Conditional Access decision blocked the sign-in: device state, suspicious activity, or an access or security policy.
    .remedy = { -mfa-steps }
aadsts-50135 =
    .cause = Identity Protection considers the sync user at risk and requires a password change, which Marketo cannot do.
    .remedy =
        1. Protection → Identity Protection → Risky users: investigate the sync user.
        2. Reset its password (Users → the sync user → Reset password) and, once you trust the account, dismiss the risk.
        3. { -marketo-edit }
        4. Run `dynsync validate` again.
aadsts-50144 =
    .cause = The sync user's on-premises Active Directory password has expired.
    .remedy =
        1. Reset the password in Active Directory (Active Directory Users and Computers, or Set-ADAccountPassword) and wait for Microsoft Entra Connect to sync it.
        2. Give this service account a non-expiring password policy in AD.
        3. { -marketo-edit }
        4. Run `dynsync validate` again.
aadsts-50158 =
    .cause = An external security challenge was not satisfied: a third-party MFA provider, a Conditional Access custom control, or terms of use. Marketo cannot complete any interactive challenge.
    .remedy =
        Exclude the sync user from the policy that requires the custom control or the terms of use.
        { -mfa-steps }
aadsts-50173 =
    .cause = The grant was revoked because the sync user's password changed or an admin revoked its sessions. A new sign-in with the current password is needed.
    .remedy =
        1. Enter the sync user's current password. { -marketo-edit }
        2. Run `dynsync validate` again.
aadsts-50196 =
    .cause = Azure AD detected a client loop: the same token request arrived too often in a short time, and further requests are throttled.
    .remedy =
        Do not retry now.
        1. Wait a few minutes; stop any script or monitor that requests tokens for the sync user in a loop.
        2. { -sign-in-logs }: filter on the sync user to see which application sends the requests.
        3. After the pause, run `dynsync validate` once.
aadsts-53000 =
    .cause = A Conditional Access policy requires a compliant (managed) device. Marketo signs in from its own servers, which can never be a compliant device.
    .remedy = { -mfa-steps }
aadsts-53001 =
    .cause = A Conditional Access policy requires a domain-joined device. Marketo's servers are not joined to your domain.
    .remedy = { -mfa-steps }
aadsts-53002 =
    .cause = A Conditional Access policy requires an approved client app. Marketo's connector is not one of them.
    .remedy = { -mfa-steps }
aadsts-53003 =
    .cause = A Conditional Access policy blocked the sign-in. It may block by location, platform, client app or risk.
    .remedy =
        If the policy blocks by location, an alternative to excluding the user is to add Marketo's outbound IP addresses (ask Adobe support) as a trusted named location.
        { -mfa-steps }
aadsts-53004 =
    .cause = The sync user must complete the multi-factor authentication registration process (proof-up) before it can sign in. Marketo can do neither the registration nor the MFA that follows.
    .remedy =
        { -mfa-registration }
        { -mfa-steps }
aadsts-65001 =
    .cause = No one has consented to the Marketo app's Dynamics CRM permission (user_impersonation), so Azure AD will not issue a token for Dynamics.
    .remedy = { -consent-steps }
aadsts-70001 =
    .cause = The Marketo app is disabled in this tenant.
    .remedy = { -app-enable-steps }
aadsts-70002 =
    .cause = Azure AD could not validate the client credentials (client ID and client secret). Older v1 responses send this generic code first and the specific reason after it; dynsync goes by the last code.
    .remedy =
        1. If the response listed a more specific code too, run `dynsync explain` with that code.
        2. Otherwise check the client secret: it must be the secret's Value (not its Secret ID), not expired, and from the same app registration as the Client ID (App registrations → the Marketo app → Certificates & secrets).
        3. If in doubt, create a new client secret, enter its Value in Marketo, and run `dynsync validate` again.
aadsts-70008 =
    .cause = The refresh token or grant has expired or was revoked. Marketo has to sign in again with the password.
    .remedy =
        1. Re-enter the sync user's credentials so that Marketo signs in afresh (with the new password if it changed). { -marketo-edit }
        2. Run `dynsync validate` to confirm that the password sign-in works.
aadsts-70011 =
    .cause = The requested scope is invalid. For Marketo the scope is built from the org URL ({"{org URL}"}/.default), so a wrong or malformed URL gives this error.
    .remedy =
        1. Check the org URL: https://<org>.crm<N>.dynamics.com, with no path (no /api/data…), no typo.
        2. The scope must name a single resource (otherwise AADSTS700022).
        3. Fix the URL and run `dynsync validate` again.
aadsts-80001 =
    .cause = The pass-through authentication agent cannot reach Active Directory, so the sync user's password cannot be checked.
    .remedy = { -pta-steps }
aadsts-80002 =
    .cause = Password validation through the pass-through authentication agent timed out.
    .remedy = { -pta-steps }
aadsts-80012 =
    .cause = The sync user tried to sign in outside the logon hours allowed in Active Directory.
    .remedy =
        1. Active Directory Users and Computers → the sync user → Account → Logon Hours: permit all hours (the sync runs around the clock).
        2. Run `dynsync validate` again once the change has replicated.
aadsts-80013 =
    .cause = The clock of a pass-through authentication agent server differs too much from Active Directory's.
    .remedy =
        1. Fix time synchronisation on the agent servers (they should follow the domain time hierarchy; w32tm /resync forces an update).
        2. Run `dynsync validate` again.
aadsts-80014 =
    .cause = The pass-through authentication agent answered after the maximum time allowed.
    .remedy = { -pta-steps }
aadsts-90002 =
    .cause = The tenant named in the request was not found. The tenant ID or domain is mistyped, is not a verified domain, or belongs to another cloud (US Government or China).
    .remedy =
        1. Check the value given with --tenant: the Directory (tenant) ID from Microsoft Entra admin center → Overview, or a verified domain such as contoso.onmicrosoft.com; or leave --tenant out to discover it from the org URL.
        2. If the tenant was taken from the username's domain, that domain must be verified in the tenant; otherwise fix the Username.
        3. For GCC High, DoD or China, pass --cloud usgovhigh, dod or china.
        4. Run `dynsync validate` again.
aadsts-90010 =
    .cause = Azure AD could not create the algorithm the request needs ("Unable to create the algorithm" in Microsoft's reference). Servers also send this code when the password grant went to the /common or /consumers endpoint, and Microsoft's message then says so; dynsync goes by that message when it has one.
    .remedy =
        1. Read Microsoft's message (error_description). If it says the grant type is not supported over the /common or /consumers endpoints, the request did not name the tenant. { -tenant-endpoint-steps }
        2. Otherwise nothing in the setup is known to cause it: run `dynsync validate` again later; if it persists, open { -sign-in-logs }, find the failed sign-in and give Microsoft support its Trace ID and Correlation ID.
# AADSTS90010 when Microsoft's message says the grant type is not supported over /common or
# /consumers (what servers send for a password grant there): a summary (after the code and
# name), the cause `dynsync explain` shows, and a remedy.
aadsts-90010-common =
    .summary = the password grant is not supported on the /common or /consumers endpoint: the request must name the tenant
    .cause = The request went to the /common or /consumers endpoint, which does not accept the password grant. It must go to the tenant's own endpoint (its Directory (tenant) ID or a verified domain) or to /organizations.
    .remedy =
        The request went to /common or /consumers; the password grant needs the tenant's own endpoint or /organizations.
        { -tenant-endpoint-steps }
aadsts-90014 =
    .cause = A field the request needs is missing. This points to how the request was built rather than to wrong credentials.
    .remedy =
        1. Check that none of the inputs (client ID, client secret, username, password, org URL) is empty.
        2. Run `dynsync validate` again; if it persists with every input set, report it as a dynsync bug, quoting the Trace ID.
aadsts-90038 =
    .cause = The tenant belongs to a national cloud (US Government or China) but the request went to another cloud's sign-in host.
    .remedy =
        1. Use the sign-in host of the tenant's cloud. With dynsync: --cloud usgovhigh or --cloud dod (login.microsoftonline.us), --cloud china (login.partner.microsoftonline.cn); GCC uses --cloud usgov, which signs in on the commercial host.
        2. The org URL tells the cloud: *.crm.microsoftdynamics.us is GCC High, *.crm.appsplatform.us is DoD, *.crm.dynamics.cn is China, *.crm9.dynamics.com is GCC.
        3. Run `dynsync validate --cloud …` again.
aadsts-90055 =
    .cause = Azure AD is throttling requests for this tenant because too many arrived.
    .remedy =
        Do not retry now.
        1. Wait several minutes and stop any loop that requests tokens.
        2. Then run `dynsync validate` once.
aadsts-90094 =
    .cause = An administrator has to consent to the Marketo app's permissions before the sync user can sign in.
    .remedy = { -consent-steps }
aadsts-500011 =
    .cause = The tenant has no resource matching the org URL that the token was requested for. The org URL is wrong (region, spelling) or the Dynamics environment belongs to another tenant.
    .remedy =
        1. Copy the org URL from Dynamics (Settings → Customizations → Developer Resources) or from the Power Platform admin center (Environments → the environment → Environment URL) and compare: https://<org>.crm<N>.dynamics.com, nothing after the host.
        2. Make sure the sync user, the app registration and the environment are all in the same tenant.
        3. Marketo does not let you change the URL after the first sync, so get it right before saving; then run `dynsync validate` again.
aadsts-500014 =
    .cause = The Dynamics CRM service principal is disabled in this tenant, for example because a subscription lapsed or an admin disabled it.
    .remedy =
        1. Microsoft Entra admin center → Enterprise applications → Application type: Microsoft Applications → Dynamics CRM (app ID 00000007-0000-0000-c000-000000000000) → Properties → Enabled for users to sign in? → Yes.
        2. Check the Dynamics 365 subscription in the Microsoft 365 admin center → Billing → Your products.
        3. Run `dynsync validate` again.
aadsts-530003 =
    .cause = A Conditional Access policy requires a managed device to access this resource. Marketo's servers can never be a managed device.
    .remedy = { -mfa-steps }
aadsts-530032 =
    .cause = A tenant-level security policy blocked the request.
    .remedy =
        Review the tenant's security policies named in the failed sign-in.
        { -mfa-steps }
aadsts-530035 =
    .cause = Security defaults blocked the sign-in as legacy or unsafe authentication. Security defaults require MFA and cannot exclude a single account.
    .remedy =
        Security defaults cannot exclude a user: either turn them off (Microsoft Entra admin center → Overview → Properties → Manage security defaults → Disabled) and replace them with Conditional Access policies that exclude the sync user, or use Marketo's Server-to-Server (S2S) connection.
        { -mfa-steps }
aadsts-650052 =
    .cause = The app needs a service that the tenant has not subscribed to or enabled. For Marketo this means the tenant has no Dynamics 365 (Dataverse) service.
    .remedy =
        1. Make sure you use the tenant that owns the Dynamics 365 environment (compare --tenant with the tenant of the org URL).
        2. Check that the tenant has an active Dynamics 365 or Power Apps subscription (Microsoft 365 admin center → Billing → Your products).
        3. Run `dynsync validate` again.
aadsts-650056 =
    .cause = The Marketo app lists no permission for Dynamics CRM, or no admin has consented to it.
    .remedy = { -consent-steps }
aadsts-650057 =
    .cause = The Marketo app asked for Dynamics, which is not among the API permissions of its app registration.
    .remedy = { -consent-steps }
aadsts-700003 =
    .cause = Azure AD looked for a device object that does not exist (a deleted device), which happens when a device-based Conditional Access policy applies to the sync user.
    .remedy = { -mfa-steps }
aadsts-700011 =
    .cause = No application with this client ID exists in the tenant.
    .remedy = { -client-id-steps }
aadsts-700016 =
    .cause = Azure AD found no application with this client ID in the tenant. The client ID is mistyped, is the Object ID rather than the Application (client) ID, or the app lives in another tenant.
    .remedy = { -client-id-steps }
aadsts-700022 =
    .cause = The scope names more than one resource. Marketo's scope must be the org URL followed by /.default (plus offline_access) and nothing else.
    .remedy =
        1. Check that the org URL holds a single address, such as https://contoso.crm.dynamics.com.
        2. Run `dynsync validate` again.
aadsts-700025 =
    .cause = The app registration is treated as a public client, so Azure AD refuses the client secret that Marketo sends.
    .remedy =
        1. Microsoft Entra admin center → App registrations → the Marketo app → Authentication → Advanced settings → Allow public client flows → No → Save (isFallbackPublicClient = false).
        2. Keep the client secret in Marketo: Marketo signs in as a confidential client.
        3. Run `dynsync validate` again.
aadsts-900144 =
    .cause = The request body lacks a required parameter; Microsoft's message names it.
    .remedy =
        1. Check that none of the inputs (client ID, client secret, username, password, org URL) is empty.
        2. If every input is set and it persists, the request was malformed (often its form encoding): report it as a dynsync bug, quoting the Trace ID.
aadsts-901002 =
    .cause = The request sent a 'resource' parameter to the v2.0 token endpoint, which only accepts 'scope'.
    .remedy = This is a client bug, not a setup problem: v2.0 takes scope={"{org URL}"}/.default, the v1 endpoint takes resource={"{org URL}"}. If dynsync sent the request, report it with the Trace ID.
aadsts-7000112 =
    .cause = The Marketo app is disabled in this tenant.
    .remedy = { -app-enable-steps }
aadsts-7000215 =
    .cause = Azure AD rejected the client secret. Most often the Secret ID was copied instead of the secret's Value, or the secret belongs to another app registration.
    .remedy =
        Secret ID vs Value: App registrations → the Marketo app → Certificates & secrets lists each client secret with a Value and a Secret ID. Marketo needs the Value, which the portal shows in full only once, right after the secret is created. A GUID-shaped string (8-4-4-4-12 hex digits) is the Secret ID, not the secret.
        1. If you no longer have the Value, create a new client secret (Certificates & secrets → New client secret) and copy its Value at once.
        2. Make sure the secret belongs to the same app registration as the Client ID.
        3. { -marketo-edit }
        4. Run `dynsync validate` again.
aadsts-7000218 =
    .cause = The request carried no client secret while the app registration is a confidential client. Marketo's password setup needs the client secret.
    .remedy =
        1. Enter the client secret's Value in Marketo (Client Secret) and give it to dynsync.
        2. Keep Allow public client flows set to No: turning the app into a public client does not suit Marketo, which sends a secret (that gives AADSTS700025).
        3. Run `dynsync validate` again.
aadsts-7000222 =
    .cause = The client secret has expired. Marketo keeps sending it, and the sync stays down until a new secret is entered.
    .remedy =
        1. App registrations → the Marketo app → Certificates & secrets → New client secret: create a new secret next to the expired one and copy its Value (shown once). Note its expiry date so you can rotate before it.
        2. { -marketo-edit }
        3. Run `dynsync validate` to confirm.
        4. Delete the old secret later, once the sync runs on the new one.
aadsts-9001023 =
    .cause = The password grant is not supported on the /common or /consumers endpoint. The request must name the tenant.
    .remedy = { -tenant-endpoint-steps }
aadsts-9002313 =
    .cause = The request was malformed or invalid. This points to how it was built rather than to the credentials.
    .remedy =
        1. Run `dynsync validate` again.
        2. If it persists, report it as a dynsync bug, quoting the Trace ID (do not include secrets).
