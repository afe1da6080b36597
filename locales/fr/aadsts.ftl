# The AADSTS catalogue (src/azure/catalogue.rs): what each Azure AD error code means for the
# Marketo sync user, and what an admin does. One message per code, "aadsts-CODE", with two
# attributes: .cause (prose; its first sentence is the headline) and .remedy (the steps).
# Blocks shared by several entries are terms (-name), referenced as { -name }.
# Braces in text are written {"{"} and {"}"}; {"   "} at the start of a line keeps its leading
# spaces; a last line {""} keeps a final line break.

## Shared blocks

# Where failed sign-ins are read.
-sign-in-logs = Centre d'administration Microsoft Entra → Surveillance et intégrité (Monitoring & health) → Journaux de connexion (Sign-in logs)
# Re-entering credentials in Marketo (Adobe's documented path).
-marketo-edit = Dans Marketo : Administration (Admin) → Microsoft Dynamics → Désactiver la synchronisation (Disable Sync) → Modifier (Edit) (Étape 1 : Saisir les informations d'identification (Step 1: Enter Credentials)) → saisissez la nouvelle valeur → Enregistrer (Save) → Validation de la configuration de la synchronisation (Validate Sync Setup) → Activer la synchronisation (Enable Sync).
# The common/consumers endpoint.
-tenant-endpoint-steps = Indiquez le locataire : passez l'ID de l'annuaire (locataire) (Directory (tenant) ID) ou un domaine vérifié avec --tenant (ni common ni consumers ; organizations fonctionne aussi), ou omettez --tenant pour que dynsync le découvre à partir de l'URL de l'organisation. Relancez ensuite `dynsync validate`.
# Re-entering the client ID.
-client-id-steps =
    1. Centre d'administration Microsoft Entra → Inscriptions d'applications (App registrations) → l'application Marketo → Vue d'ensemble (Overview) : copiez l'ID d'application (client) (Application (client) ID) (ni l'ID d'objet (Object ID), ni l'ID de l'annuaire (locataire) (Directory (tenant) ID)).
    2. Vérifiez que l'application est inscrite dans le locataire de l'utilisateur de synchronisation et de l'environnement Dynamics ; une application d'un autre locataire nécessite aussi une application d'entreprise dans celui-ci.
    3. Saisissez-le comme ID client (Client ID) dans Marketo et relancez `dynsync validate`.
# Enabling a disabled enterprise application.
-app-enable-steps =
    1. Centre d'administration Microsoft Entra → Applications d'entreprise (Enterprise applications) → l'application Marketo → Propriétés (Properties) → Activé pour que les utilisateurs se connectent ? (Enabled for users to sign in?) → Oui (Yes) → Enregistrer (Save).
    2. Relancez `dynsync validate`.
# Adding the Dynamics permission and granting admin consent.
-consent-steps =
    1. Centre d'administration Microsoft Entra → Inscriptions d'applications (App registrations) → l'application Marketo → Autorisations de l'API (API permissions) : Dynamics CRM → user_impersonation ("Access Common Data Service as organization users") doit figurer dans la liste ; sinon, Ajouter une autorisation (Add a permission) → Dynamics CRM → Autorisations déléguées (Delegated permissions) → user_impersonation → Ajouter des autorisations (Add permissions).
    2. Cliquez sur Accorder un consentement d'administrateur pour le locataire (Grant admin consent) → Oui (Yes) (nécessite le rôle Administrateur d'applications cloud, Administrateur d'application ou Administrateur de rôle privilégié). Ou faites ouvrir par un administrateur https://login.microsoftonline.com/<tenant>/adminconsent?client_id=<client id>.
    3. Attendez une minute et relancez `dynsync validate`. L'absence de consentement fait aussi passer au rouge l'élément Marketo "Sync user is assigned to the Marketo Sync User role" (l'utilisateur de synchronisation a le rôle Marketo Sync User).
# Pass-through authentication agent problems.
-pta-steps =
    1. Centre d'administration Microsoft Entra → Gestion hybride (Hybrid management) → Microsoft Entra Connect → Authentification directe (Pass-through authentication) : vérifiez que les agents d'authentification sont actifs.
    2. Sur les serveurs des agents, vérifiez leur connexion aux contrôleurs de domaine de la forêt de l'utilisateur de synchronisation, ainsi que le journal des événements de l'agent.
    3. Relancez `dynsync validate` une fois les agents en bon état.
# Codes that ask the sync user to register for MFA.
-mfa-registration = Excluez aussi l'utilisateur de synchronisation de la stratégie d'inscription MFA (Protection → Protection des ID (Identity Protection) → Stratégie d'inscription de l'authentification multifacteur (Multifactor authentication registration policy)) et vérifiez si les paramètres de sécurité par défaut (security defaults) sont activés.
# The common advice for every MFA / Conditional Access / device code.
-mfa-steps =
    1. Trouvez la stratégie : { -sign-in-logs }, filtrez sur l'utilisateur de synchronisation, ouvrez la connexion en échec et lisez son onglet Accès conditionnel (Conditional Access) (il nomme la stratégie appliquée).
    2. Excluez l'utilisateur de synchronisation (ou cette inscription d'application) de cette stratégie : Protection → Accès conditionnel (Conditional Access) → la stratégie → Utilisateurs (Users) (ou Ressources cibles (Target resources)) → Exclure (Exclude).
    3. Désactivez la MFA par utilisateur pour ce compte si elle est activée : Utilisateurs (Users) → Tous les utilisateurs (All users) → MFA par utilisateur (Per-user MFA) → sélectionnez l'utilisateur de synchronisation → Désactiver (Disable).
    4. Marketo ne peut effectuer ni MFA ni aucune étape interactive (le guide de configuration d'Adobe indique que la MFA doit être désactivée pour l'utilisateur de synchronisation). Si la politique de sécurité interdit une exclusion, utilisez la connexion Server-to-Server (S2S) de Marketo, qui se connecte en tant qu'utilisateur d'application sans mot de passe.
    5. Relancez `dynsync validate`.
# 50126 when the user's domain is managed.
-managed-50126 =
    1. Saisissez de nouveau le mot de passe de l'utilisateur de synchronisation, exactement ; un mot de passe commençant ou finissant par des espaces est inutilisable avec cette méthode de connexion. { -marketo-edit }
    2. Vérifiez que le nom d'utilisateur (Username) est le nom d'utilisateur principal (Centre d'administration Microsoft Entra → Utilisateurs (Users) → l'utilisateur de synchronisation → Nom d'utilisateur principal (User principal name)).
    3. En cas de doute sur le mot de passe, réinitialisez-le (Utilisateurs (Users) → l'utilisateur de synchronisation → Réinitialiser le mot de passe (Reset password)) et connectez-vous une fois en tant qu'utilisateur de synchronisation pour définir un mot de passe définitif : Marketo ne peut pas changer un mot de passe temporaire.
    4. Chaque échec compte pour le verrouillage intelligent (AADSTS50053) : soyez sûr du mot de passe avant de réessayer, puis lancez `dynsync validate` une seule fois.
# 50126 when the user's domain is federated: password hash sync and an HRD policy.
# The PowerShell lines keep a 3-space indent; the line with the client id is in
# -federated-50126 and aadsts-hrd-remedy, the rest in the -hrd-commands-* terms.
-hrd-commands-head =
    Marketo envoie le mot de passe directement à Azure AD, qui par défaut ne vérifie pas le mot de passe d'un utilisateur d'un domaine fédéré (AD FS, Okta, Ping…) et répond 50126 même si le mot de passe est correct. Deux éléments sont nécessaires :
    1. La synchronisation du hachage de mot de passe activée dans Microsoft Entra Connect, pour qu'Azure AD détienne le hachage du mot de passe de l'utilisateur ; après l'activation, attendez que le hachage soit synchronisé.
    2. Une stratégie Home Realm Discovery (HRD) avec AllowCloudPasswordValidation sur le principal de service (application d'entreprise) de l'application Marketo. Avec Microsoft Graph PowerShell :
       Connect-MgGraph -Scopes "Policy.ReadWrite.ApplicationConfiguration","Application.ReadWrite.All"
       $policy = New-MgPolicyHomeRealmDiscoveryPolicy -BodyParameter @{"{"} definition = @('{"{"}"HomeRealmDiscoveryPolicy":{"{"}"AllowCloudPasswordValidation":true{"}}"}'); displayName = "EnableDirectAuthPolicy" {"}"}
-hrd-commands-tail =
    {"   "}New-MgServicePrincipalHomeRealmDiscoveryPolicyByRef -ServicePrincipalId $sp.Id -BodyParameter @{"{"} "@odata.id" = "https://graph.microsoft.com/v1.0/policies/homeRealmDiscoveryPolicies/$($policy.Id)" {"}"}
       Get-MgPolicyHomeRealmDiscoveryPolicyApplyTo -HomeRealmDiscoveryPolicyId $policy.Id
       Un principal de service ne peut avoir qu'une seule stratégie HRD : s'il en a déjà une, modifiez plutôt la définition de celle-ci. La stratégie permet à Azure AD de vérifier lui-même le hachage du mot de passe synchronisé ; elle ne transmet pas la connexion au serveur de fédération. Supprimez-la si la synchronisation du hachage de mot de passe est un jour désactivée.
    3. Relancez `dynsync validate`.
-federated-50126 =
    { -hrd-commands-head }
    {"   "}$sp = Get-MgServicePrincipal -Filter "appId eq '<client id>'"
    { -hrd-commands-tail }

## Diagnoses (src/azure/catalogue.rs: diagnose)

# The one-line summary of a known code: "AADSTS50126 InvalidUserNameOrPassword: …".
aadsts-summary = AADSTS{ $code } { $name } : { $headline }
# What a federated sync user needs, for the app with this client id (the wizard and the realm check).
aadsts-hrd-remedy =
    { -hrd-commands-head }
    {"   "}$sp = Get-MgServicePrincipal -Filter "appId eq '{ $client_id }'"
    { -hrd-commands-tail }
# AADSTS50126 split by the sync user's realm: a summary (after the code and name) and a remedy.
aadsts-50126-managed =
    .summary = le mot de passe de l'utilisateur de synchronisation a été refusé (domaine managé : mot de passe ou nom d'utilisateur erroné)
    .remedy =
        Le domaine de l'utilisateur de synchronisation est managé : Azure AD a donc vérifié lui-même le mot de passe, qui ne correspondait pas.
        { -managed-50126 }
aadsts-50126-federated =
    .summary = l'utilisateur de synchronisation appartient à un domaine fédéré ; Azure AD a besoin de la synchronisation du hachage de mot de passe et d'une stratégie HRD (AllowCloudPasswordValidation) pour accepter son mot de passe
    .remedy = { -federated-50126 }
aadsts-50126-unknown =
    .summary = mot de passe erroné, ou utilisateur de synchronisation fédéré sans synchronisation du hachage de mot de passe ni stratégie HRD
# A code the catalogue does not have, or an error without a code.
aadsts-unknown-summary = AADSTS{ $code } : { $first }
aadsts-unknown-summary-not-in-catalogue = AADSTS{ $code } : absent du catalogue dynsync
aadsts-error-summary = Erreur Azure AD { $error } : { $first }
aadsts-error-summary-no-code = Erreur Azure AD { $error } (sans code AADSTS)
aadsts-error-summary-no-error = Erreur Azure AD : { $first }
aadsts-error-summary-nothing = Azure AD a renvoyé une erreur sans code AADSTS
aadsts-unknown-no-advice = dynsync n'a pas de conseil spécifique pour AADSTS{ $code }.
aadsts-unknown-no-code = La réponse ne contenait aucun code AADSTS : dynsync ne peut rien ajouter au message de Microsoft.
aadsts-unknown-microsofts-message = Message de Microsoft : { $message }
aadsts-unknown-error-page = Page d'erreur : { $uri }
aadsts-unknown-look-up = Consultez le code sur https://login.microsoftonline.com/error?code={ $code }
aadsts-unknown-sign-in-logs = Ouvrez { -sign-in-logs }, filtrez sur l'utilisateur de synchronisation (ou recherchez l'ID de corrélation (Correlation ID)) et lisez, pour la connexion en échec, la Raison de l'échec (Failure reason), les Détails supplémentaires (Additional details) et l'onglet Accès conditionnel (Conditional Access).
# The ids Microsoft support asks for, on the remedy's last line; $ids are the parts below,
# joined with ", ".
aadsts-support-line = Pour le support Microsoft : { $ids }
aadsts-support-trace-id = ID de trace (Trace ID) : { $value }
aadsts-support-correlation-id = ID de corrélation (Correlation ID) : { $value }
aadsts-support-timestamp = Horodatage (Timestamp) : { $value }

## Entries, by code

aadsts-50001 =
    .cause = La ressource de la demande de jeton (l'URL de l'organisation Dynamics) est désactivée ou n'existe pas dans ce locataire. C'est la forme de AADSTS500011 propre au point de terminaison v1.
    .remedy =
        1. Vérifiez l'URL de l'organisation saisie dans Marketo : l'adresse propre de l'environnement, comme https://contoso.crm.dynamics.com, avec la bonne région (crm, crm4, crm11…) et rien après l'hôte.
        2. Vérifiez que l'environnement, l'utilisateur de synchronisation et l'inscription d'application sont dans le même locataire.
        3. Marketo ne permet plus de modifier l'URL après la première synchronisation : corrigez-la avant d'enregistrer, puis relancez `dynsync validate`.
aadsts-50020 =
    .cause = L'utilisateur de synchronisation provient d'un autre fournisseur d'identité ou locataire et n'est pas membre du locataire propriétaire de Dynamics. Les invités d'autres locataires et les comptes Microsoft personnels ne peuvent pas utiliser la connexion par mot de passe sur laquelle repose Marketo.
    .remedy =
        1. Utilisez comme utilisateur de synchronisation un compte membre créé dans le locataire Dynamics (Adobe demande un utilisateur de synchronisation dédié et doté d'une licence).
        2. Saisissez son nom d'utilisateur principal comme nom d'utilisateur (Username) dans Marketo et relancez `dynsync validate`.
aadsts-50034 =
    .cause = Azure AD n'a trouvé aucun utilisateur portant ce nom d'utilisateur dans le locataire. Le nom d'utilisateur est mal saisi, est un alias de messagerie plutôt que le nom d'utilisateur principal, ou la demande est allée à un autre locataire.
    .remedy =
        1. Centre d'administration Microsoft Entra → Utilisateurs (Users) → Tous les utilisateurs (All users) : trouvez l'utilisateur de synchronisation et copiez exactement son nom d'utilisateur principal (User principal name) (ce n'est pas toujours l'adresse e-mail).
        2. Vérifiez que le locataire utilisé (--tenant, ou celui découvert à partir de l'URL de l'organisation) est bien celui de l'utilisateur.
        3. Saisissez l'UPN comme nom d'utilisateur (Username) dans Marketo et relancez `dynsync validate`.
aadsts-50049 =
    .cause = L'hôte de connexion (autorité) est inconnu ou invalide. La demande est allée à un hôte qui n'est pas un point de terminaison de connexion Azure AD.
    .remedy = Utilisez l'hôte de connexion du cloud du locataire : login.microsoftonline.com pour le cloud commercial et GCC, login.microsoftonline.us pour GCC High et DoD, login.partner.microsoftonline.cn pour la Chine. Avec dynsync, choisissez-le avec --cloud (public, usgov, usgovhigh, dod, china) et relancez `dynsync validate`.
aadsts-50053 =
    .cause = Azure AD a verrouillé la connexion de l'utilisateur de synchronisation après trop de mots de passe erronés (verrouillage intelligent), ou l'a bloquée parce qu'elle venait d'une adresse IP à l'activité malveillante. Chaque nouvelle tentative peut prolonger le verrouillage.
    .remedy =
        Ne réessayez pas maintenant, et empêchez Marketo de réessayer.
        1. Si Marketo continue de se connecter avec un mot de passe stocké erroné, mettez-le en pause : Marketo Administration (Admin) → Microsoft Dynamics → Désactiver la synchronisation (Disable Sync).
        2. Attendez environ 30 minutes avant toute nouvelle tentative.
        3. { -sign-in-logs } : trouvez les connexions de l'utilisateur de synchronisation avec le code d'erreur 50053 et lisez la Raison de l'échec (Failure reason) (verrouillage ou IP malveillante).
        4. Pour un blocage lié au risque, examinez l'utilisateur sous Protection → Protection des ID (Identity Protection) → Utilisateurs à risque (Risky users) et, une fois la source jugée fiable, confirmez qu'il est sûr ou ignorez le risque.
        5. Assurez-vous du mot de passe (réinitialisez-le en cas de doute), saisissez-le dans Marketo, puis lancez `dynsync validate` une seule fois.
aadsts-50055 =
    .cause = Le mot de passe de l'utilisateur de synchronisation a expiré. Marketo ne peut pas changer de mot de passe : la synchronisation reste à l'arrêt tant qu'un nouveau mot de passe n'est pas défini et saisi.
    .remedy =
        1. Réinitialisez le mot de passe : Centre d'administration Microsoft Entra → Utilisateurs (Users) → l'utilisateur de synchronisation → Réinitialiser le mot de passe (Reset password) ; pour un utilisateur synchronisé depuis l'AD local, réinitialisez-le dans l'AD et attendez la synchronisation suivante.
        2. Si la réinitialisation impose un changement à la prochaine connexion, connectez-vous une fois en tant qu'utilisateur de synchronisation (par exemple sur https://myaccount.microsoft.com) pour définir le mot de passe définitif.
        3. Pour éviter que cela se reproduise, exemptez ce compte de service de l'expiration des mots de passe (pour un utilisateur cloud, réglez son passwordPolicies sur DisablePasswordExpiration avec Microsoft Graph ; pour un utilisateur synchronisé, une stratégie de mot de passe sans expiration dans l'AD).
        4. { -marketo-edit }
        5. Relancez `dynsync validate`.
aadsts-50056 =
    .cause = Azure AD ne détient aucun mot de passe pour l'utilisateur de synchronisation et ne peut donc pas vérifier celui envoyé par Marketo. C'est typique d'un utilisateur synchronisé ou fédéré dont le hachage de mot de passe n'est pas synchronisé, ou d'un compte configuré uniquement pour la connexion sans mot de passe.
    .remedy =
        1. Pour un utilisateur synchronisé depuis l'AD local, activez la synchronisation du hachage de mot de passe dans Microsoft Entra Connect (Fonctionnalités facultatives (Optional features) → Synchronisation de hachage de mot de passe (Password hash synchronization)) et attendez que le hachage atteigne Entra ID. Un domaine fédéré nécessite aussi la stratégie HRD indiquée par `dynsync explain 50126`.
        2. Ou utilisez un utilisateur de synchronisation cloud uniquement, doté d'un mot de passe.
        3. Relancez `dynsync validate`.
aadsts-50057 =
    .cause = Le compte de l'utilisateur de synchronisation est désactivé : Azure AD refuse donc de le connecter.
    .remedy =
        1. Centre d'administration Microsoft Entra → Utilisateurs (Users) → l'utilisateur de synchronisation → Modifier les propriétés (Edit properties) → Paramètres (Settings) → Compte activé (Account enabled).
        2. Pour un utilisateur synchronisé depuis l'AD local, activez-le dans Active Directory (Enable-ADAccount) et attendez la synchronisation suivante.
        3. Relancez `dynsync validate`.
aadsts-50059 =
    .cause = Azure AD n'a pas pu déterminer à quel locataire s'adresse la demande : l'URL n'en nomme aucun et les informations d'identification n'en impliquent aucun.
    .remedy = { -tenant-endpoint-steps }
aadsts-50064 =
    .cause = Azure AD n'a pas pu valider le nom d'utilisateur ou le mot de passe de l'utilisateur de synchronisation.
    .remedy = Traitez ce cas comme un mot de passe erroné : vérifiez le nom d'utilisateur (Username) et le mot de passe (Password) saisis dans Marketo (sans espaces au début ni à la fin) et lisez la connexion en échec dans { -sign-in-logs }. Des échecs répétés entraînent un verrouillage (AADSTS50053) : ne lancez `dynsync validate` qu'une fois les valeurs vérifiées.
aadsts-50072 =
    .cause = L'utilisateur de synchronisation doit s'inscrire à l'authentification multifacteur, une étape interactive que Marketo ne peut pas effectuer.
    .remedy =
        { -mfa-registration }
        { -mfa-steps }
aadsts-50074 =
    .cause = Une authentification forte est requise et l'utilisateur de synchronisation n'a pas satisfait la demande MFA. Une connexion par mot de passe ne peut pas répondre à une demande MFA.
    .remedy = { -mfa-steps }
aadsts-50076 =
    .cause = Azure AD exige l'authentification multifacteur pour l'utilisateur de synchronisation (stratégie d'accès conditionnel, MFA par utilisateur ou règle d'emplacement). Marketo se connecte uniquement par mot de passe et se retrouve bloqué.
    .remedy = { -mfa-steps }
aadsts-50079 =
    .cause = L'utilisateur de synchronisation doit enregistrer des informations de sécurité pour l'authentification multifacteur avant de pouvoir se connecter. Marketo ne peut effectuer ni l'inscription ni la MFA qui suit.
    .remedy =
        { -mfa-registration }
        { -mfa-steps }
aadsts-50097 =
    .cause = Une stratégie d'accès conditionnel exige l'authentification de l'appareil. Les serveurs de Marketo ne sont pas un appareil inscrit : l'utilisateur de synchronisation ne peut donc jamais la satisfaire.
    .remedy = { -mfa-steps }
aadsts-50105 =
    .cause = L'application d'entreprise de l'application Marketo exige l'affectation des utilisateurs, et l'utilisateur de synchronisation n'y est pas affecté.
    .remedy =
        1. Centre d'administration Microsoft Entra → Applications d'entreprise (Enterprise applications) → l'application Marketo → Utilisateurs et groupes (Users and groups) → Ajouter un utilisateur/groupe (Add user/group) → sélectionnez l'utilisateur de synchronisation → Attribuer (Assign).
        2. Ou, dans la page Propriétés (Properties) de l'application, réglez Affectation requise ? (Assignment required?) sur Non (No).
        3. Relancez `dynsync validate`.
aadsts-50125 =
    .cause = La connexion a été interrompue pour faire inscrire l'utilisateur de synchronisation à la réinitialisation du mot de passe en libre-service, une étape interactive que Marketo ne peut pas accomplir.
    .remedy =
        1. Connectez-vous une fois de manière interactive en tant qu'utilisateur de synchronisation et terminez l'inscription, ou laissez le compte hors du groupe qui doit s'inscrire (Protection → Réinitialisation du mot de passe (Password reset) → Inscription (Registration)).
        2. Relancez `dynsync validate`.
aadsts-50126 =
    .cause = Azure AD n'a pas accepté le nom d'utilisateur et le mot de passe de l'utilisateur de synchronisation. Pour un utilisateur d'un domaine fédéré, il renvoie le même code lorsqu'il n'est pas autorisé à vérifier lui-même le mot de passe.
    .remedy =
        Deux causes donnent ce code ; identifiez-la en vérifiant le domaine de l'utilisateur de synchronisation : Centre d'administration Microsoft Entra → Paramètres (Settings) → Noms de domaine (Domain names) indique quels domaines sont fédérés.
        Si le domaine est managé (cloud uniquement, synchronisation du hachage de mot de passe ou authentification directe), le mot de passe ou le nom d'utilisateur est erroné :
        { -managed-50126 }
        Si le domaine est fédéré : { -federated-50126 }
aadsts-50128 =
    .cause = Azure AD n'a trouvé aucun locataire pour le domaine de la demande ou du nom d'utilisateur. Le domaine après @ n'est probablement un domaine vérifié d'aucun locataire.
    .remedy =
        1. Vérifiez le domaine après @ dans le nom d'utilisateur de synchronisation : ce doit être un domaine vérifié du locataire Dynamics (Centre d'administration Microsoft Entra → Paramètres (Settings) → Noms de domaine (Domain names)) ou son domaine *.onmicrosoft.com.
        2. Passez explicitement le locataire avec --tenant (ID de l'annuaire ou domaine vérifié).
        3. Relancez `dynsync validate`.
aadsts-50131 =
    .cause = Une décision d'accès conditionnel a bloqué la connexion : état de l'appareil, activité suspecte, ou stratégie d'accès ou de sécurité.
    .remedy = { -mfa-steps }
aadsts-50135 =
    .cause = Protection des ID (Identity Protection) considère l'utilisateur de synchronisation comme à risque et exige un changement de mot de passe, ce que Marketo ne peut pas faire.
    .remedy =
        1. Protection → Protection des ID (Identity Protection) → Utilisateurs à risque (Risky users) : examinez l'utilisateur de synchronisation.
        2. Réinitialisez son mot de passe (Utilisateurs (Users) → l'utilisateur de synchronisation → Réinitialiser le mot de passe (Reset password)) et, une fois le compte jugé fiable, ignorez le risque.
        3. { -marketo-edit }
        4. Relancez `dynsync validate`.
aadsts-50144 =
    .cause = Le mot de passe Active Directory local de l'utilisateur de synchronisation a expiré.
    .remedy =
        1. Réinitialisez le mot de passe dans Active Directory (Utilisateurs et ordinateurs Active Directory, ou Set-ADAccountPassword) et attendez que Microsoft Entra Connect le synchronise.
        2. Appliquez à ce compte de service une stratégie de mot de passe sans expiration dans l'AD.
        3. { -marketo-edit }
        4. Relancez `dynsync validate`.
aadsts-50158 =
    .cause = Une demande de sécurité externe n'a pas été satisfaite : fournisseur MFA tiers, contrôle personnalisé d'accès conditionnel ou conditions d'utilisation. Marketo ne peut accomplir aucune demande interactive.
    .remedy =
        Excluez l'utilisateur de synchronisation de la stratégie qui exige le contrôle personnalisé ou les conditions d'utilisation.
        { -mfa-steps }
aadsts-50173 =
    .cause = L'octroi a été révoqué parce que le mot de passe de l'utilisateur de synchronisation a changé ou qu'un administrateur a révoqué ses sessions. Une nouvelle connexion avec le mot de passe actuel est nécessaire.
    .remedy =
        1. Saisissez le mot de passe actuel de l'utilisateur de synchronisation. { -marketo-edit }
        2. Relancez `dynsync validate`.
aadsts-50196 =
    .cause = Azure AD a détecté une boucle client : la même demande de jeton est arrivée trop souvent en peu de temps, et les demandes suivantes sont limitées.
    .remedy =
        Ne réessayez pas maintenant.
        1. Attendez quelques minutes ; arrêtez tout script ou outil de supervision qui demande des jetons en boucle pour l'utilisateur de synchronisation.
        2. { -sign-in-logs } : filtrez sur l'utilisateur de synchronisation pour voir quelle application envoie les demandes.
        3. Après la pause, lancez `dynsync validate` une seule fois.
aadsts-53000 =
    .cause = Une stratégie d'accès conditionnel exige un appareil conforme (géré). Marketo se connecte depuis ses propres serveurs, qui ne peuvent jamais être un appareil conforme.
    .remedy = { -mfa-steps }
aadsts-53001 =
    .cause = Une stratégie d'accès conditionnel exige un appareil joint au domaine. Les serveurs de Marketo ne sont pas joints à votre domaine.
    .remedy = { -mfa-steps }
aadsts-53002 =
    .cause = Une stratégie d'accès conditionnel exige une application cliente approuvée. Le connecteur de Marketo n'en fait pas partie.
    .remedy = { -mfa-steps }
aadsts-53003 =
    .cause = Une stratégie d'accès conditionnel a bloqué la connexion. Elle peut bloquer selon l'emplacement, la plateforme, l'application cliente ou le risque.
    .remedy =
        Si la stratégie bloque selon l'emplacement, au lieu d'exclure l'utilisateur, vous pouvez ajouter les adresses IP sortantes de Marketo (demandez-les au support Adobe) comme emplacement nommé approuvé.
        { -mfa-steps }
aadsts-53004 =
    .cause = L'utilisateur de synchronisation doit terminer le processus d'inscription à l'authentification multifacteur (proof-up) avant de pouvoir se connecter. Marketo ne peut effectuer ni l'inscription ni la MFA qui suit.
    .remedy =
        { -mfa-registration }
        { -mfa-steps }
aadsts-65001 =
    .cause = Personne n'a donné son consentement à l'autorisation Dynamics CRM (user_impersonation) de l'application Marketo : Azure AD ne délivre donc pas de jeton pour Dynamics.
    .remedy = { -consent-steps }
aadsts-70001 =
    .cause = L'application Marketo est désactivée dans ce locataire.
    .remedy = { -app-enable-steps }
aadsts-70002 =
    .cause = Azure AD n'a pas pu valider les informations d'identification du client (ID client et secret client). Les anciennes réponses v1 envoient d'abord ce code générique, puis la raison précise ; dynsync se fie au dernier code.
    .remedy =
        1. Si la réponse indiquait aussi un code plus précis, lancez `dynsync explain` avec ce code.
        2. Sinon, vérifiez le secret client : ce doit être la Valeur du secret (pas son ID de secret), non expirée, et provenant de la même inscription d'application que l'ID client (Inscriptions d'applications (App registrations) → l'application Marketo → Certificats et secrets (Certificates & secrets)).
        3. En cas de doute, créez un nouveau secret client, saisissez sa Valeur dans Marketo et relancez `dynsync validate`.
aadsts-70008 =
    .cause = Le jeton d'actualisation ou l'octroi a expiré ou a été révoqué. Marketo doit se reconnecter avec le mot de passe.
    .remedy =
        1. Saisissez de nouveau les informations d'identification de l'utilisateur de synchronisation pour que Marketo se reconnecte (avec le nouveau mot de passe s'il a changé). { -marketo-edit }
        2. Lancez `dynsync validate` pour confirmer que la connexion par mot de passe fonctionne.
aadsts-70011 =
    .cause = L'étendue (scope) demandée est invalide. Pour Marketo, l'étendue est construite à partir de l'URL de l'organisation ({"{org URL}"}/.default) : une URL erronée ou mal formée provoque cette erreur.
    .remedy =
        1. Vérifiez l'URL de l'organisation : https://<org>.crm<N>.dynamics.com, sans chemin (pas de /api/data…), sans faute de frappe.
        2. L'étendue doit nommer une seule ressource (sinon AADSTS700022).
        3. Corrigez l'URL et relancez `dynsync validate`.
aadsts-80001 =
    .cause = L'agent d'authentification directe ne parvient pas à joindre Active Directory : le mot de passe de l'utilisateur de synchronisation ne peut donc pas être vérifié.
    .remedy = { -pta-steps }
aadsts-80002 =
    .cause = La validation du mot de passe par l'agent d'authentification directe a expiré.
    .remedy = { -pta-steps }
aadsts-80012 =
    .cause = L'utilisateur de synchronisation a tenté de se connecter en dehors des horaires d'accès autorisés dans Active Directory.
    .remedy =
        1. Utilisateurs et ordinateurs Active Directory → l'utilisateur de synchronisation → Compte (Account) → Horaires d'accès (Logon Hours) : autorisez toutes les heures (la synchronisation tourne en permanence).
        2. Relancez `dynsync validate` une fois la modification répliquée.
aadsts-80013 =
    .cause = L'horloge d'un serveur d'agent d'authentification directe diffère trop de celle d'Active Directory.
    .remedy =
        1. Corrigez la synchronisation de l'heure sur les serveurs des agents (ils doivent suivre la hiérarchie de temps du domaine ; w32tm /resync force une mise à jour).
        2. Relancez `dynsync validate`.
aadsts-80014 =
    .cause = L'agent d'authentification directe a répondu après le délai maximal autorisé.
    .remedy = { -pta-steps }
aadsts-90002 =
    .cause = Le locataire nommé dans la demande est introuvable. L'ID du locataire ou le domaine est mal saisi, n'est pas un domaine vérifié, ou appartient à un autre cloud (US Government ou Chine).
    .remedy =
        1. Vérifiez la valeur passée avec --tenant : l'ID de l'annuaire (locataire) (Directory (tenant) ID) indiqué dans le Centre d'administration Microsoft Entra → Vue d'ensemble (Overview), ou un domaine vérifié comme contoso.onmicrosoft.com ; ou omettez --tenant pour le découvrir à partir de l'URL de l'organisation.
        2. Si le locataire a été déduit du domaine du nom d'utilisateur, ce domaine doit être vérifié dans le locataire ; sinon, corrigez le nom d'utilisateur (Username).
        3. Pour GCC High, DoD ou la Chine, passez --cloud usgovhigh, dod ou china.
        4. Relancez `dynsync validate`.
aadsts-90010 =
    .cause = Azure AD n'a pas pu créer l'algorithme dont la demande a besoin ("Unable to create the algorithm" dans la référence de Microsoft). Les serveurs envoient aussi ce code quand l'octroi par mot de passe est allé au point de terminaison /common ou /consumers, et le message de Microsoft le précise alors ; dynsync se fie à ce message quand il en a un.
    .remedy =
        1. Lisez le message de Microsoft (error_description). S'il indique que le type d'octroi n'est pas pris en charge sur les points de terminaison /common ou /consumers, la demande ne nommait pas le locataire. { -tenant-endpoint-steps }
        2. Sinon, aucun élément de la configuration n'est connu pour en être la cause : relancez `dynsync validate` plus tard ; si le problème persiste, ouvrez { -sign-in-logs }, trouvez la connexion en échec et communiquez au support Microsoft son ID de trace (Trace ID) et son ID de corrélation (Correlation ID).
# AADSTS90010 when Microsoft's message says the grant type is not supported over /common or
# /consumers (what servers send for a password grant there): a summary (after the code and
# name), the cause `dynsync explain` shows, and a remedy.
aadsts-90010-common =
    .summary = l'octroi par mot de passe n'est pas pris en charge sur le point de terminaison /common ou /consumers : la demande doit nommer le locataire
    .cause = La demande est allée au point de terminaison /common ou /consumers, qui n'accepte pas l'octroi par mot de passe. Elle doit aller au point de terminaison propre au locataire (son ID de l'annuaire (locataire) ou un domaine vérifié) ou à /organizations.
    .remedy =
        La demande est allée à /common ou /consumers ; l'octroi par mot de passe nécessite le point de terminaison propre au locataire ou /organizations.
        { -tenant-endpoint-steps }
aadsts-90014 =
    .cause = Un champ nécessaire à la demande est absent. Cela tient à la façon dont la demande a été construite plutôt qu'à des informations d'identification erronées.
    .remedy =
        1. Vérifiez qu'aucune des entrées (ID client, secret client, nom d'utilisateur, mot de passe, URL de l'organisation) n'est vide.
        2. Relancez `dynsync validate` ; si le problème persiste alors que toutes les entrées sont renseignées, signalez-le comme bogue de dynsync en citant l'ID de trace (Trace ID).
aadsts-90038 =
    .cause = Le locataire appartient à un cloud national (US Government ou Chine), mais la demande est allée à l'hôte de connexion d'un autre cloud.
    .remedy =
        1. Utilisez l'hôte de connexion du cloud du locataire. Avec dynsync : --cloud usgovhigh ou --cloud dod (login.microsoftonline.us), --cloud china (login.partner.microsoftonline.cn) ; GCC utilise --cloud usgov, qui se connecte sur l'hôte commercial.
        2. L'URL de l'organisation indique le cloud : *.crm.microsoftdynamics.us correspond à GCC High, *.crm.appsplatform.us à DoD, *.crm.dynamics.cn à la Chine, *.crm9.dynamics.com à GCC.
        3. Relancez `dynsync validate --cloud …`.
aadsts-90055 =
    .cause = Azure AD limite les demandes pour ce locataire, car il en est arrivé trop.
    .remedy =
        Ne réessayez pas maintenant.
        1. Attendez plusieurs minutes et arrêtez toute boucle qui demande des jetons.
        2. Lancez ensuite `dynsync validate` une seule fois.
aadsts-90094 =
    .cause = Un administrateur doit donner son consentement aux autorisations de l'application Marketo avant que l'utilisateur de synchronisation puisse se connecter.
    .remedy = { -consent-steps }
aadsts-500011 =
    .cause = Le locataire n'a aucune ressource correspondant à l'URL de l'organisation pour laquelle le jeton a été demandé. L'URL de l'organisation est erronée (région, orthographe) ou l'environnement Dynamics appartient à un autre locataire.
    .remedy =
        1. Copiez l'URL de l'organisation depuis Dynamics (Paramètres (Settings) → Personnalisations (Customizations) → Ressources pour les développeurs (Developer Resources)) ou depuis le Centre d'administration Power Platform (Environnements (Environments) → l'environnement → URL de l'environnement (Environment URL)) et comparez : https://<org>.crm<N>.dynamics.com, rien après l'hôte.
        2. Vérifiez que l'utilisateur de synchronisation, l'inscription d'application et l'environnement sont tous dans le même locataire.
        3. Marketo ne permet plus de modifier l'URL après la première synchronisation : saisissez-la correctement avant d'enregistrer, puis relancez `dynsync validate`.
aadsts-500014 =
    .cause = Le principal de service Dynamics CRM est désactivé dans ce locataire, par exemple parce qu'un abonnement a expiré ou qu'un administrateur l'a désactivé.
    .remedy =
        1. Centre d'administration Microsoft Entra → Applications d'entreprise (Enterprise applications) → Type d'application (Application type) : Applications Microsoft (Microsoft Applications) → Dynamics CRM (ID d'application 00000007-0000-0000-c000-000000000000) → Propriétés (Properties) → Activé pour que les utilisateurs se connectent ? (Enabled for users to sign in?) → Oui (Yes).
        2. Vérifiez l'abonnement Dynamics 365 dans le Centre d'administration Microsoft 365 → Facturation (Billing) → Vos produits (Your products).
        3. Relancez `dynsync validate`.
aadsts-530003 =
    .cause = Une stratégie d'accès conditionnel exige un appareil géré pour accéder à cette ressource. Les serveurs de Marketo ne peuvent jamais être un appareil géré.
    .remedy = { -mfa-steps }
aadsts-530032 =
    .cause = Une stratégie de sécurité au niveau du locataire a bloqué la demande.
    .remedy =
        Examinez les stratégies de sécurité du locataire nommées dans la connexion en échec.
        { -mfa-steps }
aadsts-530035 =
    .cause = Les paramètres de sécurité par défaut ont bloqué la connexion, considérée comme une authentification héritée ou non sécurisée. Les paramètres de sécurité par défaut exigent la MFA et ne permettent pas d'exclure un compte.
    .remedy =
        Les paramètres de sécurité par défaut ne permettent pas d'exclure un utilisateur : désactivez-les (Centre d'administration Microsoft Entra → Vue d'ensemble (Overview) → Propriétés (Properties) → Gérer les paramètres de sécurité par défaut (Manage security defaults) → Désactivé (Disabled)) et remplacez-les par des stratégies d'accès conditionnel qui excluent l'utilisateur de synchronisation, ou utilisez la connexion Server-to-Server (S2S) de Marketo.
        { -mfa-steps }
aadsts-650052 =
    .cause = L'application a besoin d'un service auquel le locataire n'est pas abonné ou qu'il n'a pas activé. Pour Marketo, cela signifie que le locataire n'a pas de service Dynamics 365 (Dataverse).
    .remedy =
        1. Vérifiez que vous utilisez le locataire propriétaire de l'environnement Dynamics 365 (comparez --tenant au locataire de l'URL de l'organisation).
        2. Vérifiez que le locataire a un abonnement Dynamics 365 ou Power Apps actif (Centre d'administration Microsoft 365 → Facturation (Billing) → Vos produits (Your products)).
        3. Relancez `dynsync validate`.
aadsts-650056 =
    .cause = L'application Marketo ne déclare aucune autorisation pour Dynamics CRM, ou aucun administrateur n'y a consenti.
    .remedy = { -consent-steps }
aadsts-650057 =
    .cause = L'application Marketo a demandé Dynamics, qui ne figure pas parmi les autorisations de l'API de son inscription d'application.
    .remedy = { -consent-steps }
aadsts-700003 =
    .cause = Azure AD a cherché un objet appareil qui n'existe pas (un appareil supprimé), ce qui se produit quand une stratégie d'accès conditionnel basée sur l'appareil s'applique à l'utilisateur de synchronisation.
    .remedy = { -mfa-steps }
aadsts-700011 =
    .cause = Aucune application portant cet ID client n'existe dans le locataire.
    .remedy = { -client-id-steps }
aadsts-700016 =
    .cause = Azure AD n'a trouvé aucune application portant cet ID client dans le locataire. L'ID client est mal saisi, est l'ID d'objet (Object ID) au lieu de l'ID d'application (client) (Application (client) ID), ou l'application se trouve dans un autre locataire.
    .remedy = { -client-id-steps }
aadsts-700022 =
    .cause = L'étendue (scope) nomme plus d'une ressource. L'étendue de Marketo doit être l'URL de l'organisation suivie de /.default (plus offline_access), et rien d'autre.
    .remedy =
        1. Vérifiez que l'URL de l'organisation contient une seule adresse, comme https://contoso.crm.dynamics.com.
        2. Relancez `dynsync validate`.
aadsts-700025 =
    .cause = L'inscription d'application est traitée comme un client public : Azure AD refuse donc le secret client envoyé par Marketo.
    .remedy =
        1. Centre d'administration Microsoft Entra → Inscriptions d'applications (App registrations) → l'application Marketo → Authentification (Authentication) → Paramètres avancés (Advanced settings) → Autoriser les flux de clients publics (Allow public client flows) → Non (No) → Enregistrer (Save) (isFallbackPublicClient = false).
        2. Conservez le secret client dans Marketo : Marketo se connecte en tant que client confidentiel.
        3. Relancez `dynsync validate`.
aadsts-900144 =
    .cause = Il manque un paramètre obligatoire dans le corps de la demande ; le message de Microsoft le nomme.
    .remedy =
        1. Vérifiez qu'aucune des entrées (ID client, secret client, nom d'utilisateur, mot de passe, URL de l'organisation) n'est vide.
        2. Si toutes les entrées sont renseignées et que le problème persiste, la demande était mal formée (souvent son encodage de formulaire) : signalez-le comme bogue de dynsync en citant l'ID de trace (Trace ID).
aadsts-901002 =
    .cause = La demande a envoyé un paramètre 'resource' au point de terminaison de jeton v2.0, qui n'accepte que 'scope'.
    .remedy = Il s'agit d'un bogue du client, pas d'un problème de configuration : v2.0 prend scope={"{org URL}"}/.default, le point de terminaison v1 prend resource={"{org URL}"}. Si c'est dynsync qui a envoyé la demande, signalez-le avec l'ID de trace (Trace ID).
aadsts-7000112 =
    .cause = L'application Marketo est désactivée dans ce locataire.
    .remedy = { -app-enable-steps }
aadsts-7000215 =
    .cause = Azure AD a refusé le secret client. Le plus souvent, l'ID du secret (Secret ID) a été copié au lieu de la Valeur du secret (Value), ou le secret appartient à une autre inscription d'application.
    .remedy =
        ID du secret ou Valeur : Inscriptions d'applications (App registrations) → l'application Marketo → Certificats et secrets (Certificates & secrets) liste chaque secret client avec une Valeur (Value) et un ID de secret (Secret ID). Marketo a besoin de la Valeur, que le portail n'affiche en entier qu'une seule fois, juste après la création du secret. Une chaîne en forme de GUID (8-4-4-4-12 chiffres hexadécimaux) est l'ID du secret, pas le secret.
        1. Si vous n'avez plus la Valeur, créez un nouveau secret client (Certificats et secrets (Certificates & secrets) → Nouveau secret client (New client secret)) et copiez immédiatement sa Valeur.
        2. Vérifiez que le secret appartient à la même inscription d'application que l'ID client.
        3. { -marketo-edit }
        4. Relancez `dynsync validate`.
aadsts-7000218 =
    .cause = La demande ne contenait aucun secret client alors que l'inscription d'application est un client confidentiel. La configuration par mot de passe de Marketo nécessite le secret client.
    .remedy =
        1. Saisissez la Valeur du secret client dans Marketo (Secret du client (Client Secret)) et fournissez-la à dynsync.
        2. Laissez Autoriser les flux de clients publics (Allow public client flows) sur Non (No) : transformer l'application en client public ne convient pas à Marketo, qui envoie un secret (cela donne AADSTS700025).
        3. Relancez `dynsync validate`.
aadsts-7000222 =
    .cause = Le secret client a expiré. Marketo continue de l'envoyer, et la synchronisation reste à l'arrêt tant qu'un nouveau secret n'est pas saisi.
    .remedy =
        1. Inscriptions d'applications (App registrations) → l'application Marketo → Certificats et secrets (Certificates & secrets) → Nouveau secret client (New client secret) : créez un nouveau secret à côté de celui qui a expiré et copiez sa Valeur (affichée une seule fois). Notez sa date d'expiration pour le renouveler à temps.
        2. { -marketo-edit }
        3. Lancez `dynsync validate` pour confirmer.
        4. Supprimez l'ancien secret plus tard, une fois que la synchronisation fonctionne avec le nouveau.
aadsts-9001023 =
    .cause = L'octroi par mot de passe n'est pas pris en charge sur le point de terminaison /common ou /consumers. La demande doit nommer le locataire.
    .remedy = { -tenant-endpoint-steps }
aadsts-9002313 =
    .cause = La demande était mal formée ou invalide. Cela tient à la façon dont elle a été construite plutôt qu'aux informations d'identification.
    .remedy =
        1. Relancez `dynsync validate`.
        2. Si le problème persiste, signalez-le comme bogue de dynsync en citant l'ID de trace (Trace ID) (sans inclure de secrets).
