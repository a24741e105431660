//! The code action that waives a finding: a waiver for its rule and record added to the
//! plan's `waivers:` section (the section created at the end when the plan has none), with
//! a reason and an approver for the drafter to write and an expiry 90 days after the plan's
//! date.

use chrono::{Days, NaiveDate};
use lsp_types::{Position, Range, TextEdit};

use super::position::Lines;

/// A finding's rule, record and the date its plan is judged at, as its diagnostic carries them.
#[derive(serde::Deserialize)]
pub struct Waivable {
    pub rule: String,
    pub record: String,
    pub date: NaiveDate,
}

/// The edit that adds the waiver to `text`.
pub fn add_waiver(text: &str, finding: &Waivable) -> TextEdit {
    let lines = Lines::new(text);
    let expires = finding
        .date
        .checked_add_days(Days::new(90))
        .unwrap_or(finding.date);
    let quote = |s: &str| serde_json::Value::from(s).to_string();
    let entry = |indent: &str| {
        format!(
            "{indent}- rule: {}\n{indent}  record: {}\n{indent}  reason: {}\n{indent}  approved_by: {}\n{indent}  expires: {expires}\n",
            finding.rule,
            quote(&finding.record),
            quote("WHY THIS FINDING IS ACCEPTED"),
            quote("WHO APPROVED IT"),
        )
    };
    match section_end(text) {
        Some((end, indent)) => {
            let at = lines.position(end);
            // A section ending the file without a newline: the entry takes a line of its own.
            let newline = if text[..end].ends_with('\n') {
                ""
            } else {
                "\n"
            };
            TextEdit::new(Range::new(at, at), format!("{newline}{}", entry(&indent)))
        }
        None => {
            let end = lines.position(text.len());
            let newline = if text.is_empty() || text.ends_with('\n') {
                ""
            } else {
                "\n"
            };
            let at = Position::new(end.line, end.character);
            TextEdit::new(
                Range::new(at, at),
                format!("{newline}\nwaivers:\n{}", entry("  ")),
            )
        }
    }
}

/// Where the `waivers:` section ends (the offset after its last non-blank line) and how its
/// items are indented; `None` when the plan has no such section.
fn section_end(text: &str) -> Option<(usize, String)> {
    let mut offset = 0;
    let mut in_section = false;
    let mut end = None;
    let mut indent = None;
    for line in text.split_inclusive('\n') {
        let next = offset + line.len();
        let top_level = !line.starts_with([' ', '\t', '#', '\n', '\r']) && !line.trim().is_empty();
        if in_section && top_level {
            break;
        }
        if line.trim_end() == "waivers:" || line.starts_with("waivers: ") {
            in_section = true;
            end = Some(next);
        } else if in_section && !line.trim().is_empty() && !line.trim_start().starts_with('#') {
            end = Some(next);
            if indent.is_none() {
                let width = line.len() - line.trim_start().len();
                indent = Some(line[..width].to_string());
            }
        }
        offset = next;
    }
    Some((end?, indent.unwrap_or_else(|| "  ".to_string())))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn apply(text: &str) -> String {
        let edit = add_waiver(
            text,
            &Waivable {
                rule: "VICE-CAP".into(),
                record: "20194".into(),
                date: NaiveDate::from_ymd_opt(2025, 7, 1).unwrap(),
            },
        );
        let lines = Lines::new(text);
        let at = lines.offset(edit.range.start);
        format!("{}{}{}", &text[..at], edit.new_text, &text[at..])
    }

    #[test]
    fn adds_to_the_section_or_creates_it() {
        let with =
            "plan:\n  date: 2025-07-01\nwaivers:\n    - rule: A\n      record: x\n\nunits: []\n";
        insta::assert_snapshot!(apply(with), @r#"
        plan:
          date: 2025-07-01
        waivers:
            - rule: A
              record: x
            - rule: VICE-CAP
              record: "20194"
              reason: "WHY THIS FINDING IS ACCEPTED"
              approved_by: "WHO APPROVED IT"
              expires: 2025-09-29

        units: []
        "#);
        insta::assert_snapshot!(apply("plan:\n  date: 2025-07-01"), @r#"
        plan:
          date: 2025-07-01

        waivers:
          - rule: VICE-CAP
            record: "20194"
            reason: "WHY THIS FINDING IS ACCEPTED"
            approved_by: "WHO APPROVED IT"
            expires: 2025-09-29
        "#);
    }
}
