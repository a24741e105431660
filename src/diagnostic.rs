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
    /// For a rule violation: what the structured formats need besides the rendered text.
    /// Filled by `report::finding`, the one place findings are built; `None` otherwise.
    pub finding: Option<Box<FindingData>>,
    /// For a diagnostic that is no rule violation but is about one thing of the plan (a
    /// waiver: its rule and record), that thing named without its place, so its fingerprint
    /// stays when lines move (`report/fingerprint.rs`); `None` otherwise.
    pub subject: Option<String>,
    /// Texts that may replace what the primary label covers, best first: the names a
    /// "did you mean" suggests, the operator a slip should have been. Filled where the
    /// suggestion is made, so an editor's quick fix never reads the message (which is in
    /// the report's language); the same in every language.
    pub replacements: Vec<String>,
}

/// A rule violation's facts, kept apart from its rendered text: the rule, the records it
/// judged and the values its `why` reasons saw, each with a path into the plan.
#[derive(Clone, Debug)]
pub struct FindingData {
    pub title: String,
    /// The rule's severity: a not-judged record's diagnostic is a warning at most.
    pub rule_severity: Severity,
    pub citation: String,
    /// The rule's `help`: what to do about it.
    pub fix: Option<String>,
    /// The record the rule judged.
    pub record: RecordRef,
    /// Where the primary label points, as a path: `people[3].education`.
    pub path: String,
    /// Records the judged record refers to (a post's person and unit), one level deep.
    pub refers_to: Vec<RecordRef>,
    /// Why, clause by clause, in the rule's terms: for drafters and the JSON `why`.
    pub reasons: Vec<Why>,
    /// Why, in plain sentences in the report's language, naming the people, posts and units
    /// with their lines (`eval/plain.rs`): what the `why:` help lines say.
    pub plain: Vec<String>,
    /// Where the rule's condition is written (in the related diagnostic's source).
    pub rule_span: Span,
    /// Set when the rule could not judge the record: the values it needed that have none.
    /// `None` for a record the rule judged and found failing.
    pub not_judged: Option<Vec<MissingValue>>,
}

impl FindingData {
    pub fn is_not_judged(&self) -> bool {
        self.not_judged.is_some()
    }
}

/// A value a rule needed and found undefined, and why.
#[derive(Clone, Debug)]
pub struct MissingValue {
    /// What kind of value: `parameter`, `table`, `field`, `refused` (a field's value loading
    /// refused), `header` or `result`.
    pub kind: &'static str,
    /// `parameter `x` has no value on 2025-12-01: its values end on 2025-09-30`.
    pub text: String,
    /// For a field: where it is missing, `people[3].education`, and the record's first line.
    pub place: Option<(String, Span)>,
}

/// One record of the plan: `units[4]`, with its key (`20209`) and `name` if it has them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RecordRef {
    /// `units[4]`; the header section (a single record) is just its name: `plan`.
    pub path: String,
    pub collection: String,
    pub index: u32,
    pub key: Option<String>,
    pub name: Option<String>,
    /// The record's first line in the plan.
    pub span: Span,
}

impl RecordRef {
    /// Whether `name` names this record, as a rule test or a waiver writes it: the record's
    /// key (`"20194"`, `DN-0003`) or its path (`posts[12]`, `plan`).
    pub fn is_named(&self, name: &str) -> bool {
        names_record(self.key.as_deref(), &self.path, name)
    }
}

/// Whether `name` names the record with this key and path: see [`RecordRef::is_named`].
pub fn names_record(key: Option<&str>, path: &str, name: &str) -> bool {
    key == Some(name) || path == name
}

/// One reason a rule failed, and the plan values it saw.
#[derive(Clone, Debug)]
pub struct Why {
    pub text: String,
    pub values: Vec<Seen>,
}

/// A place in the plan a reason read: a field's value, a record, a record counted.
#[derive(Clone, Debug)]
pub struct Seen {
    pub span: Span,
    /// `people[3].education`, or `posts[7]` for a whole record.
    pub path: String,
    /// What the explanation says is there: `education: college`, `counted in `vices``.
    pub label: String,
    /// The value, when the label reads `field: value` for the field at `path`.
    pub value: Option<String>,
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
            finding: None,
            subject: None,
            replacements: Vec::new(),
        }
    }

    /// Offers `replacements` (best first) for what the primary label covers: see
    /// [`Diagnostic::replacements`].
    pub fn replacing(mut self, replacements: Vec<String>) -> Self {
        self.replacements = replacements;
        self
    }

    /// Names what the diagnostic is about without its place: see [`Diagnostic::subject`].
    pub fn about(mut self, subject: impl Into<String>) -> Self {
        self.subject = Some(subject.into());
        self
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
    /// Whether this is a record a rule could not judge (see `FindingData::not_judged`).
    pub fn is_not_judged(&self) -> bool {
        self.finding.as_ref().is_some_and(|f| f.is_not_judged())
    }

    pub fn primary_span(&self) -> Option<Span> {
        let primary = self.labels.iter().find(|label| label.primary);
        primary.or(self.labels.first()).map(|label| label.span)
    }

    /// Where the primary label is, as `file:line:col` (`file:sheet!A1` in a workbook).
    pub fn position(&self) -> Option<String> {
        let file = self.file()?;
        let span = self.primary_span()?;
        Some(format!(
            "{}:{}",
            file.name(),
            file.position(span.start as usize)
        ))
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
