### commands
# What the commands print (src/commands): profile, validate, explain, the demo banners.
# Names, values, paths and texts from servers come in as arguments; $name is a profile's name.
# A line indented deeper than the message's first keeps the extra spaces; a line that starts
# with "[" writes it {"["}; a last line {""} keeps a final line break.

## Shared by several commands

# Hidden prompts for the secrets.
commands-ask-client-secret = Clientgeheim (de waarde, niet de geheim-id)
commands-ask-password = Wachtwoord van de synchronisatiegebruiker
commands-ask-password-of = Wachtwoord van { $username }

## profile set (src/commands/profile/set.rs)

commands-profile-created = Profiel { $name } gemaakt
commands-profile-updated = Profiel { $name } bijgewerkt
commands-profile-set-next = Volgende stap: dynsync profile store-secret { $name } client-secret; dynsync profile store-secret { $name } password
# Followed by the refused fields, one per line.
commands-profile-nothing-saved = er is niets opgeslagen:
# $value: the value as typed, in quotes.
commands-profile-not-a-secret-id = { $value } is geen GUID (de kolom Geheim-id (Secret ID) in de portal)
commands-profile-hint-too-long = maximaal 3 tekens: de portal toont alleen de eerste 3 tekens van een geheim, en meer zou het geheim prijsgeven
commands-profile-not-a-file = { $path } is geen bestand

## profile list (src/commands/profile/list.rs): the column headings, then the cells

commands-profile-none =
    Nog geen profielen. Maak er een:
      dynsync profile set NAME --client-id GUID --username UPN --org-url URL
commands-profile-column-name = NAAM
commands-profile-column-org = ORGANISATIE
commands-profile-column-user = GEBRUIKER
commands-profile-column-last-validation = LAATSTE VALIDATIE
commands-profile-column-secret-expires = GEHEIM VERLOOPT
# $at: date and time of the last validation (local time, with its offset from UTC).
commands-profile-last-ok = ok { $at }
commands-profile-last-failed = MISLUKT { $at }
commands-profile-never = nooit
# $date: the secret's expiry date; $days: days until it, or since it.
commands-profile-expires-in =
    { $date } ({ $days ->
        [one] { $days } dag
       *[other] { $days } dagen
    })
commands-profile-expired =
    { $date } (verlopen, { $days ->
        [one] { $days } dag
       *[other] { $days } dagen
    } geleden)
commands-profile-expiry-unknown = onbekend
# When the keyring cannot be read.
commands-profile-keyring-warning = waarschuwing: { $error } (geheimen worden getoond als niet opgeslagen)

## profile show (src/commands/profile/show.rs): a heading, then a line per setting

commands-profile-show-heading = Profiel { $name }
commands-profile-show-org-url = organisatie-URL
commands-profile-show-username = gebruikersnaam
commands-profile-show-client-id = client-id
commands-profile-show-tenant = tenant
commands-profile-show-cloud = cloud
commands-profile-show-authority-host = aanmeldhost
commands-profile-show-ca-bundle = CA-bundel
commands-profile-show-secret-id = geheim-id
commands-profile-show-secret-hint = hint voor het geheim
commands-profile-show-secret-expires = geheim verloopt
commands-profile-show-password-changed = wachtwoord gewijzigd
commands-profile-show-client-secret = clientgeheim
commands-profile-show-password = wachtwoord
commands-profile-show-last-validation = laatste validatie
commands-profile-show-days-left =
    { $date } (nog { $days ->
        [one] { $days } dag
       *[other] { $days } dagen
    })
commands-profile-show-stored = opgeslagen in de sleutelbos van het besturingssysteem
commands-profile-show-not-stored = niet opgeslagen
# $at: date and time (RFC 3339); $code: the exit code.
commands-profile-show-passed = geslaagd op { $at } (afsluitcode { $code })
commands-profile-show-failed = mislukt op { $at } (afsluitcode { $code })

## profile store-secret (src/commands/profile/store_secret.rs)

# $which: the word as typed, in quotes.
# $problem and $fix: what the input check said.
commands-profile-secret-refused = { $problem }; er is niets opgeslagen. { $fix }
# $kind: client-secret or password; $service and $account: the keyring entry.
commands-profile-secret-stored = { $kind } van { $name } is opgeslagen in de sleutelbos van het besturingssysteem (service { $service }, account { $account }).

## profile remove (src/commands/profile/remove.rs)

commands-profile-remove-needs-confirmation = het verwijderen van { $name } moet worden bevestigd: voer de opdracht uit in een terminal of geef --yes op
commands-profile-remove-confirm = Profiel { $name } en de bijbehorende items in de sleutelbos verwijderen?
commands-profile-kept = { $name } is behouden.
commands-profile-removed = Profiel { $name } en de bijbehorende items in de sleutelbos zijn verwijderd.

