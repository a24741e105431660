//! The command line as users and CI pipelines run it: stdout, stderr and exit codes.

mod common;

use common::{check, root, staffcheck};

#[test]
fn the_readme_run_command_passes_on_the_hai_phong_plan() {
    let run = check(&["examples/haiphong-2025.yaml"]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    assert!(run
        .stdout
        .contains("0 errors, 2 warnings, 1 note in examples/haiphong-2025.yaml"));
    assert!(run.stderr.is_empty(), "nothing on stderr: {}", run.stderr);
}

#[test]
fn several_plans_exit_with_the_worst_outcome() {
    let run = check(&["examples/haiphong-2025.yaml", "examples/violations.yaml"]);
    assert_eq!(run.code, 1);
    let missing = check(&["examples/haiphong-2025.yaml", "examples/no-such-plan.yaml"]);
    assert_eq!(missing.code, 2);
    assert!(
        missing.stdout.contains("in examples/haiphong-2025.yaml"),
        "the readable plan is still checked"
    );
    insta::assert_snapshot!(missing.stderr, @r"
    SC0401

      × cannot read the plan examples/no-such-plan.yaml: no such file
      help: check the path
    ");
}

#[test]
fn date_override_changes_which_rules_are_in_force() {
    // VICE-AVERAGE starts on 2025-11-17; the late example is dated 2025-12-01.
    let before = check(&["--date", "2025-11-16", "examples/violations-late.yaml"]);
    assert!(!before.stdout.contains("VICE-AVERAGE"), "{}", before.stdout);
    let after = check(&["--date", "2025-11-17", "examples/violations-late.yaml"]);
    assert!(after.stdout.contains("VICE-AVERAGE"), "{}", after.stdout);
    assert_eq!(after.code, 1);
}

#[test]
fn a_bad_date_is_a_usage_error() {
    let run = check(&["--date", "2025-13-01", "examples/haiphong-2025.yaml"]);
    assert_eq!(run.code, 2);
    assert!(run.stdout.is_empty());
    insta::assert_snapshot!(run.stderr, @r"
    SC0402

      × `--date 2025-13-01` is not a date
      help: write the date as YYYY-MM-DD, for example --date 2025-11-17
    ");
}

#[test]
fn param_override_replaces_every_dated_value() {
    // Raising the late plan's average cap to 3 per unit clears VICE-AVERAGE.
    let run = check(&[
        "--param",
        "province_vice_chair_average=3",
        "examples/violations-late.yaml",
    ]);
    assert!(!run.stdout.contains("VICE-AVERAGE"), "{}", run.stdout);
    assert_eq!(run.code, 0);
}

#[test]
fn param_override_accepts_a_percentage_as_rule_files_write_it() {
    // WOMEN-SHARE's target is written `15%` in its rule file; `20%` and `0.2` are the same.
    let percentage = check(&[
        "--param",
        "women_share_target=20%",
        "--rules",
        "rules/directive-35-ct-tw.rules",
        "--format",
        "plain",
        "examples/violations.yaml",
    ]);
    let decimal = check(&[
        "--param",
        "women_share_target=0.2",
        "--rules",
        "rules/directive-35-ct-tw.rules",
        "--format",
        "plain",
        "examples/violations.yaml",
    ]);
    assert_eq!(percentage.transcript(), decimal.transcript());
    insta::assert_snapshot!(percentage.transcript());
    let low = check(&[
        "--param",
        "women_share_target=5%",
        "examples/violations.yaml",
    ]);
    assert!(!low.stdout.contains("WOMEN-SHARE"), "{}", low.stdout);
    let bad = check(&[
        "--param",
        "women_share_target=x%",
        "examples/violations.yaml",
    ]);
    assert_eq!(bad.code, 2);
    insta::assert_snapshot!(bad.transcript());
}

#[test]
fn unknown_param_is_a_usage_error_with_a_suggestion() {
    let wide = |args: &[&str]| staffcheck(&[&["check", "--width", "300"], args].concat());
    let run = wide(&[
        "--param",
        "province_vice_chair_averag=3",
        "examples/violations-late.yaml",
    ]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("there is no parameter `province_vice_chair_averag`; did you mean `province_vice_chair_average`?"), "{}", run.stderr);
    let bad_value = wide(&[
        "--param",
        "commune_vice_chair_cap=two",
        "examples/violations.yaml",
    ]);
    assert_eq!(bad_value.code, 2);
    assert!(
        bad_value
            .stderr
            .contains("`two` is not a value of type integer for `commune_vice_chair_cap`"),
        "{}",
        bad_value.stderr
    );
    // The same mistakes in Vietnamese, whole outputs.
    let mut vietnamese = String::new();
    for assignment in [
        "province_vice_chair_averag=3",
        "commune_vice_chair_cap=two",
        "women_share_target=x%",
        "commune_vice_chair_cap",
    ] {
        let run = wide(&[
            "--lang",
            "vi",
            "--param",
            assignment,
            "examples/violations.yaml",
        ]);
        assert_eq!(run.code, 2, "{}", run.transcript());
        vietnamese.push_str(&run.stderr);
    }
    insta::assert_snapshot!("unknown_param_vi", vietnamese);
}

#[test]
fn missing_arguments_are_usage_errors() {
    let run = staffcheck(&["check"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("PLAN"), "{}", run.stderr);
    assert_eq!(staffcheck(&[]).code, 2);
    assert_eq!(staffcheck(&["--version"]).code, 0);
}

#[test]
fn a_copy_of_the_shipped_rules_directory_works_as_it_is() {
    let builtin = check(&["examples/violations.yaml"]);
    let copied = check(&["--rules", "rules", "examples/violations.yaml"]);
    assert_eq!(builtin.code, copied.code);
    // Same findings, same summary; only the rule files' names differ.
    let normalise = |text: &str| text.replace("<builtin>/", "rules/");
    assert_eq!(normalise(&builtin.stdout), copied.stdout);
}

#[test]
fn a_drafter_extends_the_builtin_schema_and_rules_from_their_own_file() {
    let dir = tempdir();
    let rules = dir.join("local.rules");
    std::fs::write(
        &rules,
        r#"include "<builtin>"

extend enum Post { office_head }
extend collection people { party_member: boolean optional }

rule PARTY-MEMBER "Leaders are party members" {
  severity warning
  source "A drafter's local rule"
  for a in posts
  where a.post in leadership_posts
  require a.person.party_member ?? false
  message "{a.person.name} holds {a.post} but is not recorded as a party member"
}
"#,
    )
    .unwrap();
    let rules = rules.to_string_lossy().into_owned();
    let run = check(&["--rules", &rules, "tests/fixtures/minimal.yaml"]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    // The ward's four leadership posts, none recorded as a party member.
    assert!(
        run.stdout.contains("  PARTY-MEMBER    4 warnings\n"),
        "{}",
        run.stdout
    );
}

#[test]
fn colour_is_off_with_no_color_and_on_when_forced() {
    let plain = check(&["examples/violations.yaml"]);
    assert!(!plain.stdout.contains('\u{1b}'));
    let forced = staffcheck(&["check", "--color", "always", "examples/violations.yaml"]);
    assert!(forced.stdout.contains('\u{1b}'));
}

#[test]
fn checking_writes_nothing_next_to_the_inputs() {
    let before = listing(&root().join("examples"));
    check(&["examples/violations.yaml"]);
    assert_eq!(before, listing(&root().join("examples")));
}

fn listing(dir: &std::path::Path) -> Vec<(String, u64)> {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap())
        .map(|e| {
            (
                e.file_name().to_string_lossy().into_owned(),
                e.metadata().unwrap().len(),
            )
        })
        .collect();
    entries.sort();
    entries
}

fn tempdir() -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("staffcheck-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn the_readme_shows_real_output() {
    // The `text` blocks of the README's first example are verbatim parts of the real output:
    // a finding and the summary of a run, then a finding as `--explain` shows it.
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    let args = [
        "--color",
        "never",
        "--width",
        "100",
        "examples/violations.yaml",
    ];
    let run = staffcheck(&[&["check"][..], &args].concat());
    let explained = staffcheck(&[&["check", "--explain"][..], &args].concat());
    let blocks: Vec<&str> = readme
        .split("```text\n")
        .skip(1)
        .take(3)
        .map(|b| b.split("\n```").next().unwrap())
        .collect();
    assert_eq!(blocks.len(), 3);
    for (block, output) in blocks.iter().zip([&run, &run, &explained]) {
        assert!(
            output.stdout.contains(block),
            "README block not in the output:\n{block}"
        );
    }
    assert!(!run.stdout.contains(blocks[2]), "--explain changes nothing");
}

#[test]
fn the_readme_shows_a_real_vietnamese_run() {
    // The block after "In Vietnamese" is the whole output of the command it names.
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    let section = &readme[readme.find("### In Vietnamese").unwrap()..];
    let block = section.split("```text\n").nth(1).unwrap();
    let block = &block[..block.find("```").unwrap()];
    let run = staffcheck(&[
        "check",
        "--lang",
        "vi",
        "--format",
        "plain",
        "examples/waivers.yaml",
    ]);
    assert_eq!(run.stdout, block);
}

#[test]
fn a_panic_asks_for_a_report_and_exits_70() {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_staffcheck"))
        .args(["check", "examples/haiphong-2025.yaml"])
        .current_dir(root())
        .env("STAFFCHECK_PANIC_FOR_TEST", "1")
        .output()
        .expect("the staffcheck binary runs");
    assert_eq!(output.status.code(), Some(70));
    assert!(output.stdout.is_empty());
    let stderr = String::from_utf8_lossy(&output.stderr);
    let stderr = stderr.replace(env!("CARGO_PKG_VERSION"), "VERSION");
    // The panic's line in the source moves with every edit.
    let line_number = |c: char| c.is_ascii_digit();
    let stderr = match stderr.split_once("mod.rs:") {
        Some((before, after)) => format!(
            "{before}mod.rs:LINE{}",
            after.trim_start_matches(line_number)
        ),
        None => stderr,
    };
    insta::assert_snapshot!(stderr, @"
    staffcheck VERSION: internal error: STAFFCHECK_PANIC_FOR_TEST is set at src/cli/mod.rs:LINE
    This is a bug in staffcheck, not a problem in your files. Please report it with this message, the command you ran and, if you can, the files it read.
    ");
}

#[test]
fn each_limit_refuses_with_a_message_that_names_its_flag() {
    let plan = "tests/fixtures/plans/anchors-merge.yaml";
    for (flag, value, says) in [
        ("--max-file-bytes", "1000", "more than the limit of 1000"),
        ("--max-depth", "2", "nests deeper than 2 levels"),
        ("--max-nodes", "100", "more than 100 YAML nodes"),
        (
            "--max-alias-nodes",
            "3",
            "aliases expand to more than 3 nodes",
        ),
        ("--max-scalar-bytes", "10", "longer than the limit of 10"),
    ] {
        let run = staffcheck(&[
            "check", "--color", "never", "--width", "300", flag, value, plan,
        ]);
        assert_eq!(run.code, 2, "{flag}: {}", run.transcript());
        assert!(run.stderr.contains(says), "{flag}: {}", run.stderr);
        assert!(
            run.stderr.contains(flag),
            "the help names {flag}: {}",
            run.stderr
        );
    }
    insta::assert_snapshot!(check(&["--max-scalar-bytes", "10", plan]).stderr, @r#"
    SC0310

      × a value of 20 bytes is longer than the limit of 10
       ╭─[tests/fixtures/plans/anchors-merge.yaml:5:10]
     4 │   id: ct-minimal
     5 │   title: Cần Thơ, one ward
       ·          ────────┬────────
       ·                  ╰── too long
     6 │   province: "92"
       ╰────
      help: shorten the value, or raise the limit with --max-scalar-bytes

    tests/fixtures/plans/anchors-merge.yaml could not be loaded: 1 error; it was not checked
    "#);
}

#[test]
fn raising_a_limit_lets_the_plan_load() {
    // The billion laughs stops at the alias budget; a smaller file under a raised one loads.
    let refused = check(&[
        "--max-alias-nodes",
        "10",
        "tests/fixtures/plans/anchors-merge.yaml",
    ]);
    assert_eq!(refused.code, 2);
    let raised = check(&[
        "--max-alias-nodes",
        "100",
        "tests/fixtures/plans/anchors-merge.yaml",
    ]);
    assert_eq!(raised.code, 1, "{}", raised.transcript());
}

#[test]
fn max_diagnostics_shows_the_first_and_counts_the_rest() {
    let run = check(&["--max-diagnostics", "2", "examples/violations.yaml"]);
    assert_eq!(run.code, 1, "the exit code still counts every finding");
    let shown = run.stdout.matches("examples/violations.yaml:").count();
    assert!(shown >= 2, "{}", run.stdout);
    let tail = run
        .stdout
        .lines()
        .skip_while(|l| !l.starts_with("..."))
        .take(3);
    insta::assert_snapshot!(tail.collect::<Vec<_>>().join("\n"), @"
    ... and 34 more findings not shown (raise --max-diagnostics, now 2, to see them)
    22 errors, 13 warnings, 1 note in examples/violations.yaml
      AGE-NEW               1 error
    ");
    let plain = check(&[
        "--max-diagnostics",
        "3",
        "--format",
        "plain",
        "examples/violations.yaml",
    ]);
    let findings = plain
        .stdout
        .lines()
        .filter(|l| l.starts_with("examples/violations.yaml:"));
    assert_eq!(findings.count(), 3, "{}", plain.stdout);
    assert!(
        plain.stdout.contains("... and 33 more findings not shown"),
        "{}",
        plain.stdout
    );
}

#[test]
fn the_readme_run_command_names_no_binary_and_cargo_knows_which_to_run() {
    // `cargo run --release -- check ...` needs one default binary: the crate has two.
    let manifest = std::fs::read_to_string(root().join("Cargo.toml")).unwrap();
    assert!(manifest.contains("default-run = \"staffcheck\""));
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    assert!(readme.contains("cargo run --release -- check examples/haiphong-2025.yaml"));
}
