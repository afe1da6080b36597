//! The terminal: which streams are terminals, colour, hidden prompts and spinners — injected so
//! the same commands run in tests with fakes (the gh CLI's IOStreams/Prompter design).

use std::io::IsTerminal;
use std::time::Duration;

use console::Style;

use crate::engine::Progress;
use crate::error::{Error, Result};
use crate::report::{Report, Status};
use crate::secrets::Secret;

/// What the process is connected to.
#[derive(Debug, Clone, Copy)]
pub struct Io {
    pub stdin_tty: bool,
    pub stdout_tty: bool,
    pub stderr_tty: bool,
    /// Colour on stdout: only on a terminal, and never with NO_COLOR or TERM=dumb.
    pub color: bool,
}

impl Io {
    pub fn system() -> Io {
        let stdout_tty = std::io::stdout().is_terminal();
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        let dumb = std::env::var("TERM").is_ok_and(|t| t == "dumb");
        Io {
            stdin_tty: std::io::stdin().is_terminal(),
            stdout_tty,
            stderr_tty: std::io::stderr().is_terminal(),
            color: stdout_tty && !no_color && !dumb,
        }
    }

    /// Prompts need a terminal to read from and one to write to.
    pub fn can_prompt(&self) -> bool {
        self.stdin_tty && self.stderr_tty
    }
}

/// Everything the commands ask the user.
pub trait Prompter {
    /// Ask for a secret without echoing it.
    fn secret(&self, label: &str) -> Result<Secret>;
    /// Ask a yes/no question.
    fn confirm(&self, question: &str, default: bool) -> Result<bool>;
}

fn dialoguer_error(e: dialoguer::Error) -> Error {
    match e {
        dialoguer::Error::IO(io) if io.kind() == std::io::ErrorKind::Interrupted => {
            Error::Interrupted
        }
        dialoguer::Error::IO(io) => Error::Io(io),
    }
}

/// The real terminal (dialoguer).
pub struct TerminalPrompter;

impl Prompter for TerminalPrompter {
    fn secret(&self, label: &str) -> Result<Secret> {
        let value = dialoguer::Password::new()
            .with_prompt(label)
            .allow_empty_password(true)
            .interact()
            .map_err(dialoguer_error)?;
        Ok(Secret::new(value))
    }

    fn confirm(&self, question: &str, default: bool) -> Result<bool> {
        dialoguer::Confirm::new()
            .with_prompt(question)
            .default(default)
            .interact()
            .map_err(dialoguer_error)
    }
}

/// A spinner on stderr while requests are out; nothing when stderr is not a terminal.
pub struct Spinner(Option<indicatif::ProgressBar>);

impl Spinner {
    pub fn new(io: &Io, enabled: bool) -> Spinner {
        if !(io.stderr_tty && enabled) {
            return Spinner(None);
        }
        let pb = indicatif::ProgressBar::new_spinner();
        pb.set_draw_target(indicatif::ProgressDrawTarget::stderr());
        pb.enable_steady_tick(Duration::from_millis(80));
        Spinner(Some(pb))
    }

    pub fn finish(&self) {
        if let Some(pb) = &self.0 {
            pb.finish_and_clear();
        }
    }
}

impl Progress for Spinner {
    fn step(&self, message: &str) {
        if let Some(pb) = &self.0 {
            pb.set_message(message.to_string());
        }
    }
}

impl Drop for Spinner {
    fn drop(&mut self) {
        self.finish();
    }
}

/// Colours for statuses, or none.
pub struct Paint {
    color: bool,
}

impl Paint {
    pub fn new(color: bool) -> Paint {
        Paint { color }
    }

    fn style(&self, s: Style) -> Style {
        if self.color {
            s.force_styling(true)
        } else {
            Style::new()
        }
    }

    pub fn status(&self, status: Status) -> String {
        let s = match status {
            Status::Pass => Style::new().green(),
            Status::Warn => Style::new().yellow(),
            Status::Fail => Style::new().red().bold(),
            Status::Skip => Style::new().dim(),
        };
        self.style(s).apply_to(status.symbol()).to_string()
    }

    pub fn bold(&self, text: &str) -> String {
        self.style(Style::new().bold()).apply_to(text).to_string()
    }

    pub fn dim(&self, text: &str) -> String {
        self.style(Style::new().dim()).apply_to(text).to_string()
    }
}

fn indent(text: &str, by: &str) -> String {
    text.lines().map(|l| format!("{by}{l}\n")).collect()
}

/// The human-readable report.
pub fn render_report(report: &Report, heading: &str, paint: &Paint) -> String {
    let mut out = String::new();
    out.push_str(&paint.bold(heading));
    out.push_str("\n\n");
    let width = report.checks.iter().map(|c| c.id.len()).max().unwrap_or(10);
    for c in &report.checks {
        out.push_str(&format!(
            "  {} {:width$}  {}\n",
            paint.status(c.status),
            c.id,
            c.summary
        ));
        if let Some(r) = &c.remedy
            && matches!(c.status, Status::Warn | Status::Fail | Status::Skip)
        {
            out.push_str(&indent(r, &format!("  {:width$}    ", "")));
        }
    }
    let input_failed = report
        .check("input")
        .is_some_and(|c| c.status == Status::Fail);
    if !input_failed {
        out.push_str(&format!(
            "\n{}\n",
            paint.bold("Marketo's \"Validate Sync Setup\" checklist, predicted:")
        ));
    }
    for p in report.marketo_checklist.iter().filter(|_| !input_failed) {
        let note = match p.status {
            Status::Skip => paint.dim("  (could not be predicted: check it in Marketo)"),
            _ => String::new(),
        };
        out.push_str(&format!("  {} {}{note}\n", paint.status(p.status), p.item));
    }
    let fails = report
        .checks
        .iter()
        .filter(|c| c.status == Status::Fail)
        .count();
    let warns = report
        .checks
        .iter()
        .filter(|c| c.status == Status::Warn)
        .count();
    out.push('\n');
    let plural = |n: usize, w: &str| format!("{n} {w}{}", if n == 1 { "" } else { "s" });
    let line = match (fails, warns) {
        (0, 0) => format!(
            "{} all checks passed: these credentials are ready for Marketo.",
            paint.status(Status::Pass)
        ),
        (0, w) => format!(
            "{} all checks passed with {}: read {} before you save the credentials in Marketo.",
            paint.status(Status::Pass),
            plural(w, "warning"),
            if w == 1 { "it" } else { "them" }
        ),
        (f, w) => format!(
            "{} {} failed{}: fix {} before you save anything in Marketo.",
            paint.status(Status::Fail),
            plural(f, "check"),
            if w > 0 {
                format!(", {}", plural(w, "warning"))
            } else {
                String::new()
            },
            if f == 1 { "it" } else { "them" }
        ),
    };
    out.push_str(&line);
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::Check;

    #[test]
    fn plain_output_has_no_escape_codes_and_shows_remedies() {
        let report = Report::new(
            None,
            None,
            vec![
                Check::pass("input", "fine"),
                Check::fail("token", "AADSTS50126 rejected", "re-enter the password"),
            ],
        );
        let text = render_report(&report, "Validating", &Paint::new(false));
        assert!(!text.contains('\u{1b}'));
        assert!(text.contains("✗ token"));
        assert!(text.contains("re-enter the password"));
        assert!(text.contains("1 check failed"));
    }

    #[test]
    fn colour_when_asked() {
        let p = Paint::new(true);
        assert!(p.status(Status::Fail).contains('\u{1b}'));
    }
}
