//! `dynsync profile show NAME`: one profile's settings, and whether each secret is stored.

use super::listing::listed;
use crate::ctx::Ctx;
use crate::error::Result;
use crate::msg;
use crate::ui::write_json;

pub(super) fn run(ctx: &Ctx<'_>, name: &str, json: bool) -> Result<()> {
    let mut out = ctx.out();
    let p = ctx.profiles()?.get(name)?;
    let mut warned = false;
    let l = listed(ctx, name, &p, &mut warned);
    if json {
        write_json(&mut *out, &l)?;
        return Ok(());
    }
    let opt = |v: Option<&str>| v.unwrap_or("-").to_string();
    let stored = |b: bool| {
        if b {
            msg!("commands-profile-show-stored")
        } else {
            msg!("commands-profile-show-not-stored")
        }
    };
    let mut text = format!("{}\n", msg!("commands-profile-show-heading", name = name));
    for (k, v) in [
        (
            msg!("commands-profile-show-org-url"),
            opt(p.org_url.as_deref()),
        ),
        (
            msg!("commands-profile-show-username"),
            opt(p.username.as_deref()),
        ),
        (
            msg!("commands-profile-show-client-id"),
            opt(p.client_id.as_deref()),
        ),
        (
            msg!("commands-profile-show-auth"),
            p.auth.unwrap_or_default().as_str().to_string(),
        ),
        (
            msg!("commands-profile-show-tenant"),
            opt(p.tenant_id.as_deref()),
        ),
        (
            msg!("commands-profile-show-cloud"),
            p.cloud
                .map(|c| c.name().to_string())
                .unwrap_or_else(|| "-".into()),
        ),
        (
            msg!("commands-profile-show-authority-host"),
            opt(p.authority_host.as_deref()),
        ),
        (
            msg!("commands-profile-show-ca-bundle"),
            p.ca_bundle
                .as_ref()
                .map(|b| b.display().to_string())
                .unwrap_or_else(|| "-".into()),
        ),
        (
            msg!("commands-profile-show-secret-id"),
            opt(p.secret_key_id.as_deref()),
        ),
        (
            msg!("commands-profile-show-secret-hint"),
            opt(p.secret_hint.as_deref()),
        ),
        (
            msg!("commands-profile-show-secret-expires"),
            match (p.secret_expires, l.days_left) {
                (Some(d), Some(n)) => msg!("commands-profile-show-days-left", date = d, days = n),
                _ => "-".into(),
            },
        ),
        (
            msg!("commands-profile-show-password-changed"),
            p.password_changed
                .map(|d| d.to_string())
                .unwrap_or_else(|| "-".into()),
        ),
        (
            msg!("commands-profile-show-client-secret"),
            stored(l.secrets_stored.client_secret),
        ),
        (
            msg!("commands-profile-show-password"),
            stored(l.secrets_stored.password),
        ),
        (
            msg!("commands-profile-show-last-validation"),
            p.last_validation
                .as_ref()
                .map(|v| {
                    let (at, code) = (crate::ui::local_time(v.at), v.exit_code);
                    if v.ok {
                        msg!("commands-profile-show-passed", at = at, code = code)
                    } else {
                        msg!("commands-profile-show-failed", at = at, code = code)
                    }
                })
                .unwrap_or_else(|| msg!("commands-profile-never")),
        ),
    ] {
        text.push_str(&format!("  {k:16}  {v}\n"));
    }
    out.write_all(text.as_bytes())?;
    Ok(())
}
