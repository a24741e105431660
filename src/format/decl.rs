//! Declarations and their lines.

use super::expr::{expr, literal, string_token, template};
use super::layout::Out;
use super::MAX_WIDTH;
use crate::ast::*;
use crate::source::Span;

const INDENT: usize = 2;

fn start(span: Span) -> usize {
    span.start as usize
}

fn end(span: Span) -> usize {
    span.end as usize
}

/// The first `{` at or after `from` outside comments and strings (the one opening a block).
fn brace_after(src: &str, from: usize) -> usize {
    let bytes = src.as_bytes();
    let mut i = from;
    while i < bytes.len() {
        match bytes[i] {
            b'{' => return i,
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
            }
            b'"' => {
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' && bytes[i] != b'\n' {
                    if bytes[i] == b'\\' {
                        i += 1;
                    }
                    i += 1;
                }
            }
            _ => {}
        }
        i += 1;
    }
    from
}

/// Where the keyword before a clause's body starts (`where` before its condition).
fn keyword_before(src: &str, body: usize, keyword: &str) -> usize {
    src.get(..body)
        .and_then(|before| before.rfind(keyword))
        .unwrap_or(body)
}

fn written(src: &str, span: Span) -> &str {
    src.get(start(span)..end(span)).unwrap_or("")
}

/// A quoted string as written.
fn string(src: &str, span: Span) -> String {
    let text = written(src, span);
    match text.find('"') {
        Some(at) => string_token(&text[at..]).to_string(),
        None => text.to_string(),
    }
}

/// `"English" vi "Tiếng Việt"` on one line: a label, a parameter's citation.
fn texts(src: &str, texts: &Texts) -> String {
    let mut line = string(src, texts.en.span);
    if let Some(vi) = &texts.vi {
        line.push_str(&format!(" vi {}", string(src, vi.span)));
    }
    line
}

/// Where a label or text ends: after its Vietnamese if written.
fn texts_end(texts: &Texts) -> usize {
    end(texts.vi.as_ref().map_or(texts.en.span, |vi| vi.span))
}

/// An enumeration value with its label.
fn enum_value(src: &str, value: &EnumValue) -> String {
    match &value.label {
        Some(label) => format!("{} {}", value.name.text, texts(src, label)),
        None => value.name.text.clone(),
    }
}

fn width(text: &str) -> usize {
    text.chars().count()
}

/// Prints one top-level declaration; true when it took more than one line.
pub(super) fn item(
    out: &mut Out,
    src: &str,
    item: &Item,
    not_first: bool,
    after_block: bool,
) -> bool {
    let multiline = is_multiline(out, src, item);
    if not_first && (after_block || multiline) {
        out.force_blank();
    }
    match item {
        Item::Include(include) => out.line(
            0,
            format!("include {}", string(src, include.span)),
            start(include.span),
            end(include.span),
        ),
        Item::Enum(decl) => enumeration(out, src, decl, multiline),
        Item::Collection(decl) => collection(out, src, decl),
        Item::Const(_) | Item::ConstExtension(_) => {
            if let Some((head, value, span)) = const_head(item) {
                constant(out, src, &head, value, span, multiline);
            }
        }
        Item::Param(decl) => param(out, src, decl, multiline),
        Item::Table(decl) => table(out, src, decl),
        Item::Rule(decl) => rule(out, src, decl),
        Item::Disable(decl) => disable(out, src, decl),
    }
    multiline
}

fn is_multiline(out: &Out, src: &str, item: &Item) -> bool {
    let within = |span: Span| out.has_comment_within(start(span), end(span));
    // Inside the braces: a comment before them moves before the declaration.
    let inside =
        |from: Span, span: Span| out.has_comment_within(brace_after(src, end(from)), end(span));
    match item {
        Item::Include(_) => false,
        Item::Enum(decl) => {
            inside(decl.name.span, decl.span) || width(&enum_line(src, decl)) > MAX_WIDTH
        }
        Item::Const(_) | Item::ConstExtension(_) => {
            const_head(item).is_some_and(|(head, value, _)| {
                matches!(value.kind, ExprKind::Set(_) | ExprKind::List(_))
                    && (within(value.span) || width(&const_line(src, &head, value)) > MAX_WIDTH)
            })
        }
        Item::Param(decl) => {
            decl.values.len() != 1
                || inside(decl.ty.span, decl.span)
                || width(&param_line(src, decl)) > MAX_WIDTH
        }
        Item::Collection(_) | Item::Table(_) | Item::Rule(_) => true,
        Item::Disable(decl) => decl.reason.vi.is_some(),
    }
}

