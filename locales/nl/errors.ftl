### errors
# Why a command ended early (src/error.rs, src/cli.rs), and the errors of the profile file
# (src/profile.rs), the OS keyring (src/secrets.rs) and the HTTP client (src/http.rs).
# Texts from files, servers and the system come in as arguments ($error, $detail, $reason).

## How an error reaches stderr (src/cli.rs: report_error)

errors-error = fout: { $error }
# Ctrl-C at a prompt, or SIGINT, SIGTERM or SIGHUP.
errors-interrupted = onderbroken
errors-could-not-start = kan niet starten: { $error }

## The profile file (src/profile.rs). $path is the file; $name and $value are quoted as typed.

errors-profile-not-found = er is geen profiel met de naam { $name } (toon de profielen met: dynsync profile list)
errors-profile-bad-name = profielnaam { $name } is niet toegestaan: gebruik 1 tot 64 letters, cijfers, '.', '_' of '-', beginnend met een letter of cijfer
# $detail: what the TOML parser said, or errors-profile-no-format-field.
errors-profile-corrupt = { $path } is geen geldig dynsync-profielbestand ({ $detail }); het bestand is niet gewijzigd: herstel of verplaats het
errors-profile-toml-at = regel { $line }: { $problem }
errors-profile-no-format-field = geen geldig veld `format`
# $found: the file's format number; $format: the one this dynsync reads.
errors-profile-newer = { $path } is geschreven door een nieuwere dynsync (format { $found }, deze versie leest { $format }); het bestand is niet gewijzigd: werk dynsync bij
errors-profile-dir-writable = { $path } is schrijfbaar voor andere gebruikers, dus de profielen kunnen zijn gewijzigd: dynsync leest en schrijft daar niet. Oplossing: chmod 700 { $path }
errors-profile-dir-owner = { $path } is van een andere gebruiker: dynsync leest en schrijft daar niet. Gebruik uw eigen configuratiemap (--config-dir DIR of DYNSYNC_CONFIG_DIR)
errors-profile-not-a-file = { $path } is geen gewoon bestand (een symbolische koppeling, een FIFO of een apparaat): dynsync leest en vervangt het niet. Verplaats het
errors-profile-too-large = { $path } is groter dan { $mib } MiB, wat geen enkel dynsync-profielbestand is: het bestand is niet gewijzigd. Verplaats het
errors-profile-not-utf8 = geen UTF-8-tekst
errors-profile-locked = een andere dynsync schrijft naar { $path }; probeer het zo opnieuw
errors-profile-io = { $path }: { $error }
errors-profile-no-config-dir = geen configuratiemap: stel DYNSYNC_CONFIG_DIR in of geef --config-dir op
# A date given on the command line.

## The OS keyring (src/secrets.rs). $reason is what the keyring said.

errors-keyring-unavailable = de sleutelbos van het besturingssysteem is niet bruikbaar: { $reason }
errors-keyring-refused = de sleutelbos van het besturingssysteem weigerde: { $reason }
errors-keyring-no-answer = geen antwoord binnen { $secs } s (is de sleutelbos vergrendeld en wacht hij op een wachtwoordvraag?); dynsync vraagt het tijdens deze opdracht niet opnieuw
# What to do without a usable keyring; dynsync never falls back to a plaintext file.
errors-headless-help =
    dynsync bewaart geheimen alleen in de sleutelbos van het besturingssysteem en nooit in een bestand. Zonder bruikbare sleutelbos:
    - geef de geheimen per run op: DYNSYNC_CLIENT_SECRET en DYNSYNC_PASSWORD, of --secrets-stdin (regel 1 het geheim, regel 2 het wachtwoord);
    - of maak de sleutelbos bruikbaar: op Linux een ontgrendelde Secret Service (GNOME Keyring, KeePassXC…) op de D-Bus-sessiebus — start er via SSH een met `dbus-run-session -- sh` en `echo -n PASS | gnome-keyring-daemon --unlock --components=secrets`.
# A keyring error that ends a command: the error, then what to do.
errors-keyring =
    { $error }
    { errors-headless-help }

## The HTTP client (src/http.rs). $host is host[:port]; $detail is what the system or the
## service said.

errors-http-connect = kan geen verbinding maken met { $host }: { $detail }
errors-http-deadline = de tijdslimiet van de run ({ $secs } s, --deadline) was verstreken voordat { $host } antwoordde
errors-http-timeout = { $host } heeft niet binnen { $secs } s geantwoord
errors-http-too-large = { $host } heeft meer dan { $limit } bytes gestuurd; lezen gestopt
errors-http-html = { $host } antwoordde met een HTML-pagina (HTTP { $status }) in plaats van JSON: er zit een proxy, een captive portal of een aanmeldingspagina tussen
# $detail is empty, or the service's message with its own leading separator (": …" or " — …").
errors-http-unexpected = { $host } antwoordde met HTTP { $status }{ $detail }
errors-http-not-json = { $host } antwoordde met een body die geen JSON is (HTTP { $status })
errors-http-other = aanvraag aan { $host } mislukt: { $detail }
errors-http-demo-certificate = democertificaat: { $error }
errors-http-client = kan de HTTP-client niet instellen: { $error }
errors-ca-bundle-unreadable = kan CA-bundel { $path } niet lezen: { $error }
errors-ca-bundle-not-pem = CA-bundel { $path } is geen PEM: { $error }
errors-ca-bundle-empty = CA-bundel { $path } bevat geen certificaat

## Reading stdin (--secrets-stdin, store-secret, rotate, explain -).

errors-stdin-unreadable = kan stdin niet lezen: { $error }
errors-stdin-too-long = stdin bevat meer dan { $kib } KiB: er is niets verzonden. Geef alleen de gevraagde waarde(n) door, één per regel
errors-stdin-not-utf8 = stdin is geen UTF-8-tekst: er is niets verzonden. Geef de waarde door als tekst (bv. zonder byte-order mark of andere codering)

## Languages (--lang)

errors-unknown-lang = geen taal die dynsync spreekt; kies uit: { $languages }
