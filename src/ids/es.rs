//! Spain: DNI (citizens), NIE (foreigners), CIF (legal persons), and NIF, which is any of them.

use super::{IdError, IdFormat, Valid, digits, luhn, prepared, stdnum, strip_prefix, verified};

/// DNI: 8 digits and a check letter.
pub const DNI: IdFormat = IdFormat {
    name: "es-dni",
    check: dni,
    source: stdnum("https://github.com/arthurdejong/python-stdnum/blob/master/stdnum/es/dni.py"),
};

/// NIE: X, Y or Z, 7 digits and a check letter.
pub const NIE: IdFormat = IdFormat {
    name: "es-nie",
    check: nie,
    source: stdnum("https://github.com/arthurdejong/python-stdnum/blob/master/stdnum/es/nie.py"),
};

/// CIF: an entity letter, 7 digits and a check digit or letter.
pub const CIF: IdFormat = IdFormat {
    name: "es-cif",
    check: cif,
    source: stdnum("https://github.com/arthurdejong/python-stdnum/blob/master/stdnum/es/cif.py"),
};

/// NIF: a DNI, NIE or CIF (also the K, L and M numbers of minors and non-residents), optionally
/// with `ES`; the Spanish VAT number.
pub const NIF: IdFormat = IdFormat {
    name: "es-nif",
    check: nif,
    source: stdnum("https://github.com/arthurdejong/python-stdnum/blob/master/stdnum/es/nif.py"),
};

/// The check letters, indexed by the number modulo 23.
const LETTERS: &[u8; 23] = b"TRWAGMYFPDXBNJZSQVHLCKE";

fn check_letter(number: &str) -> u8 {
    let n: u32 = number.parse().unwrap_or(0);
    LETTERS[(n % 23) as usize]
}

/// 8 digits and their letter.
fn dni_digits(text: &str) -> Result<(), IdError> {
    if text.len() != 9 {
        return Err(IdError::Length);
    }
    let (number, letter) = text.split_at(8);
    digits(number, 8)?;
    if !letter.as_bytes()[0].is_ascii_uppercase() {
        return Err(IdError::Format);
    }
    if letter.as_bytes()[0] != check_letter(number) {
        return Err(IdError::Checksum);
    }
    Ok(())
}

fn dni(input: &str) -> Result<Valid, IdError> {
    let text = prepared(input)?;
    if !text.is_ascii() {
        return Err(IdError::Format);
    }
    dni_digits(&text)?;
    verified(text)
}

fn nie(input: &str) -> Result<Valid, IdError> {
    let text = prepared(input)?;
    if !text.is_ascii() {
        return Err(IdError::Format);
    }
    let digit = match text.as_bytes().first() {
        Some(b'X') => '0',
        Some(b'Y') => '1',
        Some(b'Z') => '2',
        _ => return Err(IdError::Format),
    };
    dni_digits(&format!("{digit}{}", &text[1..]))?;
    verified(text)
}

fn cif(input: &str) -> Result<Valid, IdError> {
    let text = prepared(input)?;
    if !text.is_ascii() {
        return Err(IdError::Format);
    }
    if text.len() != 9 {
        return Err(IdError::Length);
    }
    let bytes = text.as_bytes();
    if !b"ABCDEFGHJNPQRSUVW".contains(&bytes[0]) {
        return Err(IdError::Format);
    }
    digits(&text[1..8], 7)?;
    // The check digit completes the seven digits to a Luhn number; some issuers write it as
    // the letter of that digit instead ("JABCDEFGHI").
    let digit = (0..10u8).find(|d| luhn(&format!("{}{d}", &text[1..8]))).unwrap_or(0);
    let check = bytes[8];
    if check != b'0' + digit && check != b"JABCDEFGHI"[usize::from(digit)] {
        return Err(if check.is_ascii_alphanumeric() { IdError::Checksum } else { IdError::Format });
    }
    verified(text)
}

fn nif(input: &str) -> Result<Valid, IdError> {
    let text = prepared(input)?;
    let number = strip_prefix(&text, "ES");
    let first = number.as_bytes().first().copied().unwrap_or(b'0');
    let result = match first {
        b'0'..=b'9' => dni(number),
        b'X' | b'Y' | b'Z' => nie(number),
        // Minors (K), Spaniards abroad (L) and foreigners without NIE (M): the DNI letter over
        // the seven digits.
        b'K' | b'L' | b'M' => {
            if number.len() != 9 {
                return Err(IdError::Length);
            }
            dni_digits(&format!("0{}", &number[1..]))
                .map(|()| Valid { compact: String::new(), strength: super::Strength::Checksum })
        }
        _ => cif(number),
    };
    result.map(|_| Valid { compact: text, strength: super::Strength::Checksum })
}
