//! `html`: one self-contained page for the officials who approve a plan. Per plan: its
//! header; at the top, in one screen, what must be fixed before the plan can be approved
//! (each error linked) and what else to review; then every finding grouped by province and
//! unit (`report/groups.rs`), errors first, each a plain sentence with the plan's lines around it
//! and the rule's source linked (`finding.rs`); the waived findings apart. Every text comes
//! from the message catalog (`i18n/`), in the report's language. No script, font or image is fetched: the page
//! works offline, from an e-mail and printed (`print.css`: A4, a unit a page, the plan and
//! its date atop every page, page numbers).

mod finding;

use std::fmt::Write as _;

use crate::check::Outcome;
use crate::lang::Lang;
use crate::report::{PlanReport, Report};

use crate::eval::display::display_date;
use crate::i18n::{t, t_args, t_with};
use crate::report::groups::{group, rank, Grouped};

const STYLE: &str = include_str!("style.css");
const PRINT: &str = include_str!("print.css");

pub fn render(report: &Report) -> String {
    let lang = report.lang;
    let mut page = String::new();
    let _ = writeln!(
        page,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">",
        lang.tag()
    );
    page.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    let title = match report.plans.as_slice() {
        [one] => t_with(lang, "page-title", &[("plan", &one.file)]),
        plans => t_with(lang, "page-title-many", &[("count", &plans.len())]),
    };
    let _ = writeln!(page, "<title>{}</title>", escape(&title));
    let _ = writeln!(
        page,
        "<style>\n{STYLE}{PRINT}{}</style>\n</head>\n<body>",
        running_headers(report)
    );
    let _ = writeln!(
        page,
        "<header>\n<h1>{}</h1>\n<p class=\"muted\">{}</p>\n</header>\n<main>",
        escape(&title),
        escape(&t_with(
            lang,
            "page-checked-by",
            &[
                ("version", &env!("CARGO_PKG_VERSION")),
                ("rules", &report.rules.len())
            ]
        ))
    );
    if !report.rule_diagnostics.is_empty() {
        let _ = writeln!(
            page,
            "<section class=\"rules\">\n<h2>{}</h2>",
            t(lang, "page-rules-said")
        );
        for (number, diagnostic) in report.rule_diagnostics.iter().enumerate() {
            let id = format!("rules-{number}");
            page.push_str(&finding::block(lang, diagnostic, &id, None, false));
        }
        page.push_str("</section>\n");
    }
    if report.plans.len() > 1 {
        let _ = writeln!(
            page,
            "<nav aria-labelledby=\"plans\">\n<h2 id=\"plans\">{}</h2>\n<ul>",
            t(lang, "page-plans")
        );
        for (index, plan) in report.plans.iter().enumerate() {
            let _ = writeln!(
                page,
                "<li><a href=\"#plan-{index}\">{}</a>: {}</li>",
                escape(&plan.file),
                escape(&totals(lang, plan))
            );
        }
        page.push_str("</ul>\n</nav>\n");
    }
    for (index, plan) in report.plans.iter().enumerate() {
        page.push_str(&plan_section(report, plan, index));
    }
    page.push_str("</main>\n</body>\n</html>\n");
    page
}

/// The printed pages' margins: each plan's pages carry its name and date at the top, every
/// page its number at the foot. A named page per plan, as the header differs by plan.
fn running_headers(report: &Report) -> String {
    let mut css = format!(
        "@page {{ @bottom-right {{ content: \"{} \" counter(page) \" / \" counter(pages); font: 9pt \"Noto Sans\", sans-serif; color: #444; }} }}\n",
        css_string(&t(report.lang, "page-number"))
    );
    // The page's own header shares the first plan's pages (a new page name forces a break).
    if !report.plans.is_empty() {
        css.push_str("body { page: plan-0; }\n");
    }
    for (index, plan) in report.plans.iter().enumerate() {
        let date = match &plan.result {
            Ok(outcome) => format!(" · {}", display_date(outcome.date, report.lang)),
            Err(_) => String::new(),
        };
        let _ = writeln!(
            css,
            "section#plan-{index} {{ page: plan-{index}; }}\n@page plan-{index} {{ @top-left {{ content: \"{}{}\"; font: 9pt \"Noto Sans\", sans-serif; color: #444; }} }}",
            css_string(&plan_name(plan)),
            css_string(&date),
        );
    }
    css
}

