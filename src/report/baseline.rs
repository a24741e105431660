//! `--baseline FILE`: the JSON report (`--format json`) of an earlier run, so that CI fails
//! only on findings a change brings. A finding is matched by its plan's file name and its
//! fingerprint (`fingerprint.rs`: rule and record, never a line), so edits that move lines
//! keep old findings old. What matches is taken out of the plan's findings, as a waiver
//! takes what it covers: counted, not reported, no exit code; what the baseline lists and
//! the plan no longer has is listed as fixed.

use std::collections::{HashMap, HashSet};
use std::path::Path;

use serde::Deserialize;

use crate::ast::Severity;
use crate::check::Outcome;
use crate::code::Code;
use crate::diagnostic::Diagnostic;
use crate::i18n::{t, t_with};
use crate::lang::Lang;
use crate::report::format::json::VERSION;
use crate::report::Summary;
use crate::source::{Location, Source, SourceFile, Span};

/// An earlier run's findings, by plan.
#[derive(Debug, Default)]
pub struct Baseline {
    plans: HashMap<String, Vec<Known>>,
}

/// A finding the baseline lists.
#[derive(Clone, Debug)]
pub struct Known {
    pub fingerprint: String,
    pub rule: String,
    pub severity: Severity,
    pub message: String,
    /// Where it was in the plan the baseline checked.
    pub line: Option<usize>,
    /// Whether a waiver covered it then (a waived finding reported now is new).
    pub waived: bool,
}

/// A plan compared with the baseline: its findings the baseline lists (taken out of the
/// plan's findings) and the baseline's findings the plan no longer has.
#[derive(Clone, Debug, Default)]
pub struct Compared {
    /// Each with its fingerprint.
    pub unchanged: Vec<(Diagnostic, String)>,
    pub fixed: Vec<Known>,
    /// The fingerprints of the plan's waived findings the baseline lists, for SARIF's
    /// `baselineState`.
    pub waived_known: HashSet<String>,
}

// The part of the JSON report a baseline reads; other fields are ignored.
#[derive(Deserialize)]
struct Document {
    version: u32,
    plans: Vec<JsonPlan>,
}

#[derive(Deserialize)]
struct JsonPlan {
    file: String,
    #[serde(default)]
    findings: Vec<JsonFinding>,
    #[serde(default)]
    not_judged: Vec<JsonFinding>,
    #[serde(default)]
    unchanged: Vec<JsonFinding>,
    #[serde(default)]
    waived: Vec<JsonFinding>,
}

#[derive(Deserialize)]
struct JsonFinding {
    rule: String,
    severity: String,
    message: String,
    fingerprint: String,
    location: Option<JsonLocation>,
}

#[derive(Deserialize)]
struct JsonLocation {
    line: usize,
}

impl Baseline {
    /// The baseline at `path`; a file that cannot be read or is no JSON report is a
    /// diagnostic (exit code 2).
    /// What is wrong with it is said in `lang`.
    pub fn load(path: &Path, lang: Lang) -> Result<Baseline, Diagnostic> {
        let name = crate::ruleset::relative_name(path);
        let text = std::fs::read_to_string(path).map_err(|error| {
            let why = crate::io_error::describe_in(&error, lang);
            Diagnostic::error(
                Code::Io,
                t_with(
                    lang,
                    "baseline-cannot-read",
                    &[("name", &name), ("why", &why)],
                ),
            )
            .help(t(lang, "baseline-help"))
        })?;
        Baseline::parse(&SourceFile::new(name, text), lang)
    }

