//! The plan's shape, declared in rule files: enumerations, collections, fields and types.

use rust_decimal::Decimal;

use crate::ast::CompareOp;
use crate::bilingual::Bilingual;
use crate::lang::Lang;
use crate::source::{Source, Span};

/// A display label: what people call a collection's records, a field, an enumeration value.
pub type Label = Bilingual<String>;

pub type EnumId = u16;
pub type CollectionId = u16;

/// Where a declaration was written, for diagnostics.
#[derive(Clone, Debug)]
pub struct Origin {
    pub source: Source,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Type {
    Text,
    Integer,
    Decimal,
    Boolean,
    Date,
    Duration,
    Enum(EnumId),
    /// A reference to a record of one of these collections (sorted, distinct).
    Record(Vec<CollectionId>),
    List(Box<Type>),
    Set(Box<Type>),
    /// The type of an expression that already failed to resolve: accepted everywhere, so
    /// one mistake is reported once.
    Error,
}

impl Type {
    pub fn is_numeric(&self) -> bool {
        matches!(self, Type::Integer | Type::Decimal | Type::Error)
    }

    /// The enumeration a value of this type, or each value of this set or list, belongs to.
    pub fn enumeration(&self) -> Option<EnumId> {
        match self {
            Type::Enum(id) => Some(*id),
            Type::Set(inner) | Type::List(inner) => match **inner {
                Type::Enum(id) => Some(id),
                _ => None,
            },
            _ => None,
        }
    }
}

#[derive(Clone, Debug)]
pub struct EnumDef {
    pub name: String,
    pub ordered: bool,
    pub values: Vec<String>,
    /// Each value's label, if declared (same order as `values`).
    pub labels: Vec<Option<Label>>,
    /// Where each value is declared (an `extend enum` may be in another file).
    pub value_origins: Vec<Origin>,
    pub origin: Origin,
}

impl EnumDef {
    pub fn position(&self, value: &str) -> Option<usize> {
        self.values.iter().position(|v| v == value)
    }

    /// What people call the value at `position`: its label in `lang`, else its name.
    pub fn label(&self, position: usize, lang: Lang) -> &str {
        match self.labels.get(position) {
            Some(Some(label)) => label.get(lang),
            _ => self.values.get(position).map_or("", String::as_str),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    List,
    Keyed(usize),
    Single,
}

#[derive(Clone, Debug)]
pub struct CollectionDef {
    /// The key of the plan's YAML (`units`).
    pub name: String,
    /// The record type (`Unit`).
    pub record: String,
    pub shape: Shape,
    /// What people call one of its records (`"post" vi "chức vụ"`), if declared.
    pub label: Option<Label>,
    pub fields: Vec<FieldDef>,
    pub origin: Origin,
}

impl CollectionDef {
    pub fn field(&self, name: &str) -> Option<usize> {
        self.fields.iter().position(|field| field.name == name)
    }

    /// What people call one of its records in `lang`; its type name when no label is declared.
    pub fn label(&self, lang: Lang) -> &str {
        self.label
            .as_ref()
            .map_or(&self.record, |label| label.get(lang))
    }

    /// The field that names a record for people: `name` if it has one.
    pub fn display_field(&self) -> Option<usize> {
        self.field("name")
    }

    pub fn key_field(&self) -> Option<usize> {
        match self.shape {
            Shape::Keyed(field) => Some(field),
            _ => None,
        }
    }
}

#[derive(Clone, Debug)]
pub enum Default {
    Required,
    Optional,
    /// The value a missing field takes, already checked against the field's type.
    Value(DefaultValue),
}

#[derive(Clone, Debug, PartialEq)]
pub enum DefaultValue {
    Integer(i64),
    Decimal(Decimal),
    Text(String),
    Boolean(bool),
    Date(chrono::NaiveDate),
    Enum(usize),
    EmptyList,
}

#[derive(Clone, Debug)]
pub struct FieldDef {
    pub name: String,
    pub ty: Type,
    pub bound: Option<(CompareOp, Decimal)>,
    pub default: Default,
    pub label: Option<Label>,
    pub origin: Origin,
}

impl FieldDef {
    /// What people call the field in `lang`; its name when no label is declared.
    pub fn label(&self, lang: Lang) -> &str {
        self.label
            .as_ref()
            .map_or(&self.name, |label| label.get(lang))
    }
}

#[derive(Clone, Debug, Default)]
pub struct Schema {
    pub enums: Vec<EnumDef>,
    pub collections: Vec<CollectionDef>,
}

impl Schema {
    pub fn enumeration(&self, id: EnumId) -> &EnumDef {
        &self.enums[id as usize]
    }

    pub fn collection(&self, id: CollectionId) -> &CollectionDef {
        &self.collections[id as usize]
    }

    pub fn collection_by_name(&self, name: &str) -> Option<CollectionId> {
        self.collections
            .iter()
            .position(|c| c.name == name)
            .map(|i| i as CollectionId)
    }

    pub fn collection_by_record(&self, record: &str) -> Option<CollectionId> {
        self.collections
            .iter()
            .position(|c| c.record == record)
            .map(|i| i as CollectionId)
    }

    pub fn enum_by_name(&self, name: &str) -> Option<EnumId> {
        self.enums
            .iter()
            .position(|e| e.name == name)
            .map(|i| i as EnumId)
    }

    /// The collection holding the plan's header (`single`), if declared.
    pub fn header(&self) -> Option<CollectionId> {
        self.collections
            .iter()
            .position(|c| c.shape == Shape::Single)
            .map(|i| i as CollectionId)
    }

    /// How a type is written in a rule file.
    pub fn type_name(&self, ty: &Type) -> String {
        match ty {
            Type::Text => "text".into(),
            Type::Integer => "integer".into(),
            Type::Decimal => "decimal".into(),
            Type::Boolean => "boolean".into(),
            Type::Date => "date".into(),
            Type::Duration => "duration".into(),
            Type::Enum(id) => self.enumeration(*id).name.clone(),
            Type::Record(ids) => ids
                .iter()
                .map(|id| self.collection(*id).record.clone())
                .collect::<Vec<_>>()
                .join(" | "),
            Type::List(inner) => format!("list of {}", self.type_name(inner)),
            Type::Set(inner) => format!("set of {}", self.type_name(inner)),
            Type::Error => "unknown".into(),
        }
    }
}
