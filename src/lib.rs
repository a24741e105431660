//! staffcheck: checks personnel plans of Vietnam's two-level local government against
//! staffing rules written in a small rule language. See ARCHITECTURE.md for the map.

pub mod ast;
pub mod builtin;
pub mod check;
pub mod cli;
pub mod code;
pub mod diagnostic;
pub mod eval;
pub mod io_error;
pub mod ir;
pub mod param_override;
pub mod plan;
pub mod report;
pub mod resolve;
pub mod ruleset;
pub mod schema;
pub mod source;
pub mod suggest;
pub mod syntax;
