//! An `.xlsx` as the zip of XML parts it is: read them, and fill a template in row by row
//! as a person typing in a spreadsheet program would.

use std::io::{Read, Write};

use saphyr::{LoadableYamlNode, Scalar, Yaml};

use super::{root, staffcheck};

/// Writes the built-in schema's template with the CLI at `relative` (from the crate root).
pub fn template(relative: &str, lang: &str) -> String {
    let path = root().join(relative);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    let run = staffcheck(&["template", "--lang", lang, "-o", relative]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    relative.to_string()
}

/// Every part of an `.xlsx` (a zip of XML files), by name.
pub fn parts(path: &str) -> Vec<(String, String)> {
    let bytes = std::fs::read(root().join(path)).unwrap();
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut parts = Vec::new();
    for index in 0..archive.len() {
        let mut file = archive.by_index(index).unwrap();
        let mut text = String::new();
        file.read_to_string(&mut text).unwrap();
        parts.push((file.name().unwrap().to_string(), text));
    }
    parts
}

pub fn part<'a>(parts: &'a [(String, String)], name: &str) -> &'a str {
    &parts.iter().find(|(n, _)| n == name).unwrap().1
}

/// The values of `attribute` on each `<element ...>` of an XML text, in order.
pub fn attributes(xml: &str, element: &str, attribute: &str) -> Vec<String> {
    xml.split(&format!("<{element} "))
        .skip(1)
        .map(|tag| {
            let tag = format!(" {}", &tag[..tag.find('>').unwrap()]);
            let start = tag
                .find(&format!(" {attribute}=\""))
                .map(|at| at + attribute.len() + 3);
            start.map_or(String::new(), |start| {
                tag[start..start + tag[start..].find('"').unwrap()].to_string()
            })
        })
        .collect()
}

/// The texts between `<element...>` and `</element>`, in order.
pub fn contents(xml: &str, element: &str) -> Vec<String> {
    xml.split(&format!("<{element}"))
        .skip(1)
        .filter(|rest| rest.starts_with('>') || rest.starts_with(' '))
        .map(|rest| {
            let body = &rest[rest.find('>').unwrap() + 1..];
            let text = &body[..body.find(&format!("</{element}>")).unwrap_or(0)];
            text.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&amp;", "&")
        })
        .collect()
}

/// A cell as a spreadsheet program saves what a person typed: a number, a boolean, or text
/// (written inline, as a program may).
fn cell_xml(reference: &str, value: &Yaml) -> String {
    let escape = |text: &str| {
        text.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
    };
    let text = |text: &str| {
        format!(
            r#"<c r="{reference}" t="inlineStr"><is><t>{}</t></is></c>"#,
            escape(text)
        )
    };
    match value {
        Yaml::Value(Scalar::Integer(i)) => format!(r#"<c r="{reference}"><v>{i}</v></c>"#),
        Yaml::Value(Scalar::FloatingPoint(f)) => {
            format!(r#"<c r="{reference}"><v>{}</v></c>"#, f.into_inner())
        }
        Yaml::Value(Scalar::Boolean(b)) => {
            format!(r#"<c r="{reference}" t="b"><v>{}</v></c>"#, u8::from(*b))
        }
        Yaml::Value(Scalar::String(s)) => text(s),
        // A list: its items in one cell, separated by `; `.
        Yaml::Sequence(items) => {
            let items: Vec<String> = items
                .iter()
                .map(|item| match item {
                    Yaml::Value(Scalar::String(s)) => s.to_string(),
                    Yaml::Value(Scalar::Integer(i)) => i.to_string(),
                    other => panic!("a list item {other:?}"),
                })
                .collect();
            text(&items.join("; "))
        }
        other => panic!("a value {other:?}"),
    }
}

fn column_letter(index: usize) -> String {
    let mut n = index + 1;
    let mut name = String::new();
    while n > 0 {
        let rest = (n - 1) % 26;
        name.insert(0, (b'A' + rest as u8) as char);
        n = (n - 1) / 26;
    }
    name
}

/// Fills the template at `template` with the YAML plan's records, a row per record, each
/// value under the header that names its field, as an official typing the plan in would;
/// writes the workbook to `out`.
pub fn fill(template: &str, plan: &str, out: &str) {
    let text = std::fs::read_to_string(root().join(plan)).unwrap();
    let documents = Yaml::load_from_str(&text).unwrap();
    let Yaml::Mapping(sections) = &documents[0] else {
        panic!("{plan} is a mapping")
    };
    let mut parts = parts(template);
    let names = attributes(part(&parts, "xl/workbook.xml"), "sheet", "name");
    for (section, records) in sections {
        let Yaml::Value(Scalar::String(section)) = section else {
            panic!("a section name")
        };
        let index = names.iter().position(|n| n == section.as_ref()).unwrap();
        let name = format!("xl/worksheets/sheet{}.xml", index + 1);
        let sheet = part(&parts, &name);
        // A header is a label; its note begins with the field's name: `born: a date …`.
        let comments = part(&parts, &format!("xl/comments{}.xml", index + 1));
        let notes = contents(comments, "t");
        let headers: Vec<String> = contents(sheet, "v")
            .iter()
            .enumerate()
            .map(|(column, _)| notes[column].split(':').next().unwrap().to_string())
            .collect();
        let sheet = &mut parts.iter_mut().find(|(n, _)| *n == name).unwrap().1;
        let records: Vec<&Yaml> = match records {
            Yaml::Sequence(items) => items.iter().collect(),
            Yaml::Mapping(_) => vec![records],
            _ => Vec::new(),
        };
        let mut rows = String::new();
        for (number, record) in records.iter().enumerate() {
            let Yaml::Mapping(fields) = record else {
                panic!("a record")
            };
            let row = number + 2;
            rows.push_str(&format!(r#"<row r="{row}">"#));
            let mut cells: Vec<(usize, String)> = fields
                .iter()
                .map(|(field, value)| {
                    let Yaml::Value(Scalar::String(field)) = field else {
                        panic!("a field name")
                    };
                    let column = headers.iter().position(|h| h == field.as_ref()).unwrap();
                    let reference = format!("{}{row}", column_letter(column));
                    (column, cell_xml(&reference, value))
                })
                .collect();
            cells.sort();
            rows.extend(cells.into_iter().map(|(_, xml)| xml));
            rows.push_str("</row>");
        }
        let end = sheet.find("</sheetData>").unwrap();
        sheet.insert_str(end, &rows);
        // The used range now reaches the last row filled in.
        let dimension = sheet.find("<dimension ").unwrap();
        let close = dimension + sheet[dimension..].find("/>").unwrap() + 2;
        sheet.replace_range(dimension..close, "");
    }
    write_parts(&parts, out);
}

/// Writes a workbook of these parts (name, XML) to `out`, relative to the crate root.
pub fn write_parts(parts: &[(String, String)], out: &str) {
    let mut writer = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for (name, text) in parts {
        writer
            .start_file(name.as_str(), zip::write::SimpleFileOptions::default())
            .unwrap();
        writer.write_all(text.as_bytes()).unwrap();
    }
    let bytes = writer.finish().unwrap().into_inner();
    std::fs::write(root().join(out), bytes).unwrap();
}
