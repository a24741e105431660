//! A file's text, shared through `Arc<SourceFile>`, with a line index so that locating a byte offset and
//! rendering a snippet cost O(log lines + line length), never a scan from the file's start.
//!
//! Every location the user sees is computed here, in one unit: lines and columns are
//! 1-based and columns count characters (Unicode scalar values), as editors and SARIF's
//! `unicodeCodePoints` do.

use std::fmt;
use std::sync::Arc;

use crate::cell::{CellAddress, Cells};

use miette::{MietteError, MietteSpanContents, SourceCode, SourceSpan, SpanContents};

/// A half-open byte range into one source file.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        Span {
            start: clamp(start),
            end: clamp(end.max(start)),
        }
    }

    pub fn len(self) -> usize {
        (self.end - self.start) as usize
    }

    pub fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// The smallest span covering both.
    pub fn to(self, other: Span) -> Span {
        Span {
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }
}

fn clamp(offset: usize) -> u32 {
    u32::try_from(offset).unwrap_or(u32::MAX)
}

impl From<Span> for SourceSpan {
    fn from(span: Span) -> SourceSpan {
        SourceSpan::new((span.start as usize).into(), span.len())
    }
}

/// A 1-based line and character column.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Location {
    pub line: usize,
    pub column: usize,
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.line, self.column)
    }
}

/// A source file: its display name, its text and where each line starts.
#[derive(Debug)]
pub struct SourceFile {
    name: String,
    /// Owned once: a national plan is tens of megabytes, and `Source` is already shared.
    text: String,
    /// Where each line starts; built on first use, since a clean check needs no location.
    line_starts: std::sync::OnceLock<Vec<u32>>,
    /// For a workbook's text view: which sheet each line is a row of.
    cells: Option<Cells>,
}

/// The shared handle every diagnostic holds.
pub type Source = Arc<SourceFile>;

impl SourceFile {
    pub fn new(name: impl Into<String>, text: impl Into<String>) -> Source {
        let text: String = text.into();
        Arc::new(SourceFile {
            name: name.into(),
            text,
            line_starts: std::sync::OnceLock::new(),
            cells: None,
        })
    }

    /// A workbook's text view (see `cell.rs`): locations are also cells.
    pub fn workbook(name: impl Into<String>, text: impl Into<String>, cells: Cells) -> Source {
        Arc::new(SourceFile {
            name: name.into(),
            text: text.into(),
            line_starts: std::sync::OnceLock::new(),
            cells: Some(cells),
        })
    }

    /// In a workbook, the header cell (row 1) of the column an offset falls in.
    pub fn header_cell(&self, offset: usize) -> Option<Span> {
        let cell = self.cell(offset)?;
        let header = self.cells.as_ref()?.header_line(self.line_index(offset))?;
        let start = self.line_start(header);
        let row = self.text.get(start..self.line_end(header))?;
        let range = crate::cell::cell_in_row(row, cell.column)?;
        Some(Span::new(start + range.start, start + range.end))
    }

    /// Where an offset is, after `file:`: `20:5` (line and column), or `people!F12`.
    pub fn position(&self, offset: usize) -> String {
        match self.cell(offset) {
            Some(cell) => cell.to_string(),
            None => self.location(offset).to_string(),
        }
    }

    /// Where an offset is, in words in `lang`: `line 20`, or `cell people!F12`.
    pub fn position_words(&self, offset: usize, lang: crate::lang::Lang) -> String {
        use crate::i18n::t_args;
        match self.cell(offset) {
            Some(cell) => t_args(lang, "at-cell", &[("cell", cell.to_string().into())]),
            None => t_args(
                lang,
                "at-line",
                &[("line", self.location(offset).line.into())],
            ),
        }
    }

    /// Whether a span is exactly one whole line.
    pub fn is_whole_line(&self, span: Span) -> bool {
        let line = self.line_index(span.start as usize);
        self.line_start(line) == span.start as usize && self.line_end(line) == span.end as usize
    }

    /// Whether this is a workbook's text view.
    pub fn is_workbook(&self) -> bool {
        self.cells.is_some()
    }

    /// The workbook cell an offset falls in; `None` for a text file.
    pub fn cell(&self, offset: usize) -> Option<CellAddress> {
        let cells = self.cells.as_ref()?;
        let line = self.line_index(offset);
        let start = self.line_start(line);
        let end = floor_boundary(&self.text, offset.min(self.text.len()));
        cells.at(line, self.text.get(start..end.max(start))?)
    }

    fn line_starts(&self) -> &[u32] {
        self.line_starts.get_or_init(|| {
            let mut starts = vec![0u32];
            starts.extend(
                self.text
                    .bytes()
                    .enumerate()
                    .filter(|&(_, byte)| byte == b'\n')
                    .map(|(index, _)| clamp(index + 1)),
            );
            starts
        })
    }

