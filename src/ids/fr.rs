//! France: the SIREN (company) and SIRET (establishment) numbers.

use super::{IdError, IdFormat, Valid, digits, luhn, prepared, stdnum, value, verified};

/// SIREN: 9 digits with a Luhn check digit.
pub const SIREN: IdFormat = IdFormat {
    name: "fr-siren",
    description: "French SIREN (company number), 9 digits",
    check: siren,
    source: stdnum("https://github.com/arthurdejong/python-stdnum/blob/master/stdnum/fr/siren.py"),
};

/// SIRET: the SIREN and a 5-digit establishment number, Luhn over all 14 (La Poste's
/// establishments, SIREN 356000000, use a digit sum divisible by 5 instead).
pub const SIRET: IdFormat = IdFormat {
    name: "fr-siret",
    description: "French SIRET (establishment number), 14 digits",
    check: siret,
    source: stdnum("https://github.com/arthurdejong/python-stdnum/blob/master/stdnum/fr/siret.py"),
};

pub(crate) fn siren(input: &str) -> Result<Valid, IdError> {
    let text = prepared(input)?;
    digits(&text, 9)?;
    if !luhn(&text) {
        return Err(IdError::Checksum);
    }
    verified(text)
}

fn siret(input: &str) -> Result<Valid, IdError> {
    let text = prepared(input)?;
    digits(&text, 14)?;
    let valid = if text.starts_with("356000000") && text != "35600000000048" {
        text.bytes().map(value).sum::<u32>() % 5 == 0
    } else {
        luhn(&text) && luhn(&text[..9])
    };
    if !valid {
        return Err(IdError::Checksum);
    }
    verified(text)
}
