//! The countries of the generated tables ([`super::country_data`]), read once into typed rows:
//! address parts, postal-code pattern, subdivisions, calling code and number lengths, names.

use std::sync::OnceLock;

use super::country_data::{COUNT, COUNTRIES, NAMES, ORDER, SUBDIVISIONS};
use crate::locale::Locale;
use crate::pack_store;

/// A part of an address, as the address data's `require` and `fmt` letters name them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// The street (`A`).
    Street,
    /// The city (`C`).
    City,
    /// The state, province or region (`S`).
    State,
    /// The postal code (`Z`).
    PostalCode,
}

impl Part {
    fn letter(self) -> char {
        match self {
            Part::Street => 'A',
            Part::City => 'C',
            Part::State => 'S',
            Part::PostalCode => 'Z',
        }
    }
}

/// One country's address and phone rules.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Country {
    /// ISO 3166-1 alpha-2.
    pub code: &'static str,
    /// Its row in the tables (and in [`NAMES`]).
    pub index: usize,
    /// The calling code (`49`), if the country has one.
    pub calling_code: Option<u16>,
    /// Bit `n` set: a national number of `n` digits is possible.
    pub phone_lengths: u32,
    /// The trunk prefixes typed before a national number, comma-separated, longest first
    /// (`0`; `80,8,0` in Belarus), or empty.
    pub trunk_prefixes: &'static str,
    /// The parts an address must have (letters `A`, `C`, `S`, `Z`).
    required: &'static str,
    /// The address format (`%N%n%O%n%A%n%Z %C`).
    pub format: &'static str,
    /// What the state is called (`state`, `province`, `prefecture`, ...).
    pub state_kind: &'static str,
    /// What the postal code is called (`postal`, `zip`, `pin`, `eircode`).
    pub postal_kind: &'static str,
    /// What the city is called (`city`, `post_town`, `suburb`, `district`).
    pub city_kind: &'static str,
    /// The postal-code pattern, if the country has postal codes.
    pub postal_pattern: Option<&'static str>,
    /// Example postal codes, comma-separated (empty when none).
    pub postal_examples: &'static str,
    /// The parts written in capitals (letters as in `required`).
    pub upper: &'static str,
    /// An example national number (libphonenumber's fixed-line example), or empty.
    pub phone_example: &'static str,
    /// The first-level subdivisions, where addresses require one.
    pub subdivisions: Vec<Subdivision>,
    /// The name in en, de, fr, it, da (empty where it is the English one).
    names: [&'static str; 5],
}

/// A state, province or other first-level subdivision.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Subdivision {
    /// The code the post uses (`CA`, `ON`, `MI`), or the name where there is none.
    pub key: &'static str,
    /// The ISO 3166-2 code without the country (`CA` of `US-CA`), or empty.
    pub iso: &'static str,
    /// The postal-code prefix pattern of the subdivision, or empty.
    pub postal_prefix: &'static str,
    /// The name to show, in en, de, fr, it, da (empty where it is the English one).
    names: [&'static str; 5],
    /// Other names accepted when typed, separated by `|`.
    pub other_names: &'static str,
}

impl Subdivision {
    /// The name in `locale`.
    pub fn name(&self, locale: Locale) -> &'static str {
        Some(self.names[locale_index(locale)]).filter(|n| !n.is_empty()).unwrap_or(self.names[0])
    }

    /// The value sent for it: the ISO 3166-2 code without the country (`CA`, `ON`, `MI`) where it
    /// has letters, else the key where it is Latin, else the English name (Japanese prefectures
    /// have numbers in ISO 3166-2 and Japanese keys: `Tokyo` is sent).
    pub fn code(&self) -> &'static str {
        if self.iso.bytes().any(|b| b.is_ascii_alphabetic()) {
            self.iso
        } else if !self.key.is_empty() && self.key.is_ascii() {
            self.key
        } else {
            self.names[0]
        }
    }

    /// Whether `typed` names this subdivision: its code, key, ISO code or a name in any
    /// language, ignoring case, accents, dots and spaces.
    pub fn is_named(&self, country: &str, typed: &str) -> bool {
        self.is_named_folded(country, &fold(typed))
    }

    /// [`Subdivision::is_named`] for a name already folded.
    fn is_named_folded(&self, country: &str, typed: &str) -> bool {
        if typed.is_empty() {
            return false;
        }
        // `US-CA` as well as `CA`: the folded form drops the hyphen.
        let full_iso = fold(country) + &fold(self.iso);
        !self.iso.is_empty() && *typed == full_iso
            || [self.key, self.iso, self.code()]
                .into_iter()
                .chain(self.names)
                .chain(self.other_names.split('|'))
                .any(|name| !name.is_empty() && fold(name) == *typed)
    }
}

