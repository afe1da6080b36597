//! Languages: how the language of a run is chosen (`--lang`, `DYNSYNC_LANG`, the locale), JSON
//! staying English, one demo run per shipped language in that language, and the pseudo-locale
//! run that finds English text that does not come from the catalogue.

mod common;
mod lang_common;

use std::path::Path;

use clap::CommandFactory;
use common::Run;
use lang_common::english_runs;

/// A line of pseudo-locale output holds catalogue text: accented letters (`[Ŝéţûþ]`).
fn pseudo(text: &str) -> bool {
    text.contains(['å', 'é', 'î', 'ô', 'û'])
}

const EXPLAIN: &[&str] = &["explain", "50126"];

#[test]
fn lang_goes_before_or_after_the_subcommand() {
    for args in [
        &["--lang", "qps", "explain", "50126"][..],
        &["explain", "50126", "--lang", "qps"][..],
        &["explain", "--lang=qps", "50126"][..],
        &["--lang", "en-XA", "explain", "50126"][..],
    ] {
        let done = Run::new(args).run();
        assert_eq!(done.code, 0, "{args:?}: {}", done.stderr);
        assert!(pseudo(&done.stdout), "{args:?}: {}", done.stdout);
    }
    let english = Run::new(EXPLAIN).run();
    assert!(!pseudo(&english.stdout), "{}", english.stdout);
    // An explicit language wins over the environment.
    let done = Run::new(&["--lang", "en", "explain", "50126"])
        .env("DYNSYNC_LANG", "qps")
        .run();
    assert!(!pseudo(&done.stdout), "{}", done.stdout);
}

#[test]
fn the_environment_chooses_in_posix_order() {
    let run = |vars: &[(&str, &str)]| {
        let mut r = Run::new(EXPLAIN);
        for (k, v) in vars {
            r = r.env(k, v);
        }
        pseudo(&r.run().stdout)
    };
    assert!(run(&[("DYNSYNC_LANG", "qps")]));
    assert!(run(&[("LANG", "en_XA.UTF-8")]));
    assert!(run(&[("LC_MESSAGES", "en_XA.UTF-8"), ("LANG", "C")]));
    // The first one set decides: LC_ALL before LC_MESSAGES before LANG.
    assert!(!run(&[
        ("LC_ALL", "C"),
        ("LC_MESSAGES", "en_XA"),
        ("LANG", "en_XA")
    ]));
    assert!(
        run(&[("LC_ALL", ""), ("LC_MESSAGES", "en_XA")]),
        "empty is unset"
    );
    // DYNSYNC_LANG before the locale; a language dynsync lacks is English.
    assert!(!run(&[("DYNSYNC_LANG", "en"), ("LC_ALL", "en_XA")]));
    assert!(!run(&[("LANG", "xx_YY.UTF-8")]));
}

#[test]
fn an_unknown_lang_flag_is_refused_naming_the_flag_and_the_languages() {
    let done = Run::new(&["--lang", "tlh", "explain", "50126"]).run();
    assert_eq!(done.code, 2);
    assert!(done.stderr.contains("--lang"), "{}", done.stderr);
    for lang in dynsync::msg::languages() {
        assert!(done.stderr.contains(lang), "{}", done.stderr);
    }
    // With --json, still one document.
    let done = Run::new(&["--lang", "tlh", "explain", "50126", "--json"]).run();
    assert_eq!(done.code, 2);
    assert!(done.json()["checks"].is_array(), "{}", done.stdout);
    // An unknown DYNSYNC_LANG is not an error: English.
    let done = Run::new(EXPLAIN).env("DYNSYNC_LANG", "tlh").run();
    assert_eq!(done.code, 0);
    assert!(!pseudo(&done.stdout));
}

/// clap's refusals speak the language too (and stay clap's own, word for word, in English).
#[test]
fn a_refused_command_line_is_in_the_language() {
    let english = Run::new(&["validate", "--cloud", "mars"]).run();
    assert_eq!(english.code, 2);
    assert!(
        english
            .stderr
            .starts_with("error: invalid value 'mars' for '--cloud <CLOUD>'"),
        "{}",
        english.stderr
    );
    assert!(
        english
            .stderr
            .contains("For more information, try '--help'.")
    );
    let pseudo_run = Run::new(&["--lang", "qps", "validate", "--cloud", "mars"]).run();
    assert_eq!(pseudo_run.code, 2);
    assert!(pseudo(&pseudo_run.stderr), "{}", pseudo_run.stderr);
    assert!(
        pseudo_run.stderr.contains("'mars'"),
        "{}",
        pseudo_run.stderr
    );
    // --json: the one document carries the message.
    let json = Run::new(&["--lang", "qps", "validate", "--cloud", "mars", "--json"]).run();
    assert_eq!(json.code, 2);
    let doc = json.json().to_string();
    assert!(pseudo(&doc) && doc.contains("mars"), "{doc}");
}

