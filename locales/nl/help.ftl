# dynsync's --help: every command's about (help-<command>-about, its long form .long, its
# epilogue .after) and every argument's help (help-arg-<argument> where every command says the
# same, help-<command>-arg-<argument> where one says it its own way; .long, and .value-<value>
# for a possible value). <command> is the subcommand path joined by "-" (dynsync for the top).
# src/help.rs applies them; a test keeps the English ones identical to the doc comments.

## Commands

help-dynsync-about = De referenties van de synchronisatie Marketo ⇄ Microsoft Dynamics 365 instellen en controleren
    .long =
        dynsync controleert, voordat er iets in Marketo wordt opgeslagen, of de referenties van de synchronisatie Marketo ⇄ Dynamics 365 werken: het voert dezelfde Azure AD-wachtwoordtoekenning uit als Marketo, controleert Dynamics met het verkregen token en voorspelt de eigen checklist Synchronisatie-instelling valideren (Validate Sync Setup) van Marketo.

        Probeer het zonder Azure-tenant: dynsync setup --demo
    .after =
        { help-exit-codes }
help-setup-about = De begeleide setup: app-registratie, referenties, controles en de Marketo-stappen, te hervatten
    .after =
        { help-exit-codes }
help-validate-about = De synchronisatiereferenties controleren bij Azure AD en Dynamics, zonder Marketo aan te raken
    .after =
        Geheimen worden nooit als vlag geaccepteerd. Het clientgeheim komt uit DYNSYNC_CLIENT_SECRET, het
        wachtwoord uit DYNSYNC_PASSWORD, beide uit --secrets-stdin (regel 1 geheim, regel 2 wachtwoord), of,
        in een terminal, uit een verborgen invoervraag.

        Voorbeelden:
          dynsync validate --demo
          dynsync validate --demo --scenario federated-no-hrd
          dynsync validate --client-id 2b7f0e4c-9a1d-4c3e-8f5b-6d7e8f9a0b1c --username marketo.sync@contoso.com \
                           --org-url https://contoso.crm.dynamics.com
          printf '%s\n%s\n' "$SECRET" "$PASSWORD" | dynsync validate --secrets-stdin --json ...

        { help-exit-codes }
help-rotate-about = Een geroteerd clientgeheim (of een gewijzigd wachtwoord) zonder onderbreking in gebruik nemen
    .after =
        { help-exit-codes }
help-explain-about = Een Azure AD-fout uitleggen: een code (AADSTS50126 of 50126), of `-` om een geplakte fout van stdin te lezen
    .after =
        { help-exit-codes }
help-profile-about = Profielen beheren: één per verbinding Marketo ⇄ Dynamics (geheimen in de sleutelbos van het besturingssysteem)
help-profile-list-about = De profielen weergeven: organisatie, gebruiker, laatste validatie, vervaldatum van het geheim
help-profile-show-about = De instellingen van één profiel tonen en of elk geheim is opgeslagen (nooit het geheim zelf)
help-profile-set-about = Een profiel maken of de niet-geheime instellingen ervan wijzigen
help-profile-store-secret-about = Het clientgeheim of het wachtwoord opslaan in de sleutelbos van het besturingssysteem (verborgen invoervraag, of stdin zonder terminal)
help-profile-remove-about = Een profiel en de bijbehorende items in de sleutelbos verwijderen
help-demo-tenant-about = De demotenant (gesimuleerde Azure AD + Dataverse) via loopback laten draaien tot Ctrl-C, om er vanuit een andere terminal profielen en scripts mee te oefenen
help-completions-about = Het shell-aanvulscript voor bash, zsh, fish, PowerShell of elvish afdrukken
help-man-about = De man-pagina afdrukken, of alle pagina's (één per subopdracht) naar een map schrijven

## Arguments said the same wherever they appear

