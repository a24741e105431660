//! Our diagnostics as the protocol's: the primary label's range, the code (a rule's id
//! links its source), the help after the message, the other labels as related places.

use lsp_types::{
    CodeDescription, DiagnosticRelatedInformation, DiagnosticSeverity, Location, NumberOrString,
    Uri,
};

use super::position::Lines;
use crate::ast::Severity;
use crate::diagnostic::Diagnostic;

/// `diagnostic` in the document `uri` whose text its source holds. `link`: the page a
/// rule's finding cites; `data`: what a code action needs back.
pub fn to_lsp(
    diagnostic: &Diagnostic,
    uri: &Uri,
    lines: &Lines,
    link: Option<&str>,
    data: Option<serde_json::Value>,
) -> lsp_types::Diagnostic {
    let range = diagnostic
        .primary_span()
        .map_or_else(Default::default, |span| lines.range(span));
    let mut message = diagnostic.message.clone();
    if let Some(help) = &diagnostic.help {
        message.push_str("\nhelp: ");
        message.push_str(help);
    }
    let related: Vec<DiagnosticRelatedInformation> = diagnostic
        .labels
        .iter()
        .filter(|label| !label.primary && !label.text.is_empty())
        .map(|label| DiagnosticRelatedInformation {
            location: Location::new(uri.clone(), lines.range(label.span)),
            message: label.text.clone(),
        })
        .collect();
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
