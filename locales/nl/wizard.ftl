# The setup and rotate wizards (src/wizard): prompts, steps, notes for the transcript.
# Each id is "wizard-" and the kebab-case name of its variant of `M` (src/wizard/messages.rs).
# {"  "} at the start of a line keeps its leading spaces; a last line {""} keeps a final line break.

wizard-welcome =
    dynsync setup — verbind Marketo stap voor stap met Microsoft Dynamics 365.

    U hebt nodig:
      • een Azure-beheerder die apps kan registreren en beheerderstoestemming kan verlenen (Toepassingsbeheerder (Application Administrator) of hoger);
      • een aparte synchronisatiegebruiker in Dynamics (met licentie, niet het account van een persoon) en het wachtwoord daarvan;
      • een Marketo-beheerder.
    { $continue }
    {""}
# The welcome's last line: how a stop is continued.
wizard-welcome-continue = Uw voortgang wordt na elke stap opgeslagen: u kunt altijd stoppen (Ctrl-C) en verdergaan met `dynsync setup --resume`.
wizard-welcome-continue-demo = Dit is de demo: er wordt niets bewaard, dus stoppen beëindigt de demo (`dynsync setup --demo` start hem opnieuw).
wizard-ask-profile = Profielnaam voor deze verbinding (bv. contoso-prod)
wizard-ask-path = Een nieuwe verbinding, of een bestaande bijwerken?
wizard-path-first-time = Nieuwe verbinding
wizard-path-update = Bestaande verbinding bijwerken
wizard-have-app-registration = Hebt u in Azure al een app-registratie voor Marketo?
wizard-app-registration-steps =
    Registreer de app (Azure-portal → Microsoft Entra ID → App-registraties (App registrations)):
    {"  "}{ $portal }
      1. Nieuwe registratie (New registration) → Naam (Name): Marketo Integration → Ondersteunde accounttypen (Supported account types): "Alleen accounts in deze organisatiemap" ("Accounts in this organizational directory only") → Registreren (Register).
      2. Kopieer de Toepassings-id (client) (Application (client) ID) van de pagina Overzicht (Overview), niet de Object-id (Object ID).
      3. API-machtigingen (API permissions) → Een machtiging toevoegen (Add a permission) → Dynamics CRM → Gedelegeerde machtigingen (Delegated) → user_impersonation → Machtigingen toevoegen (Add permissions).
      4. Beheerderstoestemming verlenen voor uw tenant (Grant admin consent) → Ja (Yes).
      5. Verificatie (Authentication) → Geavanceerde instellingen (Advanced settings) → Openbare clientstromen toestaan (Allow public client flows): Nee (No) → Opslaan (Save).
      6. Certificaten en geheimen (Certificates & secrets) → Nieuw clientgeheim (New client secret) → een beschrijving (bv. Marketo sync) en een vervaldatum → Toevoegen (Add).
         Kopieer nu de Waarde (Value) van het geheim: de portal toont deze maar één keer. (De Geheim-id (Secret ID) ernaast is niet het geheim.)
    {""}
wizard-open-in-browser = De Azure-portal in uw browser openen?
wizard-step-done = Klaar
wizard-step-show-again = De stappen opnieuw tonen
wizard-step-abort = Afbreken (voortgang wordt opgeslagen)
wizard-step-copy = Een waarde naar het klembord van de terminal kopiëren (OSC 52)…
wizard-what-now = Als u dit hebt gedaan
wizard-choose = Wat nu?
wizard-checklist-overall = Wat toont Marketo?
wizard-all-green = Alle zeven items hebben een groen vinkje
wizard-some-red = Sommige items hebben een rode X
wizard-ask-client-id = Toepassings-id (client) (Application (client) ID)
wizard-client-id-note = {"  "}De Toepassings-id (client) staat op de pagina Overzicht (Overview) van de app. De Object-id (Object ID) ernaast is een andere GUID.
wizard-ask-client-secret = Waarde van het clientgeheim (verborgen)
wizard-secret-shown-once = {"  "}De waarde van het geheim wordt maar één keer getoond, direct na het maken. Hebt u deze niet meer, maak dan een nieuw geheim.
wizard-secret-id-refused = Dat is een GUID: de geheim-id, niet de waarde van het geheim. Kopieer in plaats daarvan de kolom Waarde (Value); maak een nieuw geheim als deze niet meer wordt getoond.
wizard-ask-secret-expiry = Vervaldatum van het geheim (M/D/JJJJ zoals 5/1/2027, of 2027-05-01; leeg: onbekend)
wizard-ask-username = UPN van de synchronisatiegebruiker (bv. marketo.sync@contoso.com)
wizard-ask-password = Wachtwoord van { $username } (verborgen)
wizard-ask-org-url = Organisatie-URL van Dynamics
wizard-org-normalised = {"  "}De instantie-URL { $url } wordt gebruikt
wizard-discovered-tenant = {"  "}De organisatie hoort bij tenant { $tenant }.
wizard-realm-managed = {"  "}{ $domain } is een beheerd domein: Azure AD controleert het wachtwoord van de synchronisatiegebruiker zelf.
wizard-realm-federated = {"  "}{ $domain } is gefedereerd ({ $via }). Marketo stuurt het wachtwoord rechtstreeks naar Azure AD, dat het alleen kan controleren met wachtwoord-hashsynchronisatie en een HRD-beleid:
wizard-hrd-in-place = Zijn wachtwoord-hashsynchronisatie en het HRD-beleid ingesteld?
wizard-hrd-wait = Stel ze in en kom dan hier terug.
wizard-running-checks = De referenties controleren zoals Marketo ze gaat gebruiken…
wizard-reenter-field = Opnieuw invoeren: { $field }
wizard-run-again = De controles opnieuw uitvoeren
wizard-continue-anyway = Toch doorgaan (niet aanbevolen)
wizard-password-attempts-exhausted =
    Het wachtwoord is { $n } keer geweigerd. dynsync stopt hier om de slimme vergrendeling (smart lockout) van Azure AD niet te activeren: controleer het wachtwoord (of stel het opnieuw in) en voer daarna uit:
    {"    "}{ $resume }
