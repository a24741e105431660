//! The rule set described for people: `staffcheck rules` (a table, JSON, or the Markdown of
//! `docs/rules.md`) and the header of `staffcheck explain RULE`. Built from the resolved
//! program only, so the description cannot drift from what is checked.

use serde_json::{json, Value as Json};

use crate::ast::Severity;
use crate::bilingual::Bilingual;
use crate::eval::display::display_date;
use crate::eval::explain::{show_date, show_decimal, show_duration};
use crate::i18n::{t, t_args, t_with, Arg};
use crate::ir::{Constant, Override, OverrideKind, Param, Program, Rule};
use crate::lang::Lang;
use crate::report::format::json::JsonOverride;
use crate::report::OverrideInfo;
use crate::schema::Schema;

/// A rule's window in words, in `lang`: `from 2025-06-23 until 2025-11-16`, or `always`.
pub fn window(rule: &Rule, lang: Lang) -> String {
    crate::resolve::window_words(rule.from, rule.until, lang)
}

/// `file:line:col` of the rule's declaration.
pub fn place(rule: &Rule) -> String {
    format!(
        "{}:{}",
        rule.source.name(),
        rule.source.location(rule.span.start as usize)
    )
}

/// The rule as written in its file.
pub fn text(rule: &Rule) -> &str {
    rule.source.slice(rule.span)
}

/// A constant as a drafter writes it.
pub fn show_constant(schema: &Schema, value: &Constant) -> String {
    match value {
        Constant::Integer(i) => i.to_string(),
        Constant::Decimal(d) => show_decimal(*d),
        Constant::Text(t) => format!("\"{t}\""),
        Constant::Boolean(b) => b.to_string(),
        Constant::Date(d) => show_date(*d),
        Constant::Duration(d) => show_duration(*d),
        Constant::Enum(id, position) => schema
            .enums
            .get(*id as usize)
            .and_then(|e| e.values.get(*position as usize))
            .cloned()
            .unwrap_or_default(),
        Constant::Set(items) => {
            let items: Vec<String> = items.iter().map(|i| show_constant(schema, i)).collect();
            format!("{{ {} }}", items.join(", "))
        }
    }
}

/// One line per dated value, in `lang`: `2 from 2025-06-23 until 2025-11-16 (source)`.
pub fn param_values(schema: &Schema, param: &Param, lang: Lang) -> Vec<String> {
    param
        .values
        .iter()
        .map(|value| {
            let when = match (value.from, value.until) {
                (None, None) => t(lang, "param-any-date"),
                (from, until) => crate::resolve::window_words(from, until, lang),
            };
            let mut line = format!("{} {when}", show_constant(schema, &value.value));
            if let Some(citation) = &value.citation {
                line.push_str(&format!(" ({})", citation.get(lang)));
            }
            line
        })
        .collect()
}

/// `file:line:col` of a declaration.
fn written_at(origin: &crate::schema::Origin) -> String {
    format!(
        "{}:{}",
        origin.source.name(),
        origin.source.location(origin.span.start as usize)
    )
}

/// The arguments of every text about an override.
fn override_args(o: &Override, lang: Lang) -> [(&'static str, Arg<'static>); 6] {
    let action = match o.kind {
        OverrideKind::Disabled => "override-disabled",
        OverrideKind::Replaced => "override-replaced",
    };
    [
        ("id", o.rule.clone().into()),
        ("action", t(lang, action).into()),
        ("at", written_at(&o.origin).into()),
        ("reason", o.reason.get(lang).clone().into()),
        ("declared", written_at(&o.declared).into()),
        ("title", o.original.title.get(lang).clone().into()),
    ]
}

/// What `explain` says first of a rule disabled or replaced: by whom, where and why.
fn explain_override(o: &Override, lang: Lang) -> String {
    let args = override_args(o, lang);
    let mut out = t_args(lang, "explain-override", &args) + "\n";
    if o.kind == OverrideKind::Disabled {
        out.push_str(&(t_args(lang, "explain-disabled", &args) + "\n"));
    }
    out
}

/// One line per extension of a constant the rule reads: `key_posts + office_head (file:3:14)`.
pub fn extensions(program: &Program, rule: &Rule) -> Vec<String> {
    rule.extensions
        .iter()
        .filter_map(|&i| program.const_extensions.get(i))
        .map(|extension| {
            format!(
                "{} + {} ({})",
                extension.constant,
                extension.members.join(", "),
                written_at(&extension.origin)
            )
        })
        .collect()
}

