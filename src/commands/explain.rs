//! `dynsync explain`: the catalogue entry for an AADSTS code, or a diagnosis of a pasted error.

use serde::Serialize;

use crate::azure::aad_error::AadError;
use crate::azure::catalogue::{self, Diagnosis};
use clap::Args as ClapArgs;

use crate::ctx::Ctx;
use crate::error::{Error, Outcome, Result};
use crate::input::field_label;
use crate::msg;
use crate::ui::{Paint, write_json};

#[derive(Debug, ClapArgs)]
pub struct Args {
    /// AADSTS50126, 50126, or - to read an error body or message from stdin.
    pub code: String,
    /// Print JSON.
    #[arg(long)]
    pub json: bool,
}

const MAX_PASTE: u64 = 1024 * 1024;

#[derive(Serialize)]
struct Explained<'a> {
    known: bool,
    name: Option<&'static str>,
    #[serde(flatten)]
    diagnosis: &'a Diagnosis,
    trace_id: Option<&'a str>,
    correlation_id: Option<&'a str>,
    timestamp: Option<&'a str>,
    error_uri: Option<&'a str>,
}

pub fn run(args: &Args, ctx: &Ctx) -> Result<Outcome> {
    let err = if args.code.trim() == "-" {
        if ctx.io.stdin_tty {
            ctx.warn(&msg!("commands-explain-paste-hint"));
        }
        let text = ctx.read_stdin(MAX_PASTE)?;
        AadError::from_text(&text)
            .ok_or_else(|| Error::Invalid(msg!("commands-explain-nothing-found")))?
    } else {
        let code = parse_code(&args.code).ok_or_else(|| {
            Error::Invalid(msg!(
                "commands-explain-not-a-code",
                code = format!("{:?}", args.code)
            ))
        })?;
        AadError {
            codes: vec![code],
            ..Default::default()
        }
    };
    let diagnosis = catalogue::diagnose(&err, None);
    let entry = diagnosis.code.and_then(catalogue::lookup);
    let shown = Explained {
        known: entry.is_some(),
        name: entry.map(|e| e.name),
        diagnosis: &diagnosis,
        trace_id: err.trace_id.as_deref(),
        correlation_id: err.correlation_id.as_deref(),
        timestamp: err.timestamp.as_deref(),
        error_uri: err.error_uri.as_deref(),
    };
    let mut out = ctx.out();
    if args.json {
        write_json(&mut *out, &shown)?;
    } else {
        let paint = Paint::new(ctx.io.color);
        let mut text = format!("{}\n\n", paint.bold(&diagnosis.summary));
        if let Some(e) = entry {
            // The summary already says the cause's first sentence; add only what follows it.
            let said = diagnosis
                .summary
                .split_once(": ")
                .map(|(_, s)| s)
                .unwrap_or("");
            let cause = catalogue::cause(&err, e);
            let rest = cause
                .strip_prefix(said)
                .map(|r| r.trim_start_matches('.').trim())
                .unwrap_or(&cause);
            if !rest.is_empty() {
                text.push_str(&format!("{rest}\n\n"));
            }
        }
        text.push_str(&format!("{}\n", msg!("commands-explain-what-to-do")));
        for line in diagnosis.remedy.lines() {
            text.push_str(&format!("  {line}\n"));
        }
        if let Some(f) = diagnosis.field {
            text.push_str(&format!(
                "\n{}\n",
                msg!("commands-explain-reenter", field = field_label(f))
            ));
        }
        out.write_all(text.as_bytes())?;
    }
    out.flush()?;
    // An unknown code is a failure to explain it.
    Ok(if entry.is_some() {
        Outcome::Ok
    } else {
        Outcome::ChecksFailed
    })
}

/// `AADSTS50126`, `aadsts50126` or `50126`.
pub fn parse_code(s: &str) -> Option<u32> {
    let s = s.trim();
    // `get`, not indexing: the sixth byte of what was typed need not end a character.
    let digits = match s.get(..6) {
        Some(prefix) if prefix.eq_ignore_ascii_case("aadsts") => &s[6..],
        _ => s,
    };
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::parse_code;

    #[test]
    fn codes_parse_with_or_without_prefix() {
        assert_eq!(parse_code("AADSTS50126"), Some(50126));
        assert_eq!(parse_code("aadsts7000215"), Some(7000215));
        assert_eq!(parse_code(" 50053 "), Some(50053));
        assert_eq!(parse_code("AADSTS"), None);
        assert_eq!(parse_code("5012x"), None);
        assert_eq!(parse_code("99999999999"), None);
    }
}
