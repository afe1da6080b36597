### errors
# Why a command ended early (src/error.rs, src/cli.rs), and the errors of the profile file
# (src/profile.rs), the OS keyring (src/secrets.rs) and the HTTP client (src/http.rs).
# Texts from files, servers and the system come in as arguments ($error, $detail, $reason).

## How an error reaches stderr (src/cli.rs: report_error)

errors-error = erreur : { $error }
# Ctrl-C at a prompt, or SIGINT, SIGTERM or SIGHUP.
errors-interrupted = interrompu
errors-could-not-start = démarrage impossible : { $error }

## The profile file (src/profile.rs). $path is the file; $name and $value are quoted as typed.

errors-profile-not-found = aucun profil nommé { $name } (pour les lister : dynsync profile list)
errors-profile-bad-name = le nom de profil { $name } n'est pas autorisé : utilisez de 1 à 64 lettres, chiffres, '.', '_' ou '-', en commençant par une lettre ou un chiffre
# $detail: what the TOML parser said, or errors-profile-no-format-field.
errors-profile-corrupt = { $path } n'est pas un fichier de profils dynsync valide ({ $detail }) ; il n'a pas été modifié : corrigez-le ou déplacez-le
errors-profile-toml-at = ligne { $line } : { $problem }
errors-profile-no-format-field = aucun champ `format` valide
# $found: the file's format number; $format: the one this dynsync reads.
errors-profile-newer = { $path } a été écrit par une version plus récente de dynsync (format { $found }, celle-ci lit le format { $format }) ; il n'a pas été modifié : mettez dynsync à jour
errors-profile-dir-writable = { $path } est accessible en écriture à d'autres utilisateurs, ses profils ont donc pu être modifiés : dynsync n'y lit ni n'y écrit rien. Correction : chmod 700 { $path }
errors-profile-dir-owner = { $path } appartient à un autre utilisateur : dynsync n'y lit ni n'y écrit rien. Utilisez votre propre répertoire de configuration (--config-dir DIR ou DYNSYNC_CONFIG_DIR)
errors-profile-not-a-file = { $path } n'est pas un fichier ordinaire (lien symbolique, FIFO ou périphérique) : dynsync ne le lit ni ne le remplace. Déplacez-le
errors-profile-too-large = { $path } dépasse { $mib } Mio, ce qu'aucun fichier de profils dynsync ne fait : il n'a pas été modifié. Déplacez-le
errors-profile-not-utf8 = ce n'est pas du texte UTF-8
errors-profile-locked = une autre instance de dynsync écrit dans { $path } ; réessayez dans un instant
errors-profile-io = { $path } : { $error }
errors-profile-no-config-dir = aucun répertoire de configuration : définissez DYNSYNC_CONFIG_DIR ou passez --config-dir
# A date given on the command line.

## The OS keyring (src/secrets.rs). $reason is what the keyring said.

errors-keyring-unavailable = le trousseau du système est inutilisable : { $reason }
errors-keyring-refused = le trousseau du système a refusé : { $reason }
errors-keyring-no-answer = aucune réponse en { $secs } s (le trousseau est-il verrouillé, en attente d'une saisie de mot de passe ?) ; dynsync ne l'interroge plus pendant cette commande
# What to do without a usable keyring; dynsync never falls back to a plaintext file.
errors-headless-help =
    dynsync stocke les secrets uniquement dans le trousseau du système, jamais dans un fichier. Sans trousseau utilisable :
    - fournissez les secrets à chaque exécution : DYNSYNC_CLIENT_SECRET et DYNSYNC_PASSWORD, ou --secrets-stdin (ligne 1 le secret, ligne 2 le mot de passe) ;
    - ou rendez le trousseau utilisable : sous Linux, un Secret Service (GNOME Keyring, KeePassXC…) déverrouillé sur le bus de session D-Bus — via SSH, démarrez-en un avec `dbus-run-session -- sh` et `echo -n PASS | gnome-keyring-daemon --unlock --components=secrets`.
# A keyring error that ends a command: the error, then what to do.
errors-keyring =
    { $error }
    { errors-headless-help }

## The HTTP client (src/http.rs). $host is host[:port]; $detail is what the system or the
## service said.

errors-http-connect = connexion impossible à { $host } : { $detail }
errors-http-deadline = le délai de l'exécution ({ $secs } s, --deadline) a expiré avant la réponse de { $host }
errors-http-timeout = { $host } n'a pas répondu en { $secs } s
errors-http-too-large = { $host } a envoyé plus de { $limit } octets ; lecture interrompue
errors-http-html = { $host } a répondu par une page HTML (HTTP { $status }) au lieu de JSON : un proxy, un portail captif ou une page de connexion s'interpose
# $detail is empty, or the service's message with its own leading separator (": …" or " — …").
errors-http-unexpected = { $host } a répondu HTTP { $status }{ $detail }
errors-http-not-json = { $host } a répondu par un corps qui n'est pas du JSON (HTTP { $status })
errors-http-other = la requête vers { $host } a échoué : { $detail }
errors-http-demo-certificate = certificat de démonstration : { $error }
errors-http-client = impossible de configurer le client HTTP : { $error }
errors-ca-bundle-unreadable = impossible de lire le bundle CA { $path } : { $error }
errors-ca-bundle-not-pem = le bundle CA { $path } n'est pas au format PEM : { $error }
errors-ca-bundle-empty = le bundle CA { $path } ne contient aucun certificat

## Reading stdin (--secrets-stdin, store-secret, rotate, explain -).

errors-stdin-unreadable = impossible de lire l'entrée standard : { $error }
errors-stdin-too-long = l'entrée standard dépasse { $kib } Kio : rien n'a été envoyé. Ne transmettez que la ou les valeurs demandées, une par ligne
errors-stdin-not-utf8 = l'entrée standard n'est pas du texte UTF-8 : rien n'a été envoyé. Transmettez la valeur sous forme de texte (p. ex. sans marque d'ordre des octets ni autre encodage)

## Languages (--lang)

errors-unknown-lang = dynsync ne parle pas cette langue ; choisissez parmi : { $languages }
