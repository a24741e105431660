//! `disable VICE-CAP "why"` and `replace rule VICE-CAP "..." { reason "why" ... }`: a rule
//! of an included file switched off or written anew, so a drafter need not copy the
//! built-in files one by one. Rule ids are a contract: a replacement keeps the id.
//!
//! Overrides are applied once every rule is resolved, so a file may override a rule of a
//! file loaded after it (`--rules DIR` loads in name order). Only a rule of another file
//! can be overridden: in its own file the drafter edits the rule. One override per rule:
//! a second one (two `disable`s, a `disable` and a `replace`) is an error, since which one
//! should hold would be a guess. Each override is recorded with its reason and place
//! (`Program::overrides`), for `rules`, `explain` and every report.

use std::collections::HashMap;

use super::{texts, Resolver};
use crate::ast::{self, Clause, Item, RuleFile, Severity};
use crate::bilingual::Bilingual;
use crate::code::Code;
use crate::diagnostic::Diagnostic;
use crate::i18n::{t, t_args, Arg};
use crate::ir::{self, Override, OverrideKind};
use crate::resolve::index::SymbolKind;
use crate::schema::Origin;
use crate::source::{Source, Span};
use crate::suggest;

/// An override as written, before the rule it names is known to exist.
struct Written<'a> {
    id: &'a ast::Name,
    kind: OverrideKind,
    reason: Option<&'a ast::Texts>,
    source: &'a Source,
    /// The whole declaration, for "written here" (a `replace rule` without its reason).
    span: Span,
}

/// An override found valid, to apply to the rule it names.
struct Action {
    kind: OverrideKind,
    reason: Bilingual<String>,
    origin: Origin,
    declared: Origin,
}

impl Resolver {
    /// Resolves every `replace rule` (after the rules they replace), then applies every
    /// override to `originals`, the rules resolved from their own files, in file order.
    pub(super) fn apply_overrides(&mut self, files: &[RuleFile], originals: Vec<ir::Rule>) {
        let mut replacements: HashMap<String, ir::Rule> = HashMap::new();
        for file in files {
            self.source = Some(file.source.clone());
            for item in &file.items {
                if let Item::Rule(decl) = item {
                    if decl.replace.is_some() {
                        self.rule(decl);
                        if let Some(rule) = self.rules.pop() {
                            replacements.entry(rule.id.clone()).or_insert(rule);
                        }
                    }
                }
            }
        }
        let mut actions: HashMap<String, Action> = HashMap::new();
        for written in written(files) {
            self.source = Some(written.source.clone());
            let origin = self.origin(written.id.span);
            if let Some(first) = actions.get(&written.id.text) {
                let first = first.origin.clone();
                self.overridden_twice(written.id, &first);
                continue;
            }
            let Some(declared) = self.rule_origins.get(&written.id.text).cloned() else {
                self.unknown_rule(written.id);
                continue;
            };
            self.note_use(SymbolKind::Rule, &declared, written.id.span);
            if declared.source.name() == written.source.name() {
                self.same_file(written.id, &declared);
                continue;
            }
            let Some(reason) = written.reason else {
                self.no_reason(written.id, written.span);
                continue;
            };
            let action = Action {
                kind: written.kind,
                reason: texts(reason),
                origin,
                declared,
            };
            actions.insert(written.id.text.clone(), action);
        }
        for rule in originals {
            let Some(action) = actions.remove(&rule.id) else {
                self.rules.push(rule);
                continue;
            };
            if action.kind == OverrideKind::Replaced {
                // Not there only if it did not resolve: reported where it is written.
                let Some(replacement) = replacements.remove(&rule.id) else {
                    continue;
                };
                self.rules.push(replacement);
            }
            self.overrides.push(Override {
                rule: rule.id.clone(),
                kind: action.kind,
                reason: action.reason,
                origin: action.origin,
                declared: action.declared,
                original: Box::new(rule),
            });
        }
        // Reports and `rules` list the overrides in the order they are written.
        self.overrides
            .sort_by_key(|o| (o.origin.source.name().to_string(), o.origin.span.start));
    }

