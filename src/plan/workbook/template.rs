//! A workbook laid out for a schema, as `feed.rs` reads it: a sheet per collection, a
//! frozen header row whose cells carry each field's description as a note, drop-down lists
//! for enumerations and references, and number, date and text formats on the columns.
//! `staffcheck template` writes it empty; `convert` writes a plan's records into it.

use rust_xlsxwriter::{
    DataValidation, DataValidationRule, Format, Formula, IntoDataValidationValue, Note, Workbook,
    Worksheet, XlsxError,
};

use crate::ast::CompareOp;

use crate::lang::Lang;
use crate::schema::{CollectionDef, FieldDef, Schema, Shape, Type};

/// The number format of date cells: ISO, as the YAML writes dates.
pub const DATE_FORMAT: &str = "yyyy-mm-dd";

/// The last row (0-based) a format or a drop-down covers: the sheet's last.
const LAST_ROW: u32 = 1_048_575;

/// Excel's limit on a drop-down written as a list of values (commas included).
const MAX_LIST_CHARS: usize = 255;

/// An empty workbook for `schema`, its header rows in `lang`.
pub fn template(schema: &Schema, lang: Lang) -> Result<Vec<u8>, String> {
    let mut book = Workbook::new();
    let formats = Formats::new();
    for definition in &schema.collections {
        let sheet = book.add_worksheet();
        lay_out(
            sheet,
            schema,
            definition,
            &|field| header_label(field, lang),
            &formats,
        )
        .map_err(describe)?;
    }
    book.save_to_buffer().map_err(describe)
}

/// The text of a field's header cell: its display label in `lang` (its name when the schema
/// declares none). `feed.rs` reads a header as a name or as a label in either language, and
/// the cell's note names the field.
pub fn header_label(field: &FieldDef, lang: Lang) -> String {
    field.label(lang).to_string()
}

pub struct Formats {
    pub header: Format,
    pub date: Format,
    text: Format,
    integer: Format,
}

impl Formats {
    pub fn new() -> Formats {
        Formats {
            header: Format::new().set_bold(),
            date: Format::new().set_num_format(DATE_FORMAT),
            // Text, so that a code written `01` stays `01` and is not made the number 1.
            text: Format::new().set_num_format("@"),
            integer: Format::new().set_num_format("0"),
        }
    }
}

/// A sheet for one collection: its name, its header row (frozen, each cell with a note),
/// and each column's format, width and drop-down.
pub fn lay_out(
    sheet: &mut Worksheet,
    schema: &Schema,
    definition: &CollectionDef,
    label: &dyn Fn(&FieldDef) -> String,
    formats: &Formats,
) -> Result<(), XlsxError> {
    sheet.set_name(&definition.name)?;
    // The header sheet holds one record, in row 2; the others a record per row.
    let last_row = if definition.shape == Shape::Single {
        1
    } else {
        LAST_ROW
    };
    for (index, field) in definition.fields.iter().enumerate() {
        let column = index as u16;
        let text = label(field);
        sheet.write_string_with_format(0, column, &text, &formats.header)?;
        let description = crate::json_schema::field_description(schema, field);
        let note = Note::new(note_text(schema, field, &description))
            .add_author_prefix(false)
            .set_width(320)
            .set_height(120);
        sheet.insert_note(0, column, &note)?;
        if let Some(format) = column_format(&field.ty, formats) {
            sheet.set_column_format(column, format)?;
        }
        sheet.set_column_width(column, width(schema, field, &text) as f64)?;
        if let Some(validation) = drop_down(schema, field, &description)? {
            sheet.add_data_validation(1, column, last_row, column, &validation)?;
        }
    }
    sheet.set_freeze_panes(1, 0)?;
    Ok(())
}

/// The header cell's note: the field's name, what it holds, how to write it.
fn note_text(schema: &Schema, field: &FieldDef, description: &str) -> String {
    let mut text = format!("{}: {description}.", field.name);
    match &field.ty {
        Type::List(_) => text.push_str(" Write the items in one cell, separated by `; `."),
        Type::Record(ids) => {
            if let Some(key) = key_column(schema, ids) {
                text.push_str(&format!(
                    " Choose from the list: the `{}` values in column {} of the `{}` sheet.",
                    key.field, key.column, key.sheet
                ));
            }
        }
        Type::Date => text.push_str(" A date cell, or text written YYYY-MM-DD."),
        _ => {}
    }
    text
}

