//! The top of the program: the command line (each command's own flags live beside its code in
//! `commands/`), the real context, signals, and the one exit path.

use std::cell::RefCell;
use std::io::Write;
use std::path::PathBuf;

use clap::{Parser, Subcommand};

use crate::cancel::{self, Cancel, TerminalGuard};
use crate::clock::SystemClock;
use crate::commands::{self, EXIT_CODES};
use crate::ctx::{Ctx, TokioSleep};
use crate::error::{self, Error, Outcome, Result};
use crate::secrets::KeyringStore;
use crate::ui::{Io, TerminalPrompter};

#[derive(Debug, Parser)]
#[command(
    name = "dynsync",
    version,
    about = "Set up and check the Marketo ⇄ Microsoft Dynamics 365 sync credentials",
    long_about = "dynsync checks, before anything is saved in Marketo, that the credentials of the Marketo ⇄ Dynamics 365 sync work: it runs the same Azure AD password grant Marketo runs, checks Dynamics with the resulting token, and predicts Marketo's own \"Validate Sync Setup\" checklist.\n\nTry it without an Azure tenant: dynsync setup --demo",
    after_help = EXIT_CODES
)]
pub struct Cli {
    /// Where profiles are kept (default: the platform config directory, e.g. ~/.config/dynsync).
    #[arg(long, global = true, env = "DYNSYNC_CONFIG_DIR", value_name = "DIR")]
    pub config_dir: Option<PathBuf>,

    /// Log every HTTP request (method, URL without query values, status, time) to stderr. Never secrets.
    #[arg(short, long, global = true)]
    pub verbose: bool,

    /// The language of what dynsync says (en, fr, ko, nl, zh-CN; default: DYNSYNC_LANG, then the locale: LC_ALL, LC_MESSAGES, LANG).
    #[arg(long, global = true, value_name = "LANG", value_parser = parse_lang)]
    pub lang: Option<String>,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// The guided setup: app registration, credentials, checks, and the Marketo steps, resumable.
    Setup(Box<commands::setup::Args>),
    /// Check the sync credentials against Azure AD and Dynamics, without touching Marketo.
    #[command(after_help = commands::validate::HELP)]
    Validate(Box<commands::validate::Args>),
    /// Repair the Dynamics side (role, Marketo Config user, plug-in steps, UI language, the
    /// application user) with a Dynamics admin's sign-in, then check again.
    #[command(after_help = commands::fix::HELP)]
    Fix(Box<commands::fix::Args>),
    /// Put a rotated client secret (or a changed password) into service without downtime.
    Rotate(Box<commands::rotate::Args>),
    /// Explain an Azure AD error: a code (AADSTS50126 or 50126), or `-` to read a pasted error from stdin.
    #[command(after_help = EXIT_CODES)]
    Explain(commands::explain::Args),
    /// Register the sync's app in Azure AD through Microsoft Graph, signed in as an Azure admin
    /// for this run (`app create`), or show it as Azure AD has it (`app show`).
    #[command(subcommand)]
    App(commands::app::Command),
    /// Manage profiles: one per Marketo ⇄ Dynamics connection (secrets in the OS keyring).
    #[command(subcommand)]
    Profile(commands::profile::Command),
    /// Run the demo tenant (simulated Azure AD + Dataverse) on loopback until Ctrl-C, to rehearse
    /// profiles and scripts against it from another terminal.
    #[cfg(feature = "demo")]
    DemoTenant(commands::demo_tenant::Args),
    /// Print the shell completion script for bash, zsh, fish, PowerShell or elvish.
    Completions(commands::completions::Args),
    /// Print the manual page, or write every page (one per subcommand) to a directory.
    Man(commands::man::Args),
}

/// `--lang`'s value: a language dynsync ships (or the pseudo-locale), else an error that lists
/// them.
fn parse_lang(value: &str) -> std::result::Result<String, String> {
    crate::msg::resolve(value)
        .map(str::to_string)
        .ok_or_else(|| {
            crate::msg!(
                "errors-unknown-lang",
                languages = crate::msg::languages().join(", ")
            )
        })
}

