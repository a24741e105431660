//! `markdown`: a GitHub-flavoured Markdown summary, for `$GITHUB_STEP_SUMMARY` and
//! pull-request comments: a verdict, a table with a row per plan, then each plan's findings
//! (the most severe first, at most `--max-diagnostics` each: a comment holds 65,536
//! characters) and its waived findings.

use crate::ast::Severity;
use crate::diagnostic::Diagnostic;
use crate::i18n::{t, t_args};
use crate::lang::Lang;
use crate::report::{PlanReport, Report};

use super::human::Style;
use super::{errors_first, one_line, Place};

pub fn render(report: &Report, style: Style) -> String {
    let lang = report.lang;
    let mut out = String::from("## staffcheck\n\n");
    let failed = report
        .plans
        .iter()
        .filter(|plan| plan.result.is_err() || plan.fails(report.fail_on))
        .count();
    let plans = report.plans.len();
    let verdict = if report.rules_failed() {
        t(lang, "md-rules-not-loaded")
    } else if failed == 0 {
        t_args(lang, "md-passed", &[("n", plans.into())])
    } else {
        let args = [("failed", failed.into()), ("n", plans.into())];
        t_args(lang, "md-failed", &args)
    };
    out.push_str(&format!("{verdict}\n\n"));
    for diagnostic in &report.rule_diagnostics {
        out.push_str(&format!(
            "- {} `{}` {}\n",
            severity(diagnostic.severity, lang),
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
    let columns = [
        "md-column-plan",
        "md-column-errors",
        "md-column-warnings",
        "md-column-notes",
        "md-column-not-judged",
        "md-column-waived",
    ];
    let mut head: Vec<String> = columns.iter().map(|id| t(lang, id)).collect();
    let (rule, empty) = match baseline {
        true => {
            head.extend(["md-column-unchanged", "md-column-fixed"].map(|id| t(lang, id)));
            (" ---: | ---: |", " | |")
        }
        false => ("", ""),
    };
    out.push_str(&format!("| {} |\n", head.join(" | ")));
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
                "| {} | {} | | | | |{empty}\n",
                code(&plan.file),
                t_args(lang, "md-not-checked", &[("n", errors.len().into())])
            )),
        }
    }
    for plan in &report.plans {
        out.push_str(&plan_section(plan, style, lang));
    }
    out
}

fn plan_section(plan: &PlanReport, style: Style, lang: Lang) -> String {
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
        let head = ["md-column-rule", "md-column-line", "md-column-finding"].map(|id| t(lang, id));
        out.push_str(&format!("| | {} |\n", head.join(" | ")));
        out.push_str("| --- | --- | ---: | --- |\n");
        for diagnostic in errors_first(diagnostics)
            .into_iter()
            .take(style.max_diagnostics)
        {
            out.push_str(&row(diagnostic, lang));
        }
        let hidden = diagnostics.len().saturating_sub(style.max_diagnostics);
        if hidden > 0 {
            let args = [
                ("hidden", hidden.into()),
                ("file", plan.file.as_str().into()),
            ];
            out.push_str(&format!("\n{}\n", t_args(lang, "md-more", &args)));
        }
    }
    let waived: Vec<String> = waived.iter().map(|finding| finding.line(lang)).collect();
    out.push_str(&folded(lang, "count-waived", &waived));
    let fixed: Vec<String> = fixed.iter().map(|known| known.line(lang)).collect();
    out.push_str(&folded(lang, "md-fixed", &fixed));
    out
}

/// `lines` as a list folded away under their count (`count_id`, with `n`); nothing when
/// there are none.
fn folded(lang: Lang, count_id: &str, lines: &[String]) -> String {
    if lines.is_empty() {
        return String::new();
    }
    let summary = t_args(lang, count_id, &[("n", lines.len().into())]);
    let mut out = format!("\n<details><summary>{summary}</summary>\n\n");
    for line in lines {
        out.push_str(&format!("- {}\n", cell(line)));
    }
    out.push_str("\n</details>\n");
    out
}

fn row(diagnostic: &Diagnostic, lang: Lang) -> String {
    let line = Place::of(diagnostic)
        .map(|place| place.start.line.to_string())
        .unwrap_or_default();
    // A record a rule could not judge is no finding of the rule's severity: say so.
    let kind = if diagnostic.is_not_judged() {
        format!("❔ {}", t(lang, "not-judged"))
    } else {
        severity(diagnostic.severity, lang)
    };
    format!(
        "| {kind} | {} | {line} | {} |\n",
        code(&diagnostic.code),
        cell(&diagnostic.message)
    )
}

fn severity(severity: Severity, lang: Lang) -> String {
    match severity {
        Severity::Error => format!("❌ {}", t(lang, "severity-error")),
        Severity::Warning => format!("⚠️ {}", t(lang, "severity-warning")),
        Severity::Info => format!("ℹ️ {}", t(lang, "severity-note")),
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
