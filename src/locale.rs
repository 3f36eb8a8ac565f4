//! The languages of the engine's texts. Vocabulary of the ground floor; it imports nothing of
//! the crate.

/// A language the catalogue is complete in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Locale {
    /// English (the fallback).
    #[default]
    En,
    /// German.
    De,
    /// French.
    Fr,
    /// Italian.
    It,
    /// Danish.
    Da,
}

impl Locale {
    /// Every locale, fallback first.
    pub const ALL: &'static [Locale] = &[Locale::En, Locale::De, Locale::Fr, Locale::It, Locale::Da];

    /// The locales the message catalogue is written in (all of them).
    pub const WITH_MESSAGES: &'static [Locale] = Locale::ALL;

    /// The locale for a BCP 47 tag such as `de`, `de-AT` or `fr_CH`; English for anything else.
    pub fn from_tag(tag: &str) -> Locale {
        let primary = tag.split(['-', '_']).next().unwrap_or("");
        Locale::ALL.iter().copied().find(|l| primary.eq_ignore_ascii_case(l.tag())).unwrap_or(Locale::En)
    }

    /// The locale's position in every table written in the five languages (en, de, fr, it, da):
    /// its place in [`Locale::ALL`].
    pub const fn index(self) -> usize {
        self as usize
    }

    /// The primary language subtag.
    pub fn tag(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::De => "de",
            Locale::Fr => "fr",
            Locale::It => "it",
            Locale::Da => "da",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_index_is_the_place_in_all() {
        for (i, locale) in Locale::ALL.iter().enumerate() {
            assert_eq!(locale.index(), i);
        }
    }
}
