//! `dynsync profile remove NAME`: the settings and the keyring entries.

use crate::ctx::Ctx;
use crate::error::{Error, Result};
use crate::msg;
use crate::secrets::{self, SecretKind};

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
    // The settings go whatever the keyring says (a machine without one must be able to remove a
    // profile); the entries the keyring could not remove are named, with how to remove them later.
    let mut trouble = None;
    let mut left = Vec::new();
    for kind in [SecretKind::ClientSecret, SecretKind::Password] {
        if let Err(e) = ctx.store.delete(name, kind) {
            trouble.get_or_insert(e);
            left.push(secrets::account(name, kind));
        }
    }
    profiles.update(|m| {
        m.remove(name);
        Ok(())
    })?;
    let Some(e) = trouble else {
        writeln!(out, "{}", msg!("commands-profile-removed", name = name))?;
        return Ok(());
    };
    writeln!(
        out,
        "{}",
        msg!("commands-profile-removed-settings", name = name)
    )?;
    let commands: Vec<String> = left.iter().map(|a| format!("  {}", cleanup(a))).collect();
    ctx.warn(&msg!(
        "commands-profile-remove-keyring-left",
        error = e,
        service = secrets::SERVICE,
        entries = left.join(", "),
        commands = commands.join("\n"),
        name = name
    ));
    Ok(())
}

/// The system's own command that removes one dynsync keyring entry.
fn cleanup(account: &str) -> String {
    let service = secrets::SERVICE;
    if cfg!(target_os = "macos") {
        format!("security delete-generic-password -s {service} -a {account}")
    } else if cfg!(windows) {
        // The keyring crate's Credential Manager target: "ACCOUNT.SERVICE".
        format!("cmdkey /delete:{account}.{service}")
    } else {
        // Secret Service attributes of the keyring crate: service and username.
        format!("secret-tool clear service {service} username {account}")
    }
}
