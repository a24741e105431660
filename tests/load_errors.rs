//! Every broken input gets a located diagnostic and exit 2; every valid but unusual one
//! loads. One fixture per case, the whole output snapshotted.

mod common;

use common::{check, relative, Run};
use staffcheck::syntax::MAX_EXPR_DEPTH;

/// `check` of the minimal plan against one rule file, in `lang`.
fn check_rules(lang: &str, rules: &str) -> Run {
    check(&[
        "--lang",
        lang,
        "--rules",
        rules,
        "tests/fixtures/minimal.yaml",
    ])
}

#[test]
fn rule_file_syntax_errors() {
    insta::glob!("fixtures/syntax/*.rules", |path| {
        let rules = relative(path);
        let run = check_rules("en", &rules);
        assert_eq!(
            run.code,
            2,
            "{rules} should be refused:\n{}",
            run.transcript()
        );
        assert!(run.stdout.is_empty(), "load errors go to stderr");
        insta::assert_snapshot!(run.transcript());
    });
}

#[test]
fn rule_file_schema_errors() {
    insta::glob!("fixtures/schema/*.rules", |path| {
        let run = check_rules("en", &relative(path));
        insta::assert_snapshot!(run.transcript());
    });
}

/// The same syntax errors with `--lang vi`: what was expected, the slips and their fixes.
#[test]
fn rule_file_syntax_errors_in_vietnamese() {
    insta::glob!("fixtures/syntax/*.rules", |path| {
        let rules = relative(path);
        let run = check_rules("vi", &rules);
        assert_eq!(run.code, 2, "{rules}:\n{}", run.transcript());
        insta::assert_snapshot!(run.transcript());
    });
}

/// The same schema and name errors with `--lang vi`: did-you-mean, includes, declarations.
#[test]
fn rule_file_schema_errors_in_vietnamese() {
    insta::glob!("fixtures/schema/*.rules", |path| {
        let rules = relative(path);
        let run = check_rules("vi", &rules);
        insta::assert_snapshot!(run.transcript());
    });
}

/// A rule file's errors in the JSON report (what a tool reads when the rules do not load),
/// in both languages: the texts for people change, the codes and places do not.
#[test]
fn rule_file_errors_in_json() {
    for fixture in ["syntax/and-and.rules", "schema/field-typo.rules"] {
        for lang in ["en", "vi"] {
            let rules = format!("tests/fixtures/{fixture}");
            let args = ["--lang", lang, "--format", "json", "--rules", &rules];
            let run = check(&[&args[..], &["tests/fixtures/minimal.yaml"]].concat());
            assert_eq!(run.code, 2, "{}", run.transcript());
            let name = format!("{}-{lang}", fixture.replace(['/', '.'], "-"));
            insta::assert_snapshot!(name, run.transcript());
        }
    }
}

#[test]
fn plan_loading() {
    insta::glob!("fixtures/plans/*.yaml", |path| {
        let run = check(&[&relative(path)]);
        insta::assert_snapshot!(run.transcript());
    });
}

/// A rule file with `require` set to `expression`, written to the test's temporary directory.
fn rule_file(name: &str, expression: &str) -> String {
    let path = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let text = format!(
        "include \"<builtin>/schema.rules\"\nrule DEEP \"t\" {{\n  source \"s\"\n  for u in units\n  require {expression}\n  message \"{{u.name}}\"\n}}\n"
    );
    std::fs::write(&path, text).expect("the temporary directory is writable");
    path.display().to_string()
}

#[test]
fn a_hundred_thousand_brackets_are_refused_without_overflowing_the_stack() {
    let n = 100_000;
    for (name, expression) in [
        (
            "parens.rules",
            format!("{}true{}", "(".repeat(n), ")".repeat(n)),
        ),
        ("unclosed.rules", "(".repeat(n)),
        (
            "ifs.rules",
            format!("{}true", "if true then true else ".repeat(n)),
        ),
        ("nots.rules", format!("{}true", "not ".repeat(n))),
        ("sum.rules", format!("{} > 0", vec!["1"; n].join(" + "))),
    ] {
        let run = check(&[
            "--rules",
            &rule_file(name, &expression),
            "tests/fixtures/minimal.yaml",
        ]);
        assert_eq!(
            run.code,
            2,
            "{name}: {}",
            &run.stderr[..run.stderr.len().min(2000)]
        );
        assert!(
            run.stderr.contains("levels deep"),
            "{name}: {}",
            &run.stderr[..run.stderr.len().min(2000)]
        );
        assert!(
            run.stderr.contains(&format!("{name}:5:")),
            "{name}: located"
        );
    }
}

/// The rule files just within both nesting limits: `not`s and a sum as deep as an
/// expression may be (with the comparison and the `.population` each a level).
fn at_the_limits() -> Vec<(&'static str, String)> {
    let inner = "u.population > 0";
    vec![
        // The rule's `{` is the first level.
        (
            "parens-63.rules",
            format!("{}{inner}{}", "(".repeat(63), ")".repeat(63)),
        ),
        (
            "ifs-63.rules",
            format!(
                "{}{inner}",
                "if u.population > 1 then true else ".repeat(63)
            ),
        ),
        (
            "nots.rules",
            format!("{}({inner})", "not not ".repeat((MAX_EXPR_DEPTH - 2) / 2)),
        ),
        (
            "sum.rules",
            format!(
                "{} > 0",
                vec!["u.population"; MAX_EXPR_DEPTH - 1].join(" + ")
            ),
        ),
    ]
}

#[test]
fn rules_just_within_the_nesting_limits_load_and_run() {
    for (name, expression) in at_the_limits() {
        let run = check(&[
            "--rules",
            &rule_file(name, &expression),
            "examples/violations.yaml",
        ]);
        assert_eq!(run.code, 0, "{name}: {}", run.transcript());
    }
}

/// The CLI loads rules on its main thread (8 MB of stack); a library user may not. At 256
/// levels, the resolver of a debug build overflowed a 2 MB thread (found by replaying the
/// fuzz corpus in `tests/fuzz_corpus.rs`).
#[test]
fn rules_just_within_the_nesting_limits_resolve_on_a_small_stack() {
    for (name, expression) in at_the_limits() {
        let path = std::path::PathBuf::from(rule_file(name, &expression));
        let loaded = std::thread::Builder::new()
            .stack_size(2 << 20)
            .spawn(move || {
                staffcheck::ruleset::load_paths(&[path], staffcheck::lang::Lang::En).is_ok()
            })
            .expect("a thread")
            .join()
            .expect("no overflow, no panic");
        assert!(loaded, "{name} loads");
    }
}

/// The same plans in Vietnamese: every load error, label and help in the official's
/// language, and the findings of what loaded as the English run has them.
#[test]
fn plan_loading_in_vietnamese() {
    insta::glob!("fixtures/plans/*.yaml", |path| {
        let run = check(&["--lang", "vi", &relative(path)]);
        insta::assert_snapshot!(run.transcript());
    });
}

/// The load errors as `--format json` writes them, each with its fingerprint, in both
/// languages; against the schema alone, so that the documents hold what loading said.
#[test]
fn plan_load_errors_as_json_in_both_languages() {
    for lang in ["en", "vi"] {
        insta::glob!("fixtures/plans/*.yaml", |path| {
            let run = check(&[
                "--lang",
                lang,
                "--rules",
                "tests/fixtures/schema-only.rules",
                "--format",
                "json",
                &relative(path),
            ]);
            insta::assert_snapshot!(format!("json_{lang}"), run.transcript());
        });
    }
}
