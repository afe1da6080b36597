# The AADSTS catalogue (src/azure/catalogue.rs): what each Azure AD error code means for the
# Marketo sync user, and what an admin does. One message per code, "aadsts-CODE", with two
# attributes: .cause (prose; its first sentence is the headline) and .remedy (the steps).
# Blocks shared by several entries are terms (-name), referenced as { -name }.
# Braces in text are written {"{"} and {"}"}; {"   "} at the start of a line keeps its leading
# spaces; a last line {""} keeps a final line break.

## Shared blocks

# Where failed sign-ins are read.
-sign-in-logs = Microsoft Entra-beheercentrum (Microsoft Entra admin center) → Bewaking en status (Monitoring & health) → Aanmeldingslogboeken (Sign-in logs)
# Re-entering credentials in Marketo (Adobe's documented path).
-marketo-edit = In Marketo: Admin → Microsoft Dynamics → Sync uitschakelen (Disable Sync) → Bewerken (Edit) (Stap 1: Referenties invoeren / Step 1: Enter Credentials) → voer de nieuwe waarde in → Opslaan (Save) → Synchronisatie-instelling valideren (Validate Sync Setup) → Sync inschakelen (Enable Sync).
# The common/consumers endpoint.
-tenant-endpoint-steps = Geef de tenant op: geef met --tenant de map-id (tenant) of een geverifieerd domein op (niet common of consumers; organizations werkt ook), of laat --tenant weg zodat dynsync de tenant uit de organisatie-URL afleidt. Voer daarna `dynsync validate` opnieuw uit.
# Re-entering the client ID.
-client-id-steps =
    1. Microsoft Entra-beheercentrum (Microsoft Entra admin center) → App-registraties (App registrations) → de Marketo-app → Overzicht (Overview): kopieer de Toepassings-id (client) (Application (client) ID), niet de Object-id (Object ID) en niet de Map-id (tenant) (Directory (tenant) ID).
    2. Controleer of de app is geregistreerd in de tenant van de synchronisatiegebruiker en van de Dynamics-omgeving; een app uit een andere tenant heeft in deze tenant ook een bedrijfstoepassing nodig.
    3. Voer deze in als Client ID in Marketo en voer `dynsync validate` opnieuw uit.
# Enabling a disabled enterprise application.
-app-enable-steps =
    1. Microsoft Entra-beheercentrum (Microsoft Entra admin center) → Bedrijfstoepassingen (Enterprise applications) → de Marketo-app → Eigenschappen (Properties) → Ingeschakeld voor aanmelding door gebruikers? (Enabled for users to sign in?) → Ja (Yes) → Opslaan (Save).
    2. Voer `dynsync validate` opnieuw uit.
# Adding the Dynamics permission and granting admin consent.
-consent-steps =
    1. Microsoft Entra-beheercentrum (Microsoft Entra admin center) → App-registraties (App registrations) → de Marketo-app → API-machtigingen (API permissions): Dynamics CRM → user_impersonation ("Access Common Data Service as organization users") moet in de lijst staan; zo niet: Een machtiging toevoegen (Add a permission) → Dynamics CRM → Gedelegeerde machtigingen (Delegated permissions) → user_impersonation → Machtigingen toevoegen (Add permissions).
    2. Klik op Beheerderstoestemming verlenen voor de tenant (Grant admin consent) → Ja (Yes); hiervoor is de rol Cloudtoepassingsbeheerder (Cloud Application Administrator), Toepassingsbeheerder (Application Administrator) of Beheerder met bevoorrechte rol (Privileged Role Administrator) nodig. Of laat een beheerder https://login.microsoftonline.com/<tenant>/adminconsent?client_id=<client id> openen.
    3. Wacht een minuut en voer `dynsync validate` opnieuw uit. Ontbrekende toestemming maakt in Marketo ook het item "Synchronisatiegebruiker heeft de rol Marketo Sync User (Sync user is assigned to the Marketo Sync User role)" rood.
# Pass-through authentication agent problems.
-pta-steps =
    1. Microsoft Entra-beheercentrum (Microsoft Entra admin center) → Hybride beheer (Hybrid management) → Microsoft Entra Connect → Pass-through-verificatie (Pass-through authentication): controleer of de verificatieagents actief zijn.
    2. Controleer op de agentservers de verbinding met de domeincontrollers van het forest van de synchronisatiegebruiker, en het gebeurtenislogboek van de agent.
    3. Voer `dynsync validate` opnieuw uit zodra de agents weer in orde zijn.
# Codes that ask the sync user to register for MFA.
-mfa-registration = Sluit de synchronisatiegebruiker ook uit van het registratiebeleid voor MFA (Beveiliging (Protection) → Identity Protection → Registratiebeleid voor meervoudige verificatie (Multifactor authentication registration policy)) en controleer of de standaardinstellingen voor beveiliging (security defaults) zijn ingeschakeld.
# The common advice for every MFA / Conditional Access / device code.
-mfa-steps =
    1. Zoek het beleid: { -sign-in-logs }, filter op de synchronisatiegebruiker, open de mislukte aanmelding en lees het tabblad Voorwaardelijke toegang (Conditional Access); daar staat welk beleid is toegepast.
    2. Sluit de synchronisatiegebruiker (of deze app-registratie) uit van dat beleid: Beveiliging (Protection) → Voorwaardelijke toegang (Conditional Access) → het beleid → Gebruikers (Users) (of Doelresources (Target resources)) → Uitsluiten (Exclude).
    3. Schakel MFA per gebruiker voor dat account uit als deze aan staat: Gebruikers (Users) → Alle gebruikers (All users) → MFA per gebruiker (Per-user MFA) → selecteer de synchronisatiegebruiker → Uitschakelen (Disable).
    4. Marketo kan geen MFA of andere interactieve stap uitvoeren (volgens de installatiehandleiding van Adobe moet MFA voor de synchronisatiegebruiker uit staan). Staat het beleid geen uitsluiting toe, gebruik dan de Server-to-Server-verbinding (S2S) van Marketo, die zich zonder wachtwoord aanmeldt als toepassingsgebruiker.
    5. Voer `dynsync validate` opnieuw uit.
