//! The text functions: `len(text)`, `starts_with`, `ends_with`, `contains`, `lower`, `upper`.
//! They work on composed letters (NFC), so a plan typed with decomposed Vietnamese accents
//! (`ơ` as `o` and a combining horn, as some keyboards and old systems write them) matches
//! the rule's text, and a computed text is composed like the rule's own.

use std::sync::Arc;

use unicode_normalization::UnicodeNormalization;

use super::Value;
use crate::ir::Builtin;

/// Whether `function` is one of the functions of text (`len` is also a list's).
pub fn is_text_function(function: Builtin) -> bool {
    matches!(
        function,
        Builtin::Len
            | Builtin::StartsWith
            | Builtin::EndsWith
            | Builtin::Contains
            | Builtin::Lower
            | Builtin::Upper
    )
}

/// A text function on its arguments: undefined when one is not a text (an undefined field).
pub fn call<'a>(function: Builtin, args: &[Value<'a>]) -> Value<'a> {
    let texts: Option<Vec<String>> = args.iter().map(|a| a.as_text().map(nfc)).collect();
    match (function, texts.as_deref()) {
        (Builtin::Len, Some([text])) => Value::Integer(text.chars().count() as i64),
        (Builtin::StartsWith, Some([text, part])) => {
            Value::Boolean(text.starts_with(part.as_str()))
        }
        (Builtin::EndsWith, Some([text, part])) => Value::Boolean(text.ends_with(part.as_str())),
        (Builtin::Contains, Some([text, part])) => Value::Boolean(text.contains(part.as_str())),
        // Unicode's case mappings (`Đ` ↔ `đ`, `Ệ` ↔ `ệ`), composed again: a letter's case
        // mapping may come out decomposed (`İ` lowers to `i` and a combining dot).
        (Builtin::Lower, Some([text])) => computed(&text.to_lowercase()),
        (Builtin::Upper, Some([text])) => computed(&text.to_uppercase()),
        _ => Value::Undefined,
    }
}

fn nfc(text: &str) -> String {
    text.nfc().collect()
}

fn computed<'a>(text: &str) -> Value<'a> {
    Value::Computed(Arc::from(nfc(text)))
}
