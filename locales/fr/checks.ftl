### checks

# The checks (src/checks): each check's summary line, and the .remedy attribute that says what to
# do. A check's id ($check, e.g. dynamics.whoami) is machine-readable and never translated.
# $note is " — " and Dataverse's own error message, or nothing; $status is an HTTP status.
# {" "} at the start of a value keeps its leading space.

## The run (src/checks/mod.rs).

# Progress, while the requests are out.
checks-progress-azure = interrogation d'Azure AD : locataire, domaine et jeton…
checks-progress-dynamics = vérification de Dynamics avec le jeton de l'utilisateur de synchronisation…
checks-interrupted = interrompu avant la fin de cette vérification
checks-input-ok = toutes les entrées sont bien formées
# One line of the input check's remedy: an input's name (input-field-…) and its fix.
checks-input-fix-for-field = { $field } : { $fix }
checks-skip-invalid-input = non exécutée : corrigez d'abord l'entrée (rien n'a été envoyé)
checks-skip-needs-token = non exécutée : nécessite un jeton (voir la vérification du jeton)
# The fix when the HTTP client cannot be built from --ca-bundle.
checks-ca-bundle-unusable = passez --ca-bundle avec un fichier PEM lisible de certificats d'autorité (CA)
# $who is the sync user; $url the org URL.
checks-token-issued = Azure AD a délivré un jeton à { $who } pour { $url }
checks-token-issued-valid-for = Azure AD a délivré un jeton à { $who } pour { $url } (valide { $minutes } min)

## The tenant (src/checks/signin.rs). $tenant is the org's tenant ID; $host the org's host.

# $tenant is --tenant as given; $summary the Azure AD error's headline.
checks-tenant-given-refused = --tenant { $tenant } : { $summary }
checks-tenant-adfs = { $host } se connecte via un AD FS local ({ $authority }), et non via Azure AD
    .remedy = dynsync vérifie Dynamics 365 Online avec Azure AD. Pour Dynamics local (IFD), suivez la procédure de configuration locale de Marketo ; l'octroi par mot de passe auprès d'Azure AD ne s'applique pas
# $detail says what answered instead.
checks-tenant-not-dataverse = { $url } n'est pas un point de terminaison Dynamics 365 (Dataverse) : { $detail }
    .remedy = copiez l'URL de l'organisation depuis le Centre d'administration Power Platform (Environnements (Environments) → votre environnement → URL de l'environnement (Environment URL)), p. ex. https://contoso.crm.dynamics.com. Marketo ne permet plus de modifier cette URL après le premier enregistrement
