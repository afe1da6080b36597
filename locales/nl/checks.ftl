### checks

# The checks (src/checks): each check's summary line, and the .remedy attribute that says what to
# do. A check's id ($check, e.g. dynamics.whoami) is machine-readable and never translated.
# $note is " — " and Dataverse's own error message, or nothing; $status is an HTTP status.
# {" "} at the start of a value keeps its leading space.

## The run (src/checks/mod.rs).

# Progress, while the requests are out.
checks-progress-azure = Azure AD raadplegen: tenant, realm en token…
checks-progress-dynamics = Dynamics controleren met het token van de synchronisatiegebruiker…
checks-interrupted = onderbroken voordat deze controle klaar was
checks-input-ok = alle invoer is correct opgebouwd
# One line of the input check's remedy: an input's name (input-field-…) and its fix.
checks-input-fix-for-field = { $field }: { $fix }
checks-skip-invalid-input = niet uitgevoerd: corrigeer eerst de invoer (er is niets verzonden)
checks-skip-needs-token = niet uitgevoerd: vereist een token (zie de tokencontrole)
# The fix when the HTTP client cannot be built from --ca-bundle.
checks-ca-bundle-unusable = geef bij --ca-bundle een leesbaar PEM-bestand met CA-certificaten op
# $who is the sync user; $url the org URL.
checks-token-issued = Azure AD heeft een token uitgegeven aan { $who } voor { $url }
checks-token-issued-valid-for = Azure AD heeft een token uitgegeven aan { $who } voor { $url } (geldig gedurende { $minutes } min)

## The tenant (src/checks/signin.rs). $tenant is the org's tenant ID; $host the org's host.

# $tenant is --tenant as given; $summary the Azure AD error's headline.
checks-tenant-given-refused = --tenant { $tenant }: { $summary }
checks-tenant-adfs = { $host } meldt aan via een on-premises AD FS ({ $authority }), niet via Azure AD
    .remedy = dynsync controleert Dynamics 365 Online met Azure AD. Volg voor Dynamics on-premises (IFD) de on-premises-instructies van Marketo; de wachtwoordtoekenning bij Azure AD is dan niet van toepassing
# $detail says what answered instead.
checks-tenant-not-dataverse = { $url } is geen eindpunt van Dynamics 365 (Dataverse): { $detail }
    .remedy = kopieer de organisatie-URL uit het Power Platform-beheercentrum (Power Platform admin center) (Omgevingen (Environments) → uw omgeving → Omgevings-URL (Environment URL)), bv. https://contoso.crm.dynamics.com. Marketo kan deze URL na de eerste keer opslaan niet meer wijzigen
# $given is the tenant --tenant resolves to.
checks-tenant-given-mismatch = --tenant verwijst naar { $given }, maar { $host } hoort bij tenant { $tenant }
    .remedy = laat --tenant weg (dynsync vindt de tenant van de organisatie zelf) of geef de tenant van de organisatie op
# $user_tenant is the tenant the sync user signed in to.
checks-tenant-user-elsewhere = { $who } meldt zich aan bij tenant { $user_tenant }, maar { $host } hoort bij tenant { $tenant }
    .remedy = de synchronisatiegebruiker moet lid zijn van de tenant van de organisatie zelf: gebruik een account uit die map (geen gast uit een andere map), of controleer de organisatie-URL
checks-tenant-from-given = tenant { $tenant } (afgeleid van --tenant en bevestigd door de organisatie)
checks-tenant-discovered = tenant { $tenant } (uit de aanmeldingschallenge van de organisatie)

## The user's realm. $domain is the sync user's domain.

checks-realm-managed = { $domain } is een beheerd domein: Azure AD controleert het wachtwoord zelf
# The federation service's host, after "is federated" ($via below), when it is known.
checks-realm-via = {" "}({ $host })
checks-realm-federated-accepted = { $domain } is gefedereerd{ $via } en Azure AD heeft het wachtwoord geaccepteerd: een HRD-beleid en wachtwoord-hashsynchronisatie zijn ingesteld
    .remedy = laat wachtwoord-hashsynchronisatie voor dit domein ingeschakeld: als deze wordt uitgeschakeld, kan de synchronisatie zich niet meer aanmelden
