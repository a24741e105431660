//! Rule tests written by drafters: a test file names plans and the findings each must
//! produce (`spec.rs`), and a case's outcome is the difference between the findings
//! expected and those found (`compare.rs`). Reading files and printing is `cli/test.rs`'s.

mod compare;
mod spec;

pub use compare::{compare, Actual, Line, Verdict};
pub use spec::{parse, quoted, Case, Expected, PlanRef, TestFile};
