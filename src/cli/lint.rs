//! `staffcheck lint`: loads the rules (errors such as a duplicate rule id stop here, exit 2)
//! and prints every warning about them, from loading and from `lint.rs`; exit 1 if any.

use std::io::Write;

use super::{Exit, LintArgs};
use crate::code::Code;
use crate::diagnostic::Diagnostic;
use crate::i18n::{t_args, Arg};
use crate::lang::Lang;
use crate::report::{render, Style};
use crate::ruleset;

pub fn run(args: &LintArgs, lang: Lang, out: &mut dyn Write, err: &mut dyn Write) -> Exit {
    let style = Style {
        color: false,
        width: args.width,
        ..Style::default()
    };
    let since = match &args.since {
        None => {
            let (y, m, d) = crate::lint::TWO_LEVEL_START;
            chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
        }
        Some(text) => match crate::syntax::parse_date(text) {
            Some(date) => date,
            None => {
                let text = [("text", Arg::from(text.as_str()))];
                let diagnostic =
                    Diagnostic::error(Code::Usage, t_args(lang, "lint-since-not-a-date", &text))
                        .help(crate::i18n::t(lang, "lint-since-help"));
                let _ = writeln!(err, "{}", render(&diagnostic, style));
                return Exit::Unusable;
            }
        },
    };
    let loaded = if args.rules.is_empty() {
        ruleset::load_builtin()
    } else {
        ruleset::load_paths(&args.rules, lang)
    };
    let resolved = match loaded {
        Ok(resolved) => resolved,
        Err(errors) => {
            for diagnostic in &errors {
                let _ = writeln!(out, "{}", render(diagnostic, style));
            }
            let n = [("n", Arg::from(errors.len()))];
            let _ = writeln!(out, "{}", t_args(lang, "rules-not-loaded", &n));
            return Exit::Unusable;
        }
    };
    let mut warnings = resolved.warnings;
    warnings.extend(crate::lint::lint(&resolved.program, since, lang));
    for warning in &warnings {
        let _ = writeln!(out, "{}", render(warning, style));
    }
    let args = [
        ("rules", Arg::from(resolved.program.rules.len())),
        ("n", warnings.len().into()),
    ];
    let _ = writeln!(out, "{}", t_args(lang, "lint-summary", &args));
    match warnings.len() {
        0 => Exit::Clean,
        _ => Exit::Violations,
    }
}
