//! Cutting a plan into pieces that can be parsed on several cores.
//!
//! Only plain block-style plans are cut: top-level keys at column 0, every big section a
//! block sequence. The cut falls at lines that start an item of the section's sequence
//! (`  - `), which in valid YAML are never inside another item. Anything unusual (anchors,
//! aliases, tags, directives, several documents, tabs, a byte-order mark) keeps the whole
//! file on the sequential path, which also produces every diagnostic.

use std::ops::Range;

/// Plans smaller than this are not worth cutting.
pub const MIN_PARALLEL_BYTES: usize = 1 << 20;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Piece {
    /// A whole top-level section (`plan:` and its fields): parsed as a document.
    Section(Range<usize>),
    /// Items of the sequence under top-level key `key`, starting at the `index`th item:
    /// parsed as a document whose root is a sequence.
    Items {
        key: Range<usize>,
        index: usize,
        range: Range<usize>,
    },
}

/// The pieces of `text`, in file order, each chunk about `text.len() / parts` bytes; `None`
/// when the file should be read sequentially.
#[cfg(test)]
pub fn split(text: &str, parts: usize) -> Option<Vec<Piece>> {
    split_from(text, parts, MIN_PARALLEL_BYTES)
}

/// `split`, cutting files from `min_bytes` on (tests cut small plans).
pub fn split_from(text: &str, parts: usize, min_bytes: usize) -> Option<Vec<Piece>> {
    if parts < 2 || text.len() < min_bytes || text.starts_with('\u{feff}') {
        return None;
    }
    if text
        .bytes()
        .any(|b| matches!(b, b'&' | b'*' | b'!' | b'%' | b'\t' | b'|' | b'>'))
    {
        return None;
    }
    let chunk = text.len() / (parts * 2) + 1;
    let mut pieces = Vec::new();
    let sections = sections(text)?;
    for (index, section) in sections.iter().enumerate() {
        let end = sections
            .get(index + 1)
            .map_or(text.len(), |next| next.start);
        let body = section.value_start..end;
        match item_indent(text, body.clone()) {
            Some(indent) if end - section.start > chunk => {
                pieces.extend(chunks(text, section.key.clone(), body, indent, chunk));
            }
            _ => pieces.push(Piece::Section(section.start..end)),
        }
    }
    Some(pieces)
}

struct SectionStart {
    /// Where the key's line starts.
    start: usize,
    key: Range<usize>,
    /// After the key's line.
    value_start: usize,
}

/// The top-level keys, each at column 0 on a line of its own (`name:` and nothing but a
/// comment after it), or `None` if the top level looks any other way.
fn sections(text: &str) -> Option<Vec<SectionStart>> {
    let mut sections = Vec::new();
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let start = offset;
        offset += line.len();
        let content = line.trim_end_matches(['\n', '\r']);
        let first = content.as_bytes().first().copied();
        match first {
            None | Some(b' ') | Some(b'#') => continue,
            Some(b'-') if content.starts_with("---") || content.starts_with("...") => return None,
            _ => {}
        }
        let colon = content.find(':')?;
        let key = &content[..colon];
        let rest = content[colon + 1..].trim();
        if key.is_empty() || !key.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') {
            return None;
        }
        if !rest.is_empty() && !rest.starts_with('#') {
            // A value on the key's line (`functions: []`): keep the file sequential.
            return None;
        }
        sections.push(SectionStart {
            start,
            key: start..start + colon,
            value_start: offset,
        });
    }
    Some(sections)
}

/// The indentation of the block sequence that is the section's value, if it is one.
fn item_indent(text: &str, body: Range<usize>) -> Option<usize> {
    text[body].lines().find_map(|line| {
        let trimmed = line.trim_start_matches(' ');
        if trimmed.is_empty() || trimmed.starts_with('#') {
            return None;
        }
        Some(
            (trimmed.starts_with("- ") || trimmed.trim_end() == "-")
                .then_some(line.len() - trimmed.len()),
        )
    })?
}

/// Cuts a block sequence at item lines into pieces of about `size` bytes.
fn chunks(
    text: &str,
    key: Range<usize>,
    body: Range<usize>,
    indent: usize,
    size: usize,
) -> Vec<Piece> {
    let mut pieces = Vec::new();
    let mut chunk_start = body.start;
    let mut first_item = 0;
    let mut items = 0;
    let mut offset = body.start;
    for line in text[body.clone()].split_inclusive('\n') {
        let bytes = line.as_bytes();
        let is_item = bytes.len() > indent
            && bytes[..indent].iter().all(|&b| b == b' ')
            && bytes[indent] == b'-'
            && matches!(bytes.get(indent + 1), Some(b' ' | b'\n' | b'\r') | None);
        if is_item {
            if offset - chunk_start >= size && items > first_item {
                pieces.push(Piece::Items {
                    key: key.clone(),
                    index: first_item,
                    range: chunk_start..offset,
                });
                chunk_start = offset;
                first_item = items;
            }
            items += 1;
        }
        offset += line.len();
    }
    pieces.push(Piece::Items {
        key,
        index: first_item,
        range: chunk_start..body.end,
    });
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plan(people: usize) -> String {
        let mut text = String::from("# a comment\nplan:\n  id: x\n  date: 2025-08-15\npeople:\n");
        for i in 0..people {
            text.push_str(&format!("  - id: P{i:06}\n    name: Nguyễn Văn An\n"));
        }
        text.push_str("posts:\n  - person: P000001\n");
        text
    }

    #[test]
    fn cuts_big_sequences_at_item_lines_and_keeps_the_rest_whole() {
        let text = plan(40_000);
        let pieces = split(&text, 2).unwrap();
        let mut covered = 0;
        let mut items_seen = 0;
        for piece in &pieces {
            match piece {
                Piece::Section(range) => covered += range.len(),
                Piece::Items { index, range, .. } => {
                    assert!(
                        text[range.clone()].starts_with("  - id: P"),
                        "a chunk starts at an item"
                    );
                    assert_eq!(*index, items_seen);
                    items_seen += text[range.clone()].matches("\n  - ").count() + 1;
                    covered += range.len();
                }
            }
        }
        assert!(pieces.len() >= 4, "{pieces:?}");
        assert_eq!(items_seen, 40_000);
        // Everything but the comment line and the `people:` line is in some piece.
        assert_eq!(
            covered + "# a comment\n".len() + "people:\n".len(),
            text.len()
        );
    }

    #[test]
    fn unusual_files_stay_sequential() {
        let text = plan(40_000);
        assert!(split(&text.replace("name: Nguyễn", "name: &a Nguyễn"), 2).is_none());
        assert!(split(&format!("---\n{text}"), 2).is_none());
        assert!(split(&format!("\u{feff}{text}"), 2).is_none());
        assert!(split(&text.replace("posts:\n", "posts: []\nother:\n"), 2).is_none());
        assert!(
            split(&plan(10), 2).is_none(),
            "small files are not worth it"
        );
    }
}
