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
    // With `SE` it is the VAT number, the 10 digits and `01`; `SE` and 10 digits would be sent as
    // neither (https://github.com/arthurdejong/python-stdnum/blob/master/stdnum/se/vat.py,
    // python-stdnum 2.2, read 2026-12-07).
    let number = match text.strip_prefix("SE") {
        Some(vat) => {
            digits(vat, 12)?;
            vat.strip_suffix("01").ok_or(IdError::Component)?
        }
        None => &text,
    };
    digits(number, 10)?;
    if !luhn(number) {
        return Err(IdError::Checksum);
    }
    verified(text)
}

fn personnummer(input: &str) -> Result<Valid, IdError> {
    personnummer_in(input, super::today().0)
}

/// The personnummer check in the calendar year `this_year` (the 10-digit form's century depends on
/// it).
///
/// The birth date is YYMMDD; between it and the last four digits a `-`, which becomes `+` in the
/// year the person turns 100; registers keep the 12-digit form with the century (18, 19 or 20)
/// (folkbokföringslagen 18 §,
/// https://www.lagboken.se/Lagboken/start/sfs/sfs/2009/200-299/d_241125-sfs-2009_272-lag-om-andring-i-folkbokforingslagen-1991_481;
/// Skatteverket, https://www4.skatteverket.se/rattsligvagledning/edition/2020.9/330245.html; both
/// read 2026-12-07). So a 10-digit number with `-` (or none) was born in the last 99 years up to
/// this one, with `+` in the hundred years before: the year python-stdnum's `get_birth_date`
/// computes (https://github.com/arthurdejong/python-stdnum/blob/master/stdnum/se/personnummer.py,
/// python-stdnum 2.2, read 2026-12-07), whose calendar decides 29 February.
///
/// A samordningsnummer (for people never registered in Sweden) adds 60 to the day (18 a § of the
/// same law); python-stdnum refuses those, they are accepted here.
fn personnummer_in(input: &str, this_year: i64) -> Result<Valid, IdError> {
    // `+` marks a person of 100 or more and must survive; other separators go.
    let text: String = input.chars().filter(|c| !matches!(c, ' ' | '-' | ':')).collect();
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
    let two_digits: i64 = short[0..2].parse().map_err(|_| IdError::Format)?;
    let month: u32 = short[2..4].parse().map_err(|_| IdError::Format)?;
    let mut day: u32 = short[4..6].parse().map_err(|_| IdError::Format)?;
    if day > 60 {
        day -= 60;
    }
    let year = if number.len() == 12 {
        number[0..4].parse().map_err(|_| IdError::Format)?
    } else {
        let mut century = this_year.div_euclid(100);
        if two_digits > this_year.rem_euclid(100) {
            century -= 1;
        }
        if text.contains('+') {
            century -= 1;
        }
        century * 100 + two_digits
    };
    if !u32::try_from(year).is_ok_and(|year| is_date(year, month, day)) {
        return Err(IdError::Component);
    }
    if !luhn(short) {
        return Err(IdError::Checksum);
    }
    verified(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_century_of_the_short_form_follows_the_year() {
        // 29 February 2000 (`-`) exists; 1900 (`+`) was a common year.
        assert!(personnummer_in("000229-0005", 2026).is_ok());
        assert_eq!(personnummer_in("000229+0005", 2026), Err(IdError::Component));
        assert_eq!(personnummer_in("0002290005", 2026).map(|v| v.compact), Ok("0002290005".into()));
        // 1928 and 1828 are both leap years; 1927 is not.
        assert!(personnummer_in("280229-0003", 2026).is_ok());
        assert!(personnummer_in("280229+0003", 2026).is_ok());
        // From 2100 on, `000229-` is 29 February 2100, a common year.
        assert!(personnummer_in("000229-0005", 2099).is_ok());
        assert_eq!(personnummer_in("000229-0005", 2101), Err(IdError::Component));
        assert_eq!(personnummer_in("010229-0004", 2026), Err(IdError::Component));
        // The 12-digit form carries its century.
        assert!(personnummer_in("200002290005", 2026).is_ok());
        assert_eq!(personnummer_in("190002290005", 2026), Err(IdError::Component));
        assert_eq!(personnummer_in("19000229+0005", 2026), Err(IdError::Component));
    }
}
