//! The AADSTS catalogue: what each Azure AD (Entra ID) error code means for the Marketo sync
//! user's password sign-in (ROPC), and what an admin does about it.
//!
//! Diagnosis keys on the most specific code ([`AadError::code`]), never on the OAuth `error`
//! string alone: Azure AD reports the same condition under different `error` values.

use crate::azure::Realm;
use crate::azure::aad_error::AadError;
use crate::report::Field;
use serde::Serialize;

/// What kind of problem a code points at (used for grouping and for the lockout guard).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Class {
    Credentials,
    Lockout,
    Mfa,
    Consent,
    Client,
    Secret,
    Tenant,
    Resource,
    Request,
    Throttle,
    Account,
}

/// One catalogue entry.
#[derive(Debug)]
pub struct Entry {
    pub code: u32,
    /// Microsoft's short name, e.g. "InvalidUserNameOrPassword" (a descriptive name in the same
    /// style where Microsoft's reference gives none).
    pub name: &'static str,
    pub class: Class,
    /// What happened, in the Marketo sync-user context. Its first sentence is the headline.
    pub cause: &'static str,
    /// Concrete admin steps; may hold numbered lines.
    pub remedy: &'static str,
    /// The input to re-enter, when the fix is re-entering a value.
    pub field: Option<Field>,
    /// Do not try again now (lockout / throttling risk).
    pub stop: bool,
}

/// The result of [`diagnose`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnosis {
    pub code: Option<u32>,
    /// One line: "AADSTS50126 InvalidUserNameOrPassword: …". Never holds a secret.
    pub summary: String,
    /// What to do, possibly several lines.
    pub remedy: String,
    pub field: Option<Field>,
    pub stop: bool,
    pub class: Option<Class>,
}

/// Where failed sign-ins are read.
macro_rules! sign_in_logs {
    () => {
        "Microsoft Entra admin center → Monitoring & health → Sign-in logs"
    };
}

/// Re-entering credentials in Marketo (Adobe's documented path).
macro_rules! marketo_edit {
    () => {
        "In Marketo: Admin → Microsoft Dynamics → Disable Sync → Edit (Step 1: Enter Credentials) → enter the new value → Save → Validate Sync Setup → Enable Sync."
    };
}

/// The common advice for every MFA / Conditional Access / device code.
macro_rules! mfa_steps {
    () => {
        concat!(
            "1. Find the policy: ",
            sign_in_logs!(),
            ", filter on the sync user, open the failed sign-in and read its Conditional Access tab (it names the policy that applied).\n",
            "2. Exclude the sync user (or this app registration) from that policy: Protection → Conditional Access → the policy → Users (or Target resources) → Exclude.\n",
            "3. Disable per-user MFA for that account if it is on: Users → All users → Per-user MFA → select the sync user → Disable.\n",
            "4. Marketo cannot do MFA or any interactive step (Adobe's setup guide says MFA must be off for the sync user). If policy forbids an exclusion, use Marketo's Server-to-Server (S2S) connection, which signs in as an application user without a password.\n",
            "5. Run `dynsync validate` again."
        )
    };
}

/// Pass-through authentication agent problems.
macro_rules! pta_steps {
    () => {
        concat!(
            "1. Microsoft Entra admin center → Hybrid management → Microsoft Entra Connect → Pass-through authentication: check that the authentication agents are active.\n",
            "2. On the agent servers, check their connection to the domain controllers of the sync user's forest and the agent's event log.\n",
            "3. Run `dynsync validate` again once the agents are healthy."
        )
    };
}

/// 50126 when the user's domain is managed.
macro_rules! managed_50126 {
    () => {
        concat!(
            "1. Re-enter the sync user's password exactly; a password with leading or trailing spaces cannot be used with this sign-in method. ",
            marketo_edit!(),
            "\n",
            "2. Check that the Username is the user principal name (Microsoft Entra admin center → Users → the sync user → User principal name).\n",
            "3. If unsure of the password, reset it (Users → the sync user → Reset password) and sign in once as the sync user to set a permanent password: Marketo cannot change a temporary one.\n",
            "4. Each failure counts toward smart lockout (AADSTS50053): make sure of the password before retrying, then run `dynsync validate` once."
        )
    };
}

/// 50126 when the user's domain is federated: password hash sync + HRD policy (azure.md §4.2).
macro_rules! federated_50126 {
    () => {
        concat!(
            "Marketo sends the password straight to Azure AD, which by default will not check the password of a user in a federated domain (AD FS, Okta, Ping…) and answers 50126 even when the password is right. Two things are needed:\n",
            "1. Password hash sync enabled in Microsoft Entra Connect, so that Azure AD holds the user's password hash; after enabling it, wait for the hash to sync.\n",
            "2. A Home Realm Discovery (HRD) policy with AllowCloudPasswordValidation on the service principal (enterprise application) of the Marketo app. With Microsoft Graph PowerShell:\n",
            "   Connect-MgGraph -Scopes \"Policy.ReadWrite.ApplicationConfiguration\",\"Application.ReadWrite.All\"\n",
            "   $policy = New-MgPolicyHomeRealmDiscoveryPolicy -BodyParameter @{ definition = @('{\"HomeRealmDiscoveryPolicy\":{\"AllowCloudPasswordValidation\":true}}'); displayName = \"EnableDirectAuthPolicy\" }\n",
            "   $sp = Get-MgServicePrincipal -Filter \"appId eq '<client id>'\"\n",
            "   New-MgServicePrincipalHomeRealmDiscoveryPolicyByRef -ServicePrincipalId $sp.Id -BodyParameter @{ \"@odata.id\" = \"https://graph.microsoft.com/v1.0/policies/homeRealmDiscoveryPolicies/$($policy.Id)\" }\n",
            "   Get-MgPolicyHomeRealmDiscoveryPolicyApplyTo -HomeRealmDiscoveryPolicyId $policy.Id\n",
            "   A service principal holds only one HRD policy: if it already has one, edit that policy's definition instead. The policy lets Azure AD check the synced password hash itself; it does not forward the sign-in to the federation server. Remove it if password hash sync is ever turned off.\n",
            "3. Run `dynsync validate` again."
        )
    };
}

/// What a federated sync user needs (password hash sync and an HRD policy), for `client_id`.
pub fn hrd_remedy(client_id: &str) -> String {
    federated_50126!().replace("<client id>", client_id)
}

/// Re-entering the client ID.
macro_rules! client_id_steps {
    () => {
        concat!(
            "1. Microsoft Entra admin center → App registrations → the Marketo app → Overview: copy the Application (client) ID (not the Object ID, not the Directory (tenant) ID).\n",
            "2. Make sure the app is registered in the tenant of the sync user and of the Dynamics environment; an app from another tenant also needs an enterprise application in this one.\n",
            "3. Enter it as Client ID in Marketo and run `dynsync validate` again."
        )
    };
}

/// Enabling a disabled enterprise application.
macro_rules! app_enable_steps {
    () => {
        "1. Microsoft Entra admin center → Enterprise applications → the Marketo app → Properties → Enabled for users to sign in? → Yes → Save.\n2. Run `dynsync validate` again."
    };
}

