# The validation report as a person reads it (src/ui.rs: render_report).

report-checklist-heading = Voorspelling van de Marketo-checklist "Synchronisatie-instelling valideren (Validate Sync Setup)":
# After an item whose status could not be predicted.
report-checklist-unpredictable = (niet te voorspellen: controleer dit in Marketo)

## The closing line. $mark is the status symbol (✓ or ✗, maybe coloured); $fails and
## $warnings are numbers of checks.

report-all-passed = { $mark } alle controles geslaagd: deze referenties zijn klaar voor Marketo.
report-passed-with-warnings =
    { $mark } alle controles geslaagd met { $warnings ->
        [one] { $warnings } waarschuwing: lees deze
       *[other] { $warnings } waarschuwingen: lees deze
    } voordat u de referenties in Marketo opslaat.
report-failed =
    { $mark } { $fails ->
        [one] { $fails } controle
       *[other] { $fails } controles
    } mislukt{ $warnings ->
        [0] {""}
        [one] , { $warnings } waarschuwing
       *[other] , { $warnings } waarschuwingen
    }: los { $fails ->
        [one] deze
       *[other] deze
    } op voordat u iets in Marketo opslaat.
