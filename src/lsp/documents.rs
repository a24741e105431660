//! The documents the editor has open: their text as the editor holds it, kept up to date by
//! the incremental changes it sends.

use std::collections::HashMap;
use std::path::PathBuf;

use lsp_types::{TextDocumentContentChangeEvent, Uri};

use super::position::Lines;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Rules,
    Plan,
    /// Any other file: nothing to say about it.
    Other,
}

pub struct Document {
    pub text: String,
    pub kind: Kind,
}

#[derive(Default)]
pub struct Documents {
    open: HashMap<Uri, Document>,
}

impl Documents {
    pub fn open(&mut self, uri: Uri, language: &str, text: String) {
        let kind = kind(&uri, language, &text);
        self.open.insert(uri, Document { text, kind });
    }

    pub fn close(&mut self, uri: &Uri) {
        self.open.remove(uri);
    }

    pub fn get(&self, uri: &Uri) -> Option<&Document> {
        self.open.get(uri)
    }

    /// Applies the editor's changes in order (a change without a range replaces the text).
    pub fn change(&mut self, uri: &Uri, changes: Vec<TextDocumentContentChangeEvent>) {
        let Some(document) = self.open.get_mut(uri) else {
            return;
        };
        for change in changes {
            match change.range {
                None => document.text = change.text,
                Some(range) => {
                    let lines = Lines::new(&document.text);
                    let start = lines.offset(range.start);
                    let end = lines.offset(range.end).max(start);
                    document.text.replace_range(start..end, &change.text);
                }
            }
        }
        if document.kind == Kind::Other && uri.as_str().ends_with("yaml") {
            document.kind = kind(uri, "yaml", &document.text);
        }
    }

    /// The open rule documents, by the path they load under.
    pub fn unsaved_rules(&self) -> HashMap<PathBuf, String> {
        self.open
            .iter()
            .filter(|(_, d)| d.kind == Kind::Rules)
            .map(|(uri, d)| (super::rules::path_of(uri), d.text.clone()))
            .collect()
    }

    pub fn of_kind(&self, kind: Kind) -> Vec<Uri> {
        let mut uris: Vec<Uri> = self
            .open
            .iter()
            .filter(|(_, d)| d.kind == kind)
            .map(|(uri, _)| uri.clone())
            .collect();
        uris.sort();
        uris
    }
}

/// What a document is, by the editor's language id or the file's name.
fn kind(uri: &Uri, language: &str, text: &str) -> Kind {
    let name = uri.as_str();
    if language == "staffcheck" || name.ends_with(".rules") {
        Kind::Rules
    } else if (language == "yaml" || name.ends_with(".yaml") || name.ends_with(".yml"))
        && super::plan::is_plan(text)
    {
        Kind::Plan
    } else {
        Kind::Other
    }
}
