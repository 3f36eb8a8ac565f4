//! Norway: the organisasjonsnummer.

use super::{IdError, IdFormat, Valid, digits, prepared, stdnum, strip_prefix, verified, weighted_sum};

/// Organisasjonsnummer: 9 digits; times 3, 2, 7, 6, 5, 4, 3, 2, 1 they sum to a multiple of 11.
/// The VAT form (`NO` … `MVA`) is accepted.
pub const ORGNR: IdFormat = IdFormat {
    name: "no-orgnr",
    check: orgnr,
    source: stdnum("https://github.com/arthurdejong/python-stdnum/blob/master/stdnum/no/orgnr.py"),
};

fn orgnr(input: &str) -> Result<Valid, IdError> {
    let text = prepared(input)?;
    let number = strip_prefix(&text, "NO");
    let number = number.strip_suffix("MVA").unwrap_or(number);
    digits(number, 9)?;
    if weighted_sum(number, &[3, 2, 7, 6, 5, 4, 3, 2, 1]) % 11 != 0 {
        return Err(IdError::Checksum);
    }
    verified(text)
}