wizard-locked-out =
    Azure AD heeft de synchronisatiegebruiker vergrendeld (smart lockout). Stop nu, wacht ongeveer 30 minuten en voer daarna uit:
    {"    "}{ $resume }
wizard-dynamics-fix-then = Los dit in Dynamics op zoals hierboven aangegeven; daarna
wizard-org-guard-intro =
    Dit is de organisatie waarmee Marketo gaat synchroniseren:
      weergavenaam:  { $friendly }
      unieke naam:   { $unique }
      versie:        { $version }
      URL:           { $url }
    Marketo kan de organisatie-URL na de eerste keer opslaan niet meer wijzigen: voor een verkeerde organisatie is een nieuw Marketo-abonnement nodig.
    {""}
wizard-org-guard-ask = Typ ter bevestiging de unieke naam van de organisatie ({ $unique })
wizard-org-guard-mismatch = "{ $typed }" is niet "{ $unique }": Marketo zou worden gekoppeld aan een organisatie die u niet hebt bevestigd.
wizard-org-guard-type-again = Opnieuw typen
wizard-org-guard-change-url = Een andere organisatie-URL invoeren
wizard-saved = Profiel { $profile } opgeslagen; het clientgeheim en het wachtwoord staan in de sleutelbos.
wizard-marketo-intro = Nu in Marketo. dynsync kan daar niet voor u klikken (Marketo heeft hiervoor geen API), dus dynsync toont elke stap en legt vast wat u hebt gedaan.
wizard-marketo-disable =
    Marketo: Admin → Integratie (Integration) → Microsoft Dynamics → Sync uitschakelen (Disable Sync).
      De synchronisatie staat stil totdat u deze aan het eind weer inschakelt; wijzigingen in Dynamics blijven bewaard en worden daarna ingehaald.
    {""}
wizard-marketo-edit-credentials =
    Marketo: { $where } → Bewerken (Edit) bij de referenties, voer exact in:
      Gebruikersnaam (Username):     { $username }
      Wachtwoord (Password):         (het wachtwoord van de synchronisatiegebruiker)
      Client ID:                     { $client_id }
      Clientgeheim (Client Secret):  (de waarde van het geheim)
      Dynamics-URL (Dynamics URL):   { $org_url }
    → Opslaan (Save).
    {""}
wizard-marketo-select-fields =
    Marketo: Admin → CRM → Microsoft → Stap 2: Velden voor synchronisatie selecteren (Step 2: Select Fields to Sync) → Bewerken (Edit) → kies de velden → Opslaan (Save).
      Marketo synchroniseert alleen velden die de synchronisatiegebruiker in Dynamics kan lezen.
    {""}
wizard-marketo-validate =
    Marketo: { $where } → Synchronisatie-instelling valideren (Validate Sync Setup) → voer Gebruikersnaam (Username), Wachtwoord (Password) en URL in (Client ID en Clientgeheim (Client Secret) zoals hierboven) → Volgende (Next).
      Marketo toont zeven items, elk met een groen vinkje of een rode X. dynsync voorspelde:
    { $predicted }
wizard-marketo-enable-first-time =
    Marketo: Admin → CRM → Microsoft → Stap 3: Sync inschakelen (Step 3: Enable Sync) → Bewerken (Edit) → lees de pop-up → voer het e-mailadres voor de melding in → Sync starten (Start Sync).
      • De eerste synchronisatie kan uren duren (dagen bij grote organisaties); Marketo stuurt een e-mail als deze klaar is. Schakel de synchronisatie van aangepaste entiteiten pas na die e-mail in.
      • Wilt u maar een deel van de records synchroniseren, maak dan vóór het inschakelen in Dynamics het aangepaste veld new_synctomkto van het type Twee opties (Two Options) (Nee = niet gesynchroniseerd).
    {""}
