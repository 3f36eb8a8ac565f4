//! Finland: the henkilötunnus (personal identity code) and the Y-tunnus (business ID).

use super::{IdError, IdFormat, Valid, digits, prepared, stdnum, strip_prefix, verified, weighted_sum};

/// Henkilötunnus: DDMMYY, a century sign, a 3-digit individual number and a check character.
pub const HETU: IdFormat = IdFormat {
    name: "fi-hetu",
    check: hetu,
    source: stdnum("https://github.com/arthurdejong/python-stdnum/blob/master/stdnum/fi/hetu.py"),
};

/// Y-tunnus: 7 digits and a check digit (`1234567-8`); with `FI` and no hyphen, the VAT number.
pub const YTUNNUS: IdFormat = IdFormat {
    name: "fi-ytunnus",
    check: ytunnus,
    source: stdnum("https://github.com/arthurdejong/python-stdnum/blob/master/stdnum/fi/ytunnus.py"),
};

/// The check characters, indexed by the nine digits modulo 31.
const CHECK: &[u8; 31] = b"0123456789ABCDEFHJKLMNPRSTUVWXY";

fn hetu(input: &str) -> Result<Valid, IdError> {
    // The century sign may be `-`, which `compact` would remove; only spaces are separators here.
    let text: String = input.chars().filter(|c| !c.is_whitespace()).map(|c| c.to_ascii_uppercase()).collect();
    if !text.chars().any(char::is_alphanumeric) {
        return Err(IdError::Empty);
    }
    if !text.is_ascii() {
        return Err(IdError::Format);
    }
    if text.len() != 11 {
        return Err(IdError::Length);
    }
    let (date, rest) = text.split_at(6);
    digits(date, 6)?;
    let century = match rest.as_bytes()[0] {
        b'+' => 1800,
        b'-' | b'Y' | b'X' | b'W' | b'V' | b'U' => 1900,
        b'A'..=b'F' => 2000,
        _ => return Err(IdError::Format),
    };
    let individual = &rest[1..4];
    digits(individual, 3)?;
    let day: u32 = date[0..2].parse().map_err(|_| IdError::Format)?;
    let month: u32 = date[2..4].parse().map_err(|_| IdError::Format)?;
    let year: u32 = century + date[4..6].parse::<u32>().map_err(|_| IdError::Format)?;
    let number: u32 = individual.parse().map_err(|_| IdError::Format)?;
    // 002 to 899 are issued; 900 to 999 are temporary numbers, not accepted by registries.
    if !super::is_date(year, month, day) || !(2..=899).contains(&number) {
        return Err(IdError::Component);
    }
    let value: u32 = format!("{date}{individual}").parse().map_err(|_| IdError::Format)?;
    if rest.as_bytes()[4] != CHECK[(value % 31) as usize] {
        return Err(IdError::Checksum);
    }
    verified(text)
}

fn ytunnus(input: &str) -> Result<Valid, IdError> {
    let text = prepared(input)?;
    let number = strip_prefix(&text, "FI");
    digits(number, 8)?;
    if weighted_sum(number, &[7, 9, 10, 5, 8, 4, 2, 1]) % 11 != 0 {
        return Err(IdError::Checksum);
    }
    verified(text)
}
