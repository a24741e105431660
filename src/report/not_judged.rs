//! A record a rule could not judge, as a diagnostic: the words **not judged**, the record,
//! and each value the rule needed that has none, with why.

use chrono::NaiveDate;

use crate::ast::Severity;
use crate::diagnostic::{Diagnostic, FindingData, Label, MissingValue};
use crate::eval::explain::show_date;
use crate::eval::{Evaluator, Finding, Missing};
use crate::i18n::{t, t_args, Arg};
use crate::ir::Rule;
use crate::lang::Lang;
use crate::plan::Plan;
use crate::schema::Schema;
use crate::source::SourceRef;

use super::path;

/// A not-judged record counts as a warning (or as a note, for a rule that only reports):
/// `--fail-on warning` fails on it, the default `--fail-on error` does not.
pub fn severity(rule: &Rule) -> Severity {
    rule.severity.min(Severity::Warning)
}

pub fn not_judged<'a>(evaluator: &mut Evaluator<'a>, finding: &Finding<'a>) -> Diagnostic {
    let program = evaluator.program;
    let lang = evaluator.lang;
    let rule: &'a Rule = &program.rules[finding.rule];
    let mut frame = finding.frame.clone();
    let (condition, missing) = evaluator.missing(rule, &mut frame);
    let plan = evaluator.plan;
    let schema = &program.schema;
    let values: Vec<MissingValue> = missing
        .iter()
        .map(|m| describe(m, schema, plan, lang))
        .collect();
    let head = plan.record_head(rule.collection, finding.record);
    let first = values.first().map_or("", |value| value.text.as_str());
    let message = match values.len() {
        0 | 1 => t_args(lang, "not-judged-message", &[("reason", first.into())]),
        n => t_args(
            lang,
            "not-judged-message-more",
            &[("reason", first.into()), ("more", (n - 1).into())],
        ),
    };
    let title = rule.title.get(lang).as_str();
    let mut labels = vec![Label {
        span: head,
        text: t_args(lang, "not-judged-label", &[("title", title.into())]),
        primary: true,
    }];
    for value in &values {
        let Some((path, span)) = &value.place else {
            continue;
        };
        if !labels.iter().any(|label| label.span == *span) {
            let id = match value.kind {
                "refused" => "not-judged-label-refused",
                _ => "not-judged-label-left-out",
            };
            labels.push(Label {
                span: *span,
                text: t_args(lang, id, &[("path", path.as_str().into())]),
                primary: false,
            });
        }
    }
    // One reason is the message itself; several are listed, one a line.
    let mut help: Vec<String> = match values.len() {
        0 | 1 => Vec::new(),
        _ => values
            .iter()
            .map(|value| super::help_line(lang, "help-why-not-judged", &value.text))
            .collect(),
    };
    help.push(super::help_line(
        lang,
        "help-fix",
        &t(lang, "not-judged-fix"),
    ));
    help.push(super::help_line(
        lang,
        "help-source",
        rule.citation.get(lang),
    ));
    let related = super::rule_advice(
        rule,
        lang,
        condition.unwrap_or(rule.require_span),
        &t(lang, "advice-condition-undecided"),
    );
    let data = FindingData {
        title: rule.title.get(lang).clone(),
        rule_severity: rule.severity,
        citation: rule.citation.get(lang).clone(),
        fix: rule.help.as_ref().map(|help| help.get(lang).clone()),
        record: path::record_ref(schema, plan, rule.collection, finding.record),
        path: path::path_of(schema, plan, head).unwrap_or_default(),
        refers_to: path::references(schema, plan, rule.collection, finding.record),
        reasons: Vec::new(),
        plain: Vec::new(),
        rule_span: condition.unwrap_or(rule.require_span),
        not_judged: Some(values),
    };
    Diagnostic {
        code: rule.id.clone(),
        severity: severity(rule),
        message,
        source: Some(SourceRef(plan.source.clone())),
        labels,
        help: Some(help.join("\n")),
        related: vec![related],
        finding: Some(Box::new(data)),
        subject: None,
        replacements: Vec::new(),
    }
}

