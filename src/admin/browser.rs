//! The browser sign-in: authorization code + PKCE (S256) on a loopback redirect (RFC 8252 §7.3):
//! a listener on `127.0.0.1` and a port the OS picks, the authorization URL opened in the browser
//! (and printed on stderr, for when it does not open), the redirect's `state` checked against the
//! one sent (anything else is refused), then the code exchanged for tokens with the verifier.

use oauth2::{CsrfToken, PkceCodeChallenge};
use secrecy::{ExposeSecret, SecretString};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

use super::{AdminOptions, Issued, TokenReply, post_token, refused};
use crate::ctx::Ctx;
use crate::error::{Error, Result};
use crate::http::Http;
use crate::msg;

/// The largest request head read from the browser.
const MAX_REQUEST: usize = 16 * 1024;

pub(crate) async fn sign_in(
    ctx: &Ctx<'_>,
    http: &Http,
    opts: &AdminOptions,
    scope: &str,
) -> Result<Issued> {
    let listener = tokio::net::TcpListener::bind(("127.0.0.1", 0)).await?;
    let port = listener.local_addr()?.port();
    let redirect = format!("http://localhost:{port}/");
    let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
    let state = CsrfToken::new_random();
    let url = authorize_url(opts, scope, &redirect, challenge.as_str(), state.secret());
    ctx.warn(&msg!("admin-browser-opening"));
    let opened = opts.browser.as_ref().is_some_and(|open| open(&url));
    // The URL is printed either way (a browser on another display, a blocked opener); it
    // carries no secret: the code comes back only to this listener, and only the verifier,
    // which never leaves this process, redeems it.
    ctx.warn(&msg!("admin-browser-url", url = url));
    if !opened {
        let text = msg!("admin-browser-not-opened");
        ctx.warn(crate::ui::wrap(&text, ctx.io.width(), "").trim_end());
    }
    let code = ctx
        .cancel
        .guard(tokio::time::timeout(
            opts.wait,
            wait_for_redirect(&listener, state.secret()),
        ))
        .await?
        .map_err(|_| Error::Refused(msg!("admin-browser-timeout")))??;
    drop(listener);
    let form = [
        ("grant_type", "authorization_code"),
        ("client_id", opts.client_id.as_str()),
        ("code", code.expose_secret()),
        ("redirect_uri", redirect.as_str()),
        ("code_verifier", verifier.secret().as_str()),
        ("scope", scope),
    ];
    match ctx
        .cancel
        .guard(post_token(http, &opts.endpoint("token"), &form))
        .await??
    {
        TokenReply::Issued(issued) => Ok(issued),
        TokenReply::Refused { error } => Err(refused(&error)),
    }
}

fn authorize_url(
    opts: &AdminOptions,
    scope: &str,
    redirect: &str,
    challenge: &str,
    state: &str,
) -> String {
    let query = url::form_urlencoded::Serializer::new(String::new())
        .append_pair("client_id", &opts.client_id)
        .append_pair("response_type", "code")
        .append_pair("redirect_uri", redirect)
        .append_pair("response_mode", "query")
        .append_pair("scope", scope)
        .append_pair("state", state)
        .append_pair("code_challenge", challenge)
        .append_pair("code_challenge_method", "S256")
        .append_pair("prompt", "select_account")
        .finish();
    format!("{}?{query}", opts.endpoint("authorize"))
}

/// What the browser brought back to the listener.
#[derive(Debug, PartialEq, Eq)]
enum Redirect {
    Code(String),
    Error(String),
    /// Not the redirect (a favicon, a probe): answer 404 and keep listening.
    Other,
}

/// Read the redirect's query: `code` and `state`, or `error` and `error_description`. A state
/// that is not ours is refused (a forged or stale redirect).
fn read_redirect(target: &str, expected_state: &str) -> Result<Redirect> {
    let Some((path, query)) = target.split_once('?') else {
        return Ok(Redirect::Other);
    };
    if path != "/" {
        return Ok(Redirect::Other);
    }
    let pairs: std::collections::HashMap<String, String> =
        url::form_urlencoded::parse(query.as_bytes())
            .into_owned()
            .collect();
    if !pairs.contains_key("code") && !pairs.contains_key("error") {
        return Ok(Redirect::Other);
    }
    let state_ok = pairs.get("state").is_some_and(|s| {
        s.len() == expected_state.len()
            && s.bytes()
                .zip(expected_state.bytes())
                .fold(0u8, |acc, (a, b)| acc | (a ^ b))
                == 0
    });
    if !state_ok {
        return Err(Error::Refused(msg!("admin-browser-state-mismatch")));
    }
    if let Some(e) = pairs.get("error") {
        let detail = pairs
            .get("error_description")
            .and_then(|d| d.lines().next())
            .unwrap_or(e);
        return Ok(Redirect::Error(detail.to_string()));
    }
    Ok(Redirect::Code(pairs["code"].clone()))
}

