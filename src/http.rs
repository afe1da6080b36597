//! The one HTTP client every request goes through: TLS trust, timeouts, bounded retries, size caps,
//! and recognising answers that are not from the service at all (HTML from a proxy or portal).

use std::net::SocketAddr;
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use reqwest::header::{CONTENT_TYPE, HeaderMap, RETRY_AFTER};
use thiserror::Error;

use crate::msg;

/// The largest body read from any response; Azure AD and Dataverse answers here are a few KiB.
pub const MAX_BODY: usize = 2 * 1024 * 1024;
/// Retry-After values above this are not waited for: the caller reports the throttling instead.
const MAX_RETRY_AFTER: Duration = Duration::from_secs(30);

/// A request that did not get a usable answer. Its texts are `errors-http-*` messages.
#[derive(Debug, Error, Clone, PartialEq, Eq)]
pub enum HttpError {
    Connect {
        host: String,
        detail: String,
    },
    Timeout {
        host: String,
        secs: u64,
    },
    /// The run's time limit (`--deadline`) ran out before this request was answered.
    Deadline {
        host: String,
        secs: u64,
    },
    TooLarge {
        host: String,
        limit: usize,
    },
    Html {
        host: String,
        status: u16,
    },
    /// `detail` is empty or starts with its own separator (": …").
    Unexpected {
        host: String,
        status: u16,
        detail: String,
    },
    NotJson {
        host: String,
        status: u16,
    },
    Other {
        host: String,
        detail: String,
    },
}

impl std::fmt::Display for HttpError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&match self {
            HttpError::Connect { host, detail } => {
                msg!("errors-http-connect", host = host, detail = detail)
            }
            HttpError::Timeout { host, secs } => {
                msg!("errors-http-timeout", host = host, secs = secs)
            }
            HttpError::Deadline { host, secs } => {
                msg!("errors-http-deadline", host = host, secs = secs)
            }
            HttpError::TooLarge { host, limit } => {
                msg!("errors-http-too-large", host = host, limit = limit)
            }
            HttpError::Html { host, status } => {
                msg!("errors-http-html", host = host, status = status)
            }
            HttpError::Unexpected {
                host,
                status,
                detail,
            } => msg!(
                "errors-http-unexpected",
                host = host,
                status = status,
                detail = detail
            ),
            HttpError::NotJson { host, status } => {
                msg!("errors-http-not-json", host = host, status = status)
            }
            HttpError::Other { host, detail } => {
                msg!("errors-http-other", host = host, detail = detail)
            }
        })
    }
}

/// How a request may be repeated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Retry {
    /// Idempotent reads: at most two more tries on connect errors, timeouts, 429 and 5xx.
    Get,
    /// The password grant: at most one more try, only after a 429 or 5xx and never after any other
    /// 4xx or a timeout (the first request may have counted as a sign-in attempt).
    Token,
}

impl Retry {
    fn max_retries(self) -> u32 {
        match self {
            Retry::Get => 2,
            Retry::Token => 1,
        }
    }
}

#[derive(Debug, Clone)]
pub struct Response {
    pub status: u16,
    pub headers: HeaderMap,
    pub body: Vec<u8>,
    pub host: String,
}

impl Response {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }

    pub fn json(&self) -> Result<serde_json::Value, HttpError> {
        serde_json::from_slice(&self.body).map_err(|_| HttpError::NotJson {
            host: self.host.clone(),
            status: self.status,
        })
    }

    /// An error describing this response as unexpected, with a short detail taken from the body.
    pub fn unexpected(&self) -> HttpError {
        let detail = serde_json::from_slice::<serde_json::Value>(&self.body)
            .ok()
            .and_then(|v| {
                v.pointer("/error/message")
                    .or_else(|| v.get("error_description"))
                    .or_else(|| v.get("error"))
                    .and_then(|m| m.as_str().map(str::to_string))
            })
            .map(|m| format!(": {}", first_line(&m, 200)))
            .unwrap_or_default();
        HttpError::Unexpected {
            host: self.host.clone(),
            status: self.status,
            detail,
        }
    }
}

fn first_line(s: &str, max: usize) -> String {
    let line = s.lines().next().unwrap_or("");
    line.chars().take(max).collect()
}

/// TLS settings for the built-in demo tenant: trust only its generated certificate and send its
/// host names to the loopback simulator.
#[derive(Debug, Clone)]
pub struct DemoTls {
    pub ca_pem: String,
    pub resolve: Vec<(String, SocketAddr)>,
}

