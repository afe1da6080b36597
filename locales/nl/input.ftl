### input

# The input rules (src/input.rs, src/connection.rs): what is wrong with an input, and how to fix
# it. A rule's message is the problem; its .fix attribute says what to do. Nothing is sent while
# an input breaks a rule. $value is the input as typed, already quoted ("…", with escapes).

## The inputs as the messages name them (src/input.rs: field_label).

input-field-client-id = client-id
input-field-client-secret = clientgeheim
input-field-username = gebruikersnaam van de synchronisatiegebruiker
input-field-password = wachtwoord van de synchronisatiegebruiker
input-field-org-url = organisatie-URL
input-field-tenant = tenant

## Where a missing input can come from (src/input.rs: source_hint).

input-source-client-id = geef --client-id op of stel DYNSYNC_CLIENT_ID in
input-source-username = geef --username op of stel DYNSYNC_USERNAME in
input-source-org-url = geef --org-url op of stel DYNSYNC_ORG_URL in
input-source-tenant = geef --tenant op of stel DYNSYNC_TENANT in
input-source-client-secret = stel DYNSYNC_CLIENT_SECRET in, gebruik --secrets-stdin (regel 1), of voer de opdracht uit in een terminal om ernaar gevraagd te worden
input-source-password = stel DYNSYNC_PASSWORD in, gebruik --secrets-stdin (regel 2), of voer de opdracht uit in een terminal om ernaar gevraagd te worden

# An input nobody gave; $field is its name (input-field-…). The fix is its input-source-… text.
input-missing = { $field } ontbreekt

## The sync password.

input-password-empty = het wachtwoord van de synchronisatiegebruiker is leeg
input-password-white-space = het wachtwoord van de synchronisatiegebruiker begint of eindigt met witruimte, wat de wachtwoordtoekenning van Azure AD niet accepteert
    .fix = voer het wachtwoord exact in, zonder spaties of tabs eromheen

## The client secret.

input-client-secret-empty = het clientgeheim is leeg
input-client-secret-is-secret-id = het clientgeheim lijkt op een GUID: dat is de geheim-id, niet de waarde van het geheim
    .fix = kopieer in de Azure-portal (App-registraties (App registrations) → uw app → Certificaten en geheimen (Certificates & secrets)) de kolom Waarde (Value), die maar één keer wordt getoond, direct na het maken van het geheim; wordt deze niet meer getoond, maak dan een nieuw clientgeheim
input-client-secret-white-space = het clientgeheim bevat witruimte, wat de waarde van een geheim nooit bevat
    .fix = kopieer de waarde opnieuw, zonder spaties of regeleinden eromheen

## The client ID.

input-client-id-not-guid = client-id { $value } is geen GUID
    .fix = gebruik de Toepassings-id (client) (Application (client) ID) van de pagina Overzicht (Overview) van de app-registratie, bv. 11111111-2222-3333-4444-555555555555

## The sync username.

input-username-domain-user = { $value } is een naam in de vorm DOMEIN\gebruiker; de wachtwoordtoekenning bij Azure AD vereist de user principal name
    .fix = gebruik de UPN van de synchronisatiegebruiker, bv. marketo.sync@contoso.com (Microsoft Entra-beheercentrum (Microsoft Entra admin center) → Gebruikers (Users) → de gebruiker → User principal name)
input-username-control = de gebruikersnaam van de synchronisatiegebruiker bevat besturingstekens (geplakt uit een terminal of een document?)
input-username-not-upn = { $value } is geen user principal name (gebruiker@domein)
    .fix = gebruik de UPN van de synchronisatiegebruiker, bv. marketo.sync@contoso.com

## The tenant (--tenant).

input-tenant-not-for-password-grant = tenant { $value } kan niet worden gebruikt met de wachtwoordtoekenning
    .fix = geef de map-id (tenant) of een geverifieerd domein op, zoals contoso.onmicrosoft.com, of laat --tenant weg zodat dynsync de tenant zelf vindt
input-tenant-invalid = tenant { $value } is geen GUID en geen domein
    .fix = geef de map-id (tenant) op uit Microsoft Entra-beheercentrum (Microsoft Entra admin center) → Overzicht (Overview), of een geverifieerd domein

## The org URL (src/input.rs: normalize_org_url). $error is the URL parser's own text.

input-org-url-empty = de organisatie-URL is leeg
input-org-url-not-url = organisatie-URL { $value } is geen URL ({ $error })
input-org-url-no-host = organisatie-URL { $value } heeft geen host
input-org-url-credentials = de organisatie-URL mag geen gebruikersnaam of wachtwoord bevatten
input-org-url-http = organisatie-URL { $value } gebruikt http; Dynamics 365 vereist https
# $scheme is quoted, like $value.
input-org-url-scheme = het schema { $scheme } van de organisatie-URL is niet https
# The fix for each of the above.
input-org-url-fix = gebruik de omgevings-URL, bv. https://contoso.crm.dynamics.com (Power Platform-beheercentrum (Power Platform admin center) → Omgevingen (Environments) → Omgevings-URL (Environment URL))

# What normalising the org URL changed, shown as warnings; the fix is input-org-url-normalised.
input-org-url-api-host = { $host } is de Web API-host; de instantiehost { $instance } wordt gebruikt
input-org-url-path-dropped = het pad { $path } is uit de organisatie-URL verwijderd
input-org-url-path-ignored = het pad { $path } is genegeerd: organisatie-URL's van Dynamics Online hebben geen pad
input-org-url-query-dropped = de querystring is uit de organisatie-URL verwijderd
input-org-url-normalised = dynsync gebruikt de instantie-URL die hierboven staat

input-org-host-unknown = { $host } is geen bekende host van Dynamics 365 Online
    .fix = URL's van Dynamics Online hebben de vorm https://ORG.crmN.dynamics.com; controleer de URL in het Power Platform-beheercentrum (Power Platform admin center)
# $given and $inferred are cloud names as --cloud takes them (public, usgov, …).
input-cloud-mismatch = --cloud { $given } is opgegeven, maar de organisatie-URL hoort bij de cloud { $inferred }
    .fix = controleer de organisatie-URL en de cloud; de aanmeldhost volgt --cloud

## The login host (--authority-host; src/input.rs: normalize_authority_host).

input-authority-not-url = aanmeldhost { $value } is geen URL ({ $error })
input-authority-no-host = aanmeldhost { $value } heeft geen host
input-authority-not-https = aanmeldhost { $value } moet https gebruiken (http alleen voor loopback)
# The fix for each of the above.
input-authority-empty = de aanmeldhost is leeg
input-authority-userinfo = aanmeldhost { $value } mag geen gebruikersnaam of wachtwoord bevatten
input-authority-query = aanmeldhost { $value } mag geen query of fragment bevatten
input-authority-fix = geef een basis-URL op, zoals https://login.microsoftonline.com

## Other settings.

input-timeout-zero = de time-out moet minstens 1 seconde zijn
    .fix = geef --timeout SECS op met SECS ≥ 1
input-ca-bundle-missing = CA-bundel { $path } bestaat niet of is geen bestand
    .fix = geef --ca-bundle FILE op met een PEM-bestand met CA-certificaten; als een profiel dat pad bevat (de CA van een demotenant wordt verwijderd wanneer de demotenant stopt), geef het profiel dan het nieuwe: dynsync profile set NAME --ca-bundle FILE

## Dates (src/input.rs: parse_date).

input-date-invalid = { $value } is geen datum: gebruik JJJJ-MM-DD (2027-05-01) of M/D/JJJJ zoals de Azure-portal die in het Engels toont (5/1/2027 is 1 mei 2027)
