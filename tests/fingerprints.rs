//! The JSON report names each finding by the fingerprint SARIF carries in
//! `partialFingerprints`, and the fingerprints do not move when the plan's lines do: what a
//! baseline of earlier findings can be matched by.

mod common;

use common::{check, root};
use serde_json::Value;

/// Each plan's findings, not-judged records and waived findings as (rule, fingerprint),
/// from the JSON report, in SARIF's order (judged as checked, then waived).
fn json_fingerprints(json: &Value) -> Vec<(String, String)> {
    let mut all = Vec::new();
    for plan in json["plans"].as_array().unwrap() {
        for list in ["findings", "not_judged", "waived"] {
            for finding in plan[list].as_array().unwrap() {
                all.push((
                    finding["rule"].as_str().unwrap().to_string(),
                    finding["fingerprint"].as_str().unwrap().to_string(),
                ));
            }
        }
    }
    all.sort();
    all
}

fn sarif_fingerprints(sarif: &Value) -> Vec<(String, String)> {
    let mut all: Vec<(String, String)> = sarif["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|result| !result["ruleId"].as_str().unwrap().starts_with("SC03"))
        .map(|result| {
            (
                result["ruleId"].as_str().unwrap().to_string(),
                result["partialFingerprints"]["staffcheck/v1"]
                    .as_str()
                    .unwrap()
                    .to_string(),
            )
        })
        .collect();
    all.sort();
    all
}

fn report(args: &[&str]) -> Value {
    let run = check(args);
    serde_json::from_str(&run.stdout).unwrap_or_else(|_| panic!("{}", run.transcript()))
}

#[test]
fn json_and_sarif_name_each_finding_alike() {
    for plan in ["examples/violations.yaml", "examples/waivers.yaml"] {
        let json = json_fingerprints(&report(&["--format", "json", plan]));
        let sarif = sarif_fingerprints(&report(&["--format", "sarif", plan]));
        assert!(json.len() > 5, "{plan}: {json:?}");
        assert_eq!(json, sarif, "{plan}");
        let mut unique: Vec<&String> = json.iter().map(|(_, f)| f).collect();
        unique.dedup();
        assert_eq!(
            unique.len(),
            json.len(),
            "{plan}: a fingerprint named twice"
        );
    }
}

#[test]
fn fingerprints_stay_when_lines_move() {
    for plan in ["examples/violations.yaml", "examples/waivers.yaml"] {
        let text = std::fs::read_to_string(root().join(plan)).unwrap();
        let moved = std::env::temp_dir().join(format!(
            "staffcheck-moved-{}-{}",
            std::process::id(),
            plan.replace('/', "-")
        ));
        std::fs::write(&moved, format!("# a comment\n\n# and another\n{text}")).unwrap();
        let before = report(&["--format", "json", plan]);
        let after = report(&["--format", "json", moved.to_str().unwrap()]);
        std::fs::remove_file(&moved).unwrap();
        let line = |json: &Value| json["plans"][0]["findings"][0]["location"]["line"].as_u64();
        assert_eq!(line(&after), line(&before).map(|l| l + 3), "{plan}");
        assert_eq!(
            json_fingerprints(&after),
            json_fingerprints(&before),
            "{plan}"
        );
    }
}

/// An expired, unmatched or unknown-rule waiver is named by its rule and record: its
/// message says "at line N" of the finding it covered, and that must not move it.
#[test]
fn waiver_diagnostics_are_named_by_rule_and_record() {
    let json = json_fingerprints(&report(&["--format", "json", "examples/waivers.yaml"]));
    let waivers: Vec<&str> = json
        .iter()
        .filter(|(rule, _)| rule.starts_with("SC050"))
        .map(|(_, fingerprint)| fingerprint.as_str())
        .collect();
    assert_eq!(
        waivers,
        [
            "SC0501:waivers:WARD-STANDARD:20194",
            "SC0502:waivers:KEY-SECRETARY:20275",
            "SC0503:waivers:VICE-CAPS:20275",
        ]
    );
}

/// Every fingerprint of a report: each plan's load errors, findings, not-judged records and
/// waived findings, in order.
fn all_fingerprints(json: &Value) -> Vec<String> {
    let mut all = Vec::new();
    for plan in json["plans"].as_array().unwrap() {
        for list in ["errors", "findings", "not_judged", "waived"] {
            for item in plan[list].as_array().unwrap() {
                all.push(item["fingerprint"].as_str().unwrap().to_string());
            }
        }
    }
    all
}

/// A load error is named by its code, record and field, never by its words: a baseline
/// written by an English run matches a Vietnamese one.
#[test]
fn a_bad_plans_fingerprints_are_the_same_in_both_languages() {
    let mut load_errors = 0;
    for entry in std::fs::read_dir(root().join("tests/fixtures/plans")).unwrap() {
        let path = entry.unwrap().path();
        let plan = format!(
            "tests/fixtures/plans/{}",
            path.file_name().unwrap().to_string_lossy()
        );
        let in_lang = |lang: &str| {
            let run = check(&["--lang", lang, "--format", "json", &plan]);
            let json: Value = serde_json::from_str(&run.stdout)
                .unwrap_or_else(|_| panic!("{plan}: {}", run.transcript()));
            (all_fingerprints(&json), run.stdout)
        };
        let (en, en_text) = in_lang("en");
        let (vi, vi_text) = in_lang("vi");
        assert_eq!(en, vi, "{plan}");
        if en_text != vi_text {
            load_errors += en.iter().filter(|f| f.starts_with("SC03")).count();
        }
    }
    // The plans do say something in two languages, and many of them load errors.
    assert!(load_errors > 20, "{load_errors}");
}
