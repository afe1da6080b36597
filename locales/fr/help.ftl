# dynsync's --help: every command's about (help-<command>-about, its long form .long, its
# epilogue .after) and every argument's help (help-arg-<argument> where every command says the
# same, help-<command>-arg-<argument> where one says it its own way; .long, and .value-<value>
# for a possible value). <command> is the subcommand path joined by "-" (dynsync for the top).
# src/help.rs applies them; a test keeps the English ones identical to the doc comments.

## Commands

help-dynsync-about = Configurer et vérifier les informations d'identification de la synchronisation Marketo ⇄ Microsoft Dynamics 365
    .long =
        dynsync vérifie, avant tout enregistrement dans Marketo, que les informations d'identification de la synchronisation Marketo ⇄ Dynamics 365 fonctionnent : il exécute le même octroi par mot de passe Azure AD que Marketo, vérifie Dynamics avec le jeton obtenu et prédit le résultat de la liste de contrôle Validation de la configuration de la synchronisation (Validate Sync Setup) de Marketo.

        Essayez-le sans locataire Azure : dynsync setup --demo
    .after =
        { help-exit-codes }
help-setup-about = La configuration guidée : inscription d'application, informations d'identification, vérifications et étapes Marketo, avec reprise possible
    .after =
        { help-exit-codes }
help-validate-about = Vérifier les informations d'identification de la synchronisation auprès d'Azure AD et de Dynamics, sans toucher à Marketo
    .after =
        Les secrets ne sont jamais acceptés en options. Le secret client provient de DYNSYNC_CLIENT_SECRET, le
        mot de passe de DYNSYNC_PASSWORD, les deux de --secrets-stdin (ligne 1 le secret, ligne 2 le mot de passe) ou,
        dans un terminal, d'une invite masquée.

        Exemples :
          dynsync validate --demo
          dynsync validate --demo --scenario federated-no-hrd
          dynsync validate --client-id 2b7f0e4c-9a1d-4c3e-8f5b-6d7e8f9a0b1c --username marketo.sync@contoso.com \
                           --org-url https://contoso.crm.dynamics.com
          printf '%s\n%s\n' "$SECRET" "$PASSWORD" | dynsync validate --secrets-stdin --json ...

        { help-exit-codes }
help-rotate-about = Mettre en service un secret client renouvelé (ou un mot de passe changé) sans interruption
    .after =
        { help-exit-codes }
help-explain-about = Expliquer une erreur Azure AD : un code (AADSTS50126 ou 50126), ou `-` pour lire une erreur collée sur l'entrée standard
    .after =
        { help-exit-codes }
help-profile-about = Gérer les profils : un par connexion Marketo ⇄ Dynamics (secrets dans le trousseau du système)
help-profile-list-about = Lister les profils : organisation, utilisateur, dernière validation, expiration du secret
help-profile-show-about = Afficher les paramètres d'un profil et si chaque secret est enregistré (jamais le secret)
help-profile-set-about = Créer un profil ou modifier ses paramètres non secrets
help-profile-store-secret-about = Enregistrer le secret client ou le mot de passe dans le trousseau du système (invite masquée, ou entrée standard sans terminal)
help-profile-remove-about = Supprimer un profil et ses entrées du trousseau
help-demo-tenant-about = Lancer le locataire de démonstration (Azure AD + Dataverse simulés) sur loopback jusqu'à Ctrl-C, pour répéter profils et scripts depuis un autre terminal
help-completions-about = Afficher le script de complétion pour bash, zsh, fish, PowerShell ou elvish
help-man-about = Afficher la page de manuel, ou écrire toutes les pages (une par sous-commande) dans un répertoire

## Arguments said the same wherever they appear

