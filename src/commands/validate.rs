//! `dynsync validate`: check the sync credentials without touching Marketo.

use std::io::{Read, Write};

use crate::cli::ValidateArgs;
use crate::engine::{self, NoProgress, Progress};
use crate::error::{Error, Result};
use crate::http::{DemoTls, Http, HttpConfig};
use crate::input::{self, Problem, RawInputs};
use crate::report::Report;
use crate::secrets::{Secret, strip_line_ending};
use crate::sim::{self, DEMO, Simulator};
use crate::ui::{Io, Paint, Prompter, Spinner, render_report};

/// The most read from stdin for `--secrets-stdin`.
const MAX_STDIN: u64 = 64 * 1024;

pub async fn run(
    args: &ValidateArgs,
    verbose: bool,
    io: &Io,
    prompter: &dyn Prompter,
) -> Result<i32> {
    if args.list_scenarios {
        print_scenarios();
        return Ok(0);
    }
    let mut demo_sim = None;
    let raw = if args.demo {
        let mut scenario = sim::scenario(&args.scenario).ok_or_else(|| {
            Error::Input(format!("unknown demo scenario {:?}; list them with: dynsync validate --demo --list-scenarios", args.scenario))
        })?;
        if let Some(ms) = args.latency_ms {
            scenario.config.latency = std::time::Duration::from_millis(ms);
        }
        let sim = Simulator::start(scenario.config.clone())
            .await
            .map_err(Error::Internal)?;
        print_demo_banner(&scenario);
        demo_sim = Some(sim);
        RawInputs {
            client_id: Some(DEMO.client_id.into()),
            client_secret: Some(Secret::new(scenario.client_secret)),
            username: Some(DEMO.username.into()),
            password: Some(Secret::new(scenario.password)),
            org_url: Some(format!("https://{}", DEMO.org_host)),
            timeout_secs: args.timeout,
            ..Default::default()
        }
    } else {
        let (client_secret, password) = gather_secrets(
            args,
            io,
            prompter,
            &|k| std::env::var(k).ok(),
            &mut std::io::stdin().lock(),
        )?;
        RawInputs {
            client_id: args.client_id.clone(),
            client_secret,
            username: args.username.clone(),
            password,
            org_url: args.org_url.clone(),
            tenant: args.tenant.clone(),
            cloud: args.cloud,
            authority_host: args.authority_host.clone(),
            ca_bundle: args.ca_bundle.clone(),
            timeout_secs: args.timeout,
        }
    };

    let checked = input::check(raw);
    let Some(inputs) = checked.inputs else {
        let report = engine::invalid_input_report(&checked.errors, &checked.warnings);
        return print(&report, args, io, "Checking the inputs");
    };
    let config = HttpConfig {
        timeout: inputs.timeout,
        ca_bundle: inputs.ca_bundle.clone(),
        demo: demo_sim.as_ref().map(|s| DemoTls {
            ca_pem: s.ca_pem.clone(),
            resolve: sim::HOSTS.iter().map(|h| (h.to_string(), s.addr)).collect(),
        }),
        verbose,
    };
    let http = match Http::new(&config) {
        Ok(h) => h,
        Err(msg) => {
            let problem = Problem {
                field: None,
                message: msg,
                fix: "pass --ca-bundle with a readable PEM file of CA certificates".into(),
            };
            let report = engine::invalid_input_report(&[problem], &checked.warnings);
            return print(&report, args, io, "Checking the inputs");
        }
    };

    let heading = format!("Checking {} for {}", inputs.org.host, inputs.username);
    let spinner = Spinner::new(io, !verbose);
    let progress: &dyn Progress = if verbose { &NoProgress } else { &spinner };
    let run = engine::validate(&http, &inputs, &checked.warnings, progress);
    let report = tokio::select! {
        r = run => r,
        _ = tokio::signal::ctrl_c() => {
            spinner.finish();
            if args.json {
                let _ = write_json(&Report::interrupted());
            }
            return Err(Error::Interrupted);
        }
    };
    spinner.finish();
    if let (Some(s), true) = (&demo_sim, verbose) {
        eprintln!(
            "[demo] the simulator served {} requests over {} TLS connections; dynsync sent {}",
            s.stats.requests(),
            s.stats.connections(),
            http.requests_sent()
        );
    }
    print(&report, args, io, &heading)
}

fn print(report: &Report, args: &ValidateArgs, io: &Io, heading: &str) -> Result<i32> {
    if args.json {
        write_json(report)?;
    } else {
        let text = render_report(report, heading, &Paint::new(io.color));
        let mut out = std::io::stdout().lock();
        out.write_all(text.as_bytes())?;
        out.flush()?;
    }
    Ok(report.exit_code())
}

fn write_json(report: &Report) -> Result<()> {
    let mut out = std::io::stdout().lock();
    serde_json::to_writer_pretty(&mut out, report).map_err(|e| Error::Internal(e.to_string()))?;
    out.write_all(b"\n")?;
    out.flush()?;
    Ok(())
}

