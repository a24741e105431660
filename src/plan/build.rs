//! Node trees → typed records, checked against the schema; then references are resolved.

use foldhash::HashMap as FastMap;
use std::sync::atomic::{AtomicUsize, Ordering};

use rust_decimal::Decimal;

use super::split::{self, Piece};
use super::yaml::{self, Limits, Node, NodeKind, Root, Sink};
use super::{Loaded, Plan, Refusal, Slot, Stored, Table, TextRef};
use crate::ast::CompareOp;
use crate::code::Code;
use crate::diagnostic::Diagnostic;
use crate::i18n::{t_args, Arg};
use crate::lang::Lang;
use crate::schema::{
    CollectionDef, CollectionId, Default, DefaultValue, FieldDef, Schema, Shape, Type,
};
use crate::source::{Source, Span};
use crate::suggest::{self, Hint};

/// Stop collecting load errors past this many: the first ones say what is wrong.
const MAX_ERRORS: usize = 1000;

/// Reads a plan and checks it against the schema; every problem is reported at once.
///
/// A value the schema refuses is reported and reads as undefined; a record that cannot be
/// read (not a mapping, no key, a repeated key) is reported and left out; the rest loads.
/// Only what leaves nothing reliable to check is `Err`: malformed YAML, input beyond a
/// limit.
///
/// A large plain plan is cut into pieces read on every core (see `split.rs`); anything
/// unusual, and any plan with a problem, is read sequentially, which reports every
/// diagnostic exactly as written. The diagnostics speak `lang`.
pub fn load(
    source: &Source,
    schema: &Schema,
    limits: Limits,
    lang: Lang,
) -> Result<Loaded, Vec<Diagnostic>> {
    load_with(source, schema, limits, Reading::default(), lang)
}

/// How a plan is read: on how many threads, and from what size it is cut into pieces.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Reading {
    /// 0: one per core, at most 8.
    pub threads: usize,
    pub parallel_from_bytes: usize,
}

impl std::default::Default for Reading {
    fn default() -> Self {
        Reading {
            threads: 0,
            parallel_from_bytes: split::MIN_PARALLEL_BYTES,
        }
    }
}

/// `load`, reading as `reading` says. The plan is the same whatever it says.
pub fn load_with(
    source: &Source,
    schema: &Schema,
    limits: Limits,
    reading: Reading,
    lang: Lang,
) -> Result<Loaded, Vec<Diagnostic>> {
    let threads = match reading.threads {
        0 => std::thread::available_parallelism()
            .map_or(1, |n| n.get())
            .min(8),
        n => n,
    };
    if let Some(pieces) = split::split_from(source.text(), threads, reading.parallel_from_bytes) {
        if let Some(plan) = load_parallel(source, schema, limits, &pieces, threads) {
            return Ok(Loaded {
                plan,
                errors: Vec::new(),
            });
        }
    }
    load_sequential(source, schema, limits, lang)
}

fn load_sequential(
    source: &Source,
    schema: &Schema,
    limits: Limits,
    lang: Lang,
) -> Result<Loaded, Vec<Diagnostic>> {
    let mut builder = Builder::new(source, schema, lang);
    if let Err(error) = yaml::read(source, limits, lang, &mut builder) {
        // Records cut short by malformed YAML would only add noise after the real error.
        return Err(vec![error]);
    }
    Ok(builder.finish())
}

/// A plan from node trees another reader hands out (a workbook's rows: `workbook/`), checked
/// exactly as YAML's. `feed` returns the problems it found itself (a column or cell the
/// workbook reader could not place): they stop the plan, with the loader's own errors after.
pub(super) fn load_nodes(
    source: &Source,
    schema: &Schema,
    lang: Lang,
    feed: impl FnOnce(&mut dyn Sink) -> Vec<Diagnostic>,
) -> Result<Loaded, Vec<Diagnostic>> {
    let mut builder = Builder::new(source, schema, lang);
    let problems = feed(&mut builder);
    let loaded = builder.finish();
    if problems.is_empty() {
        return Ok(loaded);
    }
    let mut errors = problems;
    errors.extend(loaded.errors);
    errors.truncate(MAX_ERRORS);
    Err(errors)
}

