//! A workbook's bytes → its sheets' cells as text, with calamine (the only module that
//! knows calamine). A `.xlsx` is streamed cell by cell, so a stray value in row 1,048,576
//! costs one cell, not a million empty ones; `.ods` and `.xls` come as calamine ranges.

use std::io::Cursor;

use calamine::{Data, DataRef, Dimensions, Ods, Reader, SheetVisible, Xls, Xlsx};

use crate::plan::Limits;

/// A cell's value as the loader reads it: its text, and what kind of cell held it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Cell {
    pub text: String,
    pub kind: Kind,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Kind {
    #[default]
    Empty,
    Text,
    Number,
    /// A date cell, its text ISO (`2025-07-01`, with a time only if it has one).
    Date,
    Boolean,
    /// An error value (`#DIV/0!`): its text is the error.
    Error,
    /// A formula whose value was never saved: its text is the formula.
    FormulaWithoutValue,
}

impl Cell {
    pub fn is_empty(&self) -> bool {
        self.kind == Kind::Empty
    }
}

/// One sheet: its rows from row 1, each from column A, without trailing empty rows.
#[derive(Debug, Default)]
pub struct Sheet {
    pub name: String,
    pub hidden: bool,
    pub rows: Vec<Vec<Cell>>,
    /// Merged ranges, 0-based and inclusive.
    pub merged: Vec<Dimensions>,
    /// Hidden rows, 0-based, sorted (`.xlsx` and `.ods`: `layout.rs`).
    pub hidden_rows: Vec<u32>,
}

/// Why a workbook could not be read at all (`mod.rs` says it in the report's language).
#[derive(Debug)]
pub enum Unreadable {
    /// More cells with values than `--max-nodes`, counted up to this sheet.
    TooManyCells {
        sheet: String,
    },
    /// A cell longer than `--max-scalar-bytes`, in this sheet and row (1-based).
    LongCell {
        sheet: String,
        row: usize,
        bytes: usize,
    },
    Password,
    /// calamine's reason.
    NotAWorkbook(String),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Xlsx,
    Ods,
    Xls,
}

impl Format {
    /// The format a file name says, if it names a workbook.
    pub fn of(name: &str) -> Option<Format> {
        let extension = name.rsplit_once('.')?.1.to_ascii_lowercase();
        match extension.as_str() {
            "xlsx" | "xlsm" => Some(Format::Xlsx),
            "ods" => Some(Format::Ods),
            "xls" => Some(Format::Xls),
            _ => None,
        }
    }
}

/// Every sheet of the workbook, in its order.
pub fn sheets(bytes: Vec<u8>, format: Format, limits: Limits) -> Result<Vec<Sheet>, Unreadable> {
    let mut layout = super::layout::read(&bytes, format);
    let mut sheets = read_cells(bytes, format, limits, &layout)?;
    for sheet in &mut sheets {
        sheet.hidden_rows = layout.hidden_rows.remove(&sheet.name).unwrap_or_default();
    }
    Ok(sheets)
}

