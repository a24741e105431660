//! What a name in a rule file stands for, in Markdown: a field's type and comment, a rule's
//! title, source and window, a parameter's dated values, a constant's members, an
//! enumeration value's label. The facts come from the resolver's index (what the name is,
//! its resolved type) and the declaration as parsed (its texts, as written).

use std::fmt::Write;

use crate::ast::{Clause, Presence, RuleFile, Texts, Window};
use crate::resolve::index::{Index, Symbol, SymbolKind};
use crate::source::Span;

use super::declaration::{self, Declaration};

/// The hover of `symbol`: a code line saying what it is, then its texts and comment.
pub fn markdown(index: &Index, symbol: usize, files: &[RuleFile]) -> Option<String> {
    let symbol_data = index.symbols.get(symbol)?;
    let parent = |s: &Symbol| {
        s.parent
            .and_then(|p| index.symbols.get(p))
            .map_or("", |p| p.name.as_str())
    };
    let mut out = String::new();
    let code = |out: &mut String, line: String| {
        let _ = writeln!(out, "```staffcheck\n{line}\n```");
    };
    let ty = symbol_data.ty.as_deref().unwrap_or("");
    let Some((file, found)) = declaration::find(files, &symbol_data.origin) else {
        // A variable: no declaration of its own, only its type.
        if symbol_data.kind == SymbolKind::Variable {
            code(&mut out, format!("{}: {ty}", symbol_data.name));
        }
        return (!out.is_empty()).then_some(out);
    };
    let text = |span| file.source.slice(span).to_string();
    match &found {
        Declaration::Collection(d) => {
            let record = d.record.as_ref().map_or("", |r| r.text.as_str());
            let shape = match &d.shape {
                crate::ast::CollectionShape::Keyed(key) => format!(" key {}", key.text),
                crate::ast::CollectionShape::Single => " single".to_string(),
                crate::ast::CollectionShape::List => String::new(),
            };
            code(
                &mut out,
                format!("collection {}: {record}{shape}", d.name.text),
            );
            texts(&mut out, d.label.as_ref());
        }
        Declaration::Field(f) => {
            let mut line = format!("{}.{}: {ty}", parent(symbol_data), f.name.text);
            if let Some(bound) = &f.bound {
                let _ = write!(line, " {}", text(bound.span));
            }
            match &f.presence {
                Presence::Required => {}
                Presence::Optional => line.push_str(" optional"),
                Presence::Default(value) => {
                    let _ = write!(line, " = {}", text(value.span));
                }
            }
            code(&mut out, line);
            texts(&mut out, f.label.as_ref());
        }
        Declaration::Enum(d) => {
            let separator = if d.ordered { " < " } else { ", " };
            let values: Vec<&str> = d.values.iter().map(|v| v.name.text.as_str()).collect();
            let keyword = if d.extend { "extend enum" } else { "enum" };
            let line = format!("{keyword} {} {{ {} }}", d.name.text, values.join(separator));
            code(&mut out, line);
        }
        Declaration::EnumValue(v) => {
            code(&mut out, format!("{}.{}", parent(symbol_data), v.name.text));
            texts(&mut out, v.label.as_ref());
        }
        Declaration::Const(d) => {
            code(
                &mut out,
                format!("const {} = {}", d.name.text, text(d.value.span)),
            );
            let _ = writeln!(out, "{ty}");
            extensions(&mut out, &d.name.text, files);
        }
        Declaration::Param(d) => {
            code(
                &mut out,
                format!("param {}: {}", d.name.text, text(d.ty.span)),
            );
            for value in &d.values {
                let _ = write!(
                    out,
                    "- `{}`{}",
                    text(value.value.span),
                    window(&value.window)
                );
                if let Some(source) = &value.source {
                    let _ = write!(out, ": {}", both(source));
                }
                out.push('\n');
            }
        }
        Declaration::Table(d) => {
            let params: Vec<String> = d
                .params
                .iter()
                .map(|(name, ty)| format!("{}: {}", name.text, text(ty.span)))
                .collect();
            let line = format!(
                "table {}({}): {}",
                d.name.text,
                params.join(", "),
                text(d.result.span)
            );
            code(&mut out, line);
            if let Some(source) = &d.source {
                let _ = writeln!(out, "Source: {}", both(source));
            }
        }
        Declaration::Rule(d) => {
            rule(&mut out, d, &text);
            overrides(&mut out, &d.id.text, files);
        }
    }
    if let Some(comment) = declaration::comment(file, &found) {
        let _ = write!(out, "\n{comment}\n");
    }
    Some(out)
}