/// A plan as the page names it: its title and file, else its file.
fn plan_name(plan: &PlanReport) -> String {
    let title = plan.result.as_ref().ok().and_then(|outcome| {
        outcome
            .overview
            .header
            .iter()
            .find(|field| field.name == "title")
            .map(|field| field.value.clone())
    });
    match title {
        Some(title) => format!("{title} ({})", plan.file),
        None => plan.file.clone(),
    }
}

/// Text as the body of a CSS string inside `<style>`: quotes, backslashes and line breaks
/// escaped, and `<` too, so the text can never close the style element.
fn css_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '"' | '\\' | '<' | '>' | '&' | '\n' | '\r' => {
                let _ = write!(out, "\\{:x} ", c as u32);
            }
            c => out.push(c),
        }
    }
    out
}

/// `2 errors, 1 warning, ...`: what a plan holds, the counts that are not zero.
fn totals(lang: Lang, plan: &PlanReport) -> String {
    match &plan.result {
        Ok(outcome) => {
            let summary = &outcome.summary;
            let parts: Vec<String> = [
                ("page-count-load-errors", summary.load_errors),
                ("count-errors", summary.errors),
                ("count-warnings", summary.warnings),
                ("page-count-not-judged", summary.not_judged),
                ("count-notes", summary.infos),
                ("count-waived", summary.waived),
            ]
            .into_iter()
            .filter(|&(id, n)| n > 0 || id == "count-errors")
            .map(|(id, n)| count(lang, id, n))
            .collect();
            parts.join(", ")
        }
        Err(errors) => not_checked(lang, plan, errors.len()),
    }
}

fn not_checked(lang: Lang, plan: &PlanReport, errors: usize) -> String {
    let id = if plan.read {
        "page-not-loaded"
    } else {
        "page-not-read"
    };
    t_with(lang, id, &[("count", &errors)])
}

fn plan_section(report: &Report, plan: &PlanReport, index: usize) -> String {
    let lang = report.lang;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "<section class=\"plan\" id=\"plan-{index}\" aria-labelledby=\"plan-{index}-name\">\n<h2 id=\"plan-{index}-name\">{}</h2>",
        escape(&plan_name(plan))
    );
    let outcome = match &plan.result {
        Ok(outcome) => outcome,
        Err(errors) => {
            let _ = writeln!(
                out,
                "<section class=\"must-fix\">\n<p class=\"count error\">{}</p>",
                escape(&not_checked(lang, plan, errors.len()))
            );
            for (number, diagnostic) in errors.iter().enumerate() {
                let id = format!("p{index}-e{number}");
                out.push_str(&finding::block(lang, diagnostic, &id, None, true));
            }
            out.push_str("</section>\n</section>\n");
            return out;
        }
    };
    out.push_str(&header(lang, outcome));
    let grouped = group(outcome);
    out.push_str(&must_fix(lang, outcome, &grouped, index));
    out.push_str(&load_errors(lang, outcome, index));
    if outcome.diagnostics.is_empty() {
        let _ = writeln!(out, "<p>{}</p>", t(lang, "page-no-finding"));
    }
    for (p, province) in grouped.provinces.iter().enumerate() {
        let _ = writeln!(
            out,
            "<section class=\"province\" aria-labelledby=\"p{index}-v{p}\">\n<h3 id=\"p{index}-v{p}\">{}</h3>",
            escape(&province.name)
        );
        if !province.findings.is_empty() {
            out.push_str(&unit_section(
                report,
                outcome,
                &format!("p{index}-v{p}-all"),
                &t(lang, "page-province-level"),
                &province.findings,
            ));
        }
        for unit in &province.units {
            let heading = unit.heading(lang);
            out.push_str(&unit_section(
                report,
                outcome,
                &format!("p{index}-u{}", unit.row),
                &heading,
                &unit.findings,
            ));
        }
        if !province.clean.is_empty() {
            let _ = writeln!(
                out,
                "<p class=\"clean-units\">{} {}</p>",
                t(lang, "page-clean-units"),
                escape(&province.clean.join(", "))
            );
        }
        out.push_str("</section>\n");
    }
    if !grouped.elsewhere.is_empty() {
        out.push_str(&unit_section(
            report,
            outcome,
            &format!("p{index}-other"),
            &t(lang, "page-across-units"),
            &grouped.elsewhere,
        ));
    }
    out.push_str(&waived(lang, outcome));
    out.push_str("</section>\n");
    out
}

