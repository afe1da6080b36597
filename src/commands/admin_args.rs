//! The admin sign-in's flags, shared by the commands that sign an Azure admin in (`app create`,
//! `app show`, …): `--device-code`, `--admin-client-id`, `--graph-host`. The login host and the
//! cloud come from the connection flags (`--authority-host`, `--cloud`).

use clap::Args;

use crate::admin::AdminOptions;
use crate::cloud::Cloud;
use crate::ctx::Ctx;
use crate::error::Result;

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
        AdminOptions::configure(
            ctx,
            cloud,
            login,
            tenant,
            self.admin_client_id.as_deref(),
            self.graph_host.as_deref(),
            self.device_code,
        )
    }
}

#[cfg(test)]
mod tests {
    use crate::admin::normalize_graph_host;

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
