//! Denmark: the CVR number, which is also the Danish VAT number.

use super::{IdError, IdFormat, Valid, digits, prepared, stdnum, strip_prefix, verified, weighted_sum};

/// CVR: 8 digits, the first not 0, optionally written with `DK`; the digits times 2, 7, 6, 5, 4,
/// 3, 2, 1 sum to a multiple of 11. The compact form is the VAT form, `DK` and the 8 digits.
pub const CVR: IdFormat = IdFormat {
    name: "dk-cvr",
    check: cvr,
    source: stdnum("https://github.com/arthurdejong/python-stdnum/blob/master/stdnum/dk/cvr.py"),
};

fn cvr(input: &str) -> Result<Valid, IdError> {
    let text = prepared(input)?;
    let number = strip_prefix(&text, "DK");
    digits(number, 8)?;
    if number.starts_with('0') {
        return Err(IdError::Format);
    }
    if weighted_sum(number, &[2, 7, 6, 5, 4, 3, 2, 1]) % 11 != 0 {
        return Err(IdError::Checksum);
    }
    // Sent in its VAT form, with the prefix, however it was typed.
    verified(format!("DK{number}"))
}
