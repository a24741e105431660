//! What a report shows about a plan besides its findings: the header's fields, how many
//! records each section holds, and the table of units that the HTML page colours by their
//! worst finding.

use crate::diagnostic::RecordRef;
use crate::eval::explain::{show_date, show_decimal};
use crate::plan::{Plan, Stored};
use crate::schema::{CollectionId, Schema, Shape, Type};

use super::path::record_ref;

/// The section tabled unit by unit, when the schema declares it.
pub const UNITS: &str = "units";
/// The section whose records the units belong to (the HTML page groups units by them).
pub const PROVINCES: &str = "provinces";

#[derive(Clone, Debug, Default)]
pub struct Overview {
    /// The header section's fields, as written (`id`, `title`, `date`, ...).
    pub header: Vec<(String, String)>,
    /// Each section and its number of records, in schema order.
    pub counts: Vec<(String, usize)>,
    /// The `units` section's records, if the schema has one.
    pub units: Option<Table>,
    /// The `provinces` section's records (key and name), in plan order.
    pub provinces: Vec<RecordRef>,
}

#[derive(Clone, Debug, Default)]
pub struct Table {
    pub columns: Vec<String>,
    pub rows: Vec<(RecordRef, Vec<String>)>,
}

pub fn overview(schema: &Schema, plan: &Plan) -> Overview {
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
                    .map(|(field, (value, _))| {
                        (field.name.clone(), show(schema, plan, &field.ty, value))
                    })
                    .collect();
            }
            continue;
        }
        // A plan without waivers has no such section to speak of.
        if definition.name == crate::waiver::COLLECTION && count == 0 {
            continue;
        }
        overview
            .counts
            .push((definition.name.clone(), count as usize));
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

/// A stored value as the plan wrote it; a reference as the key it names.
fn show(schema: &Schema, plan: &Plan, ty: &Type, value: &Stored) -> String {
    match value {
        Stored::Absent => String::new(),
        Stored::Boolean(b) => b.to_string(),
        Stored::Integer(i) => i.to_string(),
        Stored::Decimal(d) => show_decimal(**d),
        Stored::Text(text) => plan.text(*text).to_string(),
        Stored::Date(date) => show_date(*date),
        Stored::Enum(position) => match ty {
            Type::Enum(id) => schema
                .enumeration(*id)
                .values
                .get(*position as usize)
                .cloned()
                .unwrap_or_default(),
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
                .map(|item| show(schema, plan, element, &item.value))
                .collect::<Vec<_>>()
                .join(", ")
        }
    }
}
