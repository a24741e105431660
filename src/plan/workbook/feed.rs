//! A workbook's sheets → the node trees the YAML reader hands out, record by record, so
//! `build.rs` checks a workbook plan exactly as a YAML one. What only a workbook can get
//! wrong (its sheets, header rows, merged cells, formulas, empty rows) is found here.

use super::read::{Kind, Sheet};
use super::view::View;
use crate::code::Code;
use crate::diagnostic::Diagnostic;
use crate::i18n::{t, t_args, Arg};
use crate::lang::Lang;
use crate::plan::yaml::{Node, NodeKind, Sink};
use crate::schema::{CollectionDef, CollectionId, Default, Schema, Shape, Type};
use crate::source::Span;
use crate::suggest::did_you_mean_in;

/// Between the items of a list field in one cell.
pub const LIST_SEPARATOR: char = ';';

/// The collection a sheet holds, by its name, else by its display label in either language
/// (letter case aside).
pub fn collection_of(schema: &Schema, sheet: &str) -> Option<CollectionId> {
    let sheet = sheet.trim();
    schema.collection_by_name(sheet).or_else(|| {
        schema
            .collections
            .iter()
            .position(|c| names(c.label.as_ref(), sheet))
            .map(|i| i as CollectionId)
    })
}

/// The field a header cell names: by its name, else by its display label in either language
/// (letter case aside), as `staffcheck template` writes it.
pub fn field_of(collection: &CollectionDef, header: &str) -> Option<usize> {
    let header = header.trim();
    collection.field(header).or_else(|| {
        collection
            .fields
            .iter()
            .position(|f| names(f.label.as_ref(), header))
    })
}

/// Whether `text` is one of a label's texts.
fn names(label: Option<&crate::schema::Label>, text: &str) -> bool {
    let text = text.to_lowercase();
    label.is_some_and(|label| label.both().any(|l| l.trim().to_lowercase() == text))
}

/// Hands every sheet's records to `sink`; returns what is wrong with the workbook's layout,
/// said in `lang`.
pub fn feed(
    sheets: &[Sheet],
    view: &View,
    schema: &Schema,
    lang: Lang,
    sink: &mut dyn Sink,
) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    for (index, sheet) in sheets.iter().enumerate() {
        Feeder {
            sheet,
            index,
            view,
            schema,
            lang,
            problems: &mut problems,
        }
        .feed(sink);
    }
    problems
}

struct Feeder<'a> {
    sheet: &'a Sheet,
    index: usize,
    view: &'a View,
    schema: &'a Schema,
    lang: Lang,
    problems: &'a mut Vec<Diagnostic>,
}