# 50126 when the user's domain is managed.
-managed-50126 =
    1. Voer het wachtwoord van de synchronisatiegebruiker opnieuw exact in; een wachtwoord met spaties aan het begin of eind kan met deze aanmeldmethode niet worden gebruikt. { -marketo-edit }
    2. Controleer of de Gebruikersnaam (Username) de user principal name is (Microsoft Entra-beheercentrum (Microsoft Entra admin center) → Gebruikers (Users) → de synchronisatiegebruiker → User principal name).
    3. Twijfelt u aan het wachtwoord, stel het dan opnieuw in (Gebruikers (Users) → de synchronisatiegebruiker → Wachtwoord opnieuw instellen (Reset password)) en meld u eenmaal aan als de synchronisatiegebruiker om een definitief wachtwoord in te stellen: Marketo kan een tijdelijk wachtwoord niet wijzigen.
    4. Elke mislukte poging telt mee voor de slimme vergrendeling (AADSTS50053): wees zeker van het wachtwoord voordat u het opnieuw probeert, en voer dan eenmaal `dynsync validate` uit.
# 50126 when the user's domain is federated: password hash sync and an HRD policy.
# The PowerShell lines keep a 3-space indent; the line with the client id is in
# -federated-50126 and aadsts-hrd-remedy, the rest in the -hrd-commands-* terms.
-hrd-commands-head =
    Marketo stuurt het wachtwoord rechtstreeks naar Azure AD, dat het wachtwoord van een gebruiker in een gefedereerd domein (AD FS, Okta, Ping…) standaard niet controleert en 50126 antwoordt, ook als het wachtwoord juist is. Er zijn twee dingen nodig:
    1. Wachtwoord-hashsynchronisatie ingeschakeld in Microsoft Entra Connect, zodat Azure AD de wachtwoordhash van de gebruiker heeft; wacht na het inschakelen tot de hash is gesynchroniseerd.
    2. Een HRD-beleid (Home Realm Discovery) met AllowCloudPasswordValidation op de service-principal (bedrijfstoepassing) van de Marketo-app. Met Microsoft Graph PowerShell:
       Connect-MgGraph -Scopes "Policy.ReadWrite.ApplicationConfiguration","Application.ReadWrite.All"
       $policy = New-MgPolicyHomeRealmDiscoveryPolicy -BodyParameter @{"{"} definition = @('{"{"}"HomeRealmDiscoveryPolicy":{"{"}"AllowCloudPasswordValidation":true{"}}"}'); displayName = "EnableDirectAuthPolicy" {"}"}
-hrd-commands-tail =
    {"   "}New-MgServicePrincipalHomeRealmDiscoveryPolicyByRef -ServicePrincipalId $sp.Id -BodyParameter @{"{"} "@odata.id" = "https://graph.microsoft.com/v1.0/policies/homeRealmDiscoveryPolicies/$($policy.Id)" {"}"}
       Get-MgPolicyHomeRealmDiscoveryPolicyApplyTo -HomeRealmDiscoveryPolicyId $policy.Id
       Een service-principal heeft maar één HRD-beleid: heeft deze er al een, pas dan de definitie van dat beleid aan. Met het beleid controleert Azure AD de gesynchroniseerde wachtwoordhash zelf; de aanmelding wordt niet doorgestuurd naar de federatieserver. Verwijder het beleid als wachtwoord-hashsynchronisatie ooit wordt uitgeschakeld.
    3. Voer `dynsync validate` opnieuw uit.
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
    .summary = het wachtwoord van de synchronisatiegebruiker is geweigerd (beheerd domein: verkeerd wachtwoord of verkeerde gebruikersnaam)
    .remedy =
        Het domein van de synchronisatiegebruiker is beheerd, dus Azure AD heeft het wachtwoord zelf gecontroleerd en het kwam niet overeen.
        { -managed-50126 }
aadsts-50126-federated =
    .summary = de synchronisatiegebruiker zit in een gefedereerd domein; Azure AD heeft wachtwoord-hashsynchronisatie en een HRD-beleid (AllowCloudPasswordValidation) nodig om het wachtwoord te accepteren
    .remedy = { -federated-50126 }
aadsts-50126-unknown =
    .summary = verkeerd wachtwoord, of een gefedereerde synchronisatiegebruiker zonder wachtwoord-hashsynchronisatie en HRD-beleid
# A code the catalogue does not have, or an error without a code.
aadsts-unknown-summary = AADSTS{ $code }: { $first }
aadsts-unknown-summary-not-in-catalogue = AADSTS{ $code }: niet in de catalogus van dynsync
aadsts-error-summary = Azure AD-fout { $error }: { $first }
aadsts-error-summary-no-code = Azure AD-fout { $error } (geen AADSTS-code)
aadsts-error-summary-no-error = Azure AD-fout: { $first }
aadsts-error-summary-nothing = Azure AD gaf een fout zonder AADSTS-code
aadsts-unknown-no-advice = dynsync heeft geen specifiek advies voor AADSTS{ $code }.
aadsts-unknown-no-code = Het antwoord bevatte geen AADSTS-code, dus dynsync kan niet meer zeggen dan de melding van Microsoft.
aadsts-unknown-microsofts-message = Melding van Microsoft: { $message }
aadsts-unknown-error-page = Foutpagina: { $uri }
aadsts-unknown-look-up = Zoek de code op via https://login.microsoftonline.com/error?code={ $code }
aadsts-unknown-sign-in-logs = Open { -sign-in-logs }, filter op de synchronisatiegebruiker (of zoek op de correlatie-id) en lees bij de mislukte aanmelding de Reden van fout (Failure reason), de Aanvullende details (Additional details) en het tabblad Voorwaardelijke toegang (Conditional Access).
# The ids Microsoft support asks for, on the remedy's last line; $ids are the parts below,
# joined with ", ".
aadsts-support-line = Voor Microsoft-ondersteuning: { $ids }
aadsts-support-trace-id = Trace-id: { $value }
aadsts-support-correlation-id = Correlatie-id: { $value }
aadsts-support-timestamp = Tijdstempel: { $value }

