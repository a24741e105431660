//! `sarif`: SARIF 2.1.0, as GitHub code scanning and Microsoft's SARIF multitool accept it
//! (`tests/sarif_multitool.rs` runs the validator with its SARIF and GitHub rules): one run,
//! the rule set and every `SCxxxx` code used as the driver's rules (a full description, help
//! in text and Markdown), each finding a result with its physical location, a fingerprint
//! that survives moved lines, and the other labelled places as related locations linked
//! from the message. Columns count Unicode code points (`columnKind: unicodeCodePoints`),
//! as everywhere in staffcheck.
//!
//! Written with `serde_json` rather than the typed `serde-sarif` crate: the output uses a
//! small part of the format, and what went wrong before (a path where a URI belongs, a
//! missing description) type-checks either way; only the validator catches it, so the
//! validator is what the tests run, with the official schema besides
//! (`tests/sarif-schema-2.1.0.json`).

use serde_json::{json, Map, Value};

use crate::ast::Severity;
use crate::code::Code;
use crate::diagnostic::Diagnostic;
use crate::eval::display::display_date;
use crate::i18n::{t, t_args, t_with};
use crate::lang::Lang;
use crate::report::fingerprint;
use crate::report::{Report, RuleInfo};

use super::Place;

pub const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

pub fn render(report: &Report) -> String {
    let mut out = serde_json::to_string_pretty(&document(report)).unwrap_or_default();
    out.push('\n');
    out
}

fn document(report: &Report) -> Value {
    let mut rules: Vec<Value> = report.rules.iter().map(|r| rule(r, report.lang)).collect();
    let mut rule_ids: Vec<String> = report.rules.iter().map(|r| r.id.clone()).collect();
    // Diagnostics that are not rule violations (a plan that does not load, a waiver) are
    // results too, under their `SCxxxx` code, each described once.
    let mut index_of = |code: &str| match rule_ids.iter().position(|id| id == code) {
        Some(index) => index,
        None => {
            rule_ids.push(code.to_string());
            rules.push(code_rule(code, report.lang));
            rule_ids.len() - 1
        }
    };
    let mut results = Vec::new();
    let mut not_loaded = Vec::new();
    for plan in &report.plans {
        if let Err(errors) = &plan.result {
            not_loaded.push(json!({
                "level": "error",
                "message": { "text": t_args(
                    report.lang,
                    if plan.read { "sarif-not-loaded" } else { "sarif-not-read" },
                    &[("file", plan.file.clone().into()), ("n", errors.len().into())],
                ) },
                "locations": [{ "physicalLocation": file_location(&plan.file) }],
            }));
        }
        // What loading refused (or why the plan was not loaded), then the findings. A plan's
        // findings were named when they were checked (`Outcome::fingerprints`); what loading
        // said is named here.
        let mut fingerprints = fingerprint::Occurrences::default();
        let (outcome, errors) = match &plan.result {
            Ok(outcome) => (Some(outcome), outcome.load_errors.as_slice()),
            Err(errors) => (None, errors.as_slice()),
        };
        let compared = outcome.and_then(|outcome| outcome.baseline.as_ref());
        // With a baseline, each result says whether it is new, in the baseline, or gone.
        let state = |value: &mut Value, state: &str| {
            if compared.is_some() {
                value["baselineState"] = json!(state);
            }
        };
        for diagnostic in errors {
            let index = index_of(&diagnostic.code);
            let mut value = result(diagnostic, index, &plan.file, fingerprints.next(diagnostic));
            state(&mut value, "new");
            results.push(value);
        }
        let Some(outcome) = outcome else {
            continue;
        };
        for (diagnostic, fingerprint) in outcome
            .diagnostics
            .iter()
            .zip(&outcome.fingerprints.findings)
        {
            let index = index_of(&diagnostic.code);
            let mut value = result(diagnostic, index, &plan.file, fingerprint.clone());
            state(&mut value, "new");
            results.push(value);
        }
        for (diagnostic, fingerprint) in compared.iter().flat_map(|c| &c.unchanged) {
            let index = index_of(&diagnostic.code);
            let mut value = result(diagnostic, index, &plan.file, fingerprint.clone());
            state(&mut value, "unchanged");
            results.push(value);
        }
        // A waived finding is a result with an external suppression: SARIF viewers show it
        // as suppressed, and GitHub code scanning does not alert on it.
        for (waived, fingerprint) in outcome.waived.iter().zip(&outcome.fingerprints.waived) {
            let index = index_of(&waived.finding.code);
            let mut value = result(&waived.finding, index, &plan.file, fingerprint.clone());
            let known = compared.is_some_and(|c| c.waived_known.contains(fingerprint));
            state(&mut value, if known { "unchanged" } else { "new" });
            let waiver = &waived.waiver;
            value["suppressions"] = json!([{
                "kind": "external",
                "status": "accepted",
                "justification": format!(
                    "{} (approved by {}, until {})",
                    waiver.reason,
                    waiver.approved_by,
                    crate::eval::explain::show_date(waiver.expires)
                ),
                "location": { "physicalLocation": physical(&Place::new(&waiver.source, waiver.span)) },
                "properties": {
                    "waiver": waiver.path,
                    "approvedBy": waiver.approved_by,
                    "expires": crate::eval::explain::show_date(waiver.expires),
                },
            }]);
            results.push(value);
        }
        // The baseline's findings the plan no longer has: where they were, as it says. A
        // `pass` (level `none`), so that a viewer blind to `baselineState` shows no problem.
        for known in compared.iter().flat_map(|c| &c.fixed) {
            let index = index_of(&known.rule);
            results.push(json!({
                "ruleId": known.rule,
                "ruleIndex": index,
                "kind": "pass",
                "level": "none",
                "message": { "text": t_with(
                    report.lang,
                    "sarif-fixed",
                    &[("message", &known.message)],
                ) },
                "locations": [{ "physicalLocation": {
                    "artifactLocation": { "uri": uri(&plan.file) },
                    "region": { "startLine": known.line.unwrap_or(1) },
                } }],
                "partialFingerprints": { fingerprint::NAME: known.fingerprint },
                "baselineState": "absent",
            }));
        }
    }
    let notifications: Vec<Value> = report.rule_diagnostics.iter().map(notification).collect();
    let mut invocation = json!({
        "executionSuccessful": !report.rules_failed() && not_loaded.is_empty(),
        "toolConfigurationNotifications": notifications,
    });
    if !not_loaded.is_empty() {
        invocation["toolExecutionNotifications"] = json!(not_loaded);
    }
    json!({
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {
                "driver": {
                    "name": env!("CARGO_PKG_NAME"),
                    "version": env!("CARGO_PKG_VERSION"),
                    "semanticVersion": env!("CARGO_PKG_VERSION"),
                    "rules": rules,
                }
            },
            "invocations": [invocation],
            "columnKind": "unicodeCodePoints",
            "results": results,
        }]
    })
}

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// `VICE-CAP` → `ViceCap`: SARIF's friendly name, which must differ from the id.
fn pascal_case(id: &str) -> String {
    id.split(|c: char| !c.is_alphanumeric())
        .flat_map(|word| {
            let mut chars = word.chars();
            let first = chars.next().map(|c| c.to_uppercase().collect::<String>());
            first
                .into_iter()
                .chain(std::iter::once(chars.as_str().to_lowercase()))
        })
        .collect()
}

