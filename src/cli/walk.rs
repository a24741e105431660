//! The one walker `check`, `fmt` and `test` turn their path arguments into files with.
//!
//! - A file named on the command line is always taken, whatever its name, and so is a
//!   directory named there, even a hidden or ignored one.
//! - Below a directory, the walker skips what ripgrep skips (the `ignore` crate is ripgrep's
//!   walker): hidden files and directories, and what `.ignore` and `.gitignore` files
//!   exclude (with `.git/info/exclude` and git's global excludes file). As in ripgrep,
//!   `.gitignore` counts only inside a git repository, `.ignore` everywhere. The command
//!   then keeps the names it wants (`*.yaml`, `*.rules`, `*.test.yaml`).
//! - A pattern (`'plans/{a,b}/**/*.yaml'`, `globset`'s syntax: `*` stays within a
//!   directory, `**` crosses them, `{a,b}` is either) walks from its literal directories
//!   with the same walker and keeps every file it matches: the pattern, not the command,
//!   decides the names.
//! - Files come in path order (depth first, names sorted), so output never depends on the
//!   file system. Links to directories are not followed: one could lead back here.

use std::path::{Component, Path, PathBuf};

use crate::i18n::t_with;
use crate::lang::Lang;
use crate::ruleset::relative_name;

/// The files an argument names, or why it names none that could be read. A path that does
/// not exist and is not a pattern is returned as it is, for its reader to report.
pub fn expand(
    argument: &Path,
    wanted: &dyn Fn(&Path) -> bool,
    lang: Lang,
) -> Result<Vec<PathBuf>, String> {
    if argument.is_dir() {
        walk(argument, usize::MAX, &|path| wanted(path), lang)
    } else if !argument.exists() && is_pattern(&argument.to_string_lossy()) {
        matching(argument, lang)
    } else {
        Ok(vec![argument.to_path_buf()])
    }
}

/// Whether an argument that names no file is meant as a pattern.
pub fn is_pattern(text: &str) -> bool {
    text.contains(['*', '?', '[', '{'])
}

/// Every file below `root`, to `depth` levels, that the walker shows and `keep` accepts.
fn walk(
    root: &Path,
    depth: usize,
    keep: &dyn Fn(&Path) -> bool,
    lang: Lang,
) -> Result<Vec<PathBuf>, String> {
    let walker = ignore::WalkBuilder::new(root)
        .max_depth(Some(depth))
        .sort_by_file_name(|a, b| a.cmp(b))
        .build();
    let mut files = Vec::new();
    for entry in walker {
        let entry = match entry {
            Ok(entry) => entry,
            // A directory that cannot be read stops the walk: skipping it would check
            // fewer files than asked without saying so.
            Err(error) => match error.io_error() {
                Some(io) => {
                    let path = failed_path(&error).unwrap_or(root);
                    let why = crate::io_error::describe_in(io, lang);
                    let name = relative_name(path);
                    return Err(t_with(
                        lang,
                        "cli-cannot-read-path",
                        &[("name", &name), ("why", &why)],
                    ));
                }
                // A line of a `.gitignore` that is not a valid pattern: git skips it too.
                None => continue,
            },
        };
        let is_dir = entry.file_type().is_some_and(|kind| kind.is_dir());
        if !is_dir && entry.path().is_file() && keep(entry.path()) {
            files.push(entry.into_path());
        }
    }
    Ok(files)
}

/// The files a pattern matches, walking only from its leading literal directories and, with
/// no `**`, no deeper than the pattern reaches.
fn matching(pattern: &Path, lang: Lang) -> Result<Vec<PathBuf>, String> {
    let text = pattern.to_string_lossy();
    let mut base = PathBuf::new();
    let mut rest: Vec<String> = Vec::new();
    for component in pattern.components() {
        let part = component.as_os_str().to_string_lossy();
        let literal = !matches!(component, Component::Normal(_)) || !is_pattern(&part);
        if rest.is_empty() && literal {
            base.push(component);
        } else {
            rest.push(part.into_owned());
        }
    }
    let glob = globset::GlobBuilder::new(&rest.join("/"))
        .literal_separator(true)
        .backslash_escape(true)
        .build()
        .map_err(|error| {
            let why = error.kind();
            t_with(
                lang,
                "cli-bad-pattern",
                &[("pattern", &text), ("why", &why)],
            )
        })?
        .compile_matcher();
    let depth = if rest.iter().any(|part| part.contains("**")) {
        usize::MAX
    } else {
        rest.len()
    };
    let start = if base.as_os_str().is_empty() {
        Path::new(".")
    } else {
        base.as_path()
    };
    if !start.is_dir() {
        return Ok(Vec::new());
    }
    let files = walk(
        start,
        depth,
        &|path| {
            path.strip_prefix(start)
                .is_ok_and(|below| glob.is_match(below))
        },
        lang,
    )?;
    // `*.yaml` names `a.yaml`, not `./a.yaml`, as a shell would.
    Ok(files
        .into_iter()
        .map(|path| match path.strip_prefix("./") {
            Ok(below) if base.as_os_str().is_empty() => below.to_path_buf(),
            _ => path,
        })
        .collect())
}

/// The path an error of the walker is about.
fn failed_path(error: &ignore::Error) -> Option<&Path> {
    match error {
        ignore::Error::WithPath { path, .. } => Some(path),
        ignore::Error::WithDepth { err, .. } | ignore::Error::WithLineNumber { err, .. } => {
            failed_path(err)
        }
        _ => None,
    }
}
