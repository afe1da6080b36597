### input

# The input rules (src/input.rs, src/connection.rs): what is wrong with an input, and how to fix
# it. A rule's message is the problem; its .fix attribute says what to do. Nothing is sent while
# an input breaks a rule. $value is the input as typed, already quoted ("…", with escapes).

## The inputs as the messages name them (src/input.rs: field_label).

input-field-client-id = ID client
input-field-client-secret = secret client
input-field-username = nom d'utilisateur de synchronisation
input-field-password = mot de passe de synchronisation
input-field-org-url = URL de l'organisation
input-field-tenant = locataire

## Where a missing input can come from (src/input.rs: source_hint).

input-source-client-id = passez --client-id ou définissez DYNSYNC_CLIENT_ID
input-source-username = passez --username ou définissez DYNSYNC_USERNAME
input-source-org-url = passez --org-url ou définissez DYNSYNC_ORG_URL
input-source-tenant = passez --tenant ou définissez DYNSYNC_TENANT
input-source-client-secret = définissez DYNSYNC_CLIENT_SECRET, utilisez --secrets-stdin (ligne 1) ou lancez la commande dans un terminal pour qu'il vous soit demandé
input-source-password = définissez DYNSYNC_PASSWORD, utilisez --secrets-stdin (ligne 2) ou lancez la commande dans un terminal pour qu'il vous soit demandé

# An input nobody gave; $field is its name (input-field-…). The fix is its input-source-… text.
input-missing = valeur manquante : { $field }

## The sync password.

input-password-empty = le mot de passe de synchronisation est vide
input-password-white-space = le mot de passe de synchronisation commence ou se termine par une espace, ce que l'octroi par mot de passe d'Azure AD n'accepte pas
    .fix = saisissez le mot de passe exactement, sans espaces ni tabulations autour

## The client secret.

