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
    // What the diagnostic offers in place of what its primary label covers, as it was
    // suggested, never read back from the message (which is in the server's language).
    let fix = &diagnostic.replacements;
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

#[cfg(test)]
mod tests {
    use super::*;

    /// A rule file that loads clean; each case below breaks it in one place.
    const BASE: &str = r#"include "<builtin>"

rule T "t" {
  severity error
  source "s"
  for a in posts
  require a.person.education >= bachelor
  message "{a.person.name}"
}
"#;

    /// (what is changed, into what, the text the fix replaces, the fix): every kind of
    /// suggestion a rule file gets, the resolver's "did you mean" and the slips'.
    const CASES: [(&str, &str, &str, &str); 15] = [
        (
            "person.education",
            "person.educaton",
            "educaton",
            "education",
        ),
        (">= bachelor", ">= bachelr", "bachelr", "bachelor"),
        ("in posts", "in postss", "postss", "posts"),
        (
            "require a.person",
            "require starts_wth(a.person.name, \"x\") and a.person",
            "starts_wth",
            "starts_with",
        ),
        (
            ">= bachelor\n",
            ">= bachelor and small_zone_populaton > 0\n",
            "small_zone_populaton",
            "small_zone_population",
        ),
        (
            "require a.person.education >= bachelor",
            "require a.unit is Unitt",
            "Unitt",
            "Unit",
        ),
        (
            "}\n",
            "}\n\ndisable DEGREE-PLAN \"why\"\n",
            "DEGREE-PLAN",
            "DEGREE-PLAIN",
        ),
        (
            "}\n",
            "}\n\nextend const council_and_committee_leadrs { party_secretary }\n",
            "council_and_committee_leadrs",
            "council_and_committee_leaders",
        ),
        (
            ">= bachelor",
            ">= bachelor && a.post == party_secretary",
            "&&",
            "and",
        ),
        (
            ">= bachelor",
            ">= bachelor || a.post == party_secretary",
            "||",
            "or",
        ),
        ("education >= bachelor", "education = bachelor", "=", "=="),
        (
            "  severity error",
            "  # a note\n  severity error",
            "#",
            "//",
        ),
        ("severity error", "severity warn", "warn", "warning"),
        (
            "{a.person.name}",
            "{a.person.name}: {a.unit.area_km2%}",
            "{a.unit.area_km2%}",
            "{a.unit.area_km2 as percent}",
        ),
        (
            "severity error",
            "severity error if a.person.education >= bachelor else warning",
            "severity error if a.person.education >= bachelor else warning",
            "severity error when a.person.education >= bachelor otherwise warning",
        ),
    ];

    /// What loading `text` said, in `lang`.
    fn diagnostics(text: &str, lang: Lang) -> Vec<Diagnostic> {
        let path = PathBuf::from("/staffcheck-test-not-on-disk/draft.rules");
        let opened = ruleset::load_open(&path, HashMap::from([(path.clone(), text.into())]), lang);
        match opened.outcome {
            Ok(resolved) => resolved.warnings,
            Err(errors) => errors,
        }
    }

    #[test]
    fn the_base_loads_without_a_suggestion() {
        let said = diagnostics(BASE, Lang::En);
        assert!(said.iter().all(|d| d.replacements.is_empty()), "{said:?}");
        assert!(said
            .iter()
            .all(|d| d.severity != crate::ast::Severity::Error));
    }

    /// A suggestion is the diagnostic's `replacements`, for exactly what its primary label
    /// covers, and the same in Vietnamese as in English, though the messages differ.
    #[test]
    fn every_suggestion_replaces_what_its_label_covers_in_either_language() {
        for (from, to, written, fix) in CASES {
            assert!(BASE.contains(from), "{from}");
            let text = BASE.replacen(from, to, 1);
            let fixes = |lang| {
                let said = diagnostics(&text, lang);
                let offered: Vec<Diagnostic> = said
                    .iter()
                    .filter(|d| !d.replacements.is_empty())
                    .cloned()
                    .collect();
                assert_eq!(offered.len(), 1, "{text}\n{said:#?}");
                offered.into_iter().next().unwrap()
            };
            let (en, vi) = (fixes(Lang::En), fixes(Lang::Vi));
            let span = en.primary_span().unwrap();
            assert_eq!(
                &text[span.start as usize..span.end as usize],
                written,
                "{text}"
            );
            assert_eq!(en.replacements, [fix], "{text}");
            assert_eq!(
                (&vi.code, vi.primary_span(), &vi.replacements),
                (&en.code, en.primary_span(), &en.replacements),
                "{text}"
            );
            assert_ne!(vi.message, en.message, "{text}");
            // The fix written where the label points, the file loads without an error.
            let fixed = format!(
                "{}{fix}{}",
                &text[..span.start as usize],
                &text[span.end as usize..]
            );
            let said = diagnostics(&fixed, Lang::En);
            let errors = said
                .iter()
                .filter(|d| d.severity == crate::ast::Severity::Error);
            assert_eq!(errors.count(), 0, "{fixed}\n{said:#?}");
        }
    }
}