impl Feeder<'_> {
    fn cell(&self, row: usize, column: usize) -> Span {
        self.view.cell(self.index, row, column)
    }

    /// A cell as a problem's subject: `people!G3`.
    fn cell_subject(&self, row: usize, column: usize) -> String {
        let letter = crate::cell::column_name(column as u32 + 1);
        format!("{}!{letter}{}", self.sheet.name, row + 1)
    }

    /// A problem with the workbook's layout: message `id` with `args`, its label and help
    /// the messages `label` and `help`. `subject` names it without its words (the sheet, and
    /// its cell or row): its fingerprint is the same in every language.
    fn problem(
        &mut self,
        span: Span,
        (id, args): (&str, &[(&str, Arg)]),
        label: &str,
        help: &str,
        subject: String,
    ) {
        self.problems.push(
            Diagnostic::error(Code::Workbook, t_args(self.lang, id, args))
                .at(&self.view.source, span, t(self.lang, label))
                .help(t(self.lang, help))
                .about(subject),
        );
    }

    fn feed(mut self, sink: &mut dyn Sink) {
        let sheet = self.sheet;
        let header_line = self.view.rows[self.index][0];
        let key = scalar(&sheet.name, header_line);
        let collection = collection_of(self.schema, &sheet.name);
        if sheet.hidden {
            self.problem(
                header_line,
                ("wb-hidden-sheet", &[("sheet", sheet.name.as_str().into())]),
                "wb-hidden-sheet-label",
                "wb-hidden-sheet-help",
                sheet.name.clone(),
            );
        }
        for merged in &sheet.merged {
            let (row, column) = (merged.start.0 as usize, merged.start.1 as usize);
            let span = if row < self.view.rows[self.index].len() {
                self.cell(row, column)
            } else {
                header_line
            };
            let name = |(r, c): (u32, u32)| format!("{}{}", crate::cell::column_name(c + 1), r + 1);
            let (from, to) = (name(merged.start), name(merged.end));
            let subject = format!("{}!{from}:{to}", sheet.name);
            self.problem(
                span,
                (
                    "wb-merged",
                    &[
                        ("from", from.into()),
                        ("to", to.into()),
                        ("sheet", sheet.name.as_str().into()),
                    ],
                ),
                "wb-merged-label",
                "wb-merged-help",
                subject,
            );
        }
        // A hidden row with values is checked like the others, but officials do not see it.
        for &row in &sheet.hidden_rows {
            let row = row as usize;
            let filled = sheet
                .rows
                .get(row)
                .is_some_and(|cells| cells.iter().any(|c| !c.is_empty()));
            if filled {
                let args = [
                    ("row", (row + 1).to_string().into()),
                    ("sheet", sheet.name.as_str().into()),
                ];
                self.problem(
                    self.view.rows[self.index][row],
                    ("wb-hidden-row", &args),
                    "wb-hidden-row-label",
                    "wb-hidden-row-help",
                    format!("{}!{}", sheet.name, row + 1),
                );
            }
        }
        let Some(collection) = collection else {
            // The loader says which sheets a plan has, as it does for an unknown YAML section.
            sink.sequence_start(&key);
            return;
        };
        let definition = self.schema.collection(collection);
        let columns = self.header(definition);
        let mut records = Vec::new();
        let mut gap: Option<usize> = None;
        for (row, cells) in sheet.rows.iter().enumerate().skip(1) {
            if cells.iter().all(|cell| cell.is_empty()) {
                gap = gap.or(Some(row));
                continue;
            }
            if let Some(empty) = gap.take() {
                let span = self.view.rows[self.index][empty];
                let args = [
                    ("row", (empty + 1).to_string().into()),
                    ("sheet", sheet.name.as_str().into()),
                ];
                self.problem(
                    span,
                    ("wb-empty-row", &args),
                    "wb-empty-row-label",
                    "wb-empty-row-help",
                    format!("{}!{}", sheet.name, empty + 1),
                );
            }
            records.push(self.record(definition, &columns, row));
        }
        if definition.shape == Shape::Single {
            let mut records = records.into_iter();
            let record = records.next().unwrap_or(Node {
                kind: NodeKind::Mapping(Vec::new()),
                span: header_line,
            });
            if let Some(extra) = records.next() {
                self.problem(
                    extra.span,
                    ("wb-second-record", &[("sheet", sheet.name.as_str().into())]),
                    "wb-second-record-label",
                    "wb-second-record-help",
                    sheet.name.clone(),
                );
            }
            sink.section(key, record);
        } else {
            sink.sequence_start(&key);
            for (index, record) in records.into_iter().enumerate() {
                sink.item(&key, index, record);
            }
        }
    }

    /// Each column's field (and header cell), from row 1; unknown and repeated columns are
    /// reported and left out.
    fn header(&mut self, definition: &CollectionDef) -> Vec<Option<(usize, Node)>> {
        let sheet = self.sheet;
        let header = sheet.rows.first().map_or(&[][..], Vec::as_slice);
        let mut columns: Vec<Option<(usize, Node)>> = Vec::with_capacity(header.len());
        for (column, cell) in header.iter().enumerate() {
            let span = self.cell(0, column);
            if cell.is_empty() {
                let used = sheet
                    .rows
                    .iter()
                    .skip(1)
                    .position(|row| row.get(column).is_some_and(|c| !c.is_empty()));
                if let Some(row) = used {
                    let letter = crate::cell::column_name(column as u32 + 1);
                    let subject = format!("{}!{letter}", sheet.name);
                    self.problem(
                        self.cell(row + 1, column),
                        (
                            "wb-unnamed-column",
                            &[
                                ("column", letter.into()),
                                ("sheet", sheet.name.as_str().into()),
                            ],
                        ),
                        "wb-unnamed-column-label",
                        "wb-unnamed-column-help",
                        subject,
                    );
                }
                columns.push(None);
                continue;
            }
            let Some(field) = field_of(definition, &cell.text) else {
                let lang = self.lang;
                let names = definition.fields.iter().map(|f| f.name.as_str());
                let hint = did_you_mean_in(lang, cell.text.trim(), names);
                // As the YAML loader says it: a record's type in English, its label in Vietnamese.
                let record = match lang {
                    Lang::En => definition.record.as_str(),
                    Lang::Vi => definition.label(lang),
                };
                let names: Vec<&str> = definition.fields.iter().map(|f| f.name.as_str()).collect();
                let fields = format!("`{}`", names.join("`, `"));
                let message = t_args(
                    lang,
                    "wb-unknown-column",
                    &[
                        ("name", cell.text.as_str().into()),
                        ("sheet", sheet.name.as_str().into()),
                        ("hint", hint.into()),
                    ],
                );
                let help = t_args(
                    lang,
                    "load-unknown-field-help",
                    &[("record", record.into()), ("fields", fields.into())],
                );
                self.problems.push(
                    Diagnostic::error(Code::Workbook, message)
                        .at(&self.view.source, span, t(lang, "load-unknown-field-label"))
                        .help(help)
                        .about(format!("{}.{}", sheet.name, cell.text.trim())),
                );
                columns.push(None);
                continue;
            };
            if let Some(first) = columns.iter().flatten().find(|(f, _)| *f == field) {
                let first = first.1.span;
                let name = &definition.fields[field].name;
                let message = t_args(
                    self.lang,
                    "wb-duplicate-column",
                    &[
                        ("name", name.as_str().into()),
                        ("sheet", sheet.name.as_str().into()),
                    ],
                );
                self.problems.push(
                    Diagnostic::error(Code::Workbook, message)
                        .at(&self.view.source, span, t(self.lang, "load-repeated-label"))
                        .label(first, t(self.lang, "load-first-label"))
                        .help(t(self.lang, "wb-duplicate-column-help"))
                        .about(format!("{}.{name}", sheet.name)),
                );
                columns.push(None);
                continue;
            }
            columns.push(Some((field, scalar(&definition.fields[field].name, span))));
        }
        columns
    }

    /// One row as a record: a mapping of its non-empty cells under known columns.
    fn record(
        &mut self,
        definition: &CollectionDef,
        columns: &[Option<(usize, Node)>],
        row: usize,
    ) -> Node {
        let cells = &self.sheet.rows[row];
        let mut entries = Vec::with_capacity(cells.len());
        for (column, known) in columns.iter().enumerate() {
            let Some((field, key)) = known else {
                continue;
            };
            let span = self.cell(row, column);
            let field_def = &definition.fields[*field];
            let is_list = matches!(field_def.ty, Type::List(_));
            let Some(cell) = cells.get(column).filter(|cell| !cell.is_empty()) else {
                // An empty cell leaves a field out; under a list that must be there, it is
                // the empty list (a cell cannot tell "no items" from "left out").
                if is_list && matches!(field_def.default, Default::Required) {
                    entries.push((key.clone(), list("", span)));
                }
                continue;
            };
            match cell.kind {
                Kind::Empty => continue,
                Kind::Error => {
                    let subject = self.cell_subject(row, column);
                    self.problem(
                        span,
                        ("wb-error-value", &[("value", cell.text.as_str().into())]),
                        "wb-error-value-label",
                        "wb-error-value-help",
                        subject,
                    );
                    continue;
                }
                Kind::FormulaWithoutValue => {
                    let subject = self.cell_subject(row, column);
                    self.problem(
                        span,
                        ("wb-formula", &[]),
                        "wb-formula-label",
                        "wb-formula-help",
                        subject,
                    );
                    continue;
                }
                Kind::Text | Kind::Number | Kind::Date | Kind::Boolean => {}
            }
            let value = if is_list {
                list(&cell.text, span)
            } else if let Some(truth) = boolean_number(&field_def.ty, cell) {
                scalar(truth, span)
            } else {
                scalar(&cell.text, span)
            };
            entries.push((key.clone(), value));
        }
        Node {
            kind: NodeKind::Mapping(entries),
            span: self.view.rows[self.index][row],
        }
    }
}

