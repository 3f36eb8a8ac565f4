//! The VAT numbers of the member states that have no identifier format of their own in the
//! engine: Bulgaria, Cyprus, Czechia, Estonia, Greece, Croatia, Hungary, Ireland, Lithuania,
//! Luxembourg, Latvia, Malta, Slovenia, Slovakia and Northern Ireland. Each rule is python-stdnum's
//! (module named at each function, under
//! https://github.com/arthurdejong/python-stdnum/blob/master/stdnum/; python-stdnum 2.2, read
//! 2026-12-07), which collects them from the member states' and the Commission's documents.
//! Birth dates inside personal numbers go through the shared calendar check, [`is_date`].

use super::super::{IdError, Strength, de::iso7064_mod_11_10, is_date, value};
use super::{all_digits, digits_of};

/// Checks `number` (without its prefix) by the rule of the member state `prefix`: what was
/// verified, or why it is not valid. Only a Czech 9-digit birth number has no check digit.
pub(super) fn check(prefix: &str, number: &str) -> Result<Strength, IdError> {
    let verified = match prefix {
        "CZ" => return czechia(number),
        "BG" => bulgaria(number),
        "CY" => cyprus(number),
        "EE" => estonia(number),
        "EL" => greece(number),
        "HR" => croatia(number),
        "HU" => hungary(number),
        "IE" => ireland(number),
        "LT" => lithuania(number),
        "LU" => luxembourg(number),
        "LV" => latvia(number),
        "MT" => malta(number),
        "SI" => slovenia(number),
        "SK" => slovakia(number),
        "XI" => northern_ireland(number),
        _ => Err(IdError::Component),
    };
    verified.map(|()| Strength::Checksum)
}

/// The digits of an all-digit string.
fn digit_values(text: &str) -> Vec<u32> {
    text.bytes().map(value).collect()
}

/// The sum of `digits` times `weights`, pairwise.
fn weighted(digits: &[u32], weights: &[u32]) -> u32 {
    digits.iter().zip(weights).map(|(d, w)| d * w).sum()
}

/// An error unless `ok`.
fn ensure(ok: bool, error: IdError) -> Result<(), IdError> {
    if ok { Ok(()) } else { Err(error) }
}

/// Bulgaria (bg/vat.py): 9 digits for a legal entity, check digit `Σ (i+1)·dᵢ mod 11` (with
/// weights i+3 when that is 10), modulo 10; 10 digits for a person, valid as an EGN (a birth date
/// and a check digit, bg/egn.py), a PNF (foreigners, bg/pnf.py) or the "other" check (weights 4,
/// 3, 2, 7, 6, 5, 4, 3, 2).
fn bulgaria(number: &str) -> Result<(), IdError> {
    digits_of(number, &[9, 10])?;
    let d = digit_values(number);
    if d.len() == 9 {
        let mut check = weighted(&d[..8], &[1, 2, 3, 4, 5, 6, 7, 8]) % 11;
        if check == 10 {
            check = weighted(&d[..8], &[3, 4, 5, 6, 7, 8, 9, 10]) % 11;
        }
        return ensure(check % 10 == d[8], IdError::Checksum);
    }
    // EGN: YYMMDD, the month plus 20 for 1800-1899 and plus 40 for 2000-2099.
    let (mut year, mut month, day) = (1900 + d[0] * 10 + d[1], d[2] * 10 + d[3], d[4] * 10 + d[5]);
    if month > 40 {
        (year, month) = (year + 100, month - 40);
    } else if month > 20 {
        (year, month) = (year - 100, month - 20);
    }
    let egn = is_date(year, month, day) && weighted(&d[..9], &[2, 4, 8, 5, 10, 9, 7, 3, 6]) % 11 % 10 == d[9];
    let pnf = weighted(&d[..9], &[21, 19, 17, 13, 11, 9, 7, 3, 1]) % 10 == d[9];
    let other = (11 - i64::from(weighted(&d[..9], &[4, 3, 2, 7, 6, 5, 4, 3, 2]))).rem_euclid(11) == i64::from(d[9]);
    ensure(egn || pnf || other, IdError::Checksum)
}

