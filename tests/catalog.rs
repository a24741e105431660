//! `staffcheck explain` and `staffcheck rules`: every shipped rule is explained with an
//! example that breaks it, and `docs/rules.md` is what `rules --format markdown` prints.

mod common;

use common::{root, staffcheck};
use staffcheck::ruleset::load_builtin;

fn shipped_ids() -> Vec<String> {
    load_builtin()
        .map_err(|e| format!("{e:?}"))
        .unwrap()
        .program
        .rules
        .iter()
        .map(|r| r.id.clone())
        .collect()
}

#[test]
fn docs_rules_md_is_current() {
    let run = staffcheck(&["rules", "--lang", "en", "--format", "markdown"]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    let written = std::fs::read_to_string(root().join("docs/rules.md")).unwrap_or_default();
    assert!(
        written == run.stdout,
        "docs/rules.md is stale: run `cargo run -- rules --lang en --format markdown > docs/rules.md`"
    );
}

#[test]
fn every_shipped_rule_is_explained_with_an_example_that_breaks_it() {
    for id in shipped_ids() {
        let run = staffcheck(&["explain", &id]);
        assert_eq!(run.code, 0, "{}", run.transcript());
        assert!(
            run.stdout.contains(&format!(
                "an example that breaks it (tests/rules/{id}/fail.yaml)"
            )),
            "{}",
            run.stdout
        );
        assert!(run.stdout.contains(&format!("\n{id}\n")), "{}", run.stdout);
    }
}

#[test]
fn explain_a_rule() {
    let run = staffcheck(&["explain", "--width", "80", "VICE-CAP"]);
    assert_eq!(run.code, 0);
    insta::assert_snapshot!(run.transcript());
}

#[test]
fn explain_a_drafters_rule_shows_the_first_case_of_its_tests_that_breaks_it() {
    let rules = "tests/fixtures/drafter-tests/drafter-rule/key-holder.rules";
    let run = staffcheck(&[
        "explain",
        "--width",
        "80",
        "PG-KEY-HOLDER",
        "--rules",
        rules,
    ]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    insta::assert_snapshot!(run.transcript());
}

#[test]
fn explain_a_built_in_rule_a_drafters_file_includes_keeps_its_example() {
    let rules = "tests/fixtures/drafter-tests/drafter-rule/key-holder.rules";
    let run = staffcheck(&["explain", "--width", "80", "VICE-CAP", "--rules", rules]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    // The whole output is the same as without `--rules` (snapshotted in `explain_a_rule`):
    // the built-in example, found and shown.
    let builtin = staffcheck(&["explain", "--width", "80", "VICE-CAP"]);
    assert_eq!(run.transcript(), builtin.transcript());
    assert!(run
        .stdout
        .contains("an example that breaks it (tests/rules/VICE-CAP/fail.yaml)"));
}

#[test]
fn explain_a_code_and_an_unknown_id() {
    let code = staffcheck(&["explain", "sc0303"]);
    assert_eq!(code.code, 0);
    insta::assert_snapshot!(code.stdout, @r"
    SC0303: a plan's value is outside a closed enumeration

    what to do: use one of the values listed, or extend the enumeration in a rule file
    ");
    let unknown = staffcheck(&["explain", "VICE-CAPP"]);
    assert_eq!(unknown.code, 2);
    insta::assert_snapshot!(unknown.stderr, @r"
    SC0402

      × there is no rule or code `VICE-CAPP`; did you mean `VICE-CAP`?
      help: `staffcheck rules` lists the rules; codes are written SC0101
    ");
}

/// Every code's meaning and what to do, in each language: the whole output of `explain` for
/// all of them, one snapshot per language.
#[test]
fn every_code_is_explained_in_both_languages() {
    for lang in ["en", "vi"] {
        let mut all = String::new();
        for code in staffcheck::code::Code::ALL {
            let run = staffcheck(&["explain", "--lang", lang, code.as_str()]);
            assert_eq!(run.code, 0, "{}", run.transcript());
            assert!(run.stderr.is_empty(), "{}", run.transcript());
            all.push_str(&run.stdout);
            all.push('\n');
        }
        insta::assert_snapshot!(format!("every_code_explained_{lang}"), all);
    }
}

/// `explain` and `rules` in Vietnamese: the framing words, the rule's own texts and the
/// example's finding, whole outputs.
#[test]
fn explain_and_rules_in_vietnamese() {
    let explained = staffcheck(&["explain", "--lang", "vi", "--width", "80", "VICE-CAP"]);
    assert_eq!(explained.code, 0, "{}", explained.transcript());
    insta::assert_snapshot!("explain_a_rule_vi", explained.transcript());
    let rules = "tests/fixtures/drafter-tests/drafter-rule/key-holder.rules";
    let drafters = staffcheck(&[
        "explain",
        "--lang",
        "vi",
        "--width",
        "80",
        "PG-KEY-HOLDER",
        "--rules",
        rules,
    ]);
    assert_eq!(drafters.code, 0, "{}", drafters.transcript());
    insta::assert_snapshot!("explain_a_drafters_rule_vi", drafters.transcript());
    let unknown = staffcheck(&["explain", "--lang", "vi", "VICE-CAPP"]);
    assert_eq!(unknown.code, 2);
    insta::assert_snapshot!(unknown.stderr, @r"
    SC0402

      × không có quy tắc hay mã nào là `VICE-CAPP`; có phải là `VICE-CAP`?
      help: lệnh `staffcheck rules` liệt kê các quy tắc; mã được ghi theo dạng SC0101
    ");
    let table = staffcheck(&["rules", "--lang", "vi"]);
    assert_eq!(table.code, 0, "{}", table.transcript());
    insta::assert_snapshot!("rules_table_vi", table.stdout);
    let markdown = staffcheck(&["rules", "--lang", "vi", "--format", "markdown"]);
    assert_eq!(markdown.code, 0, "{}", markdown.transcript());
    insta::assert_snapshot!("rules_markdown_vi", markdown.stdout);
}

#[test]
fn rules_as_a_table_and_as_json() {
    let table = staffcheck(&["rules"]);
    assert_eq!(table.code, 0);
    insta::assert_snapshot!(table.stdout);
    let json = staffcheck(&["rules", "--format", "json"]);
    let value: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    let ids: Vec<String> = value["rules"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(ids, shipped_ids());
    let vice_cap = &value["rules"][ids.iter().position(|i| i == "VICE-CAP").unwrap()];
    assert_eq!(vice_cap["parameters"][0]["name"], "commune_vice_chair_cap");
    assert_eq!(vice_cap["parameters"][0]["values"][0]["from"], "2025-06-23");
}

#[test]
fn every_shipped_rule_links_the_public_text_of_its_source() {
    let json = staffcheck(&["rules", "--format", "json"]);
    let value: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    for rule in value["rules"].as_array().unwrap() {
        let id = rule["id"].as_str().unwrap();
        let url = rule["source_url"].as_str().unwrap_or_default();
        assert!(url.starts_with("https://"), "{id} links no public text");
        assert!(
            rule["source_checked"].is_string(),
            "{id} has no `checked` date"
        );
    }
}

#[test]
fn every_shipped_rule_has_a_builtin_example() {
    for id in shipped_ids() {
        assert!(staffcheck::builtin::example(&id).is_some(), "{id}");
    }
}
