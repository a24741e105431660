//! Running the real binary, the way users and CI do.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command;

pub struct Run {
    pub stdout: String,
    pub stderr: String,
    pub code: i32,
}

impl Run {
    /// Everything a user sees, in one text for a snapshot.
    pub fn transcript(&self) -> String {
        format!(
            "exit code: {}\n--- stdout\n{}--- stderr\n{}",
            self.code, self.stdout, self.stderr
        )
    }
}

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Runs `staffcheck` in the crate's root with deterministic output (no colour, 80 columns).
pub fn staffcheck(args: &[&str]) -> Run {
    staffcheck_in(&root(), args)
}

/// Runs `staffcheck` in `dir` with deterministic output (no colour, 80 columns).
pub fn staffcheck_in(dir: &Path, args: &[&str]) -> Run {
    let output = Command::new(env!("CARGO_BIN_EXE_staffcheck"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env("COLUMNS", "80")
        .output()
        .expect("the staffcheck binary runs");
    Run {
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        code: output.status.code().unwrap_or(-1),
    }
}

/// `staffcheck check --color never --width 80 ARGS...`
pub fn check(args: &[&str]) -> Run {
    let mut all = vec!["check", "--color", "never", "--width", "80"];
    all.extend_from_slice(args);
    staffcheck(&all)
}

/// A path relative to the crate root, with `/` separators, as snapshots show it.
pub fn relative(path: &Path) -> String {
    path.strip_prefix(root())
        .unwrap_or(path)
        .to_string_lossy()
        .replace('\\', "/")
}