/// `disable VICE-CAP "why"`, the Vietnamese reason on a line of its own as a rule's title's.
fn disable(out: &mut Out, src: &str, decl: &Disable) {
    let head = format!(
        "disable {} {}",
        decl.id.text,
        string(src, decl.reason.en.span)
    );
    match &decl.reason.vi {
        None => out.line(0, head, start(decl.span), end(decl.span)),
        Some(vi) => {
            out.line(0, head, start(decl.span), end(decl.reason.en.span));
            let from = keyword_before(src, start(vi.span), "vi");
            out.line(
                2 * INDENT,
                format!("vi {}", string(src, vi.span)),
                from,
                end(decl.span),
            );
        }
    }
}

fn enum_head(decl: &EnumDecl) -> String {
    let extend = if decl.extend { "extend " } else { "" };
    format!("{extend}enum {}", decl.name.text)
}

fn enum_line(src: &str, decl: &EnumDecl) -> String {
    let separator = if decl.ordered { " < " } else { ", " };
    let values: Vec<_> = decl.values.iter().map(|v| enum_value(src, v)).collect();
    if values.is_empty() {
        format!("{} {{}}", enum_head(decl))
    } else {
        format!("{} {{ {} }}", enum_head(decl), values.join(separator))
    }
}

fn enumeration(out: &mut Out, src: &str, decl: &EnumDecl, multiline: bool) {
    if !multiline {
        out.line(0, enum_line(src, decl), start(decl.span), end(decl.span));
        return;
    }
    let brace = brace_after(src, end(decl.name.span));
    out.open(
        0,
        format!("{} {{", enum_head(decl)),
        start(decl.span),
        brace + 1,
    );
    for (i, value) in decl.values.iter().enumerate() {
        let last = i + 1 == decl.values.len();
        let written = enum_value(src, value);
        let text = match (decl.ordered, last) {
            (true, true) => written,
            (true, false) => format!("{written} <"),
            (false, _) => format!("{written},"),
        };
        let to = value.label.as_ref().map_or(end(value.name.span), texts_end);
        out.line(INDENT, text, start(value.name.span), to);
    }
    out.close(INDENT, 0, "}", end(decl.span).saturating_sub(1));
}

fn type_expr(ty: &TypeExpr) -> String {
    let names: Vec<_> = ty.alternatives.iter().map(|n| n.text.as_str()).collect();
    let container = match ty.container {
        Some(Container::List) => "list of ",
        Some(Container::Set) => "set of ",
        None => "",
    };
    format!("{container}{}", names.join(" | "))
}

fn collection(out: &mut Out, src: &str, decl: &CollectionDecl) {
    let mut head = format!(
        "{}collection {}",
        if decl.extend { "extend " } else { "" },
        decl.name.text
    );
    if let Some(record) = &decl.record {
        head.push_str(&format!(": {}", record.text));
        match &decl.shape {
            CollectionShape::List => {}
            CollectionShape::Keyed(key) => head.push_str(&format!(" key {}", key.text)),
            CollectionShape::Single => head.push_str(" single"),
        }
    }
    if let Some(label) = &decl.label {
        head.push_str(&format!(" {}", texts(src, label)));
    }
    let brace = brace_after(src, end(decl.name.span));
    let close = end(decl.span).saturating_sub(1);
    if decl.fields.is_empty() && !out.has_comment_within(brace, close) {
        out.line(0, format!("{head} {{}}"), start(decl.span), end(decl.span));
        return;
    }
    out.open(0, format!("{head} {{"), start(decl.span), brace + 1);
    for field in &decl.fields {
        out.line(
            INDENT,
            field_line(src, field),
            start(field.span),
            end(field.span),
        );
    }
    out.close(INDENT, 0, "}", close);
}

fn field_line(src: &str, field: &FieldDecl) -> String {
    let mut text = format!("{}: {}", field.name.text, type_expr(&field.ty));
    if let Some(bound) = &field.bound {
        let value = written(src, bound.span).trim_start_matches(['<', '>', '=', '!']);
        let value_start = end(bound.span) - value.len();
        let value = literal(src, Span::new(value_start, end(bound.span)));
        text.push_str(&format!(" {} {value}", bound.op.symbol()));
    }
    match &field.presence {
        Presence::Required => {}
        Presence::Optional => text.push_str(" optional"),
        Presence::Default(value) => text.push_str(&format!(" = {}", expr(src, value))),
    }
    if let Some(label) = &field.label {
        text.push_str(&format!(" {}", texts(src, label)));
    }
    text
}