help-arg-all = Valider tous les profils, en parallèle
help-arg-authority-host = Remplacer l'hôte de connexion du cloud (proxys, tests) ; http uniquement pour le loopback
help-arg-ca-bundle = Certificats d'autorité (PEM) supplémentaires à approuver en plus de ceux du système (p. ex. inspection TLS)
help-arg-ca-file = Écrire ici le certificat CA de démonstration (par défaut : un fichier du répertoire temporaire, supprimé à la sortie)
help-arg-client-id = ID d'application (client) de l'inscription d'application (un GUID ; pas l'ID d'objet)
help-arg-cloud = Cloud national ; déduit du domaine de l'URL de l'organisation s'il est omis
    .value-public = Cloud commercial (login.microsoftonline.com, *.crmN.dynamics.com)
    .value-usgov = US Government Community Cloud (GCC) : hôte de connexion commercial, *.crm9.dynamics.com
    .value-usgovhigh = US GCC High (login.microsoftonline.us, *.crm.microsoftdynamics.us)
    .value-dod = US DoD (login.microsoftonline.us, *.crm.appsplatform.us)
    .value-china = Chine, exploité par 21Vianet (login.partner.microsoftonline.cn, *.crm.dynamics.cn)
help-arg-code = AADSTS50126, 50126, ou - pour lire un corps ou un message d'erreur sur l'entrée standard
help-arg-config-dir = Emplacement des profils (par défaut : le répertoire de configuration de la plateforme, p. ex. ~/.config/dynsync)
help-arg-deadline = Durée maximale de toute l'exécution des vérifications, en secondes (45 par défaut) : requêtes et nouvelles tentatives s'arrêtent là et le rapport indique ce qu'il a (code de sortie 3 si c'est le seul échec)
help-arg-existing-app = L'inscription d'application existe déjà (ignorer l'inscription guidée)
help-arg-expiry-warning-days = Avertir lorsque le secret client expire dans ce nombre de jours
help-arg-jobs = Avec --all : nombre de profils à valider simultanément
help-arg-json = Afficher du JSON
help-arg-lang = La langue de dynsync (en, fr, ko, nl, zh-CN ; par défaut : DYNSYNC_LANG, puis les paramètres régionaux : LC_ALL, LC_MESSAGES, LANG)
help-arg-list-scenarios = Avec --demo : lister les scénarios et quitter
help-arg-marketo-done = Un opérateur a déjà saisi la nouvelle valeur dans Marketo : seulement la vérifier et mettre à jour le trousseau et le profil (pour les scripts ; fonctionne sans terminal)
help-arg-name = Le profil
help-arg-org-url = L'URL de l'organisation Dynamics, p. ex. https://contoso.crm.dynamics.com (les autres formes sont normalisées)
help-arg-password-changed = Date du dernier changement du mot de passe de l'utilisateur de synchronisation (YYYY-MM-DD)
help-arg-path = Première connexion ou mise à jour d'une connexion existante (demandé s'il est omis)
help-arg-port = Écouter sur ce port loopback (par défaut : n'importe quel port libre)
help-arg-replication-retries = Nombre de nouvelles tentatives avec un secret tout neuf pendant qu'Azure AD le réplique
help-arg-replication-wait = Secondes entre ces tentatives
help-arg-secret-hint = Les premiers caractères du secret tels que le portail les affiche (3 au plus)
help-arg-secret-key-id = L'ID du secret (un GUID) du secret client, pour le reconnaître dans le portail
help-arg-tenant = ID de l'annuaire (locataire) ou domaine vérifié ; découvert à partir de l'URL de l'organisation s'il est omis
help-arg-timeout = Délai d'expiration par requête, en secondes
help-arg-username = Le nom d'utilisateur principal (UPN) de l'utilisateur de synchronisation, p. ex. marketo.sync@contoso.com
help-arg-verbose = Journaliser chaque requête HTTP (méthode, URL sans les valeurs de la chaîne de requête, statut, durée) sur stderr. Jamais de secrets
help-arg-what = Quelles informations d'identification (demandé s'il est omis)
help-arg-which = Quel secret
    .value-client-secret = Le secret client de l'inscription d'application (sa Valeur)
    .value-password = Le mot de passe de l'utilisateur de synchronisation
