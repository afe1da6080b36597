//! National clouds: login hosts and the Dynamics 365 domains that belong to each.

use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, serde::Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum Cloud {
    /// Commercial cloud (login.microsoftonline.com, *.crmN.dynamics.com).
    Public,
    /// US Government Community Cloud (GCC): commercial login host, *.crm9.dynamics.com.
    Usgov,
    /// US GCC High (login.microsoftonline.us, *.crm.microsoftdynamics.us).
    Usgovhigh,
    /// US DoD (login.microsoftonline.us, *.crm.appsplatform.us).
    Dod,
    /// China, operated by 21Vianet (login.partner.microsoftonline.cn, *.crm.dynamics.cn).
    China,
}

impl Cloud {
    pub fn login_host(self) -> &'static str {
        match self {
            Cloud::Public | Cloud::Usgov => "https://login.microsoftonline.com",
            Cloud::Usgovhigh | Cloud::Dod => "https://login.microsoftonline.us",
            Cloud::China => "https://login.partner.microsoftonline.cn",
        }
    }

    /// Microsoft Graph's host in this cloud.
    pub fn graph_host(self) -> &'static str {
        match self {
            Cloud::Public | Cloud::Usgov => "https://graph.microsoft.com",
            Cloud::Usgovhigh => "https://graph.microsoft.us",
            Cloud::Dod => "https://dod-graph.microsoft.us",
            Cloud::China => "https://microsoftgraph.chinacloudapi.cn",
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Cloud::Public => "public",
            Cloud::Usgov => "usgov",
            Cloud::Usgovhigh => "usgovhigh",
            Cloud::Dod => "dod",
            Cloud::China => "china",
        }
    }

    /// The cloud a Dynamics host belongs to, when it is a known Dynamics Online host.
    pub fn of_dynamics_host(host: &str) -> Option<Cloud> {
        let host = host.to_ascii_lowercase();
        let (_, suffix) = host.split_once('.')?;
        if suffix == "crm9.dynamics.com" {
            return Some(Cloud::Usgov);
        }
        if suffix == "crm.dynamics.com" || is_regional_crm(suffix) {
            return Some(Cloud::Public);
        }
        match suffix {
            "crm.microsoftdynamics.us" => Some(Cloud::Usgovhigh),
            "crm.appsplatform.us" => Some(Cloud::Dod),
            "crm.dynamics.cn" => Some(Cloud::China),
            _ => None,
        }
    }
}

/// `crmN.dynamics.com` for the regional instances (N = 2…21).
fn is_regional_crm(suffix: &str) -> bool {
    suffix
        .strip_suffix(".dynamics.com")
        .and_then(|s| s.strip_prefix("crm"))
        .and_then(|n| n.parse::<u8>().ok())
        .is_some_and(|n| (2..=21).contains(&n))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dynamics_hosts_map_to_clouds() {
        assert_eq!(
            Cloud::of_dynamics_host("contoso.crm.dynamics.com"),
            Some(Cloud::Public)
        );
        assert_eq!(
            Cloud::of_dynamics_host("contoso.crm4.dynamics.com"),
            Some(Cloud::Public)
        );
        assert_eq!(
            Cloud::of_dynamics_host("contoso.crm9.dynamics.com"),
            Some(Cloud::Usgov)
        );
        assert_eq!(
            Cloud::of_dynamics_host("x.crm.microsoftdynamics.us"),
            Some(Cloud::Usgovhigh)
        );
        assert_eq!(
            Cloud::of_dynamics_host("x.crm.appsplatform.us"),
            Some(Cloud::Dod)
        );
        assert_eq!(
            Cloud::of_dynamics_host("X.CRM.DYNAMICS.CN"),
            Some(Cloud::China)
        );
        assert_eq!(Cloud::of_dynamics_host("contoso.crm99.dynamics.com"), None);
        assert_eq!(
            Cloud::of_dynamics_host("crm.dynamics.com.evil.example"),
            None
        );
        assert_eq!(Cloud::of_dynamics_host("localhost"), None);
    }

    #[test]
    fn graph_hosts_per_cloud() {
        assert_eq!(Cloud::Usgov.graph_host(), "https://graph.microsoft.com");
        assert_eq!(Cloud::Usgovhigh.graph_host(), "https://graph.microsoft.us");
        assert_eq!(Cloud::Dod.graph_host(), "https://dod-graph.microsoft.us");
        assert_eq!(
            Cloud::China.graph_host(),
            "https://microsoftgraph.chinacloudapi.cn"
        );
    }

    #[test]
    fn login_hosts_per_cloud() {
        assert_eq!(
            Cloud::Usgov.login_host(),
            "https://login.microsoftonline.com"
        );
        assert_eq!(Cloud::Dod.login_host(), "https://login.microsoftonline.us");
        assert_eq!(
            Cloud::China.login_host(),
            "https://login.partner.microsoftonline.cn"
        );
    }
}
