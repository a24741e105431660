//! A rule file as the editor holds it: loaded as `--rules FILE` loads it (with the texts of
//! the files open in the editor read over the disk), its load errors and warnings published
//! on the files they point at.

use std::collections::HashMap;
use std::path::PathBuf;

use lsp_types::Uri;

use super::diagnostic::Places;
use super::position::Lines;
use super::uri;
use crate::diagnostic::Diagnostic;
use crate::lang::Lang;
use crate::ruleset::{self, Opened};
use crate::source::Span;

/// What loading one rule file said, by document: every file that has something, and the
/// `opened` file itself always (an empty list clears what was shown before).
pub struct Analysis {
    pub diagnostics: HashMap<Uri, Vec<lsp_types::Diagnostic>>,
    /// What was loaded, for the requests that read it.
    pub opened: Opened,
}

/// The path a document is loaded under: its file, or its URI as a name when unsaved.
pub fn path_of(document: &Uri) -> PathBuf {
    let path = uri::to_path(document).unwrap_or_else(|| PathBuf::from(document.as_str()));
    std::fs::canonicalize(&path).unwrap_or(path)
}

/// Loads `document` with `unsaved` (every open rule document's text, by `path_of`).
/// Errors and warnings are said in `lang`.
pub fn analyse(document: &Uri, unsaved: HashMap<PathBuf, String>, lang: Lang) -> Analysis {
    let opened = ruleset::load_open(&path_of(document), unsaved, lang);
    let mut diagnostics: HashMap<Uri, Vec<lsp_types::Diagnostic>> = HashMap::new();
    diagnostics.insert(document.clone(), Vec::new());
    let found: &[Diagnostic] = match &opened.outcome {
        Ok(resolved) => &resolved.warnings,
        Err(errors) => errors,
    };
    for diagnostic in found {
        let (target, converted) = place(diagnostic, document, &opened);
        diagnostics.entry(target).or_default().push(converted);
    }
    Analysis {
        diagnostics,
        opened,
    }
}

/// The document a diagnostic belongs to, and it converted. One in a built-in file or with
/// no place is shown at the top of the document loaded, naming its file.
fn place(diagnostic: &Diagnostic, document: &Uri, opened: &Opened) -> (Uri, lsp_types::Diagnostic) {
    let file = diagnostic.file();
    let target = file.and_then(|file| {
        let (_, path) = opened.read.iter().find(|(name, _)| name == file.name())?;
        match path {
            Some(path) if *path == path_of(document) => Some(document.clone()),
            Some(path) => uri::from_path(path),
            None => None,
        }
    });
    let fix = replacements(diagnostic);
    let data = (!fix.is_empty()).then(|| serde_json::json!({ "replace": fix }));
    match (target, file) {
        (Some(target), Some(file)) => {
            let lines = Lines::new(file.text());
            let converted =
                super::diagnostic::to_lsp(diagnostic, &target, &Places::Text(&lines), None, data);
            (target, converted)
        }
        (_, file) => {
            let mut elsewhere = diagnostic.clone();
            elsewhere.labels.clear();
            if let Some(position) = diagnostic.position() {
                elsewhere.message = format!("{position}: {}", diagnostic.message);
            } else if let Some(file) = file {
                elsewhere.message = format!("{}: {}", file.name(), diagnostic.message);
            }
            elsewhere = elsewhere.label(Span::default(), "");
            let converted = super::diagnostic::to_lsp(
                &elsewhere,
                document,
                &Places::Text(&Lines::new("")),
                None,
                None,
            );
            (document.clone(), converted)
        }
    }
}

/// The names a diagnostic suggests in place of what its primary label covers: each of
/// "did you mean `a`, `b` or `c`?", or a slip's "write `and`".
pub fn replacements(diagnostic: &Diagnostic) -> Vec<String> {
    let text = diagnostic.message.as_str();
    let tail = match (text.rfind("did you mean "), text.rfind("; write `")) {
        (Some(at), _) => &text[at..],
        (None, Some(at)) => &text[at..],
        (None, None) => return Vec::new(),
    };
    tail.split('`')
        .skip(1)
        .step_by(2)
        .map(str::to_string)
        .collect()
}
