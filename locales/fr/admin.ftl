# The Azure admin's sign-in (src/admin/): the browser flow and the device code flow.

admin-signed-in = Connecté à Azure en tant que { $user } (pour cette exécution uniquement : les jetons de l'administrateur restent en mémoire, jamais stockés).
admin-no-refresh-token = Azure AD n'a fourni aucun jeton d'actualisation à la connexion : aucun jeton pour une autre ressource ne peut être obtenu sans se reconnecter. Relancez la commande.
admin-sign-in-refused = Azure AD a refusé la connexion de l'administrateur : { $detail }
admin-device-code = Pour vous connecter en tant qu'administrateur Azure, ouvrez { $url } dans un navigateur sur n'importe quel appareil et saisissez le code { $code } (valide { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }). En attente…
admin-demo-approves = locataire de démonstration : l'administrateur simulé approuve le code
admin-device-declined = La connexion a été refusée sur la page du code d'appareil ; rien n'a été modifié. Relancez la commande pour vous connecter.
admin-device-expired = Le code d'appareil a expiré avant la fin de la connexion ; rien n'a été modifié. Relancez la commande pour obtenir un nouveau code.
admin-browser-opening = Ouverture du navigateur pour la connexion de l'administrateur Azure…
admin-browser-url = Si le navigateur ne s'ouvre pas, accédez à : { $url }
admin-browser-not-opened = Aucun navigateur n'a pu être ouvert ici. Ouvrez l'adresse ci-dessus sur cette machine, ou relancez avec --device-code pour vous connecter depuis un autre appareil.
admin-browser-timeout = La connexion dans le navigateur n'a pas été terminée à temps ; rien n'a été modifié. Relancez (avec --device-code pour vous connecter depuis un autre appareil).
admin-browser-state-mismatch = La réponse de connexion reçue par dynsync n'appartient pas à cette connexion (son paramètre state ne correspond pas) : elle a donc été refusée. Reconnectez-vous depuis l'adresse affichée par dynsync.
admin-browser-page-done = Connecté. Vous pouvez fermer cet onglet et revenir à dynsync.
admin-browser-page-failed = La connexion n'a pas abouti. Revenez à dynsync pour en connaître la raison.
admin-client-id-not-guid = --admin-client-id / DYNSYNC_ADMIN_CLIENT_ID : { $value } n'est pas un GUID. Indiquez l'ID d'application (client) d'un client public inscrit dans votre locataire, ou omettez l'option pour vous connecter avec celui d'Azure CLI.
admin-graph-host-invalid = --graph-host / DYNSYNC_GRAPH_HOST : { $value } n'est pas une URL de base Graph. Indiquez https://HOST (http uniquement pour le loopback), sans chemin, requête ni informations d'identification.