/// `const NAME = ` or `extend const NAME `: what a constant's value follows.
fn const_head(item: &Item) -> Option<(String, &Expr, Span)> {
    match item {
        Item::Const(decl) => Some((
            format!("const {} = ", decl.name.text),
            &decl.value,
            decl.span,
        )),
        Item::ConstExtension(decl) => Some((
            format!("extend const {} ", decl.name.text),
            &decl.members,
            decl.span,
        )),
        _ => None,
    }
}

fn const_line(src: &str, head: &str, value: &Expr) -> String {
    format!("{head}{}", expr(src, value))
}

fn constant(out: &mut Out, src: &str, head: &str, value: &Expr, span: Span, multiline: bool) {
    let items = match &value.kind {
        ExprKind::Set(items) | ExprKind::List(items) if multiline => items,
        _ => {
            out.line(0, const_line(src, head, value), start(span), end(span));
            return;
        }
    };
    let (open, close) = match value.kind {
        ExprKind::Set(_) => ("{", "}"),
        _ => ("[", "]"),
    };
    out.open(
        0,
        format!("{head}{open}"),
        start(span),
        start(value.span) + 1,
    );
    for item in items {
        out.line(
            INDENT,
            format!("{},", expr(src, item)),
            start(item.span),
            end(item.span),
        );
    }
    out.close(INDENT, 0, close, end(value.span).saturating_sub(1));
}

fn window(window: &Window) -> String {
    let mut text = String::new();
    if let Some(from) = &window.from {
        text.push_str(&format!(" from {}", from.date.format("%Y-%m-%d")));
    }
    if let Some(until) = &window.until {
        text.push_str(&format!(" until {}", until.date.format("%Y-%m-%d")));
    }
    text
}

fn param_value(src: &str, value: &ParamValue) -> String {
    let mut text = expr(src, &value.value);
    text.push_str(&window(&value.window));
    if let Some(source) = &value.source {
        text.push_str(&format!(" source {}", texts(src, source)));
    }
    text
}

fn param_head(decl: &ParamDecl) -> String {
    format!("param {}: {}", decl.name.text, type_expr(&decl.ty))
}

fn param_line(src: &str, decl: &ParamDecl) -> String {
    let values: Vec<_> = decl.values.iter().map(|v| param_value(src, v)).collect();
    format!("{} {{ {} }}", param_head(decl), values.join(" "))
}

fn param(out: &mut Out, src: &str, decl: &ParamDecl, multiline: bool) {
    if !multiline {
        out.line(0, param_line(src, decl), start(decl.span), end(decl.span));
        return;
    }
    let brace = brace_after(src, end(decl.ty.span));
    out.open(
        0,
        format!("{} {{", param_head(decl)),
        start(decl.span),
        brace + 1,
    );
    for value in &decl.values {
        out.line(
            INDENT,
            param_value(src, value),
            start(value.span),
            end(value.span),
        );
    }
    out.close(INDENT, 0, "}", end(decl.span).saturating_sub(1));
}

fn table(out: &mut Out, src: &str, decl: &TableDecl) {
    let params: Vec<_> = decl
        .params
        .iter()
        .map(|(name, ty)| format!("{}: {}", name.text, type_expr(ty)))
        .collect();
    let head = format!(
        "table {}({}): {}",
        decl.name.text,
        params.join(", "),
        type_expr(&decl.result)
    );
    let after_head = decl
        .source
        .as_ref()
        .map_or(end(decl.result.span), texts_end);
    let brace = brace_after(src, after_head);
    match &decl.source {
        Some(source) => {
            out.line(0, head, start(decl.span), end(decl.result.span));
            out.line(
                INDENT,
                format!("source {}", texts(src, source)),
                keyword_before(src, start(source.span), "source"),
                texts_end(source),
            );
            out.open(0, "{".to_string(), brace, brace + 1);
        }
        None => out.open(0, format!("{head} {{"), start(decl.span), brace + 1),
    }
    for (when, then) in &decl.rows {
        out.line(
            INDENT,
            format!("when {} then {}", expr(src, when), expr(src, then)),
            keyword_before(src, start(when.span), "when"),
            end(then.span),
        );
    }
    if let Some(otherwise) = &decl.otherwise {
        out.line(
            INDENT,
            format!("otherwise {}", expr(src, otherwise)),
            keyword_before(src, start(otherwise.span), "otherwise"),
            end(otherwise.span),
        );
    }
    out.close(INDENT, 0, "}", end(decl.span).saturating_sub(1));
}

