### commands
# What the commands print (src/commands): profile, validate, explain, the demo banners.
# Names, values, paths and texts from servers come in as arguments; $name is a profile's name.
# {"  "} at the start of a line keeps its leading spaces; a last line {""} keeps a final line break.

## Shared by several commands

# Hidden prompts for the secrets.
commands-ask-client-secret = Client secret (the Value, not the Secret ID)
commands-ask-password = Password of the sync user
commands-ask-password-of = Password of { $username }
commands-stdin-unreadable = could not read stdin: { $error }

## profile set (src/commands/profile/set.rs)

commands-profile-created = Created profile { $name }
commands-profile-updated = Updated profile { $name }
commands-profile-set-next = Next: dynsync profile store-secret { $name } client-secret; dynsync profile store-secret { $name } password
# Followed by the refused fields, one per line.
commands-profile-nothing-saved = nothing was saved:
# $value: the value as typed, in quotes.
commands-profile-not-a-secret-id = { $value } is not a GUID (the portal's Secret ID column)
commands-profile-hint-too-long = at most 3 characters: the portal shows only the first 3 of a secret, and more would leak it
commands-profile-not-a-file = { $path } is not a file

## profile list (src/commands/profile/list.rs): the column headings, then the cells

commands-profile-none =
    No profiles yet. Create one:
      dynsync profile set NAME --client-id GUID --username UPN --org-url URL
commands-profile-column-name = NAME
commands-profile-column-org = ORG
commands-profile-column-user = USER
commands-profile-column-last-validation = LAST VALIDATION
commands-profile-column-secret-expires = SECRET EXPIRES
# $at: date and time of the last validation (UTC).
commands-profile-last-ok = ok { $at }
commands-profile-last-failed = FAILED { $at }
commands-profile-never = never
# $date: the secret's expiry date; $days: days until it, or since it.
commands-profile-expires-in =
    { $date } ({ $days ->
        [one] { $days } day
       *[other] { $days } days
    })
commands-profile-expired =
    { $date } (expired { $days ->
        [one] { $days } day
       *[other] { $days } days
    } ago)
commands-profile-expiry-unknown = unknown
# When the keyring cannot be read.
commands-profile-keyring-warning = warning: { $error } (secrets are shown as not stored)

## profile show (src/commands/profile/show.rs): a heading, then a line per setting

commands-profile-show-heading = Profile { $name }
commands-profile-show-org-url = org URL
commands-profile-show-username = username
commands-profile-show-client-id = client ID
commands-profile-show-tenant = tenant
commands-profile-show-cloud = cloud
commands-profile-show-authority-host = authority host
commands-profile-show-ca-bundle = CA bundle
commands-profile-show-secret-id = secret ID
commands-profile-show-secret-hint = secret hint
commands-profile-show-secret-expires = secret expires
commands-profile-show-password-changed = password changed
commands-profile-show-client-secret = client secret
commands-profile-show-password = password
commands-profile-show-last-validation = last validation
commands-profile-show-days-left =
    { $date } ({ $days ->
        [one] { $days } day
       *[other] { $days } days
    } left)
commands-profile-show-stored = stored in the OS keyring
commands-profile-show-not-stored = not stored
# $at: date and time (RFC 3339); $code: the exit code.
commands-profile-show-passed = passed at { $at } (exit { $code })
commands-profile-show-failed = failed at { $at } (exit { $code })

## profile store-secret (src/commands/profile/store_secret.rs)

# $which: the word as typed, in quotes.
commands-profile-which-secret = { $which }: say client-secret or password
# $problem and $fix: what the input check said.
commands-profile-secret-refused = { $problem }; nothing was stored. { $fix }
# $kind: client-secret or password; $service and $account: the keyring entry.
commands-profile-secret-stored = Stored the { $kind } of { $name } in the OS keyring (service { $service }, account { $account }).

## profile remove (src/commands/profile/remove.rs)

commands-profile-remove-needs-confirmation = removing { $name } needs confirmation: run on a terminal or pass --yes
commands-profile-remove-confirm = Remove profile { $name } and its keyring entries?
commands-profile-kept = Kept { $name }.
commands-profile-removed = Removed profile { $name } and its keyring entries.