/// The language of this run, read before clap parses anything (the help is built in it):
/// `--lang` (before or after the subcommand), else English for `--json` (its text stays
/// English unless a language is asked for by flag), else the environment ([`msg::from_env`]).
/// `Err` is an unknown `--lang` (clap then refuses it, in English).
pub fn language(
    args: &[std::ffi::OsString],
    var: &dyn Fn(&str) -> Option<String>,
) -> std::result::Result<&'static str, String> {
    let mut flag = None;
    let mut json = false;
    let mut it = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(a) = it.next() {
        match a.as_ref() {
            "--" => break,
            "--json" => json = true,
            "--lang" => flag = it.next().map(|v| v.into_owned()),
            a => {
                if let Some(v) = a.strip_prefix("--lang=") {
                    flag = Some(v.to_string());
                }
            }
        }
    }
    match flag {
        Some(v) => crate::msg::resolve(&v).ok_or(v),
        None if json => Ok(crate::msg::FALLBACK),
        None => Ok(crate::msg::from_env(var)),
    }
}

/// The command tree, its texts in the language in use ([`crate::help`]).
pub fn localized_command() -> clap::Command {
    use clap::CommandFactory;
    crate::help::localize(Cli::command())
}

/// The command line, parsed by [`localized_command`].
fn parse(args: &[std::ffi::OsString]) -> std::result::Result<Cli, clap::Error> {
    use clap::FromArgMatches;
    let mut cmd = localized_command();
    let matches = cmd.try_get_matches_from_mut(args)?;
    Cli::from_arg_matches(&matches).map_err(|e| e.format(&mut cmd))
}

/// Parse the command line, run the command, and return the process exit code.
pub fn main() -> i32 {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let env = |k: &str| std::env::var(k).ok();
    crate::msg::init(language(&args, &env).unwrap_or(crate::msg::FALLBACK));
    // A terminal that cannot show ✓ ✗ – → … gets ASCII; JSON stays as it is (UTF-8).
    let ascii = !crate::ui::utf8_locale(&env);
    crate::ui::set_ascii(ascii);
    let json = args.iter().any(|a| a == "--json");
    let cli = match parse(&args) {
        Ok(c) => c,
        Err(e) if let Some((message, text)) = crate::help::error_text(&e) => {
            let mut err = crate::ui::AsciiWriter::new(std::io::stderr(), ascii);
            let _ = err.write_all(text.as_bytes()).and_then(|()| err.flush());
            return parse_error_exit(&e, Some(&message));
        }
        Err(e) if ascii => {
            let text = e.render().to_string();
            let _ = if e.use_stderr() {
                crate::ui::AsciiWriter::new(std::io::stderr(), true).write_all(text.as_bytes())
            } else {
                crate::ui::AsciiWriter::new(std::io::stdout(), true).write_all(text.as_bytes())
            };
            return parse_error_exit(&e, None);
        }
        Err(e) => {
            let _ = e.print();
            return parse_error_exit(&e, None);
        }
    };
    let stderr = RefCell::new(crate::ui::AsciiWriter::new(std::io::stderr(), ascii));
    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            let result = Err(Error::Internal(crate::msg!(
                "errors-could-not-start",
                error = e
            )));
            report_error(&result, &mut *stderr.borrow_mut());
            return error::exit_code(&result);
        }
    };
    // No core dump can hold a secret read later.
    crate::secrets::protect_process();
    // Restores the terminal when the run ends, however it ends.
    let _terminal = TerminalGuard::new();
    let cancel = Cancel::default();
    cancel::install(&cancel);
    let store = KeyringStore::default();
    let vars = |k: &str| std::env::var(k).ok();
    let stdin = RefCell::new(std::io::stdin());
    let stdout = RefCell::new(crate::ui::AsciiWriter::new(
        std::io::stdout(),
        ascii && !json,
    ));
    let prompter = TerminalPrompter {
        cancel: cancel.clone(),
    };
    let ctx = Ctx {
        io: Io::system(),
        verbose: cli.verbose,
        stdout: &stdout,
        stderr: &stderr,
        stdin: &stdin,
        prompter: &prompter,
        store: &store,
        clock: &SystemClock,
        sleep: &TokioSleep,
        cancel,
        vars: &vars,
        config_dir: cli.config_dir.clone().or_else(crate::profile::default_dir),
    };
    let result = runtime.block_on(dispatch(&cli.command, &ctx));
    let result = match result {
        // Whatever was written last must reach stdout: a closed pipe is a quiet end.
        Ok(outcome) => ctx.out().flush().map(|_| outcome).map_err(Error::from),
        e => e,
    };
    report_error(&result, &mut *ctx.err());
    let _ = ctx.err().flush();
    error::exit_code(&result)
}