#[derive(Debug, Clone, Default)]
pub struct HttpConfig {
    pub timeout: Duration,
    pub ca_bundle: Option<std::path::PathBuf>,
    pub demo: Option<DemoTls>,
    /// Where each request is logged (method, URL with query names only, status, time), if anywhere.
    pub log: Option<RequestLog>,
    /// When the whole run must be over: no request or retry wait goes past it.
    pub deadline: Option<(Instant, Duration)>,
}

/// Receives the `-v` log lines; the caller prints them (see [`crate::checks::run`]).
pub type RequestLog = tokio::sync::mpsc::UnboundedSender<String>;

/// The shared client. Cheap to clone; connections are pooled per host and reused (HTTP/2 where
/// the server offers it, so concurrent requests share one TLS connection).
#[derive(Clone)]
pub struct Http {
    client: reqwest::Client,
    timeout: Duration,
    log: Option<RequestLog>,
    deadline: Option<(Instant, Duration)>,
    sent: Arc<AtomicUsize>,
    backoff_base: Duration,
}

impl Http {
    pub fn new(config: &HttpConfig) -> Result<Http, String> {
        let timeout = if config.timeout.is_zero() {
            Duration::from_secs(20)
        } else {
            config.timeout
        };
        let mut b = reqwest::Client::builder()
            .use_rustls_tls()
            .connect_timeout(timeout.min(Duration::from_secs(10)))
            .timeout(timeout)
            .redirect(reqwest::redirect::Policy::none())
            .user_agent(concat!("dynsync/", env!("CARGO_PKG_VERSION")))
            .tcp_nodelay(true)
            .pool_idle_timeout(Duration::from_secs(30));
        if let Some(path) = &config.ca_bundle {
            for cert in load_pem_bundle(path)? {
                b = b.add_root_certificate(cert);
            }
        }
        if let Some(demo) = &config.demo {
            // The demo trusts nothing but its own certificate, and its host names never reach DNS.
            b = b.tls_built_in_root_certs(false).no_proxy();
            let cert = reqwest::Certificate::from_pem(demo.ca_pem.as_bytes())
                .map_err(|e| msg!("errors-http-demo-certificate", error = e))?;
            b = b.add_root_certificate(cert);
            for (host, addr) in &demo.resolve {
                b = b.resolve(host, *addr);
            }
        }
        let client = b
            .build()
            .map_err(|e| msg!("errors-http-client", error = e))?;
        Ok(Http {
            client,
            timeout,
            log: config.log.clone(),
            deadline: config.deadline,
            sent: Arc::new(AtomicUsize::new(0)),
            backoff_base: Duration::from_millis(200),
        })
    }

    /// How many HTTP requests this client has sent (retries included).
    pub fn requests_sent(&self) -> usize {
        self.sent.load(Ordering::Relaxed)
    }

    pub async fn get(&self, url: &str, headers: &[(&str, &str)]) -> Result<Response, HttpError> {
        self.send(reqwest::Method::GET, url, headers, None, Retry::Get)
            .await
    }

    /// Send a request, retrying as `retry` allows. Any final status is returned as a `Response`
    /// (the caller decides what a 4xx means); transport failures and HTML pages are errors.
    pub async fn send(
        &self,
        method: reqwest::Method,
        url: &str,
        headers: &[(&str, &str)],
        body: Option<(&str, Vec<u8>)>,
        retry: Retry,
    ) -> Result<Response, HttpError> {
        let host = host_of(url);
        let mut attempt = 0u32;
        loop {
            let started = Instant::now();
            let Some(timeout) = self.time_left(started) else {
                return Err(self.deadline_error(&host));
            };
            let mut req = self.client.request(method.clone(), url).timeout(timeout);
            for (k, v) in headers {
                req = req.header(*k, *v);
            }
            if let Some((content_type, bytes)) = &body {
                req = req.header(CONTENT_TYPE, *content_type).body(bytes.clone());
            }
            self.sent.fetch_add(1, Ordering::Relaxed);
            let outcome = match req.send().await {
                Ok(resp) => read_response(resp, &host, timeout).await,
                Err(e) => Err(self.classify(e, &host)),
            };
            // A timeout cut short by the run's deadline is the deadline's.
            let outcome = match outcome {
                Err(HttpError::Timeout { .. }) if timeout < self.timeout => {
                    Err(self.deadline_error(&host))
                }
                other => other,
            };
            let elapsed = started.elapsed();
            self.log(&method, url, &outcome, elapsed);
            let can_retry = attempt < retry.max_retries();
            match outcome {
                Ok(resp) if can_retry && (resp.status == 429 || resp.status >= 500) => {
                    let wait = match retry_after(&resp.headers) {
                        Some(w) if w > MAX_RETRY_AFTER => return Ok(resp),
                        Some(w) => w,
                        None => self.backoff_base * 2u32.pow(attempt),
                    };
                    if !self.can_wait(wait) {
                        return Ok(resp);
                    }
                    attempt += 1;
                    tokio::time::sleep(wait).await;
                }
                Err(e @ HttpError::Connect { .. }) if can_retry => {
                    let wait = self.backoff_base * 2u32.pow(attempt);
                    if !self.can_wait(wait) {
                        return Err(e);
                    }
                    attempt += 1;
                    tokio::time::sleep(wait).await;
                }
                Err(e @ HttpError::Timeout { .. }) if can_retry && retry == Retry::Get => {
                    let wait = self.backoff_base * 2u32.pow(attempt);
                    if !self.can_wait(wait) {
                        return Err(e);
                    }
                    attempt += 1;
                    tokio::time::sleep(wait).await;
                }
                other => return other,
            }
        }
    }

