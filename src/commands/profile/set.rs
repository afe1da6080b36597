//! `dynsync profile set NAME …`: create a profile or change its settings, with the rules
//! `validate` uses; nothing is saved unless every field passes.

use super::SetArgs;
use crate::ctx::Ctx;
use crate::error::{Error, Result};
use crate::input::{self, Problem};
use crate::msg;
use crate::profile;

/// Apply the given fields with the same rules `validate` uses; nothing is saved unless all pass.
pub(super) fn run(ctx: &Ctx<'_>, a: &SetArgs) -> Result<()> {
    let mut out = ctx.out();
    profile::check_name(&a.name)?;
    let mut problems: Vec<Problem> = Vec::new();
    let mut fail = |field: &str, message: String| {
        problems.push(Problem {
            field: None,
            message: format!("--{field}: {message}"),
            fix: String::new(),
        })
    };
    let client_id = match a.client_id.as_deref().map(input::check_client_id) {
        Some(Err(p)) => {
            fail("client-id", format!("{} — {}", p.message, p.fix));
            None
        }
        Some(Ok(g)) => Some(g),
        None => None,
    };
    let username = match a.username.as_deref().map(|u| input::check_upn(u.trim())) {
        Some(Err(p)) => {
            fail("username", p.message);
            None
        }
        Some(Ok(u)) => Some(u),
        None => None,
    };
    let org_url = match a.org_url.as_deref().map(input::normalize_org_url) {
        Some(Err(m)) => {
            fail("org-url", m);
            None
        }
        Some(Ok(o)) => Some(o.url),
        None => None,
    };
    let tenant = match a.tenant.as_deref().map(|t| input::check_tenant(t.trim())) {
        Some(Err(p)) => {
            fail("tenant", p.message);
            None
        }
        Some(Ok(t)) => Some(t),
        None => None,
    };
    let date = |field: &str, v: &Option<String>, fail: &mut dyn FnMut(&str, String)| match v
        .as_deref()
        .map(profile::parse_date)
    {
        Some(Err(m)) => {
            fail(field, m);
            None
        }
        Some(Ok(d)) => Some(d),
        None => None,
    };
    let secret_expires = date("secret-expires", &a.secret_expires, &mut fail);
    let password_changed = date("password-changed", &a.password_changed, &mut fail);
    let secret_key_id = match a
        .secret_key_id
        .as_deref()
        .map(|v| input::parse_guid(v.trim()).ok_or(v))
    {
        Some(Err(v)) => {
            fail(
                "secret-key-id",
                msg!("commands-profile-not-a-secret-id", value = format!("{v:?}")),
            );
            None
        }
        Some(Ok(g)) => Some(g),
        None => None,
    };
    if let Some(h) = &a.secret_hint
        && h.chars().count() > 3
    {
        fail("secret-hint", msg!("commands-profile-hint-too-long"));
    }
    let authority_host = match a
        .authority_host
        .as_deref()
        .map(input::normalize_authority_host)
    {
        Some(Err(m)) => {
            fail("authority-host", m);
            None
        }
        Some(Ok(h)) => Some(h),
        None => None,
    };
    if let Some(b) = &a.ca_bundle
        && !b.is_file()
    {
        fail(
            "ca-bundle",
            msg!("commands-profile-not-a-file", path = b.display()),
        );
    }
    if !problems.is_empty() {
        let list: Vec<String> = problems.into_iter().map(|p| p.message).collect();
        return Err(Error::Invalid(format!(
            "{}\n  {}",
            msg!("commands-profile-nothing-saved"),
            list.join("\n  ")
        )));
    }
    let created = ctx.profiles()?.update(|m| {
        let created = !m.contains_key(&a.name);
        let p = m.entry(a.name.clone()).or_default();
        let given = crate::connection::Settings {
            client_id: client_id.clone(),
            username: username.clone(),
            org_url: org_url.clone(),
            tenant: tenant.clone(),
            cloud: a.cloud,
            authority_host: authority_host.clone(),
            // Stored absolute: the profile is used from any directory.
            ca_bundle: a
                .ca_bundle
                .as_deref()
                .map(|b| std::path::absolute(b).unwrap_or_else(|_| b.to_path_buf())),
            auth: a.auth,
        };
        p.set_connection(given.or(p.connection()));
        if secret_expires.is_some() {
            p.secret_expires = secret_expires;
        }
        if password_changed.is_some() {
            p.password_changed = password_changed;
        }
        if secret_key_id.is_some() {
            p.secret_key_id = secret_key_id;
        }
        if a.secret_hint.is_some() {
            p.secret_hint = a.secret_hint.clone();
        }
        Ok(created)
    })?;
    if created {
        writeln!(out, "{}", msg!("commands-profile-created", name = a.name))?;
        writeln!(out, "{}", msg!("commands-profile-set-next", name = a.name))?;
    } else {
        writeln!(out, "{}", msg!("commands-profile-updated", name = a.name))?;
    }
    Ok(())
}
