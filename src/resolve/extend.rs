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
use crate::ir::{self, Constant, ExprKind};
use crate::resolve::index::SymbolKind;
use crate::schema::{Origin, Type};
use crate::suggest::did_you_mean;

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
                let ty = self.schema.type_name(&value.ty);
                for (source, extension) in &extensions {
                    self.source = Some(source.clone());
                    self.note_use(SymbolKind::Constant, &declaration, extension.name.span);
                    let message = format!(
                        "`{}` is {} {ty}: only a set constant can be extended",
                        name.text,
                        if ty.starts_with(['a', 'e', 'i', 'o', 'u']) {
                            "an"
                        } else {
                            "a"
                        }
                    );
                    self.refuse(extension, message, "not a set", &declaration);
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
                let message = format!(
                    "`{}` is declared in this file: write the members in its declaration",
                    name.text
                );
                self.refuse(&extension, message, "same file", &declaration);
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
                    let related = Diagnostic::new(
                        Code::Duplicate.as_str(),
                        crate::ast::Severity::Info,
                        format!(
                            "`{}` is a member of `{}` here",
                            source.slice(item.span),
                            name.text
                        ),
                    )
                    .at(&first.source, first.span, "already a member");
                    self.error(
                        Code::Duplicate,
                        item.span,
                        format!(
                            "`{}` is already a member of `{}`",
                            source.slice(item.span),
                            name.text
                        ),
                        "repeated member",
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
            let message = format!(
                "expected a member of type {}, found {}",
                self.schema.type_name(element),
                self.schema.type_name(&resolved.ty)
            );
            self.error(Code::TypeMismatch, item.span, message, "wrong type");
            return None;
        }
        match resolved.kind {
            ExprKind::Constant(constant) => Some(constant),
            _ => {
                self.error(
                    Code::BadDeclaration,
                    item.span,
                    "expected a value written out, not an expression".into(),
                    "not a plain value",
                );
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
                let what = if self.params.iter().any(|p| p.name == *name) {
                    "a parameter"
                } else {
                    "a table"
                };
                let message = format!("`{name}` is {what}: only a set constant can be extended");
                self.refuse(&extension, message, "not a constant", &first);
                if what == "a parameter" {
                    if let Some(last) = self.errors.last_mut() {
                        last.help = Some("a parameter's dated values are all in its declaration; `--param NAME=VALUE` overrides it".into());
                    }
                }
                continue;
            }
            let hint = did_you_mean(name, self.consts.keys().map(String::as_str));
            self.error(
                Code::UnknownName,
                extension.name.span,
                format!("there is no constant `{name}` to extend{hint}"),
                "not declared",
            )
            .help = Some(
                "extend a set constant of an included file, such as the built-in `key_posts`"
                    .into(),
            );
        }
    }

    fn refuse(
        &mut self,
        extension: &ast::ConstExtension,
        message: String,
        label: &str,
        declared: &Origin,
    ) {
        let related = Diagnostic::new(
            Code::BadDeclaration.as_str(),
            crate::ast::Severity::Info,
            format!("`{}` is declared here", extension.name.text),
        )
        .at(&declared.source, declared.span, "declared here");
        self.error(Code::BadDeclaration, extension.name.span, message, label)
            .related
            .push(related);
    }
}