/// The client secret and the password: from stdin (`--secrets-stdin`), else the environment,
/// else a hidden prompt on a terminal. Never from flags.
pub fn gather_secrets(
    args: &ValidateArgs,
    io: &Io,
    prompter: &dyn Prompter,
    env: &dyn Fn(&str) -> Option<String>,
    stdin: &mut dyn Read,
) -> Result<(Option<Secret>, Option<Secret>)> {
    let (mut secret, mut password) = (None, None);
    if args.secrets_stdin {
        if io.stdin_tty {
            return Err(Error::Input(
                "--secrets-stdin reads from a pipe, not a terminal: pipe the secret and the password in, or leave the flag out to be asked".into(),
            ));
        }
        let mut buf = String::new();
        stdin
            .take(MAX_STDIN)
            .read_to_string(&mut buf)
            .map_err(|e| Error::Input(format!("could not read stdin: {e}")))?;
        let mut lines = buf.split('\n');
        secret = lines
            .next()
            .map(|l| Secret::new(strip_line_ending(l.to_string())))
            .filter(|s| !s.is_empty());
        password = lines
            .next()
            .map(|l| Secret::new(strip_line_ending(l.to_string())))
            .filter(|s| !s.is_empty());
        buf.clear();
    }
    if secret.is_none() {
        secret = env("DYNSYNC_CLIENT_SECRET").map(Secret::new);
    }
    if password.is_none() {
        password = env("DYNSYNC_PASSWORD").map(Secret::new);
    }
    if io.can_prompt() && !args.secrets_stdin {
        if secret.is_none() {
            secret = Some(prompter.secret("Client secret (the Value, not the Secret ID)")?);
        }
        if password.is_none() {
            let who = args.username.as_deref().unwrap_or("the sync user");
            password = Some(prompter.secret(&format!("Password of {who}"))?);
        }
    }
    Ok((secret, password))
}

fn print_scenarios() {
    let scenarios = sim::scenarios();
    let width = scenarios.iter().map(|s| s.name.len()).max().unwrap_or(8);
    println!("Demo scenarios (dynsync validate --demo --scenario NAME):\n");
    for s in scenarios {
        println!("  {:width$}  {}", s.name, s.about);
    }
}

fn print_demo_banner(s: &sim::Scenario) {
    let secret_note = if s.client_secret == DEMO.client_secret {
        "the demo app's secret Value".to_string()
    } else if s.client_secret == DEMO.secret_id {
        format!("the Secret ID {} (pasted by mistake)", DEMO.secret_id)
    } else {
        "a wrong value".to_string()
    };
    let password_note = if s.password == DEMO.password {
        "the sync user's password"
    } else {
        "a wrong password"
    };
    eprintln!(
        "Demo tenant (simulated Azure AD + Dataverse on loopback HTTPS; nothing leaves this machine)\n\
         scenario:       {} — {}\n\
         client ID:      {}\n\
         client secret:  {secret_note} (never printed)\n\
         username:       {}\n\
         password:       {password_note} (never printed)\n\
         org URL:        https://{}\n",
        s.name, s.about, DEMO.client_id, DEMO.username, DEMO.org_host
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser;

    struct Scripted(std::cell::RefCell<Vec<(&'static str, &'static str)>>);
    impl Prompter for Scripted {
        fn secret(&self, label: &str) -> Result<Secret> {
            let mut q = self.0.borrow_mut();
            assert!(!q.is_empty(), "unexpected prompt: {label}");
            let (want, answer) = q.remove(0);
            assert!(
                label.contains(want),
                "prompt {label:?} should mention {want:?}"
            );
            Ok(Secret::new(answer))
        }
    }

    fn args(extra: &[&str]) -> ValidateArgs {
        let mut argv = vec!["dynsync", "validate", "--username", "u@contoso.com"];
        argv.extend_from_slice(extra);
        match crate::cli::Cli::parse_from(argv).command {
            crate::cli::Command::Validate(a) => a,
            _ => unreachable!(),
        }
    }

    const TTY: Io = Io {
        stdin_tty: true,
        stdout_tty: true,
        stderr_tty: true,
        color: false,
    };
    const PIPE: Io = Io {
        stdin_tty: false,
        stdout_tty: false,
        stderr_tty: false,
        color: false,
    };

    #[test]
    fn terminal_prompts_for_missing_secrets_in_order() {
        let p = Scripted(vec![("Value", "s3cret"), ("u@contoso.com", "pw")].into());
        let (s, pw) =
            gather_secrets(&args(&[]), &TTY, &p, &|_| None, &mut std::io::empty()).unwrap();
        assert_eq!(s.unwrap().expose(), "s3cret");
        assert_eq!(pw.unwrap().expose(), "pw");
        assert!(p.0.borrow().is_empty());
    }

    #[test]
    fn env_wins_over_prompt_and_no_prompt_without_terminal() {
        let p = Scripted(vec![].into());
        let env = |k: &str| (k == "DYNSYNC_CLIENT_SECRET").then(|| "from-env".to_string());
        let (s, pw) = gather_secrets(&args(&[]), &PIPE, &p, &env, &mut std::io::empty()).unwrap();
        assert_eq!(s.unwrap().expose(), "from-env");
        assert!(pw.is_none());
    }

    #[test]
    fn secrets_stdin_reads_two_lines() {
        let p = Scripted(vec![].into());
        let mut input: &[u8] = b"line-one\r\nline two\n";
        let (s, pw) = gather_secrets(
            &args(&["--secrets-stdin"]),
            &PIPE,
            &p,
            &|_| None,
            &mut input,
        )
        .unwrap();
        assert_eq!(s.unwrap().expose(), "line-one");
        assert_eq!(pw.unwrap().expose(), "line two");
    }

    #[test]
    fn secrets_stdin_refuses_a_terminal() {
        let p = Scripted(vec![].into());
        let err = gather_secrets(
            &args(&["--secrets-stdin"]),
            &TTY,
            &p,
            &|_| None,
            &mut std::io::empty(),
        )
        .unwrap_err();
        assert!(matches!(err, Error::Input(_)));
    }
}
