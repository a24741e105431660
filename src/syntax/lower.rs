//! One lowering function per grammar rule: pest pairs in, owned AST out.
//!
//! The grammar fixes the shape of every pair, so a missing child is a bug of ours, not the
//! user's; it becomes an internal-error diagnostic rather than a panic.

use pest::iterators::{Pair, Pairs};

use super::Rule;
use crate::ast::*;
use crate::code::Code;
use crate::diagnostic::Diagnostic;
use crate::i18n::{t, t_args, Arg};
use crate::lang::Lang;
use crate::source::{Source, Span};

type Result<T> = std::result::Result<T, Diagnostic>;

/// The deepest expression tree the lowering builds. Every later stage (resolving,
/// evaluating, explaining) walks expressions by recursion, so this bounds their stacks: in a
/// debug build the resolver takes 8 KB a level, and a thread other than `main` has 2 MB.
/// Brackets and `if`s are bounded before parsing (`nesting.rs`); this also counts what pest
/// reads in a loop: each operator of a chain (`a + b + c`), each `not` and `-`, each `.field`.
pub const MAX_EXPR_DEPTH: usize = 128;

pub struct Lowerer<'s> {
    source: &'s Source,
    /// Where the parsed text starts in the file (non-zero when parsing resumed after an error).
    base: usize,
    /// The depth of the expression tree being built, at the expression being lowered.
    depth: std::cell::Cell<usize>,
    /// The language the errors are said in.
    lang: Lang,
}

/// The children of a pair, without keyword tokens.
struct Children<'i> {
    inner: Pairs<'i, Rule>,
    parent: Span,
}

impl<'i> Children<'i> {
    fn next(&mut self) -> Option<Pair<'i, Rule>> {
        self.inner.by_ref().find(|pair| !is_keyword(pair.as_rule()))
    }

    fn peek(&self) -> Option<Pair<'i, Rule>> {
        self.inner.clone().find(|pair| !is_keyword(pair.as_rule()))
    }

    /// The next child, which the grammar guarantees.
    fn presume(&mut self, what: &str) -> Result<Pair<'i, Rule>> {
        self.next().ok_or_else(|| internal(what, self.parent))
    }

    /// The next child if it is of `rule`.
    fn take(&mut self, rule: Rule) -> Option<Pair<'i, Rule>> {
        if self.peek()?.as_rule() == rule {
            self.next()
        } else {
            None
        }
    }
}

fn is_keyword(rule: Rule) -> bool {
    use Rule::*;
    matches!(
        rule,
        kw_include
            | kw_enum
            | kw_collection
            | kw_const
            | kw_param
            | kw_table
            | kw_when
            | kw_otherwise
            | kw_rule
            | kw_severity
            | kw_source
            | kw_url
            | kw_checked
            | kw_effective
            | kw_from
            | kw_until
            | kw_for
            | kw_in
            | kw_where
            | kw_let
            | kw_require
            | kw_message
            | kw_help
            | kw_at
            | kw_if
            | kw_then
            | kw_else
            | kw_is
            | kw_defined
            | kw_key
            | kw_list
            | kw_set
            | kw_of
            | kw_vi
            | kw_disable
            | kw_reason
            | kw_as
            | kw_percent
            | EOI
    )
}

fn internal(what: &str, span: Span) -> Diagnostic {
    Diagnostic::error(
        Code::Syntax,
        format!("internal error: the parser produced no {what}"),
    )
    .help(format!(
        "this is a bug in staffcheck; please report it with the file (offset {})",
        span.start
    ))
}

impl<'s> Lowerer<'s> {
    pub fn new(source: &'s Source, base: usize, lang: Lang) -> Self {
        Lowerer {
            source,
            base,
            depth: std::cell::Cell::new(0),
            lang,
        }
    }

    /// Runs `lower` with the expression tree `levels` deeper, refusing it past the limit.
    fn deeper<T>(&self, levels: usize, span: Span, lower: impl FnOnce() -> Result<T>) -> Result<T> {
        let depth = self.depth.get() + levels;
        if depth > MAX_EXPR_DEPTH {
            // Its first line: the whole of a long chain would bury the message.
            let text = self.source.slice(span);
            let line = text.find(['\n', '\r']).unwrap_or(text.len());
            let span = Span::new(span.start as usize, span.start as usize + line);
            let lang = self.lang;
            return Err(Diagnostic::error(
                Code::Syntax,
                t_args(
                    lang,
                    "expression-too-deep",
                    &[("max", MAX_EXPR_DEPTH.into())],
                ),
            )
            .at(self.source, span, t(lang, "expression-too-deep-label"))
            .help(t(lang, "expression-too-deep-help")));
        }
        self.depth.set(depth);
        let lowered = lower();
        self.depth.set(depth - levels);
        lowered
    }

