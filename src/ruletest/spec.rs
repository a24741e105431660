//! A rule test file (`*.test.yaml`) → [`TestFile`]. The format is described in
//! `docs/testing.md`; every mistake in it is a located diagnostic, never a panic.

use chrono::NaiveDate;

use crate::code::Code;
use crate::diagnostic::Diagnostic;
use crate::i18n::{t, t_with};
use crate::lang::Lang;
use crate::plan::yaml::{self, Node, NodeKind, Sink};
use crate::plan::Limits;
use crate::source::{Source, SourceFile, Span};

/// One test file: the rule set it tests and its cases.
#[derive(Clone, Debug)]
pub struct TestFile {
    pub source: Source,
    /// `rules:`, paths relative to the test file; `None` when left out.
    pub rules: Option<Vec<(String, Span)>>,
    pub cases: Vec<Case>,
}

#[derive(Clone, Debug)]
pub struct Case {
    pub name: String,
    /// The case's first line in the test file.
    pub span: Span,
    pub plan: PlanRef,
    /// `date:`: judge the plan as of this date instead of its own.
    pub date: Option<NaiveDate>,
    /// `only:`: compare only the findings of these rules (all when empty), each with
    /// where it is written.
    pub only: Vec<(String, Span)>,
    /// The findings expected, in any order; empty for `expect: pass`.
    pub expect: Vec<Expected>,
}

#[derive(Clone, Debug)]
pub enum PlanRef {
    /// A plan file, relative to the test file.
    File { path: String, span: Span },
    /// A plan written in the test file; its text keeps the test file's line numbers.
    Inline(Source),
}

impl Case {
    /// Every rule id the case names, in `only:` and `expect:`, with where it is written.
    pub fn rule_ids(&self) -> impl Iterator<Item = (&str, Span)> {
        let only = self.only.iter().map(|(id, span)| (id.as_str(), *span));
        only.chain(self.expect.iter().map(|e| (e.rule.as_str(), e.rule_span)))
    }
}

/// One finding a case expects.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Expected {
    pub rule: String,
    /// The record judged: its key (`"20194"`) or its path (`units[0]`); any when `None`.
    pub record: Option<String>,
    pub span: Span,
    /// Where the rule's id is written.
    pub rule_span: Span,
}

impl Expected {
    /// The entry as a drafter writes it, one line of YAML.
    pub fn to_yaml(&self) -> String {
        match &self.record {
            Some(record) => format!("{{ rule: {}, record: {} }}", self.rule, quoted(record)),
            None => format!("{{ rule: {} }}", self.rule),
        }
    }
}

/// A scalar as YAML would read it back as text.
pub fn quoted(text: &str) -> String {
    let plain = !text.is_empty()
        && text
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.' | '/'))
        && !text.chars().all(|c| c.is_ascii_digit() || c == '.');
    if plain {
        text.to_string()
    } else {
        format!("\"{}\"", text.replace('\\', "\\\\").replace('"', "\\\""))
    }
}

/// Collects the whole document: a test file is small.
#[derive(Default)]
struct Whole {
    entries: Vec<(Node, Node)>,
}

impl Sink for Whole {
    fn section(&mut self, key: Node, value: Node) {
        self.entries.push((key, value));
    }

    fn sequence_start(&mut self, key: &Node) {
        self.entries.push((
            key.clone(),
            Node {
                kind: NodeKind::Sequence(Vec::new()),
                span: key.span,
            },
        ));
    }

    fn item(&mut self, _key: &Node, _index: usize, item: Node) {
        if let Some((
            _,
            Node {
                kind: NodeKind::Sequence(items),
                span,
            },
        )) = self.entries.last_mut()
        {
            *span = span.to(item.span);
            items.push(item);
        }
    }
}

