//! `staffcheck lint`: loads the rules (errors such as a duplicate rule id stop here, exit 2)
//! and prints every warning about them, from loading and from `lint.rs`; exit 1 if any.

use std::io::Write;

use super::{Exit, LintArgs};
use crate::code::Code;
use crate::diagnostic::Diagnostic;
use crate::report::{render, Style};
use crate::ruleset;

pub fn run(args: &LintArgs, out: &mut dyn Write, err: &mut dyn Write) -> Exit {
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
                let diagnostic =
                    Diagnostic::error(Code::Usage, format!("`--since {text}` is not a date"))
                        .help("write the date as YYYY-MM-DD, for example --since 2025-07-01");
                let _ = writeln!(err, "{}", render(&diagnostic, style));
                return Exit::Unusable;
            }
        },
    };
    let loaded = if args.rules.is_empty() {
        ruleset::load_builtin()
    } else {
        ruleset::load_paths(&args.rules)
    };
    let resolved = match loaded {
        Ok(resolved) => resolved,
        Err(errors) => {
            for diagnostic in &errors {
                let _ = writeln!(out, "{}", render(diagnostic, style));
            }
            let _ = writeln!(
                out,
                "the rules could not be loaded: {} error(s)",
                errors.len()
            );
            return Exit::Unusable;
        }
    };
    let mut warnings = resolved.warnings;
    warnings.extend(crate::lint::lint(&resolved.program, since));
    for warning in &warnings {
        let _ = writeln!(out, "{}", render(warning, style));
    }
    let rules = match resolved.program.rules.len() {
        1 => "1 rule".to_string(),
        n => format!("{n} rules"),
    };
    match warnings.len() {
        0 => {
            let _ = writeln!(out, "{rules}, no warnings");
            Exit::Clean
        }
        n => {
            let _ = writeln!(out, "{rules}, {n} warning(s)");
            Exit::Violations
        }
    }
}
