//! Expressions, with parentheses put back by precedence (the AST does not record them) and
//! literals printed as written (`15%`, `5 years 3 months`, strings with their escapes).

use crate::ast::{BinaryOp, Expr, ExprKind, Template, TemplatePart, UnaryOp};
use crate::source::Span;

/// How tightly an expression binds, loosest first, as in the grammar; `if` binds loosest of
/// all, since its `else` branch runs to the end of the expression.
fn level(expr: &Expr) -> u8 {
    match &expr.kind {
        ExprKind::If { .. } => 0,
        ExprKind::Binary(BinaryOp::Or, ..) => 1,
        ExprKind::Binary(BinaryOp::And, ..) => 2,
        ExprKind::Unary(UnaryOp::Not, _) => 3,
        ExprKind::Compare(..)
        | ExprKind::In { .. }
        | ExprKind::IsDefined { .. }
        | ExprKind::IsType { .. } => 4,
        ExprKind::Binary(BinaryOp::Default, ..) => 5,
        ExprKind::Binary(BinaryOp::Add | BinaryOp::Sub, ..) => 6,
        ExprKind::Binary(BinaryOp::Mul | BinaryOp::Div, ..) => 7,
        ExprKind::Unary(UnaryOp::Neg, _) => 8,
        ExprKind::Field(..) => 9,
        _ => 10,
    }
}

/// An expression standing alone (a clause, an argument, an element).
pub(super) fn expr(src: &str, expr: &Expr) -> String {
    at(src, expr, 0)
}

/// The binding asked of the operands of a comparison, `in` and `is`: tighter than the
/// grammar needs, so that `(a ?? b) == c` keeps the parentheses a reader expects.
const TEST_OPERAND: u8 = 6;

/// `expr` where the context needs at least `min` binding.
fn at(src: &str, expr: &Expr, min: u8) -> String {
    let text = bare(src, expr);
    if level(expr) < min {
        format!("({text})")
    } else {
        text
    }
}

fn bare(src: &str, e: &Expr) -> String {
    match &e.kind {
        ExprKind::Literal(_) => literal(src, e.span),
        ExprKind::Name(name) => name.text.clone(),
        ExprKind::Field(base, field) => format!("{}.{}", at(src, base, 9), field.text),
        // `not (a in s)` rather than `not a in s`, which reads like `a not in s`.
        ExprKind::Unary(UnaryOp::Not, operand) => {
            let min = if level(operand) == 4 { 5 } else { 3 };
            format!("not {}", at(src, operand, min))
        }
        ExprKind::Unary(UnaryOp::Neg, operand) => format!("-{}", at(src, operand, 8)),
        ExprKind::Binary(op, left, right) => {
            let own = level(e);
            format!(
                "{} {} {}",
                at(src, left, own),
                op.symbol(),
                at(src, right, own + 1)
            )
        }
        ExprKind::Compare(op, left, right) => {
            format!(
                "{} {} {}",
                at(src, left, TEST_OPERAND),
                op.symbol(),
                at(src, right, TEST_OPERAND)
            )
        }
        ExprKind::In { negated, item, set } => format!(
            "{} {}in {}",
            at(src, item, TEST_OPERAND),
            if *negated { "not " } else { "" },
            at(src, set, TEST_OPERAND)
        ),
        ExprKind::IsDefined { negated, value } => format!(
            "{} is {}defined",
            at(src, value, TEST_OPERAND),
            if *negated { "not " } else { "" }
        ),
        ExprKind::IsType { negated, value, ty } => format!(
            "{} is {}{}",
            at(src, value, TEST_OPERAND),
            if *negated { "not " } else { "" },
            ty.text
        ),
        ExprKind::If {
            cond,
            then,
            otherwise,
        } => format!(
            "if {} then {} else {}",
            expr(src, cond),
            expr(src, then),
            expr(src, otherwise)
        ),
        ExprKind::Call { function, args } => format!("{}({})", function.text, list(src, args)),
        ExprKind::Aggregate(aggregate) => {
            let mut text = format!("{}(", aggregate.function.name());
            if let Some(value) = &aggregate.value {
                text.push_str(&expr(src, value));
                text.push_str(" for ");
            }
            text.push_str(&format!(
                "{} in {}",
                aggregate.var.text, aggregate.collection.text
            ));
            if let Some(filter) = &aggregate.filter {
                text.push_str(" where ");
                text.push_str(&expr(src, filter));
            }
            text.push(')');
            text
        }
        ExprKind::Set(items) if items.is_empty() => "{}".to_string(),
        ExprKind::Set(items) => format!("{{ {} }}", list(src, items)),
        ExprKind::List(items) => format!("[{}]", list(src, items)),
    }
}

fn list(src: &str, items: &[Expr]) -> String {
    items
        .iter()
        .map(|item| expr(src, item))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A literal's token as written, without the parentheses, whitespace or comments its span
/// may include; the spaces inside a duration are made single.
pub(super) fn literal(src: &str, span: Span) -> String {
    let text = src
        .get(span.start as usize..span.end as usize)
        .unwrap_or("");
    let mut rest = text;
    loop {
        let trimmed = rest.trim_start();
        if let Some(after) = trimmed.strip_prefix('(') {
            rest = after;
        } else if trimmed.starts_with("//") {
            rest = trimmed.split_once('\n').map_or("", |(_, after)| after);
        } else {
            rest = trimmed;
            break;
        }
    }
    if rest.starts_with('"') {
        return string_token(rest).to_string();
    }
    let end = rest
        .find(|c: char| !(c.is_alphanumeric() || ".%- ".contains(c)))
        .unwrap_or(rest.len());
    rest[..end].split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The quoted string at the start of `text`, quotes and escapes included.
pub(super) fn string_token(text: &str) -> &str {
    let mut escaped = false;
    for (i, c) in text.char_indices().skip(1) {
        match c {
            _ if escaped => escaped = false,
            '\\' => escaped = true,
            '"' => return &text[..=i],
            _ => {}
        }
    }
    text
}

/// A message as written; one whose holes span lines is rebuilt from its parts.
pub(super) fn template(src: &str, template: &Template) -> String {
    let written = src
        .get(template.span.start as usize..template.span.end as usize)
        .unwrap_or("");
    if written.starts_with('"') && !written.contains('\n') {
        return string_token(written).to_string();
    }
    let mut text = String::from("\"");
    for part in &template.parts {
        match part {
            TemplatePart::Text(part) => {
                for c in part.chars() {
                    match c {
                        '"' => text.push_str("\\\""),
                        '\\' => text.push_str("\\\\"),
                        '\n' => text.push_str("\\n"),
                        '\t' => text.push_str("\\t"),
                        '{' => text.push_str("\\{"),
                        c => text.push(c),
                    }
                }
            }
            TemplatePart::Hole(hole, percent) => {
                text.push('{');
                text.push_str(&expr(src, hole));
                match percent.as_ref().map(|p| p.digits) {
                    Some(Some(digits)) => text.push_str(&format!(" as percent({digits})")),
                    Some(None) => text.push_str(" as percent"),
                    None => {}
                }
                text.push('}');
            }
        }
    }
    text.push('"');
    text
}
