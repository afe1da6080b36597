# 사람이 읽는 검증 보고서 (src/ui.rs: render_report).

report-checklist-heading = Marketo "동기화 설정의 유효성 검사 (Validate Sync Setup)" 체크리스트 예측:
# After an item whose status could not be predicted.
report-checklist-unpredictable = (예측할 수 없음: Marketo에서 확인하십시오)

## The closing line. $mark is the status symbol (✓ or ✗, maybe coloured); $fails and
## $warnings are numbers of checks.

report-all-passed = { $mark } 모든 검사를 통과했습니다. 이 자격 증명을 Marketo에서 사용할 수 있습니다.
report-passed-with-warnings =
    { $mark } 모든 검사를 통과했지만 경고가 { $warnings }개 있습니다. Marketo에 자격 증명을 저장하기 전에 경고를 읽으십시오.
report-failed =
    { $mark } 검사 { $fails }개 실패{ $warnings ->
        [0] {""}
       *[other] , 경고 { $warnings }개
    }: Marketo에 저장하기 전에 해결하십시오.
