//! The terminal: which streams are terminals, colour, hidden prompts and spinners — injected so
//! the same commands run in tests with fakes (the gh CLI's IOStreams/Prompter design).

use std::io::IsTerminal;
use std::time::Duration;

use console::Style;

use crate::cancel::Cancel;
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

    /// The terminal's width in columns when stdout is a terminal: human output is wrapped to it
    /// (piped output is not wrapped).
    pub fn width(&self) -> Option<usize> {
        if !self.stdout_tty {
            return None;
        }
        console::Term::stdout()
            .size_checked()
            .map(|(_, cols)| usize::from(cols))
            .filter(|w| *w >= 20)
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
    /// Ask for a line of text (shown as typed).
    fn input(&self, label: &str, default: Option<&str>) -> Result<String>;
    /// Pick one of `items` (arrow keys on a terminal); returns its index.
    fn select(&self, question: &str, items: &[&str], default: usize) -> Result<usize>;
}

/// Ask `question` with one item per choice and return the choice picked: a menu branches on what
/// was chosen, never on the label shown (labels change with the language).
pub fn choose<T: Copy>(
    prompter: &dyn Prompter,
    question: &str,
    items: &[(T, String)],
    default: usize,
) -> Result<T> {
    let labels: Vec<&str> = items.iter().map(|(_, l)| l.as_str()).collect();
    Ok(items[prompter.select(question, &labels, default)?].0)
}

/// Puts text on the user's clipboard.
pub trait Clipboard {
    fn copy(&self, text: &str) -> Result<()>;
    /// Empty the clipboard (after a secret was copied), where the terminal allows it.
    fn clear(&self) -> Result<()>;
}

/// OSC 52: the terminal sets the clipboard, which also works over SSH (most modern terminals;
/// some need it enabled). Written to the terminal on stderr so stdout stays clean.
pub struct Osc52Clipboard<'a> {
    pub terminal: &'a std::cell::RefCell<dyn std::io::Write>,
}

impl Osc52Clipboard<'_> {
    fn send(&self, sequence: &[u8]) -> Result<()> {
        let mut t = self.terminal.borrow_mut();
        t.write_all(sequence)?;
        t.flush()?;
        Ok(())
    }
}

impl Clipboard for Osc52Clipboard<'_> {
    fn copy(&self, text: &str) -> Result<()> {
        use base64::Engine;
        let b64 = base64::engine::general_purpose::STANDARD.encode(text.as_bytes());
        self.send(format!("\x1b]52;c;{b64}\x07").as_bytes())
    }
    fn clear(&self) -> Result<()> {
        self.send(b"\x1b]52;c;\x07")
    }
}

/// Opens a URL in the user's browser.
pub trait Browser {
    fn open(&self, url: &str) -> Result<()>;
}

/// The platform's opener (`xdg-open`, `open`, `start`), detached.
pub struct SystemBrowser;

impl Browser for SystemBrowser {
    fn open(&self, url: &str) -> Result<()> {
        let mut cmd = if cfg!(target_os = "macos") {
            std::process::Command::new("open")
        } else if cfg!(windows) {
            let mut c = std::process::Command::new("cmd");
            c.args(["/C", "start", ""]);
            c
        } else {
            std::process::Command::new("xdg-open")
        };
        cmd.arg(url)
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .map(|_| ())
            .map_err(|e| Error::Internal(crate::msg!("ui-browser-failed", error = e, url = url)))
    }
}

fn dialoguer_error(e: dialoguer::Error) -> Error {
    match e {
        dialoguer::Error::IO(io) if io.kind() == std::io::ErrorKind::Interrupted => {
            Error::Interrupted
        }
        dialoguer::Error::IO(io) => Error::Io(io),
    }
}

/// The real terminal (dialoguer). Each prompt runs on its own thread while the caller waits
/// for the answer or the run's cancellation (a signal): a prompt blocked reading the terminal
/// cannot otherwise be interrupted. On cancellation the caller gets [`Error::Interrupted`] at
/// once and unwinds; the terminal's mode is restored by [`crate::cancel::TerminalGuard`].
pub struct TerminalPrompter {
    pub cancel: Cancel,
}

impl TerminalPrompter {
    fn on_thread<T: Send + 'static>(
        &self,
        ask: impl FnOnce() -> std::result::Result<T, dialoguer::Error> + Send + 'static,
    ) -> Result<T> {
        if self.cancel.is_cancelled() {
            return Err(Error::Interrupted);
        }
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::Builder::new()
            .name("prompt".into())
            .spawn(move || {
                let _ = tx.send(ask());
            })?;
        // A prompt stopped by a signal is left unanswered mid-line: end that line, so what is
        // printed next (where to resume) starts on a line of its own.
        let interrupted = || {
            let _ = console::Term::stderr().write_line("");
            Error::Interrupted
        };
        loop {
            match rx.recv_timeout(Duration::from_millis(40)) {
                Ok(answer) => {
                    return answer.map_err(|e| match dialoguer_error(e) {
                        Error::Interrupted => interrupted(),
                        other => other,
                    });
                }
                Err(std::sync::mpsc::RecvTimeoutError::Timeout) => {
                    if self.cancel.is_cancelled() {
                        return Err(interrupted());
                    }
                }
                Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => {
                    return Err(Error::Internal(crate::msg!("ui-prompt-ended")));
                }
            }
        }
    }
}