checks-realm-federated = { $domain } is gefedereerd{ $via }: de wachtwoordtoekenning vereist een HRD-beleid en wachtwoord-hashsynchronisatie
# The remedy of checks-realm-federated when the token check shows the commands.
checks-realm-see-token = zie de tokencontrole voor de opdrachten
checks-realm-unknown = { $domain } is geen domein van een Azure AD-tenant
    .remedy = controleer de gebruikersnaam van de synchronisatiegebruiker: dit moet de user principal name van de gebruiker in de Dynamics-tenant zijn (Microsoft Entra-beheercentrum (Microsoft Entra admin center) → Gebruikers (Users))

## The client secret's expiry (src/checks/expiry.rs). $date is the expiry date; $days a number.

checks-expiry-unknown = de vervaldatum van het clientgeheim is onbekend
    .remedy = leg deze vast (de pagina Certificaten en geheimen (Certificates & secrets) in de portal toont de datum): dynsync profile set { $profile } --secret-expires YYYY-MM-DD, of geef --secret-expires op
checks-expiry-expired =
    het clientgeheim is verlopen op { $date } ({ $days ->
        [one] { $days } dag
       *[other] { $days } dagen
    } geleden): de synchronisatie kan zich niet aanmelden
checks-expiry-in =
    het clientgeheim verloopt op { $date }, over { $days ->
        [one] { $days } dag
       *[other] { $days } dagen
    }
# $profile is the profile checked, or NAME.
checks-expiry-azure-says-expired = Azure AD meldt dat het clientgeheim is verlopen (AADSTS7000222): de synchronisatie kan zich niet aanmelden
checks-expiry-azure-says-expired-date-wrong = Azure AD meldt dat het clientgeheim is verlopen (AADSTS7000222), terwijl de vastgelegde vervaldatum { $date } is: die datum klopt niet (de pagina Certificaten en geheimen (Certificates & secrets) in de portal toont de echte)
checks-expiry-rotate = maak naast het oude een nieuw clientgeheim en voer dat in Marketo in: dynsync rotate --profile { $profile }

## The organization (src/checks/organization.rs). A name Dataverse did not send is "?".

checks-org-ok = organisatie "{ $friendly }" (unieke naam { $unique }, versie { $version }): controleer of dit de organisatie is waarmee Marketo moet synchroniseren
checks-org-unreadable = kan de gegevens van de organisatie niet lezen ({ $why })
    .remedy = bevestig de organisatie in het Power Platform-beheercentrum (Power Platform admin center) voordat u de URL in Marketo opslaat: deze kan later niet meer worden gewijzigd

## Dataverse with the sync user's token (src/checks/dataverse.rs). $host is the org's host;
## $who the sync user.

# Why Dataverse refused a query ($why in the summaries below): the HTTP status, Dataverse's error
# code ($code, e.g. 0x80040220) and what the code says; $privilege is the privilege Dataverse
# names (e.g. prvReadSolution); $message is Dataverse's own message.
checks-why-status = HTTP { $status }
checks-why-status-message = HTTP { $status }: { $message }
checks-why-not-member = HTTP { $status }, { $code }: geen lid van de organisatie
checks-why-privilege = HTTP { $status }, { $code }: { $privilege } ontbreekt
checks-why-privilege-unnamed = HTTP { $status }, { $code }: er ontbreekt een recht
checks-why-code = HTTP { $status }, { $code }
checks-why-code-message = HTTP { $status }, { $code }: { $message }

