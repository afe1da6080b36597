//! The wizard's steps, one module each, in the order they run.

mod app_registration;
mod app_user;
mod credentials;
mod marketo;
mod org_guard;
mod preflight;
mod save;
mod summary;
mod sync_user;
mod welcome;