/// The test file in `source`; its mistakes said in `lang`.
pub fn parse(source: &Source, lang: Lang) -> Result<TestFile, Vec<Diagnostic>> {
    let mut whole = Whole::default();
    yaml::read(source, Limits::default(), lang, &mut whole).map_err(|d| vec![d])?;
    let mut reader = Reader {
        source,
        errors: Vec::new(),
        lang,
    };
    let mut rules = None;
    let mut cases = Vec::new();
    let mut saw_tests = false;
    for (key, value) in &whole.entries {
        match key.scalar().unwrap_or_default() {
            "rules" => rules = Some(reader.strings(value, "test-what-rule-file")),
            "tests" => {
                saw_tests = true;
                match value.kind() {
                    NodeKind::Sequence(items) => {
                        cases.extend(items.iter().filter_map(|item| reader.case(item)))
                    }
                    _ => reader.error(
                        value.span,
                        "test-file-tests-not-a-list",
                        "test-file-tests-not-a-list-help",
                        &[],
                    ),
                }
            }
            other => reader.error(
                key.span,
                "test-file-unknown-section",
                "test-file-unknown-section-help",
                &[("name", &other)],
            ),
        }
    }
    if !saw_tests {
        reader.error(
            Span::new(0, 0),
            "test-file-no-tests",
            "test-file-no-tests-help",
            &[],
        );
    }
    if reader.errors.is_empty() {
        Ok(TestFile {
            source: source.clone(),
            rules,
            cases,
        })
    } else {
        Err(reader.errors)
    }
}

struct Reader<'s> {
    source: &'s Source,
    errors: Vec<Diagnostic>,
    lang: Lang,
}

