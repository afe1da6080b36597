### commands