checks-skip-whoami-refused = niet uitgevoerd: Dataverse heeft de synchronisatiegebruiker geweigerd (zie { $check })
checks-whoami-ok = { $host } accepteert het token (WhoAmI: gebruiker { $user })
# $code is Dataverse's error code, 0x80072560.
checks-whoami-not-member = { $who } is geen lid van de omgeving { $host } (HTTP { $status }, { $code })
    .remedy =
        Voeg de synchronisatiegebruiker toe aan de omgeving: wijs een Dynamics 365-licentie toe (Microsoft 365-beheercentrum (Microsoft 365 admin center) → Gebruikers (Users) → de synchronisatiegebruiker → Licenties (Licenses)) en ga dan in het Power Platform-beheercentrum (Power Platform admin center) naar Omgevingen (Environments) → de omgeving van { $host } → Instellingen (Settings) → Gebruikers en machtigingen (Users + permissions) → Gebruikers (Users) → Gebruiker toevoegen (Add user).
        Is de omgeving beperkt tot een beveiligingsgroep (Instellingen (Settings) → Gebruikers en machtigingen (Users + permissions) → Beveiligingsgroep (Security group)), voeg de synchronisatiegebruiker dan toe aan die groep. Controleer opnieuw zodra de gebruiker onder Gebruikers (Users) staat.
checks-whoami-missing-privilege = { $host } heeft { $who } toegang geweigerd ({ $why })
    .remedy = de rol Marketo Sync User verleent { $privilege }: ga in Dynamics naar Instellingen (Settings) → Beveiliging (Security) → Gebruikers (Users) → de synchronisatiegebruiker → Rollen beheren (Manage Roles) → vink "Marketo Sync User" aan → OK
# $privilege in checks-whoami-missing-privilege.remedy when Dataverse did not name it.
checks-whoami-privilege-unnamed = het ontbrekende recht
checks-whoami-401 = { $host } heeft het token geweigerd ({ $why }): { $who } is waarschijnlijk geen gebruiker van deze omgeving
    .remedy = voeg de synchronisatiegebruiker toe aan de omgeving: wijs een Dynamics 365-licentie toe in het Microsoft 365-beheercentrum (Microsoft 365 admin center), zorg dat de gebruiker in de beveiligingsgroep van de omgeving zit (als die is ingesteld) en wacht tot de gebruiker verschijnt onder Instellingen (Settings) → Beveiliging (Security) → Gebruikers (Users)
checks-whoami-403 = { $host } heeft de toegang geweigerd ({ $why }): de synchronisatiegebruiker heeft onvoldoende rechten
    .remedy = wijs de synchronisatiegebruiker een beveiligingsrol (Marketo Sync User) toe via Instellingen (Settings) → Beveiliging (Security) → Gebruikers (Users) → Rollen beheren (Manage Roles)
checks-whoami-404 = { $host } heeft geen Dataverse Web API (HTTP 404)
    .remedy = controleer de organisatie-URL: dit moet de omgevings-URL zijn, bv. https://contoso.crm.dynamics.com

## The sync user's record. $name is its full name in Dynamics.

checks-skip-user-unknown = niet uitgevoerd: de synchronisatiegebruiker kon niet worden geïdentificeerd
checks-user-unreadable = kan de record van de synchronisatiegebruiker niet lezen ({ $why })
    .remedy = controleer in Dynamics via Instellingen (Settings) → Beveiliging (Security) → Gebruikers (Users) of de synchronisatiegebruiker is ingeschakeld en een licentie heeft
checks-user-missing = { $host } heeft geen gebruikersrecord voor { $who }
    .remedy = wijs de synchronisatiegebruiker een Dynamics 365-licentie toe en voeg de gebruiker toe aan deze omgeving; na de synchronisatie verschijnt de gebruiker onder Instellingen (Settings) → Beveiliging (Security) → Gebruikers (Users)
checks-user-disabled = de Dynamics-gebruiker { $name } is uitgeschakeld
    .remedy = schakel de gebruiker in: deze heeft een Dynamics 365-licentie nodig (Microsoft 365-beheercentrum (Microsoft 365 admin center)) en mag niet zijn geblokkeerd voor aanmelden; controleer daarna Instellingen (Settings) → Beveiliging (Security) → Ingeschakelde gebruikers (Enabled Users)
checks-user-ok = { $name } is ingeschakeld en heeft een licentie
# $notes are the checks-user-note-… texts that apply, joined by ", ".
checks-user-doubtful = { $name } is ingeschakeld, maar { $notes }
checks-user-note-non-interactive = de toegangsmodus is Niet-interactief (Non-interactive)
    .remedy = de ROPC-verbinding van Marketo verwacht een interactieve gebruiker (Lezen-schrijven) met licentie: zet Toegangsmodus (Access Mode) op Lezen-schrijven (Read-Write) in het gebruikersformulier
