//! A report in Vietnamese speaks in labels and names: no finding's message, title or fix in a
//! Vietnamese run on the example plans holds an enumeration value's identifier
//! (`committee_vice_chair`, `bachelor`), and every shipped text has its Vietnamese.

use std::collections::BTreeSet;

use staffcheck::check::{check, Options};
use staffcheck::lang::Lang;
use staffcheck::ruleset::load_builtin;
use staffcheck::source::SourceFile;

/// Every enumeration value the standard schema and the shipped rules declare.
fn identifiers(program: &staffcheck::ir::Program) -> BTreeSet<String> {
    program
        .schema
        .enums
        .iter()
        .flat_map(|e| e.values.iter().cloned())
        .collect()
}

/// The words of a text: runs of letters, digits and underscores (an identifier is one).
fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|w| !w.is_empty())
}

#[test]
fn a_vietnamese_run_names_no_enumeration_identifier() {
    let program = load_builtin().expect("the built-in rules load").program;
    let identifiers = identifiers(&program);
    assert!(identifiers.contains("committee_vice_chair"));
    for example in ["examples/violations.yaml", "examples/violations-2026.yaml"] {
        let text = std::fs::read_to_string(example).expect("the example exists");
        let source = SourceFile::new(example, text);
        let options = Options {
            lang: Lang::Vi,
            ..Options::default()
        };
        let outcome = check(&program, &source, options).expect("the example loads");
        assert!(
            outcome.diagnostics.len() > 10,
            "{example} breaks many rules"
        );
        for diagnostic in &outcome.diagnostics {
            let data = diagnostic.finding.as_ref().expect("a rule's finding");
            let texts = [
                Some(&diagnostic.message),
                Some(&data.title),
                data.fix.as_ref(),
                Some(&data.citation),
            ];
            for text in texts.into_iter().flatten() {
                let raw: Vec<&str> = words(text).filter(|w| identifiers.contains(*w)).collect();
                assert!(
                    raw.is_empty(),
                    "{example}: {} says {raw:?} in {text:?}",
                    diagnostic.code
                );
            }
        }
    }
}

#[test]
fn every_shipped_text_has_its_vietnamese() {
    let program = load_builtin().expect("the built-in rules load").program;
    let missing = staffcheck::untranslated::untranslated(&program);
    let messages: Vec<&str> = missing.iter().map(|d| d.message.as_str()).collect();
    assert!(messages.is_empty(), "{messages:#?}");
}
