//! `--help` in the language in use: every about, argument help and epilogue of the command tree
//! comes from the catalogue (`locales/en/help.ftl`), by an id made of the command's path.
//!
//! | text | id |
//! |---|---|
//! | a command's about (`dynsync validate`) | `help-validate-about` (`help-dynsync-about` for the top, `help-profile-set-about` for a nested one) |
//! | its long about, its epilogue | attributes `.long`, `.after` |
//! | an argument's help | `help-validate-arg-org-url`, or `help-arg-org-url` when every command says the same of it |
//! | its long help, a possible value's help | attributes `.long`, `.value-<value>` |
//!
//! The doc comments on the clap structs stay the English source of truth for what the derive
//! builds; a test keeps `help.ftl` identical to them. In another language, clap's own words
//! (Usage, Options, Arguments, Commands, Print help, `[default: …]`, `[possible values: …]`)
//! are replaced too (`help-clap-*`).

use clap::{Arg, ArgAction, Command};

use crate::msg;

/// The command path's part of an id: `dynsync` for the top, else the subcommands' names
/// joined by `-` (`profile-set`).
fn key(path: &[&str]) -> String {
    if path.is_empty() {
        "dynsync".to_string()
    } else {
        path.join("-")
    }
}

/// An argument's id in the catalogue: `org_url` → `org-url`.
fn arg_key(arg: &Arg) -> String {
    arg.get_id().as_str().replace('_', "-")
}

/// The catalogue id of a command's texts.
pub fn command_id(path: &[&str]) -> String {
    format!("help-{}-about", key(path))
}

/// The catalogue id of an argument's texts: the command's own, else the shared one.
pub fn arg_id(path: &[&str], arg: &Arg) -> String {
    let own = format!("help-{}-arg-{}", key(path), arg_key(arg));
    if msg::exists(&own) {
        own
    } else {
        format!("help-arg-{}", arg_key(arg))
    }
}

/// `cmd` (the whole tree) with its texts in the language in use.
pub fn localize(cmd: Command) -> Command {
    let english = msg::lang() == msg::FALLBACK;
    let cmd = walk(cmd, &[], english);
    if english {
        return cmd;
    }
    // clap adds its `help` subcommands when the tree is built: build, then translate them.
    let mut cmd = cmd;
    cmd.build();
    help_subcommands(cmd)
}

/// The message `id` if the catalogue has it, else the text the sources give (a command or
/// argument added without its `help.ftl` entry keeps its English doc comment; a test fails).
fn text_or(id: &str, source: Option<&clap::builder::StyledStr>) -> Option<String> {
    let source = source?;
    Some(if msg::exists(id) {
        msg::text(id)
    } else {
        source.to_string()
    })
}

fn walk(mut cmd: Command, path: &[&str], english: bool) -> Command {
    let id = command_id(path);
    if let Some(t) = text_or(&id, cmd.get_about()) {
        cmd = cmd.about(t);
    }
    if let Some(t) = text_or(&format!("{id}.long"), cmd.get_long_about()) {
        cmd = cmd.long_about(t);
    }
    if let Some(t) = text_or(&format!("{id}.after"), cmd.get_after_help()) {
        cmd = cmd.after_help(t);
    }
    if let Some(t) = text_or(&format!("{id}.after-long"), cmd.get_after_long_help()) {
        cmd = cmd.after_long_help(t);
    }
    let args: Vec<clap::Id> = cmd.get_arguments().map(|a| a.get_id().clone()).collect();
    let mut long_help = cmd.get_long_about().is_some();
    for a in args {
        cmd = cmd.mut_arg(a, |arg| {
            let arg = localize_arg(arg, path, english);
            long_help |= arg.get_long_help().is_some();
            arg
        });
    }
    if !english {
        cmd = clap_words(cmd, path.is_empty(), long_help);
    }
    let subs: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in subs {
        cmd = cmd.mut_subcommand(&name, |sub| {
            let mut sub_path = path.to_vec();
            sub_path.push(&name);
            walk(sub, &sub_path, english)
        });
    }
    cmd
}

