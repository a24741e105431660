//! The plans named on the command line: files, directories (every `*.yaml`, `*.yml` and
//! workbook in them and their subdirectories that is not hidden or ignored) and glob patterns, found by
//! the walker all commands share (`walk.rs`), in the order given; each directory's or
//! pattern's files sorted by path; a file named twice is checked once. `-` stands for
//! the plan on stdin, read by the worker that checks it.

use std::path::{Path, PathBuf};

use crate::code::Code;
use crate::diagnostic::Diagnostic;
use crate::i18n::{t, t_with};
use crate::lang::Lang;
use crate::ruleset::relative_name;

/// A plan to check, or why an argument names none (reported in its place, in order).
pub type Input = Result<PathBuf, (String, Diagnostic)>;

pub fn expand(arguments: &[PathBuf], lang: Lang) -> Vec<Input> {
    let mut inputs: Vec<Input> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    let mut push = |inputs: &mut Vec<Input>, path: PathBuf| {
        let key = std::fs::canonicalize(&path).unwrap_or_else(|_| path.clone());
        if seen.insert(key) {
            inputs.push(Ok(path));
        }
    };
    for argument in arguments {
        if is_stdin(argument) {
            push(&mut inputs, argument.clone());
            continue;
        }
        // A file, or a path that does not exist, comes back as it is: read later, by the
        // worker that checks it, which reports a missing file.
        match super::walk::expand(argument, &is_plan, lang) {
            Ok(files) if files.is_empty() => inputs.push(Err(none_found(argument, lang))),
            Ok(files) => files.into_iter().for_each(|file| push(&mut inputs, file)),
            Err(message) => inputs.push(Err(refused(argument, message, lang))),
        }
    }
    inputs
}

/// Whether the argument is `-`: the plan on stdin.
pub fn is_stdin(argument: &Path) -> bool {
    argument.as_os_str() == "-"
}

fn none_found(argument: &Path, lang: Lang) -> (String, Diagnostic) {
    let name = relative_name(argument);
    let message = if argument.is_dir() {
        t_with(lang, "cli-no-plan-in-directory", &[("name", &name)])
    } else {
        let pattern = argument.to_string_lossy();
        t_with(lang, "cli-no-plan-matches", &[("pattern", &pattern)])
    };
    refused(argument, message, lang)
}

fn refused(argument: &Path, message: String, lang: Lang) -> (String, Diagnostic) {
    let diagnostic = Diagnostic::error(Code::Io, message).help(t(lang, "cli-inputs-help"));
    (relative_name(argument), diagnostic)
}

/// What a directory contributes: YAML plans, but not the rule tests (`*.test.yaml`) that
/// `staffcheck test` reads; workbook plans.
fn is_plan(path: &Path) -> bool {
    let name = path
        .file_name()
        .map(|name| name.to_string_lossy())
        .unwrap_or_default();
    let is_yaml = path
        .extension()
        .is_some_and(|ext| ext == "yaml" || ext == "yml");
    (is_yaml && !name.ends_with(".test.yaml")) || crate::plan::workbook::is_workbook_plan(path)
}