help-arg-dir = Écrire toutes les pages (dynsync.1 et une par sous-commande) dans DIR au lieu de dynsync.1 sur la sortie standard
help-arg-profile-names = Afficher les noms des profils, un par ligne (ce qu'appellent les scripts pour compléter --profile)
help-arg-shell = Le shell pour lequel générer la complétion

## Arguments a command describes its own way

help-profile-set-arg-ca-bundle = Certificats d'autorité (PEM) supplémentaires à approuver en plus de ceux du système (enregistré comme chemin absolu)
help-setup-arg-demo = Répéter tout l'assistant face au locataire de démonstration intégré (configuration temporaire, trousseau en mémoire)
help-validate-arg-demo = Exécuter face au locataire de démonstration intégré (Azure AD + Dataverse simulés en HTTPS sur loopback)
help-rotate-arg-demo = Répéter un renouvellement face au locataire de démonstration (configuration temporaire, trousseau en mémoire)
help-validate-arg-json = Afficher un document JSON sur la sortie standard (toujours, quel que soit le résultat)
help-validate-arg-latency-ms = Avec --demo : retarder chaque réponse simulée de ce nombre de millisecondes
help-demo-tenant-arg-latency-ms = Retarder chaque réponse de ce nombre de millisecondes
help-profile-set-arg-name = Nom du profil : lettres, chiffres, '.', '_' ou '-'
help-setup-arg-profile = Le profil à configurer (demandé s'il est omis)
help-validate-arg-profile = Prendre les entrées de ce profil et du trousseau du système ; les options et variables d'environnement les remplacent champ par champ
help-rotate-arg-profile = Le profil dont les informations d'identification changent (demandé s'il y en a plusieurs)
help-setup-arg-resume = Reprendre une configuration inachevée (la plus récente, ou celle de --profile)
help-rotate-arg-resume = Reprendre un renouvellement inachevé
help-setup-arg-scenario = Avec --demo : le scénario de démonstration (voir `dynsync validate --demo --list-scenarios`)
help-validate-arg-scenario = Le scénario de démonstration (voir --list-scenarios)
help-demo-tenant-arg-scenario = Le scénario à servir (voir `dynsync validate --demo --list-scenarios`)
help-setup-arg-secret-expires = Date d'expiration du secret client (YYYY-MM-DD, ou M/D/YYYY comme l'affiche le portail Azure en anglais)
help-validate-arg-secret-expires = Date d'expiration du secret client (YYYY-MM-DD), pour la vérification secret.expiry (sinon celle du profil)
help-rotate-arg-secret-expires = Date d'expiration du nouveau secret client (YYYY-MM-DD, ou M/D/YYYY comme l'affiche le portail Azure en anglais)
help-profile-set-arg-secret-expires = Date d'expiration du secret client (YYYY-MM-DD), telle que le portail l'affiche
help-validate-arg-secrets-stdin = Lire le secret client (ligne 1) et le mot de passe (ligne 2) sur l'entrée standard
help-rotate-arg-secrets-stdin = Lire la nouvelle valeur sur l'entrée standard (ligne 1) au lieu d'une invite
help-setup-arg-transcript = Ajouter à FILE un journal Markdown de ce qui a été fait et quand (sans secrets)
help-rotate-arg-transcript = Ajouter à FILE un journal Markdown (sans secrets)
help-setup-arg-yes = Sans terminal : prendre toutes les entrées des options et variables d'environnement, enregistrer le profil et afficher les étapes Marketo sous forme de liste de contrôle
help-profile-remove-arg-yes = Ne pas demander de confirmation

## Shared text