wizard-marketo-enable-update =
    Marketo: Admin → Integratie (Integration) → Microsoft Dynamics → Sync inschakelen (Enable Sync). De synchronisatie wordt hervat en haalt de wijzigingen in die zijn gemaakt terwijl ze uit stond.
    {""}
wizard-checklist-item-ask = In Marketo: "{ $item }"
wizard-green = Groen vinkje
wizard-red = Rode X
wizard-checklist-all-green = Alle zeven items zijn groen.
wizard-checklist-fix-then-revalidate = Los de rode items op zoals aangegeven; daarna
wizard-checklist-fixed-revalidate = Opgelost: opnieuw controleren (dynsync voert de controles opnieuw uit; voer daarna in Marketo opnieuw Synchronisatie-instelling valideren (Validate Sync Setup) uit)
wizard-enable-override-ask = De validatie van Marketo is niet helemaal groen. De synchronisatie toch inschakelen? (wordt vastgelegd in de setupstatus)
wizard-copy-which = Welke waarde kopiëren?
wizard-copied = { $what } is met OSC 52 naar het klembord van de terminal gestuurd. Een terminal die OSC 52 negeert (of waarin het is uitgeschakeld), heeft niets gekopieerd: voer de waarde dan met de hand in.
wizard-clipboard-cleared = Aan de terminal is gevraagd het klembord te legen (OSC 52). Een terminal die OSC 52 negeert, heeft het geheim nooit gehad; een terminal met een klembordgeschiedenis kan het daar nog tonen.
wizard-secret-copy-warning = Het geheim naar het klembord van de terminal sturen (OSC 52)? dynsync vraagt de terminal het klembord weer te legen wanneer u Klaar kiest.
wizard-summary =
    Klaar: { $profile } verbindt Marketo met { $org_url } als { $username }.
      client-id:        { $client_id }
      geheim verloopt:  { $expires }
      Opnieuw controleren, op elk moment:        { $recheck }
      Als het geheim of het wachtwoord wijzigt:  { $rotate }
    {""}
wizard-finished-already = De setup van { $profile } is voltooid op { $at }. Wat nu?
wizard-revalidate = Opnieuw valideren (dynsync validate --profile)
wizard-start-over = Opnieuw beginnen
wizard-quit = Afsluiten
wizard-sync-off-warning =
    !!! De Marketo-synchronisatie is UITGESCHAKELD (sinds { $since }) en is nog niet weer ingeschakeld.
    !!! Er wordt niets gesynchroniseerd tussen Marketo en Dynamics totdat u de setup afrondt:
    {"    "}{ $resume }
    {""}
wizard-resume-hint =
    Voortgang opgeslagen. Ga verder met:
    {"    "}{ $resume }
wizard-demo-resume-hint = Dit was de demo: het profiel en de voortgang worden weggegooid. Start de demo opnieuw met: { $resume }
wizard-aborted = Gestopt.
wizard-no-terminal =
    setup is interactief en heeft een terminal nodig. Gebruik voor scripts `dynsync validate` en de opdrachten `dynsync profile`,
    of geef alle invoer (vlaggen en DYNSYNC_CLIENT_SECRET / DYNSYNC_PASSWORD) op met --yes om het profiel op te slaan en de Marketo-stappen als checklist af te drukken.
wizard-rotate-show =
    Een referentie van { $profile } roteren:
      organisatie:              { $org_url }
      synchronisatiegebruiker:  { $username }
      client-id:                { $client_id }
      geheim verloopt:          { $expires }
      laatste validatie:        { $last }
    {""}
wizard-rotate-ask-what = Wat verandert er?
wizard-rotate-what-secret = Het clientgeheim (er is of wordt een nieuw geheim gemaakt)
wizard-rotate-what-password = Het wachtwoord van de synchronisatiegebruiker
wizard-rotate-new-secret-steps =
    Maak een NIEUW clientgeheim naast het oude (Azure staat er meerdere toe; verwijder het oude nog niet):
    {"  "}{ $portal }
      Certificaten en geheimen (Certificates & secrets) → Nieuw clientgeheim (New client secret) → een beschrijving en een vervaldatum → Toevoegen (Add) → kopieer nu de Waarde (Value).
    {""}
