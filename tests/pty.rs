//! The real terminal path: the binary in a pseudo-terminal, driven by keystrokes (expectrl).
#![cfg(unix)]

mod common;

use std::process::Command;
use std::time::Duration;

use common::Fake;
use dynsync::sim::{DEMO, SimConfig};
use expectrl::{Expect, Session};

fn session(args: &[&str], env: &[(&str, &str)]) -> expectrl::session::OsSession {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_dynsync"));
    cmd.args(args);
    for (k, _) in std::env::vars() {
        if k.starts_with("DYNSYNC_") {
            cmd.env_remove(k);
        }
    }
    cmd.env("NO_COLOR", "1").env("TERM", "xterm");
    for (k, v) in env {
        cmd.env(k, v);
    }
    let mut s = Session::spawn(cmd).expect("spawn in a pty");
    s.set_expect_timeout(Some(Duration::from_secs(20)));
    s
}

/// Type like a person: after the prompt has appeared, give the program a moment to switch the
/// terminal mode (a hidden prompt flushes input typed before it starts reading).
fn type_after_prompt(s: &mut expectrl::session::OsSession, keys: &str) {
    std::thread::sleep(Duration::from_millis(300));
    s.send(keys).unwrap();
}

/// Everything the session printed from now until it exits, and its exit status (Debug form).
fn finish(s: &mut expectrl::session::OsSession) -> (String, String) {
    use std::io::Read;
    let mut all = Vec::new();
    let mut buf = [0u8; 4096];
    let deadline = std::time::Instant::now() + Duration::from_secs(20);
    // Read until the child closes the terminal (EOF, or EIO on Linux ptys).
    while std::time::Instant::now() < deadline {
        match s.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => all.extend_from_slice(&buf[..n]),
            Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {
                std::thread::sleep(Duration::from_millis(10))
            }
            Err(_) => break,
        }
    }
    let status = format!("{:?}", s.get_process().wait());
    (String::from_utf8_lossy(&all).into_owned(), status)
}

#[test]
fn hidden_inputs_do_not_echo() {
    let fake = Fake::start(SimConfig::default());
    let url = fake.sim.url();
    let ca = fake.ca.path().to_str().unwrap().to_string();
    let mut s = session(
        &[
            "validate",
            "--client-id",
            DEMO.client_id,
            "--username",
            DEMO.username,
            "--org-url",
            &url,
            "--authority-host",
            &url,
            "--ca-bundle",
            &ca,
        ],
        &[],
    );
    s.expect("Client secret (the Value, not the Secret ID)")
        .unwrap();
    type_after_prompt(&mut s, &format!("{}\r", DEMO.client_secret));
    s.expect(format!("Password of {}", DEMO.username).as_str())
        .unwrap();
    type_after_prompt(&mut s, &format!("{}\r", DEMO.password));
    let (rest, status) = finish(&mut s);
    assert!(rest.contains("all checks passed"), "{rest}");
    assert!(
        !rest.contains(DEMO.client_secret) && !rest.contains(DEMO.password),
        "a hidden input was echoed:\n{rest}"
    );
    assert!(
        status.contains("Exited") && status.ends_with(", 0))"),
        "{status}"
    );
}

#[test]
fn arrow_keys_select_and_the_demo_wizard_starts() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = session(
        &[
            "--config-dir",
            dir.path().to_str().unwrap(),
            "setup",
            "--demo",
        ],
        &[],
    );
    s.expect("Profile name for this connection").unwrap();
    type_after_prompt(&mut s, "demo\r");
    s.expect("First-time connection").unwrap();
    type_after_prompt(&mut s, "\x1b[B"); // arrow down
    type_after_prompt(&mut s, "\r");
    s.expect("A first-time connection, or an update?: Updating an existing connection")
        .unwrap();
    s.expect("already have an app registration").unwrap();
    type_after_prompt(&mut s, "y\r");
    s.expect("Application (client) ID").unwrap();
    type_after_prompt(&mut s, "\x03"); // Ctrl-C in the middle of an input
    let (rest, status) = finish(&mut s);
    assert!(status.contains(", 130)"), "{status}\n{rest}");
}

