//! The identifier checks (src/ids) against tests/data/ids.toml: published valid numbers pass,
//! published invalid ones fail, and so do three mutations of every valid number. Run natively
//! and under wasm-bindgen-test.

use domain_rules::ids::{self, IdError, Strength};
use serde::Deserialize;
use wasm_bindgen_test::wasm_bindgen_test;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Data {
    format: Vec<Format>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Format {
    name: String,
    valid: Vec<String>,
    invalid: Vec<String>,
}

/// Formats whose numbers have no fixed length: a number one digit shorter may be valid too.
const VARIABLE_LENGTH: &[&str] = &["ro-cui", "eu-vat"];

fn data() -> Vec<Format> {
    let data: Data = toml::from_str(include_str!("data/ids.toml")).expect("ids.toml parses");
    data.format
}

/// The number with its check character (the last letter or digit; for Dutch VAT numbers the
/// digit before the `B` suffix) replaced by the next one of its kind.
fn changed_check(number: &str) -> String {
    let mut chars: Vec<char> = number.chars().collect();
    let dutch = number.starts_with("NL");
    let check = chars.iter_mut().rev().filter(|c| c.is_ascii_alphanumeric()).nth(if dutch { 3 } else { 0 });
    if let Some(c) = check {
        *c = match *c {
            '9' => '0',
            'Z' => 'A',
            'z' => 'a',
            c => char::from(c as u8 + 1),
        };
    }
    chars.into_iter().collect()
}

/// The number without its last letter or digit.
fn shortened(number: &str) -> String {
    let cut = number.rfind(|c: char| c.is_ascii_alphanumeric()).unwrap_or(0);
    format!("{}{}", &number[..cut], &number[cut + 1..])
}

/// The number with a digit in its middle replaced by `X`.
fn lettered(number: &str) -> Option<String> {
    let positions: Vec<usize> = number.char_indices().filter(|(_, c)| c.is_ascii_digit()).map(|(i, _)| i).collect();
    let &at = positions.get(positions.len() / 2)?;
    Some(format!("{}X{}", &number[..at], &number[at + 1..]))
}

#[wasm_bindgen_test(unsupported = test)]
fn every_format_accepts_its_valid_numbers_and_refuses_the_rest() {
    let mut failures = Vec::new();
    let mut cases = 0;
    for format in data() {
        let check = |number: &str| ids::check(&format.name, number).expect("a known format");
        let mut count = 0;
        for number in &format.valid {
            count += 1;
            match check(number) {
                Err(e) => failures.push(format!("{}: {number:?} refused ({e:?})", format.name)),
                Ok(valid) => {
                    // The Finnish century sign `-` is part of the number; `n.a.` is sent as written.
                    let separators = valid.compact.contains([' ', '.']) && valid.compact != "n.a."
                        || valid.compact.contains('-') && format.name != "fi-hetu";
                    if separators {
                        failures.push(format!("{}: {number:?} compacts to {:?}", format.name, valid.compact));
                    }
                    if valid.strength != Strength::Checksum {
                        continue; // only the format is known; a changed digit may still fit it
                    }
                    let mut mutations = vec![changed_check(number)];
                    mutations.extend(lettered(number));
                    if !VARIABLE_LENGTH.contains(&format.name.as_str()) {
                        mutations.push(shortened(number));
                    }
                    for mutated in mutations {
                        count += 1;
                        if check(&mutated).is_ok() {
                            failures.push(format!("{}: {mutated:?} (from {number:?}) accepted", format.name));
                        }
                    }
                }
            }
        }
        for number in &format.invalid {
            count += 1;
            if let Ok(v) = check(number) {
                failures.push(format!("{}: {number:?} accepted as {v:?}", format.name));
            }
        }
        if count < 10 {
            failures.push(format!("{}: only {count} cases", format.name));
        }
        cases += count;
    }
    assert!(failures.is_empty(), "{} failures:\n{}", failures.len(), failures.join("\n"));
    assert!(cases > 400, "only {cases} cases");
}

#[wasm_bindgen_test(unsupported = test)]
fn every_format_has_data_and_errors_say_why() {
    let data = data();
    for format in ids::FORMATS {
        assert!(data.iter().any(|d| d.name == format.name), "{} has no test data", format.name);
    }
    assert_eq!(ids::check("dk-cvr", "DK 13585627"), Some(Err(IdError::Checksum)));
    assert_eq!(ids::check("dk-cvr", "DK 1358562"), Some(Err(IdError::Length)));
    assert_eq!(ids::check("dk-cvr", "DK 1358562X"), Some(Err(IdError::Format)));
    assert_eq!(ids::check("dk-cvr", ""), Some(Err(IdError::Empty)));
    assert_eq!(ids::check("it-codice-fiscale", "RCCMNL83Z18D969H"), Some(Err(IdError::Component)));
    assert_eq!(ids::check("eu-vat", "XX123456789"), Some(Err(IdError::Component)));
    assert_eq!(ids::check("no-such-format", "1"), None);
    // Non-ASCII anywhere is refused, never a panic (byte slicing in the schemes).
    for format in ids::FORMATS {
        for input in ["1é345678901", "k123456é", "FR1é23456789", "NL12345678é01", "CY1234567é", "CHEé", "é"] {
            assert!((format.check)(input).is_err(), "{} accepted {input:?}", format.name);
        }
    }
    let valid = ids::check("dk-cvr", " dk 13 58 56 28 ").unwrap().unwrap();
    assert_eq!(valid.compact, "DK13585628");
}

/// The calendar check and the VAT number forms: the reason given, and the compact form sent.
#[wasm_bindgen_test(unsupported = test)]
fn dates_that_do_not_exist_are_components_and_vat_numbers_are_sent_in_full() {
    let component = Some(Err(IdError::Component));
    // 30 February, 31 April, 29 February 2001 (a woman: day + 40), day 72.
    for code in ["RSSMRA85B30H501C", "RSSMRA85D31H501I", "RSSMRA01B69H501D", "RSSMRA85A72H501L"] {
        assert_eq!(ids::check("it-codice-fiscale", code), component, "{code}");
    }
    assert!(ids::check("it-codice-fiscale", "RSSMRA84B69H501Y").unwrap().is_ok(), "29 February 1984");
    // 29 February: 1900 (the `+` form and the 12-digit one) and 2001 were common years, 2000 not.
    for number in ["000229+0005", "190002290005", "010229-0004", "0102290004"] {
        assert_eq!(ids::check("se-personnummer", number), component, "{number}");
    }
    assert!(ids::check("se-personnummer", "000229-0005").unwrap().is_ok());
    assert_eq!(ids::check("fi-hetu", "290200-1239"), component);
    let compact = |format: &str, input: &str| ids::check(format, input).and_then(Result::ok).map(|v| v.compact);
    for (input, sent) in [
        ("FR 53 000004605", "FR53000004605"),
        ("DK: 21599336", "DK21599336"),
        ("BE (0)403.019.261", "BE0403019261"),
        ("BE 403.019.261", "BE0403019261"),
        ("EL 39868210", "EL039868210"),
        ("NL 1241643B01", "NL001241643B01"),
    ] {
        assert_eq!(compact("eu-vat", input).as_deref(), Some(sent), "{input}");
    }
    assert_eq!(compact("fr-legal-id", "FR 53 000004605").as_deref(), Some("FR53000004605"));
    assert_eq!(ids::check("eu-vat", "FR 54 000004605"), Some(Err(IdError::Checksum)));
}