/// One missing value in words, with its place in the plan if it is a field.
fn describe(missing: &Missing, schema: &Schema, plan: &Plan, lang: Lang) -> MissingValue {
    let record = |collection, index| path::record_ref(schema, plan, collection, index);
    let say = |id: &str, args: &[(&str, Arg)]| t_args(lang, id, args);
    match missing {
        Missing::Param {
            name,
            date,
            windows,
        } => MissingValue {
            kind: "parameter",
            text: say(
                "missing-param",
                &[
                    ("name", name.as_str().into()),
                    ("date", show_date(*date).into()),
                    ("windows", windows_around(*date, windows, lang).into()),
                ],
            ),
            place: None,
        },
        Missing::NoRow { table, arguments } => MissingValue {
            kind: "table",
            text: say(
                "missing-row",
                &[
                    ("table", table.as_str().into()),
                    ("arguments", arguments.join(", ").into()),
                ],
            ),
            place: None,
        },
        Missing::LeftOut {
            collection,
            record: index,
            field,
        } => {
            let record = record(*collection, *index);
            let path = format!("{}.{field}", record.path);
            // A value loading refused (or a required field left out) says so, where it is.
            let refusal = schema
                .collection(*collection)
                .field(field)
                .and_then(|position| plan.refusal(*collection, *index, position));
            let at = [("path", Arg::from(path.as_str()))];
            match refusal {
                Some(refusal) if !refusal.missing => MissingValue {
                    kind: "refused",
                    text: say(
                        "missing-refused",
                        &[
                            ("path", path.as_str().into()),
                            // `line 18`, or in a workbook `cell people!I3`.
                            (
                                "at",
                                plan.source
                                    .position_words(refusal.span.start as usize, lang)
                                    .into(),
                            ),
                        ],
                    ),
                    place: Some((path, refusal.span)),
                },
                Some(refusal) => MissingValue {
                    kind: "field",
                    text: say("missing-required", &at),
                    place: Some((path, refusal.span)),
                },
                None => MissingValue {
                    kind: "field",
                    text: say("missing-optional", &at),
                    place: Some((path, record.span)),
                },
            }
        }
        Missing::NotAField {
            collection,
            record: index,
            field,
        } => {
            let record = record(*collection, *index);
            MissingValue {
                kind: "field",
                text: say(
                    "missing-not-a-field",
                    &[
                        ("path", record.path.as_str().into()),
                        ("collection", record.collection.as_str().into()),
                        ("field", field.as_str().into()),
                    ],
                ),
                place: None,
            }
        }
        Missing::NoHeader => MissingValue {
            kind: "header",
            text: t(lang, "missing-header"),
            place: None,
        },
        Missing::NoResult { expression, why } => MissingValue {
            kind: "result",
            text: match expression {
                Some(expression) => say(
                    "missing-result",
                    &[
                        ("expression", expression.as_str().into()),
                        ("why", t(lang, why).into()),
                    ],
                ),
                None => say("missing-table-result", &[("why", t(lang, why).into())]),
            },
            place: None,
        },
    }
}

/// Where a parameter's values lie relative to a date none of them covers.
fn windows_around(
    date: NaiveDate,
    windows: &[(Option<NaiveDate>, Option<NaiveDate>)],
    lang: Lang,
) -> String {
    let ended = windows
        .iter()
        .filter_map(|(_, until)| *until)
        .filter(|until| *until < date)
        .max();
    let begins = windows
        .iter()
        .filter_map(|(from, _)| *from)
        .filter(|from| *from > date)
        .min();
    let day = |date: NaiveDate| Arg::from(show_date(date));
    match (ended, begins) {
        (Some(ended), Some(begins)) => t_args(
            lang,
            "windows-end-and-begin",
            &[("ended", day(ended)), ("begins", day(begins))],
        ),
        (Some(ended), None) => t_args(lang, "windows-end", &[("ended", day(ended))]),
        (None, Some(begins)) => t_args(lang, "windows-begin", &[("begins", day(begins))]),
        (None, None) => t(lang, "windows-none"),
    }
}
