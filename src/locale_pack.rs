//! Locale packs: one locale's translations as a text file, for the WebAssembly module of the npm
//! package, which compiles the texts of English alone (`DOMAIN_RULES_LOCALE_PACKS=1`, see
//! `build.rs`) so that a page downloads only the languages it shows.
//!
//! A native build, which has every locale compiled, writes the packs ([`write`]); the module
//! reads one with [`load`], which checks that it was written for the same engine and the same
//! tables before it keeps it ([`crate::pack_store`]).
//!
//! The file is UTF-8, its fields separated by U+001F (which no text may contain): the header
//! `domain-rules locale pack`, the format (`1`), the engine's version, the locale's tag, the
//! fingerprint of the tables' keys (FNV-1a, 16 hex digits), the number of messages, texts, words
//! and countries; then each code's message in the order of [`Code::ALL`], each field-set text and
//! each word in the order of their tables, each country's name in the order of the country
//! tables, and one field with the country rows in the locale's alphabetical order (decimal,
//! comma-separated). An empty text says what English says. A final newline is allowed.

use std::fmt;

use crate::code::Code;
use crate::contacts::countries;
use crate::contacts::country_data::COUNT as COUNTRY_COUNT;
use crate::locale::Locale;
use crate::messages::{placeholders, template};
use crate::pack_store::{self, Loaded};
use crate::translations::{self, SEPARATOR, TEXTS, WORDS};

/// The first field of every pack.
const MAGIC: &str = "domain-rules locale pack";

/// The version of the pack format.
const FORMAT: &str = "1";

/// The fields before the translations.
const HEADER_FIELDS: usize = 9;

/// Why a pack was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PackError {
    /// The text is not a locale pack of this format.
    NotAPack,
    /// The pack was written by another version of the engine.
    OtherVersion(String),
    /// The pack is for a locale this build does not list, or for English, which is compiled in.
    UnknownLocale(String),
    /// The pack's tables have other keys than this build's.
    OtherTables,
    /// The pack holds another number of translations than its header says.
    WrongLength,
    /// A message's `{placeholders}` differ from English's.
    Placeholders(&'static str),
    /// The country order is not every country row once.
    CountryOrder,
    /// [`write`] was asked for a locale this build does not have compiled.
    NotCompiled(Locale),
}

impl fmt::Display for PackError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PackError::NotAPack => write!(f, "not a domain-rules locale pack of format {FORMAT}"),
            PackError::OtherVersion(v) => {
                write!(f, "a locale pack of domain-rules {v}, not of this engine ({})", crate::VERSION)
            }
            PackError::UnknownLocale(tag) => {
                let tags: Vec<&str> = Locale::ALL[1..].iter().map(|l| l.tag()).collect();
                write!(f, "a locale pack for `{tag}`; this build takes packs for {}", tags.join(", "))
            }
            PackError::OtherTables => write!(f, "a locale pack of other message tables than this build's"),
            PackError::WrongLength => write!(f, "a locale pack whose number of texts differs from its header"),
            PackError::Placeholders(code) => write!(f, "the message of `{code}` has other placeholders than English"),
            PackError::CountryOrder => write!(f, "a locale pack whose country order is not every country once"),
            PackError::NotCompiled(l) => write!(f, "`{}` is not compiled into this build", l.tag()),
        }
    }
}

impl std::error::Error for PackError {}

