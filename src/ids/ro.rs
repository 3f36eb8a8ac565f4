//! Romania: the CUI/CIF (company tax number, also the VAT number).

use super::{IdError, IdFormat, Valid, prepared, stdnum, strip_prefix, value, verified, weighted_sum};

/// CUI: 2 to 10 digits, the first not 0; the others padded to nine and weighted 7, 5, 3, 2, 1,
/// 7, 5, 3, 2 give the check digit as `10 × sum mod 11 mod 10`.
pub const CUI: IdFormat = IdFormat {
    name: "ro-cui",
    check: cui,
    source: stdnum("https://github.com/arthurdejong/python-stdnum/blob/master/stdnum/ro/cui.py"),
};

fn cui(input: &str) -> Result<Valid, IdError> {
    let text = prepared(input)?;
    let number = strip_prefix(&text, "RO");
    if number.is_empty() {
        return Err(IdError::Empty);
    }
    if !number.bytes().all(|b| b.is_ascii_digit()) || number.starts_with('0') {
        return Err(IdError::Format);
    }
    if !(2..=10).contains(&number.len()) {
        return Err(IdError::Length);
    }
    let (body, check) = number.split_at(number.len() - 1);
    let padded = format!("{body:0>9}");
    let sum = weighted_sum(&padded, &[7, 5, 3, 2, 1, 7, 5, 3, 2]);
    if 10 * sum % 11 % 10 != value(check.as_bytes()[0]) {
        return Err(IdError::Checksum);
    }
    verified(text)
}
