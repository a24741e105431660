//! A report in Vietnamese speaks in labels and names: no finding's message, title or fix in a
//! Vietnamese run on the example plans holds an enumeration value's identifier
//! (`committee_vice_chair`, `bachelor`), in the findings themselves and as every format
//! writes them; and every shipped text has its Vietnamese.

mod common;

use std::collections::BTreeSet;

use serde_json::Value;

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
    let missing = staffcheck::untranslated::untranslated(&program, Lang::En);
    let messages: Vec<&str> = missing.iter().map(|d| d.message.as_str()).collect();
    assert!(messages.is_empty(), "{messages:#?}");
}

/// The texts about the findings that `format` writes for people: each finding's message (and
/// in JSON its title, fix and citation; in HTML its heading). The `why` lines (and SARIF's
/// and GitHub's lines after the message, which carry them) are left out: they are the
/// drafters' expression-level explanation.
fn people_texts(format: &str, out: &str) -> Vec<String> {
    let after = |line: &str, mark: &str| line.split_once(mark).map(|(_, rest)| rest.to_string());
    match format {
        "plain" => out.lines().filter_map(|l| after(l, "]: ")).collect(),
        "github" => out
            .lines()
            .filter(|l| l.starts_with("::"))
            .filter_map(|l| after(&l[2..], "::"))
            .map(|data| data.split("%0A").next().unwrap_or_default().to_string())
            .collect(),
        // The headline of each diagnostic (no wrapping at this width).
        "human" => out
            .lines()
            .map(str::trim_start)
            .filter_map(|l| ["× ", "⚠ ", "☞ "].iter().find_map(|m| l.strip_prefix(m)))
            .map(str::to_string)
            .collect(),
        "json" => {
            let mut texts = Vec::new();
            json_texts(&serde_json::from_str(out).unwrap(), &mut texts);
            texts
        }
        "sarif" => {
            let sarif: Value = serde_json::from_str(out).unwrap();
            sarif["runs"][0]["results"]
                .as_array()
                .unwrap()
                .iter()
                .map(|r| r["message"]["text"].as_str().unwrap())
                .map(|text| text.lines().next().unwrap_or_default().to_string())
                .collect()
        }
        "junit" => out
            .split(" message=\"")
            .skip(1)
            .map(|rest| xml_text(&rest[..rest.find('"').unwrap()]))
            .collect(),
        // The findings tables' last cell.
        "markdown" => out
            .lines()
            .filter(|l| l.starts_with("| ") && l.matches(" | ").count() == 3)
            .filter_map(|l| l.trim_end_matches(" |").rsplit(" | ").next())
            .map(|cell| cell.replace('\\', ""))
            .collect(),
        "html" => ["<p class=\"message\">", "<h5>"]
            .iter()
            .flat_map(|open| out.split(open).skip(1))
            .map(|rest| xml_text(&rest[..rest.find("</").unwrap()]))
            .collect(),
        _ => unreachable!("{format}"),
    }
}

/// The `message`, `title`, `fix` and `citation` strings anywhere in a JSON report.
fn json_texts(value: &Value, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (key, value) in map {
                match (key.as_str(), value) {
                    ("why", _) => {}
                    ("message" | "title" | "fix" | "citation", Value::String(text)) => {
                        out.push(text.clone())
                    }
                    _ => json_texts(value, out),
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|item| json_texts(item, out)),
        _ => {}
    }
}

