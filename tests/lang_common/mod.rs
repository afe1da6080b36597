//! The pseudo-locale scan, shared by the language tests: English words in a line of output that
//! did not come from the catalogue (catalogue text is accented in the pseudo-locale).
#![allow(dead_code)]

// The pseudo-locale run: every line of human output that holds a run of plain-ASCII words is
// English that did not come from the catalogue, unless it is a placeable (an id, a URL, a
// command, a flag, a GUID, a number, a name from the tenant).

/// Names that are data, not sentences: what the demo tenant answers (user, role, solution, org
/// names), product names, commands.
pub const NAMES: &[&str] = &[
    "Marketo Sync User",
    "Marketo Sync",
    "Basic User",
    "Marketo Lead Management",
    "Contoso Sales (demo)",
    "Delegated Admin",
    "System Administrator",
    "Sales Team",
    "Dana Admin",
    "Marketo Integration",
    "Update of contact",
    // Dataverse's own error message, quoted.
    "The user authentication failed!",
    "dynsync setup",
    "dynsync validate",
    "dynsync rotate",
    "dynsync explain",
    "dynsync profile",
    "dynsync completions",
    "dynsync man",
    "dynsync demo-tenant",
    "dynsync help",
    "dynsync fix",
    "dynsync app",
];

/// Foreign text that is shown as it came: the OS keyring's own error (D-Bus, here where no
/// session bus runs).
const FOREIGN: &[&str] = &[
    "DBus error: Using X11 for dbus-daemon autolaunch was disabled at compile time, set your DBUS_SESSION_BUS_ADDRESS instead",
];

/// clap's possible values (what a flag takes, typed as they are): a list of them that wraps
/// onto a line of its own is not English.
const POSSIBLE_VALUES: &[&str] = &[
    "public",
    "usgov",
    "usgovhigh",
    "dod",
    "china",
    "bash",
    "elvish",
    "fish",
    "powershell",
    "zsh",
    "first-time",
    "update",
    "password",
    "s2s",
    "auto",
    "yes",
    "no",
];

/// Where `line` has a parenthesised list of check ids, e.g. `(input, realm)`.
fn check_id_list(line: &str) -> Option<(usize, usize)> {
    let mut from = 0;
    while let Some(open) = line[from..].find('(').map(|i| i + from) {
        let close = open + line[open..].find(')')?;
        let inner = &line[open + 1..close];
        if inner.split(", ").all(|id| {
            dynsync::report::CheckId::ALL
                .iter()
                .any(|c| c.as_str() == id)
        }) {
            return Some((open, close + 1 - open));
        }
        from = close;
    }
    None
}

/// A line that is a command to copy (the catalogue indents them): shown as it is.
fn command_line(line: &str) -> bool {
    let first = line.split_whitespace().next().unwrap_or("");
    ["secret-tool", "dynsync", "printf", "export", "cargo"].contains(&first)
        || first.starts_with('$')
}

fn plain_word(w: &str) -> bool {
    let w = w.trim_matches(|c: char| "()[]{}<>,.:;'\"!?`*".contains(c));
    w.len() >= 2
        && w.chars().all(|c| c.is_ascii_alphabetic() || c == '\'')
        && w.chars().any(|c| c.is_ascii_lowercase())
}

/// The runs of two or more plain English words in `line`, after names are taken out.
pub fn english_runs(line: &str) -> Vec<String> {
    if command_line(line) {
        return Vec::new();
    }
    let mut line = line.to_string();
    for n in NAMES.iter().chain(FOREIGN) {
        line = line.replace(n, " ");
    }
    // clap's lists of possible values: values to type, placeables.
    if let Some(at) = line
        .find(": bash, elvish")
        .or_else(|| line.find(": public, usgov"))
    {
        line.truncate(at);
    }
    // A list of check ids in parentheses (which checks warned): ids, not English.
    while let Some((start, len)) = check_id_list(&line) {
        line.replace_range(start..start + len, " ");
    }
    // A wrapped list of possible values goes on with the values alone.
    let value = |w: &str| POSSIBLE_VALUES.contains(&w.trim_matches(|c: char| "[](),".contains(c)));
    if line.split_whitespace().all(value) {
        return Vec::new();
    }
    let mut runs = Vec::new();
    let mut run: Vec<&str> = Vec::new();
    for w in line.split_whitespace().chain(std::iter::once("\u{1}")) {
        if plain_word(w) {
            run.push(w);
        } else {
            // A run of possible values alone (clap's "[possible values: auto, yes, no]").
            let values_only = run
                .iter()
                .all(|w| POSSIBLE_VALUES.contains(&w.trim_matches(|c: char| "[](),".contains(c))));
            if run.len() >= 2 && !values_only {
                runs.push(run.join(" "));
            }
            run.clear();
        }
    }
    runs
}
