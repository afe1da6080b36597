# The terminal (src/ui.rs).

ui-browser-failed = could not open a browser ({ $error }); open { $url } by hand
ui-prompt-ended = the prompt ended without an answer

# The answers dialoguer writes after a yes/no question and a hidden input.
ui-answer-yes = yes
ui-answer-no = no
ui-answer-hidden = [hidden]
