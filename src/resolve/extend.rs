//! `extend const key_posts { office_head }`: members a file adds to a set constant declared
//! in another file (a built-in one, typically), so a drafter need not copy it.
//!
//! Constants are folded into the expressions that read them, so an extension is applied
//! where its constant is declared: every reader, in any file, sees the extended set. Only a
//! constant of another file can be extended (in its own file the members belong in the
//! declaration), only a set, and a member already there is an error, not a silent no-op.

use super::scope::Scope;
use super::{expr, Resolver};
use crate::ast::{self, Item, RuleFile};
use crate::code::Code;
use crate::diagnostic::Diagnostic;
use crate::i18n::{t, t_args};
use crate::ir::{self, Constant, ExprKind};
use crate::resolve::index::SymbolKind;
use crate::schema::{Origin, Type};
use crate::suggest;

impl Resolver {
    /// Every `extend const` of the rule set, by the constant it names, before any constant
    /// is resolved.
    pub(super) fn collect_extensions(&mut self, files: &[RuleFile]) {
        for file in files {
            for item in &file.items {
                if let Item::ConstExtension(extension) = item {
                    self.pending_extensions
                        .entry(extension.name.text.clone())
                        .or_default()
                        .push((file.source.clone(), extension.clone()));
                }
            }
        }
    }

    /// Adds the members of the extensions of the constant just declared as `name`.
    pub(super) fn extend_constant(&mut self, name: &ast::Name) {
        let Some(extensions) = self.pending_extensions.remove(&name.text) else {
            return;
        };
        let Some(value) = self.consts.get(&name.text).cloned() else {
            return;
        };
        let declared_in = self.source();
        let declaration = self.origin(name.span);
        let (mut members, element) = match (&value.kind, &value.ty) {
            (ExprKind::Constant(Constant::Set(members)), Type::Set(element)) => {
                (members.clone(), (**element).clone())
            }
            _ => {
                let args = [
                    ("name", name.text.clone().into()),
                    ("type", self.schema.type_name(&value.ty).into()),
                ];
                let message = t_args(self.lang, "extend-const-not-a-set", &args);
                let label = t(self.lang, "extend-const-not-a-set-label");
                for (source, extension) in &extensions {
                    self.source = Some(source.clone());
                    self.note_use(SymbolKind::Constant, &declaration, extension.name.span);
                    self.refuse(extension, message.clone(), &label, &declaration);
                }
                self.source = Some(declared_in);
                return;
            }
        };
        // Where each member came from, to point at the first place of a repeated one.
        let mut added: Vec<(Constant, Origin)> = members
            .iter()
            .map(|member| (member.clone(), declaration.clone()))
            .collect();
        for (source, extension) in extensions {
            self.source = Some(source.clone());
            self.note_use(SymbolKind::Constant, &declaration, extension.name.span);
            if source.name() == declared_in.name() {
                let args = [("name", name.text.clone().into())];
                let message = t_args(self.lang, "extend-const-same-file", &args);
                let label = t(self.lang, "extend-const-same-file-label");
                self.refuse(&extension, message, &label, &declaration);
                continue;
            }
            let ast::ExprKind::Set(items) = &extension.members.kind else {
                continue; // the grammar writes the members as a set
            };
            let mut written = Vec::new();
            for item in items {
                let Some(member) = self.member(item, &element) else {
                    continue;
                };
                if let Some((_, first)) = added.iter().find(|(m, _)| *m == member) {
                    let lang = self.lang;
                    let args = [
                        ("member", source.slice(item.span).to_string().into()),
                        ("name", name.text.clone().into()),
                    ];
                    let related = Diagnostic::new(
                        Code::Duplicate.as_str(),
                        crate::ast::Severity::Info,
                        t_args(lang, "extend-const-member-here", &args),
                    )
                    .at(
                        &first.source,
                        first.span,
                        t(lang, "extend-const-member-here-label"),
                    );
                    self.error(
                        Code::Duplicate,
                        item.span,
                        t_args(lang, "extend-const-repeated", &args),
                        &t(lang, "extend-const-repeated-label"),
                    )
                    .related
                    .push(related);
                    continue;
                }
                added.push((member.clone(), self.origin(item.span)));
                members.push(member);
                written.push(source.slice(item.span).to_string());
            }
            self.const_extensions.push(ir::ConstExtension {
                constant: name.text.clone(),
                members: written,
                origin: self.origin(extension.name.span),
            });
        }
        self.source = Some(declared_in);
        let extended = ir::Expr {
            kind: ExprKind::Constant(crate::eval::constant_set(members)),
            ..value
        };
        self.consts.insert(name.text.clone(), extended);
    }

