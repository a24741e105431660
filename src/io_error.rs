//! Plain words for I/O errors, without Rust's "(os error 2)", in the report's language.

use crate::i18n::t;
use crate::lang::Lang;

/// In English: for the places that do not yet speak the report's language.
pub fn describe(error: &std::io::Error) -> String {
    describe_in(error, Lang::En)
}

pub fn describe_in(error: &std::io::Error, lang: Lang) -> String {
    match error.kind() {
        std::io::ErrorKind::NotFound => t(lang, "io-not-found"),
        std::io::ErrorKind::PermissionDenied => t(lang, "io-permission-denied"),
        std::io::ErrorKind::InvalidData => t(lang, "io-not-utf8"),
        std::io::ErrorKind::IsADirectory => t(lang, "io-is-a-directory"),
        _ => {
            let text = error.to_string();
            match text.find(" (os error") {
                Some(end) => text[..end].to_string(),
                None => text,
            }
        }
    }
}