/// The plan read piece by piece on `threads` threads, or `None` if it had any problem: the
/// sequential reading reports it (so its builders' language does not matter).
fn load_parallel(
    source: &Source,
    schema: &Schema,
    limits: Limits,
    pieces: &[Piece],
    threads: usize,
) -> Option<Plan> {
    let next = AtomicUsize::new(0);
    // Each piece is read under the limits; their nodes add up to the plan's.
    let nodes = AtomicUsize::new(0);
    let read_piece = |index: usize| -> Option<Builder<'_>> {
        let mut builder = Builder::new(source, schema, Lang::En);
        let read = match &pieces[index] {
            Piece::Section(range) => yaml::read_piece(
                source,
                range.clone(),
                Root::Document,
                limits,
                Lang::En,
                &mut builder,
            ),
            Piece::Items { key, index, range } => {
                let key = Node {
                    kind: NodeKind::Scalar {
                        text: source.text()[key.clone()].to_string(),
                        plain: true,
                    },
                    span: Span::new(key.start, key.end),
                };
                builder.sequence_start(&key);
                yaml::read_piece(
                    source,
                    range.clone(),
                    Root::Items {
                        key: &key,
                        first: *index,
                    },
                    limits,
                    Lang::En,
                    &mut builder,
                )
            }
        };
        let read = read.ok()?;
        nodes.fetch_add(read, Ordering::Relaxed);
        builder.errors.is_empty().then_some(builder)
    };
    let mut parts: Vec<(usize, Option<Builder<'_>>)> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                scope.spawn(|| {
                    let mut done = Vec::new();
                    loop {
                        let index = next.fetch_add(1, Ordering::Relaxed);
                        if index >= pieces.len() {
                            break done;
                        }
                        done.push((index, read_piece(index)));
                    }
                })
            })
            .collect();
        workers
            .into_iter()
            // A worker's panic is the caller's: never a plan silently missing records.
            .flat_map(|worker| {
                worker
                    .join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
            })
            .collect()
    });
    if nodes.into_inner() > limits.max_nodes {
        // Read in order, the plan is refused where its nodes pass the limit.
        return None;
    }
    parts.sort_by_key(|(index, _)| *index);
    let mut parts = parts
        .into_iter()
        .map(|(_, part)| part)
        .collect::<Option<Vec<_>>>()?
        .into_iter();
    // The first piece becomes the whole, its columns grown once to their final size (a big
    // reallocation the allocator moves without copying); each later piece is dropped as soon
    // as it is appended, so the records are never held twice.
    let mut whole = parts.next()?;
    let rest: Vec<Builder<'_>> = parts.collect();
    for (collection, table) in whole.tables.iter_mut().enumerate() {
        table.reserve(rest.iter().map(|part| part.tables[collection].len()).sum());
    }
    for (collection, keys) in whole.keys.iter_mut().enumerate() {
        keys.reserve(rest.iter().map(|part| part.keys[collection].len()).sum());
    }
    for part in rest {
        if !whole.absorb(part) {
            return None;
        }
    }
    let loaded = whole.finish();
    loaded.errors.is_empty().then_some(loaded.plan)
}

/// A reference waiting for every record to be read.
/// Kept small (a national plan has hundreds of thousands): the key is a `TextRef`, and the
/// collections it may name are read from the schema when it is resolved.
struct PendingRef {
    collection: CollectionId,
    record: u32,
    field: usize,
    /// The position in a list field.
    item: Option<usize>,
    key: TextRef,
    span: Span,
}

/// The collections a reference field may name.
fn targets(schema: &Schema, collection: CollectionId, field: usize) -> &[CollectionId] {
    match &schema.collection(collection).fields[field].ty {
        Type::Record(ids) => ids,
        Type::List(element) => match &**element {
            Type::Record(ids) => ids,
            _ => &[],
        },
        _ => &[],
    }
}

struct Builder<'a> {
    source: &'a Source,
    schema: &'a Schema,
    /// The language of its diagnostics.
    lang: Lang,
    tables: Vec<Table>,
    arena: Vec<Box<str>>,
    errors: Vec<Diagnostic>,
    refused: Vec<Refusal>,
    refs: Vec<PendingRef>,
    /// Key value → record, per keyed collection.
    keys: Vec<FastMap<Box<str>, u32>>,
    /// Where each collection's section starts, once seen.
    seen: Vec<Option<Span>>,
    /// The collection whose sequence is being streamed (`None`: an unknown section).
    current: Option<CollectionId>,
}

impl Sink for Builder<'_> {
    fn section(&mut self, key: Node, value: Node) {
        let Some(collection) = self.section_collection(&key) else {
            return;
        };
        let single = self.schema.collection(collection).shape == Shape::Single;
        match (value.kind(), single) {
            _ if value.is_null() && !single => {}
            (NodeKind::Mapping(_), true) => self.record(collection, 0, &value),
            (NodeKind::Sequence(items), false) => {
                for (index, item) in items.iter().enumerate() {
                    self.record(collection, index, item);
                }
            }
            _ => {
                let name = &self.schema.collection(collection).name;
                let id = if single {
                    "load-section-mapping"
                } else {
                    "load-section-list"
                };
                let found = value.kind_name(self.lang);
                let message = self.say(id, &[("name", name.into()), ("found", found.into())]);
                self.push(
                    Diagnostic::error(Code::WrongType, message)
                        .at(self.source, value.span, self.say("load-section-label", &[]))
                        .help(self.say("load-section-help", &[]))
                        .about(name),
                );
            }
        }
    }

    fn sequence_start(&mut self, key: &Node) {
        self.current = self.section_collection(key);
        if let Some(collection) = self.current {
            if self.schema.collection(collection).shape == Shape::Single {
                let name = &self.schema.collection(collection).name;
                let args = [("name", name.into())];
                self.push(
                    Diagnostic::error(Code::WrongType, self.say("load-single-list", &args))
                        .at(
                            self.source,
                            key.span,
                            self.say("load-single-list-label", &[]),
                        )
                        .help(self.say("load-single-list-help", &args))
                        .about(name),
                );
                self.current = None;
            }
        }
    }

    fn item(&mut self, _key: &Node, index: usize, item: Node) {
        if let Some(collection) = self.current {
            self.record(collection, index, &item);
        }
    }
}

