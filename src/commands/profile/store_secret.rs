//! `dynsync profile store-secret NAME client-secret|password`: a secret into the OS keyring.

use crate::ctx::Ctx;
use crate::error::{Error, Result};
use crate::input;
use crate::msg;
use crate::secrets::{self, Secret, SecretKind};

pub(super) fn run(ctx: &Ctx<'_>, name: &str, which: super::WhichSecret) -> Result<()> {
    let mut out = ctx.out();
    let kind = match which {
        super::WhichSecret::ClientSecret => SecretKind::ClientSecret,
        super::WhichSecret::Password => SecretKind::Password,
    };
    // The profile must exist: a secret without settings would be an orphan in the keyring.
    ctx.profiles()?.get(name)?;
    let label = match kind {
        SecretKind::ClientSecret => msg!("commands-ask-client-secret"),
        _ => msg!("commands-ask-password"),
    };
    let value = if ctx.io.can_prompt() {
        ctx.prompter.secret(&label)?
    } else {
        let text = ctx.read_stdin(64 * 1024)?;
        let line = text.split('\n').next().unwrap_or("").to_string();
        Secret::new(secrets::strip_line_ending(line))
    };
    let problem = match kind {
        SecretKind::ClientSecret => input::check_client_secret(&value).err(),
        _ => input::check_password(&value).err(),
    };
    if let Some(p) = problem {
        return Err(Error::Invalid(msg!(
            "commands-profile-secret-refused",
            problem = p.message,
            fix = p.fix
        )));
    }
    ctx.store.set(name, kind, &value)?;
    writeln!(
        out,
        "{}",
        msg!(
            "commands-profile-secret-stored",
            kind = kind.name(),
            name = name,
            service = secrets::SERVICE,
            account = secrets::account(name, kind)
        )
    )?;
    Ok(())
}