/// Cyprus (cy/vat.py): 8 digits and a check letter; the digits at even places count 1, 0, 5, 7,
/// 9, 13, 15, 17, 19, 21 for 0 to 9, the others their value, the sum modulo 26 is the letter. A
/// number may not start with 12.
fn cyprus(number: &str) -> Result<(), IdError> {
    if number.len() < 2 || !all_digits(&number[..number.len() - 1]) {
        return Err(IdError::Format);
    }
    if number.len() != 9 {
        return Err(IdError::Length);
    }
    if number.starts_with("12") {
        return Err(IdError::Component);
    }
    const EVEN: [u32; 10] = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21];
    let d = digit_values(&number[..8]);
    let sum: u32 = d.iter().enumerate().map(|(i, &x)| if i % 2 == 0 { EVEN[x as usize] } else { x }).sum();
    ensure(number.as_bytes()[8] == b'A' + (sum % 26) as u8, IdError::Checksum)
}

/// Czechia (cz/dic.py): 8 digits for a legal entity (not starting with 9; check digit from
/// weights 8 to 2, `11 - sum mod 11`, 0 read as 1 and 10 as 0); 9 digits starting with 6 for
/// some individuals (weights 8 to 2 over digits 2 to 8); otherwise a birth number (rodné číslo).
fn czechia(number: &str) -> Result<Strength, IdError> {
    if !all_digits(number) {
        return Err(IdError::Format);
    }
    let d = digit_values(number);
    match d.len() {
        8 => {
            ensure(d[0] != 9, IdError::Component)?;
            let check = (11 - i64::from(weighted(&d[..7], &[8, 7, 6, 5, 4, 3, 2]))).rem_euclid(11);
            let check = if check == 0 { 1 } else { check % 10 };
            ensure(check == i64::from(d[7]), IdError::Checksum).map(|()| Strength::Checksum)
        }
        9 if d[0] == 6 => {
            let sum = i64::from(weighted(&d[1..8], &[8, 7, 6, 5, 4, 3, 2]) % 11);
            let check = (8 - (10 - sum).rem_euclid(11)).rem_euclid(10);
            ensure(check == i64::from(d[8]), IdError::Checksum).map(|()| Strength::Checksum)
        }
        9 | 10 => birth_number(number),
        _ => Err(IdError::Length),
    }
}

/// A Czech or Slovak birth number (cz/rc.py): YYMMDD, the month plus 50 for women and plus 20
/// when a day's serials ran out (since 2004), then a serial; 9 digits until 1953, 10 digits (the
/// whole number divisible by 11, or its first nine giving 10 and a last digit 0) since 1954. The
/// 9-digit numbers have no check digit.
fn birth_number(number: &str) -> Result<Strength, IdError> {
    let d = digit_values(number);
    let mut year = 1900 + d[0] * 10 + d[1];
    let (month, day) = ((d[2] * 10 + d[3]) % 50 % 20, d[4] * 10 + d[5]);
    if d.len() == 9 {
        if year >= 1980 {
            year -= 100;
        }
        ensure(year <= 1953, IdError::Length)?;
    } else if year < 1954 {
        year += 100;
    }
    ensure(is_date(year, month, day), IdError::Component)?;
    if d.len() == 9 {
        return Ok(Strength::FormatOnly);
    }
    let first_nine: u64 = number[..9].parse().map_err(|_| IdError::Format)?;
    ensure(first_nine % 11 % 10 == u64::from(d[9]), IdError::Checksum).map(|()| Strength::Checksum)
}

/// Estonia (ee/kmkr.py): 9 digits; times 3, 7, 1, 3, 7, 1, 3, 7, 1 they sum to a multiple of 10.
fn estonia(number: &str) -> Result<(), IdError> {
    digits_of(number, &[9])?;
    ensure(weighted(&digit_values(number), &[3, 7, 1, 3, 7, 1, 3, 7, 1]) % 10 == 0, IdError::Checksum)
}

/// Greece (gr/vat.py): 9 digits (8-digit numbers get a leading 0 before); the first eight read
/// as a binary-weighted sum, doubled, modulo 11 and 10, give the last.
fn greece(number: &str) -> Result<(), IdError> {
    digits_of(number, &[9])?;
    let d = digit_values(number);
    let sum = d[..8].iter().fold(0u32, |acc, &x| acc * 2 + x);
    ensure(sum * 2 % 11 % 10 == d[8], IdError::Checksum)
}

/// Croatia (hr/oib.py): the OIB, 11 digits with an ISO 7064 MOD 11,10 check digit.
fn croatia(number: &str) -> Result<(), IdError> {
    digits_of(number, &[11])?;
    ensure(iso7064_mod_11_10(number), IdError::Checksum)
}

