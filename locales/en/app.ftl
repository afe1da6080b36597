# `dynsync app create` and `dynsync app show` (src/commands/app/).

app-demo-banner = [demo] A simulated tenant and a simulated Azure admin: nothing real is created or changed.
app-show-demo-creating = [demo] Registering the demo app first (as `dynsync app create --demo` does), then showing it.
app-org-url-missing = The org URL is missing: pass --org-url URL (or set DYNSYNC_ORG_URL), e.g. https://contoso.crm.dynamics.com.
app-needs-profile = Pass --profile NAME: the new client secret's Value goes into the OS keyring under that profile (created if it does not exist). Or pass --print-secret to have the Value written on stdout for a pipe. Nothing was created.
app-password-stdin-tty = --password-stdin reads the sync user's password from a pipe, not a terminal: echo … | dynsync app create --password-stdin …, or set DYNSYNC_PASSWORD.
app-secret-expires-past = --secret-expires { $date } is not in the future: pass a later date, or --secret-months N.
app-no-tenant = { $org } did not name its Azure AD tenant in its sign-in challenge: pass --tenant ID|DOMAIN.

app-status-created = created
app-status-there = already there
app-status-refused = refused
app-status-created-keyring = created, its Value stored in the OS keyring (never shown)
app-status-created-printed = created, its Value written to stdout

app-step-dynamics = Dynamics CRM service principal, scope user_impersonation ({ $scope_id })
app-step-app = Application { $name } (client ID { $client_id })
app-step-sp = Service principal { $id }
app-step-consent = Admin consent: tenant-wide delegated permission user_impersonation on Dynamics CRM
app-step-secret = Client secret { $key_id } (expires { $expires })
app-step-secret-new = New client secret
app-step-hrd = Home Realm Discovery policy { $id } (AllowCloudPasswordValidation)
app-secret-kept-print = Client secret: the profile's is still on the app, so none was added and nothing printed; pass --new-secret for another.
app-hrd-policy-name = dynsync: cloud password validation for { $name }
app-hrd-conflict = The service principal already has Home Realm Discovery policy { $id }, which does not allow cloud password validation. It was left as it is (only one can be assigned): change its definition to {"{"}"HomeRealmDiscoveryPolicy":{"{"}"AllowCloudPasswordValidation":true{"}"}{"}"} in the Entra admin center or with Graph, or Azure AD will keep refusing the sync user's password (AADSTS50126).
app-phs-on = Password hash sync is on (needed for the HRD policy to work).
app-phs-off = Password hash sync is off: Azure AD cannot check a federated user's password without it. Turn it on in Microsoft Entra Connect, or the sync user's sign-in will keep failing.
app-phs-unknown = Reminder: the HRD policy works only with password hash sync on (Microsoft Entra Connect); Graph did not say whether it is.

app-wait-app-replication = Azure AD has not replicated the new app yet
app-wait-signin-replication = the new credentials are not usable yet (AADSTS{ $code }, Azure AD still replicating)
app-waiting = { $what }: trying again in { $secs } s…
app-replication-gave-up = Azure AD did not make the new app visible within { $secs } s ({ $detail }). Run the same command again later: it continues where it stopped.

