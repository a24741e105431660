//! Every text the tool says to a person, in the language asked for: Project Fluent message
//! catalogs (`i18n/en.ftl`, `i18n/vi.ftl`), compiled in, read through two calls:
//!
//! ```
//! use staffcheck::i18n::{t, t_args};
//! use staffcheck::lang::Lang;
//! assert_eq!(t(Lang::Vi, "what-findings"), "kết quả kiểm tra");
//! assert_eq!(t_args(Lang::En, "count-errors", &[("n", 3.into())]), "3 errors");
//! ```
//!
//! Plural forms are Fluent's (`{ $n -> [one] … *[other] … }`, CLDR rules: English has one
//! and other, Vietnamese only other). Bidi isolation marks are off: they would land in
//! terminals, files and snapshots as invisible characters. `tests` hold both catalogs to the
//! same ids and variables, and to the ids the source uses.

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
pub use fluent_bundle::FluentValue as Arg;
use fluent_bundle::{FluentArgs, FluentResource};

use crate::lang::Lang;

const EN: &str = include_str!("../i18n/en.ftl");
const VI: &str = include_str!("../i18n/vi.ftl");

struct Catalogs {
    en: FluentBundle<FluentResource>,
    vi: FluentBundle<FluentResource>,
}

fn bundle(tag: &str, text: &'static str) -> FluentBundle<FluentResource> {
    let id = tag.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    bundle.set_use_isolating(false);
    // A catalog that does not parse, or repeats an id, is our bug and fails the tests below;
    // at run time the messages that did parse still serve.
    let resource = FluentResource::try_new(text.to_string()).unwrap_or_else(|(res, _)| res);
    let _ = bundle.add_resource(resource);
    bundle
}

fn catalogs() -> &'static Catalogs {
    static CATALOGS: OnceLock<Catalogs> = OnceLock::new();
    CATALOGS.get_or_init(|| Catalogs {
        en: bundle("en", EN),
        vi: bundle("vi", VI),
    })
}

/// The text of message `id` in `lang`.
pub fn t(lang: Lang, id: &str) -> String {
    t_args(lang, id, &[])
}

/// The text of message `id` in `lang`, with its `{ $name }` variables filled from `args`.
/// A message missing from a catalog (the tests forbid it) falls back to English, then to the
/// id itself, so nothing is lost.
pub fn t_args(lang: Lang, id: &str, args: &[(&str, Arg)]) -> String {
    let catalogs = catalogs();
    let mut fluent_args = FluentArgs::with_capacity(args.len());
    for (name, value) in args {
        fluent_args.set(*name, value.clone());
    }
    let chosen = match lang {
        Lang::En => &catalogs.en,
        Lang::Vi => &catalogs.vi,
    };
    [chosen, &catalogs.en]
        .into_iter()
        .find_map(|bundle| {
            let pattern = bundle.get_message(id)?.value()?;
            let mut errors = Vec::new();
            Some(
                bundle
                    .format_pattern(pattern, Some(&fluent_args), &mut errors)
                    .into_owned(),
            )
        })
        .unwrap_or_else(|| id.to_string())
}

/// The text of message `id` in `lang`, with its variables filled from values shown as text
/// (a file name, a line, a code): for variables no plural depends on.
pub fn t_with(lang: Lang, id: &str, args: &[(&str, &dyn std::fmt::Display)]) -> String {
    let args: Vec<(&str, Arg)> = args
        .iter()
        .map(|(name, value)| (*name, Arg::from(value.to_string())))
        .collect();
    t_args(lang, id, &args)
}

#[cfg(test)]
mod tests {
    use std::collections::{BTreeMap, BTreeSet};
    use std::path::Path;

    use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

    use super::*;

    /// Each message id with the variables its text uses.
    fn messages(text: &str) -> BTreeMap<String, BTreeSet<String>> {
        let resource = fluent_syntax::parser::parse(text).unwrap_or_else(|(_, errors)| {
            panic!("the catalog does not parse: {errors:?}");
        });
        let mut out = BTreeMap::new();
        for entry in resource.body {
            if let Entry::Message(message) = entry {
                let mut vars = BTreeSet::new();
                if let Some(pattern) = &message.value {
                    pattern_vars(pattern, &mut vars);
                }
                assert!(
                    out.insert(message.id.name.to_string(), vars).is_none(),
                    "`{}` is defined twice",
                    message.id.name
                );
            }
        }
        out
    }

