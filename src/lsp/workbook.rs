//! Workbook plans (`.xlsx`, `.xlsm`, `.ods`, `.xls`) in the editor, read-only.
//!
//! An editor does not open a binary file as a text document, so no `didOpen` ever names a
//! workbook: the server finds them itself, in the workspace folders with the walker
//! `staffcheck check DIR` uses (hidden and ignored files skipped), and hears of changes
//! from the client's file watcher. Each is checked as `staffcheck check` checks it and its
//! diagnostics published under its URI, every one at the document's start with its cell
//! named first (`diagnostic::Places::Cells`). No code action edits a workbook: the waiver
//! action of a YAML plan writes into the plan itself, and a workbook's waivers are a sheet
//! of it.

use std::path::{Path, PathBuf};

use lsp_types::{FileChangeType, FileEvent};

use crate::check::Options;
use crate::ir::Program;
use crate::lang::Lang;
use crate::plan::workbook::is_workbook_plan;
use crate::ruleset::relative_name;

/// The glob the client's file watcher is asked to report changes of.
pub const WATCHED: &str = "**/*.{xlsx,xlsm,ods,xls}";

/// The workbook plans below the workspace folders, in path order; and the folders that
/// could not be walked, with why (in `lang`).
pub fn find(folders: &[PathBuf], lang: Lang) -> (Vec<PathBuf>, Vec<String>) {
    let mut found = Vec::new();
    let mut errors = Vec::new();
    for folder in folders.iter().filter(|folder| folder.is_dir()) {
        match crate::cli::walk::expand(folder, &is_workbook_plan, lang) {
            Ok(files) => found.extend(files),
            Err(error) => errors.push(error),
        }
    }
    (found, errors)
}

/// What a batch of the watcher's events asks of the server, by path (a client may spell a
/// file's URI otherwise than the server did when it found the file).
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Changes {
    /// Known workbooks changed: check them again.
    pub changed: Vec<PathBuf>,
    /// Known workbooks deleted: clear their diagnostics.
    pub deleted: Vec<PathBuf>,
    /// Workbooks not known yet: check them if the folders' walk finds them (a workbook
    /// written into an ignored directory, such as a build's output, is left alone).
    pub new: Vec<PathBuf>,
}

/// Sorts the watcher's events by what they ask; events for other files are dropped.
pub fn sort_events(events: Vec<FileEvent>, is_known: &dyn Fn(&Path) -> bool) -> Changes {
    let mut changes = Changes::default();
    for event in events {
        let Some(path) = super::uri::to_path(&event.uri).filter(|p| is_workbook_plan(p)) else {
            continue;
        };
        let known = is_known(&path);
        match event.typ {
            FileChangeType::DELETED if known => changes.deleted.push(path),
            FileChangeType::DELETED => {}
            _ if known => changes.changed.push(path),
            _ => changes.new.push(path),
        }
    }
    changes
}

/// The workbook checked with `options`: why it cannot be read, or its load errors and
/// findings.
pub fn check(
    path: &Path,
    program: &Program,
    options: Options,
) -> Result<crate::check::Outcome, Vec<crate::diagnostic::Diagnostic>> {
    let name = relative_name(path);
    crate::cli::check::read_plan(path, &name, options)
        .map_err(|unreadable| vec![unreadable])
        .and_then(|bytes| crate::check::check_workbook(program, &name, bytes, options))
}

#[cfg(test)]
mod tests {
    use super::*;
    use lsp_types::Uri;
    use std::str::FromStr;

    #[test]
    fn events_are_sorted_by_what_they_ask() {
        let event = |text: &str, typ| FileEvent::new(Uri::from_str(text).unwrap(), typ);
        let known = [PathBuf::from("/w/a.xlsx"), PathBuf::from("/w/b.ods")];
        let changes = sort_events(
            vec![
                event("file:///w/%61.xlsx", FileChangeType::CHANGED),
                event("file:///w/b.ods", FileChangeType::DELETED),
                event("file:///w/c.xls", FileChangeType::CREATED),
                event("file:///w/~$a.xlsx", FileChangeType::CREATED),
                event("file:///w/d.xlsx", FileChangeType::DELETED),
                event("file:///w/plan.yaml", FileChangeType::CHANGED),
            ],
            &|path| known.iter().any(|k| k == path),
        );
        assert_eq!(
            changes,
            Changes {
                changed: vec![PathBuf::from("/w/a.xlsx")],
                deleted: vec![PathBuf::from("/w/b.ods")],
                new: vec![PathBuf::from("/w/c.xls")],
            }
        );
    }
}
