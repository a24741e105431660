//! `staffcheck schema`: the JSON Schema editors use to validate plans. It accepts every
//! example, refuses what loading refuses, follows `--rules`, and `docs/plan.schema.json`
//! is its current output.

mod common;

use common::{root, staffcheck};
use saphyr::{LoadableYamlNode, Scalar, Yaml};
use serde_json::{Map, Value};

/// A YAML document as JSON, resolving scalars by YAML 1.2's core schema, as editors'
/// YAML extensions do (`2025-07-01` stays a string, `01` is a number).
fn yaml_to_json(yaml: &Yaml) -> Value {
    match yaml {
        Yaml::Value(Scalar::Null) => Value::Null,
        Yaml::Value(Scalar::Boolean(b)) => Value::Bool(*b),
        Yaml::Value(Scalar::Integer(i)) => Value::from(*i),
        Yaml::Value(Scalar::FloatingPoint(f)) => Value::from(f.into_inner()),
        Yaml::Value(Scalar::String(s)) => Value::String(s.to_string()),
        Yaml::Sequence(items) => Value::Array(items.iter().map(yaml_to_json).collect()),
        Yaml::Mapping(entries) => {
            let mut map = Map::new();
            for (key, value) in entries {
                let key = match yaml_to_json(key) {
                    Value::String(s) => s,
                    other => other.to_string(),
                };
                map.insert(key, yaml_to_json(value));
            }
            Value::Object(map)
        }
        Yaml::Tagged(_, inner) => yaml_to_json(inner),
        other => panic!("unexpected YAML node {other:?}"),
    }
}

fn load_yaml(text: &str) -> Value {
    let documents = Yaml::load_from_str(text).expect("valid YAML");
    yaml_to_json(&documents[0])
}

fn validator(schema_text: &str) -> jsonschema::Validator {
    let schema: Value = serde_json::from_str(schema_text).expect("the schema is JSON");
    jsonschema::options()
        .should_validate_formats(true)
        .build(&schema)
        .expect("a valid JSON Schema")
}

fn errors(validator: &jsonschema::Validator, document: &Value) -> Vec<String> {
    validator
        .iter_errors(document)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect()
}

