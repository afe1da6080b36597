# `dynsync app create` and `dynsync app show` (src/commands/app/).

app-demo-banner = [démo] Un locataire simulé et un administrateur Azure simulé : rien de réel n'est créé ni modifié.
app-show-demo-creating = [démo] Inscription préalable de l'application de démonstration (comme le fait `dynsync app create --demo`), puis affichage.
app-org-url-missing = L'URL de l'organisation manque : indiquez --org-url URL (ou définissez DYNSYNC_ORG_URL), p. ex. https://contoso.crm.dynamics.com.
app-needs-profile = Indiquez --profile NAME : la Valeur du nouveau secret client est placée dans le trousseau du système sous ce profil (créé s'il n'existe pas). Ou indiquez --print-secret pour que la Valeur soit écrite sur la sortie standard, pour un pipe. Rien n'a été créé.
app-password-stdin-tty = --password-stdin lit le mot de passe de l'utilisateur de synchronisation depuis un pipe, pas depuis un terminal : echo … | dynsync app create --password-stdin …, ou définissez DYNSYNC_PASSWORD.
app-secret-expires-past = --secret-expires { $date } n'est pas dans le futur : indiquez une date ultérieure, ou --secret-months N.
app-no-tenant = { $org } n'a pas nommé son locataire Azure AD dans son défi de connexion : indiquez --tenant ID|DOMAIN.

app-status-created = créé
app-status-there = déjà présent
app-status-refused = refusé
app-status-created-keyring = créé, sa Valeur stockée dans le trousseau du système (jamais affichée)
app-status-created-printed = créé, sa Valeur écrite sur la sortie standard

app-step-dynamics = Principal de service Dynamics CRM, étendue user_impersonation ({ $scope_id })
app-step-app = Application { $name } (ID client { $client_id })
app-step-sp = Principal de service { $id }
app-step-consent = Consentement administrateur : autorisation déléguée user_impersonation sur Dynamics CRM, pour tout le locataire
app-step-secret = Secret client { $key_id } (expire le { $expires })
app-step-secret-new = Nouveau secret client
app-step-hrd = Stratégie HRD (Home Realm Discovery) { $id } (AllowCloudPasswordValidation)
app-secret-kept-print = Secret client : celui du profil est toujours sur l'application, donc aucun n'a été ajouté ni affiché ; indiquez --new-secret pour en obtenir un autre.
app-hrd-policy-name = dynsync : validation du mot de passe dans le cloud pour { $name }
app-hrd-conflict = Le principal de service a déjà la stratégie HRD (Home Realm Discovery) { $id }, qui n'autorise pas la validation du mot de passe dans le cloud. Elle a été laissée telle quelle (une seule peut être attribuée) : changez sa définition en {"{"}"HomeRealmDiscoveryPolicy":{"{"}"AllowCloudPasswordValidation":true{"}"}{"}"} dans le Centre d'administration Microsoft Entra ou avec Graph, sinon Azure AD continuera de refuser le mot de passe de l'utilisateur de synchronisation (AADSTS50126).
app-phs-on = La synchronisation du hachage de mot de passe est activée (nécessaire au fonctionnement de la stratégie HRD).
app-phs-off = La synchronisation du hachage de mot de passe est désactivée : sans elle, Azure AD ne peut pas vérifier le mot de passe d'un utilisateur fédéré. Activez-la dans Microsoft Entra Connect, sinon la connexion de l'utilisateur de synchronisation continuera d'échouer.
app-phs-unknown = Rappel : la stratégie HRD ne fonctionne que si la synchronisation du hachage de mot de passe est activée (Microsoft Entra Connect) ; Graph n'a pas indiqué si elle l'est.

app-wait-app-replication = Azure AD n'a pas encore répliqué la nouvelle application
app-wait-signin-replication = les nouvelles informations d'identification ne sont pas encore utilisables (AADSTS{ $code }, réplication Azure AD en cours)
app-waiting = { $what } : nouvel essai dans { $secs } s…
app-replication-gave-up = Azure AD n'a pas rendu la nouvelle application visible en { $secs } s ({ $detail }). Relancez la même commande plus tard : elle reprend là où elle s'est arrêtée.

