//! `severity error when CONDITION otherwise warning`: each finding's severity chosen by its
//! record, and an undecided condition never choosing the milder one.

use super::tests::{findings, PLAN};
use crate::lang::Lang;

/// Each finding as `severity: message`, and the `why` sentences of the first.
fn judged(rules: &str, lang: Lang) -> (Vec<String>, Vec<String>) {
    let found = findings(rules, PLAN, lang);
    let why = found
        .first()
        .and_then(|d| d.finding.as_ref())
        .map(|f| f.plain.clone())
        .unwrap_or_default();
    let shown = found
        .iter()
        .map(|d| format!("{}: {}", d.severity.as_str(), d.message))
        .collect();
    (shown, why)
}

#[test]
fn the_condition_chooses_each_finding_s_severity_after_the_lets() {
    // Lâm Văn Sơn (CT-0002) was born in 1988: the younger one's finding is the milder.
    let rules = r#"
        rule R "t" {
          severity error when older otherwise info
          source "s"
          for p in people
          let older = p.born < 1985-01-01
          require false
          message "{p.name}"
        }
    "#;
    let (shown, why) = judged(rules, Lang::En);
    assert_eq!(shown, ["error: Trần Thị Ngọc Hân", "info: Lâm Văn Sơn"]);
    assert!(why.iter().all(|w| !w.contains("severity")), "{why:?}");
}

#[test]
fn an_undecided_condition_reports_the_severer_severity_and_says_so() {
    // No post says which field it needs: the condition has no value, so every finding is
    // an error (the severer), never a warning, and its `why` says the severity was not decided.
    let rules = r#"
        rule R "t" {
          severity warning when a.needs_field == "law" otherwise error
          source "s"
          for a in posts
          require false
          message "{a.post}"
        }
    "#;
    let (shown, why) = judged(rules, Lang::En);
    assert_eq!(shown.len(), 4);
    assert!(shown.iter().all(|s| s.starts_with("error: ")), "{shown:?}");
    assert_eq!(
        why.last().map(String::as_str),
        Some("the rule's severity could not be decided: its condition `a.needs_field == \"law\"` has no value for this record, so the finding is reported as the severer: error")
    );
    let (_, why) = judged(rules, Lang::Vi);
    assert_eq!(
        why.last().map(String::as_str),
        Some("không xác định được mức độ của quy tắc: điều kiện `a.needs_field == \"law\"` không có giá trị với bản ghi này, nên phát hiện được báo ở mức nặng hơn: lỗi")
    );
}

#[test]
fn a_not_judged_record_is_a_warning_at_most_whatever_the_condition() {
    let rules = r#"
        rule R "t" {
          severity error when true otherwise info
          source "s"
          for a in posts
          require a.needs_field == "law"
        }
    "#;
    let (shown, _) = judged(rules, Lang::En);
    assert_eq!(shown.len(), 4);
    assert!(
        shown.iter().all(|s| s.starts_with("warning: not judged")),
        "{shown:?}"
    );
}