## Entries, by code

aadsts-50001 =
    .cause = De resource in de tokenaanvraag (de organisatie-URL van Dynamics) is uitgeschakeld of bestaat niet in deze tenant. Dit is de vorm van AADSTS500011 op het v1-eindpunt.
    .remedy =
        1. Controleer de organisatie-URL die in Marketo is ingevoerd: het eigen adres van de omgeving, zoals https://contoso.crm.dynamics.com, met de juiste regio (crm, crm4, crm11…) en niets na de host.
        2. Zorg dat de omgeving, de synchronisatiegebruiker en de app-registratie in dezelfde tenant staan.
        3. In Marketo kunt u de URL na de eerste synchronisatie niet meer wijzigen, dus corrigeer deze vóór het opslaan; voer daarna `dynsync validate` opnieuw uit.
aadsts-50020 =
    .cause = De synchronisatiegebruiker komt van een andere identiteitsprovider of tenant en is geen lid van de tenant die eigenaar is van Dynamics. Gasten uit andere tenants en persoonlijke Microsoft-accounts kunnen de wachtwoordaanmelding waarop Marketo steunt niet gebruiken.
    .remedy =
        1. Gebruik als synchronisatiegebruiker een lidaccount dat in de Dynamics-tenant is gemaakt (Adobe vraagt om een aparte synchronisatiegebruiker met licentie).
        2. Voer de user principal name daarvan in Marketo in als Gebruikersnaam (Username) en voer `dynsync validate` opnieuw uit.
aadsts-50034 =
    .cause = Azure AD heeft in de tenant geen gebruiker met deze gebruikersnaam gevonden. De gebruikersnaam is verkeerd getypt, is een e-mailalias in plaats van de user principal name, of de aanvraag ging naar een andere tenant.
    .remedy =
        1. Microsoft Entra-beheercentrum (Microsoft Entra admin center) → Gebruikers (Users) → Alle gebruikers (All users): zoek de synchronisatiegebruiker en kopieer de User principal name exact (dat is niet altijd het e-mailadres).
        2. Controleer of de gebruikte tenant (--tenant, of de tenant die uit de organisatie-URL is afgeleid) de tenant is waarin de gebruiker staat.
        3. Voer de UPN in Marketo in als Gebruikersnaam (Username) en voer `dynsync validate` opnieuw uit.
aadsts-50049 =
    .cause = De aanmeldhost (authority) is onbekend of ongeldig. De aanvraag ging naar een host die geen aanmeldingseindpunt van Azure AD is.
    .remedy = Gebruik de aanmeldhost van de cloud van de tenant: login.microsoftonline.com voor commercieel en GCC, login.microsoftonline.us voor GCC High en DoD, login.partner.microsoftonline.cn voor China. Kies deze in dynsync met --cloud (public, usgov, usgovhigh, dod, china) en voer `dynsync validate` opnieuw uit.
aadsts-50053 =
    .cause = Azure AD heeft de aanmelding van de synchronisatiegebruiker vergrendeld na te veel verkeerde wachtwoorden (slimme vergrendeling), of geblokkeerd omdat deze kwam van een IP-adres met schadelijke activiteit. Elke volgende poging kan de vergrendeling verlengen.
    .remedy =
        Probeer het nu niet opnieuw, en voorkom dat Marketo het opnieuw probeert.
        1. Blijft Marketo zich aanmelden met een verkeerd opgeslagen wachtwoord, pauzeer het dan: Marketo Admin → Microsoft Dynamics → Sync uitschakelen (Disable Sync).
        2. Wacht ongeveer 30 minuten voor een nieuwe poging.
        3. { -sign-in-logs }: zoek de aanmeldingen van de synchronisatiegebruiker met foutcode 50053 en lees de Reden van fout (Failure reason): vergrendeling of schadelijk IP-adres.
        4. Bij een risicoblokkade: bekijk de gebruiker onder Beveiliging (Protection) → Identity Protection → Riskante gebruikers (Risky users) en bevestig, zodra u de bron vertrouwt, dat de gebruiker veilig is of negeer het risico.
        5. Wees zeker van het wachtwoord (stel het opnieuw in bij twijfel), voer het in Marketo in en voer daarna eenmaal `dynsync validate` uit.