    /// The pair's span without the whitespace and comments pest lets a pair end with
    /// (an optional part that did not match still keeps the whitespace skipped before it).
    fn span(&self, pair: &Pair<'_, Rule>) -> Span {
        let start = pair.as_span().start();
        let end = start + significant_len(pair.as_str());
        Span::new(self.base + start, self.base + end)
    }

    fn children<'i>(&self, pair: Pair<'i, Rule>) -> Children<'i> {
        let parent = self.span(&pair);
        Children {
            inner: pair.into_inner(),
            parent,
        }
    }

    fn name(&self, pair: Pair<'_, Rule>) -> Name {
        Name {
            text: pair.as_str().to_string(),
            span: self.span(&pair),
        }
    }

    /// A literal the grammar reads but no value fits: catalog message `id` with `args`, and
    /// `help`.
    fn bad_literal(&self, span: Span, id: &str, args: &[(&str, Arg)], help: &str) -> Diagnostic {
        let lang = self.lang;
        Diagnostic::error(Code::BadLiteral, t_args(lang, id, args))
            .at(self.source, span, t(lang, "bad-literal-label"))
            .help(t(lang, help))
    }

    pub fn file(
        &self,
        file: Option<Pair<'_, Rule>>,
    ) -> std::result::Result<Vec<Item>, Vec<Diagnostic>> {
        let Some(file) = file else {
            return Err(vec![internal("file", Span::default())]);
        };
        let mut items = Vec::new();
        let mut errors = Vec::new();
        for pair in file.into_inner().filter(|pair| pair.as_rule() != Rule::EOI) {
            match self.item(pair) {
                Ok(item) => items.push(item),
                Err(error) => errors.push(error),
            }
        }
        if errors.is_empty() {
            Ok(items)
        } else {
            Err(errors)
        }
    }

    fn item(&self, pair: Pair<'_, Rule>) -> Result<Item> {
        Ok(match pair.as_rule() {
            Rule::include => Item::Include(self.include(pair)?),
            Rule::enum_decl => Item::Enum(self.enum_decl(pair)?),
            Rule::collection_decl => Item::Collection(self.collection(pair)?),
            Rule::const_decl => Item::Const(self.const_decl(pair)?),
            Rule::const_extend => Item::ConstExtension(self.const_extend(pair)?),
            Rule::param_decl => Item::Param(self.param(pair)?),
            Rule::table_decl => Item::Table(self.table(pair)?),
            Rule::rule_decl => Item::Rule(self.rule(pair)?),
            Rule::disable_decl => Item::Disable(self.disable(pair)?),
            _ => return Err(internal("declaration", self.span(&pair))),
        })
    }

    fn include(&self, pair: Pair<'_, Rule>) -> Result<Include> {
        let span = self.span(&pair);
        let mut children = self.children(pair);
        let path = self.text(children.presume("include path")?)?;
        Ok(Include {
            path: path.text,
            span,
        })
    }

    fn enum_decl(&self, pair: Pair<'_, Rule>) -> Result<EnumDecl> {
        let span = self.span(&pair);
        let mut children = self.children(pair);
        let extend = children.take(Rule::extend).is_some();
        let name = self.name(children.presume("enumeration name")?);
        let (ordered, values) = match children.next() {
            Some(values) => {
                let ordered = values.as_rule() == Rule::ordered_values;
                let values = values
                    .into_inner()
                    .map(|value| self.enum_value(value))
                    .collect::<Result<_>>()?;
                (ordered, values)
            }
            None => (false, Vec::new()),
        };
        Ok(EnumDecl {
            extend,
            name,
            ordered,
            values,
            span,
        })
    }

    fn enum_value(&self, pair: Pair<'_, Rule>) -> Result<EnumValue> {
        let mut children = self.children(pair);
        let name = self.name(children.presume("enumeration value")?);
        let label = match children.next() {
            Some(label) => Some(self.label(label)?),
            None => None,
        };
        Ok(EnumValue { name, label })
    }

    /// `"English" vi "Tiếng Việt"`: a label, or any text after its keyword.
    fn label(&self, pair: Pair<'_, Rule>) -> Result<Texts> {
        let mut children = self.children(pair);
        let en = self.text(children.presume("text")?)?;
        self.with_vi(en, &mut children)
    }

    /// The English text `en` and the `vi` text that may follow it among `children`.
    fn with_vi(&self, en: Text, children: &mut Children<'_>) -> Result<Texts> {
        let vi = match children.take(Rule::vi_text) {
            Some(vi) => Some(self.text(self.children(vi).presume("Vietnamese text")?)?),
            None => None,
        };
        Ok(Texts {
            span: en.span,
            en,
            vi,
        })
    }

    fn collection(&self, pair: Pair<'_, Rule>) -> Result<CollectionDecl> {
        let span = self.span(&pair);
        let mut children = self.children(pair);
        let extend = children.take(Rule::extend).is_some();
        let name = self.name(children.presume("collection name")?);
        let record = children.take(Rule::ident).map(|record| self.name(record));
        let mut shape = CollectionShape::List;
        let mut label = None;
        let mut fields = Vec::new();
        while let Some(child) = children.next() {
            match child.as_rule() {
                Rule::key_clause => {
                    let mut key = self.children(child);
                    shape = CollectionShape::Keyed(self.name(key.presume("key field")?));
                }
                Rule::single => shape = CollectionShape::Single,
                Rule::label => label = Some(self.label(child)?),
                _ => fields.push(self.field(child)?),
            }
        }
        Ok(CollectionDecl {
            extend,
            name,
            record,
            shape,
            label,
            fields,
            span,
        })
    }

    fn field(&self, pair: Pair<'_, Rule>) -> Result<FieldDecl> {
        let span = self.span(&pair);
        let mut children = self.children(pair);
        let name = self.name(children.presume("field name")?);
        let ty = self.type_expr(children.presume("field type")?)?;
        let mut bound = None;
        let mut presence = Presence::Required;
        let mut label = None;
        while let Some(child) = children.next() {
            match child.as_rule() {
                Rule::label => label = Some(self.label(child)?),
                Rule::bound => {
                    let bound_span = self.span(&child);
                    let mut parts = self.children(child);
                    let op = compare_op(parts.presume("comparison")?.as_str());
                    let value = self.number(parts.presume("bound value")?)?;
                    bound = Some(Bound {
                        op,
                        value,
                        span: bound_span,
                    });
                }
                Rule::optional => presence = Presence::Optional,
                _ => {
                    let mut parts = self.children(child);
                    presence =
                        Presence::Default(self.value_or_name(parts.presume("default value")?)?);
                }
            }
        }
        Ok(FieldDecl {
            name,
            ty,
            bound,
            presence,
            label,
            span,
        })
    }

    fn type_expr(&self, pair: Pair<'_, Rule>) -> Result<TypeExpr> {
        let span = self.span(&pair);
        let mut children = self.children(pair);
        let inner = children.presume("type")?;
        let container = match inner.as_rule() {
            Rule::list_type => Some(Container::List),
            Rule::set_type => Some(Container::Set),
            _ => None,
        };
        let union = if container.is_some() {
            self.children(inner).presume("element type")?
        } else {
            inner
        };
        let alternatives = union.into_inner().map(|name| self.name(name)).collect();
        Ok(TypeExpr {
            container,
            alternatives,
            span,
        })
    }

    fn const_decl(&self, pair: Pair<'_, Rule>) -> Result<ConstDecl> {
        let span = self.span(&pair);
        let mut children = self.children(pair);
        let name = self.name(children.presume("constant name")?);
        let value = self.expr(children.presume("constant value")?)?;
        Ok(ConstDecl { name, value, span })
    }

    fn const_extend(&self, pair: Pair<'_, Rule>) -> Result<ConstExtension> {
        let span = self.span(&pair);
        let mut children = self.children(pair);
        children.take(Rule::extend);
        let name = self.name(children.presume("constant name")?);
        let members = children.presume("members")?;
        let members = self.expr_at(members.clone(), self.span(&members))?;
        Ok(ConstExtension {
            name,
            members,
            span,
        })
    }

    fn param(&self, pair: Pair<'_, Rule>) -> Result<ParamDecl> {
        let span = self.span(&pair);
        let mut children = self.children(pair);
        let name = self.name(children.presume("parameter name")?);
        let ty = self.type_expr(children.presume("parameter type")?)?;
        let mut values = Vec::new();
        while let Some(value) = children.next() {
            let value_span = self.span(&value);
            let mut parts = self.children(value);
            let expr = self.value_or_name(parts.presume("parameter value")?)?;
            let mut window = Window::default();
            let mut source = None;
            while let Some(part) = parts.next() {
                match part.as_rule() {
                    Rule::window => window = self.window(part)?,
                    _ => source = Some(self.source_clause(part)?),
                }
            }
            values.push(ParamValue {
                value: expr,
                window,
                source,
                span: value_span,
            });
        }
        Ok(ParamDecl {
            name,
            ty,
            values,
            span,
        })
    }

    fn window(&self, pair: Pair<'_, Rule>) -> Result<Window> {
        let mut window = Window::default();
        for part in pair.into_inner() {
            let is_from = part.as_rule() == Rule::from_date;
            let mut children = self.children(part);
            let date = self.date(children.presume("date")?)?;
            if is_from {
                window.from = Some(date);
            } else {
                window.until = Some(date);
            }
        }
        Ok(window)
    }

    fn source_clause(&self, pair: Pair<'_, Rule>) -> Result<Texts> {
        let mut children = self.children(pair);
        let en = self.text(children.presume("citation")?)?;
        self.with_vi(en, &mut children)
    }

    fn table(&self, pair: Pair<'_, Rule>) -> Result<TableDecl> {
        let span = self.span(&pair);
        let mut children = self.children(pair);
        let name = self.name(children.presume("table name")?);
        let mut params = Vec::new();
        let mut result = None;
        let mut source = None;
        let mut rows = Vec::new();
        let mut otherwise = None;
        while let Some(child) = children.next() {
            match child.as_rule() {
                Rule::table_param => {
                    let mut parts = self.children(child);
                    let param = self.name(parts.presume("parameter name")?);
                    params.push((param, self.type_expr(parts.presume("parameter type")?)?));
                }
                Rule::type_expr => result = Some(self.type_expr(child)?),
                Rule::source_clause => source = Some(self.source_clause(child)?),
                Rule::table_row => {
                    let mut parts = self.children(child);
                    let when = self.expr(parts.presume("row condition")?)?;
                    rows.push((when, self.expr(parts.presume("row value")?)?));
                }
                _ => {
                    let mut parts = self.children(child);
                    otherwise = Some(self.expr(parts.presume("otherwise value")?)?);
                }
            }
        }
        let result = result.ok_or_else(|| internal("table result type", span))?;
        Ok(TableDecl {
            name,
            params,
            result,
            source,
            rows,
            otherwise,
            span,
        })
    }

    fn disable(&self, pair: Pair<'_, Rule>) -> Result<Disable> {
        let span = self.span(&pair);
        let mut children = self.children(pair);
        let id = self.name(children.presume("rule id")?);
        let reason = self.text(children.presume("reason")?)?;
        let reason = self.with_vi(reason, &mut children)?;
        Ok(Disable { id, reason, span })
    }

    fn rule(&self, pair: Pair<'_, Rule>) -> Result<RuleDecl> {
        let span = self.span(&pair);
        let mut children = self.children(pair);
        let replace = children
            .take(Rule::kw_replace)
            .map(|keyword| self.span(&keyword));
        let id = self.name(children.presume("rule id")?);
        let title = self.text(children.presume("rule title")?)?;
        let title = self.with_vi(title, &mut children)?;
        let mut clauses = Vec::new();
        while let Some(clause) = children.next() {
            clauses.push(self.clause(clause)?);
        }
        Ok(RuleDecl {
            replace,
            id,
            title,
            clauses,
            span,
        })
    }

    fn clause(&self, pair: Pair<'_, Rule>) -> Result<Clause> {
        let span = self.span(&pair);
        let rule = pair.as_rule();
        let mut children = self.children(pair);
        let first = children.presume("clause body")?;
        Ok(match rule {
            Rule::severity_clause => {
                let level = |pair: &Pair<'_, Rule>| match pair.as_str() {
                    "error" => Severity::Error,
                    "warning" => Severity::Warning,
                    _ => Severity::Info,
                };
                match children.next() {
                    None => Clause::Severity(level(&first), self.span(&first)),
                    Some(condition) => Clause::SeverityWhen {
                        when: level(&first),
                        condition: self.expr(condition)?,
                        otherwise: level(&children.presume("severity after `otherwise`")?),
                        span,
                    },
                }
            }
            Rule::source_clause => Clause::Source(self.with_vi(self.text(first)?, &mut children)?),
            Rule::url_clause => Clause::Url(self.text(first)?),
            Rule::checked_clause => Clause::Checked(self.date(first)?),
            Rule::effective_clause => Clause::Effective(self.window(first)?, span),
            Rule::for_clause => {
                let var = self.name(first);
                let collection = self.name(children.presume("collection")?);
                Clause::For {
                    var,
                    collection,
                    span,
                }
            }
            Rule::let_clause => {
                let name = self.name(first);
                let value = self.expr(children.presume("value")?)?;
                Clause::Let { name, value, span }
            }
            Rule::where_clause => Clause::Where(self.expr(first)?),
            Rule::require_clause => Clause::Require(self.expr(first)?),
            Rule::at_clause => Clause::At(self.expr(first)?),
            Rule::message_clause => {
                let en = self.template(first)?;
                let vi = match children.take(Rule::vi_template) {
                    Some(vi) => {
                        Some(self.template(self.children(vi).presume("Vietnamese message")?)?)
                    }
                    None => None,
                };
                Clause::Message(crate::bilingual::Bilingual {
                    span: en.span,
                    en,
                    vi,
                })
            }
            Rule::help_clause => Clause::Help(self.with_vi(self.text(first)?, &mut children)?),
            Rule::reason_clause => Clause::Reason(self.with_vi(self.text(first)?, &mut children)?),
            _ => return Err(internal("rule clause", span)),
        })
    }

    fn template(&self, pair: Pair<'_, Rule>) -> Result<Template> {
        let span = self.span(&pair);
        let mut parts = Vec::new();
        for part in pair.into_inner() {
            match part.as_rule() {
                Rule::template_text => parts.push(TemplatePart::Text(unescape(part.as_str()))),
                _ => {
                    let mut children = self.children(part);
                    let expr = self.expr(children.presume("expression")?)?;
                    let percent = match children.take(Rule::as_percent) {
                        Some(pair) => Some(self.as_percent(pair)?),
                        None => None,
                    };
                    parts.push(TemplatePart::Hole(expr, percent));
                }
            }
        }
        Ok(Template { parts, span })
    }

    /// `as percent` or `as percent(DIGIT)` after a message's hole.
    fn as_percent(&self, pair: Pair<'_, Rule>) -> Result<AsPercent> {
        let span = self.span(&pair);
        let mut children = self.children(pair);
        let digits = children
            .take(Rule::percent_digits)
            .and_then(|digit| digit.as_str().parse().ok());
        Ok(AsPercent { digits, span })
    }

    fn text(&self, pair: Pair<'_, Rule>) -> Result<Text> {
        let span = self.span(&pair);
        let inner = pair.into_inner().next().map_or("", |inner| inner.as_str());
        Ok(Text {
            text: unescape(inner),
            span,
        })
    }

    fn date(&self, pair: Pair<'_, Rule>) -> Result<DateLit> {
        let span = self.span(&pair);
        let date = parse_date(pair.as_str()).ok_or_else(|| {
            self.bad_literal(
                span,
                "bad-literal-date",
                &[("text", pair.as_str().into())],
                "bad-literal-date-help",
            )
        })?;
        Ok(DateLit { date, span })
    }

    fn number(&self, pair: Pair<'_, Rule>) -> Result<Literal> {
        let span = self.span(&pair);
        let text = pair.as_str();
        let parsed = if pair.as_rule() == Rule::integer || pair.as_rule() == Rule::integer_raw {
            text.parse().ok().map(Literal::Integer)
        } else {
            text.parse().ok().map(Literal::Decimal)
        };
        parsed.ok_or_else(|| {
            self.bad_literal(
                span,
                "bad-literal-number",
                &[("text", text.into())],
                "bad-literal-number-help",
            )
        })
    }

    /// A literal, or a bare name (an enumeration value) where one may stand for a value.
    fn value_or_name(&self, pair: Pair<'_, Rule>) -> Result<Expr> {
        let span = self.span(&pair);
        match pair.as_rule() {
            Rule::literal => self.literal(pair),
            Rule::set_literal => self.expr_at(pair, span),
            _ => {
                let mut children = self.children(pair);
                Ok(Expr {
                    kind: ExprKind::Name(self.name(children.presume("name")?)),
                    span,
                })
            }
        }
    }

    fn literal(&self, pair: Pair<'_, Rule>) -> Result<Expr> {
        let span = self.span(&pair);
        let mut children = self.children(pair);
        let inner = children.presume("literal")?;
        let literal = match inner.as_rule() {
            Rule::date => Literal::Date(self.date(inner)?.date),
            Rule::duration => Literal::Duration(self.duration(inner)?),
            Rule::percent => {
                let mut parts = self.children(inner);
                let number = parts.presume("percentage")?;
                let value: rust_decimal::Decimal = number.as_str().parse().map_err(|_| {
                    self.bad_literal(
                        span,
                        "bad-literal-percentage",
                        &[],
                        "bad-literal-number-help",
                    )
                })?;
                Literal::Decimal(value / rust_decimal::Decimal::ONE_HUNDRED)
            }
            Rule::decimal | Rule::integer => self.number(inner)?,
            Rule::string => Literal::Text(self.text(inner)?.text),
            _ => Literal::Bool(inner.as_str() == "true"),
        };
        Ok(Expr {
            kind: ExprKind::Literal(literal),
            span,
        })
    }

    fn duration(&self, pair: Pair<'_, Rule>) -> Result<Duration> {
        let span = self.span(&pair);
        let mut duration = Duration::default();
        for part in pair.into_inner() {
            let mut children = self.children(part);
            let amount: i64 = children.presume("amount")?.as_str().parse().map_err(|_| {
                self.bad_literal(span, "bad-literal-duration", &[], "bad-literal-number-help")
            })?;
            let unit = children.presume("unit")?.as_str();
            let too_long =
                || self.bad_literal(span, "bad-literal-duration", &[], "bad-literal-number-help");
            if unit.starts_with("year") {
                let months = amount.checked_mul(12).ok_or_else(too_long)?;
                duration.months = duration.months.checked_add(months).ok_or_else(too_long)?;
            } else if unit.starts_with("month") {
                duration.months = duration.months.checked_add(amount).ok_or_else(too_long)?;
            } else {
                duration.days = duration.days.checked_add(amount).ok_or_else(too_long)?;
            }
        }
        Ok(duration)
    }

    fn expr(&self, pair: Pair<'_, Rule>) -> Result<Expr> {
        // Each bracket is a dozen grammar levels (`expr`, `or_expr`, ..., `paren`) with one
        // child each: walk down those in a loop rather than a frame each, keeping the
        // outermost bracket's span, as the expression's span.
        let mut pair = pair;
        let mut outer: Option<Span> = None;
        loop {
            let rule = pair.as_rule();
            let mut inner = pair.clone().into_inner();
            let only = match (inner.next(), inner.next()) {
                (Some(only), None) => only,
                _ => break,
            };
            let passes = match rule {
                Rule::expr | Rule::paren | Rule::not_expr | Rule::unary_expr => {
                    if outer.is_none() {
                        outer = Some(self.span(&pair));
                    }
                    true
                }
                Rule::or_expr
                | Rule::and_expr
                | Rule::default_expr
                | Rule::sum_expr
                | Rule::product_expr
                | Rule::test_expr
                | Rule::postfix_expr => true,
                _ => false,
            };
            // A single keyword child (`not`, `-` alone cannot be) is not an operand.
            if !passes
                || is_keyword(only.as_rule())
                || matches!(only.as_rule(), Rule::not_op | Rule::neg_op)
            {
                break;
            }
            pair = only;
        }
        let expr = self.expr_one(pair)?;
        Ok(match outer {
            Some(span) => Expr { span, ..expr },
            None => expr,
        })
    }

    fn expr_one(&self, pair: Pair<'_, Rule>) -> Result<Expr> {
        let span = self.span(&pair);
        // How much deeper the tree gets here: one level per node this pair becomes.
        let levels = match pair.as_rule() {
            Rule::expr | Rule::paren | Rule::literal | Rule::name => 0,
            Rule::or_expr
            | Rule::and_expr
            | Rule::default_expr
            | Rule::sum_expr
            | Rule::product_expr => pair
                .clone()
                .into_inner()
                .filter(|child| {
                    !matches!(
                        child.as_rule(),
                        Rule::or_op | Rule::and_op | Rule::sum_op | Rule::product_op
                    )
                })
                .count()
                .saturating_sub(1),
            Rule::not_expr | Rule::unary_expr => pair
                .clone()
                .into_inner()
                .filter(|child| matches!(child.as_rule(), Rule::not_op | Rule::neg_op))
                .count(),
            Rule::postfix_expr => pair.clone().into_inner().count().saturating_sub(1),
            _ => 1,
        };
        self.deeper(levels, span, || self.expr_at(pair, span))
    }

    fn expr_at(&self, pair: Pair<'_, Rule>, span: Span) -> Result<Expr> {
        match pair.as_rule() {
            Rule::expr | Rule::paren => {
                let mut children = self.children(pair);
                let inner = self.expr(children.presume("expression")?)?;
                Ok(Expr { span, ..inner })
            }
            Rule::or_expr
            | Rule::and_expr
            | Rule::default_expr
            | Rule::sum_expr
            | Rule::product_expr => self.binary_chain(pair),
            Rule::not_expr | Rule::unary_expr => self.prefixed(pair),
            Rule::test_expr => self.test(pair),
            Rule::postfix_expr => {
                let mut children = self.children(pair);
                let mut expr = self.expr(children.presume("operand")?)?;
                while let Some(field) = children.next() {
                    let name = self.name(field);
                    let span = expr.span.to(name.span);
                    expr = Expr {
                        kind: ExprKind::Field(Box::new(expr), name),
                        span,
                    };
                }
                Ok(expr)
            }
            Rule::literal => self.literal(pair),
            Rule::name => {
                let mut children = self.children(pair);
                Ok(Expr {
                    kind: ExprKind::Name(self.name(children.presume("name")?)),
                    span,
                })
            }
            Rule::if_expr => {
                let mut children = self.children(pair);
                let cond = Box::new(self.expr(children.presume("condition")?)?);
                let then = Box::new(self.expr(children.presume("then branch")?)?);
                let otherwise = Box::new(self.expr(children.presume("else branch")?)?);
                Ok(Expr {
                    kind: ExprKind::If {
                        cond,
                        then,
                        otherwise,
                    },
                    span,
                })
            }
            Rule::call => {
                let mut children = self.children(pair);
                let function = self.name(children.presume("function name")?);
                let mut args = Vec::new();
                while let Some(arg) = children.next() {
                    args.push(self.expr(arg)?);
                }
                Ok(Expr {
                    kind: ExprKind::Call { function, args },
                    span,
                })
            }
            Rule::set_literal | Rule::list_literal => {
                let is_set = pair.as_rule() == Rule::set_literal;
                let items = pair
                    .into_inner()
                    .map(|item| self.expr(item))
                    .collect::<Result<Vec<_>>>()?;
                let kind = if is_set {
                    ExprKind::Set(items)
                } else {
                    ExprKind::List(items)
                };
                Ok(Expr { kind, span })
            }
            Rule::aggregate => self.aggregate(pair),
            _ => Err(internal("expression", span)),
        }
    }

    /// `a op b op c`, left-associative.
    fn binary_chain(&self, pair: Pair<'_, Rule>) -> Result<Expr> {
        let mut children = self.children(pair);
        let mut left = self.expr(children.presume("operand")?)?;
        while let Some(op) = children.next() {
            let op = match op.as_rule() {
                Rule::or_op => BinaryOp::Or,
                Rule::and_op => BinaryOp::And,
                Rule::sum_op if op.as_str() == "+" => BinaryOp::Add,
                Rule::sum_op => BinaryOp::Sub,
                Rule::product_op if op.as_str() == "*" => BinaryOp::Mul,
                Rule::product_op => BinaryOp::Div,
                _ => {
                    // `??` is a plain literal in the grammar, so this pair is its right operand.
                    let right = self.expr(op)?;
                    let span = left.span.to(right.span);
                    left = Expr {
                        kind: ExprKind::Binary(BinaryOp::Default, Box::new(left), Box::new(right)),
                        span,
                    };
                    continue;
                }
            };
            let right = self.expr(children.presume("operand")?)?;
            let span = left.span.to(right.span);
            left = Expr {
                kind: ExprKind::Binary(op, Box::new(left), Box::new(right)),
                span,
            };
        }
        Ok(left)
    }

    /// `not not x`, `- - x`.
    fn prefixed(&self, pair: Pair<'_, Rule>) -> Result<Expr> {
        let span = self.span(&pair);
        let mut ops = Vec::new();
        let mut children = self.children(pair);
        let mut operand = None;
        while let Some(child) = children.next() {
            match child.as_rule() {
                Rule::not_op => ops.push(UnaryOp::Not),
                Rule::neg_op => ops.push(UnaryOp::Neg),
                _ => operand = Some(self.expr(child)?),
            }
        }
        let mut expr = operand.ok_or_else(|| internal("operand", span))?;
        for op in ops.into_iter().rev() {
            expr = Expr {
                kind: ExprKind::Unary(op, Box::new(expr)),
                span,
            };
        }
        Ok(Expr { span, ..expr })
    }

    fn test(&self, pair: Pair<'_, Rule>) -> Result<Expr> {
        let span = self.span(&pair);
        let mut children = self.children(pair);
        let left = self.expr(children.presume("operand")?)?;
        let Some(tail) = children.next() else {
            return Ok(left);
        };
        let tail_rule = tail.as_rule();
        let mut parts = self.children(tail);
        let negated = parts.take(Rule::not_op).is_some();
        let kind = match tail_rule {
            Rule::compare_tail => {
                let op = compare_op(parts.presume("comparison")?.as_str());
                let right = self.expr(parts.presume("operand")?)?;
                ExprKind::Compare(op, Box::new(left), Box::new(right))
            }
            Rule::in_tail => {
                let set = Box::new(self.expr(parts.presume("collection")?)?);
                ExprKind::In {
                    negated,
                    item: Box::new(left),
                    set,
                }
            }
            Rule::is_defined_tail => ExprKind::IsDefined {
                negated,
                value: Box::new(left),
            },
            _ => {
                let ty = self.name(parts.presume("type name")?);
                ExprKind::IsType {
                    negated,
                    value: Box::new(left),
                    ty,
                }
            }
        };
        Ok(Expr { kind, span })
    }

    fn aggregate(&self, pair: Pair<'_, Rule>) -> Result<Expr> {
        let span = self.span(&pair);
        let mut children = self.children(pair);
        let function_pair = children.presume("aggregate")?;
        let function_span = self.span(&function_pair);
        let function = match function_pair.as_str() {
            "count" => AggregateFn::Count,
            "exists" => AggregateFn::Exists,
            "all" => AggregateFn::All,
            "sum" => AggregateFn::Sum,
            "min" => AggregateFn::Min,
            "max" => AggregateFn::Max,
            "average" => AggregateFn::Average,
            "share" => AggregateFn::Share,
            "distinct" => AggregateFn::Distinct,
            _ => AggregateFn::Collect,
        };
        let value = match children.peek() {
            Some(pair) if pair.as_rule() == Rule::expr => {
                Some(self.expr(children.presume("value")?)?)
            }
            _ => None,
        };
        let var = self.name(children.presume("variable")?);
        let collection = self.name(children.presume("collection")?);
        let filter = children
            .next()
            .map(|filter| self.expr(filter))
            .transpose()?;
        let aggregate = Aggregate {
            function,
            function_span,
            value,
            var,
            collection,
            filter,
        };
        Ok(Expr {
            kind: ExprKind::Aggregate(Box::new(aggregate)),
            span,
        })
    }
}

