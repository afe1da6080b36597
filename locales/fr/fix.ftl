# `dynsync fix` (src/fix/, src/commands/fix.rs): the plan of changes that repair the Dynamics
# side with a Dynamics admin's sign-in, its application, and what stays manual.

## The records a change applies to. $user is a user's name and id; $id a record's id.

fix-target-user = systemuser { $user }
fix-target-user-settings = usersettings de { $user }
fix-target-new-app-user = systemuser : un nouvel utilisateur d'application pour l'application { $client_id }
fix-target-step = sdkmessageprocessingstep "{ $step }" ({ $id })
fix-target-config = { $table } "Default" ({ $id }), Marketo User
# The application user the plan creates, named before it exists.
fix-new-app-user = le nouvel utilisateur d'application de l'application { $client_id }

## Before → after.

fix-state-disabled = désactivé
fix-state-enabled = activé
fix-state-none = aucun
fix-state-nobody = personne
fix-state-no-roles = aucun rôle de sécurité
fix-state-no-email = aucune adresse e-mail
# $business_unit is the business unit's id.
fix-state-app-user = utilisateur d'application dans l'unité commerciale { $business_unit }, adresse e-mail { $email }
fix-state-role = { $role } (de l'unité commerciale { $business_unit })
fix-state-english = { $lcid } (anglais)

## What each action does, as the plan shows it.

fix-action = { $action ->
        [create_app_user] créer l'utilisateur d'application
        [enable_app_user] activer l'utilisateur d'application
        [associate_role] attribuer le rôle Marketo Sync User
        [set_config_user] renseigner le champ Marketo User de Marketo Config
        [enable_step] activer l'étape de plug-in
       *[set_ui_language] définir la langue de l'interface sur l'anglais
    }

## What stays manual.

fix-manual-not-member = { $user } n'est pas un utilisateur de { $host } : attribuez-lui une licence Dynamics 365 (Centre d'administration Microsoft 365 → Utilisateurs (Users) → l'utilisateur → Licences (Licenses)), puis Centre d'administration Power Platform → Environnements (Environments) → l'environnement → Paramètres (Settings) → Utilisateurs + autorisations (Users + permissions) → Utilisateurs (Users) → Ajouter un utilisateur (Add user). Relancez ensuite dynsync fix.
fix-manual-user-disabled = L'utilisateur de synchronisation { $user } est désactivé. Un utilisateur doté d'une licence s'active dans Microsoft 365, pas dans Dynamics : Centre d'administration Microsoft 365 → Utilisateurs (Users) → l'utilisateur → débloquez la connexion et attribuez une licence Dynamics 365 ; il est ensuite activé dans l'environnement en quelques minutes.
fix-manual-create-app-user = Créez l'utilisateur d'application à la main : Centre d'administration Power Platform → Environnements (Environments) → l'environnement → Paramètres (Settings) → Utilisateurs + autorisations (Users + permissions) → Utilisateurs d'application (Application users) → Nouvel utilisateur d'application (New app user) → l'application { $client_id } → l'unité commerciale racine → rôle de sécurité "Marketo Sync User".
fix-manual-no-role = Le rôle { $role } n'existe pas dans l'unité commerciale de l'utilisateur : importez la solution Marketo (Marketo → Administration (Admin) → CRM → Microsoft → Télécharger la solution Marketo (Download Marketo Solution) ; Dynamics → Paramètres (Settings) → Solutions → Importer (Import)), puis relancez dynsync fix.
fix-manual-solution = La solution { $solution } n'est pas installée : téléchargez-la depuis Marketo (Administration (Admin) → CRM → Microsoft → Télécharger la solution Marketo (Download Marketo Solution)), importez-la dans Dynamics (Paramètres (Settings) → Solutions → Importer (Import)) et publiez toutes les personnalisations ; relancez ensuite dynsync fix.
fix-manual-config = Dynamics → Paramètres (Settings) → Marketo Config → Default → Marketo User : l'utilisateur de synchronisation → Enregistrer (Save) → Publier toutes les personnalisations (Publish All Customizations) (dynsync n'a pas trouvé la ligne Default ou sa recherche Marketo User).
fix-manual-enable-app-user = activez-le à la main : Centre d'administration Power Platform → Environnements (Environments) → l'environnement → Paramètres (Settings) → Utilisateurs + autorisations (Users + permissions) → Utilisateurs d'application (Application users) → l'utilisateur de l'application → Activer (Activate)
# $status is the HTTP status; $why Dataverse's message.
fix-write-refused = Dataverse a refusé la modification (HTTP { $status }) : { $why }
fix-not-sent-no-app-user = non envoyé : l'utilisateur d'application n'a pas pu être créé

