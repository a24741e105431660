//! `staffcheck explain ID`: a rule (title, severity, citation, window, parameters with
//! their dated values, its text, and the finding of a plan that breaks it) or a code.

use std::io::Write;
use std::path::Path;

use chrono::NaiveDate;

use super::{load_rules, Exit, ExplainArgs};
use crate::check::{self, Options};
use crate::code::Code;
use crate::diagnostic::Diagnostic;
use crate::i18n::{t, t_with};
use crate::ir::Rule;
use crate::lang::Lang;
use crate::report::{render, Style};
use crate::ruleset;
use crate::ruletest::PlanRef;
use crate::source::{Source, SourceFile};
use crate::suggest::did_you_mean_in;
use crate::{builtin, catalog};

pub fn run(args: &ExplainArgs, lang: Lang, out: &mut dyn Write, err: &mut dyn Write) -> Exit {
    let style = Style {
        color: false,
        width: args.width,
        ..Style::default()
    };
    if let Some(code) = Code::parse(&args.id) {
        let (meaning, fix) = code.describe(lang);
        let fix = t_with(lang, "explain-code-fix", &[("fix", &fix)]);
        let _ = writeln!(out, "{}: {meaning}\n\n{fix}", code.as_str());
        return Exit::Clean;
    }
    let program = match load_rules(&args.rules, lang, err) {
        Some(program) => program,
        None => return Exit::Unusable,
    };
    // A disabled rule is explained as its file declares it, after who disabled it and why.
    if let Some(disabled) = program
        .override_of(&args.id)
        .filter(|o| o.kind == crate::ir::OverrideKind::Disabled)
    {
        let _ = out.write_all(catalog::explain(&program, &disabled.original, lang).as_bytes());
        return Exit::Clean;
    }
    let Some(rule) = program.rules.iter().find(|r| r.id == args.id) else {
        let ids = program.rules.iter().map(|r| r.id.as_str());
        let diagnostic = Diagnostic::error(
            Code::Usage,
            t_with(
                lang,
                "explain-unknown",
                &[
                    ("id", &args.id),
                    ("suggestion", &did_you_mean_in(lang, &args.id, ids)),
                ],
            ),
        )
        .help(t(lang, "explain-unknown-help"));
        let _ = writeln!(err, "{}", render(&diagnostic, style));
        return Exit::Unusable;
    };
    let _ = out.write_all(catalog::explain(&program, rule, lang).as_bytes());
    let Some(example) = example(rule, lang) else {
        let no_example = t_with(lang, "explain-no-example", &[("id", &rule.id)]);
        let _ = writeln!(out, "\n{no_example}");
        return Exit::Clean;
    };
    let options = Options {
        date: example.date,
        lang,
        ..Options::default()
    };
    let finding = check::check(&program, &example.plan, options)
        .ok()
        .and_then(|outcome| outcome.diagnostics.into_iter().find(|d| d.code == rule.id));
    match finding {
        Some(finding) => {
            let heading = t_with(lang, "explain-example", &[("origin", &example.origin)]);
            let _ = write!(out, "\n{heading}\n\n{}", render(&finding, style));
        }
        None => {
            let passes = t_with(
                lang,
                "explain-example-passes",
                &[("origin", &example.origin)],
            );
            let _ = writeln!(out, "\n{passes}");
        }
    }
    Exit::Clean
}

/// A plan that breaks a rule, and where it comes from.
struct Example {
    plan: Source,
    date: Option<NaiveDate>,
    origin: String,
}

/// A built-in rule's compiled-in example, even when a drafter's file includes it; a
/// drafter's rule's from the first case of the tests beside its file that expects a
/// finding of it.
fn example(rule: &Rule, lang: Lang) -> Option<Example> {
    let file = rule.source.name();
    if file.starts_with(ruleset::BUILTIN_PREFIX) {
        let (name, text) = builtin::example(&rule.id)?;
        return Some(Example {
            plan: SourceFile::new(name.clone(), text),
            date: None,
            origin: name,
        });
    }
    let (test_path, tests, index) =
        super::test::first_case_expecting(Path::new(file), &rule.id, lang)?;
    let case = &tests.cases[index];
    let plan = super::test::case_plan(&test_path, case, lang).ok()?;
    let line = tests.source.location(case.span.start as usize).line;
    let place = format!("{}:{line}", tests.source.name());
    let args: [(&str, &dyn std::fmt::Display); 3] = [
        ("name", &case.name),
        ("place", &place),
        ("plan", &plan.name()),
    ];
    let origin = match case.plan {
        PlanRef::File { .. } => t_with(lang, "explain-example-case-plan", &args),
        PlanRef::Inline(_) => t_with(lang, "explain-example-case", &args[..2]),
    };
    Some(Example {
        origin,
        plan,
        date: case.date,
    })
}