/// Hungary (hu/anum.py): 8 digits; times 9, 7, 3, 1, 9, 7, 3, 1 they sum to a multiple of 10.
fn hungary(number: &str) -> Result<(), IdError> {
    digits_of(number, &[8])?;
    ensure(weighted(&digit_values(number), &[9, 7, 3, 1, 9, 7, 3, 1]) % 10 == 0, IdError::Checksum)
}

/// The letters of Irish check characters, W for 0.
const IRISH: &[u8; 23] = b"WABCDEFGHIJKLMNOPQRSTUV";

/// Ireland (ie/vat.py): 7 digits, a check letter and an optional second letter (the new form),
/// or the old form with a letter, `+` or `*` second (digit, that, five digits, the check letter).
/// The check letter is `Σ (8-i)·dᵢ` over seven digits plus 9 times the second letter's place,
/// modulo 23.
fn ireland(number: &str) -> Result<(), IdError> {
    let b = number.as_bytes();
    let check = |digits: &[u8], letter: Option<u8>| -> u8 {
        let sum: u32 = digits.iter().enumerate().map(|(i, &c)| (8 - i as u32) * value(c)).sum::<u32>()
            + 9 * letter.and_then(|l| IRISH.iter().position(|&x| x == l)).unwrap_or(0) as u32;
        IRISH[(sum % 23) as usize]
    };
    let well_formed = b.first().is_some_and(u8::is_ascii_digit)
        && b.get(2..7.min(b.len())).is_some_and(|d| d.iter().all(u8::is_ascii_digit))
        && b.iter().skip(7).all(|c| IRISH.contains(c));
    if !well_formed {
        return Err(IdError::Format);
    }
    if !(8..=9).contains(&b.len()) {
        return Err(IdError::Length);
    }
    let expected = if b[..7].iter().all(u8::is_ascii_digit) {
        check(&b[..7], b.get(8).copied())
    } else if b[1].is_ascii_uppercase() || b[1] == b'+' || b[1] == b'*' {
        let digits = [b"0", &b[2..7], &b[..1]].concat();
        check(&digits, None)
    } else {
        return Err(IdError::Format);
    };
    ensure(b[7] == expected, IdError::Checksum)
}

/// Lithuania (lt/pvm.py): 9 digits (the eighth a 1) for legal entities, 12 (the eleventh a 1)
/// for others; the check digit is `Σ (1 + i mod 9)·dᵢ mod 11`, and when that is 10,
/// `Σ (1 + (i+2) mod 9)·dᵢ`, both modulo 11 and 10.
fn lithuania(number: &str) -> Result<(), IdError> {
    digits_of(number, &[9, 12])?;
    let d = digit_values(number);
    ensure(d[d.len() - 2] == 1, IdError::Component)?;
    let body = &d[..d.len() - 1];
    let mut check: u32 = body.iter().enumerate().map(|(i, &x)| (1 + i as u32 % 9) * x).sum::<u32>() % 11;
    if check == 10 {
        check = body.iter().enumerate().map(|(i, &x)| (1 + (i as u32 + 2) % 9) * x).sum();
    }
    ensure(check % 11 % 10 == d[d.len() - 1], IdError::Checksum)
}

/// Luxembourg (lu/tva.py): 8 digits, the last two the first six modulo 89.
fn luxembourg(number: &str) -> Result<(), IdError> {
    digits_of(number, &[8])?;
    let body: u32 = number[..6].parse().map_err(|_| IdError::Format)?;
    let check: u32 = number[6..].parse().map_err(|_| IdError::Format)?;
    ensure(body % 89 == check, IdError::Checksum)
}