#[test]
fn ctrl_c_at_a_hidden_prompt_restores_the_terminal_and_can_resume() {
    let fake = Fake::start(SimConfig::default());
    let dir = tempfile::tempdir().unwrap();
    let url = fake.sim.url();
    let ca = fake.ca.path().to_str().unwrap().to_string();
    let bin = env!("CARGO_BIN_EXE_dynsync");
    // The shell ignores SIGINT so it survives to report the terminal's state after dynsync exits.
    let script = format!(
        "trap '' INT; stty echo; '{bin}' --config-dir '{}' setup --profile p --path update --existing-app --client-id {} \
         --username {} --org-url {url} --authority-host {url} --ca-bundle '{ca}' --secret-expires 2027-05-01; \
         echo \"exit=$?\"; stty -a",
        dir.path().display(),
        DEMO.client_id,
        DEMO.username
    );
    let mut cmd = Command::new("sh");
    cmd.args(["-c", &script])
        .env("DYNSYNC_CLIENT_SECRET", DEMO.client_secret)
        .env("TERM", "xterm");
    let mut s = Session::spawn(cmd).unwrap();
    s.set_expect_timeout(Some(Duration::from_secs(20)));
    s.expect(format!("Password of {}", DEMO.username).as_str())
        .unwrap();
    std::thread::sleep(Duration::from_millis(300));
    s.send("\x03").unwrap();
    let (rest, _) = finish(&mut s);
    assert!(rest.contains("exit=130"), "{rest}");
    assert!(
        rest.contains("dynsync setup --resume --profile p"),
        "{rest}"
    );
    // Echo is back on: stty lists `echo`, not `-echo`.
    assert!(
        rest.split_whitespace().any(|w| w == "echo"),
        "echo was left off:\n{rest}"
    );
    let state = std::fs::read_to_string(dir.path().join("setup/p.json")).unwrap();
    assert!(state.contains("\"reached\": \"credentials\""), "{state}");
    assert!(!state.contains(DEMO.client_secret));
}

/// Run `dynsync ARGS` in a pty under a shell that ignores INT and TERM, send SIGTERM to dynsync
/// (not the shell) once `prompt` shows, and return what the shell saw afterwards: dynsync's exit
/// status and the terminal's settings (`stty -a`).
fn sigterm_at(
    prompt: &str,
    before: &[&str],
    args: &str,
    env: &[(&str, &str)],
    tmp: &str,
) -> String {
    let bin = env!("CARGO_BIN_EXE_dynsync");
    let script = format!(
        "trap '' INT TERM; stty sane; '{bin}' {args} </dev/tty & pid=$!; echo \"pid=$pid.\"; \
         wait $pid; echo \"exit=$?\"; stty -a"
    );
    let mut cmd = Command::new("sh");
    cmd.args(["-c", &script])
        .env("TERM", "xterm")
        .env("NO_COLOR", "1")
        .env("TMPDIR", tmp);
    for (k, _) in std::env::vars() {
        if k.starts_with("DYNSYNC_") {
            cmd.env_remove(k);
        }
    }
    for (k, v) in env {
        cmd.env(k, v);
    }
    let mut s = Session::spawn(cmd).unwrap();
    s.set_expect_timeout(Some(Duration::from_secs(20)));
    let found = s.expect(expectrl::Regex(r"pid=(\d+)\.")).unwrap();
    let pid: i32 = String::from_utf8_lossy(found.get(1).unwrap())
        .parse()
        .unwrap();
    for (expect, keys) in before.chunks(2).map(|c| (c[0], c[1])) {
        s.expect(expect).unwrap();
        type_after_prompt(&mut s, keys);
    }
    s.expect(prompt).unwrap();
    std::thread::sleep(Duration::from_millis(300));
    // SAFETY: sends a signal to the child dynsync process started above.
    assert_eq!(unsafe { libc::kill(pid, libc::SIGTERM) }, 0);
    let (rest, _) = finish(&mut s);
    rest
}