#[test]
fn json_text_is_english_unless_lang_is_given() {
    let from_env = Run::new(&["explain", "50126", "--json"])
        .env("DYNSYNC_LANG", "qps")
        .env("LANG", "en_XA.UTF-8")
        .run();
    assert_eq!(from_env.code, 0, "{}", from_env.stderr);
    let english = from_env.json().to_string();
    assert!(!pseudo(&english), "{english}");
    let asked = Run::new(&["explain", "50126", "--json", "--lang", "qps"]).run();
    let text = asked.json().to_string();
    assert!(pseudo(&text), "{text}");
    // Ids stay ids.
    assert_eq!(asked.json()["code"], from_env.json()["code"]);
}

/// The languages shipped besides English: the directories of `locales/`.
fn translations() -> Vec<String> {
    dynsync::msg::languages()
        .into_iter()
        .filter(|l| *l != "en")
        .map(str::to_string)
        .collect()
}

/// The longest stretch of `id`'s text in `lang`'s file between placeables (enough to
/// recognise it), its white space collapsed.
fn phrase(lang: &str, file: &str, id: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("locales")
        .join(lang)
        .join(file);
    let source = std::fs::read_to_string(&path).unwrap();
    let mut lines = source.lines();
    let first = lines
        .find_map(|l| l.strip_prefix(&format!("{id} =")))
        .unwrap_or_else(|| panic!("{}: no {id}", path.display()));
    // The value goes on over the indented lines that follow, up to an attribute.
    let mut line = first.to_string();
    for l in lines {
        if !(l.starts_with(' ') || l.is_empty()) || l.trim_start().starts_with('.') {
            break;
        }
        line.push(' ');
        line.push_str(l);
    }
    let mut best = String::new();
    for (i, part) in line.split('{').enumerate() {
        // After the first, each part starts inside a placeable: skip to its end.
        let text = if i == 0 {
            part
        } else {
            part.split_once('}').map_or("", |(_, t)| t)
        };
        let text = flat(text);
        if text.chars().count() > best.chars().count() {
            best = text;
        }
    }
    best
}

/// `text` with every run of white space one space (wrapping moves line breaks).
fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// One demo run per shipped language (none until the translations are merged): `validate
/// --demo` and `setup --demo` (its scripted, non-interactive start) speak that language.
#[test]
fn every_language_runs_the_demo_in_that_language() {
    for lang in translations() {
        let done = Run::new(&["--lang", &lang, "validate", "--demo"]).run();
        assert_eq!(done.code, 0, "{lang}: {}", done.stderr);
        let heading = phrase(&lang, "report.ftl", "report-checklist-heading");
        assert!(heading.chars().count() > 3, "{lang}: {heading:?}");
        assert_ne!(
            heading,
            phrase("en", "report.ftl", "report-checklist-heading")
        );
        assert!(
            flat(&done.stdout).contains(&heading),
            "{lang}: no {heading:?} in\n{}",
            done.stdout
        );
        // setup --demo, as far as it goes without a terminal: its banner.
        let setup = Run::new(&[
            "--lang",
            &lang,
            "setup",
            "--demo",
            "--yes",
            "--profile",
            "demo",
            "--path",
            "first-time",
            "--confirm-org",
            "org1a2b3c4d",
        ])
        .run();
        let banner = phrase(&lang, "commands.ftl", "commands-setup-demo-banner");
        let all = flat(&format!("{}{}", setup.stdout, setup.stderr));
        assert!(all.contains(&banner), "{lang}: no {banner:?} in\n{all}");
        let help = Run::new(&["--lang", &lang, "validate", "--help"]).run();
        let about = phrase(&lang, "help.ftl", "help-validate-about");
        assert!(
            flat(&help.stdout).contains(&about),
            "{lang}: {}",
            help.stdout
        );
    }
}

