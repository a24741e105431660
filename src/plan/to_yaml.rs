//! A loaded plan → YAML text in one canonical layout (the reverse of a workbook's
//! conversion). Sections in the schema's order, fields in each collection's order, fields
//! left out omitted; text always double-quoted, so no value is read as another type.

use crate::plan::{Plan, Stored};
use crate::schema::{CollectionId, Schema, Shape, Type};

pub fn to_yaml(plan: &Plan, schema: &Schema) -> String {
    let mut out = String::new();
    for (collection, definition) in schema.collections.iter().enumerate() {
        let id = collection as CollectionId;
        let records = plan.len(id);
        if records == 0 {
            continue;
        }
        out.push_str(&definition.name);
        out.push_str(":\n");
        for record in 0..records {
            let single = definition.shape == Shape::Single;
            let mut first = true;
            for (field, (value, _)) in plan.fields(id, record).enumerate() {
                if matches!(value, Stored::Absent) {
                    continue;
                }
                let field_def = &definition.fields[field];
                let indent = match (single, first) {
                    (true, _) => "  ",
                    (false, true) => "  - ",
                    (false, false) => "    ",
                };
                first = false;
                out.push_str(indent);
                out.push_str(&field_def.name);
                out.push_str(": ");
                out.push_str(&value_text(value, &field_def.ty, plan, schema));
                out.push('\n');
            }
            if first && !single {
                out.push_str("  - {}\n");
            }
        }
    }
    out
}

fn value_text(value: &Stored, ty: &Type, plan: &Plan, schema: &Schema) -> String {
    match value {
        Stored::Absent => "null".into(),
        Stored::Boolean(b) => b.to_string(),
        Stored::Integer(i) => i.to_string(),
        Stored::Decimal(d) => d.normalize().to_string(),
        Stored::Date(d) => d.format("%Y-%m-%d").to_string(),
        Stored::Text(text) => quoted(plan.text(*text)),
        Stored::Enum(position) => match ty {
            Type::Enum(id) => schema
                .enumeration(*id)
                .values
                .get(*position as usize)
                .map_or_else(|| "null".into(), |v| quoted(v)),
            _ => "null".into(),
        },
        Stored::Record(target, index) => {
            let definition = schema.collection(*target);
            match definition
                .key_field()
                .map(|key| plan.value(*target, *index, key))
            {
                Some(Stored::Text(text)) => quoted(plan.text(*text)),
                _ => "null".into(),
            }
        }
        Stored::List(items) => {
            let element = match ty {
                Type::List(element) => element,
                other => other,
            };
            let items: Vec<String> = items
                .iter()
                .map(|item| value_text(&item.value, element, plan, schema))
                .collect();
            format!("[{}]", items.join(", "))
        }
    }
}

/// A YAML double-quoted scalar: JSON's string escapes are YAML's.
fn quoted(text: &str) -> String {
    serde_json::to_string(text).unwrap_or_else(|_| "\"\"".into())
}
