//! Disabling and replacing an included rule (`disable ID "why"`, `replace rule ID ... {
//! reason "why" ... }`) end to end: the override is never silent. Each report format states
//! it with its reason and place, `rules` lists it, `explain` says it, a waiver of a disabled
//! rule says so; mistakes are located errors. Whole outputs snapshotted, in both languages.

mod common;

use common::{check, root, staffcheck};

const RULES: &str = "tests/fixtures/overrides/province.rules";
const PLAN: &str = "tests/fixtures/overrides/plan.yaml";

#[test]
fn the_built_in_rules_would_report_what_the_province_overrides() {
    // The same plan under the two built-in files alone: VICE-CAP's warning, and the waiver
    // of DEGREE-REMOTE's finding. The province's overrides change both (below).
    let dir = std::env::temp_dir().join(format!("staffcheck-overrides-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a scratch directory");
    let base = dir.join("base.rules");
    let text = "include \"<builtin>/dispatch-4168-2025.rules\"\ninclude \"<builtin>/decree-33-2023.rules\"\n";
    std::fs::write(&base, text).expect("write");
    let run = check(&[
        "--rules",
        base.to_str().expect("UTF-8"),
        "--format",
        "plain",
        PLAN,
    ]);
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(run.code, 0, "{}", run.transcript());
    assert!(run
        .stdout
        .contains("warning[VICE-CAP]: Phường Hải Châu (20194) has 3"));
    assert!(run.stdout.contains("waived (1):\n  DEGREE-REMOTE"));
}

#[test]
fn every_format_states_each_override_with_its_reason_and_place() {
    for lang in ["en", "vi"] {
        for format in ["human", "plain", "json", "sarif", "junit", "markdown"] {
            let run = check(&["--rules", RULES, "--lang", lang, "--format", format, PLAN]);
            // Warnings only (the waiver of a disabled rule): the run passes.
            assert_eq!(run.code, 0, "{}", run.transcript());
            insta::assert_snapshot!(format!("check_{format}_{lang}"), run.transcript());
        }
    }
}

#[test]
fn the_json_report_lists_the_overrides_as_its_schema_documents() {
    let run = check(&["--rules", RULES, "--format", "json", PLAN]);
    let document: serde_json::Value = serde_json::from_str(&run.stdout).expect("JSON");
    let schema_text =
        std::fs::read_to_string(root().join("docs/report.schema.json")).expect("schema");
    let schema: serde_json::Value = serde_json::from_str(&schema_text).expect("schema JSON");
    let validator = jsonschema::validator_for(&schema).expect("a usable schema");
    let errors: Vec<String> = validator
        .iter_errors(&document)
        .map(|e| e.to_string())
        .collect();
    assert!(errors.is_empty(), "{errors:?}");
    let actions: Vec<(&str, &str)> = document["overrides"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|o| {
            (
                o["rule"].as_str().unwrap_or(""),
                o["action"].as_str().unwrap_or(""),
            )
        })
        .collect();
    assert_eq!(
        actions,
        [("DEGREE-REMOTE", "disabled"), ("VICE-CAP", "replaced")]
    );
    // A rule set without overrides has no such key.
    let plain = check(&["--format", "json", "examples/haiphong-2025.yaml"]);
    assert!(!plain.stdout.contains("\"overrides\""));
}

#[test]
fn the_html_page_states_each_override() {
    let run = check(&["--rules", RULES, "--lang", "vi", "--format", "html", PLAN]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    for said in [
        "quy tắc `DEGREE-REMOTE` bị tắt: Quyết định 7/2025 của tỉnh",
        "quy tắc `VICE-CAP` được thay thế: các đơn vị sau sắp xếp của tỉnh",
    ] {
        let escaped = said.replace('`', "&#96;");
        assert!(
            run.stdout.contains(said) || run.stdout.contains(&escaped),
            "{said} not in the page"
        );
    }
}

#[test]
fn a_human_report_written_to_a_file_states_each_override() {
    // On a terminal the overrides go to stderr; a file written by `--format human=FILE` has
    // only itself, so it must carry them before the plan's findings.
    let dir = std::env::temp_dir().join(format!("staffcheck-human-file-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a scratch directory");
    let file = dir.join("report.txt");
    let target = format!("human={}", file.to_str().expect("UTF-8"));
    let run = check(&["--rules", RULES, "--lang", "vi", "--format", &target, PLAN]);
    let written = std::fs::read_to_string(&file);
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(run.code, 0, "{}", run.transcript());
    let written = written.expect("the report file");
    insta::assert_snapshot!("check_human_file_vi", written);
}

#[test]
fn rules_lists_each_override_in_every_format() {
    for (format, lang) in [
        ("table", "en"),
        ("table", "vi"),
        ("json", "en"),
        ("markdown", "en"),
    ] {
        let run = staffcheck(&[
            "rules", "--rules", RULES, "--format", format, "--lang", lang,
        ]);
        assert_eq!(run.code, 0, "{}", run.transcript());
        insta::assert_snapshot!(format!("rules_{format}_{lang}"), run.transcript());
    }
}

#[test]
fn explain_says_who_disabled_or_replaced_a_rule_and_why() {
    for lang in ["en", "vi"] {
        for id in ["DEGREE-REMOTE", "VICE-CAP"] {
            let run = staffcheck(&["explain", id, "--rules", RULES, "--lang", lang]);
            assert_eq!(run.code, 0, "{}", run.transcript());
            insta::assert_snapshot!(format!("explain_{id}_{lang}"), run.transcript());
        }
    }
}

#[test]
fn overrides_that_cannot_hold_are_located_errors() {
    for lang in ["en", "vi"] {
        let rules = "tests/fixtures/overrides/mistakes.rules";
        let run = check(&["--rules", rules, "--lang", lang, PLAN]);
        assert_eq!(run.code, 2, "{}", run.transcript());
        insta::assert_snapshot!(format!("mistakes_{lang}"), run.transcript());
    }
}