app-validate-heading = Validation with the new credentials
app-validate-how-profile = To check the new credentials as Marketo will: dynsync validate --profile { $profile } (the sync user's password from DYNSYNC_PASSWORD, --secrets-stdin or the keyring).
app-validate-how = To check the new credentials as Marketo will: dynsync validate with --client-id, --username and --org-url (pass --username and the password here to have it done now).

app-op-read = read the directory (Dynamics CRM's service principal, the app)
app-op-app = create or change the app registration
app-op-sp = create the app's service principal
app-op-consent = grant tenant-wide admin consent (Dynamics CRM user_impersonation)
app-op-secret = add a client secret to the app
app-op-hrd = create or assign a Home Realm Discovery policy
app-role-app-admins = Application Administrator or Cloud Application Administrator
app-role-application-admin = Application Administrator
app-refused = Microsoft Graph refused to { $operation } for the signed-in admin ({ $detail }). The directory role that allows it: { $role }. Sign in as an admin who holds it (or have it assigned in Entra ID → Roles and administrators), then run the same command again: what exists is kept.
app-graph-refused = Microsoft Graph refused to { $operation } (HTTP { $status }, { $detail }).
app-graph-missing = Microsoft Graph could not { $operation }: { $detail }
app-secret-lifetime-cap = The tenant's app management policy refused the secret's lifetime: it allows at most { $cap } (ISO 8601 duration). Pass a shorter --secret-months or an earlier --secret-expires. Graph said: { $detail }
app-secret-lifetime-policy = A tenant app management policy refused the secret's lifetime: { $detail } Pass a shorter --secret-months or an earlier --secret-expires, or ask who manages the policy.

app-show-no-app = Profile { $profile } has no app registration (no client ID): run dynsync app create --profile { $profile } first.
app-show-not-found = The app of profile { $profile } is not in this tenant (deleted, or another tenant): run dynsync app create --profile { $profile } to register it again.
app-show-permission = API permission: Dynamics CRM user_impersonation (delegated)
app-show-no-permission = API permission missing: Dynamics CRM user_impersonation (dynsync app create adds it, keeping the others)
app-show-public-client = "Allow public client flows" is on: Marketo's sign-in is refused (AADSTS700025); dynsync app create turns it off.
app-show-no-sp = No service principal (enterprise application): nobody can sign in to the app; dynsync app create adds it.
app-show-consent = Admin consent: granted tenant-wide for user_impersonation
app-show-no-consent = Admin consent: not granted for user_impersonation (AADSTS65001 at sign-in); dynsync app create grants it.
app-show-hrd = Home Realm Discovery policy { $id } (allows cloud password validation: { $allows })
app-show-no-secrets = No client secrets on the app.
app-show-secret = Secret { $key_id } ({ $hint }…) "{ $description }": { $start } → { $end }
app-show-secret-expired = , EXPIRED
app-show-secret-expiring = , expires in { $days ->
        [one] { $days } day
       *[other] { $days } days
    }
app-show-secret-profile = ; the profile's
app-show-profile-secret-gone = The profile's client secret is no longer on the app (removed in the portal?): dynsync app create --profile NAME --new-secret adds one.
app-show-expiry-corrected = The profile's recorded expiry was { $from }; Azure AD says { $to }: the profile now says { $to }.

## rotate --create-secret (src/commands/app/rotate_secret.rs)

app-rotate-needs-profile = rotate --create-secret needs --profile NAME: the profile whose app gets the new secret.
app-rotate-needs-print = rotate --create-secret without a terminal is the scripted form: add --print-secret (the new Value is written alone on stdout for your script to enter in Marketo), then run rotate --profile NAME --resume --marketo-done [--remove-old]. On a terminal, leave out --print-secret for the guided form.
app-rotate-profile-incomplete = Profile { $profile } has no client ID or no sync username: run dynsync app create --profile { $profile } (or dynsync setup) first.
app-rotate-underway = A rotation of profile { $profile } is already underway (a pending secret is kept): finish it with dynsync rotate --profile { $profile } --resume, or cancel it before creating another.
app-rotate-no-password = The new secret is validated before it is kept, which needs the sync user's password: set DYNSYNC_PASSWORD or store it with dynsync profile store-secret --profile { $profile } password.
app-rotate-created = New client secret { $key_id } created; validating it as Marketo will sign in…
app-rotate-failed-removed = The new client secret { $key_id } did not pass the checks, so it was removed from the app again; nothing changed (the current secret stays in service).
app-rotate-pending = New client secret { $key_id } validated and kept pending in the keyring. Once it is entered in Marketo, run: dynsync rotate --profile { $profile } --resume --marketo-done --remove-old
app-rotate-old-kept = The old client secret { $key_id } is still on the app: remove it when nothing uses it (dynsync app show --profile { $profile } lists the secrets).
app-rotate-old-unknown = The old client secret's key id is not recorded in the profile, so dynsync removes nothing: remove the old secret in the portal (never one the profile does not name).
app-rotate-old-gone = The old client secret { $key_id } is no longer on the app: nothing to remove.
app-rotate-old-removed = The old client secret { $key_id } was removed from the app.
app-rotate-remove-old-without-create = --remove-old removes the old secret of a rotation started with --create-secret, and this profile has none pending. Remove an old secret in the portal, or start with rotate --create-secret --print-secret.
app-rotate-demo-creating = [demo] Registering the demo app first (as `dynsync app create --demo` does), then rotating its secret in the two scripted phases.
app-rotate-demo-marketo = [demo] A script would now enter the new Value in Marketo (Admin → Microsoft Dynamics → Edit Credentials); the demo goes on as if it had: rotate --resume --marketo-done --remove-old.
app-rotate-confirm-remove-old = Marketo now uses the new secret. Remove the old client secret { $key_id } from the app now? (Anything else still using it stops working.)

## rotate --create-secret: the old secret kept because the admin declined its removal (src/commands/app/rotate_secret.rs)

# $key_id the old secret's key id (Secret ID); $portal the app's Certificates & secrets page.
app-rotate-old-kept-declined = You chose to keep the old client secret { $key_id }: it is still on the app and still works. Delete it when nothing uses it any more, in the portal (Certificates & secrets → the secret with ID { $key_id } → Delete): { $portal }