# $given is the tenant --tenant resolves to.
checks-tenant-given-mismatch = --tenant correspond à { $given }, mais { $host } appartient au locataire { $tenant }
    .remedy = omettez --tenant (dynsync découvre le locataire de l'organisation) ou passez le locataire de l'organisation
# $user_tenant is the tenant the sync user signed in to.
checks-tenant-user-elsewhere = { $who } se connecte au locataire { $user_tenant }, mais { $host } appartient au locataire { $tenant }
    .remedy = l'utilisateur de synchronisation doit être membre du locataire de l'organisation : utilisez un compte de cet annuaire (pas un invité venant d'un autre annuaire), ou vérifiez l'URL de l'organisation
checks-tenant-from-given = locataire { $tenant } (déduit de --tenant et confirmé par l'organisation)
checks-tenant-discovered = locataire { $tenant } (d'après la demande d'authentification de l'organisation)

## The user's realm. $domain is the sync user's domain.

checks-realm-managed = { $domain } est un domaine managé : Azure AD vérifie lui-même le mot de passe
# The federation service's host, after "is federated" ($via below), when it is known.
checks-realm-via = {" "}({ $host })
checks-realm-federated-accepted = { $domain } est fédéré{ $via }, et Azure AD a accepté le mot de passe : une stratégie HRD et la synchronisation du hachage de mot de passe sont en place
    .remedy = laissez la synchronisation du hachage de mot de passe activée pour ce domaine : si elle est désactivée, la synchronisation Marketo ne peut plus se connecter
checks-realm-federated = { $domain } est fédéré{ $via } : l'octroi par mot de passe nécessite une stratégie HRD et la synchronisation du hachage de mot de passe
# The remedy of checks-realm-federated when the token check shows the commands.
checks-realm-see-token = voir la vérification du jeton pour les commandes
checks-realm-unknown = { $domain } n'est un domaine d'aucun locataire Azure AD
    .remedy = vérifiez le nom d'utilisateur de synchronisation : ce doit être le nom d'utilisateur principal de l'utilisateur dans le locataire Dynamics (Centre d'administration Microsoft Entra → Utilisateurs (Users))

## The client secret's expiry (src/checks/expiry.rs). $date is the expiry date; $days a number.

checks-expiry-unknown = la date d'expiration du secret client est inconnue
    .remedy = enregistrez-la (la page Certificats et secrets (Certificates & secrets) du portail l'indique) : dynsync profile set { $profile } --secret-expires YYYY-MM-DD, ou passez --secret-expires
checks-expiry-expired =
    le secret client a expiré le { $date } (il y a { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    }) : la synchronisation ne peut pas se connecter
checks-expiry-in =
    le secret client expire le { $date }, dans { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    }
# $profile is the profile checked, or NAME.
checks-expiry-azure-says-expired = Azure AD indique que le secret client a expiré (AADSTS7000222) : la synchronisation ne peut pas se connecter
checks-expiry-azure-says-expired-date-wrong = Azure AD indique que le secret client a expiré (AADSTS7000222), alors que la date d'expiration enregistrée est le { $date } : cette date est fausse (la page Certificats et secrets (Certificates & secrets) du portail indique la vraie)
checks-expiry-rotate = créez un nouveau secret client à côté de l'ancien et saisissez-le dans Marketo : dynsync rotate --profile { $profile }

## The organization (src/checks/organization.rs). A name Dataverse did not send is "?".

checks-org-ok = organisation "{ $friendly }" (nom unique { $unique }, version { $version }) : assurez-vous que c'est bien l'organisation avec laquelle Marketo doit se synchroniser
checks-org-unreadable = impossible de lire les détails de l'organisation ({ $why })
    .remedy = confirmez l'organisation dans le Centre d'administration Power Platform avant d'enregistrer l'URL dans Marketo : elle ne pourra plus être modifiée

## Dataverse with the sync user's token (src/checks/dataverse.rs). $host is the org's host;
## $who the sync user.

# Why Dataverse refused a query ($why in the summaries below): the HTTP status, Dataverse's error
# code ($code, e.g. 0x80040220) and what the code says; $privilege is the privilege Dataverse
# names (e.g. prvReadSolution); $message is Dataverse's own message.
checks-why-status = HTTP { $status }
checks-why-status-message = HTTP { $status } : { $message }
checks-why-not-member = HTTP { $status }, { $code } : non membre de l'organisation
checks-why-privilege = HTTP { $status }, { $code } : { $privilege } manquant
checks-why-privilege-unnamed = HTTP { $status }, { $code } : un privilège manque
checks-why-code = HTTP { $status }, { $code }
checks-why-code-message = HTTP { $status }, { $code } : { $message }

checks-skip-whoami-refused = non exécutée : Dataverse a refusé l'utilisateur de synchronisation (voir { $check })
checks-whoami-ok = { $host } accepte le jeton (WhoAmI : utilisateur { $user })
# $code is Dataverse's error code, 0x80072560.
checks-whoami-not-member = { $who } n'est pas membre de l'environnement { $host } (HTTP { $status }, { $code })
    .remedy =
        Ajoutez l'utilisateur de synchronisation à l'environnement : attribuez-lui une licence Dynamics 365 (Centre d'administration Microsoft 365 → Utilisateurs (Users) → l'utilisateur de synchronisation → Licences (Licenses)), puis, dans le Centre d'administration Power Platform → Environnements (Environments) → l'environnement de { $host } → Paramètres (Settings) → Utilisateurs + autorisations (Users + permissions) → Utilisateurs (Users) → Ajouter un utilisateur (Add user).
        Si l'environnement est restreint à un groupe de sécurité (Paramètres (Settings) → Utilisateurs + autorisations (Users + permissions) → Groupe de sécurité (Security group)), ajoutez l'utilisateur de synchronisation à ce groupe. Vérifiez de nouveau une fois l'utilisateur listé sous Utilisateurs (Users).
checks-whoami-missing-privilege = { $host } a refusé l'accès à { $who } ({ $why })
    .remedy = le rôle Marketo Sync User accorde { $privilege } : dans Dynamics, Paramètres (Settings) → Sécurité (Security) → Utilisateurs (Users) → l'utilisateur de synchronisation → Gérer les rôles (Manage Roles) → cochez "Marketo Sync User" → OK
# $privilege in checks-whoami-missing-privilege.remedy when Dataverse did not name it.
checks-whoami-privilege-unnamed = le privilège manquant
checks-whoami-401 = { $host } a refusé le jeton ({ $why }) : { $who } n'est probablement pas un utilisateur de cet environnement
    .remedy = ajoutez l'utilisateur de synchronisation à l'environnement : attribuez-lui une licence Dynamics 365 dans le Centre d'administration Microsoft 365, vérifiez qu'il fait partie du groupe de sécurité de l'environnement (s'il y en a un), et attendez qu'il apparaisse sous Paramètres (Settings) → Sécurité (Security) → Utilisateurs (Users)
checks-whoami-403 = { $host } a refusé l'accès ({ $why }) : l'utilisateur de synchronisation n'a pas les privilèges nécessaires
    .remedy = attribuez à l'utilisateur de synchronisation un rôle de sécurité (Marketo Sync User) dans Paramètres (Settings) → Sécurité (Security) → Utilisateurs (Users) → Gérer les rôles (Manage Roles)
checks-whoami-404 = { $host } n'a pas d'API web Dataverse (HTTP 404)
    .remedy = vérifiez l'URL de l'organisation : ce doit être l'URL de l'environnement, p. ex. https://contoso.crm.dynamics.com

## The sync user's record. $name is its full name in Dynamics.

checks-skip-user-unknown = non exécutée : l'utilisateur de synchronisation n'a pas pu être identifié
checks-user-unreadable = impossible de lire l'enregistrement de l'utilisateur de synchronisation ({ $why })
    .remedy = vérifiez dans Dynamics : Paramètres (Settings) → Sécurité (Security) → Utilisateurs (Users) → l'utilisateur de synchronisation est activé et doté d'une licence
checks-user-missing = { $host } n'a aucun enregistrement utilisateur pour { $who }
    .remedy = attribuez une licence Dynamics 365 à l'utilisateur de synchronisation et ajoutez-le à cet environnement ; il apparaît sous Paramètres (Settings) → Sécurité (Security) → Utilisateurs (Users) une fois synchronisé
checks-user-disabled = l'utilisateur Dynamics { $name } est désactivé
    .remedy = activez l'utilisateur : il lui faut une licence Dynamics 365 (Centre d'administration Microsoft 365) et sa connexion ne doit pas être bloquée ; vérifiez ensuite Paramètres (Settings) → Sécurité (Security) → Utilisateurs activés (Enabled Users)
checks-user-ok = { $name } est activé et doté d'une licence
# $notes are the checks-user-note-… texts that apply, joined by ", ".
checks-user-doubtful = { $name } est activé, mais { $notes }
checks-user-note-non-interactive = son mode d'accès est Non interactif (Non-interactive)
    .remedy = la connexion ROPC de Marketo attend un utilisateur interactif (Lecture-écriture) doté d'une licence : réglez Mode d'accès (Access Mode) sur Lecture-écriture (Read-Write) dans le formulaire de l'utilisateur
checks-user-note-unlicensed = il n'a pas de licence Dynamics 365
    .remedy = attribuez une licence Dynamics 365 à l'utilisateur de synchronisation dans le Centre d'administration Microsoft 365
# $language is a Windows language id (LCID); 1033 is English.
checks-user-note-language = sa langue d'interface est { $language }, pas l'anglais (1033)
    .remedy = Marketo demande un utilisateur de synchronisation en anglais : connectez-vous en tant qu'utilisateur de synchronisation → Paramètres (engrenage) → Paramètres de personnalisation (Personalization Settings) → Langues (Languages) → Langue de l'interface utilisateur (User Interface Language) : English

## The sync user's roles. $role is the Marketo solution's role, "Marketo Sync User".

checks-skip-roles-no-user = non exécutée : l'enregistrement de l'utilisateur de synchronisation n'a pas pu être lu
    .remedy = vérifiez dans Dynamics : Paramètres (Settings) → Sécurité (Security) → Utilisateurs (Users) → l'utilisateur de synchronisation → Gérer les rôles (Manage Roles) → Marketo Sync User
checks-roles-direct = l'utilisateur de synchronisation a le rôle { $role }
checks-roles-team = l'utilisateur de synchronisation a le rôle { $role } par l'équipe { $team }
# A team whose name Dataverse did not send, as $team above.
checks-roles-unnamed-team = une équipe
# $has is checks-roles-has-none or checks-roles-has-only; $teams is checks-roles-teams-… or nothing.
checks-roles-missing = l'utilisateur de synchronisation n'a pas le rôle { $role } : il a { $has }{ $teams }
    .remedy =
        Dans Dynamics : Paramètres (Settings) → Sécurité (Security) → Utilisateurs (Users) → sélectionnez l'utilisateur de synchronisation → Gérer les rôles (Manage Roles) → cochez "Marketo Sync User" → OK.
        Si le rôle ne figure pas dans la liste, la solution Marketo n'est pas importée (voir { $check }).
checks-roles-has-none = aucun rôle de sécurité
# $roles are the user's role names, joined by ", ".
checks-roles-has-only = seulement { $roles }
checks-roles-teams-status = {" "}(les rôles d'équipe n'ont pas pu être lus : { $why })
checks-roles-teams-error = {" "}(les rôles d'équipe n'ont pas pu être lus : { $error })

## The Marketo solution. $solution is its name, "Marketo Lead Management"; $version its version.

checks-solution-forbidden = l'utilisateur de synchronisation ne peut pas lire les solutions ({ $why })
    .remedy = vérifiez manuellement : Dynamics → Paramètres (Settings) → Solutions liste "{ $solution }"
checks-solution-unreadable = impossible de lire les solutions (HTTP { $status }){ $note }
checks-solution-missing = la solution "{ $solution }" n'est pas installée
    .remedy = Importez la solution : Marketo → Administration (Admin) → CRM → Microsoft → Télécharger la solution Marketo (Download Marketo Solution) ; puis dans Dynamics : Paramètres (Settings) → Solutions → Importer (Import) → choisissez le zip → Suivant (Next) → Importer (Import) ("terminé avec avertissement" est normal) → Publier toutes les personnalisations (Publish All Customizations)
checks-solution-ok = { $solution } { $version } est installée
checks-solution-old = { $solution } { $version } est installée ; les versions antérieures à 4.0.0.14 exigent le rôle de synchronisation pour chaque utilisateur
    .remedy = mettez la solution à jour : téléchargez la dernière version depuis Marketo (Administration (Admin) → Microsoft Dynamics → Télécharger la solution Marketo (Download Marketo Solution)) et importez-la par-dessus l'ancienne en choisissant Mettre à jour (Update) et Conserver les personnalisations (Maintain customizations)

## The solution's plug-in steps, and its Marketo Config.

checks-skip-not-installed = non exécutée : la solution n'est pas installée
# The remedy when the steps could not be read.
checks-steps-by-hand = vérifiez manuellement : dans Dynamics, Paramètres (Settings) → Solutions → Marketo Lead Management → Étapes de traitement des messages SDK (SDK Message Processing Steps) : l'état de chaque étape doit être Activé (Enabled)
checks-steps-forbidden = l'utilisateur de synchronisation n'a pas le droit de lire les étapes de plug-in ({ $why })
checks-steps-unreadable = impossible de lire les étapes de plug-in (HTTP { $status }){ $note }
checks-steps-none-visible = aucune étape de plug-in de la solution n'est visible pour l'utilisateur de synchronisation
checks-steps-ok =
    { $total ->
        [one] l'unique étape de plug-in de la solution est activée
       *[other] les { $total } étapes de plug-in de la solution sont toutes activées
    }
# $names are the disabled steps' names, joined by "; ".
checks-steps-disabled = { $disabled } étape(s) de plug-in sur { $total } désactivée(s) : { $names }
    .remedy = Dans Dynamics : Paramètres (Settings) → Solutions → Marketo Lead Management → Étapes de traitement des messages SDK (SDK Message Processing Steps) → sélectionnez chaque étape désactivée → Activer (Activate)
# A step whose name Dataverse did not send.
checks-steps-unnamed = (étape sans nom)

# The remedy when the Marketo Config row could not be read.
checks-config-by-hand = vérifiez manuellement : dans Dynamics, Paramètres (Settings) → Marketo Config → Default : le champ Marketo User désigne l'utilisateur de synchronisation
# The remedy when Marketo Config names no user or the wrong one.
checks-config-set-user = Dans Dynamics : Paramètres (Settings) → Marketo Config → Default → Marketo User : choisissez l'utilisateur de synchronisation → Enregistrer (Save) ; puis Paramètres (Settings) → Solutions → Publier toutes les personnalisations (Publish All Customizations)
checks-config-tables-forbidden = l'utilisateur de synchronisation n'a pas le droit de lire les définitions de table ({ $why })
checks-config-table-missing = la table Marketo Config est introuvable parmi les tables de la solution
checks-config-forbidden = l'utilisateur de synchronisation ne peut pas lire Marketo Config ({ $why })
    .remedy = l'utilisateur de synchronisation a besoin d'un accès en lecture à Marketo Config : attribuez-lui le rôle Marketo Sync User (Paramètres (Settings) → Sécurité (Security) → Utilisateurs (Users) → Gérer les rôles (Manage Roles))
checks-config-unreadable = impossible de lire Marketo Config (HTTP { $status }){ $note }
checks-config-no-default = Marketo Config n'a pas d'enregistrement Default
checks-config-unset = Marketo Config "Default" ne désigne aucun Marketo User
# $user is the user Marketo Config names (its name, or its id).
checks-config-ok = Marketo Config "Default" désigne l'utilisateur de synchronisation ({ $user })
checks-config-other = Marketo Config "Default" désigne { $user }, et non { $who }
    .remedy =
        { checks-config-set-user }
        (Ou, si { $user } est bien l'utilisateur de synchronisation voulu, saisissez plutôt les informations d'identification de cet utilisateur.)
checks-config-user-id-unknown = Marketo Config "Default" désigne { $user } ; l'ID de l'utilisateur de synchronisation est inconnu

# Under any check that could not be made because a service did not answer as a service should.
checks-unreachable-remedy = vérifiez le chemin réseau (proxy : HTTPS_PROXY/NO_PROXY ; inspection TLS d'entreprise : --ca-bundle FILE) et réessayez

## The tenant, continued (issue 10). $tenant is the org's tenant ID; $host the org's host.

# Under the tenant check when the org's server failed or was throttled (HTTP 5xx or 429).
checks-tenant-probe-failed-remedy = { $host } n'a pas pu répondre pour l'instant (le serveur a échoué ou était occupé) : réessayez plus tard ; si le problème persiste, vérifiez l'état de l'environnement dans le Centre d'administration Power Platform
# $domain is the sync user's domain; $user_tenant the tenant its OpenID configuration names.
checks-tenant-user-domain-elsewhere = { $who } est un utilisateur du locataire { $user_tenant } (le locataire de { $domain }), mais { $host } appartient au locataire { $tenant }
    .remedy = l'utilisateur de synchronisation doit être un utilisateur du locataire { $tenant } de l'organisation : utilisez un compte dont le nom d'utilisateur se termine par l'un des domaines de ce locataire (et non un utilisateur d'un autre annuaire), ou vérifiez l'URL de l'organisation
# Under a refused token when the tenant check found the user in another tenant.
checks-token-see-tenant = l'utilisateur de synchronisation appartient à un autre locataire que l'organisation : voir la vérification du locataire

# The Marketo Config check's summary, with how its table was found. $summary is the verdict,
# $table the table's logical name, $way join | metadata | cache.
checks-config-found-by = { $summary } (table { $table }, { $way ->
        [join] trouvée par la jointure des composants de la solution
        [cache] mémorisée par le profil
       *[metadata] trouvée via l'API de métadonnées
    })
# The search for the Marketo Config table was answered with neither rows nor a refusal.
checks-config-tables-unreadable = impossible de lister les tables de la solution (HTTP { $status }){ $note }

## The sync user's UI language by its Windows language id (LCID), for checks-user-note-language:
## the languages Dynamics 365 offers; another id is shown as the number alone.

# fr: with its article ("l'arabe", "le français"), as checks-user-note-language reads "sa langue d'interface est …".
checks-user-language =
    { $lcid ->
        [1025] l'arabe ({ $lcid })
        [1026] le bulgare ({ $lcid })
        [1027] le catalan ({ $lcid })
        [1028] le chinois (traditionnel) ({ $lcid })
        [1029] le tchèque ({ $lcid })
        [1030] le danois ({ $lcid })
        [1031] l'allemand ({ $lcid })
        [1032] le grec ({ $lcid })
        [1033] l'anglais ({ $lcid })
        [1035] le finnois ({ $lcid })
        [1036] le français ({ $lcid })
        [1037] l'hébreu ({ $lcid })
        [1038] le hongrois ({ $lcid })
        [1040] l'italien ({ $lcid })
        [1041] le japonais ({ $lcid })
        [1042] le coréen ({ $lcid })
        [1043] le néerlandais ({ $lcid })
        [1044] le norvégien (bokmål) ({ $lcid })
        [1045] le polonais ({ $lcid })
        [1046] le portugais (Brésil) ({ $lcid })
        [1048] le roumain ({ $lcid })
        [1049] le russe ({ $lcid })
        [1050] le croate ({ $lcid })
        [1051] le slovaque ({ $lcid })
        [1053] le suédois ({ $lcid })
        [1054] le thaï ({ $lcid })
        [1055] le turc ({ $lcid })
        [1057] l'indonésien ({ $lcid })
        [1058] l'ukrainien ({ $lcid })
        [1060] le slovène ({ $lcid })
        [1061] l'estonien ({ $lcid })
        [1062] le letton ({ $lcid })
        [1063] le lituanien ({ $lcid })
        [1066] le vietnamien ({ $lcid })
        [1069] le basque ({ $lcid })
        [1081] l'hindi ({ $lcid })
        [1086] le malais ({ $lcid })
        [1087] le kazakh ({ $lcid })
        [1110] le galicien ({ $lcid })
        [2052] le chinois (simplifié) ({ $lcid })
        [2070] le portugais (Portugal) ({ $lcid })
        [2074] le serbe (latin) ({ $lcid })
        [3076] le chinois (RAS de Hong Kong) ({ $lcid })
        [3082] l'espagnol ({ $lcid })
        [3098] le serbe (cyrillique) ({ $lcid })
       *[other] { $lcid }
    }

## Server-to-Server (S2S): the app's client credentials as a Dataverse application user
## (issue 14). $client_id is the app's client ID; $host the org's host; $name the application
## user's name.

checks-s2s-realm-not-used = non utilisé en S2S (l'application se connecte avec ses informations d'identification client, sans domaine d'utilisateur)
# S2S without --tenant, when the org's sign-in challenge named no tenant (see the tenant check).
checks-s2s-token-no-tenant = non demandé : le S2S nécessite le locataire, et le défi de connexion de l'organisation n'en a nommé aucun (voir la vérification du locataire ; ou indiquez --tenant)
# Under a refused password grant for MFA or Conditional Access. $command is the command to run.
checks-s2s-offer = Ou passez la connexion au mode Serveur à serveur (S2S, "Web API") de Marketo, qui se connecte en tant qu'utilisateur d'application sans mot de passe (la MFA ne s'applique pas) : créez l'utilisateur d'application (ou laissez `dynsync fix` le faire), puis vérifiez-le avec : { $command }
# Under AADSTS7000215 for an S2S connection.
checks-s2s-secret-other-app = En S2S, le secret doit appartenir à l'application { $client_id } elle-même (Inscriptions d'applications (App registrations) → l'application → Certificats et secrets (Certificates & secrets)) : un secret d'une autre inscription d'application est refusé de la même façon.
checks-s2s-no-app-user = { $host } ne connaît aucun utilisateur d'application pour l'application { $client_id } (HTTP { $status }, { $code })
    .remedy =
        Créez l'utilisateur d'application : Centre d'administration Power Platform → Environnements (Environments) → l'environnement → Paramètres (Settings) → Utilisateurs + autorisations (Users + permissions) → Utilisateurs d'application (Application users) → Nouvel utilisateur d'application (New app user) → Ajouter une application (Add an app) → l'application { $client_id } → l'unité commerciale → rôle de sécurité "Marketo Sync User" → Créer (Create).
        Ou laissez dynsync le faire avec la connexion d'un administrateur Dynamics : dynsync fix --profile NAME
checks-s2s-user-missing = { $host } n'a aucun utilisateur d'application pour l'application { $client_id }
checks-s2s-user-disabled = l'utilisateur d'application { $name } est désactivé
    .remedy = Centre d'administration Power Platform → Environnements (Environments) → l'environnement → Paramètres (Settings) → Utilisateurs + autorisations (Users + permissions) → Utilisateurs d'application (Application users) → l'utilisateur de l'application → Activer (Activate) (ou : dynsync fix --profile NAME)
checks-s2s-user-ok = l'utilisateur d'application { $name } est activé ; son adresse e-mail { $email } est le nom d'utilisateur de Marketo
# No --username given: nothing to compare the email with.
checks-s2s-user-ok-email-unchecked = l'utilisateur d'application { $name } est activé ; saisissez son adresse e-mail { $email } comme nom d'utilisateur (Username) dans Marketo
checks-s2s-user-ok-no-email = l'utilisateur d'application { $name } est activé mais n'a pas d'adresse e-mail
    .remedy = Le formulaire S2S de Marketo prend l'adresse e-mail de l'utilisateur d'application comme nom d'utilisateur (Username) : donnez une adresse e-mail à l'utilisateur d'application (Centre d'administration Power Platform → Utilisateurs d'application (Application users) → l'utilisateur de l'application → Modifier (Edit))
# $email is the application user's email (or checks-s2s-email-none), $given the --username.
checks-s2s-email-mismatch = l'utilisateur d'application { $name } a l'adresse e-mail { $email }, et non { $given }
    .remedy = En S2S, le nom d'utilisateur de Marketo est l'adresse e-mail de l'utilisateur d'application : utilisez { $email } comme --username et comme nom d'utilisateur (Username) dans Marketo (ou changez l'adresse e-mail de l'utilisateur d'application)
checks-s2s-email-none = aucune adresse e-mail
checks-s2s-no-roles = l'utilisateur d'application n'a aucun rôle de sécurité (il lui faut { $role })
checks-s2s-role-missing = l'utilisateur d'application n'a pas le rôle { $role } : il a { $roles }
    .remedy = Centre d'administration Power Platform → Environnements (Environments) → l'environnement → Paramètres (Settings) → Utilisateurs + autorisations (Users + permissions) → Utilisateurs d'application (Application users) → l'utilisateur de l'application → Modifier les rôles de sécurité (Edit security roles) → "Marketo Sync User" → Enregistrer (Save) (ou : dynsync fix --profile NAME)
checks-s2s-roles-ok = l'utilisateur d'application a le rôle { $role }