#[test]
fn sigterm_at_a_menu_restores_the_terminal_and_keeps_the_demo_resumable() {
    let tmp = tempfile::tempdir().unwrap();
    let config = tempfile::tempdir().unwrap();
    let rest = sigterm_at(
        "already have an app registration",
        &[
            "Profile name for this connection",
            "demo\r",
            "First-time connection",
            "\r",
        ],
        &format!("--config-dir '{}' setup --demo", config.path().display()),
        &[],
        tmp.path().to_str().unwrap(),
    );
    assert!(rest.contains("exit=130"), "{rest}");
    // Raw mode is off again: canonical input and echo are back.
    let words: Vec<&str> = rest.split_whitespace().collect();
    assert!(
        words.contains(&"icanon") && words.contains(&"echo"),
        "terminal left raw:\n{rest}"
    );
    let left: Vec<_> = std::fs::read_dir(tmp.path())
        .unwrap()
        .flatten()
        .map(|e| e.file_name())
        .collect();
    assert!(left.is_empty(), "the demo left {left:?} behind");
    // Its progress is kept beside the profiles (not among them), to be resumed.
    let state = std::fs::read_to_string(config.path().join("demo-setup/setup/demo.json")).unwrap();
    assert!(state.contains("\"profile\": \"demo\""), "{state}");
    assert!(!config.path().join("profiles.toml").exists());
}

#[test]
fn sigterm_at_a_hidden_prompt_restores_echo_and_can_resume() {
    let fake = Fake::start(SimConfig::default());
    let dir = tempfile::tempdir().unwrap();
    let tmp = tempfile::tempdir().unwrap();
    let url = fake.sim.url();
    let ca = fake.ca.path().to_str().unwrap().to_string();
    let args = format!(
        "--config-dir '{}' setup --profile p --path update --existing-app --client-id {} \
         --username {} --org-url {url} --authority-host {url} --ca-bundle '{ca}' --secret-expires 2027-05-01",
        dir.path().display(),
        DEMO.client_id,
        DEMO.username
    );
    let rest = sigterm_at(
        &format!("Password of {}", DEMO.username),
        &[],
        &args,
        &[("DYNSYNC_CLIENT_SECRET", DEMO.client_secret)],
        tmp.path().to_str().unwrap(),
    );
    assert!(rest.contains("exit=130"), "{rest}");
    assert!(
        rest.contains("dynsync setup --resume --profile p"),
        "{rest}"
    );
    assert!(
        rest.split_whitespace().any(|w| w == "echo"),
        "echo was left off:\n{rest}"
    );
    let state = std::fs::read_to_string(dir.path().join("setup/p.json")).unwrap();
    assert!(state.contains("\"reached\": \"credentials\""), "{state}");
}

/// The demo keeps its progress until it completes: the resume its screens print works.
#[test]
fn a_stopped_demo_resumes_with_the_command_it_prints() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().to_str().unwrap();
    let args = [
        "--config-dir",
        config,
        "setup",
        "--demo",
        "--scenario",
        "slow",
    ];
    let mut s = session(&args, &[]);
    let welcome = s.expect("Profile name for this connection").unwrap();
    let before = String::from_utf8_lossy(welcome.before()).into_owned();
    assert!(
        before.contains("dynsync setup --demo --scenario slow --resume"),
        "{before}"
    );
    type_after_prompt(&mut s, "demo\r");
    s.expect("First-time connection").unwrap();
    type_after_prompt(&mut s, "\r");
    s.expect("already have an app registration").unwrap();
    type_after_prompt(&mut s, "\x03");
    let (rest, status) = finish(&mut s);
    assert!(status.contains(", 130)"), "{status}\n{rest}");
    let resume = "dynsync setup --demo --scenario slow --resume --profile demo";
    assert!(
        rest.contains(&format!("Continue with:\r\n    {resume}\r\n")),
        "{rest}"
    );
    // The stopped prompt's line was ended: the resume hint starts a line of its own.
    let plain = console::strip_ansi_codes(&rest).into_owned();
    assert!(
        plain
            .split(['\r', '\n'])
            .any(|l| l.starts_with("Progress saved.")),
        "{plain:?}"
    );

    // The printed command, as printed: it continues where the demo stopped.
    let printed: Vec<&str> = resume.split_whitespace().skip(1).collect();
    let mut again = vec!["--config-dir", config];
    again.extend(printed);
    let mut s = session(&again, &[]);
    s.expect("Resuming the setup of demo").unwrap();
    s.expect("already have an app registration").unwrap();
    type_after_prompt(&mut s, "\x03");
    let (rest, status) = finish(&mut s);
    assert!(status.contains(", 130)"), "{status}\n{rest}");
    assert!(!rest.contains("there is no setup of demo"), "{rest}");
}