/// The plan's header fields, the date it is judged as of, and its sections' sizes.
fn header(lang: Lang, outcome: &Outcome) -> String {
    let mut out = String::from("<dl class=\"header\">\n");
    let mut dated = false;
    let judged_as_of = display_date(outcome.date, lang);
    for field in &outcome.overview.header {
        // A reference to a province shows its name beside its code.
        let province = outcome
            .overview
            .provinces
            .iter()
            .find(|p| field.name == "province" && p.key.as_deref() == Some(field.value.as_str()))
            .and_then(|p| p.name.as_deref());
        let value = match province {
            Some(province) => format!("{province} ({})", field.value),
            None => field.value.clone(),
        };
        dated |= field.name == "date" && value == judged_as_of;
        let _ = writeln!(
            out,
            "<dt>{}</dt><dd>{}</dd>",
            escape(&field.label),
            escape(&value)
        );
    }
    // The day the rules are judged as of, when it is not the plan's own date.
    if !dated {
        let _ = writeln!(
            out,
            "<dt>{}</dt><dd>{}</dd>",
            t(lang, "page-judged-as-of"),
            judged_as_of
        );
    }
    let sections: Vec<String> = outcome
        .overview
        .counts
        .iter()
        .map(|(label, n)| format!("{label}: {n}"))
        .collect();
    let _ = writeln!(
        out,
        "<dt>{}</dt><dd>{}</dd>\n</dl>",
        t(lang, "page-records"),
        escape(&sections.join("; "))
    );
    out
}

/// A unit (or the province, or the plan as a whole) and its findings, errors first.
fn unit_section(
    report: &Report,
    outcome: &Outcome,
    id: &str,
    heading: &str,
    findings: &[usize],
) -> String {
    let lang = report.lang;
    let mut out = format!(
        "<section class=\"unit\" aria-labelledby=\"{id}\">\n<h4 id=\"{id}\">{} <span class=\"muted\">· {}</span></h4>\n",
        escape(heading),
        escape(&group_counts(lang, outcome, findings))
    );
    for &n in findings {
        let diagnostic = &outcome.diagnostics[n];
        out.push_str(&finding::block(
            lang,
            diagnostic,
            &finding_id(id, n),
            Some(report),
            false,
        ));
    }
    out.push_str("</section>\n");
    out
}

/// A finding's anchor: the plan's prefix (`p0`) and its number among the plan's findings.
fn finding_id(group: &str, n: usize) -> String {
    let plan = group.split('-').next().unwrap_or(group);
    format!("{plan}-f{n}")
}

/// `2 errors, 1 warning`: a group's findings counted by kind.
fn group_counts(lang: Lang, outcome: &Outcome, findings: &[usize]) -> String {
    let mut counts = [0usize; 4];
    for &n in findings {
        counts[rank(&outcome.diagnostics[n]) as usize] += 1;
    }
    [
        "count-errors",
        "count-warnings",
        "page-count-not-judged",
        "count-notes",
    ]
    .into_iter()
    .zip(counts)
    .filter(|&(_, n)| n > 0)
    .map(|(id, n)| count(lang, id, n))
    .collect::<Vec<_>>()
    .join(", ")
}