fn builtin_schema() -> String {
    let run = staffcheck(&["schema"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    run.stdout
}

#[test]
fn docs_plan_schema_is_up_to_date() {
    let committed = std::fs::read_to_string(root().join("docs/plan.schema.json")).unwrap();
    assert!(
        committed == builtin_schema(),
        "docs/plan.schema.json is stale: run `cargo run -- schema > docs/plan.schema.json`"
    );
}

#[test]
fn every_example_names_the_schema_and_validates_against_it() {
    let validator = validator(&builtin_schema());
    let mut checked = 0;
    for entry in std::fs::read_dir(root().join("examples")).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(
            text.starts_with("# yaml-language-server: $schema=../docs/plan.schema.json\n"),
            "{} does not name the schema on its first line",
            path.display()
        );
        let found = errors(&validator, &load_yaml(&text));
        assert!(found.is_empty(), "{}: {found:#?}", path.display());
        checked += 1;
    }
    assert!(checked >= 3);
}

#[test]
fn the_schema_refuses_what_loading_refuses() {
    let validator = validator(&builtin_schema());
    let base = std::fs::read_to_string(root().join("examples/violations.yaml")).unwrap();
    let broken = |from: &str, to: &str| {
        assert!(base.contains(from), "{from}");
        let document = load_yaml(&base.replacen(from, to, 1));
        errors(&validator, &document)
    };
    // A value outside a closed enumeration.
    let found = broken("terrain: mountain", "terrain: swamp");
    assert!(found.iter().any(|e| e.contains("\"swamp\"")), "{found:#?}");
    // An unknown field, and an unknown section.
    let found = broken("    field: agriculture\n", "    feild: agriculture\n");
    assert!(found.iter().any(|e| e.contains("feild")), "{found:#?}");
    let found = broken("provinces:\n", "provincez:\n");
    assert!(found.iter().any(|e| e.contains("provincez")), "{found:#?}");
    // A value outside its bounds, a wrong type, a date that is not a date.
    let found = broken("population: 39600", "population: -5");
    assert!(
        found.iter().any(|e| e.contains("minimum of 0")),
        "{found:#?}"
    );
    let found = broken("population: 39600", "population: many");
    assert!(found.iter().any(|e| e.contains("\"many\"")), "{found:#?}");
    let found = broken("date: 2025-08-15", "date: 15/08/2025");
    assert!(found.iter().any(|e| e.contains("15/08/2025")), "{found:#?}");
    // A required field left out.
    let found = broken("    disciplined: false\n", "\n");
    assert!(
        found.iter().any(|e| e.contains("\"disciplined\"")),
        "{found:#?}"
    );
    // The loader reads the same broken plans as errors too.
    let dir = std::env::temp_dir().join(format!("staffcheck-schema-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let plan = dir.join("swamp.yaml");
    std::fs::write(
        &plan,
        base.replacen("terrain: mountain", "terrain: swamp", 1),
    )
    .unwrap();
    let run = staffcheck(&["check", plan.to_str().unwrap()]);
    assert_eq!(run.code, 2, "{}", run.stderr);
}

#[test]
fn text_fields_take_any_scalar_as_the_loader_does() {
    // `code: 01` is the text `01` to the loader; the schema must not refuse it.
    let validator = validator(&builtin_schema());
    let plan = load_yaml(
        "plan: {id: x, title: t, date: 2025-07-01}\nprovinces:\n  - {code: 01, name: A, kind: city, merged_from: 1}\n",
    );
    assert_eq!(errors(&validator, &plan), Vec::<String>::new());
}

#[test]
fn open_text_fields_offer_the_rules_values_and_accept_others() {
    // `units.kind` is open so that UNIT-KIND can report `district`: its values are offered
    // first, any other scalar still validates, a list or a mapping does not.
    let schema: Value = serde_json::from_str(&builtin_schema()).unwrap();
    let kind = &schema["definitions"]["Unit"]["properties"]["kind"];
    assert_eq!(
        kind["anyOf"][0]["enum"],
        serde_json::json!(["commune", "special_zone", "ward"])
    );
    let validator = validator(&builtin_schema());
    let base = std::fs::read_to_string(root().join("examples/violations.yaml")).unwrap();
    let with_kind = |kind: &str| {
        let from = "    kind: ward\n";
        assert!(base.contains(from));
        errors(
            &validator,
            &load_yaml(&base.replacen(from, &format!("    kind: {kind}\n"), 1)),
        )
    };
    assert_eq!(with_kind("district"), Vec::<String>::new());
    assert_eq!(with_kind("wardd"), Vec::<String>::new());
    assert_eq!(with_kind("true"), Vec::<String>::new());
    assert_eq!(with_kind("7"), Vec::<String>::new());
    assert!(!with_kind("[ward]").is_empty());
    assert!(!with_kind("{a: b}").is_empty());
    assert!(!with_kind("null").is_empty());
    // No text field names `boolean` among its types (editors would offer `true`/`false`).
    let text = serde_json::to_string(&schema).unwrap();
    assert!(
        !text.contains("\"string\",\"number\",\"boolean\""),
        "{text}"
    );
}

#[test]
fn custom_fields_from_the_rules_are_in_the_schema() {
    let dir = std::env::temp_dir().join(format!("staffcheck-schema-rules-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let rules = dir.join("local.rules");
    std::fs::write(
        &rules,
        "include \"<builtin>\"\n\
         extend enum Post { office_head }\n\
         extend collection people {\n  party_member: boolean optional\n  joined: date = 2000-01-01\n}\n",
    )
    .unwrap();
    let run = staffcheck(&["schema", "--rules", rules.to_str().unwrap()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let schema: Value = serde_json::from_str(&run.stdout).unwrap();
    let person = &schema["definitions"]["Person"]["properties"];
    assert_eq!(person["party_member"]["anyOf"][0]["type"], "boolean");
    assert_eq!(person["joined"]["default"], "2000-01-01");
    let posts = &schema["definitions"]["Assignment"]["properties"]["post"]["enum"];
    assert!(posts.as_array().unwrap().contains(&"office_head".into()));
    // The plan with the new field validates; the built-in schema refuses it.
    let plan = std::fs::read_to_string(root().join("examples/violations.yaml"))
        .unwrap()
        .replacen(
            "    disciplined: false\n",
            "    disciplined: false\n    party_member: true\n",
            1,
        );
    let plan = load_yaml(&plan);
    assert_eq!(errors(&validator(&run.stdout), &plan), Vec::<String>::new());
    assert!(!errors(&validator(&builtin_schema()), &plan).is_empty());
}

#[test]
fn schema_reports_rules_that_do_not_load() {
    let run = staffcheck(&[
        "schema",
        "--rules",
        "tests/fixtures/schema/field-typo.rules",
    ]);
    assert_eq!(run.code, 2);
    assert!(run.stdout.is_empty());
    assert!(
        run.stderr.contains("no schema was written"),
        "{}",
        run.stderr
    );
}