    fn pattern_vars(pattern: &Pattern<&str>, vars: &mut BTreeSet<String>) {
        for element in &pattern.elements {
            if let PatternElement::Placeable { expression } = element {
                expression_vars(expression, vars);
            }
        }
    }

    fn expression_vars(expression: &Expression<&str>, vars: &mut BTreeSet<String>) {
        match expression {
            Expression::Inline(inline) => inline_vars(inline, vars),
            Expression::Select { selector, variants } => {
                inline_vars(selector, vars);
                for variant in variants {
                    pattern_vars(&variant.value, vars);
                }
            }
        }
    }

    fn inline_vars(inline: &InlineExpression<&str>, vars: &mut BTreeSet<String>) {
        match inline {
            InlineExpression::VariableReference { id } => {
                vars.insert(id.name.to_string());
            }
            InlineExpression::Placeable { expression } => expression_vars(expression, vars),
            _ => {}
        }
    }

    #[test]
    fn both_languages_have_the_same_messages_and_variables() {
        let en = messages(EN);
        let vi = messages(VI);
        let en_ids: BTreeSet<_> = en.keys().collect();
        let vi_ids: BTreeSet<_> = vi.keys().collect();
        assert_eq!(
            en_ids.difference(&vi_ids).collect::<Vec<_>>(),
            Vec::<&&String>::new(),
            "in en.ftl, not in vi.ftl"
        );
        assert_eq!(
            vi_ids.difference(&en_ids).collect::<Vec<_>>(),
            Vec::<&&String>::new(),
            "in vi.ftl, not in en.ftl"
        );
        for (id, vars) in &en {
            assert_eq!(Some(vars), vi.get(id), "the variables of `{id}` differ");
        }
    }

    /// The ids a source asks for: each `t(lang, "id"` or `t_args(lang, "id"` whose second
    /// argument is a literal (a helper passing an id on is covered by the literal it gets).
    fn ids_used(text: &str, out: &mut BTreeSet<String>) {
        for call in ["t(", "t_args(", "t_with("] {
            for (at, _) in text.match_indices(call) {
                let before = text[..at].chars().next_back();
                if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                    continue;
                }
                let rest = &text[at + call.len()..];
                let Some(comma) = rest.find(',') else {
                    continue;
                };
                let second = rest[comma + 1..].trim_start();
                if let Some(id) = second.strip_prefix('"') {
                    if let Some(close) = id.find('"') {
                        out.insert(id[..close].to_string());
                    }
                }
            }
        }
    }

    /// Every `.rs` file under `dir` but this one.
    fn sources(dir: &Path, out: &mut Vec<String>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                sources(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") && !path.ends_with("i18n.rs") {
                out.push(std::fs::read_to_string(&path).unwrap());
            }
        }
    }

    /// A message is used when its id is written as a string literal in the source (helpers
    /// such as `count(lang, "count-errors", n)` pass ids on); an id is missing when a `t(` or
    /// `t_args(` call asks for one no catalog defines.
    #[test]
    fn every_message_is_used_and_every_id_used_exists() {
        let mut texts = Vec::new();
        sources(
            &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
            &mut texts,
        );
        let defined: BTreeSet<String> = messages(EN).into_keys().collect();
        let unused: Vec<_> = defined
            .iter()
            .filter(|id| !texts.iter().any(|text| text.contains(&format!("\"{id}\""))))
            .collect();
        let mut asked = BTreeSet::new();
        texts.iter().for_each(|text| ids_used(text, &mut asked));
        let missing: Vec<_> = asked.difference(&defined).collect();
        assert!(unused.is_empty(), "messages no source uses: {unused:?}");
        assert!(
            missing.is_empty(),
            "ids asked for but not in the catalogs: {missing:?}"
        );
    }

    #[test]
    fn plurals_and_no_isolation_marks() {
        assert_eq!(
            t_args(Lang::En, "count-errors", &[("n", 1.into())]),
            "1 error"
        );
        assert_eq!(
            t_args(Lang::En, "count-errors", &[("n", 2.into())]),
            "2 errors"
        );
        assert_eq!(
            t_args(Lang::Vi, "count-errors", &[("n", 1.into())]),
            "1 lỗi"
        );
        assert_eq!(
            t_args(Lang::Vi, "count-errors", &[("n", 2.into())]),
            "2 lỗi"
        );
        let text = t_args(Lang::Vi, "count-errors", &[("n", 2.into())]);
        assert!(!text.contains(['\u{2068}', '\u{2069}']), "{text:?}");
        assert_eq!(t(Lang::Vi, "no-such-message"), "no-such-message");
    }
}
