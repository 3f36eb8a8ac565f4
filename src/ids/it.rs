//! Italy: the personal codice fiscale and the partita IVA (also the numeric codice fiscale of
//! companies and other entities).

use super::{IdError, IdFormat, Valid, digits, is_date, luhn, prepared, stdnum, strip_prefix, verified};

/// Codice fiscale of a person: 16 characters (surname, name, birth date, place, check letter),
/// with omocodia letters allowed in the digit places; also accepts the 11-digit numeric form.
pub const CODICE_FISCALE: IdFormat = IdFormat {
    name: "it-codice-fiscale",
    check: codice_fiscale,
    source: stdnum("https://github.com/arthurdejong/python-stdnum/blob/master/stdnum/it/codicefiscale.py"),
};

/// Partita IVA: 11 digits (optionally `IT`), Luhn check digit, a real office code.
pub const PARTITA_IVA: IdFormat = IdFormat {
    name: "it-partita-iva",
    check: partita_iva,
    source: stdnum("https://github.com/arthurdejong/python-stdnum/blob/master/stdnum/it/iva.py"),
};

/// The month letters, January to December.
const MONTHS: &[u8; 12] = b"ABCDEHLMPRST";
/// The letters that stand for 0 to 9 where two people would share a code (omocodia).
const OMOCODIA: &[u8; 10] = b"LMNPQRSTUV";
/// The positions (0-based) that hold digits or their omocodia letters.
const DIGIT_PLACES: [usize; 7] = [6, 7, 9, 10, 12, 13, 14];
/// Values of characters at odd (1-based) positions, for A to Z; digit d takes the value of
/// the d-th letter.
const ODD: [u32; 26] = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];

/// Whether the birth date in positions 7 to 11 (year, month letter, day) is a real date, with
/// omocodia letters read as digits.
///
/// The day is the day of the month for a man and the day plus 40 for a woman, so 1 to 31 or 41 to
/// 71 (https://it.wikipedia.org/wiki/Codice_fiscale, "Generazione del codice fiscale", read
/// 2026-12-07). python-stdnum reads the day modulo 40 and so also takes 81 to 91; no rule writes
/// those, and they are refused here.
///
/// The year has two digits and no century. python-stdnum's `get_birth_date` places it in 1920 to
/// 2019 (`minyear=1920`) and refuses 29 February when that year is a common year
/// (https://github.com/arthurdejong/python-stdnum/blob/master/stdnum/it/codicefiscale.py,
/// python-stdnum 2.2, read 2026-12-07). The same window is used here: in it, and in any window
/// of a hundred years between 1901 and 2099, 29 February exists exactly when the two digits are
/// divisible by 4 (00 is 2000, a leap year), so a code is never refused for a century it might
/// not be in, and 29 February of the other years (`…01B69…`, a woman born on 29 February 2001)
/// is refused as python-stdnum refuses it.
fn is_birth_date(bytes: &[u8]) -> bool {
    let digit = |i: usize| -> u32 {
        let b = bytes[i];
        if b.is_ascii_digit() { u32::from(b - b'0') } else { OMOCODIA.iter().position(|&o| o == b).unwrap_or(0) as u32 }
    };
    let Some(month) = MONTHS.iter().position(|&m| m == bytes[8]) else { return false };
    let two_digits = digit(6) * 10 + digit(7);
    let year = if two_digits < 20 { 2000 + two_digits } else { 1900 + two_digits };
    let day = match digit(9) * 10 + digit(10) {
        day @ 41..=71 => day - 40,
        day => day,
    };
    is_date(year, month as u32 + 1, day)
}

fn codice_fiscale(input: &str) -> Result<Valid, IdError> {
    let text = prepared(input)?;
    if text.len() == 11 {
        return partita_iva(&text);
    }
    if text.len() != 16 {
        return Err(if text.is_ascii() { IdError::Length } else { IdError::Format });
    }
    let bytes = text.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        let ok = if DIGIT_PLACES.contains(&i) {
            b.is_ascii_digit() || OMOCODIA.contains(&b)
        } else {
            b.is_ascii_uppercase()
        };
        if !ok {
            return Err(IdError::Format);
        }
    }
    if !is_birth_date(bytes) {
        return Err(IdError::Component);
    }
    let sum: u32 = bytes[..15]
        .iter()
        .enumerate()
        .map(|(i, &b)| {
            let index = if b.is_ascii_digit() { usize::from(b - b'0') } else { usize::from(b - b'A') };
            // 1-based odd positions are the 0-based even ones.
            if i % 2 == 0 { ODD[index] } else { index as u32 }
        })
        .sum();
    if bytes[15] != b'A' + (sum % 26) as u8 {
        return Err(IdError::Checksum);
    }
    verified(text)
}

/// The PIN of an Italian non-profit organisation (entity type 4): its partita IVA or numeric
/// codice fiscale, or `n.a.` when it has none.
pub const PARTITA_IVA_OR_NA: IdFormat = IdFormat {
    name: "it-partita-iva-or-na",
    check: partita_iva_or_na,
    source: stdnum("https://github.com/arthurdejong/python-stdnum/blob/master/stdnum/it/iva.py"),
};

fn partita_iva_or_na(input: &str) -> Result<Valid, IdError> {
    // `compact` drops the dots of `n.a.`.
    if prepared(input)? == "NA" {
        return Ok(Valid { compact: "n.a.".to_owned(), strength: super::Strength::FormatOnly });
    }
    partita_iva(input)
}

fn partita_iva(input: &str) -> Result<Valid, IdError> {
    let text = prepared(input)?;
    let number = strip_prefix(&text, "IT");
    digits(number, 11)?;
    // The first seven digits are a serial number (never all zero), the next three the office
    // that issued it.
    let office: u32 = number[7..10].parse().map_err(|_| IdError::Format)?;
    if number.starts_with("0000000") || !((1..=100).contains(&office) || [120, 121, 888, 999].contains(&office)) {
        return Err(IdError::Component);
    }
    if !luhn(number) {
        return Err(IdError::Checksum);
    }
    verified(text)
}
