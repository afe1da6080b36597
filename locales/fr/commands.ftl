### commands
# What the commands print (src/commands): profile, validate, explain, the demo banners.
# Names, values, paths and texts from servers come in as arguments; $name is a profile's name.
# A line indented deeper than the message's first keeps the extra spaces; a line that starts
# with "[" writes it {"["}; a last line {""} keeps a final line break.

## Shared by several commands

# Hidden prompts for the secrets.
commands-ask-client-secret = Secret client (la Valeur, pas l'ID du secret)
commands-ask-password = Mot de passe de l'utilisateur de synchronisation
commands-ask-password-of = Mot de passe de { $username }

## profile set (src/commands/profile/set.rs)

commands-profile-created = Profil { $name } créé
commands-profile-updated = Profil { $name } mis à jour
commands-profile-set-next = Ensuite : dynsync profile store-secret { $name } client-secret; dynsync profile store-secret { $name } password
# Followed by the refused fields, one per line.
commands-profile-nothing-saved = rien n'a été enregistré :
# $value: the value as typed, in quotes.
commands-profile-not-a-secret-id = { $value } n'est pas un GUID (la colonne ID de secret (Secret ID) du portail)
commands-profile-hint-too-long = 3 caractères au plus : le portail n'affiche que les 3 premiers caractères d'un secret, et davantage le divulguerait
commands-profile-not-a-file = { $path } n'est pas un fichier

## profile list (src/commands/profile/list.rs): the column headings, then the cells

commands-profile-none =
    Aucun profil pour l'instant. Créez-en un :
      dynsync profile set NAME --client-id GUID --username UPN --org-url URL
commands-profile-column-name = NOM
commands-profile-column-org = ORGANISATION
commands-profile-column-user = UTILISATEUR
commands-profile-column-last-validation = DERNIÈRE VALIDATION
commands-profile-column-secret-expires = EXPIRATION DU SECRET
# $at: date and time of the last validation (local time, with its offset from UTC).
commands-profile-last-ok = ok { $at }
commands-profile-last-failed = ÉCHEC { $at }
commands-profile-never = jamais
# $date: the secret's expiry date; $days: days until it, or since it.
commands-profile-expires-in =
    { $date } ({ $days ->
        [one] { $days } jour
       *[other] { $days } jours
    })
commands-profile-expired =
    { $date } (expiré depuis { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    })
commands-profile-expiry-unknown = inconnue
# When the keyring cannot be read.
commands-profile-keyring-warning = avertissement : { $error } (les secrets sont indiqués comme non stockés)

## profile show (src/commands/profile/show.rs): a heading, then a line per setting

commands-profile-show-heading = Profil { $name }
commands-profile-show-org-url = URL de l'organisation
commands-profile-show-username = nom d'utilisateur
commands-profile-show-client-id = ID client
commands-profile-show-tenant = locataire
commands-profile-show-cloud = cloud
commands-profile-show-authority-host = hôte d'autorité
commands-profile-show-ca-bundle = bundle CA
commands-profile-show-secret-id = ID du secret
commands-profile-show-secret-hint = indice du secret
commands-profile-show-secret-expires = expiration du secret
commands-profile-show-password-changed = mot de passe changé
commands-profile-show-client-secret = secret client
commands-profile-show-password = mot de passe
commands-profile-show-last-validation = dernière validation
commands-profile-show-days-left =
    { $date } ({ $days ->
        [one] { $days } jour restant
       *[other] { $days } jours restants
    })
commands-profile-show-stored = stocké dans le trousseau du système
commands-profile-show-not-stored = non stocké
# $at: date and time (RFC 3339); $code: the exit code.
commands-profile-show-passed = réussie le { $at } (code de sortie { $code })
commands-profile-show-failed = échouée le { $at } (code de sortie { $code })

## profile store-secret (src/commands/profile/store_secret.rs)

# $which: the word as typed, in quotes.
# $problem and $fix: what the input check said.
commands-profile-secret-refused = { $problem } ; rien n'a été stocké. { $fix }
# $kind: client-secret or password; $service and $account: the keyring entry.
commands-profile-secret-stored = Valeur { $kind } du profil { $name } stockée dans le trousseau du système (service { $service }, compte { $account }).

## profile remove (src/commands/profile/remove.rs)

commands-profile-remove-needs-confirmation = la suppression de { $name } doit être confirmée : lancez la commande dans un terminal ou passez --yes
commands-profile-remove-confirm = Supprimer le profil { $name } et ses entrées du trousseau ?
commands-profile-kept = Profil { $name } conservé.
commands-profile-removed = Profil { $name } et ses entrées du trousseau supprimés.

## validate (src/commands/validate.rs)

# The heading over the report. $host: the org's host; $who: the sync user.
commands-validate-heading = Vérification de { $host } pour { $who }
commands-validate-heading-inputs = Vérification des entrées
commands-validate-no-profiles = aucun profil pour l'instant : créez-en un avec `dynsync profile set NAME --client-id … --username … --org-url …`
commands-validate-secrets-stdin-tty = --secrets-stdin lit depuis un tube, pas depuis un terminal : transmettez le secret et le mot de passe par un tube, ou omettez l'option pour qu'ils vous soient demandés
# A keyring that cannot be read: the secrets are looked for elsewhere.
commands-keyring-warning =
    avertissement : { $error }
    { errors-headless-help }
commands-validate-record-failed = avertissement : impossible d'enregistrer la validation dans le profil : { $error }
# With -v after a demo run.
commands-validate-demo-stats =
    {"["}démo] le simulateur a servi { $requests ->
        [one] { $requests } requête
       *[other] { $requests } requêtes
    } sur { $connections ->
        [one] { $connections } connexion TLS
       *[other] { $connections } connexions TLS
    }