/// Adding the Dynamics permission and granting admin consent.
macro_rules! consent_steps {
    () => {
        concat!(
            "1. Microsoft Entra admin center → App registrations → the Marketo app → API permissions: Dynamics CRM → user_impersonation (\"Access Common Data Service as organization users\") must be listed; if not, Add a permission → Dynamics CRM → Delegated permissions → user_impersonation → Add permissions.\n",
            "2. Click Grant admin consent for the tenant → Yes (needs Cloud Application Administrator, Application Administrator or Privileged Role Administrator). Or have an admin open https://login.microsoftonline.com/<tenant>/adminconsent?client_id=<client id>.\n",
            "3. Wait a minute and run `dynsync validate` again. Missing consent also turns Marketo's \"Sync user is assigned to the Marketo Sync User role\" check red."
        )
    };
}

/// Common/consumers endpoint.
macro_rules! tenant_endpoint_steps {
    () => {
        "Name the tenant: pass the Directory (tenant) ID or a verified domain with --tenant (not common or consumers; organizations also works), or leave --tenant out so dynsync discovers it from the org URL. Then run `dynsync validate` again."
    };
}

const fn e(
    code: u32,
    name: &'static str,
    class: Class,
    field: Option<Field>,
    stop: bool,
    cause: &'static str,
    remedy: &'static str,
) -> Entry {
    Entry {
        code,
        name,
        class,
        cause,
        remedy,
        field,
        stop,
    }
}

use Class::*;

