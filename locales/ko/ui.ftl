# 터미널 (src/ui.rs).

ui-browser-failed = 브라우저를 열 수 없습니다({ $error }). { $url }을(를) 직접 여십시오
ui-prompt-ended = 답변 없이 프롬프트가 종료되었습니다

# dialoguer가 예/아니요 질문과 숨겨진 입력 뒤에 쓰는 답.
ui-answer-yes = 예
ui-answer-no = 아니요
ui-answer-hidden = [숨김]