fn read_cells(
    bytes: Vec<u8>,
    format: Format,
    limits: Limits,
    layout: &super::layout::Layout,
) -> Result<Vec<Sheet>, Unreadable> {
    let cursor = Cursor::new(bytes);
    let mut budget = Budget { cells: 0, limits };
    match format {
        Format::Xlsx => {
            let mut book: Xlsx<_> = calamine::open_workbook_from_rs(cursor)
                .map_err(|e: calamine::XlsxError| unreadable(&e.to_string()))?;
            let names = visible_names(&book);
            let mut sheets = Vec::with_capacity(names.len());
            for (name, hidden) in names {
                let merged = book.merge_cells_by_sheet_name(&name).unwrap_or_default();
                let mut reader = book
                    .worksheet_cells_reader(&name)
                    .map_err(|e| unreadable(&e.to_string()))?;
                let mut rows: Vec<Vec<Cell>> = Vec::new();
                while let Some(record) = reader
                    .next_cell_with_formula()
                    .map_err(|e| unreadable(&e.to_string()))?
                {
                    let cell = match (from_ref(&record.value), record.formula) {
                        (cell, Some(formula)) if cell.is_empty() => Cell {
                            text: format!("={formula}"),
                            kind: Kind::FormulaWithoutValue,
                        },
                        (cell, _) => cell,
                    };
                    budget.place(&mut rows, record.pos, cell, &name)?;
                }
                trim(&mut rows);
                sheets.push(Sheet {
                    name,
                    hidden,
                    rows,
                    merged,
                    hidden_rows: Vec::new(),
                });
            }
            Ok(sheets)
        }
        Format::Ods => {
            let book: Ods<_> = calamine::open_workbook_from_rs(cursor)
                .map_err(|e: calamine::OdsError| unreadable(&e.to_string()))?;
            ranges(book, &mut budget, |_, name| {
                layout.merged.get(name).cloned().unwrap_or_default()
            })
        }
        Format::Xls => {
            let book: Xls<_> = calamine::open_workbook_from_rs(cursor)
                .map_err(|e: calamine::XlsError| unreadable(&e.to_string()))?;
            ranges(book, &mut budget, |book: &Xls<_>, name| {
                book.merge_cells_by_sheet_name(name).unwrap_or_default()
            })
        }
    }
}

/// Counts cells against the plan's node limit, and places each in its row.
struct Budget {
    cells: usize,
    limits: Limits,
}

impl Budget {
    fn place(
        &mut self,
        rows: &mut Vec<Vec<Cell>>,
        (row, column): (u32, u32),
        cell: Cell,
        sheet: &str,
    ) -> Result<(), Unreadable> {
        if cell.is_empty() {
            return Ok(());
        }
        self.cells += 1;
        if self.cells > self.limits.max_nodes {
            return Err(Unreadable::TooManyCells {
                sheet: sheet.to_string(),
            });
        }
        if cell.text.len() > self.limits.max_scalar_bytes {
            return Err(Unreadable::LongCell {
                sheet: sheet.to_string(),
                row: row as usize + 1,
                bytes: cell.text.len(),
            });
        }
        let (row, column) = (row as usize, column as usize);
        if rows.len() <= row {
            rows.resize_with(row + 1, Vec::new);
        }
        let cells = &mut rows[row];
        if cells.len() <= column {
            cells.resize_with(column + 1, Cell::default);
        }
        cells[column] = cell;
        Ok(())
    }
}

/// Sheets read whole as calamine ranges, with their formulas.
fn ranges<R: Reader<Cursor<Vec<u8>>>>(
    mut book: R,
    budget: &mut Budget,
    merged: impl Fn(&R, &str) -> Vec<Dimensions>,
) -> Result<Vec<Sheet>, Unreadable>
where
    R::Error: std::fmt::Display,
{
    let names = visible_names(&book);
    let mut sheets = Vec::with_capacity(names.len());
    for (name, hidden) in names {
        let range = book
            .worksheet_range(&name)
            .map_err(|e| unreadable(&e.to_string()))?;
        let formulas = book.worksheet_formula(&name).ok();
        let mut rows: Vec<Vec<Cell>> = Vec::new();
        let (top, left) = range.start().unwrap_or((0, 0));
        for (row, column, data) in range.used_cells() {
            let position = (top + row as u32, left + column as u32);
            let mut cell = from_data(data);
            if let Some(formula) = formulas
                .as_ref()
                .and_then(|f| f.get_value(position))
                .filter(|f| !f.is_empty())
            {
                if cell.is_empty() {
                    cell = Cell {
                        text: format!("={formula}"),
                        kind: Kind::FormulaWithoutValue,
                    };
                }
            }
            budget.place(&mut rows, position, cell, &name)?;
        }
        trim(&mut rows);
        let merged = merged(&book, &name);
        sheets.push(Sheet {
            name,
            hidden,
            rows,
            merged,
            hidden_rows: Vec::new(),
        });
    }
    Ok(sheets)
}

