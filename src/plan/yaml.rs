//! YAML events → small node trees, one record at a time.
//!
//! The document is never held as a whole tree: each item of a top-level sequence is built,
//! handed to the caller and dropped. Nodes keep byte spans (saphyr counts characters; the
//! conversion walks a cursor that moves with the parser, so it costs O(file) in all).
//! Anchors are remembered and aliases expanded under a budget; `<<` merge keys are applied.
//!
//! An alias shares its anchor's node (`NodeKind::Shared`) instead of copying it, so memory
//! stays proportional to the file; the nodes an alias stands for are charged to the alias
//! budget, and the depth it reaches to the depth limit, so a "billion laughs" file is refused
//! after a few microseconds of work.

use std::collections::{HashMap, HashSet};
use std::rc::Rc;

use saphyr_parser::{Event, Parser, ScalarStyle, Span as YamlSpan};

use super::yaml_reason;
use crate::code::Code;
use crate::diagnostic::Diagnostic;
use crate::i18n::{t, t_args};
use crate::lang::Lang;
use crate::source::{Source, Span};

/// Safety limits for untrusted plans. The defaults fit a national plan many times over.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    /// Checked before the file is read.
    pub max_file_bytes: u64,
    pub max_depth: usize,
    pub max_nodes: usize,
    /// Nodes that aliases may copy in all (a "billion laughs" file stops here).
    pub max_alias_nodes: usize,
    pub max_scalar_bytes: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_file_bytes: 1 << 30,
            max_depth: 64,
            max_nodes: 50_000_000,
            max_alias_nodes: 1_000_000,
            max_scalar_bytes: 1 << 20,
        }
    }
}

#[derive(Clone, Debug)]
pub struct Node {
    pub kind: NodeKind,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub enum NodeKind {
    Scalar {
        text: String,
        plain: bool,
    },
    Sequence(Vec<Node>),
    /// Entries in order; duplicate keys were refused, merge keys applied.
    Mapping(Vec<(Node, Node)>),
    /// An anchored node, shared by the anchor and its aliases: read it through `kind()`.
    /// Never another `Shared`.
    Shared(Rc<Node>),
}

impl Node {
    /// What the node holds, looking through an anchor.
    pub fn kind(&self) -> &NodeKind {
        match &self.kind {
            NodeKind::Shared(node) => &node.kind,
            kind => kind,
        }
    }

    /// A plain `null`, `~` or empty scalar: YAML's way of writing "no value".
    pub fn is_null(&self) -> bool {
        matches!(self.kind(), NodeKind::Scalar { text, plain: true } if matches!(text.as_str(), "" | "~" | "null" | "Null" | "NULL"))
    }

    pub fn scalar(&self) -> Option<&str> {
        match self.kind() {
            NodeKind::Scalar { text, .. } => Some(text),
            _ => None,
        }
    }

    /// What the node is, in words: "a list".
    pub fn kind_name(&self, lang: Lang) -> String {
        t(
            lang,
            match self.kind() {
                NodeKind::Scalar { .. } => "load-kind-scalar",
                NodeKind::Sequence(_) => "load-kind-list",
                NodeKind::Mapping(_) | NodeKind::Shared(_) => "load-kind-mapping",
            },
        )
    }
}

/// How much a node stands for: its nodes (with what aliases in it stand for) and how many
/// levels of collections it nests.
#[derive(Clone, Copy, Debug, Default)]
struct Size {
    nodes: usize,
    depth: usize,
}

impl Size {
    const SCALAR: Size = Size { nodes: 1, depth: 0 };

    fn add(&mut self, child: Size) {
        self.nodes = self.nodes.saturating_add(child.nodes);
        self.depth = self.depth.max(child.depth);
    }

