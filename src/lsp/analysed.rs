//! A rule document as last loaded (files, syntax trees, the resolver's index), and the
//! requests answered from it: hover, go to definition, find references.

use lsp_types::{Hover, HoverContents, Location, MarkupContent, MarkupKind, Position, Range, Uri};

use super::builtin_files::BuiltinFiles;
use super::moved::Moved;
use super::position::Lines;
use crate::ast::RuleFile;
use crate::lang::Lang;
use crate::ruleset::Opened;
use crate::schema::Origin;
use crate::source::Span;

pub struct Analysed {
    pub document: Uri,
    pub opened: Opened,
    /// While the document does not parse whole: its last load that did, which answers where
    /// this one has nothing (in a declaration cut short), through `Moved` offsets.
    pub fallback: Option<Box<Analysed>>,
}

impl Analysed {
    /// The document's own file, by the name its source carries.
    pub fn own_file(&self) -> Option<&RuleFile> {
        let path = super::rules::path_of(&self.document);
        let (name, _) = self
            .opened
            .read
            .iter()
            .find(|(_, p)| p.as_ref() == Some(&path))?;
        self.file(name)
    }

    pub fn file(&self, name: &str) -> Option<&RuleFile> {
        self.opened.files.iter().find(|f| f.source.name() == name)
    }

    /// The byte offset of `position` in the document as loaded, and its file's name.
    fn at(&self, position: Position) -> Option<(&str, u32)> {
        let file = self.own_file()?;
        let offset = Lines::new(file.source.text()).offset(position);
        Some((file.source.name(), offset as u32))
    }

    /// The URI of a file read, by its name: the document's own, a file on disk, or a
    /// built-in file as materialised.
    pub fn uri_of(&self, name: &str, builtin: &BuiltinFiles) -> Option<Uri> {
        if self.own_file().is_some_and(|f| f.source.name() == name) {
            return Some(self.document.clone());
        }
        match self.opened.read.iter().find(|(n, _)| n == name)? {
            (_, Some(path)) => super::uri::from_path(path),
            (_, None) => builtin.uri(name),
        }
    }

    fn location(&self, name: &str, span: Span, builtin: &BuiltinFiles) -> Option<Location> {
        let file = self.file(name)?;
        let range = Lines::new(file.source.text()).range(span);
        Some(Location::new(self.uri_of(name, builtin)?, range))
    }

    /// The symbol whose name is at `position`.
    fn symbol_at(&self, position: Position) -> Option<usize> {
        let (name, offset) = self.at(position)?;
        Some(self.opened.index.reference_at(name, offset)?.symbol)
    }

    /// Where the name at `position` is declared; for an `include`, the files it reads.
    pub fn definition(&self, position: Position, builtin: &BuiltinFiles) -> Vec<Location> {
        let Some((name, offset)) = self.at(position) else {
            return Vec::new();
        };
        let included: Vec<Location> = self
            .opened
            .includes
            .iter()
            .filter(|i| i.from == name && i.span.start <= offset && offset <= i.span.end)
            .filter_map(|i| self.location(&i.file, Span::default(), builtin))
            .collect();
        if !included.is_empty() {
            return included;
        }
        let Some(symbol) = self.symbol_at(position) else {
            return Vec::new();
        };
        let origin = &self.opened.index.symbols[symbol].origin;
        self.location(origin.source.name(), origin.span, builtin)
            .into_iter()
            .collect()
    }

    /// Where the symbol whose name is at `position` is declared.
    pub fn origin_at(&self, position: Position) -> Option<Origin> {
        let symbol = self.symbol_at(position)?;
        Some(self.opened.index.symbols[symbol].origin.clone())
    }

    /// Every place the symbol at `position` is named, in the files this document loads.
    pub fn references(
        &self,
        position: Position,
        declaration: bool,
        builtin: &BuiltinFiles,
    ) -> Vec<Location> {
        match self.origin_at(position) {
            Some(origin) => self.references_of(&origin, declaration, builtin),
            None => Vec::new(),
        }
    }

    /// Every place the symbol declared at `origin` is named, in the files this document loads.
    pub fn references_of(
        &self,
        origin: &Origin,
        declaration: bool,
        builtin: &BuiltinFiles,
    ) -> Vec<Location> {
        let Some(symbol) = self.opened.index.at_origin(origin) else {
            return Vec::new();
        };
        self.opened
            .index
            .references_to(symbol)
            .into_iter()
            .filter(|r| declaration || !r.declaration)
            .filter_map(|r| self.location(&r.file, r.span, builtin))
            .collect()
    }

    /// What the name at `position` is; in a declaration that does not parse now, what it was
    /// in the last text that parsed whole, if the name is outside what was edited since.
    /// Its words are in `lang`.
    pub fn hover(&self, position: Position, lang: Lang) -> Option<Hover> {
        self.hover_here(position, lang).or_else(|| {
            let fallback = self.fallback.as_deref()?;
            let now = self.own_file()?.source.text();
            let then = fallback.own_file()?.source.text();
            let (lines_now, lines_then) = (Lines::new(now), Lines::new(then));
            let moved = Moved::between(then, now);
            let at = moved.to_old(lines_now.offset(position))?;
            let mut hover = fallback.hover_here(lines_then.position(at), lang)?;
            hover.range = hover.range.and_then(|range| {
                let start = moved.start_to_new(lines_then.offset(range.start))?;
                let end = moved.to_new(lines_then.offset(range.end))?;
                Some(Range::new(
                    lines_now.position(start),
                    lines_now.position(end),
                ))
            });
            Some(hover)
        })
    }

    fn hover_here(&self, position: Position, lang: Lang) -> Option<Hover> {
        let (name, offset) = self.at(position)?;
        let reference = self.opened.index.reference_at(name, offset)?;
        let (index, files) = (&self.opened.index, &self.opened.files);
        let value = super::hover::markdown(index, reference.symbol, files, lang)?;
        let file = self.file(name)?;
        Some(Hover {
            contents: HoverContents::Markup(MarkupContent {
                kind: MarkupKind::Markdown,
                value,
            }),
            range: Some(Lines::new(file.source.text()).range(reference.span)),
        })
    }
}
