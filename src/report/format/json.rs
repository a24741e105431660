//! `json`: a versioned document for programs. Its schema is `docs/report.schema.json`; a
//! test validates this output against it. `VERSION` changes only when a field is removed
//! or changes meaning; new fields may appear within a version.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::ast::Severity;

use crate::diagnostic::{Diagnostic, RecordRef};
use crate::lang::Lang;
use crate::report::{OverrideInfo, PlanReport, Report};
use crate::source::Source;

use super::Place;

/// The version of the document's schema.
pub const VERSION: u32 = 1;

pub fn render(report: &Report) -> String {
    let document = document(report);
    let mut out = serde_json::to_string_pretty(&document).unwrap_or_else(|error| {
        // Serialising plain structs of strings and numbers cannot fail; say so if it does.
        format!("{{\"version\": {VERSION}, \"internal_error\": \"{error}\"}}")
    });
    out.push('\n');
    out
}

#[derive(Serialize)]
struct Document {
    version: u32,
    tool: Tool,
    fail_on: &'static str,
    /// What loading the rule files said (warnings; errors if no plan could be checked).
    rule_diagnostics: Vec<JsonDiagnostic>,
    /// The rules of included files disabled or replaced; only when some are.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    overrides: Vec<JsonOverride>,
    plans: Vec<JsonPlan>,
    summary: Totals,
}

/// A rule disabled or replaced, as the report and `staffcheck rules --format json` write it.
#[derive(Serialize)]
pub struct JsonOverride {
    rule: String,
    /// `disabled` or `replaced`.
    action: &'static str,
    reason: String,
    /// Where the `disable` or `replace rule` names the rule.
    at: JsonPlace,
    /// Where the rule overridden is declared, and its title.
    declared: JsonPlace,
    title: String,
}

#[derive(Serialize)]
struct JsonPlace {
    file: String,
    line: usize,
    column: usize,
}

impl From<&OverrideInfo> for JsonOverride {
    fn from(o: &OverrideInfo) -> JsonOverride {
        JsonOverride {
            rule: o.rule.clone(),
            action: o.kind.as_str(),
            reason: o.reason.clone(),
            at: JsonPlace {
                file: o.file.clone(),
                line: o.location.line,
                column: o.location.column,
            },
            declared: JsonPlace {
                file: o.declared_file.clone(),
                line: o.declared.line,
                column: o.declared.column,
            },
            title: o.title.clone(),
        }
    }
}

#[derive(Serialize)]
struct Tool {
    name: &'static str,
    version: &'static str,
}

#[derive(Serialize)]
struct Totals {
    plans: usize,
    checked: usize,
    not_loaded: usize,
    errors: usize,
    warnings: usize,
    infos: usize,
    /// Records a rule could not judge, counted in none of the above.
    not_judged: usize,
    /// Findings that waivers in force cover, counted in none of the above.
    waived: usize,
    /// What loading refused in the plans checked all the same (exit code 2).
    load_errors: usize,
    /// With `--baseline`: findings it lists, counted in none of the above.
    #[serde(skip_serializing_if = "Option::is_none")]
    unchanged: Option<usize>,
    /// With `--baseline`: findings it lists that the plans no longer have.
    #[serde(skip_serializing_if = "Option::is_none")]
    fixed: Option<usize>,
    /// Whether findings at or above `fail_on` were found (exit code 1).
    failed: bool,
}

#[derive(Serialize)]
struct JsonPlan {
    file: String,
    /// `checked`, or `not_loaded` when the file could not be read or loaded.
    status: &'static str,
    /// The date the plan was judged at (`--date` or the plan's own), when checked.
    date: Option<String>,
    findings: Vec<JsonFinding>,
    /// The records a rule could not judge, each with the values it `missing`; not in
    /// `findings` (a consumer of `findings` sees only records judged and failed).
    not_judged: Vec<JsonFinding>,
    /// The findings waivers in force cover, each with its `waiver`; not in `findings`.
    waived: Vec<JsonFinding>,
    /// With `--baseline`: the findings it lists, not in `findings` (or `not_judged`).
    #[serde(skip_serializing_if = "Option::is_none")]
    unchanged: Option<Vec<JsonFinding>>,
    /// With `--baseline`: the findings it lists that the plan no longer has.
    #[serde(skip_serializing_if = "Option::is_none")]
    fixed: Option<Vec<JsonFixed>>,
    /// Why the plan could not be read or loaded; for a checked plan, what loading refused
    /// (values that read as undefined, records left out) while the rest was checked.
    errors: Vec<JsonDiagnostic>,
    summary: Option<PlanSummary>,
}

#[derive(Serialize)]
struct PlanSummary {
    errors: usize,
    warnings: usize,
    infos: usize,
    not_judged: usize,
    waived: usize,
    load_errors: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    unchanged: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    fixed: Option<usize>,
    by_rule: Vec<RuleCount>,
}

