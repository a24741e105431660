//! The fuzz targets' saved corpus (fuzz/corpus/TARGET, grown by scripts/fuzz.sh) replayed
//! through the same functions, without the fuzzer: CI sees any input that once made them
//! panic, and every input the fuzzer found interesting.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};

fn corpus(target: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz/corpus")
        .join(target);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{} cannot be read: {e}", dir.display()))
        .map(|entry| entry.expect("a directory entry").path())
        .filter(|path| path.is_file())
        .collect();
    files.sort();
    assert!(
        files.len() >= 10,
        "the {target} corpus is nearly empty: run scripts/fuzz.sh"
    );
    files
}

/// Feeds every file of the corpus to `run`; fails naming each file that panicked.
fn replay(target: &str, run: impl Fn(&[u8])) {
    let files = corpus(target);
    let panicked: Vec<String> = files
        .iter()
        .filter(|path| {
            let bytes = std::fs::read(path).expect("a corpus file");
            catch_unwind(AssertUnwindSafe(|| run(&bytes))).is_err()
        })
        .map(|path| path.display().to_string())
        .collect();
    assert!(
        panicked.is_empty(),
        "{} of {} {target} inputs panicked:\n{}",
        panicked.len(),
        files.len(),
        panicked.join("\n")
    );
}

#[test]
fn rule_parser_and_resolver_corpus() {
    replay("rules", |bytes| {
        if let Ok(text) = std::str::from_utf8(bytes) {
            staffcheck::fuzz::rules(text);
        }
    });
}

#[test]
fn plan_loader_corpus() {
    replay("plan", staffcheck::fuzz::plan);
}

#[test]
fn whole_check_corpus() {
    replay("check", staffcheck::fuzz::check);
}
