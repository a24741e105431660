//! Property: every located value's span is exactly the scalar as written, in every example
//! plan and every fuzz-corpus plan that loads: no trailing spaces, no comment after it, a
//! quoted scalar up to its closing quote, and the text under it reads back as the value.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use saphyr_parser::{Event, Parser};

use super::yaml::{self, Limits, Node, NodeKind, Sink};
use super::{Plan, Stored};
use crate::lang::Lang;
use crate::source::{Source, SourceFile, Span};

/// Every scalar node read, by its span.
#[derive(Default)]
struct Scalars(HashMap<Span, String>);

impl Scalars {
    fn collect(&mut self, node: &Node) {
        match &node.kind {
            NodeKind::Scalar { text, .. } => {
                self.0.insert(node.span, text.clone());
            }
            NodeKind::Sequence(items) => items.iter().for_each(|item| self.collect(item)),
            NodeKind::Mapping(entries) => entries.iter().for_each(|(key, value)| {
                self.collect(key);
                self.collect(value);
            }),
            // What an alias stands for (a merge key's fields are located in the anchor).
            NodeKind::Shared(anchor) => self.collect(anchor),
        }
    }
}

impl Sink for Scalars {
    fn section(&mut self, key: Node, value: Node) {
        self.collect(&key);
        self.collect(&value);
    }
    fn sequence_start(&mut self, key: &Node) {
        self.collect(key);
    }
    fn item(&mut self, _key: &Node, _index: usize, item: Node) {
        self.collect(&item);
    }
}

/// The first scalar of `text` read alone as a YAML document.
fn read_alone(text: &str) -> Option<String> {
    let mut parser = Parser::new_from_str(text);
    while let Some(Ok((event, _))) = parser.next_event() {
        if let Event::Scalar(value, ..) = event {
            return Some(value.into_owned());
        }
    }
    None
}

/// Why the text under `span` is not exactly the scalar `value` as written, if it is not.
fn mismatch(source: &Source, span: Span, value: &str) -> Option<String> {
    let written = source.slice(span);
    // Past an anchor or a tag (`&a "x"`, `!!str 'x'`).
    let mut bare = written;
    while bare.starts_with(['&', '!']) {
        bare = bare
            .split_once(' ')
            .map_or("", |(_, rest)| rest.trim_start());
    }
    if written != written.trim_end() {
        return Some("ends in spaces".into());
    }
    if written.contains('#') && !value.contains('#') {
        return Some("holds a comment".into());
    }
    for quote in ['"', '\''] {
        if bare.starts_with(quote) && (bare.len() < 2 || !bare.ends_with(quote)) {
            return Some("does not end at its closing quote".into());
        }
    }
    // Read alone, a plain or quoted scalar is the same value; a block scalar's content
    // (without its header) has the same words.
    let words = |text: &str| {
        text.split_whitespace()
            .map(str::to_string)
            .collect::<Vec<_>>()
    };
    let same = read_alone(written).as_deref() == Some(value) || words(written) == words(value);
    (!same).then(|| format!("reads back as {:?}, not {value:?}", read_alone(written)))
}

/// Every value the plan locates where it is written (not a default at the record's head).
fn written_spans(plan: &Plan) -> Vec<Span> {
    let mut spans = Vec::new();
    for (collection, table) in plan.tables.iter().enumerate() {
        for record in 0..table.len() as u32 {
            let head = plan.record_head(collection as u16, record);
            for (value, span) in plan.fields(collection as u16, record) {
                match value {
                    Stored::List(items) => spans.extend(
                        items
                            .iter()
                            .filter(|item| item.value != Stored::Absent)
                            .map(|item| item.span),
                    ),
                    // Left out, or refused: a load error shows the node as it is, not a value.
                    Stored::Absent => {}
                    _ if span == head => {}
                    _ => spans.push(span),
                }
            }
        }
    }
    spans
}

fn plans() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut paths = Vec::new();
    for dir in [
        "examples",
        "tests/fixtures/plans",
        "fuzz/corpus/plan",
        "fuzz/corpus/check",
    ] {
        let Ok(entries) = std::fs::read_dir(root.join(dir)) else {
            continue;
        };
        paths.extend(entries.flatten().map(|entry| entry.path()));
    }
    paths.sort();
    paths
}

#[test]
fn every_located_value_is_exactly_the_scalar_as_written() {
    let schema = crate::ruleset::load_builtin()
        .map_err(|e| format!("{e:?}"))
        .unwrap()
        .program
        .schema;
    let mut checked = 0;
    let mut failures = Vec::new();
    for path in plans() {
        let Ok(text) = String::from_utf8(std::fs::read(&path).unwrap()) else {
            continue;
        };
        let source = SourceFile::new(path.display().to_string(), text);
        let Ok(loaded) = super::load(&source, &schema, Limits::default(), Lang::En) else {
            continue;
        };
        let mut scalars = Scalars::default();
        yaml::read(&source, Limits::default(), Lang::En, &mut scalars).unwrap();
        for span in written_spans(&loaded.plan) {
            let written = source.slice(span);
            if written.starts_with('*') {
                continue; // An alias.
            }
            checked += 1;
            let problem = match scalars.0.get(&span) {
                None => Some("is not the span of any scalar".to_string()),
                Some(value) => mismatch(&source, span, value),
            };
            if let Some(problem) = problem {
                let at = source.location(span.start as usize);
                failures.push(format!(
                    "{}:{}:{}: {written:?} {problem}",
                    path.display(),
                    at.line,
                    at.column
                ));
            }
        }
    }
    assert!(checked > 10_000, "only {checked} values checked");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn a_quoted_or_block_scalar_ends_before_the_comment_after_it() {
    let text = "a: \"48\"   # note\nb: 'it''s'  # c\nc: |\n    x\n      y\n\n  # z\nd: &x >-\n  one\n  two\n\ne: 48   # c\n";
    let source = SourceFile::new("t.yaml", text);
    let mut scalars = Scalars::default();
    yaml::read(&source, Limits::default(), Lang::En, &mut scalars).unwrap();
    let mut written: Vec<&str> = scalars.0.keys().map(|&span| source.slice(span)).collect();
    written.sort();
    assert_eq!(
        written,
        [
            "\"48\"",
            "'it''s'",
            "48",
            "a",
            "b",
            "c",
            "d",
            "e",
            "one\n  two",
            "x\n      y"
        ]
    );
}
