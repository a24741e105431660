//! Slips drafters make that the grammar alone would answer with a list of expected
//! tokens: an operator or comment from another language, a near-miss severity, a severity
//! chosen with `if ... else`, `extend` of a parameter or a table, an unclosed `{` or a `%`
//! in a message. Each gets its own message and the fix.

use super::Rule;
use crate::i18n::{t, t_args};
use crate::lang::Lang;
use crate::suggest::closest;

/// What to tell the drafter instead of "expected ..., found ...".
pub struct Slip {
    pub message: String,
    pub label: String,
    pub help: String,
    /// Where to point, when not at the unexpected token (the brace that was not closed, the
    /// whole of `&&`).
    pub at: Option<(usize, usize)>,
    /// What to write in place of what the label covers, when the fix is that: the
    /// diagnostic's `replacements`, offered by an editor as a quick fix.
    pub replacements: Vec<String>,
}

impl Slip {
    fn new(message: String, label: String, help: String) -> Slip {
        Slip {
            message,
            label,
            help,
            at: None,
            replacements: Vec::new(),
        }
    }

    /// Where to point, from byte `start` to `end` of the text.
    fn at(mut self, start: usize, end: usize) -> Slip {
        self.at = Some((start, end));
        self
    }

    /// The text to write in place of what the label covers.
    fn write(mut self, replacement: impl Into<String>) -> Slip {
        self.replacements = vec![replacement.into()];
        self
    }
}

/// The slip at byte `at` of `text`, where the parser stopped expecting `positives`, said in
/// `lang`.
pub fn recognise(
    text: &str,
    at: usize,
    token: &str,
    positives: &[Rule],
    lang: Lang,
) -> Option<Slip> {
    let rest = &text[at..];
    let before = text[..at].trim_end();
    if let Some(slip) = percent_sign(text, at, lang) {
        return Some(slip);
    }
    if let Some(slip) = unclosed_hole(text, at, lang) {
        return Some(slip);
    }
    // A rule id runs on past the `-` that ends `token`.
    let id_end = rest
        .find(|c: char| !(c.is_alphanumeric() || "-_./".contains(c)))
        .unwrap_or(rest.len());
    if let Some(slip) = override_slip(before, &rest[..id_end.max(token.len())], positives, lang) {
        return Some(slip);
    }
    if let Some(slip) = severity_if(text, at, token, positives, lang) {
        return Some(slip);
    }
    let after_extend = before.strip_suffix("extend").is_some_and(|head| {
        !head
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphanumeric() || c == '_')
    });
    let extensible = ["enum", "collection", "const"];
    if after_extend && !token.is_empty() && !extensible.contains(&token) {
        return Some(Slip::new(
            t_args(lang, "slip-extend", &[("token", token.into())]),
            t(lang, "slip-extend-label"),
            t(lang, "slip-extend-help"),
        ));
    }
    if positives.contains(&Rule::severity) {
        let hint = closest(token, ["error", "warning", "info"]).or_else(|| {
            ["error", "warning", "info"]
                .into_iter()
                .find(|severity| !token.is_empty() && severity.starts_with(token))
        });
        if let Some(severity) = hint {
            return Some(
                Slip::new(
                    t_args(
                        lang,
                        "slip-severity",
                        &[("token", token.into()), ("severity", severity.into())],
                    ),
                    t(lang, "slip-severity-label"),
                    t(lang, "slip-severity-help"),
                )
                .write(severity),
            );
        }
    }
    // Only where an operator could follow: `param cap: integer = 2` is another mistake.
    let operator_expected = positives.iter().any(|rule| {
        matches!(
            rule,
            Rule::compare_tail
                | Rule::compare_op
                | Rule::in_tail
                | Rule::or_op
                | Rule::and_op
                | Rule::sum_op
                | Rule::product_op
        )
    });
    if !operator_expected {
        return comment(rest, lang);
    }
    // The label covers the operator as written, all of `&&`, which the fix replaces.
    let operator = |written: &str, meant: &str, does: &str| {
        let args = [("written", written.into()), ("meant", meant.into())];
        Slip::new(
            t_args(lang, "slip-operator", &args),
            t_args(lang, "slip-operator-label", &args[1..]),
            t(lang, does),
        )
        .at(at, at + written.len())
        .write(meant)
    };
    if rest.starts_with("&&") {
        return Some(operator("&&", "and", "slip-and-help"));
    }
    if rest.starts_with("||") {
        return Some(operator("||", "or", "slip-or-help"));
    }
    if rest.starts_with('=') && !rest.starts_with("==") {
        return Some(operator("=", "==", "slip-equals-help"));
    }
    comment(rest, lang)
}