    /// `reason "why"` in a rule that replaces nothing.
    pub(super) fn reason_without_replace(&mut self, reason: &ast::Texts) {
        let ids = [
            "reason-without-replace",
            "reason-without-replace-label",
            "reason-without-replace-help",
        ];
        self.refuse_override(Code::BadDeclaration, reason.span, ids, &[], None);
    }

    fn overridden_twice(&mut self, id: &ast::Name, first: &Origin) {
        let named = [("id", id.text.clone().into())];
        let ids = [
            "override-twice",
            "override-twice-label",
            "override-twice-help",
        ];
        let related = ["override-twice-related", "override-twice-related-label"];
        self.refuse_override(
            Code::Duplicate,
            id.span,
            ids,
            &named,
            Some((first, related)),
        );
    }

    fn unknown_rule(&mut self, id: &ast::Name) {
        let names = self.rule_origins.keys().map(String::as_str);
        let hint = suggest::hint(self.lang, &id.text, names);
        let args = [("id", id.text.clone().into()), ("hint", hint.text.into())];
        let ids = [
            "override-unknown",
            "override-unknown-label",
            "override-unknown-help",
        ];
        self.refuse_override(Code::UnknownName, id.span, ids, &args, None)
            .replacements = hint.names;
    }

    fn same_file(&mut self, id: &ast::Name, declared: &Origin) {
        let named = [("id", id.text.clone().into())];
        let ids = [
            "override-same-file",
            "override-same-file-label",
            "override-same-file-help",
        ];
        let related = [
            "override-same-file-related",
            "override-same-file-related-label",
        ];
        let code = Code::BadDeclaration;
        self.refuse_override(code, id.span, ids, &named, Some((declared, related)));
    }

    /// From `replace` to the id: the head that lacks its reason.
    fn no_reason(&mut self, id: &ast::Name, span: Span) {
        let named = [("id", id.text.clone().into())];
        let head = Span::new(span.start as usize, id.span.end as usize);
        let ids = [
            "replace-no-reason",
            "replace-no-reason-label",
            "replace-no-reason-help",
        ];
        self.refuse_override(Code::BadDeclaration, head, ids, &named, None);
    }

    /// An error at `span` worded by the catalog's message, label and help `ids`, with a
    /// related note (message and label) at an origin, if given.
    fn refuse_override(
        &mut self,
        code: Code,
        span: Span,
        [message, label, help]: [&str; 3],
        args: &[(&str, Arg)],
        related: Option<(&Origin, [&str; 2])>,
    ) -> &mut Diagnostic {
        let lang = self.lang;
        let related = related.map(|(at, [message, label])| {
            Diagnostic::new(code.as_str(), Severity::Info, t_args(lang, message, args)).at(
                &at.source,
                at.span,
                t(lang, label),
            )
        });
        let label = t(lang, label);
        let diagnostic = self.error(code, span, t_args(lang, message, args), &label);
        diagnostic.help = Some(t(lang, help));
        diagnostic.related.extend(related);
        diagnostic
    }
}

/// Every `disable` and `replace rule` of the rule set, in file order.
fn written(files: &[RuleFile]) -> Vec<Written<'_>> {
    let mut all = Vec::new();
    for file in files {
        for item in &file.items {
            match item {
                Item::Disable(decl) => all.push(Written {
                    id: &decl.id,
                    kind: OverrideKind::Disabled,
                    reason: Some(&decl.reason),
                    source: &file.source,
                    span: decl.span,
                }),
                Item::Rule(decl) if decl.replace.is_some() => all.push(Written {
                    id: &decl.id,
                    kind: OverrideKind::Replaced,
                    reason: decl.clauses.iter().find_map(|clause| match clause {
                        Clause::Reason(reason) => Some(reason),
                        _ => None,
                    }),
                    source: &file.source,
                    span: decl.span,
                }),
                _ => {}
            }
        }
    }
    all
}