    /// The baseline written in `source`.
    pub fn parse(source: &Source, lang: Lang) -> Result<Baseline, Diagnostic> {
        let document: Document = serde_json::from_str(source.text()).map_err(|error| {
            let at = source
                .offset_of(Location {
                    line: error.line(),
                    column: error.column().max(1),
                })
                .unwrap_or(0);
            // serde_json says "… at line 3 column 14"; the snippet shows where, and the
            // reason is said in plain words where they are known (`json_reason`).
            let what = error.to_string();
            let what = what.split(" at line ").next().unwrap_or_default();
            let what = json_reason(what, lang);
            let id = match error.classify() {
                serde_json::error::Category::Data => "baseline-not-a-report",
                _ => "baseline-not-json",
            };
            Diagnostic::error(
                Code::Baseline,
                t_with(lang, id, &[("name", &source.name()), ("why", &what)]),
            )
            .at(source, Span::new(at, at), what)
            .help(t(lang, "baseline-help"))
        })?;
        if document.version != VERSION {
            let at = source.text().find("\"version\"").unwrap_or(0);
            let args: [(&str, &dyn std::fmt::Display); 3] = [
                ("name", &source.name()),
                ("version", &document.version),
                ("reads", &VERSION),
            ];
            return Err(
                Diagnostic::error(Code::Baseline, t_with(lang, "baseline-version", &args))
                    .at(
                        source,
                        Span::new(at, at + "\"version\"".len()),
                        t(lang, "baseline-version-label"),
                    )
                    .help(t(lang, "baseline-version-help")),
            );
        }
        let mut plans: HashMap<String, Vec<Known>> = HashMap::new();
        for plan in document.plans {
            let known = plans.entry(plan.file).or_default();
            let reported = plan
                .findings
                .into_iter()
                .chain(plan.not_judged)
                .chain(plan.unchanged)
                .map(|finding| (finding, false));
            let waived = plan.waived.into_iter().map(|finding| (finding, true));
            for (finding, waived) in reported.chain(waived) {
                known.push(Known {
                    severity: match finding.severity.as_str() {
                        "error" => Severity::Error,
                        "warning" => Severity::Warning,
                        _ => Severity::Info,
                    },
                    fingerprint: finding.fingerprint,
                    rule: finding.rule,
                    message: finding.message,
                    line: finding.location.map(|location| location.line),
                    waived,
                });
            }
        }
        Ok(Baseline { plans })
    }

    /// Takes the findings of `file` the baseline lists out of `outcome`'s findings, and
    /// lists those it no longer has as fixed; the summary counts what is left.
    pub fn compare(&self, file: &str, outcome: &mut Outcome) {
        let known = self.plans.get(file).map(Vec::as_slice).unwrap_or_default();
        let reported: HashSet<&str> = known
            .iter()
            .filter(|k| !k.waived)
            .map(|k| k.fingerprint.as_str())
            .collect();
        let mut compared = Compared::default();
        let mut diagnostics = Vec::new();
        let mut fingerprints = Vec::new();
        let findings = std::mem::take(&mut outcome.diagnostics);
        let names = std::mem::take(&mut outcome.fingerprints.findings);
        for (diagnostic, fingerprint) in findings.into_iter().zip(names) {
            if reported.contains(fingerprint.as_str()) {
                compared.unchanged.push((diagnostic, fingerprint));
            } else {
                diagnostics.push(diagnostic);
                fingerprints.push(fingerprint);
            }
        }
        let now: HashSet<&str> = compared
            .unchanged
            .iter()
            .map(|(_, f)| f.as_str())
            .chain(outcome.fingerprints.waived.iter().map(String::as_str))
            .collect();
        compared.fixed = known
            .iter()
            .filter(|k| !k.waived && !now.contains(k.fingerprint.as_str()))
            .cloned()
            .collect();
        compared.waived_known = outcome
            .fingerprints
            .waived
            .iter()
            .filter(|f| known.iter().any(|k| &k.fingerprint == *f))
            .cloned()
            .collect();
        let mut summary = Summary {
            waived: outcome.summary.waived,
            load_errors: outcome.summary.load_errors,
            lang: outcome.summary.lang,
            unchanged: Some(compared.unchanged.len()),
            fixed: Some(compared.fixed.len()),
            ..Summary::default()
        };
        diagnostics.iter().for_each(|d| summary.add(d));
        outcome.summary = summary;
        outcome.diagnostics = diagnostics;
        outcome.fingerprints.findings = fingerprints;
        outcome.baseline = Some(compared);
    }
}

