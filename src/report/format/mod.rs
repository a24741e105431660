//! The output formats. Each renders a [`Report`]; none computes a finding. `human`, `plain`
//! and `github` are streams (a part per plan, printed as each plan is done); the others are
//! documents rendered once every plan is checked.

pub mod github;
pub mod html;
pub mod human;
pub mod json;
pub mod junit;
pub mod markdown;
mod miette_words;
pub mod plain;
pub mod sarif;
mod workbook;

use std::fmt;

use crate::cell::CellAddress;
use crate::diagnostic::Diagnostic;
use crate::source::{Location, Source, Span};

use super::{PlanReport, Report};
use human::Style;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Format {
    Human,
    Plain,
    Json,
    Sarif,
    Junit,
    Github,
    Html,
    Markdown,
}

impl Format {
    pub const ALL: [Format; 8] = [
        Format::Human,
        Format::Plain,
        Format::Json,
        Format::Sarif,
        Format::Junit,
        Format::Github,
        Format::Html,
        Format::Markdown,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Format::Human => "human",
            Format::Plain => "plain",
            Format::Json => "json",
            Format::Sarif => "sarif",
            Format::Junit => "junit",
            Format::Github => "github",
            Format::Html => "html",
            Format::Markdown => "markdown",
        }
    }

    pub fn describe(self) -> &'static str {
        match self {
            Format::Human => "diagnostics drawn with the plan's lines, for people (default)",
            Format::Plain => "one finding per line: file:line:col: severity[RULE]: message",
            Format::Json => "a versioned JSON document (docs/report.schema.json)",
            Format::Sarif => "SARIF 2.1.0, for GitHub code scanning and other SARIF viewers",
            Format::Junit => "JUnit XML: a test suite per plan, a test case per rule",
            Format::Github => "GitHub Actions workflow commands that annotate the files",
            Format::Html => "one self-contained page for an official",
            Format::Markdown => {
                "a Markdown summary for $GITHUB_STEP_SUMMARY and pull-request comments"
            }
        }
    }

    pub fn from_name(name: &str) -> Option<Format> {
        Format::ALL.into_iter().find(|format| format.name() == name)
    }

    /// Printed plan by plan, as each is done, rather than once at the end.
    pub fn is_stream(self) -> bool {
        matches!(self, Format::Human | Format::Plain | Format::Github)
    }

    /// What comes before the first plan in a stream format.
    pub fn head(self, report: &Report) -> String {
        match self {
            Format::Plain => plain::rules(report),
            Format::Github => github::rules(report),
            _ => String::new(),
        }
    }

    /// One plan's part of a stream format.
    pub fn plan(self, plan: &PlanReport, style: Style) -> String {
        match self {
            Format::Human => human::plan(plan, style),
            Format::Plain => plain::plan(plan, style),
            Format::Github => github::plan(plan, style),
            _ => String::new(),
        }
    }

    /// The whole output for a report.
    pub fn render(self, report: &Report, style: Style) -> String {
        match self {
            Format::Json => json::render(report),
            Format::Sarif => sarif::render(report),
            Format::Junit => junit::render(report),
            Format::Html => html::render(report),
            Format::Markdown => markdown::render(report, style),
            stream => {
                // A terminal reads what loading said on stderr; a file has only itself.
                let mut out = match stream {
                    Format::Human => human::rules(report, style),
                    _ => stream.head(report),
                };
                for plan in &report.plans {
                    out.push_str(&stream.plan(plan, style));
                }
                out
            }
        }
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Where a span is, in every unit a format may want: 1-based lines, columns in characters
/// (the end column is the character after the span), and bytes.
#[derive(Clone, Debug)]
pub struct Place {
    pub file: String,
    pub start: Location,
    pub end: Location,
    pub span: Span,
    /// In a workbook plan: the cell the span starts in (the lines are its text view's).
    pub cell: Option<CellAddress>,
}

impl Place {
    pub fn new(source: &Source, span: Span) -> Place {
        Place {
            file: source.name().to_string(),
            start: source.location(span.start as usize),
            end: source.location(span.end as usize),
            span,
            cell: source.cell(span.start as usize),
        }
    }

    /// `file:line:col`, or `file:sheet!A1` in a workbook.
    pub fn at(&self) -> String {
        match &self.cell {
            Some(cell) => format!("{}:{cell}", self.file),
            None => format!("{}:{}:{}", self.file, self.start.line, self.start.column),
        }
    }

    /// The primary label's place, if the diagnostic has one.
    pub fn of(diagnostic: &Diagnostic) -> Option<Place> {
        Some(Place::new(diagnostic.file()?, diagnostic.primary_span()?))
    }
}

/// The file a diagnostic is about: its source's name, else the plan it was reported for.
/// What loading the rules said, one line each, in a stream format (`plain`, `github`).
pub fn stream_rules(report: &Report, line: fn(&Diagnostic, &str) -> String) -> String {
    report
        .rule_diagnostics
        .iter()
        .map(|diagnostic| line(diagnostic, "<rules>"))
        .collect()
}

/// A plan in a stream format: what loading refused and each finding, rendered by `line`,
/// a count of the rest, the waived findings and the summary; or the errors that kept it
/// from being checked.
/// Waived findings are listed, never rendered as findings (they annotate nothing).
pub fn stream_plan(
    plan: &PlanReport,
    style: human::Style,
    line: fn(&Diagnostic, &str) -> String,
) -> String {
    stream_plan_in(plan, style, line, |diagnostics| {
        diagnostics.iter().collect()
    })
}

/// The most severe first, in plan order within a severity.
pub fn errors_first(diagnostics: &[Diagnostic]) -> Vec<&Diagnostic> {
    let mut ordered: Vec<&Diagnostic> = diagnostics.iter().collect();
    ordered.sort_by_key(|diagnostic| std::cmp::Reverse(diagnostic.severity));
    ordered
}

/// [`stream_plan`] with the diagnostics shown in `order` (before `--max-diagnostics` cuts).
pub fn stream_plan_in(
    plan: &PlanReport,
    style: human::Style,
    line: fn(&Diagnostic, &str) -> String,
    order: fn(&[Diagnostic]) -> Vec<&Diagnostic>,
) -> String {
    let mut out = String::new();
    match &plan.result {
        Ok(outcome) => {
            for diagnostic in outcome.load_errors.iter().take(style.max_diagnostics) {
                out.push_str(&line(diagnostic, &plan.file));
            }
            out.push_str(&human::not_shown(
                outcome.load_errors.len(),
                style,
                "what-load-errors",
            ));
            for diagnostic in order(&outcome.diagnostics)
                .into_iter()
                .take(style.max_diagnostics)
            {
                out.push_str(&line(diagnostic, &plan.file));
            }
            out.push_str(&human::not_shown(
                outcome.diagnostics.len(),
                style,
                "what-findings",
            ));
            out.push_str(&waived(outcome, style.lang));
            out.push_str(&fixed(outcome));
            out.push_str(&outcome.summary.render(&plan.file));
        }
        Err(errors) => {
            for diagnostic in order(errors).into_iter().take(style.max_diagnostics) {
                out.push_str(&line(diagnostic, &plan.file));
            }
            out.push_str(&human::not_shown(errors.len(), style, "what-errors"));
            out.push_str(&plan.not_loaded_line(style.lang).unwrap_or_default());
        }
    }
    out
}

pub fn file_of<'a>(diagnostic: &'a Diagnostic, plan: &'a str) -> &'a str {
    diagnostic.file().map_or(plan, |file| file.name())
}

/// A message on one line, for formats that give each finding one line.
pub fn one_line(text: &str) -> String {
    text.split(['\n', '\r'])
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The findings waivers cover, a line each under a heading, for the stream formats; nothing
/// when there are none.
pub fn waived(outcome: &crate::check::Outcome, lang: crate::lang::Lang) -> String {
    if outcome.waived.is_empty() {
        return String::new();
    }
    let n = outcome.waived.len();
    let mut out = crate::i18n::t_args(lang, "waived-heading", &[("n", n.into())]) + "\n";
    for waived in &outcome.waived {
        out.push_str(&format!("  {}\n", waived.line(lang)));
    }
    out
}

/// With `--baseline`: the findings it lists that the plan no longer has, a line each under
/// a heading, for the stream formats, in the report's language; nothing when there are none.
pub fn fixed(outcome: &crate::check::Outcome) -> String {
    let Some(compared) = outcome.baseline.as_ref().filter(|c| !c.fixed.is_empty()) else {
        return String::new();
    };
    let lang = outcome.summary.lang;
    let n = [("n", compared.fixed.len().into())];
    let mut out = format!(
        "{}\n",
        crate::i18n::t_args(lang, "baseline-fixed-heading", &n)
    );
    for known in &compared.fixed {
        out.push_str(&format!("  {}\n", known.line(lang)));
    }
    out
}
