//! What a report shows about a plan besides its findings: the header's fields, how many
//! records each section holds, and the table of units that the HTML page colours by their
//! worst finding.

use crate::diagnostic::RecordRef;
use crate::eval::display::{display_date, display_decimal};
use crate::lang::Lang;
use crate::plan::{Plan, Stored};
use crate::schema::{CollectionId, Schema, Shape, Type};

use super::path::record_ref;

/// The section tabled unit by unit, when the schema declares it.
pub const UNITS: &str = "units";
/// The section whose records the units belong to (the HTML page groups units by them).
pub const PROVINCES: &str = "provinces";

#[derive(Clone, Debug, Default)]
pub struct Overview {
    /// The header section's fields that are set, in schema order.
    pub header: Vec<HeaderField>,
    /// Each section's label (what one of its records is called) and its number of
    /// records, in schema order.
    pub counts: Vec<(String, usize)>,
    /// The `units` section's records, if the schema has one.
    pub units: Option<Table>,
    /// The `provinces` section's records (key and name), in plan order.
    pub provinces: Vec<RecordRef>,
}

/// A field of the plan's header, as a person reads it in the report's language.
#[derive(Clone, Debug)]
pub struct HeaderField {
    /// The field's name in the schema (`title`, `date`).
    pub name: String,
    /// Its display label (`ngày có hiệu lực`), its name when it has none.
    pub label: String,
    /// Its value: a date as the language writes one, an enumeration value by its label, a
    /// reference by the key it names.
    pub value: String,
}

#[derive(Clone, Debug, Default)]
pub struct Table {
    pub columns: Vec<String>,
    pub rows: Vec<(RecordRef, Vec<String>)>,
}

pub fn overview(schema: &Schema, plan: &Plan, lang: Lang) -> Overview {
    let mut overview = Overview::default();
    for (id, definition) in schema.collections.iter().enumerate() {
        let id = id as CollectionId;
        let count = plan.len(id);
        if definition.shape == Shape::Single {
            if count > 0 {
                overview.header = definition
                    .fields
                    .iter()
                    .zip(plan.fields(id, 0))
                    .filter(|(_, (value, _))| **value != Stored::Absent)
                    .map(|(field, (value, _))| HeaderField {
                        name: field.name.clone(),
                        label: field.label(lang).to_string(),
                        value: show(schema, plan, &field.ty, value, lang),
                    })
                    .collect();
            }
            continue;
        }
        // A plan without waivers has no such section to speak of.
        if definition.name == crate::waiver::COLLECTION && count == 0 {
            continue;
        }
        let label = definition
            .label
            .as_ref()
            .map_or(&definition.name, |label| label.get(lang));
        overview.counts.push((label.clone(), count as usize));
        if definition.name == PROVINCES {
            overview.provinces = (0..count)
                .map(|index| record_ref(schema, plan, id, index))
                .collect();
        }
        if definition.name != UNITS {
            continue;
        }
        // Lists (`formed_from`) would make rows too wide to read: scalar columns only.
        let columns: Vec<usize> = (0..definition.fields.len())
            .filter(|&f| !matches!(definition.fields[f].ty, Type::List(_) | Type::Set(_)))
            .collect();
        let rows = (0..count)
            .map(|index| {
                let cells = columns
                    .iter()
                    .map(|&f| {
                        show(
                            schema,
                            plan,
                            &definition.fields[f].ty,
                            plan.value(id, index, f),
                            lang,
                        )
                    })
                    .collect();
                (record_ref(schema, plan, id, index), cells)
            })
            .collect();
        overview.units = Some(Table {
            columns: columns
                .iter()
                .map(|&f| definition.fields[f].name.clone())
                .collect(),
            rows,
        });
    }
    overview
}

/// A stored value as a person reads it in `lang`; a reference as the key it names.
fn show(schema: &Schema, plan: &Plan, ty: &Type, value: &Stored, lang: Lang) -> String {
    match value {
        Stored::Absent => String::new(),
        Stored::Boolean(b) => crate::eval::display::display_boolean(*b, lang).to_string(),
        Stored::Integer(i) => i.to_string(),
        Stored::Decimal(d) => display_decimal(**d, lang),
        Stored::Text(text) => plan.text(*text).to_string(),
        Stored::Date(date) => display_date(*date, lang),
        Stored::Enum(position) => match ty {
            Type::Enum(id) => schema
                .enumeration(*id)
                .label(*position as usize, lang)
                .to_string(),
            _ => String::new(),
        },
        Stored::Record(collection, index) => {
            let reference = record_ref(schema, plan, *collection, *index);
            reference.key.unwrap_or(reference.path)
        }
        Stored::List(items) => {
            let element = match ty {
                Type::List(element) | Type::Set(element) => element,
                other => other,
            };
            items
                .iter()
                .map(|item| show(schema, plan, element, &item.value, lang))
                .collect::<Vec<_>>()
                .join(", ")
        }
    }
}