checks-user-note-unlicensed = er is geen Dynamics 365-licentie toegewezen
    .remedy = wijs de synchronisatiegebruiker een Dynamics 365-licentie toe in het Microsoft 365-beheercentrum (Microsoft 365 admin center)
# $language is a Windows language id (LCID); 1033 is English.
checks-user-note-language = de UI-taal is { $language }, niet Engels (1033)
    .remedy = Marketo vraagt om een Engelstalige synchronisatiegebruiker: meld u aan als de synchronisatiegebruiker → Instellingen (Settings) (tandwiel) → Persoonlijke instellingen (Personalization Settings) → Talen (Languages) → Taal van gebruikersinterface (User Interface Language): Engels (English)

## The sync user's roles. $role is the Marketo solution's role, "Marketo Sync User".

checks-skip-roles-no-user = niet uitgevoerd: de record van de synchronisatiegebruiker kon niet worden gelezen
    .remedy = controleer in Dynamics: Instellingen (Settings) → Beveiliging (Security) → Gebruikers (Users) → de synchronisatiegebruiker → Rollen beheren (Manage Roles) → Marketo Sync User
checks-roles-direct = de synchronisatiegebruiker heeft de rol { $role }
checks-roles-team = de synchronisatiegebruiker heeft de rol { $role } via het team { $team }
# A team whose name Dataverse did not send, as $team above.
checks-roles-unnamed-team = een team
# $has is checks-roles-has-none or checks-roles-has-only; $teams is checks-roles-teams-… or nothing.
checks-roles-missing = de synchronisatiegebruiker mist de rol { $role }: de gebruiker heeft { $has }{ $teams }
    .remedy =
        In Dynamics: Instellingen (Settings) → Beveiliging (Security) → Gebruikers (Users) → selecteer de synchronisatiegebruiker → Rollen beheren (Manage Roles) → vink "Marketo Sync User" aan → OK.
        Staat de rol niet in de lijst, dan is de Marketo-oplossing niet geïmporteerd (zie { $check }).
checks-roles-has-none = geen beveiligingsrol
# $roles are the user's role names, joined by ", ".
checks-roles-has-only = alleen { $roles }
checks-roles-teams-status = {" "}(teamrollen konden niet worden gelezen: { $why })
checks-roles-teams-error = {" "}(teamrollen konden niet worden gelezen: { $error })

## The Marketo solution. $solution is its name, "Marketo Lead Management"; $version its version.

checks-solution-forbidden = de synchronisatiegebruiker kan geen oplossingen lezen ({ $why })
    .remedy = controleer handmatig: Dynamics → Instellingen (Settings) → Oplossingen (Solutions) toont "{ $solution }"
checks-solution-unreadable = kan de oplossingen niet lezen (HTTP { $status }){ $note }
checks-solution-missing = de oplossing "{ $solution }" is niet geïnstalleerd
    .remedy = Importeer de oplossing: Marketo → Admin → CRM → Microsoft → Marketo-oplossing downloaden (Download Marketo Solution); daarna in Dynamics: Instellingen (Settings) → Oplossingen (Solutions) → Importeren (Import) → kies het zip-bestand → Volgende (Next) → Importeren (Import) ("voltooid met waarschuwing" (completed with warning) is normaal) → Alle aanpassingen publiceren (Publish All Customizations)
checks-solution-ok = { $solution } { $version } is geïnstalleerd
checks-solution-old = { $solution } { $version } is geïnstalleerd; versies ouder dan 4.0.0.14 vereisen de synchronisatierol voor elke gebruiker
    .remedy = werk de oplossing bij: download de nieuwste versie uit Marketo (Admin → Microsoft Dynamics → Marketo-oplossing downloaden (Download Marketo Solution)) en importeer die over de oude heen, met Bijwerken (Update) en Aanpassingen behouden (Maintain customizations)

## The solution's plug-in steps, and its Marketo Config.

