//! `dynsync profile …`: profiles (non-secret settings in the config directory) and their secrets
//! (in the OS keyring).

use std::path::PathBuf;

use serde::Serialize;

use clap::{Args, Subcommand};

use crate::cloud::Cloud;
use crate::ctx::Ctx;
use crate::error::{Error, Outcome, Result};
use crate::input::{self, Problem};
use crate::profile::{self, LastValidation, Profile};
use crate::secrets::{self, Secret, SecretKind};
use crate::ui::{Paint, write_json};

#[derive(Debug, Subcommand)]
pub enum Command {
    /// List the profiles: org, user, last validation, secret expiry.
    List {
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Show one profile's settings and whether each secret is stored (never the secret).
    Show {
        name: String,
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Create a profile or change its non-secret settings.
    Set(Box<SetArgs>),
    /// Store the client secret or the password in the OS keyring (hidden prompt, or stdin without a terminal).
    StoreSecret {
        name: String,
        /// Which secret.
        #[arg(value_parser = ["client-secret", "password"])]
        which: String,
    },
    /// Remove a profile and its keyring entries.
    Remove {
        name: String,
        /// Do not ask for confirmation.
        #[arg(long, short)]
        yes: bool,
    },
}

#[derive(Debug, Args)]
pub struct SetArgs {
    /// Profile name: letters, digits, '.', '_' or '-'.
    pub name: String,
    #[arg(long, value_name = "GUID")]
    pub client_id: Option<String>,
    #[arg(long, value_name = "UPN")]
    pub username: Option<String>,
    #[arg(long, value_name = "URL")]
    pub org_url: Option<String>,
    #[arg(long, value_name = "ID|DOMAIN")]
    pub tenant: Option<String>,
    #[arg(long, value_enum)]
    pub cloud: Option<Cloud>,
    #[arg(long, value_name = "URL")]
    pub authority_host: Option<String>,
    #[arg(long, value_name = "FILE")]
    pub ca_bundle: Option<PathBuf>,
    /// The client secret's expiry date (YYYY-MM-DD), as the portal shows it.
    #[arg(long, value_name = "DATE")]
    pub secret_expires: Option<String>,
    /// The client secret's Secret ID (a GUID), to recognise it in the portal.
    #[arg(long, value_name = "GUID")]
    pub secret_key_id: Option<String>,
    /// The first characters of the secret as the portal shows them (at most 3).
    #[arg(long, value_name = "TEXT")]
    pub secret_hint: Option<String>,
    /// When the sync user's password last changed (YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    pub password_changed: Option<String>,
}

pub fn run(cmd: &Command, ctx: &Ctx<'_>) -> Result<Outcome> {
    match cmd {
        Command::List { json } => list(ctx, *json),
        Command::Show { name, json } => show(ctx, name, *json),
        Command::Set(args) => set(ctx, args),
        Command::StoreSecret { name, which } => store_secret(ctx, name, which),
        Command::Remove { name, yes } => remove(ctx, name, *yes),
    }?;
    Ok(Outcome::Ok)
}

#[derive(Serialize)]
struct Stored {
    client_secret: bool,
    password: bool,
}

#[derive(Serialize)]
struct Listed<'a> {
    name: &'a str,
    org_url: Option<&'a str>,
    username: Option<&'a str>,
    client_id: Option<&'a str>,
    tenant_id: Option<&'a str>,
    cloud: Option<crate::cloud::Cloud>,
    secret_expires: Option<chrono::NaiveDate>,
    days_left: Option<i64>,
    secrets_stored: Stored,
    last_validation: Option<&'a LastValidation>,
}

/// Whether each secret is in the keyring; a keyring that cannot be used reads as not stored,
/// with one warning.
fn stored(ctx: &Ctx<'_>, name: &str, warned: &mut bool) -> Stored {
    let mut has = |kind| match ctx.store.get(name, kind) {
        Ok(v) => v.is_some(),
        Err(e) => {
            if !*warned {
                ctx.warn(&format!("warning: {e} (secrets are shown as not stored)"));
                *warned = true;
            }
            false
        }
    };
    Stored {
        client_secret: has(SecretKind::ClientSecret),
        password: has(SecretKind::Password),
    }
}

fn listed<'a>(ctx: &Ctx<'_>, name: &'a str, p: &'a Profile, warned: &mut bool) -> Listed<'a> {
    Listed {
        name,
        org_url: p.org_url.as_deref(),
        username: p.username.as_deref(),
        client_id: p.client_id.as_deref(),
        tenant_id: p.tenant_id.as_deref(),
        cloud: p.cloud,
        secret_expires: p.secret_expires,
        days_left: p
            .secret_expires
            .map(|d| profile::days_until(d, ctx.clock.today())),
        secrets_stored: stored(ctx, name, warned),
        last_validation: p.last_validation.as_ref(),
    }
}