## validate --all: one line per profile, then a summary

commands-validate-all-progress =
    validation de { $count ->
        [one] { $count } profil
       *[other] { $count } profils
    }…
# A profile's line when no check failed; $warnings is a number.
commands-validate-all-passed =
    { $warnings ->
        [0] toutes les vérifications ont réussi
        [one] réussi avec { $warnings } avertissement
       *[other] réussi avec { $warnings } avertissements
    }
commands-validate-all-summary =
    { $total ->
        [one] { $total } profil
       *[other] { $total } profils
    } : { $passed } en réussite, { $failed } en échec.

## validate --demo

commands-demo-scenarios-heading = Scénarios de démonstration (dynsync validate --demo --scenario NAME) :
# $name: the scenario as typed, in quotes.
commands-unknown-scenario = scénario de démonstration { $name } inconnu ; pour les lister : dynsync validate --demo --list-scenarios
# What the demo types as the client secret and the password ($secret_note, $password_note).
commands-demo-secret-value = la Valeur du secret de l'application de démonstration
commands-demo-secret-id = l'ID du secret { $secret_id } (collé par erreur)
commands-demo-wrong-value = une valeur erronée
commands-demo-password = le mot de passe de l'utilisateur de synchronisation
commands-demo-wrong-password = un mot de passe erroné
# $scenario and $about: the scenario's name and what it shows.
commands-validate-demo-banner =
    Locataire de démonstration (Azure AD + Dataverse simulés en HTTPS sur loopback ; rien ne quitte cette machine)
    scénario :               { $scenario } — { $about }
    ID client :              { $client_id }
    secret client :          { $secret_note } (jamais affiché)
    nom d'utilisateur :      { $username }
    mot de passe :           { $password_note } (jamais affiché)
    URL de l'organisation :  { $org_url }
    {""}

## explain (src/commands/explain.rs)

commands-explain-nothing-found = aucune erreur Azure AD trouvée dans l'entrée : collez le corps de l'erreur (JSON) ou un message contenant AADSTSnnnnn
# $code: the argument as typed, in quotes.
commands-explain-not-a-code = { $code } n'est pas un code AADSTS : passez p. ex. AADSTS50126, 50126, ou - pour lire une erreur collée
# Before the remedy's lines.
commands-explain-what-to-do = Que faire :
# $field: the name of the input to enter again.
commands-explain-reenter = Entrée à saisir de nouveau : { $field }

## The demo tenant behind --demo and demo-tenant (src/commands/mod.rs, demo_tenant.rs)

