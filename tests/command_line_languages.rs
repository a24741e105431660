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

/// What `--help`, `man` and clap's errors say in Vietnamese, snapshotted whole.
#[test]
fn help_man_and_argument_errors_in_vietnamese() {
    let cases: [(&str, &[&str]); 6] = [
        ("help", &["--lang", "vi", "--help"]),
        ("check help", &["check", "--help", "--lang", "vi"]),
        ("check short help", &["check", "-h", "--lang=vi"]),
        (
            "an unknown argument",
            &["check", "--bogus", "plan.yaml", "--lang", "vi"],
        ),
        (
            "a bad format",
            &["--lang", "vi", "check", "--format", "xml", "plan.yaml"],
        ),
        (
            "a bad number",
            &["check", "--lang", "vi", "--width", "abc", "plan.yaml"],
        ),
    ];
    let mut all = String::new();
    for (name, args) in cases {
        let run = common::staffcheck(args);
        all.push_str(&format!(
            "## {name}: {}\n{}\n",
            args.join(" "),
            run.transcript()
        ));
    }
    insta::assert_snapshot!(all);
    // The man page from its name to its arguments: name, synopsis, description.
    let page = common::staffcheck(&["man", "check", "--lang", "vi"]).stdout;
    let start = page.find(".SH TÊN").expect("the name's section");
    let end = page.find(".SH \"ĐỐI SỐ\"").expect("the arguments' section");
    insta::assert_snapshot!("man check in vietnamese", &page[start..end]);
}

/// The environment decides when `--lang` is not given, for `--help` and errors as for the
/// rest; `--lang` wins over it.
#[test]
fn help_follows_the_environment_and_lang_wins() {
    let run = |args: &[&str], lang: &str| {
        let output = std::process::Command::new(env!("CARGO_BIN_EXE_staffcheck"))
            .args(args)
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env("LANG", lang)
            .env("NO_COLOR", "1")
            .output()
            .unwrap();
        String::from_utf8_lossy(&output.stdout).into_owned()
            + &String::from_utf8_lossy(&output.stderr)
    };
    assert!(run(&["--help"], "vi_VN.UTF-8").contains("Cách dùng: staffcheck"));
    assert!(run(&["check", "--bogus"], "vi_VN.UTF-8").starts_with("lỗi: đối số '--bogus'"));
    assert!(run(&["--help", "--lang", "en"], "vi_VN.UTF-8").contains("Usage: staffcheck"));
    assert!(run(&["--help", "--lang", "vi"], "C.UTF-8").contains("Cách dùng: staffcheck"));
}

/// clap's words no Vietnamese help should hold, beside the English catalog's `cli-help-`
/// sentences.
const CLAP_ENGLISH: [&str; 9] = [
    "Usage:",
    "Commands:",
    "Arguments:",
    "Options:",
    "Print help",
    "Print version",
    "[default:",
    "[possible values:",
    "Possible values:",
];

/// Every command's `--help` and `-h`, and every man page, in Vietnamese: no English sentence
/// of the catalog's `cli-help-` texts and none of clap's headings; in English each says
/// some, so the check can fail.
#[test]
fn the_vietnamese_help_and_man_pages_say_no_english_sentence() {
    let vietnamese = common::catalog_fragments("vi", &["cli-help-"]);
    let fragments: Vec<String> = common::english_fragments(&["cli-help-"])
        .into_iter()
        .filter(|f| !vietnamese.contains(f))
        .chain(CLAP_ENGLISH.iter().map(|s| s.to_string()))
        .collect();
    assert!(fragments.len() > 80, "{}", fragments.len());
    let commands = [
        "",
        "check",
        "schema",
        "test",
        "explain",
        "rules",
        "lint",
        "fmt",
        "convert",
        "lsp",
        "template",
        "completions",
        "man",
    ];
    let mut runs: Vec<Vec<&str>> = vec![vec!["help"], vec!["help", "check"]];
    for command in commands {
        for flag in ["--help", "-h"] {
            runs.push(
                [command, flag]
                    .into_iter()
                    .filter(|a| !a.is_empty())
                    .collect(),
            );
        }
        runs.push(
            ["man", command]
                .into_iter()
                .filter(|a| !a.is_empty())
                .collect(),
        );
    }
    let mut english = Vec::new();
    for args in &runs {
        let said = |lang: &str| {
            // Before the command: `help` takes no options.
            let mut all = vec!["--lang", lang];
            all.extend(args.iter().copied());
            let run = common::staffcheck(&all);
            assert_eq!(run.code, 0, "{all:?}: {}", run.transcript());
            run.stdout
        };
        let what = format!("{args:?}");
        english.extend(common::english_said(
            &fragments,
            &what,
            &said("vi"),
            &said("en"),
        ));
    }
    assert_eq!(english, Vec::<String>::new());
}