    /// A collection holding what was added.
    fn collection(self) -> Size {
        Size {
            nodes: self.nodes.saturating_add(1),
            depth: self.depth + 1,
        }
    }
}

/// The node a collection or scalar becomes: shared with later aliases if it has an anchor.
fn anchored(
    node: Node,
    anchor: usize,
    size: Size,
    anchors: &mut HashMap<usize, (Rc<Node>, Size)>,
) -> Node {
    if anchor == 0 {
        return node;
    }
    let span = node.span;
    let shared = Rc::new(node);
    anchors.insert(anchor, (Rc::clone(&shared), size));
    Node {
        kind: NodeKind::Shared(shared),
        span,
    }
}

/// What the reader hands out as it goes.
pub trait Sink {
    /// A top-level key whose value is not a sequence (or the whole value, if small).
    fn section(&mut self, key: Node, value: Node);
    /// The start of a top-level key whose value is a sequence.
    fn sequence_start(&mut self, key: &Node);
    /// One item of the current top-level sequence.
    fn item(&mut self, key: &Node, index: usize, item: Node);
}

enum Frame {
    Sequence {
        items: Vec<Node>,
        start: Span,
        anchor: usize,
        size: Size,
    },
    Mapping {
        entries: Vec<(Node, Node)>,
        pending_key: Option<Node>,
        start: Span,
        anchor: usize,
        size: Size,
    },
}

/// Converts saphyr's character offsets to byte offsets with a cursor that moves both ways.
struct Offsets<'t> {
    text: &'t str,
    chars: usize,
    bytes: usize,
    /// Where `text` starts in the file: spans are given in the file's offsets.
    base: usize,
}

impl Offsets<'_> {
    fn byte(&mut self, char_index: usize) -> usize {
        let bytes = self.text.as_bytes();
        while self.chars < char_index && self.bytes < bytes.len() {
            // The length of a UTF-8 sequence, from its first byte.
            self.bytes += match bytes[self.bytes] {
                0x00..=0x7F => 1,
                0xC0..=0xDF => 2,
                0xE0..=0xEF => 3,
                _ => 4,
            };
            self.chars += 1;
        }
        self.bytes = self.bytes.min(bytes.len());
        while self.chars > char_index && self.bytes > 0 {
            self.bytes -= 1;
            while self.bytes > 0 && !self.text.is_char_boundary(self.bytes) {
                self.bytes -= 1;
            }
            self.chars -= 1;
        }
        self.bytes
    }

    fn span(&mut self, span: &YamlSpan) -> Span {
        let start = self.byte(span.start.index());
        let end = self.byte(span.end.index());
        Span::new(self.base + start, self.base + end)
    }
}

/// What a piece of the file holds (see `split.rs`).
pub enum Root<'k> {
    /// A whole plan, or whole top-level sections of it: a mapping of sections.
    Document,
    /// Items of the sequence under top-level key `key`, the first being item `first`.
    Items { key: &'k Node, first: usize },
}

/// Reads the whole plan; returns how many nodes it read.
/// Its diagnostics speak `lang`.
pub fn read(
    source: &Source,
    limits: Limits,
    lang: Lang,
    sink: &mut dyn Sink,
) -> Result<usize, Diagnostic> {
    read_piece(
        source,
        0..source.text().len(),
        Root::Document,
        limits,
        lang,
        sink,
    )
}