/// `y⏎` answers a yes/no question: the Enter is part of the answer, not the next prompt's.
#[test]
fn the_enter_after_y_does_not_answer_the_next_prompt() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = session(
        &[
            "--config-dir",
            dir.path().to_str().unwrap(),
            "setup",
            "--demo",
        ],
        &[],
    );
    s.expect("Profile name for this connection").unwrap();
    type_after_prompt(&mut s, "demo\r");
    s.expect("First-time connection").unwrap();
    type_after_prompt(&mut s, "\r");
    s.expect("already have an app registration").unwrap();
    type_after_prompt(&mut s, "y\r");
    s.expect("Application (client) ID").unwrap();
    type_after_prompt(&mut s, &format!("{}\r", DEMO.client_id));
    let asked = s.expect("Client secret Value").unwrap();
    let between = String::from_utf8_lossy(asked.before()).into_owned();
    assert!(
        !between.contains("not a GUID"),
        "the Enter after y answered the client ID prompt:\n{between}"
    );
    type_after_prompt(&mut s, "\x03");
    let (rest, status) = finish(&mut s);
    assert!(status.contains(", 130)"), "{status}\n{rest}");
}

/// The catalogue of one language as the binary loads it (`locales/<lang>/*.ftl`), to read the
/// expected text by message id instead of hard-coding a translation.
struct Catalogue {
    bundle: fluent_bundle::FluentBundle<fluent_bundle::FluentResource>,
}

impl Catalogue {
    fn load(lang: &str) -> Catalogue {
        let langid: unic_langid::LanguageIdentifier = lang.parse().unwrap();
        let mut bundle = fluent_bundle::FluentBundle::new(vec![langid]);
        bundle.set_use_isolating(false);
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("locales")
            .join(lang);
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "ftl") {
                let source = std::fs::read_to_string(&path).unwrap();
                let resource = fluent_bundle::FluentResource::try_new(source)
                    .unwrap_or_else(|_| panic!("{} does not parse", path.display()));
                bundle.add_resource(resource).unwrap();
            }
        }
        Catalogue { bundle }
    }

    /// Every message id of the catalogue.
    fn ids(lang: &str) -> Vec<String> {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("locales")
            .join(lang);
        let mut ids = Vec::new();
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "ftl") {
                let source = std::fs::read_to_string(&path).unwrap();
                ids.extend(source.lines().filter_map(|l| {
                    let (id, _) = l.split_once(" =")?;
                    (!id.is_empty() && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
                        .then(|| id.to_string())
                }));
            }
        }
        ids
    }

    /// The message `id` with `args` (numbers as numbers, as the binary passes them), which
    /// must exist in this language itself (no English fallback here).
    fn get(&self, id: &str, args: &[(&str, &str)]) -> String {
        let msg = self
            .bundle
            .get_message(id)
            .unwrap_or_else(|| panic!("no message {id}"));
        let mut fargs = fluent_bundle::FluentArgs::new();
        for (k, v) in args {
            match v.parse::<i64>() {
                Ok(n) => fargs.set(*k, n),
                Err(_) => fargs.set(*k, v.to_string()),
            }
        }
        let mut errors = Vec::new();
        let text = self
            .bundle
            .format_pattern(msg.value().unwrap(), Some(&fargs), &mut errors);
        assert!(errors.is_empty(), "{id}: {errors:?}");
        text.into_owned()
    }

    fn text(&self, id: &str) -> String {
        self.get(id, &[])
    }
}

