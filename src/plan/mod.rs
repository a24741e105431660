//! A loaded plan: typed records checked against the schema, each value with its span.
//!
//! Text is kept as a span into the plan's own text where the YAML wrote it verbatim, so a
//! national plan costs little more than its file.

mod build;
#[cfg(test)]
mod span_property;
mod split;
mod to_yaml;
pub mod workbook;
pub(crate) mod yaml;
mod yaml_reason;
#[cfg(test)]
mod yaml_reason_tests;

pub use build::{load, load_with, Reading};
pub use to_yaml::to_yaml;
pub use yaml::Limits;

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::code::Code;
use crate::diagnostic::Diagnostic;
use crate::i18n::{t, t_args};
use crate::lang::Lang;
use crate::schema::CollectionId;
use crate::source::{Source, SourceFile, Span};

/// A plan's bytes as text, or a diagnostic that points where they stop being UTF-8.
pub fn decode(name: &str, bytes: Vec<u8>, lang: Lang) -> Result<Source, Diagnostic> {
    match String::from_utf8(bytes) {
        Ok(text) => Ok(SourceFile::new(name, text)),
        Err(error) => {
            // Shown with the bad bytes replaced (U+FFFD), so the line around them is there;
            // the text before them, and so every offset up to them, is unchanged.
            let at = error.utf8_error().valid_up_to();
            let bytes = error.into_bytes();
            let byte = bytes.get(at).copied().unwrap_or_default();
            let source = SourceFile::new(name, String::from_utf8_lossy(&bytes).into_owned());
            let end = source.text()[at..]
                .chars()
                .next()
                .map_or(at, |c| at + c.len_utf8());
            let args = [
                ("at", at.to_string().into()),
                ("byte", format!("0x{byte:02X}").into()),
            ];
            Err(
                Diagnostic::error(Code::Yaml, t_args(lang, "load-not-utf8", &args))
                    .at(&source, Span::new(at, end), t(lang, "load-not-utf8-label"))
                    .help(t(lang, "load-not-utf8-help"))
                    .about("encoding"),
            )
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextRef {
    /// The text is the plan's source under this span.
    Source(Span),
    /// The text was unescaped or folded: it lives in the plan's arena.
    Arena(u32),
}

/// A field's value. 16 bytes: the rare decimal is boxed so the common values stay small.
#[derive(Clone, Debug, PartialEq)]
pub enum Stored {
    /// An optional field left out.
    Absent,
    Boolean(bool),
    Integer(i64),
    Decimal(Box<Decimal>),
    Text(TextRef),
    Date(NaiveDate),
    Enum(u16),
    Record(CollectionId, u32),
    List(Box<[Slot]>),
}

/// A value and where it is written; for a field left out, the record's first line.
#[derive(Clone, Debug, PartialEq)]
pub struct Slot {
    pub value: Stored,
    pub span: Span,
}

/// One collection's records, stored by column: a rule reading one field walks one dense
/// vector instead of hopping between records.
#[derive(Debug, Default)]
pub struct Table {
    /// Each record's whole span.
    pub spans: Vec<Span>,
    /// Per field of the schema: each record's value, and where it is written.
    pub values: Vec<Vec<Stored>>,
    pub value_spans: Vec<Vec<Span>>,
}

impl Table {
    pub fn new(fields: usize) -> Table {
        Table {
            spans: Vec::new(),
            values: vec![Vec::new(); fields],
            value_spans: vec![Vec::new(); fields],
        }
    }

    pub fn len(&self) -> usize {
        self.spans.len()
    }

    pub fn is_empty(&self) -> bool {
        self.spans.is_empty()
    }

    /// Makes room for `more` records.
    pub fn reserve(&mut self, more: usize) {
        self.spans.reserve_exact(more);
        self.values
            .iter_mut()
            .for_each(|column| column.reserve_exact(more));
        self.value_spans
            .iter_mut()
            .for_each(|column| column.reserve_exact(more));
    }

    /// Adds another table's records after this one's.
    pub fn append(&mut self, mut other: Table) {
        self.spans.append(&mut other.spans);
        for (mine, theirs) in self.values.iter_mut().zip(other.values.iter_mut()) {
            mine.append(theirs);
        }
        for (mine, theirs) in self
            .value_spans
            .iter_mut()
            .zip(other.value_spans.iter_mut())
        {
            mine.append(theirs);
        }
    }

    pub fn push(&mut self, span: Span, slots: Vec<Slot>) {
        self.spans.push(span);
        for (field, slot) in slots.into_iter().enumerate() {
            self.values[field].push(slot.value);
            self.value_spans[field].push(slot.span);
        }
    }
}

/// A plan as loaded: its records, and what loading refused. A refused value reads as
/// undefined and a record that could not be read is left out; the rest is checked.
#[derive(Debug)]
pub struct Loaded {
    pub plan: Plan,
    /// In the order of their place in the plan.
    pub errors: Vec<Diagnostic>,
}

/// A value loading refused, or a required field left out: a load error reported it, and it
/// reads as undefined. Kept so that a rule needing it can say why it has no value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Refusal {
    pub collection: CollectionId,
    pub record: u32,
    pub field: u16,
    /// The value as written (for a field left out, the record's first line).
    pub span: Span,
    /// The field was left out rather than refused.
    pub missing: bool,
}

#[derive(Debug)]
pub struct Plan {
    pub source: Source,
    /// The records of each collection of the schema, in file order.
    pub tables: Vec<Table>,
    arena: Vec<Box<str>>,
    /// Sorted by collection, record and field.
    refused: Vec<Refusal>,
}

impl Plan {
    pub fn text(&self, text: TextRef) -> &str {
        match text {
            TextRef::Source(span) => self.source.slice(span),
            TextRef::Arena(index) => self.arena.get(index as usize).map_or("", |t| t),
        }
    }

    /// Why a field of a record has no value, if loading refused it (the first refused item
    /// of a list).
    pub fn refusal(&self, collection: CollectionId, record: u32, field: usize) -> Option<&Refusal> {
        let key = (collection, record, field as u16);
        let at = self
            .refused
            .partition_point(|r| (r.collection, r.record, r.field) < key);
        self.refused
            .get(at)
            .filter(|r| (r.collection, r.record, r.field) == key)
    }

    /// How many records a collection has.
    pub fn len(&self, collection: CollectionId) -> u32 {
        self.tables[collection as usize].len() as u32
    }

    pub fn value(&self, collection: CollectionId, index: u32, field: usize) -> &Stored {
        &self.tables[collection as usize].values[field][index as usize]
    }

    pub fn value_span(&self, collection: CollectionId, index: u32, field: usize) -> Span {
        self.tables[collection as usize].value_spans[field][index as usize]
    }

    pub fn set_value(&mut self, collection: CollectionId, index: u32, field: usize, value: Stored) {
        if let Some(slot) = self.tables[collection as usize].values[field].get_mut(index as usize) {
            *slot = value;
        }
    }

    /// A record's whole span.
    pub fn record_span(&self, collection: CollectionId, index: u32) -> Span {
        self.tables[collection as usize].spans[index as usize]
    }

    /// A record's fields, in the schema's order: each value and where it is written.
    pub fn fields(
        &self,
        collection: CollectionId,
        index: u32,
    ) -> impl Iterator<Item = (&Stored, Span)> + '_ {
        let table = &self.tables[collection as usize];
        table
            .values
            .iter()
            .zip(&table.value_spans)
            .map(move |(values, spans)| (&values[index as usize], spans[index as usize]))
    }

    /// The first line of a record: where a finding about the whole record points.
    pub fn record_head(&self, collection: CollectionId, index: u32) -> Span {
        let span = self.tables[collection as usize].spans[index as usize];
        let text = self.source.slice(span);
        let line = text.find(['\n', '\r']).unwrap_or(text.len());
        Span::new(span.start as usize, span.start as usize + line)
    }
}