/// What must be fixed before the plan can be approved, in one screen: the load errors and
/// the errors, counted, each linked by its rule's title under its unit; then the counts of
/// what else to review.
fn must_fix(lang: Lang, outcome: &Outcome, grouped: &Grouped, index: usize) -> String {
    let summary = &outcome.summary;
    let blocking = summary.load_errors + summary.errors;
    let mut out = String::new();
    if blocking == 0 {
        let _ = writeln!(
            out,
            "<section class=\"must-fix clean\" id=\"p{index}-must-fix\" aria-labelledby=\"p{index}-must-fix-h\">\n<h3 id=\"p{index}-must-fix-h\">{}</h3>\n<p>{}</p>",
            t(lang, "page-nothing-blocks"),
            t(lang, "page-nothing-blocks-text")
        );
    } else {
        let mut counted = Vec::new();
        if summary.load_errors > 0 {
            counted.push(count(lang, "page-count-load-errors", summary.load_errors));
        }
        if summary.errors > 0 {
            counted.push(count(lang, "count-errors", summary.errors));
        }
        let counted = counted.join(&format!(" {} ", t(lang, "page-and")));
        let _ = writeln!(
            out,
            "<section class=\"must-fix\" id=\"p{index}-must-fix\" aria-labelledby=\"p{index}-must-fix-h\">\n<h3 id=\"p{index}-must-fix-h\">{}</h3>\n<p class=\"count error\">{}</p>\n<ul>",
            t(lang, "page-must-fix"),
            escape(&t_with(lang, "page-must-fix-count", &[("errors", &counted)]))
        );
        if !outcome.load_errors.is_empty() {
            let links: Vec<String> = outcome
                .load_errors
                .iter()
                .enumerate()
                .map(|(n, diagnostic)| {
                    link(&format!("p{index}-l{n}"), &finding::short_title(diagnostic))
                })
                .collect();
            let _ = writeln!(
                out,
                "<li><b>{}</b>: {}</li>",
                t(lang, "page-load-errors-heading"),
                links.join(" · ")
            );
        }
        // A rule broken several times in a unit: its title once, then numbered links.
        let errors_of = |findings: &[usize]| -> Vec<String> {
            let mut titles: Vec<(String, Vec<usize>)> = Vec::new();
            for &n in findings {
                if rank(&outcome.diagnostics[n]) != 0 {
                    continue;
                }
                let title = finding::short_title(&outcome.diagnostics[n]);
                match titles.iter_mut().find(|(t, _)| *t == title) {
                    Some((_, numbers)) => numbers.push(n),
                    None => titles.push((title, vec![n])),
                }
            }
            titles
                .into_iter()
                .map(|(title, numbers)| {
                    let first = link(&format!("p{index}-f{}", numbers[0]), &title);
                    if numbers.len() == 1 {
                        return first;
                    }
                    let rest: Vec<String> = numbers
                        .iter()
                        .enumerate()
                        .skip(1)
                        .map(|(k, n)| link(&format!("p{index}-f{n}"), &format!("{}", k + 1)))
                        .collect();
                    format!("{first} ({})", rest.join(", "))
                })
                .collect()
        };
        let mut line = |name: &str, findings: &[usize]| {
            let links = errors_of(findings);
            if !links.is_empty() {
                let _ = writeln!(
                    out,
                    "<li><b>{}</b>: {}</li>",
                    escape(name),
                    links.join(" · ")
                );
            }
        };
        for province in &grouped.provinces {
            line(&province.name, &province.findings);
            for unit in &province.units {
                line(&unit.name, &unit.findings);
            }
        }
        line(&t(lang, "page-across-units"), &grouped.elsewhere);
        out.push_str("</ul>\n");
    }
    let review: Vec<String> = [
        ("warning", "count-warnings", summary.warnings),
        ("warning", "page-count-not-judged", summary.not_judged),
        ("info", "count-notes", summary.infos),
        ("clean", "count-waived", summary.waived),
    ]
    .into_iter()
    .filter(|&(.., n)| n > 0)
    .map(|(class, id, n)| {
        format!(
            "<span class=\"count {class}\">{}</span>",
            escape(&count(lang, id, n))
        )
    })
    .collect();
    let _ = writeln!(
        out,
        "<p class=\"review\">{}</p>\n</section>",
        if review.is_empty() {
            t(lang, "page-nothing-to-review").to_string()
        } else {
            format!("{} {}", t(lang, "page-to-review"), review.join(" · "))
        }
    );
    out
}