/// How long one browser connection may take to send its request (an idle preconnect is
/// dropped after this, without holding up the others).
const READ_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(10);

/// Read one connection's request head (or nothing, after [`READ_TIMEOUT`]).
async fn read_head(mut stream: tokio::net::TcpStream) -> (tokio::net::TcpStream, Vec<u8>) {
    let mut head = Vec::new();
    let mut buf = [0u8; 2048];
    let read = async {
        while !head.windows(4).any(|w| w == b"\r\n\r\n") && head.len() < MAX_REQUEST {
            match stream.read(&mut buf).await {
                Ok(0) | Err(_) => break,
                Ok(n) => head.extend_from_slice(&buf[..n]),
            }
        }
    };
    let _ = tokio::time::timeout(READ_TIMEOUT, read).await;
    (stream, head)
}

/// Serve the loopback listener until the redirect arrives. Connections are read side by side:
/// browsers open speculative connections that may never send anything.
async fn wait_for_redirect(
    listener: &tokio::net::TcpListener,
    expected_state: &str,
) -> Result<SecretString> {
    use futures_util::StreamExt;
    let mut reading = futures_util::stream::FuturesUnordered::new();
    loop {
        let (mut stream, head) = tokio::select! {
            accepted = listener.accept() => {
                let (stream, _) = accepted?;
                reading.push(read_head(stream));
                continue;
            }
            Some(done) = reading.next(), if !reading.is_empty() => done,
        };
        if head.is_empty() {
            continue;
        }
        let text = String::from_utf8_lossy(&head);
        let target = text
            .lines()
            .next()
            .and_then(|l| l.strip_prefix("GET "))
            .and_then(|l| l.split(' ').next())
            .unwrap_or("");
        let outcome = read_redirect(target, expected_state);
        let (status, page) = match &outcome {
            Ok(Redirect::Code(_)) => ("200 OK", msg!("admin-browser-page-done")),
            Ok(Redirect::Other) => ("404 Not Found", String::new()),
            Ok(Redirect::Error(_)) | Err(_) => {
                ("400 Bad Request", msg!("admin-browser-page-failed"))
            }
        };
        let body = format!(
            "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>dynsync</title></head><body><p>{}</p></body></html>",
            html_escape(&page)
        );
        let reply = format!(
            "HTTP/1.1 {status}\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
            body.len()
        );
        let _ = stream.write_all(reply.as_bytes()).await;
        let _ = stream.shutdown().await;
        match outcome? {
            Redirect::Code(code) => return Ok(SecretString::from(code)),
            Redirect::Error(detail) => {
                return Err(Error::Refused(msg!(
                    "admin-sign-in-refused",
                    detail = detail
                )));
            }
            Redirect::Other => continue,
        }
    }
}

fn html_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_redirect_is_read_and_its_state_checked() {
        assert_eq!(
            read_redirect("/?code=abc&state=s1", "s1").unwrap(),
            Redirect::Code("abc".into())
        );
        assert_eq!(
            read_redirect("/favicon.ico", "s1").unwrap(),
            Redirect::Other
        );
        assert_eq!(read_redirect("/?x=1", "s1").unwrap(), Redirect::Other);
        assert!(matches!(
            read_redirect("/?code=abc&state=s2", "s1"),
            Err(Error::Refused(_))
        ));
        assert!(matches!(
            read_redirect("/?code=abc", "s1"),
            Err(Error::Refused(_))
        ));
        assert_eq!(
            read_redirect(
                "/?error=access_denied&error_description=AADSTS65004%3A+declined&state=s1",
                "s1"
            )
            .unwrap(),
            Redirect::Error("AADSTS65004: declined".into())
        );
    }

    #[test]
    fn the_authorize_url_asks_for_pkce_s256() {
        let o = AdminOptions::new(crate::cloud::Cloud::Public, "contoso.com");
        let u = authorize_url(&o, "a b", "http://localhost:5/", "ch", "st");
        assert!(u.starts_with(
            "https://login.microsoftonline.com/contoso.com/oauth2/v2.0/authorize?client_id=04b07795-8ddb-461a-bbee-02f9e1bf7b46&response_type=code&redirect_uri=http%3A%2F%2Flocalhost%3A5%2F"
        ), "{u}");
        assert!(u.contains("&scope=a+b&state=st&code_challenge=ch&code_challenge_method=S256"));
    }
}
