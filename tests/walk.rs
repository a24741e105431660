//! `check`, `fmt` and `test` find their files with one walker (src/cli/walk.rs): hidden
//! files and directories are skipped, `.gitignore` (inside a git repository) and `.ignore`
//! exclude files, brace patterns select, and named files are always taken. Each command is
//! run on the same temporary repository.

mod common;

use std::path::{Path, PathBuf};

use common::{root, staffcheck_in, Run};

/// A repository with plans, rule files and rule tests in every place the walker must
/// either visit or skip. `git` says whether it is a git repository (a `.git` directory is
/// what git and the walker look for).
fn repository(name: &str, git: bool) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("staffcheck-walk-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let plan = std::fs::read_to_string(root().join("tests/fixtures/minimal.yaml")).unwrap();
    let fixture = root().join("tests/fixtures/drafter-tests/drafter-rule");
    let rules = std::fs::read_to_string(fixture.join("key-holder.rules")).unwrap();
    let tests = std::fs::read_to_string(fixture.join("key-holder.test.yaml")).unwrap();
    // One space too many: `fmt --check` shows a one-line diff for each file it visits.
    let unformatted = "include  \"<builtin>/schema.rules\"\n";
    let files: &[(&str, &str)] = &[
        (".gitignore", "build/\n"),
        ("plans/.ignore", "draft-*\n"),
        (".github/workflows/ci.yml", "on: push\n"),
        (".pre-commit-config.yaml", "repos: []\n"),
        (".hidden.yaml", &plan),
        ("plans/a/one.yaml", &plan),
        ("plans/b/two.yml", &plan),
        ("plans/c/three.yaml", &plan),
        ("plans/notes.txt", "not a plan"),
        ("plans/draft-four.yaml", &plan),
        ("plans/.old/five.yaml", &plan),
        ("build/generated.yaml", &plan),
        ("rules/a/key-holder.rules", &rules),
        ("rules/a/key-holder.test.yaml", &tests),
        ("rules/b/key-holder.rules", &rules),
        ("rules/b/key-holder.test.yaml", &tests),
        ("rules/a/messy.rules", unformatted),
        ("rules/.hidden/messy.rules", unformatted),
        ("rules/.hidden/key-holder.rules", &rules),
        ("rules/.hidden/key-holder.test.yaml", &tests),
        ("build/messy.rules", unformatted),
        ("build/key-holder.rules", &rules),
        ("build/key-holder.test.yaml", &tests),
    ];
    for (path, text) in files {
        let path = dir.join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
    if git {
        std::fs::create_dir_all(dir.join(".git")).unwrap();
    }
    dir
}

/// What a user sees, with the test files' plans (the same in every directory) named once.
fn run(dir: &Path, args: &[&str]) -> String {
    let run: Run = staffcheck_in(dir, args);
    run.transcript()
}

fn check(dir: &Path, args: &[&str]) -> String {
    let mut all = vec!["check", "--format", "plain", "--color", "never"];
    all.extend_from_slice(args);
    run(dir, &all)
}

#[test]
fn check_a_directory_takes_plans_that_are_neither_hidden_nor_ignored() {
    let dir = repository("check-dir", true);
    insta::assert_snapshot!(check(&dir, &["."]));
}

#[test]
fn check_outside_a_git_repository_ignores_gitignore_but_not_ignore() {
    let dir = repository("check-no-git", false);
    insta::assert_snapshot!(check(&dir, &["."]));
}

#[test]
fn check_takes_named_files_and_directories_even_hidden_or_ignored() {
    let dir = repository("check-named", true);
    insta::assert_snapshot!(check(
        &dir,
        &[
            ".hidden.yaml",
            "build/generated.yaml",
            "plans/.old",
            "plans/notes.txt"
        ]
    ));
}

#[test]
fn check_expands_brace_patterns_with_the_same_walker() {
    let dir = repository("check-braces", true);
    insta::assert_snapshot!(check(
        &dir,
        &["plans/{a,b}/*", "**/three.yaml", "plans/*.yaml", "plans/{x"]
    ));
}

#[test]
fn the_fmt_command_walks_the_same_way() {
    let dir = repository("fmt", true);
    insta::assert_snapshot!(run(&dir, &["fmt", "--check"]));
    insta::assert_snapshot!(
        "fmt_pattern",
        run(&dir, &["fmt", "--check", "{rules,build}/**/messy.rules"])
    );
}

#[test]
fn the_test_command_walks_the_same_way() {
    let dir = repository("test", true);
    insta::assert_snapshot!(run(&dir, &["test"]));
    insta::assert_snapshot!(
        "test_pattern",
        run(&dir, &["test", "rules/{b,.hidden}/*.test.yaml", "build"])
    );
}

#[test]
fn check_a_directory_takes_workbooks_but_not_excels_lock_files() {
    let dir = std::env::temp_dir().join(format!("staffcheck-walk-books-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("plans")).unwrap();
    let minimal = root().join("tests/fixtures/minimal.yaml");
    let converted = staffcheck_in(
        &dir,
        &[
            "convert",
            minimal.to_str().unwrap(),
            "-o",
            "plans/minimal.xlsx",
        ],
    );
    assert_eq!(converted.code, 0, "{}", converted.transcript());
    // What Excel keeps beside a workbook it has open, LibreOffice's lock (hidden), and an
    // `.ods` that is no workbook at all: found, so reported.
    std::fs::write(dir.join("plans/~$minimal.xlsx"), "owner file").unwrap();
    std::fs::write(dir.join("plans/.~lock.minimal.ods#"), "lock").unwrap();
    std::fs::write(dir.join("plans/broken.ods"), "not a workbook").unwrap();
    let output = check(&dir, &["plans"]);
    std::fs::remove_dir_all(&dir).unwrap();
    insta::assert_snapshot!(output);
}