wizard-rotate-ask-new-password = Nieuw wachtwoord van { $username } (verborgen)
wizard-rotate-checking = De nieuwe waarde controleren voordat er iets in Marketo verandert (de opgeslagen waarde blijft zoals ze is)…
wizard-rotate-replicating = Azure AD kent het nieuwe geheim nog niet (een nieuw geheim heeft even tijd nodig om te repliceren). Nieuwe poging over { $secs } s ({ $n } van { $max })…
wizard-rotate-replication-gave-up =
    Het nieuwe geheim werd na { $n } pogingen nog steeds geweigerd. Als u de Waarde (Value) van een geheim van deze app hebt gekopieerd (niet de geheim-id), wacht dan een paar minuten en voer dit uit (er is niets gewijzigd):
    {"    "}{ $resume }
wizard-rotate-new-failed =
    De nieuwe waarde is niet door de controles gekomen: er is niets gewijzigd (de sleutelbos houdt de oude waarde). Corrigeer dit en voer het volgende uit, of begin opnieuw:
    {"    "}{ $resume }
wizard-rotate-edit-credentials =
    Marketo: Admin → Integratie (Integration) → Microsoft Dynamics → Bewerken (Edit) bij de referenties → vervang alleen het veld { $field } door de nieuwe waarde → Opslaan (Save).
      Laat de andere velden zoals ze zijn.
    {""}
wizard-rotate-done = Het nieuwe { $what } van { $profile } staat in de sleutelbos; het profiel legt dit vast.
wizard-rotate-delete-old =
    Verwijder nu het OUDE clientgeheim in de portal (Certificaten en geheimen (Certificates & secrets) → het oude geheim → Verwijderen (Delete)):
    {"  "}{ $portal }
      of bewaar het nog even als andere systemen het nog gebruiken — maar niet na de vervaldatum.
    {""}
wizard-rotate-no-terminal = rotate heeft een terminal nodig om u door de Marketo-stappen te leiden; geef zonder terminal --marketo-done (Marketo heeft de nieuwe waarde al) op met --secrets-stdin.
wizard-rotate-marketo-done-note = --marketo-done: Marketo heeft de nieuwe waarde al (een beheerder heeft deze gewijzigd); dynsync controleert de waarde en werkt de sleutelbos en het profiel bij.
wizard-unfinished-exists = Er is een onvoltooide setup van { $profile } (bereikte stap: { $reached }). Daarmee verdergaan?
wizard-resuming = De setup van { $profile } wordt hervat na stap { $reached }.
wizard-org-confirm-unreadable = Is { $url } de organisatie waarmee Marketo moet synchroniseren? Dit kan later niet worden gewijzigd.
wizard-when-marketo-done = Als de Marketo-stappen klaar zijn: dynsync validate --profile { $profile }
wizard-rotate-old-kept = De sleutelbos bevat nog de oude waarde; de nieuwe wacht in een tijdelijk item.
wizard-which-profile = Welk profiel?
wizard-checking-new = De nieuwe waarde controleren
wizard-checking-heading = { $org } controleren voor { $username }
wizard-fix-label = Oplossing
wizard-where-first-time = Admin → CRM → Microsoft → Stap 1: Referenties invoeren (Step 1: Enter Credentials)
wizard-where-update = Admin → Integratie (Integration) → Microsoft Dynamics
wizard-label-username = Gebruikersnaam (Username)
wizard-label-password = Wachtwoord (Password), geheim
wizard-label-client-id = Client ID
wizard-label-client-secret = Clientgeheim (Client Secret), geheim
wizard-label-org-url = Dynamics-URL (Dynamics URL)
wizard-label-new-client-secret = Nieuw clientgeheim (Client Secret), geheim
wizard-label-new-password = Nieuw wachtwoord (Password), geheim
wizard-field-client-secret = Clientgeheim (Client Secret)
wizard-field-password = Wachtwoord (Password)
wizard-marketo-differs = {"  "}De eigen controles van dynsync voor dit item slagen, dus Marketo bevat waarschijnlijk andere waarden dan de hier gecontroleerde: voer ze opnieuw exact in (Referenties bewerken (Edit credentials) → Opslaan (Save)) en valideer opnieuw.
wizard-note-existing-app = Bestaande app-registratie gebruikt
wizard-note-registered-app = App geregistreerd in de Azure-portal (begeleid)
wizard-note-stopped = Gestopt door de beheerder
wizard-note-credentials = Client-id { $client_id } en clientgeheim ingevoerd (geheim niet vastgelegd)
wizard-note-checklist-printed = Marketo-stappen als checklist afgedrukt (--yes)
wizard-note-marketo-step = Marketo: { $step }{ $override }
wizard-note-red-x = Marketo-validatie: rode X bij "{ $item }"
wizard-note-revalidated-marketo = Opnieuw gevalideerd met dynsync: { $outcome }
wizard-note-org-yes = Organisatie bevestigd met --confirm-org: { $url } ({ $unique })
wizard-note-org-explicit = Organisatie expliciet bevestigd (gegevens onleesbaar): { $url }
wizard-note-org-typed = Organisatie bevestigd met de unieke naam: { $url } ({ $unique })
wizard-note-org-mismatch = Organisatiebevestiging: "{ $typed }" getypt, wat niet { $unique } is
wizard-note-preflight-passed = Vooraf-controle: alle controles geslaagd
wizard-note-preflight-failed = Vooraf-controle: { $check } mislukt — { $summary }
wizard-note-too-many-passwords = Gestopt: te veel geweigerde wachtwoorden
wizard-note-continued-anyway = Doorgegaan hoewel { $check } mislukte (keuze van de beheerder)
wizard-note-revalidated = Opnieuw gevalideerd: { $outcome }
wizard-note-saved = Profiel { $profile } en de twee bijbehorende items in de sleutelbos opgeslagen
wizard-note-finished = Setup voltooid
wizard-note-sync-user = Synchronisatiegebruiker { $username } en organisatie-URL { $org } ingevoerd
wizard-note-federated = { $domain } is gefedereerd: HRD-beleid en wachtwoord-hashsynchronisatie uitgelegd
wizard-note-hrd-confirmed = De beheerder heeft bevestigd dat het HRD-beleid en wachtwoord-hashsynchronisatie zijn ingesteld
wizard-note-resumed-setup = Setup van { $profile } hervat na stap { $reached }
wizard-note-started = Setup van { $profile } gestart (pad: { $path })
wizard-note-resumed-rotation = Rotatie van { $profile } hervat
wizard-note-marketo-done = Marketo had de nieuwe waarde al (--marketo-done)
wizard-note-replaced = Het { $what } in de sleutelbos vervangen
wizard-note-new-secret = Nieuw clientgeheim ontvangen (niet vastgelegd)
wizard-note-new-password = Nieuw wachtwoord ontvangen (niet vastgelegd)
wizard-note-refused-every-try = Het nieuwe geheim werd bij elke poging geweigerd
wizard-note-new-failed = De nieuwe waarde kwam niet door de controles; er is niets gewijzigd
wizard-note-new-passed = De nieuwe waarde is door alle controles gekomen
wizard-note-override = {" "}(overschrijving: validatie niet helemaal groen)
wizard-note-all-passed = alle geslaagd
wizard-note-still-failing = mislukt nog steeds: { $checks }
wizard-note-passed = geslaagd
wizard-note-failed = mislukt

