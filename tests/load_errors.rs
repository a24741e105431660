//! Every broken input gets a located diagnostic and exit 2; every valid but unusual one
//! loads. One fixture per case, the whole output snapshotted.

mod common;

use common::{check, relative};

#[test]
fn rule_file_syntax_errors() {
    insta::glob!("fixtures/syntax/*.rules", |path| {
        let rules = relative(path);
        let run = check(&["--rules", &rules, "tests/fixtures/minimal.yaml"]);
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
        let rules = relative(path);
        let run = check(&["--rules", &rules, "tests/fixtures/minimal.yaml"]);
        insta::assert_snapshot!(run.transcript());
    });
}

#[test]
fn plan_loading() {
    insta::glob!("fixtures/plans/*.yaml", |path| {
        let run = check(&[&relative(path)]);
        insta::assert_snapshot!(run.transcript());
    });
}