/// dialoguer's plain theme with the answers it writes itself ("yes", "no", "[hidden]") taken
/// from the catalogue, in the run's language.
struct AnswerTheme {
    yes: String,
    no: String,
    hidden: String,
}

impl AnswerTheme {
    fn new() -> Self {
        AnswerTheme {
            yes: crate::msg!("ui-answer-yes"),
            no: crate::msg!("ui-answer-no"),
            hidden: crate::msg!("ui-answer-hidden"),
        }
    }
}

impl dialoguer::theme::Theme for AnswerTheme {
    fn format_confirm_prompt_selection(
        &self,
        f: &mut dyn std::fmt::Write,
        prompt: &str,
        selection: Option<bool>,
    ) -> std::fmt::Result {
        let answer = selection.map(|b| if b { &self.yes } else { &self.no });
        match (prompt.is_empty(), answer) {
            (true, Some(a)) => write!(f, "{a}"),
            (false, Some(a)) => write!(f, "{prompt} {a}"),
            (_, None) => write!(f, "{prompt}"),
        }
    }

    fn format_password_prompt_selection(
        &self,
        f: &mut dyn std::fmt::Write,
        prompt: &str,
    ) -> std::fmt::Result {
        self.format_input_prompt_selection(f, prompt, &self.hidden)
    }
}

impl Prompter for TerminalPrompter {
    fn secret(&self, label: &str) -> Result<Secret> {
        let label = label.to_string();
        let theme = AnswerTheme::new();
        self.on_thread(move || {
            dialoguer::Password::with_theme(&theme)
                .with_prompt(label)
                .allow_empty_password(true)
                .interact()
                .map(Secret::new)
        })
    }

    fn confirm(&self, question: &str, default: bool) -> Result<bool> {
        let question = question.to_string();
        let theme = AnswerTheme::new();
        self.on_thread(move || {
            // y or n, then Enter: a bare `y` would answer at once and leave the Enter for the
            // next prompt (an empty client ID, a default picked from a menu).
            dialoguer::Confirm::with_theme(&theme)
                .with_prompt(question)
                .default(default)
                .wait_for_newline(true)
                .interact()
        })
    }

    fn input(&self, label: &str, default: Option<&str>) -> Result<String> {
        let label = label.to_string();
        let default = default.map(str::to_string);
        self.on_thread(move || {
            let term = console::Term::stderr();
            let mut i = dialoguer::Input::<String>::new()
                .with_prompt(&label)
                .allow_empty(true)
                .report(false);
            if let Some(d) = &default {
                i = i.default(d.clone());
            }
            let answer = i.interact_text_on(&term)?;
            // dialoguer clears only the screen line the cursor ends on: a prompt and answer
            // wider than the terminal (a longer language, a long URL) would leave their first
            // lines behind, and the answered prompt would show twice. Clear them, then write the
            // answered prompt once.
            let typed = if default.as_ref() == Some(&answer) {
                format!("{label} [{answer}]: ")
            } else {
                format!("{label}: {answer}")
            };
            let columns = usize::from(term.size().1);
            let rows = answered_rows(display_width(&typed), columns);
            if rows > 1 {
                term.clear_last_lines(rows - 1)?;
            }
            // Written again, wrapped between words.
            let answered = format!("{label}: {answer}");
            let width = Some(columns).filter(|c| *c >= 20);
            term.write_line(wrap_with(&answered, width, "", "").trim_end())?;
            Ok(answer)
        })
    }

    fn select(&self, question: &str, items: &[&str], default: usize) -> Result<usize> {
        let question = question.to_string();
        let items: Vec<String> = items.iter().map(|s| s.to_string()).collect();
        self.on_thread(move || {
            dialoguer::Select::new()
                .with_prompt(question)
                .items(&items)
                .default(default)
                .interact()
        })
    }
}

/// A moment as a person reads it: local time to the second, with its offset from UTC
/// (`2026-11-23 13:00:00 +01:00`; no fractions). JSON keeps RFC 3339 in UTC.
pub fn local_time(at: chrono::DateTime<chrono::Utc>) -> String {
    at.with_timezone(&chrono::Local)
        .format("%Y-%m-%d %H:%M:%S %:z")
        .to_string()
}

/// One JSON document and a newline on `out`. A write error stays an I/O error, so a closed
/// stdout (`| head`) ends quietly like any other write.
pub fn write_json(out: &mut dyn std::io::Write, value: &impl serde::Serialize) -> Result<()> {
    serde_json::to_writer_pretty(&mut *out, value).map_err(|e| {
        if e.is_io() {
            Error::Io(e.into())
        } else {
            Error::Internal(e.to_string())
        }
    })?;
    out.write_all(b"\n")?;
    out.flush()?;
    Ok(())
}

/// Told when a stage of a long run starts, e.g. to drive a spinner.
pub trait Progress: Sync {
    fn step(&self, message: &str);
}

/// Progress that shows nothing.
pub struct NoProgress;

impl Progress for NoProgress {
    fn step(&self, _: &str) {}
}

/// A spinner on stderr while requests are out; nothing when stderr is not a terminal.
pub struct Spinner(Option<indicatif::ProgressBar>);

impl Spinner {
    pub fn new(io: &Io, enabled: bool) -> Spinner {
        if !(io.stderr_tty && enabled) {
            return Spinner(None);
        }
        let pb = indicatif::ProgressBar::new_spinner();
        if ascii() {
            pb.set_style(indicatif::ProgressStyle::default_spinner().tick_chars("-\\|/ "));
        }
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
    /// Wrap to this many columns (a terminal's width), or not at all.
    width: Option<usize>,
    /// Status marks in ASCII ([`ascii`]).
    ascii: bool,
}

impl Paint {
    pub fn new(color: bool) -> Paint {
        Paint {
            color,
            width: None,
            ascii: ascii(),
        }
    }

