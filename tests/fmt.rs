//! `staffcheck fmt`: the shipped rules are formatted; formatting is idempotent, keeps the
//! meaning and every comment; `--check` shows a diff; writing is atomic and refuses files
//! that do not parse.

mod common;

use std::path::{Path, PathBuf};

use common::staffcheck;
use staffcheck::format::{format, same_shape};
use staffcheck::source::SourceFile;

fn rule_files(dir: &Path, files: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rule_files(&path, files);
        } else if path.extension().is_some_and(|x| x == "rules") {
            files.push(path);
        }
    }
}

#[test]
fn the_shipped_rules_are_formatted() {
    let run = staffcheck(&["fmt", "--check", "rules/"]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    assert_eq!(run.stdout, "");
}

#[test]
fn formatting_is_idempotent_and_keeps_meaning_and_comments() {
    let mut files = Vec::new();
    rule_files(&common::root().join("rules"), &mut files);
    rule_files(&common::root().join("tests/fixtures"), &mut files);
    let mut formatted_files = 0;
    for path in files {
        let text = std::fs::read_to_string(&path).unwrap();
        let Ok(file) = staffcheck::syntax::parse(
            &SourceFile::new("x.rules", text),
            staffcheck::lang::Lang::En,
        ) else {
            continue; // the syntax fixtures
        };
        let once = format(&file);
        let reparsed = staffcheck::syntax::parse(
            &SourceFile::new("x.rules", once.clone()),
            staffcheck::lang::Lang::En,
        )
        .unwrap_or_else(|_| panic!("{} formats to text that does not parse", path.display()));
        assert!(same_shape(&file, &reparsed), "{} changed", path.display());
        for comment in &file.comments {
            assert!(
                once.contains(comment.text.trim_end()),
                "{} lost {}",
                path.display(),
                comment.text
            );
        }
        assert_eq!(format(&reparsed), once, "{} not idempotent", path.display());
        formatted_files += 1;
    }
    assert!(formatted_files > 20, "only {formatted_files} files");
}

#[test]
fn check_shows_a_diff_of_an_unformatted_file() {
    let run = staffcheck(&["fmt", "--check", "tests/fixtures/fmt/messy.rules"]);
    assert_eq!(run.code, 1, "{}", run.transcript());
    insta::assert_snapshot!(run.transcript());
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("staffcheck-fmt-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn writing_replaces_the_file_and_leaves_no_temporary_file() {
    let dir = scratch("write");
    let messy =
        std::fs::read_to_string(common::root().join("tests/fixtures/fmt/messy.rules")).unwrap();
    let path = dir.join("messy.rules");
    std::fs::write(&path, &messy).unwrap();
    let run = staffcheck(&["fmt", dir.to_str().unwrap()]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    assert!(run.stdout.starts_with("formatted "), "{}", run.stdout);
    let file = staffcheck::syntax::parse(
        &SourceFile::new("x.rules", messy),
        staffcheck::lang::Lang::En,
    )
    .unwrap();
    assert_eq!(std::fs::read_to_string(&path).unwrap(), format(&file));
    assert_eq!(names(&dir), ["messy.rules"]);
    // A formatted file is left alone.
    let run = staffcheck(&["fmt", path.to_str().unwrap()]);
    assert_eq!(
        (run.code, run.stdout.as_str()),
        (0, ""),
        "{}",
        run.transcript()
    );
    let run = staffcheck(&["fmt", "--check", path.to_str().unwrap()]);
    assert_eq!(
        (run.code, run.stdout.as_str()),
        (0, ""),
        "{}",
        run.transcript()
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_file_that_does_not_parse_is_reported_and_nothing_is_written() {
    let dir = scratch("broken");
    let messy =
        std::fs::read_to_string(common::root().join("tests/fixtures/fmt/messy.rules")).unwrap();
    std::fs::write(dir.join("a.rules"), &messy).unwrap();
    std::fs::copy(
        common::root().join("tests/fixtures/syntax/missing-brace.rules"),
        dir.join("b.rules"),
    )
    .unwrap();
    let run = staffcheck(&["fmt", dir.to_str().unwrap()]);
    assert_eq!(run.code, 2, "{}", run.transcript());
    assert!(run.stderr.contains("SC0101"), "{}", run.stderr);
    assert!(run.stderr.contains("nothing was written"), "{}", run.stderr);
    assert_eq!(std::fs::read_to_string(dir.join("a.rules")).unwrap(), messy);
    assert_eq!(names(&dir), ["a.rules", "b.rules"]);
    std::fs::remove_dir_all(&dir).unwrap();
}

/// Comments everywhere a line can take one: at the end of every line, and on a line of their
/// own before every line. Each is kept, and the result is stable.
#[test]
fn comments_anywhere_are_kept() {
    let mut files = Vec::new();
    rule_files(&common::root().join("rules"), &mut files);
    files.push(common::root().join("tests/fixtures/fmt/messy.rules"));
    for path in files {
        let text = std::fs::read_to_string(&path).unwrap();
        let mut trailing = String::new();
        let mut leading = String::new();
        for (i, line) in text.lines().enumerate() {
            if line.contains("//") {
                trailing.push_str(line);
            } else {
                trailing.push_str(&format!("{line} // t{i}"));
            }
            trailing.push('\n');
            leading.push_str(&format!("// l{i}\n{line}\n"));
        }
        for variant in [trailing, leading] {
            let file = staffcheck::syntax::parse(
                &SourceFile::new("x.rules", variant.clone()),
                staffcheck::lang::Lang::En,
            )
            .unwrap_or_else(|_| panic!("{} with comments does not parse", path.display()));
            let once = format(&file);
            let reparsed = staffcheck::syntax::parse(
                &SourceFile::new("x.rules", once.clone()),
                staffcheck::lang::Lang::En,
            )
            .unwrap_or_else(|_| panic!("{}: does not parse:\n{once}", path.display()));
            assert!(same_shape(&file, &reparsed), "{}:\n{once}", path.display());
            assert_eq!(format(&reparsed), once, "{} not idempotent", path.display());
        }
    }
}

/// A comment after any token of a file, one at a time (inside declarations, expressions,
/// headers, before braces): each variant formats to the same rules, and stably.
#[test]
fn a_comment_after_any_token_is_kept() {
    let text =
        std::fs::read_to_string(common::root().join("tests/fixtures/fmt/messy.rules")).unwrap();
    let mut in_string = false;
    let mut tried = 0;
    for (i, c) in text.char_indices() {
        if c == '"' {
            in_string = !in_string;
        }
        let at = i + c.len_utf8();
        if in_string || c.is_whitespace() || !text[at..].starts_with([' ', '\n']) {
            continue;
        }
        let variant = format!("{}// x\n{}", &text[..at], &text[at..]);
        let Ok(file) = staffcheck::syntax::parse(
            &SourceFile::new("x.rules", variant),
            staffcheck::lang::Lang::En,
        ) else {
            continue; // inside a comment: the rest of its line became code
        };
        let once = format(&file);
        let reparsed = staffcheck::syntax::parse(
            &SourceFile::new("x.rules", once.clone()),
            staffcheck::lang::Lang::En,
        )
        .unwrap_or_else(|_| panic!("comment at {at}: does not parse:\n{once}"));
        assert!(same_shape(&file, &reparsed), "comment at {at}:\n{once}");
        assert_eq!(format(&reparsed), once, "comment at {at}: not idempotent");
        tried += 1;
    }
    assert!(tried > 100, "only {tried} places");
}

#[test]
fn a_file_whose_comments_cannot_all_be_placed_is_left_alone() {
    let dir = scratch("comments");
    let text = "const a = 1 // kept\nrule R \"t\" {\n  for u in units\n  message \"{u.name\n  // hole\n  } x\"\n}\n";
    let path = dir.join("a.rules");
    std::fs::write(&path, text).unwrap();
    let run = staffcheck(&["fmt", path.to_str().unwrap()]);
    assert_eq!(run.code, 2, "{}", run.transcript());
    assert!(
        run.stderr.contains("cannot place every comment"),
        "{}",
        run.stderr
    );
    assert_eq!(std::fs::read_to_string(&path).unwrap(), text);
    std::fs::remove_dir_all(&dir).unwrap();
}
