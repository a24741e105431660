//! `lint`'s list of the texts for people that have no Vietnamese: a rule's title, message,
//! fix and citation, a parameter's or table's citation, and the schema's labels. A report in
//! Vietnamese shows the English for each (and an enumeration value with no label at all by
//! its identifier), so each is a warning at the text.

use crate::ast::Severity;
use crate::bilingual::Bilingual;
use crate::code::Code;
use crate::diagnostic::Diagnostic;
use crate::ir::Program;
use crate::schema::Origin;
use crate::source::{Source, Span};

pub fn untranslated(program: &Program) -> Vec<Diagnostic> {
    let mut warnings = Vec::new();
    let mut check = |what: String, source: &Source, text: Option<&Bilingual<String>>, at: Span| {
        let (message, label, help) = match text {
            Some(text) if text.vi.is_some() => return,
            Some(_) => (
                format!("{what} has no Vietnamese"),
                "English only",
                "write the Vietnamese after it: `\"...\" vi \"...\"`",
            ),
            None => (
                format!("{what} has no label"),
                "shown by its identifier",
                "give it a label in both languages: `NAME \"English\" vi \"Tiếng Việt\"`",
            ),
        };
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
            let what = format!("the value `{value}` of `{}`", enumeration.name);
            check(what, source, label.as_ref(), *span);
        }
    }
    for collection in &schema.collections {
        let Origin { source, span } = &collection.origin;
        let what = format!("the collection `{}`", collection.name);
        check(what, source, collection.label.as_ref(), *span);
        for field in &collection.fields {
            let Origin { source, span } = &field.origin;
            let what = format!("the field `{}.{}`", collection.name, field.name);
            check(what, source, field.label.as_ref(), *span);
        }
    }
    for param in &program.params {
        for citation in param.values.iter().filter_map(|v| v.citation.as_ref()) {
            let Origin { source, span } = &param.origin;
            let what = format!("a citation of the parameter `{}`", param.name);
            check(what, source, Some(citation), *span);
        }
    }
    for table in &program.tables {
        if let Some(citation) = &table.citation {
            let Origin { source, span } = &table.origin;
            let what = format!("the citation of the table `{}`", table.name);
            check(what, source, Some(citation), *span);
        }
    }
    for rule in &program.rules {
        let source = &rule.source;
        let id = &rule.id;
        check(
            format!("the title of rule `{id}`"),
            source,
            Some(&rule.title),
            rule.span,
        );
        check(
            format!("the source of rule `{id}`"),
            source,
            Some(&rule.citation),
            rule.span,
        );
        if let Some(help) = &rule.help {
            check(
                format!("the fix of rule `{id}`"),
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
                format!("the message of rule `{id}`"),
                source,
                Some(&texts),
                rule.span,
            );
        }
    }
    warnings
}