/// Reads `range` of the plan, which holds what `root` says; returns how many nodes it read.
/// The limits apply to the piece: the caller adds up the nodes of every piece.
pub fn read_piece(
    source: &Source,
    range: std::ops::Range<usize>,
    root: Root<'_>,
    limits: Limits,
    lang: Lang,
    sink: &mut dyn Sink,
) -> Result<usize, Diagnostic> {
    let base = range.start;
    let text = &source.text()[range];
    let mut offsets = Offsets {
        text,
        chars: 0,
        bytes: 0,
        base,
    };
    let mut parser = Parser::new_from_str(text);
    let mut stack: Vec<Frame> = Vec::new();
    let mut anchors: HashMap<usize, (Rc<Node>, Size)> = HashMap::new();
    let mut nodes = 0usize;
    let mut alias_nodes = 0usize;
    let mut documents = 0usize;
    let mut root_seen = false;
    // The top-level key whose sequence is being streamed, and how many items it has had;
    // and the depth of the stack at which its items complete.
    let (mut streaming, item_depth) = match root {
        Root::Document => (None, 2),
        Root::Items { key, first } => (Some((key.clone(), first)), 1),
    };
    let items_root = item_depth == 1;
    // A piece of items starts inside the plan's mapping: one level the stack does not hold.
    let outer_depth = usize::from(items_root);

    // `what` names the problem without its place or language: the fingerprint's subject.
    let fail = |code: Code, span: Span, what: &str, message: String, label: &str, help: &str| {
        Diagnostic::error(code, message)
            .at(source, span, t(lang, label))
            .help(t(lang, help))
            .about(what)
    };
    let max = |limit: usize| [("max", limit.to_string().into())];

    while let Some(event) = parser.next_event() {
        let (event, yaml_span) = event.map_err(|error| {
            let local = offsets.byte(error.marker().index());
            let end = text[local..]
                .chars()
                .next()
                .map_or(local, |c| local + c.len_utf8());
            let (at, end) = (base + local, base + end);
            let (reason, help) = match yaml_reason::known(error.info()) {
                Some(known) => (t(lang, known.message), known.help),
                None => (
                    t_args(lang, "yaml-reason-other", &[("info", error.info().into())]),
                    yaml_reason::other_help(error.info()),
                ),
            };
            fail(
                Code::Yaml,
                Span::new(at, end),
                "syntax",
                t_args(lang, "load-yaml", &[("reason", reason.into())]),
                "load-yaml-label",
                help,
            )
        })?;
        let span = offsets.span(&yaml_span);
        let completed = match event {
            Event::StreamStart | Event::StreamEnd | Event::Nothing | Event::DocumentEnd => None,
            Event::DocumentStart(_) => {
                documents += 1;
                if documents > 1 {
                    return Err(fail(
                        Code::Yaml,
                        span,
                        "documents",
                        t(lang, "load-two-documents"),
                        "load-two-documents-label",
                        "load-two-documents-help",
                    ));
                }
                None
            }
            Event::Alias(id) => {
                let Some((node, size)) = anchors.get(&id) else {
                    return Err(fail(
                        Code::Yaml,
                        span,
                        "alias",
                        t(lang, "load-no-anchor"),
                        "load-no-anchor-label",
                        "load-no-anchor-help",
                    ));
                };
                alias_nodes = alias_nodes.saturating_add(size.nodes);
                if alias_nodes > limits.max_alias_nodes {
                    return Err(fail(
                        Code::Limit,
                        span,
                        "max-alias-nodes",
                        t_args(lang, "load-alias-nodes", &max(limits.max_alias_nodes)),
                        "load-alias-nodes-label",
                        "load-alias-nodes-help",
                    ));
                }
                if outer_depth + stack.len() + size.depth > limits.max_depth {
                    return Err(fail(
                        Code::Limit,
                        span,
                        "max-depth",
                        t_args(lang, "load-alias-depth", &max(limits.max_depth)),
                        "load-too-deep-label",
                        "load-alias-depth-help",
                    ));
                }
                Some((
                    Node {
                        kind: NodeKind::Shared(Rc::clone(node)),
                        span,
                    },
                    *size,
                ))
            }
            Event::Scalar(value, style, anchor, _tag) => {
                nodes += 1;
                if value.len() > limits.max_scalar_bytes {
                    return Err(fail(
                        Code::Limit,
                        span,
                        "max-scalar-bytes",
                        t_args(
                            lang,
                            "load-scalar-bytes",
                            &[
                                ("bytes", value.len().to_string().into()),
                                ("max", limits.max_scalar_bytes.to_string().into()),
                            ],
                        ),
                        "load-scalar-bytes-label",
                        "load-scalar-bytes-help",
                    ));
                }
                let node = Node {
                    kind: NodeKind::Scalar {
                        text: value.into_owned(),
                        plain: style == ScalarStyle::Plain,
                    },
                    span: scalar_span(source.text(), span, style),
                };
                Some((
                    anchored(node, anchor, Size::SCALAR, &mut anchors),
                    Size::SCALAR,
                ))
            }
            Event::SequenceStart(anchor, _) | Event::MappingStart(anchor, _) => {
                nodes += 1;
                if outer_depth + stack.len() >= limits.max_depth {
                    return Err(fail(
                        Code::Limit,
                        span,
                        "max-depth",
                        t_args(lang, "load-depth", &max(limits.max_depth)),
                        "load-too-deep-label",
                        "load-depth-help",
                    ));
                }
                let is_sequence = matches!(event, Event::SequenceStart(..));
                // The value of a top-level key that is a sequence: stream its items (unless
                // an alias may need it whole).
                if is_sequence
                    && !items_root
                    && stack.len() == 1
                    && streaming.is_none()
                    && anchor == 0
                {
                    if let Some(Frame::Mapping {
                        pending_key: Some(key),
                        entries,
                        ..
                    }) = stack.last_mut()
                    {
                        let key = key.clone();
                        check_duplicate(source, lang, entries, &key)?;
                        sink.sequence_start(&key);
                        streaming = Some((key, 0));
                    }
                }
                stack.push(if is_sequence {
                    Frame::Sequence {
                        items: Vec::new(),
                        start: span,
                        anchor,
                        size: Size::default(),
                    }
                } else {
                    Frame::Mapping {
                        entries: Vec::new(),
                        pending_key: None,
                        start: span,
                        anchor,
                        size: Size::default(),
                    }
                });
                None
            }
            Event::SequenceEnd | Event::MappingEnd => {
                let Some(frame) = stack.pop() else { continue };
                let (node, anchor, size) = match frame {
                    Frame::Sequence {
                        items,
                        start,
                        anchor,
                        size,
                    } => {
                        let span = collection_span(
                            source.text(),
                            start,
                            span,
                            items.last().map(|i| i.span),
                        );
                        (
                            Node {
                                kind: NodeKind::Sequence(items),
                                span,
                            },
                            anchor,
                            size.collection(),
                        )
                    }
                    Frame::Mapping {
                        entries,
                        pending_key,
                        start,
                        anchor,
                        size,
                    } => {
                        if let Some(key) = pending_key {
                            return Err(fail(
                                Code::Yaml,
                                key.span,
                                "no-value",
                                t(lang, "load-no-value"),
                                "load-no-value-label",
                                "load-no-value-help",
                            ));
                        }
                        let entries = merge(source, lang, entries)?;
                        let last = entries
                            .iter()
                            .map(|(_, value)| value.span)
                            .max_by_key(|s| s.end);
                        let span = collection_span(source.text(), start, span, last);
                        (
                            Node {
                                kind: NodeKind::Mapping(entries),
                                span,
                            },
                            anchor,
                            size.collection(),
                        )
                    }
                };
                if !items_root && stack.len() == 1 && matches!(node.kind, NodeKind::Sequence(_)) {
                    if let Some((key, _)) = streaming.take() {
                        // The streamed sequence ends: its items went to the sink already.
                        if let Some(Frame::Mapping {
                            pending_key,
                            entries,
                            ..
                        }) = stack.last_mut()
                        {
                            *pending_key = None;
                            entries.push((
                                key,
                                Node {
                                    kind: NodeKind::Sequence(Vec::new()),
                                    span: node.span,
                                },
                            ));
                        }
                        continue;
                    }
                }
                Some((anchored(node, anchor, size, &mut anchors), size))
            }
        };
        if nodes > limits.max_nodes {
            return Err(fail(
                Code::Limit,
                span,
                "max-nodes",
                t_args(lang, "load-nodes", &max(limits.max_nodes)),
                "load-nodes-label",
                "load-nodes-help",
            ));
        }
        let Some((node, size)) = completed else {
            continue;
        };
        // Attach the completed node to its parent, or stream it.
        let depth = stack.len();
        match stack.last_mut() {
            None => {
                root_seen = true;
                // A piece of items has its sequence as the root; a document, a mapping.
                if items_root {
                    continue;
                }
                let NodeKind::Mapping(_) = node.kind() else {
                    return Err(fail(
                        Code::WrongType,
                        node.span,
                        "root",
                        t_args(lang, "load-root", &[("found", node.kind_name(lang).into())]),
                        "load-root-label",
                        "load-root-help",
                    ));
                };
            }
            Some(Frame::Sequence {
                items, size: total, ..
            }) => {
                total.add(size);
                if depth == item_depth {
                    if let Some((key, count)) = streaming.as_mut() {
                        sink.item(key, *count, node);
                        *count += 1;
                        continue;
                    }
                }
                items.push(node);
            }
            Some(Frame::Mapping {
                entries,
                pending_key,
                size: total,
                ..
            }) => match (total.add(size), pending_key.take()).1 {
                None => *pending_key = Some(node),
                Some(key) => {
                    if depth == 1 {
                        check_duplicate(source, lang, entries, &key)?;
                        sink.section(key.clone(), node);
                        entries.push((
                            key,
                            Node {
                                kind: NodeKind::Scalar {
                                    text: String::new(),
                                    plain: true,
                                },
                                span,
                            },
                        ));
                    } else {
                        entries.push((key, node));
                    }
                }
            },
        }
    }
    if !root_seen {
        return Err(fail(
            Code::WrongType,
            Span::new(0, 0),
            "empty",
            t(lang, "load-empty"),
            "load-empty-label",
            "load-empty-help",
        ));
    }
    Ok(nodes)
}