help-arg-all = Alle profielen valideren, gelijktijdig
help-arg-authority-host = De aanmeldhost van de cloud vervangen (proxy's, tests); http alleen voor loopback
help-arg-ca-bundle = Extra CA-certificaten (PEM) om te vertrouwen naast die van het systeem (bv. bij TLS-inspectie)
help-arg-ca-file = Het CA-certificaat van de demo hierheen schrijven (standaard: een bestand in de tijdelijke map, verwijderd bij afsluiten)
help-arg-client-id = Toepassings-id (client) van de app-registratie (een GUID; niet de object-id)
help-arg-cloud = Nationale cloud; afgeleid uit het domein van de organisatie-URL als deze optie ontbreekt
    .value-public = Commerciële cloud (login.microsoftonline.com, *.crmN.dynamics.com)
    .value-usgov = US Government Community Cloud (GCC): commerciële aanmeldhost, *.crm9.dynamics.com
    .value-usgovhigh = US GCC High (login.microsoftonline.us, *.crm.microsoftdynamics.us)
    .value-dod = US DoD (login.microsoftonline.us, *.crm.appsplatform.us)
    .value-china = China, beheerd door 21Vianet (login.partner.microsoftonline.cn, *.crm.dynamics.cn)
help-arg-code = AADSTS50126, 50126, of - om de body of melding van een fout van stdin te lezen
help-arg-config-dir = Waar profielen worden bewaard (standaard: de configuratiemap van het platform, bv. ~/.config/dynsync)
help-arg-deadline = Tijdslimiet van een volledige controlerun, in seconden (standaard 45): aanvragen en nieuwe pogingen stoppen dan en het rapport meldt wat het heeft (afsluitcode 3 als alleen dat mislukte)
help-arg-existing-app = De app-registratie bestaat al (de begeleide registratie overslaan)
help-arg-expiry-warning-days = Waarschuwen als het clientgeheim binnen dit aantal dagen verloopt
help-arg-jobs = Met --all: hoeveel profielen tegelijk worden gevalideerd
help-arg-json = JSON afdrukken
help-arg-lang = De taal waarin dynsync spreekt (en, fr, ko, nl, zh-CN; standaard: DYNSYNC_LANG, dan de locale: LC_ALL, LC_MESSAGES, LANG)
help-arg-list-scenarios = Met --demo: de scenario's weergeven en afsluiten
help-arg-marketo-done = Een operator heeft de nieuwe waarde al in Marketo ingevoerd: alleen controleren en de sleutelbos en het profiel bijwerken (voor scripts; werkt zonder terminal)
help-arg-name = Het profiel
help-arg-org-url = De organisatie-URL van Dynamics, bv. https://contoso.crm.dynamics.com (andere vormen worden genormaliseerd)
help-arg-password-changed = Wanneer het wachtwoord van de synchronisatiegebruiker voor het laatst is gewijzigd (JJJJ-MM-DD)
help-arg-path = Nieuwe verbinding of een bestaande bijwerken (gevraagd als deze optie ontbreekt)
help-arg-port = Luisteren op deze loopbackpoort (standaard: een willekeurige vrije poort)
help-arg-replication-retries = Hoe vaak een gloednieuw geheim opnieuw wordt geprobeerd terwijl Azure AD het repliceert
help-arg-replication-wait = Seconden tussen die pogingen
help-arg-secret-hint = De eerste tekens van het geheim zoals de portal ze toont (maximaal 3)
help-arg-secret-key-id = De geheim-id (Secret ID) van het clientgeheim (een GUID), om het in de portal te herkennen
help-arg-tenant = Map-id (tenant) of geverifieerd domein; gevonden via de organisatie-URL als deze optie ontbreekt
help-arg-timeout = Time-out per aanvraag, in seconden
help-arg-username = De user principal name van de synchronisatiegebruiker, bv. marketo.sync@contoso.com
help-arg-verbose = Elke HTTP-aanvraag (methode, URL zonder querywaarden, status, tijd) naar stderr loggen. Nooit geheimen
help-arg-what = Welke referentie (gevraagd als deze optie ontbreekt)
help-arg-which = Welk geheim
    .value-client-secret = Het clientgeheim van de app-registratie (de waarde)
    .value-password = Het wachtwoord van de synchronisatiegebruiker
help-arg-dir = Alle pagina's (dynsync.1 en één per subopdracht) naar DIR schrijven in plaats van dynsync.1 naar stdout
help-arg-profile-names = De profielnamen afdrukken, één per regel (wat de scripts aanroepen om --profile aan te vullen)
help-arg-shell = De shell waarvoor de aanvulling is

## Arguments a command describes its own way

help-profile-set-arg-ca-bundle = Extra CA-certificaten (PEM) om te vertrouwen naast die van het systeem (opgeslagen als absoluut pad)
help-setup-arg-demo = De hele wizard oefenen met de ingebouwde demotenant (tijdelijke configuratie, sleutelbos in het geheugen)
help-validate-arg-demo = Uitvoeren tegen de ingebouwde demotenant (een gesimuleerde Azure AD + Dataverse via loopback-HTTPS)
help-rotate-arg-demo = Een rotatie oefenen met de demotenant (tijdelijke configuratie, sleutelbos in het geheugen)
help-validate-arg-json = Eén JSON-document op stdout afdrukken (altijd, ongeacht de uitkomst)
help-validate-arg-latency-ms = Met --demo: elk gesimuleerd antwoord met dit aantal milliseconden vertragen
help-demo-tenant-arg-latency-ms = Elk antwoord met dit aantal milliseconden vertragen
help-profile-set-arg-name = Profielnaam: letters, cijfers, '.', '_' of '-'
help-setup-arg-profile = Het profiel dat wordt ingesteld (gevraagd als deze optie ontbreekt)
help-validate-arg-profile = De invoer uit dit profiel en de sleutelbos van het besturingssysteem nemen; vlaggen en omgevingsvariabelen gaan per veld voor
help-rotate-arg-profile = Het profiel waarvan de referentie verandert (gevraagd als er meerdere zijn)
help-setup-arg-resume = Een onvoltooide setup voortzetten (de laatste, of die van --profile)
help-rotate-arg-resume = Een onvoltooide rotatie voortzetten
help-setup-arg-scenario = Met --demo: het demoscenario (zie `dynsync validate --demo --list-scenarios`)
help-validate-arg-scenario = Het demoscenario (zie --list-scenarios)
help-demo-tenant-arg-scenario = Het scenario dat wordt aangeboden (zie `dynsync validate --demo --list-scenarios`)
help-setup-arg-secret-expires = De vervaldatum van het clientgeheim (JJJJ-MM-DD, of M/D/JJJJ zoals de Azure-portal die toont)
help-validate-arg-secret-expires = De vervaldatum van het clientgeheim (JJJJ-MM-DD), voor de controle secret.expiry (anders die van het profiel)
help-rotate-arg-secret-expires = De vervaldatum van het nieuwe clientgeheim (JJJJ-MM-DD, of M/D/JJJJ zoals de Azure-portal die toont)
help-profile-set-arg-secret-expires = De vervaldatum van het clientgeheim (JJJJ-MM-DD), zoals de portal die toont
help-validate-arg-secrets-stdin = Het clientgeheim (regel 1) en het wachtwoord (regel 2) van stdin lezen
help-rotate-arg-secrets-stdin = De nieuwe waarde van stdin lezen (regel 1) in plaats van via een invoervraag
help-setup-arg-transcript = Een Markdown-verslag van wat er is gedaan en wanneer (zonder geheimen) aan FILE toevoegen
help-rotate-arg-transcript = Een Markdown-verslag (zonder geheimen) aan FILE toevoegen
help-setup-arg-yes = Zonder terminal: alle invoer uit vlaggen en omgevingsvariabelen nemen, het profiel opslaan en de Marketo-stappen als checklist afdrukken
help-profile-remove-arg-yes = Niet om bevestiging vragen

## Shared text

help-exit-codes =
    Afsluitcodes:
      0    alle controles geslaagd (waarschuwingen toegestaan)
      1    een controle is mislukt
      2    ongeldige invoer: er is niets verzonden
      3    een service was niet bereikbaar of antwoordde onverwacht (time-out, geweigerd, 5xx, geen JSON, TLS)
      130  onderbroken (Ctrl-C, SIGTERM of SIGHUP)

## clap's own words (used in every language but English, where clap's own are shown)

help-clap-usage = Gebruik:
help-clap-options = Opties
help-clap-arguments = Argumenten
help-clap-commands = Opdrachten
help-clap-help = Hulp tonen
help-clap-help-more = Hulp tonen (meer met '--help')
help-clap-help-summary = Hulp tonen (een samenvatting met '-h')
help-clap-version = Versie tonen
help-clap-help-command = Dit bericht of de hulp bij de opgegeven subopdracht(en) tonen
help-clap-help-command-arg = Hulp bij de subopdracht(en) tonen
help-clap-default = [standaard: { $value }]
help-clap-env = [omgevingsvariabele: { $var }]
help-clap-possible = [mogelijke waarden: { $values }]
help-clap-possible-long = Mogelijke waarden:

## clap's errors (a command line it refuses), in every language but English

help-clap-error = fout: { $error }
help-clap-argument-conflict = het argument '{ $arg }' kan niet samen met '{ $other }' worden gebruikt
help-clap-argument-repeated = het argument '{ $arg }' kan niet meerdere keren worden gebruikt
help-clap-no-equals = een gelijkteken is nodig om waarden toe te kennen aan '{ $arg }'
help-clap-value-required = '{ $arg }' vereist een waarde, maar er is er geen opgegeven
help-clap-invalid-value = ongeldige waarde '{ $value }' voor '{ $arg }'
help-clap-value-validation = ongeldige waarde '{ $value }' voor '{ $arg }': { $error }
help-clap-invalid-subcommand = onbekende subopdracht '{ $name }'
help-clap-missing-required = de volgende vereiste argumenten zijn niet opgegeven:
help-clap-missing-subcommand = '{ $name }' vereist een subopdracht, maar er is er geen opgegeven
help-clap-subcommands = [subopdrachten: { $values }]
help-clap-too-many = onverwachte waarde '{ $value }' voor '{ $arg }'; er werden geen waarden meer verwacht
help-clap-too-few = '{ $arg }' vereist { $expected } waarden; er { $actual ->
    [one] is slechts { $actual } opgegeven
   *[other] zijn slechts { $actual } opgegeven
}
help-clap-wrong-number = '{ $arg }' vereist { $expected } waarden, maar er { $actual ->
    [one] is { $actual } opgegeven
   *[other] zijn { $actual } opgegeven
}
help-clap-unknown-argument = onverwacht argument '{ $arg }' gevonden
help-clap-similar = tip: bedoelde u '{ $names }'?
help-clap-more-info = Probeer '{ $help }' voor meer informatie.

## Added with setup --confirm-org and demo-tenant's refusal of --config-dir

help-arg-confirm-org = De unieke naam van de organisatie (bv. org1a2b3c4d), bevestigd in plaats van die bij de organisatiebevestiging te typen; verplicht bij --yes. Een naam die niet die van de organisatie is, stopt de setup voordat er iets is opgeslagen
help-dynsync-arg-config-dir = Waar profielen worden bewaard (standaard: de configuratiemap van het platform, bv. ~/.config/dynsync)
help-demo-tenant-arg-config-dir = Niet beschikbaar: de demotenant bewaart geen profielen (dit vervangt de globale vlag, verborgen, en weigert die bij naam)

## Added with app create, app show, the admin sign-in and rotate --create-secret

help-app-about = De app van de synchronisatie in Azure AD registreren via Microsoft Graph, aangemeld als Azure-beheerder voor deze run (`app create`), of de app tonen zoals Azure AD die kent (`app show`)
help-app-create-about = De app van de synchronisatie voor u in Azure AD registreren (aanmelden als Azure-beheerder): de app, de service-principal, beheerderstoestemming, een clientgeheim rechtstreeks in de sleutelbos, het HRD-beleid voor een gefedereerde gebruiker, en daarna valideren. Idempotent: een nieuwe run wijzigt alleen wat ontbreekt
    .after =
        { help-exit-codes }
help-app-show-about = De app-registratie tonen zoals Azure AD die kent (aanmelden als Azure-beheerder): machtigingen, toestemming, service-principal, elk clientgeheim, het HRD-beleid; corrigeert de vastgelegde vervaldatum van het profiel
    .after =
        { help-exit-codes }
help-arg-admin-client-id = De openbare client waarmee de Azure-beheerder zich aanmeldt (standaard: die van de Azure CLI, 04b07795-8ddb-461a-bbee-02f9e1bf7b46); voor tenants die first-party-clients blokkeren
help-arg-create-secret = Het nieuwe clientgeheim via Microsoft Graph maken (een Azure-beheerder meldt zich aan), valideren en als nog niet actief bewaren; met --print-secret wordt de waarde als enige naar stdout geschreven, zodat een script die aan Marketo kan doorgeven. Daarna: rotate --profile P --resume --marketo-done [--remove-old]
help-arg-device-code = De Azure-beheerder aanmelden met een apparaatcode (een code en een URL op stderr, in te voeren op een willekeurig apparaat) in plaats van de browser; ook gebruikt als er geen browser kan worden geopend
help-arg-graph-host = De Microsoft Graph-host van de cloud vervangen (proxy's, tests); http alleen voor loopback
help-arg-hrd = Het HRD-beleid (Home Realm Discovery-beleid) waarmee Azure AD het wachtwoord van een gefedereerde gebruiker kan controleren
    .value-auto = Alleen voor een synchronisatiegebruiker in een gefedereerd domein (`--username` nodig om dat te bepalen)
help-arg-new-secret = Een clientgeheim toevoegen, ook als het opgeslagen geheim van het profiel nog op de app staat
help-arg-password-stdin = Het wachtwoord van de synchronisatiegebruiker van stdin lezen (om de nieuwe referenties te valideren)
help-arg-remove-old = Met --resume --marketo-done, na een --create-secret: het oude clientgeheim (dat van het profiel, op sleutel-id) van de app verwijderen zodra het nieuwe in gebruik is
help-arg-secret-months = Hoeveel maanden het nieuwe clientgeheim geldig is (standaard 12)
help-app-create-arg-demo = Uitvoeren tegen de ingebouwde demotenant: een gesimuleerde beheerder en map, niets echts
help-app-show-arg-demo = Uitvoeren tegen de ingebouwde demotenant (registreert eerst de demo-app, zoals `app create --demo`)
help-app-create-arg-json = Eén JSON-document op stdout afdrukken
help-app-show-arg-json = Eén JSON-document op stdout afdrukken
help-app-create-arg-name = De weergavenaam van de app-registratie
help-app-create-arg-org-url = De organisatie-URL van Dynamics, bv. https://contoso.crm.dynamics.com (de tenant wordt daaruit afgeleid)
help-app-show-arg-org-url = De organisatie-URL van Dynamics, bv. https://contoso.crm.dynamics.com (de tenant wordt daaruit afgeleid)
help-rotate-arg-print-secret = Met --create-secret: de waarde van het nieuwe geheim als enige naar stdout schrijven (voor scripts)
help-app-create-arg-print-secret = De waarde van het nieuwe geheim als enige naar stdout schrijven (voor een pipe) in plaats van naar de sleutelbos
help-app-create-arg-profile = Het profiel waarin de app komt (gemaakt als het niet bestaat): client-id, tenant, sleutel-id, hint en vervaldatum in het profiel, de waarde van het geheim in de sleutelbos van het besturingssysteem
help-app-show-arg-profile = Het profiel waarvan de app wordt getoond (de organisatie, tenant en client-id ervan)
help-rotate-arg-replication-wait = Seconden tussen die pogingen
help-app-create-arg-replication-wait = Hoe lang er wordt gewacht tot Azure AD een nieuwe app of een nieuw geheim heeft gerepliceerd, in seconden
help-app-create-arg-secret-expires = Wanneer het nieuwe clientgeheim verloopt (JJJJ-MM-DD)
help-app-create-arg-username = De synchronisatiegebruiker (UPN): bepaalt het HRD-beleid (gefedereerd domein) en maakt validatie van de nieuwe referenties mogelijk

## Added with S2S (--auth) and dynsync fix

help-fix-about = De kant van Dynamics herstellen (rol, gebruiker in Marketo Config, plug-in-stappen, UI-taal, de toepassingsgebruiker) met de aanmelding van een Dynamics-beheerder, en daarna opnieuw controleren
    .after =
        De wijzigingen worden gemaakt met de aanmelding van een Dynamics-beheerder (de Dataverse-rol
        Systeembeheerder (System Administrator)), in de browser of met --device-code; het token van de
        beheerder blijft alleen voor deze run in het geheugen.

        Voorbeelden:
          dynsync fix --profile contoso-prod --dry-run
          dynsync fix --profile contoso-prod --device-code
          dynsync fix --profile contoso-prod --yes --json
          dynsync fix --demo --scenario s2s-no-app-user --yes
help-arg-dry-run = Het plan tonen en stoppen: er wordt niets gewijzigd
help-setup-arg-auth = Hoe de synchronisatie zich aanmeldt: password (een gelicentieerde synchronisatiegebruiker) of s2s (de app als Dataverse-toepassingsgebruiker). Met --path update op een wachtwoordprofiel: de procedure Reconfigure van Marketo, met 15 minuten wachten na Overschakelen (Switch)
    .value-password = Een gelicentieerde synchronisatiegebruiker met de OAuth2-wachtwoordtoekenning (ROPC): standaard in Marketo
    .value-s2s = Server-to-server: de clientreferenties van de app, die optreedt als Dataverse-toepassingsgebruiker (de verbinding "Web API" / S2S van Marketo). Geen wachtwoord, werkt ook waar MFA wordt afgedwongen
help-validate-arg-auth = Hoe de synchronisatie zich aanmeldt: `password` (een gelicentieerde synchronisatiegebruiker, de standaard) of `s2s` (de clientreferenties van de app als Dataverse-toepassingsgebruiker; --username is dan het e-mailadres van de toepassingsgebruiker, optioneel)
    .value-password = Een gelicentieerde synchronisatiegebruiker met de OAuth2-wachtwoordtoekenning (ROPC): standaard in Marketo
    .value-s2s = Server-to-server: de clientreferenties van de app, die optreedt als Dataverse-toepassingsgebruiker (de verbinding "Web API" / S2S van Marketo). Geen wachtwoord, werkt ook waar MFA wordt afgedwongen
help-profile-set-arg-auth = Hoe de synchronisatie zich aanmeldt: password (een gelicentieerde synchronisatiegebruiker) of s2s (een toepassingsgebruiker)
    .value-password = Een gelicentieerde synchronisatiegebruiker met de OAuth2-wachtwoordtoekenning (ROPC): standaard in Marketo
    .value-s2s = Server-to-server: de clientreferenties van de app, die optreedt als Dataverse-toepassingsgebruiker (de verbinding "Web API" / S2S van Marketo). Geen wachtwoord, werkt ook waar MFA wordt afgedwongen
help-fix-arg-demo = Een demoscenario van de ingebouwde demotenant herstellen
help-fix-arg-json = Eén JSON-document op stdout afdrukken: planned, applied, failed, manual, validate
help-fix-arg-profile = De opgeslagen verbinding die moet worden gecontroleerd en hersteld
help-fix-arg-scenario = Met --demo: het scenario dat moet worden hersteld (missing-role, config-unset, disabled-step, user-french, s2s-no-app-user, …)
help-fix-arg-yes = De geplande wijzigingen uitvoeren zonder te vragen (voor scripts)
