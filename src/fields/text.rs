//! Texts of field sets (labels, options, help, rule messages) in every locale of the engine.

use crate::messages::Locale;

/// One text in English, German, French, Italian and Danish.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Text {
    /// English.
    pub en: &'static str,
    /// German.
    pub de: &'static str,
    /// French.
    pub fr: &'static str,
    /// Italian.
    pub it: &'static str,
    /// Danish.
    pub da: &'static str,
}

impl Text {
    /// The text in `locale`.
    pub fn get(&self, locale: Locale) -> &'static str {
        match locale {
            Locale::En => self.en,
            Locale::De => self.de,
            Locale::Fr => self.fr,
            Locale::It => self.it,
            Locale::Da => self.da,
        }
    }

    /// Every translation with its locale.
    pub fn all(&self) -> [(Locale, &'static str); 5] {
        [
            (Locale::En, self.en),
            (Locale::De, self.de),
            (Locale::Fr, self.fr),
            (Locale::It, self.it),
            (Locale::Da, self.da),
        ]
    }
}

/// `text!(en, de, fr, it, da)`: a [`Text`] from its five translations, in that order.
#[macro_export]
#[doc(hidden)]
macro_rules! text {
    ($en:expr, $de:expr, $fr:expr, $it:expr, $da:expr $(,)?) => {
        $crate::fields::Text { en: $en, de: $de, fr: $fr, it: $it, da: $da }
    };
}
