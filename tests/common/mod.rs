//! Running the real binary, the way users and CI do.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command;

pub mod xlsx;

pub struct Run {
    pub stdout: String,
    pub stderr: String,
    pub code: i32,
}

impl Run {
    /// Everything a user sees, in one text for a snapshot.
    pub fn transcript(&self) -> String {
        format!(
            "exit code: {}\n--- stdout\n{}--- stderr\n{}",
            self.code, self.stdout, self.stderr
        )
    }
}

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Runs `staffcheck` in the crate's root with deterministic output (no colour, 80 columns).
pub fn staffcheck(args: &[&str]) -> Run {
    staffcheck_in(&root(), args)
}

/// Runs `staffcheck` in `dir` with deterministic output (no colour, 80 columns).
pub fn staffcheck_in(dir: &Path, args: &[&str]) -> Run {
    let output = Command::new(env!("CARGO_BIN_EXE_staffcheck"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env("COLUMNS", "80")
        .output()
        .expect("the staffcheck binary runs");
    Run {
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        code: output.status.code().unwrap_or(-1),
    }
}

/// `staffcheck check --color never --width 80 ARGS...`
pub fn check(args: &[&str]) -> Run {
    let mut all = vec!["check", "--color", "never", "--width", "80"];
    all.extend_from_slice(args);
    staffcheck(&all)
}

/// A path relative to the crate root, with `/` separators, as snapshots show it.
pub fn relative(path: &Path) -> String {
    path.strip_prefix(root())
        .unwrap_or(path)
        .to_string_lossy()
        .replace('\\', "/")
}

/// What identifies a finding whatever the plan's format: code, severity, message, record.
pub fn identity(diagnostic: &staffcheck::diagnostic::Diagnostic) -> String {
    let record = diagnostic
        .finding
        .as_ref()
        .map_or(String::new(), |f| format!("{} {}", f.record.path, f.path));
    format!(
        "{} {} {} | {record}",
        diagnostic.code,
        diagnostic.severity.as_str(),
        without_places(&diagnostic.message)
    )
}

/// A message with the places it names (`at line 20`, `at cell units!A2`) left out: they
/// differ between formats by design.
fn without_places(message: &str) -> String {
    let mut out = String::new();
    let mut rest = message;
    while let Some(at) = rest.find(" at line ").or_else(|| rest.find(" at cell ")) {
        out.push_str(&rest[..at]);
        out.push_str(" at …");
        let after = &rest[at + " at line ".len()..];
        rest = &after[after.find([' ', ',', ';', ')']).unwrap_or(after.len())..];
    }
    out.push_str(rest);
    out
}

/// What checking a plan (YAML or a workbook, by its name; relative to the crate root) with
/// the built-in rules finds: each finding's `identity`, sorted, then the waived ones' count.
pub fn findings(plan: &str) -> Vec<String> {
    let program = staffcheck::ruleset::load_builtin().unwrap().program;
    let options = staffcheck::check::Options::default();
    let bytes = std::fs::read(root().join(plan)).unwrap();
    let outcome = if staffcheck::plan::workbook::is_workbook(plan) {
        staffcheck::check::check_workbook(&program, plan, bytes, options)
    } else {
        let text = String::from_utf8(bytes).unwrap();
        let source = staffcheck::source::SourceFile::new(plan, text);
        staffcheck::check::check(&program, &source, options)
    }
    .unwrap_or_else(|errors| panic!("{plan} does not load: {errors:?}"));
    let mut ids: Vec<String> = outcome.diagnostics.iter().map(identity).collect();
    ids.sort();
    ids.push(format!("{} waived", outcome.waived.len()));
    ids
}

/// The fixed words of the English catalog's messages whose id starts with one of
/// `prefixes`: each message's text between its placeables, of two words or more.
pub fn english_fragments(prefixes: &[&str]) -> Vec<String> {
    catalog_fragments("en", prefixes)
}

/// The `fragments` said in the Vietnamese run `vi`, each named with `what` (the run); the
/// English run `en` of the same arguments must say one, so that the check can fail.
pub fn english_said(fragments: &[String], what: &str, vi: &str, en: &str) -> Vec<String> {
    let found = |text: &str| -> Vec<String> {
        fragments
            .iter()
            .filter(|f| text.contains(f.as_str()))
            .map(|f| format!("{what}: {f:?}"))
            .collect()
    };
    assert!(
        !found(en).is_empty(),
        "{what} says no catalog sentence in English"
    );
    found(vi)
}

/// `english_fragments` of the catalog of `lang` (`en`, `vi`).
pub fn catalog_fragments(lang: &str, prefixes: &[&str]) -> Vec<String> {
    use fluent_syntax::ast::{Entry, Expression, Pattern, PatternElement};
    fn texts(pattern: &Pattern<&str>, out: &mut Vec<String>) {
        for element in &pattern.elements {
            match element {
                PatternElement::TextElement { value } => out.push(value.to_string()),
                PatternElement::Placeable {
                    expression: Expression::Select { variants, .. },
                } => variants.iter().for_each(|v| texts(&v.value, out)),
                PatternElement::Placeable { .. } => out.push(String::new()),
            }
        }
    }
    let catalog = std::fs::read_to_string(root().join(format!("i18n/{lang}.ftl"))).unwrap();
    let resource = fluent_syntax::parser::parse(catalog.as_str()).unwrap();
    let mut fragments = Vec::new();
    for entry in resource.body {
        let Entry::Message(message) = entry else {
            continue;
        };
        if !prefixes.iter().any(|p| message.id.name.starts_with(p)) {
            continue;
        }
        let mut parts = Vec::new();
        if let Some(pattern) = &message.value {
            texts(pattern, &mut parts);
        }
        // Text elements between two placeables are one fragment.
        let joined = parts.join("\u{0}");
        fragments.extend(
            joined
                .split('\u{0}')
                .map(|f| f.trim().to_string())
                .filter(|f| {
                    let words = f.split_whitespace();
                    words.filter(|w| w.chars().any(char::is_alphabetic)).count() >= 2
                }),
        );
    }
    fragments
}