/// Text as a reader sees it, whatever its wrapping: no escape sequences, one space for any run
/// of blanks and line ends.
fn flat(text: &str) -> String {
    console::strip_ansi_codes(text)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Wait for `pattern` (text the language's catalogue gave), keep what came before it and the
/// match in `log`, then type `keys`.
fn answer(s: &mut expectrl::session::OsSession, log: &mut String, pattern: &str, keys: &str) {
    let found = s
        .expect(pattern)
        .unwrap_or_else(|e| panic!("waiting for {pattern:?}: {e}\nso far:\n{log}"));
    log.push_str(&String::from_utf8_lossy(found.before()));
    log.push_str(pattern);
    type_after_prompt(s, keys);
}

/// `dynsync --lang LANG setup --demo` in a terminal, answered to the end by keys (arrows and
/// Enter in menus, `y`, the banner's demo values): it speaks LANG throughout and finishes.
fn demo_setup_speaks(lang: &str) {
    let tr = Catalogue::load(lang);
    let en = Catalogue::load("en");
    let dir = tempfile::tempdir().unwrap();
    let mut s = session(
        &[
            "--lang",
            lang,
            "--config-dir",
            dir.path().to_str().unwrap(),
            "setup",
            "--demo",
        ],
        &[],
    );
    s.set_expect_timeout(Some(Duration::from_secs(60)));
    let s = &mut s;
    let mut log = String::new();
    let org_url = format!("https://{}", DEMO.org_host);
    answer(s, &mut log, &tr.text("wizard-ask-profile"), "demo\r");
    // The path: the second item, by arrow.
    answer(s, &mut log, &tr.text("wizard-path-update"), "\x1b[B");
    type_after_prompt(s, "\r");
    answer(s, &mut log, &tr.text("wizard-have-app-registration"), "y\r");
    answer(
        s,
        &mut log,
        &tr.text("wizard-ask-client-id"),
        &format!("{}\r", DEMO.client_id),
    );
    answer(
        s,
        &mut log,
        &tr.text("wizard-ask-client-secret"),
        &format!("{}\r", DEMO.client_secret),
    );
    answer(
        s,
        &mut log,
        &tr.text("wizard-ask-secret-expiry"),
        "2027-05-01\r",
    );
    answer(
        s,
        &mut log,
        &tr.text("wizard-ask-username"),
        &format!("{}\r", DEMO.username),
    );
    answer(
        s,
        &mut log,
        &tr.get("wizard-ask-password", &[("username", DEMO.username)]),
        &format!("{}\r", DEMO.password),
    );
    answer(
        s,
        &mut log,
        &tr.text("wizard-ask-org-url"),
        &format!("{org_url}\r"),
    );
    // The org guard asks for the unique name it shows (the banner's value).
    let guard = tr.get("wizard-org-guard-ask", &[("unique", "\u{1}")]);
    let (before, after) = guard.split_once('\u{1}').unwrap();
    let found = s
        .expect(expectrl::Regex(format!(
            "{}(\\S+){}",
            regex_escape(before),
            regex_escape(after)
        )))
        .unwrap_or_else(|e| panic!("waiting for the org guard: {e}\nso far:\n{log}"));
    log.push_str(&String::from_utf8_lossy(found.before()));
    log.push_str(&String::from_utf8_lossy(found.get(0).unwrap()));
    let unique = String::from_utf8_lossy(found.get(1).unwrap()).into_owned();
    type_after_prompt(s, &format!("{unique}\r"));
    // Marketo, update path: Disable Sync, Edit credentials (Done is each menu's first item)…
    let show_again = tr.text("wizard-step-show-again");
    answer(s, &mut log, &show_again, "\r");
    answer(s, &mut log, &show_again, "\r");
    // … Validate Sync Setup (all green is the first item) and Enable Sync.
    answer(s, &mut log, &tr.text("wizard-some-red"), "\r");
    answer(s, &mut log, &show_again, "\r");
    let (rest, status) = finish(s);
    log.push_str(&rest);
    assert!(
        status.contains("Exited") && status.ends_with(", 0))"),
        "{lang}: {status}\n{log}"
    );
    let shown = flat(&log);

    // Known sentences of the language, formatted from its catalogue.
    let step = |n: &str, id: &str| {
        let name = tr.get("wizard-step-name", &[("step", id)]);
        tr.get(
            "wizard-step-heading",
            &[("n", n), ("total", "9"), ("name", &name)],
        )
    };
    let expected = [
        step("1", "welcome"),
        step("5", "preflight"),
        step("9", "summary"),
        // Yes/no and hidden answers are written in the language too.
        format!(
            "{} {}",
            tr.text("wizard-have-app-registration"),
            tr.text("ui-answer-yes")
        ),
        format!(
            "{}: {}",
            tr.text("wizard-ask-client-secret"),
            tr.text("ui-answer-hidden")
        ),
        format!(
            "{}: {}",
            tr.text("wizard-ask-path"),
            tr.text("wizard-path-update")
        ),
        tr.text("wizard-checklist-all-green"),
    ];
    for phrase in expected {
        let phrase = flat(&phrase);
        assert!(
            shown.contains(&phrase),
            "{lang}: {phrase:?} was not shown:\n{log}"
        );
    }

    // No English sentence of the wizard (unless the translation quotes it, as it quotes the
    // portal's labels).
    let both = |id: &str, args: &[(&str, &str)]| (en.get(id, args), tr.get(id, args));
    let heading = |c: &Catalogue| {
        let name = c.get("wizard-step-name", &[("step", "welcome")]);
        c.get(
            "wizard-step-heading",
            &[("n", "1"), ("total", "9"), ("name", &name)],
        )
    };
    let pairs = [
        (heading(&en), heading(&tr)),
        both("wizard-ask-profile", &[]),
        both("wizard-ask-path", &[]),
        both("wizard-have-app-registration", &[]),
        both("wizard-ask-client-secret", &[]),
        both("wizard-ask-username", &[]),
        both("wizard-checklist-all-green", &[]),
        both("wizard-org-guard-ask", &[("unique", &unique)]),
        both("wizard-what-now", &[]),
        both("ui-answer-hidden", &[]),
        (
            format!("? {}", en.text("ui-answer-yes")),
            format!("? {}", tr.text("ui-answer-yes")),
        ),
    ];
    for (english, translated) in pairs {
        let (english, translated) = (flat(&english), flat(&translated));
        // (A message left in English is not a quote: it is the same text.)
        if translated == english || !translated.contains(&english) {
            assert!(
                !shown.contains(&english),
                "{lang}: English {english:?} was shown:\n{log}"
            );
        }
    }

    // No message shown as its id (a Fluent lookup that failed), no unfilled placeable.
    let words: std::collections::HashSet<&str> = shown
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
        .collect();
    let ids: Vec<String> = Catalogue::ids("en")
        .into_iter()
        .filter(|id| words.contains(id.as_str()))
        .collect();
    assert!(ids.is_empty(), "{lang}: ids shown: {ids:?}\n{log}");
    assert!(
        !shown.contains("{$") && !shown.contains("{ $") && !shown.contains("???"),
        "{lang}: an unformatted message:\n{log}"
    );
}

fn regex_escape(text: &str) -> String {
    text.chars()
        .flat_map(|c| {
            let special = "\\.+*?()|[]{}^$#&-~".contains(c);
            special.then_some('\\').into_iter().chain([c])
        })
        .collect()
}

/// Issue 15: the demo setup runs end to end in each language (one after the other: each runs
/// its own simulator and waits on its prompts).
#[test]
fn the_demo_setup_runs_end_to_end_in_every_language() {
    for lang in ["ko", "zh-CN", "nl", "fr"] {
        demo_setup_speaks(lang);
    }
}
