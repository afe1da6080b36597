### errors
# Why a command ended early (src/error.rs, src/cli.rs), and the errors of the profile file
# (src/profile.rs), the OS keyring (src/secrets.rs) and the HTTP client (src/http.rs).
# Texts from files, servers and the system come in as arguments ($error, $detail, $reason).

## How an error reaches stderr (src/cli.rs: report_error)

errors-error = error: { $error }
# Ctrl-C at a prompt, or SIGINT, SIGTERM or SIGHUP.
errors-interrupted = interrupted
errors-could-not-start = could not start: { $error }

## The profile file (src/profile.rs). $path is the file; $name and $value are quoted as typed.

errors-profile-not-found = no profile named { $name } (list them with: dynsync profile list)
errors-profile-bad-name = profile name { $name } is not allowed: use 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit
# $detail: what the TOML parser said, or errors-profile-no-format-field.
errors-profile-corrupt = { $path } is not a valid dynsync profile file ({ $detail }); it was left untouched: fix or move it
errors-profile-toml-at = line { $line }: { $problem }
errors-profile-no-format-field = no valid `format` field
# $found: the file's format number; $format: the one this dynsync reads.
errors-profile-newer = { $path } was written by a newer dynsync (format { $found }, this one reads { $format }); it was left untouched: upgrade dynsync
errors-profile-dir-writable = { $path } can be written by other users, so its profiles could have been changed: dynsync neither reads nor writes there. Fix: chmod 700 { $path }
errors-profile-dir-owner = { $path } belongs to another user: dynsync neither reads nor writes there. Use your own config directory (--config-dir DIR or DYNSYNC_CONFIG_DIR)
errors-profile-not-a-file = { $path } is not a regular file (a symbolic link, a FIFO or a device): dynsync neither reads nor replaces it. Move it away
errors-profile-too-large = { $path } is larger than { $mib } MiB, which no dynsync profile file is: it was left untouched. Move it away
errors-profile-not-utf8 = not UTF-8 text
errors-profile-locked = another dynsync is writing { $path }; try again in a moment
errors-profile-io = { $path }: { $error }
errors-profile-no-config-dir = no config directory: set DYNSYNC_CONFIG_DIR or pass --config-dir
# A date given on the command line.

## The OS keyring (src/secrets.rs). $reason is what the keyring said.

errors-keyring-unavailable = the OS keyring cannot be used: { $reason }
errors-keyring-refused = the OS keyring refused: { $reason }
errors-keyring-no-answer = no answer within { $secs } s (is the keyring locked and waiting for a password prompt?); dynsync does not ask it again during this command
# What to do without a usable keyring; dynsync never falls back to a plaintext file.
errors-headless-help =
    dynsync stores secrets only in the OS keyring and never in a file. Without a usable keyring:
    - give the secrets per run: DYNSYNC_CLIENT_SECRET and DYNSYNC_PASSWORD, or --secrets-stdin (line 1 secret, line 2 password);
    - or make the keyring usable: on Linux a Secret Service (GNOME Keyring, KeePassXC…) on the D-Bus session bus, unlocked — over SSH start one with `dbus-run-session -- sh` and `echo -n PASS | gnome-keyring-daemon --unlock --components=secrets`.
# A keyring error that ends a command: the error, then what to do.
errors-keyring =
    { $error }
    { errors-headless-help }

## The HTTP client (src/http.rs). $host is host[:port]; $detail is what the system or the
## service said.

errors-http-connect = could not connect to { $host }: { $detail }
errors-http-deadline = the run's time limit ({ $secs } s, --deadline) ran out before { $host } answered
errors-http-timeout = { $host } did not answer within { $secs } s
errors-http-too-large = { $host } sent more than { $limit } bytes; stopped reading
errors-http-html = { $host } answered with an HTML page (HTTP { $status }) instead of JSON: a proxy, a captive portal or a sign-in page is in the way
# $detail is empty, or the service's message with its own leading separator (": …" or " — …").
errors-http-unexpected = { $host } answered HTTP { $status }{ $detail }
errors-http-not-json = { $host } answered with a body that is not JSON (HTTP { $status })
errors-http-other = request to { $host } failed: { $detail }
errors-http-demo-certificate = demo certificate: { $error }
errors-http-client = could not set up the HTTP client: { $error }
errors-ca-bundle-unreadable = cannot read CA bundle { $path }: { $error }
errors-ca-bundle-not-pem = CA bundle { $path } is not PEM: { $error }
errors-ca-bundle-empty = CA bundle { $path } holds no certificate

## Reading stdin (--secrets-stdin, store-secret, rotate, explain -).

errors-stdin-unreadable = could not read stdin: { $error }
errors-stdin-too-long = stdin holds more than { $kib } KiB: nothing was sent. Pipe only the value(s) asked for, one per line
errors-stdin-not-utf8 = stdin is not UTF-8 text: nothing was sent. Pipe the value as text (e.g. without a byte-order mark or another encoding)

## Languages (--lang)

errors-unknown-lang = not a language dynsync speaks; choose one of: { $languages }