/// A name folded for comparison: lower case, Latin letters without their accents, without dots,
/// hyphens, apostrophes and spaces (`Québec` and `quebec`, `Val-d'Oise` and `val d oise`).
fn fold(text: &str) -> String {
    text.chars()
        .filter(|c| !matches!(c, '.' | '-' | ' ' | '\'' | '\u{2019}'))
        .flat_map(char::to_lowercase)
        .map(base_letter)
        .collect()
}

/// The letter without its accent, for the accented lower-case letters of Latin-1 and Latin
/// Extended-A (and the comma-below letters of Romanian); any other character as it is.
fn base_letter(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => 'c',
        'ď' | 'đ' => 'd',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => 'e',
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => 'g',
        'ĥ' | 'ħ' => 'h',
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => 'i',
        'ĵ' => 'j',
        'ķ' => 'k',
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => 'l',
        'ñ' | 'ń' | 'ņ' | 'ň' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => 'o',
        'ŕ' | 'ŗ' | 'ř' => 'r',
        'ś' | 'ŝ' | 'ş' | 'š' | 'ș' => 's',
        'ţ' | 'ť' | 'ŧ' | 'ț' => 't',
        'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => 'u',
        'ŵ' => 'w',
        'ý' | 'ÿ' | 'ŷ' => 'y',
        'ź' | 'ż' | 'ž' => 'z',
        c => c,
    }
}

impl Country {
    /// Whether addresses in this country must have `part`.
    pub fn requires(&self, part: Part) -> bool {
        self.required.contains(part.letter())
    }

    /// Whether addresses in this country have `part` at all (its format names it).
    pub fn uses(&self, part: Part) -> bool {
        self.format.contains(&format!("%{}", part.letter()))
    }

    /// Whether `part` is written in capitals.
    pub fn upper_case(&self, part: Part) -> bool {
        self.upper.contains(part.letter())
    }

    /// The country's name in `locale` (from its locale pack where the build leaves the names to
    /// the packs).
    pub fn name(&self, locale: Locale) -> &'static str {
        Some(self.names[locale_index(locale)])
            .filter(|n| !n.is_empty())
            .or_else(|| pack_store::country_name(locale, self.index))
            .unwrap_or(self.names[0])
    }

    /// The first example postal code.
    pub fn postal_example(&self) -> Option<&'static str> {
        self.postal_examples.split(',').next().filter(|e| !e.is_empty())
    }

    /// An example phone number in the EPP form (`+49.30123456`), if the country has one.
    pub fn phone_example_epp(&self) -> Option<String> {
        let code = self.calling_code?;
        Some(self.phone_example).filter(|e| !e.is_empty()).map(|e| format!("+{code}.{e}"))
    }

    /// How many characters follow the space in most of the example postal codes (3 for Canada
    /// and the UK, whose BFPO codes differ; 2 for the Netherlands), where most examples have one
    /// space: a code typed without it gets it, if that is a code of the country too.
    pub fn postal_space_from_end(&self) -> Option<usize> {
        let examples: Vec<&str> = self.postal_examples.split(',').filter(|e| !e.is_empty()).collect();
        let mut counts = [0usize; 8];
        for example in &examples {
            if let Some(at) = example.find(' ').filter(|_| example.matches(' ').count() == 1) {
                counts[(example.len() - at - 1).min(7)] += 1;
            }
        }
        let (distance, count) = counts.iter().enumerate().max_by_key(|(_, c)| **c)?;
        (*count * 2 > examples.len() && distance > 0).then_some(distance)
    }

    /// Whether a national number of `digits` digits is possible.
    pub fn phone_length_possible(&self, digits: usize) -> bool {
        digits < 32 && self.phone_lengths & (1 << digits) != 0
    }

    /// The subdivision `typed` names.
    pub fn subdivision(&self, typed: &str) -> Option<&Subdivision> {
        // Folded once: no name is longer than a postal line, so a longer text names none.
        if typed.chars().count() > 255 {
            return None;
        }
        let folded = fold(typed);
        self.subdivisions.iter().find(|s| s.is_named_folded(self.code, &folded))
    }
}