/// A finding of the baseline the plan no longer has, as the baseline lists it.
#[derive(Serialize)]
struct JsonFixed {
    rule: String,
    severity: &'static str,
    message: String,
    fingerprint: String,
    /// Its line in the plan the baseline checked.
    line: Option<usize>,
}

#[derive(Serialize)]
struct RuleCount {
    rule: String,
    severity: &'static str,
    /// The rule's findings (records judged and failed).
    count: usize,
    /// The findings by their own severity, when they have more than one (a severity chosen
    /// per record: `{"error": 2, "warning": 3}`).
    #[serde(skip_serializing_if = "Option::is_none")]
    by_severity: Option<BTreeMap<&'static str, usize>>,
    /// The records the rule could not judge.
    not_judged: usize,
}

/// A value a not-judged record needed and found undefined.
#[derive(Serialize)]
struct JsonMissing {
    /// `parameter`, `table`, `field`, `header` or `result`.
    kind: &'static str,
    text: String,
    /// For a field: `people[3].education`.
    #[serde(skip_serializing_if = "Option::is_none")]
    path: Option<String>,
}

#[derive(Serialize)]
struct JsonFinding {
    rule: String,
    title: String,
    severity: &'static str,
    message: String,
    citation: String,
    fix: Option<String>,
    location: Option<JsonLocation>,
    /// `people[3].education`: where the location is, in the plan's structure.
    path: String,
    /// What names the finding when lines move (report/fingerprint.rs): SARIF's
    /// `partialFingerprints`, the same text.
    fingerprint: String,
    /// The record the rule judged.
    record: JsonRecord,
    /// The records the judged record refers to (a post's person and unit).
    refers_to: Vec<JsonRecord>,
    why: Vec<JsonWhy>,
    /// Every place the finding labels in the plan, the location's first.
    labels: Vec<JsonLabel>,
    /// Where the rule's condition is written.
    rule_location: Option<JsonLocation>,
    /// Why the record was not judged: in the plan's `not_judged` list (and a waived one) only.
    #[serde(skip_serializing_if = "Option::is_none")]
    missing: Option<Vec<JsonMissing>>,
    /// The waiver that covers the finding, in the plan's `waived` list only.
    #[serde(skip_serializing_if = "Option::is_none")]
    waiver: Option<JsonWaiver>,
}

#[derive(Serialize)]
struct JsonWaiver {
    /// `waivers[0]`.
    path: String,
    rule: String,
    record: String,
    reason: String,
    approved_by: String,
    expires: String,
    location: JsonLocation,
}

#[derive(Serialize)]
struct JsonRecord {
    path: String,
    collection: String,
    index: u32,
    key: Option<String>,
    name: Option<String>,
}

#[derive(Serialize)]
struct JsonWhy {
    text: String,
    values: Vec<JsonSeen>,
}

#[derive(Serialize)]
struct JsonSeen {
    path: String,
    label: String,
    value: Option<String>,
    location: JsonLocation,
}

#[derive(Serialize)]
struct JsonLabel {
    text: String,
    location: JsonLocation,
}

#[derive(Serialize)]
struct JsonDiagnostic {
    code: String,
    severity: &'static str,
    message: String,
    help: Option<String>,
    location: Option<JsonLocation>,
    labels: Vec<JsonLabel>,
    /// Texts that may replace what the location covers, best first (a "did you mean"'s
    /// names, a slip's fix): the same in every language; left out when there are none.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    suggestions: Vec<String>,
    /// A plan's load error: what names it when lines move, the same in every language
    /// (report/fingerprint.rs), as SARIF's `partialFingerprints`.
    #[serde(skip_serializing_if = "Option::is_none")]
    fingerprint: Option<String>,
}

#[derive(Serialize)]
struct JsonLocation {
    file: String,
    line: usize,
    column: usize,
    end_line: usize,
    /// The column of the character after the span, as in SARIF.
    end_column: usize,
    byte_start: u32,
    byte_end: u32,
    /// In a workbook plan, the cell; lines, columns and bytes are then its text view's.
    #[serde(skip_serializing_if = "Option::is_none")]
    cell: Option<JsonCell>,
}

#[derive(Serialize)]
struct JsonCell {
    sheet: String,
    row: u32,
    column: u32,
    /// `F12`.
    name: String,
}

impl JsonLocation {
    fn new(place: Place) -> JsonLocation {
        JsonLocation {
            file: place.file,
            line: place.start.line,
            column: place.start.column,
            end_line: place.end.line,
            end_column: place.end.column,
            byte_start: place.span.start,
            byte_end: place.span.end,
            cell: place.cell.map(|cell| JsonCell {
                name: cell.name(),
                sheet: cell.sheet,
                row: cell.row,
                column: cell.column,
            }),
        }
    }
}

