//! The rule set described for people: `staffcheck rules` (a table, JSON, or the Markdown of
//! `docs/rules.md`) and the header of `staffcheck explain RULE`. Built from the resolved
//! program only, so the description cannot drift from what is checked.

use serde_json::{json, Value as Json};

use crate::bilingual::Bilingual;
use crate::eval::explain::{show_date, show_decimal, show_duration};
use crate::i18n::{t, t_args, Arg};
use crate::ir::{Constant, Override, OverrideKind, Param, Program, Rule};
use crate::lang::Lang;
use crate::report::format::json::JsonOverride;
use crate::report::OverrideInfo;
use crate::schema::Schema;

/// A rule's window in words: `from 2025-06-23 until 2025-11-16`, or `always`.
pub fn window(rule: &Rule) -> String {
    match (rule.from, rule.until) {
        (None, None) => "always".to_string(),
        (from, until) => {
            let mut parts = Vec::new();
            if let Some(from) = from {
                parts.push(format!("from {}", show_date(from)));
            }
            if let Some(until) = until {
                parts.push(format!("until {}", show_date(until)));
            }
            parts.join(" ")
        }
    }
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

/// One line per dated value: `2 from 2025-06-23 until 2025-11-16 (source)`.
pub fn param_values(schema: &Schema, param: &Param, lang: Lang) -> Vec<String> {
    param
        .values
        .iter()
        .map(|value| {
            let mut line = show_constant(schema, &value.value);
            if let Some(from) = value.from {
                line.push_str(&format!(" from {}", show_date(from)));
            }
            if let Some(until) = value.until {
                line.push_str(&format!(" until {}", show_date(until)));
            }
            if value.from.is_none() && value.until.is_none() {
                line.push_str(" at any date");
            }
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

/// What `staffcheck explain RULE` prints before the example.
pub fn explain(program: &Program, rule: &Rule, lang: Lang) -> String {
    let mut out = format!("{}: {}\n\n", rule.id, rule.title.get(lang));
    if let Some(o) = program.override_of(&rule.id) {
        out.push_str(&explain_override(o, lang));
        out.push('\n');
    }
    out.push_str(&format!("severity:  {}\n", severity(rule)));
    out.push_str(&format!("source:    {}\n", rule.citation.get(lang)));
    if let Some(url) = &rule.source_url {
        out.push_str(&format!("text:      {url}\n"));
    }
    if let Some(checked) = rule.source_checked {
        out.push_str(&format!("checked:   {}\n", show_date(checked)));
    }
    out.push_str(&format!("in force:  {}\n", window(rule)));
    out.push_str(&format!("declared:  {}\n", place(rule)));
    if let Some(fix) = &rule.help {
        out.push_str(&format!("fix:       {}\n", fix.get(lang)));
    }
    if !rule.params.is_empty() {
        out.push_str("parameters:\n");
        for &index in &rule.params {
            let param = &program.params[index];
            out.push_str(&format!("  {}:\n", param.name));
            for line in param_values(&program.schema, param, lang) {
                out.push_str(&format!("    {line}\n"));
            }
        }
    }
    if !rule.extensions.is_empty() {
        out.push_str("constants extended:\n");
        for line in extensions(program, rule) {
            out.push_str(&format!("  {line}\n"));
        }
    }
    out.push_str("\nthe rule:\n\n");
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

/// `staffcheck rules --format table`.
pub fn table(program: &Program, lang: Lang) -> String {
    let id_width = program.rules.iter().map(|r| r.id.len()).max().unwrap_or(2);
    let window_width = program
        .rules
        .iter()
        .map(|r| window(r).len())
        .max()
        .unwrap_or(8);
    let severity_width = program
        .rules
        .iter()
        .map(|r| severity(r).chars().count())
        .max()
        .unwrap_or(8)
        .max(8);
    let mut out = format!(
        "{:id_width$}  {:severity_width$}  {:window_width$}  title\n",
        "id", "severity", "in force"
    );
    for rule in &program.rules {
        out.push_str(&format!(
            "{:id_width$}  {:severity_width$}  {:window_width$}  {}\n",
            rule.id,
            severity(rule),
            window(rule),
            rule.title.get(lang)
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
        out.push_str(&format!(
            "\n`{}` extended with {} at {}; read by {}\n",
            extension.constant,
            extension.members.join(", "),
            written_at(&extension.origin),
            if readers.is_empty() {
                "no rule".to_string()
            } else {
                readers.join(", ")
            }
        ));
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
/// record.
fn severity(rule: &Rule) -> String {
    match &rule.severity_when {
        Some(chosen) => chosen.describe(),
        None => rule.severity.as_str().to_string(),
    }
}

/// A text for the reference page: the English, then the Vietnamese after a line break.
fn both(text: &Bilingual<String>) -> String {
    format!("{}{}", text.en, vietnamese(text))
}

fn vietnamese(text: &Bilingual<String>) -> String {
    text.vi
        .as_ref()
        .map_or(String::new(), |vi| format!("<br>*vi:* {vi}"))
}

/// `staffcheck rules --format markdown`: `docs/rules.md` for the built-in set, in both
/// languages.
pub fn markdown(program: &Program) -> String {
    let mut out = String::from(
        "# The rules\n\n\
         <!-- Generated by `staffcheck rules --format markdown > docs/rules.md`; a test fails \
         when it is stale. Edit the rule files, not this page. -->\n\n\
         | id | severity | in force | title |\n|---|---|---|---|\n",
    );
    for rule in &program.rules {
        out.push_str(&format!(
            "| [`{}`](#{}) | {} | {} | {} |\n",
            rule.id,
            rule.id.to_lowercase(),
            severity(rule).replace('|', "\\|"),
            window(rule),
            both(&rule.title)
        ));
    }
    if !program.overrides.is_empty() {
        out.push_str("\n## Disabled and replaced rules\n\n| id | action | reason | where | rule overridden |\n|---|---|---|---|---|\n");
        for o in &program.overrides {
            out.push_str(&format!(
                "| `{}` | {} | {} | `{}` | `{}`: {} |\n",
                o.rule,
                o.kind.as_str(),
                both(&o.reason).replace('|', "\\|"),
                written_at(&o.origin),
                written_at(&o.declared),
                both(&o.original.title).replace('|', "\\|")
            ));
        }
    }
    for rule in &program.rules {
        out.push_str(&format!("\n## {}\n\n{}\n\n", rule.id, rule.title.en));
        if let Some(vi) = &rule.title.vi {
            out.push_str(&format!("*{vi}*\n\n"));
        }
        out.push_str(&format!("- severity: {}\n", severity(rule)));
        out.push_str(&format!("- in force: {}\n", window(rule)));
        match &rule.source_url {
            Some(url) => out.push_str(&format!(
                "- source: [{}]({url}){}\n",
                rule.citation.en,
                vietnamese(&rule.citation)
            )),
            None => out.push_str(&format!("- source: {}\n", both(&rule.citation))),
        }
        if let Some(checked) = rule.source_checked {
            out.push_str(&format!("- source checked: {}\n", show_date(checked)));
        }
        if let Some(fix) = &rule.help {
            out.push_str(&format!("- fix: {}\n", both(fix)));
        }
        out.push_str(&format!("- declared in `{}`\n", place(rule)));
        for &index in &rule.params {
            let param = &program.params[index];
            out.push_str(&format!("- parameter `{}`:", param.name));
            for line in param_values(&program.schema, param, Lang::En) {
                out.push_str(&format!(" {line};"));
            }
            out.pop();
            out.push('\n');
        }
        out.push_str(&format!(
            "\n```text\n{}\n```\n\nExplained, with an example that breaks it: `staffcheck explain {}`.\n",
            text(rule),
            rule.id
        ));
    }
    out
}
