//! Whether two parses say the same thing, whatever their layout: the formatter's promise,
//! checked after every formatting and by the tests.

use crate::ast::RuleFile;

/// The items of both files are equal but for their spans, and the comments' texts are the
/// same in the same order.
pub fn same_shape(a: &RuleFile, b: &RuleFile) -> bool {
    let comments = |file: &RuleFile| -> Vec<String> {
        file.comments
            .iter()
            .map(|c| c.text.trim_end().to_string())
            .collect()
    };
    without_spans(&format!("{:?}", a.items)) == without_spans(&format!("{:?}", b.items))
        && comments(a) == comments(b)
}

/// The `Debug` text of a tree with every `Span { start: .., end: .. }` (and
/// `function_span`'s) removed.
fn without_spans(debug: &str) -> String {
    const OPEN: &str = "Span { start: ";
    let mut out = String::with_capacity(debug.len());
    let mut rest = debug;
    while let Some(at) = rest.find(OPEN) {
        out.push_str(&rest[..at]);
        let after = &rest[at..];
        match after.find('}') {
            Some(end) => rest = &after[end + 1..],
            None => {
                rest = after;
                break;
            }
        }
    }
    out.push_str(rest);
    out
}
