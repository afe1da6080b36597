# The terminal (src/ui.rs).

ui-browser-failed = kan geen browser openen ({ $error }); open { $url } handmatig
ui-prompt-ended = de invoer is beëindigd zonder antwoord

ui-answer-yes = ja
ui-answer-no = nee
ui-answer-hidden = [verborgen]