fn localize_arg(mut arg: Arg, path: &[&str], english: bool) -> Arg {
    if arg.get_help().is_none() && arg.get_long_help().is_none() {
        return arg;
    }
    let id = arg_id(path, &arg);
    let source = arg.get_help().or(arg.get_long_help()).cloned();
    let mut help = text_or(&id, source.as_ref()).unwrap_or_default();
    let mut long = text_or(&format!("{id}.long"), arg.get_long_help());
    if !english && arg.get_action().takes_values() {
        // clap's own brackets, in the language in use.
        let mut extra = Vec::new();
        let defaults: Vec<String> = arg
            .get_default_values()
            .iter()
            .map(|v| v.to_string_lossy().into_owned())
            .collect();
        if !defaults.is_empty() && !arg.is_hide_default_value_set() {
            extra.push(msg!("help-clap-default", value = defaults.join(" ")));
            arg = arg.hide_default_value(true);
        }
        if let Some(var) = arg.get_env().map(|v| v.to_string_lossy().into_owned())
            && !arg.is_hide_env_set()
        {
            extra.push(msg!("help-clap-env", var = var));
            arg = arg.hide_env(true);
        }
        let values: Vec<(String, bool)> = arg
            .get_possible_values()
            .iter()
            .filter(|v| !v.is_hide_set())
            .map(|v| (v.get_name().to_string(), v.get_help().is_some()))
            .collect();
        if !values.is_empty() && !arg.is_hide_possible_values_set() {
            let names: Vec<&str> = values.iter().map(|(n, _)| n.as_str()).collect();
            extra.push(msg!("help-clap-possible", values = names.join(", ")));
            if values.iter().any(|(_, h)| *h) {
                let mut list = format!(
                    "{}\n\n{}",
                    long.clone().unwrap_or(help.clone()),
                    msg!("help-clap-possible-long")
                );
                for (name, has_help) in &values {
                    if *has_help {
                        let value_id = format!("{id}.value-{name}");
                        let h = if msg::exists(&value_id) {
                            msg::text(&value_id)
                        } else {
                            arg.get_possible_values()
                                .iter()
                                .find(|v| v.get_name() == name)
                                .and_then(|v| v.get_help().map(|h| h.to_string()))
                                .unwrap_or_default()
                        };
                        list.push_str(&format!("\n- {name}: {h}"));
                    } else {
                        list.push_str(&format!("\n- {name}"));
                    }
                }
                long = Some(list);
            }
            arg = arg.hide_possible_values(true);
        }
        if !extra.is_empty() {
            let suffix = extra.join(" ");
            help = format!("{help} {suffix}");
            long = long.map(|l| format!("{l}\n\n{suffix}"));
        }
    }
    if !english && arg.get_help_heading().is_none() {
        let heading = if arg.is_positional() {
            msg::text("help-clap-arguments")
        } else {
            msg::text("help-clap-options")
        };
        arg = arg.help_heading(heading);
    }
    arg = arg.help(help);
    if let Some(l) = long {
        arg = arg.long_help(l);
    }
    arg
}

/// clap's own words: the usage heading, the section headings, `-h/--help` and `-V/--version`.
fn clap_words(cmd: Command, top: bool, long_help: bool) -> Command {
    let template = format!(
        "{{before-help}}{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
        msg::text("help-clap-usage")
    );
    let mut help = Arg::new("help")
        .short('h')
        .long("help")
        .action(ArgAction::Help)
        .help_heading(msg::text("help-clap-options"));
    help = if long_help {
        help.help(msg::text("help-clap-help-more"))
            .long_help(msg::text("help-clap-help-summary"))
    } else {
        help.help(msg::text("help-clap-help"))
    };
    let mut cmd = cmd
        .help_template(template)
        .subcommand_help_heading(msg::text("help-clap-commands"))
        .disable_help_flag(true)
        .arg(help);
    if top && cmd.get_version().is_some() {
        cmd = cmd.disable_version_flag(true).arg(
            Arg::new("version")
                .short('V')
                .long("version")
                .action(ArgAction::Version)
                .help(msg::text("help-clap-version"))
                .help_heading(msg::text("help-clap-options")),
        );
    }
    cmd
}

/// The `help` subcommands clap added when the tree was built.
fn help_subcommands(mut cmd: Command) -> Command {
    let subs: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in subs {
        cmd = cmd.mut_subcommand(&name, |sub| {
            if name == "help" {
                let mut sub = sub.about(msg::text("help-clap-help-command"));
                if sub.get_arguments().any(|a| a.get_id() == "subcommand") {
                    sub = sub.mut_arg("subcommand", |a| {
                        a.help(msg::text("help-clap-help-command-arg"))
                    });
                }
                sub
            } else {
                help_subcommands(sub)
            }
        });
    }
    cmd
}