impl<'a> Builder<'a> {
    fn new(source: &'a Source, schema: &'a Schema, lang: Lang) -> Builder<'a> {
        Builder {
            source,
            schema,
            lang,
            tables: schema
                .collections
                .iter()
                .map(|c| Table::new(c.fields.len()))
                .collect(),
            arena: Vec::new(),
            errors: Vec::new(),
            refused: Vec::new(),
            refs: Vec::new(),
            keys: vec![FastMap::default(); schema.collections.len()],
            seen: vec![None; schema.collections.len()],
            current: None,
        }
    }

    /// Appends the records a piece read after this builder's; `false` if the piece repeats
    /// a key (the sequential reading reports it).
    fn absorb(&mut self, part: Builder<'a>) -> bool {
        let arena_offset = self.arena.len() as u32;
        let offsets: Vec<u32> = self.tables.iter().map(|t| t.len() as u32).collect();
        for (collection, keys) in part.keys.into_iter().enumerate() {
            for (key, index) in keys {
                if self.keys[collection]
                    .insert(key, index + offsets[collection])
                    .is_some()
                {
                    return false;
                }
            }
        }
        for (collection, mut table) in part.tables.into_iter().enumerate() {
            if arena_offset > 0 && !part.arena.is_empty() {
                table
                    .values
                    .iter_mut()
                    .flatten()
                    .for_each(|value| shift_arena(value, arena_offset));
            }
            self.tables[collection].append(table);
        }
        self.refs.extend(part.refs.into_iter().map(|mut pending| {
            pending.record += offsets[pending.collection as usize];
            if let TextRef::Arena(index) = &mut pending.key {
                *index += arena_offset;
            }
            pending
        }));
        self.arena.extend(part.arena);
        for (seen, other) in self.seen.iter_mut().zip(part.seen) {
            *seen = seen.or(other);
        }
        true
    }

    /// Message `id` of the catalog in the builder's language.
    fn say(&self, id: &str, args: &[(&str, Arg)]) -> String {
        t_args(self.lang, id, args)
    }

    /// A field as messages name it: `education`, and in Vietnamese with its label,
    /// `education` (trình độ chuyên môn), since the plan is written with the English names.
    fn field_words(&self, field: &FieldDef) -> String {
        shown_with_label(&field.name, field.label(self.lang), self.lang)
    }

    /// What one record of a collection is called: its type in English (`Person`), its
    /// label in Vietnamese (`cán bộ, công chức`).
    fn record_words(&self, definition: &CollectionDef) -> String {
        match self.lang {
            Lang::En => definition.record.clone(),
            Lang::Vi => definition.label(self.lang).to_string(),
        }
    }

    fn push(&mut self, diagnostic: Diagnostic) {
        if self.errors.len() < MAX_ERRORS {
            self.errors.push(diagnostic);
        }
    }

    fn section_collection(&mut self, key: &Node) -> Option<CollectionId> {
        let name = key.scalar().unwrap_or_default();
        let Some(collection) = self.schema.collection_by_name(name) else {
            let names = self.schema.collections.iter().map(|c| c.name.as_str());
            let hint = suggest::hint(self.lang, name, names);
            let sections: Vec<String> = self
                .schema
                .collections
                .iter()
                .map(|c| shown_with_label(&c.name, c.label(self.lang), self.lang))
                .collect();
            let message = self.say(
                "load-unknown-section",
                &[("name", name.into()), ("hint", hint.text.as_str().into())],
            );
            let help = self.say(
                "load-unknown-section-help",
                &[("sections", sections.join(", ").into())],
            );
            self.push(
                Diagnostic::error(Code::UnknownField, message)
                    .at(
                        self.source,
                        key.span,
                        self.say("load-unknown-section-label", &[]),
                    )
                    .help(help)
                    .about(name)
                    .replacing(self.written_as(key.span, hint)),
            );
            return None;
        };
        self.seen[collection as usize] = Some(key.span);
        Some(collection)
    }

    fn record(&mut self, collection: CollectionId, index: usize, node: &Node) {
        let definition = self.schema.collection(collection);
        let NodeKind::Mapping(entries) = node.kind() else {
            let message = self.say(
                "load-not-record",
                &[
                    ("name", definition.name.as_str().into()),
                    ("found", node.kind_name(self.lang).into()),
                ],
            );
            self.push(
                Diagnostic::error(Code::WrongType, message)
                    .at(
                        self.source,
                        node.span,
                        self.say("load-not-record-label", &[]),
                    )
                    .help(self.say("load-not-record-help", &[]))
                    .about(format!("{}[{index}]", definition.name)),
            );
            return;
        };
        let record_index = self.tables[collection as usize].len() as u32;
        let head = head_span(self.source, node.span);
        // What this record adds, taken back if it is left out.
        let (refs_before, refused_before) = (self.refs.len(), self.refused.len());
        let mut slots: Vec<Option<Slot>> = vec![None; definition.fields.len()];
        for (key, value) in entries {
            let name = key.scalar().unwrap_or_default();
            let Some(field) = definition.field(name) else {
                let names = definition.fields.iter().map(|f| f.name.as_str());
                let hint = suggest::hint(self.lang, name, names);
                let record = self.record_words(definition);
                let message = self.say(
                    "load-unknown-field",
                    &[
                        ("name", name.into()),
                        ("record", record.as_str().into()),
                        ("label", record_label(definition, index, entries).into()),
                        ("hint", hint.text.as_str().into()),
                    ],
                );
                let fields: Vec<String> = definition
                    .fields
                    .iter()
                    .map(|f| self.field_words(f))
                    .collect();
                let help = self.say(
                    "load-unknown-field-help",
                    &[
                        ("record", record.into()),
                        ("fields", fields.join(", ").into()),
                    ],
                );
                self.push(
                    Diagnostic::error(Code::UnknownField, message)
                        .at(
                            self.source,
                            key.span,
                            self.say("load-unknown-field-label", &[]),
                        )
                        .help(help)
                        .about(subject(definition, index, entries, name))
                        .replacing(self.written_as(key.span, hint)),
                );
                continue;
            };
            let field_def = &definition.fields[field];
            if value.is_null() {
                continue; // Treated as left out, below.
            }
            let at = At {
                collection,
                record: record_index,
                field,
                item: None,
                index,
                entries,
            };
            let stored = match &field_def.ty {
                Type::List(element) => match value.kind() {
                    NodeKind::Sequence(items) => {
                        let mut values = Vec::with_capacity(items.len());
                        for (position, item) in items.iter().enumerate() {
                            let at = At {
                                item: Some(position),
                                ..at
                            };
                            let converted = self.value(item, element, field_def, &at);
                            if converted.is_none() {
                                self.refuse(collection, record_index, field, item.span, false);
                            }
                            values.push(Slot {
                                value: converted.unwrap_or(Stored::Absent),
                                span: item.span,
                            });
                        }
                        Some(Stored::List(values.into_boxed_slice()))
                    }
                    _ => {
                        let expected = self.say("load-expected-list-written", &[]);
                        self.wrong_type(value, field_def, &expected, &at);
                        None
                    }
                },
                ty => self.value(value, ty, field_def, &at),
            };
            // A value that was refused is reported already: keep it from counting as missing.
            if stored.is_none() {
                self.refuse(collection, record_index, field, value.span, false);
            }
            slots[field] = Some(Slot {
                value: stored.unwrap_or(Stored::Absent),
                span: value.span,
            });
        }
        let mut fields = Vec::with_capacity(slots.len());
        let mut missing = Vec::new();
        for (position, (slot, field)) in slots.into_iter().zip(&definition.fields).enumerate() {
            let slot = slot.unwrap_or_else(|| {
                let value = match &field.default {
                    Default::Required => {
                        missing.push(field.name.as_str());
                        self.refuse(collection, record_index, position, head, true);
                        Stored::Absent
                    }
                    Default::Optional => Stored::Absent,
                    Default::Value(value) => self.default_value(value),
                };
                Slot { value, span: head }
            });
            fields.push(slot);
        }
        let key_field = match definition.shape {
            Shape::Keyed(key) => Some(key),
            _ => None,
        };
        // Without its key a record cannot be referred to or told apart: it is left out.
        let keyless = key_field.filter(|&key| !matches!(fields[key].value, Stored::Text(_)));
        if !missing.is_empty() {
            let names: Vec<String> = missing
                .iter()
                .filter_map(|name| definition.field(name))
                .map(|field| self.field_words(&definition.fields[field]))
                .collect();
            let names = names.join(", ");
            let message = self.say(
                "load-missing",
                &[
                    ("record", self.record_words(definition).into()),
                    ("label", record_label(definition, index, entries).into()),
                    ("n", missing.len().into()),
                    ("fields", names.as_str().into()),
                ],
            );
            let help = if keyless.is_some() {
                "load-missing-help-left-out"
            } else {
                "load-missing-help"
            };
            self.push(
                Diagnostic::error(Code::MissingField, message)
                    .at(self.source, head, self.say("load-missing-label", &[]))
                    .help(self.say(help, &[("fields", names.into())]))
                    .about(subject(definition, index, entries, &missing.join(","))),
            );
        }
        if keyless.is_some() {
            self.refs.truncate(refs_before);
            self.refused.truncate(refused_before);
            return;
        }
        if let Some(key_field) = key_field {
            if let Stored::Text(text) = fields[key_field].value {
                let key: Box<str> = self.text(text).into();
                let span = fields[key_field].span;
                if let Some(&first) = self.keys[collection as usize].get(&key) {
                    let first_span =
                        self.tables[collection as usize].value_spans[key_field][first as usize];
                    let key_name = match self.lang {
                        Lang::En => definition.fields[key_field].name.clone(),
                        Lang::Vi => self.field_words(&definition.fields[key_field]),
                    };
                    let message = self.say(
                        "load-duplicate-record",
                        &[
                            ("record", self.record_words(definition).into()),
                            ("key", key_name.as_str().into()),
                            ("value", (*key).into()),
                        ],
                    );
                    let help = self.say("load-duplicate-record-help", &[("key", key_name.into())]);
                    let subject = format!("{}:{key}", definition.name);
                    self.push(
                        Diagnostic::error(Code::DuplicateRecord, message)
                            .at(
                                self.source,
                                span,
                                self.say("load-duplicate-record-label", &[]),
                            )
                            .label(first_span, self.say("load-duplicate-record-first", &[]))
                            .help(help)
                            .about(subject),
                    );
                    self.refs.truncate(refs_before);
                    self.refused.truncate(refused_before);
                    return;
                } else {
                    self.keys[collection as usize].insert(key, record_index);
                }
            }
        }
        self.tables[collection as usize].push(node.span, fields);
    }

    fn value(&mut self, node: &Node, ty: &Type, field: &FieldDef, at: &At) -> Option<Stored> {
        let Some(text) = node.scalar() else {
            let expected = self.expected_words(ty);
            self.wrong_type(node, field, &expected, at);
            return None;
        };
        let stored = match ty {
            Type::Text => Stored::Text(self.text_ref(node)),
            Type::Integer => match text.trim_start_matches('+').parse::<i64>() {
                Ok(value) => Stored::Integer(value),
                Err(_) => return self.bad_scalar(node, field, "load-expected-integer", at),
            },
            Type::Decimal => match text
                .parse::<Decimal>()
                .or_else(|_| Decimal::from_scientific(text))
            {
                Ok(value) => Stored::Decimal(Box::new(value)),
                Err(_) => return self.bad_scalar(node, field, "load-expected-number", at),
            },
            Type::Boolean => match text {
                "true" | "True" | "TRUE" => Stored::Boolean(true),
                "false" | "False" | "FALSE" => Stored::Boolean(false),
                _ => return self.bad_scalar(node, field, "load-expected-boolean", at),
            },
            Type::Date => match crate::syntax::parse_date(text) {
                Some(date) => Stored::Date(date),
                None => {
                    let shaped = text.len() == 10
                        && text.as_bytes()[4] == b'-'
                        && text.as_bytes()[7] == b'-';
                    let id = if shaped {
                        "load-not-in-calendar"
                    } else {
                        "load-not-a-date"
                    };
                    let args = [
                        ("field", self.field_words(field).into()),
                        ("text", text.into()),
                    ];
                    self.push(
                        Diagnostic::error(Code::WrongType, self.say(id, &args))
                            .at(
                                self.source,
                                node.span,
                                self.say("load-not-a-date-label", &[]),
                            )
                            .help(self.say("load-not-a-date-help", &[]))
                            .about(at.subject(self.schema, &field.name)),
                    );
                    return None;
                }
            },
            Type::Enum(id) => {
                let definition = self.schema.enumeration(*id);
                match definition.position(text) {
                    Some(position) => Stored::Enum(position as u16),
                    None => {
                        let names = definition.values.iter().map(String::as_str);
                        let hint = suggest::hint(self.lang, text, names);
                        // The values as written, each with what it means to people.
                        let values: Vec<String> = (0..definition.values.len())
                            .map(|position| {
                                value_with_label(
                                    &definition.values[position],
                                    definition.label(position, self.lang),
                                )
                            })
                            .collect();
                        let named = self.field_words(field);
                        let message = self.say(
                            "load-not-in-enum",
                            &[
                                ("field", named.as_str().into()),
                                ("text", text.into()),
                                ("hint", hint.text.as_str().into()),
                            ],
                        );
                        let help = self.say(
                            "load-not-in-enum-help",
                            &[
                                ("field", named.into()),
                                ("values", values.join(", ").into()),
                            ],
                        );
                        self.push(
                            Diagnostic::error(Code::NotInEnum, message)
                                .at(
                                    self.source,
                                    node.span,
                                    self.say("load-not-in-enum-label", &[]),
                                )
                                .help(help)
                                .about(at.subject(self.schema, &field.name))
                                .replacing(self.written_as(node.span, hint)),
                        );
                        return None;
                    }
                }
            }
            Type::Record(_) => {
                let key = self.text_ref(node);
                self.refs.push(PendingRef {
                    collection: at.collection,
                    record: at.record,
                    field: at.field,
                    item: at.item,
                    key,
                    span: node.span,
                });
                Stored::Absent
            }
            Type::Duration | Type::List(_) | Type::Set(_) | Type::Error => {
                let expected = self.expected_words(ty);
                self.wrong_type(node, field, &expected, at);
                return None;
            }
        };
        if let (Some((op, bound)), Some(value)) = (field.bound, number(&stored)) {
            if !op_holds(op, value, bound) {
                let op_name = match op {
                    CompareOp::Eq => "eq",
                    CompareOp::Ne => "ne",
                    CompareOp::Lt => "lt",
                    CompareOp::Le => "le",
                    CompareOp::Gt => "gt",
                    CompareOp::Ge => "ge",
                };
                let message = self.say(
                    "load-out-of-bounds",
                    &[
                        ("field", self.field_words(field).into()),
                        ("value", value.to_string().into()),
                        ("op", op_name.into()),
                        ("bound", bound.to_string().into()),
                    ],
                );
                let help = self.say(
                    "load-out-of-bounds-help",
                    &[
                        ("name", field.name.as_str().into()),
                        ("symbol", op.symbol().into()),
                        ("bound", bound.to_string().into()),
                    ],
                );
                self.push(
                    Diagnostic::error(Code::OutOfBounds, message)
                        .at(
                            self.source,
                            node.span,
                            self.say("load-out-of-bounds-label", &[]),
                        )
                        .help(help)
                        .about(at.subject(self.schema, &field.name)),
                );
                return None;
            }
        }
        Some(stored)
    }

    /// Remembers that a value was refused (or a required field left out): it reads as
    /// undefined, and a rule that needs it can say why.
    fn refuse(
        &mut self,
        collection: CollectionId,
        record: u32,
        field: usize,
        span: Span,
        missing: bool,
    ) {
        self.refused.push(Refusal {
            collection,
            record,
            field: field as u16,
            span,
            missing,
        });
    }

    fn expected_words(&self, ty: &Type) -> String {
        let (id, ty) = match ty {
            Type::Record(_) => ("load-expected-reference", self.schema.type_name(ty)),
            Type::List(_) => ("load-expected-list", String::new()),
            other => ("load-expected-single", self.schema.type_name(other)),
        };
        self.say(id, &[("type", ty.into())])
    }

    /// A value of the wrong shape: `expected` says what was wanted.
    fn wrong_type(&mut self, node: &Node, field: &FieldDef, expected: &str, at: &At) {
        let message = self.say(
            "load-wrong-type",
            &[
                ("field", self.field_words(field).into()),
                ("expected", expected.into()),
                ("found", node.kind_name(self.lang).into()),
            ],
        );
        self.push_wrong_type(node, field, message, at);
    }

    /// A single value that does not read as `expected` (a message id).
    fn bad_scalar(
        &mut self,
        node: &Node,
        field: &FieldDef,
        expected: &str,
        at: &At,
    ) -> Option<Stored> {
        let message = self.say(
            "load-bad-value",
            &[
                ("field", self.field_words(field).into()),
                ("expected", self.say(expected, &[]).into()),
                ("text", node.scalar().unwrap_or_default().into()),
            ],
        );
        self.push_wrong_type(node, field, message, at);
        None
    }

    fn push_wrong_type(&mut self, node: &Node, field: &FieldDef, message: String, at: &At) {
        let help = self.say(
            "load-wrong-type-help",
            &[
                ("name", field.name.as_str().into()),
                ("type", self.schema.type_name(&field.ty).into()),
            ],
        );
        self.push(
            Diagnostic::error(Code::WrongType, message)
                .at(
                    self.source,
                    node.span,
                    self.say("load-wrong-type-label", &[]),
                )
                .help(help)
                .about(at.subject(self.schema, &field.name)),
        );
    }

    /// A span into the source when the YAML wrote the text verbatim, else an arena entry.
    fn text_ref(&mut self, node: &Node) -> TextRef {
        let text = node.scalar().unwrap_or_default();
        let written = self.source.slice(node.span);
        if written == text {
            return TextRef::Source(node.span);
        }
        let inner = Span::new(
            node.span.start as usize + 1,
            (node.span.end as usize).saturating_sub(1),
        );
        if written.len() >= 2 && self.source.slice(inner) == text {
            return TextRef::Source(inner);
        }
        self.arena.push(text.into());
        TextRef::Arena((self.arena.len() - 1) as u32)
    }

    fn text(&self, text: TextRef) -> &str {
        match text {
            TextRef::Source(span) => self.source.slice(span),
            TextRef::Arena(index) => self.arena.get(index as usize).map_or("", |t| t),
        }
    }

    fn default_value(&mut self, value: &DefaultValue) -> Stored {
        match value {
            DefaultValue::Integer(i) => Stored::Integer(*i),
            DefaultValue::Decimal(d) => Stored::Decimal(Box::new(*d)),
            DefaultValue::Text(t) => {
                self.arena.push(t.as_str().into());
                Stored::Text(TextRef::Arena((self.arena.len() - 1) as u32))
            }
            DefaultValue::Boolean(b) => Stored::Boolean(*b),
            DefaultValue::Date(d) => Stored::Date(*d),
            DefaultValue::Enum(position) => Stored::Enum(*position as u16),
            DefaultValue::EmptyList => Stored::List(Box::new([])),
        }
    }

    fn finish(mut self) -> Loaded {
        if let Some(header) = self.schema.header() {
            if self.tables[header as usize].is_empty() {
                let name = &self.schema.collection(header).name;
                let args = [("name", name.into())];
                let message = self.say("load-no-header", &args);
                let span = Span::new(
                    0,
                    self.source
                        .text()
                        .find('\n')
                        .unwrap_or(self.source.text().len()),
                );
                self.push(
                    Diagnostic::error(Code::MissingField, message)
                        .at(self.source, span, self.say("load-no-header-label", &[]))
                        .help(self.say("load-no-header-help", &args))
                        .about(name),
                );
            }
        }
        let refs = std::mem::take(&mut self.refs);
        for pending in refs {
            let key = self.text(pending.key);
            let found = targets(self.schema, pending.collection, pending.field)
                .iter()
                .find_map(|&target| {
                    self.keys[target as usize]
                        .get(key)
                        .map(|&index| (target, index))
                });
            match found {
                Some((target, index)) => {
                    let table = &mut self.tables[pending.collection as usize];
                    let slot = &mut table.values[pending.field][pending.record as usize];
                    match (slot, pending.item) {
                        (Stored::List(items), Some(position)) => {
                            if let Some(item) = items.get_mut(position) {
                                item.value = Stored::Record(target, index);
                            }
                        }
                        (value, _) => *value = Stored::Record(target, index),
                    }
                }
                None => {
                    self.dangling(&pending);
                    let (collection, record, field) =
                        (pending.collection, pending.record, pending.field);
                    self.refuse(collection, record, field, pending.span, false);
                }
            }
        }
        self.refused
            .sort_by_key(|r| (r.collection, r.record, r.field, r.span));
        // References are resolved last; each error is shown at its place.
        self.errors.sort_by_key(Diagnostic::primary_span);
        Loaded {
            plan: Plan {
                source: self.source.clone(),
                tables: self.tables,
                arena: self.arena,
                refused: self.refused,
            },
            errors: self.errors,
        }
    }

    fn dangling(&mut self, pending: &PendingRef) {
        if self.errors.len() >= MAX_ERRORS {
            return; // Not shown: spare the search for suggestions.
        }
        let definition = self.schema.collection(pending.collection);
        let field = &definition.fields[pending.field];
        let schema = self.schema;
        let target_ids = targets(schema, pending.collection, pending.field);
        let targets = target_ids
            .iter()
            .map(|&t| {
                let target = self.schema.collection(t);
                let key = target
                    .key_field()
                    .map_or("key", |k| target.fields[k].name.as_str());
                self.say(
                    "load-dangling-target",
                    &[
                        ("record", self.record_words(target).into()),
                        ("key", key.into()),
                    ],
                )
            })
            .reduce(|first, second| {
                self.say(
                    "load-or",
                    &[("first", first.into()), ("second", second.into())],
                )
            })
            .unwrap_or_default();
        let key = self.text(pending.key);
        let hint = suggest::hint_any(self.lang, &self.near_keys(target_ids, key));
        let message = self.say(
            "load-dangling",
            &[
                ("field", self.field_words(field).into()),
                ("key", key.into()),
                ("targets", targets.into()),
                ("hint", hint.text.as_str().into()),
            ],
        );
        let subject = format!(
            "{}.{}",
            self.record_id(pending.collection, pending.record),
            field.name
        );
        let diagnostic = Diagnostic::error(Code::DanglingReference, message)
            .at(
                self.source,
                pending.span,
                self.say("load-dangling-label", &[]),
            )
            .help(self.say("load-dangling-help", &[]))
            .about(subject)
            .replacing(self.written_as(pending.span, hint));
        self.push(diagnostic);
    }
}

