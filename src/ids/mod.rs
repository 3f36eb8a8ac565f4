//! Identifier check algorithms: the registration and VAT numbers that ccTLD order fields ask for
//! (Danish CVR, Italian codice fiscale, Spanish NIF, ...), each with its format and check digit.
//!
//! Every check takes the number as typed, strips the separators people write (spaces, dots,
//! hyphens, slashes), upper-cases it, and returns the compact form or the reason it is invalid.
//! The algorithms are the published ones; each module cites where they are described. Test
//! numbers come from python-stdnum's test data, an independent implementation.

pub(crate) mod au;
pub(crate) mod ch;
pub(crate) mod de;
pub(crate) mod dk;
pub(crate) mod duns;
pub(crate) mod es;
pub(crate) mod eu_vat;
pub(crate) mod fi;
pub(crate) mod fr;
pub(crate) mod it;
pub(crate) mod no;
pub(crate) mod pt;
pub(crate) mod ro;
pub(crate) mod se;

use crate::source::Source;

/// Why a number is not valid.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IdError {
    /// Nothing was given.
    Empty,
    /// The number has the wrong length (after separators are removed).
    Length,
    /// A character where none of its kind belongs (a letter among digits, say), or a prefix or
    /// structure the format does not have.
    Format,
    /// A part of the number names something that does not exist (a month, an office code, a
    /// country prefix).
    Component,
    /// Well formed, but the check digit does not match: probably a typing error.
    Checksum,
}

impl IdError {
    /// A short stable name for params (`length`, `format`, `component`, `checksum`, `empty`).
    pub fn as_str(self) -> &'static str {
        match self {
            IdError::Empty => "empty",
            IdError::Length => "length",
            IdError::Format => "format",
            IdError::Component => "component",
            IdError::Checksum => "checksum",
        }
    }
}

/// How much a valid result says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Strength {
    /// Format and check digit (or check characters) verified.
    Checksum,
    /// Only the format is verified: the number's scheme has no check digit the engine knows.
    FormatOnly,
}

impl Strength {
    /// A short stable name (`checksum`, `format-only`), as schemas and the CLI write it.
    pub fn as_str(self) -> &'static str {
        match self {
            Strength::Checksum => "checksum",
            Strength::FormatOnly => "format-only",
        }
    }
}

/// A number that passed its check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Valid {
    /// The number without separators, upper case, with its prefix if it was typed with one.
    pub compact: String,
    /// What was verified.
    pub strength: Strength,
}

/// One identifier scheme.
#[derive(Debug, Clone, Copy)]
pub struct IdFormat {
    /// The name used in form schemas (`dk-cvr`).
    pub name: &'static str,
    /// Checks a typed number.
    pub check: fn(&str) -> Result<Valid, IdError>,
    /// Where the format and algorithm are described.
    pub source: Source,
}

/// Every scheme, by name.
pub const FORMATS: &[IdFormat] = &[
    dk::CVR,
    it::CODICE_FISCALE,
    it::PARTITA_IVA,
    it::PARTITA_IVA_OR_NA,
    de::VAT,
    es::DNI,
    es::NIE,
    es::CIF,
    es::NIF,
    fi::HETU,
    fi::YTUNNUS,
    no::ORGNR,
    se::ORGNR,
    se::PERSONNUMMER,
    pt::NIF,
    ro::CUI,
    fr::SIREN,
    fr::SIRET,
    fr::LEGAL_ID,
    duns::DUNS,
    au::ABN,
    au::ACN,
    ch::UID,
    eu_vat::EU_VAT,
];

/// The scheme with this name.
pub fn format(name: &str) -> Option<&'static IdFormat> {
    FORMATS.iter().find(|f| f.name == name)
}

/// Checks `input` against the scheme `name`; `None` when there is no such scheme.
pub fn check(name: &str, input: &str) -> Option<Result<Valid, IdError>> {
    format(name).map(|f| (f.check)(input))
}