commands-no-demo = ce dynsync a été compilé sans le locataire de démonstration (fonctionnalité cargo `demo`)
commands-demo-no-config-dir = impossible de créer un répertoire de configuration temporaire : { $error }
commands-demo-tenant-cannot-write-ca = impossible d'écrire l'autorité de certification de démonstration dans { $path } : { $error }
# $url: the simulator's address; $ca: its certificate file; $client_secret and $password: the
# scenario's demo values (accepted only by the simulator).
commands-demo-tenant-banner =
    Locataire de démonstration sur { $url } — scénario { $scenario } : { $about }
    Son certificat est dans { $ca }. Ctrl-C l'arrête.

    Depuis un autre terminal (le secret et le mot de passe ci-dessous sont les valeurs de démonstration du simulateur,
    acceptées nulle part ailleurs) :

      dynsync profile set demo --client-id { $client_id } --username { $username } \
          --org-url { $url } --authority-host { $url } --ca-bundle { $ca }
      printf '%s\n' '{ $client_secret }' | dynsync profile store-secret demo client-secret
      printf '%s\n' '{ $password }' | dynsync profile store-secret demo password
      dynsync validate --profile demo

    (L'URL d'organisation loopback n'est pas un hôte Dynamics Online : la vérification des entrées émet donc un avertissement.)
commands-demo-tenant-stopped =
    locataire de démonstration arrêté après { $requests ->
        [one] { $requests } requête
       *[other] { $requests } requêtes
    }

## setup --demo and rotate --demo (src/commands/setup.rs, rotate.rs)

# $unique_name: the demo org's unique name, typed to confirm the org.
commands-setup-demo-banner =
    Démo : l'assistant face à un locataire simulé (scénario { $scenario } — { $about }). Rien de réel n'est touché :
    { $storage }
    Saisissez ces valeurs de démonstration quand elles sont demandées (elles ne fonctionnent qu'avec le simulateur) :
      ID d'application (client) :       { $client_id }
      Valeur du secret client :         { $client_secret }
      utilisateur de synchronisation :  { $username }
      mot de passe :                    { $password }
      URL de l'organisation :           { $org_url }
      nom unique de l'organisation :    { $unique_name }
    {""}
# $profile: the demo profile's name; $secret: the value to type.
commands-rotate-demo-banner =
    Démo : renouvellement du profil "{ $profile }" sur un locataire simulé : { $storage }
    Quand la Valeur du nouveau secret client vous est demandée, saisissez : { $secret }
    (Azure AD met un moment à accepter un nouveau secret ; la démo montre la nouvelle tentative.)
    {""}
commands-rotate-demo-needs-terminal = rotate --demo est interactif et nécessite un terminal
# --demo with connection flags, env vars or secrets in the environment; $given lists them.
commands-demo-refuses-connection = --demo utilise la connexion propre au locataire de démonstration, ces éléments seraient donc ignorés : { $given }. Omettez-les (supprimez les variables) pour la démo, ou omettez --demo pour les utiliser

## profile remove without a usable keyring (src/commands/profile/remove.rs): the settings are
## removed, the keyring entries may remain.

commands-profile-removed-settings = Paramètres du profil { $name } supprimés.
# $error: why the keyring could not be used; $entries: the accounts left, comma-separated;
# $commands: one system command per entry, one a line.
commands-profile-remove-keyring-left =
    avertissement : { $error }
    Les entrées du trousseau { $entries } (service { $service }) n'ont pas pu être vérifiées ni supprimées. Une fois le trousseau fonctionnel, supprimez-les avec :
    { $commands }
    ou laissez dynsync s'en charger : `dynsync profile set { $name }`, puis `dynsync profile remove { $name } --yes`.
# `explain -` on a terminal: how to end the paste.
commands-explain-paste-hint = Collez l'erreur (JSON ou texte), puis appuyez sur Ctrl-D sur une ligne seule (Ctrl-Z puis Entrée sous Windows).

## man

commands-man-no-dir = impossible de créer le répertoire { $dir } : { $error }
commands-man-not-written = impossible d'écrire { $path } : { $error }
commands-man-written = { $pages ->
    [one] { $pages } page de manuel écrite dans { $dir }.
   *[other] { $pages } pages de manuel écrites dans { $dir }.
}

## The demo scenarios (dynsync validate --demo --list-scenarios): commands-scenario-<name>

commands-scenario-ok = tout est configuré : toutes les vérifications réussissent
commands-scenario-federated-no-hrd = le domaine de l'utilisateur est fédéré (AD FS) et aucune stratégie HRD (Home Realm Discovery) ne permet à Azure AD de vérifier les mots de passe
commands-scenario-federated-hrd = domaine fédéré avec la stratégie HRD et la synchronisation du hachage de mot de passe en place : fonctionne, avec un avertissement
commands-scenario-mfa = l'Accès conditionnel (Conditional Access) exige la MFA pour l'utilisateur de synchronisation
commands-scenario-secret-id-pasted = l'ID du secret a été collé à la place de la Valeur du secret (détecté avant toute requête)
commands-scenario-expired-secret = le secret client a expiré
commands-scenario-wrong-password = le mot de passe de l'utilisateur de synchronisation est incorrect (domaine managé)
commands-scenario-locked-out = le verrouillage intelligent a bloqué l'utilisateur de synchronisation : arrêtez, ne réessayez pas
commands-scenario-no-consent = le consentement administrateur pour Dynamics CRM user_impersonation n'a jamais été accordé
commands-scenario-public-client = Autoriser les flux de clients publics (Allow public client flows) est sur Oui (Yes) dans l'inscription d'application
commands-scenario-not-in-org = l'environnement refuse le jeton de l'utilisateur de synchronisation (Dataverse répond 401)
commands-scenario-user-disabled = l'utilisateur de synchronisation est désactivé dans Dynamics
commands-scenario-user-settings = l'utilisateur de synchronisation est non interactif et la langue de son interface est le français
commands-scenario-missing-role = l'utilisateur de synchronisation n'a pas le rôle Marketo Sync User
commands-scenario-team-role = l'utilisateur de synchronisation a le rôle via une équipe
commands-scenario-no-solution = la solution Marketo Lead Management n'est pas installée
commands-scenario-old-solution = une ancienne version de la solution (antérieure à 4.0.0.14) est installée
commands-scenario-disabled-step = l'une des étapes de plug-in de la solution a été désactivée
commands-scenario-config-other-user = Marketo Config "Default" désigne un autre utilisateur (les rôles sont corrects) : l'élément des rôles de Marketo passe lui aussi au rouge
commands-scenario-config-unset = Marketo Config "Default" ne désigne aucun utilisateur
commands-scenario-slow = tout est configuré, mais chaque réponse prend du temps (400 ms par défaut ; --latency-ms pour changer)
commands-scenario-user-not-member = l'utilisateur de synchronisation n'est pas membre de l'environnement Dynamics (Dataverse répond 403 0x80072560) : dynamics.whoami échoue
commands-scenario-no-read-privilege = l'utilisateur de synchronisation ne peut pas lire les solutions, les étapes de plug-in, les composants de solution ni les définitions de tables (403 0x80040220) : ces vérifications ne sont pas exécutées, chacune indiquant comment la faire manuellement
commands-scenario-challenge-any-case = le défi de connexion de l'organisation arrive en casse mixte, entre guillemets, après un défi Negotiate : le locataire est quand même trouvé (toutes les vérifications réussissent)
commands-scenario-org-probe-503 = l'organisation répond à sa sonde de connexion par HTTP 503 (à chaque essai) : vérification impossible, réessayez plus tard (code de sortie 3)
commands-scenario-user-other-tenant = le domaine de l'utilisateur de synchronisation appartient à un autre locataire que celui de l'organisation : la vérification du locataire échoue en nommant les deux (code de sortie 1)
commands-scenario-entity-join-refused = l'organisation refuse la jointure FetchXML de entity vers solutioncomponent (HTTP 400) : Marketo Config est trouvée via l'API de métadonnées (toutes les vérifications réussissent)
commands-scenario-user-french = la langue de l'interface de l'utilisateur de synchronisation est le français (Adobe demande l'anglais)
commands-scenario-s2s-ok = Serveur à serveur : l'application se connecte avec ses informations d'identification client en tant que son utilisateur d'application, qui a le rôle et est l'utilisateur de Marketo Config : toutes les vérifications réussissent
commands-scenario-s2s-no-app-user = Serveur à serveur : l'environnement n'a aucun utilisateur d'application pour l'application (Dataverse refuse son jeton) : créez-le (dynsync fix)
commands-scenario-s2s-no-role = Serveur à serveur : l'utilisateur d'application n'a aucun rôle de sécurité
commands-scenario-s2s-app-user-disabled = Serveur à serveur : l'utilisateur d'application est désactivé
commands-scenario-s2s-mfa-user = la MFA est imposée à l'utilisateur de synchronisation : l'octroi par mot de passe est refusé (AADSTS50076) alors que l'utilisateur d'application de l'application fonctionne (essayez --auth s2s)

## validate --all: where to see the details of a profile that failed or warned.

commands-validate-all-details = Détails de { $profile } : dynsync validate --profile { $profile }

## demo-tenant refuses the global --config-dir (it keeps no profiles).

commands-demo-tenant-no-config-dir = demo-tenant ne conserve aucun profil : lancez les commandes de profil dans un autre terminal avec --config-dir, et dirigez-les vers le locataire de démonstration avec --authority-host, --org-url et --ca-bundle comme l'indique sa bannière

## Where a demo keeps its profile and progress ($storage in the demo banners).

commands-demo-storage-throwaway = les profils vont dans un répertoire temporaire et les secrets dans un trousseau en mémoire, tous deux supprimés à la fin.
commands-demo-storage-kept = le profil et la progression de la démo sont conservés dans { $dir } jusqu'à ce qu'elle soit terminée (puis supprimés), pour qu'un arrêt puisse être repris ; les secrets vont dans un trousseau en mémoire (les valeurs propres à la démo, remises en place à la reprise).

## Server-to-Server (S2S) and `dynsync fix` (issue 14).

# The demo banner's password line for an S2S scenario.
commands-demo-s2s-no-password = aucun : le S2S se connecte avec les informations d'identification client de l'application
# `profile show`: how the connection signs in (password | s2s).
commands-profile-show-auth = connexion
