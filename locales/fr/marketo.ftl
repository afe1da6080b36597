# Marketo (src/marketo.rs): its "Validate Sync Setup" checklist, Adobe's fix for a red X on
# each item, and its setup steps as its UI names them.

## The checklist's seven items in Marketo's order, as Marketo words them; .fix is Adobe's fix.
## (The JSON output keeps Marketo's English wording as the item's key, whatever the language.)

marketo-item-url = L'URL est valide (URL is valid)
    .fix = Vérifiez l'URL de l'organisation : Dynamics → Paramètres (Settings) → Personnalisations (Customizations) → Ressources pour les développeurs (Developer Resources) → Points de terminaison du service (Service Endpoints). Ce doit être l'organisation validée par dynsync.
marketo-item-credentials = Le nom d'utilisateur et le mot de passe sont valides (Username and password are valid)
    .fix = Vérifiez le nom d'utilisateur et le mot de passe (Username, Password : l'UPN et le mot de passe actuel de l'utilisateur de synchronisation), ainsi que l'ID client et le secret du client (Client ID / Client Secret : la Valeur du secret).
marketo-item-role = L'utilisateur de synchronisation a le rôle Marketo Sync User (Sync user is assigned to the Marketo Sync User role)
    .fix = Dynamics → Paramètres (Settings) → Sécurité (Security) → Utilisateurs (Users) → l'utilisateur de synchronisation → Gérer les rôles (Manage Roles) → cochez "Marketo Sync User". Vérifiez aussi le consentement administrateur (Azure → Inscriptions d'applications (App registrations) → Autorisations de l'API (API permissions) → Accorder un consentement d'administrateur (Grant admin consent)) et que Marketo Config désigne l'utilisateur de synchronisation.
marketo-item-solution = La solution Marketo est correctement installée (Marketo solution is properly installed)
    .fix = Dynamics → Paramètres (Settings) → Solutions : "Marketo Lead Management" doit figurer dans la liste ; sinon, importez-la (Marketo → Administration (Admin) → CRM → Microsoft → Télécharger la solution Marketo (Download Marketo Solution)).
marketo-item-steps = Toutes les étapes de la solution sont activées (All steps in the solution are enabled)
    .fix = Dynamics → Paramètres (Settings) → Solutions → Marketo Lead Management → Étapes de traitement des messages SDK (SDK Message Processing Steps) : activez chaque étape désactivée.
marketo-item-solution-user = L'utilisateur de synchronisation est affecté à la solution Marketo (Sync user is assigned to the Marketo solution)
    .fix = Dynamics → Paramètres (Settings) → Marketo Config → Default → Marketo User : l'utilisateur de synchronisation → Enregistrer (Save) → Publier toutes les personnalisations (Publish All Customizations).
marketo-item-user-matches = L'utilisateur de synchronisation correspond au nom d'utilisateur et au mot de passe (Sync user matches username and password)
    .fix = Le champ Marketo User de l'enregistrement Marketo Config "Default" doit être l'utilisateur dont vous avez saisi le nom d'utilisateur et le mot de passe dans Marketo.

## Marketo's setup steps (src/wizard/state.rs: MarketoStep::title), as its UI names them.

marketo-step-disable-sync = Désactiver la synchronisation (Disable Sync)
marketo-step-edit-credentials = Modifier les informations d'identification (Edit credentials)
marketo-step-select-fields = Sélectionner les champs à synchroniser (Select Fields to Sync)
marketo-step-validate-sync = Validation de la configuration de la synchronisation (Validate Sync Setup)
marketo-step-enable-sync = Activer la synchronisation (Enable Sync)
# The heading the guided driver shows above a step's instructions.
marketo-step-heading = ── Marketo : { $title } ──

## Why an item is predicted red (src/marketo.rs: because), one line per check that turned it
## red: $check is the check's id, $summary its one-line summary (which may quote the server).

marketo-because = car { $check } a échoué : { $summary }
# The three causes Adobe documents for a red X on "Sync user is assigned to the Marketo Sync
# User role" (Fix Dynamics validation sync issues).
marketo-because-role = car l'utilisateur de synchronisation n'a pas le rôle Marketo Sync User ({ $check } : { $summary })
# $code: the AADSTS code of the refusal.
marketo-because-consent = car le consentement administrateur pour l'application Marketo est absent ({ $check } : AADSTS{ $code })
marketo-because-config-user = car Marketo Config "Default" ne désigne pas l'utilisateur de synchronisation ({ $check } : { $summary })
# Under an item Marketo shows red (the wizard): $because is one of the lines above.
marketo-because-predicted = dynsync l'a prédit en rouge { $because }

## Server-to-Server (S2S, Marketo's "Web API" connection): Adobe's fixes where the sync user is
## the Dataverse application user (src/marketo.rs: CHECKLIST_S2S). The labels are the same
## headings Marketo shows for every connection.

marketo-item-credentials-s2s = Le nom d'utilisateur et le mot de passe sont valides (Username and password are valid)
    .fix = Pour Web API (S2S) : le nom d'utilisateur (Username) dans Marketo doit être l'adresse e-mail de l'utilisateur d'application, avec l'ID client (Client ID) et le secret du client (Client Secret : la Valeur du secret) de l'application, ainsi que l'ID de locataire (Tenant ID).
marketo-item-role-s2s = L'utilisateur de synchronisation a le rôle Marketo Sync User (Sync user is assigned to the Marketo Sync User role)
    .fix = Centre d'administration Power Platform → l'environnement → Paramètres (Settings) → Utilisateurs + autorisations (Users + permissions) → Utilisateurs d'application (Application users) → l'utilisateur de l'application → Modifier les rôles de sécurité (Edit security roles) → "Marketo Sync User". Vérifiez aussi que Marketo Config désigne l'utilisateur d'application.
marketo-item-solution-user-s2s = L'utilisateur de synchronisation est affecté à la solution Marketo (Sync user is assigned to the Marketo solution)
    .fix = Dynamics → Paramètres (Settings) → Marketo Config → Default → Marketo User : l'utilisateur d'application → Enregistrer (Save) → Publier toutes les personnalisations (Publish All Customizations).
marketo-item-user-matches-s2s = L'utilisateur de synchronisation correspond au nom d'utilisateur et au mot de passe (Sync user matches username and password)
    .fix = Le champ Marketo User de l'enregistrement Marketo Config "Default" doit être l'utilisateur d'application dont vous avez saisi l'adresse e-mail comme nom d'utilisateur (Username) dans Marketo.

## Adobe's "Reconfigure Dynamics Authentication Method" (RECONF), as Marketo's UI names it.

marketo-step-reconfigure-auth = Reconfigurer la nouvelle méthode d'authentification (Reconfigure New Auth Method)
marketo-step-wait-after-switch = Attendre 15 minutes après Basculer (Switch)