    /// Status marks in ASCII (`[ok]`, `[x]`, `!`, `-`) or not, whatever the run decided.
    pub fn ascii(mut self, ascii: bool) -> Paint {
        self.ascii = ascii;
        self
    }

    /// A status's mark as this paint shows it, without colour.
    fn mark(&self, status: Status) -> &'static str {
        if self.ascii {
            match status {
                Status::Pass => "[ok]",
                Status::Warn => "!",
                Status::Fail => "[x]",
                Status::Skip => "-",
            }
        } else {
            status.symbol()
        }
    }

    /// The widest mark's width in columns: marks are padded to it where they start a column.
    pub fn mark_width(&self) -> usize {
        [Status::Pass, Status::Warn, Status::Fail, Status::Skip]
            .iter()
            .map(|s| display_width(self.mark(*s)))
            .max()
            .unwrap_or(1)
    }

    /// A status's mark, padded to [`Paint::mark_width`].
    pub fn status_column(&self, status: Status) -> String {
        let pad = self.mark_width() - display_width(self.mark(status));
        format!("{}{}", self.status(status), " ".repeat(pad))
    }

    /// Wrap what is rendered to `width` columns (`None`: no wrapping).
    pub fn width(mut self, width: Option<usize>) -> Paint {
        self.width = width;
        self
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
        self.style(s).apply_to(self.mark(status)).to_string()
    }

    pub fn bold(&self, text: &str) -> String {
        self.style(Style::new().bold()).apply_to(text).to_string()
    }

    pub fn dim(&self, text: &str) -> String {
        self.style(Style::new().dim()).apply_to(text).to_string()
    }
}

/// How many columns `text` takes on a terminal: East Asian wide characters (CJK) take two,
/// combining marks none. Every alignment counts with it, never with `len()` or `chars()`.
pub fn display_width(text: &str) -> usize {
    textwrap::core::display_width(text)
}

/// `text` and the spaces that make it `width` columns wide (as `{:width$}` does for ASCII).
pub fn pad(text: &str, width: usize) -> String {
    let w = display_width(text);
    format!("{text}{}", " ".repeat(width.saturating_sub(w)))
}

static ASCII: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Render for a terminal that cannot show ✓ ✗ – → … (a non-UTF-8 locale): decided once at
/// start ([`set_ascii`], from [`utf8_locale`]); [`Paint`] and [`AsciiWriter`] follow it.
pub fn ascii() -> bool {
    ASCII.load(std::sync::atomic::Ordering::Relaxed)
}

pub fn set_ascii(on: bool) {
    ASCII.store(on, std::sync::atomic::Ordering::Relaxed);
}

/// Whether the locale's character set is UTF-8: the first non-empty of `LC_ALL`, `LC_CTYPE`,
/// `LANG` names UTF-8 (`en_US.UTF-8`, `C.utf8`). `C`, `POSIX` or another charset
/// (`fr_FR.ISO-8859-1`) is not. Nothing set at all counts as UTF-8 (Windows terminals, most
/// containers).
pub fn utf8_locale(var: &dyn Fn(&str) -> Option<String>) -> bool {
    let Some(locale) = ["LC_ALL", "LC_CTYPE", "LANG"]
        .iter()
        .find_map(|k| var(k).filter(|v| !v.trim().is_empty()))
    else {
        return true;
    };
    let lower = locale.to_ascii_lowercase();
    lower.contains("utf-8") || lower.contains("utf8")
}

/// The ASCII stand-in of a character a non-UTF-8 terminal cannot show, if it has one.
fn ascii_for(c: char) -> Option<&'static str> {
    Some(match c {
        '✓' | '✔' => "[ok]",
        '✗' | '✘' => "[x]",
        '–' | '—' | '─' | '━' => "-",
        '⚠' => "!",
        '→' | '⟶' => "->",
        '←' => "<-",
        '⇄' | '↔' => "<->",
        '…' => "...",
        '•' | '·' => "*",
        '│' | '┃' => "|",
        '┌' | '┐' | '└' | '┘' | '├' | '┤' | '┬' | '┴' | '┼' => "+",
        '“' | '”' | '„' => "\"",
        '‘' | '’' => "'",
        '\u{a0}' => " ",
        _ => return None,
    })
}

/// `text` with [`ascii_for`]'s stand-ins.
pub fn to_ascii(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.chars().any(|c| ascii_for(c).is_some()) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match ascii_for(c) {
            Some(s) => out.push_str(s),
            None => out.push(c),
        }
    }
    std::borrow::Cow::Owned(out)
}

/// A writer that puts [`to_ascii`]'s stand-ins in what passes through it when `on` (the
/// terminal streams of a run in a non-UTF-8 locale); as it is otherwise. A character split
/// across two writes waits for its end.
pub struct AsciiWriter<W: std::io::Write> {
    inner: W,
    on: bool,
    pending: Vec<u8>,
}

impl<W: std::io::Write> AsciiWriter<W> {
    pub fn new(inner: W, on: bool) -> Self {
        AsciiWriter {
            inner,
            on,
            pending: Vec::new(),
        }
    }
}