## validate (src/commands/validate.rs)

# The heading over the report. $host: the org's host; $who: the sync user.
commands-validate-heading = { $host } controleren voor { $who }
commands-validate-heading-inputs = De invoer controleren
commands-validate-no-profiles = er zijn nog geen profielen: maak er een met `dynsync profile set NAME --client-id … --username … --org-url …`
commands-validate-secrets-stdin-tty = --secrets-stdin leest uit een pipe, niet uit een terminal: geef het geheim en het wachtwoord via een pipe door, of laat de vlag weg om ernaar gevraagd te worden
# A keyring that cannot be read: the secrets are looked for elsewhere.
commands-keyring-warning =
    waarschuwing: { $error }
    { errors-headless-help }
commands-validate-record-failed = waarschuwing: kan de validatie niet in het profiel vastleggen: { $error }
# With -v after a demo run.
commands-validate-demo-stats =
    {"["}demo] de simulator heeft { $requests ->
        [one] { $requests } aanvraag
       *[other] { $requests } aanvragen
    } afgehandeld via { $connections ->
        [one] { $connections } TLS-verbinding
       *[other] { $connections } TLS-verbindingen
    }

## validate --all: one line per profile, then a summary

commands-validate-all-progress =
    { $count ->
        [one] { $count } profiel
       *[other] { $count } profielen
    } valideren…
# A profile's line when no check failed; $warnings is a number.
commands-validate-all-passed =
    { $warnings ->
        [0] alle controles geslaagd
        [one] geslaagd met { $warnings } waarschuwing
       *[other] geslaagd met { $warnings } waarschuwingen
    }
commands-validate-all-summary =
    { $total ->
        [one] { $total } profiel
       *[other] { $total } profielen
    }: { $passed } geslaagd, { $failed } mislukt.

## validate --demo

commands-demo-scenarios-heading = Demoscenario's (dynsync validate --demo --scenario NAME):
# $name: the scenario as typed, in quotes.
commands-unknown-scenario = onbekend demoscenario { $name }; toon de scenario's met: dynsync validate --demo --list-scenarios
# What the demo types as the client secret and the password ($secret_note, $password_note).
commands-demo-secret-value = de waarde van het geheim van de demo-app
commands-demo-secret-id = de geheim-id { $secret_id } (per vergissing geplakt)
commands-demo-wrong-value = een verkeerde waarde
commands-demo-password = het wachtwoord van de synchronisatiegebruiker
commands-demo-wrong-password = een verkeerd wachtwoord
# $scenario and $about: the scenario's name and what it shows.
commands-validate-demo-banner =
    Demotenant (gesimuleerde Azure AD + Dataverse via loopback-HTTPS; er verlaat niets deze machine)
    scenario:        { $scenario } — { $about }
    client-id:       { $client_id }
    clientgeheim:    { $secret_note } (wordt nooit getoond)
    gebruikersnaam:  { $username }
    wachtwoord:      { $password_note } (wordt nooit getoond)
    organisatie-URL: { $org_url }
    {""}

## explain (src/commands/explain.rs)

commands-explain-nothing-found = geen Azure AD-fout gevonden in de invoer: plak de body van de fout (JSON) of een melding met AADSTSnnnnn
# $code: the argument as typed, in quotes.
commands-explain-not-a-code = { $code } is geen AADSTS-code: geef bv. AADSTS50126, 50126 of - op om een geplakte fout te lezen
# Before the remedy's lines.
commands-explain-what-to-do = Wat u moet doen:
# $field: the name of the input to enter again.
commands-explain-reenter = Opnieuw in te voeren: { $field }

## The demo tenant behind --demo and demo-tenant (src/commands/mod.rs, demo_tenant.rs)

commands-no-demo = deze dynsync is gebouwd zonder de demotenant (cargo-feature `demo`)
commands-demo-no-config-dir = kan geen tijdelijke configuratiemap maken: { $error }
commands-demo-tenant-cannot-write-ca = kan de demo-CA niet naar { $path } schrijven: { $error }
# $url: the simulator's address; $ca: its certificate file; $client_secret and $password: the
# scenario's demo values (accepted only by the simulator).
commands-demo-tenant-banner =
    Demotenant op { $url } — scenario { $scenario }: { $about }
    Het certificaat staat in { $ca }. Stop met Ctrl-C.

    Vanuit een andere terminal (het geheim en het wachtwoord hieronder zijn de eigen demowaarden van de simulator
    en worden nergens anders geaccepteerd):

      dynsync profile set demo --client-id { $client_id } --username { $username } \
          --org-url { $url } --authority-host { $url } --ca-bundle { $ca }
      printf '%s\n' '{ $client_secret }' | dynsync profile store-secret demo client-secret
      printf '%s\n' '{ $password }' | dynsync profile store-secret demo password
      dynsync validate --profile demo

    (De loopback-organisatie-URL is geen host van Dynamics Online, dus de invoercontrole geeft daarvoor een waarschuwing.)
