# `dynsync fix` (src/fix/, src/commands/fix.rs): the plan of changes that repair the Dynamics
# side with a Dynamics admin's sign-in, its application, and what stays manual.

## The records a change applies to. $user is a user's name and id; $id a record's id.

fix-target-user = systemuser { $user }
fix-target-user-settings = usersettings van { $user }
fix-target-new-app-user = systemuser: een nieuwe toepassingsgebruiker voor de app { $client_id }
fix-target-step = sdkmessageprocessingstep "{ $step }" ({ $id })
fix-target-config = { $table } "Default" ({ $id }), Marketo User
# The application user the plan creates, named before it exists.
fix-new-app-user = de nieuwe toepassingsgebruiker van de app { $client_id }

## Before → after.

fix-state-disabled = uitgeschakeld
fix-state-enabled = ingeschakeld
fix-state-none = geen
fix-state-nobody = niemand
fix-state-no-roles = geen beveiligingsrol
fix-state-no-email = geen e-mailadres
# $business_unit is the business unit's id.
fix-state-app-user = toepassingsgebruiker in bedrijfseenheid { $business_unit }, e-mailadres { $email }
fix-state-role = { $role } (van bedrijfseenheid { $business_unit })
fix-state-english = { $lcid } (Engels)

## What each action does, as the plan shows it.

fix-action = { $action ->
        [create_app_user] de toepassingsgebruiker maken
        [enable_app_user] de toepassingsgebruiker inschakelen
        [associate_role] de rol Marketo Sync User toewijzen
        [set_config_user] de Marketo User van Marketo Config instellen
        [enable_step] de plug-in-stap inschakelen
       *[set_ui_language] de UI-taal op Engels instellen
    }

## What stays manual.

fix-manual-not-member = { $user } is geen gebruiker van { $host }: wijs een Dynamics 365-licentie toe (Microsoft 365-beheercentrum (Microsoft 365 admin center) → Gebruikers (Users) → de gebruiker → Licenties (Licenses)) en ga dan in het Power Platform-beheercentrum (Power Platform admin center) naar Omgevingen (Environments) → de omgeving → Instellingen (Settings) → Gebruikers en machtigingen (Users + permissions) → Gebruikers (Users) → Gebruiker toevoegen (Add user). Voer daarna dynsync fix opnieuw uit.
fix-manual-user-disabled = De synchronisatiegebruiker { $user } is uitgeschakeld. Een gelicentieerde gebruiker wordt in Microsoft 365 ingeschakeld, niet in Dynamics: Microsoft 365-beheercentrum (Microsoft 365 admin center) → Gebruikers (Users) → de gebruiker → hef de aanmeldingsblokkering op en wijs een Dynamics 365-licentie toe; de gebruiker wordt dan binnen enkele minuten in de omgeving ingeschakeld.
fix-manual-create-app-user = Maak de toepassingsgebruiker met de hand: Power Platform-beheercentrum (Power Platform admin center) → Omgevingen (Environments) → de omgeving → Instellingen (Settings) → Gebruikers en machtigingen (Users + permissions) → Toepassingsgebruikers (Application users) → Nieuwe app-gebruiker (New app user) → de app { $client_id } → de hoofdbedrijfseenheid → beveiligingsrol "Marketo Sync User".
fix-manual-no-role = De rol { $role } bestaat niet in de bedrijfseenheid van de gebruiker: importeer de Marketo-oplossing (Marketo → Admin → CRM → Microsoft → Marketo-oplossing downloaden (Download Marketo Solution); Dynamics → Instellingen (Settings) → Oplossingen (Solutions) → Importeren (Import)) en voer daarna dynsync fix opnieuw uit.
fix-manual-solution = De oplossing { $solution } is niet geïnstalleerd: download die uit Marketo (Admin → CRM → Microsoft → Marketo-oplossing downloaden (Download Marketo Solution)), importeer die in Dynamics (Instellingen (Settings) → Oplossingen (Solutions) → Importeren (Import)) en publiceer alle aanpassingen; voer daarna dynsync fix opnieuw uit.
fix-manual-config = Dynamics → Instellingen (Settings) → Marketo Config → Default → Marketo User: de synchronisatiegebruiker → Opslaan (Save) → Alle aanpassingen publiceren (Publish All Customizations) (dynsync kon de rij Default of het opzoekveld Marketo User daarvan niet vinden).
fix-manual-enable-app-user = schakel die met de hand in: Power Platform-beheercentrum (Power Platform admin center) → Omgevingen (Environments) → de omgeving → Instellingen (Settings) → Gebruikers en machtigingen (Users + permissions) → Toepassingsgebruikers (Application users) → de gebruiker van de app → Activeren (Activate)
# $status is the HTTP status; $why Dataverse's message.
fix-write-refused = Dataverse heeft de wijziging geweigerd (HTTP { $status }): { $why }
fix-not-sent-no-app-user = niet verzonden: de toepassingsgebruiker kon niet worden gemaakt

