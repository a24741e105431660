//! The values rules expect of an open text field: the text constants a rule compares the
//! field with (`u.kind in { "ward", "commune", "special_zone" }`, `p.ethnicity == "Kinh"`).
//! The field stays open (so that a rule can report `district`), and the plan schema offers
//! these values as an editor's completions.

use std::collections::{BTreeMap, BTreeSet};

use crate::ir::{Constant, Expr, ExprKind, Program};
use crate::resolve::children;
use crate::schema::{CollectionId, Type};

/// For each text field a rule compares with text constants, those constants, sorted.
pub fn expected_texts(program: &Program) -> BTreeMap<(CollectionId, usize), BTreeSet<String>> {
    let mut found = BTreeMap::new();
    program.for_each_expr(&mut |expr| walk(expr, &mut found));
    found
}

fn walk(expr: &Expr, found: &mut BTreeMap<(CollectionId, usize), BTreeSet<String>>) {
    let compared = match &expr.kind {
        ExprKind::In { item, set, .. } => Some((item, texts(set))),
        ExprKind::Compare(_, a, b) => match (texts(b).is_empty(), texts(a).is_empty()) {
            (false, _) => Some((a, texts(b))),
            (true, false) => Some((b, texts(a))),
            _ => None,
        },
        _ => None,
    };
    if let Some((field, values)) = compared {
        if !values.is_empty() {
            for place in text_field(field) {
                found
                    .entry(place)
                    .or_default()
                    .extend(values.iter().cloned());
            }
        }
    }
    children(expr, &mut |child| walk(child, found));
}

/// The text constants an expression is: one, or a set of them.
fn texts(expr: &Expr) -> Vec<String> {
    let text = |constant: &Constant| match constant {
        Constant::Text(text) => Some(text.clone()),
        _ => None,
    };
    match &expr.kind {
        ExprKind::Constant(Constant::Set(items)) => items.iter().filter_map(text).collect(),
        ExprKind::Constant(constant) => text(constant).into_iter().collect(),
        ExprKind::Set(items) => items
            .iter()
            .filter_map(|item| match &item.kind {
                ExprKind::Constant(constant) => text(constant),
                _ => None,
            })
            .collect(),
        _ => Vec::new(),
    }
}

/// The fields a text field read stands for: one per collection its record may be of.
fn text_field(expr: &Expr) -> Vec<(CollectionId, usize)> {
    let ExprKind::Field {
        base,
        by_collection,
        ..
    } = &expr.kind
    else {
        return Vec::new();
    };
    if expr.ty != Type::Text {
        return Vec::new();
    }
    let collections: Vec<CollectionId> = match (&base.kind, &base.ty) {
        (ExprKind::Header(collection), _) => vec![*collection],
        (_, Type::Record(ids)) => ids.clone(),
        _ => Vec::new(),
    };
    collections
        .into_iter()
        .filter_map(|collection| {
            let field = by_collection.get(collection as usize).copied().flatten()?;
            Some((collection, field as usize))
        })
        .collect()
}