fn visible_names<R: Reader<Cursor<Vec<u8>>>>(book: &R) -> Vec<(String, bool)> {
    book.sheets_metadata()
        .iter()
        .map(|sheet| (sheet.name.clone(), sheet.visible != SheetVisible::Visible))
        .collect()
}

/// Drops trailing empty cells of each row and trailing empty rows.
fn trim(rows: &mut Vec<Vec<Cell>>) {
    for row in rows.iter_mut() {
        while row.last().is_some_and(Cell::is_empty) {
            row.pop();
        }
    }
    while rows.last().is_some_and(Vec::is_empty) {
        rows.pop();
    }
}

fn unreadable(reason: &str) -> Unreadable {
    if reason.contains("password") {
        return Unreadable::Password;
    }
    Unreadable::NotAWorkbook(reason.to_string())
}

fn from_data(data: &Data) -> Cell {
    match data {
        Data::Int(i) => number(*i as f64),
        Data::Float(f) => number(*f),
        Data::String(s) => text(s),
        Data::Bool(b) => Cell {
            text: b.to_string(),
            kind: Kind::Boolean,
        },
        Data::DateTime(date) => match date.as_datetime() {
            Some(moment) => datetime(moment),
            None => number(date.as_f64()),
        },
        Data::DateTimeIso(iso) => iso_date(iso),
        Data::DurationIso(iso) => text(iso),
        Data::Error(error) => Cell {
            text: error.to_string(),
            kind: Kind::Error,
        },
        Data::Empty => Cell::default(),
    }
}

fn from_ref(data: &DataRef<'_>) -> Cell {
    match data {
        DataRef::Int(i) => number(*i as f64),
        DataRef::Float(f) => number(*f),
        DataRef::String(s) => text(s),
        DataRef::SharedString(s) => text(s),
        DataRef::Bool(b) => Cell {
            text: b.to_string(),
            kind: Kind::Boolean,
        },
        DataRef::DateTime(date) => match date.as_datetime() {
            Some(moment) => datetime(moment),
            None => number(date.as_f64()),
        },
        DataRef::DateTimeIso(iso) => iso_date(iso),
        DataRef::DurationIso(iso) => text(iso),
        DataRef::Error(error) => Cell {
            text: error.to_string(),
            kind: Kind::Error,
        },
        DataRef::Empty => Cell::default(),
    }
}

/// Text as typed, without the spaces around it (as YAML reads a plain value); blank is empty.
fn text(s: &str) -> Cell {
    let trimmed = s.trim();
    if trimmed.is_empty() {
        return Cell::default();
    }
    Cell {
        text: trimmed.to_string(),
        kind: Kind::Text,
    }
}

/// A number as YAML would write it: whole numbers without a fraction.
fn number(value: f64) -> Cell {
    let text = if value.fract() == 0.0 && value.abs() < 1e15 {
        format!("{}", value as i64)
    } else {
        format!("{value}")
    };
    Cell {
        text,
        kind: Kind::Number,
    }
}

fn datetime(moment: chrono::NaiveDateTime) -> Cell {
    let text = if moment.time() == chrono::NaiveTime::MIN {
        moment.date().format("%Y-%m-%d").to_string()
    } else {
        moment.format("%Y-%m-%dT%H:%M:%S").to_string()
    };
    Cell {
        text,
        kind: Kind::Date,
    }
}

/// An ODS date (`2025-07-01`, or with `T00:00:00`): the date alone when it is midnight.
fn iso_date(iso: &str) -> Cell {
    let text = iso
        .strip_suffix("T00:00:00")
        .or_else(|| iso.strip_suffix("T00:00:00.000"))
        .unwrap_or(iso);
    Cell {
        text: text.to_string(),
        kind: Kind::Date,
    }
}
