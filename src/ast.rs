//! The owned syntax tree of a rule file. Every node carries its span; nothing here knows pest.

use crate::bilingual::Bilingual;
use crate::source::{Source, Span};

/// A text for people with its Vietnamese, if written (`"Party Secretary" vi "Bí thư"`).
pub type Texts = Bilingual<Text>;

/// A name as written, with where it was written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Name {
    pub text: String,
    pub span: Span,
}

/// One parsed rule file.
#[derive(Clone, Debug)]
pub struct RuleFile {
    pub source: Source,
    pub items: Vec<Item>,
    /// Every `//` comment with its span, kept so that a formatter can put them back.
    pub comments: Vec<Comment>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Comment {
    pub text: String,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub enum Item {
    Include(Include),
    Enum(EnumDecl),
    Collection(CollectionDecl),
    Const(ConstDecl),
    ConstExtension(ConstExtension),
    Param(ParamDecl),
    Table(TableDecl),
    Rule(RuleDecl),
    Disable(Disable),
}

#[derive(Clone, Debug)]
pub struct Include {
    pub path: String,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct EnumDecl {
    pub extend: bool,
    pub name: Name,
    /// `a < b < c` declares an ordered enumeration.
    pub ordered: bool,
    pub values: Vec<EnumValue>,
    pub span: Span,
}

/// `party_secretary "Party Secretary" vi "Bí thư Đảng ủy"`: a value and its display label.
#[derive(Clone, Debug)]
pub struct EnumValue {
    pub name: Name,
    pub label: Option<Texts>,
}

#[derive(Clone, Debug)]
pub struct CollectionDecl {
    pub extend: bool,
    /// The key in the plan's YAML (`units`).
    pub name: Name,
    /// The record type (`Unit`); absent in an `extend`.
    pub record: Option<Name>,
    pub shape: CollectionShape,
    /// What people call its records (`"post" vi "chức vụ"`).
    pub label: Option<Texts>,
    pub fields: Vec<FieldDecl>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CollectionShape {
    /// A list of records without a key.
    List,
    /// A list of records identified by a field.
    Keyed(Name),
    /// One record (the plan's header).
    Single,
}

#[derive(Clone, Debug)]
pub struct FieldDecl {
    pub name: Name,
    pub ty: TypeExpr,
    pub bound: Option<Bound>,
    pub presence: Presence,
    pub label: Option<Texts>,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub enum Presence {
    Required,
    Optional,
    Default(Expr),
}

#[derive(Clone, Debug)]
pub struct Bound {
    pub op: CompareOp,
    pub value: Literal,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct TypeExpr {
    /// `list of T` (a plan's field), `set of T` (a parameter's or table's value), or `T`.
    pub container: Option<Container>,
    /// One name, or several for a reference to one of several record types.
    pub alternatives: Vec<Name>,
    pub span: Span,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Container {
    List,
    Set,
}

#[derive(Clone, Debug)]
pub struct ConstDecl {
    pub name: Name,
    pub value: Expr,
    pub span: Span,
}

/// `extend const key_posts { office_head }`: members added to a set constant declared in
/// another file.
#[derive(Clone, Debug)]
pub struct ConstExtension {
    pub name: Name,
    /// The members, written as a set (`ExprKind::Set`).
    pub members: Expr,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct ParamDecl {
    pub name: Name,
    pub ty: TypeExpr,
    pub values: Vec<ParamValue>,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct ParamValue {
    pub value: Expr,
    pub window: Window,
    pub source: Option<Texts>,
    pub span: Span,
}

/// Inclusive dates between which something is in force.
#[derive(Clone, Debug, Default)]
pub struct Window {
    pub from: Option<DateLit>,
    pub until: Option<DateLit>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DateLit {
    pub date: chrono::NaiveDate,
    pub span: Span,
}

/// A string literal, unescaped.
#[derive(Clone, Debug)]
pub struct Text {
    pub text: String,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct TableDecl {
    pub name: Name,
    pub params: Vec<(Name, TypeExpr)>,
    pub result: TypeExpr,
    pub source: Option<Texts>,
    pub rows: Vec<(Expr, Expr)>,
    pub otherwise: Option<Expr>,
    pub span: Span,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }
}

/// `disable VICE-CAP "why"`: a rule of an included file switched off, with the reason.
#[derive(Clone, Debug)]
pub struct Disable {
    pub id: Name,
    pub reason: Texts,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct RuleDecl {
    /// `replace rule ...`: the span of `replace`, for a rule written anew over an included
    /// rule of the same id (its `reason` clause says why).
    pub replace: Option<Span>,
    pub id: Name,
    pub title: Texts,
    pub clauses: Vec<Clause>,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub enum Clause {
    Severity(Severity, Span),
    /// `severity error when CONDITION otherwise warning`: the first severity for a record
    /// where the condition holds, the second where it does not.
    SeverityWhen {
        when: Severity,
        condition: Expr,
        otherwise: Severity,
        span: Span,
    },
    Source(Texts),
    /// `url "https://..."`: the address of the public text the citation rests on.
    Url(Text),
    /// `checked 2026-11-30`: the day the source was last read against the rule.
    Checked(DateLit),
    Effective(Window, Span),
    For {
        var: Name,
        collection: Name,
        span: Span,
    },
    Let {
        name: Name,
        value: Expr,
        span: Span,
    },
    Where(Expr),
    Require(Expr),
    At(Expr),
    Message(Bilingual<Template>),
    Help(Texts),
    /// `reason "why"`: why a `replace rule` replaces the included rule.
    Reason(Texts),
}

#[derive(Clone, Debug)]
pub struct Template {
    pub parts: Vec<TemplatePart>,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub enum TemplatePart {
    Text(String),
    /// `{expr}`, or `{expr as percent}` to show a fraction as a percentage.
    Hole(Expr, Option<AsPercent>),
}

/// `as percent(1)` after a message's hole: the fraction times a hundred, with `%`; `digits`
/// decimals when given, else at most one.
#[derive(Clone, Debug)]
pub struct AsPercent {
    pub digits: Option<u32>,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct Expr {
    pub kind: ExprKind,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub enum ExprKind {
    Literal(Literal),
    Name(Name),
    Field(Box<Expr>, Name),
    Unary(UnaryOp, Box<Expr>),
    Binary(BinaryOp, Box<Expr>, Box<Expr>),
    Compare(CompareOp, Box<Expr>, Box<Expr>),
    In {
        negated: bool,
        item: Box<Expr>,
        set: Box<Expr>,
    },
    IsDefined {
        negated: bool,
        value: Box<Expr>,
    },
    IsType {
        negated: bool,
        value: Box<Expr>,
        ty: Name,
    },
    If {
        cond: Box<Expr>,
        then: Box<Expr>,
        otherwise: Box<Expr>,
    },
    Call {
        function: Name,
        args: Vec<Expr>,
    },
    Aggregate(Box<Aggregate>),
    Set(Vec<Expr>),
    List(Vec<Expr>),
}

#[derive(Clone, Debug)]
pub struct Aggregate {
    pub function: AggregateFn,
    pub function_span: Span,
    /// The value aggregated (`sum(u.population for u in units)`); absent for `count`/`exists`.
    pub value: Option<Expr>,
    pub var: Name,
    pub collection: Name,
    pub filter: Option<Expr>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AggregateFn {
    Count,
    Exists,
    All,
    Sum,
    Min,
    Max,
    Average,
    Share,
    Distinct,
    Collect,
}

impl AggregateFn {
    pub fn name(self) -> &'static str {
        match self {
            AggregateFn::Count => "count",
            AggregateFn::Exists => "exists",
            AggregateFn::All => "all",
            AggregateFn::Sum => "sum",
            AggregateFn::Min => "min",
            AggregateFn::Max => "max",
            AggregateFn::Average => "average",
            AggregateFn::Share => "share",
            AggregateFn::Distinct => "distinct",
            AggregateFn::Collect => "collect",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    Not,
    Neg,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinaryOp {
    And,
    Or,
    Add,
    Sub,
    Mul,
    Div,
    Default,
}

impl BinaryOp {
    pub fn symbol(self) -> &'static str {
        match self {
            BinaryOp::And => "and",
            BinaryOp::Or => "or",
            BinaryOp::Add => "+",
            BinaryOp::Sub => "-",
            BinaryOp::Mul => "*",
            BinaryOp::Div => "/",
            BinaryOp::Default => "??",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompareOp {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

impl CompareOp {
    pub fn symbol(self) -> &'static str {
        match self {
            CompareOp::Eq => "==",
            CompareOp::Ne => "!=",
            CompareOp::Lt => "<",
            CompareOp::Le => "<=",
            CompareOp::Gt => ">",
            CompareOp::Ge => ">=",
        }
    }

    /// How a drafter would say "the rule requires ... `value`".
    pub fn in_words(self) -> &'static str {
        match self {
            CompareOp::Eq => "exactly",
            CompareOp::Ne => "anything but",
            CompareOp::Lt => "less than",
            CompareOp::Le => "at most",
            CompareOp::Gt => "more than",
            CompareOp::Ge => "at least",
        }
    }
}

#[derive(Clone, Debug)]
pub enum Literal {
    Integer(i64),
    Decimal(rust_decimal::Decimal),
    Text(String),
    Bool(bool),
    Date(chrono::NaiveDate),
    Duration(Duration),
}

/// A calendar duration: months (years are twelve) and days.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Duration {
    pub months: i64,
    pub days: i64,
}
