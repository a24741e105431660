//! `--baseline FILE`: only findings the earlier run's JSON report does not list are
//! reported and count for the exit code, matched by fingerprint so that moved lines keep old
//! findings old; what it lists and the plan no longer has is listed as fixed, in every
//! format; a baseline that is not a JSON report is a located error, exit code 2.

mod common;

use std::path::{Path, PathBuf};

use common::{root, staffcheck_in};
use serde_json::Value;

/// A directory with `plan.yaml`: the small clean plan with a deputy and a committee chair
/// who hold only a college degree (two DEGREE-PLAIN errors) and a note (MINORITY-SHARE).
fn project(name: &str) -> PathBuf {
    let dir =
        std::env::temp_dir().join(format!("staffcheck-baseline-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("plan.yaml"), before()).unwrap();
    dir
}

fn minimal() -> String {
    std::fs::read_to_string(root().join("tests/fixtures/minimal.yaml")).unwrap()
}

fn before() -> String {
    minimal().replace("    education: bachelor", "    education: college")
}

/// The plan edited: three lines added at the top (every line moves), CT-0002's degree
/// completed (both DEGREE-PLAIN findings fixed) and CT-0001 disciplined (a PRESTIGE
/// warning, new).
fn after() -> String {
    let edited = minimal().replacen("    disciplined: false", "    disciplined: true", 1);
    format!("# Revised after the review.\n# Two more lines,\n# so every line moves.\n{edited}")
}

fn run(dir: &Path, args: &[&str]) -> common::Run {
    let mut all = vec!["check", "--color", "never", "--width", "80"];
    all.extend_from_slice(args);
    staffcheck_in(dir, &all)
}

/// Writes `baseline.json`, the JSON report of the plan as it is now.
fn make_baseline(dir: &Path) {
    let made = run(dir, &["--format", "json=baseline.json", "plan.yaml"]);
    assert_eq!(made.code, 1, "{}", made.transcript());
}

#[test]
fn the_baseline_of_the_same_plan_leaves_nothing_to_report() {
    let dir = project("same");
    make_baseline(&dir);
    insta::assert_snapshot!(run(
        &dir,
        &[
            "--baseline",
            "baseline.json",
            "--format",
            "plain",
            "plan.yaml"
        ]
    )
    .transcript());
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn moved_lines_keep_old_findings_old_and_only_new_ones_fail() {
    let dir = project("edited");
    make_baseline(&dir);
    std::fs::write(dir.join("plan.yaml"), after()).unwrap();
    let args = ["--baseline", "baseline.json", "plan.yaml"];
    let human = run(&dir, &args);
    // The new finding is a warning: the default `--fail-on error` passes.
    assert_eq!(human.code, 0, "{}", human.transcript());
    insta::assert_snapshot!("edited_human", human.transcript());
    let plain = run(
        &dir,
        &[&args[..], &["--format", "plain", "--fail-on", "warning"]].concat(),
    );
    insta::assert_snapshot!("edited_plain", plain.transcript());
    let markdown = run(&dir, &[&args[..], &["--format", "markdown"]].concat());
    insta::assert_snapshot!("edited_markdown", markdown.stdout);
    let github = run(&dir, &[&args[..], &["--format", "github"]].concat());
    insta::assert_snapshot!("edited_github", github.stdout);
    // The fixed findings' heading and lines in the report's language.
    let vietnamese = run(
        &dir,
        &[&args[..], &["--lang", "vi", "--format", "plain"]].concat(),
    );
    insta::assert_snapshot!("edited_plain_vi", vietnamese.transcript());
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn json_lists_new_findings_apart_from_unchanged_and_fixed_ones() {
    let dir = project("json");
    std::fs::write(
        dir.join("plan.yaml"),
        before().replacen("    disciplined: false", "    disciplined: true", 1),
    )
    .unwrap();
    make_baseline(&dir);
    std::fs::write(dir.join("plan.yaml"), after()).unwrap();
    let json = run(
        &dir,
        &[
            "--baseline",
            "baseline.json",
            "--format",
            "json",
            "plan.yaml",
        ],
    );
    let report: Value =
        serde_json::from_str(&json.stdout).unwrap_or_else(|_| panic!("{}", json.transcript()));
    let schema: Value = serde_json::from_str(
        &std::fs::read_to_string(root().join("docs/report.schema.json")).unwrap(),
    )
    .unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let invalid: Vec<String> = validator
        .iter_errors(&report)
        .map(|e| e.to_string())
        .collect();
    assert_eq!(invalid, Vec::<String>::new());
    let plan = &report["plans"][0];
    let names = |list: &str| -> Vec<String> {
        plan[list]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["fingerprint"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(names("findings"), Vec::<String>::new());
    assert_eq!(
        names("unchanged"),
        [
            "MINORITY-SHARE:provinces:92",
            "PRESTIGE:posts:CT-0001+31117",
            "PRESTIGE:posts:CT-0001+31117:2"
        ]
    );
    assert_eq!(
        names("fixed"),
        [
            "DEGREE-PLAIN:posts:CT-0002+31117",
            "DEGREE-PLAIN:posts:CT-0002+31117:2"
        ]
    );
    assert_eq!(plan["fixed"][0]["line"], 47);
    assert_eq!(plan["summary"]["unchanged"], 3);
    assert_eq!(plan["summary"]["fixed"], 2);
    assert_eq!(report["summary"]["unchanged"], 3);
    assert_eq!(report["summary"]["failed"], false);
    // This report is a baseline too: the unchanged findings stay known.
    std::fs::write(dir.join("baseline.json"), &json.stdout).unwrap();
    let again = run(
        &dir,
        &[
            "--baseline",
            "baseline.json",
            "--format",
            "plain",
            "plan.yaml",
        ],
    );
    assert!(
        again.stdout.starts_with(
            "0 errors, 0 warnings, 0 notes in plan.yaml (3 more unchanged since the baseline, 0 fixed)\n"
        ),
        "{}",
        again.transcript()
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn sarif_marks_each_result_new_unchanged_or_absent() {
    let dir = project("sarif");
    make_baseline(&dir);
    std::fs::write(dir.join("plan.yaml"), after()).unwrap();
    let sarif = run(
        &dir,
        &[
            "--baseline",
            "baseline.json",
            "--format",
            "sarif",
            "plan.yaml",
        ],
    );
    let log: Value =
        serde_json::from_str(&sarif.stdout).unwrap_or_else(|_| panic!("{}", sarif.transcript()));
    let states: Vec<String> = log["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            format!(
                "{} {} {} line {}",
                r["baselineState"].as_str().unwrap(),
                r["level"].as_str().unwrap(),
                r["partialFingerprints"]["staffcheck/v1"].as_str().unwrap(),
                r["locations"][0]["physicalLocation"]["region"]["startLine"]
            )
        })
        .collect();
    assert_eq!(
        states,
        [
            "new warning PRESTIGE:posts:CT-0001+31117 line 48",
            "new warning PRESTIGE:posts:CT-0001+31117:2 line 49",
            "unchanged note MINORITY-SHARE:provinces:92 line 11",
            "absent none DEGREE-PLAIN:posts:CT-0002+31117 line 47",
            "absent none DEGREE-PLAIN:posts:CT-0002+31117:2 line 48",
        ]
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn staffcheck_toml_names_the_baseline() {
    let dir = project("config");
    make_baseline(&dir);
    std::fs::write(
        dir.join("staffcheck.toml"),
        "[check]\nbaseline = \"baseline.json\"\n",
    )
    .unwrap();
    let clean = run(&dir, &["--format", "plain", "plan.yaml"]);
    assert_eq!(clean.code, 0, "{}", clean.transcript());
    assert!(
        clean
            .stdout
            .contains("(3 more unchanged since the baseline, 0 fixed)"),
        "{}",
        clean.transcript()
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_baseline_that_is_no_json_report_is_a_located_error() {
    let dir = project("bad");
    let cases = [
        ("not_json", "plans:\n  - file: plan.yaml\n"),
        ("sarif", "{\n  \"version\": \"2.1.0\",\n  \"runs\": []\n}\n"),
        ("no_fingerprint", "{\n  \"version\": 1,\n  \"plans\": [\n    { \"file\": \"plan.yaml\", \"findings\": [ { \"rule\": \"X\", \"severity\": \"error\", \"message\": \"m\" } ] }\n  ]\n}\n"),
        ("version_2", "{\n  \"version\": 2,\n  \"plans\": []\n}\n"),
    ];
    // In English, then in Vietnamese (serde_json's own reason stays English).
    for (lang, suffix) in [("en", ""), ("vi", "_vi")] {
        for (name, text) in cases {
            std::fs::write(dir.join("baseline.json"), text).unwrap();
            let bad = run(
                &dir,
                &["--lang", lang, "--baseline", "baseline.json", "plan.yaml"],
            );
            assert_eq!(bad.code, 2, "{name}: {}", bad.transcript());
            insta::assert_snapshot!(format!("bad_{name}{suffix}"), bad.transcript());
        }
        let missing = run(
            &dir,
            &["--lang", lang, "--baseline", "nowhere.json", "plan.yaml"],
        );
        assert_eq!(missing.code, 2, "{}", missing.transcript());
        insta::assert_snapshot!(format!("bad_missing{suffix}"), missing.transcript());
    }
    std::fs::remove_dir_all(&dir).unwrap();
}
