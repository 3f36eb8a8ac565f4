//! EU VAT numbers: the two-letter prefix (EL for Greece, XI for Northern Ireland) chooses the
//! member state's own rule.

mod states;

use super::{IdError, IdFormat, Strength, Valid, prepared, stdnum, value, weighted_sum};

/// Any EU VAT number, checked by its member state's rule: the national formats where the engine
/// has one (DK, DE, IT, ES, FI, SE, PT, RO), the rules below (AT, BE, FR, NL, PL) and those of
/// the `states` module for the others.
pub const EU_VAT: IdFormat = IdFormat {
    name: "eu-vat",
    check: vat,
    source: stdnum("https://github.com/arthurdejong/python-stdnum/blob/master/stdnum/eu/vat.py"),
};

/// The prefixes of VAT numbers: the EU member states (Greece as EL) and Northern Ireland (XI).
pub const PREFIXES: &[&str] = &[
    "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "EL", "ES", "FI", "FR", "HR", "HU", "IE", "IT", "LT", "LU", "LV",
    "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK", "XI",
];

fn vat(input: &str) -> Result<Valid, IdError> {
    let typed = prepared(input)?;
    if typed.len() < 3 || !typed.is_char_boundary(2) {
        return Err(IdError::Format);
    }
    let (prefix, number) = typed.split_at(2);
    if !PREFIXES.contains(&prefix) {
        return Err(if prefix.bytes().all(|b| b.is_ascii_uppercase()) { IdError::Component } else { IdError::Format });
    }
    let text = format!("{prefix}{}", restored(prefix, number));
    let number = &text[2..];
    let national = |name: &str| super::check(name, &text).unwrap_or(Err(IdError::Component));
    let checked = match prefix {
        "DK" => national("dk-cvr"),
        "DE" => national("de-vat"),
        "IT" => national("it-partita-iva"),
        "ES" => national("es-nif"),
        "FI" => national("fi-ytunnus"),
        "SE" => national("se-orgnr").and_then(|v| if number.len() == 12 { Ok(v) } else { Err(IdError::Length) }),
        "PT" => national("pt-nif"),
        "RO" => national("ro-cui"),
        "FR" => france(number),
        "BE" => belgium(number),
        "NL" => netherlands(number),
        "PL" => poland(number),
        "AT" => austria(number),
        _ => states::check(prefix, number).map(|strength| Valid { compact: String::new(), strength }),
    }?;
    Ok(Valid { compact: text, strength: checked.strength })
}

/// The number as its country writes it in full, where a shorter way of writing it is common:
/// Belgium's `(0)` is the leading 0, and a 9-digit Belgian number (the old form) gets a leading 0
/// (https://github.com/arthurdejong/python-stdnum/blob/master/stdnum/be/vat.py); an 8-digit Greek
/// number (the old form) gets a leading 0 (stdnum/gr/vat.py beside it); the digits of a Dutch
/// number before `B01` are filled to nine with leading zeros (its BSN part, stdnum/nl/bsn.py
/// beside it). All
/// python-stdnum 2.2, read 2026-12-07. VIES, where registries check the number, takes the full
/// form.
fn restored(prefix: &str, number: &str) -> String {
    match prefix {
        "BE" => {
            let number = number.strip_prefix("(0)").map_or_else(|| number.to_owned(), |rest| format!("0{rest}"));
            if number.len() == 9 { format!("0{number}") } else { number }
        }
        "EL" if number.len() == 8 => format!("0{number}"),
        "NL" if number.len() > 3 => {
            let (serial, suffix) = number.split_at(number.len() - 3);
            if serial.len() < 9 && all_digits(serial) { format!("{serial:0>9}{suffix}") } else { number.to_owned() }
        }
        _ => number.to_owned(),
    }
}

fn all_digits(text: &str) -> bool {
    !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit())
}

/// Digits only, of one of the lengths given.
fn digits_of(text: &str, lengths: &[usize]) -> Result<(), IdError> {
    if !all_digits(text) {
        return Err(IdError::Format);
    }
    if !lengths.contains(&text.len()) {
        return Err(IdError::Length);
    }
    Ok(())
}

fn checked() -> Result<Valid, IdError> {
    Ok(Valid { compact: String::new(), strength: Strength::Checksum })
}

/// The characters of a French VAT key: digits, then letters without I and O.
const FRENCH_KEY: &[u8; 34] = b"0123456789ABCDEFGHJKLMNPQRSTUVWXYZ";

