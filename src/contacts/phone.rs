//! Phone and fax numbers as people type them (`+49 30 1234 5678`, `0049 (0)30 ...`, `030 1234567`
//! read with the contact's country), turned into the EPP form `+CC.NUMBER` (RFC 5733 section
//! 2.5: `+` and a calling code of 1 to 3 digits, a dot, at most 14 digits). The calling codes,
//! the possible lengths of national numbers and the trunk prefixes come from libphonenumber's
//! metadata ([`super::countries`]); the number's length is checked, not its number plan.

use super::countries::{self, Country};

/// The most digits after the dot in the EPP form (RFC 5733's `e164StringType`).
pub const MAX_EPP_DIGITS: usize = 14;

/// A number read from what was typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Phone {
    /// The calling code (`49`).
    pub calling_code: u16,
    /// The national significant number, digits only (`301234567`).
    pub national: String,
    /// An extension typed after the number (`x 12`, `ext. 12`), digits only.
    pub extension: Option<String>,
}

impl Phone {
    /// The EPP form: `+49.301234567`.
    pub fn epp(&self) -> String {
        format!("+{}.{}", self.calling_code, self.national)
    }
}

/// Why a number cannot be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PhoneError {
    /// A character other than digits, spaces, `.-/()` and a leading `+`.
    Characters,
    /// No digits.
    Empty,
    /// Written without `+` or `00` and a calling code, and the contact has no country to read
    /// it with.
    NoCallingCode,
    /// The calling code after `+` is not one.
    UnknownCallingCode,
    /// The national number's length is not possible for the calling code or country.
    Length,
}

impl PhoneError {
    /// The name used in params (`reason`).
    pub fn as_str(self) -> &'static str {
        match self {
            PhoneError::Characters => "characters",
            PhoneError::Empty => "empty",
            PhoneError::NoCallingCode => "calling_code_missing",
            PhoneError::UnknownCallingCode => "calling_code_unknown",
            PhoneError::Length => "length",
        }
    }
}

/// Reads `typed` as a phone number of a contact in `country` (used for numbers written without
/// a calling code).
pub fn parse(typed: &str, country: Option<&'static Country>) -> Result<Phone, PhoneError> {
    let (number, extension) = split_extension(typed);
    let number = number.trim();
    let (international, rest) = if let Some(rest) = number.strip_prefix('+') {
        (true, rest)
    } else if let Some(rest) = number.strip_prefix("00") {
        (true, rest)
    } else {
        (false, number)
    };
    // "+49 (0)30 ...": the trunk prefix in brackets after the calling code is not dialled.
    let rest = rest.replacen("(0)", "", 1);
    if !rest.chars().all(|c| c.is_ascii_digit() || matches!(c, ' ' | '.' | '-' | '/' | '(' | ')' | '\u{a0}')) {
        return Err(PhoneError::Characters);
    }
    let digits: String = rest.chars().filter(char::is_ascii_digit).collect();
    if digits.is_empty() {
        return Err(PhoneError::Empty);
    }
    let (calling_code, national) = if international {
        let (code, national) = split_calling_code(&digits).ok_or(PhoneError::UnknownCallingCode)?;
        (code, national.to_owned())
    } else {
        let country = country.ok_or(PhoneError::NoCallingCode)?;
        let code = country.calling_code.ok_or(PhoneError::NoCallingCode)?;
        (code, digits)
    };
    let national = strip_trunk_prefix(calling_code, &national, country, international);
    let possible = |n: usize| {
        if international {
            countries::with_calling_code(calling_code).any(|c| c.phone_length_possible(n))
        } else {
            country.is_some_and(|c| c.phone_length_possible(n))
        }
    };
    if !possible(national.len()) || national.len() > MAX_EPP_DIGITS {
        return Err(PhoneError::Length);
    }
    Ok(Phone { calling_code, national, extension })
}

