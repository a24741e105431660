//! `github`: GitHub Actions workflow commands, one per finding, so that a workflow run
//! annotates the plan's lines: `::error file=…,line=…,col=…,title=RULE::message`.
//! Errors come first, then warnings, then notices: a step shows only the first few
//! annotations of each kind, and the errors are what must not be hidden. The summary stays,
//! as plain log lines.

use crate::ast::Severity;
use crate::diagnostic::Diagnostic;
use crate::report::{PlanReport, Report};

use super::human::Style;
use super::{file_of, Place};

pub fn rules(report: &Report) -> String {
    super::stream_rules(report, command)
}

pub fn plan(plan: &PlanReport, style: Style) -> String {
    super::stream_plan_in(plan, style, command, super::errors_first)
}

/// One annotation. The message keeps its `why`, `fix` and `source` lines (escaped newlines
/// show as line breaks in the annotation).
pub fn command(diagnostic: &Diagnostic, plan: &str) -> String {
    let level = match diagnostic.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "notice",
    };
    let mut properties = vec![format!(
        "file={}",
        escape_property(file_of(diagnostic, plan))
    )];
    let place = Place::of(diagnostic);
    let cell = place.as_ref().and_then(|place| place.cell.as_ref());
    match (&place, cell) {
        // A workbook has no lines to annotate: the file, and the cell in the message.
        (Some(_), Some(_)) | (None, _) => {}
        (Some(place), None) => {
            properties.push(format!("line={}", place.start.line));
            properties.push(format!("col={}", place.start.column));
            properties.push(format!("endLine={}", place.end.line));
            properties.push(format!("endColumn={}", place.end.column));
        }
    }
    let title = if diagnostic.is_not_judged() {
        format!("{} (not judged)", diagnostic.code)
    } else {
        diagnostic.code.clone()
    };
    properties.push(format!("title={}", escape_property(&title)));
    let mut message = match cell {
        Some(cell) => format!("{cell}: {}", diagnostic.message),
        None => diagnostic.message.clone(),
    };
    if let Some(help) = &diagnostic.help {
        message.push('\n');
        message.push_str(help);
    }
    format!(
        "::{level} {}::{}\n",
        properties.join(","),
        escape_data(&message)
    )
}

/// The escaping of `@actions/core`'s `escapeData`: `%`, CR and LF.
pub fn escape_data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// `escapeProperty`: as data, and `:` and `,`, which separate properties.
pub fn escape_property(text: &str) -> String {
    escape_data(text).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_follow_the_actions_toolkit() {
        assert_eq!(
            escape_data("50% done\r\nnext: a, b"),
            "50%25 done%0D%0Anext: a, b"
        );
        assert_eq!(
            escape_property("50% done\nnext: a, b"),
            "50%25 done%0Anext%3A a%2C b"
        );
    }
}