help-exit-codes =
    Codes de sortie :
      0    toutes les vérifications ont réussi (avertissements permis)
      1    une vérification a échoué
      2    entrée invalide : rien n'a été envoyé
      3    un service était injoignable ou a répondu de façon inattendue (délai dépassé, refus, 5xx, pas du JSON, TLS)
      130  interrompu (Ctrl-C, SIGTERM ou SIGHUP)

## clap's own words (used in every language but English, where clap's own are shown)

help-clap-usage = Utilisation :
help-clap-options = Options
help-clap-arguments = Arguments
help-clap-commands = Commandes
help-clap-help = Afficher l'aide
help-clap-help-more = Afficher l'aide (plus de détails avec '--help')
help-clap-help-summary = Afficher l'aide (un résumé avec '-h')
help-clap-version = Afficher la version
help-clap-help-command = Afficher ce message ou l'aide de la ou des sous-commandes indiquées
help-clap-help-command-arg = Afficher l'aide de la ou des sous-commandes
help-clap-default = [par défaut : { $value }]
help-clap-env = [env : { $var }]
help-clap-possible = [valeurs possibles : { $values }]
help-clap-possible-long = Valeurs possibles :

## clap's errors (a command line it refuses), in every language but English

help-clap-error = erreur : { $error }
help-clap-argument-conflict = l'argument '{ $arg }' ne peut pas être utilisé avec '{ $other }'
help-clap-argument-repeated = l'argument '{ $arg }' ne peut pas être utilisé plusieurs fois
help-clap-no-equals = un signe égal est nécessaire pour affecter une valeur à '{ $arg }'
help-clap-value-required = une valeur est requise pour '{ $arg }' mais aucune n'a été fournie
help-clap-invalid-value = valeur '{ $value }' invalide pour '{ $arg }'
help-clap-value-validation = valeur '{ $value }' invalide pour '{ $arg }' : { $error }
help-clap-invalid-subcommand = sous-commande '{ $name }' non reconnue
help-clap-missing-required = les arguments requis suivants n'ont pas été fournis :
help-clap-missing-subcommand = '{ $name }' nécessite une sous-commande, mais aucune n'a été fournie
help-clap-subcommands = [sous-commandes : { $values }]
help-clap-too-many = valeur '{ $value }' inattendue pour '{ $arg }' ; aucune autre n'était attendue
help-clap-too-few = { $expected } valeurs requises par '{ $arg }' ; { $actual ->
    [one] seulement { $actual } a été fournie
   *[other] seulement { $actual } ont été fournies
}
help-clap-wrong-number = { $expected } valeurs requises pour '{ $arg }', mais { $actual ->
    [one] { $actual } a été fournie
   *[other] { $actual } ont été fournies
}
help-clap-unknown-argument = argument inattendu '{ $arg }' trouvé
help-clap-similar = astuce : vouliez-vous dire '{ $names }' ?
help-clap-more-info = Pour plus d'informations, essayez '{ $help }'.

## Added with setup --confirm-org and demo-tenant's refusal of --config-dir

help-arg-confirm-org = Le nom unique de l'organisation (p. ex. org1a2b3c4d), confirmé sans avoir à le saisir au garde-fou de l'organisation ; obligatoire avec --yes. Un nom qui n'est pas celui de l'organisation arrête la configuration avant tout enregistrement
help-dynsync-arg-config-dir = Emplacement des profils (par défaut : le répertoire de configuration de la plateforme, p. ex. ~/.config/dynsync)
help-demo-tenant-arg-config-dir = Non proposé : le locataire de démonstration ne conserve aucun profil (remplace l'option globale, masquée, et la refuse nommément)

## Added with app create, app show, the admin sign-in and rotate --create-secret

help-app-about = Inscrire l'application de la synchronisation dans Azure AD via Microsoft Graph, connecté en tant qu'administrateur Azure pour cette exécution (`app create`), ou l'afficher telle qu'Azure AD la connaît (`app show`)
help-app-create-about = Inscrire pour vous l'application de la synchronisation dans Azure AD (connexion en tant qu'administrateur Azure) : l'application, son principal de service, le consentement administrateur, un secret client placé directement dans le trousseau, la stratégie HRD pour un utilisateur fédéré, puis la validation. Idempotent : une nouvelle exécution ne modifie que ce qui manque
    .after =
        { help-exit-codes }
