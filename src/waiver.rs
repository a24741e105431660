//! Waivers written in the plan itself (its `waivers:` section): each names a rule, the record
//! it applies to (its key or path, as `staffcheck test` names records), the reason, who
//! approved it and when it expires. A waiver in force takes the findings it matches out of
//! the plan's diagnostics into its list of waived findings; an expired waiver, one that
//! matches nothing, or one naming an unknown rule is reported itself, at its place in the plan.

use chrono::NaiveDate;

use crate::ast::Severity;
use crate::code::Code;
use crate::diagnostic::Diagnostic;
use crate::eval::explain::show_date;
use crate::ir::{Program, Rule};
use crate::plan::{Plan, Stored};
use crate::source::{Location, Source, Span};

/// The collection a plan's waivers are declared as, in the schema (`rules/schema.rules`).
pub const COLLECTION: &str = "waivers";

/// One waiver, as the plan writes it.
#[derive(Clone, Debug)]
pub struct Waiver {
    pub rule: String,
    /// The record's key (`"20194"`, `DN-0003`) or path (`posts[12]`).
    pub record: String,
    pub reason: String,
    pub approved_by: String,
    pub expires: NaiveDate,
    /// `waivers[0]`.
    pub path: String,
    pub source: Source,
    /// The waiver's first line in the plan.
    pub span: Span,
    pub location: Location,
}

/// A finding a waiver in force covers: not an error, but counted and listed apart.
#[derive(Clone, Debug)]
pub struct Waived {
    pub finding: Diagnostic,
    pub waiver: Waiver,
}

/// The waivers of a plan, in file order; none when the schema declares no `waivers`.
fn read(program: &Program, plan: &Plan) -> Vec<(Waiver, [Span; 3])> {
    let schema = &program.schema;
    let Some(collection) = schema.collection_by_name(COLLECTION) else {
        return Vec::new();
    };
    let definition = schema.collection(collection);
    let field = |name| definition.field(name);
    let (Some(rule), Some(record), Some(reason), Some(approved_by), Some(expires)) = (
        field("rule"),
        field("record"),
        field("reason"),
        field("approved_by"),
        field("expires"),
    ) else {
        return Vec::new();
    };
    let text = |index, field| match plan.value(collection, index, field) {
        Stored::Text(text) => plan.text(*text).to_string(),
        _ => String::new(),
    };
    (0..plan.len(collection))
        .filter_map(|index| {
            // A waiver loading refused part of (reported as a load error) waives nothing.
            let Stored::Date(date) = plan.value(collection, index, expires) else {
                return None;
            };
            if [rule, record, reason, approved_by]
                .iter()
                .any(|&field| plan.refusal(collection, index, field).is_some())
            {
                return None;
            }
            let span = plan.record_head(collection, index);
            Some((
                Waiver {
                    rule: text(index, rule),
                    record: text(index, record),
                    reason: text(index, reason),
                    approved_by: text(index, approved_by),
                    expires: *date,
                    path: format!("{COLLECTION}[{index}]"),
                    source: plan.source.clone(),
                    span,
                    location: plan.source.location(span.start as usize),
                },
                [
                    plan.value_span(collection, index, rule),
                    plan.value_span(collection, index, record),
                    plan.value_span(collection, index, expires),
                ],
            ))
        })
        .collect()
}