/// A rule's descriptor; its texts for people in the report's language, its properties for
/// tools (ISO dates, as the plan writes them).
fn rule(rule: &RuleInfo, lang: Lang) -> Value {
    let mut window = String::new();
    if let Some(from) = rule.from {
        window.push_str(&format!("in force from {from}"));
    }
    if let Some(until) = rule.until {
        if !window.is_empty() {
            window.push(' ');
        }
        window.push_str(&format!("until {until}"));
    }
    let defined_at = format!("{}:{}", rule.source.name(), rule.location);
    let mut text = String::new();
    let mut markdown = format!("**{}**\n\n", rule.title);
    if let Some(fix) = &rule.fix {
        let fix_word = t(lang, "sarif-fix");
        text.push_str(&format!("{fix_word} {fix}\n\n"));
        markdown.push_str(&format!("**{fix_word}** {fix}\n\n"));
    }
    let source_word = t(lang, "sarif-source");
    text.push_str(&format!("{source_word} {}", rule.citation));
    match &rule.source_url {
        Some(url) => {
            text.push_str(&format!(" ({url})"));
            markdown.push_str(&format!("**{source_word}** [{}]({url})", rule.citation));
        }
        None => markdown.push_str(&format!("**{source_word}** {}", rule.citation)),
    }
    if let Some(checked) = rule.source_checked {
        let checked = t_with(
            lang,
            "sarif-checked",
            &[("date", &display_date(checked, lang))],
        );
        text.push_str(&format!(", {checked}"));
        markdown.push_str(&format!(", {checked}"));
    }
    markdown.push_str("\n\n");
    let in_force = match (rule.from, rule.until) {
        (Some(from), Some(until)) => Some(t_with(
            lang,
            "sarif-in-force-between",
            &[
                ("from", &display_date(from, lang)),
                ("until", &display_date(until, lang)),
            ],
        )),
        (Some(from), None) => Some(t_with(
            lang,
            "sarif-in-force-from",
            &[("from", &display_date(from, lang))],
        )),
        (None, Some(until)) => Some(t_with(
            lang,
            "sarif-in-force-until",
            &[("until", &display_date(until, lang))],
        )),
        (None, None) => None,
    };
    if let Some(in_force) = in_force {
        markdown.push_str(&format!("{in_force}\n\n"));
    }
    markdown.push_str(&t_with(
        lang,
        "sarif-defined-in",
        &[("place", &defined_at), ("id", &rule.id)],
    ));
    let mut properties = Map::new();
    properties.insert("citation".into(), json!(rule.citation));
    properties.insert("definedAt".into(), json!(defined_at));
    if !window.is_empty() {
        properties.insert("inForce".into(), json!(window));
    }
    if let Some(checked) = rule.source_checked {
        properties.insert("sourceChecked".into(), json!(checked.to_string()));
    }
    properties.insert("tags".into(), json!(["staffing"]));
    let mut descriptor = json!({
        "id": rule.id,
        "shortDescription": { "text": rule.title },
        "fullDescription": { "text": format!("{} ({})", rule.title, rule.citation) },
        "help": { "text": text, "markdown": markdown },
        "defaultConfiguration": { "level": level(rule.severity) },
        "properties": properties,
    });
    // A one-word id (`EXPERTISE`) has no friendly name that differs from it but in case,
    // which SARIF counts as the same: it goes without.
    let name = pascal_case(&rule.id);
    if let Some(fields) = descriptor.as_object_mut() {
        if let Some(url) = &rule.source_url {
            fields.insert("helpUri".into(), json!(url));
        }
        if !name.eq_ignore_ascii_case(&rule.id) {
            fields.shift_insert(1, "name".into(), json!(name));
        }
    }
    descriptor
}