input-client-secret-empty = le secret client est vide
input-client-secret-is-secret-id = le secret client ressemble à un GUID : c'est l'ID du secret (Secret ID), pas la Valeur du secret (Value)
    .fix = dans le portail Azure (Inscriptions d'applications (App registrations) → votre application → Certificats et secrets (Certificates & secrets)), copiez la colonne Valeur (Value), affichée une seule fois à la création du secret ; si elle n'est plus affichée, créez un nouveau secret client
input-client-secret-white-space = le secret client contient des espaces, ce qu'une Valeur de secret ne contient jamais
    .fix = copiez de nouveau la Valeur, sans espaces ni sauts de ligne autour

## The client ID.

input-client-id-not-guid = l'ID client { $value } n'est pas un GUID
    .fix = utilisez l'ID d'application (client) (Application (client) ID) de la page Vue d'ensemble (Overview) de l'inscription d'application, p. ex. 11111111-2222-3333-4444-555555555555

## The sync username.

input-username-domain-user = { $value } est un nom DOMAINE\utilisateur ; l'octroi par mot de passe auprès d'Azure AD exige le nom d'utilisateur principal (UPN)
    .fix = utilisez l'UPN de l'utilisateur de synchronisation, p. ex. marketo.sync@contoso.com (Centre d'administration Microsoft Entra → Utilisateurs (Users) → l'utilisateur → Nom d'utilisateur principal (User principal name))
input-username-control = le nom d'utilisateur de synchronisation contient des caractères de contrôle (collé depuis un terminal ou un document ?)
input-username-not-upn = { $value } n'est pas un nom d'utilisateur principal (utilisateur@domaine)
    .fix = utilisez l'UPN de l'utilisateur de synchronisation, p. ex. marketo.sync@contoso.com

## The tenant (--tenant).

input-tenant-not-for-password-grant = le locataire { $value } ne peut pas être utilisé avec l'octroi par mot de passe
    .fix = passez l'ID de l'annuaire (locataire) (Directory (tenant) ID) ou un domaine vérifié comme contoso.onmicrosoft.com, ou omettez --tenant pour qu'il soit découvert
input-tenant-invalid = le locataire { $value } n'est ni un GUID ni un domaine
    .fix = passez l'ID de l'annuaire (locataire) (Directory (tenant) ID) indiqué dans le Centre d'administration Microsoft Entra → Vue d'ensemble (Overview), ou un domaine vérifié

## The org URL (src/input.rs: normalize_org_url). $error is the URL parser's own text.

input-org-url-empty = l'URL de l'organisation est vide
input-org-url-not-url = l'URL de l'organisation { $value } n'est pas une URL ({ $error })
input-org-url-no-host = l'URL de l'organisation { $value } n'a pas d'hôte
input-org-url-credentials = l'URL de l'organisation ne doit contenir ni nom d'utilisateur ni mot de passe
input-org-url-http = l'URL de l'organisation { $value } utilise http ; Dynamics 365 exige https
# $scheme is quoted, like $value.
input-org-url-scheme = le schéma { $scheme } de l'URL de l'organisation n'est pas https
# The fix for each of the above.
input-org-url-fix = utilisez l'URL de l'environnement, p. ex. https://contoso.crm.dynamics.com (Centre d'administration Power Platform → Environnements (Environments) → URL de l'environnement (Environment URL))

# What normalising the org URL changed, shown as warnings; the fix is input-org-url-normalised.
input-org-url-api-host = { $host } est l'hôte de l'API web ; utilisation de l'hôte de l'instance { $instance }
input-org-url-path-dropped = chemin { $path } retiré de l'URL de l'organisation
input-org-url-path-ignored = chemin { $path } ignoré : les URL d'organisation Dynamics Online n'en ont pas
input-org-url-query-dropped = chaîne de requête retirée de l'URL de l'organisation
input-org-url-normalised = dynsync utilise l'URL d'instance indiquée ci-dessus

input-org-host-unknown = { $host } n'est pas un hôte Dynamics 365 Online connu
    .fix = les URL Dynamics Online sont de la forme https://ORG.crmN.dynamics.com ; vérifiez l'URL dans le Centre d'administration Power Platform
# $given and $inferred are cloud names as --cloud takes them (public, usgov, …).
input-cloud-mismatch = --cloud { $given } a été indiqué, mais l'URL de l'organisation appartient au cloud { $inferred }
    .fix = vérifiez l'URL de l'organisation et le cloud ; l'hôte de connexion dépend de --cloud

## The login host (--authority-host; src/input.rs: normalize_authority_host).

input-authority-not-url = l'hôte d'autorité { $value } n'est pas une URL ({ $error })
input-authority-no-host = l'hôte d'autorité { $value } n'a pas d'hôte
input-authority-not-https = l'hôte d'autorité { $value } doit utiliser https (http uniquement pour le loopback)
# The fix for each of the above.
input-authority-empty = l'hôte d'autorité est vide
input-authority-userinfo = l'hôte d'autorité { $value } ne doit contenir ni nom d'utilisateur ni mot de passe
input-authority-query = l'hôte d'autorité { $value } ne doit avoir ni chaîne de requête ni fragment
input-authority-fix = passez une URL de base comme https://login.microsoftonline.com

## Other settings.

input-timeout-zero = le délai doit être d'au moins 1 seconde
    .fix = passez --timeout SECS avec SECS ≥ 1
input-ca-bundle-missing = le bundle CA { $path } n'existe pas ou n'est pas un fichier
    .fix = passez --ca-bundle FILE avec un fichier PEM de certificats d'autorité ; si un profil contient ce chemin (l'autorité de certification d'un locataire de démonstration est supprimée quand il s'arrête), donnez-lui le nouveau : dynsync profile set NAME --ca-bundle FILE

## Dates (src/input.rs: parse_date).

input-date-invalid = { $value } n'est pas une date : utilisez AAAA-MM-JJ (2027-05-01) ou M/J/AAAA comme l'affiche le portail Azure en anglais (5/1/2027 est le 1er mai 2027) ; une date JJ/MM/AAAA du portail en français se saisit en AAAA-MM-JJ