fn column_format<'a>(ty: &Type, formats: &'a Formats) -> Option<&'a Format> {
    match ty {
        Type::Date => Some(&formats.date),
        Type::Integer => Some(&formats.integer),
        Type::Text | Type::Record(_) | Type::List(_) => Some(&formats.text),
        _ => None,
    }
}

/// Wide enough for the header and, for an enumeration, its longest value.
fn width(schema: &Schema, field: &FieldDef, label: &str) -> usize {
    let widest_value = match &field.ty {
        Type::Enum(id) => schema
            .enumeration(*id)
            .values
            .iter()
            .map(|value| value.chars().count())
            .max()
            .unwrap_or(0),
        Type::Date => DATE_FORMAT.len(),
        _ => 0,
    };
    (label.chars().count().max(widest_value) + 4).clamp(12, 40)
}

/// The drop-down (or the check on typing) a column gets, if any.
fn drop_down(
    schema: &Schema,
    field: &FieldDef,
    description: &str,
) -> Result<Option<DataValidation>, XlsxError> {
    let validation = match &field.ty {
        Type::Enum(id) => {
            let values = &schema.enumeration(*id).values;
            let length: usize = values.iter().map(|v| v.encode_utf16().count() + 1).sum();
            // A longer list would need a sheet of its own, which a plan does not have: the
            // note lists the values instead.
            if length > MAX_LIST_CHARS + 1 {
                return Ok(None);
            }
            DataValidation::new().allow_list_strings(values)?
        }
        Type::Boolean => DataValidation::new().allow_list_strings(&["true", "false"])?,
        Type::Record(ids) => {
            let Some(KeyColumn { sheet, column, .. }) = key_column(schema, ids) else {
                return Ok(None);
            };
            // The keys written so far in the target sheet's key column, without the blank
            // rows below them.
            let range = format!(
                "OFFSET('{sheet}'!${column}$2,0,0,MAX(1,COUNTA('{sheet}'!${column}:${column})-1),1)"
            );
            DataValidation::new().allow_list_formula(Formula::new(range))
        }
        Type::Integer => DataValidation::new().allow_whole_number(number_rule(field, |b| {
            b.round().to_string().parse().unwrap_or(0)
        })),
        Type::Decimal => DataValidation::new()
            .allow_decimal_number(number_rule(field, |b| b.to_string().parse().unwrap_or(0.0))),
        _ => return Ok(None),
    };
    let message: String = description.chars().take(250).collect();
    Ok(Some(validation.set_error_message(message)?))
}

/// A number column's check: the field's bound, else any number.
fn number_rule<T: IntoDataValidationValue + num_bounds::Bounded>(
    field: &FieldDef,
    convert: impl Fn(rust_decimal::Decimal) -> T,
) -> DataValidationRule<T> {
    let Some((op, bound)) = field.bound else {
        return DataValidationRule::Between(T::LOWEST, T::HIGHEST);
    };
    let bound = convert(bound);
    match op {
        CompareOp::Ge => DataValidationRule::GreaterThanOrEqualTo(bound),
        CompareOp::Gt => DataValidationRule::GreaterThan(bound),
        CompareOp::Le => DataValidationRule::LessThanOrEqualTo(bound),
        CompareOp::Lt => DataValidationRule::LessThan(bound),
        CompareOp::Eq => DataValidationRule::EqualTo(bound),
        CompareOp::Ne => DataValidationRule::NotEqualTo(bound),
    }
}

mod num_bounds {
    /// The widest range a number column accepts when its field has no bound.
    pub trait Bounded {
        const LOWEST: Self;
        const HIGHEST: Self;
    }
    impl Bounded for i32 {
        const LOWEST: i32 = i32::MIN;
        const HIGHEST: i32 = i32::MAX;
    }
    impl Bounded for f64 {
        const LOWEST: f64 = -1e15;
        const HIGHEST: f64 = 1e15;
    }
}

struct KeyColumn<'a> {
    sheet: &'a str,
    field: &'a str,
    /// Its letter: `A`.
    column: String,
}

/// The sheet and key column a reference's drop-down lists: only for a reference to one
/// collection with a key.
fn key_column<'a>(
    schema: &'a Schema,
    ids: &[crate::schema::CollectionId],
) -> Option<KeyColumn<'a>> {
    let [id] = ids else { return None };
    let target = schema.collection(*id);
    let key = target.key_field()?;
    Some(KeyColumn {
        sheet: &target.name,
        field: &target.fields[key].name,
        column: crate::cell::column_name(key as u32 + 1),
    })
}

pub fn describe(error: XlsxError) -> String {
    error.to_string()
}
