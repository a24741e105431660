//! `staffcheck check`.

use std::io::Write;

use super::{CheckArgs, Exit};
use crate::check::{self, Options};
use crate::code::Code;
use crate::diagnostic::Diagnostic;
use crate::report::{render, Style};
use crate::resolve::Resolved;
use crate::source::SourceFile;
use crate::{param_override, ruleset};

pub fn run(args: &CheckArgs, out: &mut dyn Write, err: &mut dyn Write) -> Exit {
    let style = Style {
        color: args.color.enabled(),
        width: args.width,
    };
    let err_style = Style {
        color: false,
        ..style
    };
    let print_all = |w: &mut dyn Write, diagnostics: &[Diagnostic], style: Style| {
        for diagnostic in diagnostics {
            let _ = writeln!(w, "{}", render(diagnostic, style));
        }
    };
    let date = match args.date.as_deref().map(parse_date).transpose() {
        Ok(date) => date,
        Err(diagnostic) => {
            print_all(err, &[diagnostic], err_style);
            return Exit::Unusable;
        }
    };
    let loaded = if args.rules.is_empty() {
        ruleset::load_builtin()
    } else {
        ruleset::load_paths(&args.rules)
    };
    let Resolved {
        mut program,
        warnings,
    } = match loaded {
        Ok(resolved) => resolved,
        Err(errors) => {
            print_all(err, &errors, err_style);
            let _ = writeln!(
                err,
                "the rules could not be loaded: {} error(s); no plan was checked",
                errors.len()
            );
            return Exit::Unusable;
        }
    };
    print_all(err, &warnings, err_style);
    for assignment in &args.params {
        if let Err(diagnostic) = param_override::apply(&mut program, assignment) {
            print_all(err, &[diagnostic], err_style);
            return Exit::Unusable;
        }
    }
    let options = Options {
        date,
        ..Options::default()
    };
    let mut exit = Exit::Clean;
    for path in &args.plans {
        let name = ruleset::relative_name(path);
        let size = std::fs::metadata(path).map(|m| m.len()).unwrap_or(0);
        if size > options.limits.max_file_bytes {
            let message = format!(
                "the plan {name} has {size} bytes, more than the limit of {}",
                options.limits.max_file_bytes
            );
            let help = "split the plan by province, or check that this is the file you meant";
            print_all(
                err,
                &[Diagnostic::error(Code::Limit, message).help(help)],
                err_style,
            );
            exit = exit.max(Exit::Unusable);
            continue;
        }
        let text = match std::fs::read(path) {
            Ok(bytes) => match String::from_utf8(bytes) {
                Ok(text) => text,
                Err(error) => {
                    let at = error.utf8_error().valid_up_to();
                    let bytes = error.into_bytes();
                    let text = String::from_utf8_lossy(&bytes[..at]).into_owned();
                    let source = SourceFile::new(name.clone(), text);
                    let end = source.text().len();
                    let diagnostic = Diagnostic::error(
                        Code::Yaml,
                        format!("the plan is not valid UTF-8 text (byte {at} is not)"),
                    )
                    .at(
                        &source,
                        crate::source::Span::new(end, end),
                        "the text stops being UTF-8 after this",
                    )
                    .help("save the file as UTF-8; spreadsheets often export another encoding");
                    print_all(err, &[diagnostic], err_style);
                    exit = exit.max(Exit::Unusable);
                    continue;
                }
            },
            Err(error) => {
                let message = format!(
                    "cannot read the plan {name}: {}",
                    crate::io_error::describe(&error)
                );
                print_all(
                    err,
                    &[Diagnostic::error(Code::Io, message).help("check the path")],
                    err_style,
                );
                exit = exit.max(Exit::Unusable);
                continue;
            }
        };
        let source = SourceFile::new(name.clone(), text);
        match check::check(&program, &source, options) {
            Ok(outcome) => {
                print_all(out, &outcome.diagnostics, style);
                let _ = write!(out, "{}", outcome.summary.render(&name));
                if outcome.summary.errors > 0 {
                    exit = exit.max(Exit::Violations);
                }
            }
            Err(errors) => {
                print_all(err, &errors, err_style);
                let _ = writeln!(
                    err,
                    "{name} could not be loaded: {} error(s); it was not checked",
                    errors.len()
                );
                exit = exit.max(Exit::Unusable);
            }
        }
    }
    exit
}

fn parse_date(text: &str) -> Result<chrono::NaiveDate, Diagnostic> {
    crate::syntax::parse_date(text).ok_or_else(|| {
        Diagnostic::error(Code::Usage, format!("`--date {text}` is not a date"))
            .help("write the date as YYYY-MM-DD, for example --date 2025-11-17")
    })
}
