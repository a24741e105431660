//! Counts of findings by severity and by rule: the closing lines of a plan's output.
//! Records a rule could not judge are counted apart: they are not findings of its severity.

use std::collections::BTreeMap;

use crate::ast::Severity;
use crate::diagnostic::Diagnostic;

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
}

/// One rule's line of the summary.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RuleCount {
    /// The rule's severity (its findings'; a not-judged record is a warning at most).
    pub severity: Severity,
    pub findings: usize,
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
                not_judged: 0,
            });
        match severity {
            Some(_) => entry.findings += 1,
            None => entry.not_judged += 1,
        }
    }

    /// `2 errors, 1 warning, 1 note, 3 not judged in plan.yaml` and a line per rule:
    /// `VICE-CAP  1 error, 3 not judged`; after load errors, first
    /// `2 load errors; the rest of the plan was checked: `.
    pub fn render(&self, plan: &str) -> String {
        let waived = match self.waived {
            0 => String::new(),
            n => format!(", {n} waived"),
        };
        let baseline = match (self.unchanged, self.fixed) {
            (Some(unchanged), Some(fixed)) => {
                format!(" ({unchanged} more unchanged since the baseline, {fixed} fixed)")
            }
            _ => String::new(),
        };
        let mut out = self.load_errors_prefix();
        out.push_str(&format!(
            "{}, {}, {}{}{waived} in {plan}{baseline}\n",
            plural(self.errors, "error", "errors"),
            plural(self.warnings, "warning", "warnings"),
            plural(self.infos, "note", "notes"),
            not_judged(self.not_judged),
        ));
        let width = self.by_rule.keys().map(String::len).max().unwrap_or(0);
        for (rule, count) in &self.by_rule {
            let mut counts = Vec::new();
            if count.findings > 0 {
                counts.push(match count.severity {
                    Severity::Error => plural(count.findings, "error", "errors"),
                    Severity::Warning => plural(count.findings, "warning", "warnings"),
                    Severity::Info => plural(count.findings, "note", "notes"),
                });
            }
            if count.not_judged > 0 {
                counts.push(format!("{} not judged", count.not_judged));
            }
            out.push_str(&format!("  {rule:<width$}  {}\n", counts.join(", ")));
        }
        out
    }

    /// `2 load errors; the rest of the plan was checked: `, or nothing.
    pub fn load_errors_prefix(&self) -> String {
        match self.load_errors {
            0 => String::new(),
            1 => "1 load error; the rest of the plan was checked: ".to_string(),
            n => format!("{n} load errors; the rest of the plan was checked: "),
        }
    }
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// `, 3 not judged`, or nothing when every record was judged.
fn not_judged(count: usize) -> String {
    match count {
        0 => String::new(),
        n => format!(", {n} not judged"),
    }
}