/// The number without the separators people type (space, no-break space, `-`, `.`, `/`, `,`,
/// `:`), its ASCII letters in upper case (every scheme is ASCII; python-stdnum's `upper()` would
/// also turn `ß` into `SS`, which no scheme has either). The colon is typed after a prefix (`DK: 21599336`, `EL: 094269805`);
/// python-stdnum's compact() of the Danish, Greek, Italian and Luxembourg numbers removes it too
/// (https://github.com/arthurdejong/python-stdnum/blob/master/stdnum/dk/cvr.py and gr/vat.py,
/// it/iva.py, lu/tva.py beside it; python-stdnum 2.2, read 2026-12-07).
pub(crate) fn compact(input: &str) -> String {
    input
        .chars()
        .filter(|c| !matches!(c, ' ' | '-' | '.' | '/' | ',' | ':' | '\u{A0}'))
        .map(|c| c.to_ascii_uppercase())
        .collect()
}

/// [`compact`], refusing an input with nothing left.
pub(crate) fn prepared(input: &str) -> Result<String, IdError> {
    let text = compact(input);
    // Every scheme is ASCII; refusing anything else here also keeps byte slicing safe.
    if text.is_empty() {
        Err(IdError::Empty)
    } else if !text.is_ascii() {
        Err(IdError::Format)
    } else {
        Ok(text)
    }
}

/// `text` without a leading two-letter country `prefix`, if it has one.
pub(crate) fn strip_prefix<'a>(text: &'a str, prefix: &str) -> &'a str {
    text.strip_prefix(prefix).unwrap_or(text)
}

/// Checks that `text` is all ASCII digits and `len` of them.
pub(crate) fn digits(text: &str, len: usize) -> Result<(), IdError> {
    if text.is_empty() {
        return Err(IdError::Empty);
    }
    if !text.bytes().all(|b| b.is_ascii_digit()) {
        return Err(IdError::Format);
    }
    if text.len() != len {
        return Err(IdError::Length);
    }
    Ok(())
}

/// The value of ASCII digit `b`.
pub(crate) fn value(b: u8) -> u32 {
    u32::from(b - b'0')
}

/// The sum of the digits of `text` multiplied by `weights` (as many as there are weights).
pub(crate) fn weighted_sum(text: &str, weights: &[u32]) -> u32 {
    text.bytes().zip(weights).map(|(b, w)| value(b) * w).sum()
}

/// Whether a string of ASCII digits passes the Luhn (mod 10) check.
pub(crate) fn luhn(text: &str) -> bool {
    let sum: u32 = text
        .bytes()
        .rev()
        .enumerate()
        .map(|(i, b)| {
            let d = value(b);
            if i % 2 == 1 {
                let doubled = d * 2;
                if doubled > 9 { doubled - 9 } else { doubled }
            } else {
                d
            }
        })
        .sum();
    sum % 10 == 0
}

/// A valid result with a check digit verified.
pub(crate) fn verified(compact: impl Into<String>) -> Result<Valid, IdError> {
    Ok(Valid { compact: compact.into(), strength: Strength::Checksum })
}

/// python-stdnum, the reference implementation the algorithms were compared with.
pub(crate) const fn stdnum(url: &'static str) -> Source {
    Source::new(url, "python-stdnum 2.2; read 2026-11-28")
}

/// Whether day/month/year is a real date of the (proleptic) Gregorian calendar: the one calendar
/// check of every date-bearing number (Italian codice fiscale, Finnish henkilötunnus, Swedish
/// personnummer) and of the order forms' dates. A year is a leap year when divisible by 4, but
/// not by 100 unless by 400 (US Naval Observatory, "Leap Years",
/// http://aa.usno.navy.mil/faq/docs/leap_years.php, read 2026-12-07).
pub(crate) fn is_date(year: u32, month: u32, day: u32) -> bool {
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&day)
}

/// Today's date (UTC) as year, month and day, for numbers whose century depends on it (the
/// Swedish personnummer). WebAssembly in a browser or Node.js has no system clock in std
/// (`SystemTime::now` panics on wasm32-unknown-unknown), so there the host's `Date.now()` is read.
pub(crate) fn today() -> (i64, u32, u32) {
    civil_from_days(days_since_epoch())
}

/// Today as whole days since 1970-01-01 (UTC).
pub fn today_in_days() -> i64 {
    days_since_epoch()
}

/// Whole days since 1970-01-01 of a Gregorian date: Howard Hinnant's `days_from_civil` (same
/// page as [`civil_from_days`]), its inverse.
pub(crate) fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let year_of_era = year.rem_euclid(400);
    let shifted_month = i64::from(if month > 2 { month - 3 } else { month + 9 });
    let day_of_year = (153 * shifted_month + 2) / 5 + i64::from(day) - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