app-validate-heading = Validation avec les nouvelles informations d'identification
app-validate-how-profile = Pour vérifier les nouvelles informations d'identification comme le fera Marketo : dynsync validate --profile { $profile } (le mot de passe de l'utilisateur de synchronisation provenant de DYNSYNC_PASSWORD, de --secrets-stdin ou du trousseau).
app-validate-how = Pour vérifier les nouvelles informations d'identification comme le fera Marketo : dynsync validate avec --client-id, --username et --org-url (indiquez ici --username et le mot de passe pour que ce soit fait tout de suite).

app-op-read = lire l'annuaire (le principal de service de Dynamics CRM, l'application)
app-op-app = créer ou modifier l'inscription d'application
app-op-sp = créer le principal de service de l'application
app-op-consent = accorder le consentement administrateur pour tout le locataire (Dynamics CRM user_impersonation)
app-op-secret = ajouter un secret client à l'application
app-op-hrd = créer ou attribuer une stratégie HRD (Home Realm Discovery)
app-role-app-admins = Administrateur d'application (Application Administrator) ou Administrateur d'applications cloud (Cloud Application Administrator)
app-role-application-admin = Administrateur d'application (Application Administrator)
app-refused = Microsoft Graph a refusé à l'administrateur connecté l'opération suivante : { $operation } ({ $detail }). Le rôle d'annuaire qui l'autorise : { $role }. Connectez-vous en tant qu'administrateur qui le détient (ou faites-le-vous attribuer dans Entra ID → Rôles et administrateurs (Roles and administrators)), puis relancez la même commande : ce qui existe est conservé.
app-graph-refused = Microsoft Graph a refusé l'opération suivante : { $operation } (HTTP { $status }, { $detail }).
app-graph-missing = Microsoft Graph n'a pas pu { $operation } : { $detail }
app-secret-lifetime-cap = La stratégie de gestion des applications du locataire a refusé la durée de vie du secret : elle autorise au plus { $cap } (durée ISO 8601). Indiquez un --secret-months plus court ou un --secret-expires plus proche. Réponse de Graph : { $detail }
app-secret-lifetime-policy = Une stratégie de gestion des applications du locataire a refusé la durée de vie du secret : { $detail } Indiquez un --secret-months plus court ou un --secret-expires plus proche, ou adressez-vous au gestionnaire de cette stratégie.

