//! What the `human` format adds for a plan read from a workbook: the column's header cell,
//! labelled, so that miette draws row 1 above the row with the value (each is a snippet of
//! its own, numbered by the sheet's rows and named by its cell).

use std::borrow::Cow;

use crate::cell::SEPARATOR;
use crate::diagnostic::{Diagnostic, Label};

/// The diagnostic with its column's header labelled, when it points at one cell of a sheet.
pub fn with_header(diagnostic: &Diagnostic) -> Cow<'_, Diagnostic> {
    let Some(file) = diagnostic.file().filter(|file| file.is_workbook()) else {
        return Cow::Borrowed(diagnostic);
    };
    let Some(primary) = diagnostic.labels.iter().find(|label| label.primary) else {
        return Cow::Borrowed(diagnostic);
    };
    // A whole row (a record) has no one column, nor has an empty span; a header cell is
    // its own header.
    let text = file.slice(primary.span);
    let whole_row = text.contains(SEPARATOR) || file.is_whole_line(primary.span);
    let header = file.header_cell(primary.span.start as usize);
    match header {
        Some(header)
            if !whole_row
                && !primary.span.is_empty()
                && header.end <= primary.span.start
                && !header.is_empty() =>
        {
            let mut labelled = diagnostic.clone();
            labelled.labels.push(Label {
                span: header,
                text: "this column".into(),
                primary: false,
            });
            Cow::Owned(labelled)
        }
        _ => Cow::Borrowed(diagnostic),
    }
}
