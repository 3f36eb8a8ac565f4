//! The JS shapes of the WebAssembly API: plain objects with the contract's keys, and a
//! diagnostic, never an exception, for arguments of the wrong type.

#![cfg(target_arch = "wasm32")]

use domain_rules::wasm::{
    check_domain_js, check_domains_js, codes, contact_schema_js, countries_js, is_registrable_js, versions,
    zone_info_js,
};
use js_sys::{Array, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;

fn get(value: &JsValue, key: &str) -> JsValue {
    Reflect::get(value, &JsValue::from_str(key)).expect("property read")
}

fn keys(value: &JsValue) -> Vec<String> {
    let object: &Object = value.unchecked_ref();
    Object::keys(object).iter().map(|k| k.as_string().unwrap()).collect()
}

fn is_plain_object(value: &JsValue) -> bool {
    value.is_object()
        && !Array::is_array(value)
        && JsValue::from(Object::get_prototype_of(value))
            == JsValue::from(Object::get_prototype_of(&Object::new().into()))
}

fn options(pairs: &[(&str, JsValue)]) -> JsValue {
    let object = Object::new();
    for (k, v) in pairs {
        Reflect::set(&object, &JsValue::from_str(k), v).unwrap();
    }
    object.into()
}

fn first_code(report: &JsValue) -> String {
    let diagnostics: Array = get(report, "diagnostics").dyn_into().unwrap();
    get(&diagnostics.get(0), "code").as_string().unwrap()
}

#[wasm_bindgen_test]
fn a_report_is_a_plain_object_with_the_contract_keys() {
    let report = check_domain_js(JsValue::from_str("Müller.DE"), JsValue::UNDEFINED);
    assert!(is_plain_object(&report));
    assert_eq!(keys(&report), ["ok", "input", "ascii", "unicode", "tld", "diagnostics"]);
    assert_eq!(get(&report, "ok"), JsValue::TRUE);
    assert_eq!(get(&report, "ascii").as_string().as_deref(), Some("xn--mller-kva.de"));
    assert_eq!(get(&report, "tld").as_string().as_deref(), Some("de"));
    let diagnostics = get(&report, "diagnostics");
    assert!(Array::is_array(&diagnostics));
    let first = Array::from(&diagnostics).get(0);
    assert!(is_plain_object(&first));
    assert_eq!(keys(&first), ["code", "severity", "path", "message", "params"]);
    let params = get(&first, "params");
    assert!(is_plain_object(&params), "params must be a plain object, not a Map");
    assert_eq!(get(&params, "mapped").as_string().as_deref(), Some("müller.de"));
}

#[wasm_bindgen_test]
fn absent_forms_are_left_out_not_null() {
    let report = check_domain_js(JsValue::from_str("xn--zz.com"), JsValue::UNDEFINED);
    assert_eq!(keys(&report), ["ok", "input", "diagnostics"]);
    assert_eq!(get(&report, "ok"), JsValue::FALSE);
    assert!(get(&report, "ascii").is_undefined());
}

#[wasm_bindgen_test]
fn numbers_in_params_are_numbers() {
    let report = check_domain_js(JsValue::from_str("ab.it"), JsValue::UNDEFINED);
    let diagnostics = Array::from(&get(&report, "diagnostics"));
    let params = get(&diagnostics.get(0), "params");
    assert_eq!(get(&params, "min").as_f64(), Some(3.0));
    assert_eq!(get(&params, "actual").as_f64(), Some(2.0));
}

#[wasm_bindgen_test]
fn wrong_input_types_are_diagnostics() {
    for (value, type_name) in [
        (JsValue::from_f64(42.0), "number"),
        (JsValue::NULL, "null"),
        (JsValue::UNDEFINED, "undefined"),
        (Object::new().into(), "object"),
        (Array::new().into(), "array"),
        (JsValue::TRUE, "boolean"),
    ] {
        let report = check_domain_js(value, JsValue::UNDEFINED);
        assert_eq!(get(&report, "ok"), JsValue::FALSE);
        assert_eq!(first_code(&report), "input.not_a_string");
        let diagnostics = Array::from(&get(&report, "diagnostics"));
        let params = get(&diagnostics.get(0), "params");
        assert_eq!(get(&params, "type").as_string().as_deref(), Some(type_name));
    }
}

#[wasm_bindgen_test]
fn bad_options_are_diagnostics() {
    let report = check_domain_js(JsValue::from_str("a.de"), options(&[("profile", "nope".into())]));
    assert_eq!(get(&report, "ok"), JsValue::FALSE);
    assert_eq!(first_code(&report), "options.invalid");
    let first = Array::from(&get(&report, "diagnostics")).get(0);
    assert_eq!(get(&first, "path").as_string().as_deref(), Some("options.profile"));

    let report = check_domain_js(JsValue::from_str("a.de"), JsValue::from_str("hostname"));
    assert_eq!(first_code(&report), "options.invalid");

    let report = check_domain_js(JsValue::from_str("a.de"), options(&[("profile", JsValue::from_f64(1.0))]));
    assert_eq!(first_code(&report), "options.invalid");

    let report = check_domain_js(JsValue::from_str("a.de"), options(&[("profil", "record".into())]));
    assert_eq!(first_code(&report), "options.invalid");
    let first = Array::from(&get(&report, "diagnostics")).get(0);
    assert_eq!(get(&get(&first, "params"), "value").as_string().as_deref(), Some("profil"));

    let report = check_domain_js(JsValue::from_str("a.de"), options(&[("locale", JsValue::from_f64(7.0))]));
    let first = Array::from(&get(&report, "diagnostics")).get(0);
    assert_eq!(get(&first, "path").as_string().as_deref(), Some("options.locale"));
}

#[wasm_bindgen_test]
fn options_choose_profile_and_locale() {
    let report = check_domain_js(JsValue::from_str("_dmarc.example.com"), options(&[("profile", "record".into())]));
    assert_eq!(get(&report, "ok"), JsValue::TRUE);
    let report = check_domain_js(JsValue::from_str("ab.it"), options(&[("locale", "de".into())]));
    let first = Array::from(&get(&report, "diagnostics")).get(0);
    assert!(get(&first, "message").as_string().unwrap().contains("mindestens"));
    let report = check_domain_js(JsValue::from_str("a.de"), JsValue::NULL);
    assert_eq!(get(&report, "ok"), JsValue::TRUE);
}

#[wasm_bindgen_test]
fn versions_and_codes_are_plain_data() {
    let v = versions();
    assert!(is_plain_object(&v));
    assert!(get(&v, "publicSuffixList").as_string().unwrap().contains("publicsuffixlist"));
    assert_eq!(get(&v, "unicode").as_string().unwrap(), domain_rules::name::idna2008::UNICODE_VERSION);
    let list = Array::from(&codes());
    assert_eq!(list.length() as usize, domain_rules::Code::ALL.len());
    assert_eq!(keys(&list.get(0)), ["code", "summary"]);
}

#[wasm_bindgen_test]
fn contact_schema_countries_and_zone_info_are_plain_objects() {
    let schema = contact_schema_js("CA".into(), options(&[("locale", "fr".into())]));
    assert!(is_plain_object(&schema));
    assert_eq!(get(&schema, "ok"), JsValue::TRUE);
    assert_eq!(get(&schema, "countryName").as_string().as_deref(), Some("Canada"));
    let fields: Array = get(&schema, "fields").dyn_into().unwrap();
    let state = fields.iter().find(|f| get(f, "key").as_string().as_deref() == Some("state")).expect("state");
    assert_eq!(get(&state, "label").as_string().as_deref(), Some("Province"));
    assert!(Array::is_array(&get(&state, "options")));

    let bad_role = contact_schema_js("CA".into(), options(&[("role", "owner".into())]));
    assert_eq!(get(&bad_role, "ok"), JsValue::FALSE);
    assert_eq!(first_code(&bad_role), "options.invalid");
    let not_a_country = contact_schema_js(JsValue::from_f64(1.0), JsValue::UNDEFINED);
    assert_eq!(first_code(&not_a_country), "order.country_invalid");

    let list: Array = countries_js(options(&[("locale", "da".into())])).dyn_into().unwrap();
    assert_eq!(list.length(), 249);
    assert_eq!(get(&list.get(248), "code").as_string().as_deref(), Some("AX"));
    let bad = countries_js(options(&[("order", "x".into())]));
    assert!(Array::is_array(&bad), "a bad option keeps the default locale");

    let uk = zone_info_js("co.uk".into(), JsValue::UNDEFINED);
    assert!(is_plain_object(&uk));
    assert_eq!(get(&get(&uk, "authCode"), "pushToTag").as_string().as_deref(), Some("1API-DE"));
    // The WebAssembly build keeps no source texts: no sources key.
    assert!(!keys(&uk).contains(&"sources".to_owned()));
    let unknown = zone_info_js("no such zone".into(), JsValue::UNDEFINED);
    assert_eq!(get(&unknown, "ok"), JsValue::FALSE);
}

#[wasm_bindgen_test]
fn yes_or_no_and_batches_answer_as_the_report_does() {
    let names = ["example.de", "Example.DE", "-x.de", "www.example.co.uk", "müller.de", "пример.de", "ab.it", ""];
    let array: Array = names.iter().map(|n| JsValue::from_str(n)).collect();
    array.push(&JsValue::from_f64(7.0));
    let answers = check_domains_js(array.into(), JsValue::UNDEFINED).expect("an array is accepted");
    for (i, name) in names.iter().enumerate() {
        let ok = get(&check_domain_js(JsValue::from_str(name), JsValue::UNDEFINED), "ok").as_bool();
        assert_eq!(is_registrable_js(JsValue::from_str(name)), ok == Some(true), "{name}");
        assert_eq!(answers.get_index(i as u32), u8::from(ok == Some(true)), "{name}");
    }
    assert_eq!(answers.get_index(names.len() as u32), 0, "a number is no name");
    assert!(!is_registrable_js(JsValue::NULL));
    assert!(check_domains_js(JsValue::from_str("example.de"), JsValue::UNDEFINED).is_err());
}