checks-skip-not-installed = niet uitgevoerd: de oplossing is niet geïnstalleerd
# The remedy when the steps could not be read.
checks-steps-by-hand = controleer handmatig: in Dynamics, Instellingen (Settings) → Oplossingen (Solutions) → Marketo Lead Management → SDK-berichtverwerkingsstappen (SDK Message Processing Steps): elke stap moet de status Ingeschakeld (Enabled) hebben
checks-steps-forbidden = de synchronisatiegebruiker mag geen plug-in-stappen lezen ({ $why })
checks-steps-unreadable = kan de plug-in-stappen niet lezen (HTTP { $status }){ $note }
checks-steps-none-visible = geen enkele plug-in-stap van de oplossing is zichtbaar voor de synchronisatiegebruiker
checks-steps-ok =
    { $total ->
        [one] de enige plug-in-stap van de oplossing is ingeschakeld
       *[other] alle { $total } plug-in-stappen van de oplossing zijn ingeschakeld
    }
# $names are the disabled steps' names, joined by "; ".
checks-steps-disabled = { $disabled } van { $total } plug-in-stappen uitgeschakeld: { $names }
    .remedy = In Dynamics: Instellingen (Settings) → Oplossingen (Solutions) → Marketo Lead Management → SDK-berichtverwerkingsstappen (SDK Message Processing Steps) → selecteer elke uitgeschakelde stap → Activeren (Activate)
# A step whose name Dataverse did not send.
checks-steps-unnamed = (naamloze stap)

# The remedy when the Marketo Config row could not be read.
checks-config-by-hand = controleer handmatig: in Dynamics, Instellingen (Settings) → Marketo Config → Default: het veld Marketo User noemt de synchronisatiegebruiker
# The remedy when Marketo Config names no user or the wrong one.
checks-config-set-user = In Dynamics: Instellingen (Settings) → Marketo Config → Default → Marketo User: kies de synchronisatiegebruiker → Opslaan (Save); daarna Instellingen (Settings) → Oplossingen (Solutions) → Alle aanpassingen publiceren (Publish All Customizations)
checks-config-tables-forbidden = de synchronisatiegebruiker mag geen tabeldefinities lezen ({ $why })
checks-config-table-missing = de tabel Marketo Config is niet gevonden tussen de tabellen van de oplossing
checks-config-forbidden = de synchronisatiegebruiker kan Marketo Config niet lezen ({ $why })
    .remedy = de synchronisatiegebruiker heeft leestoegang tot Marketo Config nodig: wijs de rol Marketo Sync User toe (Instellingen (Settings) → Beveiliging (Security) → Gebruikers (Users) → Rollen beheren (Manage Roles))
checks-config-unreadable = kan Marketo Config niet lezen (HTTP { $status }){ $note }
checks-config-no-default = Marketo Config heeft geen record Default
checks-config-unset = Marketo Config "Default" noemt geen Marketo User
# $user is the user Marketo Config names (its name, or its id).
checks-config-ok = Marketo Config "Default" noemt de synchronisatiegebruiker ({ $user })
checks-config-other = Marketo Config "Default" noemt { $user }, niet { $who }
    .remedy =
        { checks-config-set-user }
        (Of, als { $user } de bedoelde synchronisatiegebruiker is, voer dan de referenties van die gebruiker in.)
checks-config-user-id-unknown = Marketo Config "Default" noemt { $user }; de id van de synchronisatiegebruiker is onbekend

# Under any check that could not be made because a service did not answer as a service should.
checks-unreachable-remedy = controleer het netwerkpad (proxy: HTTPS_PROXY/NO_PROXY; TLS-inspectie in het bedrijfsnetwerk: --ca-bundle FILE) en probeer het opnieuw

## The tenant, continued (issue 10). $tenant is the org's tenant ID; $host the org's host.

# Under the tenant check when the org's server failed or was throttled (HTTP 5xx or 429).
checks-tenant-probe-failed-remedy = { $host } kon op dit moment niet antwoorden (de server gaf een fout of had het te druk): probeer het later opnieuw; blijft het probleem bestaan, controleer dan de status van de omgeving in het Power Platform-beheercentrum (Power Platform admin center)
# $domain is the sync user's domain; $user_tenant the tenant its OpenID configuration names.
checks-tenant-user-domain-elsewhere = { $who } is een gebruiker van tenant { $user_tenant } (de tenant van { $domain }), maar { $host } hoort bij tenant { $tenant }
    .remedy = de synchronisatiegebruiker moet een gebruiker zijn van de tenant { $tenant } van de organisatie: gebruik een account waarvan de gebruikersnaam eindigt op een van de domeinen van die tenant (geen gebruiker uit een andere map), of controleer de organisatie-URL
