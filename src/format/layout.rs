//! Output lines and the comments put back among them, by position: a comment before a line
//! leads it, one after a line's last token on the same source line trails it, and one inside
//! a line (in an expression) is moved before that line. None is ever dropped.

use crate::ast::Comment;

struct Line {
    indent: usize,
    code: String,
    trailing: Option<String>,
    /// An own-line comment: not a candidate for trailing-comment alignment.
    comment: bool,
}

pub(super) struct Out<'a> {
    src: &'a str,
    comments: &'a [Comment],
    next: usize,
    /// `None` is a blank line.
    lines: Vec<Option<Line>>,
    /// False at the start of the file and right after a line that opens a block.
    blank_ok: bool,
    pending_blank: bool,
}

/// Punctuation that may stand between a line's last token and the comment that trails it.
const CLOSERS: &str = ",{}()[]<|";

impl<'a> Out<'a> {
    pub(super) fn new(src: &'a str, comments: &'a [Comment]) -> Self {
        Out {
            src,
            comments,
            next: 0,
            lines: Vec::new(),
            blank_ok: false,
            pending_blank: false,
        }
    }

    /// Whether a comment starts strictly inside `start..end`.
    pub(super) fn has_comment_within(&self, start: usize, end: usize) -> bool {
        self.comments[self.next..]
            .iter()
            .any(|c| (c.span.start as usize) > start && (c.span.start as usize) < end)
    }

    /// The next line emitted is preceded by a blank line.
    pub(super) fn force_blank(&mut self) {
        self.pending_blank = true;
    }

    /// One line of code covering `start..end` of the source.
    pub(super) fn line(&mut self, indent: usize, code: String, start: usize, end: usize) {
        let code_blank = self.blank_above(start);
        // Comments moved out of the line (from inside an expression) take its blank line.
        let mut moved = false;
        while let Some(comment) = self.comments.get(self.next) {
            let at = comment.span.start as usize;
            if at >= end {
                break;
            }
            let blank = if at < start {
                self.blank_above(at)
            } else {
                let first = !moved;
                moved = true;
                first && code_blank
            };
            self.push(indent, comment.text.trim_end().to_string(), blank, true);
            self.next += 1;
        }
        self.push(indent, code, !moved && code_blank, false);
        self.trailing(end);
    }

    /// A line that opens a block: no blank line may follow it.
    pub(super) fn open(&mut self, indent: usize, code: String, start: usize, end: usize) {
        self.line(indent, code, start, end);
        self.blank_ok = false;
    }

    /// Comments left before `close` (the block's closing bracket), then the bracket.
    pub(super) fn close(&mut self, inner: usize, indent: usize, bracket: &str, close: usize) {
        self.comments_before(inner, close);
        self.pending_blank = false;
        self.blank_ok = false;
        self.push(indent, bracket.to_string(), false, false);
        self.trailing(close + 1);
    }

    /// Every comment left before `pos`, each on its own line.
    pub(super) fn comments_before(&mut self, indent: usize, pos: usize) {
        while let Some(comment) = self.comments.get(self.next) {
            if comment.span.start as usize >= pos {
                break;
            }
            let blank = self.blank_above(comment.span.start as usize);
            self.push(indent, comment.text.trim_end().to_string(), blank, true);
            self.next += 1;
        }
    }

    fn push(&mut self, indent: usize, code: String, blank: bool, comment: bool) {
        if (blank || self.pending_blank) && self.blank_ok {
            self.lines.push(None);
        }
        self.pending_blank = false;
        self.blank_ok = true;
        self.lines.push(Some(Line {
            indent,
            code,
            trailing: None,
            comment,
        }));
    }

    fn trailing(&mut self, end: usize) {
        let Some(comment) = self.comments.get(self.next) else {
            return;
        };
        let at = comment.span.start as usize;
        let between = self.src.get(end.min(at)..at).unwrap_or("\n");
        let trails = at >= end
            && between
                .chars()
                .all(|c| (c.is_whitespace() && c != '\n') || CLOSERS.contains(c));
        if trails {
            if let Some(Some(line)) = self.lines.last_mut() {
                line.trailing = Some(comment.text.trim_end().to_string());
                self.next += 1;
            }
        }
    }

    /// Whether `pos` is the first token of its source line and the line above is blank.
    fn blank_above(&self, pos: usize) -> bool {
        let Some(before) = self.src.get(..pos) else {
            return false;
        };
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        if line_start == 0 || !before[line_start..].trim().is_empty() {
            return false;
        }
        let above = &before[..line_start - 1];
        let above_start = above.rfind('\n').map_or(0, |i| i + 1);
        above[above_start..].trim().is_empty()
    }

    /// The text: the trailing comments of consecutive lines of one indentation aligned two
    /// columns after the longest of those lines.
    pub(super) fn finish(mut self) -> String {
        self.comments_before(0, usize::MAX);
        let trails = |line: &Option<Line>| match line {
            Some(line) if line.trailing.is_some() && !line.comment => Some(line.indent),
            _ => None,
        };
        let mut columns = vec![0; self.lines.len()];
        let mut i = 0;
        while i < self.lines.len() {
            let Some(indent) = trails(&self.lines[i]) else {
                i += 1;
                continue;
            };
            let mut j = i;
            while j < self.lines.len() && trails(&self.lines[j]) == Some(indent) {
                j += 1;
            }
            let column = self.lines[i..j]
                .iter()
                .flatten()
                .map(|line| line.code.chars().count())
                .max()
                .unwrap_or(0)
                + 2;
            columns[i..j].fill(column);
            i = j;
        }
        let mut text = String::new();
        for (line, column) in self.lines.iter().zip(columns) {
            let Some(line) = line else {
                text.push('\n');
                continue;
            };
            text.push_str(&" ".repeat(line.indent));
            text.push_str(&line.code);
            if let Some(trailing) = &line.trailing {
                let pad = column.saturating_sub(line.code.chars().count()).max(1);
                text.push_str(&" ".repeat(pad));
                text.push_str(trailing);
            }
            text.push('\n');
        }
        text
    }
}
