//! `lint`'s list of the texts for people that have no Vietnamese: a rule's title, message,
//! fix and citation, a parameter's or table's citation, and the schema's labels. A report in
//! Vietnamese shows the English for each (and an enumeration value with no label at all by
//! its identifier), so each is a warning at the text.

use crate::ast::Severity;
use crate::bilingual::Bilingual;
use crate::code::Code;
use crate::diagnostic::Diagnostic;
use crate::i18n::{t, t_args, Arg};
use crate::ir::Program;
use crate::lang::Lang;
use crate::schema::Origin;
use crate::source::{Source, Span};

/// The warnings, in `lang`.
pub fn untranslated(program: &Program, lang: Lang) -> Vec<Diagnostic> {
    let mut warnings = Vec::new();
    // What lacks its text, in words: message `id` with `args`.
    let say = |id: &str, args: &[(&str, Arg)]| t_args(lang, id, args);
    let mut check = |what: String, source: &Source, text: Option<&Bilingual<String>>, at: Span| {
        let what = [("what", Arg::from(what))];
        let (message, label, help) = match text {
            Some(text) if text.vi.is_some() => return,
            Some(_) => (
                "untranslated-no-vi",
                "untranslated-no-vi-label",
                "untranslated-no-vi-help",
            ),
            None => (
                "untranslated-no-label",
                "untranslated-no-label-label",
                "untranslated-no-label-help",
            ),
        };
        let (message, label, help) = (t_args(lang, message, &what), t(lang, label), t(lang, help));
        let span = text.map_or(at, |text| text.span);
        warnings.push(
            Diagnostic::new(Code::NoVietnamese.as_str(), Severity::Warning, message)
                .at(source, span, label)
                .help(help),
        );
    };
    let schema = &program.schema;
    for enumeration in &schema.enums {
        for (i, value) in enumeration.values.iter().enumerate() {
            let (Some(label), Some(Origin { source, span })) =
                (enumeration.labels.get(i), enumeration.value_origins.get(i))
            else {
                continue;
            };
            let args = [
                ("value", Arg::from(value.as_str())),
                ("enum", enumeration.name.as_str().into()),
            ];
            let what = say("untranslated-value", &args);
            check(what, source, label.as_ref(), *span);
        }
    }
    for collection in &schema.collections {
        let Origin { source, span } = &collection.origin;
        let what = say(
            "untranslated-collection",
            &[("name", collection.name.as_str().into())],
        );
        check(what, source, collection.label.as_ref(), *span);
        for field in &collection.fields {
            let Origin { source, span } = &field.origin;
            let name = format!("{}.{}", collection.name, field.name);
            let what = say("untranslated-field", &[("name", name.into())]);
            check(what, source, field.label.as_ref(), *span);
        }
    }
    for param in &program.params {
        for citation in param.values.iter().filter_map(|v| v.citation.as_ref()) {
            let Origin { source, span } = &param.origin;
            let name = [("name", Arg::from(param.name.as_str()))];
            let what = say("untranslated-param-citation", &name);
            check(what, source, Some(citation), *span);
        }
    }
    for table in &program.tables {
        if let Some(citation) = &table.citation {
            let Origin { source, span } = &table.origin;
            let name = [("name", Arg::from(table.name.as_str()))];
            let what = say("untranslated-table-citation", &name);
            check(what, source, Some(citation), *span);
        }
    }
    for rule in &program.rules {
        let source = &rule.source;
        let id = [("id", Arg::from(rule.id.as_str()))];
        check(
            say("untranslated-rule-title", &id),
            source,
            Some(&rule.title),
            rule.span,
        );
        check(
            say("untranslated-rule-source", &id),
            source,
            Some(&rule.citation),
            rule.span,
        );
        if let Some(help) = &rule.help {
            check(
                say("untranslated-rule-fix", &id),
                source,
                Some(help),
                rule.span,
            );
        }
        if let Some(message) = &rule.message {
            let texts = Bilingual {
                en: String::new(),
                vi: message.vi.as_ref().map(|_| String::new()),
                span: message.span,
            };
            check(
                say("untranslated-rule-message", &id),
                source,
                Some(&texts),
                rule.span,
            );
        }
    }
    warnings
}