/// What `staffcheck explain RULE` prints before the example: its framing words in `lang`,
/// the labels aligned whatever their length.
pub fn explain(program: &Program, rule: &Rule, lang: Lang) -> String {
    let mut fields = vec![
        (t(lang, "explain-severity"), severity(rule, lang)),
        (
            t(lang, "explain-source"),
            rule.citation.get(lang).to_string(),
        ),
    ];
    if let Some(url) = &rule.source_url {
        fields.push((t(lang, "explain-url"), url.clone()));
    }
    if let Some(checked) = rule.source_checked {
        fields.push((t(lang, "explain-checked"), display_date(checked, lang)));
    }
    fields.push((t(lang, "explain-in-force"), window(rule, lang)));
    fields.push((t(lang, "explain-declared"), place(rule)));
    if let Some(fix) = &rule.help {
        fields.push((t(lang, "explain-fix"), fix.get(lang).to_string()));
    }
    let width = fields
        .iter()
        // The label, its colon and two spaces.
        .map(|(label, _)| label.chars().count() + 3)
        .max()
        .unwrap_or(0);
    let mut out = format!("{}: {}\n\n", rule.id, rule.title.get(lang));
    if let Some(o) = program.override_of(&rule.id) {
        out.push_str(&explain_override(o, lang));
        out.push('\n');
    }
    for (label, value) in fields {
        out.push_str(&format!("{:width$}{value}\n", format!("{label}:")));
    }
    if !rule.params.is_empty() {
        out.push_str(&format!("{}\n", t(lang, "explain-parameters")));
        for &index in &rule.params {
            let param = &program.params[index];
            out.push_str(&format!("  {}:\n", param.name));
            for line in param_values(&program.schema, param, lang) {
                out.push_str(&format!("    {line}\n"));
            }
        }
    }
    if !rule.extensions.is_empty() {
        out.push_str(&format!("{}\n", t(lang, "explain-extended")));
        for line in extensions(program, rule) {
            out.push_str(&format!("  {line}\n"));
        }
    }
    out.push_str(&format!("\n{}\n\n", t(lang, "explain-the-rule")));
    for line in text(rule).lines() {
        out.push_str(&format!("    {line}\n"));
    }
    // A replacement shows what it replaced.
    if let Some(o) = program
        .override_of(&rule.id)
        .filter(|o| o.kind == OverrideKind::Replaced)
    {
        let args = override_args(o, lang);
        out.push_str(&format!(
            "\n{}\n\n",
            t_args(lang, "explain-replaced", &args)
        ));
        for line in text(&o.original).lines() {
            out.push_str(&format!("    {line}\n"));
        }
    }
    out
}

/// One line per override, for `rules`: `VICE-CAP replaced at file:8:14: why (...)`.
fn override_lines(program: &Program, lang: Lang) -> String {
    if program.overrides.is_empty() {
        return String::new();
    }
    let mut out = format!("\n{}\n", t(lang, "rules-overrides"));
    for o in &program.overrides {
        out.push_str(&format!(
            "  {}\n",
            t_args(lang, "rules-override", &override_args(o, lang))
        ));
    }
    out
}

/// `staffcheck rules --format table`, its header and words in `lang`.
pub fn table(program: &Program, lang: Lang) -> String {
    let header = [
        t(lang, "rules-column-id"),
        t(lang, "rules-column-severity"),
        t(lang, "rules-column-in-force"),
        t(lang, "rules-column-title"),
    ];
    let rows: Vec<[String; 4]> = program
        .rules
        .iter()
        .map(|rule| {
            [
                rule.id.clone(),
                severity(rule, lang),
                window(rule, lang),
                rule.title.get(lang).to_string(),
            ]
        })
        .collect();
    // Columns as wide as their widest cell, in characters; the severity at least 8 wide.
    let width = |column: usize, least: usize| {
        rows.iter()
            .chain([&header])
            .map(|row| row[column].chars().count())
            .max()
            .unwrap_or(0)
            .max(least)
    };
    let (id_width, severity_width, window_width) = (width(0, 2), width(1, 8), width(2, 8));
    let mut out = String::new();
    for [id, severity, window, title] in [header.clone()].iter().chain(&rows) {
        out.push_str(&format!(
            "{id:id_width$}  {severity:severity_width$}  {window:window_width$}  {title}\n"
        ));
    }
    // An extension changes what the rules above read: never silent.
    for (i, extension) in program.const_extensions.iter().enumerate() {
        let readers: Vec<&str> = program
            .rules
            .iter()
            .filter(|rule| rule.extensions.contains(&i))
            .map(|rule| rule.id.as_str())
            .collect();
        let readers = match readers.is_empty() {
            true => t(lang, "rules-extended-no-rule"),
            false => readers.join(", "),
        };
        let args: [(&str, &dyn std::fmt::Display); 4] = [
            ("constant", &extension.constant),
            ("members", &extension.members.join(", ")),
            ("place", &written_at(&extension.origin)),
            ("readers", &readers),
        ];
        out.push_str(&format!("\n{}\n", t_with(lang, "rules-extended", &args)));
    }
    out.push_str(&override_lines(program, lang));
    out
}