fn xml_text(text: &str) -> String {
    text.replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

/// The same texts in an English run do name identifiers ("with education college"): the
/// extraction finds the messages in every format, so the Vietnamese test can fail.
#[test]
fn every_format_of_a_vietnamese_run_names_no_enumeration_identifier() {
    let program = load_builtin().expect("the built-in rules load").program;
    let identifiers = identifiers(&program);
    for example in ["examples/violations.yaml", "examples/violations-2026.yaml"] {
        for format in [
            "human", "plain", "json", "sarif", "junit", "github", "markdown", "html",
        ] {
            let raw_in = |lang: &str| {
                let args = [
                    "check", "--color", "never", "--width", "1000", "--lang", lang, "--format",
                    format, example,
                ];
                let run = common::staffcheck(&args);
                assert_eq!(run.code, 1, "{}", run.transcript());
                let texts = people_texts(format, &run.stdout);
                assert!(texts.len() > 10, "{example} {format}: {texts:?}");
                texts
                    .into_iter()
                    .filter(|text| words(text).any(|w| identifiers.contains(w)))
                    .collect::<Vec<_>>()
            };
            assert_eq!(raw_in("vi"), Vec::<String>::new(), "{example} {format}");
            assert!(!raw_in("en").is_empty(), "{example} {format}");
        }
    }
}

/// What a JSON report says to people about loading: each plan's errors, their help and labels.
fn load_error_texts(json: &Value) -> Vec<String> {
    let mut out = Vec::new();
    for plan in json["plans"].as_array().unwrap() {
        for error in plan["errors"].as_array().unwrap() {
            out.extend(error["message"].as_str().map(str::to_string));
            out.extend(error["help"].as_str().map(str::to_string));
            for label in error["labels"].as_array().unwrap() {
                out.extend(label["text"].as_str().map(str::to_string));
            }
        }
    }
    out
}

/// English sentences a Vietnamese run of `plans` still says about loading them.
fn english_in_vietnamese_load_errors(plans: &[String], prefixes: &[&str]) -> Vec<String> {
    let fragments = common::english_fragments(prefixes);
    assert!(fragments.len() > 20, "{fragments:?}");
    let mut english = Vec::new();
    let mut said = 0;
    for plan in plans {
        let run_in = |lang: &str| {
            let run = common::check(&["--lang", lang, "--format", "json", plan]);
            let json: Value = serde_json::from_str(&run.stdout)
                .unwrap_or_else(|_| panic!("{plan}: {}", run.transcript()));
            load_error_texts(&json)
        };
        let found = |texts: &[String]| -> Vec<String> {
            texts
                .iter()
                .flat_map(|text| {
                    fragments
                        .iter()
                        .filter(|f| text.contains(f.as_str()))
                        .map(move |f| format!("{plan}: {f:?} in {text:?}"))
                })
                .collect()
        };
        let vi = run_in("vi");
        said += vi.len();
        english.extend(found(&vi));
        // The check can fail: the English run says these very fragments.
        let en = run_in("en");
        assert!(en.is_empty() || !found(&en).is_empty(), "{plan}: {en:?}");
    }
    assert!(said > 50, "the plans say too little to test: {said}");
    english
}

/// Every fixture plan that does not load cleanly, in Vietnamese: no load error, label or
/// help holds a sentence of the English catalog.
#[test]
fn a_vietnamese_run_of_bad_plans_says_no_english_sentence() {
    let mut plans: Vec<String> = std::fs::read_dir(common::root().join("tests/fixtures/plans"))
        .unwrap()
        .map(|entry| {
            let name = entry.unwrap().file_name();
            format!("tests/fixtures/plans/{}", name.to_string_lossy())
        })
        .collect();
    plans.sort();
    assert_eq!(
        english_in_vietnamese_load_errors(&plans, &["load-", "yaml-", "no-date"]),
        Vec::<String>::new()
    );
}

/// What an official meets first when a path or an option is wrong: said in Vietnamese, whole.
#[test]
fn a_plan_that_cannot_be_read_and_a_bad_date_in_vietnamese() {
    let cases: [(&str, &[&str]); 3] = [
        ("missing-plan-vi", &["no-such-plan.yaml"]),
        (
            "bad-date-vi",
            &["--date", "2025-02-30", "examples/waivers.yaml"],
        ),
        (
            "unwritable-report-vi",
            &[
                "--format",
                "json=no-such-directory/report.json",
                "examples/haiphong-2025.yaml",
            ],
        ),
    ];
    for (name, args) in cases {
        let mut all = vec!["--lang", "vi"];
        all.extend_from_slice(args);
        let run = common::check(&all);
        assert_eq!(run.code, 2, "{name}: {}", run.transcript());
        insta::assert_snapshot!(name, run.transcript());
    }
}

/// The drafters' commands and the options of `check` whose texts moved into the catalog,
/// in Vietnamese: no output holds a sentence of the English catalog's `code-`, `explain-`,
/// `rules-`, `test-`, `config-`, `baseline-`, `param-` messages; in English each run says
/// at least one, so the check can fail.
#[test]
fn the_drafters_commands_say_no_english_sentence_in_vietnamese() {
    let prefixes = [
        "code-sc",
        "explain-",
        "rules-",
        "test-",
        "config-",
        "baseline-",
        "param-",
    ];
    // Code the Vietnamese messages write as well (`{ rule: ID, record: KEY }`) is no English.
    let vietnamese = common::catalog_fragments("vi", &prefixes);
    let fragments: Vec<String> = common::english_fragments(&prefixes)
        .into_iter()
        .filter(|f| !vietnamese.contains(f))
        .collect();
    assert!(fragments.len() > 50, "{fragments:?}");
    let runs: [&[&str]; 10] = [
        &["explain", "SC0303"],
        &["explain", "VICE-CAP"],
        &["explain", "VICE-CAPP"],
        &["rules"],
        &[
            "test",
            "--coverage",
            "tests/fixtures/drafter-tests/broken-rule",
        ],
        &["test", "tests/fixtures/drafter-tests/malformed"],
        &["test", "tests/fixtures/drafter-tests/unknown-ids"],
        &[
            "check",
            "--param",
            "commune_vice_chair_cap=two",
            "examples/violations.yaml",
        ],
        &[
            "check",
            "--baseline",
            "examples/haiphong-2025.yaml",
            "examples/violations.yaml",
        ],
        &[
            "check",
            "--config",
            "tests/fixtures/config/mistakes.toml",
            "examples/violations.yaml",
        ],
    ];
    let mut english = Vec::new();
    for args in runs {
        let said = |lang: &str| {
            let mut all = vec![args[0], "--lang", lang];
            all.extend_from_slice(&args[1..]);
            let run = common::staffcheck(&all);
            format!("{}{}", run.stdout, run.stderr)
        };
        let what = format!("{args:?}");
        english.extend(common::english_said(
            &fragments,
            &what,
            &said("vi"),
            &said("en"),
        ));
    }
    assert_eq!(english, Vec::<String>::new());
}

/// `man` of a command that does not exist, said in Vietnamese (the pages themselves follow
/// `--lang` as `--help` does: tests/man_pages.rs).
#[test]
fn man_of_an_unknown_command_in_vietnamese() {
    let run = common::staffcheck(&["man", "--lang", "vi", "chek"]);
    assert_eq!(run.code, 2, "{}", run.transcript());
    insta::assert_snapshot!(run.transcript(), @r"
    exit code: 2
    --- stdout
    --- stderr
    không có lệnh `chek`; các lệnh là `check`, `schema`, `test`, `explain`, `rules`, `lint`, `fmt`, `convert`, `lsp`, `template`, `completions`, `man`
    ");
}
