# The validation report as a person reads it (src/ui.rs: render_report).

report-checklist-heading = Liste de contrôle "Validation de la configuration de la synchronisation (Validate Sync Setup)" de Marketo, prédite :
# After an item whose status could not be predicted.
report-checklist-unpredictable = (impossible à prédire : vérifiez-le dans Marketo)

## The closing line. $mark is the status symbol (✓ or ✗, maybe coloured); $fails and
## $warnings are numbers of checks.

report-all-passed = { $mark } toutes les vérifications ont réussi : ces informations d'identification sont prêtes pour Marketo.
report-passed-with-warnings =
    { $mark } toutes les vérifications ont réussi, avec { $warnings ->
        [one] { $warnings } avertissement : lisez-le
       *[other] { $warnings } avertissements : lisez-les
    } avant d'enregistrer les informations d'identification dans Marketo.
report-failed =
    { $mark } { $fails ->
        [one] { $fails } vérification a échoué
       *[other] { $fails } vérifications ont échoué
    }{ $warnings ->
        [0] {""}
        [one] , { $warnings } avertissement
       *[other] , { $warnings } avertissements
    } : corrigez-{ $fails ->
        [one] la
       *[other] les
    } avant d'enregistrer quoi que ce soit dans Marketo.