# Under a refused token when the tenant check found the user in another tenant.
checks-token-see-tenant = de synchronisatiegebruiker hoort bij een andere tenant dan de organisatie: zie de tenantcontrole

# The Marketo Config check's summary, with how its table was found. $summary is the verdict,
# $table the table's logical name, $way join | metadata | cache.
checks-config-found-by = { $summary } (tabel { $table }, { $way ->
        [join] gevonden via de join op oplossingsonderdelen
        [cache] onthouden door het profiel
       *[metadata] gevonden via de metadata-API
    })
# The search for the Marketo Config table was answered with neither rows nor a refusal.
checks-config-tables-unreadable = kan de tabellen van de oplossing niet opsommen (HTTP { $status }){ $note }

## The sync user's UI language by its Windows language id (LCID), for checks-user-note-language:
## the languages Dynamics 365 offers; another id is shown as the number alone.

checks-user-language =
    { $lcid ->
        [1025] Arabisch ({ $lcid })
        [1026] Bulgaars ({ $lcid })
        [1027] Catalaans ({ $lcid })
        [1028] Chinees (traditioneel) ({ $lcid })
        [1029] Tsjechisch ({ $lcid })
        [1030] Deens ({ $lcid })
        [1031] Duits ({ $lcid })
        [1032] Grieks ({ $lcid })
        [1033] Engels ({ $lcid })
        [1035] Fins ({ $lcid })
        [1036] Frans ({ $lcid })
        [1037] Hebreeuws ({ $lcid })
        [1038] Hongaars ({ $lcid })
        [1040] Italiaans ({ $lcid })
        [1041] Japans ({ $lcid })
        [1042] Koreaans ({ $lcid })
        [1043] Nederlands ({ $lcid })
        [1044] Noors (Bokmål) ({ $lcid })
        [1045] Pools ({ $lcid })
        [1046] Portugees (Brazilië) ({ $lcid })
        [1048] Roemeens ({ $lcid })
        [1049] Russisch ({ $lcid })
        [1050] Kroatisch ({ $lcid })
        [1051] Slowaaks ({ $lcid })
        [1053] Zweeds ({ $lcid })
        [1054] Thai ({ $lcid })
        [1055] Turks ({ $lcid })
        [1057] Indonesisch ({ $lcid })
        [1058] Oekraïens ({ $lcid })
        [1060] Sloveens ({ $lcid })
        [1061] Estisch ({ $lcid })
        [1062] Lets ({ $lcid })
        [1063] Litouws ({ $lcid })
        [1066] Vietnamees ({ $lcid })
        [1069] Baskisch ({ $lcid })
        [1081] Hindi ({ $lcid })
        [1086] Maleis ({ $lcid })
        [1087] Kazachs ({ $lcid })
        [1110] Galicisch ({ $lcid })
        [2052] Chinees (vereenvoudigd) ({ $lcid })
        [2070] Portugees (Portugal) ({ $lcid })
        [2074] Servisch (Latijns) ({ $lcid })
        [3076] Chinees (Hongkong SAR) ({ $lcid })
        [3082] Spaans ({ $lcid })
        [3098] Servisch (Cyrillisch) ({ $lcid })
       *[other] { $lcid }
    }

## Server-to-Server (S2S): the app's client credentials as a Dataverse application user
## (issue 14). $client_id is the app's client ID; $host the org's host; $name the application
## user's name.

