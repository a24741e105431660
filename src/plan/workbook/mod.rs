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
use crate::i18n::{t, t_args};
use crate::lang::Lang;
use crate::schema::Schema;

/// Whether a file name is a workbook's.
pub fn is_workbook(name: &str) -> bool {
    Format::of(name).is_some()
}

/// Whether a file found in a directory is a workbook plan: a workbook, but not the
/// `~$plan.xlsx` that Excel keeps beside a workbook it has open (LibreOffice's
/// `.~lock.plan.ods#` is hidden, and no workbook).
pub fn is_workbook_plan(path: &std::path::Path) -> bool {
    let name = path
        .file_name()
        .map(|name| name.to_string_lossy())
        .unwrap_or_default();
    is_workbook(&name) && !name.starts_with("~$")
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
    let sheets = read::sheets(bytes, format, limits)
        .map_err(|unreadable| vec![refusal(unreadable, limits, lang)])?;
    let view = view::View::build(name, &sheets);
    if let Some(header) = schema.header() {
        let wanted = &schema.collection(header).name;
        if !sheets
            .iter()
            .any(|sheet| feed::collection_of(schema, &sheet.name) == Some(header))
        {
            let names: Vec<String> = sheets.iter().map(|s| format!("`{}`", s.name)).collect();
            let name = [("name", wanted.into())];
            let help = t_args(
                lang,
                "wb-no-header-sheet-help",
                &[("name", wanted.into()), ("sheets", names.join(", ").into())],
            );
            return Err(vec![Diagnostic::error(
                Code::Workbook,
                t_args(lang, "wb-no-header-sheet", &name),
            )
            .at(
                &view.source,
                crate::source::Span::new(0, 0),
                t(lang, "wb-no-header-sheet-label"),
            )
            .help(help)
            .about(wanted)]);
        }
    }
    build::load_nodes(&view.source, schema, lang, |sink| {
        feed::feed(&sheets, &view, schema, lang, sink)
    })
}

/// Why the workbook could not be read, in `lang`; named without its words.
fn refusal(unreadable: read::Unreadable, limits: Limits, lang: Lang) -> Diagnostic {
    use read::Unreadable::*;
    let (message, help, subject) = match unreadable {
        TooManyCells { sheet } => (
            t_args(
                lang,
                "wb-too-many-cells",
                &[
                    ("max", limits.max_nodes.to_string().into()),
                    ("sheet", sheet.into()),
                ],
            ),
            "load-nodes-help",
            "max-nodes",
        ),
        LongCell { sheet, row, bytes } => (
            t_args(
                lang,
                "wb-long-cell",
                &[
                    ("sheet", sheet.into()),
                    ("row", row.to_string().into()),
                    ("bytes", bytes.to_string().into()),
                    ("max", limits.max_scalar_bytes.to_string().into()),
                ],
            ),
            "load-scalar-bytes-help",
            "max-scalar-bytes",
        ),
        Password => (t(lang, "wb-password"), "wb-password-help", "password"),
        NotAWorkbook(reason) => (
            t_args(lang, "wb-not-a-workbook", &[("reason", reason.into())]),
            "wb-not-a-workbook-help",
            "not-a-workbook",
        ),
    };
    Diagnostic::error(Code::Workbook, message)
        .help(t(lang, help))
        .about(subject)
}
