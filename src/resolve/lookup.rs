//! Which variables an expression reads, and how an aggregate can avoid a nested scan.

use crate::ast::CompareOp;
use crate::ir::{Expr, ExprKind, Lookup, TemplatePart};

/// Calls `visit` on every direct sub-expression.
pub fn children(expr: &Expr, visit: &mut dyn FnMut(&Expr)) {
    match &expr.kind {
        ExprKind::Constant(_) | ExprKind::Local(_) | ExprKind::Header(_) | ExprKind::Param(_) => {}
        ExprKind::Field { base, .. } => visit(base),
        ExprKind::Not(e) | ExprKind::Neg(e) => visit(e),
        ExprKind::IsDefined { value, .. } | ExprKind::IsType { value, .. } => visit(value),
        ExprKind::And(a, b)
        | ExprKind::Or(a, b)
        | ExprKind::Arith(_, a, b)
        | ExprKind::Default(a, b)
        | ExprKind::Compare(_, a, b) => {
            visit(a);
            visit(b);
        }
        ExprKind::In { item, set, .. } => {
            visit(item);
            visit(set);
        }
        ExprKind::If {
            cond,
            then,
            otherwise,
        } => {
            visit(cond);
            visit(then);
            visit(otherwise);
        }
        ExprKind::Builtin(_, args)
        | ExprKind::Table(_, args)
        | ExprKind::Set(args)
        | ExprKind::List(args) => args.iter().for_each(visit),
        ExprKind::Aggregate(aggregate) => {
            aggregate.value.iter().for_each(&mut *visit);
            aggregate.conjuncts.iter().for_each(visit);
        }
    }
}

/// The frame slots an expression reads (sorted, distinct).
pub fn locals(expr: &Expr) -> Vec<usize> {
    fn walk(expr: &Expr, out: &mut Vec<usize>) {
        if let ExprKind::Local(slot) = expr.kind {
            out.push(slot);
        }
        children(expr, &mut |child| walk(child, out));
    }
    let mut out = Vec::new();
    walk(expr, &mut out);
    out.sort_unstable();
    out.dedup();
    out
}

/// The parameters an expression reads.
pub fn params(expr: &Expr, out: &mut Vec<usize>) {
    if let ExprKind::Param(param) = expr.kind {
        out.push(param);
    }
    children(expr, &mut |child| params(child, out));
}

#[allow(dead_code)]
pub fn template_locals(parts: &[TemplatePart]) -> Vec<usize> {
    let mut out: Vec<usize> = parts
        .iter()
        .filter_map(|part| match part {
            TemplatePart::Hole(e, _) => Some(locals(e)),
            TemplatePart::Text(_) => None,
        })
        .flatten()
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// Chooses how an aggregate binding `slot` finds its records. Variables bound before it
/// have smaller slots, so "reads an outer variable" is "reads a slot below `slot`".
pub fn plan(slot: usize, value: Option<&Expr>, conjuncts: &[Expr]) -> Lookup {
    let outer = |expr: &Expr| {
        locals(expr)
            .into_iter()
            .filter(|&s| s < slot)
            .collect::<Vec<_>>()
    };
    let reads_outer = value.is_some_and(|v| !outer(v).is_empty())
        || conjuncts.iter().any(|c| !outer(c).is_empty());
    if !reads_outer {
        return Lookup::Once;
    }
    for (index, conjunct) in conjuncts.iter().enumerate() {
        let ExprKind::Compare(CompareOp::Eq, left, right) = &conjunct.kind else {
            continue;
        };
        for (inner, other) in [(left, right), (right, left)] {
            let inner_reads_outer = !outer(inner).is_empty();
            let other_reads_own = locals(other).iter().any(|&s| s >= slot);
            if !inner_reads_outer && !other_reads_own && !outer(other).is_empty() {
                return Lookup::Grouped {
                    conjunct: index,
                    inner: (**inner).clone(),
                    outer: (**other).clone(),
                };
            }
        }
    }
    Lookup::Scan
}