/// France: a 2-character key and the SIREN. A numeric key is `(12 + 3 × (SIREN mod 97)) mod 97`;
/// a key with a letter (the newer scheme) gives `c`, from the two characters' places in
/// [`FRENCH_KEY`] (times 24 less 10 when the first is a digit, else times 34 less 100), with
/// `(SIREN + 1 + c / 11) mod 11 = c mod 11`. Monaco's companies have French VAT numbers whose
/// "SIREN" is `000` and six digits, with no Luhn digit; the key is checked as for the others
/// (https://github.com/arthurdejong/python-stdnum/blob/master/stdnum/fr/tva.py, python-stdnum
/// 2.2, read 2026-12-07).
fn france(number: &str) -> Result<Valid, IdError> {
    if number.len() != 11 {
        return Err(if all_digits(number) { IdError::Length } else { IdError::Format });
    }
    let (key, siren) = number.split_at(2);
    let places: Vec<usize> = key.bytes().filter_map(|b| FRENCH_KEY.iter().position(|&k| k == b)).collect();
    if places.len() != 2 || !all_digits(siren) {
        return Err(IdError::Format);
    }
    if !siren.starts_with("000") {
        super::fr::siren(siren)?;
    }
    let siren: u64 = siren.parse().map_err(|_| IdError::Format)?;
    let valid = if all_digits(key) {
        let key: u64 = key.parse().map_err(|_| IdError::Format)?;
        (12 + 3 * (siren % 97)) % 97 == key
    } else {
        let (first, second) = (places[0] as u64, places[1] as u64);
        let c = if first < 10 { first * 24 + second - 10 } else { first * 34 + second - 100 };
        (siren + 1 + c / 11) % 11 == c % 11
    };
    if !valid {
        return Err(IdError::Checksum);
    }
    checked()
}

/// Belgium: 10 digits starting 0 or 1 (see [`restored`] for the shorter forms); the last two are
/// `97 - (first eight mod 97)`
/// (https://github.com/arthurdejong/python-stdnum/blob/master/stdnum/be/vat.py, python-stdnum
/// 2.2, read 2026-12-07).
fn belgium(number: &str) -> Result<Valid, IdError> {
    digits_of(number, &[10])?;
    if !matches!(number.as_bytes()[0], b'0' | b'1') {
        return Err(IdError::Component);
    }
    let body: u64 = number[..8].parse().map_err(|_| IdError::Format)?;
    let check: u64 = number[8..].parse().map_err(|_| IdError::Format)?;
    if 97 - body % 97 != check {
        return Err(IdError::Checksum);
    }
    checked()
}

/// Netherlands: 9 digits (not all 0), `B`, 2 digits (not `00`). The 9 digits pass the BSN check
/// (weights 9 to 2 and -1, sum divisible by 11), or, since 2020, the whole `NL…` number passes
/// ISO 7064 MOD 97-10 (https://github.com/arthurdejong/python-stdnum/blob/master/stdnum/nl/btw.py,
/// python-stdnum 2.2, read 2026-12-07).
fn netherlands(number: &str) -> Result<Valid, IdError> {
    if number.len() != 12 {
        return Err(IdError::Length);
    }
    let (digits9, suffix) = number.split_at(9);
    if !all_digits(digits9) || suffix.as_bytes()[0] != b'B' || !all_digits(&suffix[1..]) {
        return Err(IdError::Format);
    }
    if &suffix[1..] == "00" || digits9 == "000000000" {
        return Err(IdError::Component);
    }
    let bsn = weighted_sum(digits9, &[9, 8, 7, 6, 5, 4, 3, 2]) as i64 - i64::from(value(digits9.as_bytes()[8]));
    let mod97 = format!("NL{number}")
        .chars()
        .map(|c| c.to_digit(36).unwrap_or(0).to_string())
        .collect::<String>()
        .bytes()
        .fold(0u64, |acc, b| (acc * 10 + u64::from(value(b))) % 97);
    if bsn % 11 != 0 && mod97 != 1 {
        return Err(IdError::Checksum);
    }
    checked()
}

/// Poland: 10 digits; times 6, 5, 7, 2, 3, 4, 5, 6, 7 the first nine give the last as `sum mod 11`.
fn poland(number: &str) -> Result<Valid, IdError> {
    digits_of(number, &[10])?;
    if weighted_sum(number, &[6, 5, 7, 2, 3, 4, 5, 6, 7]) % 11 != value(number.as_bytes()[9]) {
        return Err(IdError::Checksum);
    }
    checked()
}

/// Austria: `U` and 8 digits; the check digit is `(10 - (4 + s) mod 10) mod 10`, where `s` sums
/// the first seven digits with every second one doubled (digit sum of the product).
fn austria(number: &str) -> Result<Valid, IdError> {
    let Some(digits8) = number.strip_prefix('U') else { return Err(IdError::Format) };
    digits_of(digits8, &[8])?;
    let s: u32 = digits8
        .bytes()
        .take(7)
        .enumerate()
        .map(|(i, b)| {
            let d = value(b) * if i % 2 == 1 { 2 } else { 1 };
            d / 10 + d % 10
        })
        .sum();
    if (10 - (4 + s) % 10) % 10 != value(digits8.as_bytes()[7]) {
        return Err(IdError::Checksum);
    }
    checked()
}
