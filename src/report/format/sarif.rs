//! `sarif`: SARIF 2.1.0, as GitHub code scanning accepts it: one run, the rule set as the
//! driver's rules (help text and citation), each finding a result with its physical
//! location and the other labelled places as related locations. Columns count Unicode code
//! points (`columnKind: unicodeCodePoints`), as everywhere in staffcheck.
//!
//! Written with `serde_json` rather than a typed SARIF crate: the output uses a small part
//! of the format, and a test validates it against the official schema
//! (`tests/sarif-schema-2.1.0.json`).

use serde_json::{json, Map, Value};

use crate::ast::Severity;
use crate::diagnostic::Diagnostic;
use crate::report::{Report, RuleInfo};

use super::Place;

pub const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

pub fn render(report: &Report) -> String {
    let mut out = serde_json::to_string_pretty(&document(report)).unwrap_or_default();
    out.push('\n');
    out
}

fn document(report: &Report) -> Value {
    let mut rules: Vec<Value> = report.rules.iter().map(rule).collect();
    let mut rule_ids: Vec<String> = report.rules.iter().map(|r| r.id.clone()).collect();
    // Diagnostics that are not rule violations (a plan that does not load) are results too,
    // under their `SCxxxx` code, each described once.
    let mut index_of = |code: &str| match rule_ids.iter().position(|id| id == code) {
        Some(index) => index,
        None => {
            rule_ids.push(code.to_string());
            rules.push(code_rule(code));
            rule_ids.len() - 1
        }
    };
    let mut results = Vec::new();
    for plan in &report.plans {
        // What loading refused, then the findings on the rest of the plan.
        let diagnostics: Vec<&Diagnostic> = match &plan.result {
            Ok(outcome) => outcome
                .load_errors
                .iter()
                .chain(&outcome.diagnostics)
                .collect(),
            Err(errors) => errors.iter().collect(),
        };
        for diagnostic in diagnostics {
            let index = index_of(&diagnostic.code);
            results.push(result(diagnostic, index, &plan.file));
        }
        // A waived finding is a result with an external suppression: SARIF viewers show it
        // as suppressed, and GitHub code scanning does not alert on it.
        for waived in plan.result.iter().flat_map(|outcome| &outcome.waived) {
            let index = index_of(&waived.finding.code);
            let mut value = result(&waived.finding, index, &plan.file);
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
    }
    let notifications: Vec<Value> = report.rule_diagnostics.iter().map(notification).collect();
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
            "invocations": [{
                "executionSuccessful": !report.rules_failed(),
                "toolConfigurationNotifications": notifications,
            }],
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

fn rule(rule: &RuleInfo) -> Value {
    let mut help = String::new();
    if let Some(fix) = &rule.fix {
        help.push_str(&format!("Fix: {fix}\n\n"));
    }
    help.push_str(&format!("Source: {}", rule.citation));
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
    let mut properties = Map::new();
    properties.insert("citation".into(), json!(rule.citation));
    properties.insert(
        "definedAt".into(),
        json!(format!("{}:{}", rule.source.name(), rule.location)),
    );
    if !window.is_empty() {
        properties.insert("inForce".into(), json!(window));
    }
    properties.insert("tags".into(), json!(["staffing"]));
    json!({
        "id": rule.id,
        "name": rule.id,
        "shortDescription": { "text": rule.title },
        "fullDescription": { "text": format!("{} ({})", rule.title, rule.citation) },
        "help": { "text": help },
        "defaultConfiguration": { "level": level(rule.severity) },
        "properties": properties,
    })
}

/// A descriptor for an `SCxxxx` code (see src/code.rs), by its family.
fn code_rule(code: &str) -> Value {
    let family = match code.get(..4) {
        Some("SC01") => "The rule file does not follow the grammar",
        Some("SC02") => "A name or type in the rule files is wrong",
        Some("SC03") => "The plan cannot be loaded",
        _ => "A file cannot be read, or an argument is wrong",
    };
    json!({
        "id": code,
        "name": code,
        "shortDescription": { "text": family },
        "help": { "text": format!("{family}: the message says where and what to change.") },
        "defaultConfiguration": { "level": "error" },
    })
}

/// `path/to/plan.yaml`, percent-encoded as a relative URI reference.
pub fn uri(file: &str) -> String {
    let mut out = String::new();
    for byte in file.replace('\\', "/").bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'/' => {
                out.push(byte as char)
            }
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

fn physical(place: &Place) -> Value {
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

fn result(diagnostic: &Diagnostic, rule_index: usize, plan: &str) -> Value {
    let mut location = Map::new();
    match Place::of(diagnostic) {
        Some(place) => {
            location.insert("physicalLocation".into(), physical(&place));
        }
        None => {
            // A file that could not be read: point at the file itself.
            location.insert(
                "physicalLocation".into(),
                json!({ "artifactLocation": { "uri": uri(plan) } }),
            );
        }
    }
    let data = diagnostic.finding.as_deref();
    if let Some(data) = data {
        // `posts[17]` is a record (an object); `people[13].education` one of its fields.
        let kind = if data.path.contains('.') {
            "property"
        } else {
            "object"
        };
        location.insert(
            "logicalLocations".into(),
            json!([{ "fullyQualifiedName": data.path, "kind": kind }]),
        );
    }
    let related: Vec<Value> = match diagnostic.file() {
        Some(file) => diagnostic
            .labels
            .iter()
            .filter(|label| !label.primary)
            .enumerate()
            .map(|(id, label)| {
                json!({
                    "id": id + 1,
                    "physicalLocation": physical(&Place::new(file, label.span)),
                    "message": { "text": label.text },
                })
            })
            .collect(),
        None => Vec::new(),
    };
    let mut text = diagnostic.message.clone();
    if let Some(help) = &diagnostic.help {
        text.push('\n');
        text.push_str(help);
    }
    let mut value = json!({
        "ruleId": diagnostic.code,
        "ruleIndex": rule_index,
        "level": level(diagnostic.severity),
        "message": { "text": text },
        "locations": [location],
    });
    if !related.is_empty() {
        value["relatedLocations"] = json!(related);
    }
    if let Some(data) = data {
        value["properties"] = json!({
            "record": data.record.path,
            "citation": data.citation,
        });
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
        value["locations"] = json!([{ "physicalLocation": physical(&place) }]);
    }
    value
}

#[cfg(test)]
mod tests {
    use super::uri;

    #[test]
    fn uris_are_percent_encoded() {
        assert_eq!(
            uri("plans/Hải Phòng.yaml"),
            "plans/H%E1%BA%A3i%20Ph%C3%B2ng.yaml"
        );
        assert_eq!(uri("plans\\a.yaml"), "plans/a.yaml");
    }
}