/// The locales of the generated names and orders, in their columns' order (`LOCALES` of
/// `tools/gen_address.py`: CLDR has every language, so a new locale is one more entry there).
const DATA_LOCALES: [&str; 5] = ["en", "de", "fr", "it", "da"];

/// The column of `locale` in the generated tables; English's for a locale they do not have.
pub fn locale_index(locale: Locale) -> usize {
    DATA_LOCALES.iter().position(|&tag| tag == locale.tag()).unwrap_or(0)
}

/// Every country, sorted by code.
pub fn all() -> &'static [Country] {
    static ROWS: OnceLock<Vec<Country>> = OnceLock::new();
    ROWS.get_or_init(read)
}

/// Every country's code, in the order of the rows, read from the table's text without building
/// the rows (for a locale pack's fingerprint, which must not cost a page's start-up the rows).
pub fn codes() -> impl Iterator<Item = &'static str> {
    COUNTRIES.lines().map(|line| line.split('\t').next().unwrap_or(""))
}

/// The country with this ISO 3166-1 alpha-2 code (upper case).
pub fn find(code: &str) -> Option<&'static Country> {
    let rows = all();
    rows.binary_search_by(|c| c.code.cmp(code)).ok().map(|i| &rows[i])
}

/// The countries in the alphabetical order of `locale`'s names.
pub fn sorted(locale: Locale) -> impl Iterator<Item = &'static Country> {
    let rows = all();
    let order = compiled_order(locale_index(locale)).or_else(|| pack_store::country_order(locale)).unwrap_or(ORDER_EN);
    order.iter().filter_map(move |&i| rows.get(usize::from(i)))
}

/// English's order of the countries.
const ORDER_EN: &[u8] = &ORDER[0];

/// The order of data column `column`, where the build compiles it.
#[cfg(not(domain_rules_locale_packs))]
fn compiled_order(column: usize) -> Option<&'static [u8]> {
    static COLUMNS: [[u8; COUNT]; DATA_LOCALES.len()] = ORDER;
    Some(&COLUMNS[column])
}

/// The order of data column `column`: English's alone in a build that leaves the other
/// locales to their packs.
#[cfg(domain_rules_locale_packs)]
fn compiled_order(column: usize) -> Option<&'static [u8]> {
    (column == 0).then_some(ORDER_EN)
}

/// The country names of every data column the build compiles (one line per country); empty
/// where it leaves them to the locale packs (English's alone are compiled in then).
#[cfg(not(domain_rules_locale_packs))]
const COMPILED_NAMES: [&str; DATA_LOCALES.len()] = NAMES;
#[cfg(domain_rules_locale_packs)]
const COMPILED_NAMES: [&str; DATA_LOCALES.len()] = [NAMES[0], "", "", "", ""];

/// The countries whose calling code is `code`.
pub fn with_calling_code(code: u16) -> impl Iterator<Item = &'static Country> {
    all().iter().filter(move |c| c.calling_code == Some(code))
}

