//! staffcheck: checks personnel plans of Vietnam's two-level local government against
//! staffing rules written in a small rule language. See ARCHITECTURE.md for the map.

// Errors are `Diagnostic`s, which carry labels and help: large, but only on the cold path,
// and boxing them would only add noise to every `?`.
#![allow(clippy::result_large_err)]
// User input never panics: no `unwrap`/`expect` outside tests (each exception says why).
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]

pub mod ast;
pub mod bilingual;
pub mod builtin;
pub mod catalog;
pub mod cell;
pub mod check;
pub mod cli;
pub mod code;
pub mod config;
pub mod diagnostic;
pub mod eval;
pub mod expected_text;
pub mod format;
pub mod fuzz;
pub mod generate;
pub mod i18n;
pub mod io_error;
pub mod ir;
pub mod json_schema;
pub mod lang;
pub mod lint;
pub mod lsp;
pub mod param_override;
pub mod plan;
pub mod report;
pub mod resolve;
pub mod ruleset;
pub mod ruletest;
pub mod schema;
pub mod source;
pub mod suggest;
pub mod syntax;
pub mod untranslated;
pub mod waiver;
