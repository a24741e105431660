//! The resolved, type-checked form of a rule set that the evaluator runs. Names are gone:
//! variables are frame slots, fields are indexes, enumeration values are positions.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::ast::{AggregateFn, CompareOp, Duration, Severity};
use crate::bilingual::Bilingual;
use crate::schema::{CollectionId, EnumId, Origin, Schema, Type};
use crate::source::{Source, Span};

#[derive(Clone, Debug)]
pub struct Expr {
    pub kind: ExprKind,
    pub ty: Type,
    /// Where the expression is written in its rule file.
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Constant {
    Integer(i64),
    Decimal(Decimal),
    Text(String),
    Boolean(bool),
    Date(NaiveDate),
    Duration(Duration),
    Enum(EnumId, u16),
    /// A set written with constants only (`{ party_secretary, council_chair }`), sorted and
    /// without repeats: folded once when the rules load, tested without allocating.
    Set(Vec<Constant>),
}

#[derive(Clone, Debug)]
pub enum ExprKind {
    Constant(Constant),
    /// A variable: the rule's record, a `let`, an aggregate's or a table's parameter.
    Local(usize),
    /// The plan's single header record (`plan`).
    Header(CollectionId),
    Param(usize),
    /// A field read; `by_collection[c]` is the field's index in collection `c`, if it has it.
    Field {
        base: Box<Expr>,
        name: String,
        by_collection: Vec<Option<u16>>,
    },
    Not(Box<Expr>),
    Neg(Box<Expr>),
    And(Box<Expr>, Box<Expr>),
    Or(Box<Expr>, Box<Expr>),
    Arith(Arith, Box<Expr>, Box<Expr>),
    Default(Box<Expr>, Box<Expr>),
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
        collection: CollectionId,
    },
    If {
        cond: Box<Expr>,
        then: Box<Expr>,
        otherwise: Box<Expr>,
    },
    Builtin(Builtin, Vec<Expr>),
    Table(usize, Vec<Expr>),
    Aggregate(Box<Aggregate>),
    Set(Vec<Expr>),
    List(Vec<Expr>),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Arith {
    Add,
    Sub,
    Mul,
    Div,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Builtin {
    /// `age(born, at)`: full years.
    Age,
    /// `months_between(from, to)`: full months.
    MonthsBetween,
    Year,
    Month,
    /// `len(list)`, `len(text)` (characters).
    Len,
    /// `end_of_month(d)`: the last day of `d`'s month (Decree 135/2020 art. 3: retirement).
    EndOfMonth,
    /// `start_of_year(d)`: 1 January of `d`'s year (Decree 135/2020 art. 3: year of birth only).
    StartOfYear,
    /// `starts_with(text, prefix)`: `starts_with(u.name, "Phường")`.
    StartsWith,
    /// `ends_with(text, suffix)`.
    EndsWith,
    /// `contains(text, part)`.
    Contains,
    /// `round(x, digits)`: half away from zero, as figures are rounded in official documents.
    Round,
    /// `lower(text)`: small letters (`Đ` → `đ`), composed (NFC).
    Lower,
    /// `upper(text)`: capital letters, composed (NFC).
    Upper,
}

impl Builtin {
    pub const ALL: [(&'static str, Builtin); 13] = [
        ("age", Builtin::Age),
        ("months_between", Builtin::MonthsBetween),
        ("year", Builtin::Year),
        ("month", Builtin::Month),
        ("len", Builtin::Len),
        ("end_of_month", Builtin::EndOfMonth),
        ("start_of_year", Builtin::StartOfYear),
        ("starts_with", Builtin::StartsWith),
        ("ends_with", Builtin::EndsWith),
        ("contains", Builtin::Contains),
        ("round", Builtin::Round),
        ("lower", Builtin::Lower),
        ("upper", Builtin::Upper),
    ];

    /// The functions that take only texts (`len` also counts a list).
    pub fn is_text(self) -> bool {
        matches!(
            self,
            Builtin::StartsWith
                | Builtin::EndsWith
                | Builtin::Contains
                | Builtin::Lower
                | Builtin::Upper
        )
    }
}

#[derive(Clone, Debug)]
pub struct Aggregate {
    /// Unique in the program: the key of the evaluator's caches.
    pub id: usize,
    pub function: AggregateFn,
    pub value: Option<Expr>,
    pub slot: usize,
    pub collection: CollectionId,
    /// The filter split at its top-level `and`s.
    pub conjuncts: Vec<Expr>,
    pub lookup: Lookup,
    pub span: Span,
}

/// How an aggregate finds its records without scanning the collection for each outer record.
#[derive(Clone, Debug)]
pub enum Lookup {
    /// Reads no variable from outside: evaluated once per plan and remembered.
    Once,
    /// `inner == outer`, where `inner` reads only the aggregate's own variable: the records
    /// are grouped by `inner` once, and each evaluation looks up `outer`'s group.
    Grouped {
        conjunct: usize,
        inner: Expr,
        outer: Expr,
    },
    /// Depends on outer variables in a way no index answers: a scan per evaluation.
    Scan,
}

#[derive(Clone, Debug)]
pub struct Param {
    pub name: String,
    pub ty: Type,
    pub values: Vec<ParamValue>,
    /// Written as percentages (`15%`): shown to people as one.
    pub percent: bool,
    pub origin: Origin,
}

#[derive(Clone, Debug)]
pub struct ParamValue {
    pub value: Constant,
    pub from: Option<NaiveDate>,
    pub until: Option<NaiveDate>,
    pub citation: Option<Bilingual<String>>,
}

impl ParamValue {
    pub fn applies(&self, date: NaiveDate) -> bool {
        self.from.is_none_or(|from| from <= date) && self.until.is_none_or(|until| date <= until)
    }
}

#[derive(Clone, Debug)]
pub struct Table {
    pub name: String,
    /// The parameters' names and types: parameter `i` is frame slot `i`.
    pub param_names: Vec<String>,
    pub params: Vec<Type>,
    pub result: Type,
    pub rows: Vec<(Expr, Expr)>,
    pub otherwise: Option<Expr>,
    pub citation: Option<Bilingual<String>>,
    pub frame_size: usize,
    /// Where the table is declared.
    pub origin: Origin,
}

#[derive(Clone, Debug)]
pub enum Step {
    Let(usize, Expr),
    Where(Expr),
}

#[derive(Clone, Debug)]
pub struct Template {
    pub parts: Vec<TemplatePart>,
}

#[derive(Clone, Debug)]
pub enum TemplatePart {
    Text(String),
    /// `{expr}`; `{expr as percent}` (`Some(None)`) or `{expr as percent(2)}` (`Some(Some(2))`).
    Hole(Expr, Option<Option<u32>>),
}

/// `severity error when CONDITION otherwise warning`: each finding's severity is chosen by
/// the condition on its record; an undefined condition chooses the severer, with a note.
#[derive(Clone, Debug)]
pub struct SeverityWhen {
    pub when: Severity,
    pub condition: Expr,
    pub otherwise: Severity,
    /// The condition as written, for `rules`, `explain` and the note of an undecided one.
    pub text: String,
}

impl SeverityWhen {
    /// `error when u.kind == "ward" otherwise warning`.
    pub fn describe(&self) -> String {
        format!(
            "{} when {} otherwise {}",
            self.when.as_str(),
            self.text,
            self.otherwise.as_str()
        )
    }
}

#[derive(Clone, Debug)]
pub struct Rule {
    pub id: String,
    pub title: Bilingual<String>,
    /// The severest a finding of the rule can have: the rule's level wherever one is shown
    /// for the whole rule (SARIF's default level, the summary's counts, `--fail-on`'s).
    pub severity: Severity,
    /// A severity chosen per record, if the rule has one.
    pub severity_when: Option<SeverityWhen>,
    pub citation: Bilingual<String>,
    /// The address of the public text the citation rests on (`url`).
    pub source_url: Option<String>,
    /// The day the source was last read against the rule (`checked`).
    pub source_checked: Option<NaiveDate>,
    pub help: Option<Bilingual<String>>,
    pub from: Option<NaiveDate>,
    pub until: Option<NaiveDate>,
    pub collection: CollectionId,
    pub steps: Vec<Step>,
    /// Absent in a reporting rule (severity info): every record that passes the `where`s
    /// gets a note carrying the rule's message.
    pub require: Option<Expr>,
    pub at: Option<Expr>,
    pub message: Option<Bilingual<Template>>,
    pub frame_size: usize,
    /// The slot of each `let` and its name, for explanations.
    pub let_names: Vec<(usize, String)>,
    pub source: Source,
    pub span: Span,
    /// The `require` clause (or the rule's id in a reporting rule), labelled in the
    /// related diagnostic.
    pub require_span: Span,
    /// Parameters the rule reads, for `explain` and the summary of a finding.
    pub params: Vec<usize>,
    /// The extended constants the rule reads (indexes into `Program::const_extensions`,
    /// every extension of each), so `explain` and `rules` show what was added.
    pub extensions: Vec<usize>,
}

impl Rule {
    pub fn in_force(&self, date: NaiveDate) -> bool {
        self.from.is_none_or(|from| from <= date) && self.until.is_none_or(|until| date <= until)
    }
}

/// A rule set, resolved against its schema and ready to run on any plan.
#[derive(Clone, Debug)]
pub struct Program {
    pub schema: Schema,
    pub params: Vec<Param>,
    pub tables: Vec<Table>,
    pub rules: Vec<Rule>,
    pub aggregate_count: usize,
    /// The rules of included files disabled or replaced, in the order written.
    pub overrides: Vec<Override>,
    /// Members added to constants by other files (`extend const`), in the order loaded.
    pub const_extensions: Vec<ConstExtension>,
}

/// What a rule file did to a rule of another file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OverrideKind {
    /// `disable VICE-CAP "why"`: the rule checks nothing.
    Disabled,
    /// `replace rule VICE-CAP "..." { reason "why" ... }`: the rule of that id is the new one.
    Replaced,
}

impl OverrideKind {
    /// The machine name, in JSON and SARIF.
    pub fn as_str(self) -> &'static str {
        match self {
            OverrideKind::Disabled => "disabled",
            OverrideKind::Replaced => "replaced",
        }
    }
}

/// An included rule disabled or replaced, kept so that the override is never silent:
/// `rules`, `explain` and every report say who did what, where and why.
#[derive(Clone, Debug)]
pub struct Override {
    pub rule: String,
    pub kind: OverrideKind,
    pub reason: Bilingual<String>,
    /// Where the `disable` or the `replace rule` names the rule.
    pub origin: crate::schema::Origin,
    /// Where the rule's own file declares its id.
    pub declared: crate::schema::Origin,
    /// The rule as its own file declares it: what a disabled rule would check, what a
    /// replacement replaced.
    pub original: Box<Rule>,
}

/// `extend const key_posts { office_head }`: what a file added to a set constant declared
/// in another. The constant's value already holds the members; this says where they came from.
#[derive(Clone, Debug)]
pub struct ConstExtension {
    pub constant: String,
    /// The members added, as a drafter writes them (`office_head`).
    pub members: Vec<String>,
    /// Where the extension names the constant.
    pub origin: crate::schema::Origin,
}

impl Program {
    /// The override of the rule `id`, if a file disabled or replaced it.
    pub fn override_of(&self, id: &str) -> Option<&Override> {
        self.overrides.iter().find(|o| o.rule == id)
    }

    pub fn param_by_name(&self, name: &str) -> Option<usize> {
        self.params.iter().position(|p| p.name == name)
    }

    /// Calls `visit` on each expression the rules and tables are written with (steps,
    /// `require`, `at`, message holes, table rows), not on their sub-expressions.
    pub fn for_each_expr(&self, visit: &mut dyn FnMut(&Expr)) {
        for rule in &self.rules {
            for step in &rule.steps {
                match step {
                    Step::Let(_, e) | Step::Where(e) => visit(e),
                }
            }
            rule.require.iter().chain(&rule.at).for_each(&mut *visit);
            rule.severity_when
                .iter()
                .for_each(|chosen| visit(&chosen.condition));
            for part in rule
                .message
                .iter()
                .flat_map(|m| m.both())
                .flat_map(|t| &t.parts)
            {
                if let TemplatePart::Hole(e, _) = part {
                    visit(e);
                }
            }
        }
        for table in &self.tables {
            for (when, then) in &table.rows {
                visit(when);
                visit(then);
            }
            table.otherwise.iter().for_each(&mut *visit);
        }
    }
}
