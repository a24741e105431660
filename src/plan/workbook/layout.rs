//! What calamine does not say about a workbook's sheets, read from the file's XML: which
//! rows are hidden (`.xlsx`, `.ods`), and which cells are merged in an `.ods` (calamine
//! gives merges for `.xlsx` and `.xls` only). With zip and quick-xml, the two crates calamine
//! itself reads the files with. An `.xls` is no zip: calamine's merges only, no hidden rows.

use std::collections::HashMap;
use std::io::{BufReader, Cursor, Read};

use calamine::Dimensions;
use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

use super::read::Format;

/// Each sheet's hidden rows (0-based, sorted) and, for an `.ods`, its merged ranges, by
/// sheet name.
#[derive(Debug, Default)]
pub struct Layout {
    pub hidden_rows: HashMap<String, Vec<u32>>,
    pub merged: HashMap<String, Vec<Dimensions>>,
}

/// A run of repeated rows past this is the empty rest of the sheet LibreOffice writes as
/// one element (`number-rows-repeated="1048000"`): not listed row by row.
const MAX_REPEATED: u32 = 10_000;

/// The workbook's layout; what cannot be read is left out (calamine has read the cells, and
/// says what is wrong with the file).
pub fn read(bytes: &[u8], format: Format) -> Layout {
    let Ok(mut archive) = zip::ZipArchive::new(Cursor::new(bytes)) else {
        return Layout::default();
    };
    match format {
        Format::Xlsx => xlsx(&mut archive).unwrap_or_default(),
        Format::Ods => part(&mut archive, "content.xml")
            .map(|content| ods(&content))
            .unwrap_or_default(),
        Format::Xls => Layout::default(),
    }
}

type Archive<'a> = zip::ZipArchive<Cursor<&'a [u8]>>;

fn part(archive: &mut Archive, name: &str) -> Option<Vec<u8>> {
    let mut file = archive.by_name(name).ok()?;
    let mut bytes = Vec::new();
    file.read_to_end(&mut bytes).ok()?;
    Some(bytes)
}

/// An element opening (and whether it is empty, `<row/>`), or closing, by local name.
enum Tag<'a> {
    Open(&'a BytesStart<'a>, bool),
    Close(&'a str),
}

/// Calls `each` with every element of an XML part as it opens and closes.
fn elements(xml: &[u8], mut each: impl FnMut(Tag)) {
    let mut reader = Reader::from_reader(BufReader::new(xml));
    let mut buf = Vec::new();
    loop {
        match reader.read_event_into(&mut buf) {
            Ok(Event::Start(element)) => each(Tag::Open(&element, false)),
            Ok(Event::Empty(element)) => each(Tag::Open(&element, true)),
            Ok(Event::End(element)) => each(Tag::Close(element.local_name().as_ref())),
            Ok(Event::Eof) | Err(_) => return,
            Ok(_) => {}
        }
        buf.clear();
    }
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    memchr::memmem::find(haystack, needle).is_some()
}

/// An attribute's value, by its local name (`table:name` is `name`).
fn attribute(element: &BytesStart, name: &str) -> Option<String> {
    element
        .attributes()
        .flatten()
        .find(|a| a.key.local_name().as_ref() == name)
        .and_then(|a| {
            quick_xml::escape::unescape(&a.value)
                .ok()
                .map(|v| v.into_owned())
        })
}

fn number(element: &BytesStart, name: &str) -> u32 {
    attribute(element, name)
        .and_then(|value| value.parse().ok())
        .unwrap_or(1)
}

/// `.xlsx`: the sheets' names and parts from the workbook and its relationships, then each
/// sheet's `<row r="12" hidden="1">`.
fn xlsx(archive: &mut Archive) -> Option<Layout> {
    let workbook = part(archive, "xl/workbook.xml")?;
    let relationships = part(archive, "xl/_rels/workbook.xml.rels")?;
    let mut sheets = Vec::new();
    elements(&workbook, |tag| {
        if let Tag::Open(element, _) = tag {
            if element.local_name().as_ref() == "sheet" {
                if let (Some(name), Some(id)) =
                    (attribute(element, "name"), attribute(element, "id"))
                {
                    sheets.push((name, id));
                }
            }
        }
    });
    let mut targets = HashMap::new();
    elements(&relationships, |tag| {
        if let Tag::Open(element, _) = tag {
            if let (Some(id), Some(target)) =
                (attribute(element, "Id"), attribute(element, "Target"))
            {
                targets.insert(id, target);
            }
        }
    });
    let mut layout = Layout::default();
    for (name, id) in sheets {
        let Some(target) = targets.get(&id) else {
            continue;
        };
        let path = match target.strip_prefix('/') {
            Some(absolute) => absolute.to_string(),
            None => format!("xl/{target}"),
        };
        let Some(xml) = part(archive, &path) else {
            continue;
        };
        // Most sheets hide nothing: a byte search spares them a second XML pass.
        if !contains(&xml, b"hidden=\"1\"") && !contains(&xml, b"hidden=\"true\"") {
            continue;
        }
        let mut hidden = Vec::new();
        elements(&xml, |tag| {
            let Tag::Open(element, _) = tag else {
                return;
            };
            let hidden_row = element.local_name().as_ref() == "row"
                && matches!(attribute(element, "hidden").as_deref(), Some("1" | "true"));
            if let Some(row) = attribute(element, "r").filter(|_| hidden_row) {
                if let Ok(row) = row.parse::<u32>() {
                    hidden.push(row.saturating_sub(1));
                }
            }
        });
        if !hidden.is_empty() {
            layout.hidden_rows.insert(name, hidden);
        }
    }
    Some(layout)
}

