//! `html`: one self-contained page for an official: per plan, its header and totals, a
//! chart of findings per severity and per rule (inline SVG), the table of units coloured
//! by their worst finding, and every finding with its plan excerpt, reasons and citation.
//! No script, font or image is fetched: the page works offline and from an e-mail.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use crate::ast::Severity;
use crate::check::Outcome;
use crate::diagnostic::Diagnostic;
use crate::report::{FailOn, PlanReport, Report, UNITS};
use crate::source::{Location, Source};

use super::Place;

/// Lines shown before and after a finding's line in its excerpt.
const CONTEXT: usize = 2;

const STYLE: &str = r#"
:root { --error: #c62828; --warning: #ef6c00; --info: #1565c0; --clean: #2e7d32;
  --error-bg: #fdecea; --warning-bg: #fff3e0; --info-bg: #e3f2fd; --clean-bg: #e8f5e9;
  --ink: #1f2933; --muted: #5f6b7a; --line: #d9dee5; }
* { box-sizing: border-box; }
body { font: 15px/1.45 system-ui, "Segoe UI", Roboto, "Noto Sans", sans-serif; color: var(--ink);
  margin: 0; padding: 24px 32px; background: #fff; }
h1 { font-size: 24px; margin: 0 0 4px; }
h2 { font-size: 20px; margin: 32px 0 8px; padding-top: 12px; border-top: 3px solid var(--ink); }
h3 { font-size: 17px; margin: 24px 0 8px; }
.muted { color: var(--muted); }
dl.header { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; margin: 8px 0; }
dl.header dt { color: var(--muted); } dl.header dd { margin: 0; }
.totals { display: flex; gap: 12px; flex-wrap: wrap; margin: 12px 0; }
.total { border-radius: 6px; padding: 8px 14px; min-width: 120px; }
.total b { display: block; font-size: 24px; }
.total.error { background: var(--error-bg); color: var(--error); }
.total.warning { background: var(--warning-bg); color: var(--warning); }
.total.info { background: var(--info-bg); color: var(--info); }
.total.clean { background: var(--clean-bg); color: var(--clean); }
.charts { display: flex; gap: 32px; flex-wrap: wrap; align-items: flex-start; }
.charts figure { margin: 0; }
.charts figcaption { font-weight: 600; margin-bottom: 4px; }
svg text { font: 12px system-ui, sans-serif; fill: var(--ink); }
.bar.error { fill: var(--error); } .bar.warning { fill: var(--warning); } .bar.info { fill: var(--info); }
table { border-collapse: collapse; margin: 8px 0; }
th, td { border: 1px solid var(--line); padding: 4px 8px; text-align: left; vertical-align: top; }
th { background: #f3f5f8; }
td.n { text-align: right; }
tr.error td { background: var(--error-bg); } tr.warning td { background: var(--warning-bg); }
tr.info td { background: var(--info-bg); } tr.clean td { background: var(--clean-bg); }
.badge { display: inline-block; border-radius: 4px; padding: 0 6px; color: #fff; font-size: 12px;
  font-weight: 600; text-transform: uppercase; vertical-align: middle; }
.badge.error { background: var(--error); } .badge.warning { background: var(--warning); }
.badge.info { background: var(--info); }
.finding { border: 1px solid var(--line); border-left: 6px solid var(--line); border-radius: 4px;
  padding: 8px 14px; margin: 12px 0; }
.finding.error { border-left-color: var(--error); } .finding.warning { border-left-color: var(--warning); }
.finding.info { border-left-color: var(--info); }
.finding h4 { margin: 0 0 4px; font-size: 15px; }
.finding p { margin: 4px 0; }
pre.excerpt { font-family: ui-monospace, "DejaVu Sans Mono", "Noto Sans Mono", monospace; background: #f6f8fa; border-radius: 4px; padding: 6px 0; overflow-x: auto; font-size: 13px; }
pre.excerpt span { display: block; padding: 0 10px; }
pre.excerpt span.hit { background: #fff59d; }
pre.excerpt i { color: var(--muted); font-style: normal; display: inline-block; min-width: 4em; }
.citation { color: var(--muted); }
a { color: var(--info); }
"#;

pub fn render(report: &Report) -> String {
    let mut page = String::new();
    page.push_str("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    page.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    let title = match report.plans.as_slice() {
        [one] => format!("staffcheck: {}", one.file),
        plans => format!("staffcheck: {} plans", plans.len()),
    };
    let _ = writeln!(page, "<title>{}</title>", escape(&title));
    let _ = writeln!(page, "<style>{STYLE}</style>\n</head>\n<body>");
    let _ = writeln!(page, "<h1>{}</h1>", escape(&title));
    let fails = match report.fail_on {
        FailOn::Never => "findings never fail the run".to_string(),
        level => format!(
            "a finding of severity {} or worse fails the run",
            level.as_str()
        ),
    };
    let _ = writeln!(
        page,
        "<p class=\"muted\">Checked by staffcheck {} against {} rules; {fails} (--fail-on {}).</p>",
        env!("CARGO_PKG_VERSION"),
        report.rules.len(),
        report.fail_on.as_str(),
    );
    if !report.rule_diagnostics.is_empty() {
        page.push_str("<h2>The rules</h2>\n");
        for diagnostic in &report.rule_diagnostics {
            page.push_str(&diagnostic_block(diagnostic, "rules", None));
        }
    }
    if report.plans.len() > 1 {
        page.push_str("<nav><ul>\n");
        for (index, plan) in report.plans.iter().enumerate() {
            let _ = writeln!(
                page,
                "<li><a href=\"#plan-{index}\">{}</a>: {}</li>",
                escape(&plan.file),
                escape(&plan_totals(plan))
            );
        }
        page.push_str("</ul></nav>\n");
    }
    for (index, plan) in report.plans.iter().enumerate() {
        page.push_str(&plan_section(report, plan, index));
    }
    page.push_str("</body>\n</html>\n");
    page
}

fn plan_totals(plan: &PlanReport) -> String {
    match &plan.result {
        Ok(outcome) => format!(
            "{}{}, {}, {}{}{}",
            outcome.summary.load_errors_prefix(),
            plural(outcome.summary.errors, "error", "errors"),
            plural(outcome.summary.warnings, "warning", "warnings"),
            plural(outcome.summary.infos, "note", "notes"),
            match outcome.summary.not_judged {
                0 => String::new(),
                n => format!(", {n} not judged"),
            },
            match outcome.summary.waived {
                0 => String::new(),
                n => format!(", {n} waived"),
            }
        ),
        Err(errors) => format!("not checked: {} error(s)", errors.len()),
    }
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

fn plan_section(report: &Report, plan: &PlanReport, index: usize) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "<section class=\"plan\" id=\"plan-{index}\">\n<h2>{}</h2>",
        escape(&plan.file)
    );
    let outcome = match &plan.result {
        Ok(outcome) => outcome,
        Err(errors) => {
            let _ = writeln!(
                out,
                "<p class=\"total error\">This plan could not be {}: {} error(s). It was not checked.</p>",
                if plan.read { "loaded" } else { "read" },
                errors.len()
            );
            for (number, diagnostic) in errors.iter().enumerate() {
                let id = format!("p{index}-e{number}");
                out.push_str(&diagnostic_block(diagnostic, &id, None));
            }
            out.push_str("</section>\n");
            return out;
        }
    };
    out.push_str("<dl class=\"header\">\n");
    for (name, value) in &outcome.overview.header {
        let _ = writeln!(out, "<dt>{}</dt><dd>{}</dd>", escape(name), escape(value));
    }
    let _ = writeln!(out, "<dt>judged as of</dt><dd>{}</dd>", outcome.date);
    let sections: Vec<String> = outcome
        .overview
        .counts
        .iter()
        .map(|(name, count)| format!("{count} {name}"))
        .collect();
    let _ = writeln!(
        out,
        "<dt>records</dt><dd>{}</dd>",
        escape(&sections.join(", "))
    );
    out.push_str("</dl>\n");
    out.push_str(&load_errors(outcome, index));

    let summary = &outcome.summary;
    out.push_str("<div class=\"totals\">\n");
    if summary.load_errors > 0 {
        let _ = writeln!(
            out,
            "<div class=\"total error\"><b>{}</b>{}</div>",
            summary.load_errors,
            if summary.load_errors == 1 {
                "load error"
            } else {
                "load errors"
            }
        );
    }
    for (class, count, one, many) in [
        ("error", summary.errors, "error", "errors"),
        ("warning", summary.warnings, "warning", "warnings"),
        ("info", summary.infos, "note", "notes"),
    ] {
        let class = if count == 0 { "clean" } else { class };
        let word = if count == 1 { one } else { many };
        let _ = writeln!(
            out,
            "<div class=\"total {class}\"><b>{count}</b>{word}</div>"
        );
    }
    if summary.not_judged > 0 {
        let _ = writeln!(
            out,
            "<div class=\"total warning\"><b>{}</b>not judged</div>",
            summary.not_judged
        );
    }
    if summary.waived > 0 {
        let _ = writeln!(
            out,
            "<div class=\"total clean\"><b>{}</b>waived</div>",
            summary.waived
        );
    }
    let verdict = if plan.fails(report.fail_on) {
        ("error", "fails")
    } else {
        ("clean", "passes")
    };
    let _ = writeln!(
        out,
        "<div class=\"total {}\"><b>{}</b>with --fail-on {}</div>\n</div>",
        verdict.0,
        verdict.1,
        report.fail_on.as_str()
    );

    if !outcome.diagnostics.is_empty() {
        out.push_str("<div class=\"charts\">\n");
        out.push_str(&severity_chart(summary));
        out.push_str(&rule_chart(summary));
        out.push_str("</div>\n");
    }
    out.push_str(&units_table(outcome, index));
    out.push_str("<h3>Findings</h3>\n");
    if outcome.diagnostics.is_empty() {
        out.push_str("<p>No finding: every rule in force holds.</p>\n");
    }
    for (number, diagnostic) in outcome.diagnostics.iter().enumerate() {
        let id = format!("p{index}-f{number}");
        out.push_str(&diagnostic_block(diagnostic, &id, Some(report)));
    }
    if !outcome.waived.is_empty() {
        out.push_str("<h3>Waived</h3>\n<p>Findings the plan's waivers cover until they expire: not errors, listed for the record.</p>\n<ul class=\"waived\">\n");
        for waived in &outcome.waived {
            let _ = writeln!(out, "<li>{}</li>", escape(&waived.line()));
        }
        out.push_str("</ul>\n");
    }
    out.push_str("</section>\n");
    out
}

/// What loading refused in a plan checked all the same: said first, each error in full.
fn load_errors(outcome: &crate::check::Outcome, index: usize) -> String {
    if outcome.load_errors.is_empty() {
        return String::new();
    }
    let mut out = format!(
        "<h3>Load errors</h3>\n<p class=\"total error\">{}. The plan is not valid: a refused value reads as undefined and an unreadable record is left out; the rest of the plan was checked.</p>\n",
        plural(outcome.load_errors.len(), "load error", "load errors")
    );
    for (number, diagnostic) in outcome.load_errors.iter().enumerate() {
        let id = format!("p{index}-l{number}");
        out.push_str(&diagnostic_block(diagnostic, &id, None));
    }
    out
}

fn severity_class(severity: Severity) -> &'static str {
    severity.as_str()
}

/// Horizontal bars, one per (label, count, class), scaled to the largest count.
fn bar_chart(caption: &str, label_width: usize, bars: &[(String, usize, &str)]) -> String {
    const BAR: usize = 18;
    const GAP: usize = 6;
    const SPAN: usize = 260;
    let max = bars.iter().map(|b| b.1).max().unwrap_or(1).max(1);
    let width = label_width + SPAN + 40;
    let height = bars.len() * (BAR + GAP) + GAP;
    let mut svg = format!(
        "<figure>\n<figcaption>{}</figcaption>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" role=\"img\" aria-label=\"{}\">\n",
        escape(caption),
        escape(caption)
    );
    for (row, (label, count, class)) in bars.iter().enumerate() {
        let y = GAP + row * (BAR + GAP);
        let length = if *count == 0 {
            0
        } else {
            (count * SPAN / max).max(3)
        };
        let _ = writeln!(
            svg,
            "<text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>\
             <rect class=\"bar {class}\" x=\"{label_width}\" y=\"{y}\" width=\"{length}\" height=\"{BAR}\"><title>{}: {count}</title></rect>\
             <text x=\"{}\" y=\"{}\">{count}</text>",
            label_width - 6,
            y + 13,
            escape(label),
            escape(label),
            label_width + length + 6,
            y + 13,
        );
    }
    svg.push_str("</svg>\n</figure>\n");
    svg
}

fn severity_chart(summary: &crate::report::Summary) -> String {
    bar_chart(
        "Findings per severity",
        80,
        &[
            ("errors".to_string(), summary.errors, "error"),
            ("warnings".to_string(), summary.warnings, "warning"),
            ("notes".to_string(), summary.infos, "info"),
        ],
    )
}

fn rule_chart(summary: &crate::report::Summary) -> String {
    let bars: Vec<(String, usize, &str)> = summary
        .by_rule
        .iter()
        .map(|(rule, count)| {
            (
                rule.clone(),
                count.findings + count.not_judged,
                severity_class(count.severity),
            )
        })
        .collect();
    let longest = bars.iter().map(|b| b.0.chars().count()).max().unwrap_or(0);
    bar_chart("Findings per rule", 16 + longest * 8, &bars)
}

/// Per unit (by its path), the findings that concern it: those that judged it, and those
/// that judged a record referring to it (a post in the unit).
fn findings_by_unit(outcome: &Outcome) -> (BTreeMap<String, Vec<usize>>, usize) {
    let mut by_unit: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    let mut elsewhere = 0;
    for (number, diagnostic) in outcome.diagnostics.iter().enumerate() {
        let Some(data) = diagnostic.finding.as_deref() else {
            continue;
        };
        let units: Vec<&str> = std::iter::once(&data.record)
            .chain(&data.refers_to)
            .filter(|record| record.collection == UNITS)
            .map(|record| record.path.as_str())
            .collect();
        if units.is_empty() {
            elsewhere += 1;
        }
        for unit in units {
            by_unit.entry(unit.to_string()).or_default().push(number);
        }
    }
    (by_unit, elsewhere)
}

fn units_table(outcome: &Outcome, plan_index: usize) -> String {
    let Some(table) = &outcome.overview.units else {
        return String::new();
    };
    let (by_unit, elsewhere) = findings_by_unit(outcome);
    let mut out = String::from("<h3>Units</h3>\n");
    let _ = writeln!(
        out,
        "<p class=\"muted\">Each unit is coloured by its worst finding: red for an error, orange for a warning, blue for a note, green for none. {elsewhere} finding(s) concern no single unit (a province, a person).</p>"
    );
    out.push_str("<table class=\"units\">\n<thead><tr>");
    for column in &table.columns {
        let _ = write!(out, "<th>{}</th>", escape(column));
    }
    out.push_str("<th>errors</th><th>warnings</th><th>notes</th><th>rules broken</th></tr></thead>\n<tbody>\n");
    for (unit, cells) in &table.rows {
        let findings = by_unit.get(&unit.path).map(Vec::as_slice).unwrap_or(&[]);
        let count = |severity: Severity| {
            findings
                .iter()
                .filter(|&&n| outcome.diagnostics[n].severity == severity)
                .count()
        };
        let worst = findings
            .iter()
            .map(|&n| outcome.diagnostics[n].severity)
            .max()
            .map_or("clean", severity_class);
        let _ = write!(out, "<tr class=\"{worst}\">");
        for cell in cells {
            let _ = write!(out, "<td>{}</td>", escape(cell));
        }
        let links: Vec<String> = findings
            .iter()
            .map(|&n| {
                format!(
                    "<a href=\"#p{plan_index}-f{n}\">{}</a>",
                    escape(&outcome.diagnostics[n].code)
                )
            })
            .collect();
        let _ = writeln!(
            out,
            "<td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td>{}</td></tr>",
            count(Severity::Error),
            count(Severity::Warning),
            count(Severity::Info),
            links.join(" ")
        );
    }
    out.push_str("</tbody>\n</table>\n");
    out
}

/// A finding (or a load error) with its plan excerpt, reasons, fix and citation.
fn diagnostic_block(diagnostic: &Diagnostic, id: &str, report: Option<&Report>) -> String {
    let class = severity_class(diagnostic.severity);
    let data = diagnostic.finding.as_deref();
    let mut out = format!(
        "<article class=\"finding {class}\" id=\"{}\">\n",
        escape(id)
    );
    let title = data.map_or(String::new(), |d| format!(" — {}", d.title));
    let _ = writeln!(
        out,
        "<h4><span class=\"badge {class}\">{}</span> {}{}</h4>",
        if diagnostic.is_not_judged() {
            "not judged"
        } else {
            diagnostic.severity.as_str()
        },
        escape(&diagnostic.code),
        escape(&title)
    );
    let _ = writeln!(
        out,
        "<p class=\"message\">{}</p>",
        escape(&diagnostic.message)
    );
    if let Some(place) = Place::of(diagnostic) {
        let path = data.map_or(String::new(), |d| format!(" · {}", d.path));
        let _ = writeln!(
            out,
            "<p class=\"muted\">{}{}</p>",
            escape(&place.at()),
            escape(&path)
        );
        if let Some(file) = diagnostic.file() {
            out.push_str(&excerpt(file, place.start, place.end, CONTEXT));
            // The lines holding the values the reasons saw (a person's education for a
            // post), when they are elsewhere in the plan: a few, one line each.
            let shown = place.start.line.saturating_sub(CONTEXT)..=place.end.line + CONTEXT;
            let mut lines: Vec<(Location, Location)> = Vec::new();
            for seen in data.iter().flat_map(|d| &d.reasons).flat_map(|w| &w.values) {
                let start = file.location(seen.span.start as usize);
                let end = file.location(seen.span.end as usize);
                let new =
                    !shown.contains(&start.line) && lines.iter().all(|l| l.0.line != start.line);
                if new && lines.len() < 3 {
                    lines.push((start, end));
                }
            }
            for (start, end) in lines {
                out.push_str(&excerpt(file, start, end, 0));
            }
        }
    }
    match data {
        Some(data) => {
            if !data.reasons.is_empty() {
                out.push_str("<ul class=\"why\">\n");
                for why in &data.reasons {
                    let seen: Vec<String> = why
                        .values
                        .iter()
                        .take(4)
                        .filter_map(|seen| {
                            let file = diagnostic.file()?;
                            let at = file.position_words(seen.span.start as usize);
                            Some(format!("{} ({at}: {})", seen.path, seen.label))
                        })
                        .collect();
                    let more = why.values.len().saturating_sub(4);
                    let mut text = why.text.clone();
                    if !seen.is_empty() {
                        text.push_str(&format!("; seen at {}", seen.join(", ")));
                    }
                    if more > 0 {
                        text.push_str(&format!(" and {more} more"));
                    }
                    let _ = writeln!(out, "<li>Why: {}</li>", escape(&text));
                }
                out.push_str("</ul>\n");
            }
            if let Some(fix) = &data.fix {
                let _ = writeln!(out, "<p><b>Fix:</b> {}</p>", escape(fix));
            }
            let rule = report.and_then(|r| r.rule(&diagnostic.code));
            let defined = rule
                .map(|rule| format!(" (rule at {}:{})", rule.source.name(), rule.location))
                .unwrap_or_default();
            // The citation links the source's public text when the rule gives its address.
            let citation = match rule.and_then(|rule| rule.source_url.as_deref()) {
                Some(url) => format!("<a href=\"{}\">{}</a>", escape(url), escape(&data.citation)),
                None => escape(&data.citation),
            };
            let checked = rule
                .and_then(|rule| rule.source_checked)
                .map(|date| format!(", checked {date}"))
                .unwrap_or_default();
            let _ = writeln!(
                out,
                "<p class=\"citation\">Source: {citation}{}{}</p>",
                escape(&checked),
                escape(&defined)
            );
        }
        None => {
            if let Some(help) = &diagnostic.help {
                let _ = writeln!(out, "<p>{}</p>", escape(help));
            }
        }
    }
    out.push_str("</article>\n");
    out
}

/// The lines around a span, numbered, the span's lines highlighted.
fn excerpt(file: &Source, start: Location, end: Location, context: usize) -> String {
    let first = start.line.saturating_sub(context).max(1);
    let last = end.line.max(start.line) + context;
    let mut out = String::from("<pre class=\"excerpt\">");
    for line in first..=last {
        let Some(text) = line_text(file, line) else {
            break;
        };
        let hit = if (start.line..=end.line.max(start.line)).contains(&line) {
            " class=\"hit\""
        } else {
            ""
        };
        // A workbook's lines are rows of its sheets: numbered as the sheet numbers them.
        let number = file
            .offset_of(Location { line, column: 1 })
            .and_then(|offset| file.cell(offset))
            .map_or(line, |cell| cell.row as usize);
        let _ = write!(out, "<span{hit}><i>{number}</i>{}</span>", escape(text));
    }
    out.push_str("</pre>\n");
    out
}

fn line_text(file: &Source, line: usize) -> Option<&str> {
    let start = file.offset_of(Location { line, column: 1 })?;
    let rest = file.text().get(start..)?;
    if rest.is_empty() && line > 1 {
        return None;
    }
    let end = rest.find('\n').unwrap_or(rest.len());
    Some(rest[..end].trim_end_matches('\r'))
}

/// Text made safe for HTML content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn escapes_markup() {
        assert_eq!(
            escape("<script>alert('x' & \"y\")</script>"),
            "&lt;script&gt;alert(&#39;x&#39; &amp; &quot;y&quot;)&lt;/script&gt;"
        );
    }
}