impl Reader<'_> {
    /// The mistake said by message `id`, what to do by message `help`, both with `args`.
    fn error(&mut self, span: Span, id: &str, help: &str, args: &[(&str, &dyn std::fmt::Display)]) {
        let lang = self.lang;
        self.errors.push(
            Diagnostic::error(Code::TestFile, t_with(lang, id, args))
                .at(self.source, span, t(lang, "test-file-here"))
                .help(t_with(lang, help, args)),
        );
    }

    /// A scalar, or a list of scalars; `what` names one (a message id).
    fn strings(&mut self, node: &Node, what: &str) -> Vec<(String, Span)> {
        let what = t(self.lang, what);
        match node.kind() {
            NodeKind::Scalar { text, .. } => vec![(text.clone(), node.span)],
            NodeKind::Sequence(items) => items
                .iter()
                .filter_map(|item| match item.scalar() {
                    Some(text) => Some((text.to_string(), item.span)),
                    None => {
                        let found = item.kind_name(self.lang);
                        let args: [(&str, &dyn std::fmt::Display); 2] =
                            [("what", &what), ("found", &found)];
                        self.error(
                            item.span,
                            "test-file-not-a-name",
                            "test-file-not-a-name-help",
                            &args,
                        );
                        None
                    }
                })
                .collect(),
            // `kind()` looks through an anchor: never `Shared`.
            NodeKind::Mapping(_) | NodeKind::Shared(_) => {
                self.error(
                    node.span,
                    "test-file-names-not-a-mapping",
                    "test-file-names-not-a-mapping-help",
                    &[("what", &what)],
                );
                Vec::new()
            }
        }
    }

    fn case(&mut self, node: &Node) -> Option<Case> {
        let NodeKind::Mapping(entries) = node.kind() else {
            let found = node.kind_name(self.lang);
            self.error(
                node.span,
                "test-file-case-not-a-mapping",
                "test-file-case-not-a-mapping-help",
                &[("found", &found)],
            );
            return None;
        };
        let errors_before = self.errors.len();
        let (mut name, mut plan, mut date, mut only, mut expect) = (None, None, None, None, None);
        for (key, value) in entries {
            match key.scalar().unwrap_or_default() {
                "name" => name = value.scalar().map(str::to_string),
                "plan" => plan = self.plan(value),
                "date" => match value.scalar().and_then(crate::syntax::parse_date) {
                    Some(d) => date = Some(d),
                    None => self.error(
                        value.span,
                        "test-file-bad-date",
                        "test-file-bad-date-help",
                        &[],
                    ),
                },
                "only" => only = Some(self.strings(value, "test-what-rule-id")),
                "expect" => expect = Some(self.expect(value)),
                other => self.error(
                    key.span,
                    "test-file-unknown-field",
                    "test-file-unknown-field-help",
                    &[("name", &other)],
                ),
            }
        }
        let head = Span::new(node.span.start as usize, node.span.start as usize);
        for (missing, present) in [
            ("name", name.is_some()),
            ("plan", plan.is_some()),
            ("expect", expect.is_some()),
        ] {
            if !present && self.errors.len() == errors_before {
                self.error(
                    head,
                    "test-file-missing-field",
                    "test-file-missing-field-help",
                    &[("name", &missing)],
                );
            }
        }
        Some(Case {
            name: name?,
            span: head,
            plan: plan?,
            date,
            only: only.unwrap_or_default(),
            expect: expect?,
        })
    }

    fn plan(&mut self, node: &Node) -> Option<PlanRef> {
        match node.kind() {
            NodeKind::Scalar { text, .. } => Some(PlanRef::File {
                path: text.clone(),
                span: node.span,
            }),
            NodeKind::Mapping(_) | NodeKind::Shared(_) => {
                Some(PlanRef::Inline(inline_plan(self.source, node.span)))
            }
            NodeKind::Sequence(_) => {
                self.error(
                    node.span,
                    "test-file-plan-a-list",
                    "test-file-plan-a-list-help",
                    &[],
                );
                None
            }
        }
    }

    fn expect(&mut self, node: &Node) -> Vec<Expected> {
        match node.kind() {
            NodeKind::Scalar { text, .. } if text == "pass" => Vec::new(),
            NodeKind::Sequence(items) => items
                .iter()
                .filter_map(|item| self.expected(item))
                .collect(),
            _ => {
                self.error(
                    node.span,
                    "test-file-bad-expect",
                    "test-file-bad-expect-help",
                    &[],
                );
                Vec::new()
            }
        }
    }

    fn expected(&mut self, node: &Node) -> Option<Expected> {
        let (mut rule, mut record) = (None, None);
        match node.kind() {
            NodeKind::Scalar { text, .. } => rule = Some((text.clone(), node.span)),
            NodeKind::Mapping(entries) => {
                for (key, value) in entries {
                    match (key.scalar().unwrap_or_default(), value.scalar()) {
                        ("rule", Some(text)) => rule = Some((text.to_string(), value.span)),
                        ("record", Some(text)) => record = Some(text.to_string()),
                        (other, _) => self.error(
                            key.span,
                            "test-file-bad-expected-field",
                            "test-file-bad-expected-field-help",
                            &[("name", &other)],
                        ),
                    }
                }
            }
            NodeKind::Sequence(_) | NodeKind::Shared(_) => {}
        }
        match rule {
            Some((rule, rule_span)) => Some(Expected {
                rule,
                record,
                span: node.span,
                rule_span,
            }),
            None => {
                self.error(
                    node.span,
                    "test-file-expected-no-rule",
                    "test-file-expected-no-rule-help",
                    &[],
                );
                None
            }
        }
    }
}

/// The plan written under `plan:` as a file of its own: the lines before it blank (so that
/// line numbers are the test file's) and its block un-indented.
fn inline_plan(source: &Source, span: Span) -> Source {
    let text = source.text();
    let (start, end) = (span.start as usize, (span.end as usize).min(text.len()));
    let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
    let indent = text[line_start..start].chars().count();
    let mut out = "\n".repeat(text[..line_start].matches('\n').count());
    let mut lines = text[start..end].split_inclusive('\n');
    out.extend(lines.next());
    for line in lines {
        let strip = line.bytes().take(indent).take_while(|&b| b == b' ').count();
        out.push_str(&line[strip..]);
    }
    SourceFile::new(format!("{} (inline plan)", source.name()), out)
}