## The command's screens.

fix-nothing-to-fix = Rien à corriger côté Dynamics.
fix-sign-in-first = dynsync fix répare le côté Dynamics une fois que la synchronisation parvient à se connecter : corrigez d'abord les vérifications de connexion en échec ci-dessus (voir ce qu'elles indiquent de faire), puis relancez dynsync fix.
fix-signing-in = Les modifications nécessitent la connexion d'un administrateur Dynamics (rôle Dataverse Administrateur système (System Administrator)) pour { $host } : un jeton pour cette exécution uniquement, jamais stocké.
# $count is the number of changes.
fix-plan-heading = { $count ->
        [0] Aucune modification à faire d'ici.
        [one] Le plan : une modification
       *[other] Le plan : { $count } modifications
    }
# One planned change: $n its number, $check the check it repairs, $action what it does
# (fix-action), $target the record.
fix-plan-change = { $n }. { $check } : { $action }
    enregistrement : { $target }
    { $from } → { $to }
fix-manual-heading = À faire à la main :
fix-manual-item = { $check } : { $steps }
fix-ask-apply = { $count ->
        [one] Effectuer cette modification ?
       *[other] Effectuer ces { $count } modifications ?
    }
fix-dry-run = Simulation : rien n'a été modifié.
fix-declined = Rien n'a été modifié.
fix-refuse-no-terminal = dynsync fix ne modifie Dynamics qu'une fois le plan confirmé : exécutez-le dans un terminal pour répondre, avec --dry-run pour voir le plan, ou avec --yes pour le confirmer dans un script.
fix-applied = ✓ { $action } : { $target }
fix-failed = ✗ { $action } : { $target } — { $error }
fix-validating-again = Nouvelle vérification avec les propres informations d'identification de la connexion…
fix-needs-profile = dynsync fix nécessite --profile NAME (ou --demo) : il vérifie et répare une connexion enregistrée.
# `fix --demo`: the scenario repaired. $about is the scenario's description.
fix-demo-banner = Locataire de démonstration (Azure AD + Dataverse simulés en HTTPS sur loopback ; rien ne quitte cette machine) : scénario { $scenario } — { $about }
# The admin's token was refused a read the plan needs. $error is Dataverse's answer.
fix-admin-refused = Dataverse a refusé les lectures de l'administrateur ({ $error }) : l'administrateur doit avoir le rôle de sécurité Administrateur système (System Administrator) dans cet environnement (Centre d'administration Power Platform → l'environnement → Paramètres (Settings) → Utilisateurs + autorisations (Users + permissions) → Utilisateurs (Users) → l'administrateur → Gérer les rôles de sécurité (Manage security roles)).
# Over the report of the last validation. $host is the org's host.
fix-report-heading = Nouvelle vérification de { $host }
# Over the report when nothing was changed.
fix-report-heading-first = Vérification de { $host }

## What the admin read for the checks the sync user could not read.

fix-read-heading = Lu avec la connexion de l'administrateur (l'utilisateur de synchronisation ne peut peut-être pas lire ces éléments) :
fix-read-solution = { $solution } { $version } est installée
fix-read-steps = { $disabled ->
        [0] les { $total } étapes de plug-in de la solution sont toutes activées
       *[other] { $disabled } étapes de plug-in sur { $total } sont désactivées
    }
fix-read-config = Marketo Config "Default" désigne { $user }