static ENTRIES: &[Entry] = &[
    e(
        50001,
        "InvalidResource",
        Resource,
        Some(Field::OrgUrl),
        false,
        "The resource in the token request (the Dynamics org URL) is disabled or does not exist in this tenant. This is the v1 endpoint's form of AADSTS500011.",
        "1. Check the org URL entered in Marketo: the environment's own address, such as https://contoso.crm.dynamics.com, with the right region (crm, crm4, crm11…) and nothing after the host.\n2. Make sure the environment, the sync user and the app registration are in the same tenant.\n3. Marketo does not let you change the URL after the first sync, so fix it before saving; then run `dynsync validate` again.",
    ),
    e(
        50020,
        "UserUnauthorized",
        Account,
        Some(Field::Username),
        false,
        "The sync user comes from another identity provider or tenant and is not a member of the tenant that owns Dynamics. Guests from other tenants and personal Microsoft accounts cannot use the password sign-in Marketo relies on.",
        "1. Use a member account created in the Dynamics tenant as the sync user (Adobe asks for a dedicated, licensed sync user).\n2. Enter its user principal name as the Username in Marketo and run `dynsync validate` again.",
    ),
    e(
        50034,
        "UserAccountNotFound",
        Account,
        Some(Field::Username),
        false,
        "Azure AD found no user with this username in the tenant. The username is mistyped, is an email alias rather than the user principal name, or the request went to another tenant.",
        "1. Microsoft Entra admin center → Users → All users: find the sync user and copy its User principal name exactly (it is not always the email address).\n2. Check that the tenant used (--tenant, or the one discovered from the org URL) is the one the user lives in.\n3. Enter the UPN as the Username in Marketo and run `dynsync validate` again.",
    ),
    e(
        50049,
        "NoSuchInstanceForDiscovery",
        Tenant,
        None,
        false,
        "The sign-in host (authority) is unknown or invalid. The request went to a host that is not an Azure AD sign-in endpoint.",
        "Use the sign-in host of the tenant's cloud: login.microsoftonline.com for commercial and GCC, login.microsoftonline.us for GCC High and DoD, login.partner.microsoftonline.cn for China. With dynsync, choose it with --cloud (public, usgov, usgovhigh, dod, china) and run `dynsync validate` again.",
    ),
    e(
        50053,
        "IdsLocked",
        Lockout,
        None,
        true,
        "Azure AD has locked the sync user's sign-in after too many wrong passwords (smart lockout), or blocked it because it came from an IP address with malicious activity. Every further attempt can extend the lockout.",
        concat!(
            "Do not try again now, and stop Marketo from retrying.\n",
            "1. If Marketo keeps signing in with a wrong stored password, pause it: Marketo Admin → Microsoft Dynamics → Disable Sync.\n",
            "2. Wait about 30 minutes before any new attempt.\n",
            "3. ",
            sign_in_logs!(),
            ": find the sync user's sign-ins with error code 50053 and read the Failure reason (lockout, or malicious IP).\n",
            "4. For a risk block, review the user under Protection → Identity Protection → Risky users and, once you trust the source, confirm it safe or dismiss the risk.\n",
            "5. Make sure of the password (reset it if unsure), enter it in Marketo, then run `dynsync validate` once."
        ),
    ),
    e(
        50055,
        "InvalidPasswordExpiredPassword",
        Credentials,
        Some(Field::Password),
        false,
        "The sync user's password has expired. Marketo cannot change a password, so the sync stays down until a new one is set and entered.",
        concat!(
            "1. Reset the password: Microsoft Entra admin center → Users → the sync user → Reset password; for a user synced from on-premises AD, reset it in AD and wait for the next sync.\n",
            "2. If the reset asks for a change at next sign-in, sign in once as the sync user (for example at https://myaccount.microsoft.com) to set the final password.\n",
            "3. To avoid a repeat, exempt this service account from password expiry (for a cloud user, set its passwordPolicies to DisablePasswordExpiration with Microsoft Graph; for a synced user, a non-expiring password policy in AD).\n",
            "4. ",
            marketo_edit!(),
            "\n5. Run `dynsync validate` again."
        ),
    ),
    e(
        50056,
        "InvalidOrNullPassword",
        Credentials,
        None,
        false,
        "Azure AD holds no password for the sync user, so it cannot check the one Marketo sent. This is typical for a synced or federated user whose password hash is not synchronised, or an account set up for passwordless sign-in only.",
        "1. For a user synced from on-premises AD, enable password hash sync in Microsoft Entra Connect (Optional features → Password hash synchronization) and wait for the hash to reach Entra ID. A federated domain also needs the HRD policy shown by `dynsync explain 50126`.\n2. Or use a cloud-only sync user that has a password.\n3. Run `dynsync validate` again.",
    ),
    e(
        50057,
        "UserDisabled",
        Account,
        None,
        false,
        "The sync user's account is disabled, so Azure AD refuses to sign it in.",
        "1. Microsoft Entra admin center → Users → the sync user → Edit properties → Settings → Account enabled.\n2. For a user synced from on-premises AD, enable it in Active Directory (Enable-ADAccount) and wait for the next sync.\n3. Run `dynsync validate` again.",
    ),
    e(
        50059,
        "MissingTenantRealmAndNoUserInformationProvided",
        Tenant,
        Some(Field::Tenant),
        false,
        "Azure AD could not tell which tenant the request is for: the URL names none and the credentials imply none.",
        tenant_endpoint_steps!(),
    ),
    e(
        50064,
        "CredentialAuthenticationError",
        Credentials,
        Some(Field::Password),
        false,
        "Azure AD could not validate the sync user's username or password.",
        concat!(
            "Treat it like a wrong password: check the Username and Password entered in Marketo (no leading or trailing spaces) and read the failed sign-in in ",
            sign_in_logs!(),
            ". Repeated failures lead to a lockout (AADSTS50053), so run `dynsync validate` only once the values are checked."
        ),
    ),
    e(
        50072,
        "UserStrongAuthEnrollmentRequiredInterrupt",
        Mfa,
        None,
        false,
        "The sync user is asked to enrol in multi-factor authentication, an interactive step Marketo cannot perform.",
        concat!(
            "Also exclude the sync user from the MFA registration policy (Protection → Identity Protection → Multifactor authentication registration policy) and check whether security defaults are on.\n",
            mfa_steps!()
        ),
    ),
    e(
        50074,
        "UserStrongAuthClientAuthNRequiredInterrupt",
        Mfa,
        None,
        false,
        "Strong authentication is required and the sync user did not pass the MFA challenge. A password sign-in cannot answer an MFA challenge.",
        mfa_steps!(),
    ),
    e(
        50076,
        "UserStrongAuthClientAuthNRequired",
        Mfa,
        None,
        false,
        "Azure AD requires multi-factor authentication for the sync user (a Conditional Access policy, per-user MFA, or a location rule). Marketo signs in with a password only and is blocked.",
        mfa_steps!(),
    ),
    e(
        50079,
        "UserStrongAuthEnrollmentRequired",
        Mfa,
        None,
        false,
        "The sync user must register security information for multi-factor authentication before it can sign in. Marketo can do neither the registration nor the MFA that follows.",
        concat!(
            "Also exclude the sync user from the MFA registration policy (Protection → Identity Protection → Multifactor authentication registration policy) and check whether security defaults are on.\n",
            mfa_steps!()
        ),
    ),
    e(
        50097,
        "DeviceAuthenticationRequired",
        Mfa,
        None,
        false,
        "A Conditional Access policy requires device authentication. Marketo's servers are not a registered device, so the sync user can never satisfy it.",
        mfa_steps!(),
    ),
    e(
        50105,
        "EntitlementGrantsNotFound",
        Account,
        None,
        false,
        "The Marketo app's enterprise application requires user assignment, and the sync user is not assigned to it.",
        "1. Microsoft Entra admin center → Enterprise applications → the Marketo app → Users and groups → Add user/group → select the sync user → Assign.\n2. Or, on the app's Properties page, set Assignment required? to No.\n3. Run `dynsync validate` again.",
    ),
    e(
        50125,
        "PasswordResetRegistrationRequiredInterrupt",
        Account,
        None,
        false,
        "Sign-in was interrupted to make the sync user register for self-service password reset, an interactive step Marketo cannot complete.",
        "1. Sign in once interactively as the sync user and complete the registration, or keep the account out of the group that must register (Protection → Password reset → Registration).\n2. Run `dynsync validate` again.",
    ),
    e(
        50126,
        "InvalidUserNameOrPassword",
        Credentials,
        Some(Field::Password),
        false,
        "Azure AD did not accept the sync user's username and password. For a user in a federated domain it sends the same code when it is not allowed to check the password itself.",
        concat!(
            "Two causes give this code; find out which by checking the domain of the sync user: Microsoft Entra admin center → Settings → Domain names shows which domains are federated.\n",
            "If the domain is managed (cloud-only, password hash sync or pass-through authentication), the password or username is wrong:\n",
            managed_50126!(),
            "\nIf the domain is federated: ",
            federated_50126!()
        ),
    ),
    e(
        50128,
        "InvalidDomainName",
        Tenant,
        Some(Field::Username),
        false,
        "Azure AD found no tenant for the domain in the request or in the username. The domain after @ is probably not a verified domain of any tenant.",
        "1. Check the domain after @ in the sync user's username: it must be a verified domain of the Dynamics tenant (Microsoft Entra admin center → Settings → Domain names) or its *.onmicrosoft.com domain.\n2. Pass the tenant explicitly with --tenant (Directory ID or verified domain).\n3. Run `dynsync validate` again.",
    ),
    e(
        50131,
        "ConditionalAccessFailed",
        Mfa,
        None,
        false,
        "A Conditional Access decision blocked the sign-in: device state, suspicious activity, or an access or security policy.",
        mfa_steps!(),
    ),
    e(
        50135,
        "PasswordChangeCompromisedPassword",
        Account,
        Some(Field::Password),
        false,
        "Identity Protection considers the sync user at risk and requires a password change, which Marketo cannot do.",
        concat!(
            "1. Protection → Identity Protection → Risky users: investigate the sync user.\n",
            "2. Reset its password (Users → the sync user → Reset password) and, once you trust the account, dismiss the risk.\n",
            "3. ",
            marketo_edit!(),
            "\n4. Run `dynsync validate` again."
        ),
    ),
    e(
        50144,
        "InvalidPasswordExpiredOnPremPassword",
        Credentials,
        Some(Field::Password),
        false,
        "The sync user's on-premises Active Directory password has expired.",
        concat!(
            "1. Reset the password in Active Directory (Active Directory Users and Computers, or Set-ADAccountPassword) and wait for Microsoft Entra Connect to sync it.\n",
            "2. Give this service account a non-expiring password policy in AD.\n",
            "3. ",
            marketo_edit!(),
            "\n4. Run `dynsync validate` again."
        ),
    ),
    e(
        50158,
        "ExternalSecurityChallenge",
        Mfa,
        None,
        false,
        "An external security challenge was not satisfied: a third-party MFA provider, a Conditional Access custom control, or terms of use. Marketo cannot complete any interactive challenge.",
        concat!(
            "Exclude the sync user from the policy that requires the custom control or the terms of use.\n",
            mfa_steps!()
        ),
    ),
    e(
        50173,
        "FreshTokenNeeded",
        Credentials,
        Some(Field::Password),
        false,
        "The grant was revoked because the sync user's password changed or an admin revoked its sessions. A new sign-in with the current password is needed.",
        concat!(
            "1. Enter the sync user's current password. ",
            marketo_edit!(),
            "\n2. Run `dynsync validate` again."
        ),
    ),
    e(
        50196,
        "LoopDetected",
        Throttle,
        None,
        true,
        "Azure AD detected a client loop: the same token request arrived too often in a short time, and further requests are throttled.",
        concat!(
            "Do not retry now.\n",
            "1. Wait a few minutes; stop any script or monitor that requests tokens for the sync user in a loop.\n",
            "2. ",
            sign_in_logs!(),
            ": filter on the sync user to see which application sends the requests.\n",
            "3. After the pause, run `dynsync validate` once."
        ),
    ),
    e(
        53000,
        "DeviceNotCompliant",
        Mfa,
        None,
        false,
        "A Conditional Access policy requires a compliant (managed) device. Marketo signs in from its own servers, which can never be a compliant device.",
        mfa_steps!(),
    ),
    e(
        53001,
        "DeviceNotDomainJoined",
        Mfa,
        None,
        false,
        "A Conditional Access policy requires a domain-joined device. Marketo's servers are not joined to your domain.",
        mfa_steps!(),
    ),
    e(
        53002,
        "ApplicationUsedIsNotAnApprovedApp",
        Mfa,
        None,
        false,
        "A Conditional Access policy requires an approved client app. Marketo's connector is not one of them.",
        mfa_steps!(),
    ),
    e(
        53003,
        "BlockedByConditionalAccess",
        Mfa,
        None,
        false,
        "A Conditional Access policy blocked the sign-in. It may block by location, platform, client app or risk.",
        concat!(
            "If the policy blocks by location, an alternative to excluding the user is to add Marketo's outbound IP addresses (ask Adobe support) as a trusted named location.\n",
            mfa_steps!()
        ),
    ),
    e(
        53004,
        "ProofUpBlockedDueToRisk",
        Mfa,
        None,
        false,
        "The sync user would have to register for MFA, but Identity Protection blocks the registration because the account is at risk.",
        concat!(
            "Review the user under Protection → Identity Protection → Risky users first.\n",
            mfa_steps!()
        ),
    ),
    e(
        65001,
        "DelegationDoesNotExist",
        Consent,
        None,
        false,
        "No one has consented to the Marketo app's Dynamics CRM permission (user_impersonation), so Azure AD will not issue a token for Dynamics.",
        consent_steps!(),
    ),
    e(
        70001,
        "UnauthorizedClient",
        Client,
        None,
        false,
        "The Marketo app is disabled in this tenant.",
        app_enable_steps!(),
    ),
    e(
        70002,
        "InvalidClient",
        Secret,
        Some(Field::ClientSecret),
        false,
        "Azure AD could not validate the client credentials (client ID and client secret). Older v1 responses send this generic code first and the specific reason after it; dynsync goes by the last code.",
        "1. If the response listed a more specific code too, run `dynsync explain` with that code.\n2. Otherwise check the client secret: it must be the secret's Value (not its Secret ID), not expired, and from the same app registration as the Client ID (App registrations → the Marketo app → Certificates & secrets).\n3. If in doubt, create a new client secret, enter its Value in Marketo, and run `dynsync validate` again.",
    ),
    e(
        70008,
        "ExpiredOrRevokedGrant",
        Credentials,
        None,
        false,
        "The refresh token or grant has expired or was revoked. Marketo has to sign in again with the password.",
        concat!(
            "1. Re-enter the sync user's credentials so that Marketo signs in afresh (with the new password if it changed). ",
            marketo_edit!(),
            "\n2. Run `dynsync validate` to confirm that the password sign-in works."
        ),
    ),
    e(
        70011,
        "InvalidScope",
        Resource,
        Some(Field::OrgUrl),
        false,
        "The requested scope is invalid. For Marketo the scope is built from the org URL ({org URL}/.default), so a wrong or malformed URL gives this error.",
        "1. Check the org URL: https://<org>.crm<N>.dynamics.com, with no path (no /api/data…), no typo.\n2. The scope must name a single resource (otherwise AADSTS700022).\n3. Fix the URL and run `dynsync validate` again.",
    ),
    e(
        80001,
        "OnPremiseStoreIsNotAvailable",
        Credentials,
        None,
        false,
        "The pass-through authentication agent cannot reach Active Directory, so the sync user's password cannot be checked.",
        pta_steps!(),
    ),
    e(
        80002,
        "OnPremisePasswordValidatorRequestTimedout",
        Credentials,
        None,
        false,
        "Password validation through the pass-through authentication agent timed out.",
        pta_steps!(),
    ),
    e(
        80012,
        "OnPremisePasswordValidationAccountLogonInvalidHours",
        Account,
        None,
        false,
        "The sync user tried to sign in outside the logon hours allowed in Active Directory.",
        "1. Active Directory Users and Computers → the sync user → Account → Logon Hours: permit all hours (the sync runs around the clock).\n2. Run `dynsync validate` again once the change has replicated.",
    ),
    e(
        80013,
        "OnPremisePasswordValidationTimeSkew",
        Credentials,
        None,
        false,
        "The clock of a pass-through authentication agent server differs too much from Active Directory's.",
        "1. Fix time synchronisation on the agent servers (they should follow the domain time hierarchy; w32tm /resync forces an update).\n2. Run `dynsync validate` again.",
    ),
    e(
        80014,
        "OnPremisePasswordValidationAuthenticationAgentTimeout",
        Credentials,
        None,
        false,
        "The pass-through authentication agent answered after the maximum time allowed.",
        pta_steps!(),
    ),
    e(
        90002,
        "InvalidTenantName",
        Tenant,
        Some(Field::Tenant),
        false,
        "The tenant named in the request was not found. The tenant ID or domain is mistyped, is not a verified domain, or belongs to another cloud (US Government or China).",
        "1. Check the value given with --tenant: the Directory (tenant) ID from Microsoft Entra admin center → Overview, or a verified domain such as contoso.onmicrosoft.com; or leave --tenant out to discover it from the org URL.\n2. If the tenant was taken from the username's domain, that domain must be verified in the tenant; otherwise fix the Username.\n3. For GCC High, DoD or China, pass --cloud usgovhigh, dod or china.\n4. Run `dynsync validate` again.",
    ),
    e(
        90010,
        "NotSupported",
        Tenant,
        Some(Field::Tenant),
        false,
        "The password grant is not supported on the /common or /consumers endpoint. The request must name the tenant.",
        tenant_endpoint_steps!(),
    ),
    e(
        90014,
        "MissingRequiredField",
        Request,
        None,
        false,
        "A field the request needs is missing. This points to how the request was built rather than to wrong credentials.",
        "1. Check that none of the inputs (client ID, client secret, username, password, org URL) is empty.\n2. Run `dynsync validate` again; if it persists with every input set, report it as a dynsync bug, quoting the Trace ID.",
    ),
    e(
        90038,
        "NationalCloudTenantRedirection",
        Tenant,
        None,
        false,
        "The tenant belongs to a national cloud (US Government or China) but the request went to another cloud's sign-in host.",
        "1. Use the sign-in host of the tenant's cloud. With dynsync: --cloud usgovhigh or --cloud dod (login.microsoftonline.us), --cloud china (login.partner.microsoftonline.cn); GCC uses --cloud usgov, which signs in on the commercial host.\n2. The org URL tells the cloud: *.crm.microsoftdynamics.us is GCC High, *.crm.appsplatform.us is DoD, *.crm.dynamics.cn is China, *.crm9.dynamics.com is GCC.\n3. Run `dynsync validate --cloud …` again.",
    ),
    e(
        90055,
        "TenantThrottlingError",
        Throttle,
        None,
        true,
        "Azure AD is throttling requests for this tenant because too many arrived.",
        "Do not retry now.\n1. Wait several minutes and stop any loop that requests tokens.\n2. Then run `dynsync validate` once.",
    ),
    e(
        90094,
        "AdminConsentRequired",
        Consent,
        None,
        false,
        "An administrator has to consent to the Marketo app's permissions before the sync user can sign in.",
        consent_steps!(),
    ),
    e(
        500011,
        "InvalidResourceServicePrincipalNotFound",
        Resource,
        Some(Field::OrgUrl),
        false,
        "The tenant has no resource matching the org URL that the token was requested for. The org URL is wrong (region, spelling) or the Dynamics environment belongs to another tenant.",
        "1. Copy the org URL from Dynamics (Settings → Customizations → Developer Resources) or from the Power Platform admin center (Environments → the environment → Environment URL) and compare: https://<org>.crm<N>.dynamics.com, nothing after the host.\n2. Make sure the sync user, the app registration and the environment are all in the same tenant.\n3. Marketo does not let you change the URL after the first sync, so get it right before saving; then run `dynsync validate` again.",
    ),
    e(
        500014,
        "ResourceServicePrincipalDisabled",
        Resource,
        None,
        false,
        "The Dynamics CRM service principal is disabled in this tenant, for example because a subscription lapsed or an admin disabled it.",
        "1. Microsoft Entra admin center → Enterprise applications → Application type: Microsoft Applications → Dynamics CRM (app ID 00000007-0000-0000-c000-000000000000) → Properties → Enabled for users to sign in? → Yes.\n2. Check the Dynamics 365 subscription in the Microsoft 365 admin center → Billing → Your products.\n3. Run `dynsync validate` again.",
    ),
    e(
        530003,
        "DeviceManagementRequired",
        Mfa,
        None,
        false,
        "A Conditional Access policy requires a managed device to access this resource. Marketo's servers can never be a managed device.",
        mfa_steps!(),
    ),
    e(
        530032,
        "BlockedByConditionalAccessOnSecurityPolicy",
        Mfa,
        None,
        false,
        "A tenant-level security policy blocked the request.",
        concat!(
            "Review the tenant's security policies named in the failed sign-in.\n",
            mfa_steps!()
        ),
    ),
    e(
        530035,
        "BlockedBySecurityDefaults",
        Mfa,
        None,
        false,
        "Security defaults blocked the sign-in as legacy or unsafe authentication. Security defaults require MFA and cannot exclude a single account.",
        concat!(
            "Security defaults cannot exclude a user: either turn them off (Microsoft Entra admin center → Overview → Properties → Manage security defaults → Disabled) and replace them with Conditional Access policies that exclude the sync user, or use Marketo's Server-to-Server (S2S) connection.\n",
            mfa_steps!()
        ),
    ),
    e(
        650052,
        "ServiceNotEnabledInTenant",
        Resource,
        None,
        false,
        "The app needs a service that the tenant has not subscribed to or enabled. For Marketo this means the tenant has no Dynamics 365 (Dataverse) service.",
        "1. Make sure you use the tenant that owns the Dynamics 365 environment (compare --tenant with the tenant of the org URL).\n2. Check that the tenant has an active Dynamics 365 or Power Apps subscription (Microsoft 365 admin center → Billing → Your products).\n3. Run `dynsync validate` again.",
    ),
    e(
        650056,
        "MisconfiguredApplication",
        Consent,
        None,
        false,
        "The Marketo app lists no permission for Dynamics CRM, or no admin has consented to it.",
        consent_steps!(),
    ),
    e(
        650057,
        "ResourceNotInRequestedPermissions",
        Consent,
        None,
        false,
        "The Marketo app asked for Dynamics, which is not among the API permissions of its app registration.",
        consent_steps!(),
    ),
    e(
        700003,
        "DeviceObjectNotFound",
        Mfa,
        None,
        false,
        "Azure AD looked for a device object that does not exist (a deleted device), which happens when a device-based Conditional Access policy applies to the sync user.",
        mfa_steps!(),
    ),
    e(
        700011,
        "UnauthorizedClientAppNotFoundInOrgIdTenant",
        Client,
        Some(Field::ClientId),
        false,
        "No application with this client ID exists in the tenant.",
        client_id_steps!(),
    ),
    e(
        700016,
        "UnauthorizedClient_DoesNotMatchRequest",
        Client,
        Some(Field::ClientId),
        false,
        "Azure AD found no application with this client ID in the tenant. The client ID is mistyped, is the Object ID rather than the Application (client) ID, or the app lives in another tenant.",
        client_id_steps!(),
    ),
    e(
        700022,
        "InvalidMultipleResourcesScope",
        Resource,
        Some(Field::OrgUrl),
        false,
        "The scope names more than one resource. Marketo's scope must be the org URL followed by /.default (plus offline_access) and nothing else.",
        "1. Check that the org URL holds a single address, such as https://contoso.crm.dynamics.com.\n2. Run `dynsync validate` again.",
    ),
    e(
        700025,
        "InvalidClientPublicClientWithCredential",
        Client,
        None,
        false,
        "The app registration is treated as a public client, so Azure AD refuses the client secret that Marketo sends.",
        "1. Microsoft Entra admin center → App registrations → the Marketo app → Authentication → Advanced settings → Allow public client flows → No → Save (isFallbackPublicClient = false).\n2. Keep the client secret in Marketo: Marketo signs in as a confidential client.\n3. Run `dynsync validate` again.",
    ),
    e(
        900144,
        "MissingRequiredParameter",
        Request,
        None,
        false,
        "The request body lacks a required parameter; Microsoft's message names it.",
        "1. Check that none of the inputs (client ID, client secret, username, password, org URL) is empty.\n2. If every input is set and it persists, the request was malformed (often its form encoding): report it as a dynsync bug, quoting the Trace ID.",
    ),
    e(
        901002,
        "ResourceParameterNotSupported",
        Request,
        None,
        false,
        "The request sent a 'resource' parameter to the v2.0 token endpoint, which only accepts 'scope'.",
        "This is a client bug, not a setup problem: v2.0 takes scope={org URL}/.default, the v1 endpoint takes resource={org URL}. If dynsync sent the request, report it with the Trace ID.",
    ),
    e(
        7000112,
        "UnauthorizedClientApplicationDisabled",
        Client,
        None,
        false,
        "The Marketo app is disabled in this tenant.",
        app_enable_steps!(),
    ),
    e(
        7000215,
        "InvalidClientSecret",
        Secret,
        Some(Field::ClientSecret),
        false,
        "Azure AD rejected the client secret. Most often the Secret ID was copied instead of the secret's Value, or the secret belongs to another app registration.",
        concat!(
            "Secret ID vs Value: App registrations → the Marketo app → Certificates & secrets lists each client secret with a Value and a Secret ID. Marketo needs the Value, which the portal shows in full only once, right after the secret is created. A GUID-shaped string (8-4-4-4-12 hex digits) is the Secret ID, not the secret.\n",
            "1. If you no longer have the Value, create a new client secret (Certificates & secrets → New client secret) and copy its Value at once.\n",
            "2. Make sure the secret belongs to the same app registration as the Client ID.\n",
            "3. ",
            marketo_edit!(),
            "\n4. Run `dynsync validate` again."
        ),
    ),
    e(
        7000218,
        "MissingClientCredential",
        Secret,
        Some(Field::ClientSecret),
        false,
        "The request carried no client secret while the app registration is a confidential client. Marketo's password setup needs the client secret.",
        "1. Enter the client secret's Value in Marketo (Client Secret) and give it to dynsync.\n2. Keep Allow public client flows set to No: turning the app into a public client does not suit Marketo, which sends a secret (that gives AADSTS700025).\n3. Run `dynsync validate` again.",
    ),
    e(
        7000222,
        "InvalidClientSecretExpiredKeysProvided",
        Secret,
        Some(Field::ClientSecret),
        false,
        "The client secret has expired. Marketo keeps sending it, and the sync stays down until a new secret is entered.",
        concat!(
            "1. App registrations → the Marketo app → Certificates & secrets → New client secret: create a new secret next to the expired one and copy its Value (shown once). Note its expiry date so you can rotate before it.\n",
            "2. ",
            marketo_edit!(),
            "\n3. Run `dynsync validate` to confirm.\n",
            "4. Delete the old secret later, once the sync runs on the new one."
        ),
    ),
    e(
        9001023,
        "GrantTypeNotSupportedOverCommonOrConsumers",
        Tenant,
        Some(Field::Tenant),
        false,
        "The password grant is not supported on the /common or /consumers endpoint. The request must name the tenant.",
        tenant_endpoint_steps!(),
    ),
    e(
        9002313,
        "InvalidRequest",
        Request,
        None,
        false,
        "The request was malformed or invalid. This points to how it was built rather than to the credentials.",
        "1. Run `dynsync validate` again.\n2. If it persists, report it as a dynsync bug, quoting the Trace ID (do not include secrets).",
    ),
];