/// A collection's span. A block collection's end marker sits at the next token (often the
/// next key, lines below), so it ends at its last item instead; a flow one keeps its `]`
/// or `}`. This also makes spans the same whether the file is read whole or in pieces.
fn collection_span(text: &str, start: Span, end: Span, last: Option<Span>) -> Span {
    match last {
        Some(last) if last.end <= end.end => {
            let between = text.get(last.end as usize..end.end as usize).unwrap_or("");
            if between.contains([']', '}']) {
                start.to(end)
            } else {
                start.to(last)
            }
        }
        _ => start.to(end),
    }
}

/// A scalar's span as written. saphyr ends a quoted or block scalar where the next token
/// starts, past the spaces and any comment after it; a label there would run over the
/// comment. A quoted scalar ends at its closing quote, a plain one at its last character,
/// and a block scalar (`|`, `>`) is its content: from its first character to the end of its
/// last line (saphyr starts it at its content, or at its anchor or tag when it has one).
fn scalar_span(text: &str, span: Span, style: ScalarStyle) -> Span {
    let (start, end) = (span.start as usize, span.end as usize);
    let Some(written) = text.get(start..end) else {
        return span;
    };
    match style {
        ScalarStyle::DoubleQuoted => Span::new(start, start + quoted_length(written, b'"')),
        ScalarStyle::SingleQuoted => Span::new(start, start + quoted_length(written, b'\'')),
        ScalarStyle::Literal | ScalarStyle::Folded => block_span(text, start, end),
        ScalarStyle::Plain => Span::new(start, start + written.trim_end().len()),
    }
}

