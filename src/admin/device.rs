//! The device code flow (RFC 8628, Azure AD's `/devicecode`): the code and the URL go to stderr,
//! the admin signs in on any device, and dynsync polls at the server's interval, honouring
//! `authorization_pending`, `slow_down` (five more seconds), `authorization_declined` and
//! `expired_token`. Needs no terminal and no browser.

use std::time::Duration;

use secrecy::{ExposeSecret, SecretString};
use serde::Deserialize;

use super::{AdminOptions, Issued, TokenReply, post_form, post_token, read_refusal, refused};
use crate::ctx::Ctx;
use crate::error::{Error, Result};
use crate::http::{Http, HttpError};
use crate::msg;

/// RFC 8628's default interval when the server names none.
const DEFAULT_INTERVAL: u64 = 5;

#[derive(Deserialize)]
struct DeviceCode {
    device_code: String,
    user_code: String,
    verification_uri: String,
    #[serde(default = "default_expiry")]
    expires_in: u64,
    #[serde(default)]
    interval: Option<u64>,
}

fn default_expiry() -> u64 {
    900
}

pub(crate) async fn sign_in(
    ctx: &Ctx<'_>,
    http: &Http,
    opts: &AdminOptions,
    scope: &str,
) -> Result<Issued> {
    let resp = ctx
        .cancel
        .guard(post_form(
            http,
            &opts.endpoint("devicecode"),
            &[("client_id", opts.client_id.as_str()), ("scope", scope)],
        ))
        .await??;
    if resp.status != 200 {
        return Err(match read_refusal(&resp.body) {
            Some(r) if (400..500).contains(&resp.status) => refused(&r),
            _ => super::unreachable(resp.unexpected()),
        });
    }
    let code: DeviceCode = serde_json::from_slice(&resp.body).map_err(|_| {
        super::unreachable(HttpError::NotJson {
            host: resp.host.clone(),
            status: resp.status,
        })
    })?;
    let device_code = SecretString::from(code.device_code);
    ctx.warn(
        crate::ui::wrap(
            &msg!(
                "admin-device-code",
                url = code.verification_uri,
                code = code.user_code,
                minutes = code.expires_in.div_ceil(60)
            ),
            ctx.io.width(),
            "",
        )
        .trim_end(),
    );
    if opts.demo {
        ctx.warn(&msg!("admin-demo-approves"));
    }
    let mut interval = Duration::from_secs(code.interval.unwrap_or(DEFAULT_INTERVAL).max(1));
    let limit = Duration::from_secs(code.expires_in).min(opts.wait);
    let mut waited = Duration::ZERO;
    let token_url = opts.endpoint("token");
    loop {
        if waited + interval > limit {
            return Err(Error::Refused(msg!("admin-device-expired")));
        }
        super::sleep(ctx, interval).await?;
        waited += interval;
        let form = [
            ("grant_type", "urn:ietf:params:oauth:grant-type:device_code"),
            ("client_id", opts.client_id.as_str()),
            ("device_code", device_code.expose_secret()),
        ];
        let reply = ctx
            .cancel
            .guard(post_token(http, &token_url, &form))
            .await??;
        match reply {
            TokenReply::Issued(issued) => return Ok(issued),
            TokenReply::Refused { error } => match error.error.as_str() {
                "authorization_pending" => {}
                "slow_down" => interval += Duration::from_secs(5),
                "authorization_declined" => {
                    return Err(Error::Refused(msg!("admin-device-declined")));
                }
                "expired_token" | "code_expired" => {
                    return Err(Error::Refused(msg!("admin-device-expired")));
                }
                _ => return Err(refused(&error)),
            },
        }
    }
}