/// Latvia (lv/pvn.py): 11 digits. Starting above 3, a legal entity (weights 9, 1, 4, 8, 3, 10,
/// 2, 5, 7, 6, 1 sum to 3 modulo 11); else a personal code (check digit `1 + Σ` weights 10, 5,
/// 8, 4, 2, 1, 6, 3, 7, 9, modulo 11 and 10), which unless it starts with 32 (codes issued since
/// July 2017) holds the birth date: DDMMYY and the century (0 for 1800, 1 for 1900, 2 for 2000).
fn latvia(number: &str) -> Result<(), IdError> {
    digits_of(number, &[11])?;
    let d = digit_values(number);
    if d[0] > 3 {
        return ensure(weighted(&d, &[9, 1, 4, 8, 3, 10, 2, 5, 7, 6, 1]) % 11 == 3, IdError::Checksum);
    }
    if !number.starts_with("32") {
        let year = 1800 + d[6] * 100 + d[4] * 10 + d[5];
        ensure(is_date(year, d[2] * 10 + d[3], d[0] * 10 + d[1]), IdError::Component)?;
    }
    ensure((1 + weighted(&d[..10], &[10, 5, 8, 4, 2, 1, 6, 3, 7, 9])) % 11 % 10 == d[10], IdError::Checksum)
}

/// Malta (mt/vat.py): 8 digits, the first not 0; times 3, 4, 6, 7, 8, 9, 10, 1 they sum to a
/// multiple of 37.
fn malta(number: &str) -> Result<(), IdError> {
    ensure(all_digits(number) && !number.starts_with('0'), IdError::Format)?;
    digits_of(number, &[8])?;
    ensure(weighted(&digit_values(number), &[3, 4, 6, 7, 8, 9, 10, 1]) % 37 == 0, IdError::Checksum)
}

/// Slovenia (si/ddv.py): 8 digits, the first not 0; the check digit is `11 - Σ` weights 8 to 2
/// modulo 11, with 10 written 0 (and 11 impossible).
fn slovenia(number: &str) -> Result<(), IdError> {
    ensure(all_digits(number) && !number.starts_with('0'), IdError::Format)?;
    digits_of(number, &[8])?;
    let d = digit_values(number);
    let check = 11 - weighted(&d[..7], &[8, 7, 6, 5, 4, 3, 2]) % 11;
    ensure(check % 10 == d[7] && check != 11, IdError::Checksum)
}

/// Slovakia (sk/dph.py): 10 digits; a birth number (as Czechia's), or a number not starting with
/// 0 whose third digit is 2, 3, 4, 7, 8 or 9 and which is divisible by 11.
fn slovakia(number: &str) -> Result<(), IdError> {
    digits_of(number, &[10])?;
    if birth_number(number).is_ok() {
        return Ok(());
    }
    let d = digit_values(number);
    ensure(d[0] != 0 && [2, 3, 4, 7, 8, 9].contains(&d[2]), IdError::Format)?;
    let whole: u64 = number.parse().map_err(|_| IdError::Format)?;
    ensure(whole % 11 == 0, IdError::Checksum)
}

/// Northern Ireland (gb/vat.py, the United Kingdom's rules): 9 digits (12 for a branch, the last
/// three not checked) whose weights 8 to 2, 10, 1 sum to 0 modulo 97 (or to 42 or 55 for the
/// numbers from 100 on, the newer series); `GD` and three digits below 500 for a government
/// department, `HA` and three digits from 500 for a health authority (with `8888` between,
/// eleven characters, and a check of the three digits modulo 97).
fn northern_ireland(number: &str) -> Result<(), IdError> {
    match number.len() {
        5 => {
            ensure(all_digits(&number[2..]), IdError::Format)?;
            let n: u32 = number[2..].parse().map_err(|_| IdError::Format)?;
            let (gd, ha) = (number.starts_with("GD") && n < 500, number.starts_with("HA") && n >= 500);
            ensure(gd || ha, IdError::Component)
        }
        11 if matches!(&number[..6], "GD8888" | "HA8888") => {
            ensure(all_digits(&number[6..]), IdError::Format)?;
            let n: u32 = number[6..9].parse().map_err(|_| IdError::Format)?;
            let check: u32 = number[9..].parse().map_err(|_| IdError::Format)?;
            let (gd, ha) = (number.starts_with("GD") && n < 500, number.starts_with("HA") && n >= 500);
            ensure(gd || ha, IdError::Component)?;
            ensure(n % 97 == check, IdError::Checksum)
        }
        9 | 12 => {
            ensure(all_digits(number), IdError::Format)?;
            let d = digit_values(number);
            let sum = weighted(&d[..9], &[8, 7, 6, 5, 4, 3, 2, 10, 1]) % 97;
            let series: u32 = number[..3].parse().map_err(|_| IdError::Format)?;
            ensure(sum == 0 || series >= 100 && (sum == 42 || sum == 55), IdError::Checksum)
        }
        _ => Err(IdError::Length),
    }
}