/// The length of a quoted scalar up to and with its closing quote (`\"` escapes a double
/// quote, `''` a single one), anchor and tag included.
fn quoted_length(written: &str, quote: u8) -> usize {
    let bytes = written.as_bytes();
    let Some(open) = bytes.iter().position(|&b| b == quote) else {
        return written.len();
    };
    let mut at = open + 1;
    while at < bytes.len() {
        match bytes[at] {
            b'\\' if quote == b'"' => at += 2,
            b'\'' if quote == b'\'' && bytes.get(at + 1) == Some(&b'\'') => at += 2,
            b if b == quote => return at + 1,
            _ => at += 1,
        }
    }
    written.len()
}

/// A block scalar's content between `start` and `end`: its lines indented at least as deep
/// as its first, up to the last one that is not blank.
fn block_span(text: &str, start: usize, end: usize) -> Span {
    let mut content = start;
    if text[start..end].starts_with(['&', '!']) {
        // The header line (anchor, tag, indicator) comes first.
        let Some(newline) = text[start..end].find('\n') else {
            return Span::new(start, start + text[start..end].trim_end().len());
        };
        content = start + newline + 1;
        content += indentation(&text[content..end]);
    }
    let line_start = text[..content].rfind('\n').map_or(0, |at| at + 1);
    let indent = content - line_start;
    let mut last = content;
    let mut line = line_start;
    while line < end {
        let line_end = text[line..end].find('\n').map_or(end, |at| line + at);
        let written = &text[line..line_end];
        if !written.trim().is_empty() {
            if indentation(written) < indent {
                break;
            }
            last = line + written.trim_end().len();
        }
        line = line_end + 1;
    }
    Span::new(content, last.max(content))
}

/// How many spaces a line starts with.
fn indentation(line: &str) -> usize {
    line.len() - line.trim_start_matches(' ').len()
}

/// Advice for a YAML error, by what the parser said: a message id.
fn check_duplicate(
    source: &Source,
    lang: Lang,
    entries: &[(Node, Node)],
    key: &Node,
) -> Result<(), Diagnostic> {
    let Some(name) = key.scalar() else {
        return Ok(());
    };
    if let Some((first, _)) = entries.iter().find(|(k, _)| k.scalar() == Some(name)) {
        return Err(Diagnostic::error(
            Code::DuplicateKey,
            t_args(lang, "load-duplicate-key", &[("name", name.into())]),
        )
        .at(source, key.span, t(lang, "load-repeated-label"))
        .label(first.span, t(lang, "load-first-label"))
        .help(t(lang, "load-duplicate-key-help"))
        .about(name));
    }
    Ok(())
}