/// `staffcheck rules --format json`.
pub fn json(program: &Program, lang: Lang) -> String {
    let rules: Vec<Json> = program
        .rules
        .iter()
        .map(|rule| {
            let params: Vec<Json> = rule
                .params
                .iter()
                .map(|&index| {
                    let param = &program.params[index];
                    let values: Vec<Json> = param
                        .values
                        .iter()
                        .map(|value| {
                            json!({
                                "value": show_constant(&program.schema, &value.value),
                                "from": value.from.map(show_date),
                                "until": value.until.map(show_date),
                                "source": value.citation.as_ref().map(|c| c.get(lang)),
                            })
                        })
                        .collect();
                    json!({ "name": param.name, "values": values })
                })
                .collect();
            let location = rule.source.location(rule.span.start as usize);
            let mut described = json!({
                "id": rule.id,
                "title": rule.title.get(lang),
                "severity": rule.severity.as_str(),
                "source": rule.citation.get(lang),
                "source_url": rule.source_url,
                "source_checked": rule.source_checked.map(show_date),
                "fix": rule.help.as_ref().map(|h| h.get(lang)),
                "from": rule.from.map(show_date),
                "until": rule.until.map(show_date),
                "file": rule.source.name(),
                "line": location.line,
                "parameters": params,
                "text": text(rule),
            });
            // Only where an extension changed what the rule reads.
            let extended: Vec<Json> = rule
                .extensions
                .iter()
                .filter_map(|&i| program.const_extensions.get(i))
                .map(|extension| {
                    let at = extension
                        .origin
                        .source
                        .location(extension.origin.span.start as usize);
                    json!({
                        "constant": extension.constant,
                        "members": extension.members,
                        "file": extension.origin.source.name(),
                        "line": at.line,
                    })
                })
                .collect();
            if let (false, Some(map)) = (extended.is_empty(), described.as_object_mut()) {
                map.insert("extended_constants".into(), Json::Array(extended));
            }
            // Only a rule whose severity is chosen per record has this key.
            if let (Some(chosen), Some(fields)) = (&rule.severity_when, described.as_object_mut()) {
                fields.insert(
                    "severity_when".into(),
                    json!({
                        "when": chosen.when.as_str(),
                        "condition": chosen.text,
                        "otherwise": chosen.otherwise.as_str(),
                    }),
                );
            }
            described
        })
        .collect();
    let mut document = json!({ "rules": rules });
    // Only a rule set that disables or replaces rules has this key.
    if let (false, Some(fields)) = (program.overrides.is_empty(), document.as_object_mut()) {
        fields.insert("overrides".into(), overrides_json(program, lang));
    }
    let mut out = serde_json::to_string_pretty(&document).unwrap_or_default();
    out.push('\n');
    out
}

/// The rules disabled or replaced, a table after the rules' own; nothing when there are none.
fn overrides_markdown(program: &Program, lang: Lang) -> String {
    if program.overrides.is_empty() {
        return String::new();
    }
    let mut out = format!(
        "\n## {}\n\n| {} | {} | {} | {} |\n|---|---|---|---|\n",
        t(lang, "rules-md-overrides"),
        t(lang, "rules-column-id"),
        t(lang, "rules-md-override-action"),
        t(lang, "rules-md-override-reason"),
        t(lang, "rules-md-override-rule"),
    );
    for o in &program.overrides {
        let action = match o.kind {
            OverrideKind::Disabled => "override-disabled",
            OverrideKind::Replaced => "override-replaced",
        };
        out.push_str(&format!(
            "| `{}` | {} `{}` | {} | `{}`: {} |\n",
            o.rule,
            t(lang, action),
            written_at(&o.origin),
            both(&o.reason, lang).replace('|', "\\|"),
            written_at(&o.declared),
            both(&o.original.title, lang).replace('|', "\\|")
        ));
    }
    out
}

/// Each override for a tool, as the report's JSON writes it.
fn overrides_json(program: &Program, lang: Lang) -> Json {
    program
        .overrides
        .iter()
        .map(|o| JsonOverride::from(&OverrideInfo::new(o, lang)))
        .map(|o| serde_json::to_value(o).unwrap_or_default())
        .collect()
}

