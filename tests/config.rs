//! `staffcheck.toml`: found in the working directory or a parent, `--config FILE`,
//! `--no-config`, command-line flags winning, paths relative to the file, and every way a
//! setting can be wrong, each shown with its whole output.

mod common;

use std::path::{Path, PathBuf};

use common::{root, staffcheck_in};

/// A project: `staffcheck.toml` (with `config`) at its root and a clean plan two levels
/// down, in `plans/hanoi`, where the commands run.
fn project(name: &str, config: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("staffcheck-config-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("plans/hanoi")).unwrap();
    std::fs::copy(
        root().join("tests/fixtures/minimal.yaml"),
        dir.join("plans/hanoi/minimal.yaml"),
    )
    .unwrap();
    std::fs::write(dir.join("staffcheck.toml"), config).unwrap();
    dir
}

/// `staffcheck ARGS` in the project's plan directory, its output with the project's path
/// written `PROJECT`.
fn run(dir: &Path, args: &[&str]) -> String {
    let run = staffcheck_in(&dir.join("plans/hanoi"), args);
    let real = std::fs::canonicalize(dir).unwrap();
    run.transcript()
        .replace(&real.display().to_string(), "PROJECT")
        .replace(&dir.display().to_string(), "PROJECT")
}

const DEFAULTS: &str = r#"# The team's defaults.
[check]
format = ["plain", "json=reports/staffcheck.json"]
fail-on = "info"
max-diagnostics = 5
"#;

#[test]
fn the_nearest_parents_file_gives_the_defaults_and_its_paths_are_relative_to_it() {
    let dir = project("defaults", DEFAULTS);
    std::fs::create_dir_all(dir.join("reports")).unwrap();
    insta::assert_snapshot!(run(&dir, &["check", "minimal.yaml"]));
    let json = std::fs::read_to_string(dir.join("reports/staffcheck.json")).unwrap();
    assert!(json.contains("\"MINORITY-SHARE\""), "{json}");
}

#[test]
fn a_flag_on_the_command_line_wins_and_a_list_flag_replaces_the_list() {
    let dir = project("flags-win", DEFAULTS);
    insta::assert_snapshot!(run(
        &dir,
        &[
            "check",
            "--fail-on",
            "never",
            "--format",
            "github",
            "minimal.yaml"
        ]
    ));
    assert!(!dir.join("reports/staffcheck.json").exists());
}

#[test]
fn config_names_the_file_and_no_config_reads_none() {
    let dir = project("named", "[check]\nfail-on = \"bogus\"\n");
    std::fs::write(dir.join("ci.toml"), "[check]\nformat = [\"github\"]\n").unwrap();
    insta::assert_snapshot!(
        "named",
        run(
            &dir,
            &["check", "--config", "../../ci.toml", "minimal.yaml"]
        )
    );
    insta::assert_snapshot!(
        "none",
        run(
            &dir,
            &["check", "--no-config", "--format", "plain", "minimal.yaml"]
        )
    );
    insta::assert_snapshot!(
        "missing",
        run(&dir, &["check", "--config", "nowhere.toml", "minimal.yaml"])
    );
}

#[test]
fn the_test_section_gives_staffcheck_test_its_defaults() {
    let dir = project("test", "[test]\ncoverage = true\nmin-coverage = 50\n");
    let tests = root().join("tests/fixtures/drafter-tests/drafter-rule");
    for name in ["key-holder.rules", "key-holder.test.yaml"] {
        std::fs::copy(tests.join(name), dir.join("plans/hanoi").join(name)).unwrap();
    }
    insta::assert_snapshot!(run(&dir, &["test"]));
}

/// Each way a setting can be wrong: (snapshot name, the file).
const WRONG_SETTINGS: [(&str, &str); 9] = [
    ("unknown_key", "[check]\nfail_on = \"warning\"\n"),
    ("unknown_test_key", "[test]\nmin_coverage = 90\n"),
    ("wrong_type", "[check]\nthreads = \"4\"\n"),
    ("wrong_list", "[check]\nrules = \"rules/\"\n"),
    ("refused_value", "[check]\nfail-on = \"warn\"\n"),
    ("refused_integer", "[check]\nmax-depth = -1\n"),
    ("outside_a_section", "fail-on = \"warning\"\n"),
    ("unknown_section", "[chekc]\nfail-on = \"warning\"\n"),
    ("not_toml", "[check\nfail-on = \"warning\"\n"),
];

/// The whole output of the command a wrong setting is for, in `lang` when one is given.
fn wrong_setting(name: &str, config: &str, lang: Option<&str>) -> String {
    let dir = project(name, config);
    let mut args = match name.contains("test") {
        true => vec!["test"],
        false => vec!["check", "minimal.yaml"],
    };
    if let Some(lang) = lang {
        args.splice(1..1, ["--lang", lang]);
    }
    let output = run(&dir, &args);
    assert!(output.starts_with("exit code: 2\n"), "{name}: {output}");
    output
}

#[test]
fn each_wrong_setting_is_shown_at_its_place() {
    for (name, config) in WRONG_SETTINGS {
        insta::assert_snapshot!(name, wrong_setting(name, config, None));
    }
}

/// The same mistakes, and a file `--config` names that is not there, in Vietnamese (the
/// TOML reader's and the command line parser's own reasons stay English).
#[test]
fn each_wrong_setting_in_vietnamese() {
    for (name, config) in WRONG_SETTINGS {
        let output = wrong_setting(name, config, Some("vi"));
        insta::assert_snapshot!(format!("{name}_vi"), output);
    }
    let dir = project("missing-vi", "[check]\n");
    insta::assert_snapshot!(
        "missing_vi",
        run(
            &dir,
            &[
                "check",
                "--lang",
                "vi",
                "--config",
                "nowhere.toml",
                "minimal.yaml"
            ]
        )
    );
}
