//! dynsync: setup wizard and validator for the Marketo ⇄ Microsoft Dynamics 365 sync.
//!
//! The binary is a thin layer over these concerns: `azure` (tenant, realm, password grant,
//! error catalogue), `dynamics` (Dataverse checks), `marketo` (the Validate Sync checklist),
//! `engine` (runs the checks), `input` (rules for every input), `secrets` (undisplayable secret
//! values), `http` (the one HTTP client), `ui` (terminal, prompts, rendering), and `sim` (the
//! demo tenant, also the tests' fake servers: the `dynsync-sim` crate, with the `demo` feature).

pub mod admin;
pub mod azure;
pub mod cancel;
pub mod checks;
pub mod cli;
pub mod clock;
pub mod cloud;
pub mod commands;
pub mod connection;
pub mod ctx;
pub mod dynamics;
pub mod dynamics_admin;
pub mod error;
pub mod fix;
pub mod graph;
pub mod help;
pub mod http;
pub mod input;
pub mod marketo;
pub mod msg;
pub mod outcome;
pub mod profile;
pub mod register;
pub mod report;
pub mod secrets;
#[cfg(feature = "demo")]
pub use dynsync_sim as sim;
pub mod ui;
pub mod wizard;
