# The terminal (src/ui.rs).

ui-browser-failed = 无法打开浏览器（{ $error }）；请手动打开 { $url }
ui-prompt-ended = 提示已结束，但未收到回答

ui-answer-yes = 是
ui-answer-no = 否
ui-answer-hidden = [已隐藏]