/// Whole days since 1970-01-01 (UTC), from the JavaScript host's clock.
#[cfg(all(target_arch = "wasm32", target_os = "unknown"))]
fn days_since_epoch() -> i64 {
    (js_sys::Date::now() / 86_400_000.0).floor() as i64
}

/// Whole days since 1970-01-01 (UTC), from the system clock.
#[cfg(not(all(target_arch = "wasm32", target_os = "unknown")))]
fn days_since_epoch() -> i64 {
    use std::time::{SystemTime, UNIX_EPOCH};
    match SystemTime::now().duration_since(UNIX_EPOCH) {
        Ok(after) => (after.as_secs() / 86_400) as i64,
        // A clock set before 1970: the day that second falls in, counted backwards.
        Err(before) => -(before.duration().as_secs().div_ceil(86_400) as i64),
    }
}

/// The Gregorian date (year, month, day) of a count of days since 1970-01-01: Howard Hinnant's
/// `civil_from_days` (http://howardhinnant.github.io/date_algorithms.html#civil_from_days, read
/// 2026-12-07), which counts in 400-year eras starting on 1 March.
pub fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z.rem_euclid(146_097); // 0 to 146096
    let year_of_era = (day_of_era - day_of_era / 1_460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100); // 0 to 365
    let shifted_month = (5 * day_of_year + 2) / 153; // 0 is March
    let day = (day_of_year - (153 * shifted_month + 2) / 5 + 1) as u32;
    let month = if shifted_month < 10 { shifted_month + 3 } else { shifted_month - 9 } as u32;
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compact_removes_separators_and_upper_cases() {
        assert_eq!(compact(" dk 13-58.56/28 "), "DK13585628");
        assert_eq!(compact("DK: 21599336"), "DK21599336");
        // Upper case in ASCII alone: `ß` or the long `ſ` stay as they are (and are refused as
        // no scheme's), rather than becoming `SS` and `S`.
        assert_eq!(compact("de ßſ1"), "DEßſ1");
        assert!(luhn("79927398713"));
        assert!(!luhn("79927398710"));
    }

    #[test]
    fn format_names_are_unique_and_cited() {
        let mut names: Vec<&str> = FORMATS.iter().map(|f| f.name).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), FORMATS.len());
        for f in FORMATS {
            assert!(f.source.url().starts_with("https://"), "{}", f.name);
            assert_eq!((f.check)(""), Err(IdError::Empty), "{}", f.name);
            assert_eq!((f.check)("  -  "), Err(IdError::Empty), "{}", f.name);
        }
    }

    #[test]
    fn calendar_dates() {
        assert!(is_date(2000, 2, 29) && is_date(2024, 2, 29) && is_date(1600, 2, 29));
        assert!(!is_date(1900, 2, 29) && !is_date(2023, 2, 29) && !is_date(2100, 2, 29));
        assert!(!is_date(2024, 2, 30) && !is_date(2024, 4, 31) && is_date(2024, 3, 31));
        assert!(!is_date(2024, 0, 1) && !is_date(2024, 13, 1) && !is_date(2024, 1, 0));
    }

    #[test]
    fn days_become_dates() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(-1), (1969, 12, 31));
        assert_eq!(civil_from_days(10_957 + 59), (2000, 2, 29));
        assert_eq!(civil_from_days(10_957 + 60), (2000, 3, 1));
        assert_eq!(civil_from_days(-25_508), (1900, 3, 1));
        assert_eq!(civil_from_days(20_794), (2026, 12, 7));
        // Every day of 1600 to 2400 follows the one before it.
        let mut previous = civil_from_days(-135_140);
        assert_eq!(previous, (1600, 1, 1));
        for days in -135_139..=157_054 {
            let (y, m, d) = civil_from_days(days);
            assert!(is_date(y as u32, m, d), "{y}-{m}-{d}");
            let next_day = (previous.0, previous.1, previous.2 + 1);
            let next_month = (previous.0, previous.1 + 1, 1);
            let next_year = (previous.0 + 1, 1, 1);
            assert!([next_day, next_month, next_year].contains(&(y, m, d)), "{previous:?} then {y}-{m}-{d}");
            previous = (y, m, d);
        }
        assert_eq!(previous, (2400, 1, 1));
        let (year, _, _) = today();
        assert!((2026..2200).contains(&year));
    }
}