## Values, fallbacks and refusals.

wizard-unknown-value = (onbekend)
wizard-the-sync-user = de synchronisatiegebruiker
wizard-the-org = de organisatie
wizard-the-start = het begin
wizard-a-federation-service = een federatieservice
# The secret's expiry date and the days left ($days is a number, negative once expired).
wizard-expires-in-days =
    { $date } ({ $days ->
        [one] { $days } dag
       *[other] { $days } dagen
    })
wizard-expiry-unknown = onbekend
wizard-expiry-unknown-hint = onbekend (dynsync profile set { $profile } --secret-expires YYYY-MM-DD)
# $outcome is wizard-note-passed or wizard-note-failed; $at a local time (with its UTC offset).
wizard-last-validation = { $outcome } op { $at }
wizard-last-validation-never = nooit
wizard-what-client-secret = clientgeheim
wizard-what-password = wachtwoord
wizard-ask-tenant = Tenant-id of domein (leeg: automatisch bepalen)
# $label is the prompt that could not be shown.
wizard-no-terminal-flag = { $label }: geef --{ $flag } op (er is geen terminal om het te vragen)
wizard-no-terminal-env = { $label }: stel { $env } in (er is geen terminal om het te vragen)
wizard-no-terminal-path = geef --path first-time of --path update op (er is geen terminal om het te vragen)
# $value is the input as typed, in quotes.
wizard-nothing-changed = { $problem }; er is niets gewijzigd
wizard-transcript-failed = kan het transcript { $path } niet schrijven: { $error }
wizard-no-setup-to-resume = er is geen onvoltooide setup om te hervatten; start er een met `dynsync setup`
wizard-no-setup-of = er is geen setup van { $profile } om te hervatten
wizard-no-rotation-to-resume = er is geen onvoltooide rotatie om te hervatten
wizard-no-rotation-of = er is geen rotatie van { $profile } om te hervatten
wizard-no-profiles = er zijn geen profielen: voer eerst `dynsync setup` uit
wizard-pass-profile = geef --profile NAME op
wizard-pass-what = geef --what client-secret|password op
wizard-not-a-checkpoint = { $path } is geen controlepunt van dynsync setup ({ $error }); het bestand is niet gewijzigd
wizard-newer-checkpoint = { $path } is geschreven door een nieuwere dynsync; werk dynsync bij
# In place of the predicted checklist when there is no report yet.
wizard-run-checks-first = (voer eerst de controles uit)