/// Every catalogue entry, sorted by code, without duplicates.
pub fn all() -> &'static [Entry] {
    ENTRIES
}

/// The entry for a code, if the catalogue has one.
pub fn lookup(code: u32) -> Option<&'static Entry> {
    ENTRIES
        .binary_search_by_key(&code, |e| e.code)
        .ok()
        .map(|i| &ENTRIES[i])
}

/// Diagnose an Azure AD error, keyed on `err.code()` (the most specific code).
///
/// `realm` is the result of the user-realm lookup when known; it splits AADSTS50126 into
/// "wrong password" (managed), "missing HRD policy / password hash sync" (federated), or both.
/// The trace id / correlation id / timestamp, when present, are appended to the remedy on their
/// own line so that support can quote them.
pub fn diagnose(err: &AadError, realm: Option<Realm>) -> Diagnosis {
    let code = err.code();
    let mut diagnosis = match code {
        Some(50126) => diagnose_50126(realm),
        Some(code) => match lookup(code) {
            Some(entry) => Diagnosis {
                code: Some(code),
                summary: format!(
                    "AADSTS{} {}: {}",
                    entry.code,
                    entry.name,
                    headline(entry.cause)
                ),
                remedy: entry.remedy.to_string(),
                field: entry.field,
                stop: entry.stop,
                class: Some(entry.class),
            },
            None => unknown(err, Some(code)),
        },
        None => unknown(err, None),
    };
    if let Some(line) = support_line(err) {
        diagnosis.remedy.push('\n');
        diagnosis.remedy.push_str(&line);
    }
    diagnosis
}