impl Builder<'_> {
    /// The names a hint suggests as they would be written in place of the text at `span`.
    fn written_as(&self, span: Span, hint: Hint) -> Vec<String> {
        suggest::quoted_as(self.source.slice(span), hint.names)
    }

    /// A loaded record as a fingerprint names it: `people:CT-0001` by its key, else by
    /// its path, `posts[3]`.
    fn record_id(&self, collection: CollectionId, record: u32) -> String {
        let definition = self.schema.collection(collection);
        let key = definition.key_field().and_then(|field| {
            match self.tables[collection as usize].values[field].get(record as usize)? {
                Stored::Text(text) => Some(self.text(*text)),
                _ => None,
            }
        });
        match key {
            Some(key) => format!("{}:{key}", definition.name),
            None => format!("{}[{record}]", definition.name),
        }
    }

    /// Up to three keys of `collections` near `key`, each with the name of its record. Every
    /// key is compared where there are few enough to compare cheaply; past that, only `key`
    /// with two neighbouring characters swapped is looked up.
    fn near_keys(&self, collections: &[CollectionId], key: &str) -> Vec<(&str, Option<&str>)> {
        const COMPARE_ALL_UP_TO: usize = 5000;
        let swaps = suggest::swaps(key);
        let candidates = collections.iter().flat_map(|&t| {
            let keys = &self.keys[t as usize];
            let (all, swapped) = if keys.len() <= COMPARE_ALL_UP_TO {
                (Some(keys.keys().map(|k| &**k)), None)
            } else {
                let found = swaps
                    .iter()
                    .filter_map(|swap| keys.get_key_value(swap.as_str()));
                (None, Some(found.map(|(k, _)| &**k)))
            };
            all.into_iter()
                .flatten()
                .chain(swapped.into_iter().flatten())
        });
        suggest::nearest(key, candidates, 3)
            .into_iter()
            .map(|near| (near, self.record_name(collections, near)))
            .collect()
    }

    /// The `name` of the record with key `key` in one of `collections`, if it has one.
    fn record_name(&self, collections: &[CollectionId], key: &str) -> Option<&str> {
        collections.iter().find_map(|&t| {
            let index = *self.keys[t as usize].get(key)?;
            let field = self.schema.collection(t).field("name")?;
            match self.tables[t as usize].values[field].get(index as usize)? {
                Stored::Text(text) => Some(self.text(*text)),
                _ => None,
            }
        })
    }
}

