//! Values while evaluating. Text borrows from the plan or the program, never copied; only a
//! text computed while evaluating (`lower`, `upper`) is owned.

use std::cmp::Ordering;
use std::hash::{Hash, Hasher};
use std::sync::Arc;

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::ast::Duration;
use crate::ir::Constant;
use crate::schema::{CollectionId, EnumId};

#[derive(Clone, Debug)]
pub enum Value<'a> {
    /// A field left out, a parameter with no value at the plan's date, a table with no
    /// matching row, an empty average, a division by zero.
    Undefined,
    Boolean(bool),
    Integer(i64),
    Decimal(Decimal),
    Text(&'a str),
    /// A text computed while evaluating (`lower(u.name)`): equal to the same text borrowed.
    Computed(Arc<str>),
    Date(NaiveDate),
    Duration(Duration),
    Enum(EnumId, u16),
    Record(CollectionId, u32),
    /// A list as written, or a set (sorted and distinct).
    List(Arc<[Value<'a>]>),
    /// A whole number known only to lie between two bounds (inclusive, low < high): a count
    /// some of whose members could not be decided (a reference refused at load). A
    /// comparison that holds, or fails, at both bounds is decided; anything else is not.
    Between(i64, i64),
}

impl<'a> Value<'a> {
    pub fn is_defined(&self) -> bool {
        !matches!(self, Value::Undefined)
    }

    /// A value known exactly: neither undefined nor only bounded.
    pub fn is_exact(&self) -> bool {
        !matches!(self, Value::Undefined | Value::Between(..))
    }

    /// A count of at least `low` and at most `high`: exact when the two meet.
    pub fn between(low: i64, high: i64) -> Value<'a> {
        if low == high {
            Value::Integer(low)
        } else {
            Value::Between(low.min(high), low.max(high))
        }
    }

    /// The bounds of a whole number, exact or bounded.
    pub fn bounds(&self) -> Option<(i64, i64)> {
        match self {
            Value::Integer(i) => Some((*i, *i)),
            Value::Between(low, high) => Some((*low, *high)),
            _ => None,
        }
    }

    /// The bounds of any number, exact or bounded.
    pub fn number_bounds(&self) -> Option<(Decimal, Decimal)> {
        match self {
            Value::Between(low, high) => Some((Decimal::from(*low), Decimal::from(*high))),
            _ => self.as_decimal().map(|d| (d, d)),
        }
    }

    /// The text of a borrowed or computed text value.
    pub fn as_text(&self) -> Option<&str> {
        match self {
            Value::Text(t) => Some(t),
            Value::Computed(t) => Some(t),
            _ => None,
        }
    }

    pub fn as_decimal(&self) -> Option<Decimal> {
        match self {
            Value::Integer(i) => Some(Decimal::from(*i)),
            Value::Decimal(d) => Some(*d),
            _ => None,
        }
    }

    fn rank(&self) -> u8 {
        match self {
            Value::Undefined => 0,
            Value::Boolean(_) => 1,
            Value::Integer(_) | Value::Decimal(_) => 2,
            Value::Text(_) | Value::Computed(_) => 3,
            Value::Date(_) => 4,
            Value::Duration(_) => 5,
            Value::Enum(..) => 6,
            Value::Record(..) => 7,
            Value::List(_) => 8,
            Value::Between(..) => 9,
        }
    }

    /// The order of two values of one type, if they have one.
    pub fn order(&self, other: &Value<'a>) -> Option<Ordering> {
        match (self, other) {
            (Value::Integer(a), Value::Integer(b)) => Some(a.cmp(b)),
            (a, b) if a.rank() == 2 && b.rank() == 2 => Some(a.as_decimal()?.cmp(&b.as_decimal()?)),
            (a, b) if a.rank() == 3 && b.rank() == 3 => Some(a.as_text()?.cmp(b.as_text()?)),
            (Value::Date(a), Value::Date(b)) => Some(a.cmp(b)),
            (Value::Duration(a), Value::Duration(b)) => Some(a.cmp(b)),
            (Value::Enum(x, a), Value::Enum(y, b)) if x == y => Some(a.cmp(b)),
            (Value::Boolean(a), Value::Boolean(b)) => Some(a.cmp(b)),
            (Value::Record(x, a), Value::Record(y, b)) => Some((x, a).cmp(&(y, b))),
            (Value::Between(a, b), Value::Between(c, d)) => Some((a, b).cmp(&(c, d))),
            (Value::List(a), Value::List(b)) => {
                for (x, y) in a.iter().zip(b.iter()) {
                    match x.order(y)? {
                        Ordering::Equal => continue,
                        unequal => return Some(unequal),
                    }
                }
                Some(a.len().cmp(&b.len()))
            }
            _ => None,
        }
    }

    /// A total order over every value, for sets and deterministic output.
    pub fn total_order(&self, other: &Value<'a>) -> Ordering {
        self.order(other)
            .unwrap_or_else(|| self.rank().cmp(&other.rank()))
    }

    /// Whether this value equals a constant, without building a value from it.
    pub fn matches(&self, constant: &Constant) -> bool {
        match (self, constant) {
            (Value::Enum(a, b), Constant::Enum(c, d)) => a == c && b == d,
            (value, Constant::Text(b)) => value.as_text() == Some(b),
            (Value::Boolean(a), Constant::Boolean(b)) => a == b,
            (Value::Date(a), Constant::Date(b)) => a == b,
            (Value::Duration(a), Constant::Duration(b)) => a == b,
            (Value::List(items), Constant::Set(members)) => {
                // Both sorted and distinct in the same order.
                items.len() == members.len() && items.iter().zip(members).all(|(v, c)| v.matches(c))
            }
            (value, Constant::Integer(i)) => value.as_decimal() == Some(Decimal::from(*i)),
            (value, Constant::Decimal(d)) => value.as_decimal() == Some(*d),
            _ => false,
        }
    }

    /// A set: sorted and without repeats.
    pub fn set(mut values: Vec<Value<'a>>) -> Value<'a> {
        values.sort_by(Value::total_order);
        values.dedup_by(|a, b| a == b);
        Value::List(values.into())
    }
}

impl PartialEq for Value<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.order(other) == Some(Ordering::Equal)
    }
}

impl Eq for Value<'_> {}

impl Hash for Value<'_> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.rank().hash(state);
        match self {
            Value::Undefined => {}
            Value::Boolean(b) => b.hash(state),
            Value::Integer(_) | Value::Decimal(_) => {
                if let Some(d) = self.as_decimal() {
                    d.normalize().hash(state);
                }
            }
            Value::Text(_) | Value::Computed(_) => self.as_text().hash(state),
            Value::Date(d) => d.hash(state),
            Value::Duration(d) => d.hash(state),
            Value::Enum(id, position) => (id, position).hash(state),
            Value::Record(c, i) => (c, i).hash(state),
            Value::List(items) => items.iter().for_each(|item| item.hash(state)),
            Value::Between(low, high) => (low, high).hash(state),
        }
    }
}
