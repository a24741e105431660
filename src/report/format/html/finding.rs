//! One finding (or load error) on the page: its kind, the message as a plain sentence, where
//! it is in the plan with the lines around it (the value marked), why in plain sentences
//! with names and lines, what to do, and the
//! rule's source linked; the rule's reasoning folded away for drafters.

use std::fmt::Write as _;

use crate::ast::Severity;
use crate::diagnostic::Diagnostic;
use crate::lang::Lang;
use crate::report::format::Place;
use crate::report::Report;
use crate::source::{Location, Source};

use super::escape;
use crate::i18n::{t, t_with};

/// Lines shown before and after a finding's line in its excerpt.
const CONTEXT: usize = 2;
/// Lines shown, at most, for the values a rule read elsewhere in the plan.
const MORE_LINES: usize = 3;

pub fn severity_class(diagnostic: &Diagnostic) -> &'static str {
    diagnostic.severity.as_str()
}

/// The badge's word: error, warning, note, not judged, or an error in the plan file.
pub fn badge(lang: Lang, diagnostic: &Diagnostic, load_error: bool) -> String {
    let id = match diagnostic.severity {
        _ if load_error => "page-badge-load-error",
        _ if diagnostic.is_not_judged() => "page-badge-not-judged",
        Severity::Error => "page-badge-error",
        Severity::Warning => "page-badge-warning",
        Severity::Info => "page-badge-info",
    };
    t(lang, id)
}

/// The title a link to the finding shows: the rule's title, or the message's first line.
pub fn short_title(diagnostic: &Diagnostic) -> String {
    match diagnostic.finding.as_deref() {
        Some(data) => data.title.clone(),
        None => crate::report::format::one_line(&diagnostic.message),
    }
}

pub fn block(
    lang: Lang,
    diagnostic: &Diagnostic,
    id: &str,
    report: Option<&Report>,
    load_error: bool,
) -> String {
    let class = severity_class(diagnostic);
    let data = diagnostic.finding.as_deref();
    let mut out = format!(
        "<article class=\"finding {class}\" id=\"{}\">\n",
        escape(id)
    );
    // A rule's finding is titled by the rule; any other diagnostic by its code alone, as
    // its message follows.
    let title = data.map_or(String::new(), |data| format!("{} ", escape(&data.title)));
    let _ = writeln!(
        out,
        "<h5><span class=\"badge {class}\">{}</span> {title}<span class=\"rule\">{}</span></h5>",
        badge(lang, diagnostic, load_error),
        escape(&diagnostic.code),
    );
    let _ = writeln!(
        out,
        "<p class=\"message\">{}</p>",
        escape(&diagnostic.message)
    );
    if let (Some(place), Some(file)) = (Place::of(diagnostic), diagnostic.file()) {
        let at = match &place.cell {
            Some(cell) => t_with(lang, "page-cell", &[("file", &place.file), ("cell", cell)]),
            None => t_with(
                lang,
                "page-line",
                &[("file", &place.file), ("line", &place.start.line)],
            ),
        };
        let _ = writeln!(out, "<p class=\"muted\">{}</p>", escape(&at));
        out.push_str(&excerpt(file, place.start, place.end, (CONTEXT, CONTEXT)));
        // The values the rule read elsewhere in the plan (a person's education for a
        // post): a few, one line each, the value marked.
        let shown = place.start.line.saturating_sub(CONTEXT)..=place.end.line + CONTEXT;
        let mut lines: Vec<(Location, Location, usize)> = Vec::new();
        for seen in data.iter().flat_map(|d| &d.reasons).flat_map(|w| &w.values) {
            let start = file.location(seen.span.start as usize);
            let end = file.location(seen.span.end as usize);
            let new = !shown.contains(&start.line) && lines.iter().all(|l| l.0.line != start.line);
            // A whole record counted (`posts[13]`, a post a person holds): its first lines,
            // which say which post in which unit; a field: its one line.
            let after = if seen.path.contains('.') { 0 } else { CONTEXT };
            if new && lines.len() < MORE_LINES {
                lines.push((start, end, after));
            }
        }
        for (start, end, after) in lines {
            out.push_str(&excerpt(file, start, end, (0, after)));
        }
    }
    match data {
        Some(data) => {
            out.push_str(&why(lang, data));
            if let Some(fix) = &data.fix {
                let _ = writeln!(
                    out,
                    "<p class=\"fix\"><b>{}</b> {}</p>",
                    t(lang, "page-fix"),
                    escape(fix)
                );
            }
            let rule = report.and_then(|r| r.rule(&diagnostic.code));
            // The citation links the source's public text when the rule gives its address.
            let citation = match rule.and_then(|rule| rule.source_url.as_deref()) {
                Some(url) => format!("<a href=\"{}\">{}</a>", escape(url), escape(&data.citation)),
                None => escape(&data.citation),
            };
            let checked = rule
                .and_then(|rule| rule.source_checked)
                .map(|date| {
                    format!(
                        " ({})",
                        t_with(lang, "page-source-checked", &[("date", &date)])
                    )
                })
                .unwrap_or_default();
            let _ = writeln!(
                out,
                "<p class=\"citation\">{} {citation}{}</p>",
                t(lang, "page-source"),
                escape(&checked)
            );
            out.push_str(&for_drafters(lang, diagnostic, rule));
        }
        None => {
            if let Some(help) = &diagnostic.help {
                let _ = writeln!(out, "<p class=\"fix\">{}</p>", escape(help));
            }
        }
    }
    out.push_str("</article>\n");
    out
}

