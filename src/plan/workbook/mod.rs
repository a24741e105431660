//! Plans from spreadsheets (`.xlsx`, `.ods`, `.xls`): one sheet per collection, a header
//! row of field names, a record per row. The workbook is read into cells (`read.rs`), laid
//! out as a text view that is the plan's source (`view.rs`), and handed as node trees to
//! the same loader as YAML (`feed.rs` → `build.rs`), so the schema, limits, rules and
//! outputs are the same; only locations differ, and `cell.rs` names their cells. What
//! calamine does not expose (hidden rows, an `.ods`'s merged cells) `layout.rs` reads from
//! the file's XML.

mod feed;
mod layout;
mod read;
mod template;
mod view;
mod write;

pub use feed::LIST_SEPARATOR;
pub use read::Format;
pub use template::{header_label, template};
pub use write::write;

use super::build;
use super::{Limits, Loaded};
use crate::code::Code;
use crate::diagnostic::Diagnostic;
use crate::lang::Lang;
use crate::schema::Schema;

/// Whether a file name is a workbook's.
pub fn is_workbook(name: &str) -> bool {
    Format::of(name).is_some()
}

/// Loads a workbook plan: every problem with its layout and its values, at once.
pub fn load(
    name: &str,
    bytes: Vec<u8>,
    schema: &Schema,
    limits: Limits,
    lang: Lang,
) -> Result<Loaded, Vec<Diagnostic>> {
    let format = Format::of(name).unwrap_or(Format::Xlsx);
    let sheets = read::sheets(bytes, format, limits).map_err(|unreadable| {
        vec![Diagnostic::error(Code::Workbook, unreadable.message).help(unreadable.help)]
    })?;
    let view = view::View::build(name, &sheets);
    if let Some(header) = schema.header() {
        let wanted = &schema.collection(header).name;
        if !sheets
            .iter()
            .any(|sheet| feed::collection_of(schema, &sheet.name) == Some(header))
        {
            let names: Vec<String> = sheets.iter().map(|s| format!("`{}`", s.name)).collect();
            let message = format!("the workbook has no `{wanted}` sheet");
            return Err(vec![Diagnostic::error(Code::Workbook, message)
                .at(&view.source, crate::source::Span::new(0, 0), "in this workbook")
                .help(format!(
                    "add a sheet named `{wanted}` with the plan's fields in row 1 and their values in row 2 (its sheets are {}); `staffcheck convert plan.yaml -o plan.xlsx` writes a workbook laid out as expected",
                    names.join(", ")
                ))]);
        }
    }
    build::load_nodes(&view.source, schema, lang, |sink| {
        feed::feed(&sheets, &view, schema, sink)
    })
}