impl<W: std::io::Write> std::io::Write for AsciiWriter<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if !self.on {
            return self.inner.write(buf);
        }
        self.pending.extend_from_slice(buf);
        let bytes = std::mem::take(&mut self.pending);
        let mut rest = &bytes[..];
        while !rest.is_empty() {
            match std::str::from_utf8(rest) {
                Ok(text) => {
                    self.inner.write_all(to_ascii(text).as_bytes())?;
                    rest = &[];
                }
                Err(e) => {
                    let (good, bad) = rest.split_at(e.valid_up_to());
                    let text = std::str::from_utf8(good).expect("checked");
                    self.inner.write_all(to_ascii(text).as_bytes())?;
                    match e.error_len() {
                        // Not UTF-8: passed on as it is.
                        Some(n) => {
                            self.inner.write_all(&bad[..n])?;
                            rest = &bad[n..];
                        }
                        // A character's start: wait for the rest.
                        None => {
                            self.pending = bad.to_vec();
                            rest = &[];
                        }
                    }
                }
            }
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        let pending = std::mem::take(&mut self.pending);
        self.inner.write_all(&pending)?;
        self.inner.flush()
    }
}

/// The text after a line's list marker ("1. ", "• ", "- ") starts this many columns in.
fn hanging(line: &str) -> usize {
    let trimmed = line.trim_start();
    let lead = line.len() - trimmed.len();
    let marker = trimmed
        .split_once(' ')
        .map(|(m, _)| m)
        .filter(|m| {
            // A list's bullet, or a status mark ("    ✓ URL is valid" in a screen).
            ["•", "-", "*", "✓", "✗", "!", "[ok]", "[x]"].contains(m)
                || (m.ends_with('.')
                    && m[..m.len() - 1].chars().all(|c| c.is_ascii_digit())
                    && m.len() > 1)
        })
        .map_or(0, |m| textwrap::core::display_width(m) + 1);
    lead + marker
}

/// Wrap `text` to `width` columns after `first` (the first line's lead, which may hold colour
/// codes: its printed width counts) and `rest` (every further line's): words are never broken,
/// so a URL or a path stays whole, on a line of its own if need be.
pub fn wrap_with(text: &str, width: Option<usize>, first: &str, rest: &str) -> String {
    let plain_first = console::strip_ansi_codes(first);
    let fits = |w: usize| {
        textwrap::core::display_width(&plain_first) + textwrap::core::display_width(text) <= w
    };
    let Some(width) = width.filter(|w| !fits(*w)) else {
        return format!("{first}{text}\n");
    };
    let pad = " ".repeat(textwrap::core::display_width(&plain_first));
    let options = textwrap::Options::new(width)
        .initial_indent(&pad)
        .subsequent_indent(rest)
        .break_words(false)
        .word_separator(textwrap::WordSeparator::Custom(words_and_ideographs))
        .word_splitter(textwrap::WordSplitter::NoHyphenation);
    let mut out = String::new();
    for (i, l) in textwrap::wrap(text, &options).iter().enumerate() {
        if i == 0 {
            out.push_str(first);
            out.push_str(&l[pad.len()..]);
        } else {
            out.push_str(l);
        }
        out.push('\n');
    }
    out
}

/// Where a line may break: at ASCII spaces (a URL, a path, a GUID or a command stays whole),
/// and beside a Chinese or Japanese character, which is written without spaces between words
/// (except before closing punctuation such as `）` `，` `。` or after an opening one such as
/// `（` `“`). Korean, written with spaces, breaks at its spaces.
fn words_and_ideographs(line: &str) -> Box<dyn Iterator<Item = textwrap::core::Word<'_>> + '_> {
    fn ideograph(c: char) -> bool {
        let hangul = matches!(c, '\u{1100}'..='\u{11ff}' | '\u{3130}'..='\u{318f}' | '\u{ac00}'..='\u{d7a3}');
        !hangul && display_width(c.encode_utf8(&mut [0; 4])) == 2
    }
    let no_break_before = |c: char| "）)]】」』”’》〉，,。.：:；;、！!？?…".contains(c);
    let no_break_after = |c: char| "（(【「『“‘《〈".contains(c);
    let mut starts = vec![0];
    let mut prev: Option<char> = None;
    for (i, c) in line.char_indices() {
        if let Some(p) = prev {
            let after_space = p == ' ' && c != ' ';
            let beside_ideograph = (ideograph(p) || ideograph(c))
                && p != ' '
                && c != ' '
                && !no_break_before(c)
                && !no_break_after(p);
            if after_space || beside_ideograph {
                starts.push(i);
            }
        }
        prev = Some(c);
    }
    starts.push(line.len());
    Box::new(
        (0..starts.len() - 1)
            .map(move |k| textwrap::core::Word::from(&line[starts[k]..starts[k + 1]])),
    )
}

/// An indented line that is something to copy and run: a PowerShell cmdlet (`Verb-Noun …`), a
/// variable assignment (`$x = …`), or a dynsync or shell command.
fn looks_like_command(text: &str) -> bool {
    let first = text.split_whitespace().next().unwrap_or("");
    let cmdlet = first.split_once('-').is_some_and(|(verb, noun)| {
        verb.chars().next().is_some_and(|c| c.is_ascii_uppercase())
            && noun.chars().next().is_some_and(|c| c.is_ascii_uppercase())
    });
    cmdlet
        || first.starts_with('$')
        || ["dynsync", "secret-tool", "printf", "export", "cargo"].contains(&first)
}

