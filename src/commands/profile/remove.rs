//! `dynsync profile remove NAME`: the settings and the keyring entries.

use crate::ctx::Ctx;
use crate::error::{Error, Result};
use crate::msg;
use crate::secrets::SecretKind;

pub(super) fn run(ctx: &Ctx<'_>, name: &str, yes: bool) -> Result<()> {
    let mut out = ctx.out();
    let profiles = ctx.profiles()?;
    profiles.get(name)?;
    if !yes {
        if !ctx.io.can_prompt() {
            return Err(Error::Invalid(msg!(
                "commands-profile-remove-needs-confirmation",
                name = name
            )));
        }
        if !ctx
            .prompter
            .confirm(&msg!("commands-profile-remove-confirm", name = name), false)?
        {
            writeln!(out, "{}", msg!("commands-profile-kept", name = name))?;
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
    writeln!(out, "{}", msg!("commands-profile-removed", name = name))?;
    Ok(())
}