# A setup reached the save step without a secret it should hold (resumed from a stop).
wizard-no-secret-to-save = geen clientgeheim om op te slaan
wizard-no-password-to-save = geen wachtwoord om op te slaan
# The new value typed for a rotation is the current one.
wizard-rotate-same-secret = dat is het huidige clientgeheim, geen nieuw: maak er in de portal een nieuw geheim naast (Certificaten en geheimen (Certificates & secrets) → Nieuw clientgeheim (New client secret)) en voer de Waarde (Value) daarvan in; er is niets gewijzigd
wizard-rotate-same-password = dat is het huidige wachtwoord, geen nieuw: wijzig eerst het wachtwoord van de synchronisatiegebruiker en voer dan het nieuwe in; er is niets gewijzigd
# Past a red X in Marketo's checklist, on purpose.
wizard-checklist-continue-anyway = Toch doorgaan (wordt vastgelegd: Sync inschakelen (Enable Sync) wordt een overschrijving)
wizard-checklist-continue-word = doorgaan
wizard-checklist-continue-confirm = Marketo toont een rode X: de synchronisatie kan mislukken. Typ { $word } om toch door te gaan
wizard-checklist-continue-not-confirmed = Niet bevestigd: er is niets overgeslagen.
wizard-note-continued-past-red-x = doorgegaan ondanks de rode X in Marketo (getypte bevestiging): { $items }
# A setup resumed between the checks and the save (stopped at the org guard, say).
wizard-check-again-before-saving = Geheimen worden nooit tussen runs bewaard: de controles worden opnieuw uitgevoerd voordat er iets wordt opgeslagen (ze leveren ook de organisatie voor de organisatiebevestiging).
# The first line a run writes to its transcript (Markdown).
wizard-transcript-header = ## dynsync { $version }: { $what } van { $profile } ({ $org }), gestart op { $at }

## The transcript's name of a connection path (wizard-note-started's $path)

wizard-note-path-first-time = nieuwe verbinding
wizard-note-path-update = bestaande verbinding bijwerken
## The transcript of a run that passed with warnings. $warnings is a number; $checks the ids of
## the checks that warned, joined by ", ".

wizard-note-passed-with-warnings =
    geslaagd met { $warnings ->
        [one] { $warnings } waarschuwing
       *[other] { $warnings } waarschuwingen
    } ({ $checks })
wizard-note-preflight-passed-with-warnings =
    Vooraf-controle: geslaagd met { $warnings ->
        [one] { $warnings } waarschuwing
       *[other] { $warnings } waarschuwingen
    } ({ $checks })
wizard-note-new-passed-with-warnings =
    De nieuwe waarde is door de controles gekomen met { $warnings ->
        [one] { $warnings } waarschuwing
       *[other] { $warnings } waarschuwingen
    } ({ $checks })

## The heading of each step, with where it stands in the list. $n and $total are numbers; $step
## is the step's id (welcome, app_registration, …); $title a Marketo step's name.

wizard-step-heading = ── Stap { $n } van { $total }: { $name } ──
# A step's name by its id.
wizard-step-name =
    { $step ->
        [welcome] Welkom en profiel
        [app_registration] App-registratie
        [credentials] Client-id en geheim
        [sync_user] Synchronisatiegebruiker en organisatie
        [preflight] Vooraf-controles
        [org_guard] Bevestiging organisatie-URL
        [save] Opslaan
        [marketo] Marketo
        [summary] Samenvatting
       *[other] { $step }
    }
wizard-marketo-step-heading = ── Marketo, stap { $n } van { $total }: { $title } ──

## Where Marketo's Dynamics page is: before the first sync under CRM, afterwards under Integration.

wizard-marketo-place-first-time = Admin → CRM → Microsoft
wizard-marketo-place-update = Admin → Integratie (Integration) → Microsoft Dynamics
# In place of the predicted checklist in a resumed rotation (its new value is not sent again).
wizard-passed-before-stop = (de nieuwe waarde is vóór het stoppen door de controles van dynsync gekomen, dus Marketo hoort zeven groene vinkjes te tonen)
# A date typed in the portal's M/D/YYYY form, read back so a day-first reading is caught.
wizard-expiry-read-as = {"  "}Gelezen als { $date } (jaar-maand-dag).

## setup --yes (no terminal): the org guard's name from --confirm-org, and only what was done
## called done.