/// Wrap one line of prose to `width` columns, after `prefix`: continuation lines start under
/// the text after the line's own indent and any list marker ("1. ", "• "). An indented command
/// (the catalogue indents them by three spaces or more) is left whole, to be copied as it is.
pub fn wrap_line(line: &str, width: Option<usize>, prefix: &str) -> String {
    let lead = line.len() - line.trim_start().len();
    if lead >= 3 && looks_like_command(line.trim_start()) {
        return format!("{prefix}{line}\n");
    }
    let first = format!("{prefix}{}", &line[..lead]);
    let hang = match (table_value_column(line), width) {
        // A row of a table ("  Password:   (the sync user's password)"): under its value, or,
        // where the value's longest word does not fit there, a little under its label.
        (Some((column, longest)), Some(w)) => {
            if display_width(prefix) + column + longest <= w {
                column
            } else {
                lead + 4
            }
        }
        _ => hanging(line),
    };
    let rest = format!("{prefix}{}", " ".repeat(hang));
    wrap_with(line.trim_start(), width, &first, &rest)
}

/// How many screen lines a line of `width` columns took on a terminal `columns` wide (at least
/// one; a line that fills the last column exactly keeps the cursor on it).
fn answered_rows(width: usize, columns: usize) -> usize {
    if columns == 0 {
        return 1;
    }
    width.div_ceil(columns).max(1)
}

/// In an indented table row, a label and its colon then two spaces or more ("  Client ID:
/// VALUE", "  ID client :  VALUE", "  客户端 ID：  VALUE"): the value's column, and the width of
/// its longest word.
fn table_value_column(line: &str) -> Option<(usize, usize)> {
    let trimmed = line.trim_start();
    if trimmed.len() == line.len() {
        return None;
    }
    let colon = trimmed.find([':', '：'])?;
    let after = &trimmed[colon..];
    let after = &after[after.chars().next()?.len_utf8()..];
    let value = after.trim_start_matches(' ');
    if after.len() - value.len() < 2 || value.is_empty() {
        return None;
    }
    let column = display_width(&line[..line.len() - value.len()]);
    let longest = value.split(' ').map(display_width).max().unwrap_or(0);
    Some((column, longest))
}

/// `text` as `writeln!` would print it, every line wrapped as [`wrap_line`] does (a screen of
/// the wizard, a banner).
pub fn wrap_screen(text: &str, width: Option<usize>) -> String {
    text.split('\n').map(|l| wrap_line(l, width, "")).collect()
}

/// Every line of `text` wrapped as [`wrap_line`] does, with `prefix` before each.
pub fn wrap(text: &str, width: Option<usize>, prefix: &str) -> String {
    text.lines().map(|l| wrap_line(l, width, prefix)).collect()
}

