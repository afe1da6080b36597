//! What `profile list` and `profile show` print: a profile's settings, and whether each secret is
//! stored (never the secret).

use serde::Serialize;

use crate::ctx::Ctx;
use crate::msg;
use crate::profile::{self, LastValidation, Profile};
use crate::secrets::SecretKind;

#[derive(Serialize)]
pub(super) struct Stored {
    pub client_secret: bool,
    pub password: bool,
}

#[derive(Serialize)]
pub(super) struct Listed<'a> {
    pub name: &'a str,
    pub org_url: Option<&'a str>,
    pub username: Option<&'a str>,
    pub client_id: Option<&'a str>,
    /// How the connection signs in: `password` or `s2s`.
    pub auth: &'static str,
    pub tenant_id: Option<&'a str>,
    pub cloud: Option<crate::cloud::Cloud>,
    pub secret_expires: Option<chrono::NaiveDate>,
    pub days_left: Option<i64>,
    pub secrets_stored: Stored,
    pub last_validation: Option<&'a LastValidation>,
}

/// Whether each secret is in the keyring; a keyring that cannot be used reads as not stored,
/// with one warning.
pub(super) fn stored(ctx: &Ctx<'_>, name: &str, warned: &mut bool) -> Stored {
    let mut has = |kind| match ctx.store.get(name, kind) {
        Ok(v) => v.is_some(),
        Err(e) => {
            if !*warned {
                ctx.warn(&msg!("commands-profile-keyring-warning", error = e));
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

pub(super) fn listed<'a>(
    ctx: &Ctx<'_>,
    name: &'a str,
    p: &'a Profile,
    warned: &mut bool,
) -> Listed<'a> {
    Listed {
        name,
        org_url: p.org_url.as_deref(),
        username: p.username.as_deref(),
        client_id: p.client_id.as_deref(),
        auth: p.auth.unwrap_or_default().as_str(),
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