/// The number and its extension (`x`, `ext`, `ext.`, `#` followed by digits at the end).
fn split_extension(typed: &str) -> (&str, Option<String>) {
    let lower = typed.to_ascii_lowercase();
    for marker in ["ext.", "ext", "x", "#"] {
        if let Some(at) = lower.rfind(marker) {
            let tail = typed[at + marker.len()..].trim();
            if !tail.is_empty() && tail.bytes().all(|b| b.is_ascii_digit()) && at > 0 {
                return (&typed[..at], Some(tail.to_owned()));
            }
        }
    }
    (typed, None)
}

/// The calling code at the start of `digits` (calling codes are a prefix code: at most one of
/// the first one, two or three digits is one) and the rest.
fn split_calling_code(digits: &str) -> Option<(u16, &str)> {
    (1..=3.min(digits.len())).find_map(|n| {
        let code: u16 = digits[..n].parse().ok()?;
        countries::with_calling_code(code).next().map(|_| (code, &digits[n..]))
    })
}

/// The national number without the trunk prefix where one was typed (`030...` in Germany,
/// `+49 030...` as well), when the number without it has a possible length, as libphonenumber
/// reads it (which also checks the number plan; only lengths are known here). Italy has no
/// trunk prefix: its leading 0 is part of the number and stays.
fn strip_trunk_prefix(
    calling_code: u16,
    national: &str,
    country: Option<&'static Country>,
    international: bool,
) -> String {
    let candidates: Vec<&Country> = if international {
        let home = country.filter(|c| c.calling_code == Some(calling_code));
        home.into_iter().chain(countries::with_calling_code(calling_code)).collect()
    } else {
        country.into_iter().collect()
    };
    for c in candidates {
        for prefix in c.trunk_prefixes.split(',').filter(|p| !p.is_empty()) {
            let Some(rest) = national.strip_prefix(prefix) else { continue };
            // After a calling code, a trunk prefix is a typing habit (`+49 030`) only where it is
            // `0`, which no national number of those countries starts with, or where the number
            // with it is too long; Belarus's `80` may begin a number (801 ...).
            let typed_by_habit = !international || prefix.starts_with('0') || !c.phone_length_possible(national.len());
            if typed_by_habit && c.phone_length_possible(rest.len()) {
                return rest.to_owned();
            }
        }
    }
    national.to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn epp(typed: &str, country: &str) -> Result<String, PhoneError> {
        parse(typed, countries::find(country)).map(|p| p.epp())
    }

    #[test]
    fn typed_forms() {
        assert_eq!(epp("+49 30 1234 5678", "DE"), Ok("+49.3012345678".into()));
        assert_eq!(epp("0049 30 12345678", "DK"), Ok("+49.3012345678".into()));
        assert_eq!(epp("+49 (0)30 12345678", "DE"), Ok("+49.3012345678".into()));
        assert_eq!(epp("030 1234567", "DE"), Ok("+49.301234567".into()));
        assert_eq!(epp("06 1234 5678", "IT"), Ok("+39.0612345678".into()));
        assert_eq!(epp("(212) 555-0123", "US"), Ok("+1.2125550123".into()));
        assert_eq!(epp("1 212 555 0123", "US"), Ok("+1.2125550123".into()));
        assert_eq!(epp("+45 12 34 56 78", "DE"), Ok("+45.12345678".into()));
    }

    #[test]
    fn refusals() {
        assert_eq!(epp("030 1234567", "ZZ"), Err(PhoneError::NoCallingCode));
        assert_eq!(epp("+999 1234567", "DE"), Err(PhoneError::UnknownCallingCode));
        assert_eq!(epp("+45 1234567", "DK"), Err(PhoneError::Length));
        assert_eq!(epp("+49 30 abc", "DE"), Err(PhoneError::Characters));
        assert_eq!(epp("+", "DE"), Err(PhoneError::Empty));
    }

    #[test]
    fn extensions() {
        let phone = parse("+1 212 555 0123 ext. 45", None).expect("reads");
        assert_eq!((phone.epp(), phone.extension.as_deref()), ("+1.2125550123".into(), Some("45")));
        let phone = parse("+1 212 555 0123 x45", None).expect("reads");
        assert_eq!(phone.extension.as_deref(), Some("45"));
    }
}
