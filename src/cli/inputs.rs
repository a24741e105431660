//! The plans named on the command line: files, directories (every `*.yaml` and `*.yml` in
//! them and their subdirectories) and glob patterns, in the order given; each directory's
//! or pattern's files sorted by path; a file named twice is checked once. `-` stands for
//! the plan on stdin, read by the worker that checks it.

use std::path::{Path, PathBuf};

use crate::code::Code;
use crate::diagnostic::Diagnostic;
use crate::ruleset::relative_name;

/// A plan to check, or why an argument names none (reported in its place, in order).
pub type Input = Result<PathBuf, (String, Diagnostic)>;

pub fn expand(arguments: &[PathBuf]) -> Vec<Input> {
    let mut inputs: Vec<Input> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    let mut push = |inputs: &mut Vec<Input>, path: PathBuf| {
        let key = std::fs::canonicalize(&path).unwrap_or_else(|_| path.clone());
        if seen.insert(key) {
            inputs.push(Ok(path));
        }
    };
    for argument in arguments {
        let text = argument.to_string_lossy();
        if is_stdin(argument) {
            push(&mut inputs, argument.clone());
        } else if argument.is_dir() {
            match plans_in(argument) {
                Ok(files) if files.is_empty() => inputs.push(Err(none_found(
                    argument,
                    format!(
                        "the directory {} holds no *.yaml or *.yml file",
                        relative_name(argument)
                    ),
                ))),
                Ok(files) => files.into_iter().for_each(|file| push(&mut inputs, file)),
                Err(error) => inputs.push(Err(none_found(
                    argument,
                    format!(
                        "cannot read the directory {}: {}",
                        relative_name(argument),
                        crate::io_error::describe(&error)
                    ),
                ))),
            }
        } else if !argument.exists() && text.contains(['*', '?', '[']) {
            match glob_files(&text) {
                Ok(files) if files.is_empty() => inputs.push(Err(none_found(
                    argument,
                    format!("no plan matches the pattern `{text}`"),
                ))),
                Ok(files) => files.into_iter().for_each(|file| push(&mut inputs, file)),
                Err(message) => inputs.push(Err(none_found(argument, message))),
            }
        } else {
            // Read later, by the worker that checks it: a missing file is reported there.
            push(&mut inputs, argument.clone());
        }
    }
    inputs
}

/// Whether the argument is `-`: the plan on stdin.
pub fn is_stdin(argument: &Path) -> bool {
    argument.as_os_str() == "-"
}

fn none_found(argument: &Path, message: String) -> (String, Diagnostic) {
    let diagnostic = Diagnostic::error(Code::Io, message)
        .help("name plan files, directories of plans, or quoted patterns such as 'plans/*.yaml'");
    (relative_name(argument), diagnostic)
}

fn is_plan(path: &Path) -> bool {
    path.extension()
        .is_some_and(|ext| ext == "yaml" || ext == "yml")
}

/// Plans under a directory, sorted by path. Symbolic links to directories are not followed,
/// so a link cycle cannot make this loop.
fn plans_in(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(dir) = pending.pop() {
        for entry in std::fs::read_dir(&dir)? {
            let entry = entry?;
            let path = entry.path();
            let kind = entry.file_type()?;
            if kind.is_dir() {
                pending.push(path);
            } else if is_plan(&path) && path.is_file() {
                files.push(path);
            }
        }
    }
    files.sort();
    Ok(files)
}

fn glob_files(pattern: &str) -> Result<Vec<PathBuf>, String> {
    let paths = glob::glob(pattern)
        .map_err(|error| format!("`{pattern}` is not a valid pattern: {}", error.msg))?;
    let mut files: Vec<PathBuf> = paths
        .filter_map(Result::ok)
        .filter(|path| path.is_file())
        .collect();
    files.sort();
    Ok(files)
}
