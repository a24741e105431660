//! A finding's severity: the rule's, or the one its `severity ... when ... otherwise ...`
//! chooses for the record. A condition that cannot be decided never chooses the milder
//! severity: the finding takes the severer one, and says why in a sentence of its `why`.

use crate::ast::Severity;
use crate::eval::{Evaluator, Value};
use crate::i18n::{t, t_args};
use crate::ir::Rule;

/// The severity of a finding of `rule` about the record in `frame`, and the sentence that
/// says its condition could not be decided, if it could not.
pub fn chosen<'a>(
    evaluator: &mut Evaluator<'a>,
    rule: &'a Rule,
    frame: &mut Vec<Value<'a>>,
) -> (Severity, Option<String>) {
    let Some(chosen) = &rule.severity_when else {
        return (rule.severity, None);
    };
    match evaluator.eval(&chosen.condition, frame) {
        Value::Boolean(true) => (chosen.when, None),
        Value::Boolean(false) => (chosen.otherwise, None),
        _ => {
            let word = match rule.severity {
                Severity::Error => "severity-error",
                Severity::Warning => "severity-warning",
                Severity::Info => "severity-note",
            };
            let args = [
                ("condition", chosen.text.as_str().into()),
                ("severity", t(evaluator.lang, word).into()),
            ];
            let note = t_args(evaluator.lang, "severity-undecided", &args);
            (rule.severity, Some(note))
        }
    }
}
