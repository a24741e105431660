//! The YAML reader's reasons in plain words, in the report's language. saphyr-parser words
//! its errors for YAML implementers ("while parsing a block mapping, did not find expected
//! key"), in English only; an official editing a plan needs to hear what is wrong with the
//! line. The reasons a hand-edited plan meets are named here by the reader's exact text
//! (Cargo.lock pins the version; `tests/yaml_reasons.rs` provokes each one, so an upgrade
//! that rewords them fails there); any other keeps the reader's own words, quoted as its.

/// The catalog id of a reason's plain words, and of the help that goes with it.
pub struct Reason {
    pub message: &'static str,
    pub help: &'static str,
}

/// The reader's text, and what it means for a plan's author.
pub(super) const KNOWN: [(&str, Reason); 15] = [
    (
        "while parsing a block mapping, did not find expected key",
        reason("yaml-reason-mapping-key", "load-yaml-help"),
    ),
    (
        "while parsing a block collection, did not find expected '-' indicator",
        reason("yaml-reason-list-item", "load-yaml-help"),
    ),
    (
        "mapping values are not allowed in this context",
        reason("yaml-reason-colon", "yaml-help-colon"),
    ),
    (
        "block sequence entries are not allowed in this context",
        reason("yaml-reason-dash", "yaml-help-dash"),
    ),
    (
        "while parsing a flow mapping, did not find expected ',' or '}'",
        reason("yaml-reason-braces", "yaml-help-braces"),
    ),
    (
        "while parsing a flow sequence, expected ',' or ']'",
        reason("yaml-reason-brackets", "yaml-help-brackets"),
    ),
    (
        "while scanning a quoted scalar, found unexpected end of stream",
        reason("yaml-reason-unclosed-quote", "yaml-help-unclosed-quote"),
    ),
    (
        "invalid trailing content after double-quoted scalar",
        reason("yaml-reason-after-quote", "yaml-help-quote"),
    ),
    (
        "while parsing a quoted scalar, found unknown escape character",
        reason("yaml-reason-escape", "yaml-help-escape"),
    ),
    (
        "tabs disallowed within this context (block indentation)",
        reason("yaml-reason-tab", "load-yaml-help-tab"),
    ),
    (
        "while scanning a plain scalar, found a tab",
        reason("yaml-reason-tab", "load-yaml-help-tab"),
    ),
    (
        "while parsing a node, did not find expected node content",
        reason("yaml-reason-no-value", "load-yaml-help"),
    ),
    (
        "invalid indentation",
        reason("yaml-reason-indentation", "yaml-help-indentation"),
    ),
    (
        "invalid indentation in flow construct",
        reason("yaml-reason-indentation", "yaml-help-indentation"),
    ),
    (
        "while parsing node, found unknown anchor",
        reason("yaml-reason-unknown-anchor", "load-yaml-help-anchor"),
    ),
];

const fn reason(message: &'static str, help: &'static str) -> Reason {
    Reason { message, help }
}

/// The plain words for the reader's `info`, if it is a reason plans meet.
pub fn known(info: &str) -> Option<&'static Reason> {
    KNOWN
        .iter()
        .find(|(text, _)| *text == info)
        .map(|(_, reason)| reason)
}

/// The help for a reason the table does not name.
pub fn other_help(info: &str) -> &'static str {
    if info.contains("anchor") {
        "load-yaml-help-anchor"
    } else if info.contains("tab") {
        "load-yaml-help-tab"
    } else {
        "load-yaml-help"
    }
}