wizard-confirm-org-missing = --confirm-org UNIQUE_NAME is verplicht bij --yes: het vervangt het typen van de unieke naam van de organisatie bij de organisatiebevestiging (de organisatie-URL kan later in Marketo niet meer worden gewijzigd). Voer `dynsync validate` uit om de unieke naam van de organisatie te zien.
wizard-confirm-org-mismatch = --confirm-org { $given } is niet de unieke naam van de organisatie op { $url }; die is { $unique }: er is niets opgeslagen. Controleer de organisatie-URL, of geef --confirm-org { $unique } op als dit de organisatie is waarmee Marketo moet synchroniseren.
wizard-confirm-org-unreadable = --confirm-org kan niet worden gecontroleerd: de unieke naam van de organisatie op { $url } kon niet worden gelezen (zie de controle dynamics.organization). Voer `dynsync setup` in een terminal uit om de organisatie expliciet te bevestigen; er is niets opgeslagen.
wizard-marketo-intro-checklist = Nog te doen in Marketo, met de hand (dynsync kan daar niet klikken en kan zonder terminal niet op u wachten): vink elke stap af zodra u die hebt uitgevoerd.
wizard-summary-checked =
    Gecontroleerd en opgeslagen: { $profile } verbindt Marketo met { $org_url } als { $username } zodra de Marketo-stappen hierboven zijn uitgevoerd (dat is nog niet gebeurd).
      client-id:        { $client_id }
      geheim verloopt:  { $expires }
      Als het geheim of het wachtwoord wijzigt: { $rotate }
    {""}

## A demo that keeps its progress until it completes (in a "demo-setup" directory beside the
## profiles), so a stop can be rehearsed.

wizard-welcome-continue-demo-kept =
    Dit is de demo: de voortgang wordt bewaard totdat de demo is voltooid, zodat u kunt oefenen met stoppen (Ctrl-C) en verdergaan met:
    {"    "}{ $resume }
# Before the path is asked: where Marketo shows the connection in each case.
wizard-path-where = {"  "}De eerste keer toont Marketo de verbinding onder Admin → CRM → Microsoft; na de eerste synchronisatie onder Admin → Integratie (Integration) → Microsoft Dynamics.
# setup --demo --resume when the demo kept nothing to resume.
wizard-no-demo-to-resume = er is geen gestopte demo om te hervatten; start er een met `dynsync setup --demo`
## Server-to-Server (S2S): the application user instead of a sync user, Marketo's "Web API"
## connection, and the switch of an existing connection (Adobe's "Reconfigure Dynamics
## Authentication Method"), with the 15 minutes Marketo needs after Switch (issue 14).

# $auth is password or s2s.
wizard-note-auth = Aanmelding: { $auth }
# Asked after the path, when --auth was not given.
wizard-ask-auth = Hoe moet Marketo zich aanmelden bij Dynamics?
wizard-auth-password = Een gelicentieerde synchronisatiegebruiker met wachtwoord (standaard in Marketo)
wizard-auth-s2s = Server-to-Server (S2S): de app als Dataverse-toepassingsgebruiker, zonder wachtwoord (aanbevolen als MFA of Voorwaardelijke toegang wordt afgedwongen)
wizard-reconfigure-note = Hiermee wordt de bestaande verbinding overgeschakeld op S2S: in Marketo heet dat "Reconfigure Dynamics Authentication Method", met de synchronisatie uitgeschakeld en 15 minuten wachten na Overschakelen (Switch) voordat die weer wordt ingeschakeld.
wizard-ask-app-user-email = Het e-mailadres van de toepassingsgebruiker (de Gebruikersnaam (Username) voor S2S in Marketo, bv. marketo-app@contoso.com)
# $client_id is the app's client ID; $email the application user's email.
wizard-app-user-steps =
    De toepassingsgebruiker (Dynamics), als die nog niet bestaat:
      1. Power Platform-beheercentrum (Power Platform admin center) → Omgevingen (Environments) → de omgeving → Instellingen (Settings) → Gebruikers en machtigingen (Users + permissions) → Toepassingsgebruikers (Application users) → Nieuwe app-gebruiker (New app user).
      2. Een app toevoegen (Add an app) → de app { $client_id } → de bedrijfseenheid (de hoofdbedrijfseenheid) → Maken (Create).
      3. Beveiligingsrollen bewerken (Edit security roles) → "Marketo Sync User" → Opslaan (Save); geef de gebruiker het e-mailadres { $email }.
      4. Dynamics → Instellingen (Settings) → Marketo Config → Default → Marketo User: de toepassingsgebruiker → Opslaan (Save).
    Of laat dynsync, zodra het profiel is opgeslagen, stap 1–4 uitvoeren met de aanmelding van een Dynamics-beheerder:
        dynsync fix --profile { $profile }
wizard-note-app-user = Toepassingsgebruiker { $email } voor { $org }
wizard-marketo-edit-credentials-s2s =
    Marketo: { $where } → Bewerken (Edit) bij de referenties, kies Web API (Server to Server) en voer exact in:
      Gebruikersnaam (Username):     { $username } (het e-mailadres van de toepassingsgebruiker)
      Client ID:                     { $client_id }
      Clientgeheim (Client Secret):  (de waarde van het geheim)
      Tenant ID:                     { $tenant }
      URL:                           { $org_url }
    → Opslaan (Save).
