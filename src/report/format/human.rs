//! `human`: miette's graphical form, for people at a terminal (the default format).

use std::borrow::Cow;
use std::io::IsTerminal;

use miette::{GraphicalReportHandler, GraphicalTheme};

use crate::check::Outcome;
use crate::diagnostic::Diagnostic;
use crate::i18n::{t, t_args};
use crate::lang::Lang;
use crate::report::{groups, PlanReport, Report};

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

impl ColorChoice {
    /// Whether to colour output going to stdout, honouring `NO_COLOR`.
    pub fn enabled(self) -> bool {
        match self {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                    && std::io::stdout().is_terminal()
            }
        }
    }
}

#[derive(Clone, Copy, Debug)]
pub struct Style {
    pub color: bool,
    pub width: usize,
    /// The most diagnostics the streams (`human`, `plain`, `github`) show per plan; a line
    /// counts the rest, which the summary still counts.
    pub max_diagnostics: usize,
    /// The language of the texts the renderer adds (headings, counts).
    pub lang: Lang,
    /// Show each finding as rule drafters read it: the rule's clauses and the values they
    /// saw, labelled in the plan, and the rule's source (`check --explain`).
    pub explain: bool,
}

/// The values a finding marks in the plan, at most, as an official reads it.
const MARKED_VALUES: usize = 3;

/// `--max-diagnostics`' default: enough to see what is wrong, not a flood.
pub const MAX_DIAGNOSTICS: usize = 300;

impl Default for Style {
    fn default() -> Self {
        Style {
            color: false,
            width: 100,
            max_diagnostics: MAX_DIAGNOSTICS,
            lang: Lang::En,
            explain: false,
        }
    }
}

impl Style {
    /// The default style, its words in `lang`.
    pub fn in_lang(lang: Lang) -> Style {
        Style {
            lang,
            ..Style::default()
        }
    }
}

/// The line that stands for the diagnostics past the limit, if any; `what` is the catalog id
/// of what they are (`what-findings`).
pub fn not_shown(total: usize, style: Style, what: &str) -> String {
    match total.checked_sub(style.max_diagnostics) {
        Some(rest) if rest > 0 => {
            let args = [
                ("rest", rest.into()),
                ("what", t(style.lang, what).into()),
                ("max", style.max_diagnostics.into()),
            ];
            t_args(style.lang, "not-shown", &args) + "\n"
        }
        _ => String::new(),
    }
}

/// One diagnostic in miette's graphical form.
pub fn render(diagnostic: &Diagnostic, style: Style) -> String {
    let theme = if style.color {
        GraphicalTheme::unicode()
    } else {
        GraphicalTheme::unicode_nocolor()
    };
    // A workbook's snippets are named by their cell (`plan.xlsx:people!F12`) by its source,
    // not by a line and column of its text view.
    let in_workbook = diagnostic.file().is_some_and(|file| file.is_workbook());
    // Narrower by what miette's `help:` grows to in the language (`miette_words`).
    let width = style
        .width
        .saturating_sub(super::miette_words::extra_width(style.lang))
        .max(20);
    let mut handler = GraphicalReportHandler::new_themed(theme)
        .with_width(width)
        .with_links(false);
    if in_workbook {
        handler = handler.without_primary_span_start();
    }
    let mut out = String::new();
    let diagnostic = &*super::workbook::with_header(diagnostic);
    if handler.render_report(&mut out, diagnostic).is_err() {
        // A span outside its source is our bug; still say what was found.
        out = format!("{}: {}\n", diagnostic.code, diagnostic.message);
    }
    super::miette_words::in_language(out, style.lang)
}

/// What loading the rules said (warnings, and each rule disabled or replaced), for a
/// `human` report written to a file: on a terminal they go to stderr before the plans, so a
/// file would otherwise lose them and an override would be silent there.
pub fn rules(report: &Report, style: Style) -> String {
    report
        .rule_diagnostics
        .iter()
        .map(|diagnostic| render(diagnostic, style) + "\n")
        .collect()
}