fn read() -> Vec<Country> {
    let mut names = COMPILED_NAMES.map(str::lines);
    let mut rows: Vec<Country> = COUNTRIES
        .lines()
        .enumerate()
        .map(|(index, line)| row(index, line, names.each_mut().map(|n| n.next().unwrap_or(""))))
        .collect();
    for line in SUBDIVISIONS.lines() {
        let field = tab_fields(line);
        if let Ok(at) = rows.binary_search_by(|c| c.code.cmp(field(0))) {
            rows[at].subdivisions.push(Subdivision {
                key: field(1),
                iso: field(2),
                postal_prefix: field(3),
                names: [field(4), field(5), field(6), field(7), field(8)],
                other_names: field(9),
            });
        }
    }
    debug_assert_eq!(rows.len(), COUNT);
    debug_assert!(rows.iter().map(|c| c.code).eq(codes()));
    rows
}

/// The tab-separated fields of a table line, by position (empty past the end).
fn tab_fields(line: &'static str) -> impl Fn(usize) -> &'static str {
    let fields: Vec<&'static str> = line.split('\t').collect();
    move |i| fields.get(i).copied().unwrap_or("")
}

fn row(index: usize, line: &'static str, names: [&'static str; 5]) -> Country {
    let field = tab_fields(line);
    let phone_lengths = field(2)
        .split(',')
        .filter_map(|n| n.parse::<u32>().ok())
        .filter(|&n| n < 32)
        .fold(0u32, |bits, n| bits | (1 << n));
    Country {
        code: field(0),
        index,
        calling_code: field(1).parse().ok(),
        phone_lengths,
        trunk_prefixes: field(3),
        required: field(4),
        format: field(5),
        state_kind: field(6),
        postal_kind: field(7),
        city_kind: field(8),
        postal_pattern: Some(field(9)).filter(|p| !p.is_empty()),
        postal_examples: field(10),
        upper: field(11),
        phone_example: field(12),
        names,
        subdivisions: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::contacts::postal_pattern;

    #[test]
    fn every_iso_code_has_a_row_in_order() {
        let codes: Vec<&str> = all().iter().map(|c| c.code).collect();
        assert_eq!(codes, crate::fields::countries::ALPHA_2.to_vec());
        for locale in Locale::ALL.iter().copied() {
            let mut seen: Vec<usize> = sorted(locale).map(|c| c.index).collect();
            seen.sort_unstable();
            assert_eq!(seen, (0..COUNT).collect::<Vec<_>>(), "{locale:?}");
            assert!(all().iter().all(|c| !c.name(locale).is_empty()));
        }
    }

    #[test]
    fn postal_patterns_are_supported() {
        // Their examples, and one character short: tests/contacts.rs, natively and in wasm.
        for country in all() {
            if let Some(pattern) = country.postal_pattern {
                assert!(postal_pattern::is_supported(pattern), "{}: {pattern}", country.code);
            }
        }
    }

    #[test]
    fn subdivisions_of_countries_that_require_a_state() {
        // 24 of the 36 countries that require a state have a list in the address data; the
        // others (AS, CR, FM, ...) take the state as typed.
        let listed = all().iter().filter(|c| c.requires(Part::State) && !c.subdivisions.is_empty()).count();
        assert_eq!(listed, 24);
        for country in all().iter().filter(|c| !c.subdivisions.is_empty()) {
            for s in &country.subdivisions {
                assert!(Locale::ALL.iter().all(|&l| !s.name(l).is_empty()), "{}: {s:?}", country.code);
                assert!(!s.code().is_empty() && s.is_named(country.code, s.code()), "{}: {s:?}", country.code);
            }
        }
        let us = find("US").expect("US");
        assert_eq!(us.subdivision("california").map(Subdivision::code), Some("CA"));
        assert_eq!(us.subdivision("US-NY").map(Subdivision::code), Some("NY"));
        let ca = find("CA").expect("CA");
        assert_eq!(ca.subdivision("Québec").map(Subdivision::code), Some("QC"));
        assert_eq!(ca.subdivision("quebec").map(Subdivision::code), Some("QC"));
    }
}