    /// A member of an extension: a value written out, of the set's element type.
    fn member(&mut self, item: &ast::Expr, element: &Type) -> Option<Constant> {
        let resolved = self.expr(item, &mut Scope::default(), Some(element));
        if resolved.ty == Type::Error {
            return None;
        }
        if !expr::assignable(&resolved.ty, element) {
            let args = [
                ("expected", self.schema.type_name(element).into()),
                ("found", self.schema.type_name(&resolved.ty).into()),
            ];
            let message = t_args(self.lang, "extend-const-member-type", &args);
            let label = t(self.lang, "wrong-type-label");
            self.error(Code::TypeMismatch, item.span, message, &label);
            return None;
        }
        match resolved.kind {
            ExprKind::Constant(constant) => Some(constant),
            _ => {
                let message = t(self.lang, "value-not-plain");
                let label = t(self.lang, "value-not-plain-label");
                self.error(Code::BadDeclaration, item.span, message, &label);
                None
            }
        }
    }

    /// The extensions left once every constant is declared name none.
    pub(super) fn unknown_extensions(&mut self) {
        let mut pending: Vec<_> = std::mem::take(&mut self.pending_extensions)
            .into_values()
            .flatten()
            .collect();
        pending
            .sort_by_key(|(source, extension)| (source.name().to_string(), extension.span.start));
        for (source, extension) in pending {
            self.source = Some(source);
            let name = &extension.name.text;
            if let Some(first) = self.declared.get(name).cloned() {
                if self.consts.contains_key(name) {
                    continue; // declared twice: reported there
                }
                let lang = self.lang;
                let is_param = self.params.iter().any(|p| p.name == *name);
                let what = match is_param {
                    true => "extend-const-parameter",
                    false => "extend-const-table",
                };
                let message = t_args(lang, what, &[("name", name.clone().into())]);
                let label = t(lang, "extend-const-not-constant-label");
                self.refuse(&extension, message, &label, &first);
                if is_param {
                    if let Some(last) = self.errors.last_mut() {
                        last.help = Some(t(lang, "extend-const-parameter-help"));
                    }
                }
                continue;
            }
            let lang = self.lang;
            let hint = suggest::hint(lang, name, self.consts.keys().map(String::as_str));
            let args = [("name", name.clone().into()), ("hint", hint.text.into())];
            let diagnostic = self.error(
                Code::UnknownName,
                extension.name.span,
                t_args(lang, "extend-const-unknown", &args),
                &t(lang, "not-declared-label"),
            );
            diagnostic.help = Some(t(lang, "extend-const-unknown-help"));
            diagnostic.replacements = hint.names;
        }
    }

    fn refuse(
        &mut self,
        extension: &ast::ConstExtension,
        message: String,
        label: &str,
        declared: &Origin,
    ) {
        let args = [("name", extension.name.text.clone().into())];
        let related = Diagnostic::new(
            Code::BadDeclaration.as_str(),
            crate::ast::Severity::Info,
            t_args(self.lang, "extend-const-declared-here", &args),
        )
        .at(
            &declared.source,
            declared.span,
            t(self.lang, "extend-const-declared-here-label"),
        );
        self.error(Code::BadDeclaration, extension.name.span, message, label)
            .related
            .push(related);
    }
}
