//! A record a rule could not judge, as a diagnostic: the words **not judged**, the record,
//! and each value the rule needed that has none, with why.

use chrono::NaiveDate;

use crate::ast::Severity;
use crate::diagnostic::{Diagnostic, FindingData, Label, MissingValue};
use crate::eval::explain::show_date;
use crate::eval::{Evaluator, Finding, Missing};
use crate::ir::Rule;
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
    let values: Vec<MissingValue> = missing.iter().map(|m| describe(m, schema, plan)).collect();
    let head = plan.record_head(rule.collection, finding.record);
    let first = values.first().map_or("", |value| value.text.as_str());
    let message = match values.len() {
        0 | 1 => format!("not judged: {first}"),
        n => format!("not judged: {first} (and {} more)", n - 1),
    };
    let mut labels = vec![Label {
        span: head,
        text: format!("not judged: {}", rule.title.get(lang)),
        primary: true,
    }];
    for value in &values {
        let Some((path, span)) = &value.place else {
            continue;
        };
        if !labels.iter().any(|label| label.span == *span) {
            let what = match value.kind {
                "refused" => "was refused at load",
                _ => "is left out",
            };
            labels.push(Label {
                span: *span,
                text: format!("`{path}` {what}"),
                primary: false,
            });
        }
    }
    // One reason is the message itself; several are listed, one a line.
    let mut help: Vec<String> = match values.len() {
        0 | 1 => Vec::new(),
        _ => values
            .iter()
            .map(|value| format!("why not judged: {}", value.text))
            .collect(),
    };
    help.push(
        "fix: give the missing value, or say in the rule what its absence means \
         (`?? default`, or a `where ... is defined` guard)"
            .to_string(),
    );
    help.push(format!("source: {}", rule.citation.get(lang)));
    let related = super::rule_advice(
        rule,
        lang,
        condition.unwrap_or(rule.require_span),
        "the condition that could not be decided",
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
    }
}

/// One missing value in words, with its place in the plan if it is a field.
fn describe(missing: &Missing, schema: &Schema, plan: &Plan) -> MissingValue {
    let record = |collection, index| path::record_ref(schema, plan, collection, index);
    match missing {
        Missing::Param {
            name,
            date,
            windows,
        } => MissingValue {
            kind: "parameter",
            text: format!(
                "parameter `{name}` has no value on {}: {}",
                show_date(*date),
                windows_around(*date, windows)
            ),
            place: None,
        },
        Missing::NoRow { table, arguments } => MissingValue {
            kind: "table",
            text: format!(
                "table `{table}` has no row for ({}) and no `otherwise`",
                arguments.join(", ")
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
            match refusal {
                Some(refusal) if !refusal.missing => MissingValue {
                    kind: "refused",
                    text: format!(
                        "`{path}`: its value at line {} was refused at load",
                        plan.source.location(refusal.span.start as usize).line
                    ),
                    place: Some((path, refusal.span)),
                },
                Some(refusal) => MissingValue {
                    kind: "field",
                    text: format!("`{path}` is left out, but the field is required (a load error)"),
                    place: Some((path, refusal.span)),
                },
                None => MissingValue {
                    kind: "field",
                    text: format!(
                        "`{path}` is left out (the field is optional and has no default)"
                    ),
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
                text: format!(
                    "`{}` is a record of `{}`, which has no field `{field}`",
                    record.path, record.collection
                ),
                place: None,
            }
        }
        Missing::NoHeader => MissingValue {
            kind: "header",
            text: "the plan has no header section (`plan:`)".to_string(),
            place: None,
        },
        Missing::NoResult { expression, why } => MissingValue {
            kind: "result",
            text: match expression {
                Some(expression) => format!("`{expression}` has no value: {why}"),
                None => format!("a value computed in a table has none: {why}"),
            },
            place: None,
        },
    }
}

/// Where a parameter's values lie relative to a date none of them covers.
fn windows_around(date: NaiveDate, windows: &[(Option<NaiveDate>, Option<NaiveDate>)]) -> String {
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
    match (ended, begins) {
        (Some(ended), Some(begins)) => format!(
            "its values end on {} and begin again on {}",
            show_date(ended),
            show_date(begins)
        ),
        (Some(ended), None) => format!("its values end on {}", show_date(ended)),
        (None, Some(begins)) => format!("its values begin on {}", show_date(begins)),
        (None, None) => "it has no values".to_string(),
    }
}
