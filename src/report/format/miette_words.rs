//! The few words miette writes itself, in the report's language: `help:` before a
//! diagnostic's help, and `Error:`, `Warning:`, `Advice:` before a related diagnostic. miette
//! has no setting for them, so a Vietnamese rendering is rewritten line by line: the word
//! is replaced where miette puts it (after the line's indentation and colour codes) and the
//! help's wrapped lines are indented by as many columns as the word grew, so they stay under
//! it. The caller renders `extra_width` columns narrower, so no line ends up wider than asked.

use unicode_width::UnicodeWidthStr;

use crate::i18n::t;
use crate::lang::Lang;

/// miette's word for each of its headers, and the catalog id of ours.
const WORDS: [(&str, &str); 4] = [
    ("help: ", "miette-help"),
    ("Error: ", "miette-error"),
    ("Warning: ", "miette-warning"),
    ("Advice: ", "miette-advice"),
];

/// How many columns wider `help: ` is in `lang` than miette's: the rendering is made that
/// much narrower, so the help's lines fit once indented under the longer word.
pub fn extra_width(lang: Lang) -> usize {
    let ours = format!("{}: ", t(lang, "miette-help"));
    ours.width().saturating_sub("help: ".len())
}

/// `rendered` (miette's graphical output) with its own words said in `lang`.
pub fn in_language(rendered: String, lang: Lang) -> String {
    if lang == Lang::En {
        return rendered;
    }
    let ours: Vec<String> = WORDS
        .iter()
        .map(|(_, id)| format!("{}: ", t(lang, id)))
        .collect();
    let extra = " ".repeat(extra_width(lang));
    let mut out = String::with_capacity(rendered.len() + 256);
    // The indentation of the help being continued: its wrapped lines start with it.
    let mut continuing: Option<String> = None;
    for line in rendered.split_inclusive('\n') {
        if let Some(indent) = &continuing {
            if line.starts_with(indent.as_str()) && line.trim() != "" {
                out.push_str(indent);
                out.push_str(&extra);
                out.push_str(&line[indent.len()..]);
                continue;
            }
            continuing = None;
        }
        match header_word(line) {
            Some((at, word)) => {
                let theirs = WORDS[word].0;
                out.push_str(&line[..at]);
                out.push_str(&ours[word]);
                out.push_str(&line[at + theirs.len()..]);
                if theirs == "help: " {
                    // miette indents the help's other lines by the width of what comes
                    // before its text: the leading spaces and `help: `.
                    let visible = strip_colour(&line[..at]);
                    continuing = Some(" ".repeat(visible.width() + theirs.len()));
                }
            }
            None => out.push_str(line),
        }
    }
    out
}

/// Where one of miette's words starts `line`, after spaces and colour codes only, and
/// which (its index in `WORDS`).
fn header_word(line: &str) -> Option<(usize, usize)> {
    let mut at = 0;
    let bytes = line.as_bytes();
    loop {
        match bytes.get(at) {
            Some(b' ') => at += 1,
            // An ANSI colour code: ESC [ ... m.
            Some(0x1b) => match line[at..].find('m') {
                Some(end) => at += end + 1,
                None => return None,
            },
            _ => break,
        }
    }
    let rest = &line[at..];
    WORDS
        .iter()
        .position(|(theirs, _)| rest.starts_with(theirs))
        .map(|word| (at, word))
}

/// `text` without ANSI colour codes.
fn strip_colour(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(start) = rest.find('\u{1b}') {
        out.push_str(&rest[..start]);
        match rest[start..].find('m') {
            Some(end) => rest = &rest[start + end + 1..],
            None => return out,
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_is_left_as_miette_wrote_it() {
        let text = "  help: a\n        b\n\nAdvice: SC0208\n".to_string();
        assert_eq!(in_language(text.clone(), Lang::En), text);
    }

    #[test]
    fn the_help_word_and_its_wrapped_lines_move_together() {
        let text = "  × message\n  help: first line\n        second line\n\nAdvice: SC0208\n\n  ☞ note\n    help: inner\n          inner two\n".to_string();
        let grown = " ".repeat(extra_width(Lang::Vi));
        let help = t(Lang::Vi, "miette-help");
        let advice = t(Lang::Vi, "miette-advice");
        let expected = format!(
            "  × message\n  {help}: first line\n        {grown}second line\n\n{advice}: SC0208\n\n  ☞ note\n    {help}: inner\n          {grown}inner two\n"
        );
        assert_eq!(in_language(text, Lang::Vi), expected);
    }

    #[test]
    fn colour_codes_before_the_word_are_kept() {
        let text = "\u{1b}[36m  help: \u{1b}[0mfirst\n        second\n".to_string();
        let help = t(Lang::Vi, "miette-help");
        let grown = " ".repeat(extra_width(Lang::Vi));
        assert_eq!(
            in_language(text, Lang::Vi),
            format!("\u{1b}[36m  {help}: \u{1b}[0mfirst\n        {grown}second\n")
        );
    }

    #[test]
    fn a_word_inside_a_sentence_is_not_a_header() {
        let text = "  × the help: text\n".to_string();
        assert_eq!(in_language(text.clone(), Lang::Vi), text);
    }
}
