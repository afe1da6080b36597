//! The demo tenant's scenarios: each one a way a real setup goes right or wrong.

use std::time::Duration;

/// How Azure AD signs in the sync user's domain (`dynsync::azure::Realm` is the client's view of
/// the same answer; the simulator keeps its own so that it does not depend on dynsync). A domain
/// the tenant does not know is answered as unknown whatever this says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Realm {
    /// Cloud-only, password hash sync or pass-through authentication: ROPC works.
    Managed,
    /// Federated (AD FS): ROPC needs a Home Realm Discovery policy.
    Federated,
}

/// How the sync user gets the Marketo Sync User role.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RoleGrant {
    Direct,
    Team,
    None,
}

/// Whom the Marketo Config "Default" row names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConfigUser {
    SyncUser,
    Other,
    Unset,
    /// The app's application user (S2S).
    AppUser,
}

/// A fault served instead of the normal answer, once, in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fault {
    Status(u16),
    StatusRetryAfter(u16, u64),
    Html,
    /// A 200 whose body is not JSON (a broken proxy).
    NotJson,
    /// Wait this long, then answer normally (to exceed a client timeout).
    Stall(Duration),
}

/// The state of the simulated Azure AD and Dataverse.
#[derive(Debug, Clone)]
pub struct SimConfig {
    pub realm: Realm,
    /// For a federated domain: a Home Realm Discovery policy lets Azure AD check the password.
    pub hrd_policy: bool,
    pub mfa: bool,
    pub consent: bool,
    pub locked_out: bool,
    pub secret_expired: bool,
    pub public_client: bool,
    /// Not 200: every authenticated Dataverse call answers this status with `0x80072560`, "The
    /// user is not a member of the organization" (real Dataverse sends 403).
    pub whoami_status: u16,
    pub user_disabled: bool,
    pub access_mode: i64,
    pub licensed: bool,
    pub ui_language: i64,
    pub role: RoleGrant,
    pub solution_version: Option<String>,
    pub disabled_step: Option<String>,
    /// The sync user lacks `prvReadSdkMessageProcessingStep` (as if it were in
    /// `missing_privileges`).
    pub steps_forbidden: bool,
    /// Read privileges the sync user lacks (`prvReadSolution`, `prvReadSdkMessageProcessingStep`,
    /// `prvReadSolutionComponent`, `prvReadEntity`): a query that needs one answers 403
    /// `0x80040220` naming it.
    pub missing_privileges: Vec<String>,
    pub config_user: ConfigUser,
    /// Issue tokens without an `oid` claim (forces the WhoAmI-first path).
    pub opaque_token: bool,
    /// Wait this long before each response.
    pub latency: Duration,
    /// The sync user's password, when it is not the demo's (a password change).
    pub password: Option<String>,
    /// Further client secrets the app accepts (a rotation adds one next to the old).
    pub extra_secrets: Vec<String>,
    /// Token requests with an extra secret answered AADSTS7000215 before it is accepted
    /// (a new secret replicating through Azure AD).
    pub replication_delay: u32,
    pub token_faults: Vec<Fault>,
    pub realm_faults: Vec<Fault>,
    pub probe_faults: Vec<Fault>,
    pub dataverse_faults: Vec<Fault>,
    /// Every free-text field of every answer carries terminal control sequences.
    pub hostile_text: bool,
    /// Send the org's sign-in challenge as Microsoft's Dataverse client's tests do: scheme and
    /// parameter names in mixed case, the authority quoted, after a `Negotiate` challenge in a
    /// `WWW-Authenticate` header of its own.
    pub odd_challenge: bool,
    /// The sync user's domain belongs to another tenant ([`OTHER_TENANT_ID`]): its OpenID
    /// configuration names that tenant, where the app is unknown; the org's tenant does not know
    /// the user.
    pub user_other_tenant: bool,
    /// The FetchXML join from `entity` to `solutioncomponent` is refused (400 with a Dataverse
    /// error body); the metadata API (`solutioncomponents`, `EntityDefinitions(…)`) answers.
    pub entity_join_refused: bool,
    /// The app's Dataverse application user (S2S), when the environment has one.
    pub app_user: Option<AppUser>,
    /// The admin who signs in for `dynsync fix` lacks the Dataverse System Administrator role:
    /// every Dataverse request with their token answers 403 `0x80040220`.
    pub admin_not_system_admin: bool,
    /// The admin who signs in for `app create` (their directory role, how they answer a device code).
    pub admin: crate::admin::AdminConfig,
    /// The directory Graph serves: an existing app, grant or HRD policy, replication delays,
    /// a lifetime policy.
    pub graph: crate::graph::GraphConfig,
}

