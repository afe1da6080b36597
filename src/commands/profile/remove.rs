//! `dynsync profile remove NAME`: the settings and the keyring entries.

use crate::ctx::Ctx;
use crate::error::{Error, Result};
use crate::secrets::SecretKind;

pub(super) fn run(ctx: &Ctx<'_>, name: &str, yes: bool) -> Result<()> {
    let mut out = ctx.out();
    let profiles = ctx.profiles()?;
    profiles.get(name)?;
    if !yes {
        if !ctx.io.can_prompt() {
            return Err(Error::Invalid(format!(
                "removing {name} needs confirmation: run on a terminal or pass --yes"
            )));
        }
        if !ctx.prompter.confirm(
            &format!("Remove profile {name} and its keyring entries?"),
            false,
        )? {
            writeln!(out, "Kept {name}.")?;
            return Ok(());
        }
    }
    // Keyring first: if it fails, the profile (and the record of what to clean up) stays.
    for kind in [SecretKind::ClientSecret, SecretKind::Password] {
        ctx.store.delete(name, kind)?;
    }
    profiles.update(|m| {
        m.remove(name);
        Ok(())
    })?;
    writeln!(out, "Removed profile {name} and its keyring entries.")?;
    Ok(())
}
