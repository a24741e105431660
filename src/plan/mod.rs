//! A loaded plan: typed records checked against the schema, each value with its span.
//!
//! Text is kept as a span into the plan's own text where the YAML wrote it verbatim, so a
//! national plan costs little more than its file.

mod build;
mod yaml;

pub use build::load;
pub use yaml::Limits;

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::schema::CollectionId;
use crate::source::{Source, Span};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextRef {
    /// The text is the plan's source under this span.
    Source(Span),
    /// The text was unescaped or folded: it lives in the plan's arena.
    Arena(u32),
}

#[derive(Clone, Debug, PartialEq)]
pub enum Stored {
    /// An optional field left out.
    Absent,
    Boolean(bool),
    Integer(i64),
    Decimal(Decimal),
    Text(TextRef),
    Date(NaiveDate),
    Enum(u16),
    Record(CollectionId, u32),
    List(Box<[Slot]>),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Slot {
    pub value: Stored,
    /// Where the value is written; for a field left out, the record's first line.
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct Record {
    pub span: Span,
    pub fields: Box<[Slot]>,
}

#[derive(Debug)]
pub struct Plan {
    pub source: Source,
    /// Records of each collection of the schema, in file order.
    pub records: Vec<Vec<Record>>,
    arena: Vec<Box<str>>,
}

impl Plan {
    pub fn text(&self, text: TextRef) -> &str {
        match text {
            TextRef::Source(span) => self.source.slice(span),
            TextRef::Arena(index) => self.arena.get(index as usize).map_or("", |t| t),
        }
    }

    pub fn record(&self, collection: CollectionId, index: u32) -> &Record {
        &self.records[collection as usize][index as usize]
    }

    /// The first line of a record: where a finding about the whole record points.
    pub fn record_head(&self, collection: CollectionId, index: u32) -> Span {
        let span = self.record(collection, index).span;
        let text = self.source.slice(span);
        let line = text.find(['\n', '\r']).unwrap_or(text.len());
        Span::new(span.start as usize, span.start as usize + line)
    }
}