fn document(report: &Report) -> Document {
    let plans: Vec<JsonPlan> = report.plans.iter().map(|p| plan(p, report.lang)).collect();
    let checked = report.plans.iter().filter(|p| p.result.is_ok()).count();
    let sum = |f: fn(&crate::report::Summary) -> usize| {
        report
            .plans
            .iter()
            .filter_map(|p| p.result.as_ref().ok())
            .map(|outcome| f(&outcome.summary))
            .sum()
    };
    // Counted only with a baseline: then every checked plan has the count.
    let baseline_sum = |f: fn(&crate::report::Summary) -> Option<usize>| {
        report
            .plans
            .iter()
            .filter_map(|p| p.result.as_ref().ok())
            .map(|outcome| f(&outcome.summary))
            .sum::<Option<usize>>()
    };
    Document {
        version: VERSION,
        tool: Tool {
            name: env!("CARGO_PKG_NAME"),
            version: env!("CARGO_PKG_VERSION"),
        },
        fail_on: report.fail_on.as_str(),
        rule_diagnostics: report.rule_diagnostics.iter().map(diagnostic).collect(),
        overrides: report.overrides.iter().map(JsonOverride::from).collect(),
        summary: Totals {
            plans: report.plans.len(),
            checked,
            not_loaded: report.plans.len() - checked,
            errors: sum(|s| s.errors),
            warnings: sum(|s| s.warnings),
            infos: sum(|s| s.infos),
            not_judged: sum(|s| s.not_judged),
            waived: sum(|s| s.waived),
            load_errors: sum(|s| s.load_errors),
            unchanged: baseline_sum(|s| s.unchanged),
            fixed: baseline_sum(|s| s.fixed),
            failed: report.plans.iter().any(|p| p.fails(report.fail_on)),
        },
        plans,
    }
}

fn plan(plan: &PlanReport, lang: Lang) -> JsonPlan {
    match &plan.result {
        Ok(outcome) => {
            let named = outcome
                .diagnostics
                .iter()
                .zip(&outcome.fingerprints.findings);
            let judged = |not_judged: bool| {
                named
                    .clone()
                    .filter(|(d, _)| d.is_not_judged() == not_judged)
                    .map(|(d, name)| finding(d, name.clone(), lang))
                    .collect()
            };
            JsonPlan {
                file: plan.file.clone(),
                status: "checked",
                date: Some(crate::eval::explain::show_date(outcome.date)),
                findings: judged(false),
                not_judged: judged(true),
                waived: outcome
                    .waived
                    .iter()
                    .zip(&outcome.fingerprints.waived)
                    .map(|(w, name)| waived(w, name.clone(), lang))
                    .collect(),
                unchanged: outcome.baseline.as_ref().map(|compared| {
                    compared
                        .unchanged
                        .iter()
                        .map(|(d, name)| finding(d, name.clone(), lang))
                        .collect()
                }),
                fixed: outcome.baseline.as_ref().map(|compared| {
                    compared
                        .fixed
                        .iter()
                        .map(|known| JsonFixed {
                            rule: known.rule.clone(),
                            severity: known.severity.as_str(),
                            message: known.message.clone(),
                            fingerprint: known.fingerprint.clone(),
                            line: known.line,
                        })
                        .collect()
                }),
                errors: load_errors(&outcome.load_errors),
                summary: Some(PlanSummary {
                    errors: outcome.summary.errors,
                    warnings: outcome.summary.warnings,
                    infos: outcome.summary.infos,
                    not_judged: outcome.summary.not_judged,
                    waived: outcome.summary.waived,
                    load_errors: outcome.summary.load_errors,
                    unchanged: outcome.summary.unchanged,
                    fixed: outcome.summary.fixed,
                    by_rule: outcome
                        .summary
                        .by_rule
                        .iter()
                        .map(|(rule, count)| RuleCount {
                            rule: rule.clone(),
                            severity: count.severity.as_str(),
                            count: count.findings,
                            by_severity: by_severity(count),
                            not_judged: count.not_judged,
                        })
                        .collect(),
                }),
            }
        }
        Err(errors) => JsonPlan {
            file: plan.file.clone(),
            status: "not_loaded",
            date: None,
            findings: Vec::new(),
            not_judged: Vec::new(),
            waived: Vec::new(),
            unchanged: None,
            fixed: None,
            errors: load_errors(errors),
            summary: None,
        },
    }
}

fn labels(diagnostic: &Diagnostic) -> Vec<JsonLabel> {
    let Some(file) = diagnostic.file() else {
        return Vec::new();
    };
    diagnostic
        .labels
        .iter()
        .map(|label| JsonLabel {
            text: label.text.clone(),
            location: JsonLocation::new(Place::new(file, label.span)),
        })
        .collect()
}