app-show-no-app = Le profil { $profile } n'a pas d'inscription d'application (pas d'ID client) : exécutez d'abord dynsync app create --profile { $profile }.
app-show-not-found = L'application du profil { $profile } n'est pas dans ce locataire (supprimée, ou dans un autre locataire) : exécutez dynsync app create --profile { $profile } pour l'inscrire à nouveau.
app-show-permission = Autorisation de l'API : Dynamics CRM user_impersonation (déléguée)
app-show-no-permission = Autorisation de l'API manquante : Dynamics CRM user_impersonation (dynsync app create l'ajoute, en conservant les autres)
app-show-public-client = "Autoriser les flux de clients publics" (Allow public client flows) est activé : la connexion de Marketo est refusée (AADSTS700025) ; dynsync app create le désactive.
app-show-no-sp = Aucun principal de service (application d'entreprise) : personne ne peut se connecter à l'application ; dynsync app create l'ajoute.
app-show-consent = Consentement administrateur : accordé pour tout le locataire pour user_impersonation
app-show-no-consent = Consentement administrateur : non accordé pour user_impersonation (AADSTS65001 à la connexion) ; dynsync app create l'accorde.
app-show-hrd = Stratégie HRD (Home Realm Discovery) { $id } (autorise la validation du mot de passe dans le cloud : { $allows })
app-show-no-secrets = Aucun secret client sur l'application.
app-show-secret = Secret { $key_id } ({ $hint }…) "{ $description }" : { $start } → { $end }
app-show-secret-expired = , EXPIRÉ
app-show-secret-expiring = , expire dans { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    }
app-show-secret-profile = ; celui du profil
app-show-profile-secret-gone = Le secret client du profil n'est plus sur l'application (supprimé dans le portail ?) : dynsync app create --profile NAME --new-secret en ajoute un.
app-show-expiry-corrected = L'expiration enregistrée dans le profil était { $from } ; Azure AD indique { $to } : le profil indique désormais { $to }.

## rotate --create-secret (src/commands/app/rotate_secret.rs)

app-rotate-needs-profile = rotate --create-secret nécessite --profile NAME : le profil dont l'application reçoit le nouveau secret.
app-rotate-needs-print = rotate --create-secret sans terminal est la forme scriptée : ajoutez --print-secret (la nouvelle Valeur est écrite seule sur la sortie standard, pour que votre script la saisisse dans Marketo), puis exécutez rotate --profile NAME --resume --marketo-done [--remove-old]. Dans un terminal, omettez --print-secret pour la forme guidée.
app-rotate-profile-incomplete = Le profil { $profile } n'a pas d'ID client ou pas de nom d'utilisateur de synchronisation : exécutez d'abord dynsync app create --profile { $profile } (ou dynsync setup).
app-rotate-underway = Un renouvellement du profil { $profile } est déjà en cours (un secret en attente est conservé) : terminez-le avec dynsync rotate --profile { $profile } --resume, ou annulez-le avant d'en créer un autre.
app-rotate-no-password = Le nouveau secret est validé avant d'être conservé, ce qui nécessite le mot de passe de l'utilisateur de synchronisation : définissez DYNSYNC_PASSWORD ou stockez-le avec dynsync profile store-secret --profile { $profile } password.
app-rotate-created = Nouveau secret client { $key_id } créé ; validation avec une connexion identique à celle de Marketo…
app-rotate-failed-removed = Le nouveau secret client { $key_id } n'a pas réussi les vérifications : il a donc été retiré de l'application ; rien n'a changé (le secret actuel reste en service).
app-rotate-pending = Nouveau secret client { $key_id } validé et conservé en attente dans le trousseau. Une fois qu'il est saisi dans Marketo, exécutez : dynsync rotate --profile { $profile } --resume --marketo-done --remove-old
app-rotate-old-kept = L'ancien secret client { $key_id } est toujours sur l'application : supprimez-le quand plus rien ne l'utilise (dynsync app show --profile { $profile } liste les secrets).
app-rotate-old-unknown = L'ID de clé de l'ancien secret client n'est pas enregistré dans le profil : dynsync ne supprime donc rien. Supprimez l'ancien secret dans le portail (jamais un secret que le profil ne désigne pas).
app-rotate-old-gone = L'ancien secret client { $key_id } n'est plus sur l'application : rien à supprimer.
app-rotate-old-removed = L'ancien secret client { $key_id } a été supprimé de l'application.
app-rotate-remove-old-without-create = --remove-old supprime l'ancien secret d'un renouvellement commencé avec --create-secret, et ce profil n'en a aucun en attente. Supprimez un ancien secret dans le portail, ou commencez par rotate --create-secret --print-secret.
app-rotate-demo-creating = [démo] Inscription préalable de l'application de démonstration (comme le fait `dynsync app create --demo`), puis renouvellement de son secret en deux phases scriptées.
app-rotate-demo-marketo = [démo] Un script saisirait maintenant la nouvelle Valeur dans Marketo (Administration (Admin) → Microsoft Dynamics → Modifier les informations d'identification (Edit Credentials)) ; la démo continue comme s'il l'avait fait : rotate --resume --marketo-done --remove-old.
app-rotate-confirm-remove-old = Marketo utilise désormais le nouveau secret. Supprimer maintenant l'ancien secret client { $key_id } de l'application ? (Tout ce qui l'utilise encore cessera de fonctionner.)

## rotate --create-secret: the old secret kept because the admin declined its removal (src/commands/app/rotate_secret.rs)

# $key_id the old secret's key id (Secret ID); $portal the app's Certificates & secrets page.
app-rotate-old-kept-declined = Vous avez choisi de conserver l'ancien secret client { $key_id } : il est toujours sur l'application et fonctionne toujours. Supprimez-le quand plus rien ne l'utilise, dans le portail (Certificats et secrets (Certificates & secrets) → le secret dont l'ID est { $key_id } → Supprimer (Delete)) : { $portal }
