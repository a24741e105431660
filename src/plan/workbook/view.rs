//! A workbook's text view: one line per row of each sheet, sheet after sheet, cells joined
//! by `cell::SEPARATOR`. It is the plan's `Source`: every span points into it, miette draws
//! its rows as a YAML plan's lines, and `cell.rs` turns an offset back into a cell.

use super::read::Sheet;
use crate::cell::{Cells, SEPARATOR};
use crate::source::{Source, SourceFile, Span};

/// After each sheet's rows: more lines than miette's context, so no snippet spans two sheets.
const SHEET_GAP: &str = "\n\n\n";

/// The view, and where each row and cell of each sheet is in it.
pub struct View {
    pub source: Source,
    /// Per sheet, per row: the row's line.
    pub rows: Vec<Vec<Span>>,
    /// Per sheet, per row, per column: the cell's text.
    pub cells: Vec<Vec<Vec<Span>>>,
}

impl View {
    pub fn build(name: &str, sheets: &[Sheet]) -> View {
        let mut text = String::new();
        let mut lines = 0usize;
        let mut cells = Cells::default();
        let mut row_spans = Vec::with_capacity(sheets.len());
        let mut cell_spans = Vec::with_capacity(sheets.len());
        for sheet in sheets {
            cells.push_sheet(&sheet.name, lines);
            let mut rows = Vec::with_capacity(sheet.rows.len().max(1));
            let mut sheet_cells = Vec::with_capacity(sheet.rows.len().max(1));
            // A sheet with no rows still has its row 1, where a missing header is shown.
            let empty = Vec::new();
            let sheet_rows = if sheet.rows.is_empty() {
                std::slice::from_ref(&empty)
            } else {
                &sheet.rows[..]
            };
            for row in sheet_rows {
                let start = text.len();
                let mut spans = Vec::with_capacity(row.len());
                for (column, cell) in row.iter().enumerate() {
                    if column > 0 {
                        text.push_str(SEPARATOR);
                    }
                    let at = text.len();
                    push_escaped(&mut text, &cell.text);
                    spans.push(Span::new(at, text.len()));
                }
                rows.push(Span::new(start, text.len()));
                sheet_cells.push(spans);
                text.push('\n');
                lines += 1;
            }
            // Blank lines between sheets keep miette from drawing rows of two sheets as one
            // snippet (whose rows it would number as one sheet's).
            text.push_str(SHEET_GAP);
            lines += SHEET_GAP.len();
            row_spans.push(rows);
            cell_spans.push(sheet_cells);
        }
        View {
            source: SourceFile::workbook(name, text, cells),
            rows: row_spans,
            cells: cell_spans,
        }
    }

    /// A cell's span; for a cell past the end of its row, the empty span after the row.
    pub fn cell(&self, sheet: usize, row: usize, column: usize) -> Span {
        let spans = &self.cells[sheet][row];
        spans.get(column).copied().unwrap_or_else(|| {
            let end = self.rows[sheet][row].end as usize;
            Span::new(end, end)
        })
    }
}

/// A cell's text on one line, byte for byte as long as the cell's own text, so offsets
/// within a value (the items of a list) are the same in both: line breaks and tabs become
/// spaces, and a separator inside a cell a heavier bar.
fn push_escaped(text: &mut String, cell: &str) {
    if !cell.contains(['\n', '\r', '\t', '│']) {
        text.push_str(cell);
        return;
    }
    for c in cell.chars() {
        text.push(match c {
            '\n' | '\r' | '\t' => ' ',
            '│' => '┃',
            other => other,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::super::read::{Cell, Kind};
    use super::*;

    fn cell(text: &str) -> Cell {
        Cell {
            text: text.into(),
            kind: Kind::Text,
        }
    }

    #[test]
    fn each_row_is_a_line_and_each_offset_finds_its_cell() {
        let sheets = vec![
            Sheet {
                name: "plan".into(),
                rows: vec![vec![cell("id")], vec![cell("hp")]],
                ..Sheet::default()
            },
            Sheet {
                name: "people".into(),
                rows: vec![
                    vec![cell("id"), cell("name")],
                    vec![cell("P1"), cell("Lê\nThị │ Hoa")],
                ],
                ..Sheet::default()
            },
        ];
        let view = View::build("plan.xlsx", &sheets);
        assert_eq!(
            view.source.text(),
            "id\nhp\n\n\n\nid │ name\nP1 │ Lê Thị ┃ Hoa\n\n\n\n"
        );
        let name = view.cell(1, 1, 1);
        assert_eq!(view.source.slice(name), "Lê Thị ┃ Hoa");
        assert_eq!(name.len(), "Lê\nThị │ Hoa".len());
        let at = |span: Span| view.source.cell(span.start as usize).unwrap().to_string();
        assert_eq!(at(name), "people!B2");
        assert_eq!(at(view.cell(0, 1, 0)), "plan!A2");
        assert_eq!(at(view.cell(1, 0, 5)), "people!B1");
    }
}