fn record(record: &RecordRef) -> JsonRecord {
    JsonRecord {
        path: record.path.clone(),
        collection: record.collection.clone(),
        index: record.index,
        key: record.key.clone(),
        name: record.name.clone(),
    }
}

/// A finding, its texts in `lang` (the report's language).
fn finding(diagnostic: &Diagnostic, fingerprint: String, lang: Lang) -> JsonFinding {
    let data = diagnostic.finding.as_deref();
    let file: Option<&Source> = diagnostic.file();
    let at = |span| file.map(|file| JsonLocation::new(Place::new(file, span)));
    let rule_file = diagnostic.related.first().and_then(Diagnostic::file);
    JsonFinding {
        rule: diagnostic.code.clone(),
        // A diagnostic that is no rule's (a waiver's, `SC05xx`): its code's description.
        title: match data {
            Some(data) => data.title.clone(),
            None => crate::code::Code::parse(&diagnostic.code)
                .map(|code| code.describe(lang).0)
                .unwrap_or_default(),
        },
        severity: diagnostic.severity.as_str(),
        message: diagnostic.message.clone(),
        citation: data.map(|d| d.citation.clone()).unwrap_or_default(),
        fix: match data {
            Some(data) => data.fix.clone(),
            None => diagnostic.help.clone(),
        },
        location: Place::of(diagnostic).map(JsonLocation::new),
        path: data.map(|d| d.path.clone()).unwrap_or_default(),
        fingerprint,
        record: match data {
            Some(data) => record(&data.record),
            None => JsonRecord {
                path: String::new(),
                collection: String::new(),
                index: 0,
                key: None,
                name: None,
            },
        },
        refers_to: data
            .map(|d| d.refers_to.iter().map(record).collect())
            .unwrap_or_default(),
        why: data
            .map(|d| {
                d.reasons
                    .iter()
                    .map(|why| JsonWhy {
                        text: why.text.clone(),
                        values: why
                            .values
                            .iter()
                            .filter_map(|seen| {
                                Some(JsonSeen {
                                    path: seen.path.clone(),
                                    label: seen.label.clone(),
                                    value: seen.value.clone(),
                                    location: at(seen.span)?,
                                })
                            })
                            .collect(),
                    })
                    .collect()
            })
            .unwrap_or_default(),
        labels: labels(diagnostic),
        rule_location: match (data, rule_file) {
            (Some(data), Some(file)) => Some(JsonLocation::new(Place::new(file, data.rule_span))),
            _ => None,
        },
        missing: data.and_then(|d| d.not_judged.as_ref()).map(|missing| {
            missing
                .iter()
                .map(|value| JsonMissing {
                    kind: value.kind,
                    text: value.text.clone(),
                    path: value.place.as_ref().map(|(path, _)| path.clone()),
                })
                .collect()
        }),
        waiver: None,
    }
}

fn waived(waived: &crate::waiver::Waived, fingerprint: String, lang: Lang) -> JsonFinding {
    let waiver = &waived.waiver;
    JsonFinding {
        waiver: Some(JsonWaiver {
            path: waiver.path.clone(),
            rule: waiver.rule.clone(),
            record: waiver.record.clone(),
            reason: waiver.reason.clone(),
            approved_by: waiver.approved_by.clone(),
            expires: crate::eval::explain::show_date(waiver.expires),
            location: JsonLocation::new(Place::new(&waiver.source, waiver.span)),
        }),
        ..finding(&waived.finding, fingerprint, lang)
    }
}

fn diagnostic(diagnostic: &Diagnostic) -> JsonDiagnostic {
    JsonDiagnostic {
        code: diagnostic.code.clone(),
        severity: diagnostic.severity.as_str(),
        message: diagnostic.message.clone(),
        help: diagnostic.help.clone(),
        location: Place::of(diagnostic).map(JsonLocation::new),
        labels: labels(diagnostic),
        suggestions: diagnostic.replacements.clone(),
        fingerprint: None,
    }
}

/// A plan's load errors, each with its fingerprint (named as SARIF names them).
fn load_errors(errors: &[Diagnostic]) -> Vec<JsonDiagnostic> {
    let mut fingerprints = crate::report::fingerprint::Occurrences::default();
    errors
        .iter()
        .map(|error| JsonDiagnostic {
            fingerprint: Some(fingerprints.next(error)),
            ..diagnostic(error)
        })
        .collect()
}

/// A rule's findings by severity, if they have more than one.
fn by_severity(count: &crate::report::RuleCount) -> Option<BTreeMap<&'static str, usize>> {
    let counts: BTreeMap<&'static str, usize> =
        [Severity::Error, Severity::Warning, Severity::Info]
            .into_iter()
            .map(|severity| (severity.as_str(), count.by_severity[severity as usize]))
            .filter(|(_, n)| *n > 0)
            .collect();
    (counts.len() > 1).then_some(counts)
}