aadsts-50055 =
    .cause = Het wachtwoord van de synchronisatiegebruiker is verlopen. Marketo kan geen wachtwoord wijzigen, dus de synchronisatie blijft uit totdat een nieuw wachtwoord is ingesteld en ingevoerd.
    .remedy =
        1. Stel het wachtwoord opnieuw in: Microsoft Entra-beheercentrum (Microsoft Entra admin center) → Gebruikers (Users) → de synchronisatiegebruiker → Wachtwoord opnieuw instellen (Reset password); voor een gebruiker die vanuit on-premises AD wordt gesynchroniseerd: stel het opnieuw in AD in en wacht op de volgende synchronisatie.
        2. Vraagt het opnieuw instellen om een wijziging bij de volgende aanmelding, meld u dan eenmaal aan als de synchronisatiegebruiker (bijvoorbeeld op https://myaccount.microsoft.com) om het definitieve wachtwoord in te stellen.
        3. Voorkom herhaling door dit serviceaccount uit te zonderen van het verlopen van wachtwoorden (voor een cloudgebruiker: zet passwordPolicies op DisablePasswordExpiration met Microsoft Graph; voor een gesynchroniseerde gebruiker: een wachtwoordbeleid zonder vervaldatum in AD).
        4. { -marketo-edit }
        5. Voer `dynsync validate` opnieuw uit.
aadsts-50056 =
    .cause = Azure AD heeft geen wachtwoord voor de synchronisatiegebruiker en kan het wachtwoord dat Marketo stuurde dus niet controleren. Dit komt vaak voor bij een gesynchroniseerde of gefedereerde gebruiker van wie de wachtwoordhash niet wordt gesynchroniseerd, of bij een account dat alleen voor wachtwoordloze aanmelding is ingesteld.
    .remedy =
        1. Schakel voor een gebruiker die vanuit on-premises AD wordt gesynchroniseerd wachtwoord-hashsynchronisatie in Microsoft Entra Connect in (Optionele functies (Optional features) → Wachtwoord-hashsynchronisatie (Password hash synchronization)) en wacht tot de hash Entra ID heeft bereikt. Een gefedereerd domein heeft ook het HRD-beleid nodig dat `dynsync explain 50126` toont.
        2. Of gebruik een synchronisatiegebruiker die alleen in de cloud bestaat en een wachtwoord heeft.
        3. Voer `dynsync validate` opnieuw uit.
aadsts-50057 =
    .cause = Het account van de synchronisatiegebruiker is uitgeschakeld, dus Azure AD weigert de aanmelding.
    .remedy =
        1. Microsoft Entra-beheercentrum (Microsoft Entra admin center) → Gebruikers (Users) → de synchronisatiegebruiker → Eigenschappen bewerken (Edit properties) → Instellingen (Settings) → Account ingeschakeld (Account enabled).
        2. Schakel een gebruiker die vanuit on-premises AD wordt gesynchroniseerd in Active Directory in (Enable-ADAccount) en wacht op de volgende synchronisatie.
        3. Voer `dynsync validate` opnieuw uit.
aadsts-50059 =
    .cause = Azure AD kon niet bepalen voor welke tenant de aanvraag is: de URL noemt er geen en uit de referenties volgt er geen.
    .remedy = { -tenant-endpoint-steps }
aadsts-50064 =
    .cause = Azure AD kon de gebruikersnaam of het wachtwoord van de synchronisatiegebruiker niet valideren.
    .remedy = Behandel dit als een verkeerd wachtwoord: controleer de Gebruikersnaam (Username) en het Wachtwoord (Password) die in Marketo zijn ingevoerd (zonder spaties aan het begin of eind) en lees de mislukte aanmelding in { -sign-in-logs }. Herhaalde mislukkingen leiden tot een vergrendeling (AADSTS50053), dus voer `dynsync validate` pas uit als de waarden zijn gecontroleerd.
aadsts-50072 =
    .cause = De synchronisatiegebruiker moet zich registreren voor meervoudige verificatie, een interactieve stap die Marketo niet kan uitvoeren.
    .remedy =
        { -mfa-registration }
        { -mfa-steps }
aadsts-50074 =
    .cause = Sterke verificatie is vereist en de synchronisatiegebruiker heeft de MFA-controle niet doorstaan. Een aanmelding met wachtwoord kan geen MFA-controle beantwoorden.
    .remedy = { -mfa-steps }
aadsts-50076 =
    .cause = Azure AD vereist meervoudige verificatie voor de synchronisatiegebruiker (een beleid voor voorwaardelijke toegang, MFA per gebruiker of een locatieregel). Marketo meldt zich alleen met een wachtwoord aan en wordt geblokkeerd.
    .remedy = { -mfa-steps }
aadsts-50079 =
    .cause = De synchronisatiegebruiker moet beveiligingsgegevens voor meervoudige verificatie registreren voordat deze zich kan aanmelden. Marketo kan de registratie en de MFA daarna geen van beide uitvoeren.
    .remedy =
        { -mfa-registration }
        { -mfa-steps }
aadsts-50097 =
    .cause = Een beleid voor voorwaardelijke toegang vereist apparaatverificatie. De servers van Marketo zijn geen geregistreerd apparaat, dus de synchronisatiegebruiker kan hier nooit aan voldoen.
    .remedy = { -mfa-steps }
aadsts-50105 =
    .cause = De bedrijfstoepassing van de Marketo-app vereist gebruikerstoewijzing, en de synchronisatiegebruiker is er niet aan toegewezen.
    .remedy =
        1. Microsoft Entra-beheercentrum (Microsoft Entra admin center) → Bedrijfstoepassingen (Enterprise applications) → de Marketo-app → Gebruikers en groepen (Users and groups) → Gebruiker/groep toevoegen (Add user/group) → selecteer de synchronisatiegebruiker → Toewijzen (Assign).
        2. Of zet op de pagina Eigenschappen (Properties) van de app Toewijzing vereist? (Assignment required?) op Nee (No).
        3. Voer `dynsync validate` opnieuw uit.
aadsts-50125 =
    .cause = De aanmelding is onderbroken om de synchronisatiegebruiker te laten registreren voor selfservice voor wachtwoordherstel, een interactieve stap die Marketo niet kan voltooien.
    .remedy =
        1. Meld u eenmaal interactief aan als de synchronisatiegebruiker en voltooi de registratie, of houd het account buiten de groep die zich moet registreren (Beveiliging (Protection) → Wachtwoord opnieuw instellen (Password reset) → Registratie (Registration)).
        2. Voer `dynsync validate` opnieuw uit.
aadsts-50126 =
    .cause = Azure AD heeft de gebruikersnaam en het wachtwoord van de synchronisatiegebruiker niet geaccepteerd. Voor een gebruiker in een gefedereerd domein stuurt Azure AD dezelfde code als het het wachtwoord niet zelf mag controleren.
    .remedy =
        Deze code heeft twee mogelijke oorzaken; welke het is, blijkt uit het domein van de synchronisatiegebruiker: Microsoft Entra-beheercentrum (Microsoft Entra admin center) → Instellingen (Settings) → Domeinnamen (Domain names) toont welke domeinen gefedereerd zijn.
        Is het domein beheerd (alleen cloud, wachtwoord-hashsynchronisatie of pass-through-verificatie), dan is het wachtwoord of de gebruikersnaam onjuist:
        { -managed-50126 }
        Is het domein gefedereerd: { -federated-50126 }
aadsts-50128 =
    .cause = Azure AD heeft geen tenant gevonden voor het domein in de aanvraag of in de gebruikersnaam. Het domein na @ is waarschijnlijk geen geverifieerd domein van een tenant.
    .remedy =
        1. Controleer het domein na @ in de gebruikersnaam van de synchronisatiegebruiker: dit moet een geverifieerd domein van de Dynamics-tenant zijn (Microsoft Entra-beheercentrum (Microsoft Entra admin center) → Instellingen (Settings) → Domeinnamen (Domain names)) of het *.onmicrosoft.com-domein daarvan.
        2. Geef de tenant expliciet op met --tenant (map-id of geverifieerd domein).
        3. Voer `dynsync validate` opnieuw uit.
aadsts-50131 =
    .cause = Een beslissing van voorwaardelijke toegang heeft de aanmelding geblokkeerd: apparaatstatus, verdachte activiteit, of een toegangs- of beveiligingsbeleid.
    .remedy = { -mfa-steps }
aadsts-50135 =
    .cause = Identity Protection beschouwt de synchronisatiegebruiker als risicovol en vereist een wachtwoordwijziging, wat Marketo niet kan.
    .remedy =
        1. Beveiliging (Protection) → Identity Protection → Riskante gebruikers (Risky users): onderzoek de synchronisatiegebruiker.
        2. Stel het wachtwoord opnieuw in (Gebruikers (Users) → de synchronisatiegebruiker → Wachtwoord opnieuw instellen (Reset password)) en negeer het risico zodra u het account vertrouwt.
        3. { -marketo-edit }
        4. Voer `dynsync validate` opnieuw uit.
aadsts-50144 =
    .cause = Het wachtwoord van de synchronisatiegebruiker in de on-premises Active Directory is verlopen.
    .remedy =
        1. Stel het wachtwoord opnieuw in Active Directory in (Active Directory Users and Computers, of Set-ADAccountPassword) en wacht tot Microsoft Entra Connect het heeft gesynchroniseerd.
        2. Geef dit serviceaccount in AD een wachtwoordbeleid zonder vervaldatum.
        3. { -marketo-edit }
        4. Voer `dynsync validate` opnieuw uit.
aadsts-50158 =
    .cause = Aan een externe beveiligingsuitdaging is niet voldaan: een MFA-provider van derden, een aangepast besturingselement van voorwaardelijke toegang of gebruiksvoorwaarden. Marketo kan geen enkele interactieve uitdaging voltooien.
    .remedy =
        Sluit de synchronisatiegebruiker uit van het beleid dat het aangepaste besturingselement of de gebruiksvoorwaarden vereist.
        { -mfa-steps }
aadsts-50173 =
    .cause = De toekenning is ingetrokken omdat het wachtwoord van de synchronisatiegebruiker is gewijzigd of een beheerder de sessies heeft ingetrokken. Een nieuwe aanmelding met het huidige wachtwoord is nodig.
    .remedy =
        1. Voer het huidige wachtwoord van de synchronisatiegebruiker in. { -marketo-edit }
        2. Voer `dynsync validate` opnieuw uit.
aadsts-50196 =
    .cause = Azure AD heeft een clientlus gedetecteerd: dezelfde tokenaanvraag kwam in korte tijd te vaak binnen, en verdere aanvragen worden beperkt.
    .remedy =
        Probeer het nu niet opnieuw.
        1. Wacht een paar minuten; stop elk script of elke monitor die in een lus tokens aanvraagt voor de synchronisatiegebruiker.
        2. { -sign-in-logs }: filter op de synchronisatiegebruiker om te zien welke toepassing de aanvragen stuurt.
        3. Voer na de pauze eenmaal `dynsync validate` uit.
aadsts-53000 =
    .cause = Een beleid voor voorwaardelijke toegang vereist een conform (beheerd) apparaat. Marketo meldt zich aan vanaf de eigen servers, die nooit een conform apparaat kunnen zijn.
    .remedy = { -mfa-steps }
aadsts-53001 =
    .cause = Een beleid voor voorwaardelijke toegang vereist een apparaat dat lid is van het domein. De servers van Marketo zijn geen lid van uw domein.
    .remedy = { -mfa-steps }
aadsts-53002 =
    .cause = Een beleid voor voorwaardelijke toegang vereist een goedgekeurde client-app. De connector van Marketo is daar geen van.
    .remedy = { -mfa-steps }
aadsts-53003 =
    .cause = Een beleid voor voorwaardelijke toegang heeft de aanmelding geblokkeerd. Het beleid kan blokkeren op locatie, platform, client-app of risico.
    .remedy =
        Blokkeert het beleid op locatie, dan kunt u in plaats van de gebruiker uit te sluiten ook de uitgaande IP-adressen van Marketo (vraag ze op bij Adobe-ondersteuning) toevoegen als vertrouwde benoemde locatie.
        { -mfa-steps }
aadsts-53004 =
    .cause = De synchronisatiegebruiker moet de registratie voor meervoudige verificatie (proof-up) voltooien voordat deze zich kan aanmelden. Marketo kan de registratie en de MFA daarna geen van beide uitvoeren.
    .remedy =
        { -mfa-registration }
        { -mfa-steps }
aadsts-65001 =
    .cause = Niemand heeft toestemming gegeven voor de Dynamics CRM-machtiging (user_impersonation) van de Marketo-app, dus Azure AD geeft geen token uit voor Dynamics.
    .remedy = { -consent-steps }
aadsts-70001 =
    .cause = De Marketo-app is uitgeschakeld in deze tenant.
    .remedy = { -app-enable-steps }
aadsts-70002 =
    .cause = Azure AD kon de clientreferenties (client-id en clientgeheim) niet valideren. Oudere v1-antwoorden sturen eerst deze algemene code en daarna de specifieke reden; dynsync gaat uit van de laatste code.
    .remedy =
        1. Als het antwoord ook een specifiekere code bevatte, voer dan `dynsync explain` uit met die code.
        2. Controleer anders het clientgeheim: dit moet de Waarde (Value) van het geheim zijn (niet de Geheim-id (Secret ID)), niet verlopen, en van dezelfde app-registratie als de Client ID (App-registraties (App registrations) → de Marketo-app → Certificaten en geheimen (Certificates & secrets)).
        3. Bij twijfel: maak een nieuw clientgeheim, voer de Waarde daarvan in Marketo in en voer `dynsync validate` opnieuw uit.
aadsts-70008 =
    .cause = Het vernieuwingstoken of de toekenning is verlopen of ingetrokken. Marketo moet zich opnieuw aanmelden met het wachtwoord.
    .remedy =
        1. Voer de referenties van de synchronisatiegebruiker opnieuw in zodat Marketo zich opnieuw aanmeldt (met het nieuwe wachtwoord als dat is gewijzigd). { -marketo-edit }
        2. Voer `dynsync validate` uit om te bevestigen dat de aanmelding met wachtwoord werkt.
aadsts-70011 =
    .cause = Het aangevraagde bereik (scope) is ongeldig. Voor Marketo wordt het bereik opgebouwd uit de organisatie-URL ({"{org URL}"}/.default), dus een verkeerde of onjuist opgebouwde URL geeft deze fout.
    .remedy =
        1. Controleer de organisatie-URL: https://<org>.crm<N>.dynamics.com, zonder pad (geen /api/data…) en zonder typefout.
        2. Het bereik moet één resource noemen (anders AADSTS700022).
        3. Corrigeer de URL en voer `dynsync validate` opnieuw uit.
aadsts-80001 =
    .cause = De agent voor pass-through-verificatie kan Active Directory niet bereiken, dus het wachtwoord van de synchronisatiegebruiker kan niet worden gecontroleerd.
    .remedy = { -pta-steps }
aadsts-80002 =
    .cause = Er is een time-out opgetreden bij de wachtwoordvalidatie via de agent voor pass-through-verificatie.
    .remedy = { -pta-steps }
aadsts-80012 =
    .cause = De synchronisatiegebruiker probeerde zich aan te melden buiten de aanmeldingstijden die in Active Directory zijn toegestaan.
    .remedy =
        1. Active Directory Users and Computers → de synchronisatiegebruiker → Account → Aanmeldingstijden (Logon Hours): sta alle uren toe (de synchronisatie draait de klok rond).
        2. Voer `dynsync validate` opnieuw uit zodra de wijziging is gerepliceerd.
aadsts-80013 =
    .cause = De klok van een server met een agent voor pass-through-verificatie wijkt te veel af van die van Active Directory.
    .remedy =
        1. Herstel de tijdsynchronisatie op de agentservers (ze moeten de tijdhiërarchie van het domein volgen; w32tm /resync forceert een update).
        2. Voer `dynsync validate` opnieuw uit.
aadsts-80014 =
    .cause = De agent voor pass-through-verificatie antwoordde na de maximaal toegestane tijd.
    .remedy = { -pta-steps }
aadsts-90002 =
    .cause = De tenant die in de aanvraag wordt genoemd, is niet gevonden. De tenant-id of het domein is verkeerd getypt, is geen geverifieerd domein, of hoort bij een andere cloud (US Government of China).
    .remedy =
        1. Controleer de waarde die met --tenant is opgegeven: de map-id (tenant) uit Microsoft Entra-beheercentrum (Microsoft Entra admin center) → Overzicht (Overview), of een geverifieerd domein zoals contoso.onmicrosoft.com; of laat --tenant weg om de tenant uit de organisatie-URL af te leiden.
        2. Is de tenant afgeleid van het domein van de gebruikersnaam, dan moet dat domein in de tenant geverifieerd zijn; corrigeer anders de Gebruikersnaam (Username).
        3. Geef voor GCC High, DoD of China --cloud usgovhigh, dod of china op.
        4. Voer `dynsync validate` opnieuw uit.
aadsts-90010 =
    .cause = Azure AD kon het algoritme dat de aanvraag nodig heeft niet maken ("Unable to create the algorithm" in de documentatie van Microsoft). Servers sturen deze code ook wanneer de wachtwoordtoekenning naar het eindpunt /common of /consumers ging, en de melding van Microsoft zegt dat dan; dynsync gaat uit van die melding als die er is.
    .remedy =
        1. Lees de melding van Microsoft (error_description). Staat daarin dat het toekenningstype niet wordt ondersteund op de eindpunten /common of /consumers, dan noemde de aanvraag de tenant niet. { -tenant-endpoint-steps }
        2. Anders is er in de configuratie geen bekende oorzaak: voer `dynsync validate` later opnieuw uit; blijft de fout bestaan, open dan { -sign-in-logs }, zoek de mislukte aanmelding en geef Microsoft-ondersteuning de Trace-id en de Correlatie-id daarvan.
# AADSTS90010 when Microsoft's message says the grant type is not supported over /common or
# /consumers (what servers send for a password grant there): a summary (after the code and
# name), the cause `dynsync explain` shows, and a remedy.
aadsts-90010-common =
    .summary = de wachtwoordtoekenning wordt niet ondersteund op het eindpunt /common of /consumers: de aanvraag moet de tenant noemen
    .cause = De aanvraag ging naar het eindpunt /common of /consumers, dat de wachtwoordtoekenning niet accepteert. Ze moet naar het eigen eindpunt van de tenant gaan (de map-id (tenant) of een geverifieerd domein) of naar /organizations.
    .remedy =
        De aanvraag ging naar /common of /consumers; de wachtwoordtoekenning vereist het eigen eindpunt van de tenant of /organizations.
        { -tenant-endpoint-steps }
aadsts-90014 =
    .cause = Een veld dat de aanvraag nodig heeft, ontbreekt. Dit wijst op de manier waarop de aanvraag is opgebouwd, niet op verkeerde referenties.
    .remedy =
        1. Controleer of geen van de invoerwaarden (client-id, clientgeheim, gebruikersnaam, wachtwoord, organisatie-URL) leeg is.
        2. Voer `dynsync validate` opnieuw uit; blijft de fout bestaan terwijl alle invoer is ingevuld, meld het dan als bug in dynsync en vermeld de Trace-id.
aadsts-90038 =
    .cause = De tenant hoort bij een nationale cloud (US Government of China), maar de aanvraag ging naar de aanmeldhost van een andere cloud.
    .remedy =
        1. Gebruik de aanmeldhost van de cloud van de tenant. In dynsync: --cloud usgovhigh of --cloud dod (login.microsoftonline.us), --cloud china (login.partner.microsoftonline.cn); GCC gebruikt --cloud usgov, dat zich aanmeldt op de commerciële host.
        2. De organisatie-URL verraadt de cloud: *.crm.microsoftdynamics.us is GCC High, *.crm.appsplatform.us is DoD, *.crm.dynamics.cn is China, *.crm9.dynamics.com is GCC.
        3. Voer `dynsync validate --cloud …` opnieuw uit.
aadsts-90055 =
    .cause = Azure AD beperkt de aanvragen voor deze tenant omdat er te veel binnenkwamen.
    .remedy =
        Probeer het nu niet opnieuw.
        1. Wacht enkele minuten en stop elke lus die tokens aanvraagt.
        2. Voer daarna eenmaal `dynsync validate` uit.
aadsts-90094 =
    .cause = Een beheerder moet toestemming geven voor de machtigingen van de Marketo-app voordat de synchronisatiegebruiker zich kan aanmelden.
    .remedy = { -consent-steps }
aadsts-500011 =
    .cause = De tenant heeft geen resource die overeenkomt met de organisatie-URL waarvoor het token is aangevraagd. De organisatie-URL is onjuist (regio, spelling) of de Dynamics-omgeving hoort bij een andere tenant.
    .remedy =
        1. Kopieer de organisatie-URL uit Dynamics (Instellingen (Settings) → Aanpassingen (Customizations) → Ontwikkelaarsresources (Developer Resources)) of uit het Power Platform-beheercentrum (Power Platform admin center) (Omgevingen (Environments) → de omgeving → Omgevings-URL (Environment URL)) en vergelijk: https://<org>.crm<N>.dynamics.com, niets na de host.
        2. Zorg dat de synchronisatiegebruiker, de app-registratie en de omgeving allemaal in dezelfde tenant staan.
        3. In Marketo kunt u de URL na de eerste synchronisatie niet meer wijzigen, dus zorg dat deze klopt vóór het opslaan; voer daarna `dynsync validate` opnieuw uit.
aadsts-500014 =
    .cause = De service-principal van Dynamics CRM is uitgeschakeld in deze tenant, bijvoorbeeld omdat een abonnement is verlopen of een beheerder deze heeft uitgeschakeld.
    .remedy =
        1. Microsoft Entra-beheercentrum (Microsoft Entra admin center) → Bedrijfstoepassingen (Enterprise applications) → Toepassingstype (Application type): Microsoft-toepassingen (Microsoft Applications) → Dynamics CRM (app-id 00000007-0000-0000-c000-000000000000) → Eigenschappen (Properties) → Ingeschakeld voor aanmelding door gebruikers? (Enabled for users to sign in?) → Ja (Yes).
        2. Controleer het Dynamics 365-abonnement in het Microsoft 365-beheercentrum (Microsoft 365 admin center) → Facturering (Billing) → Uw producten (Your products).
        3. Voer `dynsync validate` opnieuw uit.
aadsts-530003 =
    .cause = Een beleid voor voorwaardelijke toegang vereist een beheerd apparaat voor toegang tot deze resource. De servers van Marketo kunnen nooit een beheerd apparaat zijn.
    .remedy = { -mfa-steps }
aadsts-530032 =
    .cause = Een beveiligingsbeleid op tenantniveau heeft de aanvraag geblokkeerd.
    .remedy =
        Controleer de beveiligingsbeleidsregels van de tenant die bij de mislukte aanmelding worden genoemd.
        { -mfa-steps }
aadsts-530035 =
    .cause = De standaardinstellingen voor beveiliging hebben de aanmelding geblokkeerd als verouderde of onveilige verificatie. Standaardinstellingen voor beveiliging vereisen MFA en kunnen geen afzonderlijk account uitsluiten.
    .remedy =
        Standaardinstellingen voor beveiliging kunnen geen gebruiker uitsluiten: schakel ze uit (Microsoft Entra-beheercentrum (Microsoft Entra admin center) → Overzicht (Overview) → Eigenschappen (Properties) → Standaardinstellingen voor beveiliging beheren (Manage security defaults) → Uitgeschakeld (Disabled)) en vervang ze door beleid voor voorwaardelijke toegang dat de synchronisatiegebruiker uitsluit, of gebruik de Server-to-Server-verbinding (S2S) van Marketo.
        { -mfa-steps }
aadsts-650052 =
    .cause = De app heeft een service nodig waarop de tenant niet is geabonneerd of die niet is ingeschakeld. Voor Marketo betekent dit dat de tenant geen Dynamics 365-service (Dataverse) heeft.
    .remedy =
        1. Zorg dat u de tenant gebruikt die eigenaar is van de Dynamics 365-omgeving (vergelijk --tenant met de tenant van de organisatie-URL).
        2. Controleer of de tenant een actief abonnement op Dynamics 365 of Power Apps heeft (Microsoft 365-beheercentrum (Microsoft 365 admin center) → Facturering (Billing) → Uw producten (Your products)).
        3. Voer `dynsync validate` opnieuw uit.
aadsts-650056 =
    .cause = De Marketo-app vermeldt geen machtiging voor Dynamics CRM, of geen enkele beheerder heeft er toestemming voor gegeven.
    .remedy = { -consent-steps }
aadsts-650057 =
    .cause = De Marketo-app vroeg om Dynamics, maar dat staat niet tussen de API-machtigingen van de app-registratie.
    .remedy = { -consent-steps }
aadsts-700003 =
    .cause = Azure AD zocht een apparaatobject dat niet bestaat (een verwijderd apparaat), wat gebeurt wanneer een apparaatgebonden beleid voor voorwaardelijke toegang op de synchronisatiegebruiker van toepassing is.
    .remedy = { -mfa-steps }
aadsts-700011 =
    .cause = Er bestaat in de tenant geen toepassing met deze client-id.
    .remedy = { -client-id-steps }
aadsts-700016 =
    .cause = Azure AD heeft in de tenant geen toepassing met deze client-id gevonden. De client-id is verkeerd getypt, is de object-id in plaats van de toepassings-id (client), of de app staat in een andere tenant.
    .remedy = { -client-id-steps }
aadsts-700022 =
    .cause = Het bereik (scope) noemt meer dan één resource. Het bereik van Marketo moet de organisatie-URL gevolgd door /.default zijn (plus offline_access) en verder niets.
    .remedy =
        1. Controleer of de organisatie-URL één enkel adres bevat, zoals https://contoso.crm.dynamics.com.
        2. Voer `dynsync validate` opnieuw uit.
aadsts-700025 =
    .cause = De app-registratie wordt behandeld als openbare client, dus Azure AD weigert het clientgeheim dat Marketo stuurt.
    .remedy =
        1. Microsoft Entra-beheercentrum (Microsoft Entra admin center) → App-registraties (App registrations) → de Marketo-app → Verificatie (Authentication) → Geavanceerde instellingen (Advanced settings) → Openbare clientstromen toestaan (Allow public client flows) → Nee (No) → Opslaan (Save) (isFallbackPublicClient = false).
        2. Laat het clientgeheim in Marketo staan: Marketo meldt zich aan als vertrouwelijke client.
        3. Voer `dynsync validate` opnieuw uit.
aadsts-900144 =
    .cause = In de body van de aanvraag ontbreekt een vereiste parameter; de melding van Microsoft noemt welke.
    .remedy =
        1. Controleer of geen van de invoerwaarden (client-id, clientgeheim, gebruikersnaam, wachtwoord, organisatie-URL) leeg is.
        2. Is alle invoer ingevuld en blijft de fout bestaan, dan was de aanvraag onjuist opgebouwd (vaak de formuliercodering): meld het als bug in dynsync en vermeld de Trace-id.
aadsts-901002 =
    .cause = De aanvraag stuurde een parameter 'resource' naar het v2.0-tokeneindpunt, dat alleen 'scope' accepteert.
    .remedy = Dit is een bug in de client, geen configuratieprobleem: v2.0 verwacht scope={"{org URL}"}/.default, het v1-eindpunt verwacht resource={"{org URL}"}. Heeft dynsync de aanvraag gestuurd, meld het dan met de Trace-id.
aadsts-7000112 =
    .cause = De Marketo-app is uitgeschakeld in deze tenant.
    .remedy = { -app-enable-steps }
aadsts-7000215 =
    .cause = Azure AD heeft het clientgeheim geweigerd. Meestal is de geheim-id gekopieerd in plaats van de waarde van het geheim, of hoort het geheim bij een andere app-registratie.
    .remedy =
        Geheim-id of Waarde (Secret ID vs Value): App-registraties (App registrations) → de Marketo-app → Certificaten en geheimen (Certificates & secrets) toont elk clientgeheim met een Waarde (Value) en een Geheim-id (Secret ID). Marketo heeft de Waarde nodig, die de portal maar één keer volledig toont, direct na het maken van het geheim. Een tekenreeks in de vorm van een GUID (8-4-4-4-12 hexadecimale tekens) is de geheim-id, niet het geheim.
        1. Hebt u de Waarde niet meer, maak dan een nieuw clientgeheim (Certificaten en geheimen (Certificates & secrets) → Nieuw clientgeheim (New client secret)) en kopieer de Waarde meteen.
        2. Zorg dat het geheim bij dezelfde app-registratie hoort als de Client ID.
        3. { -marketo-edit }
        4. Voer `dynsync validate` opnieuw uit.
aadsts-7000218 =
    .cause = De aanvraag bevatte geen clientgeheim, terwijl de app-registratie een vertrouwelijke client is. De wachtwoordconfiguratie van Marketo vereist het clientgeheim.
    .remedy =
        1. Voer de Waarde van het clientgeheim in Marketo in (Clientgeheim (Client Secret)) en geef deze aan dynsync.
        2. Laat Openbare clientstromen toestaan (Allow public client flows) op Nee (No) staan: een openbare client past niet bij Marketo, dat een geheim stuurt (dat geeft AADSTS700025).
        3. Voer `dynsync validate` opnieuw uit.
aadsts-7000222 =
    .cause = Het clientgeheim is verlopen. Marketo blijft het sturen, en de synchronisatie blijft uit totdat een nieuw geheim is ingevoerd.
    .remedy =
        1. App-registraties (App registrations) → de Marketo-app → Certificaten en geheimen (Certificates & secrets) → Nieuw clientgeheim (New client secret): maak naast het verlopen geheim een nieuw geheim en kopieer de Waarde (wordt één keer getoond). Noteer de vervaldatum, zodat u op tijd kunt roteren.
        2. { -marketo-edit }
        3. Voer `dynsync validate` uit om dit te bevestigen.
        4. Verwijder het oude geheim later, zodra de synchronisatie op het nieuwe draait.
aadsts-9001023 =
    .cause = De wachtwoordtoekenning wordt niet ondersteund op het eindpunt /common of /consumers. De aanvraag moet de tenant noemen.
    .remedy = { -tenant-endpoint-steps }
aadsts-9002313 =
    .cause = De aanvraag was onjuist opgebouwd of ongeldig. Dit wijst op de manier waarop de aanvraag is opgebouwd, niet op de referenties.
    .remedy =
        1. Voer `dynsync validate` opnieuw uit.
        2. Blijft de fout bestaan, meld het dan als bug in dynsync en vermeld de Trace-id (voeg geen geheimen toe).
