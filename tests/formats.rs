//! Every output format on `examples/violations.yaml`, snapshotted whole; the JSON and SARIF
//! outputs validated against their schemas; `--fail-on`, `--output`, several formats at once
//! and many plans in one call.

mod common;

use std::path::{Path, PathBuf};

use common::{check, root, staffcheck};
use serde_json::Value;

const VIOLATIONS: &str = "examples/violations.yaml";

fn json(text: &str) -> Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("not JSON ({e}):\n{text}"))
}

/// The official SARIF 2.1.0 schema (vendored unchanged from OASIS, as serde-sarif ships it)
/// has a malformed pattern for `language` (a stray `]`) that a strict validator refuses to
/// compile. Only that keyword is dropped; staffcheck writes no `language`.
const BROKEN_SARIF_PATTERN: &str = "^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$";

fn drop_broken_pattern(value: &mut Value) {
    match value {
        Value::Object(map) => {
            if map.get("pattern").and_then(Value::as_str) == Some(BROKEN_SARIF_PATTERN) {
                map.remove("pattern");
            }
            map.values_mut().for_each(drop_broken_pattern);
        }
        Value::Array(items) => items.iter_mut().for_each(drop_broken_pattern),
        _ => {}
    }
}

fn schema(path: &str) -> jsonschema::Validator {
    let text = std::fs::read_to_string(root().join(path)).unwrap();
    let mut schema = json(&text);
    drop_broken_pattern(&mut schema);
    jsonschema::options()
        .should_validate_formats(true)
        .build(&schema)
        .unwrap_or_else(|e| panic!("{path} is not a usable schema: {e}"))
}

/// Every schema error, one a line, or nothing when the document is valid.
fn invalid(validator: &jsonschema::Validator, document: &Value) -> String {
    validator
        .iter_errors(document)
        .map(|e| format!("{} at {}\n", e, e.instance_path()))
        .collect()
}

