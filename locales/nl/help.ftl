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
help-setup-arg-secret-expires = De vervaldatum van het clientgeheim (JJJJ-MM-DD)
help-validate-arg-secret-expires = De vervaldatum van het clientgeheim (JJJJ-MM-DD), voor de controle secret.expiry (anders die van het profiel)
help-rotate-arg-secret-expires = De vervaldatum van het nieuwe clientgeheim (JJJJ-MM-DD)
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
