//! Writing fails loudly: a full device is exit 2 with a message, whatever the command and
//! format; a reader that closed the pipe early ends the run quietly.

mod common;

use std::process::{Command, Stdio};

use common::root;

/// Runs staffcheck with stdout going to `stdout`; returns the exit code and stderr.
fn run_into(stdout: Stdio, args: &[&str]) -> (i32, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_staffcheck"))
        .args(args)
        .current_dir(root())
        .env("NO_COLOR", "1")
        .stdout(stdout)
        .stderr(Stdio::piped())
        .output()
        .expect("the staffcheck binary runs");
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

/// A pipe whose reading end is already closed: every write to it fails with EPIPE.
fn closed_pipe() -> Stdio {
    let (reader, writer) = std::io::pipe().expect("a pipe");
    drop(reader);
    Stdio::from(writer)
}

const COMMANDS: &[&[&str]] = &[
    &["check", "examples/haiphong-2025.yaml"],
    &["check", "--format", "plain", "examples/haiphong-2025.yaml"],
    &["check", "--format", "github", "examples/haiphong-2025.yaml"],
    &["check", "--format", "json", "examples/haiphong-2025.yaml"],
    &["check", "--format", "sarif", "examples/haiphong-2025.yaml"],
    &["check", "--format", "junit", "examples/haiphong-2025.yaml"],
    &["check", "--format", "html", "examples/haiphong-2025.yaml"],
    &["rules"],
    &["schema"],
    &["explain", "VICE-CAP"],
    &["completions", "bash"],
    &["man"],
];

#[cfg(target_os = "linux")]
#[test]
fn a_full_device_is_exit_2_with_a_message_for_every_command() {
    for args in COMMANDS {
        let full = std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .expect("/dev/full opens");
        let (code, stderr) = run_into(Stdio::from(full), args);
        assert_eq!(code, 2, "{args:?}: {stderr}");
        assert!(
            stderr.contains("cannot write to stdout: No space left on device"),
            "{args:?}: {stderr}"
        );
    }
}

#[test]
fn the_message_says_what_to_do() {
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .expect("/dev/full opens");
    let (_, stderr) = run_into(Stdio::from(full), &["completions", "bash"]);
    insta::assert_snapshot!(stderr, @r"
    SC0401

      × cannot write to stdout: No space left on device
      help: check the file or device stdout is redirected to (is the disk full?), or write the report
            to a file with --output FILE
    ");
}

/// The same in Vietnamese (the system's reason for a full disk stays its own English).
#[cfg(target_os = "linux")]
#[test]
fn the_message_in_vietnamese() {
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .expect("/dev/full opens");
    let args = ["check", "--lang", "vi", "examples/haiphong-2025.yaml"];
    let (code, stderr) = run_into(Stdio::from(full), &args);
    assert_eq!(code, 2, "{stderr}");
    insta::assert_snapshot!(stderr, @r"
    SC0401

      × không ghi được ra stdout: No space left on device
      gợi ý: kiểm tra tệp hoặc thiết bị mà stdout được chuyển hướng tới (ổ đĩa đã đầy?), hoặc ghi báo
             cáo ra tệp bằng --output FILE
    ");
}

#[test]
fn a_closed_pipe_ends_quietly_with_the_run_s_own_exit_code() {
    for args in COMMANDS {
        let (code, stderr) = run_into(closed_pipe(), args);
        // The same stderr as a run whose output was read (a document's summary goes there).
        let (_, unbroken) = run_into(Stdio::null(), args);
        assert_eq!(code, 0, "{args:?}: {stderr}");
        assert_eq!(stderr, unbroken, "{args:?}");
    }
    let (code, stderr) = run_into(
        closed_pipe(),
        &["check", "--format", "json", "examples/violations.yaml"],
    );
    assert_eq!(code, 1, "findings still exit 1: {stderr}");
    assert!(!stderr.contains("cannot write"), "{stderr}");
}

#[test]
fn an_output_file_that_cannot_be_written_is_exit_2() {
    let (code, stderr) = run_into(
        Stdio::null(),
        &[
            "check",
            "--format",
            "json=no-such-directory/report.json",
            "examples/haiphong-2025.yaml",
        ],
    );
    assert_eq!(code, 2, "{stderr}");
    assert!(
        stderr.contains("cannot write the json report to no-such-directory/report.json"),
        "{stderr}"
    );
}
