# The terminal (src/ui.rs).

ui-browser-failed = impossible d'ouvrir un navigateur ({ $error }) ; ouvrez { $url } vous-même
ui-prompt-ended = l'invite s'est terminée sans réponse

ui-answer-yes = oui
ui-answer-no = non
ui-answer-hidden = [masqué]