## The command's screens.

fix-nothing-to-fix = Aan de kant van Dynamics is niets te herstellen.
fix-sign-in-first = dynsync fix herstelt de kant van Dynamics zodra de synchronisatie zich kan aanmelden: los eerst de mislukte aanmeldingscontroles hierboven op (zie de herstelmaatregelen daarvan) en voer daarna dynsync fix opnieuw uit.
fix-signing-in = Voor de wijzigingen moet een Dynamics-beheerder (de Dataverse-rol Systeembeheerder (System Administrator)) zich aanmelden voor { $host }: een token alleen voor deze run, nooit opgeslagen.
# $count is the number of changes.
fix-plan-heading = { $count ->
        [0] Van hieruit is er niets te wijzigen.
        [one] Het plan: één wijziging
       *[other] Het plan: { $count } wijzigingen
    }
# One planned change: $n its number, $check the check it repairs, $action what it does
# (fix-action), $target the record.
fix-plan-change = { $n }. { $check }: { $action }
    record: { $target }
    { $from } → { $to }
fix-manual-heading = Met de hand te doen:
fix-manual-item = { $check }: { $steps }
fix-ask-apply = { $count ->
        [one] Deze wijziging uitvoeren?
       *[other] Deze { $count } wijzigingen uitvoeren?
    }
fix-dry-run = Proefrun: er is niets gewijzigd.
fix-declined = Er is niets gewijzigd.
fix-refuse-no-terminal = dynsync fix wijzigt Dynamics pas als het plan is bevestigd: voer de opdracht uit in een terminal om te antwoorden, met --dry-run om het plan te zien, of met --yes om het in een script te bevestigen.
fix-applied = ✓ { $action }: { $target }
fix-failed = ✗ { $action }: { $target } — { $error }
fix-validating-again = Opnieuw controleren met de eigen referenties van de verbinding…
fix-needs-profile = dynsync fix vereist --profile NAME (of --demo): het controleert en herstelt een opgeslagen verbinding.
# `fix --demo`: the scenario repaired. $about is the scenario's description.
fix-demo-banner = Demotenant (gesimuleerde Azure AD + Dataverse via HTTPS op loopback; er verlaat niets deze computer): scenario { $scenario } — { $about }
# The admin's token was refused a read the plan needs. $error is Dataverse's answer.
fix-admin-refused = Dataverse heeft de leesbewerkingen van de beheerder geweigerd ({ $error }): de beheerder heeft de beveiligingsrol Systeembeheerder (System Administrator) in deze omgeving nodig (Power Platform-beheercentrum (Power Platform admin center) → de omgeving → Instellingen (Settings) → Gebruikers en machtigingen (Users + permissions) → Gebruikers (Users) → de beheerder → Beveiligingsrollen beheren (Manage security roles)).
# Over the report of the last validation. $host is the org's host.
fix-report-heading = { $host } opnieuw controleren
# Over the report when nothing was changed.
fix-report-heading-first = { $host } controleren

## What the admin read for the checks the sync user could not read.

fix-read-heading = Gelezen met de aanmelding van de beheerder (de synchronisatiegebruiker mag deze gegevens mogelijk niet lezen):
fix-read-solution = { $solution } { $version } is geïnstalleerd
fix-read-steps = { $disabled ->
        [0] alle { $total } plug-in-stappen van de oplossing zijn ingeschakeld
       *[other] { $disabled } van de { $total } plug-in-stappen zijn uitgeschakeld
    }
fix-read-config = Marketo Config "Default" noemt { $user }
