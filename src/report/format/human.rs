//! `human`: miette's graphical form, for people at a terminal (the default format).

use std::io::IsTerminal;

use miette::{GraphicalReportHandler, GraphicalTheme};

use crate::diagnostic::Diagnostic;
use crate::i18n::{t, t_args};
use crate::lang::Lang;
use crate::report::PlanReport;

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
    /// The language of the lines the formats write around the diagnostics.
    pub lang: Lang,
}

/// `--max-diagnostics`' default: enough to see what is wrong, not a flood.
pub const MAX_DIAGNOSTICS: usize = 300;

impl Default for Style {
    fn default() -> Self {
        Style {
            color: false,
            width: 100,
            max_diagnostics: MAX_DIAGNOSTICS,
            lang: Lang::En,
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
    let mut handler = GraphicalReportHandler::new_themed(theme)
        .with_width(style.width)
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
    out
}

/// A checked plan as the terminal shows it on stdout: what loading refused, every finding,
/// then the summary. A plan that was not loaded shows nothing here: its errors go to stderr.
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
        for diagnostic in outcome.diagnostics.iter().take(style.max_diagnostics) {
            out.push_str(&render(diagnostic, style));
            out.push('\n');
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