fn diagnose_50126(realm: Option<Realm>) -> Diagnosis {
    let entry = lookup(50126).expect("50126 is in the catalogue");
    let (summary, remedy, field) = match realm {
        Some(Realm::Managed) => (
            "the sync user's password was rejected (managed domain: wrong password or username)",
            concat!(
                "The sync user's domain is managed, so Azure AD checked the password itself and it did not match.\n",
                managed_50126!()
            ),
            Some(Field::Password),
        ),
        Some(Realm::Federated) => (
            "the sync user is in a federated domain; Azure AD needs password hash sync and an HRD policy (AllowCloudPasswordValidation) to accept its password",
            federated_50126!(),
            None,
        ),
        Some(Realm::Unknown) | None => (
            "wrong password, or a federated sync user without password hash sync and an HRD policy",
            entry.remedy,
            entry.field,
        ),
    };
    Diagnosis {
        code: Some(50126),
        summary: format!("AADSTS50126 {}: {}", entry.name, summary),
        remedy: remedy.to_string(),
        field,
        stop: entry.stop,
        class: Some(entry.class),
    }
}

/// A code dynsync has no entry for, or an error without any code.
fn unknown(err: &AadError, code: Option<u32>) -> Diagnosis {
    let first = err.first_sentence();
    let summary = match (code, &first, &err.error) {
        (Some(c), Some(f), _) => format!("AADSTS{c}: {f}"),
        (Some(c), None, _) => format!("AADSTS{c}: not in the dynsync catalogue"),
        (None, Some(f), Some(e)) => format!("Azure AD error {e}: {f}"),
        (None, None, Some(e)) => format!("Azure AD error {e} (no AADSTS code)"),
        (None, Some(f), None) => format!("Azure AD error: {f}"),
        (None, None, None) => "Azure AD returned an error without an AADSTS code".to_string(),
    };
    let mut lines = Vec::new();
    match code {
        Some(c) => lines.push(format!("dynsync has no specific advice for AADSTS{c}.")),
        None => lines.push("The response carried no AADSTS code, so dynsync cannot say more than Microsoft's message.".to_string()),
    }
    if let Some(f) = &first {
        lines.push(format!("Microsoft's message: {f}"));
    }
    match (&err.error_uri, code) {
        (Some(uri), _) => lines.push(format!("Error page: {uri}")),
        (None, Some(c)) => lines.push(format!(
            "Look the code up at https://login.microsoftonline.com/error?code={c}"
        )),
        (None, None) => {}
    }
    lines.push(format!(
        "Open {}, filter on the sync user (or search the Correlation ID) and read the failed sign-in's Failure reason, Additional details and Conditional Access tab.",
        sign_in_logs!()
    ));
    Diagnosis {
        code,
        summary: one_line(&summary),
        remedy: lines.join("\n"),
        field: None,
        stop: false,
        class: None,
    }
}

