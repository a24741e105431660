//! What the command line says when an argument or a path is wrong, and what `convert` and
//! `template` say when they write, in both languages: every case run in a scratch
//! directory (so paths are short and stable) and snapshotted whole.

mod common;

use std::path::PathBuf;

/// A scratch directory holding a plan that loads, one that does not, and an empty directory.
fn scratch(lang: &str) -> PathBuf {
    let dir = common::root()
        .join("target")
        .join(format!("command-line-{lang}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("empty")).unwrap();
    let fixtures = common::root().join("tests/fixtures");
    std::fs::copy(fixtures.join("minimal.yaml"), dir.join("plan.yaml")).unwrap();
    std::fs::copy(fixtures.join("plans/bad-yaml.yaml"), dir.join("bad.yaml")).unwrap();
    dir
}

const CASES: [(&str, &[&str]); 12] = [
    ("an empty directory", &["check", "empty"]),
    ("a pattern matching nothing", &["check", "empty/*.yaml"]),
    ("a pattern that is not one", &["check", "plans/[a.yaml"]),
    (
        "two formats to stdout",
        &[
            "check",
            "--format",
            "json",
            "--format",
            "sarif",
            "plan.yaml",
        ],
    ),
    (
        "--output with no format left",
        &[
            "check",
            "--format",
            "json=a.json",
            "--output",
            "b.json",
            "plan.yaml",
        ],
    ),
    (
        "two formats to one file",
        &[
            "check",
            "--format",
            "json=r.txt",
            "--format",
            "sarif=r.txt",
            "plan.yaml",
        ],
    ),
    (
        "convert to neither",
        &["convert", "plan.yaml", "-o", "plan.txt"],
    ),
    (
        "convert a plan that does not load",
        &["convert", "bad.yaml", "-o", "out.xlsx"],
    ),
    (
        "convert into a missing directory",
        &["convert", "plan.yaml", "-o", "no/out.yaml"],
    ),
    ("convert", &["convert", "plan.yaml", "-o", "out.xlsx"]),
    (
        "a template that is no .xlsx",
        &["template", "-o", "plan.ods"],
    ),
    ("a template", &["template", "-o", "template.xlsx"]),
];

fn transcripts(lang: &str) -> String {
    let dir = scratch(lang);
    let mut all = String::new();
    for (name, args) in CASES {
        let mut with_lang = args.to_vec();
        with_lang.extend(["--lang", lang]);
        let run = common::staffcheck_in(&dir, &with_lang);
        all.push_str(&format!(
            "## {name}: {}\n{}\n",
            args.join(" "),
            run.transcript()
        ));
    }
    std::fs::remove_dir_all(&dir).unwrap();
    all
}

#[test]
fn command_line_mistakes_and_writes_in_english() {
    insta::assert_snapshot!(transcripts("en"));
}

#[test]
fn command_line_mistakes_and_writes_in_vietnamese() {
    insta::assert_snapshot!(transcripts("vi"));
}
