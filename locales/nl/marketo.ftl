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
