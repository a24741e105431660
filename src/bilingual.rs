//! A text meant for people, in English and, when the drafter wrote it, Vietnamese: a rule's
//! title, message, fix and citation, a schema's labels. English is the text every rule has;
//! Vietnamese falls back to it, and `lint` names each text without its Vietnamese.

use crate::lang::Lang;
use crate::source::Span;

#[derive(Clone, Debug, PartialEq)]
pub struct Bilingual<T> {
    pub en: T,
    pub vi: Option<T>,
    /// Where the English text is written, for `lint`'s "no Vietnamese" warnings.
    pub span: Span,
}

impl<T> Bilingual<T> {
    /// A text with no Vietnamese yet.
    pub fn english(en: T, span: Span) -> Self {
        Bilingual { en, vi: None, span }
    }

    /// The text in `lang`; English when no Vietnamese was written.
    pub fn get(&self, lang: Lang) -> &T {
        match (lang, &self.vi) {
            (Lang::Vi, Some(vi)) => vi,
            _ => &self.en,
        }
    }

    pub fn map<U>(&self, mut f: impl FnMut(&T) -> U) -> Bilingual<U> {
        Bilingual {
            en: f(&self.en),
            vi: self.vi.as_ref().map(f),
            span: self.span,
        }
    }
}

impl<T> Bilingual<T> {
    /// Both texts, English first.
    pub fn both(&self) -> impl Iterator<Item = &T> {
        std::iter::once(&self.en).chain(self.vi.as_ref())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vietnamese_falls_back_to_english() {
        let span = Span::new(0, 0);
        let only = Bilingual::english("Party Secretary", span);
        assert_eq!(*only.get(Lang::Vi), "Party Secretary");
        let both = Bilingual {
            en: "Party Secretary",
            vi: Some("Bí thư Đảng ủy"),
            span,
        };
        assert_eq!(*both.get(Lang::Vi), "Bí thư Đảng ủy");
        assert_eq!(*both.get(Lang::En), "Party Secretary");
    }
}