commands-demo-tenant-stopped =
    demotenant gestopt na { $requests ->
        [one] { $requests } aanvraag
       *[other] { $requests } aanvragen
    }

## setup --demo and rotate --demo (src/commands/setup.rs, rotate.rs)

# $unique_name: the demo org's unique name, typed to confirm the org.
commands-setup-demo-banner =
    Demo: de wizard tegen een gesimuleerde tenant (scenario { $scenario } — { $about }). Er wordt niets echts aangeraakt:
    { $storage }
    Typ deze demowaarden wanneer erom wordt gevraagd (ze werken alleen met de simulator):
      Toepassings-id (client):  { $client_id }
      waarde clientgeheim:      { $client_secret }
      synchronisatiegebruiker:  { $username }
      wachtwoord:               { $password }
      organisatie-URL:          { $org_url }
      unieke naam organisatie:  { $unique_name }
    {""}
# $profile: the demo profile's name; $secret: the value to type.
commands-rotate-demo-banner =
    Demo: een rotatie van het profiel "{ $profile }" op een gesimuleerde tenant: { $storage }
    Typ, wanneer om de nieuwe waarde van het clientgeheim wordt gevraagd: { $secret }
    (Azure AD heeft even nodig om een nieuw geheim te accepteren; de demo toont de nieuwe poging.)
    {""}
commands-rotate-demo-needs-terminal = rotate --demo is interactief en heeft een terminal nodig
# --demo with connection flags, env vars or secrets in the environment; $given lists them.
commands-demo-refuses-connection = --demo gebruikt de eigen verbinding van de demotenant, dus deze zouden worden genegeerd: { $given }. Laat ze weg (maak de variabelen leeg met unset) voor de demo, of laat --demo weg om ze te gebruiken

## profile remove without a usable keyring (src/commands/profile/remove.rs): the settings are
## removed, the keyring entries may remain.

commands-profile-removed-settings = De instellingen van profiel { $name } zijn verwijderd.
# $error: why the keyring could not be used; $entries: the accounts left, comma-separated;
# $commands: one system command per entry, one a line.
commands-profile-remove-keyring-left =
    waarschuwing: { $error }
    De items { $entries } in de sleutelbos (service { $service }) konden niet worden gecontroleerd of verwijderd. Verwijder ze zodra de sleutelbos werkt met:
    { $commands }
    of laat dynsync het doen: `dynsync profile set { $name }`, daarna `dynsync profile remove { $name } --yes`.
# `explain -` on a terminal: how to end the paste.
commands-explain-paste-hint = Plak de fout (JSON of tekst) en druk daarna op een eigen regel op Ctrl-D (in Windows: Ctrl-Z en dan Enter).

## man

commands-man-no-dir = kan de map { $dir } niet maken: { $error }
commands-man-not-written = kan { $path } niet schrijven: { $error }
commands-man-written = { $pages ->
    [one] 1 man-pagina naar { $dir } geschreven.
   *[other] { $pages } man-pagina's naar { $dir } geschreven.
}

## The demo scenarios (dynsync validate --demo --list-scenarios): commands-scenario-<name>

