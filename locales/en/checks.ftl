### checks