    pub fn name(&self) -> &str {
        &self.name
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    /// The text under a span; empty if the span does not fall on character boundaries.
    pub fn slice(&self, span: Span) -> &str {
        self.text
            .get(span.start as usize..span.end as usize)
            .unwrap_or("")
    }

    /// The 0-based line holding a byte offset.
    fn line_index(&self, offset: usize) -> usize {
        let offset = clamp(offset);
        match self.line_starts().binary_search(&offset) {
            Ok(line) => line,
            Err(next) => next.saturating_sub(1),
        }
    }

    fn line_start(&self, line: usize) -> usize {
        self.line_starts()
            .get(line)
            .map_or(self.text.len(), |&start| start as usize)
    }

    /// Where the line ends, before its `\n` (and `\r`).
    fn line_end(&self, line: usize) -> usize {
        let next = self
            .line_starts()
            .get(line + 1)
            .map_or(self.text.len(), |&s| s as usize - 1);
        let bytes = self.text.as_bytes();
        if next > self.line_start(line) && bytes.get(next - 1) == Some(&b'\r') {
            next - 1
        } else {
            next
        }
    }

    /// Characters from the start of the line to `offset`.
    fn column_of(&self, line: usize, offset: usize) -> usize {
        let start = self.line_start(line);
        let end = floor_boundary(&self.text, offset.min(self.text.len()));
        self.text
            .get(start..end)
            .map_or(0, |prefix| prefix.chars().count())
    }

    /// The 1-based line and character column of a byte offset.
    pub fn location(&self, offset: usize) -> Location {
        let line = self.line_index(offset);
        Location {
            line: line + 1,
            column: self.column_of(line, offset) + 1,
        }
    }

    /// The byte offset of the start of a 1-based line and character column, if it exists.
    pub fn offset_of(&self, location: Location) -> Option<usize> {
        let start = self.line_start(location.line.checked_sub(1)?);
        let line = self.text.get(start..self.line_end(location.line - 1))?;
        let column = location.column.checked_sub(1)?;
        let within = line
            .char_indices()
            .nth(column)
            .map_or(line.len(), |(i, _)| i);
        Some(start + within)
    }
}

fn floor_boundary(text: &str, mut offset: usize) -> usize {
    while offset > 0 && !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

/// Lets miette render snippets from a [`SourceFile`] without rescanning the file.
#[derive(Clone, Debug)]
pub struct SourceRef(pub Source);

impl SourceCode for SourceRef {
    fn read_span<'a>(
        &'a self,
        span: &SourceSpan,
        context_lines_before: usize,
        context_lines_after: usize,
    ) -> Result<Box<dyn SpanContents<'a> + 'a>, MietteError> {
        let file = &self.0;
        let text = file.text();
        let start = span.offset();
        let end = start + span.len();
        if end > text.len() {
            return Err(MietteError::OutOfBounds);
        }
        let first_line = file.line_index(start);
        // A span that ends right after a newline belongs to the line it ends on.
        let last_line = file.line_index(end.saturating_sub(1).max(start));
        let mut context_first = first_line.saturating_sub(context_lines_before);
        let mut context_last = (last_line + context_lines_after).min(file.line_starts().len() - 1);
        // A workbook's snippet shows rows of its own sheet only, numbered as the sheet's
        // rows; miette draws labels in two sheets as two snippets when asked for both at once
        // fails.
        if let Some(cells) = &file.cells {
            let (sheet_first, sheet_next) = cells.sheet_lines(first_line);
            if last_line >= sheet_next {
                return Err(MietteError::OutOfBounds);
            }
            context_first = context_first.max(sheet_first);
            context_last = context_last
                .min(sheet_next.saturating_sub(1))
                .max(last_line);
        }
        let (data_start, column) = if context_lines_before == 0 {
            (start, file.column_of(first_line, start))
        } else {
            (file.line_start(context_first), 0)
        };
        let data_end = if context_lines_after == 0 {
            end.max(data_start)
        } else {
            file.line_end(context_last)
        };
        let data_end = data_end.max(end);
        // A workbook's snippet is named by its cell and numbered by its sheet's rows.
        let (name, row_of) = match &file.cells {
            Some(cells) => {
                let cell = file.cell(start).map_or(String::new(), |c| format!(":{c}"));
                (format!("{}{cell}", file.name), cells.row_of(context_first))
            }
            None => (file.name.clone(), context_first),
        };
        Ok(Box::new(MietteSpanContents::new_named(
            name,
            &text.as_bytes()[data_start..data_end],
            SourceSpan::new(data_start.into(), data_end - data_start),
            row_of,
            column,
            context_last - context_first + 1,
        )))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_count_characters_not_bytes() {
        let file = SourceFile::new("t", "name: Phường Hồng Bàng\nkind: ward\n");
        let offset = file.text().find("Bàng").unwrap();
        assert_eq!(
            file.location(offset),
            Location {
                line: 1,
                column: 19
            }
        );
        assert_eq!(
            file.location(file.text().find("ward").unwrap()),
            Location { line: 2, column: 7 }
        );
    }

    #[test]
    fn offset_of_inverts_location() {
        let file = SourceFile::new("t", "a: Đà\r\nb: Nẵng\r\n");
        let offset = file.text().find("Nẵng").unwrap();
        let location = file.location(offset);
        assert_eq!(location, Location { line: 2, column: 4 });
        assert_eq!(file.offset_of(location), Some(offset));
    }
}
