//! One thin module per verb: gather inputs, call the library, print, return the exit code.

pub mod explain;
pub mod validate;
