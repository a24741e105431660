//! What a name in a rule file stands for, in Markdown: a field's type and comment, a rule's
//! title, source and window, a parameter's dated values, a constant's members, an
//! enumeration value's label. The facts come from the resolver's index (what the name is,
//! its resolved type) and the declaration as parsed (its texts, as written). The code lines
//! are the rule language; the prose around them is the catalog's (`lsp-hover-*`), in the
//! server's language, with dates as that language writes them.

use std::fmt::Write;

use crate::ast::{Clause, Presence, RuleFile, Texts, Window};
use crate::eval::display::display_date;
use crate::i18n::{t, t_args};
use crate::lang::Lang;
use crate::resolve::index::{Index, Symbol, SymbolKind};
use crate::source::Span;

use super::declaration::{self, Declaration};

/// The hover of `symbol`: a code line saying what it is, then its texts and comment, the
/// words around them in `lang`.
pub fn markdown(index: &Index, symbol: usize, files: &[RuleFile], lang: Lang) -> Option<String> {
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
            extensions(&mut out, &d.name.text, files, lang);
        }
        Declaration::Param(d) => {
            code(
                &mut out,
                format!("param {}: {}", d.name.text, text(d.ty.span)),
            );
            for value in &d.values {
                let _ = write!(
                    out,
                    "- `{}` {}",
                    text(value.value.span),
                    window(&value.window, lang)
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
                let source = [("source", both(source).into())];
                let _ = writeln!(out, "{}", t_args(lang, "lsp-hover-source", &source));
            }
        }
        Declaration::Rule(d) => {
            rule(&mut out, d, &text, lang);
            overrides(&mut out, &d.id.text, files, lang);
        }
    }
    if let Some(comment) = declaration::comment(file, &found) {
        let _ = write!(out, "\n{comment}\n");
    }
    Some(out)
}

fn rule(out: &mut String, decl: &crate::ast::RuleDecl, text: &dyn Fn(Span) -> String, lang: Lang) {
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
            Clause::Source(source) => {
                let source = [("source", both(source).into())];
                lines.push(t_args(lang, "lsp-hover-source", &source))
            }
            Clause::Url(url) => lines.push(format!("<{}>", url.text)),
            Clause::Checked(date) => {
                let date = [("date", display_date(date.date, lang).into())];
                lines.push(t_args(lang, "lsp-hover-checked", &date))
            }
            Clause::Effective(window_, _) => {
                let window = [("window", window(window_, lang).into())];
                lines.push(t_args(lang, "lsp-hover-in-force", &window))
            }
            Clause::For {
                var, collection, ..
            } => {
                let args = [
                    ("var", var.text.as_str().into()),
                    ("collection", collection.text.as_str().into()),
                ];
                lines.push(t_args(lang, "lsp-hover-judges", &args))
            }
            _ => {}
        }
    }
    let _ = writeln!(
        out,
        "```staffcheck\nrule {} ({severity})\n```",
        decl.id.text
    );
    // The title in the server's language first, the other after it.
    let first = &decl.title.get(lang).text;
    let _ = writeln!(out, "**{first}**");
    for title in decl.title.both().filter(|title| title.text != *first) {
        let _ = writeln!(out, "\n**{}**", title.text);
    }
    for line in lines {
        let _ = write!(out, "\n{line}\n");
    }
}

/// The members other files added to a constant (`extend const`), each with its place.
fn extensions(out: &mut String, name: &str, files: &[RuleFile], lang: Lang) {
    for file in files {
        for item in &file.items {
            let crate::ast::Item::ConstExtension(extension) = item else {
                continue;
            };
            if extension.name.text != name {
                continue;
            }
            let place = file.source.location(extension.span.start as usize);
            let args = [
                (
                    "place",
                    format!("{}:{}", file_name(file), place.line).into(),
                ),
                ("members", file.source.slice(extension.members.span).into()),
            ];
            let _ = writeln!(out, "\n{}", t_args(lang, "lsp-hover-extended", &args));
        }
    }
}

/// Where other files disable or replace the rule `id`, each with its reason: hovering the
/// id in a `disable` or `replace rule`, or the rule itself, says so.
fn overrides(out: &mut String, id: &str, files: &[RuleFile], lang: Lang) {
    for file in files {
        for item in &file.items {
            let (what, span, reason) = match item {
                crate::ast::Item::Disable(d) if d.id.text == id => {
                    ("lsp-hover-disabled", d.span, Some(&d.reason))
                }
                crate::ast::Item::Rule(r) if r.id.text == id && r.replace.is_some() => {
                    let reason = r.clauses.iter().find_map(|clause| match clause {
                        Clause::Reason(reason) => Some(reason),
                        _ => None,
                    });
                    ("lsp-hover-replaced", r.span, reason)
                }
                _ => continue,
            };
            let place = file.source.location(span.start as usize);
            let place = [(
                "place",
                format!("{}:{}", file_name(file), place.line).into(),
            )];
            let _ = write!(out, "\n{}", t_args(lang, what, &place));
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

/// `from 2025-07-01 until 2030-12-31`; in Vietnamese `từ 01/7/2025 đến 31/12/2030`.
fn window(window: &Window, lang: Lang) -> String {
    let date = |date: &crate::ast::DateLit| display_date(date.date, lang);
    match (&window.from, &window.until) {
        (Some(from), Some(until)) => {
            let args = [("from", date(from).into()), ("until", date(until).into())];
            t_args(lang, "window-from-until", &args)
        }
        (Some(from), None) => t_args(lang, "window-from", &[("from", date(from).into())]),
        (None, Some(until)) => t_args(lang, "window-until", &[("until", date(until).into())]),
        (None, None) => t(lang, "window-always"),
    }
}