#[cfg(test)]
mod tests {
    use crate::ast::RuleFile;
    use crate::ir::OverrideKind;
    use crate::lang::Lang;
    use crate::resolve::resolve;
    use crate::source::SourceFile;

    const BASE: &str = "enum K { a, b }\ncollection plan: Plan single { date: date }\ncollection units: Unit key code { code: text kind: K }\n\
        rule ONE \"one\" { source \"s\" for u in units require u.kind == a }\n\
        rule TWO \"two\" { source \"s\" for u in units require u.kind == b }\n\
        rule THREE \"three\" { source \"s\" for u in units require true }\n";

    fn files(texts: &[(&str, &str)]) -> Vec<RuleFile> {
        texts
            .iter()
            .map(|(name, text)| {
                crate::syntax::parse(&SourceFile::new(*name, *text), Lang::En).unwrap()
            })
            .collect()
    }

    #[test]
    fn a_replacement_takes_the_rules_place_and_a_disabled_rule_is_recorded() {
        let province = "disable THREE \"not here\"\n\
            replace rule ONE \"one, anew\" { reason \"ours\" source \"p\" for u in units require true }\n";
        let resolved = resolve(
            &files(&[("base.rules", BASE), ("p.rules", province)]),
            Lang::En,
        )
        .unwrap_or_else(|e| panic!("{e:?}"));
        let program = resolved.program;
        let ids: Vec<(&str, &str)> = program
            .rules
            .iter()
            .map(|r| (r.id.as_str(), r.title.en.as_str()))
            .collect();
        assert_eq!(ids, [("ONE", "one, anew"), ("TWO", "two")]);
        let overrides: Vec<_> = program
            .overrides
            .iter()
            .map(|o| {
                let at = o.origin.source.location(o.origin.span.start as usize);
                (
                    o.rule.as_str(),
                    o.kind,
                    o.reason.en.as_str(),
                    o.origin.source.name().to_string(),
                    at.line,
                    o.original.title.en.as_str(),
                    o.declared.source.name().to_string(),
                )
            })
            .collect();
        assert_eq!(
            overrides,
            [
                (
                    "THREE",
                    OverrideKind::Disabled,
                    "not here",
                    "p.rules".into(),
                    1,
                    "three",
                    "base.rules".into()
                ),
                (
                    "ONE",
                    OverrideKind::Replaced,
                    "ours",
                    "p.rules".into(),
                    2,
                    "one",
                    "base.rules".into()
                ),
            ]
        );
    }

    #[test]
    fn a_file_may_override_a_rule_of_a_file_loaded_after_it() {
        // `--rules DIR` loads in name order: `a.rules` before `b.rules`.
        let resolved = resolve(
            &files(&[("a.rules", "disable TWO \"later\"\n"), ("b.rules", BASE)]),
            Lang::En,
        )
        .unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(resolved.program.rules.len(), 2);
        assert_eq!(resolved.program.overrides[0].rule, "TWO");
    }

    #[test]
    fn an_unknown_rule_a_second_override_and_a_rule_of_the_same_file_are_errors() {
        let province = "disable TWOO \"typo\"\ndisable ONE \"x\"\ndisable ONE \"again\"\n\
            rule MINE \"m\" { source \"s\" for u in units require true }\ndisable MINE \"own\"\n\
            replace rule THREE \"t\" { source \"p\" for u in units require true }\n";
        let errors = resolve(
            &files(&[("base.rules", BASE), ("p.rules", province)]),
            Lang::En,
        )
        .err()
        .unwrap_or_default();
        let messages: Vec<&str> = errors.iter().map(|e| e.message.as_str()).collect();
        assert_eq!(
            messages,
            [
                "there is no rule `TWOO` to disable or replace; did you mean `TWO`?",
                "rule `ONE` is disabled or replaced twice",
                "rule `MINE` is declared in this file: edit or delete it instead",
                "`replace rule THREE` does not say why it replaces the included rule",
            ]
        );
    }
}