/// The tenant the sync user's domain belongs to in the `user-other-tenant` scenario.
pub const OTHER_TENANT_ID: &str = "3e9a5d71-0c4b-4f2e-a8d6-1b2c3d4e5f60";

impl Default for SimConfig {
    fn default() -> Self {
        SimConfig {
            realm: Realm::Managed,
            hrd_policy: false,
            mfa: false,
            consent: true,
            locked_out: false,
            secret_expired: false,
            public_client: false,
            whoami_status: 200,
            user_disabled: false,
            access_mode: 0,
            licensed: true,
            ui_language: 1033,
            role: RoleGrant::Direct,
            solution_version: Some("5.0.2.1".into()),
            disabled_step: None,
            steps_forbidden: false,
            missing_privileges: vec![],
            config_user: ConfigUser::SyncUser,
            opaque_token: false,
            latency: Duration::ZERO,
            password: None,
            extra_secrets: vec![],
            replication_delay: 0,
            token_faults: vec![],
            realm_faults: vec![],
            probe_faults: vec![],
            dataverse_faults: vec![],
            hostile_text: false,
            odd_challenge: false,
            user_other_tenant: false,
            entity_join_refused: false,
            app_user: None,
            admin_not_system_admin: false,
            admin: Default::default(),
            graph: Default::default(),
        }
    }
}

/// The demo tenant's identities. Fixed, fake, and only ever accepted by the simulator.
#[derive(Debug, Clone)]
pub struct Identity {
    pub tenant_id: &'static str,
    pub domain: &'static str,
    pub initial_domain: &'static str,
    pub client_id: &'static str,
    pub client_secret: &'static str,
    pub secret_id: &'static str,
    /// A second secret the demo app accepts after a rotation.
    pub new_client_secret: &'static str,
    pub username: &'static str,
    pub password: &'static str,
    pub org_host: &'static str,
    pub user_oid: &'static str,
    pub systemuser_id: &'static str,
    pub other_user_id: &'static str,
}

pub const DEMO: Identity = Identity {
    tenant_id: "6f1d2c3b-4a59-4e8d-9c7b-0a1b2c3d4e5f",
    domain: "contoso.com",
    initial_domain: "contoso.onmicrosoft.com",
    client_id: "2b7f0e4c-9a1d-4c3e-8f5b-6d7e8f9a0b1c",
    client_secret: "demo-client-secret-value-for-the-simulator-only",
    secret_id: "9d8c7b6a-5f4e-4d3c-b2a1-0f9e8d7c6b5a",
    new_client_secret: "demo-rotated-secret-value-for-the-simulator-only",
    username: "marketo.sync@contoso.com",
    password: "demo-sync-password-for-the-simulator-only",
    org_host: "contoso.crm.dynamics.com",
    user_oid: "0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f",
    systemuser_id: "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d",
    other_user_id: "f0e1d2c3-b4a5-4968-8776-655443322110",
};

/// A named scenario: the simulator's state plus what the demo types in.
#[derive(Debug, Clone)]
pub struct Scenario {
    pub name: &'static str,
    pub about: &'static str,
    pub config: SimConfig,
    /// What the admin "types": normally the right values; some scenarios get one wrong.
    pub client_secret: &'static str,
    pub password: &'static str,
    /// The demo signs in with S2S (the app's client credentials as its application user).
    pub s2s: bool,
}

pub const DEFAULT_SLOW_MS: u64 = 400;

