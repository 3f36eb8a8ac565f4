//! Switzerland: the UID (business identification number).

use super::{IdError, IdFormat, Valid, digits, prepared, stdnum, value, verified, weighted_sum};

/// UID: `CHE` and 9 digits (written `CHE-123.456.789`; the prefix is added when missing); times 5, 4, 3, 2, 7, 6, 5, 4 the first
/// eight give the check digit `(11 - sum mod 11) mod 11`, where 10 never occurs.
pub const UID: IdFormat = IdFormat {
    name: "ch-uid",
    check: uid,
    source: stdnum("https://github.com/arthurdejong/python-stdnum/blob/master/stdnum/ch/uid.py"),
};

fn uid(input: &str) -> Result<Valid, IdError> {
    let mut text = prepared(input)?;
    // Nine digits alone are read as the number without its prefix.
    if text.len() == 9 && text.bytes().all(|b| b.is_ascii_digit()) {
        text.insert_str(0, "CHE");
    }
    let Some(number) = text.strip_prefix("CHE") else {
        return Err(if text.len() == 12 { IdError::Component } else { IdError::Format });
    };
    digits(number, 9)?;
    let check = (11 - weighted_sum(number, &[5, 4, 3, 2, 7, 6, 5, 4]) % 11) % 11;
    if check != value(number.as_bytes()[8]) {
        return Err(IdError::Checksum);
    }
    verified(text)
}
