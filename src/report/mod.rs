//! Findings → diagnostics a person can act on, and the closing summary.

mod render;

pub use render::{render, ColorChoice, Style};

use std::collections::BTreeMap;

use crate::ast::Severity;
use crate::diagnostic::{Diagnostic, Label};
use crate::eval::{Evaluator, Finding};
use crate::ir::{Rule, TemplatePart};
use crate::source::SourceRef;

/// The diagnostic for one finding: the plan's record labelled, the values that broke the
/// rule, the citation, and a related diagnostic pointing at the rule in its file.
pub fn finding<'a>(evaluator: &mut Evaluator<'a>, finding: &Finding<'a>) -> Diagnostic {
    let program = evaluator.program;
    let rule: &'a Rule = &program.rules[finding.rule];
    let mut frame = finding.frame.clone();
    let message = match &rule.message {
        Some(template) => {
            let mut text = String::new();
            for part in &template.parts {
                match part {
                    TemplatePart::Text(t) => text.push_str(t),
                    TemplatePart::Hole(expr) => {
                        let value = evaluator.eval(expr, &mut frame);
                        text.push_str(&evaluator.show(&value));
                    }
                }
            }
            text
        }
        None => rule.title.clone(),
    };
    let reasons = evaluator.why(rule, &mut frame);
    let plan = evaluator.plan;
    let primary = match &rule.at {
        Some(at) => {
            let mut labels = Vec::new();
            evaluator.locate_at_clause(rule, at, &mut frame, &mut labels);
            labels.into_iter().next().map(|(span, _)| span)
        }
        None => None,
    }
    .unwrap_or_else(|| plan.record_head(rule.collection, finding.record));

    // The primary label says what is at its place if a reason located a value there, else
    // which rule the record broke.
    let mut labels = vec![Label {
        span: primary,
        text: rule.title.clone(),
        primary: true,
    }];
    for (span, text) in reasons.iter().flat_map(|reason| &reason.labels) {
        match labels.iter_mut().find(|label| label.span == *span) {
            Some(existing) if existing.primary && existing.text == rule.title => {
                existing.text = text.clone()
            }
            Some(_) => {}
            None => labels.push(Label {
                span: *span,
                text: text.clone(),
                primary: false,
            }),
        }
    }
    let mut help: Vec<String> = reasons
        .iter()
        .map(|reason| format!("why: {}", reason.text))
        .collect();
    if let Some(advice) = &rule.help {
        help.push(format!("fix: {advice}"));
    }
    help.push(format!("source: {}", rule.citation));
    let related = Diagnostic::new(
        rule.id.clone(),
        Severity::Info,
        format!("rule `{}`: {}", rule.id, rule.title),
    )
    .at(
        &rule.source,
        rule.require_span,
        if rule.require.is_some() {
            "the condition that failed"
        } else {
            "the rule that reports this"
        },
    );
    Diagnostic {
        code: rule.id.clone(),
        severity: rule.severity,
        message,
        source: Some(SourceRef(plan.source.clone())),
        labels,
        help: Some(help.join("\n")),
        related: vec![related],
    }
}

/// Counts of findings by severity and by rule, for the closing line.
#[derive(Default, Debug, Clone)]
pub struct Summary {
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
    pub by_rule: BTreeMap<String, (Severity, usize)>,
}

impl Summary {
    pub fn add(&mut self, diagnostic: &Diagnostic) {
        match diagnostic.severity {
            Severity::Error => self.errors += 1,
            Severity::Warning => self.warnings += 1,
            Severity::Info => self.infos += 1,
        }
        let entry = self
            .by_rule
            .entry(diagnostic.code.clone())
            .or_insert((diagnostic.severity, 0));
        entry.1 += 1;
    }

    /// `2 errors, 1 warning, 1 note in plan.yaml` and a line per rule.
    pub fn render(&self, plan: &str) -> String {
        let plural =
            |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
        let mut out = format!(
            "{}, {}, {} in {plan}\n",
            plural(self.errors, "error", "errors"),
            plural(self.warnings, "warning", "warnings"),
            plural(self.infos, "note", "notes"),
        );
        let width = self.by_rule.keys().map(String::len).max().unwrap_or(0);
        for (rule, (severity, count)) in &self.by_rule {
            out.push_str(&format!(
                "  {rule:<width$}  {:<7}  {count}\n",
                severity.as_str()
            ));
        }
        out
    }
}