/// The phrase check itself, on English (which `every_language_runs_the_demo_in_that_language`
/// skips).
#[test]
fn the_phrase_check_finds_english_in_an_english_run() {
    let done = Run::new(&["validate", "--demo"]).run();
    let heading = phrase("en", "report.ftl", "report-checklist-heading");
    assert_eq!(
        heading,
        "Marketo's \"Validate Sync Setup\" checklist, predicted:"
    );
    assert!(flat(&done.stdout).contains(&heading));
    let setup = Run::new(&[
        "setup",
        "--demo",
        "--yes",
        "--profile",
        "demo",
        "--path",
        "first-time",
        "--confirm-org",
        "org1a2b3c4d",
    ])
    .run();
    let banner = phrase("en", "commands.ftl", "commands-setup-demo-banner");
    assert!(banner.chars().count() > 10, "{banner:?}");
    assert!(
        flat(&format!("{}{}", setup.stdout, setup.stderr)).contains(&banner),
        "{banner:?}"
    );
}

/// Every demo scenario says what it shows from the catalogue.
#[test]
fn every_demo_scenario_has_its_message() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales/en/commands.ftl");
    let source = std::fs::read_to_string(dir).unwrap();
    for s in dynsync::sim::scenarios() {
        let id = format!("commands-scenario-{} = ", s.name);
        assert!(source.contains(&id), "no {id}in locales/en/commands.ftl");
    }
}

/// Every command line a person would run, in the pseudo-locale.
fn pseudo_runs(config: &str) -> Vec<Vec<String>> {
    let mut runs: Vec<Vec<String>> = Vec::new();
    let s = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    // --help and -h of every command.
    fn paths(cmd: &clap::Command, path: Vec<String>, out: &mut Vec<Vec<String>>) {
        out.push(path.clone());
        for sub in cmd.get_subcommands() {
            let mut p = path.clone();
            p.push(sub.get_name().to_string());
            paths(sub, p, out);
        }
    }
    let mut all = Vec::new();
    paths(&dynsync::cli::Cli::command(), Vec::new(), &mut all);
    for p in all {
        for flag in ["--help", "-h"] {
            let mut args = p.clone();
            args.push(flag.to_string());
            runs.push(args);
        }
    }
    // Every demo scenario of validate, and its list.
    let list = Run::new(&["validate", "--demo", "--list-scenarios"])
        .run()
        .stdout;
    let scenarios: Vec<String> = list
        .lines()
        .filter(|l| l.starts_with("  "))
        .filter_map(|l| l.split_whitespace().next().map(str::to_string))
        .collect();
    assert!(scenarios.len() > 20, "{list}");
    runs.push(s(&["validate", "--demo", "--list-scenarios"]));
    for sc in &scenarios {
        runs.push(s(&["validate", "--demo", "--scenario", sc]));
    }
    // Every AADSTS code dynsync explains, and one it does not.
    for e in dynsync::azure::catalogue::all() {
        runs.push(vec!["explain".into(), e.code.to_string()]);
    }
    runs.push(s(&["explain", "AADSTS12345"]));
    // setup and rotate as far as they go without a terminal.
    runs.push(s(&["setup", "--demo"]));
    runs.push(s(&[
        "setup",
        "--demo",
        "--yes",
        "--profile",
        "demo",
        "--path",
        "first-time",
        "--confirm-org",
        "org1a2b3c4d",
    ]));
    runs.push(s(&["rotate", "--demo"]));
    runs.push(s(&["rotate", "--demo", "--create-secret"]));
    // The admin's side: the app registration through Graph, and the Dynamics repairs.
    runs.push(s(&["app", "create", "--demo"]));
    runs.push(s(&["app", "show", "--demo"]));
    for sc in [
        "missing-role",
        "config-unset",
        "disabled-step",
        "user-french",
        "s2s-no-app-user",
    ] {
        runs.push(s(&["fix", "--demo", "--scenario", sc, "--yes"]));
    }
    runs.push(s(&[
        "fix",
        "--demo",
        "--scenario",
        "missing-role",
        "--dry-run",
    ]));
    // The profile commands, on a config directory of their own.
    let c = |v: &[&str]| {
        let mut a = s(&["--config-dir", config]);
        a.extend(s(v));
        a
    };
    runs.push(c(&["profile", "list"]));
    runs.push(c(&[
        "profile",
        "set",
        "contoso",
        "--username",
        "marketo.sync@contoso.com",
        "--org-url",
        "https://contoso.crm.dynamics.com",
    ]));
    runs.push(c(&["profile", "list"]));
    runs.push(c(&["profile", "show", "contoso"]));
    runs.push(c(&["profile", "show", "nobody"]));
    runs.push(c(&["validate", "--profile", "contoso"]));
    runs.push(c(&["profile", "remove", "contoso", "--yes"]));
    runs.push(s(&["validate", "--client-id", "not-a-guid"]));
    // Command lines clap refuses, one of each kind dynsync can meet.
    for refused in [
        &["validate", "--nope"][..],
        &["validate", "--cloud", "mars"],
        &["valdate"],
        &["profile"],
        &["profile", "show"],
        &["validate", "--jobs", "2"],
        &["validate", "--profile", "a", "--all"],
        &["validate", "--secret-expires", "2020-13-01"],
        &["validate", "--org-url"],
        &["explain", "1", "2"],
    ] {
        runs.push(s(refused));
    }
    runs
}

