//! `plain`: one finding per line, `file:line:col: severity[RULE]: message`, with no drawing
//! characters: for screen readers, grep and editors' "jump to error". Columns count
//! characters, as everywhere.

use crate::diagnostic::Diagnostic;
use crate::report::{PlanReport, Report};

use super::human::{not_shown, Style};
use super::{file_of, one_line, Place};

/// What loading the rules said, one line each.
pub fn rules(report: &Report) -> String {
    report
        .rule_diagnostics
        .iter()
        .map(|diagnostic| line(diagnostic, "<rules>"))
        .collect()
}

/// A plan's findings and summary, or the errors that kept it from being checked.
pub fn plan(plan: &PlanReport, style: Style) -> String {
    let mut out = String::new();
    match &plan.result {
        Ok(outcome) => {
            for diagnostic in outcome.diagnostics.iter().take(style.max_diagnostics) {
                out.push_str(&line(diagnostic, &plan.file));
            }
            out.push_str(&not_shown(outcome.diagnostics.len(), style, "findings"));
            out.push_str(&super::waived(outcome));
            out.push_str(&outcome.summary.render(&plan.file));
        }
        Err(errors) => {
            for diagnostic in errors.iter().take(style.max_diagnostics) {
                out.push_str(&line(diagnostic, &plan.file));
            }
            out.push_str(&not_shown(errors.len(), style, "errors"));
            out.push_str(&plan.not_loaded_line().unwrap_or_default());
        }
    }
    out
}

/// `file:line:col: severity[CODE]: message`, or `file: severity[CODE]: message` when the
/// diagnostic points at no place in the file.
pub fn line(diagnostic: &Diagnostic, plan: &str) -> String {
    let at = match Place::of(diagnostic) {
        Some(place) => format!("{}:{}:{}", place.file, place.start.line, place.start.column),
        None => file_of(diagnostic, plan).to_string(),
    };
    format!(
        "{at}: {}[{}]: {}\n",
        diagnostic.severity.as_str(),
        diagnostic.code,
        one_line(&diagnostic.message)
    )
}
