//! Rule tests written by drafters: a test file names plans and the findings each must
//! produce (`spec.rs`), every rule id it names must be one of the rule set's
//! (`rule_ids.rs`), and a case's outcome is the difference between the findings
//! expected and those found (`compare.rs`). Reading files and printing is `cli/test.rs`'s.

mod compare;
mod rule_ids;
mod spec;

pub use compare::{compare, Actual, Line, Verdict};
pub use rule_ids::unknown_rule_ids;
pub use spec::{parse, quoted, Case, Expected, PlanRef, TestFile};
