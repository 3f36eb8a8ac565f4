//! France: the SIREN (company) and SIRET (establishment) numbers.

use super::{IdError, IdFormat, Valid, digits, luhn, prepared, stdnum, value, verified};

/// SIREN: 9 digits with a Luhn check digit.
pub const SIREN: IdFormat = IdFormat {
    name: "fr-siren",
    check: siren,
    source: stdnum("https://github.com/arthurdejong/python-stdnum/blob/master/stdnum/fr/siren.py"),
};

/// SIRET: the SIREN and a 5-digit establishment number, Luhn over all 14 (La Poste's
/// establishments, SIREN 356000000, use a digit sum divisible by 5 instead).
pub const SIRET: IdFormat = IdFormat {
    name: "fr-siret",
    check: siret,
    source: stdnum("https://github.com/arthurdejong/python-stdnum/blob/master/stdnum/fr/siret.py"),
};

/// The legal identifier AFNIC asks of a company: a SIREN, a SIRET, or an EU VAT number.
pub const LEGAL_ID: IdFormat = IdFormat {
    name: "fr-legal-id",
    check: legal_id,
    source: stdnum("https://github.com/arthurdejong/python-stdnum/blob/master/stdnum/fr/siret.py"),
};

fn legal_id(input: &str) -> Result<Valid, IdError> {
    let text = prepared(input)?;
    match text.len() {
        _ if text.bytes().take(2).all(|b| b.is_ascii_uppercase()) => {
            super::check("eu-vat", &text).unwrap_or(Err(IdError::Format))
        }
        9 => siren(&text),
        14 => siret(&text),
        _ if text.bytes().all(|b| b.is_ascii_digit()) => Err(IdError::Length),
        _ => Err(IdError::Format),
    }
}

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
