//! Workbooks as an official's spreadsheet program saves them: LibreOffice Calc (headless)
//! opens a filled-in template and a converted example plan and saves each as `.xlsx` and
//! `.ods`; staffcheck reads those four files with the same findings as the YAML plans.

mod common;

use std::path::PathBuf;
use std::process::Command;

use common::xlsx::{attributes, contents, fill, part, parts, template};
use common::{findings, root, staffcheck};

const DIR: &str = "target/libreoffice-tests";

fn soffice() -> Option<PathBuf> {
    ["/usr/bin/soffice", "/usr/bin/libreoffice"]
        .into_iter()
        .map(PathBuf::from)
        .find(|path| path.is_file())
}

/// LibreOffice, or `None` after saying the test is skipped. CI installs it (.ci/run): there a
/// missing one is a failure, not a skip.
fn soffice_or_skip() -> Option<PathBuf> {
    let found = soffice();
    if found.is_none() {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must install LibreOffice: see .ci/run"
        );
        eprintln!(
            "SKIPPED: LibreOffice is not installed (apt-get install libreoffice-calc; .ci/run does)"
        );
    }
    found
}

/// Opens each workbook in LibreOffice and saves it as `format` in `DIR/format/`. One
/// LibreOffice run converts them all (each start costs seconds); its private profile keeps
/// parallel runs from sharing one.
fn save_with_libreoffice(soffice: &PathBuf, workbooks: &[String], format: &str) {
    let out = root().join(DIR).join(format);
    std::fs::create_dir_all(&out).unwrap();
    let profile = format!(
        "-env:UserInstallation=file://{}",
        root().join(DIR).join(format!("profile-{format}")).display()
    );
    let status = Command::new("timeout")
        .arg("300")
        .arg(soffice)
        .args([
            "--headless",
            "--norestore",
            &profile,
            "--convert-to",
            format,
        ])
        .arg("--outdir")
        .arg(&out)
        .args(workbooks.iter().map(|w| root().join(w)))
        .status()
        .expect("soffice runs");
    assert!(status.success(), "soffice --convert-to {format}: {status}");
}

fn saved(workbook: &str, format: &str) -> String {
    let stem = std::path::Path::new(workbook)
        .file_stem()
        .unwrap()
        .to_string_lossy()
        .into_owned();
    format!("{DIR}/{format}/{stem}.{format}")
}

#[test]
fn workbooks_saved_by_libreoffice_give_the_same_findings_as_the_yaml() {
    let Some(soffice) = soffice_or_skip() else {
        return;
    };
    // A Vietnamese template (as an official would use) filled in with a plan breaking every
    // rule, and a plan converted from YAML.
    let empty = template(&format!("{DIR}/template.xlsx"), "vi");
    let filled = format!("{DIR}/violations-filled.xlsx");
    fill(&empty, "examples/violations.yaml", &filled);
    let converted = format!("{DIR}/haiphong-2025.xlsx");
    let run = staffcheck(&["convert", "examples/haiphong-2025.yaml", "-o", &converted]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    let workbooks = [
        (filled, "examples/violations.yaml"),
        (converted, "examples/haiphong-2025.yaml"),
    ];
    let names: Vec<String> = workbooks.iter().map(|(w, _)| w.clone()).collect();
    for format in ["xlsx", "ods"] {
        save_with_libreoffice(&soffice, &names, format);
        for (workbook, yaml) in &workbooks {
            let saved = saved(workbook, format);
            let expected = findings(yaml);
            assert!(expected.len() > 1, "{yaml}: {expected:?}");
            assert_eq!(findings(&saved), expected, "{saved}");
        }
    }
    // LibreOffice kept the drop-downs: a post's `person` lists the ids of the people sheet.
    let parts = parts(&saved(&workbooks[0].0, "xlsx"));
    let names = attributes(part(&parts, "xl/workbook.xml"), "sheet", "name");
    let posts = names.iter().position(|n| n == "posts").unwrap();
    let sheet = part(&parts, &format!("xl/worksheets/sheet{}.xml", posts + 1));
    let formulas = contents(sheet, "formula1");
    assert!(
        formulas
            .iter()
            .any(|f| f.contains("people") && f.contains("OFFSET")),
        "{formulas:?}"
    );
}

/// An `.ods` as LibreOffice saves it, with merged cells and a hidden row: calamine reads
/// neither, staffcheck reads them from the file's XML and reports each at its cell.
#[test]
fn merged_cells_and_hidden_rows_of_an_ods_are_located_errors() {
    let Some(soffice) = soffice_or_skip() else {
        return;
    };
    let dir = format!("{DIR}/layout");
    std::fs::create_dir_all(root().join(&dir)).unwrap();
    let converted = format!("{dir}/minimal.xlsx");
    let run = staffcheck(&["convert", "tests/fixtures/minimal.yaml", "-o", &converted]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    // The people sheet: its two ethnicities merged into one cell (E2:E3), and its second
    // person's row hidden.
    let mut parts = parts(&converted);
    let names = attributes(part(&parts, "xl/workbook.xml"), "sheet", "name");
    let people = names.iter().position(|n| n == "people").unwrap();
    let sheet = format!("xl/worksheets/sheet{}.xml", people + 1);
    let xml = &mut parts.iter_mut().find(|(n, _)| *n == sheet).unwrap().1;
    assert!(xml.contains(r#"<row r="3""#), "{xml}");
    *xml = xml
        .replacen(r#"<row r="3""#, r#"<row r="3" hidden="1""#, 1)
        .replacen(
            "</sheetData>",
            r#"</sheetData><mergeCells count="1"><mergeCell ref="E2:E3"/></mergeCells>"#,
            1,
        );
    let edited = format!("{dir}/edited.xlsx");
    common::xlsx::write_parts(&parts, &edited);
    let out = root().join(&dir).join("ods");
    std::fs::create_dir_all(&out).unwrap();
    let profile = format!(
        "-env:UserInstallation=file://{}",
        root().join(&dir).join("profile").display()
    );
    let status = Command::new("timeout")
        .arg("300")
        .arg(&soffice)
        .args(["--headless", "--norestore", &profile, "--convert-to", "ods"])
        .arg("--outdir")
        .arg(&out)
        .arg(root().join(&edited))
        .status()
        .expect("soffice runs");
    assert!(status.success(), "soffice --convert-to ods: {status}");
    let ods = format!("{dir}/ods/edited.ods");
    let xlsx = staffcheck(&["check", "--format", "plain", &edited]);
    let ods = staffcheck(&["check", "--format", "plain", &ods]);
    assert_eq!(xlsx.code, 2, "{}", xlsx.transcript());
    assert_eq!(ods.code, 2, "{}", ods.transcript());
    insta::assert_snapshot!(format!(
        "=== the .xlsx\n{}=== the .ods LibreOffice saved\n{}",
        xlsx.transcript(),
        ods.transcript()
    ));
}