/// "For Microsoft support: Trace ID: …, Correlation ID: …, Timestamp: …" when any is known.
fn support_line(err: &AadError) -> Option<String> {
    let parts: Vec<String> = [
        ("Trace ID", &err.trace_id),
        ("Correlation ID", &err.correlation_id),
        ("Timestamp", &err.timestamp),
    ]
    .into_iter()
    .filter_map(|(label, value)| {
        value
            .as_deref()
            .map(|v| format!("{label}: {}", one_line(v)))
    })
    .collect();
    (!parts.is_empty()).then(|| format!("For Microsoft support: {}", parts.join(", ")))
}

/// The first sentence of a cause, without its full stop.
fn headline(cause: &str) -> &str {
    let end = cause.find(". ").unwrap_or(cause.len());
    cause[..end].trim_end_matches('.')
}

/// Line breaks and tabs replaced by spaces, so a summary stays on one line.
fn one_line(s: &str) -> String {
    s.split(['\r', '\n', '\t'])
        .filter(|p| !p.trim().is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    const REQUIRED: &[u32] = &[
        50126, 50034, 50053, 50055, 50056, 50057, 50144, 50076, 50079, 50072, 50074, 50158, 53000,
        53001, 53002, 53003, 530003, 530035, 530032, 65001, 650052, 650057, 500011, 50001, 500014,
        70011, 700016, 7000215, 7000222, 7000218, 700025, 7000112, 50105, 50020, 50097, 50173,
        50059, 50128, 90002, 90038, 90010, 9001023, 90014, 900144, 9002313, 901002, 50196, 50049,
        70002, 70008, 700003, 80012, 80013,
    ];

    const TRACE: &str = "0000aaaa-11bb-cccc-dd33-eeeeee333333";
    const CORRELATION: &str = "aaaa0000-bb11-2222-33cc-444444dddddd";

    fn err(codes: &[u32]) -> AadError {
        AadError {
            codes: codes.to_vec(),
            ..Default::default()
        }
    }

    #[test]
    fn every_required_code_is_present() {
        let missing: Vec<u32> = REQUIRED
            .iter()
            .copied()
            .filter(|&c| lookup(c).is_none())
            .collect();
        assert!(missing.is_empty(), "missing codes: {missing:?}");
    }

    #[test]
    fn table_is_sorted_unique_and_large_enough() {
        assert!(all().len() >= 45, "only {} entries", all().len());
        for pair in all().windows(2) {
            assert!(
                pair[0].code < pair[1].code,
                "{} before {}",
                pair[0].code,
                pair[1].code
            );
        }
    }

    #[test]
    fn lookup_hits_and_misses() {
        assert_eq!(lookup(50126).unwrap().name, "InvalidUserNameOrPassword");
        assert_eq!(lookup(7000215).unwrap().class, Class::Secret);
        assert_eq!(lookup(all()[0].code).unwrap().code, all()[0].code);
        assert_eq!(
            lookup(all().last().unwrap().code).unwrap().code,
            all().last().unwrap().code
        );
        for code in [0, 1, 50000, 50127, 4_294_967_295] {
            assert!(
                lookup(code).is_none(),
                "{code} should not be in the catalogue"
            );
        }
    }

    #[test]
    fn entries_are_well_formed() {
        for e in all() {
            assert!(
                !e.name.is_empty() && !e.name.contains(' '),
                "{}: bad name",
                e.code
            );
            assert!(!e.remedy.trim().is_empty(), "{}: empty remedy", e.code);
            let h = headline(e.cause);
            assert!(
                h.len() >= 20 && h.len() <= 220,
                "{}: headline {h:?}",
                e.code
            );
            assert!(!e.cause.contains('\n'), "{}: cause must be prose", e.code);
            let guarded = matches!(e.class, Class::Lockout | Class::Throttle);
            assert_eq!(
                e.stop, guarded,
                "{}: stop must match lockout/throttle class",
                e.code
            );
            if e.stop {
                assert!(
                    e.remedy.starts_with("Do not"),
                    "{}: a stop remedy starts with the stop",
                    e.code
                );
            }
        }
    }

    #[test]
    fn re_entry_fields_follow_the_brief() {
        let field = |c| lookup(c).unwrap().field;
        assert_eq!(field(7000215), Some(Field::ClientSecret));
        assert_eq!(field(7000222), Some(Field::ClientSecret));
        assert_eq!(field(50126), Some(Field::Password));
        assert_eq!(field(700016), Some(Field::ClientId));
        assert_eq!(field(500011), Some(Field::OrgUrl));
        assert_eq!(field(90002), Some(Field::Tenant));
        assert_eq!(field(50034), Some(Field::Username));
        assert_eq!(field(50053), None);
        assert_eq!(field(700025), None);
    }

    #[test]
    fn mfa_and_conditional_access_entries_give_the_standard_advice() {
        let mfa: Vec<&Entry> = all().iter().filter(|e| e.class == Class::Mfa).collect();
        assert!(mfa.len() >= 15);
        for e in mfa {
            for needle in [
                "Conditional Access tab",
                "Exclude",
                "Per-user MFA",
                "Marketo cannot do MFA",
                "Sign-in logs",
            ] {
                assert!(
                    e.remedy.contains(needle),
                    "{}: remedy lacks {needle:?}",
                    e.code
                );
            }
        }
    }

    #[test]
    fn cli_commands_named_in_remedies_exist() {
        for e in all() {
            for (i, _) in e.remedy.match_indices("`dynsync ") {
                let rest = &e.remedy[i + "`dynsync ".len()..];
                assert!(
                    rest.starts_with("validate") || rest.starts_with("explain"),
                    "{}: unknown command in {:?}",
                    e.code,
                    &e.remedy[i..]
                );
            }
        }
    }

    #[test]
    fn specific_remedies_carry_the_key_facts() {
        let r = |c| lookup(c).unwrap().remedy;
        assert!(r(7000215).contains("Secret ID vs Value"));
        assert!(r(7000215).contains("GUID-shaped"));
        assert!(r(7000215).contains("only once"));
        assert!(r(7000222).contains("next to the expired one"));
        assert!(r(7000222).contains("Delete the old secret later"));
        assert!(r(700025).contains("Allow public client flows → No"));
        assert!(r(90038).contains("--cloud usgov"));
        assert!(r(90038).contains("--cloud china"));
        assert!(r(65001).contains("Grant admin consent"));
        assert!(r(50053).contains("30 minutes"));
        assert!(r(50053).contains("Sign-in logs"));
        assert!(lookup(70002).unwrap().cause.contains("generic"));
    }

    #[test]
    fn lockout_and_loop_codes_stop() {
        for code in [50053, 50196] {
            let d = diagnose(&err(&[code]), None);
            assert!(d.stop, "{code} must stop");
            assert!(d.remedy.starts_with("Do not"), "{code}: {}", d.remedy);
        }
        assert!(!diagnose(&err(&[50126]), Some(Realm::Managed)).stop);
        assert!(!diagnose(&err(&[7000215]), None).stop);
    }

    #[test]
    fn code_50126_on_a_managed_realm_is_a_wrong_password() {
        let d = diagnose(&err(&[50126]), Some(Realm::Managed));
        assert_eq!(d.code, Some(50126));
        assert_eq!(d.field, Some(Field::Password));
        assert_eq!(d.class, Some(Class::Credentials));
        assert!(
            d.summary
                .starts_with("AADSTS50126 InvalidUserNameOrPassword: ")
        );
        assert!(d.summary.contains("password was rejected"));
        assert!(d.remedy.contains("smart lockout"));
        assert!(!d.remedy.contains("HomeRealmDiscovery"), "{}", d.remedy);
    }

    #[test]
    fn code_50126_on_a_federated_realm_needs_hrd_and_hash_sync() {
        let d = diagnose(&err(&[50126]), Some(Realm::Federated));
        assert_eq!(d.field, None);
        assert!(d.summary.contains("federated"));
        for needle in [
            "Password hash sync",
            "AllowCloudPasswordValidation",
            "Connect-MgGraph",
            "New-MgPolicyHomeRealmDiscoveryPolicy",
            "New-MgServicePrincipalHomeRealmDiscoveryPolicyByRef",
            "Get-MgPolicyHomeRealmDiscoveryPolicyApplyTo",
        ] {
            assert!(
                d.remedy.contains(needle),
                "federated remedy lacks {needle:?}"
            );
        }
        assert!(!d.remedy.contains("Reset password"));
    }

    #[test]
    fn code_50126_with_an_unknown_realm_names_both_causes() {
        let unknown = diagnose(&err(&[50126]), Some(Realm::Unknown));
        let none = diagnose(&err(&[50126]), None);
        assert_eq!(unknown, none);
        assert!(none.summary.contains("wrong password") && none.summary.contains("federated"));
        assert!(none.remedy.contains("If the domain is managed"));
        assert!(none.remedy.contains("If the domain is federated"));
        assert!(none.remedy.contains("AllowCloudPasswordValidation"));
        assert!(none.remedy.contains("Reset password"));
        assert_eq!(none.field, Some(Field::Password));
    }

    #[test]
    fn unknown_code_keeps_microsofts_details() {
        let body = format!(
            r#"{{"error":"invalid_request","error_description":"AADSTS1234567: Something new happened. More text.\r\nTrace ID: {TRACE}\r\nCorrelation ID: {CORRELATION}\r\nTimestamp: 2024-05-06 07:08:09Z","error_codes":[1234567],"timestamp":"2024-05-06 07:08:09Z","trace_id":"{TRACE}","correlation_id":"{CORRELATION}","error_uri":"https://login.microsoftonline.com/error?code=1234567"}}"#
        );
        let d = diagnose(&AadError::from_json(body.as_bytes()).unwrap(), None);
        assert_eq!(d.code, Some(1234567));
        assert_eq!(d.class, None);
        assert_eq!(d.field, None);
        assert!(!d.stop);
        assert_eq!(d.summary, "AADSTS1234567: Something new happened.");
        assert!(
            d.remedy
                .contains("Microsoft's message: Something new happened.")
        );
        assert!(
            d.remedy
                .contains("https://login.microsoftonline.com/error?code=1234567")
        );
        assert!(d.remedy.contains("Sign-in logs"));
        assert!(d.remedy.contains(TRACE) && d.remedy.contains(CORRELATION));
        assert!(d.remedy.contains("2024-05-06 07:08:09Z"));
        // Without an error_uri, dynsync points at Microsoft's lookup page for the code.
        let d = diagnose(&err(&[1234567]), None);
        assert!(d.remedy.contains("error?code=1234567"));
        assert_eq!(d.summary, "AADSTS1234567: not in the dynsync catalogue");
    }

    #[test]
    fn an_error_without_any_code_is_not_classified() {
        let e = AadError::from_json(
            br#"{"error":"invalid_client","error_description":"Client authentication failed."}"#,
        )
        .unwrap();
        let d = diagnose(&e, Some(Realm::Managed));
        assert_eq!(d.code, None);
        assert_eq!(d.class, None);
        assert_eq!(d.field, None);
        assert_eq!(
            d.summary,
            "Azure AD error invalid_client: Client authentication failed."
        );
        assert_eq!(
            diagnose(&AadError::default(), None).summary,
            "Azure AD returned an error without an AADSTS code"
        );
    }

    #[test]
    fn v1_body_with_a_generic_first_code_is_diagnosed_by_the_specific_one() {
        let body = br#"{"error":"invalid_grant","error_description":"AADSTS70002: Error validating credentials. AADSTS50126: Invalid username or password\r\nTrace ID: 1f0e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b\r\nCorrelation ID: 9a8b7c6d-5e4f-3a2b-1c0d-e9f8a7b6c5d4\r\nTimestamp: 2016-02-02 10:11:12Z","error_codes":[70002,50126],"submit_url":null,"context":null}"#;
        let d = diagnose(&AadError::from_json(body).unwrap(), Some(Realm::Managed));
        assert_eq!(d.code, Some(50126));
        assert_eq!(d.field, Some(Field::Password));
        // The ids came from the description lines and are quoted for support.
        assert!(d.remedy.ends_with(
            "For Microsoft support: Trace ID: 1f0e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b, Correlation ID: 9a8b7c6d-5e4f-3a2b-1c0d-e9f8a7b6c5d4, Timestamp: 2016-02-02 10:11:12Z"
        ));
    }

    #[test]
    fn v2_secret_error_end_to_end() {
        // Shape of a v2 token-endpoint error (ERR sample fields, 7000215 text as Azure sends it).
        let body = format!(
            r#"{{"error":"invalid_client","error_description":"AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '00001111-aaaa-2222-bbbb-3333cccc4444'.\r\nTrace ID: {TRACE}\r\nCorrelation ID: {CORRELATION}\r\nTimestamp: 2025-01-02 03:04:05Z","error_codes":[7000215],"timestamp":"2025-01-02 03:04:05Z","trace_id":"{TRACE}","correlation_id":"{CORRELATION}","error_uri":"https://login.microsoftonline.com/error?code=7000215"}}"#
        );
        let e = AadError::from_json(body.as_bytes()).unwrap();
        let d = diagnose(&e, Some(Realm::Managed));
        assert_eq!(d.code, Some(7000215));
        assert_eq!(d.class, Some(Class::Secret));
        assert_eq!(d.field, Some(Field::ClientSecret));
        assert!(!d.stop);
        assert!(
            d.summary.starts_with(
                "AADSTS7000215 InvalidClientSecret: Azure AD rejected the client secret"
            )
        );
        assert!(d.remedy.contains("Secret ID vs Value"));
        let last = d.remedy.lines().last().unwrap();
        assert!(last.contains(TRACE) && last.contains(CORRELATION), "{last}");
        // The JSON document the CLI prints uses snake_case classes and fields.
        let json = serde_json::to_value(&d).unwrap();
        assert_eq!(json["class"], "secret");
        assert_eq!(json["field"], "client_secret");
    }

    #[test]
    fn oidc_tenant_not_found_end_to_end() {
        let body = br#"{"error":"invalid_tenant","error_description":"AADSTS90002: Tenant 'contoso.example' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud."}"#;
        let d = diagnose(&AadError::from_json(body).unwrap(), None);
        assert_eq!(d.code, Some(90002));
        assert_eq!(d.field, Some(Field::Tenant));
        assert_eq!(d.class, Some(Class::Tenant));
        assert!(
            !d.remedy.contains("For Microsoft support"),
            "no ids, no support line"
        );
    }

    #[test]
    fn pasted_texts_are_diagnosed() {
        let marketo = format!(
            "Sync Errors: Authentication failed: AADSTS50076: Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication.\nTrace ID: {TRACE}\nCorrelation ID: {CORRELATION}\nTimestamp: 2024-05-06 07:08:09Z"
        );
        let d = diagnose(&AadError::from_text(&marketo).unwrap(), None);
        assert_eq!(d.class, Some(Class::Mfa));
        assert!(d.remedy.contains("Marketo cannot do MFA"));
        assert!(d.remedy.lines().last().unwrap().contains(CORRELATION));

        let sign_in = format!(
            "Sign-in error code\t53003\nFailure reason\tAccess has been blocked by Conditional Access policies.\nCorrelation ID\t{CORRELATION}"
        );
        let d = diagnose(&AadError::from_text(&sign_in).unwrap(), None);
        assert_eq!(d.code, Some(53003));
        assert!(
            d.summary
                .starts_with("AADSTS53003 BlockedByConditionalAccess")
        );
        assert!(d.remedy.ends_with(&format!(
            "For Microsoft support: Correlation ID: {CORRELATION}"
        )));

        let d = diagnose(&AadError::from_text("AADSTS50053").unwrap(), None);
        assert!(d.stop);
        assert!(!d.remedy.contains("For Microsoft support"));
    }

    #[test]
    fn every_summary_is_one_line_and_names_the_code() {
        for e in all() {
            for realm in [None, Some(Realm::Managed), Some(Realm::Federated)] {
                let d = diagnose(&err(&[e.code]), realm);
                assert!(!d.summary.contains('\n'), "{}: {:?}", e.code, d.summary);
                assert!(
                    d.summary
                        .starts_with(&format!("AADSTS{} {}: ", e.code, e.name)),
                    "{:?}",
                    d.summary
                );
                assert_eq!(d.code, Some(e.code));
                assert_eq!(d.class, Some(e.class));
            }
        }
        let d = diagnose(
            &AadError {
                description: Some("AADSTS999: a\tb\r\nc".into()),
                ..Default::default()
            },
            None,
        );
        assert!(!d.summary.contains(['\n', '\r', '\t']), "{:?}", d.summary);
    }
}