/// The fingerprint of the keys of the tables a pack follows: FNV-1a over every code, text id and
/// word key, in their order.
fn fingerprint() -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut add = |bytes: &[u8]| {
        for &b in bytes.iter().chain([0x1F].iter()) {
            hash = (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    };
    Code::ALL.iter().for_each(|c| add(c.as_str().as_bytes()));
    add(b"texts");
    TEXTS.iter().for_each(|(k, _)| add(k.as_bytes()));
    add(b"words");
    WORDS.iter().for_each(|(k, _)| add(k.as_bytes()));
    add(b"countries");
    countries::codes().for_each(|code| add(code.as_bytes()));
    format!("{hash:016x}")
}

/// How many texts each table has: messages, field-set texts, words, country names.
fn counts() -> [usize; 4] {
    [Code::ALL.len(), TEXTS.len(), WORDS.len(), COUNTRY_COUNT]
}

/// The pack of `locale`, from this build's compiled tables.
pub fn write(locale: Locale) -> Result<String, PackError> {
    if locale == Locale::En || !locale.is_compiled() {
        return Err(PackError::NotCompiled(locale));
    }
    let mut fields: Vec<String> =
        vec![MAGIC.into(), FORMAT.into(), crate::VERSION.into(), locale.tag().into(), fingerprint()];
    fields.extend(counts().map(|n| n.to_string()));
    let unless_english = |text: &str, english: &str| if text == english { String::new() } else { text.to_owned() };
    for &code in Code::ALL {
        fields.push(unless_english(template(locale, code), template(Locale::En, code)));
    }
    for row in 0..TEXTS.len() {
        let row = row as u16;
        fields.push(unless_english(translations::text(row, locale), translations::text(row, Locale::En)));
    }
    for row in 0..WORDS.len() {
        fields.push(unless_english(translations::word_at(row, locale), translations::word_at(row, Locale::En)));
    }
    for country in countries::all() {
        fields.push(unless_english(country.name(locale), country.name(Locale::En)));
    }
    let order: Vec<String> = countries::sorted(locale).map(|c| c.index.to_string()).collect();
    fields.push(order.join(","));
    let mut pack = fields.join(&SEPARATOR.to_string());
    pack.push('\n');
    Ok(pack)
}

/// Reads a pack, checks it against this build and keeps it: from now on the texts of its locale
/// come from it (where the locale is not compiled in). Loading a locale again keeps the first
/// pack. Returns the pack's locale.
pub fn load(pack: &str) -> Result<Locale, PackError> {
    let (locale, country_order) = check(pack)?;
    if !locale.is_compiled() && !pack_store::is_loaded(locale) {
        let kept: &'static str = Box::leak(pack.to_owned().into_boxed_str());
        let mut entries = kept.trim_end_matches('\n').split(SEPARATOR).skip(HEADER_FIELDS);
        let mut take = |n: usize| entries.by_ref().take(n).collect::<Vec<_>>();
        let mut messages = take(Code::ALL.len());
        // The messages only native builds give are blank in a WebAssembly build (`build.rs`).
        for (text, &code) in messages.iter_mut().zip(Code::ALL) {
            if template(Locale::En, code).is_empty() {
                *text = "";
            }
        }
        let texts = take(TEXTS.len());
        let words = take(WORDS.len());
        let country_names = take(COUNTRY_COUNT);
        let loaded = Loaded { messages, texts, words, country_names, country_order };
        pack_store::install(locale, loaded);
    }
    Ok(locale)
}

/// The locale and the country order of a pack written for this build, or why it is not one.
fn check(pack: &str) -> Result<(Locale, Vec<u8>), PackError> {
    let fields: Vec<&str> = pack.trim_end_matches('\n').split(SEPARATOR).collect();
    if fields.len() < HEADER_FIELDS || fields[0] != MAGIC || fields[1] != FORMAT {
        return Err(PackError::NotAPack);
    }
    if fields[2] != crate::VERSION {
        return Err(PackError::OtherVersion(fields[2].chars().take(40).collect()));
    }
    let tag = fields[3];
    let locale = Locale::ALL[1..]
        .iter()
        .copied()
        .find(|l| l.tag() == tag)
        .ok_or_else(|| PackError::UnknownLocale(tag.chars().take(40).collect()))?;
    let counts = counts();
    let stated: Vec<Option<usize>> = fields[5..HEADER_FIELDS].iter().map(|n| n.parse().ok()).collect();
    if fields[4] != fingerprint() || stated.iter().zip(counts).any(|(s, n)| *s != Some(n)) {
        return Err(PackError::OtherTables);
    }
    // The texts, then the one field of the country order.
    if fields.len() != HEADER_FIELDS + counts.iter().sum::<usize>() + 1 {
        return Err(PackError::WrongLength);
    }
    for (text, &code) in fields[HEADER_FIELDS..].iter().zip(Code::ALL) {
        let english = template(Locale::En, code);
        if !text.is_empty() && !english.is_empty() && !same_placeholders(text, english) {
            return Err(PackError::Placeholders(code.as_str()));
        }
    }
    let order = country_order(fields[fields.len() - 1], counts[3]).ok_or(PackError::CountryOrder)?;
    Ok((locale, order))
}

/// The country rows of an order field, if it holds each of the `count` rows once.
fn country_order(field: &str, count: usize) -> Option<Vec<u8>> {
    let order: Vec<u8> = field.split(',').map(|n| n.parse().ok()).collect::<Option<_>>()?;
    let mut seen = vec![false; count];
    for &row in &order {
        let slot = seen.get_mut(usize::from(row))?;
        if std::mem::replace(slot, true) {
            return None;
        }
    }
    (order.len() == count).then_some(order)
}

/// Whether two templates use the same `{key}` placeholders, each as often, in any order (a
/// translation may order them otherwise). Counted, not sorted: no sort code in the module.
fn same_placeholders(a: &str, b: &str) -> bool {
    let (a, b) = (placeholders(a), placeholders(b));
    let count = |keys: &[&str], key: &str| keys.iter().filter(|k| **k == key).count();
    a.len() == b.len() && a.iter().all(|key| count(&a, key) == count(&b, key))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields_of(pack: &str) -> Vec<&str> {
        pack.trim_end_matches('\n').split(SEPARATOR).collect()
    }

    /// A compiled locale other than English, if the build has one.
    fn other() -> Option<Locale> {
        Locale::ALL.iter().copied().find(|l| *l != Locale::En && l.is_compiled())
    }

    #[test]
    fn a_written_pack_holds_every_translation() {
        let Some(locale) = other() else { return };
        let pack = write(locale).unwrap();
        let (checked, order) = check(&pack).unwrap();
        assert_eq!(checked, locale);
        let sorted: Vec<u8> = countries::sorted(locale).map(|c| c.index as u8).collect();
        assert_eq!(order, sorted);
        let names = &fields_of(&pack)[HEADER_FIELDS + Code::ALL.len() + TEXTS.len() + WORDS.len()..];
        for (name, country) in names.iter().zip(countries::all()) {
            assert_eq!(if name.is_empty() { country.name(Locale::En) } else { *name }, country.name(locale));
        }
        let fields = fields_of(&pack);
        let messages = &fields[HEADER_FIELDS..HEADER_FIELDS + Code::ALL.len()];
        for (text, &code) in messages.iter().zip(Code::ALL) {
            let expected = template(locale, code);
            let english = template(Locale::En, code);
            assert_eq!(if text.is_empty() { english } else { *text }, expected, "{}", code.as_str());
        }
        let texts = &fields[HEADER_FIELDS + Code::ALL.len()..][..TEXTS.len()];
        for (row, text) in texts.iter().enumerate() {
            let row = row as u16;
            let expected = translations::text(row, locale);
            assert_eq!(if text.is_empty() { translations::text(row, Locale::En) } else { *text }, expected);
        }
        // Most texts differ from English: a pack of empty fields would pass the loops above.
        assert!(texts.iter().filter(|t| !t.is_empty()).count() > TEXTS.len() / 2);
        assert_eq!(write(Locale::En), Err(PackError::NotCompiled(Locale::En)));
    }

    #[test]
    fn placeholders_are_compared_in_any_order() {
        assert!(same_placeholders("{a} {b} {a}", "{b}{a}{a}"));
        assert!(!same_placeholders("{a} {b} {a}", "{b} {b} {a}"));
        assert!(!same_placeholders("{a}", "{a} {a}"));
        assert!(same_placeholders("none", "keine"));
    }

    #[test]
    fn packs_for_other_builds_are_refused() {
        let Some(locale) = other() else { return };
        let pack = write(locale).unwrap();
        let sep = SEPARATOR.to_string();
        let with_field = |i: usize, value: &str| {
            let mut fields: Vec<&str> = pack.split(SEPARATOR).collect();
            fields[i] = value;
            fields.join(&sep)
        };
        assert_eq!(load("Hallo"), Err(PackError::NotAPack));
        assert_eq!(load(""), Err(PackError::NotAPack));
        assert_eq!(load(&with_field(1, "2")), Err(PackError::NotAPack));
        assert_eq!(load(&with_field(2, "0.0.1")), Err(PackError::OtherVersion("0.0.1".into())));
        assert_eq!(load(&with_field(3, "en")), Err(PackError::UnknownLocale("en".into())));
        assert_eq!(load(&with_field(3, "xx")), Err(PackError::UnknownLocale("xx".into())));
        assert_eq!(load(&with_field(4, "0000000000000000")), Err(PackError::OtherTables));
        assert_eq!(load(&with_field(5, "1")), Err(PackError::OtherTables));
        assert_eq!(load(&format!("{}{sep}extra", pack.trim_end())), Err(PackError::WrongLength));
        let last = fields_of(&pack).len() - 1;
        let order = fields_of(&pack)[last].to_owned();
        let twice = order.replacen(&format!(",{}", order.rsplit(',').next().unwrap()), ",0", 1);
        assert_eq!(load(&with_field(last, &twice)), Err(PackError::CountryOrder));
        assert_eq!(load(&with_field(last, &order[..order.rfind(',').unwrap()])), Err(PackError::CountryOrder));
        assert_eq!(load(&with_field(last, "")), Err(PackError::CountryOrder));
        let code = Code::ALL.iter().position(|c| template(Locale::En, *c).contains('{')).unwrap();
        let shifted = with_field(HEADER_FIELDS + code, "{elsewhere}");
        assert_eq!(load(&shifted), Err(PackError::Placeholders(Code::ALL[code].as_str())));
        assert_eq!(load(&pack), Ok(locale));
        let message = PackError::UnknownLocale("xx".into()).to_string();
        assert!(message.contains("xx") && message.contains(locale.tag()), "{message}");
    }
}
