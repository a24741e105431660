//! `--param NAME=VALUE`: replaces every dated value of a parameter with one value.

use crate::bilingual::Bilingual;
use crate::code::Code;
use crate::diagnostic::Diagnostic;
use crate::i18n::{t, t_with};
use crate::ir::{Constant, ParamValue, Program};
use crate::lang::Lang;
use crate::schema::Type;
use crate::source::Span;
use crate::suggest::did_you_mean_in;

/// Replaces the parameter named in `assignment`; a mistake is said in `lang`.
pub fn apply(program: &mut Program, assignment: &str, lang: Lang) -> Result<(), Diagnostic> {
    let usage = |message: String| Diagnostic::error(Code::Usage, message);
    let Some((name, text)) = assignment.split_once('=') else {
        return Err(
            usage(t_with(lang, "param-form", &[("assignment", &assignment)]))
                .help(t(lang, "param-form-help")),
        );
    };
    let (name, text) = (name.trim(), text.trim());
    let Some(index) = program.param_by_name(name) else {
        let names: Vec<&str> = program.params.iter().map(|p| p.name.as_str()).collect();
        let hint = did_you_mean_in(lang, name, names.iter().copied());
        return Err(usage(t_with(
            lang,
            "param-unknown",
            &[("name", &name), ("hint", &hint)],
        ))
        .help(t_with(
            lang,
            "param-unknown-help",
            &[("names", &names.join(", "))],
        )));
    };
    let param = &program.params[index];
    let value = parse(program, &param.ty, text).ok_or_else(|| {
        let ty = program.schema.type_name(&param.ty);
        let example = match param.ty {
            Type::Decimal => t(lang, "param-example-decimal"),
            Type::Set(_) => t(lang, "param-example-set"),
            _ => String::new(),
        };
        // Of a set, name the member that is wrong, with the enumeration's nearest value.
        let member = match &param.ty {
            Type::Set(element) => set_members(text)
                .find(|member| parse(program, element, member).is_none())
                .map(|member| {
                    let hint = match **element {
                        Type::Enum(id) => did_you_mean_in(
                            lang,
                            member,
                            program
                                .schema
                                .enumeration(id)
                                .values
                                .iter()
                                .map(String::as_str),
                        ),
                        _ => String::new(),
                    };
                    let element = program.schema.type_name(element);
                    let args: [(&str, &dyn std::fmt::Display); 3] =
                        [("member", &member), ("type", &element), ("hint", &hint)];
                    t_with(lang, "param-bad-member", &args)
                }),
            _ => None,
        }
        .unwrap_or_default();
        let args: [(&str, &dyn std::fmt::Display); 4] = [
            ("text", &text),
            ("type", &ty),
            ("name", &name),
            ("member", &member),
        ];
        usage(t_with(lang, "param-bad-value", &args)).help(t_with(
            lang,
            "param-bad-value-help",
            &[("name", &name), ("type", &ty), ("example", &example)],
        ))
    })?;
    program.params[index].values = vec![ParamValue {
        value,
        from: None,
        until: None,
        citation: Some(Bilingual {
            en: "set with --param".to_string(),
            vi: Some("đặt bằng --param".to_string()),
            span: Span::new(0, 0),
        }),
    }];
    Ok(())
}

fn parse(program: &Program, ty: &Type, text: &str) -> Option<Constant> {
    Some(match ty {
        Type::Integer => Constant::Integer(text.parse().ok()?),
        Type::Decimal => Constant::Decimal(decimal(text)?),
        Type::Text => Constant::Text(text.to_string()),
        Type::Boolean => Constant::Boolean(text.parse().ok()?),
        Type::Date => Constant::Date(crate::syntax::parse_date(text)?),
        Type::Enum(id) => {
            Constant::Enum(*id, program.schema.enumeration(*id).position(text)? as u16)
        }
        Type::Set(element) => set(program, element, text)?,
        _ => return None,
    })
}

/// `a,b` (or `{a, b}`, as a rule file writes it): each member of the element type, sorted
/// and without repeats as a set written in a rule file is.
fn set(program: &Program, element: &Type, text: &str) -> Option<Constant> {
    let members = set_members(text)
        .map(|member| parse(program, element, member))
        .collect::<Option<Vec<_>>>()?;
    Some(crate::eval::constant_set(members))
}

/// `0.2` or, as rule files write it, `20%`.
fn decimal(text: &str) -> Option<rust_decimal::Decimal> {
    match text.strip_suffix('%') {
        Some(number) => Some(
            number.trim().parse::<rust_decimal::Decimal>().ok()?
                / rust_decimal::Decimal::ONE_HUNDRED,
        ),
        None => text.parse().ok(),
    }
}

/// The members of a set as written on the command line, trimmed; none for an empty text.
fn set_members(text: &str) -> impl Iterator<Item = &str> {
    let inner = text
        .strip_prefix('{')
        .and_then(|rest| rest.strip_suffix('}'))
        .unwrap_or(text)
        .trim();
    inner
        .split(',')
        .map(str::trim)
        .filter(|_| !inner.is_empty())
}