#[test]
fn the_pseudo_locale_finds_no_english_outside_the_catalogue() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("config");
    let mut found = Vec::new();
    let mut lines = 0;
    for args in pseudo_runs(config.to_str().unwrap()) {
        let mut all = vec!["--lang".to_string(), "qps".to_string()];
        all.extend(args.iter().cloned());
        let refs: Vec<&str> = all.iter().map(String::as_str).collect();
        let done = Run::new(&refs).run();
        for line in done.stdout.lines().chain(done.stderr.lines()) {
            lines += 1;
            for run in english_runs(line) {
                found.push(format!("{args:?}: {run:?}\n    in {line:?}"));
            }
        }
    }
    assert!(lines > 2000, "only {lines} lines of output");
    found.sort();
    found.dedup();
    assert!(
        found.is_empty(),
        "{} lines with English from outside the catalogue:\n{}",
        found.len(),
        found.join("\n")
    );
}

/// A non-UTF-8 locale gets ASCII marks and arrows; a UTF-8 one (or none) the symbols; JSON is
/// never changed.
#[test]
fn a_non_utf8_locale_gets_ascii() {
    let run = |lang: Option<&str>, args: &[&str]| {
        let mut r = Run::new(args);
        if let Some(l) = lang {
            r = r.env("LANG", l);
        }
        r.run()
    };
    let args = ["validate", "--demo", "--scenario", "missing-role"];
    let ascii = run(Some("C"), &args);
    assert_eq!(ascii.code, 1, "{}", ascii.stderr);
    assert!(ascii.stdout.contains("  [ok] input"), "{}", ascii.stdout);
    assert!(
        ascii.stdout.contains("  [x]  dynamics.roles"),
        "{}",
        ascii.stdout
    );
    assert!(ascii.stdout.contains(" -> "), "{}", ascii.stdout);
    let all = format!("{}{}", ascii.stdout, ascii.stderr);
    assert!(!all.contains(['✓', '✗', '→', '–', '…', '⇄']), "{all}");
    for lang in [Some("en_US.UTF-8"), None] {
        let utf8 = run(lang, &args);
        assert!(
            utf8.stdout.contains("  ✓ input"),
            "{lang:?}: {}",
            utf8.stdout
        );
        assert!(utf8.stdout.contains("→"), "{lang:?}");
    }
    // JSON is UTF-8 whatever the terminal.
    let json = run(
        Some("C"),
        &["validate", "--demo", "--scenario", "missing-role", "--json"],
    );
    let english = run(
        None,
        &["validate", "--demo", "--scenario", "missing-role", "--json"],
    );
    let without_times = |d: &common::Done| {
        let mut doc = d.json();
        for c in doc["checks"].as_array_mut().unwrap() {
            c.as_object_mut().unwrap().remove("elapsed_ms");
        }
        doc
    };
    assert_eq!(without_times(&json), without_times(&english));
    assert!(json.stdout.contains('→'), "{}", json.stdout);
    // --help too.
    let help = run(Some("C"), &["--help"]);
    assert!(
        help.stdout.contains("the Marketo <-> Dynamics"),
        "{}",
        help.stdout
    );
    assert!(!help.stdout.contains('⇄'), "{}", help.stdout);
}