/// Moves arena references past the entries of the pieces before.
fn shift_arena(value: &mut Stored, offset: u32) {
    match value {
        Stored::Text(TextRef::Arena(index)) => *index += offset,
        Stored::List(items) => items
            .iter_mut()
            .for_each(|item| shift_arena(&mut item.value, offset)),
        _ => {}
    }
}

/// Where a value being read is: its record (as it is stored and as the YAML wrote it) and
/// its field, and its position in a list field.
#[derive(Clone, Copy)]
struct At<'n> {
    collection: CollectionId,
    /// The record's index among those stored.
    record: u32,
    field: usize,
    item: Option<usize>,
    /// The record's position in its YAML sequence, and its entries.
    index: usize,
    entries: &'n [(Node, Node)],
}

impl At<'_> {
    /// What a load error about this value is about, the same in every language: the
    /// record's key or path and the field (`report/fingerprint.rs`).
    fn subject(&self, schema: &Schema, field: &str) -> String {
        subject(
            schema.collection(self.collection),
            self.index,
            self.entries,
            field,
        )
    }
}

/// A record and field as a load error's subject: `people:CT-0001.education`, `posts[3].unit`.
fn subject(
    definition: &CollectionDef,
    index: usize,
    entries: &[(Node, Node)],
    field: &str,
) -> String {
    let record = record_label(definition, index, entries);
    match definition.shape {
        Shape::Keyed(_) => format!("{}:{record}.{field}", definition.name),
        _ => format!("{record}.{field}"),
    }
}