/// Takes the findings that waivers in force cover out of `diagnostics`, and adds a
/// diagnostic for each waiver that is expired, matches nothing or names an unknown rule.
pub fn apply(
    program: &Program,
    plan: &Plan,
    date: NaiveDate,
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<Waived> {
    let waivers = read(program, plan);
    if waivers.is_empty() {
        return Vec::new();
    }
    let source = &plan.source;
    let mut by: Vec<Option<usize>> = vec![None; diagnostics.len()];
    let mut problems = Vec::new();
    for (number, (waiver, [rule_span, record_span, expires_span])) in waivers.iter().enumerate() {
        let Some(rule) = program.rules.iter().find(|rule| rule.id == waiver.rule) else {
            let ids = program.rules.iter().map(|rule| rule.id.as_str());
            problems.push(
                Diagnostic::new(
                    Code::WaiverUnknownRule.as_str(),
                    Severity::Error,
                    format!(
                        "the waiver names rule `{}`, which the rule set does not have{}",
                        waiver.rule,
                        crate::suggest::did_you_mean(&waiver.rule, ids)
                    ),
                )
                .at(source, *rule_span, "no rule has this id")
                .about(waiver.subject())
                .help("write the id of a rule listed by `staffcheck rules`; this waiver waives nothing"),
            );
            continue;
        };
        let matching: Vec<usize> = diagnostics
            .iter()
            .enumerate()
            .filter(|(_, d)| {
                d.code == waiver.rule
                    && d.finding
                        .as_ref()
                        .is_some_and(|data| data.record.is_named(&waiver.record))
            })
            .map(|(i, _)| i)
            .collect();
        if waiver.expires < date {
            let covered = match matching.len() {
                0 => "it matches no finding now".to_string(),
                1 => "the finding it covered is reported again".to_string(),
                n => format!("the {n} findings it covered are reported again"),
            };
            let at: Vec<String> = matching
                .iter()
                .filter_map(|&i| diagnostics[i].primary_span())
                .map(|span| source.position_words(span.start as usize))
                .collect();
            let reported = match at.len() {
                0 => String::new(),
                1 => format!(" at {}", at[0]),
                _ => format!(" at {}", at.join(", ")),
            };
            let expired = Diagnostic::new(
                Code::WaiverExpired.as_str(),
                Severity::Warning,
                format!(
                    "the waiver of `{}` for `{}` expired on {}, before the plan's date {}; {covered}{reported}",
                    waiver.rule,
                    waiver.record,
                    show_date(waiver.expires),
                    show_date(date)
                ),
            )
            .at(source, *expires_span, "expired")
            .about(waiver.subject())
            .label(waiver.span, format!("approved by {}", waiver.approved_by))
            .help("renew the waiver with a later `expires:` and a fresh approval, or fix the finding and remove the waiver");
            problems.push(expired);
            continue;
        }
        if matching.is_empty() {
            problems.push(unmatched(program, plan, date, waiver, rule, *record_span));
            continue;
        }
        for i in matching {
            by[i].get_or_insert(number);
        }
    }
    let mut waived = Vec::new();
    let mut kept = Vec::with_capacity(diagnostics.len());
    for (diagnostic, by) in std::mem::take(diagnostics).into_iter().zip(by) {
        match by {
            Some(number) => waived.push(Waived {
                finding: diagnostic,
                waiver: waivers[number].0.clone(),
            }),
            None => kept.push(diagnostic),
        }
    }
    kept.extend(problems);
    *diagnostics = kept;
    waived.sort_by(|a, b| {
        (a.finding.primary_span(), &a.finding.code)
            .cmp(&(b.finding.primary_span(), &b.finding.code))
    });
    waived
}

/// A waiver that matches no finding: whether its record exists, and if so why the rule
/// found nothing on it.
fn unmatched(
    program: &Program,
    plan: &Plan,
    date: NaiveDate,
    waiver: &Waiver,
    rule: &Rule,
    record_span: Span,
) -> Diagnostic {
    let schema = &program.schema;
    let diagnostic = |why: String, label: String, help: &str| {
        Diagnostic::new(
            Code::WaiverUnmatched.as_str(),
            Severity::Warning,
            format!(
                "the waiver of `{}` for `{}` matches no finding: {why}",
                waiver.rule, waiver.record
            ),
        )
        .at(&plan.source, record_span, label)
        .help(help.to_string())
        .about(waiver.subject())
    };
    let collection = schema.collection(rule.collection).name.clone();
    let records: Vec<_> = (0..plan.len(rule.collection))
        .map(|index| crate::report::record_ref(schema, plan, rule.collection, index))
        .collect();
    let Some(record) = records.iter().find(|r| r.is_named(&waiver.record)) else {
        let names = records
            .iter()
            .map(|r| r.key.as_deref().unwrap_or(r.path.as_str()));
        return diagnostic(
            format!(
                "`{collection}` has no record `{}`{}",
                waiver.record,
                crate::suggest::did_you_mean(&waiver.record, names)
            ),
            format!("no record of `{collection}` is named this"),
            &format!(
                "`{}` judges `{collection}`: name one by its key (a unit's code, a person's id) or its path (`{collection}[0]`)",
                waiver.rule
            ),
        );
    };
    let name = record
        .name
        .as_ref()
        .map(|name| format!(" ({name})"))
        .unwrap_or_default();
    let in_force =
        rule.from.is_none_or(|from| from <= date) && rule.until.is_none_or(|until| date <= until);
    if !in_force {
        return diagnostic(
            format!("`{}` is not in force on {}", waiver.rule, show_date(date)),
            format!("`{}`{name} is not judged by `{}` on this date", record.path, waiver.rule),
            "remove the waiver, or keep it for the dates the rule is in force (`staffcheck explain RULE` shows its window)",
        );
    }
    diagnostic(
        format!("`{}`{name} breaks no `{}`", record.path, waiver.rule),
        format!("no `{}` finding on this record", waiver.rule),
        "the finding has been fixed, or was never there: remove the waiver",
    )
}

impl Waiver {
    /// `waivers:VICE-CAP:20194`: the waiver by its rule and record, as its diagnostics'
    /// fingerprints name it (a line number there would move with every edit above it).
    fn subject(&self) -> String {
        format!("{COLLECTION}:{}:{}", self.rule, self.record)
    }
}

impl Waived {
    /// `VICE-CAP at plan.yaml:40:7 (units[0] "20194"): waived until 2026-06-30 by NAME:
    /// REASON (waiver at plan.yaml:520:5)`, on one line.
    pub fn line(&self) -> String {
        let at = self
            .finding
            .position()
            .map(|at| format!(" at {at}"))
            .unwrap_or_default();
        let record = self
            .finding
            .finding
            .as_ref()
            .map(|data| match &data.record.key {
                Some(key) => format!(" ({} \"{key}\")", data.record.path),
                None => format!(" ({})", data.record.path),
            })
            .unwrap_or_default();
        format!(
            "{}{at}{record}: waived until {} by {}: {} (waiver at {}:{})",
            self.finding.code,
            show_date(self.waiver.expires),
            self.waiver.approved_by,
            crate::report::format::one_line(&self.waiver.reason),
            self.waiver.source.name(),
            self.waiver.source.position(self.waiver.span.start as usize)
        )
    }
}