fn rule(out: &mut Out, src: &str, decl: &RuleDecl) {
    let title = &decl.title;
    let replace = if decl.replace.is_some() {
        "replace "
    } else {
        ""
    };
    let head = format!(
        "{replace}rule {} {}",
        decl.id.text,
        string(src, title.en.span)
    );
    let brace = brace_after(src, texts_end(title));
    let close = end(decl.span).saturating_sub(1);
    let empty = decl.clauses.is_empty() && !out.has_comment_within(brace, close);
    let tail = if empty { " {}" } else { " {" };
    // The Vietnamese title goes on a line of its own, indented twice, the brace after it.
    match &title.vi {
        Some(vi) => {
            out.line(0, head, start(decl.span), end(title.en.span));
            let vi_line = format!("vi {}{tail}", string(src, vi.span));
            let from = keyword_before(src, start(vi.span), "vi");
            if empty {
                out.line(2 * INDENT, vi_line, from, end(decl.span));
                return;
            }
            out.open(2 * INDENT, vi_line, from, brace + 1);
        }
        None if empty => {
            out.line(0, format!("{head}{tail}"), start(decl.span), end(decl.span));
            return;
        }
        None => out.open(0, format!("{head}{tail}"), start(decl.span), brace + 1),
    }
    for clause in &decl.clauses {
        let (text, from, to) = clause_line(src, clause);
        out.line(INDENT, text, from, to);
        // A clause's Vietnamese follows it, one step deeper: the two read side by side.
        let vi = match clause {
            Clause::Source(texts) | Clause::Help(texts) | Clause::Reason(texts) => {
                texts.vi.as_ref().map(|vi| (string(src, vi.span), vi.span))
            }
            Clause::Message(message) => message.vi.as_ref().map(|vi| (template(src, vi), vi.span)),
            _ => None,
        };
        if let Some((text, span)) = vi {
            let from = keyword_before(src, start(span), "vi");
            out.line(2 * INDENT, format!("vi {text}"), from, end(span));
        }
    }
    out.close(INDENT, 0, "}", close);
}

/// A clause's text and the source it covers, its keyword included.
fn clause_line(src: &str, clause: &Clause) -> (String, usize, usize) {
    let keyword = |span: Span, word: &str| keyword_before(src, start(span), word);
    match clause {
        Clause::Severity(severity, span) => (
            format!("severity {}", severity.as_str()),
            keyword(*span, "severity"),
            end(*span),
        ),
        Clause::SeverityWhen {
            when,
            condition,
            otherwise,
            span,
        } => (
            format!(
                "severity {} when {} otherwise {}",
                when.as_str(),
                expr(src, condition),
                otherwise.as_str()
            ),
            start(*span),
            end(*span),
        ),
        Clause::Source(text) => (
            format!("source {}", string(src, text.en.span)),
            keyword(text.span, "source"),
            end(text.span),
        ),
        Clause::Url(text) => (
            format!("url {}", string(src, text.span)),
            keyword(text.span, "url"),
            end(text.span),
        ),
        Clause::Checked(date) => (
            format!("checked {}", &src[start(date.span)..end(date.span)]),
            keyword(date.span, "checked"),
            end(date.span),
        ),
        Clause::Effective(w, span) => (format!("effective{}", window(w)), start(*span), end(*span)),
        Clause::For {
            var,
            collection,
            span,
        } => (
            format!("for {} in {}", var.text, collection.text),
            start(*span),
            end(*span),
        ),
        Clause::Let { name, value, span } => (
            format!("let {} = {}", name.text, expr(src, value)),
            start(*span),
            end(*span),
        ),
        Clause::Where(e) => (
            format!("where {}", expr(src, e)),
            keyword(e.span, "where"),
            end(e.span),
        ),
        Clause::Require(e) => (
            format!("require {}", expr(src, e)),
            keyword(e.span, "require"),
            end(e.span),
        ),
        Clause::At(e) => (
            format!("at {}", expr(src, e)),
            keyword(e.span, "at"),
            end(e.span),
        ),
        Clause::Message(t) => (
            format!("message {}", template(src, &t.en)),
            keyword(t.span, "message"),
            end(t.span),
        ),
        Clause::Help(text) => (
            format!("help {}", string(src, text.en.span)),
            keyword(text.span, "help"),
            end(text.span),
        ),
        Clause::Reason(text) => (
            format!("reason {}", string(src, text.en.span)),
            keyword(text.span, "reason"),
            end(text.span),
        ),
    }
}
