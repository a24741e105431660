//! The man pages: a header with every field in place, EXIT STATUS, ENVIRONMENT and
//! EXAMPLES on every page, and roff that groff reads without a warning.

mod common;

use std::io::Write;
use std::process::{Command, Stdio};

use common::staffcheck;

const PAGES: &[&[&str]] = &[
    &["man"],
    &["man", "check"],
    &["man", "test"],
    &["man", "fmt"],
    &["man", "explain"],
    &["man", "rules"],
    &["man", "lint"],
    &["man", "schema"],
    &["man", "completions"],
    &["man", "man"],
];

#[test]
fn every_page_has_its_header_and_sections() {
    for args in PAGES {
        let page = staffcheck(args).stdout;
        let title = match args.get(1) {
            Some(name) => format!("staffcheck-{name}"),
            None => "staffcheck".to_string(),
        };
        let header = format!(
            ".TH {title} 1 \"\" \"staffcheck {}\" \"staffcheck manual\"\n",
            env!("CARGO_PKG_VERSION")
        );
        assert!(page.contains(&header), "{args:?}:\n{}", &page[..200]);
        let order: Vec<usize> = [
            ".SH NAME",
            ".SH \"EXIT STATUS\"",
            ".SH ENVIRONMENT",
            ".SH EXAMPLES",
        ]
        .iter()
        .map(|section| {
            page.find(section)
                .unwrap_or_else(|| panic!("{args:?}: {section}"))
        })
        .collect();
        assert!(order.windows(2).all(|w| w[0] < w[1]), "{args:?}: {order:?}");
    }
}

/// The pages in Vietnamese: the header's manual named in Vietnamese, and every section
/// heading, clap_mangen's and ours, in Vietnamese capitals.
#[test]
fn every_vietnamese_page_has_its_header_and_sections_in_vietnamese() {
    for args in PAGES {
        let mut all = args.to_vec();
        all.extend(["--lang", "vi"]);
        let page = staffcheck(&all).stdout;
        let header = format!(
            "\"staffcheck {}\" \"Hướng dẫn sử dụng staffcheck\"\n",
            env!("CARGO_PKG_VERSION")
        );
        assert!(page.contains(&header), "{args:?}");
        let headings: Vec<&str> = page.lines().filter(|l| l.starts_with(".SH ")).collect();
        let expected = [
            ".SH TÊN",
            ".SH \"CÚ PHÁP\"",
            ".SH \"MÔ TẢ\"",
            ".SH \"MÃ THOÁT\"",
            ".SH \"BIẾN MÔI TRƯỜNG\"",
            ".SH \"VÍ DỤ\"",
        ];
        for heading in expected {
            assert!(
                headings.contains(&heading),
                "{args:?}: {heading} in {headings:?}"
            );
        }
        for heading in &headings {
            let text = heading.trim_start_matches(".SH ").trim_matches('"');
            assert_eq!(text, text.to_uppercase(), "{args:?}");
            assert!(
                ![
                    "NAME",
                    "SYNOPSIS",
                    "DESCRIPTION",
                    "OPTIONS",
                    "VERSION",
                    "EXIT STATUS",
                    "ENVIRONMENT",
                    "EXAMPLES",
                    "COMMANDS",
                    "ARGUMENTS",
                    "LIMITS"
                ]
                .contains(&text),
                "{args:?}: {heading}"
            );
        }
    }
}

#[test]
fn groff_reads_every_page_without_a_warning() {
    if Command::new("groff").arg("--version").output().is_err() {
        assert!(
            std::env::var("CI").as_deref() != Ok("true"),
            "CI=true but groff is not installed"
        );
        eprintln!("skipped: groff is not installed");
        return;
    }
    // In both languages: `-k` (preconv) reads the Vietnamese as UTF-8, as man(1) does.
    let vietnamese = PAGES.iter().map(|args| {
        let mut all = args.to_vec();
        all.extend(["--lang", "vi"]);
        all
    });
    for args in PAGES.iter().map(|args| args.to_vec()).chain(vietnamese) {
        let page = staffcheck(&args).stdout;
        let mut groff = Command::new("groff")
            .args(["-man", "-Tutf8", "-ww", "-z", "-k"])
            .stdin(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        groff
            .stdin
            .take()
            .unwrap()
            .write_all(page.as_bytes())
            .unwrap();
        let output = groff.wait_with_output().unwrap();
        let warnings = String::from_utf8_lossy(&output.stderr);
        assert!(
            output.status.success() && warnings.is_empty(),
            "{args:?}: {warnings}"
        );
    }
}

#[test]
fn the_check_page_ends_with_exit_status_environment_and_examples() {
    let page = staffcheck(&["man", "check"]).stdout;
    let start = page.find(".SH \"EXIT STATUS\"").unwrap();
    insta::assert_snapshot!(&page[start..]);
}
