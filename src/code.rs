//! Stable codes for everything staffcheck reports that is not a rule violation.
//! A code never changes meaning once released; `staffcheck explain CODE` describes it.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Code {
    /// The rule file does not follow the grammar.
    Syntax,
    /// A literal in a rule file is not valid (a date that does not exist, a number too large).
    BadLiteral,
    /// An `include` names a file that cannot be read.
    IncludeMissing,
    /// Files include each other in a cycle.
    IncludeCycle,
    /// A name that is not declared: field, collection, enumeration value, parameter, function.
    UnknownName,
    /// Two declarations of the same name.
    Duplicate,
    /// An expression's type does not fit where it is used.
    TypeMismatch,
    /// A declaration is incomplete or contradictory.
    BadDeclaration,
    /// A declaration nothing uses (a parameter no rule reads).
    Unused,
    /// A rule whose window ended before any plan it could judge.
    NeverInForce,
    /// A text for people (a rule's title, message, fix or citation, a schema label) with no
    /// Vietnamese: Vietnamese readers see the English.
    NoVietnamese,
    /// A rule of an included file disabled or replaced (`disable`, `replace rule`): a note
    /// with the reason, so that an override is never silent.
    RuleOverridden,
    /// The YAML itself is malformed.
    Yaml,
    /// A value of the wrong type for its field.
    WrongType,
    /// A value outside a closed enumeration.
    NotInEnum,
    /// A required field is missing.
    MissingField,
    /// A field the schema does not declare.
    UnknownField,
    /// The same key twice in one YAML mapping.
    DuplicateKey,
    /// Two records with the same id.
    DuplicateRecord,
    /// A reference to a record that does not exist.
    DanglingReference,
    /// A value outside the bounds its field declares.
    OutOfBounds,
    /// The input exceeds a safety limit (size, depth, nodes, aliases).
    Limit,
    /// A workbook laid out in a way staffcheck does not read (a missing sheet, a repeated
    /// column, merged cells, a formula with no saved value).
    Workbook,
    /// A file could not be read.
    Io,
    /// A command-line argument is not valid.
    Usage,
    /// A rule test file (`*.test.yaml`) does not follow its format.
    TestFile,
    /// A setting of `staffcheck.toml` that is not valid: an unknown key, a wrong type.
    Config,
    /// The file given with `--baseline` is not a staffcheck JSON report this version reads.
    Baseline,
    /// A waiver whose expiry date is before the plan's date: the finding is reported.
    WaiverExpired,
    /// A waiver that matches no finding.
    WaiverUnmatched,
    /// A waiver naming a rule the rule set does not have.
    WaiverUnknownRule,
}

