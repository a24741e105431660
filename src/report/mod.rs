//! Findings → diagnostics a person can act on (`finding`, the one code path that builds
//! them), what a run reports (`model`), and the formats that render a report (`format`).

pub mod baseline;
mod fail_on;
pub mod fingerprint;
pub mod format;
pub(crate) mod groups;
mod model;
mod not_judged;
pub mod overrides;
mod overview;
mod path;
mod severity;
mod summary;

pub use fail_on::FailOn;
pub use format::human::{not_shown, render, ColorChoice, Style, MAX_DIAGNOSTICS};
pub use format::Format;
pub use model::{OverrideInfo, PlanReport, Report, RuleInfo};
pub use overview::{overview, Overview, Table, PROVINCES, UNITS};
pub use path::record_ref;
pub use summary::{RuleCount, Summary};

use crate::ast::Severity;
use crate::diagnostic::{Diagnostic, FindingData, Label, Seen, Why};
use crate::eval::{Evaluator, Finding, Verdict};
use crate::i18n::{t, t_args};
use crate::ir::{Rule, TemplatePart};
use crate::lang::Lang;
use crate::source::{SourceRef, Span};

/// The diagnostic for one finding: the plan's record labelled, the values that broke the
/// rule, the citation, and a related diagnostic pointing at the rule in its file.
/// A record the rule could not judge gets its own words (`not_judged.rs`).
pub fn finding<'a>(evaluator: &mut Evaluator<'a>, finding: &Finding<'a>) -> Diagnostic {
    if finding.verdict == Verdict::NotJudged {
        return not_judged::not_judged(evaluator, finding);
    }
    let program = evaluator.program;
    let lang = evaluator.lang;
    let rule: &'a Rule = &program.rules[finding.rule];
    let mut frame = finding.frame.clone();
    let title = rule.title.get(lang).clone();
    let message = match &rule.message {
        Some(template) => {
            let mut text = String::new();
            for part in &template.get(lang).parts {
                match part {
                    TemplatePart::Text(t) => text.push_str(t),
                    // Holes show what people call the value: a label, a name.
                    TemplatePart::Hole(expr, None) => {
                        text.push_str(&evaluator.display_hole(expr, &mut frame))
                    }
                    TemplatePart::Hole(expr, Some(digits)) => {
                        text.push_str(&evaluator.display_as_percent(expr, *digits, &mut frame))
                    }
                }
            }
            text
        }
        None => title.clone(),
    };
    let reasons = evaluator.why(rule, &mut frame);
    let mut plain = evaluator.why_plain(rule, &mut frame);
    let (severity, undecided) = severity::chosen(evaluator, rule, &mut frame);
    plain.extend(undecided);
    let plan = evaluator.plan;
    let schema = &program.schema;
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
        text: title.clone(),
        primary: true,
    }];
    for (span, text) in reasons.iter().flat_map(|reason| &reason.labels) {
        match labels.iter_mut().find(|label| label.span == *span) {
            Some(existing) if existing.primary && existing.text == title => {
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
    // People read the plain sentences; the clause-level reasons stay in the data.
    let mut help: Vec<String> = plain
        .iter()
        .map(|text| help_line(lang, "help-why", text))
        .collect();
    let fix = rule.help.as_ref().map(|help| help.get(lang).clone());
    let citation = rule.citation.get(lang).clone();
    if let Some(advice) = &fix {
        help.push(help_line(lang, "help-fix", advice));
    }
    help.push(help_line(lang, "help-source", &citation));
    let label = if rule.require.is_some() {
        t(lang, "advice-condition-failed")
    } else {
        t(lang, "advice-rule-reports")
    };
    let related = rule_advice(rule, lang, rule.require_span, &label);
    let seen = |(span, label): &(Span, String)| {
        let path = path::path_of(schema, plan, *span).unwrap_or_default();
        // `education: college` at `people[3].education`: the value is `college`.
        let field = path.rsplit('.').next().filter(|_| path.contains('.'));
        let value = field
            .and_then(|field| label.strip_prefix(field))
            .and_then(|rest| rest.strip_prefix(": "))
            .map(str::to_string);
        Seen {
            span: *span,
            path,
            label: label.clone(),
            value,
        }
    };
    let data = FindingData {
        title,
        rule_severity: rule.severity,
        citation,
        fix,
        record: path::record_ref(schema, plan, rule.collection, finding.record),
        path: path::path_of(schema, plan, primary).unwrap_or_default(),
        refers_to: path::references(schema, plan, rule.collection, finding.record),
        reasons: reasons
            .iter()
            .map(|reason| Why {
                text: reason.text.clone(),
                values: reason.labels.iter().map(seen).collect(),
            })
            .collect(),
        plain,
        rule_span: rule.require_span,
        not_judged: None,
    };
    Diagnostic {
        code: rule.id.clone(),
        severity,
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

/// The related diagnostic every finding about a rule carries: the rule's text at `span`
/// (its condition), labelled `label`.
pub(crate) fn rule_advice(rule: &Rule, lang: Lang, span: Span, label: &str) -> Diagnostic {
    let args = [
        ("id", rule.id.as_str().into()),
        ("title", rule.title.get(lang).as_str().into()),
    ];
    Diagnostic::new(
        rule.id.clone(),
        Severity::Info,
        t_args(lang, "advice-rule", &args),
    )
    .at(&rule.source, span, label)
}

/// One line of a finding's help: `why: ...`, `fix: ...`, `source: ...` (`id`) in `lang`.
pub(crate) fn help_line(lang: Lang, id: &str, text: &str) -> String {
    t_args(lang, id, &[("text", text.into())])
}
