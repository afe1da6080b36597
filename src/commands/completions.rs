//! `dynsync completions <shell>`: the shell's completion script (clap_complete), and for bash,
//! zsh and fish a few lines more that complete `--profile` with the profile names, which the
//! script asks `dynsync completions --profile-names` for when Tab is pressed.

use clap_complete::Shell;

use crate::ctx::Ctx;
use crate::error::{Outcome, Result};

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The shell to complete for
    #[arg(value_enum, required_unless_present = "profile_names")]
    pub shell: Option<Shell>,
    /// Print the profile names, one a line (what the scripts call to complete --profile)
    #[arg(long, hide = true)]
    pub profile_names: bool,
}

/// bash: completes `--profile`'s value with the names, anything else as clap_complete does.
const BASH: &str = r#"
# --profile: the profile names.
_dynsync_profiles() {
    local cur prev
    cur="${COMP_WORDS[COMP_CWORD]}"
    prev="${COMP_WORDS[COMP_CWORD-1]}"
    if [[ "$prev" == "--profile" ]]; then
        COMPREPLY=( $(compgen -W "$(dynsync completions --profile-names 2>/dev/null)" -- "$cur") )
        return 0
    fi
    _dynsync "$@"
}
complete -F _dynsync_profiles -o nosort -o bashdefault -o default dynsync
"#;

/// zsh: `--profile`'s value through a function that asks dynsync for the names.
const ZSH_FUNCTION: &str = r#"
# --profile: the profile names.
_dynsync_profiles() {
    local -a names
    names=(${(f)"$(dynsync completions --profile-names 2>/dev/null)"})
    _describe 'profile' names
}
"#;

/// fish: one more rule for `--profile`, wherever it appears.
const FISH: &str = r#"
# --profile: the profile names.
complete -c dynsync -l profile -x -a '(dynsync completions --profile-names 2>/dev/null)'
"#;

/// The script for `shell`, for the command tree `cmd` (in the language in use).
pub fn script(shell: Shell, cmd: &mut clap::Command) -> String {
    let mut buf = Vec::new();
    clap_complete::generate(shell, cmd, "dynsync", &mut buf);
    let mut script = String::from_utf8_lossy(&buf).into_owned();
    match shell {
        Shell::Bash => script.push_str(BASH),
        Shell::Zsh => {
            // clap_complete's zsh script completes --profile's value as any text: name the
            // function instead. The function must exist before `compdef` runs the completion.
            script = script
                .lines()
                .map(|l| match l.strip_suffix(":_default' \\") {
                    Some(spec) if l.contains("--profile=[") => {
                        format!("{spec}:_dynsync_profiles' \\\n")
                    }
                    _ => format!("{l}\n"),
                })
                .collect();
            let at = script.find("\n_dynsync() {").unwrap_or(0);
            script.insert_str(at, ZSH_FUNCTION);
        }
        Shell::Fish => script.push_str(FISH),
        _ => {}
    }
    script
}

pub fn run(args: &Args, cmd: &mut clap::Command, ctx: &Ctx<'_>) -> Result<Outcome> {
    let mut out = ctx.out();
    if args.profile_names {
        // For a completion script: quiet, whatever goes wrong.
        let names = ctx
            .profiles()
            .ok()
            .and_then(|p| p.load().ok())
            .unwrap_or_default();
        for name in names.keys() {
            writeln!(out, "{name}")?;
        }
        return Ok(Outcome::Ok);
    }
    if let Some(shell) = args.shell {
        out.write_all(script(shell, cmd).as_bytes())?;
    }
    Ok(Outcome::Ok)
}
