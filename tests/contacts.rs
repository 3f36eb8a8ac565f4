//! Contact data natively and under wasm-bindgen-test: phone numbers as typed and their EPP form
//! (tests/data/phones.toml), every country's postal-code examples, the contact forms and the
//! country lists of every country and locale.

use domain_rules::Locale;
use domain_rules::contacts::countries;
use domain_rules::contacts::phone;
use domain_rules::contacts::postal_pattern;
use domain_rules::contacts::schema::{contact_schema, country_list};
use serde::Deserialize;
use wasm_bindgen_test::wasm_bindgen_test;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    case: Vec<PhoneCase>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PhoneCase {
    country: String,
    typed: String,
    #[serde(default)]
    epp: Option<String>,
    #[serde(default)]
    reason: Option<String>,
}

#[wasm_bindgen_test(unsupported = test)]
fn phones_as_typed_become_their_epp_form() {
    let file: File = toml::from_str(include_str!("data/phones.toml")).expect("phones.toml");
    let mut failures = Vec::new();
    let mut countries_seen = std::collections::BTreeSet::new();
    for case in &file.case {
        let got = phone::parse(&case.typed, countries::find(&case.country));
        let expected = match (&case.epp, &case.reason) {
            (Some(epp), None) => Ok(epp.clone()),
            (None, Some(reason)) => Err(reason.clone()),
            _ => panic!("{}: give epp or reason", case.typed),
        };
        let got = got.map(|p| p.epp()).map_err(|e| e.as_str().to_owned());
        if got != expected {
            failures.push(format!("{} {:?}: {got:?}, expected {expected:?}", case.country, case.typed));
        }
        if case.epp.is_some() {
            countries_seen.insert(case.country.clone());
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(
        file.case.len() >= 40 && countries_seen.len() >= 15,
        "{} cases, {} countries",
        file.case.len(),
        countries_seen.len()
    );
}

/// Examples one character short that are real codes too.
const SHORT_BUT_VALID: &[&str] = &[
    "GB: BFPO 6",
    "KH: 12010",
    "MT: BZN 113",
    "MT: SPB 603",
    "MT: VCT 175",
    "PE: LIMA 2",
    "PE: LIMA 4",
    "RS: 10631",
    "TZ: 3441",
];

#[wasm_bindgen_test(unsupported = test)]
fn every_postal_example_passes_and_one_character_short_fails() {
    let mut examples = 0;
    for country in countries::all() {
        let Some(pattern) = country.postal_pattern else { continue };
        for example in country.postal_examples.split(',').filter(|e| !e.is_empty()) {
            examples += 1;
            assert!(postal_pattern::matches(pattern, example), "{}: {example}", country.code);
            let short: String = example.chars().take(example.chars().count() - 1).collect();
            // Where the pattern's count varies, the shorter code may be real (BFPO 6, Lima 2):
            // exactly these, no more.
            let valid = postal_pattern::matches(pattern, &short);
            assert_eq!(
                valid,
                SHORT_BUT_VALID.contains(&format!("{}: {short}", country.code).as_str()),
                "{}: {short}",
                country.code
            );
        }
    }
    assert!(examples > 300, "{examples} examples");
}

#[wasm_bindgen_test(unsupported = test)]
fn every_country_has_a_contact_form_and_a_place_in_every_list() {
    for &locale in Locale::ALL {
        let list = country_list(locale);
        assert_eq!(list.len(), countries::all().len());
        for entry in &list {
            let schema = contact_schema(entry.code, "registrant", locale);
            assert!(schema.ok && schema.country_name == entry.name, "{}", entry.code);
            assert!(schema.fields.iter().all(|f| !f.label.is_empty()), "{}: {locale:?}", entry.code);
        }
    }
    let jp = contact_schema("jp", "registrant", Locale::En);
    let state = jp.fields.iter().find(|f| f.key == "state").expect("a prefecture");
    assert_eq!(state.label, "Prefecture");
    assert!(state.options.iter().any(|o| o.value == "Tokyo"));
}