impl Known {
    /// `VICE-CAP (was at line 40): MESSAGE`, on one line, in `lang`.
    pub fn line(&self, lang: Lang) -> String {
        let at = self
            .line
            .map(|line| format!(" {}", t_with(lang, "baseline-was-at", &[("line", &line)])))
            .unwrap_or_default();
        format!(
            "{}{at}: {}",
            self.rule,
            crate::report::format::one_line(&self.message)
        )
    }
}

/// serde_json's reasons for a file that is not a JSON report, by its exact text (serde_json
/// 1, pinned by Cargo.lock; the tests below provoke each, so an upgrade that rewords one
/// fails), and the catalog id of their plain words. A field the report needs is named
/// (`missing field `plans``); any other reason is quoted as serde_json's.
const JSON_REASONS: [(&str, &str); 11] = [
    ("expected value", "json-reason-value"),
    ("EOF while parsing an object", "json-reason-eof-object"),
    ("EOF while parsing a list", "json-reason-eof-list"),
    ("EOF while parsing a string", "json-reason-eof-string"),
    ("EOF while parsing a value", "json-reason-eof-value"),
    ("trailing comma", "json-reason-trailing-comma"),
    ("trailing characters", "json-reason-trailing-characters"),
    ("expected `:`", "json-reason-colon"),
    ("expected `,` or `}`", "json-reason-comma-object"),
    ("expected `,` or `]`", "json-reason-comma-list"),
    ("key must be a string", "json-reason-key"),
];

/// The reason in plain words, in `lang`.
fn json_reason(reason: &str, lang: Lang) -> String {
    if let Some((_, id)) = JSON_REASONS.iter().find(|(text, _)| *text == reason) {
        return t(lang, id);
    }
    let field = reason
        .strip_prefix("missing field `")
        .and_then(|rest| rest.strip_suffix('`'));
    match field {
        Some(field) => t_with(lang, "json-reason-missing-field", &[("field", &field)]),
        None => t_with(lang, "json-reason-other", &[("why", &reason)]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reason_of(text: &str) -> String {
        let error = serde_json::from_str::<Document>(text)
            .err()
            .expect("refused");
        let what = error.to_string();
        what.split(" at line ")
            .next()
            .unwrap_or_default()
            .to_string()
    }

    /// Each way a file is not a JSON report, provoked: serde_json's words are the table's.
    #[test]
    fn each_json_reason_has_its_plain_words() {
        let cases = [
            ("plans:\n  - file: a.yaml\n", "json-reason-value"),
            ("{\"version\": 1, \"plans\": [", "json-reason-eof-list"),
            ("{\"version\": 1", "json-reason-eof-object"),
            (
                "{\"version\": 1, \"plans\": [{\"file\": \"a",
                "json-reason-eof-string",
            ),
            ("{\"version\":", "json-reason-eof-value"),
            (
                "{\"version\": 1, \"plans\": [],}",
                "json-reason-trailing-comma",
            ),
            (
                "{\"version\": 1, \"plans\": []} x",
                "json-reason-trailing-characters",
            ),
            ("{\"version\" 1}", "json-reason-colon"),
            ("{\"version\": 1 \"plans\": []}", "json-reason-comma-object"),
            ("{version: 1}", "json-reason-key"),
            (
                "{\"version\": 1, \"plans\": [{\"file\": \"a\"} {\"file\": \"b\"}]}",
                "json-reason-comma-list",
            ),
        ];
        let mut provoked = Vec::new();
        for (text, id) in cases {
            let reason = reason_of(text);
            let found = JSON_REASONS.iter().find(|(r, _)| *r == reason);
            assert_eq!(found.map(|(_, i)| *i), Some(id), "{text:?}: {reason:?}");
            provoked.push(id);
        }
        for (_, id) in JSON_REASONS {
            assert!(provoked.contains(&id), "{id} is never provoked");
        }
        let missing = reason_of("{\"version\": 1}");
        assert_eq!(json_reason(&missing, Lang::Vi), "thiếu trường `plans`");
        assert_eq!(
            json_reason("invalid type: string \"x\", expected u32", Lang::Vi),
            "(thông báo gốc bằng tiếng Anh: “invalid type: string \"x\", expected u32”)"
        );
    }
}