pub fn scenarios() -> Vec<Scenario> {
    let base = |name, about, config| Scenario {
        name,
        about,
        config,
        client_secret: DEMO.client_secret,
        password: DEMO.password,
        s2s: false,
    };
    let s2s = |name, about, config| Scenario {
        s2s: true,
        ..base(name, about, config)
    };
    let app = |u: AppUser| SimConfig {
        app_user: Some(u),
        config_user: ConfigUser::AppUser,
        ..SimConfig::default()
    };
    let d = SimConfig::default;
    vec![
        base("ok", "everything is set up: every check passes", d()),
        base(
            "federated-no-hrd",
            "the user's domain is federated (AD FS) and no Home Realm Discovery policy lets Azure AD check passwords",
            SimConfig {
                realm: Realm::Federated,
                ..d()
            },
        ),
        base(
            "federated-hrd",
            "federated domain with the HRD policy and password hash sync in place: works, with a warning",
            SimConfig {
                realm: Realm::Federated,
                hrd_policy: true,
                ..d()
            },
        ),
        base(
            "mfa",
            "Conditional Access requires MFA for the sync user",
            SimConfig { mfa: true, ..d() },
        ),
        Scenario {
            client_secret: DEMO.secret_id,
            ..base(
                "secret-id-pasted",
                "the Secret ID was pasted instead of the secret's Value (caught before any request)",
                d(),
            )
        },
        base(
            "expired-secret",
            "the client secret has expired",
            SimConfig {
                secret_expired: true,
                ..d()
            },
        ),
        Scenario {
            password: "Summer2026!",
            ..base(
                "wrong-password",
                "the sync user's password is wrong (managed domain)",
                d(),
            )
        },
        base(
            "locked-out",
            "smart lockout has locked the sync user: stop, do not retry",
            SimConfig {
                locked_out: true,
                ..d()
            },
        ),
        base(
            "no-consent",
            "admin consent for Dynamics CRM user_impersonation was never granted",
            SimConfig {
                consent: false,
                ..d()
            },
        ),
        base(
            "public-client",
            "\"Allow public client flows\" is Yes on the app registration",
            SimConfig {
                public_client: true,
                ..d()
            },
        ),
        base(
            "not-in-org",
            "the environment refuses the sync user's token (Dataverse answers 401)",
            SimConfig {
                whoami_status: 401,
                ..d()
            },
        ),
        base(
            "user-disabled",
            "the sync user is disabled in Dynamics",
            SimConfig {
                user_disabled: true,
                ..d()
            },
        ),
        base(
            "user-settings",
            "the sync user is non-interactive and its UI language is French",
            SimConfig {
                access_mode: 4,
                ui_language: 1036,
                ..d()
            },
        ),
        base(
            "missing-role",
            "the sync user lacks the Marketo Sync User role",
            SimConfig {
                role: RoleGrant::None,
                ..d()
            },
        ),
        base(
            "team-role",
            "the sync user has the role through a team",
            SimConfig {
                role: RoleGrant::Team,
                ..d()
            },
        ),
        base(
            "no-solution",
            "the Marketo Lead Management solution is not installed",
            SimConfig {
                solution_version: None,
                ..d()
            },
        ),
        base(
            "old-solution",
            "an old solution version (before 4.0.0.14) is installed",
            SimConfig {
                solution_version: Some("4.0.0.9".into()),
                ..d()
            },
        ),
        base(
            "disabled-step",
            "one of the solution's plug-in steps was deactivated",
            SimConfig {
                disabled_step: Some("Marketo.Plugin: Update of contact".into()),
                ..d()
            },
        ),
        base(
            "config-other-user",
            "Marketo Config \"Default\" names another user (the roles are fine): Marketo's role item turns red too",
            SimConfig {
                config_user: ConfigUser::Other,
                ..d()
            },
        ),
        base(
            "config-unset",
            "Marketo Config \"Default\" names no user",
            SimConfig {
                config_user: ConfigUser::Unset,
                ..d()
            },
        ),
        base(
            "slow",
            "everything is set up, but every response takes a while (default 400 ms; --latency-ms to change)",
            SimConfig {
                latency: Duration::from_millis(DEFAULT_SLOW_MS),
                ..d()
            },
        ),
        base(
            "user-not-member",
            "the sync user is not a member of the Dynamics environment (Dataverse answers 403 0x80072560): dynamics.whoami fails",
            SimConfig {
                whoami_status: 403,
                ..d()
            },
        ),
        base(
            "no-read-privilege",
            "the sync user may not read solutions, plug-in steps, solution components or table definitions (403 0x80040220): those checks are skipped, each with its manual check",
            SimConfig {
                missing_privileges: [
                    "prvReadSolution",
                    "prvReadSdkMessageProcessingStep",
                    "prvReadSolutionComponent",
                    "prvReadEntity",
                ]
                .map(String::from)
                .to_vec(),
                ..d()
            },
        ),
        base(
            "challenge-any-case",
            "the org's sign-in challenge comes in mixed case, quoted, after a Negotiate challenge: the tenant is still found (every check passes)",
            SimConfig {
                odd_challenge: true,
                ..d()
            },
        ),
        base(
            "org-probe-503",
            "the org answers its sign-in probe with HTTP 503 (every try): could not be checked, try again later (exit 3)",
            SimConfig {
                probe_faults: vec![Fault::Status(503); 3],
                ..d()
            },
        ),
        base(
            "user-other-tenant",
            "the sync user's domain belongs to another tenant than the org's: the tenant check fails naming both (exit 1)",
            SimConfig {
                user_other_tenant: true,
                ..d()
            },
        ),
        base(
            "entity-join-refused",
            "the org refuses the FetchXML join from entity to solutioncomponent (HTTP 400): Marketo Config is found through the metadata API (every check passes)",
            SimConfig {
                entity_join_refused: true,
                ..d()
            },
        ),
        base(
            "user-french",
            "the sync user's UI language is French (Adobe asks for English)",
            SimConfig {
                ui_language: 1036,
                ..d()
            },
        ),
        s2s(
            "s2s-ok",
            "Server-to-Server: the app signs in with its client credentials as its application user, which has the role and is Marketo Config's user: every check passes",
            app(AppUser::ready()),
        ),
        s2s(
            "s2s-no-app-user",
            "Server-to-Server: the environment has no application user for the app (Dataverse refuses its token): create it (dynsync fix)",
            SimConfig {
                app_user: None,
                config_user: ConfigUser::Unset,
                ..d()
            },
        ),
        s2s(
            "s2s-no-role",
            "Server-to-Server: the application user has no security role",
            app(AppUser {
                role: false,
                ..AppUser::ready()
            }),
        ),
        s2s(
            "s2s-app-user-disabled",
            "Server-to-Server: the application user is disabled",
            app(AppUser {
                disabled: true,
                ..AppUser::ready()
            }),
        ),
        base(
            "s2s-mfa-user",
            "MFA is enforced on the sync user: the password grant is refused (AADSTS50076) while the app's application user works (try --auth s2s)",
            SimConfig {
                mfa: true,
                ..app(AppUser::ready())
            },
        ),
    ]
}

