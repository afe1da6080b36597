# The setup and rotate wizards (src/wizard): prompts, steps, notes for the transcript.
# Each id is "wizard-" and the kebab-case name of its variant of `M` (src/wizard/messages.rs).
# {"  "} at the start of a line keeps its leading spaces; a last line {""} keeps a final line break.

wizard-welcome =
    dynsync setup — connecter Marketo à Microsoft Dynamics 365, étape par étape.

    Il vous faut :
      • un administrateur Azure qui peut inscrire des applications et accorder le consentement administrateur (Administrateur d'application (Application Administrator) ou supérieur) ;
      • un utilisateur de synchronisation Dynamics dédié (doté d'une licence, pas le compte d'une personne) et son mot de passe ;
      • un administrateur Marketo.
    { $continue }
    {""}
# The welcome's last line: how a stop is continued.
wizard-welcome-continue = Votre progression est enregistrée après chaque étape : arrêtez quand vous voulez (Ctrl-C) et reprenez avec `dynsync setup --resume`.
wizard-welcome-continue-demo = Ceci est la démo : rien n'est conservé, un arrêt y met donc fin (`dynsync setup --demo` la relance).
wizard-ask-profile = Nom du profil pour cette connexion (p. ex. contoso-prod)
wizard-ask-path = Une première connexion, ou une mise à jour ?
wizard-path-first-time = Première connexion
wizard-path-update = Mise à jour d'une connexion existante
wizard-have-app-registration = Avez-vous déjà une inscription d'application pour Marketo dans Azure ?
wizard-app-registration-steps =
    Inscrivez l'application (portail Azure → Microsoft Entra ID → Inscriptions d'applications (App registrations)) :
    {"  "}{ $portal }
      1. Nouvelle inscription (New registration) → Nom : Marketo Integration → Types de comptes pris en charge (Supported account types) : "Comptes dans cet annuaire organisationnel uniquement" (Accounts in this organizational directory only) → S'inscrire (Register).
      2. Copiez l'ID d'application (client) (Application (client) ID) depuis la page Vue d'ensemble (Overview) (pas l'ID d'objet (Object ID)).
      3. Autorisations de l'API (API permissions) → Ajouter une autorisation (Add a permission) → Dynamics CRM → Autorisations déléguées (Delegated) → user_impersonation → Ajouter des autorisations (Add permissions).
      4. Accorder un consentement d'administrateur pour votre locataire (Grant admin consent) → Oui (Yes).
      5. Authentification (Authentication) → Paramètres avancés (Advanced settings) → Autoriser les flux de clients publics (Allow public client flows) : Non (No) → Enregistrer (Save).
      6. Certificats et secrets (Certificates & secrets) → Nouveau secret client (New client secret) → une description (p. ex. Marketo sync) et une expiration → Ajouter (Add).
         Copiez la Valeur (Value) du secret maintenant : le portail ne l'affiche qu'une seule fois. (L'ID de secret (Secret ID) affiché à côté n'est pas le secret.)
    {""}
