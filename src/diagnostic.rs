//! The one diagnostic type every stage produces: a load error, a schema error or a rule
//! violation. It owns its source (an `Arc`), so miette can render it anywhere, later.

use std::fmt;

use miette::{LabeledSpan, SourceCode};

use crate::ast::Severity;
use crate::code::Code;
use crate::source::{Location, Source, SourceRef, Span};

#[derive(Clone, Debug)]
pub struct Label {
    pub span: Span,
    pub text: String,
    pub primary: bool,
}

#[derive(Clone, Debug)]
pub struct Diagnostic {
    /// A stable code (`SC0301`) or the id of the rule that was broken.
    pub code: String,
    pub severity: Severity,
    pub message: String,
    pub source: Option<SourceRef>,
    pub labels: Vec<Label>,
    pub help: Option<String>,
    pub related: Vec<Diagnostic>,
}

impl Diagnostic {
    pub fn error(code: Code, message: impl Into<String>) -> Diagnostic {
        Diagnostic::new(code.as_str(), Severity::Error, message)
    }

    pub fn new(code: impl Into<String>, severity: Severity, message: impl Into<String>) -> Self {
        Diagnostic {
            code: code.into(),
            severity,
            message: message.into(),
            source: None,
            labels: Vec::new(),
            help: None,
            related: Vec::new(),
        }
    }

    /// Points the diagnostic's main label at `span` of `source`.
    pub fn at(mut self, source: &Source, span: Span, label: impl Into<String>) -> Self {
        self.source = Some(SourceRef(source.clone()));
        self.labels.insert(
            0,
            Label {
                span,
                text: label.into(),
                primary: true,
            },
        );
        self
    }

    pub fn label(mut self, span: Span, text: impl Into<String>) -> Self {
        self.labels.push(Label {
            span,
            text: text.into(),
            primary: false,
        });
        self
    }

    pub fn help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    pub fn related(mut self, related: Diagnostic) -> Self {
        self.related.push(related);
        self
    }

    pub fn file(&self) -> Option<&Source> {
        self.source.as_ref().map(|source| &source.0)
    }

    /// The primary label's span, if the diagnostic has a location.
    pub fn primary_span(&self) -> Option<Span> {
        let primary = self.labels.iter().find(|label| label.primary);
        primary.or(self.labels.first()).map(|label| label.span)
    }

    /// File, line and column of the primary label, as `file:line:col`.
    pub fn location(&self) -> Option<(String, Location)> {
        let file = self.file()?;
        let span = self.primary_span()?;
        Some((file.name().to_string(), file.location(span.start as usize)))
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Diagnostic {}

impl miette::Diagnostic for Diagnostic {
    fn code<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        Some(Box::new(&self.code))
    }

    fn severity(&self) -> Option<miette::Severity> {
        Some(match self.severity {
            Severity::Error => miette::Severity::Error,
            Severity::Warning => miette::Severity::Warning,
            Severity::Info => miette::Severity::Advice,
        })
    }

    fn help<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        self.help
            .as_ref()
            .map(|help| Box::new(help) as Box<dyn fmt::Display>)
    }

    fn source_code(&self) -> Option<&dyn SourceCode> {
        self.source.as_ref().map(|source| source as &dyn SourceCode)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        if self.labels.is_empty() || self.source.is_none() {
            return None;
        }
        Some(Box::new(self.labels.iter().map(|label| {
            let text = (!label.text.is_empty()).then(|| label.text.clone());
            if label.primary {
                LabeledSpan::new_primary_with_span(text, label.span)
            } else {
                LabeledSpan::new_with_span(text, label.span)
            }
        })))
    }

    fn related<'a>(&'a self) -> Option<Box<dyn Iterator<Item = &'a dyn miette::Diagnostic> + 'a>> {
        if self.related.is_empty() {
            return None;
        }
        Some(Box::new(
            self.related.iter().map(|d| d as &dyn miette::Diagnostic),
        ))
    }
}
