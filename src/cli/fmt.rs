//! `staffcheck fmt [--check] [PATH]...`: rule files in canonical layout. Every file is parsed
//! before any is written: a syntax error anywhere is reported (exit 2) and nothing changes.
//! `--check` prints a unified diff of each file that is not formatted (exit 1). Writing is
//! atomic (a temporary file beside the original, then a rename) and skips formatted files.

use std::io::Write;
use std::path::{Path, PathBuf};

use super::{Exit, FmtArgs};
use crate::code::Code;
use crate::diagnostic::Diagnostic;
use crate::i18n::{t, t_args};
use crate::lang::Lang;
use crate::report::{render, Style};
use crate::ruleset::relative_name;
use crate::source::SourceFile;

pub fn run(args: &FmtArgs, lang: Lang, out: &mut dyn Write, err: &mut dyn Write) -> Exit {
    let style = Style {
        color: false,
        width: args.width,
        ..Style::default()
    };
    let report = |err: &mut dyn Write, diagnostics: &[Diagnostic]| {
        for diagnostic in diagnostics {
            let _ = writeln!(err, "{}", render(diagnostic, style));
        }
    };
    let mut files = Vec::new();
    for path in &args.paths {
        match rule_files(path, lang) {
            Ok(mut found) => files.append(&mut found),
            Err(diagnostic) => {
                report(err, &[diagnostic]);
                return Exit::Unusable;
            }
        }
    }
    let mut formatted = Vec::new();
    let mut failed = 0;
    for path in &files {
        match format_file(path, lang) {
            Ok(result) => formatted.push(result),
            Err(diagnostics) => {
                failed += 1;
                report(err, &diagnostics);
            }
        }
    }
    if failed > 0 {
        let n = [("n", failed.into())];
        let _ = writeln!(err, "{}", t_args(lang, "fmt-failed", &n));
        return Exit::Unusable;
    }
    let changed: Vec<_> = formatted.iter().filter(|f| f.old != f.new).collect();
    if args.check {
        for file in &changed {
            let diff = similar::TextDiff::from_lines(&file.old, &file.new);
            let _ = write!(
                out,
                "{}",
                diff.unified_diff().header(
                    &file.name,
                    &t_args(
                        lang,
                        "fmt-diff-header",
                        &[("name", file.name.clone().into())]
                    )
                )
            );
        }
        return match changed.len() {
            0 => Exit::Clean,
            n => {
                let args = [("n", n.into()), ("all", formatted.len().into())];
                let _ = writeln!(out, "{}", t_args(lang, "fmt-not-formatted", &args));
                Exit::Violations
            }
        };
    }
    let mut exit = Exit::Clean;
    for file in &changed {
        match super::atomic::write_atomically(&file.path, file.new.as_bytes()) {
            Ok(()) => {
                let name = [("name", file.name.clone().into())];
                let _ = writeln!(out, "{}", t_args(lang, "fmt-formatted", &name));
            }
            Err(error) => {
                let diagnostic = Diagnostic::error(
                    Code::Io,
                    t_args(
                        lang,
                        "fmt-cannot-write",
                        &[
                            ("name", file.name.clone().into()),
                            ("error", crate::io_error::describe_in(&error, lang).into()),
                        ],
                    ),
                )
                .help(t(lang, "fmt-cannot-write-help"));
                report(err, &[diagnostic]);
                exit = Exit::Unusable;
            }
        }
    }
    exit
}

struct Formatted {
    path: PathBuf,
    name: String,
    old: String,
    new: String,
}

fn format_file(path: &Path, lang: Lang) -> Result<Formatted, Vec<Diagnostic>> {
    let name = relative_name(&std::fs::canonicalize(path).unwrap_or(path.to_path_buf()));
    let old = std::fs::read_to_string(path).map_err(|error| {
        vec![Diagnostic::error(
            Code::Io,
            t_args(
                lang,
                "fmt-cannot-read",
                &[
                    ("name", name.clone().into()),
                    ("error", crate::io_error::describe_in(&error, lang).into()),
                ],
            ),
        )
        .help(t(lang, "fmt-rule-files-help"))]
    })?;
    let new = crate::format::format_checked(&SourceFile::new(name.clone(), old.clone()), lang)?;
    Ok(Formatted {
        path: path.to_path_buf(),
        name,
        old,
        new,
    })
}

/// The file itself, every `*.rules` under a directory, or the files a pattern matches (walk.rs).
fn rule_files(path: &Path, lang: Lang) -> Result<Vec<PathBuf>, Diagnostic> {
    let help = t(lang, "fmt-rule-files-help");
    let wanted = |file: &Path| file.to_string_lossy().ends_with(".rules");
    super::walk::expand(path, &wanted, lang)
        .map_err(|message| Diagnostic::error(Code::Io, message).help(help))
}