checks-s2s-realm-not-used = niet gebruikt bij S2S (de app meldt zich aan met de eigen clientreferenties, zonder gebruikersrealm)
# S2S without --tenant, when the org's sign-in challenge named no tenant (see the tenant check).
checks-s2s-token-no-tenant = niet aangevraagd: S2S heeft de tenant nodig en de aanmeldingschallenge van de organisatie noemde er geen (zie de tenantcontrole; of geef --tenant op)
# Under a refused password grant for MFA or Conditional Access. $command is the command to run.
checks-s2s-offer = Of schakel de verbinding over op de Server-to-Server-verbinding (S2S, "Web API") van Marketo, die zich zonder wachtwoord aanmeldt als toepassingsgebruiker (MFA is dan niet van toepassing): maak de toepassingsgebruiker (of laat `dynsync fix` dat doen) en controleer die dan met: { $command }
# Under AADSTS7000215 for an S2S connection.
checks-s2s-secret-other-app = Bij S2S moet het geheim van de app { $client_id } zelf zijn (App-registraties (App registrations) → de app → Certificaten en geheimen (Certificates & secrets)): een geheim van een andere app-registratie wordt op dezelfde manier geweigerd.
checks-s2s-no-app-user = { $host } kent geen toepassingsgebruiker voor de app { $client_id } (HTTP { $status }, { $code })
    .remedy =
        Maak de toepassingsgebruiker: Power Platform-beheercentrum (Power Platform admin center) → Omgevingen (Environments) → de omgeving → Instellingen (Settings) → Gebruikers en machtigingen (Users + permissions) → Toepassingsgebruikers (Application users) → Nieuwe app-gebruiker (New app user) → Een app toevoegen (Add an app) → de app { $client_id } → de bedrijfseenheid → beveiligingsrol "Marketo Sync User" → Maken (Create).
        Of laat dynsync dat doen met de aanmelding van een Dynamics-beheerder: dynsync fix --profile NAME
checks-s2s-user-missing = { $host } heeft geen toepassingsgebruiker voor de app { $client_id }
checks-s2s-user-disabled = de toepassingsgebruiker { $name } is uitgeschakeld
    .remedy = Power Platform-beheercentrum (Power Platform admin center) → Omgevingen (Environments) → de omgeving → Instellingen (Settings) → Gebruikers en machtigingen (Users + permissions) → Toepassingsgebruikers (Application users) → de gebruiker van de app → Activeren (Activate) (of: dynsync fix --profile NAME)
checks-s2s-user-ok = de toepassingsgebruiker { $name } is ingeschakeld; het e-mailadres { $email } is de gebruikersnaam in Marketo
# No --username given: nothing to compare the email with.
checks-s2s-user-ok-email-unchecked = de toepassingsgebruiker { $name } is ingeschakeld; voer het e-mailadres { $email } in als Gebruikersnaam (Username) in Marketo
checks-s2s-user-ok-no-email = de toepassingsgebruiker { $name } is ingeschakeld, maar heeft geen e-mailadres
    .remedy = Het S2S-formulier van Marketo gebruikt het e-mailadres van de toepassingsgebruiker als Gebruikersnaam (Username): geef de toepassingsgebruiker een e-mailadres (Power Platform-beheercentrum (Power Platform admin center) → Toepassingsgebruikers (Application users) → de gebruiker van de app → Bewerken (Edit))
# $email is the application user's email (or checks-s2s-email-none), $given the --username.
checks-s2s-email-mismatch = de toepassingsgebruiker { $name } heeft het e-mailadres { $email }, niet { $given }
    .remedy = De gebruikersnaam voor S2S in Marketo is het e-mailadres van de toepassingsgebruiker: gebruik { $email } als --username en als Gebruikersnaam (Username) in Marketo (of wijzig het e-mailadres van de toepassingsgebruiker)
checks-s2s-email-none = geen e-mailadres
checks-s2s-no-roles = de toepassingsgebruiker heeft helemaal geen beveiligingsrol (nodig: { $role })
checks-s2s-role-missing = de toepassingsgebruiker mist de rol { $role }: hij heeft { $roles }
    .remedy = Power Platform-beheercentrum (Power Platform admin center) → Omgevingen (Environments) → de omgeving → Instellingen (Settings) → Gebruikers en machtigingen (Users + permissions) → Toepassingsgebruikers (Application users) → de gebruiker van de app → Beveiligingsrollen bewerken (Edit security roles) → "Marketo Sync User" → Opslaan (Save) (of: dynsync fix --profile NAME)
checks-s2s-roles-ok = de toepassingsgebruiker heeft de rol { $role }