help-app-show-about = Afficher l'inscription d'application telle qu'Azure AD la connaît (connexion en tant qu'administrateur Azure) : autorisations, consentement, principal de service, chaque secret client, la stratégie HRD ; corrige l'expiration enregistrée dans le profil
    .after =
        { help-exit-codes }
help-arg-admin-client-id = Le client public avec lequel l'administrateur Azure se connecte (par défaut : celui d'Azure CLI, 04b07795-8ddb-461a-bbee-02f9e1bf7b46) ; pour les locataires qui bloquent les clients propriétaires Microsoft
help-arg-create-secret = Créer le nouveau secret client via Microsoft Graph (un administrateur Azure se connecte), le valider et le garder en attente ; avec --print-secret, sa Valeur est écrite seule sur la sortie standard pour qu'un script la transmette à Marketo. Ensuite : rotate --profile P --resume --marketo-done [--remove-old]
help-arg-device-code = Connecter l'administrateur Azure avec un code d'appareil (un code et une URL sur stderr, à saisir sur n'importe quel appareil) au lieu du navigateur ; utilisé aussi quand aucun navigateur ne peut être ouvert
help-arg-graph-host = Remplacer l'hôte Microsoft Graph du cloud (proxys, tests) ; http uniquement pour le loopback
help-arg-hrd = La stratégie HRD (Home Realm Discovery) qui permet à Azure AD de vérifier le mot de passe d'un utilisateur fédéré
    .value-auto = Uniquement pour un utilisateur de synchronisation d'un domaine fédéré (`--username` nécessaire pour le savoir)
help-arg-new-secret = Ajouter un secret client même si celui stocké dans le profil est toujours sur l'application
help-arg-password-stdin = Lire le mot de passe de l'utilisateur de synchronisation sur l'entrée standard (pour valider les nouvelles informations d'identification)
help-arg-remove-old = Avec --resume --marketo-done, après un --create-secret : supprimer de l'application l'ancien secret client (celui du profil, par son ID de clé) une fois le nouveau en service
help-arg-secret-months = Durée de vie du nouveau secret client, en mois (12 par défaut)
help-app-create-arg-demo = Exécuter face au locataire de démonstration intégré : un administrateur et un annuaire simulés, rien de réel
help-app-show-arg-demo = Exécuter face au locataire de démonstration intégré (inscrit d'abord l'application de démonstration, comme `app create --demo`)
help-app-create-arg-json = Afficher un document JSON sur la sortie standard
help-app-show-arg-json = Afficher un document JSON sur la sortie standard
help-app-create-arg-name = Le nom d'affichage de l'inscription d'application
help-app-create-arg-org-url = L'URL de l'organisation Dynamics, p. ex. https://contoso.crm.dynamics.com (son locataire en est déduit)
help-app-show-arg-org-url = L'URL de l'organisation Dynamics, p. ex. https://contoso.crm.dynamics.com (son locataire en est déduit)
help-rotate-arg-print-secret = Avec --create-secret : écrire la Valeur du nouveau secret seule sur la sortie standard (pour les scripts)
help-app-create-arg-print-secret = Écrire la Valeur du nouveau secret seule sur la sortie standard (pour un pipe) au lieu du trousseau
help-app-create-arg-profile = Le profil qui reçoit l'application (créé s'il n'existe pas) : ID client, locataire, ID de clé, indice et expiration dans le profil, Valeur du secret dans le trousseau du système
help-app-show-arg-profile = Le profil dont l'application est affichée (son organisation, son locataire et son ID client)
help-rotate-arg-replication-wait = Secondes entre ces tentatives
help-app-create-arg-replication-wait = Durée d'attente de la réplication d'une nouvelle application ou d'un nouveau secret par Azure AD, en secondes
help-app-create-arg-secret-expires = Date d'expiration du nouveau secret client (YYYY-MM-DD)
help-app-create-arg-username = L'utilisateur de synchronisation (UPN) : détermine la stratégie HRD (domaine fédéré) et permet de valider les nouvelles informations d'identification

## Added with S2S (--auth) and dynsync fix

help-fix-about = Réparer le côté Dynamics (rôle, utilisateur de Marketo Config, étapes de plug-in, langue de l'interface, utilisateur d'application) avec la connexion d'un administrateur Dynamics, puis vérifier de nouveau
    .after =
        Les modifications sont faites avec la connexion d'un administrateur Dynamics (rôle Dataverse Administrateur système),
        dans le navigateur ou avec --device-code ; le jeton de l'administrateur reste en mémoire pour cette exécution uniquement.

        Exemples :
          dynsync fix --profile contoso-prod --dry-run
          dynsync fix --profile contoso-prod --device-code
          dynsync fix --profile contoso-prod --yes --json
          dynsync fix --demo --scenario s2s-no-app-user --yes
help-arg-dry-run = Afficher le plan et s'arrêter : rien n'est modifié
help-setup-arg-auth = Mode de connexion de la synchronisation : password (un utilisateur de synchronisation doté d'une licence) ou s2s (l'application en tant qu'utilisateur d'application Dataverse). Avec --path update sur un profil password : la procédure Reconfigure de Marketo, avec l'attente de 15 minutes après Basculer (Switch)
    .value-password = Un utilisateur de synchronisation doté d'une licence, avec l'octroi par mot de passe OAuth2 (ROPC) : le mode par défaut de Marketo
    .value-s2s = Serveur à serveur : les informations d'identification client de l'application, agissant en tant qu'utilisateur d'application Dataverse (connexion "Web API" / S2S de Marketo). Sans mot de passe, fonctionne là où la MFA est imposée
help-validate-arg-auth = Mode de connexion de la synchronisation : `password` (un utilisateur de synchronisation doté d'une licence, par défaut) ou `s2s` (les informations d'identification client de l'application en tant qu'utilisateur d'application Dataverse ; --username est alors l'adresse e-mail de l'utilisateur d'application, facultative)
    .value-password = Un utilisateur de synchronisation doté d'une licence, avec l'octroi par mot de passe OAuth2 (ROPC) : le mode par défaut de Marketo
    .value-s2s = Serveur à serveur : les informations d'identification client de l'application, agissant en tant qu'utilisateur d'application Dataverse (connexion "Web API" / S2S de Marketo). Sans mot de passe, fonctionne là où la MFA est imposée
help-profile-set-arg-auth = Mode de connexion de la synchronisation : password (un utilisateur de synchronisation doté d'une licence) ou s2s (un utilisateur d'application)
    .value-password = Un utilisateur de synchronisation doté d'une licence, avec l'octroi par mot de passe OAuth2 (ROPC) : le mode par défaut de Marketo
    .value-s2s = Serveur à serveur : les informations d'identification client de l'application, agissant en tant qu'utilisateur d'application Dataverse (connexion "Web API" / S2S de Marketo). Sans mot de passe, fonctionne là où la MFA est imposée
help-fix-arg-demo = Réparer un scénario de démonstration du locataire de démonstration intégré
help-fix-arg-json = Afficher un document JSON sur la sortie standard : planned, applied, failed, manual, validate
help-fix-arg-profile = La connexion enregistrée à vérifier et réparer
help-fix-arg-scenario = Avec --demo : le scénario à réparer (missing-role, config-unset, disabled-step, user-french, s2s-no-app-user, …)
help-fix-arg-yes = Effectuer les modifications prévues sans demander (pour les scripts)
