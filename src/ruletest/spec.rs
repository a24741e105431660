//! A rule test file (`*.test.yaml`) → [`TestFile`]. The format is described in
//! `docs/testing.md`; every mistake in it is a located diagnostic, never a panic.

use chrono::NaiveDate;

use crate::code::Code;
use crate::diagnostic::Diagnostic;
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

pub fn parse(source: &Source) -> Result<TestFile, Vec<Diagnostic>> {
    let mut whole = Whole::default();
    yaml::read(source, Limits::default(), crate::lang::Lang::En, &mut whole)
        .map_err(|d| vec![d])?;
    let mut reader = Reader {
        source,
        errors: Vec::new(),
    };
    let mut rules = None;
    let mut cases = Vec::new();
    let mut saw_tests = false;
    for (key, value) in &whole.entries {
        match key.scalar().unwrap_or_default() {
            "rules" => rules = Some(reader.strings(value, "a rule file or directory")),
            "tests" => {
                saw_tests = true;
                match value.kind() {
                    NodeKind::Sequence(items) => {
                        cases.extend(items.iter().filter_map(|item| reader.case(item)))
                    }
                    _ => reader.error(
                        value.span,
                        "`tests:` is a list of cases".into(),
                        "write each case as `- name: ...` under `tests:`",
                    ),
                }
            }
            other => reader.error(
                key.span,
                format!("a test file has no section `{other}`"),
                "a test file has `rules:` (optional) and `tests:`",
            ),
        }
    }
    if !saw_tests {
        reader.error(
            Span::new(0, 0),
            "this test file has no `tests:`".into(),
            "add `tests:` with a list of cases; see docs/testing.md",
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
}

impl Reader<'_> {
    fn error(&mut self, span: Span, message: String, help: &str) {
        self.errors.push(
            Diagnostic::error(Code::TestFile, message)
                .at(self.source, span, "here")
                .help(help.to_string()),
        );
    }

    /// A scalar, or a list of scalars.
    fn strings(&mut self, node: &Node, what: &str) -> Vec<(String, Span)> {
        match node.kind() {
            NodeKind::Scalar { text, .. } => vec![(text.clone(), node.span)],
            NodeKind::Sequence(items) => items
                .iter()
                .filter_map(|item| match item.scalar() {
                    Some(text) => Some((text.to_string(), item.span)),
                    None => {
                        self.error(
                            item.span,
                            format!(
                                "expected {what}, found {}",
                                item.kind_name(crate::lang::Lang::En)
                            ),
                            "write one name per list item",
                        );
                        None
                    }
                })
                .collect(),
            // `kind()` looks through an anchor: never `Shared`.
            NodeKind::Mapping(_) | NodeKind::Shared(_) => {
                self.error(
                    node.span,
                    format!("expected {what} or a list of them, found a mapping"),
                    "write a name, or a list `[A, B]`",
                );
                Vec::new()
            }
        }
    }

    fn case(&mut self, node: &Node) -> Option<Case> {
        let NodeKind::Mapping(entries) = node.kind() else {
            self.error(
                node.span,
                format!(
                    "a test case is a mapping, but this is {}",
                    node.kind_name(crate::lang::Lang::En)
                ),
                "write `- name: ...` with `plan:` and `expect:` under it",
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
                        "`date:` is not a date".into(),
                        "write the date as YYYY-MM-DD",
                    ),
                },
                "only" => only = Some(self.strings(value, "a rule id")),
                "expect" => expect = Some(self.expect(value)),
                other => self.error(
                    key.span,
                    format!("a test case has no field `{other}`"),
                    "a case has `name`, `plan`, `expect`, and optionally `date` and `only`",
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
                    format!("this test case has no `{missing}:`"),
                    "a case has `name`, `plan` and `expect` (`pass`, or a list of findings)",
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
                    "`plan:` is a file name or a plan written out, not a list".into(),
                    "write `plan: fail.yaml`, or the plan's sections indented under `plan:`",
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
                    "`expect:` is `pass` or a list of findings".into(),
                    "write `expect: pass`, or `- { rule: VICE-CAP, record: \"20194\" }` items",
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
                            format!("an expected finding has no field `{other}` of this kind"),
                            "write `{ rule: ID, record: KEY }`: the rule's id and the key or path (`units[0]`) of the record it judges",
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
                    "this expected finding names no rule".into(),
                    "write `{ rule: ID, record: KEY }`",
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
