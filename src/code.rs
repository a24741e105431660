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
    /// A file could not be read.
    Io,
    /// A command-line argument is not valid.
    Usage,
    /// A rule test file (`*.test.yaml`) does not follow its format.
    TestFile,
}

impl Code {
    pub const ALL: [Code; 21] = [
        Code::Syntax,
        Code::BadLiteral,
        Code::IncludeMissing,
        Code::IncludeCycle,
        Code::UnknownName,
        Code::Duplicate,
        Code::TypeMismatch,
        Code::BadDeclaration,
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
        Code::Io,
        Code::Usage,
        Code::TestFile,
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
            Code::Io => "SC0401",
            Code::Usage => "SC0402",
            Code::TestFile => "SC0403",
        }
    }
}