    /// The time a request may take from `now`: the per-request timeout, cut to what is left of
    /// the run's deadline; `None` when nothing is left.
    fn time_left(&self, now: Instant) -> Option<Duration> {
        match self.deadline {
            None => Some(self.timeout),
            Some((at, _)) => {
                let left = at.checked_duration_since(now).filter(|d| !d.is_zero())?;
                Some(self.timeout.min(left))
            }
        }
    }

    /// Whether a retry may wait `wait` and still have time for its request.
    fn can_wait(&self, wait: Duration) -> bool {
        self.deadline
            .is_none_or(|(at, _)| Instant::now() + wait < at)
    }

    fn deadline_error(&self, host: &str) -> HttpError {
        HttpError::Deadline {
            host: host.to_string(),
            secs: self.deadline.map_or(0, |(_, total)| total.as_secs()),
        }
    }

    fn classify(&self, e: reqwest::Error, host: &str) -> HttpError {
        let host = host.to_string();
        if e.is_timeout() {
            return HttpError::Timeout {
                host,
                secs: self.timeout.as_secs(),
            };
        }
        let detail = error_chain(&e);
        if e.is_connect() {
            HttpError::Connect { host, detail }
        } else {
            HttpError::Other { host, detail }
        }
    }

    fn log(
        &self,
        method: &reqwest::Method,
        url: &str,
        outcome: &Result<Response, HttpError>,
        elapsed: Duration,
    ) {
        let Some(log) = &self.log else {
            return;
        };
        let shown = redact_query(url);
        let result = match outcome {
            Ok(r) => format!("HTTP {}", r.status),
            Err(e) => e.to_string(),
        };
        let _ = log.send(format!(
            "[http] {method} {shown} → {result} ({} ms)",
            elapsed.as_millis()
        ));
    }
}

/// Show the path and only the names of query parameters: queries here hold no secrets, but long
/// FetchXML strings make logs unreadable.
fn redact_query(url: &str) -> String {
    match url.split_once('?') {
        None => url.to_string(),
        Some((base, q)) => {
            let names: Vec<&str> = q
                .split('&')
                .map(|kv| kv.split('=').next().unwrap_or(""))
                .collect();
            format!("{base}?{}", names.join("&"))
        }
    }
}

fn error_chain(e: &dyn std::error::Error) -> String {
    let mut parts = vec![e.to_string()];
    let mut source = e.source();
    while let Some(s) = source {
        let text = s.to_string();
        if !parts.iter().any(|p| p.contains(&text)) {
            parts.push(text);
        }
        source = s.source();
    }
    parts.join(": ")
}

pub fn host_of(url: &str) -> String {
    url::Url::parse(url)
        .ok()
        .and_then(|u| {
            u.host_str().map(|h| match u.port() {
                Some(p) => format!("{h}:{p}"),
                None => h.to_string(),
            })
        })
        .unwrap_or_else(|| url.to_string())
}

fn retry_after(headers: &HeaderMap) -> Option<Duration> {
    headers
        .get(RETRY_AFTER)?
        .to_str()
        .ok()?
        .trim()
        .parse::<u64>()
        .ok()
        .map(Duration::from_secs)
}

