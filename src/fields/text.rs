//! Texts of field sets (labels, options, help, rule messages) in every locale of the engine.

use crate::locale::Locale;

use crate::translations;

/// One text in every compiled locale: its translations from `locales/*.toml` stored as one
/// string, joined by U+001F (one pointer per text keeps the WebAssembly module small); a text
/// without separators is the same in every locale.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Text(&'static str);

impl Text {
    /// A text from its stored translations (what [`text!`](crate::text) gives).
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

    /// The text in `locale` (English where the locale has no translation).
    pub fn get(&self, locale: Locale) -> &'static str {
        translations::pick(self.0, locale)
    }

    /// Every translation with its locale.
    pub fn all(&self) -> impl Iterator<Item = (Locale, &'static str)> + '_ {
        Locale::ALL.iter().map(|&l| (l, self.get(l)))
    }
}

/// `text!("zone.id")`: the [`Text`] with this id in `locales/*.toml` (`[texts]`); an id that
/// `locales/en.toml` lacks stops the build.
#[macro_export]
#[doc(hidden)]
macro_rules! text {
    ($id:literal) => {{
        const TEXT: $crate::fields::Text = $crate::fields::Text::joined($crate::translations::text($id));
        TEXT
    }};
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn translations_by_locale() {
        let t = crate::text!("dk.vat_id_of_the_registrant");
        assert_eq!(t.get(Locale::En), "VAT ID of the registrant");
        assert_eq!(t.get(Locale::De), "USt-IdNr. des Inhabers");
        assert_eq!(t.get(Locale::Da), "Registrantens momsnummer (CVR)");
        assert_eq!(Text::same("Sociedad").get(Locale::It), "Sociedad");
        assert_eq!(t.all().nth(2), Some((Locale::Fr, "Numéro de TVA du titulaire")));
        assert!(!translations::SEPARATOR.is_alphanumeric());
    }
}
