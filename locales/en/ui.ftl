# The terminal (src/ui.rs).

ui-browser-failed = could not open a browser ({ $error }); open { $url } by hand
ui-prompt-ended = the prompt ended without an answer
