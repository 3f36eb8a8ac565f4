//! Sweden: the organisationsnummer and the personnummer.

use super::is_date;
use super::{IdError, IdFormat, Valid, digits, luhn, prepared, stdnum, verified};

/// Organisationsnummer: 10 digits with a Luhn check digit; the VAT form is `SE`, the number and
/// `01`.
pub const ORGNR: IdFormat = IdFormat {
    name: "se-orgnr",
    check: orgnr,
    source: stdnum("https://github.com/arthurdejong/python-stdnum/blob/master/stdnum/se/orgnr.py"),
};

/// Personnummer: YYMMDD, a 3-digit serial and a Luhn check digit (10 digits, or 12 with the
/// century); the day is 61 to 91 for a samordningsnummer.
pub const PERSONNUMMER: IdFormat = IdFormat {
    name: "se-personnummer",
    check: personnummer,
    source: stdnum("https://github.com/arthurdejong/python-stdnum/blob/master/stdnum/se/personnummer.py"),
};

fn orgnr(input: &str) -> Result<Valid, IdError> {
    let text = prepared(input)?;
    let number = match text.strip_prefix("SE") {
        Some(vat) if vat.len() == 12 => vat.strip_suffix("01").ok_or(IdError::Component)?,
        Some(vat) => vat,
        None => &text,
    };
    digits(number, 10)?;
    if !luhn(number) {
        return Err(IdError::Checksum);
    }
    verified(text)
}

fn personnummer(input: &str) -> Result<Valid, IdError> {
    // `+` marks a person over 100 and must survive; other separators go.
    let text: String = input.chars().filter(|c| !matches!(c, ' ' | '-')).collect();
    if text.is_empty() {
        return Err(IdError::Empty);
    }
    if !text.is_ascii() {
        return Err(IdError::Format);
    }
    let number = text.replace('+', "");
    let short = match number.len() {
        10 => number.as_str(),
        12 => &number[2..],
        _ => return Err(if number.bytes().all(|b| b.is_ascii_digit()) { IdError::Length } else { IdError::Format }),
    };
    digits(short, 10)?;
    let month: u32 = short[2..4].parse().map_err(|_| IdError::Format)?;
    let mut day: u32 = short[4..6].parse().map_err(|_| IdError::Format)?;
    if day > 60 {
        day -= 60;
    }
    // The year's century is not always known; 2000 is a leap year, so 29 February passes.
    let year = if number.len() == 12 { number[0..4].parse().map_err(|_| IdError::Format)? } else { 2000 };
    if !is_date(year, month, day) {
        return Err(IdError::Component);
    }
    if !luhn(short) {
        return Err(IdError::Checksum);
    }
    verified(text)
}
