//! `staffcheck template`: the workbook's parts as a spreadsheet program reads them (sheets,
//! header notes, drop-downs, formats, frozen rows), and a template filled in row by row
//! checks with the same findings as the same plan in YAML.

mod common;

use common::xlsx::{attributes, contents, fill, part, parts};
use common::{findings, staffcheck};

fn template(name: &str) -> String {
    common::xlsx::template(&format!("target/template-tests/{name}"), "en")
}

fn template_in(name: &str, lang: &str) -> String {
    common::xlsx::template(&format!("target/template-tests/{name}"), lang)
}

/// What a person opening the template sees, sheet by sheet: the header row and its notes,
/// the frozen rows, each column's drop-down or check, and the number formats.
fn summary(path: &str) -> String {
    let parts = parts(path);
    let names = attributes(part(&parts, "xl/workbook.xml"), "sheet", "name");
    let strings = contents(part(&parts, "xl/sharedStrings.xml"), "t");
    let mut out = String::new();
    for (index, name) in names.iter().enumerate() {
        let sheet = part(&parts, &format!("xl/worksheets/sheet{}.xml", index + 1));
        let headers: Vec<&str> = contents(sheet, "v")
            .iter()
            .map(|v| strings[v.parse::<usize>().unwrap()].as_str())
            .collect();
        out.push_str(&format!("=== {name}: {}\n", headers.join(" | ")));
        out.push_str(&format!(
            "frozen: {:?}\n",
            attributes(sheet, "pane", "topLeftCell")
        ));
        let comments = part(&parts, &format!("xl/comments{}.xml", index + 1));
        let cells = attributes(comments, "comment", "ref");
        for (cell, text) in cells.iter().zip(contents(comments, "t")) {
            out.push_str(&format!("note {cell}: {text}\n"));
        }
        let types = attributes(sheet, "dataValidation", "type");
        let ranges = attributes(sheet, "dataValidation", "sqref");
        let operators = attributes(sheet, "dataValidation", "operator");
        let formulas = contents(sheet, "formula1");
        for (((ty, range), operator), formula) in
            types.iter().zip(&ranges).zip(&operators).zip(&formulas)
        {
            out.push_str(&format!("check {range}: {ty} {operator} {formula}\n"));
        }
        let columns: Vec<String> = attributes(sheet, "col", "min")
            .iter()
            .zip(attributes(sheet, "col", "max"))
            .zip(attributes(sheet, "col", "width"))
            .zip(attributes(sheet, "col", "style"))
            .map(|(((min, max), width), style)| {
                format!("{min}-{max} width {width} style {style:?}")
            })
            .collect();
        out.push_str(&format!("columns: {}\n", columns.join(", ")));
    }
    let styles = part(&parts, "xl/styles.xml");
    out.push_str(&format!(
        "number formats: {:?}\n",
        attributes(styles, "numFmt", "formatCode")
    ));
    out
}

#[test]
fn the_template_has_a_sheet_per_section_with_notes_drop_downs_and_formats() {
    let path = template("template.xlsx");
    insta::assert_snapshot!(summary(&path));
}

/// With `--lang vi` the header row holds the Vietnamese labels; the notes still name each
/// field, and the sheets keep the collections' names.
#[test]
fn a_vietnamese_template_has_vietnamese_headers() {
    let path = template_in("template-vi.xlsx", "vi");
    let summary = summary(&path);
    let headers: Vec<&str> = summary.lines().filter(|l| l.starts_with("=== ")).collect();
    insta::assert_snapshot!(headers.join("\n"));
}

/// An empty template is a plan without its header's values: the loader says which.
#[test]
fn an_empty_template_asks_for_the_plans_fields() {
    let path = template("empty.xlsx");
    let run = common::check(&["--format", "plain", &path]);
    assert_eq!(run.code, 2, "{}", run.transcript());
    insta::assert_snapshot!(run.stderr.replace(&path, "TEMPLATE"));
}

#[test]
fn a_template_refuses_an_output_that_is_not_xlsx() {
    let run = staffcheck(&["template", "-o", "target/template-tests/plan.ods"]);
    assert_eq!(run.code, 2, "{}", run.transcript());
    insta::assert_snapshot!(run.transcript());
}

/// Every rule broken, a record at a time, typed into the template: the same findings, for
/// the same records, as the YAML plan.
#[test]
fn a_filled_in_template_checks_like_the_yaml_plan() {
    // Headers as English labels, and as Vietnamese ones: both read back as the fields.
    for lang in ["en", "vi"] {
        let empty = template_in(&format!("to-fill-{lang}.xlsx"), lang);
        for example in ["violations", "waivers"] {
            let yaml = format!("examples/{example}.yaml");
            let filled = format!("target/template-tests/{example}-filled-{lang}.xlsx");
            fill(&empty, &yaml, &filled);
            let expected = findings(&yaml);
            assert!(expected.len() > 1, "{example}: {expected:?}");
            assert_eq!(findings(&filled), expected, "{example} ({lang})");
        }
    }
}