/// The exit code of a command line clap refused (or of `--help`, `--version`); with `--json`,
/// one document on stdout for a refusal too.
fn parse_error_exit(e: &clap::Error, localized: Option<&str>) -> i32 {
    match e.kind() {
        clap::error::ErrorKind::DisplayHelp | clap::error::ErrorKind::DisplayVersion => {
            error::code::OK
        }
        _ => {
            // Asked for JSON: one document on stdout even for arguments refused here.
            if std::env::args_os().any(|a| a == "--json") {
                let text = e.render().to_string();
                let first = match localized {
                    Some(message) => message.lines().next().unwrap_or(""),
                    None => text
                        .lines()
                        .next()
                        .unwrap_or("")
                        .trim_start_matches("error: "),
                };
                let report = crate::checks::error_report(first);
                let _ = crate::ui::write_json(&mut std::io::stdout(), &report);
            }
            error::code::INVALID_INPUT
        }
    }
}

/// Run one command with the given context.
/// Run one command. Boxed: the commands' futures are large (a sign-in, two check runs, a plan),
/// and a caller's thread (the tests run it on a 2 MiB test thread) keeps them off its stack.
pub fn dispatch<'a>(
    command: &'a Command,
    ctx: &'a Ctx<'_>,
) -> std::pin::Pin<Box<dyn Future<Output = Result<Outcome>> + 'a>> {
    Box::pin(run_command(command, ctx))
}

async fn run_command(command: &Command, ctx: &Ctx<'_>) -> Result<Outcome> {
    match command {
        Command::Validate(args) => commands::validate::run(args, ctx).await,
        Command::Fix(args) => commands::fix::run(args, ctx).await,
        Command::Explain(args) => commands::explain::run(args, ctx),
        Command::Profile(cmd) => commands::profile::run(cmd, ctx),
        Command::App(cmd) => commands::app::run(cmd, ctx).await,
        #[cfg(feature = "demo")]
        Command::DemoTenant(args) => commands::demo_tenant::run(args, ctx).await,
        Command::Setup(args) => commands::setup::run(args, ctx).await,
        Command::Rotate(args) => commands::rotate::run(args, ctx).await,
        Command::Completions(args) => {
            commands::completions::run(args, &mut localized_command(), ctx)
        }
        Command::Man(args) => commands::man::run(args, &localized_command(), ctx),
    }
}

/// Say why a command ended early, on stderr (a closed stdout says nothing: the reader left).
pub fn report_error(result: &Result<Outcome>, err: &mut dyn Write) {
    match result {
        Ok(_) => {}
        Err(e) if error::is_broken_pipe(e) => {}
        Err(e @ Error::Interrupted) => {
            let _ = writeln!(err, "{e}");
        }
        Err(e) => {
            let _ = writeln!(err, "{}", crate::msg!("errors-error", error = e));
        }
    }
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    use super::Cli;

    /// `--help` describes every flag and argument of every command.
    #[test]
    fn every_argument_has_a_description() {
        fn walk(cmd: &clap::Command, path: &str, missing: &mut Vec<String>) {
            for arg in cmd.get_arguments() {
                if arg.get_help().is_none() && arg.get_long_help().is_none() {
                    missing.push(format!("{path} {}", arg.get_id()));
                }
            }
            for sub in cmd.get_subcommands() {
                walk(sub, &format!("{path} {}", sub.get_name()), missing);
            }
        }
        let mut missing = Vec::new();
        walk(&Cli::command(), "dynsync", &mut missing);
        assert!(missing.is_empty(), "no description: {missing:?}");
    }
}