/// The length of `text` up to the end of its last token (not whitespace, not a comment).
fn significant_len(text: &str) -> usize {
    let bytes = text.as_bytes();
    let (mut i, mut end, mut in_string) = (0, 0, false);
    while i < bytes.len() {
        let byte = bytes[i];
        if in_string {
            match byte {
                b'\\' => i += 1,
                b'"' => in_string = false,
                _ => {}
            }
            end = i + 1;
        } else if byte == b'/' && bytes.get(i + 1) == Some(&b'/') {
            while i < bytes.len() && bytes[i] != b'\n' {
                i += 1;
            }
            continue;
        } else if !byte.is_ascii_whitespace() {
            in_string = byte == b'"';
            end = i + 1;
        }
        i += 1;
    }
    // `end` may fall inside a multi-byte character only if it was never advanced past it.
    while end < text.len() && !text.is_char_boundary(end) {
        end += 1;
    }
    end.min(text.len())
}

fn compare_op(text: &str) -> CompareOp {
    match text {
        "==" => CompareOp::Eq,
        "!=" => CompareOp::Ne,
        "<" => CompareOp::Lt,
        "<=" => CompareOp::Le,
        ">" => CompareOp::Gt,
        _ => CompareOp::Ge,
    }
}

/// `YYYY-MM-DD`, a day that exists. Read directly: plans hold hundreds of thousands of dates,
/// and chrono's format-driven parser costs more than the YAML around them.
pub fn parse_date(text: &str) -> Option<chrono::NaiveDate> {
    let bytes = text.as_bytes();
    if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
        return None;
    }
    let number = |range: std::ops::Range<usize>| -> Option<u32> {
        bytes[range].iter().try_fold(0u32, |n, &b| {
            b.is_ascii_digit().then(|| n * 10 + u32::from(b - b'0'))
        })
    };
    chrono::NaiveDate::from_ymd_opt(number(0..4)? as i32, number(5..7)?, number(8..10)?)
}

fn unescape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some(other) => out.push(other),
            None => {}
        }
    }
    out
}