async fn read_response(
    mut resp: reqwest::Response,
    host: &str,
    timeout: Duration,
) -> Result<Response, HttpError> {
    let status = resp.status().as_u16();
    let headers = resp.headers().clone();
    let mut body = Vec::new();
    loop {
        match resp.chunk().await {
            Ok(Some(chunk)) => {
                if body.len() + chunk.len() > MAX_BODY {
                    return Err(HttpError::TooLarge {
                        host: host.to_string(),
                        limit: MAX_BODY,
                    });
                }
                body.extend_from_slice(&chunk);
            }
            Ok(None) => break,
            Err(e) if e.is_timeout() => {
                return Err(HttpError::Timeout {
                    host: host.to_string(),
                    secs: timeout.as_secs(),
                });
            }
            Err(e) => {
                return Err(HttpError::Other {
                    host: host.to_string(),
                    detail: error_chain(&e),
                });
            }
        }
    }
    let resp = Response {
        status,
        headers,
        body,
        host: host.to_string(),
    };
    if looks_like_html(&resp) {
        return Err(HttpError::Html {
            host: host.to_string(),
            status,
        });
    }
    Ok(resp)
}

fn looks_like_html(resp: &Response) -> bool {
    let ct_html = resp
        .header("content-type")
        .is_some_and(|ct| ct.to_ascii_lowercase().contains("text/html"));
    let start: Vec<u8> = resp
        .body
        .iter()
        .skip_while(|b| b.is_ascii_whitespace())
        .take(15)
        .copied()
        .collect();
    let start = String::from_utf8_lossy(&start).to_ascii_lowercase();
    ct_html || start.starts_with("<!doctype html") || start.starts_with("<html")
}

fn load_pem_bundle(path: &Path) -> Result<Vec<reqwest::Certificate>, String> {
    let pem = std::fs::read(path).map_err(|e| {
        msg!(
            "errors-ca-bundle-unreadable",
            path = path.display(),
            error = e
        )
    })?;
    let certs = reqwest::Certificate::from_pem_bundle(&pem)
        .map_err(|e| msg!("errors-ca-bundle-not-pem", path = path.display(), error = e))?;
    if certs.is_empty() {
        return Err(msg!("errors-ca-bundle-empty", path = path.display()));
    }
    Ok(certs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_values_are_not_logged() {
        assert_eq!(
            redact_query("https://h/p?fetchXml=%3Cfetch%3E&a=b"),
            "https://h/p?fetchXml&a"
        );
        assert_eq!(redact_query("https://h/p"), "https://h/p");
    }

    #[test]
    fn html_is_recognised() {
        let mut r = Response {
            status: 200,
            headers: HeaderMap::new(),
            body: b"  <!DOCTYPE html><p>".to_vec(),
            host: "h".into(),
        };
        assert!(looks_like_html(&r));
        r.body = b"{\"a\":1}".to_vec();
        assert!(!looks_like_html(&r));
        r.headers
            .insert(CONTENT_TYPE, "text/html; charset=utf-8".parse().unwrap());
        assert!(looks_like_html(&r));
    }

    #[test]
    fn retry_after_seconds() {
        let mut h = HeaderMap::new();
        h.insert(RETRY_AFTER, "3".parse().unwrap());
        assert_eq!(retry_after(&h), Some(Duration::from_secs(3)));
        h.insert(
            RETRY_AFTER,
            "Wed, 21 Oct 2015 07:28:00 GMT".parse().unwrap(),
        );
        assert_eq!(retry_after(&h), None);
    }

    #[test]
    fn numbers_in_messages_are_plain_digits() {
        let e = HttpError::TooLarge {
            host: "h".into(),
            limit: MAX_BODY,
        };
        assert_eq!(
            e.to_string(),
            "h sent more than 2097152 bytes; stopped reading"
        );
        let e = HttpError::Html {
            host: "h:8443".into(),
            status: 1200,
        };
        assert!(
            e.to_string()
                .starts_with("h:8443 answered with an HTML page (HTTP 1200) ")
        );
    }

    #[test]
    fn unexpected_takes_the_service_message() {
        let r = Response {
            status: 500,
            headers: HeaderMap::new(),
            body: br#"{"error":{"code":"0x80040216","message":"Something broke\nat line 2"}}"#
                .to_vec(),
            host: "org".into(),
        };
        assert_eq!(
            r.unexpected().to_string(),
            "org answered HTTP 500: Something broke"
        );
    }
}
