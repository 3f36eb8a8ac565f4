//! Texts of field sets (labels, options, help, rule messages) in every locale of the engine.

use crate::locale::Locale;

use crate::translations;

/// One text in every locale: a row of the translations of `locales/*.toml` (`TEXTS`), or a
/// text the same in every locale.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Text {
    /// The text itself when it is the same in every locale; else empty.
    same: &'static str,
    /// Its row in `TEXTS`, or [`Text::SAME`].
    row: u16,
}

impl Text {
    /// The row of a text that is the same in every locale.
    const SAME: u16 = u16::MAX;

    /// The text of row `row` of the translations (what [`text!`](crate::text) gives).
    pub const fn stored(row: u16) -> Text {
        Text { same: "", row }
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
        Text { same: text, row: Text::SAME }
    }

    /// The text in `locale` (English where the locale has no translation).
    pub fn get(&self, locale: Locale) -> &'static str {
        match self.row {
            Text::SAME => self.same,
            row => translations::text(row, locale),
        }
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
        const TEXT: $crate::fields::Text = $crate::fields::Text::stored($crate::translations::text_row($id));
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
