//! Stable codes for everything staffcheck reports that is not a rule violation.
//! A code never changes meaning once released; `staffcheck explain CODE` describes it, in
//! the words of the catalog (i18n/*.ftl).

use crate::i18n::t;
use crate::lang::Lang;

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

    /// What the code means and what to do about it, in `lang`: for `staffcheck explain
    /// CODE` and the descriptors of codes in SARIF and JSON.
    pub fn describe(self, lang: Lang) -> (String, String) {
        let (meaning, fix) = self.message_ids();
        (t(lang, meaning), t(lang, fix))
    }

    /// The catalog's messages for [`Code::describe`] (i18n/*.ftl, "The stable SC codes").
    fn message_ids(self) -> (&'static str, &'static str) {
        match self {
            Code::Syntax => ("code-sc0101", "code-sc0101-fix"),
            Code::BadLiteral => ("code-sc0102", "code-sc0102-fix"),
            Code::IncludeMissing => ("code-sc0103", "code-sc0103-fix"),
            Code::IncludeCycle => ("code-sc0104", "code-sc0104-fix"),
            Code::UnknownName => ("code-sc0201", "code-sc0201-fix"),
            Code::Duplicate => ("code-sc0202", "code-sc0202-fix"),
            Code::TypeMismatch => ("code-sc0203", "code-sc0203-fix"),
            Code::BadDeclaration => ("code-sc0204", "code-sc0204-fix"),
            Code::Unused => ("code-sc0205", "code-sc0205-fix"),
            Code::NeverInForce => ("code-sc0206", "code-sc0206-fix"),
            Code::NoVietnamese => ("code-sc0207", "code-sc0207-fix"),
            Code::RuleOverridden => ("code-sc0208", "code-sc0208-fix"),
            Code::Yaml => ("code-sc0301", "code-sc0301-fix"),
            Code::WrongType => ("code-sc0302", "code-sc0302-fix"),
            Code::NotInEnum => ("code-sc0303", "code-sc0303-fix"),
            Code::MissingField => ("code-sc0304", "code-sc0304-fix"),
            Code::UnknownField => ("code-sc0305", "code-sc0305-fix"),
            Code::DuplicateKey => ("code-sc0306", "code-sc0306-fix"),
            Code::DuplicateRecord => ("code-sc0307", "code-sc0307-fix"),
            Code::DanglingReference => ("code-sc0308", "code-sc0308-fix"),
            Code::OutOfBounds => ("code-sc0309", "code-sc0309-fix"),
            Code::Limit => ("code-sc0310", "code-sc0310-fix"),
            Code::Workbook => ("code-sc0311", "code-sc0311-fix"),
            Code::Io => ("code-sc0401", "code-sc0401-fix"),
            Code::Usage => ("code-sc0402", "code-sc0402-fix"),
            Code::TestFile => ("code-sc0403", "code-sc0403-fix"),
            Code::Config => ("code-sc0404", "code-sc0404-fix"),
            Code::Baseline => ("code-sc0405", "code-sc0405-fix"),
            Code::WaiverExpired => ("code-sc0501", "code-sc0501-fix"),
            Code::WaiverUnmatched => ("code-sc0502", "code-sc0502-fix"),
            Code::WaiverUnknownRule => ("code-sc0503", "code-sc0503-fix"),
        }
    }

    /// The code written `SC0101`, in any case.
    pub fn parse(text: &str) -> Option<Code> {
        Code::ALL
            .into_iter()
            .find(|code| code.as_str().eq_ignore_ascii_case(text))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_is_described_in_both_languages_in_different_words() {
        for code in Code::ALL {
            let (en, en_fix) = code.describe(Lang::En);
            let (vi, vi_fix) = code.describe(Lang::Vi);
            assert!(
                !en.starts_with("code-sc") && !en_fix.starts_with("code-sc"),
                "{code:?}"
            );
            assert_ne!(en, vi, "{code:?}");
            assert_ne!(en_fix, vi_fix, "{code:?}");
        }
    }
}