fn link(id: &str, text: &str) -> String {
    format!("<a href=\"#{id}\">{}</a>", escape(text))
}

/// What loading refused in a plan checked all the same, each error in full.
fn load_errors(lang: Lang, outcome: &Outcome, index: usize) -> String {
    if outcome.load_errors.is_empty() {
        return String::new();
    }
    let mut out = format!(
        "<section class=\"load-errors\" aria-labelledby=\"p{index}-load\">\n<h3 id=\"p{index}-load\">{}</h3>\n<p>{}</p>\n",
        t(lang, "page-load-errors-heading"),
        t(lang, "page-load-errors-text")
    );
    for (number, diagnostic) in outcome.load_errors.iter().enumerate() {
        let id = format!("p{index}-l{number}");
        out.push_str(&finding::block(lang, diagnostic, &id, None, true));
    }
    out.push_str("</section>\n");
    out
}

/// The findings the plan's waivers cover, apart: which, until when, by whom, why.
fn waived(lang: Lang, outcome: &Outcome) -> String {
    if outcome.waived.is_empty() {
        return String::new();
    }
    let mut out = format!(
        "<section class=\"waived\">\n<h3>{}</h3>\n<p>{}</p>\n<table>\n<thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead>\n<tbody>\n",
        t(lang, "page-waived-heading"),
        t(lang, "page-waived-text"),
        t(lang, "page-waived-finding"),
        t(lang, "page-waived-until"),
        t(lang, "page-waived-by"),
        t(lang, "page-waived-reason"),
    );
    for waived in &outcome.waived {
        let _ = writeln!(
            out,
            "<tr><td><b>{}</b> <span class=\"muted\">{}</span><br>{}</td><td class=\"date\">{}</td><td>{}</td><td>{}</td></tr>",
            escape(&finding::short_title(&waived.finding)),
            escape(&waived.finding.code),
            escape(&waived.finding.message),
            display_date(waived.waiver.expires, lang),
            escape(&waived.waiver.approved_by),
            escape(&waived.waiver.reason),
        );
    }
    out.push_str("</tbody>\n</table>\n</section>\n");
    out
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

/// A counted phrase, `3 errors`: message `id` with its plural chosen by `n`.
fn count(lang: Lang, id: &str, n: usize) -> String {
    t_args(lang, id, &[("n", n.into())])
}

#[cfg(test)]
mod tests {
    use super::{css_string, escape};

    #[test]
    fn escapes_markup() {
        assert_eq!(
            escape("<script>alert('x' & \"y\")</script>"),
            "&lt;script&gt;alert(&#39;x&#39; &amp; &quot;y&quot;)&lt;/script&gt;"
        );
    }

    #[test]
    fn css_strings_cannot_close_their_string_or_the_style() {
        assert_eq!(css_string("a\"b\\</style>"), "a\\22 b\\5c \\3c /style\\3e ");
        assert_eq!(css_string("Xã Hòa Tiến"), "Xã Hòa Tiến");
    }
}
