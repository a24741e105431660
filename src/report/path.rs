//! Where a span of the plan is, as a path a person or a tool can follow:
//! `people[3].education`, `units[0].formed_from[1]`, `posts[12]`, `plan.date`.
//!
//! Records of a collection are in file order, so the record holding a span is found by a
//! binary search per collection; no scan of the plan.

use crate::diagnostic::RecordRef;
use crate::plan::{Plan, Stored};
use crate::schema::{CollectionId, Schema, Shape};
use crate::source::Span;

/// The record of `collection` at `index`, with its key and name.
pub fn record_ref(schema: &Schema, plan: &Plan, collection: CollectionId, index: u32) -> RecordRef {
    let definition = schema.collection(collection);
    let text_of = |field: Option<usize>| match plan.value(collection, index, field?) {
        Stored::Text(text) => Some(plan.text(*text).to_string()),
        _ => None,
    };
    RecordRef {
        path: record_path(schema, collection, index as usize),
        collection: definition.name.clone(),
        index,
        key: text_of(definition.key_field()),
        name: text_of(definition.field("name")),
        span: plan.record_head(collection, index),
    }
}

/// The records a record refers to through its reference fields, in field order.
pub fn references(
    schema: &Schema,
    plan: &Plan,
    collection: CollectionId,
    index: u32,
) -> Vec<RecordRef> {
    let mut out = Vec::new();
    let mut push = |stored: &Stored| {
        if let Stored::Record(target, target_index) = *stored {
            let reference = record_ref(schema, plan, target, target_index);
            if !out.contains(&reference) {
                out.push(reference);
            }
        }
    };
    for (value, _) in plan.fields(collection, index) {
        match value {
            Stored::List(items) => items.iter().for_each(|item| push(&item.value)),
            other => push(other),
        }
    }
    out
}

/// The path of the record and field a span falls in; `None` outside every record.
pub fn path_of(schema: &Schema, plan: &Plan, span: Span) -> Option<String> {
    for (collection, table) in plan.tables.iter().enumerate() {
        // The last record starting at or before the span.
        let after = table
            .spans
            .partition_point(|record| record.start <= span.start);
        let Some(index) = after.checked_sub(1) else {
            continue;
        };
        if span.end > table.spans[index].end {
            continue;
        }
        let definition = &schema.collections[collection];
        let mut path = record_path(schema, collection as CollectionId, index);
        // Fields left out carry the record's first line as their span: they are not
        // places of their own.
        let head = plan.record_head(collection as CollectionId, index as u32);
        let within =
            |outer: Span| outer != head && outer.start <= span.start && span.end <= outer.end;
        let field = (0..definition.fields.len()).find(|&f| within(table.value_spans[f][index]));
        if let Some(field) = field {
            path.push('.');
            path.push_str(&definition.fields[field].name);
            if let Stored::List(items) = &table.values[field][index] {
                if let Some(item) = items.iter().position(|item| within(item.span)) {
                    path.push_str(&format!("[{item}]"));
                }
            }
        }
        return Some(path);
    }
    None
}

fn record_path(schema: &Schema, collection: CollectionId, index: usize) -> String {
    let definition = schema.collection(collection);
    if definition.shape == Shape::Single {
        definition.name.clone()
    } else {
        format!("{}[{index}]", definition.name)
    }
}
