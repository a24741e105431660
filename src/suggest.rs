//! "Did you mean" suggestions for misspelt names.

use crate::i18n::t_args;
use crate::lang::Lang;

/// The candidate closest to `name`, if it is close enough to be a likely typo.
pub fn closest<'a>(name: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    nearest(name, candidates, 1).into_iter().next()
}

/// Up to `n` candidates close enough to `name` to be likely typos, closest first: by edit
/// distance (two neighbouring characters swapped count as one edit), a swap before other
/// edits at the same distance (`11371` for `11317` is the commonest slip in a code), then
/// alphabetically.
pub fn nearest<'a>(
    name: &str,
    candidates: impl IntoIterator<Item = &'a str>,
    n: usize,
) -> Vec<&'a str> {
    let limit = (name.chars().count() / 3).clamp(1, 3);
    let mut near: Vec<(usize, bool, &str)> = candidates
        .into_iter()
        .filter(|candidate| *candidate != name)
        .map(|candidate| {
            let distance = strsim::damerau_levenshtein(name, candidate);
            (distance, !is_swap(name, candidate), candidate)
        })
        .filter(|&(distance, _, candidate)| {
            distance <= limit || candidate.eq_ignore_ascii_case(name)
        })
        .collect();
    near.sort_unstable();
    near.dedup();
    near.into_iter().take(n).map(|(_, _, c)| c).collect()
}

/// Whether `b` is `a` with two neighbouring characters swapped.
fn is_swap(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    if a.len() != b.len() {
        return false;
    }
    let differ: Vec<usize> = (0..a.len()).filter(|&i| a[i] != b[i]).collect();
    matches!(differ[..], [i, j] if j == i + 1 && a[i] == b[j] && a[j] == b[i])
}

/// `name` with each pair of neighbouring characters swapped: the likely intended names
/// that can be looked up where there are too many candidates to compare with each.
pub fn swaps(name: &str) -> Vec<String> {
    let chars: Vec<char> = name.chars().collect();
    (1..chars.len())
        .filter(|&i| chars[i - 1] != chars[i])
        .map(|i| {
            let mut swapped = chars.clone();
            swapped.swap(i - 1, i);
            swapped.into_iter().collect()
        })
        .collect()
}

/// "; did you mean `x`?" or nothing, in English: what the rule-file and plan loaders say.
pub fn did_you_mean<'a>(name: &str, candidates: impl IntoIterator<Item = &'a str>) -> String {
    did_you_mean_in(Lang::En, name, candidates)
}

/// "; did you mean `x`?" (in `lang`) or nothing.
pub fn did_you_mean_in<'a>(
    lang: Lang,
    name: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> String {
    hint(lang, name, candidates).text
}

/// A "did you mean" for a misspelt name: the words that end a message, and the names they
/// suggest, which an editor offers in the misspelt name's place
/// (`Diagnostic::replacements`), so that no one has to read them back out of the message.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Hint {
    /// "; did you mean `x`?" in the language asked for, or nothing.
    pub text: String,
    /// The names suggested, best first: the same in every language.
    pub names: Vec<String>,
}

/// The hint for `name` among `candidates`, in `lang`: the closest one, if any is close.
pub fn hint<'a>(lang: Lang, name: &str, candidates: impl IntoIterator<Item = &'a str>) -> Hint {
    hint_any(
        lang,
        &closest(name, candidates).map_or_else(Vec::new, |c| vec![(c, None)]),
    )
}

/// "; did you mean `a` (its name), `b` or `c`?" for suggestions each shown with what it
/// names, if anything; nothing when there are none. In English, as `did_you_mean`.
pub fn did_you_mean_any(suggestions: &[(&str, Option<&str>)]) -> String {
    did_you_mean_any_in(Lang::En, suggestions)
}

/// `did_you_mean_any` in `lang`.
pub fn did_you_mean_any_in(lang: Lang, suggestions: &[(&str, Option<&str>)]) -> String {
    hint_any(lang, suggestions).text
}

/// The hint naming `suggestions` (each with what it names, if anything), in `lang`.
pub fn hint_any(lang: Lang, suggestions: &[(&str, Option<&str>)]) -> Hint {
    let shown: Vec<String> = suggestions
        .iter()
        .map(|(key, name)| match name {
            Some(name) if !name.is_empty() => format!("`{key}` ({name})"),
            _ => format!("`{key}`"),
        })
        .collect();
    let names = match shown.split_last() {
        None => return Hint::default(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => {
            let args = [("first", rest.join(", ").into()), ("last", last.into())];
            t_args(lang, "either-or", &args)
        }
    };
    Hint {
        text: t_args(lang, "did-you-mean", &[("names", names.into())]),
        names: suggestions.iter().map(|(key, _)| key.to_string()).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_near_names_only() {
        let fields = ["education", "ethnicity", "home_province"];
        assert_eq!(closest("educaton", fields), Some("education"));
        assert_eq!(closest("salary", fields), None);
    }

    #[test]
    fn a_swap_comes_before_other_edits_at_the_same_distance() {
        let codes = ["11311", "11317", "11320", "11374", "11371"];
        assert_eq!(nearest("11371", codes, 3), ["11317", "11311", "11374"]);
        assert_eq!(nearest("11371", codes, 1), ["11317"]);
        assert!(nearest("99999", codes, 3).is_empty());
    }

    #[test]
    fn swaps_are_every_neighbouring_pair_exchanged() {
        assert_eq!(swaps("1137"), ["1317", "1173"]);
        assert!(swaps("Ơ").is_empty());
    }

    #[test]
    fn suggestions_read_as_a_list() {
        assert_eq!(did_you_mean_any(&[]), "");
        assert_eq!(
            did_you_mean_any(&[("11317", Some("Phường Thiên Hương"))]),
            "; did you mean `11317` (Phường Thiên Hương)?"
        );
        assert_eq!(
            did_you_mean_any(&[("a", Some("A")), ("b", None), ("c", Some("C"))]),
            "; did you mean `a` (A), `b` or `c` (C)?"
        );
        assert_eq!(
            did_you_mean_any_in(Lang::Vi, &[("a", Some("A")), ("b", None), ("c", Some("C"))]),
            "; có phải là `a` (A), `b` hay `c` (C)?"
        );
    }

    #[test]
    fn a_hint_names_its_suggestions_the_same_in_either_language() {
        let fields = ["education", "ethnicity", "home_province"];
        let (en, vi) = (
            hint(Lang::En, "educaton", fields),
            hint(Lang::Vi, "educaton", fields),
        );
        assert_eq!(en.text, "; did you mean `education`?");
        assert_eq!(vi.text, "; có phải là `education`?");
        assert_eq!(
            (en.names, vi.names),
            (vec!["education".to_string()], vec!["education".to_string()])
        );
        assert_eq!(hint(Lang::Vi, "salary", fields), Hint::default());
        let many = hint_any(
            Lang::Vi,
            &[("11317", Some("Phường Thiên Hương")), ("11311", None)],
        );
        assert_eq!(many.names, ["11317", "11311"]);
    }
}
