//! Plans from workbooks: the same findings as the YAML plan, located at cells; converting
//! both ways without loss; and a located diagnostic (exit 2) for each kind of bad workbook.

mod common;

use std::path::PathBuf;

use common::{check, identity, root, staffcheck};
use rust_xlsxwriter::{Format, Formula, Workbook, Worksheet};

const EXAMPLES: [&str; 4] = ["haiphong-2025", "violations", "violations-late", "waivers"];

/// A directory for this test binary's workbooks, relative to the crate root.
fn scratch(name: &str) -> (PathBuf, String) {
    let relative = format!("target/workbook-tests/{name}");
    let path = root().join(&relative);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    (path, relative)
}

/// Converts an example plan to a workbook with the CLI; returns the workbook's name.
fn example_workbook(example: &str) -> String {
    let (_, relative) = scratch(&format!("{example}.xlsx"));
    let run = staffcheck(&[
        "convert",
        &format!("examples/{example}.yaml"),
        "-o",
        &relative,
    ]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    relative
}

#[test]
fn every_example_as_a_workbook_gives_the_same_findings_as_its_yaml() {
    let program = staffcheck::ruleset::load_builtin().unwrap().program;
    let options = staffcheck::check::Options::default();
    for example in EXAMPLES {
        let workbook = example_workbook(example);
        let yaml_name = format!("examples/{example}.yaml");
        let text = std::fs::read_to_string(root().join(&yaml_name)).unwrap();
        let source = staffcheck::source::SourceFile::new(&yaml_name, text);
        let from_yaml = staffcheck::check::check(&program, &source, options).unwrap();
        let bytes = std::fs::read(root().join(&workbook)).unwrap();
        let from_workbook =
            staffcheck::check::check_workbook(&program, &workbook, bytes, options).unwrap();
        let ids = |outcome: &staffcheck::check::Outcome| {
            let mut ids: Vec<String> = outcome.diagnostics.iter().map(identity).collect();
            ids.sort();
            ids
        };
        assert!(
            !ids(&from_yaml).is_empty() || example == "waivers",
            "{example}"
        );
        assert_eq!(ids(&from_yaml), ids(&from_workbook), "{example}");
        assert_eq!(
            from_yaml.waived.len(),
            from_workbook.waived.len(),
            "{example}: waivers"
        );
    }
}

#[test]
fn converting_to_a_workbook_and_back_loses_nothing_the_schema_declares() {
    let program = staffcheck::ruleset::load_builtin().unwrap().program;
    let schema = &program.schema;
    let limits = staffcheck::plan::Limits::default();
    for example in EXAMPLES {
        let workbook = example_workbook(example);
        let (_, back) = scratch(&format!("{example}.back.yaml"));
        let run = staffcheck(&["convert", &workbook, "-o", &back]);
        assert_eq!(run.code, 0, "{}", run.transcript());
        // Every value the schema declares, written out in one canonical layout: the same
        // from the original plan as from the workbook converted back.
        let yaml_name = format!("examples/{example}.yaml");
        let text = std::fs::read_to_string(root().join(&yaml_name)).unwrap();
        let source = staffcheck::source::SourceFile::new(&yaml_name, text);
        let original =
            staffcheck::plan::load(&source, schema, limits, staffcheck::lang::Lang::En).unwrap();
        assert!(original.errors.is_empty(), "{example} loads whole");
        let original = original.plan;
        let canonical = staffcheck::plan::to_yaml(&original, schema);
        let back_text = std::fs::read_to_string(root().join(&back)).unwrap();
        assert_eq!(canonical, back_text, "{example}: YAML → workbook → YAML");
        // And the plan converted back checks as the original does.
        let options = staffcheck::check::Options::default();
        let returned = staffcheck::source::SourceFile::new(&back, back_text);
        let ids = |source| {
            let outcome = staffcheck::check::check(&program, source, options).unwrap();
            let mut ids: Vec<String> = outcome.diagnostics.iter().map(identity).collect();
            ids.sort();
            ids
        };
        assert_eq!(ids(&source), ids(&returned), "{example}");
    }
}

#[test]
fn findings_point_at_cells_in_plain_and_human() {
    let workbook = example_workbook("violations");
    let plain = check(&["--format", "plain", &workbook]);
    assert_eq!(plain.code, 1, "{}", plain.transcript());
    let lines: Vec<&str> = plain
        .stdout
        .lines()
        .filter(|line| {
            line.contains("xlsx:") && (line.contains("UNIT-KIND") || line.contains("TERM-LIMIT"))
        })
        .collect();
    insta::assert_snapshot!(lines.join("\n"), @r"
    target/workbook-tests/violations.xlsx:units!D4: error[UNIT-KIND]: Huyện Hòa Vang (20245) is a `district`, a level that no longer exists
    target/workbook-tests/violations.xlsx:posts!F2: warning[TERM-LIMIT]: Phan Quốc Bảo (DN-0001) would start a term number 3 in a row as Party Secretary of Thành phố Đà Nẵng
    ");
    let human = check(&[&workbook]);
    let start = human.stdout.find("UNIT-KIND\n").unwrap();
    let end = start + human.stdout[start..].find("  help:").unwrap();
    insta::assert_snapshot!("human_excerpt_with_header_row", &human.stdout[start..end]);
}

/// A workbook of the smallest valid plan, with `edit` applied to the sheet of people
/// before it is saved; `people` rows hold two people.
fn small_plan(name: &str, edit: impl FnOnce(&mut Workbook)) -> String {
    let mut book = Workbook::new();
    let bold = Format::new().set_bold();
    let sheet = book.add_worksheet();
    sheet.set_name("plan").unwrap();
    rows(
        sheet,
        &[
            &["id", "title", "date", "province"],
            &["hp", "Hải Phòng", "2025-08-01", "31"],
        ],
        &bold,
    );
    let sheet = book.add_worksheet();
    sheet.set_name("provinces").unwrap();
    rows(
        sheet,
        &[
            &["code", "name", "kind", "merged_from"],
            &["31", "Thành phố Hải Phòng", "city", "2"],
        ],
        &bold,
    );
    let sheet = book.add_worksheet();
    sheet.set_name("units").unwrap();
    rows(
        sheet,
        &[
            &[
                "code",
                "name",
                "province",
                "kind",
                "terrain",
                "area_km2",
                "population",
            ],
            &[
                "11311",
                "Phường Hồng Bàng",
                "31",
                "ward",
                "plain",
                "5.5",
                "40000",
            ],
        ],
        &bold,
    );
    let sheet = book.add_worksheet();
    sheet.set_name("people").unwrap();
    rows(
        sheet,
        &[
            &[
                "id",
                "name",
                "sex",
                "born",
                "ethnicity",
                "home_province",
                "education",
                "field",
                "political_theory",
                "rating",
                "disciplined",
            ],
            &[
                "HP-1",
                "Trần Văn An",
                "male",
                "1975-03-02",
                "Kinh",
                "01",
                "master",
                "economics",
                "advanced",
                "good",
                "false",
            ],
            &[
                "HP-2",
                "Lê Thị Bình",
                "female",
                "1980-07-09",
                "Kinh",
                "01",
                "bachelor",
                "law",
                "advanced",
                "good",
                "false",
            ],
        ],
        &bold,
    );
    edit(&mut book);
    let (path, relative) = scratch(name);
    book.save(&path).unwrap();
    relative
}

fn rows(sheet: &mut Worksheet, rows: &[&[&str]], bold: &Format) {
    for (row, cells) in rows.iter().enumerate() {
        for (column, text) in cells.iter().enumerate() {
            if row == 0 {
                sheet
                    .write_string_with_format(0, column as u16, *text, bold)
                    .unwrap();
            } else {
                sheet
                    .write_string(row as u32, column as u16, *text)
                    .unwrap();
            }
        }
    }
}

fn people(book: &mut Workbook) -> &mut Worksheet {
    book.worksheet_from_name("people").unwrap()
}

#[test]
fn the_small_plan_loads() {
    let plan = small_plan("small.xlsx", |_| {});
    let run = check(&["--format", "plain", &plan]);
    assert!(run.code < 2, "{}", run.transcript());
}

/// Each bad workbook: exit 2 and the whole diagnostic, located at its cell.
/// Every kind of bad workbook checked with `--lang LANG`, what each run says, one after
/// the other (the workbooks are written with `prefix` before their names).
fn bad_workbooks_said(lang: &str, prefix: &str) -> String {
    let named = |name: &str| format!("{prefix}{name}");
    let cases: Vec<(&str, String)> = vec![
        (
            "missing-sheet",
            small_plan(&named("missing-sheet.xlsx"), |book| {
                book.worksheet_from_name("plan")
                    .unwrap()
                    .set_name("kế hoạch")
                    .unwrap();
            }),
        ),
        (
            "unknown-column",
            small_plan(&named("unknown-column.xlsx"), |book| {
                people(book).write_string(0, 6, "educaton").unwrap();
            }),
        ),
        (
            "duplicated-column",
            small_plan(&named("duplicated-column.xlsx"), |book| {
                people(book).write_string(0, 7, "education").unwrap();
            }),
        ),
        (
            "text-in-a-date-cell",
            small_plan(&named("text-in-a-date-cell.xlsx"), |book| {
                people(book).write_string(2, 3, "09/07/1980").unwrap();
            }),
        ),
        (
            "formula-without-value",
            small_plan(&named("formula-without-value.xlsx"), |book| {
                let sheet = people(book);
                sheet.set_formula_result_default("");
                sheet.write_formula(2, 6, Formula::new("=G2")).unwrap();
            }),
        ),
        (
            "merged-cells",
            small_plan(&named("merged-cells.xlsx"), |book| {
                people(book)
                    .merge_range(1, 4, 2, 4, "Kinh", &Format::new())
                    .unwrap();
            }),
        ),
        (
            "empty-row",
            small_plan(&named("empty-row.xlsx"), |book| {
                let sheet = people(book);
                let person = [
                    "HP-3",
                    "Võ Văn Cường",
                    "male",
                    "1979-01-05",
                    "Kinh",
                    "31",
                    "master",
                    "law",
                    "advanced",
                    "good",
                    "false",
                ];
                for (column, text) in person.iter().enumerate() {
                    sheet.write_string(4, column as u16, *text).unwrap();
                }
            }),
        ),
        (
            "last-row",
            small_plan(&named("last-row.xlsx"), |book| {
                people(book).write_string(1_048_575, 0, "HP-9").unwrap();
            }),
        ),
        (
            "hidden-sheet",
            small_plan(&named("hidden-sheet.xlsx"), |book| {
                people(book).set_hidden(true);
            }),
        ),
        (
            "hidden-row",
            small_plan(&named("hidden-row.xlsx"), |book| {
                people(book).set_row_hidden(2).unwrap();
            }),
        ),
    ];
    let mut all = String::new();
    for (case, plan) in cases {
        let run = check(&["--lang", lang, &plan]);
        assert_eq!(run.code, 2, "{case}: {}", run.transcript());
        // A workbook that cannot be read says so on stderr; a value loading refuses is
        // reported first in the plan's output, and the rest of the plan is checked.
        let said = format!("{}{}", run.stderr, run.stdout);
        assert!(said.contains("SC0"), "{case}: {}", run.transcript());
        all.push_str(&format!("=== {case}\n{said}"));
    }
    all
}

#[test]
fn each_bad_workbook_gets_a_located_diagnostic() {
    insta::assert_snapshot!(bad_workbooks_said("en", ""));
}

/// The same in Vietnamese, with a workbook that is no workbook and one with a password.
#[test]
fn each_bad_workbook_gets_a_located_diagnostic_in_vietnamese() {
    let mut all = bad_workbooks_said("vi", "vi-");
    let (path, relative) = scratch("vi-not-a-workbook.xlsx");
    std::fs::write(&path, "plan:\n  id: x\n").unwrap();
    for plan in [
        relative.as_str(),
        "tests/fixtures/workbooks/password-protected.xlsx",
    ] {
        let run = check(&["--lang", "vi", plan]);
        assert_eq!(run.code, 2, "{}", run.transcript());
        all.push_str(&format!("=== {plan}\n{}", run.stderr));
    }
    insta::assert_snapshot!(all);
}

/// No bad workbook's diagnostic in Vietnamese holds a sentence of the English catalog's
/// workbook (`wb-`) or plan-loading (`load-`) messages; the English run holds some, so the
/// check can fail.
#[test]
fn a_vietnamese_run_of_bad_workbooks_says_no_english_sentence() {
    let fragments = common::english_fragments(&["wb-", "load-"]);
    assert!(fragments.len() > 20, "{fragments:?}");
    let found = |said: &str| -> Vec<&String> {
        fragments
            .iter()
            .filter(|f| said.contains(f.as_str()))
            .collect()
    };
    assert_eq!(
        found(&bad_workbooks_said("vi", "nv-vi-")),
        Vec::<&String>::new()
    );
    assert!(!found(&bad_workbooks_said("en", "nv-en-")).is_empty());
}

#[test]
fn a_formula_with_a_saved_value_is_read_as_its_value() {
    let plan = small_plan("formula-with-value.xlsx", |book| {
        people(book)
            .write_formula(2, 6, Formula::new("=G2").set_result("master"))
            .unwrap();
    });
    let run = check(&["--format", "plain", &plan]);
    assert!(run.code < 2, "{}", run.transcript());
}

#[test]
fn a_file_that_is_not_a_workbook_is_refused() {
    let (path, relative) = scratch("not-a-workbook.xlsx");
    std::fs::write(&path, "plan:\n  id: x\n").unwrap();
    let run = check(&[&relative]);
    assert_eq!(run.code, 2, "{}", run.transcript());
    insta::assert_snapshot!(run.stderr);
}

#[test]
fn a_password_protected_workbook_is_refused_with_what_to_do() {
    // Encrypted as Excel does it (tests/fixtures/workbooks/README.md).
    let run = check(&["tests/fixtures/workbooks/password-protected.xlsx"]);
    assert_eq!(run.code, 2, "{}", run.transcript());
    insta::assert_snapshot!(run.stderr);
}

/// A record a rule could not judge because a value was refused says where that value is:
/// in a workbook its cell, not a line of the text view the loader reads.
#[test]
fn a_record_not_judged_names_the_cell_of_its_refused_value() {
    let (_, template) = scratch("not-judged-template.xlsx");
    common::xlsx::template(&template, "en");
    let (mistyped, mistyped_name) = scratch("not-judged.yaml");
    let text = std::fs::read_to_string(root().join("tests/fixtures/minimal.yaml")).unwrap();
    let typo = text.replacen("education: bachelor", "education: bachelr", 1);
    std::fs::write(&mistyped, typo).unwrap();
    let (_, workbook) = scratch("not-judged.xlsx");
    common::xlsx::fill(&template, &mistyped_name, &workbook);
    let run = check(&["--format", "plain", &workbook]);
    assert_eq!(run.code, 2, "{}", run.transcript());
    let lines: Vec<&str> = run
        .stdout
        .lines()
        .filter(|l| l.contains("refused"))
        .collect();
    insta::assert_snapshot!(lines.join("\n"), @r"
    target/workbook-tests/not-judged.xlsx:posts!A4: warning[DEGREE-PLAIN]: not judged: `people[1].education`: its value at cell people!I3 was refused at load
    target/workbook-tests/not-judged.xlsx:posts!A5: warning[DEGREE-PLAIN]: not judged: `people[1].education`: its value at cell people!I3 was refused at load
    ");
}