/// Why the record failed, in plain sentences: the people, posts and units by name, each
/// with its line (`eval/plain.rs`).
fn why(lang: Lang, data: &crate::diagnostic::FindingData) -> String {
    match data.plain.as_slice() {
        [] => String::new(),
        [one] => format!(
            "<p class=\"why\"><b>{}</b> {}</p>\n",
            t(lang, "page-why"),
            escape(one)
        ),
        many => {
            let items: String = many
                .iter()
                .map(|text| format!("<li>{}</li>\n", escape(text)))
                .collect();
            format!(
                "<div class=\"why\"><b>{}</b>\n<ul>\n{items}</ul></div>\n",
                t(lang, "page-why")
            )
        }
    }
}

/// The rule's reasoning as the evaluator explains it (expressions, record paths): folded
/// away, and left out of print, for the drafter who wants to see how the rule decided.
fn for_drafters(
    lang: Lang,
    diagnostic: &Diagnostic,
    rule: Option<&crate::report::RuleInfo>,
) -> String {
    let Some(data) = diagnostic.finding.as_deref() else {
        return String::new();
    };
    let mut out = format!(
        "<details><summary>{}</summary>\n<ul>\n",
        t(lang, "page-for-drafters")
    );
    for why in &data.reasons {
        let seen: Vec<String> = why
            .values
            .iter()
            .take(4)
            .filter_map(|seen| {
                let file = diagnostic.file()?;
                let at = file.position_words(seen.span.start as usize, lang);
                Some(format!("{} ({at}: {})", seen.path, seen.label))
            })
            .collect();
        let mut text = why.text.clone();
        if !seen.is_empty() {
            let _ = write!(text, "; {} {}", t(lang, "page-seen-at"), seen.join(", "));
        }
        let more = why.values.len().saturating_sub(4);
        if more > 0 {
            let _ = write!(
                text,
                " {}",
                t_with(lang, "page-and-more", &[("count", &more)])
            );
        }
        let _ = writeln!(out, "<li>{}</li>", escape(&text));
    }
    if let Some(rule) = rule {
        let place = format!("{}:{}", rule.source.name(), rule.location);
        let _ = writeln!(
            out,
            "<li>{}</li>",
            escape(&t_with(
                lang,
                "page-rule-at",
                &[("rule", &rule.id), ("place", &place)]
            ))
        );
    }
    out.push_str("</ul>\n</details>\n");
    out
}

/// The lines around a span (`context` lines before and after), numbered, the span's lines
/// highlighted and the span marked.
fn excerpt(file: &Source, start: Location, end: Location, context: (usize, usize)) -> String {
    let last_hit = end.line.max(start.line);
    let first = start.line.saturating_sub(context.0).max(1);
    let last = last_hit + context.1;
    let mut out = String::from("<pre class=\"excerpt\">");
    for line in first..=last {
        let Some(text) = line_text(file, line) else {
            break;
        };
        // A workbook's lines are rows of its sheets: numbered as the sheet numbers them.
        let number = file
            .offset_of(Location { line, column: 1 })
            .and_then(|offset| file.cell(offset))
            .map_or(line, |cell| cell.row as usize);
        if !(start.line..=last_hit).contains(&line) {
            let _ = write!(out, "<span><i>{number}</i>{}</span>", escape(text));
            continue;
        }
        // Columns count characters from 1; the end column is the character after the span.
        let from = if line == start.line {
            start.column - 1
        } else {
            0
        };
        let to = if line == end.line && (end.line > start.line || end.column > start.column) {
            end.column - 1
        } else {
            usize::MAX
        };
        let (before, marked, after) = split_chars(text, from, to);
        let marked = if marked.trim().is_empty() {
            escape(marked)
        } else {
            format!("<mark>{}</mark>", escape(marked))
        };
        let _ = write!(
            out,
            "<span class=\"hit\"><i>{number}</i>{}{marked}{}</span>",
            escape(before),
            escape(after)
        );
    }
    out.push_str("</pre>\n");
    out
}

/// `text` cut at character positions `from` and `to` (each clamped to its length).
fn split_chars(text: &str, from: usize, to: usize) -> (&str, &str, &str) {
    let byte = |chars: usize| {
        text.char_indices()
            .nth(chars)
            .map_or(text.len(), |(i, _)| i)
    };
    let (from, to) = (byte(from), byte(to.max(from)));
    (&text[..from], &text[from..to], &text[to..])
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

#[cfg(test)]
mod tests {
    use super::split_chars;

    #[test]
    fn splits_at_characters_not_bytes() {
        assert_eq!(split_chars("name: Xã Hòa", 6, 8), ("name: ", "Xã", " Hòa"));
        assert_eq!(split_chars("ab", 1, usize::MAX), ("a", "b", ""));
        assert_eq!(split_chars("ab", 5, 9), ("ab", "", ""));
    }
}
