//! Where a value of a workbook is: its sheet, row and column.
//!
//! A workbook plan is read into a text view (`plan/workbook/view.rs`): one line per row of
//! each sheet, sheet after sheet, cells joined by [`SEPARATOR`]. Every span of the loader
//! points into that view, so diagnostics, snippets and paths work as for YAML; this module
//! turns an offset in the view back into the cell an official sees (`people!F12`).

use std::fmt;

/// Between two cells of a row in the text view. Cell text never contains it: the view
/// writes a `│` inside a cell as `|`.
pub const SEPARATOR: &str = " │ ";

/// The sheets of a workbook's text view, in the view's order.
#[derive(Clone, Debug, Default)]
pub struct Cells {
    sheets: Vec<SheetLines>,
}

#[derive(Clone, Debug)]
struct SheetLines {
    name: String,
    /// The 0-based line of the view holding the sheet's row 1.
    first_line: usize,
}

/// A cell: its sheet, and its 1-based row and column.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CellAddress {
    pub sheet: String,
    pub row: u32,
    pub column: u32,
}

impl CellAddress {
    /// The cell's name in A1 notation: `F12`.
    pub fn name(&self) -> String {
        format!("{}{}", column_name(self.column), self.row)
    }
}

impl fmt::Display for CellAddress {
    /// `people!F12`, as spreadsheet formulas write a cell of another sheet.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}!{}", self.sheet, self.name())
    }
}

/// A 1-based column's letters: 1 → `A`, 27 → `AA`.
pub fn column_name(column: u32) -> String {
    let mut letters = Vec::new();
    let mut rest = column;
    while rest > 0 {
        let digit = (rest - 1) % 26;
        letters.push(char::from(b'A' + digit as u8));
        rest = (rest - 1) / 26;
    }
    letters.iter().rev().collect()
}

impl Cells {
    /// Records that the sheet `name`'s row 1 is the view's 0-based line `first_line`.
    pub fn push_sheet(&mut self, name: &str, first_line: usize) {
        self.sheets.push(SheetLines {
            name: name.to_string(),
            first_line,
        });
    }

    /// The sheet a 0-based line of the view belongs to, and the line of its row 1.
    fn sheet_of(&self, line: usize) -> Option<&SheetLines> {
        let after = self
            .sheets
            .partition_point(|sheet| sheet.first_line <= line);
        self.sheets.get(after.checked_sub(1)?)
    }

    /// The view's lines of the sheet a line belongs to: its first, and the first after it.
    pub fn sheet_lines(&self, line: usize) -> (usize, usize) {
        let after = self
            .sheets
            .partition_point(|sheet| sheet.first_line <= line);
        let first = after
            .checked_sub(1)
            .and_then(|i| self.sheets.get(i))
            .map_or(0, |sheet| sheet.first_line);
        let next = self.sheets.get(after).map_or(usize::MAX, |s| s.first_line);
        (first, next)
    }

    /// The 0-based line of the view holding row 1 of the sheet a line belongs to.
    pub fn header_line(&self, line: usize) -> Option<usize> {
        self.sheet_of(line).map(|sheet| sheet.first_line)
    }

    /// The 0-based row within its sheet of a 0-based line of the view.
    pub fn row_of(&self, line: usize) -> usize {
        self.sheet_of(line)
            .map_or(line, |sheet| line - sheet.first_line)
    }

    /// The cell at an offset, given its 0-based line and the line's text before it.
    pub fn at(&self, line: usize, before: &str) -> Option<CellAddress> {
        let sheet = self.sheet_of(line)?;
        Some(CellAddress {
            sheet: sheet.name.clone(),
            row: u32::try_from(line - sheet.first_line + 1).unwrap_or(u32::MAX),
            column: u32::try_from(before.matches(SEPARATOR).count() + 1).unwrap_or(u32::MAX),
        })
    }
}

/// The byte range of a 1-based column's cell within a row's text.
pub fn cell_in_row(row: &str, column: u32) -> Option<std::ops::Range<usize>> {
    let mut start = 0;
    for (index, part) in row.split(SEPARATOR).enumerate() {
        if index + 1 == column as usize {
            return Some(start..start + part.len());
        }
        start += part.len() + SEPARATOR.len();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_are_named_as_spreadsheets_name_them() {
        let names: Vec<String> = [1, 6, 26, 27, 52, 53, 702, 703, 16384]
            .into_iter()
            .map(column_name)
            .collect();
        assert_eq!(names, ["A", "F", "Z", "AA", "AZ", "BA", "ZZ", "AAA", "XFD"]);
    }

    #[test]
    fn an_offset_is_found_in_its_sheet_row_and_column() {
        let mut cells = Cells::default();
        cells.push_sheet("plan", 0);
        cells.push_sheet("people", 2);
        let at = cells.at(13, "P12 │ Nguyễn Văn A │ ").unwrap();
        assert_eq!(at.to_string(), "people!C12");
        assert_eq!(cells.at(1, "").unwrap().to_string(), "plan!A2");
    }
}