/// A checked plan as the terminal shows it on stdout: what loading refused, every finding
/// grouped as the HTML page groups them (by province and unit, errors first, under the
/// same headings), then the summary. A plan that was not loaded shows nothing here: its
/// errors go to stderr.
pub fn plan(plan: &PlanReport, style: Style) -> String {
    let mut out = String::new();
    if let Ok(outcome) = &plan.result {
        for diagnostic in outcome.load_errors.iter().take(style.max_diagnostics) {
            out.push_str(&render(diagnostic, style));
            out.push('\n');
        }
        out.push_str(&not_shown(
            outcome.load_errors.len(),
            style,
            "what-load-errors",
        ));
        let mut shown = 0;
        for (heading, findings) in sections(outcome, style.lang) {
            let room = style.max_diagnostics - shown;
            if room == 0 {
                break;
            }
            out.push_str(&heading);
            for &number in findings.iter().take(room) {
                let diagnostic = &outcome.diagnostics[number];
                out.push_str(&render(&as_read(diagnostic, style), style));
                out.push('\n');
            }
            shown += findings.len().min(room);
        }
        out.push_str(&not_shown(
            outcome.diagnostics.len(),
            style,
            "what-findings",
        ));
        out.push_str(&super::waived(outcome, style.lang));
        out.push_str(&super::fixed(outcome));
        out.push_str(&outcome.summary.render(&plan.file));
    }
    out
}

/// The groups of `report/groups.rs` in reading order, each with its heading: a province
/// underlined with `═`, the province as a whole, each unit and the findings about no unit
/// underlined with `─`.
fn sections(outcome: &Outcome, lang: Lang) -> Vec<(String, Vec<usize>)> {
    let grouped = groups::group(outcome);
    let mut sections = Vec::new();
    for province in &grouped.provinces {
        let mut first = true;
        let heading = |title: &str, first: &mut bool| {
            let mut text = String::new();
            if std::mem::take(first) {
                text.push_str(&underlined(&province.name, '═'));
            }
            text.push_str(&underlined(title, '─'));
            text
        };
        if !province.findings.is_empty() {
            let title = heading(&t(lang, "page-province-level"), &mut first);
            sections.push((title, province.findings.clone()));
        }
        for unit in &province.units {
            let title = heading(&unit.heading(lang), &mut first);
            sections.push((title, unit.findings.clone()));
        }
    }
    if !grouped.elsewhere.is_empty() {
        let title = underlined(&t(lang, "page-across-units"), '─');
        sections.push((title, grouped.elsewhere.clone()));
    }
    sections
}

fn underlined(title: &str, line: char) -> String {
    // As wide as the title shows: a decomposed accent (NFD) takes no column.
    let width = unicode_width::UnicodeWidthStr::width(title);
    let rule: String = std::iter::repeat_n(line, width).collect();
    format!("{title}\n{rule}\n\n")
}

/// A finding as the report's reader needs it. By default, as an official reads it: the
/// record marked with the rule's title, the why in plain sentences (names and lines), what
/// to do, the source; the rule's clauses and source code only with `--explain`, for
/// drafters, who also get each clause's reason and every value it saw marked in the plan.
/// A record not judged keeps its marks: they are the values it lacks.
pub fn as_read(diagnostic: &Diagnostic, style: Style) -> Cow<'_, Diagnostic> {
    let Some(data) = diagnostic.finding.as_deref() else {
        return Cow::Borrowed(diagnostic);
    };
    let mut shown = diagnostic.clone();
    if style.explain {
        let mut help = shown.help.take().unwrap_or_default();
        for reason in &data.reasons {
            help.push_str(&format!(
                "\n{}: {}",
                t(style.lang, "page-in-rule-terms"),
                reason.text
            ));
        }
        shown.help = Some(help);
        return Cow::Owned(shown);
    }
    shown.related.clear();
    if !data.is_not_judged() {
        // The values the why names stay marked (a few, unlabelled: the sentence says what
        // they are); the records an aggregate counted are named by the why instead.
        let values: Vec<_> = data
            .reasons
            .iter()
            .flat_map(|reason| &reason.values)
            .filter(|seen| seen.path.contains('.'))
            .map(|seen| seen.span)
            .collect();
        let mut marked = 0;
        shown.labels.retain(|label| {
            let keep = label.primary || (marked < MARKED_VALUES && values.contains(&label.span));
            marked += usize::from(keep && !label.primary);
            keep
        });
        for label in &mut shown.labels {
            label.text = if label.primary {
                data.title.clone()
            } else {
                String::new()
            };
        }
    }
    Cow::Owned(shown)
}
