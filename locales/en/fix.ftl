# `dynsync fix` (src/fix/, src/commands/fix.rs): the plan of changes that repair the Dynamics
# side with a Dynamics admin's sign-in, its application, and what stays manual.

## The records a change applies to. $user is a user's name and id; $id a record's id.

fix-target-user = systemuser { $user }
fix-target-user-settings = usersettings of { $user }
fix-target-new-app-user = systemuser: a new application user for the app { $client_id }
fix-target-step = sdkmessageprocessingstep "{ $step }" ({ $id })
fix-target-config = { $table } "Default" ({ $id }), Marketo User
# The application user the plan creates, named before it exists.
fix-new-app-user = the new application user of the app { $client_id }

## Before → after.

fix-state-disabled = disabled
fix-state-enabled = enabled
fix-state-none = none
fix-state-nobody = nobody
fix-state-no-roles = no security role
fix-state-no-email = no email
# $business_unit is the business unit's id.
fix-state-app-user = application user in business unit { $business_unit }, email { $email }
fix-state-role = { $role } (of business unit { $business_unit })
fix-state-english = { $lcid } (English)

## What each action does, as the plan shows it.

fix-action = { $action ->
        [create_app_user] create the application user
        [enable_app_user] enable the application user
        [associate_role] give the Marketo Sync User role
        [set_config_user] set Marketo Config's Marketo User
        [enable_step] enable the plug-in step
       *[set_ui_language] set the UI language to English
    }

## What stays manual.

fix-manual-not-member = { $user } is not a user of { $host }: give it a Dynamics 365 license (Microsoft 365 admin center → Users → the user → Licenses), then Power Platform admin center → Environments → the environment → Settings → Users + permissions → Users → Add user. Then run dynsync fix again.
fix-manual-user-disabled = The sync user { $user } is disabled. A licensed user is enabled in Microsoft 365, not in Dynamics: Microsoft 365 admin center → Users → the user → unblock sign-in and assign a Dynamics 365 license; it is then enabled in the environment within minutes.
fix-manual-create-app-user = Create the application user by hand: Power Platform admin center → Environments → the environment → Settings → Users + permissions → Application users → New app user → the app { $client_id } → the root business unit → security role "Marketo Sync User".
fix-manual-no-role = The role { $role } does not exist in the user's business unit: import the Marketo solution (Marketo → Admin → CRM → Microsoft → Download Marketo Solution; Dynamics → Settings → Solutions → Import), then run dynsync fix again.
fix-manual-solution = The { $solution } solution is not installed: download it from Marketo (Admin → CRM → Microsoft → Download Marketo Solution), import it in Dynamics (Settings → Solutions → Import) and publish all customizations; then run dynsync fix again.
fix-manual-config = Dynamics → Settings → Marketo Config → Default → Marketo User: the sync user → Save → Publish All Customizations (dynsync could not find the Default row or its Marketo User lookup).
fix-manual-enable-app-user = enable it by hand: Power Platform admin center → Environments → the environment → Settings → Users + permissions → Application users → the app's user → Activate
# $status is the HTTP status; $why Dataverse's message.
fix-write-refused = Dataverse refused the change (HTTP { $status }): { $why }
fix-not-sent-no-app-user = not sent: the application user could not be created

## The command's screens.

fix-nothing-to-fix = Nothing to fix on the Dynamics side.
fix-sign-in-first = dynsync fix repairs the Dynamics side once the sync signs in: fix the failing sign-in checks above first (see their remedies), then run dynsync fix again.
fix-signing-in = The changes need a Dynamics admin (the Dataverse System Administrator role) to sign in for { $host }: a token for this run only, never stored.
# $count is the number of changes.
fix-plan-heading = { $count ->
        [0] No change to make from here.
        [one] The plan: one change
       *[other] The plan: { $count } changes
    }
# One planned change: $n its number, $check the check it repairs, $action what it does
# (fix-action), $target the record.
fix-plan-change = { $n }. { $check }: { $action }
    record: { $target }
    { $from } → { $to }
fix-manual-heading = To do by hand:
fix-manual-item = { $check }: { $steps }
fix-ask-apply = { $count ->
        [one] Make this change?
       *[other] Make these { $count } changes?
    }
fix-dry-run = Dry run: nothing was changed.
fix-declined = Nothing was changed.
fix-refuse-no-terminal = dynsync fix changes Dynamics only once the plan is confirmed: run it on a terminal to answer, with --dry-run to see the plan, or with --yes to confirm it in a script.
fix-applied = ✓ { $action }: { $target }
fix-failed = ✗ { $action }: { $target } — { $error }
fix-validating-again = Checking again with the connection's own credentials…
fix-needs-profile = dynsync fix needs --profile NAME (or --demo): it checks and repairs a saved connection.
# `fix --demo`: the scenario repaired. $about is the scenario's description.
fix-demo-banner = Demo tenant (simulated Azure AD + Dataverse on loopback HTTPS; nothing leaves this machine): scenario { $scenario } — { $about }
# The admin's token was refused a read the plan needs. $error is Dataverse's answer.
fix-admin-refused = Dataverse refused the admin's reads ({ $error }): the admin needs the System Administrator security role in this environment (Power Platform admin center → the environment → Settings → Users + permissions → Users → the admin → Manage security roles).
# Over the report of the last validation. $host is the org's host.
fix-report-heading = Checking { $host } again
# Over the report when nothing was changed.
fix-report-heading-first = Checking { $host }

## What the admin read for the checks the sync user could not read.

fix-read-heading = Read with the admin's sign-in (the sync user may not read these):
fix-read-solution = { $solution } { $version } is installed
fix-read-steps = { $disabled ->
        [0] all { $total } plug-in steps of the solution are enabled
       *[other] { $disabled } of { $total } plug-in steps are disabled
    }
fix-read-config = Marketo Config "Default" names { $user }
