//! Australia: the ABN (business number) and ACN (company number).

use super::{IdError, IdFormat, Valid, digits, prepared, stdnum, value, verified, weighted_sum};

/// ABN: 11 digits; with 1 taken from the first, times 10, 1, 3, 5, ... 19 they sum to a
/// multiple of 89.
pub const ABN: IdFormat = IdFormat {
    name: "au-abn",
    check: abn,
    source: stdnum("https://github.com/arthurdejong/python-stdnum/blob/master/stdnum/au/abn.py"),
};

/// ACN: 9 digits; times 8 down to 1 the first eight give the check digit `(10 - sum mod 10) mod 10`.
pub const ACN: IdFormat = IdFormat {
    name: "au-acn",
    check: acn,
    source: stdnum("https://github.com/arthurdejong/python-stdnum/blob/master/stdnum/au/acn.py"),
};

fn abn(input: &str) -> Result<Valid, IdError> {
    let text = prepared(input)?;
    digits(&text, 11)?;
    let first = value(text.as_bytes()[0]);
    if first == 0 {
        return Err(IdError::Format);
    }
    let sum = (first - 1) * 10 + weighted_sum(&text[1..], &[1, 3, 5, 7, 9, 11, 13, 15, 17, 19]);
    if sum % 89 != 0 {
        return Err(IdError::Checksum);
    }
    verified(text)
}

fn acn(input: &str) -> Result<Valid, IdError> {
    let text = prepared(input)?;
    digits(&text, 9)?;
    let sum = weighted_sum(&text, &[8, 7, 6, 5, 4, 3, 2, 1]);
    if (10 - sum % 10) % 10 != value(text.as_bytes()[8]) {
        return Err(IdError::Checksum);
    }
    verified(text)
}
