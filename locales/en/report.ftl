# The validation report as a person reads it (src/ui.rs: render_report).

report-checklist-heading = Marketo's "Validate Sync Setup" checklist, predicted:
# After an item whose status could not be predicted.
report-checklist-unpredictable = (could not be predicted: check it in Marketo)

## The closing line. $mark is the status symbol (✓ or ✗, maybe coloured); $fails and
## $warnings are numbers of checks.

report-all-passed = { $mark } all checks passed: these credentials are ready for Marketo.
report-passed-with-warnings =
    { $mark } all checks passed with { $warnings ->
        [one] { $warnings } warning: read it
       *[other] { $warnings } warnings: read them
    } before you save the credentials in Marketo.
report-failed =
    { $mark } { $fails ->
        [one] { $fails } check
       *[other] { $fails } checks
    } failed{ $warnings ->
        [0] {""}
        [one] , { $warnings } warning
       *[other] , { $warnings } warnings
    }: fix { $fails ->
        [one] it
       *[other] them
    } before you save anything in Marketo.
