# Marketo (src/marketo.rs): its "Validate Sync Setup" checklist, Adobe's fix for a red X on
# each item, and its setup steps as its UI names them.

## The checklist's seven items in Marketo's order, as Marketo words them; .fix is Adobe's fix.
## (The JSON output keeps Marketo's English wording as the item's key, whatever the language.)

marketo-item-url = URL is valid
    .fix = Check the org URL: Dynamics → Settings → Customizations → Developer Resources → Service Endpoints. It must be the org dynsync validated.
marketo-item-credentials = Username and password are valid
    .fix = Check Username and Password (the sync user's UPN and current password), and Client ID / Client Secret (the secret's Value).
marketo-item-role = Sync user is assigned to the Marketo Sync User role
    .fix = Dynamics → Settings → Security → Users → the sync user → Manage Roles → check "Marketo Sync User". Also confirm admin consent (Azure → App registrations → API permissions → Grant admin consent) and that Marketo Config names the sync user.
marketo-item-solution = Marketo solution is properly installed
    .fix = Dynamics → Settings → Solutions: "Marketo Lead Management" must be listed; if not, import it (Marketo → Admin → CRM → Microsoft → Download Marketo Solution).
marketo-item-steps = All steps in the solution are enabled
    .fix = Dynamics → Settings → Solutions → Marketo Lead Management → SDK Message Processing Steps: activate every disabled step.
marketo-item-solution-user = Sync user is assigned to the Marketo solution
    .fix = Dynamics → Settings → Marketo Config → Default → Marketo User: the sync user → Save → Publish All Customizations.
marketo-item-user-matches = Sync user matches username and password
    .fix = The Marketo User in Marketo Config "Default" must be the user whose username and password you entered in Marketo.

## Marketo's setup steps (src/wizard/state.rs: MarketoStep::title), as its UI names them.

marketo-step-disable-sync = Disable Sync
marketo-step-edit-credentials = Edit credentials
marketo-step-select-fields = Select Fields to Sync
marketo-step-validate-sync = Validate Sync Setup
marketo-step-enable-sync = Enable Sync
# The heading the guided driver shows above a step's instructions.
marketo-step-heading = ── Marketo: { $title } ──

## Why an item is predicted red (src/marketo.rs: because), one line per check that turned it
## red: $check is the check's id, $summary its one-line summary (which may quote the server).

marketo-because = because { $check } failed: { $summary }
# The three causes Adobe documents for a red X on "Sync user is assigned to the Marketo Sync
# User role" (Fix Dynamics validation sync issues).
marketo-because-role = because the sync user lacks the Marketo Sync User role ({ $check }: { $summary })
# $code: the AADSTS code of the refusal.
marketo-because-consent = because admin consent for the Marketo app is missing ({ $check }: AADSTS{ $code })
marketo-because-config-user = because Marketo Config "Default" does not name the sync user ({ $check }: { $summary })
# Under an item Marketo shows red (the wizard): $because is one of the lines above.
marketo-because-predicted = dynsync predicted it red { $because }

## Server-to-Server (S2S, Marketo's "Web API" connection): Adobe's fixes where the sync user is
## the Dataverse application user (src/marketo.rs: CHECKLIST_S2S). The labels are the same
## headings Marketo shows for every connection.

marketo-item-credentials-s2s = Username and password are valid
    .fix = For Web API (S2S): the Username in Marketo must be the email address of the application user, with the app's Client ID and Client Secret (the secret's Value) and the Tenant ID.
marketo-item-role-s2s = Sync user is assigned to the Marketo Sync User role
    .fix = Power Platform admin center → the environment → Settings → Users + permissions → Application users → the app's user → Edit security roles → "Marketo Sync User". Also confirm that Marketo Config names the application user.
marketo-item-solution-user-s2s = Sync user is assigned to the Marketo solution
    .fix = Dynamics → Settings → Marketo Config → Default → Marketo User: the application user → Save → Publish All Customizations.
marketo-item-user-matches-s2s = Sync user matches username and password
    .fix = The Marketo User in Marketo Config "Default" must be the application user whose email you entered as the Username in Marketo.

## Adobe's "Reconfigure Dynamics Authentication Method" (RECONF), as Marketo's UI names it.

marketo-step-reconfigure-auth = Reconfigure New Auth Method
marketo-step-wait-after-switch = Wait 15 minutes after Switch