/// Refuses duplicate keys and applies `<<` merge keys (explicit keys win).
fn merge(
    source: &Source,
    lang: Lang,
    entries: Vec<(Node, Node)>,
) -> Result<Vec<(Node, Node)>, Diagnostic> {
    let is_merge_key =
        |key: &Node| matches!(key.kind(), NodeKind::Scalar { text, plain: true } if text == "<<");
    if !entries.iter().any(|(key, _)| is_merge_key(key)) {
        // The common case: a record's dozen fields, checked pairwise without allocating.
        if entries.len() <= 32 {
            for (position, (key, _)) in entries.iter().enumerate() {
                check_duplicate(source, lang, &entries[..position], key)?;
            }
        } else {
            let mut seen: HashSet<&str> = HashSet::with_capacity(entries.len());
            for (position, (key, _)) in entries.iter().enumerate() {
                if !seen.insert(key.scalar().unwrap_or_default()) {
                    check_duplicate(source, lang, &entries[..position], key)?;
                }
            }
        }
        return Ok(entries);
    }
    let mut explicit: Vec<(Node, Node)> = Vec::with_capacity(entries.len());
    let mut merged: Vec<Node> = Vec::new();
    for (key, value) in entries {
        if is_merge_key(&key) {
            match value.kind() {
                NodeKind::Mapping(_) => merged.push(value),
                NodeKind::Sequence(items) => merged.extend(
                    items
                        .iter()
                        .filter(|item| matches!(item.kind(), NodeKind::Mapping(_)))
                        .cloned(),
                ),
                NodeKind::Scalar { .. } | NodeKind::Shared(_) => {
                    return Err(Diagnostic::error(Code::Yaml, t(lang, "load-merge"))
                        .at(source, value.span, t(lang, "load-merge-label"))
                        .help(t(lang, "load-merge-help"))
                        .about("merge"));
                }
            }
            continue;
        }
        check_duplicate(source, lang, &explicit, &key)?;
        explicit.push((key, value));
    }
    // Only the entries kept are copied (shallowly: what they hold from anchors stays shared).
    for mapping in &merged {
        let NodeKind::Mapping(inner) = mapping.kind() else {
            continue;
        };
        for (key, value) in inner {
            let present = explicit
                .iter()
                .any(|(k, _)| k.scalar().is_some() && k.scalar() == key.scalar());
            if !present {
                explicit.push((key.clone(), value.clone()));
            }
        }
    }
    Ok(explicit)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::SourceFile;

    /// Every section and item handed out, by key.
    #[derive(Default)]
    struct Record(Vec<(String, Node)>);

    impl Sink for Record {
        fn section(&mut self, key: Node, value: Node) {
            self.0
                .push((key.scalar().unwrap_or_default().to_string(), value));
        }
        fn sequence_start(&mut self, _key: &Node) {}
        fn item(&mut self, key: &Node, _index: usize, item: Node) {
            self.0
                .push((key.scalar().unwrap_or_default().to_string(), item));
        }
    }

    fn read_all(text: &str) -> Result<Vec<(String, Node)>, String> {
        let source = SourceFile::new("t.yaml", text);
        let mut sink = Record::default();
        read(&source, Limits::default(), Lang::En, &mut sink).map_err(|d| d.message)?;
        Ok(sink.0)
    }

    #[test]
    fn an_alias_of_a_whole_section_sees_its_items() {
        let read = read_all("a: &a\n  - 1\n  - 2\nb: *a\n").unwrap();
        let lengths: Vec<(&str, usize)> = read
            .iter()
            .map(|(key, node)| match node.kind() {
                NodeKind::Sequence(items) => (key.as_str(), items.len()),
                _ => (key.as_str(), 0),
            })
            .collect();
        assert_eq!(lengths, [("a", 2), ("b", 2)]);
    }

    #[test]
    fn aliases_are_charged_what_they_stand_for_without_copying_it() {
        // Each level nine times the one before: level 6 stands for 9^6 + ... nodes.
        let mut text = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x]\n");
        for level in 1..10 {
            let refs = vec![format!("*a{}", level - 1); 9].join(", ");
            text.push_str(&format!("a{level}: &a{level} [{refs}]\n"));
        }
        let error = read_all(&text).unwrap_err();
        assert_eq!(error, "aliases expand to more than 1000000 nodes");
        // Under the budget, the expansion is there to read, each alias the anchor's node.
        let read = read_all(&text[..text.find("a3:").unwrap()]).unwrap();
        let NodeKind::Sequence(level2) = read[2].1.kind() else {
            panic!("a2 is a list")
        };
        assert!(matches!(&level2[0].kind, NodeKind::Shared(_)));
        let NodeKind::Sequence(level1) = level2[8].kind() else {
            panic!("a1 is a list")
        };
        assert_eq!(level1.len(), 9);
    }
}
