//! Counts of findings by severity and by rule: the closing lines of a plan's output.
//! Records a rule could not judge are counted apart: they are not findings of its severity.

use std::collections::BTreeMap;

use crate::ast::Severity;
use crate::diagnostic::Diagnostic;
use crate::i18n::{t_args, Arg};
use crate::lang::Lang;

#[derive(Default, Debug, Clone)]
pub struct Summary {
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
    /// Records a rule could not judge (a value it needs is undefined); not counted above.
    pub not_judged: usize,
    /// Findings that waivers in force cover; not counted above.
    pub waived: usize,
    /// Values and records loading refused; the rest of the plan was checked.
    pub load_errors: usize,
    /// With `--baseline`: findings it lists, taken out of the counts above.
    pub unchanged: Option<usize>,
    /// With `--baseline`: findings it lists that the plan no longer has.
    pub fixed: Option<usize>,
    pub by_rule: BTreeMap<String, RuleCount>,
    /// The language the summary is written in.
    pub lang: Lang,
}

/// One rule's line of the summary.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RuleCount {
    /// The rule's severity: the severest its findings can have (a rule whose severity is
    /// chosen per record may have milder ones; a not-judged record is a warning at most).
    pub severity: Severity,
    pub findings: usize,
    /// The findings by their own severity, indexed by `Severity as usize` (info first).
    pub by_severity: [usize; 3],
    pub not_judged: usize,
}

impl Summary {
    pub fn add(&mut self, diagnostic: &Diagnostic) {
        let not_judged = diagnostic.is_not_judged();
        let severity = match diagnostic.finding.as_ref() {
            // A not-judged record's diagnostic is a warning at most; the rule's own
            // severity is still the one its findings have.
            Some(_) if not_judged => None,
            _ => Some(diagnostic.severity),
        };
        match severity {
            None => self.not_judged += 1,
            Some(Severity::Error) => self.errors += 1,
            Some(Severity::Warning) => self.warnings += 1,
            Some(Severity::Info) => self.infos += 1,
        }
        let rule_severity = diagnostic
            .finding
            .as_ref()
            .map_or(diagnostic.severity, |f| f.rule_severity);
        let entry = self
            .by_rule
            .entry(diagnostic.code.clone())
            .or_insert(RuleCount {
                severity: rule_severity,
                findings: 0,
                by_severity: [0; 3],
                not_judged: 0,
            });
        match severity {
            Some(severity) => {
                entry.findings += 1;
                entry.by_severity[severity as usize] += 1;
            }
            None => entry.not_judged += 1,
        }
    }

    /// `2 errors, 1 warning, 1 note, 3 not judged in plan.yaml` and a line per rule:
    /// `VICE-CAP  1 error, 3 not judged`; after load errors, first
    /// `2 load errors; the rest of the plan was checked: `.
    pub fn render(&self, plan: &str) -> String {
        let lang = self.lang;
        let mut counts = vec![
            count(lang, "count-errors", self.errors),
            count(lang, "count-warnings", self.warnings),
            count(lang, "count-notes", self.infos),
        ];
        if self.not_judged > 0 {
            counts.push(count(lang, "count-not-judged", self.not_judged));
        }
        if self.waived > 0 {
            counts.push(count(lang, "count-waived", self.waived));
        }
        let mut out = self.load_errors_prefix();
        out.push_str(&t_args(
            lang,
            "summary-totals",
            &[("counts", counts.join(", ").into()), ("plan", plan.into())],
        ));
        if let (Some(unchanged), Some(fixed)) = (self.unchanged, self.fixed) {
            let counts = [("unchanged", unchanged.into()), ("fixed", fixed.into())];
            out.push_str(&format!(" ({})", t_args(lang, "summary-baseline", &counts)));
        }
        out.push('\n');
        let width = self.by_rule.keys().map(String::len).max().unwrap_or(0);
        for (rule, rule_count) in &self.by_rule {
            let mut counts = Vec::new();
            // Each severity its findings have, the severest first: a rule whose severity is
            // chosen per record may have errors and warnings.
            for (severity, id) in [
                (Severity::Error, "count-errors"),
                (Severity::Warning, "count-warnings"),
                (Severity::Info, "count-notes"),
            ] {
                let n = rule_count.by_severity[severity as usize];
                if n > 0 {
                    counts.push(count(lang, id, n));
                }
            }
            if rule_count.not_judged > 0 {
                counts.push(count(lang, "count-not-judged", rule_count.not_judged));
            }
            out.push_str(&format!("  {rule:<width$}  {}\n", counts.join(", ")));
        }
        out
    }

    /// `2 load errors; the rest of the plan was checked: `, or nothing.
    pub fn load_errors_prefix(&self) -> String {
        match self.load_errors {
            0 => String::new(),
            n => t_args(self.lang, "summary-load-errors", &[("n", n.into())]) + " ",
        }
    }
}

/// `3 errors` with the catalog's plural forms: `id` takes its number as `$n`.
fn count(lang: Lang, id: &str, n: usize) -> String {
    t_args(lang, id, &[("n", Arg::from(n))])
}
