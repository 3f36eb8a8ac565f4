//! Texts of field sets (labels, options, help, rule messages) in every locale of the engine.

use crate::locale::Locale;

/// The separator between the translations of one [`Text`] (U+001F, the unit separator).
const SEPARATOR: char = '\u{1F}';

/// One text in English, German, French, Italian and Danish, stored as one string with the five
/// translations in that order, separated by U+001F (one pointer instead of five keeps the
/// WebAssembly module smaller); a text without separators is the same in every locale.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Text(&'static str);

impl Text {
    /// A text from the five translations joined by U+001F (what [`text!`](crate::text) writes).
    pub const fn joined(all: &'static str) -> Text {
        Text(all)
    }

    /// The same text in every locale (names that have no translations, such as a Spanish legal
    /// form or a Chinese identity document).
    pub const fn same(text: &'static str) -> Text {
        let bytes = text.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            assert!(bytes[i] != 0x1F, "a text may not contain the locale separator U+001F");
            i += 1;
        }
        Text(text)
    }

    /// The text in `locale`.
    pub fn get(&self, locale: Locale) -> &'static str {
        let index = locale.index();
        self.0.split(SEPARATOR).nth(index).unwrap_or(self.0)
    }

    /// Every translation with its locale.
    pub fn all(&self) -> [(Locale, &'static str); 5] {
        [Locale::En, Locale::De, Locale::Fr, Locale::It, Locale::Da].map(|l| (l, self.get(l)))
    }
}

/// `text!(en, de, fr, it, da)`: a [`Text`] from its five translations (string literals), in
/// that order.
#[macro_export]
#[doc(hidden)]
macro_rules! text {
    ($en:literal, $de:literal, $fr:literal, $it:literal, $da:literal $(,)?) => {
        $crate::fields::Text::joined(concat!($en, "\u{1F}", $de, "\u{1F}", $fr, "\u{1F}", $it, "\u{1F}", $da))
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn translations_by_locale() {
        let t = crate::text!("one", "eins", "un", "uno", "en");
        assert_eq!(t.get(Locale::De), "eins");
        assert_eq!(t.get(Locale::Da), "en");
        assert_eq!(Text::same("Sociedad").get(Locale::It), "Sociedad");
        assert_eq!(t.all()[2], (Locale::Fr, "un"));
    }
}
