//! `dynsync man [--dir DIR]`: the manual pages (clap_mangen): `dynsync.1` on stdout, or every
//! page (`dynsync.1`, `dynsync-<subcommand>.1`, `dynsync-profile-set.1`, …) written to DIR.

use std::path::PathBuf;

use crate::ctx::Ctx;
use crate::error::{Error, Outcome, Result};
use crate::msg;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Write every page (dynsync.1 and one per subcommand) to DIR instead of dynsync.1 to stdout
    #[arg(long, value_name = "DIR")]
    pub dir: Option<PathBuf>,
}

/// Every page's file name and text, the top first. `cmd` is the command tree, built.
pub fn pages(cmd: &clap::Command) -> Result<Vec<(String, Vec<u8>)>> {
    fn go(cmd: &clap::Command, out: &mut Vec<(String, Vec<u8>)>) -> Result<()> {
        let man = clap_mangen::Man::new(cmd.clone());
        let mut text = Vec::new();
        man.render(&mut text)?;
        out.push((man.get_filename(), text));
        for sub in cmd
            .get_subcommands()
            .filter(|s| !s.is_hide_set() && s.get_name() != "help")
        {
            go(sub, out)?;
        }
        Ok(())
    }
    let mut cmd = cmd.clone().disable_help_subcommand(true);
    cmd.build();
    let mut out = Vec::new();
    go(&cmd, &mut out)?;
    Ok(out)
}

pub fn run(args: &Args, cmd: &clap::Command, ctx: &Ctx<'_>) -> Result<Outcome> {
    let pages = pages(cmd)?;
    let Some(dir) = &args.dir else {
        ctx.out().write_all(&pages[0].1)?;
        return Ok(Outcome::Ok);
    };
    std::fs::create_dir_all(dir)
        .map_err(|e| Error::Invalid(msg!("commands-man-no-dir", dir = dir.display(), error = e)))?;
    for (name, text) in &pages {
        let path = dir.join(name);
        std::fs::write(&path, text).map_err(|e| {
            Error::Invalid(msg!(
                "commands-man-not-written",
                path = path.display(),
                error = e
            ))
        })?;
    }
    writeln!(
        ctx.out(),
        "{}",
        msg!(
            "commands-man-written",
            pages = pages.len(),
            dir = dir.display()
        )
    )?;
    Ok(Outcome::Ok)
}