fn list(ctx: &Ctx<'_>, json: bool) -> Result<()> {
    let mut out = ctx.out();
    let all = ctx.profiles()?.load()?;
    let mut warned = false;
    let rows: Vec<Listed> = all
        .iter()
        .map(|(n, p)| listed(ctx, n, p, &mut warned))
        .collect();
    if json {
        write_json(&mut *out, &rows)?;
        return Ok(());
    }
    if rows.is_empty() {
        writeln!(
            out,
            "No profiles yet. Create one:\n  dynsync profile set NAME --client-id GUID --username UPN --org-url URL"
        )?;
        return Ok(());
    }
    let paint = Paint::new(ctx.io.color);
    let table: Vec<[String; 5]> = rows
        .iter()
        .map(|r| {
            let last = match r.last_validation {
                Some(l) => format!(
                    "{} {}",
                    if l.ok { "ok" } else { "FAILED" },
                    l.at.format("%Y-%m-%d %H:%M")
                ),
                None => "never".into(),
            };
            let expiry = match (r.secret_expires, r.days_left) {
                (Some(d), Some(n)) if n < 0 => format!("{d} (expired {} days ago)", -n),
                (Some(d), Some(n)) => format!("{d} ({n} days)"),
                _ => "unknown".into(),
            };
            [
                r.name.to_string(),
                r.org_url.unwrap_or("-").to_string(),
                r.username.unwrap_or("-").to_string(),
                last,
                expiry,
            ]
        })
        .collect();
    let head = ["NAME", "ORG", "USER", "LAST VALIDATION", "SECRET EXPIRES"];
    let widths: Vec<usize> = (0..5)
        .map(|i| {
            table
                .iter()
                .map(|r| r[i].chars().count())
                .chain([head[i].len()])
                .max()
                .unwrap_or(0)
        })
        .collect();
    let line = |cells: [&str; 5]| {
        let mut s = String::new();
        for (i, c) in cells.iter().enumerate() {
            if i == 4 {
                s.push_str(c);
            } else {
                s.push_str(&format!("{c:w$}  ", w = widths[i]));
            }
        }
        s.trim_end().to_string()
    };
    writeln!(out, "{}", paint.bold(&line(head)))?;
    for r in &table {
        writeln!(out, "{}", line([&r[0], &r[1], &r[2], &r[3], &r[4]]))?;
    }
    Ok(())
}

fn show(ctx: &Ctx<'_>, name: &str, json: bool) -> Result<()> {
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

/// Apply the given fields with the same rules `validate` uses; nothing is saved unless all pass.
fn set(ctx: &Ctx<'_>, a: &SetArgs) -> Result<()> {
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
                format!("{v:?} is not a GUID (the portal's Secret ID column)"),
            );
            None
        }
        Some(Ok(g)) => Some(g),
        None => None,
    };
    if let Some(h) = &a.secret_hint
        && h.chars().count() > 3
    {
        fail("secret-hint", "at most 3 characters: the portal shows only the first 3 of a secret, and more would leak it".into());
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
        fail("ca-bundle", format!("{} is not a file", b.display()));
    }
    if !problems.is_empty() {
        let list: Vec<String> = problems.into_iter().map(|p| p.message).collect();
        return Err(Error::Invalid(format!(
            "nothing was saved:\n  {}",
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
            ca_bundle: a.ca_bundle.clone(),
            auth: None,
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
    writeln!(
        out,
        "{} profile {}",
        if created { "Created" } else { "Updated" },
        a.name
    )?;
    if created {
        writeln!(
            out,
            "Next: dynsync profile store-secret {0} client-secret; dynsync profile store-secret {0} password",
            a.name
        )?;
    }
    Ok(())
}

fn store_secret(ctx: &Ctx<'_>, name: &str, which: &str) -> Result<()> {
    let mut out = ctx.out();
    let kind = SecretKind::parse(which)
        .ok_or_else(|| Error::Invalid(format!("{which:?}: say client-secret or password")))?;
    // The profile must exist: a secret without settings would be an orphan in the keyring.
    ctx.profiles()?.get(name)?;
    let label = match kind {
        SecretKind::ClientSecret => "Client secret (the Value, not the Secret ID)",
        _ => "Password of the sync user",
    };
    let value = if ctx.io.can_prompt() {
        ctx.prompter.secret(label)?
    } else {
        let text = ctx
            .read_stdin(64 * 1024)
            .map_err(|e| Error::Invalid(format!("could not read stdin: {e}")))?;
        let line = text.split('\n').next().unwrap_or("").to_string();
        Secret::new(secrets::strip_line_ending(line))
    };
    let problem = match kind {
        SecretKind::ClientSecret => input::check_client_secret(&value).err(),
        _ => input::check_password(&value).err(),
    };
    if let Some(p) = problem {
        return Err(Error::Invalid(format!(
            "{}; nothing was stored. {}",
            p.message, p.fix
        )));
    }
    ctx.store.set(name, kind, &value)?;
    writeln!(
        out,
        "Stored the {} of {name} in the OS keyring (service {}, account {}).",
        kind.name(),
        secrets::SERVICE,
        secrets::account(name, kind)
    )?;
    Ok(())
}

fn remove(ctx: &Ctx<'_>, name: &str, yes: bool) -> Result<()> {
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