/// A command line clap refused, in the language in use (`None` in English, and for what clap
/// does not say through its error context: clap's own text then). Laid out as clap lays it out:
/// the error, the usage, where to read more. Returns the message alone (for `--json`) and the
/// whole text.
pub fn error_text(e: &clap::Error) -> Option<(String, String)> {
    use clap::error::{ContextKind as K, ContextValue as V, ErrorKind};
    if msg::lang() == msg::FALLBACK {
        return None;
    }
    let s = |k: K| match e.get(k) {
        Some(V::String(s)) => Some(s.clone()),
        _ => None,
    };
    let list = |k: K| match e.get(k) {
        Some(V::Strings(v)) => v.clone(),
        Some(V::String(s)) => vec![s.clone()],
        _ => Vec::new(),
    };
    let num = |k: K| match e.get(k) {
        Some(V::Number(n)) => Some(*n),
        _ => None,
    };
    let mut text = match e.kind() {
        ErrorKind::ArgumentConflict => {
            let arg = s(K::InvalidArg).or_else(|| s(K::InvalidSubcommand))?;
            let prior = list(K::PriorArg);
            if prior.is_empty() || prior == [arg.clone()] {
                msg!("help-clap-argument-repeated", arg = arg)
            } else {
                msg!(
                    "help-clap-argument-conflict",
                    arg = arg,
                    other = prior.join("', '")
                )
            }
        }
        ErrorKind::NoEquals => msg!("help-clap-no-equals", arg = s(K::InvalidArg)?),
        ErrorKind::InvalidValue => {
            let (arg, value) = (s(K::InvalidArg)?, s(K::InvalidValue)?);
            let mut t = if value.is_empty() {
                msg!("help-clap-value-required", arg = arg)
            } else {
                msg!("help-clap-invalid-value", arg = arg, value = value)
            };
            let valid = list(K::ValidValue);
            if !valid.is_empty() {
                t.push_str(&format!(
                    "\n  {}",
                    msg!("help-clap-possible", values = valid.join(", "))
                ));
            }
            t
        }
        ErrorKind::InvalidSubcommand => {
            msg!(
                "help-clap-invalid-subcommand",
                name = s(K::InvalidSubcommand)?
            )
        }
        ErrorKind::MissingRequiredArgument => {
            let args = list(K::InvalidArg);
            if args.is_empty() {
                return None;
            }
            let mut t = msg!("help-clap-missing-required");
            for a in args {
                t.push_str(&format!("\n  {a}"));
            }
            t
        }
        ErrorKind::MissingSubcommand => {
            let mut t = msg!(
                "help-clap-missing-subcommand",
                name = s(K::InvalidSubcommand)?
            );
            let valid = list(K::ValidSubcommand);
            if !valid.is_empty() {
                t.push_str(&format!(
                    "\n  {}",
                    msg!("help-clap-subcommands", values = valid.join(", "))
                ));
            }
            t
        }
        ErrorKind::TooManyValues => msg!(
            "help-clap-too-many",
            arg = s(K::InvalidArg)?,
            value = s(K::InvalidValue)?
        ),
        ErrorKind::TooFewValues => msg!(
            "help-clap-too-few",
            arg = s(K::InvalidArg)?,
            actual = num(K::ActualNumValues)?,
            expected = num(K::MinValues)?
        ),
        ErrorKind::WrongNumberOfValues => msg!(
            "help-clap-wrong-number",
            arg = s(K::InvalidArg)?,
            actual = num(K::ActualNumValues)?,
            expected = num(K::ExpectedNumValues)?
        ),
        ErrorKind::ValueValidation => {
            let (arg, value) = (s(K::InvalidArg)?, s(K::InvalidValue)?);
            match std::error::Error::source(e) {
                Some(source) => msg!(
                    "help-clap-value-validation",
                    arg = arg,
                    value = value,
                    error = source
                ),
                None => msg!("help-clap-invalid-value", arg = arg, value = value),
            }
        }
        ErrorKind::UnknownArgument => msg!("help-clap-unknown-argument", arg = s(K::InvalidArg)?),
        _ => return None,
    };
    let message = text.clone();
    text = msg!("help-clap-error", error = text);
    let similar: Vec<String> = [K::SuggestedSubcommand, K::SuggestedArg, K::SuggestedValue]
        .into_iter()
        .flat_map(list)
        .collect();
    if !similar.is_empty() {
        text.push_str(&format!(
            "\n\n  {}",
            msg!("help-clap-similar", names = similar.join("', '"))
        ));
    }
    if let Some(V::StyledStr(usage)) = e.get(K::Usage) {
        let usage = usage.to_string();
        let usage = usage.strip_prefix("Usage:").map_or(usage.clone(), |rest| {
            format!("{}{rest}", msg::text("help-clap-usage"))
        });
        text.push_str(&format!("\n\n{usage}"));
    }
    text.push_str(&format!(
        "\n\n{}\n",
        msg!("help-clap-more-info", help = "--help")
    ));
    Some((message, text))
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    use super::*;
    use crate::cli::Cli;

    /// Every command and argument with a help text, with its path.
    fn tree() -> Vec<(Vec<String>, Command)> {
        fn go(cmd: &Command, path: Vec<String>, out: &mut Vec<(Vec<String>, Command)>) {
            out.push((path.clone(), cmd.clone()));
            for sub in cmd.get_subcommands() {
                let mut p = path.clone();
                p.push(sub.get_name().to_string());
                go(sub, p, out);
            }
        }
        let mut out = Vec::new();
        go(&Cli::command(), Vec::new(), &mut out);
        out
    }

    /// The English `help.ftl` says what the doc comments say, for every command and argument,
    /// and every one of them has its id.
    #[test]
    fn every_help_text_comes_from_the_catalogue_and_english_is_unchanged() {
        let mut problems = Vec::new();
        let mut seen = 0;
        for (path, cmd) in tree() {
            let path: Vec<&str> = path.iter().map(String::as_str).collect();
            let id = command_id(&path);
            let texts = [
                (cmd.get_about(), id.clone()),
                (cmd.get_long_about(), format!("{id}.long")),
                (cmd.get_after_help(), format!("{id}.after")),
                (cmd.get_after_long_help(), format!("{id}.after-long")),
            ];
            for (text, id) in texts {
                let Some(text) = text else { continue };
                seen += 1;
                if !msg::exists(&id) {
                    problems.push(format!("no {id}"));
                } else if msg::text(&id) != text.to_string() {
                    problems.push(format!(
                        "{id} differs from the source:\n{}\n---\n{text}",
                        msg::text(&id)
                    ));
                }
            }
            for arg in cmd.get_arguments() {
                let Some(help) = arg.get_help() else {
                    problems.push(format!("{path:?} {}: no help", arg.get_id()));
                    continue;
                };
                seen += 1;
                let id = arg_id(&path, arg);
                let mut texts = vec![(help.to_string(), id.clone())];
                if let Some(long) = arg.get_long_help() {
                    texts.push((long.to_string(), format!("{id}.long")));
                }
                for v in arg.get_possible_values() {
                    if let Some(h) = v.get_help() {
                        texts.push((h.to_string(), format!("{id}.value-{}", v.get_name())));
                    }
                }
                for (text, id) in texts {
                    if !msg::exists(&id) {
                        problems.push(format!("no {id} ({path:?} {})", arg.get_id()));
                    } else if msg::text(&id) != text {
                        problems.push(format!(
                            "{id} differs from the source:\n{}\n---\n{text}",
                            msg::text(&id)
                        ));
                    }
                }
            }
        }
        assert!(seen > 40, "the walk found only {seen} texts");
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }

    /// In English, the localized tree prints exactly today's help.
    #[test]
    fn english_help_is_identical() {
        let mut raw = Cli::command();
        let mut localized = localize(Cli::command());
        raw.build();
        localized.build();
        fn pairs(a: &mut Command, b: &mut Command, n: &mut usize) {
            assert_eq!(a.render_help().to_string(), b.render_help().to_string());
            assert_eq!(
                a.render_long_help().to_string(),
                b.render_long_help().to_string()
            );
            *n += 1;
            let names: Vec<String> = a
                .get_subcommands()
                .map(|s| s.get_name().to_string())
                .collect();
            for name in names {
                let sa = a.find_subcommand_mut(&name).unwrap().clone();
                let sb = b.find_subcommand_mut(&name).unwrap().clone();
                pairs(&mut sa.clone(), &mut sb.clone(), n);
            }
        }
        let mut n = 0;
        pairs(&mut raw, &mut localized, &mut n);
        assert!(n > 8, "{n} commands");
    }

    /// `cargo test --lib help::tests::print_catalogue -- --ignored --nocapture` prints the
    /// English `help.ftl` from the doc comments (to start it, or to see what changed).
    #[test]
    #[ignore]
    fn print_catalogue() {
        print!("{}", english_catalogue());
    }

    fn ftl_value(text: &str) -> String {
        let escape = |line: &str| {
            let line = line
                .replace('{', "\u{0}")
                .replace('}', "{\"}\"}")
                .replace('\u{0}', "{\"{\"}");
            match line.trim_start().chars().next() {
                Some(c @ ('[' | '*' | '.')) => {
                    let lead = line.len() - line.trim_start().len();
                    format!("{}{{\"{c}\"}}{}", &line[..lead], &line[lead + 1..])
                }
                _ => line,
            }
        };
        if text.contains('\n') {
            text.split('\n')
                .map(|l| {
                    if l.is_empty() {
                        String::new()
                    } else {
                        format!("\n    {}", escape(l))
                    }
                })
                .map(|l| if l.is_empty() { "\n".to_string() } else { l })
                .collect()
        } else {
            format!(" {}", escape(text))
        }
    }

    fn write_entry(out: &mut String, id: &str, texts: &[(String, String)]) {
        use std::fmt::Write as _;
        let _ = write!(out, "{id} ={}", ftl_value(&texts[0].1));
        for (a, t) in &texts[1..] {
            let _ = write!(
                out,
                "\n    .{a} ={}",
                ftl_value(t).replace("\n    ", "\n        ")
            );
        }
        out.push('\n');
    }

    fn english_catalogue() -> String {
        use std::collections::BTreeMap;
        use std::fmt::Write as _;
        let mut out = String::new();
        // Arguments: by id, every (path, texts) that has it.
        type Texts = Vec<(String, String)>;
        let mut args: BTreeMap<String, Vec<(Vec<String>, Texts)>> = BTreeMap::new();
        for (path, cmd) in tree() {
            let p: Vec<&str> = path.iter().map(String::as_str).collect();
            let id = command_id(&p);
            let mut attrs = Vec::new();
            for (t, a) in [
                (cmd.get_long_about(), "long"),
                (cmd.get_after_help(), "after"),
                (cmd.get_after_long_help(), "after-long"),
            ] {
                if let Some(t) = t {
                    attrs.push((a, t.to_string()));
                }
            }
            if let Some(about) = cmd.get_about() {
                let _ = write!(out, "{id} ={}", ftl_value(&about.to_string()));
                for (a, t) in attrs {
                    let _ = write!(
                        out,
                        "\n    .{a} ={}",
                        ftl_value(&t).replace("\n    ", "\n        ")
                    );
                }
                out.push('\n');
            }
            for arg in cmd.get_arguments() {
                let Some(help) = arg.get_help() else { continue };
                let mut texts = vec![(String::new(), help.to_string())];
                if let Some(l) = arg.get_long_help() {
                    texts.push(("long".into(), l.to_string()));
                }
                for v in arg.get_possible_values() {
                    if let Some(h) = v.get_help() {
                        texts.push((format!("value-{}", v.get_name()), h.to_string()));
                    }
                }
                args.entry(arg_key(arg))
                    .or_default()
                    .push((path.clone(), texts));
            }
        }
        out.push_str("\n## Arguments said the same wherever they appear\n\n");
        let mut own = String::new();
        for (name, uses) in &args {
            // The texts most uses share are the shared entry; the others, the command's own.
            let count = |t: &Texts| uses.iter().filter(|(_, u)| u == t).count();
            let common = uses
                .iter()
                .map(|(_, t)| t)
                .max_by_key(|t| count(t))
                .expect("an argument has a use");
            let single = uses.len() == 1 || count(common) > 1;
            if single {
                write_entry(&mut out, &format!("help-arg-{name}"), common);
            }
            for (p, t) in uses.iter().filter(|(_, t)| !single || t != common) {
                let p: Vec<&str> = p.iter().map(String::as_str).collect();
                write_entry(&mut own, &format!("help-{}-arg-{name}", key(&p)), t);
            }
        }
        out.push_str("\n## Arguments a command describes its own way\n\n");
        out.push_str(&own);
        out
    }
}