/// `error`, or `error when u.kind == "ward" otherwise warning` for a severity chosen per
/// record; the levels in `lang` (`lỗi khi ..., ngược lại là cảnh báo`), the condition as
/// the rule writes it.
fn severity(rule: &Rule, lang: Lang) -> String {
    let level = |severity: Severity| {
        t(
            lang,
            match severity {
                Severity::Error => "rule-severity-error",
                Severity::Warning => "rule-severity-warning",
                Severity::Info => "rule-severity-info",
            },
        )
    };
    match &rule.severity_when {
        Some(chosen) => t_with(
            lang,
            "rule-severity-when",
            &[
                ("when", &level(chosen.when)),
                ("condition", &chosen.text),
                ("otherwise", &level(chosen.otherwise)),
            ],
        ),
        None => level(rule.severity),
    }
}

/// A text for the reference page: the report's language first, then the other after a
/// line break.
fn both(text: &Bilingual<String>, lang: Lang) -> String {
    format!("{}{}", first(text, lang), other(text, lang))
}

/// The text in `lang` (the English when it has no Vietnamese).
fn first(text: &Bilingual<String>, lang: Lang) -> &str {
    text.get(lang)
}

/// `<br>*vi:* …` after the English, `<br>*en:* …` after the Vietnamese; nothing when the
/// text has one language only.
fn other(text: &Bilingual<String>, lang: Lang) -> String {
    match (lang, &text.vi) {
        (_, None) => String::new(),
        (Lang::En, Some(vi)) => format!("<br>*vi:* {vi}"),
        (Lang::Vi, Some(_)) => format!("<br>*en:* {}", text.en),
    }
}

/// `staffcheck rules --format markdown`: `docs/rules.md` for the built-in set, every text in
/// both languages, `lang`'s first; the page's own words in `lang`.
pub fn markdown(program: &Program, lang: Lang) -> String {
    let mut out = format!(
        "# {}\n\n<!-- {} -->\n\n| {} | {} | {} | {} |\n|---|---|---|---|\n",
        t(lang, "rules-md-title"),
        t(lang, "rules-md-generated"),
        t(lang, "rules-column-id"),
        t(lang, "rules-column-severity"),
        t(lang, "rules-column-in-force"),
        t(lang, "rules-column-title"),
    );
    for rule in &program.rules {
        out.push_str(&format!(
            "| [`{}`](#{}) | {} | {} | {} |\n",
            rule.id,
            rule.id.to_lowercase(),
            severity(rule, lang).replace('|', "\\|"),
            window(rule, lang),
            both(&rule.title, lang)
        ));
    }
    out.push_str(&overrides_markdown(program, lang));
    let item = |id: &str, value: &str| format!("- {}: {value}\n", t(lang, id));
    for rule in &program.rules {
        out.push_str(&format!(
            "\n## {}\n\n{}\n\n",
            rule.id,
            first(&rule.title, lang)
        ));
        if let Some(other) = match lang {
            Lang::En => rule.title.vi.as_ref(),
            Lang::Vi => rule.title.vi.as_ref().map(|_| &rule.title.en),
        } {
            out.push_str(&format!("*{other}*\n\n"));
        }
        out.push_str(&item("explain-severity", &severity(rule, lang)));
        out.push_str(&item("explain-in-force", &window(rule, lang)));
        let source = match &rule.source_url {
            Some(url) => format!(
                "[{}]({url}){}",
                first(&rule.citation, lang),
                other(&rule.citation, lang)
            ),
            None => both(&rule.citation, lang),
        };
        out.push_str(&item("explain-source", &source));
        if let Some(checked) = rule.source_checked {
            out.push_str(&item(
                "rules-md-source-checked",
                &display_date(checked, lang),
            ));
        }
        if let Some(fix) = &rule.help {
            out.push_str(&item("explain-fix", &both(fix, lang)));
        }
        out.push_str(&format!(
            "- {}\n",
            t_with(lang, "rules-md-declared-in", &[("place", &place(rule))])
        ));
        for &index in &rule.params {
            let param = &program.params[index];
            let values: Vec<String> = param_values(&program.schema, param, lang);
            out.push_str(&format!(
                "- {}: {}\n",
                t_with(lang, "rules-md-parameter", &[("name", &param.name)]),
                values.join("; ")
            ));
        }
        out.push_str(&format!(
            "\n```text\n{}\n```\n\n{}\n",
            text(rule),
            t_with(lang, "rules-md-explained", &[("id", &rule.id)])
        ));
    }
    out
}
