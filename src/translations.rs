//! The translations of `locales/*.toml`, compiled into tables by `build.rs`: each code's message,
//! each field-set text (by id, looked up when the crate compiles) and each word (by section and
//! key, looked up at run time). English stands in for anything a locale lacks; [`GAPS`] says what.

use crate::locale::Locale;
use crate::pack_store;

include!(concat!(env!("OUT_DIR"), "/translations.rs"));

/// The separator between the translations of one stored text (U+001F, the unit separator).
pub const SEPARATOR: char = '\u{1F}';

/// Where `key` is in a table sorted by key, when the crate compiles or at run time.
pub const fn position<T>(table: &[(&str, T)], key: &str) -> Option<usize> {
    let (mut low, mut high) = (0, table.len());
    while low < high {
        let middle = (low + high) / 2;
        let order = crate::const_text::compare(table[middle].0.as_bytes(), key.as_bytes());
        if order == 0 {
            return Some(middle);
        } else if order < 0 {
            low = middle + 1;
        } else {
            high = middle;
        }
    }
    None
}

/// The row in [`TEXTS`] of the field-set text `id` (a key of `[texts]` in `locales/en.toml`),
/// for the [`text!`](crate::text) macro, which evaluates it in a constant: an unknown id stops
/// the build (called at run time, it would panic).
#[doc(hidden)]
pub const fn text_row(id: &str) -> u16 {
    assert!(TEXTS.len() < u16::MAX as usize, "more field-set texts than a row number holds");
    match position(TEXTS, id) {
        Some(i) => i as u16,
        None => panic!("a text id that locales/en.toml does not have"),
    }
}

/// The translation for `locale` among stored translations (joined by [`SEPARATOR`]); the
/// first, English, where the text has no more. Only a compiled locale has its place there.
pub fn pick(joined: &'static str, locale: Locale) -> &'static str {
    let mut parts = joined.split(SEPARATOR);
    let english = parts.next().unwrap_or(joined);
    match locale.index() {
        0 => english,
        i if locale.is_compiled() => parts.nth(i - 1).unwrap_or(english),
        _ => english,
    }
}

/// Row `row` of `table` (joined translations) in `locale`: from the table for a compiled
/// locale, else from the locale's loaded pack, English where the pack is not loaded.
fn translated(
    table: &[(&str, &'static str)],
    row: usize,
    locale: Locale,
    loaded: fn(Locale, usize) -> Option<&'static str>,
) -> &'static str {
    let joined = table[row].1;
    match locale.is_compiled() {
        true => pick(joined, locale),
        false => loaded(locale, row).unwrap_or_else(|| pick(joined, Locale::En)),
    }
}

/// The field-set text of row `row` of [`TEXTS`] in `locale`.
pub fn text(row: u16, locale: Locale) -> &'static str {
    translated(TEXTS, usize::from(row), locale, pack_store::text)
}

/// The word of row `row` of [`WORDS`] in `locale`.
pub fn word_at(row: usize, locale: Locale) -> &'static str {
    translated(WORDS, row, locale, pack_store::word)
}

/// The word `key` of `section` (`[words.<section>]`) in `locale`, if the section has it.
pub fn word(section: &str, key: &str, locale: Locale) -> Option<&'static str> {
    let wanted = |stored: &str| {
        let (s, k) = stored.split_once('.').unwrap_or((stored, ""));
        s.cmp(section).then_with(|| k.cmp(key))
    };
    let at = WORDS.binary_search_by(|(stored, _)| wanted(stored)).ok()?;
    Some(translated(WORDS, at, locale, pack_store::word))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_sorted_for_the_searches() {
        for table in [TEXTS, WORDS] {
            assert!(table.windows(2).all(|w| w[0].0 < w[1].0));
        }
        assert!(MESSAGES.windows(2).all(|w| w[0].0 < w[1].0));
        // Sections are written in `a-z` and `_`, which sort after the dot: sorting by
        // `section.key` is sorting by the pair, as `word` searches.
        for (key, _) in WORDS {
            let section = key.split('.').next().unwrap_or("");
            assert!(section.bytes().all(|b| b.is_ascii_lowercase() || b == b'_'), "{key}");
        }
    }

    #[test]
    fn a_missing_translation_falls_back_to_english() {
        assert_eq!(pick("one\u{1F}eins", Locale::ALL[1]), "eins");
        for &locale in Locale::ALL {
            assert_eq!(pick("same", locale), "same");
        }
        if let Some(&third) = Locale::ALL.get(2) {
            assert_eq!(pick("one\u{1F}eins", third), "one");
        }
    }

    #[test]
    fn words_are_found_by_section_and_key() {
        assert_eq!(word("role", "registrant", Locale::En), Some("Registrant"));
        assert_eq!(word("role", "nobody", Locale::En), None);
        assert_eq!(word("record", "priority weight port target", Locale::En), Some("priority weight port target"));
    }
}