commands-scenario-ok = alles is ingesteld: alle controles slagen
commands-scenario-federated-no-hrd = het domein van de gebruiker is gefedereerd (AD FS) en er is geen HRD-beleid (Home Realm Discovery-beleid) waarmee Azure AD wachtwoorden kan controleren
commands-scenario-federated-hrd = gefedereerd domein met het HRD-beleid en wachtwoord-hashsynchronisatie ingesteld: werkt, met een waarschuwing
commands-scenario-mfa = Voorwaardelijke toegang vereist MFA voor de synchronisatiegebruiker
commands-scenario-secret-id-pasted = de geheim-id is geplakt in plaats van de waarde van het geheim (opgemerkt vóór elke aanvraag)
commands-scenario-expired-secret = het clientgeheim is verlopen
commands-scenario-wrong-password = het wachtwoord van de synchronisatiegebruiker is onjuist (beheerd domein)
commands-scenario-locked-out = slimme vergrendeling heeft de synchronisatiegebruiker vergrendeld: stop, probeer het niet opnieuw
commands-scenario-no-consent = beheerderstoestemming voor Dynamics CRM user_impersonation is nooit verleend
commands-scenario-public-client = "Openbare clientstromen toestaan" (Allow public client flows) staat op Ja (Yes) in de app-registratie
commands-scenario-not-in-org = de omgeving weigert het token van de synchronisatiegebruiker (Dataverse antwoordt 401)
commands-scenario-user-disabled = de synchronisatiegebruiker is uitgeschakeld in Dynamics
commands-scenario-user-settings = de synchronisatiegebruiker is niet-interactief en de taal van de gebruikersinterface is Frans
commands-scenario-missing-role = de synchronisatiegebruiker mist de rol Marketo Sync User
commands-scenario-team-role = de synchronisatiegebruiker heeft de rol via een team
commands-scenario-no-solution = de oplossing Marketo Lead Management is niet geïnstalleerd
commands-scenario-old-solution = er is een oude versie van de oplossing (vóór 4.0.0.14) geïnstalleerd
commands-scenario-disabled-step = een van de plug-in-stappen van de oplossing is gedeactiveerd
commands-scenario-config-other-user = Marketo Config "Default" noemt een andere gebruiker (de rollen zijn in orde): ook het rolitem in Marketo wordt een rode X
commands-scenario-config-unset = Marketo Config "Default" noemt geen gebruiker
commands-scenario-slow = alles is ingesteld, maar elk antwoord duurt even (standaard 400 ms; wijzig dit met --latency-ms)
commands-scenario-user-not-member = de synchronisatiegebruiker is geen lid van de Dynamics-omgeving (Dataverse antwoordt 403 0x80072560): dynamics.whoami mislukt
commands-scenario-no-read-privilege = de synchronisatiegebruiker mag geen oplossingen, plug-in-stappen, oplossingsonderdelen of tabeldefinities lezen (403 0x80040220): die controles worden overgeslagen, elk met een handmatige controle
commands-scenario-challenge-any-case = de aanmeldingschallenge van de organisatie komt in gemengde hoofd- en kleine letters, tussen aanhalingstekens, na een Negotiate-challenge: de tenant wordt toch gevonden (alle controles slagen)
commands-scenario-org-probe-503 = de organisatie beantwoordt de aanmeldingstest met HTTP 503 (bij elke poging): kon niet worden gecontroleerd, probeer het later opnieuw (afsluitcode 3)
commands-scenario-user-other-tenant = het domein van de synchronisatiegebruiker hoort bij een andere tenant dan die van de organisatie: de tenantcontrole mislukt en noemt beide (afsluitcode 1)
commands-scenario-entity-join-refused = de organisatie weigert de FetchXML-join van entity naar solutioncomponent (HTTP 400): Marketo Config wordt gevonden via de metadata-API (alle controles slagen)
commands-scenario-user-french = de taal van de gebruikersinterface van de synchronisatiegebruiker is Frans (Adobe vraagt om Engels)
commands-scenario-s2s-ok = Server-to-Server: de app meldt zich met de eigen clientreferenties aan als de eigen toepassingsgebruiker, die de rol heeft en de gebruiker van Marketo Config is: alle controles slagen
commands-scenario-s2s-no-app-user = Server-to-Server: de omgeving heeft geen toepassingsgebruiker voor de app (Dataverse weigert het token ervan): maak die aan (dynsync fix)
commands-scenario-s2s-no-role = Server-to-Server: de toepassingsgebruiker heeft geen beveiligingsrol
commands-scenario-s2s-app-user-disabled = Server-to-Server: de toepassingsgebruiker is uitgeschakeld
commands-scenario-s2s-mfa-user = MFA wordt afgedwongen voor de synchronisatiegebruiker: de wachtwoordtoekenning wordt geweigerd (AADSTS50076), terwijl de toepassingsgebruiker van de app werkt (probeer --auth s2s)
## validate --all: where to see the details of a profile that failed or warned.

commands-validate-all-details = Details van { $profile }: dynsync validate --profile { $profile }

## demo-tenant refuses the global --config-dir (it keeps no profiles).

commands-demo-tenant-no-config-dir = demo-tenant bewaart geen profielen: voer de profielopdrachten uit in een andere terminal met --config-dir, en richt ze op de demotenant met --authority-host, --org-url en --ca-bundle zoals de banner ervan toont

## Where a demo keeps its profile and progress ($storage in the demo banners).

commands-demo-storage-throwaway = profielen komen in een tijdelijke map en geheimen in een sleutelbos in het geheugen; beide verdwijnen aan het eind.
commands-demo-storage-kept = het profiel en de voortgang van de demo worden in { $dir } bewaard totdat de demo is voltooid (daarna verwijderd), zodat een gestopte demo kan worden hervat; geheimen komen in een sleutelbos in het geheugen (de eigen waarden van de demo, die bij hervatten worden teruggezet).

## Server-to-Server (S2S) and `dynsync fix` (issue 14).

# The demo banner's password line for an S2S scenario.
commands-demo-s2s-no-password = geen: S2S meldt zich aan met de clientreferenties van de app
# `profile show`: how the connection signs in (password | s2s).
commands-profile-show-auth = aanmelding
