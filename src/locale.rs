//! The languages of the engine's texts: one per file in `locales/`, the enum generated from
//! `locales/locales.toml` by `build.rs`. Vocabulary of the ground floor; it imports nothing of
//! the crate.

include!(concat!(env!("OUT_DIR"), "/locales.rs"));

impl Locale {
    /// Every compiled locale, fallback first.
    pub const ALL: &'static [Locale] = ALL;

    /// How many locales of [`Locale::ALL`], from the first, have their texts compiled in; the
    /// others' come from locale packs loaded at run time (`crate::locale_pack`).
    pub const COMPILED: usize = COMPILED;

    /// The locales the message catalogue is written in (all of them: a key a locale lacks is
    /// shown in English).
    pub const WITH_MESSAGES: &'static [Locale] = Locale::ALL;

    /// The locale for a BCP 47 tag such as `de`, `de-AT` or `fr_CH`; English for anything else.
    pub fn from_tag(tag: &str) -> Locale {
        let primary = tag.split(['-', '_']).next().unwrap_or("");
        Locale::ALL.iter().copied().find(|l| primary.eq_ignore_ascii_case(l.tag())).unwrap_or(Locale::En)
    }

    /// The locale's position in every table of translations: its place in [`Locale::ALL`].
    pub const fn index(self) -> usize {
        self as usize
    }

    /// Whether the locale's texts are compiled in (English always, every locale unless the
    /// build leaves them to locale packs; see `build.rs`).
    pub const fn is_compiled(self) -> bool {
        (self as usize) < COMPILED
    }

    /// The primary language subtag.
    pub const fn tag(self) -> &'static str {
        TAGS[self as usize]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_index_is_the_place_in_all() {
        for (i, locale) in Locale::ALL.iter().enumerate() {
            assert_eq!(locale.index(), i);
            assert_eq!(Locale::from_tag(locale.tag()), *locale);
        }
    }
}
