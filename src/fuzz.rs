//! The three functions the fuzz targets in `fuzz/` call, and `tests/fuzz_corpus.rs` replays
//! their saved corpus through without the fuzzer. Whatever the input, each returns: a panic,
//! a hang or a stack overflow here is a bug. No I/O (includes are not followed).

use std::sync::OnceLock;

use crate::ast::RuleFile;
use crate::builtin;
use crate::check::{self, Options};
use crate::diagnostic::Diagnostic;
use crate::ir::Program;
use crate::lang::Lang;
use crate::plan::{self, Limits};
use crate::report::{render, FailOn, Format, PlanReport, Report, Style};
use crate::resolve::resolve;
use crate::ruleset;
use crate::source::SourceFile;
use crate::syntax;

/// Rendered as the CLI renders them: miette would fail on a span outside its source.
fn render_all(diagnostics: &[Diagnostic]) {
    for diagnostic in diagnostics {
        let text = render(diagnostic, Style::default());
        std::hint::black_box(text);
    }
}

/// The built-in `schema.rules`, parsed once.
fn builtin_schema() -> Option<&'static RuleFile> {
    static SCHEMA: OnceLock<Option<RuleFile>> = OnceLock::new();
    SCHEMA
        .get_or_init(|| {
            let (name, text) = builtin::FILES.first()?;
            let source = SourceFile::new(format!("{}/{name}", ruleset::BUILTIN_PREFIX), *text);
            syntax::parse(&source, Lang::En).ok()
        })
        .as_ref()
}

/// The built-in rule set, loaded once.
fn builtin_program() -> Option<&'static Program> {
    static PROGRAM: OnceLock<Option<Program>> = OnceLock::new();
    PROGRAM
        .get_or_init(|| {
            ruleset::load_builtin()
                .ok()
                .map(|resolved| resolved.program)
        })
        .as_ref()
}

/// Any text as a rule file: parsed, then resolved on its own and after the built-in schema.
pub fn rules(text: &str) {
    // Both languages, alternating by the text's length: each must say everything safely.
    let lang = match text.len() % 2 {
        0 => Lang::En,
        _ => Lang::Vi,
    };
    let source = SourceFile::new("fuzz.rules", text);
    let file = match syntax::parse(&source, lang) {
        Ok(file) => file,
        Err(errors) => return render_all(&errors),
    };
    let alone = std::slice::from_ref(&file);
    match resolve(alone, lang) {
        Ok(resolved) => render_all(&resolved.warnings),
        Err(errors) => render_all(&errors),
    }
    if let Some(schema) = builtin_schema() {
        match resolve(&[schema.clone(), file], lang) {
            Ok(resolved) => render_all(&resolved.warnings),
            Err(errors) => render_all(&errors),
        }
    }
}

/// Any bytes as a plan (refused as the CLI refuses them when not UTF-8), loaded against the
/// built-in schema.
pub fn plan(bytes: &[u8]) {
    let Some(program) = builtin_program() else {
        return;
    };
    let source = match plan::decode("fuzz.yaml", bytes.to_vec(), crate::lang::Lang::En) {
        Ok(source) => source,
        Err(error) => return render_all(&[error]),
    };
    match plan::load(
        &source,
        &program.schema,
        Limits::default(),
        crate::lang::Lang::En,
    ) {
        Ok(loaded) => {
            std::hint::black_box(loaded);
        }
        Err(errors) => render_all(&errors),
    }
}

/// Any bytes as a plan, checked against the built-in rules, and the report rendered in every
/// format.
pub fn check(bytes: &[u8]) {
    let Some(program) = builtin_program() else {
        return;
    };
    let (result, read) = match plan::decode("fuzz.yaml", bytes.to_vec(), crate::lang::Lang::En) {
        Ok(source) => (check::check(program, &source, Options::default()), true),
        Err(error) => (Err(vec![error]), false),
    };
    let mut report = Report::new(Some(program), FailOn::Error, crate::lang::Lang::En);
    report.plans.push(PlanReport {
        file: "fuzz.yaml".into(),
        result,
        read,
    });
    for format in Format::ALL {
        std::hint::black_box(format.render(&report, Style::default()));
    }
}
