//! The Marketo side of the setup. Marketo has no API for its sync settings, so the one driver
//! today guides the admin through the UI; the wizard only talks to this trait.

use std::io::Write;

use crate::error::Result;
use crate::secrets::Secret;
use crate::ui::{Clipboard, Prompter, choose};
use crate::wizard::messages::{M, t, text};
use crate::wizard::state::MarketoStep;

/// A value the admin may need to paste into Marketo.
pub struct Value {
    pub label: &'static str,
    pub value: Option<String>,
    /// The secret values are copied only on explicit request, and cleared after.
    pub secret: Option<Secret>,
}

/// What a step shows: where to click and what to enter.
pub struct View {
    pub step: MarketoStep,
    /// The step's heading, with its place among the path's Marketo steps.
    pub heading: String,
    pub instructions: String,
    pub values: Vec<Value>,
}

pub struct DriverIo<'a> {
    pub out: &'a mut dyn Write,
    /// The terminal's width, to wrap what is shown (`None`: not wrapped).
    pub width: Option<usize>,
    pub prompter: &'a dyn Prompter,
    pub clipboard: &'a dyn Clipboard,
}

pub trait MarketoDriver {
    /// Carry out one step; `Ok(true)` when done, `Ok(false)` when the admin aborted.
    fn step(&self, view: &View, io: &mut DriverIo<'_>) -> Result<bool>;
    /// Marketo's "Validate Sync Setup" result: `true` (green) or `false` (red) per item.
    fn checklist(&self, view: &View, items: &[&str], io: &mut DriverIo<'_>) -> Result<Vec<bool>>;
}

fn show(view: &View, io: &mut DriverIo<'_>) -> Result<()> {
    // writeln! of the heading and the instructions, wrapped to the terminal.
    let text = format!("\n{}\n{}", view.heading, view.instructions);
    write!(io.out, "{}", crate::ui::wrap_screen(&text, io.width))?;
    io.out.flush()?;
    Ok(())
}

/// Shows each step and waits for the admin: done, show again, copy a value, or abort.
pub struct GuidedDriver;

impl MarketoDriver for GuidedDriver {
    fn step(&self, view: &View, io: &mut DriverIo<'_>) -> Result<bool> {
        let copyable = view
            .values
            .iter()
            .any(|v| v.value.is_some() || v.secret.is_some());
        let mut copied_secret = false;
        loop {
            show(view, io)?;
            #[derive(Clone, Copy)]
            enum Choice {
                Done,
                ShowAgain,
                Copy,
                Abort,
            }
            let mut items = vec![
                (Choice::Done, text(M::StepDone).to_string()),
                (Choice::ShowAgain, text(M::StepShowAgain).to_string()),
            ];
            if copyable {
                items.push((Choice::Copy, text(M::StepCopy).to_string()));
            }
            items.push((Choice::Abort, text(M::StepAbort).to_string()));
            let choice = choose(io.prompter, text(M::WhatNow), &items, 0)?;
            if let Choice::Done = choice {
                if copied_secret {
                    io.clipboard.clear()?;
                    writeln!(io.out, "{}", text(M::ClipboardCleared))?;
                }
                return Ok(true);
            } else if let Choice::Abort = choice {
                if copied_secret {
                    io.clipboard.clear()?;
                }
                return Ok(false);
            } else if let Choice::Copy = choice {
                let labels: Vec<&str> = view.values.iter().map(|v| v.label).collect();
                let v = &view.values[io.prompter.select(text(M::CopyWhich), &labels, 0)?];
                if let Some(plain) = &v.value {
                    io.clipboard.copy(plain)?;
                    writeln!(io.out, "{}", t(M::Copied, &[("what", v.label)]))?;
                } else if let Some(secret) = &v.secret
                    && io.prompter.confirm(text(M::SecretCopyWarning), false)?
                {
                    io.clipboard.copy(secret.expose())?;
                    copied_secret = true;
                    writeln!(io.out, "{}", t(M::Copied, &[("what", v.label)]))?;
                }
            }
        }
    }

    fn checklist(&self, view: &View, items: &[&str], io: &mut DriverIo<'_>) -> Result<Vec<bool>> {
        show(view, io)?;
        let overall = [text(M::AllGreen), text(M::SomeRed)];
        if io.prompter.select(text(M::ChecklistOverall), &overall, 0)? == 0 {
            return Ok(vec![true; items.len()]);
        }
        let answers = [text(M::Green), text(M::Red)];
        let mut out = Vec::new();
        for item in items {
            let pick =
                io.prompter
                    .select(&t(M::ChecklistItemAsk, &[("item", item)]), &answers, 0)?;
            out.push(pick == 0);
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::testing::ScriptedPrompter;

    /// A step's screen is wrapped to the terminal, words whole, list indents kept.
    #[test]
    fn a_step_screen_wraps_to_the_terminal() {
        let view = View {
            step: MarketoStep::DisableSync,
            heading: MarketoStep::DisableSync.heading(crate::wizard::state::ConnectionPath::Update),
            instructions: text(M::MarketoDisable).to_string(),
            values: vec![],
        };
        let prompter = ScriptedPrompter::new().select("When you have done this", "Done");
        let sink = std::cell::RefCell::new(Vec::new());
        let clipboard = crate::ui::Osc52Clipboard { terminal: &sink };
        let mut out = Vec::new();
        let mut io = DriverIo {
            out: &mut out,
            width: Some(50),
            prompter: &prompter,
            clipboard: &clipboard,
        };
        assert!(GuidedDriver.step(&view, &mut io).unwrap());
        let shown = String::from_utf8(out).unwrap();
        assert!(
            shown
                .lines()
                .all(|l| textwrap::core::display_width(l) <= 50),
            "{shown}"
        );
        // Continuation lines keep the instruction's indent; no word is cut.
        assert!(shown.contains("\n  up afterwards."), "{shown}");
        assert_eq!(
            shown.split_whitespace().collect::<Vec<_>>(),
            format!("{}\n{}", view.heading, view.instructions)
                .split_whitespace()
                .collect::<Vec<_>>()
        );
    }
}
