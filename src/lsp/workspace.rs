//! The rule set a rule document belongs to, for find references across it: the files the
//! nearest `staffcheck.toml` names (`[check] rules`, a directory standing for its `*.rules`),
//! the rule files beside the document, and every rule document open in the editor. A file
//! that includes the document (and so uses its names) is found this way, where loading the
//! document alone reads only what it includes.

use std::collections::BTreeSet;
use std::path::PathBuf;

use lsp_types::Uri;

use crate::ruleset::rule_files_in;

/// The rule files of the document's rule set, by canonical path, the document's own left out.
pub fn rule_set(document: &Uri, open: impl IntoIterator<Item = PathBuf>) -> Vec<PathBuf> {
    let own = super::rules::path_of(document);
    // A bad configuration is the plan's diagnostic to report, not this search's.
    let configured = super::plan::rule_paths(document, crate::lang::Lang::En).unwrap_or_default();
    let beside = own.parent().map(PathBuf::from).into_iter();
    let mut files = BTreeSet::new();
    for path in configured.into_iter().chain(beside) {
        match path.is_dir() {
            true => files.extend(rule_files_in(&path).unwrap_or_default()),
            false => {
                files.insert(path);
            }
        }
    }
    files.extend(open);
    files
        .into_iter()
        .map(|path| std::fs::canonicalize(&path).unwrap_or(path))
        .filter(|path| *path != own)
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect()
}