/// The severity a code is reported with: a waiver's warnings and the lints are warnings,
/// the rest stop a file from being used.
fn code_level(code: Code) -> &'static str {
    match code {
        Code::Unused | Code::NeverInForce | Code::WaiverExpired | Code::WaiverUnmatched => {
            "warning"
        }
        _ => "error",
    }
}

/// A descriptor for an `SCxxxx` code (src/code.rs), from what `staffcheck explain` says.
fn code_rule(id: &str, lang: Lang) -> Value {
    let Some(code) = Code::parse(id) else {
        return json!({
            "id": id,
            "shortDescription": { "text": id },
            "fullDescription": { "text": id },
            "help": { "text": id },
        });
    };
    let (what, fix) = code.describe(lang);
    let sentence = |text: &str| {
        let mut chars = text.chars();
        let first = chars.next().map(|c| c.to_uppercase().collect::<String>());
        format!("{}{}.", first.unwrap_or_default(), chars.as_str())
    };
    json!({
        "id": id,
        "name": format!("{code:?}"),
        "shortDescription": { "text": sentence(&what) },
        "fullDescription": { "text": sentence(&what) },
        "help": {
            "text": format!(
                "{} {}",
                sentence(&what),
                t_with(lang, "sarif-code-help", &[("fix", &fix)])
            ),
            "markdown": format!(
                "{}\n\n**{}** {fix}.\n\n{}",
                sentence(&what),
                t(lang, "sarif-fix"),
                t_with(lang, "sarif-code-explain", &[("id", &id)])
            ),
        },
        "defaultConfiguration": { "level": code_level(code) },
    })
}

