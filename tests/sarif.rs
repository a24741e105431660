//! What GitHub code scanning needs of the SARIF beyond the schema: fingerprints that survive
//! moved lines, related locations linked from the message, descriptors for every code, and
//! plans that did not load reported as a failed execution.

mod common;

use std::path::PathBuf;

use common::{check, root};
use serde_json::Value;

fn sarif(args: &[&str]) -> Value {
    let mut all = vec!["--format", "sarif"];
    all.extend_from_slice(args);
    let run = check(&all);
    serde_json::from_str(&run.stdout).unwrap_or_else(|e| panic!("{e}: {}", run.transcript()))
}

fn pretty(value: &impl serde::Serialize) -> String {
    serde_json::to_string_pretty(value).unwrap()
}

fn results(document: &Value) -> &Vec<Value> {
    document["runs"][0]["results"].as_array().unwrap()
}

fn scratch(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("sarif");
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(name)
}

/// (fingerprint, start line) of every result.
fn fingerprints(document: &Value) -> Vec<(String, u64)> {
    results(document)
        .iter()
        .map(|r| {
            let print = r["partialFingerprints"]["staffcheck/v1"].as_str().unwrap();
            let line = &r["locations"][0]["physicalLocation"]["region"]["startLine"];
            (print.to_string(), line.as_u64().unwrap())
        })
        .collect()
}

#[test]
fn fingerprints_are_unique_and_survive_moved_lines() {
    let before = fingerprints(&sarif(&["examples/violations.yaml"]));
    let mut prints: Vec<&String> = before.iter().map(|(p, _)| p).collect();
    prints.sort();
    prints.dedup();
    assert_eq!(
        prints.len(),
        before.len(),
        "two findings share a fingerprint"
    );

    let text = std::fs::read_to_string(root().join("examples/violations.yaml")).unwrap();
    let moved = scratch("violations-moved.yaml");
    std::fs::write(&moved, format!("# two lines\n# added above\n{text}")).unwrap();
    let after = fingerprints(&sarif(&[moved.to_str().unwrap()]));
    assert_eq!(after.len(), before.len());
    for ((print, line), (moved_print, moved_line)) in before.iter().zip(&after) {
        assert_eq!(print, moved_print);
        assert_eq!(line + 2, *moved_line, "{print}");
    }
    insta::assert_snapshot!(before
        .iter()
        .map(|(p, _)| p.as_str())
        .collect::<Vec<_>>()
        .join("\n"));
}

#[test]
fn related_locations_are_linked_from_the_message() {
    let document = sarif(&["examples/violations.yaml"]);
    let mut linked = 0;
    for result in results(&document) {
        let text = result["message"]["text"].as_str().unwrap();
        for related in result["relatedLocations"].as_array().into_iter().flatten() {
            let id = related["id"].as_u64().unwrap();
            assert!(
                text.contains(&format!("]({id})")),
                "{id} not linked in {text}"
            );
            linked += 1;
        }
    }
    assert!(linked > 10, "{linked}");
}

#[test]
fn absolute_paths_are_file_uris() {
    // A plan under the working directory is named relative to it; one outside keeps its
    // absolute path.
    let dir = std::env::temp_dir().join(format!("staffcheck-sarif-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("examples")).unwrap();
    let path = dir.join("examples/violations.yaml");
    std::fs::copy(root().join("examples/violations.yaml"), &path).unwrap();
    let document = sarif(&[path.to_str().unwrap()]);
    std::fs::remove_dir_all(&dir).unwrap();
    for result in results(&document) {
        let uri = result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
            .as_str()
            .unwrap();
        assert!(uri.starts_with("file:///"), "{uri}");
        assert!(uri.ends_with("/examples/violations.yaml"), "{uri}");
    }
}

#[test]
fn plans_that_did_not_load_make_the_execution_unsuccessful() {
    let document = sarif(&[
        "examples/haiphong-2025.yaml",
        "tests/fixtures/plans/bad-yaml.yaml",
        "examples/no-such-plan.yaml",
    ]);
    let invocation = &document["runs"][0]["invocations"][0];
    assert_eq!(invocation["executionSuccessful"], false);
    insta::assert_snapshot!(pretty(&invocation["toolExecutionNotifications"]), @r#"
    [
      {
        "level": "error",
        "message": {
          "text": "tests/fixtures/plans/bad-yaml.yaml was not checked: it could not be loaded (1 error)"
        },
        "locations": [
          {
            "physicalLocation": {
              "artifactLocation": {
                "uri": "tests/fixtures/plans/bad-yaml.yaml"
              },
              "region": {
                "startLine": 1
              }
            }
          }
        ]
      },
      {
        "level": "error",
        "message": {
          "text": "examples/no-such-plan.yaml was not checked: it could not be read (1 error)"
        },
        "locations": [
          {
            "physicalLocation": {
              "artifactLocation": {
                "uri": "examples/no-such-plan.yaml"
              },
              "region": {
                "startLine": 1
              }
            }
          }
        ]
      }
    ]
    "#);
    let unreadable = results(&document).last().unwrap();
    assert_eq!(unreadable["ruleId"], "SC0401");
    assert_eq!(
        unreadable["locations"][0]["physicalLocation"]["region"]["startLine"],
        1
    );
    let clean = sarif(&["examples/haiphong-2025.yaml"]);
    assert_eq!(
        clean["runs"][0]["invocations"][0]["executionSuccessful"],
        true
    );
    // The same notifications in the report's language.
    let vietnamese = sarif(&[
        "--lang",
        "vi",
        "tests/fixtures/plans/bad-yaml.yaml",
        "examples/no-such-plan.yaml",
    ]);
    let texts: Vec<&Value> = vietnamese["runs"][0]["invocations"][0]["toolExecutionNotifications"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| &n["message"]["text"])
        .collect();
    insta::assert_snapshot!(pretty(&texts), @r#"
    [
      "tests/fixtures/plans/bad-yaml.yaml chưa được kiểm tra: không đọc được phương án (1 lỗi)",
      "examples/no-such-plan.yaml chưa được kiểm tra: không đọc được tệp (1 lỗi)"
    ]
    "#);
}

#[test]
fn every_code_has_its_own_descriptor_and_level() {
    let document = sarif(&[
        "examples/waivers.yaml",
        "tests/fixtures/plans/bad-yaml.yaml",
    ]);
    let rules = document["runs"][0]["tool"]["driver"]["rules"]
        .as_array()
        .unwrap();
    for rule in rules {
        for field in ["fullDescription", "shortDescription"] {
            assert!(rule[field]["text"].is_string(), "{field}: {rule}");
        }
        assert!(rule["help"]["markdown"].is_string(), "{rule}");
    }
    let codes: Vec<&Value> = rules
        .iter()
        .filter(|r| r["id"].as_str().unwrap().starts_with("SC"))
        .collect();
    insta::assert_snapshot!(pretty(&codes));
    let vice_cap = rules.iter().find(|r| r["id"] == "WARD-STANDARD").unwrap();
    insta::assert_snapshot!(vice_cap["help"]["markdown"].as_str().unwrap());
}