wizard-marketo-reconfigure =
    Marketo: Admin → Microsoft Dynamics → Nieuwe verificatiemethode opnieuw configureren (Reconfigure New Auth Method) → kies Web API en voer alle referenties opnieuw in:
      Gebruikersnaam (Username):     { $username } (het e-mailadres van de toepassingsgebruiker)
      Client ID:                     { $client_id }
      Clientgeheim (Client Secret):  (de waarde van het geheim)
      Tenant ID:                     { $tenant }
      URL:                           { $org_url }
    → Valideren (Validate) (alles groen) → Overschakelen (Switch) → Bevestigen (Confirm) → Bevestigen (Confirm) → OK.
    Marketo heeft daarna 15 minuten nodig om de nieuwe methode te accepteren: dynsync telt die vanaf het moment dat u hier Klaar kiest.
wizard-marketo-wait-switch = Wacht na Overschakelen (Switch) 15 minuten voordat u de synchronisatie weer inschakelt (Marketo heeft die tijd nodig om de nieuwe verificatiemethode te accepteren).
# $minutes left, $until the time (UTC) the wait ends.
wizard-switch-waiting = Marketo accepteert de nieuwe verificatiemethode 15 minuten na Overschakelen (Switch): nog { $minutes } min, tot { $until } UTC. (Als u nu stopt, zet `--resume` het wachten voort.)
wizard-switch-wait-over = De 15 minuten na Overschakelen (Switch) zijn voorbij: de synchronisatie kan worden ingeschakeld.
wizard-note-switch-waited = 15 minuten gewacht na Overschakelen (Switch)
wizard-label-tenant-id = Tenant ID
wizard-label-app-user-email = Gebruikersnaam (Username), het e-mailadres van de toepassingsgebruiker
wizard-rotate-s2s-no-password = Dit profiel meldt zich aan met S2S (een toepassingsgebruiker): er is geen wachtwoord om te roteren, alleen het clientgeheim (--what client-secret).
wizard-fix-for-me = Herstel het voor mij (aanmelden als Dynamics-beheerder)
# $applied and $failed are counts of changes.
wizard-note-fixed-for-me = hersteld met de aanmelding van een Dynamics-beheerder: { $applied } wijziging(en) uitgevoerd, { $failed } geweigerd

## Setup's "Create it for me": the app registration done through Microsoft Graph (src/wizard/steps/app_registration.rs)

wizard-how-register = Hoe moet de app-registratie worden gemaakt?
wizard-create-for-me = Maak het voor mij (aanmelden als Azure-beheerder)
wizard-guide-in-portal = Begeleid mij door de Azure-portal
wizard-create-for-me-intro = Een Azure-beheerder (Toepassingsbeheerder (Application Administrator) of Cloudtoepassingsbeheerder (Cloud Application Administrator)) meldt zich alleen voor deze run aan; dynsync registreert dan de app, de service-principal en de beheerderstoestemming, en zet een nieuw clientgeheim rechtstreeks in de sleutelbos. Er hoeft niets te worden getypt en het geheim wordt nooit getoond.
wizard-note-app-created = app-registratie gemaakt via Graph: client-id { $client_id }, geheim verloopt { $expires }
wizard-made-secret-used = Client-id { $client_id } en het nieuwe clientgeheim (in de sleutelbos, nooit getoond) zijn ingevuld vanuit de zojuist gemaakte app.

## rotate --create-secret: what becomes of the old client secret (src/wizard/rotate/finish.rs)

# $key_id the old secret's key id (Secret ID); $confirm "yes" when dynsync asks before removing it, "no" with --remove-old.
wizard-rotate-old-removed-next =
    { $confirm ->
        [yes] Daarna verwijdert dynsync het oude clientgeheim { $key_id } van de app, zodra u dat bevestigt: u hoeft niets te verwijderen in de portal.
       *[no] Daarna verwijdert dynsync het oude clientgeheim { $key_id } van de app (--remove-old): u hoeft niets te verwijderen in de portal.
    }

## Setup's "Create it for me", resumed: what the checkpoint records is not made again (src/wizard/steps/app_registration.rs)

# $org the org URL the registration was started for.
wizard-registration-continued = De app-registratie die dynsync voor { $org } is begonnen, wordt voortgezet: wat volgens het controlepunt al is gemaakt, wordt niet opnieuw gemaakt en ook niet opnieuw bij Graph aangevraagd.
# $client_id the app's Application (client) ID.
wizard-registration-recorded = De app-registratie is al gemaakt en vastgelegd (client-id { $client_id }; het geheim staat in de sleutelbos): aanmelden als beheerder is niet nodig.

## Marketo's credentials screen after "Create it for me": the secret dynsync made was never shown.

wizard-marketo-secret-never-shown = De waarde van het clientgeheim is door dynsync gemaakt en nooit getoond: kies "{ wizard-step-copy }" → Clientgeheim (Client Secret) om die naar het klembord van de terminal te sturen, en plak ze in Marketo.
