//! `plain`: one finding per line, `file:line:col: severity[RULE]: message`, with no drawing
//! characters: for screen readers, grep and editors' "jump to error". Columns count
//! characters, as everywhere.

use crate::diagnostic::Diagnostic;
use crate::report::{PlanReport, Report};

use super::human::Style;
use super::{file_of, one_line, Place};

/// What loading the rules said, one line each.
pub fn rules(report: &Report) -> String {
    super::stream_rules(report, line)
}

/// A plan's findings and summary, or the errors that kept it from being checked.
pub fn plan(plan: &PlanReport, style: Style) -> String {
    super::stream_plan(plan, style, line)
}

/// `file:line:col: severity[CODE]: message` (`file:sheet!F12: ...` in a workbook), or `file: severity[CODE]: message` when the
/// diagnostic points at no place in the file.
pub fn line(diagnostic: &Diagnostic, plan: &str) -> String {
    let at = match Place::of(diagnostic) {
        Some(place) => place.at(),
        None => file_of(diagnostic, plan).to_string(),
    };
    format!(
        "{at}: {}[{}]: {}\n",
        diagnostic.severity.as_str(),
        diagnostic.code,
        one_line(&diagnostic.message)
    )
}
