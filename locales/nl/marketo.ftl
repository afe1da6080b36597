# Marketo (src/marketo.rs): its "Validate Sync Setup" checklist, Adobe's fix for a red X on
# each item, and its setup steps as its UI names them.

## The checklist's seven items in Marketo's order, as Marketo words them; .fix is Adobe's fix.
## (The JSON output keeps Marketo's English wording as the item's key, whatever the language.)

marketo-item-url = URL is geldig (URL is valid)
    .fix = Controleer de organisatie-URL: Dynamics → Instellingen (Settings) → Aanpassingen (Customizations) → Ontwikkelaarsresources (Developer Resources) → Service-eindpunten (Service Endpoints). Het moet de organisatie zijn die dynsync heeft gevalideerd.
marketo-item-credentials = Gebruikersnaam en wachtwoord zijn geldig (Username and password are valid)
    .fix = Controleer Gebruikersnaam (Username) en Wachtwoord (Password): de UPN en het huidige wachtwoord van de synchronisatiegebruiker; en Client ID / Clientgeheim (Client Secret): de Waarde (Value) van het geheim.
marketo-item-role = Synchronisatiegebruiker heeft de rol Marketo Sync User (Sync user is assigned to the Marketo Sync User role)
    .fix = Dynamics → Instellingen (Settings) → Beveiliging (Security) → Gebruikers (Users) → de synchronisatiegebruiker → Rollen beheren (Manage Roles) → vink "Marketo Sync User" aan. Controleer ook de beheerderstoestemming (Azure → App-registraties (App registrations) → API-machtigingen (API permissions) → Beheerderstoestemming verlenen (Grant admin consent)) en of Marketo Config de synchronisatiegebruiker noemt.
marketo-item-solution = Marketo-oplossing is correct geïnstalleerd (Marketo solution is properly installed)
    .fix = Dynamics → Instellingen (Settings) → Oplossingen (Solutions): "Marketo Lead Management" moet in de lijst staan; zo niet, importeer de oplossing (Marketo → Admin → CRM → Microsoft → Marketo-oplossing downloaden (Download Marketo Solution)).
marketo-item-steps = Alle stappen in de oplossing zijn ingeschakeld (All steps in the solution are enabled)
    .fix = Dynamics → Instellingen (Settings) → Oplossingen (Solutions) → Marketo Lead Management → SDK-berichtverwerkingsstappen (SDK Message Processing Steps): activeer elke uitgeschakelde stap.
marketo-item-solution-user = Synchronisatiegebruiker is toegewezen aan de Marketo-oplossing (Sync user is assigned to the Marketo solution)
    .fix = Dynamics → Instellingen (Settings) → Marketo Config → Default → Marketo User: de synchronisatiegebruiker → Opslaan (Save) → Alle aanpassingen publiceren (Publish All Customizations).
marketo-item-user-matches = Synchronisatiegebruiker komt overeen met gebruikersnaam en wachtwoord (Sync user matches username and password)
    .fix = De Marketo User in Marketo Config "Default" moet de gebruiker zijn van wie u de gebruikersnaam en het wachtwoord in Marketo hebt ingevoerd.

## Marketo's setup steps (src/wizard/state.rs: MarketoStep::title), as its UI names them.

marketo-step-disable-sync = Sync uitschakelen (Disable Sync)
marketo-step-edit-credentials = Referenties bewerken (Edit credentials)
marketo-step-select-fields = Velden voor synchronisatie selecteren (Select Fields to Sync)
marketo-step-validate-sync = Synchronisatie-instelling valideren (Validate Sync Setup)
marketo-step-enable-sync = Sync inschakelen (Enable Sync)
# The heading the guided driver shows above a step's instructions.
marketo-step-heading = ── Marketo: { $title } ──

## Why an item is predicted red (src/marketo.rs: because), one line per check that turned it
## red: $check is the check's id, $summary its one-line summary (which may quote the server).

marketo-because = omdat { $check } is mislukt: { $summary }
# The three causes Adobe documents for a red X on "Sync user is assigned to the Marketo Sync
# User role" (Fix Dynamics validation sync issues).
marketo-because-role = omdat de synchronisatiegebruiker de rol Marketo Sync User mist ({ $check }: { $summary })
# $code: the AADSTS code of the refusal.
marketo-because-consent = omdat de beheerderstoestemming voor de Marketo-app ontbreekt ({ $check }: AADSTS{ $code })
marketo-because-config-user = omdat Marketo Config "Default" de synchronisatiegebruiker niet noemt ({ $check }: { $summary })
# Under an item Marketo shows red (the wizard): $because is one of the lines above.
marketo-because-predicted = dynsync voorspelde hier rood, { $because }

## Server-to-Server (S2S, Marketo's "Web API" connection): Adobe's fixes where the sync user is
## the Dataverse application user (src/marketo.rs: CHECKLIST_S2S). The labels are the same
## headings Marketo shows for every connection.

marketo-item-credentials-s2s = Gebruikersnaam en wachtwoord zijn geldig (Username and password are valid)
    .fix = Voor Web API (S2S): de Gebruikersnaam (Username) in Marketo moet het e-mailadres van de toepassingsgebruiker zijn, met de Client ID en het Clientgeheim (Client Secret) van de app (de Waarde (Value) van het geheim) en de Tenant ID.
marketo-item-role-s2s = Synchronisatiegebruiker heeft de rol Marketo Sync User (Sync user is assigned to the Marketo Sync User role)
    .fix = Power Platform-beheercentrum (Power Platform admin center) → de omgeving → Instellingen (Settings) → Gebruikers en machtigingen (Users + permissions) → Toepassingsgebruikers (Application users) → de gebruiker van de app → Beveiligingsrollen bewerken (Edit security roles) → "Marketo Sync User". Controleer ook of Marketo Config de toepassingsgebruiker noemt.
marketo-item-solution-user-s2s = Synchronisatiegebruiker is toegewezen aan de Marketo-oplossing (Sync user is assigned to the Marketo solution)
    .fix = Dynamics → Instellingen (Settings) → Marketo Config → Default → Marketo User: de toepassingsgebruiker → Opslaan (Save) → Alle aanpassingen publiceren (Publish All Customizations).
marketo-item-user-matches-s2s = Synchronisatiegebruiker komt overeen met gebruikersnaam en wachtwoord (Sync user matches username and password)
    .fix = De Marketo User in Marketo Config "Default" moet de toepassingsgebruiker zijn van wie u het e-mailadres als Gebruikersnaam (Username) in Marketo hebt ingevoerd.

## Adobe's "Reconfigure Dynamics Authentication Method" (RECONF), as Marketo's UI names it.

marketo-step-reconfigure-auth = Nieuwe verificatiemethode opnieuw configureren (Reconfigure New Auth Method)
marketo-step-wait-after-switch = 15 minuten wachten na Overschakelen (Switch)