/// `.ods`: `content.xml`, counting rows and cells with their repeats; a row whose
/// `visibility` is `collapse` or `filter` is hidden, a cell spanning more than one row or
/// column is merged.
fn ods(content: &[u8]) -> Layout {
    let mut layout = Layout::default();
    // Most sheets hide and merge nothing: a byte search spares them a second XML pass.
    if !["table:visibility=", "-spanned="]
        .iter()
        .any(|needle| contains(content, needle.as_bytes()))
    {
        return layout;
    }
    let mut sheet: Option<String> = None;
    let (mut row, mut column, mut rows_repeated) = (0u32, 0u32, 1u32);
    elements(content, |tag| match tag {
        Tag::Open(element, empty) => match element.local_name().as_ref() {
            "table" => {
                sheet = attribute(element, "name");
                row = 0;
            }
            "table-row" => {
                column = 0;
                rows_repeated = number(element, "number-rows-repeated");
                let visibility = attribute(element, "visibility");
                if let (Some(name), Some("collapse" | "filter")) = (&sheet, visibility.as_deref()) {
                    let hidden = layout.hidden_rows.entry(name.clone()).or_default();
                    hidden.extend(row..row.saturating_add(rows_repeated.min(MAX_REPEATED)));
                }
                if empty {
                    row = row.saturating_add(rows_repeated);
                }
            }
            "table-cell" | "covered-table-cell" => {
                let spanned = (
                    number(element, "number-rows-spanned"),
                    number(element, "number-columns-spanned"),
                );
                if let (Some(name), true) = (&sheet, spanned != (1, 1)) {
                    let end = (
                        row.saturating_add(spanned.0.max(1) - 1),
                        column.saturating_add(spanned.1.max(1) - 1),
                    );
                    layout
                        .merged
                        .entry(name.clone())
                        .or_default()
                        .push(Dimensions::new((row, column), end));
                }
                column = column.saturating_add(number(element, "number-columns-repeated"));
            }
            _ => {}
        },
        Tag::Close("table-row") => row = row.saturating_add(rows_repeated),
        Tag::Close(_) => {}
    });
    layout
}

#[cfg(test)]
mod tests {
    use super::ods;

    #[test]
    fn ods_rows_and_cells_are_counted_with_their_repeats() {
        let content = br#"<office:document-content xmlns:office="o" xmlns:table="t"><office:body><office:spreadsheet>
            <table:table table:name="units">
              <table:table-row><table:table-cell table:number-columns-repeated="3"/></table:table-row>
              <table:table-row table:number-rows-repeated="2"><table:table-cell/></table:table-row>
              <table:table-row table:visibility="collapse"><table:table-cell table:number-columns-repeated="2"/><table:table-cell table:number-columns-spanned="2" table:number-rows-spanned="3"/><table:covered-table-cell/></table:table-row>
              <table:table-row table:number-rows-repeated="1048570" table:visibility="collapse"/>
            </table:table>
            <table:table table:name="people"><table:table-row table:visibility="filter"/></table:table>
          </office:spreadsheet></office:body></office:document-content>"#;
        let layout = ods(content);
        let units = &layout.hidden_rows["units"];
        assert_eq!(units[..2], [3, 4]);
        assert_eq!(units.len(), 1 + super::MAX_REPEATED as usize);
        assert_eq!(layout.hidden_rows["people"], [0]);
        let merged = &layout.merged["units"];
        assert_eq!(merged.len(), 1);
        assert_eq!((merged[0].start, merged[0].end), ((3, 2), (5, 3)));
    }
}