/// `replace VICE-CAP` without `rule`, `disable rule VICE-CAP`, a `disable` without its
/// reason: the forms of an override said in full.
fn override_slip(before: &str, token: &str, positives: &[Rule], lang: Lang) -> Option<Slip> {
    let mut words = before.rsplit(char::is_whitespace).filter(|w| !w.is_empty());
    let (last, previous) = (words.next()?, words.next());
    if last == "replace" && positives.contains(&Rule::kw_rule) && !token.is_empty() {
        return Some(Slip::new(
            t_args(lang, "slip-replace", &[("token", token.into())]),
            t(lang, "slip-replace-label"),
            t(lang, "slip-override-help"),
        ));
    }
    if !positives.contains(&Rule::string) || token.starts_with('"') {
        return None;
    }
    match (previous, last) {
        (Some("disable"), "rule") => Some(Slip::new(
            t_args(lang, "slip-disable-rule", &[("token", token.into())]),
            t(lang, "slip-disable-rule-label"),
            t(lang, "slip-override-help"),
        )),
        (Some("disable"), id) => Some(Slip::new(
            t_args(lang, "slip-disable-reason", &[("id", id.into())]),
            t(lang, "slip-disable-reason-label"),
            t(lang, "slip-override-help"),
        )),
        _ => None,
    }
}

/// A comment written as in YAML or a shell.
fn comment(rest: &str, lang: Lang) -> Option<Slip> {
    rest.starts_with('#').then(|| {
        Slip::new(
            t(lang, "slip-hash"),
            t(lang, "slip-hash-label"),
            t(lang, "slip-hash-help"),
        )
        .write("//")
    })
}

/// `{share%}` in a message: `%` only writes a percentage as a number (`15%`); a value is
/// shown as a percentage with `as percent`.
fn percent_sign(text: &str, at: usize, lang: Lang) -> Option<Slip> {
    let after = text[at..].strip_prefix('%')?;
    let brace = open_hole(text, at)?;
    let close = text.len() - after.trim_start_matches([' ', '\t']).len();
    if !text[close..].starts_with('}') {
        return None;
    }
    let written = text[brace + 1..at].trim();
    // `{15 %}` is the number 15: `as percent` would show 1500%.
    if written.is_empty() || written.chars().all(|c| c.is_ascii_digit() || c == '.') {
        return None;
    }
    let fix = format!("{{{written} as percent}}");
    let slip = Slip::new(
        t_args(lang, "slip-percent-sign", &[("fix", fix.as_str().into())]),
        t(lang, "slip-percent-sign-label"),
        t(lang, "slip-percent-sign-help"),
    );
    Some(slip.at(brace, close + 1).write(fix))
}

