//! Expected findings against actual ones: which matched, which are missing, which are new.

use super::spec::{quoted, Case, Expected};
use crate::diagnostic::{names_record, Diagnostic};
use crate::i18n::{t, t_with};
use crate::lang::Lang;

/// A finding as a test sees it: the rule, the record it judged, where, and what it said.
#[derive(Clone, Debug)]
pub struct Actual {
    pub rule: String,
    /// The record's key, if its collection has one.
    pub key: Option<String>,
    /// `units[0]`.
    pub path: String,
    /// `file:line:col`.
    pub place: String,
    pub message: String,
    /// The finding's `why` reasons.
    pub why: Vec<String>,
}

impl Actual {
    pub fn from_diagnostic(diagnostic: &Diagnostic) -> Actual {
        let (key, path) = match &diagnostic.finding {
            Some(data) => (data.record.key.clone(), data.record.path.clone()),
            None => (None, String::new()),
        };
        let place = diagnostic
            .location()
            .map(|(file, location)| format!("{file}:{location}"))
            .unwrap_or_default();
        Actual {
            rule: diagnostic.code.clone(),
            key,
            path,
            place,
            message: diagnostic.message.clone(),
            why: diagnostic
                .finding
                .iter()
                .flat_map(|data| data.reasons.iter().map(|why| why.text.clone()))
                .collect(),
        }
    }

    fn matches(&self, expected: &Expected) -> bool {
        self.rule == expected.rule
            && expected
                .record
                .as_ref()
                .is_none_or(|record| names_record(self.key.as_deref(), &self.path, record))
    }

    /// The entry a drafter would write to expect this finding.
    pub fn to_yaml(&self) -> String {
        let record = self.key.as_deref().unwrap_or(&self.path);
        format!("{{ rule: {}, record: {} }}", self.rule, quoted(record))
    }
}

/// One line of a case's comparison.
#[derive(Clone, Debug)]
pub enum Line {
    Matched(Expected, Actual),
    Missing(Expected),
    Unexpected(Actual),
}

#[derive(Clone, Debug)]
pub struct Verdict {
    pub lines: Vec<Line>,
}

impl Verdict {
    pub fn passed(&self) -> bool {
        self.lines
            .iter()
            .all(|line| matches!(line, Line::Matched(..)))
    }

    /// Expected (`-`) and actual (`+`) findings, both written as a test file writes them,
    /// so that a `+` line can be pasted into `expect:`; the comments in `lang`.
    pub fn diff(&self, lang: Lang) -> String {
        let mut out = format!("{}\n", t(lang, "test-diff-heading"));
        if self.lines.is_empty() {
            out.push_str(&format!("  {}\n", t(lang, "test-diff-none")));
        }
        for line in &self.lines {
            match line {
                Line::Matched(expected, actual) => {
                    out.push_str(&format!("  - {}  # {}\n", expected.to_yaml(), actual.place))
                }
                Line::Missing(expected) => out.push_str(&format!(
                    "- - {}  # {}\n",
                    expected.to_yaml(),
                    t(lang, "test-diff-not-found")
                )),
                Line::Unexpected(actual) => {
                    out.push_str(&format!(
                        "+ - {}  # {}: {}\n",
                        actual.to_yaml(),
                        actual.place,
                        actual.message
                    ));
                    for why in &actual.why {
                        let why = t_with(lang, "test-diff-why", &[("why", why)]);
                        out.push_str(&format!("+   #   {why}\n"));
                    }
                }
            }
        }
        out
    }
}

/// Pairs each expected finding with the first actual one it matches, in the order of the
/// plan; the rest are missing or unexpected. Only the rules in `case.only` are compared
/// when it names any.
pub fn compare(case: &Case, findings: &[Diagnostic]) -> Verdict {
    let mut actual: Vec<Option<Actual>> = findings
        .iter()
        .filter(|d| case.only.is_empty() || case.only.iter().any(|(id, _)| *id == d.code))
        .map(|d| Some(Actual::from_diagnostic(d)))
        .collect();
    let mut lines = Vec::new();
    for expected in &case.expect {
        let found = actual
            .iter_mut()
            .find(|a| a.as_ref().is_some_and(|a| a.matches(expected)))
            .and_then(Option::take);
        lines.push(match found {
            Some(actual) => Line::Matched(expected.clone(), actual),
            None => Line::Missing(expected.clone()),
        });
    }
    lines.extend(actual.into_iter().flatten().map(Line::Unexpected));
    Verdict { lines }
}