pub fn scenario(name: &str) -> Option<Scenario> {
    scenarios().into_iter().find(|s| s.name == name)
}

/// The demo app's application user in Dataverse (fixed and fake, like [`DEMO`]).
#[derive(Debug, Clone)]
pub struct AppIdentity {
    /// The object ID of the app's service principal: the `oid` of its tokens, and the
    /// application user's `azureactivedirectoryobjectid`.
    pub sp_oid: &'static str,
    /// The application user's `systemuserid` once it exists (the simulator creates it with
    /// this id, so that a test can name it).
    pub systemuser_id: &'static str,
    /// Its primary email (`internalemailaddress`): Marketo's username for S2S.
    pub email: &'static str,
    pub fullname: &'static str,
}

pub const APP: AppIdentity = AppIdentity {
    sp_oid: "7d8e9f0a-1b2c-4d3e-9f4a-5b6c7d8e9f0a",
    systemuser_id: "b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e",
    email: "marketo-app@contoso.com",
    fullname: "# Marketo Integration",
};

/// The application user of the demo app, when the environment has one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AppUser {
    pub disabled: bool,
    /// It has the Marketo Sync User role (directly).
    pub role: bool,
    pub email: Option<String>,
}

impl AppUser {
    /// An enabled application user with the role and the demo email.
    pub fn ready() -> AppUser {
        AppUser {
            disabled: false,
            role: true,
            email: Some(APP.email.to_string()),
        }
    }
}