wizard-open-in-browser = Ouvrir le portail Azure dans votre navigateur ?
wizard-step-done = Terminé
wizard-step-show-again = Afficher de nouveau les étapes
wizard-step-abort = Abandonner (la progression est enregistrée)
wizard-step-copy = Copier une valeur dans le presse-papiers du terminal (OSC 52)…
wizard-what-now = Une fois cela fait
wizard-choose = Et maintenant ?
wizard-checklist-overall = Qu'affiche Marketo ?
wizard-all-green = Les sept éléments ont une coche verte
wizard-some-red = Certains éléments ont un X rouge
wizard-ask-client-id = ID d'application (client) (Application (client) ID)
wizard-client-id-note = {"  "}L'ID d'application (client) figure sur la page Vue d'ensemble (Overview) de l'application. L'ID d'objet (Object ID) affiché à côté est un autre GUID.
wizard-ask-client-secret = Valeur du secret client (masquée)
wizard-secret-shown-once = {"  "}La Valeur du secret n'est affichée qu'une seule fois, juste après sa création. Si vous ne l'avez plus, créez-en un nouveau.
wizard-secret-id-refused = C'est un GUID : l'ID du secret (Secret ID), pas la Valeur du secret. Copiez plutôt la colonne Valeur (Value) (créez un nouveau secret si elle n'est plus affichée).
wizard-ask-secret-expiry = Date d'expiration du secret (2027-05-01, ou 5/1/2027 comme le portail en anglais ; vide : inconnue)
wizard-ask-username = UPN de l'utilisateur de synchronisation (p. ex. marketo.sync@contoso.com)
wizard-ask-password = Mot de passe de { $username } (masqué)
wizard-ask-org-url = URL de l'organisation Dynamics
wizard-org-normalised = {"  "}Utilisation de l'URL d'instance { $url }
wizard-discovered-tenant = {"  "}L'organisation appartient au locataire { $tenant }.
wizard-realm-managed = {"  "}{ $domain } est un domaine managé : Azure AD vérifie lui-même le mot de passe de l'utilisateur de synchronisation.
wizard-realm-federated = {"  "}{ $domain } est fédéré ({ $via }). Marketo envoie le mot de passe directement à Azure AD, qui ne le vérifie qu'avec la synchronisation du hachage de mot de passe et une stratégie HRD :
wizard-hrd-in-place = La synchronisation du hachage de mot de passe et la stratégie HRD sont-elles en place ?
wizard-hrd-wait = Mettez-les en place, puis revenez ici.
wizard-running-checks = Vérification des informations d'identification telles que Marketo les utilisera…
wizard-reenter-field = Saisir de nouveau : { $field }
wizard-run-again = Relancer les vérifications
wizard-continue-anyway = Continuer malgré tout (déconseillé)
wizard-password-attempts-exhausted =
    Le mot de passe a été refusé { $n } fois. Arrêt ici pour ne pas déclencher le verrouillage intelligent d'Azure AD : vérifiez le mot de passe (ou réinitialisez-le), puis lancez :
    {"    "}{ $resume }
wizard-locked-out =
    Azure AD a verrouillé l'utilisateur de synchronisation (verrouillage intelligent). Arrêtez-vous maintenant, attendez environ 30 minutes, puis lancez :
    {"    "}{ $resume }
wizard-dynamics-fix-then = Corrigez cela dans Dynamics comme indiqué ci-dessus, puis
wizard-org-guard-intro =
    Voici l'organisation avec laquelle Marketo se synchronisera :
      nom convivial :   { $friendly }
      nom unique :      { $unique }
      version :         { $version }
      URL :             { $url }
    Marketo ne permet plus de modifier l'URL de l'organisation après le premier enregistrement : une mauvaise organisation impose un nouvel abonnement Marketo.
    {""}
wizard-org-guard-ask = Saisissez le nom unique de l'organisation ({ $unique }) pour confirmer
wizard-org-guard-mismatch = "{ $typed }" n'est pas "{ $unique }" : Marketo serait lié à une organisation que vous n'avez pas confirmée.
wizard-org-guard-type-again = Le saisir de nouveau
wizard-org-guard-change-url = Saisir une autre URL d'organisation
wizard-saved = Profil { $profile } enregistré ; le secret client et le mot de passe sont dans le trousseau.
wizard-marketo-intro = Passons à Marketo. dynsync ne peut pas cliquer à votre place (Marketo n'a pas d'API pour cela) : il affiche chaque étape et enregistre ce que vous avez fait.
wizard-marketo-disable =
    Marketo : Administration (Admin) → Intégration (Integration) → Microsoft Dynamics → Désactiver la synchronisation (Disable Sync).
      La synchronisation s'arrête jusqu'à ce que vous la réactiviez à la fin ; les modifications faites dans Dynamics sont conservées et rattrapées ensuite.
    {""}
wizard-marketo-edit-credentials =
    Marketo : { $where } → Modifier (Edit) les informations d'identification, saisissez exactement :
      Nom d'utilisateur (Username) :      { $username }
      Mot de passe (Password) :           (le mot de passe de l'utilisateur de synchronisation)
      ID client (Client ID) :             { $client_id }
      Secret du client (Client Secret) :  (la Valeur du secret)
      URL Dynamics (Dynamics URL) :       { $org_url }
    → Enregistrer (Save).
    {""}
wizard-marketo-select-fields =
    Marketo : Administration (Admin) → CRM → Microsoft → Étape 2 : Sélectionner les champs à synchroniser (Step 2: Select Fields to Sync) → Modifier (Edit) → choisissez les champs → Enregistrer (Save).
      Marketo ne synchronise que les champs que l'utilisateur de synchronisation peut lire dans Dynamics.
    {""}
wizard-marketo-validate =
    Marketo : { $where } → Validation de la configuration de la synchronisation (Validate Sync Setup) → saisissez le nom d'utilisateur, le mot de passe et l'URL (ID client et secret comme ci-dessus) → Suivant (Next).
      Marketo affiche sept éléments, chacun avec une coche verte ou un X rouge. Prédiction de dynsync :
    { $predicted }
wizard-marketo-enable-first-time =
    Marketo : Administration (Admin) → CRM → Microsoft → Étape 3 : Activer la synchronisation (Step 3: Enable Sync) → Modifier (Edit) → lisez la fenêtre contextuelle → saisissez l'adresse e-mail pour la notification → Démarrer la synchronisation (Start Sync).
      • La première synchronisation peut prendre des heures (des jours pour les grandes organisations) ; Marketo envoie un e-mail quand elle est terminée. N'activez pas la synchronisation des entités personnalisées avant cet e-mail.
      • Pour ne synchroniser que certains enregistrements, créez dans Dynamics le champ personnalisé à deux options new_synctomkto avant l'activation (Non = non synchronisé).
    {""}
wizard-marketo-enable-update =
    Marketo : Administration (Admin) → Intégration (Integration) → Microsoft Dynamics → Activer la synchronisation (Enable Sync). La synchronisation reprend et rattrape les modifications faites pendant son arrêt.
    {""}
wizard-checklist-item-ask = Dans Marketo : "{ $item }"
wizard-green = Coche verte
wizard-red = X rouge
wizard-checklist-all-green = Les sept éléments sont verts.
wizard-checklist-fix-then-revalidate = Corrigez les éléments rouges comme indiqué, puis
wizard-checklist-fixed-revalidate = Corrigé : vérifier de nouveau (dynsync relance ses vérifications, puis relancez la validation de la configuration de la synchronisation dans Marketo)
wizard-enable-override-ask = La validation de Marketo n'est pas entièrement verte. Activer quand même la synchronisation ? (consigné dans l'état de la configuration)
wizard-copy-which = Quelle valeur copier ?
wizard-copied = Envoyé au presse-papiers du terminal avec OSC 52 : { $what }. Un terminal qui ignore OSC 52 (ou l'a désactivé) n'a rien copié : saisissez alors la valeur à la main.
wizard-clipboard-cleared = Le terminal a été invité à vider son presse-papiers (OSC 52). Un terminal qui ignore OSC 52 n'a jamais reçu le secret ; un terminal qui conserve un historique du presse-papiers peut encore l'y afficher.
wizard-secret-copy-warning = Envoyer le secret au presse-papiers du terminal (OSC 52) ? dynsync demandera au terminal de vider de nouveau le presse-papiers quand vous choisirez Terminé.
wizard-summary =
    Terminé : { $profile } connecte Marketo à { $org_url } en tant que { $username }.
      ID client :             { $client_id }
      expiration du secret :  { $expires }
      Revérifier à tout moment :                { $recheck }
      Si le secret ou le mot de passe change :  { $rotate }
    {""}
wizard-finished-already = La configuration de { $profile } a été terminée le { $at }. Et maintenant ?
wizard-revalidate = La valider de nouveau (dynsync validate --profile)
wizard-start-over = Recommencer
wizard-quit = Quitter
wizard-sync-off-warning =
    !!! La synchronisation Marketo est DÉSACTIVÉE (depuis { $since }) et n'a pas été réactivée.
    !!! Rien n'est synchronisé entre Marketo et Dynamics tant que vous n'avez pas terminé :
    {"    "}{ $resume }
    {""}
wizard-resume-hint =
    Progression enregistrée. Reprenez avec :
    {"    "}{ $resume }
wizard-demo-resume-hint = C'était la démo : son profil et sa progression sont supprimés. Relancez-la avec : { $resume }
wizard-aborted = Arrêté.
wizard-no-terminal =
    setup est interactif et nécessite un terminal. Pour les scripts, utilisez `dynsync validate` et les commandes `dynsync profile`,
    ou passez toutes les entrées (options et DYNSYNC_CLIENT_SECRET / DYNSYNC_PASSWORD) avec --yes pour enregistrer le profil et afficher les étapes Marketo sous forme de liste de contrôle.
wizard-rotate-show =
    Renouvellement d'une information d'identification de { $profile } :
      organisation :                    { $org_url }
      utilisateur de synchronisation :  { $username }
      ID client :                       { $client_id }
      expiration du secret :            { $expires }
      dernière validation :             { $last }
    {""}
wizard-rotate-ask-what = Qu'est-ce qui change ?
wizard-rotate-what-secret = Le secret client (un nouveau secret a été ou sera créé)
wizard-rotate-what-password = Le mot de passe de l'utilisateur de synchronisation
wizard-rotate-new-secret-steps =
    Créez un NOUVEAU secret client à côté de l'ancien (Azure en autorise plusieurs ; ne supprimez pas encore l'ancien) :
    {"  "}{ $portal }
      Certificats et secrets (Certificates & secrets) → Nouveau secret client (New client secret) → une description et une expiration → Ajouter (Add) → copiez sa Valeur (Value) maintenant.
    {""}
wizard-rotate-ask-new-password = Nouveau mot de passe de { $username } (masqué)
wizard-rotate-checking = Vérification de la nouvelle valeur avant toute modification dans Marketo (la valeur stockée reste inchangée)…
wizard-rotate-replicating = Azure AD ne connaît pas encore le nouveau secret (un nouveau secret met un moment à se répliquer). Nouvel essai dans { $secs } s ({ $n } sur { $max })…
wizard-rotate-replication-gave-up =
    Le nouveau secret était encore refusé après { $n } essais. Si vous avez copié la Valeur (et non l'ID du secret) d'un secret de cette application, attendez quelques minutes et lancez (rien n'a été modifié) :
    {"    "}{ $resume }
wizard-rotate-new-failed =
    La nouvelle valeur n'a pas passé les vérifications : rien n'a été modifié (le trousseau conserve l'ancienne valeur). Corrigez-la et lancez ceci, ou recommencez :
    {"    "}{ $resume }
wizard-rotate-edit-credentials =
    Marketo : Administration (Admin) → Intégration (Integration) → Microsoft Dynamics → Modifier (Edit) les informations d'identification → remplacez uniquement le champ { $field } par la nouvelle valeur → Enregistrer (Save).
      Laissez les autres champs tels quels.
    {""}
wizard-rotate-done = Le nouveau { $what } de { $profile } est dans le trousseau ; le profil l'a consigné.
wizard-rotate-delete-old =
    Supprimez maintenant l'ANCIEN secret client dans le portail (Certificats et secrets (Certificates & secrets) → l'ancien → Supprimer (Delete)) :
    {"  "}{ $portal }
      ou conservez-le encore un peu si d'autres systèmes l'utilisent — mais pas au-delà de son expiration.
    {""}
wizard-rotate-no-terminal = rotate a besoin d'un terminal pour guider les étapes Marketo ; sans terminal, passez --marketo-done (Marketo a déjà la nouvelle valeur) avec --secrets-stdin.
wizard-rotate-marketo-done-note = --marketo-done : Marketo a déjà la nouvelle valeur (un opérateur l'a modifiée) ; dynsync la vérifie et met à jour le trousseau et le profil.
wizard-unfinished-exists = Une configuration inachevée de { $profile } existe (elle a atteint { $reached }). La reprendre ?
wizard-resuming = Reprise de la configuration de { $profile } après l'étape { $reached }.
wizard-org-confirm-unreadable = L'organisation { $url } est-elle celle avec laquelle Marketo doit se synchroniser ? Ce choix ne pourra plus être modifié.
wizard-when-marketo-done = Une fois les étapes Marketo terminées : dynsync validate --profile { $profile }
wizard-rotate-old-kept = Le trousseau contient toujours l'ancienne valeur ; la nouvelle attend dans une entrée en attente.
wizard-which-profile = Quel profil ?
wizard-checking-new = Vérification de la nouvelle valeur
wizard-checking-heading = Vérification de { $org } pour { $username }
wizard-fix-label = Correction
wizard-where-first-time = Administration (Admin) → CRM → Microsoft → Étape 1 : Saisir les informations d'identification (Step 1: Enter Credentials)
wizard-where-update = Administration (Admin) → Intégration (Integration) → Microsoft Dynamics
wizard-label-username = Nom d'utilisateur (Username)
wizard-label-password = Mot de passe (Password, secret)
wizard-label-client-id = ID client (Client ID)
wizard-label-client-secret = Secret du client (Client Secret, secret)
wizard-label-org-url = URL Dynamics (Dynamics URL)
wizard-label-new-client-secret = Nouveau secret du client (Client Secret, secret)
wizard-label-new-password = Nouveau mot de passe (Password, secret)
wizard-field-client-secret = Secret du client (Client Secret)
wizard-field-password = Mot de passe (Password)
wizard-marketo-differs = {"  "}Les vérifications de dynsync pour cet élément réussissent : Marketo contient donc probablement d'autres valeurs que celles vérifiées ici. Saisissez-les de nouveau exactement (Modifier les informations d'identification → Enregistrer), puis validez de nouveau.
wizard-note-existing-app = Inscription d'application existante utilisée
wizard-note-registered-app = Application inscrite dans le portail Azure (guidé)
wizard-note-stopped = Arrêté par l'administrateur
wizard-note-credentials = ID client { $client_id } et secret client saisis (secret non consigné)
wizard-note-checklist-printed = Étapes Marketo affichées sous forme de liste de contrôle (--yes)
wizard-note-marketo-step = Marketo : { $step }{ $override }
wizard-note-red-x = Validation Marketo : X rouge sur "{ $item }"
wizard-note-revalidated-marketo = Revalidé avec dynsync : { $outcome }
wizard-note-org-yes = Organisation confirmée avec --confirm-org : { $url } ({ $unique })
wizard-note-org-explicit = Organisation confirmée explicitement (détails illisibles) : { $url }
wizard-note-org-typed = Organisation confirmée par son nom unique : { $url } ({ $unique })
wizard-note-org-mismatch = Garde-fou de l'organisation : "{ $typed }" saisi, ce qui n'est pas { $unique }
wizard-note-preflight-passed = Vérification préalable : toutes les vérifications ont réussi
wizard-note-preflight-failed = Vérification préalable : { $check } a échoué — { $summary }
wizard-note-too-many-passwords = Arrêté : trop de mots de passe refusés
wizard-note-continued-anyway = Poursuivi bien que { $check } ait échoué (choix de l'administrateur)
wizard-note-revalidated = Revalidé : { $outcome }
wizard-note-saved = Profil { $profile } et ses deux entrées du trousseau enregistrés
wizard-note-finished = Configuration terminée
wizard-note-sync-user = Utilisateur de synchronisation { $username } et URL de l'organisation { $org } saisis
wizard-note-federated = { $domain } est fédéré : stratégie HRD et synchronisation du hachage de mot de passe expliquées
wizard-note-hrd-confirmed = L'administrateur a confirmé que la stratégie HRD et la synchronisation du hachage de mot de passe sont en place
wizard-note-resumed-setup = Configuration de { $profile } reprise après l'étape { $reached }
wizard-note-started = Configuration de { $profile } démarrée (parcours { $path })
wizard-note-resumed-rotation = Renouvellement de { $profile } repris
wizard-note-marketo-done = Marketo avait déjà la nouvelle valeur (--marketo-done)
wizard-note-replaced = Remplacement dans le trousseau : { $what }
wizard-note-new-secret = Nouveau secret client saisi (non consigné)
wizard-note-new-password = Nouveau mot de passe saisi (non consigné)
wizard-note-refused-every-try = Le nouveau secret a été refusé à chaque essai
wizard-note-new-failed = La nouvelle valeur a échoué aux vérifications ; rien n'a été modifié
wizard-note-new-passed = La nouvelle valeur a réussi toutes les vérifications
wizard-note-override = {" "}(forçage : validation pas entièrement verte)
wizard-note-all-passed = toutes réussies
wizard-note-still-failing = toujours en échec : { $checks }
wizard-note-passed = réussie
wizard-note-failed = échouée

## Values, fallbacks and refusals.

wizard-unknown-value = (inconnu)
wizard-the-sync-user = l'utilisateur de synchronisation
wizard-the-org = l'organisation
wizard-the-start = le début
wizard-a-federation-service = un service de fédération
# The secret's expiry date and the days left ($days is a number, negative once expired).
wizard-expires-in-days =
    { $date } ({ $days ->
        [one] { $days } jour
       *[other] { $days } jours
    })
wizard-expiry-unknown = inconnue
wizard-expiry-unknown-hint = inconnue (dynsync profile set { $profile } --secret-expires YYYY-MM-DD)
# $outcome is wizard-note-passed or wizard-note-failed; $at a local time (with its UTC offset).
wizard-last-validation = { $outcome } le { $at }
wizard-last-validation-never = jamais
wizard-what-client-secret = secret client
wizard-what-password = mot de passe
wizard-ask-tenant = ID du locataire ou domaine (vide : le découvrir)
# $label is the prompt that could not be shown.
wizard-no-terminal-flag = { $label } : passez --{ $flag } (aucun terminal pour le demander)
wizard-no-terminal-env = { $label } : définissez { $env } (aucun terminal pour le demander)
wizard-no-terminal-path = passez --path first-time ou --path update (aucun terminal pour le demander)
# $value is the input as typed, in quotes.
wizard-nothing-changed = { $problem } ; rien n'a été modifié
wizard-transcript-failed = impossible d'écrire le journal { $path } : { $error }
wizard-no-setup-to-resume = aucune configuration inachevée à reprendre ; démarrez-en une avec `dynsync setup`
wizard-no-setup-of = aucune configuration de { $profile } à reprendre
wizard-no-rotation-to-resume = aucun renouvellement inachevé à reprendre
wizard-no-rotation-of = aucun renouvellement de { $profile } à reprendre
wizard-no-profiles = aucun profil : lancez d'abord `dynsync setup`
wizard-pass-profile = passez --profile NAME
wizard-pass-what = passez --what client-secret|password
wizard-not-a-checkpoint = { $path } n'est pas un point de reprise de configuration dynsync ({ $error }) ; il n'a pas été modifié
wizard-newer-checkpoint = { $path } a été écrit par une version plus récente de dynsync ; mettez dynsync à jour
# In place of the predicted checklist when there is no report yet.
wizard-run-checks-first = (lancez d'abord les vérifications)

# A setup reached the save step without a secret it should hold (resumed from a stop).
wizard-no-secret-to-save = aucun secret client à enregistrer
wizard-no-password-to-save = aucun mot de passe à enregistrer
# The new value typed for a rotation is the current one.
wizard-rotate-same-secret = c'est le secret client actuel, pas un nouveau : créez un nouveau secret à côté dans le portail (Certificats et secrets (Certificates & secrets) → Nouveau secret client (New client secret)) et saisissez sa Valeur ; rien n'a été modifié
wizard-rotate-same-password = c'est le mot de passe actuel, pas un nouveau : changez d'abord le mot de passe de l'utilisateur de synchronisation, puis saisissez le nouveau ; rien n'a été modifié
# Past a red X in Marketo's checklist, on purpose.
wizard-checklist-continue-anyway = Continuer malgré tout (consigné : l'activation de la synchronisation sera un forçage)
wizard-checklist-continue-word = continuer
wizard-checklist-continue-confirm = Marketo affiche un X rouge : la synchronisation risque d'échouer. Saisissez { $word } pour poursuivre malgré tout
wizard-checklist-continue-not-confirmed = Non confirmé : rien n'a été ignoré.
wizard-note-continued-past-red-x = poursuivi malgré le X rouge de Marketo (confirmation saisie) : { $items }
# A setup resumed between the checks and the save (stopped at the org guard, say).
wizard-check-again-before-saving = Les secrets ne sont jamais conservés d'une exécution à l'autre : nouvelle exécution des vérifications avant tout enregistrement (elles identifient aussi l'organisation pour le garde-fou).
# The first line a run writes to its transcript (Markdown).
wizard-transcript-header = ## dynsync { $version } : { $what } de { $profile } ({ $org }), démarré le { $at }

## The transcript's name of a connection path (wizard-note-started's $path)

wizard-note-path-first-time = première connexion
wizard-note-path-update = mise à jour

## The transcript of a run that passed with warnings. $warnings is a number; $checks the ids of
## the checks that warned, joined by ", ".

wizard-note-passed-with-warnings =
    réussie avec { $warnings ->
        [one] { $warnings } avertissement
       *[other] { $warnings } avertissements
    } ({ $checks })
wizard-note-preflight-passed-with-warnings =
    Vérification préalable : réussie avec { $warnings ->
        [one] { $warnings } avertissement
       *[other] { $warnings } avertissements
    } ({ $checks })
wizard-note-new-passed-with-warnings =
    La nouvelle valeur a réussi les vérifications avec { $warnings ->
        [one] { $warnings } avertissement
       *[other] { $warnings } avertissements
    } ({ $checks })

## The heading of each step, with where it stands in the list. $n and $total are numbers; $step
## is the step's id (welcome, app_registration, …); $title a Marketo step's name.

wizard-step-heading = ── Étape { $n } sur { $total } : { $name } ──
# A step's name by its id.
wizard-step-name =
    { $step ->
        [welcome] Accueil et profil
        [app_registration] Inscription d'application
        [credentials] ID client et secret
        [sync_user] Utilisateur de synchronisation et organisation
        [preflight] Vérifications préalables
        [org_guard] Garde-fou de l'URL de l'organisation
        [save] Enregistrement
        [marketo] Marketo
        [summary] Récapitulatif
       *[other] { $step }
    }
wizard-marketo-step-heading = ── Marketo, étape { $n } sur { $total } : { $title } ──

## Where Marketo's Dynamics page is: before the first sync under CRM, afterwards under Integration.

wizard-marketo-place-first-time = Administration (Admin) → CRM → Microsoft
wizard-marketo-place-update = Administration (Admin) → Intégration (Integration) → Microsoft Dynamics
# In place of the predicted checklist in a resumed rotation (its new value is not sent again).
wizard-passed-before-stop = (la nouvelle valeur a réussi les vérifications de dynsync avant l'arrêt : Marketo devrait donc afficher sept coches vertes)
# A date typed in the portal's M/D/YYYY form, read back so a day-first reading is caught.
wizard-expiry-read-as = {"  "}Lu comme { $date } (année-mois-jour).

## setup --yes (no terminal): the org guard's name from --confirm-org, and only what was done
## called done.

wizard-confirm-org-missing = --confirm-org UNIQUE_NAME est requis avec --yes : il remplace la saisie du nom unique de l'organisation au garde-fou de l'organisation (l'URL de l'organisation ne pourra plus être modifiée dans Marketo). Lancez `dynsync validate` pour voir le nom unique de l'organisation.
wizard-confirm-org-mismatch = --confirm-org { $given } n'est pas le nom unique de l'organisation à l'adresse { $url }, qui est { $unique } : rien n'a été enregistré. Vérifiez l'URL de l'organisation, ou passez --confirm-org { $unique } si c'est bien l'organisation avec laquelle Marketo doit se synchroniser.
wizard-confirm-org-unreadable = --confirm-org ne peut pas être vérifié : le nom unique de l'organisation à l'adresse { $url } n'a pas pu être lu (voir la vérification dynamics.organization). Lancez `dynsync setup` dans un terminal pour confirmer l'organisation explicitement ; rien n'a été enregistré.
wizard-marketo-intro-checklist = Reste à faire dans Marketo, à la main (dynsync ne peut pas y cliquer et, sans terminal, ne peut pas vous attendre) : cochez chaque étape au fur et à mesure.
wizard-summary-checked =
    Vérifié et enregistré : { $profile } connectera Marketo à { $org_url } en tant que { $username } une fois les étapes Marketo ci-dessus effectuées (elles ne le sont pas encore).
      ID client :             { $client_id }
      expiration du secret :  { $expires }
      Si le secret ou le mot de passe change :  { $rotate }
    {""}

## A demo that keeps its progress until it completes (in a "demo-setup" directory beside the
## profiles), so a stop can be rehearsed.

wizard-welcome-continue-demo-kept =
    Ceci est la démo : elle conserve sa progression jusqu'à ce qu'elle soit terminée, vous pouvez donc vous exercer à un arrêt (Ctrl-C) et reprendre avec :
    {"    "}{ $resume }
# Before the path is asked: where Marketo shows the connection in each case.
wizard-path-where = {"  "}Lors d'une première connexion, Marketo l'affiche sous Administration (Admin) → CRM → Microsoft ; une fois la première synchronisation faite, sous Administration (Admin) → Intégration (Integration) → Microsoft Dynamics.
# setup --demo --resume when the demo kept nothing to resume.
wizard-no-demo-to-resume = aucune démo arrêtée à reprendre ; démarrez-en une avec `dynsync setup --demo`
## Server-to-Server (S2S): the application user instead of a sync user, Marketo's "Web API"
## connection, and the switch of an existing connection (Adobe's "Reconfigure Dynamics
## Authentication Method"), with the 15 minutes Marketo needs after Switch (issue 14).

# $auth is password or s2s.
wizard-note-auth = Connexion : { $auth }
# Asked after the path, when --auth was not given.
wizard-ask-auth = Comment Marketo se connectera-t-il à Dynamics ?
wizard-auth-password = Un utilisateur de synchronisation doté d'une licence, avec son mot de passe (par défaut dans Marketo)
wizard-auth-s2s = Serveur à serveur (S2S) : l'application en tant qu'utilisateur d'application Dataverse, sans mot de passe (recommandé quand la MFA ou l'Accès conditionnel est imposé)
wizard-reconfigure-note = Ceci fait passer la connexion existante en S2S : dans Marketo, c'est "Reconfigurer la méthode d'authentification Dynamics" (Reconfigure Dynamics Authentication Method), avec la synchronisation désactivée et une attente de 15 minutes après Basculer (Switch) avant de la réactiver.
wizard-ask-app-user-email = Adresse e-mail de l'utilisateur d'application (le nom d'utilisateur (Username) de Marketo en S2S, p. ex. marketo-app@contoso.com)
# $client_id is the app's client ID; $email the application user's email.
wizard-app-user-steps =
    L'utilisateur d'application (Dynamics), s'il n'existe pas encore :
      1. Centre d'administration Power Platform → Environnements (Environments) → l'environnement → Paramètres (Settings) → Utilisateurs + autorisations (Users + permissions) → Utilisateurs d'application (Application users) → Nouvel utilisateur d'application (New app user).
      2. Ajouter une application (Add an app) → l'application { $client_id } → l'unité commerciale (la racine) → Créer (Create).
      3. Modifier les rôles de sécurité (Edit security roles) → "Marketo Sync User" → Enregistrer (Save) ; donnez-lui l'adresse e-mail { $email }.
      4. Dynamics → Paramètres (Settings) → Marketo Config → Default → Marketo User : l'utilisateur d'application → Enregistrer (Save).
    Ou, une fois le profil enregistré, laissez dynsync effectuer les étapes 1 à 4 avec la connexion d'un administrateur Dynamics :
        dynsync fix --profile { $profile }
wizard-note-app-user = Utilisateur d'application { $email } pour { $org }
wizard-marketo-edit-credentials-s2s =
    Marketo : { $where } → Modifier (Edit) les informations d'identification, choisissez Web API (Server to Server) et saisissez exactement :
      Nom d'utilisateur (Username) :      { $username } (l'adresse e-mail de l'utilisateur d'application)
      ID client (Client ID) :             { $client_id }
      Secret du client (Client Secret) :  (la Valeur du secret)
      ID de locataire (Tenant ID) :       { $tenant }
      URL :                               { $org_url }
    → Enregistrer (Save).
wizard-marketo-reconfigure =
    Marketo : Administration (Admin) → Microsoft Dynamics → Reconfigurer la nouvelle méthode d'authentification (Reconfigure New Auth Method) → choisissez Web API, puis saisissez à nouveau toutes les informations d'identification :
      Nom d'utilisateur (Username) :      { $username } (l'adresse e-mail de l'utilisateur d'application)
      ID client (Client ID) :             { $client_id }
      Secret du client (Client Secret) :  (la Valeur du secret)
      ID de locataire (Tenant ID) :       { $tenant }
      URL :                               { $org_url }
    → Valider (Validate) (tout en vert) → Basculer (Switch) → Confirmer (Confirm) → Confirmer (Confirm) → OK.
    Marketo met ensuite 15 minutes à accepter la nouvelle méthode : dynsync les décompte à partir du moment où vous cliquez ici sur Terminé.
wizard-marketo-wait-switch = Attendez 15 minutes après Basculer (Switch) avant de réactiver la synchronisation (Marketo en a besoin pour accepter la nouvelle méthode d'authentification).
# $minutes left, $until the time (UTC) the wait ends.
wizard-switch-waiting = Marketo accepte la nouvelle méthode d'authentification 15 minutes après Basculer (Switch) : encore { $minutes } min, jusqu'à { $until } UTC. (En cas d'arrêt maintenant, `--resume` reprend l'attente.)
wizard-switch-wait-over = Les 15 minutes après Basculer (Switch) sont écoulées : la synchronisation peut être activée.
wizard-note-switch-waited = attente de 15 minutes après Basculer (Switch) effectuée
wizard-label-tenant-id = ID de locataire (Tenant ID)
wizard-label-app-user-email = Nom d'utilisateur (Username : l'adresse e-mail de l'utilisateur d'application)
wizard-rotate-s2s-no-password = Ce profil se connecte en S2S (un utilisateur d'application) : il n'a pas de mot de passe à renouveler, seulement son secret client (--what client-secret).
wizard-fix-for-me = Corriger pour moi (connexion en tant qu'administrateur Dynamics)
# $applied and $failed are counts of changes.
wizard-note-fixed-for-me = corrigé avec la connexion d'un administrateur Dynamics : { $applied } modification(s) effectuée(s), { $failed } refusée(s)

## Setup's "Create it for me": the app registration done through Microsoft Graph (src/wizard/steps/app_registration.rs)

wizard-how-register = Comment l'inscription d'application doit-elle être faite ?
wizard-create-for-me = La créer pour moi (connexion en tant qu'administrateur Azure)
wizard-guide-in-portal = Me guider dans le portail Azure
wizard-create-for-me-intro = Un administrateur Azure (Administrateur d'application ou Administrateur d'applications cloud) se connecte pour cette exécution uniquement ; dynsync inscrit ensuite l'application, son principal de service et le consentement administrateur, et place un nouveau secret client directement dans le trousseau. Rien n'est à saisir et le secret n'est jamais affiché.
wizard-note-app-created = inscription d'application faite via Graph : ID client { $client_id }, le secret expire le { $expires }
wizard-made-secret-used = L'ID client { $client_id } et le nouveau secret client (dans le trousseau, jamais affiché) sont repris de l'application qui vient d'être créée.

## rotate --create-secret: what becomes of the old client secret (src/wizard/rotate/finish.rs)

# $key_id the old secret's key id (Secret ID); $confirm "yes" when dynsync asks before removing it, "no" with --remove-old.
wizard-rotate-old-removed-next =
    { $confirm ->
        [yes] Ensuite, dynsync supprime l'ancien secret client { $key_id } de l'application, après votre confirmation : rien à supprimer dans le portail.
       *[no] Ensuite, dynsync supprime l'ancien secret client { $key_id } de l'application (--remove-old) : rien à supprimer dans le portail.
    }

## Setup's "Create it for me", resumed: what the checkpoint records is not made again (src/wizard/steps/app_registration.rs)

# $org the org URL the registration was started for.
wizard-registration-continued = Reprise de l'inscription d'application commencée par dynsync pour { $org } : ce que le point de reprise indique comme déjà fait n'est ni refait, ni redemandé à Graph.
# $client_id the app's Application (client) ID.
wizard-registration-recorded = L'inscription d'application est déjà faite et enregistrée (ID client { $client_id } ; son secret est dans le trousseau) : aucune connexion administrateur n'est nécessaire.

## Marketo's credentials screen after "Create it for me": the secret dynsync made was never shown.

wizard-marketo-secret-never-shown = La valeur du secret client a été créée par dynsync et n'a jamais été affichée : choisissez "{ wizard-step-copy }" → Secret du client (Client Secret) pour l'envoyer dans le presse-papiers du terminal, puis collez-la dans Marketo.
