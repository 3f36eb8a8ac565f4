//! Identifier check algorithms: the registration and VAT numbers that ccTLD order fields ask for
//! (Danish CVR, Italian codice fiscale, Spanish NIF, ...), each with its format and check digit.
//!
//! Every check takes the number as typed, strips the separators people write (spaces, dots,
//! hyphens, slashes), upper-cases it, and returns the compact form or the reason it is invalid.
//! The algorithms are the published ones; each module cites where they are described. Test
//! numbers come from python-stdnum's test data, an independent implementation.

mod au;
mod ch;
mod de;
mod dk;
mod duns;
mod es;
mod eu_vat;
mod fi;
mod fr;
mod it;
mod no;
mod pt;
mod ro;
mod se;

use crate::zone::Source;

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

/// The number without the separators people type (space, `-`, `.`, `/`, `,`), in upper case.
pub(crate) fn compact(input: &str) -> String {
    input
        .chars()
        .filter(|c| !matches!(c, ' ' | '-' | '.' | '/' | ',' | '\u{A0}'))
        .flat_map(char::to_uppercase)
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

/// Whether day/month/year is a real date of the Gregorian calendar.
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compact_removes_separators_and_upper_cases() {
        assert_eq!(compact(" dk 13-58.56/28 "), "DK13585628");
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
}