fn tempdir(name: &str) -> PathBuf {
    let dir =
        std::env::temp_dir().join(format!("staffcheck-formats-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn arg(path: &Path) -> String {
    path.to_string_lossy().into_owned()
}

#[test]
fn human_is_the_default() {
    let default = check(&[VIOLATIONS]);
    let human = check(&["--format", "human", VIOLATIONS]);
    assert_eq!(default.stdout, human.stdout);
    assert_eq!(human.code, 1);
    assert!(human.stdout.contains("╭─[examples/violations.yaml:226:16]"));
}

#[test]
fn plain_gives_one_line_per_finding() {
    let run = check(&["--format", "plain", VIOLATIONS]);
    assert_eq!(run.code, 1);
    assert!(run.stderr.is_empty(), "{}", run.stderr);
    for line in run.stdout.lines() {
        assert!(
            !line.contains(['│', '╭', '─', '×', '·']),
            "no drawing characters: {line}"
        );
    }
    insta::assert_snapshot!(run.stdout);
}

#[test]
fn plain_columns_count_characters() {
    // The wrong value comes after Vietnamese text on its line: its column counts characters,
    // not bytes.
    let dir = tempdir("columns");
    let plan = dir.join("flow.yaml");
    let example = std::fs::read_to_string(root().join(VIOLATIONS)).unwrap();
    let province =
        "  - code: \"48\"\n    name: Thành phố Đà Nẵng\n    kind: city\n    merged_from: 2\n";
    let flow = "  - {code: \"48\", name: Thành phố Đà Nẵng, kind: town, merged_from: 2}\n";
    assert!(example.contains(province));
    std::fs::write(&plan, example.replacen(province, flow, 1)).unwrap();
    let run = check(&["--format", "plain", &arg(&plan)]);
    assert_eq!(run.code, 2);
    let before = flow.split("town").next().unwrap();
    let column = before.chars().count() + 1;
    assert_ne!(
        column,
        before.len() + 1,
        "the line has multi-byte characters"
    );
    let expected = format!(
        "{}:14:{column}: error[SC0303]: `kind` cannot be `town`",
        arg(&plan)
    );
    assert!(run.stdout.contains(&expected), "{expected}\n{}", run.stdout);
}

#[test]
fn json_output_follows_its_schema() {
    let run = check(&["--format", "json", VIOLATIONS]);
    assert_eq!(run.code, 1);
    let document = json(&run.stdout);
    assert_eq!(invalid(&schema("docs/report.schema.json"), &document), "");
    // The summary stays, on stderr, so stdout is one JSON document.
    assert!(run
        .stderr
        .starts_with("22 errors, 13 warnings, 1 note in examples/violations.yaml\n"));
    insta::assert_snapshot!(run.stdout);
}

#[test]
fn json_carries_record_paths_and_the_values_seen() {
    let document = json(&check(&["--format", "json", VIOLATIONS]).stdout);
    let findings = document["plans"][0]["findings"].as_array().unwrap();
    let degree = findings
        .iter()
        .find(|f| f["rule"] == "DEGREE-PLAIN")
        .unwrap();
    assert_eq!(degree["record"]["path"], "posts[17]");
    let seen = &degree["why"][0]["values"][0];
    assert_eq!(seen["path"], "people[13].education");
    assert_eq!(seen["value"], "college");
    assert_eq!(seen["location"]["line"], 226);
    assert_eq!(seen["location"]["column"], 16);
    let units: Vec<&str> = degree["refers_to"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["path"].as_str().unwrap())
        .collect();
    assert_eq!(units, ["people[13]", "units[1]"]);
}

#[test]
fn json_reports_plans_that_do_not_load_and_still_validates() {
    let run = check(&[
        "--format",
        "json",
        "tests/fixtures/plans/dangling-reference.yaml",
        "examples/no-such-plan.yaml",
        "examples/haiphong-2025.yaml",
    ]);
    assert_eq!(run.code, 2);
    let document = json(&run.stdout);
    assert_eq!(invalid(&schema("docs/report.schema.json"), &document), "");
    let statuses: Vec<(&str, &str)> = document["plans"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| (p["file"].as_str().unwrap(), p["status"].as_str().unwrap()))
        .collect();
    assert_eq!(
        statuses,
        [
            // Loading refused one reference; the rest was checked.
            ("tests/fixtures/plans/dangling-reference.yaml", "checked"),
            ("examples/no-such-plan.yaml", "not_loaded"),
            ("examples/haiphong-2025.yaml", "checked"),
        ]
    );
    assert_eq!(document["plans"][0]["errors"][0]["code"], "SC0308");
    assert_eq!(document["plans"][0]["summary"]["load_errors"], 1);
    assert_eq!(document["summary"]["load_errors"], 1);
    assert_eq!(document["plans"][1]["errors"][0]["code"], "SC0401");
}

#[test]
fn json_says_why_when_the_rules_do_not_load() {
    let run = check(&[
        "--format",
        "json",
        "--rules",
        "tests/fixtures/schema/field-typo.rules",
        VIOLATIONS,
    ]);
    assert_eq!(run.code, 2);
    let document = json(&run.stdout);
    assert_eq!(invalid(&schema("docs/report.schema.json"), &document), "");
    assert_eq!(document["plans"], serde_json::json!([]));
    assert_eq!(document["rule_diagnostics"][0]["code"], "SC0201");
}

#[test]
fn the_report_schema_rejects_a_document_that_breaks_it() {
    let mut document = json(&check(&["--format", "json", VIOLATIONS]).stdout);
    document["plans"][0]["findings"][0]["severity"] = "fatal".into();
    document["plans"][0]["findings"][0]["location"]["line"] = 0.into();
    let errors = invalid(&schema("docs/report.schema.json"), &document);
    assert!(errors.contains("\"fatal\""), "{errors}");
    assert!(errors.contains("/findings/0/location"), "{errors}");
}

#[test]
fn sarif_output_follows_the_sarif_2_1_0_schema() {
    let run = check(&["--format", "sarif", VIOLATIONS]);
    assert_eq!(run.code, 1);
    let document = json(&run.stdout);
    let sarif = schema("tests/sarif-schema-2.1.0.json");
    assert_eq!(invalid(&sarif, &document), "");
    let sarif_run = &document["runs"][0];
    assert_eq!(sarif_run["columnKind"], "unicodeCodePoints");
    // Every result's rule is described, with help text and its citation.
    let rules = sarif_run["tool"]["driver"]["rules"].as_array().unwrap();
    for result in sarif_run["results"].as_array().unwrap() {
        let rule = &rules[result["ruleIndex"].as_u64().unwrap() as usize];
        assert_eq!(rule["id"], result["ruleId"]);
        assert!(rule["help"]["text"].as_str().unwrap().contains("Source: "));
        assert!(rule["properties"]["citation"].is_string());
    }
    insta::assert_snapshot!(run.stdout);
}

#[test]
fn sarif_describes_load_errors_and_stays_valid() {
    let run = check(&[
        "--format",
        "sarif",
        "tests/fixtures/plans/not-in-enum.yaml",
        "examples/no-such-plan.yaml",
    ]);
    assert_eq!(run.code, 2);
    let document = json(&run.stdout);
    assert_eq!(
        invalid(&schema("tests/sarif-schema-2.1.0.json"), &document),
        ""
    );
    let ids: Vec<&str> = document["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["ruleId"].as_str().unwrap())
        .collect();
    // The load error, the finding on the rest of the plan, the two posts DEGREE-PLAIN could
    // not judge (their holder's refused `education`), the plan that cannot be read.
    assert_eq!(
        ids,
        [
            "SC0303",
            "MINORITY-SHARE",
            "DEGREE-PLAIN",
            "DEGREE-PLAIN",
            "SC0401"
        ]
    );
}

#[test]
fn the_sarif_schema_rejects_a_broken_document() {
    // The vendored schema is really checked: a result without a message is refused.
    let mut document = json(&check(&["--format", "sarif", VIOLATIONS]).stdout);
    document["runs"][0]["results"][0]
        .as_object_mut()
        .unwrap()
        .remove("message");
    document["runs"][0]["columnKind"] = "bytes".into();
    let errors = invalid(&schema("tests/sarif-schema-2.1.0.json"), &document);
    assert!(errors.contains("message"), "{errors}");
    assert!(errors.contains("columnKind"), "{errors}");
}

#[test]
fn junit_has_a_test_case_per_rule_per_plan() {
    let run = check(&[
        "--format",
        "junit",
        VIOLATIONS,
        "examples/haiphong-2025.yaml",
    ]);
    assert_eq!(run.code, 1);
    let report = quick_junit_report(&run.stdout);
    let program = staffcheck::ruleset::load_builtin().unwrap().program;
    assert_eq!(report.test_suites.len(), 2);
    for suite in &report.test_suites {
        assert_eq!(
            suite.test_cases.len(),
            program.rules.len(),
            "{:?}",
            suite.name
        );
    }
    // Below --fail-on, findings pass with their lines in system-out: the Hai Phong plan's
    // warnings fail only with --fail-on warning.
    assert_eq!(report.test_suites[1].failures, 0);
    // Its two warnings are both DEGREE-REMOTE: one failing case.
    let strict = check(&[
        "--format",
        "junit",
        "--fail-on",
        "warning",
        "examples/haiphong-2025.yaml",
    ]);
    assert_eq!(
        quick_junit_report(&strict.stdout).test_suites[0].failures,
        1
    );
    insta::assert_snapshot!(check(&["--format", "junit", VIOLATIONS]).stdout);
}

fn quick_junit_report(xml: &str) -> quick_junit::Report {
    quick_junit::Report::deserialize_from_str(xml).unwrap_or_else(|e| panic!("{e}\n{xml}"))
}

#[test]
fn github_annotates_with_workflow_commands() {
    let run = check(&["--format", "github", VIOLATIONS]);
    assert_eq!(run.code, 1);
    let commands: Vec<&str> = run.stdout.lines().filter(|l| l.starts_with("::")).collect();
    assert_eq!(commands.len(), 36);
    assert!(commands.iter().all(|c| !c.contains('\n')));
    // The summary stays, as ordinary log lines.
    assert!(run
        .stdout
        .contains("\n22 errors, 13 warnings, 1 note in examples/violations.yaml\n"));
    insta::assert_snapshot!(run.stdout);
}

#[test]
fn fail_on_sets_the_exit_code() {
    // Hai Phong: no error, 2 warnings, 1 note. violations.yaml: errors.
    let code = |level: &str, plan: &str| check(&["--fail-on", level, plan]).code;
    let haiphong = "examples/haiphong-2025.yaml";
    assert_eq!(code("error", haiphong), 0);
    assert_eq!(code("warning", haiphong), 1);
    assert_eq!(code("info", haiphong), 1);
    assert_eq!(code("never", haiphong), 0);
    assert_eq!(code("error", VIOLATIONS), 1);
    assert_eq!(code("never", VIOLATIONS), 0);
    // A plan that cannot be loaded is exit code 2 whatever --fail-on says.
    assert_eq!(code("never", "tests/fixtures/plans/bad-yaml.yaml"), 2);
    // The summary stays whatever the level.
    let never = check(&["--fail-on", "never", VIOLATIONS]);
    assert!(never
        .stdout
        .contains("22 errors, 13 warnings, 1 note in examples/violations.yaml"));
}

#[test]
fn several_formats_at_once_each_to_its_file() {
    let dir = tempdir("several");
    let (sarif, junit, out) = (dir.join("r.sarif"), dir.join("r.xml"), dir.join("r.txt"));
    let run = check(&[
        "--format",
        &format!("sarif={}", arg(&sarif)),
        "--format",
        &format!("junit={}", arg(&junit)),
        "--format",
        "plain",
        "--output",
        &arg(&out),
        VIOLATIONS,
    ]);
    assert_eq!(run.code, 1, "{}", run.transcript());
    // Nothing asked for stdout: it gets the summary.
    assert!(run
        .stdout
        .starts_with("22 errors, 13 warnings, 1 note in examples/violations.yaml\n"));
    assert_eq!(
        std::fs::read_to_string(&sarif).unwrap(),
        check(&["--format", "sarif", VIOLATIONS]).stdout
    );
    assert_eq!(
        std::fs::read_to_string(&junit).unwrap(),
        check(&["--format", "junit", VIOLATIONS]).stdout
    );
    assert_eq!(
        std::fs::read_to_string(&out).unwrap(),
        check(&["--format", "plain", VIOLATIONS]).stdout
    );
}

#[test]
fn format_clashes_are_usage_errors() {
    let run = check(&["--format", "json", "--format", "sarif", VIOLATIONS]);
    assert_eq!(run.code, 2);
    insta::assert_snapshot!(run.stderr, @r"
    SC0402

      × `json` and `sarif` would all be written to stdout
      help: name a file for all but one: --format sarif=report.sarif
    ");
    let unknown = check(&["--format", "yaml", VIOLATIONS]);
    assert_eq!(unknown.code, 2);
    assert!(
        unknown.stderr.contains(
            "[possible values: human, plain, json, sarif, junit, github, html, markdown]"
        ),
        "{}",
        unknown.stderr
    );
    let unwritable = check(&["--format", "json=/nonexistent-dir/r.json", VIOLATIONS]);
    assert_eq!(unwritable.code, 2);
    assert!(unwritable
        .stderr
        .contains("cannot write the json report to /nonexistent-dir/r.json"));
}

#[test]
fn many_plans_from_files_directories_and_patterns_in_a_stable_order() {
    let dir = tempdir("many");
    std::fs::create_dir_all(dir.join("b/nested")).unwrap();
    let example = std::fs::read_to_string(root().join("examples/haiphong-2025.yaml")).unwrap();
    for name in [
        "b/z.yaml",
        "b/a.yml",
        "b/nested/m.yaml",
        "c1.yaml",
        "c2.yaml",
    ] {
        std::fs::write(dir.join(name), &example).unwrap();
    }
    std::fs::write(dir.join("b/notes.txt"), "not a plan").unwrap();
    std::fs::write(dir.join("b/broken.yaml"), "plan: [").unwrap();
    let run = check(&[
        "--format",
        "plain",
        "examples/violations.yaml",
        &arg(&dir.join("b")),
        &arg(&dir.join("c*.yaml")),
        // Named again: checked once.
        "examples/violations.yaml",
        &arg(&dir.join("nothing-*.yaml")),
    ]);
    assert_eq!(run.code, 2, "{}", run.transcript());
    // Each plan's last line: its summary, that it did not load, or why it was not read.
    let order: Vec<String> = run
        .stdout
        .lines()
        .filter_map(|l| {
            let summary = l.contains(" errors, ") || l.contains(" error, ");
            let summary = summary.then(|| l.rsplit_once(" in ").map(|(_, f)| f));
            summary
                .flatten()
                .or_else(|| l.split_once(" could not be loaded: ").map(|(f, _)| f))
                .or_else(|| l.split_once(": error[SC04").map(|(f, _)| f))
        })
        .map(|f| f.replace(&arg(&dir), "DIR"))
        .collect();
    assert_eq!(
        order,
        [
            "examples/violations.yaml",
            "DIR/b/a.yml",
            "DIR/b/broken.yaml",
            "DIR/b/nested/m.yaml",
            "DIR/b/z.yaml",
            "DIR/c1.yaml",
            "DIR/c2.yaml",
            "DIR/nothing-*.yaml",
        ]
    );
    // Reports come in the order given whatever order the threads finish in: the same
    // run twice gives the same output.
    let again = check(&[
        "--format",
        "plain",
        "examples/violations.yaml",
        &arg(&dir.join("b")),
        &arg(&dir.join("c*.yaml")),
        "examples/violations.yaml",
        &arg(&dir.join("nothing-*.yaml")),
    ]);
    assert_eq!(run.stdout, again.stdout);
    assert!(
        run.stderr.contains("no plan matches the pattern"),
        "{}",
        run.stderr
    );
}

#[test]
fn plans_are_reported_in_the_order_given() {
    let forward = check(&[
        "--format",
        "plain",
        VIOLATIONS,
        "examples/haiphong-2025.yaml",
    ]);
    let backward = check(&[
        "--format",
        "plain",
        "examples/haiphong-2025.yaml",
        VIOLATIONS,
    ]);
    let first_summary = |text: &str| {
        text.lines()
            .find(|l| l.contains(" note in ") || l.contains(" notes in "))
            .unwrap()
            .to_string()
    };
    assert!(first_summary(&forward.stdout).ends_with(VIOLATIONS));
    assert!(first_summary(&backward.stdout).ends_with("haiphong-2025.yaml"));
}

#[test]
fn staffcheck_writes_completions_and_man_pages() {
    let bash = staffcheck(&["completions", "bash"]);
    assert_eq!(bash.code, 0);
    assert!(bash.stdout.contains("--fail-on"), "{}", bash.stdout);
    assert!(bash.stdout.contains("sarif"), "formats are completed");
    let man = staffcheck(&["man"]);
    assert_eq!(man.code, 0);
    assert!(man.stdout.starts_with(".ie"), "{}", &man.stdout[..200]);
    assert!(man.stdout.contains(".TH staffcheck 1"));
    let check_page = staffcheck(&["man", "check"]);
    assert!(
        check_page.stdout.contains(".TH staffcheck-check 1"),
        "{}",
        &check_page.stdout[..300]
    );
    assert!(check_page.stdout.contains("fail\\-on"));
    let unknown = staffcheck(&["man", "chek"]);
    assert_eq!(unknown.code, 2);
    assert!(unknown.stderr.contains("there is no command `chek`"));
}

#[test]
fn the_readme_ci_recipe_runs_and_its_sarif_validates() {
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    let command = readme
        .lines()
        .find_map(|line| line.trim().strip_prefix("- run: staffcheck "))
        .expect("the README's workflow runs staffcheck");
    let dir = tempdir("recipe");
    let sarif = dir.join("staffcheck.sarif");
    let markdown = dir.join("staffcheck.md");
    // The workflow's command, on examples/ instead of plans/, writing into a scratch dir.
    let args: Vec<String> = command
        .split_whitespace()
        .map(|word| match word {
            "plans/" => "examples/".to_string(),
            other => other
                .replace("staffcheck.sarif", &arg(&sarif))
                .replace("staffcheck.md", &arg(&markdown)),
        })
        .collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let run = staffcheck(&args);
    assert_eq!(run.code, 1, "{}", run.transcript());
    assert!(run
        .stdout
        .contains("::error file=examples/violations.yaml,line="));
    let document = json(&std::fs::read_to_string(&sarif).unwrap());
    assert_eq!(
        invalid(&schema("tests/sarif-schema-2.1.0.json"), &document),
        ""
    );
    let summary = std::fs::read_to_string(&markdown).unwrap();
    assert!(summary.starts_with("## staffcheck\n"), "{summary}");
}

#[test]
fn the_pre_commit_hook_checks_the_files_it_is_given() {
    use saphyr::LoadableYamlNode;
    let text = std::fs::read_to_string(root().join(".pre-commit-hooks.yaml")).unwrap();
    let hooks = saphyr::Yaml::load_from_str(&text).unwrap();
    let hook = &hooks[0][0];
    assert_eq!(hook["id"].as_str(), Some("staffcheck"));
    assert_eq!(hook["language"].as_str(), Some("rust"));
    let entry: Vec<&str> = hook["entry"].as_str().unwrap().split_whitespace().collect();
    assert_eq!(entry[0], "staffcheck");
    // pre-commit appends the staged files' names.
    let clean = staffcheck(&[&entry[1..], &["examples/haiphong-2025.yaml"]].concat());
    assert_eq!(clean.code, 0, "{}", clean.transcript());
    let broken = staffcheck(&[&entry[1..], &[VIOLATIONS, "examples/haiphong-2025.yaml"]].concat());
    assert_eq!(broken.code, 1);
    assert!(broken
        .stdout
        .contains("examples/violations.yaml:531:5: error[DEGREE-PLAIN]: "));
}

#[test]
fn output_writes_the_default_format_to_a_file_without_colour() {
    let dir = tempdir("output");
    let file = dir.join("report.txt");
    let run = staffcheck(&[
        "check",
        "--color",
        "always",
        "--width",
        "80",
        "-o",
        &arg(&file),
        VIOLATIONS,
    ]);
    assert_eq!(run.code, 1);
    // stdout keeps the summary; the file has what a terminal would show, uncoloured.
    assert!(run
        .stdout
        .starts_with("22 errors, 13 warnings, 1 note in examples/violations.yaml\n"));
    assert!(!run.stdout.contains("×"));
    let written = std::fs::read_to_string(&file).unwrap();
    assert!(!written.contains('\u{1b}'));
    assert_eq!(written, check(&[VIOLATIONS]).stdout);
}

const WAIVERS: &str = "examples/waivers.yaml";

#[test]
fn json_lists_waived_findings_apart_with_their_waiver() {
    let run = check(&["--format", "json", WAIVERS]);
    assert_eq!(run.code, 1, "{}", run.transcript());
    let document = json(&run.stdout);
    assert_eq!(invalid(&schema("docs/report.schema.json"), &document), "");
    let plan = &document["plans"][0];
    let waived = plan["waived"].as_array().unwrap();
    let rules: Vec<&str> = waived.iter().map(|w| w["rule"].as_str().unwrap()).collect();
    assert_eq!(rules, ["VICE-CAP", "EXPERTISE"]);
    assert_eq!(waived[0]["record"]["key"], "20194");
    assert_eq!(waived[0]["waiver"]["path"], "waivers[0]");
    assert_eq!(
        waived[0]["waiver"]["approved_by"],
        "Ban Tổ chức Thành ủy Đà Nẵng"
    );
    assert_eq!(waived[0]["waiver"]["expires"], "2026-06-30");
    assert_eq!(waived[1]["waiver"]["record"], "posts[7]");
    assert_eq!(plan["summary"]["waived"], 2);
    assert_eq!(document["summary"]["waived"], 2);
    // Findings carry no `waiver`; the waived ones are not among them.
    let findings = plan["findings"].as_array().unwrap();
    assert!(findings.iter().all(|f| f.get("waiver").is_none()));
    assert!(!findings
        .iter()
        .any(|f| f["rule"] == "VICE-CAP" || f["rule"] == "EXPERTISE"));
    insta::assert_snapshot!(run.stdout);
}

#[test]
fn sarif_marks_waived_findings_as_externally_suppressed() {
    let run = check(&["--format", "sarif", WAIVERS]);
    let document = json(&run.stdout);
    assert_eq!(
        invalid(&schema("tests/sarif-schema-2.1.0.json"), &document),
        ""
    );
    let results = document["runs"][0]["results"].as_array().unwrap();
    let suppressed: Vec<&Value> = results
        .iter()
        .filter(|r| r.get("suppressions").is_some())
        .collect();
    assert_eq!(suppressed.len(), 2);
    let suppression = &suppressed[0]["suppressions"][0];
    assert_eq!(suppression["kind"], "external");
    assert!(suppression["justification"]
        .as_str()
        .unwrap()
        .starts_with("A third committee vice-chair"));
    assert_eq!(
        suppression["location"]["physicalLocation"]["region"]["startLine"],
        226
    );
    // The waivers' own diagnostics are results under their codes, not suppressed.
    for code in ["SC0501", "SC0502", "SC0503"] {
        let result = results.iter().find(|r| r["ruleId"] == code).unwrap();
        assert!(result.get("suppressions").is_none());
    }
}

#[test]
fn github_junit_and_html_keep_waived_findings_out_of_the_failures() {
    let github = check(&["--format", "github", WAIVERS]).stdout;
    assert!(!github.contains("title=VICE-CAP"), "{github}");
    assert!(github.contains("::error file=examples/waivers.yaml,line=249,col=11"));
    assert!(github.contains("waived (2):\n  VICE-CAP at examples/waivers.yaml:20:5"));
    let junit = check(&["--format", "junit", WAIVERS]).stdout;
    let vice_cap = junit
        .split("<testcase ")
        .find(|case| case.starts_with("name=\"VICE-CAP\""))
        .unwrap();
    assert!(!vice_cap.contains("<failure"), "{vice_cap}");
    assert!(vice_cap.contains("waived until 2026-06-30"));
    let waivers = junit
        .split("<testcase ")
        .find(|case| case.starts_with("name=\"waivers\""))
        .unwrap();
    assert!(waivers.contains("<failure message=\"3 problems with waivers"));
    let html = check(&["--format", "html", "--lang", "en", WAIVERS]).stdout;
    assert!(html.contains("<h3>Waived findings</h3>"));
    assert!(html.contains("<span class=\"count clean\">2 waived</span>"));
    let waived = &html[html.find("<section class=\"waived\">").unwrap()..];
    assert!(
        waived.contains("<td class=\"date\">2026-06-30</td>"),
        "{waived}"
    );
}

#[test]
fn not_judged_records_keep_json_and_sarif_valid() {
    let args = [
        "--rules",
        "tests/fixtures/not-judged/rules.rules",
        "--date",
        "2025-12-01",
        "tests/fixtures/not-judged/plan.yaml",
    ];
    let document = json(&check(&[&["--format", "json"][..], &args].concat()).stdout);
    assert_eq!(invalid(&schema("docs/report.schema.json"), &document), "");
    assert_eq!(
        document["plans"][0]["not_judged"].as_array().unwrap().len(),
        6
    );
    assert_eq!(document["summary"]["not_judged"], 6);
    let sarif = json(&check(&[&["--format", "sarif"][..], &args].concat()).stdout);
    assert_eq!(
        invalid(&schema("tests/sarif-schema-2.1.0.json"), &sarif),
        ""
    );
}

/// The Hai Phong example with two values loading refuses and four rule violations.
const TYPOS: &str = "tests/fixtures/plans/haiphong-typos.yaml";

/// Every format carries both what loading refused and the findings on the rest of the plan,
/// and the exit code is 2. The human output is snapshotted in `load_errors.rs`.
#[test]
fn every_format_carries_the_load_errors_and_the_findings() {
    let violations = ["NON-LOCAL", "TERM-LIMIT", "PRESTIGE", "THEORY"];
    for format in ["plain", "github", "junit"] {
        let run = check(&["--format", format, TYPOS]);
        assert_eq!(run.code, 2, "{format}: {}", run.transcript());
        insta::assert_snapshot!(format!("typos-{format}"), run.stdout);
    }

    let run = check(&["--format", "json", TYPOS]);
    assert_eq!(run.code, 2);
    let document = json(&run.stdout);
    assert_eq!(invalid(&schema("docs/report.schema.json"), &document), "");
    let plan = &document["plans"][0];
    assert_eq!(plan["status"], "checked");
    let codes = |list: &Value, key: &str| -> Vec<String> {
        list.as_array()
            .unwrap()
            .iter()
            .map(|item| item[key].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(codes(&plan["errors"], "code"), ["SC0303", "SC0308"]);
    let findings = codes(&plan["findings"], "rule");
    assert!(
        violations.iter().all(|v| findings.iter().any(|f| f == v)),
        "{findings:?}"
    );
    assert_eq!(plan["summary"]["load_errors"], 2);
    assert_eq!(plan["summary"]["errors"], 2);
    assert_eq!(document["summary"]["load_errors"], 2);
    assert!(run.stderr.starts_with("SC0303"), "{}", run.stderr);
    assert!(run.stderr.contains(
        "2 load errors; the rest of the plan was checked: 2 errors, 4 warnings, 1 note, 2 not judged in"
    ));

    let run = check(&["--format", "sarif", TYPOS]);
    assert_eq!(run.code, 2);
    let document = json(&run.stdout);
    assert_eq!(
        invalid(&schema("tests/sarif-schema-2.1.0.json"), &document),
        ""
    );
    let results = codes(&document["runs"][0]["results"], "ruleId");
    assert_eq!(results[..2], ["SC0303", "SC0308"]);
    assert!(
        violations.iter().all(|v| results.iter().any(|r| r == v)),
        "{results:?}"
    );

    let run = check(&["--format", "html", "--lang", "en", TYPOS]);
    assert_eq!(run.code, 2);
    for text in [
        "2 errors in the plan file and 2 errors must be fixed before this plan can be approved:",
        "<h3 id=\"p0-load\">Errors in the plan file</h3>",
        "`education` cannot be `Bachelor`",
        "did you mean `11317` (Phường Thiên Hương)",
        "would start a term number 3 in a row",
    ] {
        assert!(run.stdout.contains(text), "html lacks {text:?}");
    }
    // The plan file's errors are linked from the top and said before the findings.
    assert!(run.stdout.contains("<a href=\"#p0-l0\">"));
    assert!(run.stdout.find("id=\"p0-load\"") < run.stdout.find("<section class=\"province\""));
}
