//! `--param NAME=VALUE`: replaces every dated value of a parameter with one value.

use crate::bilingual::Bilingual;
use crate::code::Code;
use crate::diagnostic::Diagnostic;
use crate::ir::{Constant, ParamValue, Program};
use crate::schema::Type;
use crate::source::Span;
use crate::suggest::did_you_mean;

pub fn apply(program: &mut Program, assignment: &str) -> Result<(), Diagnostic> {
    let usage = |message: String| Diagnostic::error(Code::Usage, message);
    let Some((name, text)) = assignment.split_once('=') else {
        return Err(
            usage(format!("`--param {assignment}` needs the form NAME=VALUE"))
                .help("for example --param commune_vice_chair_cap=3"),
        );
    };
    let (name, text) = (name.trim(), text.trim());
    let Some(index) = program.param_by_name(name) else {
        let names: Vec<&str> = program.params.iter().map(|p| p.name.as_str()).collect();
        let hint = did_you_mean(name, names.iter().copied());
        return Err(
            usage(format!("there is no parameter `{name}`{hint}")).help(format!(
                "the rule set's parameters are {}",
                names.join(", ")
            )),
        );
    };
    let param = &program.params[index];
    let value = parse(program, &param.ty, text).ok_or_else(|| {
        let ty = program.schema.type_name(&param.ty);
        let article = if ty.starts_with(['a', 'e', 'i', 'o', 'u']) {
            "an"
        } else {
            "a"
        };
        let example = match param.ty {
            Type::Decimal => ": write a number such as 0.15, or a percentage such as 15%",
            Type::Set(_) => {
                ": write its members separated by commas, such as party_secretary,council_chair (nothing after `=` for an empty set)"
            }
            _ => "",
        };
        // Of a set, name the member that is wrong, with the enumeration's nearest value.
        let member = match &param.ty {
            Type::Set(element) => set_members(text)
                .find(|member| parse(program, element, member).is_none())
                .map(|member| {
                    let hint = match **element {
                        Type::Enum(id) => did_you_mean(
                            member,
                            program.schema.enumeration(id).values.iter().map(String::as_str),
                        ),
                        _ => String::new(),
                    };
                    format!(": `{member}` is not a {}{hint}", program.schema.type_name(element))
                }),
            _ => None,
        }
        .unwrap_or_default();
        usage(format!("`{text}` is not {article} {ty} value for `{name}`{member}")).help(format!(
            "`{name}` is declared as {}{example}",
            program.schema.type_name(&param.ty)
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