/// `severity error if COND else warning` (or `severity if COND then error else warning`):
/// a severity chosen by a condition is written `severity error when COND otherwise warning`.
fn severity_if(text: &str, at: usize, token: &str, positives: &[Rule], lang: Lang) -> Option<Slip> {
    let after_severity = positives.contains(&Rule::kw_when) || positives.contains(&Rule::severity);
    if token != "if" || !after_severity {
        return None;
    }
    let before = text[..at].trim_end();
    let clause = before.rfind("severity")?;
    let written_first = before[clause + "severity".len()..].trim();
    if !written_first.is_empty() && !is_severity(written_first) {
        return None;
    }
    let line_end = text[at..].find('\n').map_or(text.len(), |i| at + i);
    let line = &text[at + "if".len()..line_end];
    let words = |from: usize| {
        line[from..]
            .split_whitespace()
            .next()
            .map(|w| w.trim_end_matches(|c: char| !c.is_alphanumeric()))
    };
    let whole = |at: usize, word: &str| {
        let end = at + word.len();
        line[..at].ends_with(char::is_whitespace) && line[end..].starts_with(char::is_whitespace)
    };
    let found = line
        .match_indices("else")
        .find(|&(i, word)| whole(i, word) && words(i + 4).is_some_and(is_severity));
    let open = || {
        Slip::new(
            t(lang, "slip-severity-if-open"),
            t(lang, "slip-severity-if-label"),
            t(lang, "slip-severity-if-help"),
        )
    };
    let Some((else_at, _)) = found else {
        return Some(open());
    };
    let second = words(else_at + 4)?;
    let mut condition = line[..else_at].trim();
    // `severity if COND then error else warning`: the first severity follows `then`.
    let first = match written_first {
        "" => {
            let then = condition.rfind(" then ")?;
            let first = condition[then + " then ".len()..].trim();
            condition = condition[..then].trim();
            first
        }
        first => first,
    };
    if condition.is_empty() || !is_severity(first) {
        return Some(open());
    }
    let second_at = at + "if".len() + else_at + 4;
    let second_at = second_at + text[second_at..].find(second)?;
    let fix = format!("severity {first} when {condition} otherwise {second}");
    let slip = Slip::new(
        t_args(lang, "slip-severity-if", &[("fix", fix.as_str().into())]),
        t(lang, "slip-severity-if-label"),
        t(lang, "slip-severity-if-help"),
    );
    Some(slip.at(clause, second_at + second.len()).write(fix))
}

fn is_severity(word: &str) -> bool {
    ["error", "warning", "info"].contains(&word)
}

/// The offset of the `{` of the value a `message "..."` has open at `at`, if one is.
fn open_hole(text: &str, at: usize) -> Option<usize> {
    let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let line = text[line_start..].lines().next().unwrap_or("");
    let quote = line_start + message_quote(line)?;
    if quote >= at {
        return None;
    }
    // Walk the message up to `at`: `\{` is text; inside a value, a string's braces are its
    // own.
    let (mut open, mut escaped, mut in_string) = (None, false, false);
    for (i, c) in text[quote + 1..at].char_indices() {
        let i = quote + 1 + i;
        match (open, c) {
            _ if escaped => escaped = false,
            (_, '\\') => escaped = true,
            (None, '{') => open = Some(i),
            (None, '"') => return None,
            (Some(_), '"') => in_string = !in_string,
            (Some(_), '}') if !in_string => open = None,
            _ => {}
        }
    }
    open
}

/// A `{` in a `message "..."` whose value is not closed before the parser stopped at `at`.
fn unclosed_hole(text: &str, at: usize, lang: Lang) -> Option<Slip> {
    let brace = open_hole(text, at)?;
    let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let column = text[line_start..brace].chars().count() + 1;
    let slip = Slip::new(
        t_args(lang, "slip-unclosed-hole", &[("column", column.into())]),
        t(lang, "slip-unclosed-hole-label"),
        t(lang, "slip-unclosed-hole-help"),
    );
    Some(slip.at(brace, brace + 1))
}

/// The offset in `line` of the opening quote of a `message "...`.
fn message_quote(line: &str) -> Option<usize> {
    let keyword = line.find("message")?;
    let after = &line[keyword + "message".len()..];
    let spaces = after.len() - after.trim_start().len();
    after
        .trim_start()
        .starts_with('"')
        .then_some(keyword + "message".len() + spaces)
}
