//! `html`: one self-contained page for an official.

use crate::report::Report;

pub fn render(_report: &Report) -> String {
    String::new()
}
