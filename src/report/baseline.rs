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
            // serde_json says "… at line 3 column 14" (in English); the snippet shows where.
            let what = error.to_string();
            let what = what
                .split(" at line ")
                .next()
                .unwrap_or_default()
                .to_string();
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