/// The human-readable report.
pub fn render_report(report: &Report, heading: &str, paint: &Paint) -> String {
    let mut out = String::new();
    out.push_str(&paint.bold(heading));
    out.push_str("\n\n");
    let width = report
        .checks
        .iter()
        .map(|c| c.id.as_str().len())
        .max()
        .unwrap_or(10);
    // The summary column: "  ✓ " + the id padded + two spaces.
    let marks = paint.mark_width();
    let column = " ".repeat(2 + marks + 1 + width + 2);
    for c in &report.checks {
        let first = format!("  {} {:width$}  ", paint.status_column(c.status), c.id);
        let summary = wrap_with(&c.summary, paint.width, &first, &column);
        out.push_str(&summary);
        if let Some(r) = &c.remedy
            && matches!(c.status, Status::Warn | Status::Fail | Status::Skip)
        {
            let indent = " ".repeat(2 + marks + 1 + width + 2);
            out.push_str(&wrap(r, paint.width, &indent));
        }
    }
    let input_failed = report
        .check(crate::report::CheckId::Input)
        .is_some_and(|c| c.status == Status::Fail);
    if !input_failed {
        out.push_str(&format!(
            "\n{}\n",
            paint.bold(&crate::msg!("report-checklist-heading"))
        ));
    }
    for p in report.marketo_checklist.iter().filter(|_| !input_failed) {
        let note = match p.status {
            Status::Skip => paint.dim(&format!(
                "  {}",
                crate::msg!("report-checklist-unpredictable")
            )),
            _ => String::new(),
        };
        let first = format!("  {} ", paint.status(p.status));
        out.push_str(&wrap_with(
            &format!("{}{note}", crate::marketo::label(p.item)),
            paint.width,
            &first,
            "    ",
        ));
        for why in crate::marketo::because(p, &report.checks) {
            out.push_str(&wrap_with(
                &paint.dim(&why),
                paint.width,
                "      ",
                "        ",
            ));
        }
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
    let line = match (fails, warns) {
        (0, 0) => crate::msg!(
            "report-all-passed",
            mark = crate::msg::Styled(paint.status(Status::Pass))
        ),
        (0, w) => crate::msg!(
            "report-passed-with-warnings",
            mark = crate::msg::Styled(paint.status(Status::Pass)),
            warnings = w
        ),
        (f, w) => crate::msg!(
            "report-failed",
            mark = crate::msg::Styled(paint.status(Status::Fail)),
            fails = f,
            warnings = w
        ),
    };
    out.push_str(&wrap_with(&line, paint.width, "", ""));
    out
}

/// A prompter that answers from a script, for tests: it fails on a prompt it did not expect
/// (wrong kind, or a question not containing the expected words) and on prompts left over.
/// Only in test builds (the `testing` feature brings it to the integration tests).
#[cfg(any(test, feature = "testing"))]
pub mod testing {
    use std::cell::RefCell;
    use std::collections::VecDeque;

    use super::Prompter;
    use crate::error::{Error, Result};
    use crate::secrets::Secret;

    #[derive(Debug, Clone)]
    enum Answer {
        Text(String),
        Secret(String),
        Confirm(bool),
        /// Pick the first item containing this text.
        Select(String),
        /// Act as if the user pressed Ctrl-C.
        Interrupt,
    }

    type Hook = Box<dyn Fn()>;
    type Scripted = (&'static str, String, Answer, Option<Hook>);

    #[derive(Default)]
    pub struct ScriptedPrompter {
        script: RefCell<VecDeque<Scripted>>,
        /// Every question asked, in order.
        pub asked: RefCell<Vec<String>>,
    }

    impl ScriptedPrompter {
        pub fn new() -> Self {
            Self::default()
        }
        fn push(self, kind: &'static str, expect: &str, a: Answer) -> Self {
            self.script
                .borrow_mut()
                .push_back((kind, expect.to_string(), a, None));
            self
        }
        /// Like `select`, and run `hook` when answering (e.g. "fix" the fake tenant).
        pub fn select_then(self, expect: &str, item: &str, hook: impl Fn() + 'static) -> Self {
            self.script.borrow_mut().push_back((
                "select",
                expect.to_string(),
                Answer::Select(item.into()),
                Some(Box::new(hook)),
            ));
            self
        }
        pub fn text(self, expect: &str, answer: &str) -> Self {
            self.push("input", expect, Answer::Text(answer.into()))
        }
        pub fn secret(self, expect: &str, answer: &str) -> Self {
            self.push("secret", expect, Answer::Secret(answer.into()))
        }
        pub fn confirm(self, expect: &str, answer: bool) -> Self {
            self.push("confirm", expect, Answer::Confirm(answer))
        }
        pub fn select(self, expect: &str, item: &str) -> Self {
            self.push("select", expect, Answer::Select(item.into()))
        }
        /// The next prompt of this kind is interrupted (Ctrl-C).
        pub fn interrupt(self, kind: &'static str, expect: &str) -> Self {
            self.push(kind, expect, Answer::Interrupt)
        }
        pub fn remaining(&self) -> usize {
            self.script.borrow().len()
        }

        fn next(&self, kind: &str, question: &str) -> Result<Answer> {
            self.asked.borrow_mut().push(question.to_string());
            let Some((want_kind, expect, answer, hook)) = self.script.borrow_mut().pop_front()
            else {
                panic!("unexpected {kind} prompt: {question:?}");
            };
            if let Some(h) = hook {
                h();
            }
            assert_eq!(
                want_kind, kind,
                "expected a {want_kind} prompt about {expect:?}, got {kind}: {question:?}"
            );
            assert!(
                question.contains(&expect),
                "expected a prompt about {expect:?}, got {question:?}"
            );
            match answer {
                Answer::Interrupt => Err(Error::Interrupted),
                a => Ok(a),
            }
        }
    }

    impl Drop for ScriptedPrompter {
        fn drop(&mut self) {
            if !std::thread::panicking() {
                let left = self.script.borrow();
                assert!(
                    left.is_empty(),
                    "prompts left over: {:?}",
                    left.iter()
                        .map(|(k, e, _, _)| format!("{k} {e}"))
                        .collect::<Vec<_>>()
                );
            }
        }
    }

    impl Prompter for ScriptedPrompter {
        fn secret(&self, label: &str) -> Result<Secret> {
            match self.next("secret", label)? {
                Answer::Secret(s) => Ok(Secret::new(s)),
                _ => unreachable!(),
            }
        }
        fn confirm(&self, question: &str, _default: bool) -> Result<bool> {
            match self.next("confirm", question)? {
                Answer::Confirm(b) => Ok(b),
                _ => unreachable!(),
            }
        }
        fn input(&self, label: &str, _default: Option<&str>) -> Result<String> {
            match self.next("input", label)? {
                Answer::Text(t) => Ok(t),
                _ => unreachable!(),
            }
        }
        fn select(&self, question: &str, items: &[&str], _default: usize) -> Result<usize> {
            match self.next("select", question)? {
                Answer::Select(want) => Ok(items
                    .iter()
                    .position(|i| i.contains(&want))
                    .unwrap_or_else(|| {
                        panic!("no item containing {want:?} in {items:?} for {question:?}")
                    })),
                _ => unreachable!(),
            }
        }
    }
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
                Check::pass(crate::report::CheckId::Input, "fine"),
                Check::fail(
                    crate::report::CheckId::Token,
                    "AADSTS50126 rejected",
                    "re-enter the password",
                ),
            ],
        );
        let text = render_report(&report, "Validating", &Paint::new(false));
        assert!(!text.contains('\u{1b}'));
        assert!(text.contains("✗ token"));
        assert!(text.contains("re-enter the password"));
        assert!(text.contains("1 check failed"));
    }

    fn widths(text: &str) -> Vec<usize> {
        text.lines().map(textwrap::core::display_width).collect()
    }

    #[test]
    fn long_lines_wrap_with_their_indent_and_words_whole() {
        let line = "  1. Microsoft Entra admin center → Users → All users: find the sync user and copy its User principal name exactly (it is not always the email address).";
        let out = wrap_line(line, Some(50), "");
        assert!(widths(&out).iter().all(|w| *w <= 50), "{out}");
        // Continuation lines start under the text after "1. ".
        for l in out.lines().skip(1) {
            assert!(l.starts_with("     ") && !l.starts_with("      "), "{l:?}");
        }
        // No word was cut.
        let words: Vec<&str> = line.split_whitespace().collect();
        assert_eq!(out.split_whitespace().collect::<Vec<_>>(), words);
    }

    #[test]
    fn chinese_wraps_between_characters_and_keeps_guids_whole() {
        let line = "租户 6f1d2c3b-4a59-4e8d-9c7b-0a1b2c3d4e5f（来自组织的登录质询）";
        let out = wrap_with(line, Some(52), "  ", "  ");
        assert!(widths(&out).iter().all(|w| *w <= 52), "{out}");
        assert!(
            out.lines()
                .any(|l| l.contains("6f1d2c3b-4a59-4e8d-9c7b-0a1b2c3d4e5f")),
            "{out}"
        );
        // Nothing is lost or added but the breaks; a closing bracket never starts a line.
        let squeezed = |t: &str| t.split_whitespace().collect::<String>();
        assert_eq!(squeezed(&out), squeezed(line), "{out}");
        assert!(out.lines().count() > 1, "{out}");
        assert!(
            out.lines().all(|l| !l.trim_start().starts_with('）')),
            "{out}"
        );
        // Korean breaks at its spaces only.
        let ko = "동기화 사용자에게 Marketo Sync User 역할이 할당됨";
        let out = wrap_with(ko, Some(20), "", "");
        let words: Vec<&str> = ko.split(' ').collect();
        assert_eq!(out.split_whitespace().collect::<Vec<_>>(), words, "{out}");
    }

    #[test]
    fn an_answer_wider_than_the_terminal_counts_its_rows() {
        assert_eq!(answered_rows(0, 80), 1);
        assert_eq!(answered_rows(79, 80), 1);
        assert_eq!(answered_rows(80, 80), 1);
        assert_eq!(answered_rows(81, 80), 2);
        assert_eq!(answered_rows(161, 80), 3);
        assert_eq!(answered_rows(500, 0), 1);
    }

    #[test]
    fn a_table_row_wraps_under_its_value() {
        let row = "  Mot de passe (Password) :           (le mot de passe de l'utilisateur de synchronisation)";
        let out = wrap_line(row, Some(80), "");
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines.len(), 2, "{out}");
        assert_eq!(lines[1], format!("{}synchronisation)", " ".repeat(38)));
        // CJK labels count two columns a character.
        let row = "  客户端密码 (Client Secret)：  （客户端密码的值，在 Azure 门户的证书和密码页面上） 再复制一次";
        let out = wrap_line(row, Some(60), "");
        let column = display_width("  客户端密码 (Client Secret)：  ");
        for l in out.lines().skip(1) {
            assert!(l.starts_with(&" ".repeat(column)), "{out}");
        }
        // A value too long for its column goes a little under its label.
        let row =
            "  Valeur du secret client :         demo-client-secret-value-for-the-simulator-only";
        let out = wrap_line(row, Some(80), "");
        assert_eq!(
            out,
            "  Valeur du secret client :\n      demo-client-secret-value-for-the-simulator-only\n"
        );
    }

    #[test]
    fn a_status_mark_in_a_screen_hangs_like_a_bullet() {
        // The Marketo checklist dynsync predicts, inside a wizard screen (a longer language).
        let line = "    ✓ Sync user is assigned to the Marketo Sync User role (동기화 사용자에게 역할이 할당됨)";
        let out = wrap_line(line, Some(50), "");
        assert!(out.lines().count() > 1, "{out}");
        for l in out.lines().skip(1) {
            assert!(
                l.starts_with("      ") && !l.starts_with("       "),
                "{l:?}"
            );
        }
    }

    #[test]
    fn urls_and_commands_are_never_broken() {
        let url = "https://portal.azure.com/#view/Microsoft_AAD_RegisteredApps/ApplicationMenuBlade/~/Credentials/appId/2b7f0e4c-9a1d-4c3e-8f5b-6d7e8f9a0b1c";
        let out = wrap_line(&format!("Open {url} and add a secret"), Some(40), "");
        assert!(out.lines().any(|l| l.trim() == url), "{out}");
        let command = "     Connect-MgGraph -Scopes \"Policy.ReadWrite.ApplicationConfiguration\",\"Application.ReadWrite.All\"";
        assert_eq!(wrap_line(command, Some(40), ""), format!("{command}\n"));
        let cmd3 = "   $sp = Get-MgServicePrincipal -Filter \"appId eq '2b7f0e4c-9a1d-4c3e-8f5b-6d7e8f9a0b1c'\"";
        assert_eq!(wrap_line(cmd3, Some(40), "  "), format!("  {cmd3}\n"));
        // Indented prose is still wrapped, under its indent.
        let prose =
            "   A service principal holds only one HRD policy: if it already has one, edit it.";
        let out = wrap_line(prose, Some(40), "");
        assert!(
            out.lines().count() > 1 && out.lines().all(|l| l.starts_with("   ")),
            "{out}"
        );
        // Without a width (piped output) nothing is wrapped.
        let long = "word ".repeat(40);
        assert_eq!(wrap_line(&long, None, "> "), format!("> {long}\n"));
    }

    #[test]
    fn the_report_wraps_under_the_summary_column() {
        let report = Report::new(
            None,
            None,
            vec![Check::fail(
                crate::report::CheckId::Token,
                "AADSTS50126 InvalidUserNameOrPassword: the sync user's password was rejected (managed domain: wrong password or username)",
                "1. Re-enter the sync user's password exactly; a password with leading or trailing spaces cannot be used with this sign-in method.",
            )],
        );
        let text = render_report(&report, "Validating", &Paint::new(false).width(Some(60)));
        assert!(widths(&text).iter().all(|w| *w <= 60), "{text}");
        let lines: Vec<&str> = text.lines().collect();
        let first = lines.iter().position(|l| l.contains("✗ token")).unwrap();
        // "  ✗ token  " is 11 columns: the summary continues there.
        assert!(lines[first + 1].starts_with(&" ".repeat(11)), "{text}");
        assert!(!lines[first + 1].starts_with(&" ".repeat(12)), "{text}");
    }

    #[test]
    fn ascii_marks_keep_the_columns_aligned() {
        let report = Report::new(
            None,
            None,
            vec![
                Check::pass(crate::report::CheckId::Input, "fine"),
                Check::fail(
                    crate::report::CheckId::Token,
                    "AADSTS50126 rejected because the password is not the one Azure AD has",
                    "re-enter the password",
                ),
            ],
        );
        let paint = Paint::new(false).ascii(true).width(Some(40));
        let text = render_report(&report, "Validating", &paint);
        assert!(!text.contains(['✓', '✗']), "{text}");
        let lines: Vec<&str> = text.lines().collect();
        let ok = lines
            .iter()
            .position(|l| l.starts_with("  [ok] input"))
            .unwrap();
        let x = lines
            .iter()
            .position(|l| l.starts_with("  [x]  token"))
            .unwrap();
        // The summaries start in one column, and so do their continuation lines.
        let col = lines[ok].find("fine").unwrap();
        assert_eq!(lines[x].find("AADSTS50126").unwrap(), col, "{text}");
        assert!(lines[x + 1].starts_with(&" ".repeat(col)), "{text}");
        assert!(!lines[x + 1].starts_with(&" ".repeat(col + 1)), "{text}");
    }

    #[test]
    fn ascii_stand_ins_and_the_writer() {
        assert_eq!(
            to_ascii("✓ ok → next … – Marketo ⇄ Dynamics ✗ ⚠"),
            "[ok] ok -> next ... - Marketo <-> Dynamics [x] !"
        );
        assert!(matches!(
            to_ascii("plain é 한국어"),
            std::borrow::Cow::Borrowed(_)
        ));
        use std::io::Write;
        let mut w = AsciiWriter::new(Vec::new(), true);
        let bytes = "a → b ✓".as_bytes();
        // Split inside the arrow (3 bytes) and inside the check mark.
        for chunk in [&bytes[..3], &bytes[3..8], &bytes[8..]] {
            w.write_all(chunk).unwrap();
        }
        w.flush().unwrap();
        assert_eq!(String::from_utf8(w.inner).unwrap(), "a -> b [ok]");
        let mut off = AsciiWriter::new(Vec::new(), false);
        off.write_all("→".as_bytes()).unwrap();
        assert_eq!(off.inner, "→".as_bytes());
    }

    #[test]
    fn the_locale_says_whether_the_terminal_is_utf8() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |k: &str| {
                pairs
                    .iter()
                    .find(|(n, _)| *n == k)
                    .map(|(_, v)| v.to_string())
            }
        };
        assert!(utf8_locale(&env(&[])));
        assert!(utf8_locale(&env(&[("LANG", "ko_KR.UTF-8")])));
        assert!(utf8_locale(&env(&[("LANG", "C.utf8")])));
        assert!(!utf8_locale(&env(&[("LANG", "C")])));
        assert!(!utf8_locale(&env(&[("LANG", "POSIX")])));
        assert!(!utf8_locale(&env(&[
            ("LC_ALL", "fr_FR.ISO-8859-1"),
            ("LANG", "fr_FR.UTF-8")
        ])));
        assert!(!utf8_locale(&env(&[
            ("LC_CTYPE", "C"),
            ("LANG", "en_US.UTF-8")
        ])));
        assert!(utf8_locale(&env(&[
            ("LC_ALL", ""),
            ("LANG", "en_US.UTF-8")
        ])));
    }

    #[test]
    fn widths_count_columns() {
        assert_eq!(display_width("한국어"), 6);
        assert_eq!(display_width("中文 ok"), 7);
        assert_eq!(pad("名前", 6), "名前  ");
        assert_eq!(pad("name", 6), "name  ");
        // A CJK summary wraps by columns, not characters.
        let text = "동기화 사용자의 암호가 거부되었습니다 다시 입력하세요";
        let out = wrap_with(text, Some(20), "", "");
        assert!(widths(&out).iter().all(|w| *w <= 20), "{out}");
        assert!(out.lines().count() >= 3, "{out}");
    }

    #[test]
    fn times_are_local_to_the_second() {
        let at: chrono::DateTime<chrono::Utc> = "2026-11-23T12:00:00.123456789Z".parse().unwrap();
        let shown = local_time(at);
        let local = at.with_timezone(&chrono::Local);
        assert_eq!(
            shown,
            format!(
                "{} {}",
                local.naive_local().format("%Y-%m-%d %H:%M:%S"),
                local.offset()
            )
        );
        assert!(!shown.contains('.') && !shown.contains('T'), "{shown}");
    }

    #[test]
    fn colour_when_asked() {
        let p = Paint::new(true);
        assert!(p.status(Status::Fail).contains('\u{1b}'));
    }
}
