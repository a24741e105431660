//! A loaded plan → an `.xlsx` workbook laid out as `feed.rs` reads it (this module and
//! `template.rs` are the only ones that know rust_xlsxwriter): the template's sheets (field
//! names in a frozen row 1, notes, drop-downs, formats), a record per row. Values keep their
//! type: numbers as numbers, dates as date cells, references as the key they name, lists as
//! items joined by `; `.

use rust_xlsxwriter::{ExcelDateTime, Workbook, Worksheet, XlsxError};

use super::template::{describe, lay_out, Formats};

use crate::plan::{Plan, Stored};
use crate::schema::{Schema, Type};

/// The workbook's bytes.
pub fn write(plan: &Plan, schema: &Schema) -> Result<Vec<u8>, String> {
    let mut book = Workbook::new();
    let formats = Formats::new();
    for (collection, definition) in schema.collections.iter().enumerate() {
        let sheet = book.add_worksheet();
        // Field names, not labels: a converted plan is read back by a program as often as
        // by a person. The notes and drop-downs are the template's.
        lay_out(
            sheet,
            schema,
            definition,
            &|field| field.name.clone(),
            &formats,
        )
        .map_err(describe)?;
        let id = collection as crate::schema::CollectionId;
        for record in 0..plan.len(id) {
            let row = record + 1;
            for (column, (value, _)) in plan.fields(id, record).enumerate() {
                let ty = &definition.fields[column].ty;
                cell(sheet, row, column as u16, value, ty, plan, schema, &formats)
                    .map_err(describe)?;
            }
        }
    }
    book.save_to_buffer().map_err(describe)
}

#[allow(clippy::too_many_arguments)]
fn cell(
    sheet: &mut Worksheet,
    row: u32,
    column: u16,
    value: &Stored,
    ty: &Type,
    plan: &Plan,
    schema: &Schema,
    formats: &Formats,
) -> Result<(), XlsxError> {
    match value {
        Stored::Absent => {}
        Stored::Boolean(b) => {
            sheet.write_boolean(row, column, *b)?;
        }
        Stored::Integer(i) => {
            sheet.write_number(row, column, *i as f64)?;
        }
        Stored::Decimal(d) => {
            // A number cell only when it reads back as the same decimal.
            let float: f64 = d.to_string().parse().unwrap_or(f64::NAN);
            if format!("{float}") == d.normalize().to_string() {
                sheet.write_number(row, column, float)?;
            } else {
                sheet.write_string(row, column, d.to_string())?;
            }
        }
        Stored::Date(date) => {
            use chrono::Datelike;
            let excel =
                ExcelDateTime::from_ymd(date.year() as u16, date.month() as u8, date.day() as u8)?;
            sheet.write_date_with_format(row, column, &excel, &formats.date)?;
        }
        Stored::Text(_) | Stored::Enum(_) | Stored::Record(..) => {
            sheet.write_string(row, column, text_of(value, ty, plan, schema))?;
        }
        Stored::List(items) => {
            let element = match ty {
                Type::List(element) => element,
                other => other,
            };
            let texts: Vec<String> = items
                .iter()
                .map(|item| text_of(&item.value, element, plan, schema))
                .collect();
            sheet.write_string(row, column, texts.join("; "))?;
        }
    }
    Ok(())
}

/// A value as text: an enumeration's value, a reference's key.
fn text_of(value: &Stored, ty: &Type, plan: &Plan, schema: &Schema) -> String {
    match (value, ty) {
        (Stored::Text(text), _) => plan.text(*text).to_string(),
        (Stored::Enum(position), Type::Enum(id)) => schema
            .enumeration(*id)
            .values
            .get(*position as usize)
            .cloned()
            .unwrap_or_default(),
        (Stored::Record(target, index), _) => {
            let definition = schema.collection(*target);
            match definition
                .key_field()
                .map(|key| plan.value(*target, *index, key))
            {
                Some(Stored::Text(text)) => plan.text(*text).to_string(),
                _ => String::new(),
            }
        }
        (Stored::Integer(i), _) => i.to_string(),
        (Stored::Decimal(d), _) => d.to_string(),
        (Stored::Boolean(b), _) => b.to_string(),
        (Stored::Date(d), _) => d.format("%Y-%m-%d").to_string(),
        _ => String::new(),
    }
}
