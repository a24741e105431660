//! `-` reads a plan from stdin; `--stdin-filename` names it in diagnostics and reports.

mod common;

use std::io::Write;
use std::process::{Command, Stdio};

use common::{root, Run};

fn check_piped(plan: &str, args: &[&str]) -> Run {
    let text = std::fs::read(root().join(plan)).unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_staffcheck"))
        .args(["check", "--color", "never", "--width", "80"])
        .args(args)
        .current_dir(root())
        .env("NO_COLOR", "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    // Written on its own thread: a plan larger than the pipe would otherwise block.
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(&text);
    });
    let output = child.wait_with_output().unwrap();
    writer.join().unwrap();
    Run {
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        code: output.status.code().unwrap_or(-1),
    }
}

#[test]
fn a_dash_checks_the_plan_on_stdin() {
    let run = check_piped("examples/violations-late.yaml", &["--format", "plain", "-"]);
    insta::assert_snapshot!(run.transcript(), @r"
    exit code: 1
    --- stdout
    <stdin>:15:5: info[MINORITY-SHARE]: 1 of the 8 key-post holders of Thành phố Đà Nẵng belong to an ethnic minority (12.5%)
    <stdin>:15:5: error[VICE-AVERAGE]: Thành phố Đà Nẵng has 9 People's Committee vice-chairs in its 3 commune-level units; the cap is 2.5 per unit on average, 7.5 in all
    1 error, 0 warnings, 1 note in <stdin>
      MINORITY-SHARE  1 note
      VICE-AVERAGE    1 error
    --- stderr
    ");
}

#[test]
fn stdin_filename_names_it_in_diagnostics_and_among_other_plans() {
    let run = check_piped(
        "tests/fixtures/plans/bad-yaml.yaml",
        &[
            "--format",
            "plain",
            "--stdin-filename",
            "plans/da-nang.yaml",
            "examples/violations-late.yaml",
            "-",
        ],
    );
    assert_eq!(run.code, 2, "{}", run.transcript());
    assert!(run.stdout.contains("in examples/violations-late.yaml\n"));
    assert!(
        run.stdout
            .contains("plans/da-nang.yaml:15:4: error[SC0301]"),
        "{}",
        run.transcript()
    );
    assert!(
        run.stderr.contains("╭─[plans/da-nang.yaml:15:4]"),
        "{}",
        run.stderr
    );
}

#[test]
fn the_size_limit_holds_for_stdin() {
    let run = check_piped(
        "examples/violations-late.yaml",
        &["--max-file-bytes", "100", "-"],
    );
    assert_eq!(run.code, 2);
    assert!(
        run.stderr
            .contains("the plan <stdin> on stdin has more than 100 bytes"),
        "{}",
        run.stderr
    );
}
