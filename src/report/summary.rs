//! Counts of findings by severity and by rule: the closing lines of a plan's output.

use std::collections::BTreeMap;

use crate::ast::Severity;
use crate::diagnostic::Diagnostic;

#[derive(Default, Debug, Clone)]
pub struct Summary {
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
    /// Findings that waivers in force cover; not counted above.
    pub waived: usize,
    /// Values and records loading refused; the rest of the plan was checked.
    pub load_errors: usize,
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

    /// `2 errors, 1 warning, 1 note in plan.yaml` and a line per rule; after load errors,
    /// `2 load errors; the rest of the plan was checked: 2 errors, ...`.
    pub fn render(&self, plan: &str) -> String {
        let plural =
            |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
        let waived = match self.waived {
            0 => String::new(),
            n => format!(", {n} waived"),
        };
        let mut out = self.load_errors_prefix();
        out.push_str(&format!(
            "{}, {}, {}{waived} in {plan}\n",
            plural(self.errors, "error", "errors"),
            plural(self.warnings, "warning", "warnings"),
            plural(self.infos, "note", "notes"),
        ));
        let width = self.by_rule.keys().map(String::len).max().unwrap_or(0);
        for (rule, (severity, count)) in &self.by_rule {
            out.push_str(&format!(
                "  {rule:<width$}  {:<7}  {count}\n",
                severity.as_str()
            ));
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