fn rule(out: &mut String, decl: &crate::ast::RuleDecl, text: &dyn Fn(Span) -> String) {
    let mut severity = "error".to_string();
    let mut lines = Vec::new();
    for clause in &decl.clauses {
        match clause {
            Clause::Severity(value, _) => severity = value.as_str().to_string(),
            Clause::SeverityWhen {
                when,
                condition,
                otherwise,
                ..
            } => {
                severity = format!(
                    "{} when {} otherwise {}",
                    when.as_str(),
                    text(condition.span),
                    otherwise.as_str()
                )
            }
            Clause::Source(source) => lines.push(format!("Source: {}", both(source))),
            Clause::Url(url) => lines.push(format!("<{}>", url.text)),
            Clause::Checked(date) => lines.push(format!("Checked against it on {}", date.date)),
            Clause::Effective(window_, _) => lines.push(format!("In force{}", window(window_))),
            Clause::For {
                var, collection, ..
            } => lines.push(format!(
                "Judges each `{}` in `{}`",
                var.text, collection.text
            )),
            _ => {}
        }
    }
    let _ = writeln!(
        out,
        "```staffcheck\nrule {} ({severity})\n```",
        decl.id.text
    );
    let _ = writeln!(out, "**{}**", decl.title.en.text);
    if let Some(vi) = &decl.title.vi {
        let _ = writeln!(out, "\n**{}**", vi.text);
    }
    for line in lines {
        let _ = write!(out, "\n{line}\n");
    }
}

/// The members other files added to a constant (`extend const`), each with its place.
fn extensions(out: &mut String, name: &str, files: &[RuleFile]) {
    for file in files {
        for item in &file.items {
            let crate::ast::Item::ConstExtension(extension) = item else {
                continue;
            };
            if extension.name.text != name {
                continue;
            }
            let place = file.source.location(extension.span.start as usize);
            let _ = writeln!(
                out,
                "\nExtended in {}:{} with `{}`",
                file_name(file),
                place.line,
                file.source.slice(extension.members.span)
            );
        }
    }
}

/// Where other files disable or replace the rule `id`, each with its reason: hovering the
/// id in a `disable` or `replace rule`, or the rule itself, says so.
fn overrides(out: &mut String, id: &str, files: &[RuleFile]) {
    for file in files {
        for item in &file.items {
            let (what, span, reason) = match item {
                crate::ast::Item::Disable(d) if d.id.text == id => {
                    ("Disabled", d.span, Some(&d.reason))
                }
                crate::ast::Item::Rule(r) if r.id.text == id && r.replace.is_some() => {
                    let reason = r.clauses.iter().find_map(|clause| match clause {
                        Clause::Reason(reason) => Some(reason),
                        _ => None,
                    });
                    ("Replaced", r.span, reason)
                }
                _ => continue,
            };
            let place = file.source.location(span.start as usize);
            let _ = write!(out, "\n**{what}** in {}:{}", file_name(file), place.line);
            match reason {
                Some(reason) => {
                    let _ = writeln!(out, ": {}", both(reason));
                }
                None => out.push('\n'),
            }
        }
    }
}

/// A file by its name alone, as a drafter sees it in the editor's tab.
fn file_name(file: &RuleFile) -> String {
    let path = std::path::Path::new(file.source.name());
    path.file_name()
        .map_or(file.source.name().into(), |n| n.to_string_lossy())
        .into_owned()
}

/// A label or citation, its Vietnamese after it.
fn texts(out: &mut String, label: Option<&Texts>) {
    if let Some(label) = label {
        let _ = writeln!(out, "{}", both(label));
    }
}

fn both(texts: &Texts) -> String {
    match &texts.vi {
        Some(vi) => format!("\"{}\" (vi \"{}\")", texts.en.text, vi.text),
        None => format!("\"{}\"", texts.en.text),
    }
}

fn window(window: &Window) -> String {
    match (window.from, window.until) {
        (Some(from), Some(until)) => format!(" from {} until {}", from.date, until.date),
        (Some(from), None) => format!(" from {}", from.date),
        (None, Some(until)) => format!(" until {}", until.date),
        (None, None) => " always".to_string(),
    }
}
