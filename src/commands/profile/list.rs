//! `dynsync profile list`: every profile, with its org, user, last validation and secret expiry.

use super::listing::{Listed, listed};
use crate::ctx::Ctx;
use crate::error::Result;
use crate::msg;
use crate::ui::{Paint, write_json};

pub(super) fn run(ctx: &Ctx<'_>, json: bool) -> Result<()> {
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
        writeln!(out, "{}", msg!("commands-profile-none"))?;
        return Ok(());
    }
    let paint = Paint::new(ctx.io.color);
    let table: Vec<[String; 5]> = rows
        .iter()
        .map(|r| {
            let last = match r.last_validation {
                Some(l) => {
                    let at = crate::ui::local_time(l.at);
                    if l.ok {
                        msg!("commands-profile-last-ok", at = at)
                    } else {
                        msg!("commands-profile-last-failed", at = at)
                    }
                }
                None => msg!("commands-profile-never"),
            };
            let expiry = match (r.secret_expires, r.days_left) {
                (Some(d), Some(n)) if n < 0 => {
                    msg!("commands-profile-expired", date = d, days = -n)
                }
                (Some(d), Some(n)) => msg!("commands-profile-expires-in", date = d, days = n),
                _ => msg!("commands-profile-expiry-unknown"),
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
    let head = [
        msg!("commands-profile-column-name"),
        msg!("commands-profile-column-org"),
        msg!("commands-profile-column-user"),
        msg!("commands-profile-column-last-validation"),
        msg!("commands-profile-column-secret-expires"),
    ];
    let widths: Vec<usize> = (0..5)
        .map(|i| {
            table
                .iter()
                .map(|r| crate::ui::display_width(&r[i]))
                .chain([crate::ui::display_width(&head[i])])
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
                s.push_str(&crate::ui::pad(c, widths[i]));
                s.push_str("  ");
            }
        }
        s.trim_end().to_string()
    };
    writeln!(
        out,
        "{}",
        paint.bold(&line([&head[0], &head[1], &head[2], &head[3], &head[4]]))
    )?;
    for r in &table {
        writeln!(out, "{}", line([&r[0], &r[1], &r[2], &r[3], &r[4]]))?;
    }
    Ok(())
}
