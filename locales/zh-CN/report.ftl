# The validation report as a person reads it (src/ui.rs: render_report).

report-checklist-heading = Marketo“验证同步设置 (Validate Sync Setup)”检查清单，预测结果：
# After an item whose status could not be predicted.
report-checklist-unpredictable = （无法预测：请在 Marketo 中检查）

## The closing line. $mark is the status symbol (✓ or ✗, maybe coloured); $fails and
## $warnings are numbers of checks.

report-all-passed = { $mark } 所有检查均已通过：这些凭据可以用于 Marketo。
report-passed-with-warnings = { $mark } 所有检查均已通过，但有 { $warnings } 个警告：请先阅读警告，再在 Marketo 中保存凭据。
report-failed =
    { $mark } { $fails } 项检查失败{ $warnings ->
        [0] {""}
       *[other] ，{ $warnings } 个警告
    }：请先修复，再在 Marketo 中保存任何内容。
