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