/// A plan's name as a URI: relative names stay relative references (resolved against the
/// repository by GitHub), absolute paths become `file://` URIs; percent-encoded either way.
pub fn uri(file: &str) -> String {
    let path = file.replace('\\', "/");
    let (prefix, path) = if path.starts_with('/') {
        ("file://", path.as_str())
    } else if path.as_bytes().get(1) == Some(&b':') && path.as_bytes().get(2) == Some(&b'/') {
        // A Windows drive: `C:/plans/a.yaml` → `file:///C:/plans/a.yaml`.
        ("file:///", path.as_str())
    } else {
        ("", path.as_str())
    };
    let mut out = prefix.to_string();
    for (index, byte) in path.bytes().enumerate() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'/' => {
                out.push(byte as char)
            }
            b':' if prefix == "file:///" && index == 1 => out.push(':'),
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

fn physical(place: &Place) -> Value {
    // A workbook is not text: its file without a region, the cell as a logical location.
    if place.cell.is_some() {
        return json!({ "artifactLocation": { "uri": uri(&place.file) } });
    }
    json!({
        "artifactLocation": { "uri": uri(&place.file) },
        "region": {
            "startLine": place.start.line,
            "startColumn": place.start.column,
            "endLine": place.end.line,
            "endColumn": place.end.column,
        }
    })
}

/// The whole file, for a diagnostic with no place in it (a plan that cannot be read):
/// GitHub needs a line, so its first.
fn file_location(file: &str) -> Value {
    json!({
        "artifactLocation": { "uri": uri(file) },
        "region": { "startLine": 1 },
    })
}

/// Text inside an embedded link's brackets: SARIF wants its brackets escaped.
fn link_text(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace('[', "\\[")
        .replace(']', "\\]")
}

fn result(diagnostic: &Diagnostic, rule_index: usize, plan: &str, fingerprint: String) -> Value {
    let mut location = Map::new();
    let physical_location = match Place::of(diagnostic) {
        Some(place) => physical(&place),
        None => file_location(plan),
    };
    location.insert("physicalLocation".into(), physical_location);
    let data = diagnostic.finding.as_deref();
    let mut logical: Vec<Value> = Vec::new();
    if let Some(data) = data {
        // `posts[17]` is a record (an object); `people[13].education` one of its fields.
        let kind = if data.path.contains('.') {
            "property"
        } else {
            "object"
        };
        logical.push(json!({ "fullyQualifiedName": data.path, "kind": kind }));
    }
    if let Some(cell) = Place::of(diagnostic).and_then(|place| place.cell) {
        logical.push(cell_location(&cell));
    }
    if !logical.is_empty() {
        location.insert("logicalLocations".into(), Value::Array(logical));
    }
    let related: Vec<(String, Value)> = match diagnostic.file() {
        Some(file) => diagnostic
            .labels
            .iter()
            .filter(|label| !label.primary)
            .enumerate()
            .map(|(id, label)| {
                let place = Place::new(file, label.span);
                let link = format!("[{}]({})", link_text(&label.text), id + 1);
                let mut value = json!({
                    "id": id + 1,
                    "physicalLocation": physical(&place),
                    "message": { "text": label.text },
                });
                if let Some(cell) = &place.cell {
                    value["logicalLocations"] = json!([cell_location(cell)]);
                }
                (link, value)
            })
            .collect(),
        None => Vec::new(),
    };
    let mut text = diagnostic.message.clone();
    if let Some(help) = &diagnostic.help {
        text.push('\n');
        text.push_str(help);
    }
    if !related.is_empty() {
        // GitHub shows a related location only where the message links to it.
        let links: Vec<&str> = related.iter().map(|(link, _)| link.as_str()).collect();
        text.push_str(&format!("\nSee also: {}.", links.join("; ")));
    }
    let mut value = json!({
        "ruleId": diagnostic.code,
        "ruleIndex": rule_index,
        "level": level(diagnostic.severity),
        "message": { "text": text },
        "locations": [location],
        "partialFingerprints": { fingerprint::NAME: fingerprint },
    });
    if !related.is_empty() {
        let values: Vec<Value> = related.into_iter().map(|(_, value)| value).collect();
        value["relatedLocations"] = json!(values);
    }
    if let Some(data) = data {
        value["properties"] = json!({
            "record": data.record.path,
            "citation": data.citation,
        });
        // SARIF's `open`: the tool could not decide whether the record passes or fails.
        if let Some(missing) = &data.not_judged {
            value["kind"] = json!("open");
            value["properties"]["notJudged"] = json!(missing
                .iter()
                .map(|value| value.text.as_str())
                .collect::<Vec<_>>());
        }
    }
    value
}

fn notification(diagnostic: &Diagnostic) -> Value {
    let mut value = json!({
        "descriptor": { "id": diagnostic.code },
        "level": level(diagnostic.severity),
        "message": { "text": diagnostic.message },
    });
    if let Some(place) = Place::of(diagnostic) {
        value["locations"] = match &place.cell {
            Some(cell) => json!([{
                "physicalLocation": physical(&place),
                "logicalLocations": [cell_location(cell)],
            }]),
            None => json!([{ "physicalLocation": physical(&place) }]),
        };
    }
    value
}

/// A workbook's cell as a SARIF logical location: `people!F12`.
fn cell_location(cell: &crate::cell::CellAddress) -> Value {
    json!({ "fullyQualifiedName": cell.to_string(), "name": cell.name() })
}

#[cfg(test)]
mod tests {
    use super::{pascal_case, uri};

    #[test]
    fn uris_are_percent_encoded() {
        assert_eq!(
            uri("plans/Hải Phòng.yaml"),
            "plans/H%E1%BA%A3i%20Ph%C3%B2ng.yaml"
        );
        assert_eq!(uri("plans\\a.yaml"), "plans/a.yaml");
    }

    #[test]
    fn absolute_paths_are_file_uris() {
        assert_eq!(uri("/srv/plans/a b.yaml"), "file:///srv/plans/a%20b.yaml");
        assert_eq!(uri("C:\\plans\\a.yaml"), "file:///C:/plans/a.yaml");
    }

    #[test]
    fn friendly_names_are_pascal_case() {
        assert_eq!(pascal_case("VICE-CAP"), "ViceCap");
        assert_eq!(pascal_case("KEY-COMMITTEE-CHAIR"), "KeyCommitteeChair");
    }
}
