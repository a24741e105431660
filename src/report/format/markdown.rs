//! `markdown`: a GitHub-flavoured Markdown summary, for `$GITHUB_STEP_SUMMARY` and
//! pull-request comments: a verdict, a table with a row per plan, then each plan's findings
//! (the most severe first, at most `--max-diagnostics` each: a comment holds 65,536
//! characters) and its waived findings.

use crate::ast::Severity;
use crate::diagnostic::Diagnostic;
use crate::report::{PlanReport, Report};

use super::human::Style;
use super::{errors_first, one_line, Place};

pub fn render(report: &Report, style: Style) -> String {
    let mut out = String::from("## staffcheck\n\n");
    let failed = report
        .plans
        .iter()
        .filter(|plan| plan.result.is_err() || plan.fails(report.fail_on))
        .count();
    let verdict = if report.rules_failed() {
        "❌ The rules could not be loaded; no plan was checked.".to_string()
    } else if failed == 0 {
        format!("✅ {} passed.", plans(report.plans.len()))
    } else {
        format!("❌ {} of {} failed.", failed, plans(report.plans.len()))
    };
    out.push_str(&format!("{verdict}\n\n"));
    for diagnostic in &report.rule_diagnostics {
        out.push_str(&format!(
            "- {} `{}` {}\n",
            severity(diagnostic.severity),
            diagnostic.code,
            cell(&diagnostic.message)
        ));
    }
    if !report.rule_diagnostics.is_empty() {
        out.push('\n');
    }
    if report.plans.is_empty() {
        return out;
    }
    // With `--baseline`, the counts are of new findings, and two columns count the rest.
    let baseline = report
        .plans
        .iter()
        .any(|plan| plan.result.as_ref().is_ok_and(|o| o.baseline.is_some()));
    let (head, rule, empty) = match baseline {
        true => (" Unchanged | Fixed |", " ---: | ---: |", " | |"),
        false => ("", "", ""),
    };
    out.push_str(&format!(
        "| Plan | Errors | Warnings | Notes | Not judged | Waived |{head}\n"
    ));
    out.push_str(&format!(
        "| --- | ---: | ---: | ---: | ---: | ---: |{rule}\n"
    ));
    for plan in &report.plans {
        match &plan.result {
            Ok(outcome) => {
                let s = &outcome.summary;
                let compared = match (s.unchanged, s.fixed) {
                    (Some(unchanged), Some(fixed)) => format!(" {unchanged} | {fixed} |"),
                    _ => empty.to_string(),
                };
                out.push_str(&format!(
                    "| {} | {} | {} | {} | {} | {} |{compared}\n",
                    code(&plan.file),
                    s.errors,
                    s.warnings,
                    s.infos,
                    s.not_judged,
                    s.waived
                ));
            }
            Err(errors) => out.push_str(&format!(
                "| {} | not checked: {} error(s) loading it | | | | |{empty}\n",
                code(&plan.file),
                errors.len()
            )),
        }
    }
    for plan in &report.plans {
        out.push_str(&plan_section(plan, style));
    }
    out
}

fn plans(count: usize) -> String {
    match count {
        1 => "1 plan".to_string(),
        n => format!("{n} plans"),
    }
}

fn plan_section(plan: &PlanReport, style: Style) -> String {
    let (diagnostics, waived, fixed) = match &plan.result {
        Ok(outcome) => (
            &outcome.diagnostics,
            outcome.waived.as_slice(),
            outcome
                .baseline
                .as_ref()
                .map_or(&[][..], |compared| compared.fixed.as_slice()),
        ),
        Err(errors) => (errors, &[][..], &[][..]),
    };
    if diagnostics.is_empty() && waived.is_empty() && fixed.is_empty() {
        return String::new();
    }
    let mut out = format!("\n### {}\n\n", code(&plan.file));
    if !diagnostics.is_empty() {
        out.push_str("| | Rule | Line | Finding |\n| --- | --- | ---: | --- |\n");
        for diagnostic in errors_first(diagnostics)
            .into_iter()
            .take(style.max_diagnostics)
        {
            out.push_str(&row(diagnostic));
        }
        let hidden = diagnostics.len().saturating_sub(style.max_diagnostics);
        if hidden > 0 {
            out.push_str(&format!(
                "\n… and {hidden} more: run `staffcheck check {}` to see them all.\n",
                plan.file
            ));
        }
    }
    let waived: Vec<String> = waived
        .iter()
        .map(|finding| finding.line(style.lang))
        .collect();
    out.push_str(&folded("waived", &waived));
    let fixed: Vec<String> = fixed.iter().map(|known| known.line()).collect();
    out.push_str(&folded("fixed since the baseline", &fixed));
    out
}

/// `lines` as a list folded away under `N what`; nothing when there are none.
fn folded(what: &str, lines: &[String]) -> String {
    if lines.is_empty() {
        return String::new();
    }
    let mut out = format!("\n<details><summary>{} {what}</summary>\n\n", lines.len());
    for line in lines {
        out.push_str(&format!("- {}\n", cell(line)));
    }
    out.push_str("\n</details>\n");
    out
}

fn row(diagnostic: &Diagnostic) -> String {
    let line = Place::of(diagnostic)
        .map(|place| place.start.line.to_string())
        .unwrap_or_default();
    // A record a rule could not judge is no finding of the rule's severity: say so.
    let kind = if diagnostic.is_not_judged() {
        "❔ not judged"
    } else {
        severity(diagnostic.severity)
    };
    format!(
        "| {kind} | {} | {line} | {} |\n",
        code(&diagnostic.code),
        cell(&diagnostic.message)
    )
}

fn severity(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "❌ error",
        Severity::Warning => "⚠️ warning",
        Severity::Info => "ℹ️ note",
    }
}

/// Text in a table cell: one line, and nothing that Markdown or HTML would read as markup.
/// Names in backticks stay code; inside them only `|` is escaped (GitHub's tables need it
/// there too, and show it plain).
fn cell(text: &str) -> String {
    let text = one_line(text);
    let in_code_spans = text.matches('`').count().is_multiple_of(2);
    let mut in_code = false;
    let mut out = String::new();
    for c in text.chars() {
        match c {
            '`' if in_code_spans => {
                in_code = !in_code;
                out.push(c);
            }
            '|' => out.push_str("\\|"),
            '\\' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '~' | '`' if !in_code => {
                out.push('\\');
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out
}

/// A code span that survives any backticks in `text`.
fn code(text: &str) -> String {
    let text = text.replace('|', "\\|");
    if text.contains('`') {
        format!("`` {text} ``")
    } else {
        format!("`{text}`")
    }
}

#[cfg(test)]
mod tests {
    use super::{cell, code};

    #[test]
    fn cells_escape_markup() {
        assert_eq!(cell("a | b\n<script>*x*"), "a \\| b \\<script\\>\\*x\\*");
        assert_eq!(cell("`units[1]` and [x]"), "`units[1]` and \\[x\\]");
        assert_eq!(cell("a `b"), "a \\`b");
        assert_eq!(code("plans/a|b.yaml"), "`plans/a\\|b.yaml`");
        assert_eq!(code("a`b"), "`` a`b ``");
    }
}
