//! Finding input files under a path: the path itself if it is a file, else every matching
//! file below it, in name order, skipping hidden directories and never following a link to a
//! directory (it could lead back here).

use std::path::{Path, PathBuf};

use crate::code::Code;
use crate::diagnostic::Diagnostic;

/// `path` itself, or the files below it whose name `wanted` accepts. `help` says what the
/// command expects when the path cannot be read.
pub fn files_under(
    path: &Path,
    wanted: &dyn Fn(&str) -> bool,
    help: &str,
) -> Result<Vec<PathBuf>, Diagnostic> {
    if path.is_file() {
        return Ok(vec![path.to_path_buf()]);
    }
    let entries = std::fs::read_dir(path).map_err(|error| {
        let message = format!(
            "cannot read {}: {}",
            path.display(),
            crate::io_error::describe(&error)
        );
        Diagnostic::error(Code::Io, message).help(help)
    })?;
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    let mut files = Vec::new();
    for entry in paths {
        let name = entry
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let is_dir = std::fs::symlink_metadata(&entry).is_ok_and(|m| m.is_dir());
        if is_dir && !name.starts_with('.') {
            files.extend(files_under(&entry, wanted, help)?);
        } else if entry.is_file() && wanted(&name) {
            files.push(entry);
        }
    }
    Ok(files)
}
