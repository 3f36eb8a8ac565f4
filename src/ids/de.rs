//! Germany: the USt-IdNr (VAT number).

use super::{IdError, IdFormat, Valid, digits, prepared, stdnum, strip_prefix, value, verified};

/// USt-IdNr: `DE` and 9 digits, the first not 0, the last an ISO 7064 MOD 11,10 check digit.
pub const VAT: IdFormat = IdFormat {
    name: "de-vat",
    check: vat,
    source: stdnum("https://github.com/arthurdejong/python-stdnum/blob/master/stdnum/de/vat.py"),
};

fn vat(input: &str) -> Result<Valid, IdError> {
    let text = prepared(input)?;
    let number = strip_prefix(&text, "DE");
    digits(number, 9)?;
    if number.starts_with('0') {
        return Err(IdError::Format);
    }
    if !iso7064_mod_11_10(number) {
        return Err(IdError::Checksum);
    }
    verified(text)
}

/// ISO 7064 MOD 11,10 over a string of digits, its check digit last.
pub(crate) fn iso7064_mod_11_10(number: &str) -> bool {
    let mut check = 5;
    for b in number.bytes() {
        let product = if check == 0 { 10 } else { check } * 2 % 11;
        check = (product + value(b)) % 10;
    }
    check == 1
}
