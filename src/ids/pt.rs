//! Portugal: the NIF (tax number, also the VAT number).

use super::{IdError, IdFormat, Valid, digits, prepared, stdnum, strip_prefix, value, verified, weighted_sum};

/// NIF: 9 digits, the first not 0; times 9 down to 2 the first eight give the check digit.
pub const NIF: IdFormat = IdFormat {
    name: "pt-nif",
    check: nif,
    source: stdnum("https://github.com/arthurdejong/python-stdnum/blob/master/stdnum/pt/nif.py"),
};

fn nif(input: &str) -> Result<Valid, IdError> {
    let text = prepared(input)?;
    let number = strip_prefix(&text, "PT");
    digits(number, 9)?;
    if number.starts_with('0') {
        return Err(IdError::Format);
    }
    let sum = weighted_sum(number, &[9, 8, 7, 6, 5, 4, 3, 2]);
    if (11 - sum % 11) % 11 % 10 != value(number.as_bytes()[8]) {
        return Err(IdError::Checksum);
    }
    verified(text)
}
