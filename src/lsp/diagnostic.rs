//! Our diagnostics as the protocol's: the primary label's range, the code (a rule's id
//! links its source), the help after the message, the other labels as related places.

use lsp_types::{
    CodeDescription, DiagnosticRelatedInformation, DiagnosticSeverity, Location, NumberOrString,
    Range, Uri,
};

use super::position::Lines;
use crate::ast::Severity;
use crate::cell::CellAddress;
use crate::diagnostic::Diagnostic;
use crate::source::Span;

/// How a diagnostic's spans become places in the document the editor names.
pub enum Places<'a> {
    /// A text document: spans are ranges of its text.
    Text(&'a Lines<'a>),
    /// A workbook: the editor holds no text of it (a binary file), so every place is the
    /// document's start, and the cell is named first in the message (`units!D4: …`) and
    /// given in `data.cell` for a client to go to.
    Cells,
}

/// `diagnostic` in the document `uri`, whose places `places` says. `link`: the page a
/// rule's finding cites; `data`: what a code action needs back.
pub fn to_lsp(
    diagnostic: &Diagnostic,
    uri: &Uri,
    places: &Places,
    link: Option<&str>,
    data: Option<serde_json::Value>,
) -> lsp_types::Diagnostic {
    let primary = diagnostic.primary_span();
    let range = primary.map_or_else(Default::default, |span| places.range(span));
    let cell = primary.and_then(|span| cell_of(diagnostic, places, span));
    let mut message = at_cell(cell.as_ref(), &diagnostic.message);
    if let Some(help) = &diagnostic.help {
        message.push_str("\nhelp: ");
        message.push_str(help);
    }
    let related: Vec<DiagnosticRelatedInformation> = diagnostic
        .labels
        .iter()
        .filter(|label| !label.primary && !label.text.is_empty())
        .map(|label| DiagnosticRelatedInformation {
            location: Location::new(uri.clone(), places.range(label.span)),
            message: at_cell(
                cell_of(diagnostic, places, label.span).as_ref(),
                &label.text,
            ),
        })
        .collect();
    let data = match cell {
        Some(cell) => {
            let mut data = data.unwrap_or_else(|| serde_json::json!({}));
            data["cell"] = serde_json::json!({
                "sheet": cell.sheet,
                "row": cell.row,
                "column": cell.column,
                "name": cell.name(),
            });
            Some(data)
        }
        None => data,
    };
    lsp_types::Diagnostic {
        range,
        severity: Some(match diagnostic.severity {
            Severity::Error => DiagnosticSeverity::ERROR,
            Severity::Warning => DiagnosticSeverity::WARNING,
            Severity::Info => DiagnosticSeverity::INFORMATION,
        }),
        code: Some(NumberOrString::String(diagnostic.code.clone())),
        code_description: link
            .and_then(|href| href.parse().ok())
            .map(|href| CodeDescription { href }),
        source: Some("staffcheck".to_string()),
        message,
        related_information: (!related.is_empty()).then_some(related),
        tags: None,
        data,
    }
}

impl Places<'_> {
    fn range(&self, span: Span) -> Range {
        match self {
            Places::Text(lines) => lines.range(span),
            Places::Cells => Range::default(),
        }
    }
}

/// The workbook cell a span of the diagnostic's source starts in.
fn cell_of(diagnostic: &Diagnostic, places: &Places, span: Span) -> Option<CellAddress> {
    match places {
        Places::Text(_) => None,
        Places::Cells => diagnostic.file()?.cell(span.start as usize),
    }
}

/// `text`, after the cell it is about when there is one: `units!D4: text`.
fn at_cell(cell: Option<&CellAddress>, text: &str) -> String {
    match cell {
        Some(cell) => format!("{cell}: {text}"),
        None => text.to_string(),
    }
}