/// A number 1 or 0 in a boolean column, as `true` or `false`: LibreOffice keeps TRUE and
/// FALSE as the numbers 1 and 0 shown as booleans (`=FALSE()` with the value 0 in an `.ods`
/// it saves from an `.xlsx`), and the reader sees only the number.
fn boolean_number(ty: &Type, cell: &super::read::Cell) -> Option<&'static str> {
    if *ty != Type::Boolean || cell.kind != Kind::Number {
        return None;
    }
    match cell.text.as_str() {
        "1" => Some("true"),
        "0" => Some("false"),
        _ => None,
    }
}

/// A value as the YAML reader gives a quoted one: never read as `null`.
fn scalar(text: &str, span: Span) -> Node {
    Node {
        kind: NodeKind::Scalar {
            text: text.to_string(),
            plain: false,
        },
        span,
    }
}

/// A list field's cell: items separated by `; `, each with its own span in the cell.
fn list(text: &str, span: Span) -> Node {
    let mut items = Vec::new();
    let mut offset = 0usize;
    for part in text.split(LIST_SEPARATOR) {
        let lead = part.len() - part.trim_start().len();
        let item = part.trim();
        if !item.is_empty() {
            let start = span.start as usize + offset + lead;
            items.push(scalar(item, Span::new(start, start + item.len())));
        }
        offset += part.len() + LIST_SEPARATOR.len_utf8();
    }
    Node {
        kind: NodeKind::Sequence(items),
        span,
    }
}