impl Code {
    pub const ALL: [Code; 31] = [
        Code::Syntax,
        Code::BadLiteral,
        Code::IncludeMissing,
        Code::IncludeCycle,
        Code::UnknownName,
        Code::Duplicate,
        Code::TypeMismatch,
        Code::BadDeclaration,
        Code::Unused,
        Code::NeverInForce,
        Code::NoVietnamese,
        Code::RuleOverridden,
        Code::Yaml,
        Code::WrongType,
        Code::NotInEnum,
        Code::MissingField,
        Code::UnknownField,
        Code::DuplicateKey,
        Code::DuplicateRecord,
        Code::DanglingReference,
        Code::OutOfBounds,
        Code::Limit,
        Code::Workbook,
        Code::Io,
        Code::Usage,
        Code::TestFile,
        Code::Config,
        Code::Baseline,
        Code::WaiverExpired,
        Code::WaiverUnmatched,
        Code::WaiverUnknownRule,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Code::Syntax => "SC0101",
            Code::BadLiteral => "SC0102",
            Code::IncludeMissing => "SC0103",
            Code::IncludeCycle => "SC0104",
            Code::UnknownName => "SC0201",
            Code::Duplicate => "SC0202",
            Code::TypeMismatch => "SC0203",
            Code::BadDeclaration => "SC0204",
            Code::Unused => "SC0205",
            Code::NeverInForce => "SC0206",
            Code::NoVietnamese => "SC0207",
            Code::RuleOverridden => "SC0208",
            Code::Yaml => "SC0301",
            Code::WrongType => "SC0302",
            Code::NotInEnum => "SC0303",
            Code::MissingField => "SC0304",
            Code::UnknownField => "SC0305",
            Code::DuplicateKey => "SC0306",
            Code::DuplicateRecord => "SC0307",
            Code::DanglingReference => "SC0308",
            Code::OutOfBounds => "SC0309",
            Code::Limit => "SC0310",
            Code::Workbook => "SC0311",
            Code::Io => "SC0401",
            Code::Usage => "SC0402",
            Code::TestFile => "SC0403",
            Code::Config => "SC0404",
            Code::Baseline => "SC0405",
            Code::WaiverExpired => "SC0501",
            Code::WaiverUnmatched => "SC0502",
            Code::WaiverUnknownRule => "SC0503",
        }
    }

    /// What the code means and what to do about it, for `staffcheck explain CODE`.
    pub fn describe(self) -> (&'static str, &'static str) {
        match self {
            Code::Syntax => ("the rule file does not follow the grammar", "fix the text at the place shown; grammar/README.md describes the language"),
            Code::BadLiteral => ("a literal in a rule file is not valid: a date that does not exist, a number too large", "write a real date as YYYY-MM-DD, or a smaller number"),
            Code::IncludeMissing => ("an `include` names a file that cannot be read", "paths are relative to the including file; built-in files are `<builtin>/NAME.rules`"),
            Code::IncludeCycle => ("rule files include each other in a cycle", "remove one of the includes; each file needs including only once"),
            Code::UnknownName => ("a name that is not declared: a field, collection, enumeration value, parameter or function", "use the name the schema declares (the message suggests the closest), or declare it"),
            Code::Duplicate => ("two declarations of the same name, or two rules with the same id", "rename or remove one of them"),
            Code::TypeMismatch => ("an expression's type does not fit where it is used", "compare values of the same type; see the types in grammar/README.md"),
            Code::BadDeclaration => ("a declaration is incomplete or contradictory (a rule without `source`, overlapping parameter windows)", "complete the declaration as the help says"),
            Code::Unused => ("a parameter that no rule or table reads", "use it in a rule, or remove it"),
            Code::NeverInForce => ("a rule whose `effective` window ended before the plans it could judge (by default, before the two-level system began on 2025-07-01)", "remove the rule, or correct its `until` date"),
            Code::NoVietnamese => ("a text meant for people (a rule's title, message, fix or citation; a label of the schema) has no Vietnamese, so a report in Vietnamese shows the English (or, for an enumeration value without a label, its identifier)", "write the Vietnamese after the English: `\"English\" vi \"Tiếng Việt\"` (grammar/README.md, \"Texts in two languages\")"),
            Code::RuleOverridden => ("a rule of an included file is disabled (`disable ID \"why\"`) or replaced (`replace rule ID ... { reason \"why\" ... }`) by another rule file: a note with the reason and the place, in every report, so that the override is never silent", "nothing to do if the reason holds; `staffcheck explain ID` shows the rule and its override, `staffcheck rules` lists every override"),
            Code::Yaml => ("the plan is not valid YAML", "fix the YAML at the place shown"),
            Code::WrongType => ("a plan's value has the wrong type for its field", "write a value of the type the schema declares"),
            Code::NotInEnum => ("a plan's value is outside a closed enumeration", "use one of the values listed, or extend the enumeration in a rule file"),
            Code::MissingField => ("a required field is missing from a plan's record", "add the field, or declare it `optional` in the schema"),
            Code::UnknownField => ("a plan's record has a field the schema does not declare", "correct its name, or declare it with `extend collection`"),
            Code::DuplicateKey => ("the same key twice in one YAML mapping", "keep one of them"),
            Code::DuplicateRecord => ("two records of a collection have the same key", "give each record its own key"),
            Code::DanglingReference => ("a reference to a record that does not exist", "correct the reference, or add the record"),
            Code::OutOfBounds => ("a value outside the bounds its field declares", "correct the value"),
            Code::Limit => ("the input exceeds a safety limit (size, depth, nodes, aliases)", "split the plan, or check that this is the file you meant"),
            Code::Workbook => ("a workbook plan is laid out in a way staffcheck does not read: a missing sheet, an unknown or repeated column, merged cells, hidden or empty rows between records, a formula with no saved value, a file that is not a workbook or is password-protected", "fix the workbook at the cell shown; `staffcheck convert plan.yaml -o plan.xlsx` writes one laid out as expected"),
            Code::Io => ("a file could not be read or written", "check the path and its permissions"),
            Code::Usage => ("a command-line argument is not valid", "see `staffcheck help` and the README's reference"),
            Code::TestFile => ("a rule test file (`*.test.yaml`) does not follow its format", "see docs/testing.md"),
            Code::Config => ("a setting in `staffcheck.toml` is not valid: a key that is not an option, a value of the wrong type or one the option refuses", "use the keys of `staffcheck check --help` (long flags without `--`) under `[check]` or `[test]`; see the README's Configuration section"),
            Code::Baseline => ("the file given with `--baseline` (or `baseline` in `staffcheck.toml`) is not a JSON report of staffcheck (`--format json`) of the version this staffcheck writes", "make the baseline with `staffcheck check PLANS --format json=baseline.json` on the earlier version of the plans (the target branch), with this staffcheck"),
            Code::WaiverExpired => ("a waiver in the plan's `waivers:` section expired before the plan's date, so the finding it covered is reported again", "renew the waiver with a later `expires:` (and a fresh approval), or fix the finding and remove the waiver"),
            Code::WaiverUnmatched => ("a waiver in the plan's `waivers:` section matches no finding: the finding was fixed, the rule is not in force on the plan's date, or the record is named wrongly", "remove the waiver, or name the record by its key (`\"20194\"`, `DN-0003`) or its path (`posts[12]`) as the finding reports it"),
            Code::WaiverUnknownRule => ("a waiver in the plan's `waivers:` section names a rule the rule set does not have", "use a rule id from `staffcheck rules` (the message suggests the closest)"),
        }
    }

    /// The code written `SC0101`, in any case.
    pub fn parse(text: &str) -> Option<Code> {
        Code::ALL
            .into_iter()
            .find(|code| code.as_str().eq_ignore_ascii_case(text))
    }
}
