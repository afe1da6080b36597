//! `dynsync profile show NAME`: one profile's settings, and whether each secret is stored.

use super::listing::listed;
use crate::ctx::Ctx;
use crate::error::Result;
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
            "stored in the OS keyring"
        } else {
            "not stored"
        }
    };
    let mut text = format!("Profile {name}\n");
    for (k, v) in [
        ("org URL", opt(p.org_url.as_deref())),
        ("username", opt(p.username.as_deref())),
        ("client ID", opt(p.client_id.as_deref())),
        ("tenant", opt(p.tenant_id.as_deref())),
        (
            "cloud",
            p.cloud
                .map(|c| c.name().to_string())
                .unwrap_or_else(|| "-".into()),
        ),
        ("authority host", opt(p.authority_host.as_deref())),
        (
            "CA bundle",
            p.ca_bundle
                .as_ref()
                .map(|b| b.display().to_string())
                .unwrap_or_else(|| "-".into()),
        ),
        ("secret ID", opt(p.secret_key_id.as_deref())),
        ("secret hint", opt(p.secret_hint.as_deref())),
        (
            "secret expires",
            match (p.secret_expires, l.days_left) {
                (Some(d), Some(n)) => format!("{d} ({n} days left)"),
                _ => "-".into(),
            },
        ),
        (
            "password changed",
            p.password_changed
                .map(|d| d.to_string())
                .unwrap_or_else(|| "-".into()),
        ),
        (
            "client secret",
            stored(l.secrets_stored.client_secret).to_string(),
        ),
        ("password", stored(l.secrets_stored.password).to_string()),
        (
            "last validation",
            p.last_validation
                .as_ref()
                .map(|v| {
                    format!(
                        "{} at {} (exit {})",
                        if v.ok { "passed" } else { "failed" },
                        v.at.to_rfc3339(),
                        v.exit_code
                    )
                })
                .unwrap_or_else(|| "never".into()),
        ),
    ] {
        text.push_str(&format!("  {k:16}  {v}\n"));
    }
    out.write_all(text.as_bytes())?;
    Ok(())
}