/// `name` in backticks; in Vietnamese followed by its label when it has one: the plan is
/// written with the English names, and the label says what they mean.
fn shown_with_label(name: &str, label: &str, lang: Lang) -> String {
    match lang {
        Lang::Vi if label != name => format!("`{name}` ({label})"),
        _ => format!("`{name}`"),
    }
}

/// An enumeration value as written, with its label in the report's language when it has
/// one: `master` (thạc sĩ).
fn value_with_label(value: &str, label: &str) -> String {
    if label == value {
        format!("`{value}`")
    } else {
        format!("`{value}` ({label})")
    }
}

/// How a record is named in messages: its key if it has one, else its position.
fn record_label(definition: &CollectionDef, index: usize, entries: &[(Node, Node)]) -> String {
    if let Shape::Keyed(key) = definition.shape {
        let key_name = &definition.fields[key].name;
        if let Some((_, value)) = entries
            .iter()
            .find(|(k, _)| k.scalar() == Some(key_name.as_str()))
        {
            if let Some(text) = value.scalar() {
                return text.to_string();
            }
        }
    }
    if definition.shape == Shape::Single {
        return definition.name.clone();
    }
    format!("{}[{index}]", definition.name)
}

fn head_span(source: &Source, span: Span) -> Span {
    let text = source.slice(span);
    let line = text.find(['\n', '\r']).unwrap_or(text.len());
    Span::new(span.start as usize, span.start as usize + line)
}

