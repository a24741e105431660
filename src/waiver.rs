//! Waivers written in the plan itself (its `waivers:` section): each names a rule, the record
//! it applies to (its key or path, as `staffcheck test` names records), the reason, who
//! approved it and when it expires. A waiver in force takes the findings it matches out of
//! the plan's diagnostics into its list of waived findings; an expired waiver, one that
//! matches nothing, or one naming an unknown rule is reported itself, at its place in the plan.

use chrono::NaiveDate;

use crate::ast::Severity;
use crate::code::Code;
use crate::diagnostic::Diagnostic;
use crate::eval::display::display_date;
use crate::i18n::{t, t_args, Arg};
use crate::ir::{Program, Rule};
use crate::lang::Lang;
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
    lang: Lang,
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
        // A rule a rule file disabled: the waiver waives nothing, and says why.
        if let Some(disabled) = program
            .override_of(&waiver.rule)
            .filter(|o| o.kind == crate::ir::OverrideKind::Disabled)
        {
            let at = &disabled.origin;
            let place = at.source.location(at.span.start as usize);
            let args = [
                ("rule", Arg::from(waiver.rule.as_str())),
                ("at", format!("{}:{place}", at.source.name()).into()),
                ("reason", disabled.reason.get(lang).as_str().into()),
            ];
            problems.push(
                Diagnostic::new(
                    Code::WaiverUnmatched.as_str(),
                    Severity::Warning,
                    t_args(lang, "waiver-rule-disabled", &args),
                )
                .at(source, *rule_span, t(lang, "waiver-rule-disabled-label"))
                .about(waiver.subject())
                .help(t(lang, "waiver-rule-disabled-help")),
            );
            continue;
        }
        let Some(rule) = program.rules.iter().find(|rule| rule.id == waiver.rule) else {
            let ids = program.rules.iter().map(|rule| rule.id.as_str());
            let hint = crate::suggest::hint(lang, &waiver.rule, ids);
            let args = [
                ("rule", Arg::from(waiver.rule.as_str())),
                ("suggestion", hint.text.as_str().into()),
            ];
            let fixes = crate::suggest::quoted_as(source.slice(*rule_span), hint.names);
            problems.push(
                Diagnostic::new(
                    Code::WaiverUnknownRule.as_str(),
                    Severity::Error,
                    t_args(lang, "waiver-unknown-rule", &args),
                )
                .at(source, *rule_span, t(lang, "waiver-unknown-rule-label"))
                .about(waiver.subject())
                .help(t(lang, "waiver-unknown-rule-help"))
                .replacing(fixes),
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
            let at: Vec<String> = matching
                .iter()
                .filter_map(|&i| diagnostics[i].primary_span())
                .map(|span| source.position_words(span.start as usize, lang))
                .collect();
            let args = [
                ("rule", Arg::from(waiver.rule.as_str())),
                ("record", waiver.record.as_str().into()),
                ("expires", display_date(waiver.expires, lang).into()),
                ("date", display_date(date, lang).into()),
                ("n", matching.len().into()),
                ("places", at.join(", ").into()),
            ];
            let id = match at.is_empty() {
                true => "waiver-expired",
                false => "waiver-expired-at",
            };
            let approved = [("name", Arg::from(waiver.approved_by.as_str()))];
            let expired = Diagnostic::new(
                Code::WaiverExpired.as_str(),
                Severity::Warning,
                t_args(lang, id, &args),
            )
            .at(source, *expires_span, t(lang, "waiver-expired-label"))
            .about(waiver.subject())
            .label(waiver.span, t_args(lang, "waiver-approved-by", &approved))
            .help(t(lang, "waiver-expired-help"));
            problems.push(expired);
            continue;
        }
        if matching.is_empty() {
            let unmatched = unmatched(program, plan, date, lang, waiver, rule, *record_span);
            problems.push(unmatched);
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
    lang: Lang,
    waiver: &Waiver,
    rule: &Rule,
    record_span: Span,
) -> Diagnostic {
    let schema = &program.schema;
    // Each case is three messages: why nothing matched, the label, the help.
    let diagnostic = |[why, label, help]: [&str; 3], args: &[(&str, Arg)]| {
        let say = |id: &str| t_args(lang, id, args);
        let message = [
            ("rule", Arg::from(waiver.rule.as_str())),
            ("record", waiver.record.as_str().into()),
            ("why", say(why).into()),
        ];
        Diagnostic::new(
            Code::WaiverUnmatched.as_str(),
            Severity::Warning,
            t_args(lang, "waiver-unmatched", &message),
        )
        .at(&plan.source, record_span, say(label))
        .help(say(help))
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
        let hint = crate::suggest::hint(lang, &waiver.record, names);
        let args = [
            ("collection", Arg::from(collection.as_str())),
            ("rule", waiver.rule.as_str().into()),
            ("record", waiver.record.as_str().into()),
            ("suggestion", hint.text.as_str().into()),
        ];
        let ids = [
            "waiver-no-record",
            "waiver-no-record-label",
            "waiver-no-record-help",
        ];
        let fixes = crate::suggest::quoted_as(plan.source.slice(record_span), hint.names);
        return diagnostic(ids, &args).replacing(fixes);
    };
    let name = record
        .name
        .as_ref()
        .map(|name| format!(" ({name})"))
        .unwrap_or_default();
    let args = [
        ("rule", Arg::from(waiver.rule.as_str())),
        ("path", record.path.as_str().into()),
        ("name", name.into()),
        ("date", display_date(date, lang).into()),
    ];
    let in_force =
        rule.from.is_none_or(|from| from <= date) && rule.until.is_none_or(|until| date <= until);
    let ids = match in_force {
        false => [
            "waiver-rule-not-in-force",
            "waiver-rule-not-in-force-label",
            "waiver-rule-not-in-force-help",
        ],
        true => [
            "waiver-no-finding",
            "waiver-no-finding-label",
            "waiver-no-finding-help",
        ],
    };
    diagnostic(ids, &args)
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
    pub fn line(&self, lang: Lang) -> String {
        let at = self
            .finding
            .position()
            .map(|at| format!(" {}", t_args(lang, "waived-at", &[("place", at.into())])))
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
        let waiver_at = format!(
            "{}:{}",
            self.waiver.source.name(),
            self.waiver.source.position(self.waiver.span.start as usize)
        );
        let args = [
            (
                "expires",
                Arg::from(display_date(self.waiver.expires, lang)),
            ),
            ("approver", self.waiver.approved_by.as_str().into()),
            (
                "reason",
                crate::report::format::one_line(&self.waiver.reason).into(),
            ),
            ("place", waiver_at.into()),
        ];
        format!(
            "{}{at}{record}: {}",
            self.finding.code,
            t_args(lang, "waived-line", &args)
        )
    }
}
