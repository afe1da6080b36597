//! The admin sign-in's flags, shared by the commands that sign an Azure admin in (`app create`,
//! `app show`, …): `--device-code`, `--admin-client-id`, `--graph-host`. The login host and the
//! cloud come from the connection flags (`--authority-host`, `--cloud`).

use std::sync::Arc;

use clap::Args;

use crate::admin::{AZURE_CLI_CLIENT_ID, AdminOptions};
use crate::cloud::Cloud;
use crate::ctx::Ctx;
use crate::error::{Error, Result};
use crate::input::{is_loopback_host, parse_guid};
use crate::msg;
use crate::ui::Browser;

#[derive(Debug, Clone, Default, Args)]
pub struct AdminArgs {
    /// Sign the Azure admin in with a device code (a code and a URL on stderr, to enter on any
    /// device) instead of the browser; also used when no browser can be opened.
    #[arg(long)]
    pub device_code: bool,
    /// The public client the Azure admin signs in with (default: the Azure CLI's,
    /// 04b07795-8ddb-461a-bbee-02f9e1bf7b46); for tenants that block first-party clients.
    #[arg(long, env = "DYNSYNC_ADMIN_CLIENT_ID", value_name = "GUID")]
    pub admin_client_id: Option<String>,
    /// Replace the cloud's Microsoft Graph host (proxies, tests); http only for loopback.
    #[arg(long, env = "DYNSYNC_GRAPH_HOST", value_name = "URL")]
    pub graph_host: Option<String>,
}

impl AdminArgs {
    /// The sign-in options for `tenant` in `cloud` at the `login` host, or the invalid flag
    /// (exit 2, before any request).
    pub fn options(
        &self,
        ctx: &Ctx<'_>,
        cloud: Cloud,
        login: &str,
        tenant: &str,
    ) -> Result<AdminOptions> {
        let mut o = AdminOptions::new(cloud, tenant);
        o.authority = login.trim_end_matches('/').to_string();
        if let Some(id) = &self.admin_client_id {
            o.client_id = parse_guid(id.trim()).ok_or_else(|| {
                Error::Invalid(msg!("admin-client-id-not-guid", value = format!("{id:?}")))
            })?;
        }
        if let Some(h) = &self.graph_host {
            o.graph_host = normalize_graph_host(h).map_err(Error::Invalid)?;
        }
        o.device_code = self.device_code || !can_open_browser(ctx);
        o.browser = Some(Arc::new(|url: &str| {
            crate::ui::SystemBrowser.open(url).is_ok()
        }));
        Ok(o)
    }

    /// Whether the default client (the Azure CLI's) signs in.
    pub fn default_client(&self) -> bool {
        self.admin_client_id
            .as_deref()
            .is_none_or(|id| id.trim().eq_ignore_ascii_case(AZURE_CLI_CLIENT_ID))
    }
}

/// A browser can be opened for the user: a terminal to talk to, and (on Linux and the BSDs) a
/// graphical session.
fn can_open_browser(ctx: &Ctx<'_>) -> bool {
    if !ctx.io.stderr_tty {
        return false;
    }
    if cfg!(any(target_os = "macos", windows)) {
        return true;
    }
    ["DISPLAY", "WAYLAND_DISPLAY"]
        .iter()
        .any(|v| ctx.var(v).is_some_and(|x| !x.is_empty()))
}

/// `--graph-host`: an https base URL (http only for loopback), no credentials, query or path.
pub fn normalize_graph_host(input: &str) -> std::result::Result<String, String> {
    let bad = || msg!("admin-graph-host-invalid", value = format!("{input:?}"));
    let url = url::Url::parse(input.trim()).map_err(|_| bad())?;
    let host = url.host_str().unwrap_or("").to_string();
    let scheme_ok = match url.scheme() {
        "https" => true,
        "http" => is_loopback_host(&host),
        _ => false,
    };
    if host.is_empty()
        || !scheme_ok
        || !url.username().is_empty()
        || url.password().is_some()
        || url.query().is_some()
        || url.fragment().is_some()
        || !url.path().trim_end_matches('/').is_empty()
    {
        return Err(bad());
    }
    Ok(url.as_str().trim_end_matches('/').to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn graph_host_rules() {
        assert_eq!(
            normalize_graph_host("https://graph.microsoft.us/").unwrap(),
            "https://graph.microsoft.us"
        );
        assert_eq!(
            normalize_graph_host("http://127.0.0.1:8080").unwrap(),
            "http://127.0.0.1:8080"
        );
        for bad in [
            "http://graph.example.com",
            "https://u:p@graph.example.com",
            "https://graph.example.com/v1.0",
            "https://graph.example.com?x=1",
            "ftp://graph.example.com",
            "graph.microsoft.com",
        ] {
            let e = normalize_graph_host(bad).unwrap_err();
            assert!(e.contains("--graph-host"), "{bad}: {e}");
        }
    }
}