fn number(stored: &Stored) -> Option<Decimal> {
    match stored {
        Stored::Integer(i) => Some(Decimal::from(*i)),
        Stored::Decimal(d) => Some(**d),
        _ => None,
    }
}

fn op_holds(op: CompareOp, value: Decimal, bound: Decimal) -> bool {
    match op {
        CompareOp::Eq => value == bound,
        CompareOp::Ne => value != bound,
        CompareOp::Lt => value < bound,
        CompareOp::Le => value <= bound,
        CompareOp::Gt => value > bound,
        CompareOp::Ge => value >= bound,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::generate::{generate, Config};
    use crate::source::SourceFile;

    fn schema() -> Schema {
        crate::ruleset::load_builtin()
            .map_err(|e| format!("{e:?}"))
            .unwrap()
            .program
            .schema
    }

    #[test]
    fn reading_in_pieces_gives_the_same_plan_as_reading_in_order() {
        let config = Config {
            units: 800,
            staff_per_unit: 20,
            violation_rate: 0.02,
            ..Config::national()
        };
        let (yaml, _) = generate(&config);
        // Quoted and escaped names land in the arena, so pieces must shift their references.
        let yaml = yaml.replacen(
            "name: Thành phố Hà Nội",
            "name: \"Thành phố \\u0048à Nội\"",
            1,
        );
        let yaml = yaml.replace("name: Xã Tân Hòa\n", "name: \"Xã \\u0054ân Hòa\"\n");
        assert!(yaml.len() > split::MIN_PARALLEL_BYTES * 4);
        let source = SourceFile::new("generated.yaml", yaml);
        let schema = schema();
        let pieces = split::split(source.text(), 2).expect("a plain plan is cut");
        let parallel =
            load_parallel(&source, &schema, Limits::default(), &pieces, 2).expect("read in pieces");
        let sequential = load_sequential(&source, &schema, Limits::default(), Lang::En)
            .unwrap()
            .plan;
        assert!(!sequential.arena.is_empty());
        assert_eq!(parallel.arena, sequential.arena);
        for (collection, (a, b)) in parallel.tables.iter().zip(&sequential.tables).enumerate() {
            assert_eq!(a.spans, b.spans, "record spans of collection {collection}");
            for field in 0..a.values.len() {
                let first_difference = (0..a.len().max(b.len())).find(|&i| {
                    a.values[field].get(i) != b.values[field].get(i)
                        || a.value_spans[field].get(i) != b.value_spans[field].get(i)
                });
                if let Some(i) = first_difference {
                    let (left, right) = (a.value_spans[field].get(i), b.value_spans[field].get(i));
                    let text = |span: Option<&Span>| span.map(|s| source.slice(*s).to_string());
                    panic!(
                        "collection {collection}, field {field}, record {i}: {:?} {left:?} {:?} / {:?} {right:?} {:?}",
                        a.values[field].get(i), text(left), b.values[field].get(i), text(right)
                    );
                }
            }
        }
    }

    #[test]
    fn a_problem_in_a_piece_is_reported_as_in_order() {
        let config = Config {
            units: 400,
            staff_per_unit: 20,
            ..Config::national()
        };
        let (yaml, _) = generate(&config);
        // A duplicate id across pieces, and a bad value deep in the file.
        let last_id = yaml.rfind("  - id: P").unwrap();
        let mut broken = yaml.clone();
        broken.replace_range(
            last_id..last_id + "  - id: P0000001".len(),
            "  - id: P0000001",
        );
        let source = SourceFile::new("broken.yaml", broken);
        let loaded = load(&source, &schema(), Limits::default(), Lang::En).unwrap();
        let errors = loaded.errors;
        // The repeated id, and the posts of the person whose id it replaced.
        assert!(
            errors[0].message.contains("have the id `P0000001`"),
            "{}",
            errors[0].message
        );
        let in_order = load_sequential(&source, &schema(), Limits::default(), Lang::En)
            .unwrap()
            .errors;
        let messages =
            |errors: &[Diagnostic]| errors.iter().map(|e| e.message.clone()).collect::<Vec<_>>();
        assert_eq!(messages(&errors), messages(&in_order));
    }

    #[test]
    fn limits_hold_for_the_whole_plan_when_it_is_read_in_pieces() {
        let config = Config {
            units: 400,
            staff_per_unit: 20,
            ..Config::national()
        };
        let (yaml, _) = generate(&config);
        let source = SourceFile::new("generated.yaml", yaml);
        let schema = schema();
        let nodes = yaml::read(
            &source,
            Limits::default(),
            Lang::En,
            &mut Builder::new(&source, &schema, Lang::En),
        )
        .expect("a generated plan reads");
        let pieces = split::split(source.text(), 4).expect("a plain plan is cut");
        assert!(pieces.len() > 2);
        // Every piece is under this limit; the plan is not. (Pieces count their own root,
        // not the sections' keys: the sum is the plan's count give or take one per piece.)
        let limits = Limits {
            max_nodes: nodes - pieces.len() - 1,
            ..Limits::default()
        };
        assert!(load_parallel(&source, &schema, limits, &pieces, 2).is_none());
        let errors = load(&source, &schema, limits, Lang::En).unwrap_err();
        assert!(
            errors[0].message.contains("YAML nodes"),
            "{}",
            errors[0].message
        );
        let exact = Limits {
            max_nodes: nodes + pieces.len(),
            ..Limits::default()
        };
        assert!(load_parallel(&source, &schema, exact, &pieces, 2).is_some());
    }
}
