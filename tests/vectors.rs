//! The data-driven vectors of tests/data/*.toml, read by one runner that names each failing case
//! by file and line. The same runner runs natively and under wasm-bindgen-test (the files are
//! compiled in), so both builds give the same answers.
//!
//! A case: `input`; optional `profile` and `locale`; the expected `ok`; optional `ascii`,
//! `unicode` and `tld` (an empty string means the key must be absent); `codes`, the exact list of
//! diagnostic codes in order; optional `severities` (same order); optional `params`, one table
//! per diagnostic whose keys must be present with these values; optional `message`, a text the
//! first diagnostic's message must contain.

use std::collections::BTreeSet;

use domain_rules::report::ParamValue;
use domain_rules::zone::policies;
use domain_rules::{Code, DomainReport, Locale, Options, Profile, Severity, check_domain};
use serde::Deserialize;
use wasm_bindgen_test::wasm_bindgen_test;

/// Every vector file, by name.
pub const FILES: &[(&str, &str)] = &[
    ("contract.toml", include_str!("data/contract.toml")),
    ("normalisation.toml", include_str!("data/normalisation.toml")),
    ("labels.toml", include_str!("data/labels.toml")),
    ("idn.toml", include_str!("data/idn.toml")),
    ("zones.toml", include_str!("data/zones.toml")),
    ("profiles.toml", include_str!("data/profiles.toml")),
    ("locale_de.toml", include_str!("data/locale_de.toml")),
    ("idna2008.toml", include_str!("data/idna2008.toml")),
    ("zone_fields.toml", include_str!("data/zone_fields.toml")),
];

/// Codes that only a front door can produce (they are tested there, not through `check_domain`).
const FRONT_DOOR_CODES: &[(Code, &str)] = &[
    (Code::InputNotAString, "tests/wasm_api.rs"),
    (Code::InputInvalidUtf8, "tests/cli.rs"),
    (Code::OptionInvalid, "tests/wasm_api.rs"),
    // The HTTP service's refusals of requests it cannot read or serve.
    (Code::InputInvalidJson, "tests/server.rs"),
    (Code::InputMediaType, "tests/server.rs"),
    (Code::InputBodyTooLarge, "tests/server.rs"),
    (Code::InputBatchTooLong, "tests/server.rs"),
    (Code::InputShape, "tests/server.rs"),
    (Code::InputBusy, "tests/server.rs"),
    (Code::InputTimeout, "tests/server.rs"),
    (Code::InputNotFound, "tests/server.rs"),
    // A safety net: reported instead of a silent pass if the idna crate refuses a label for a
    // reason none of the specific codes names. No input of IdnaTestV2.txt reaches it.
    (Code::NameIdnaInvalid, "never reached by known input"),
];

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct VectorFile {
    case: Vec<Case>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    input: String,
    profile: Option<String>,
    locale: Option<String>,
    ok: bool,
    ascii: Option<String>,
    unicode: Option<String>,
    tld: Option<String>,
    codes: Vec<String>,
    severities: Option<Vec<String>>,
    params: Option<Vec<toml::Table>>,
    message: Option<String>,
}

/// One case with where it stands.
struct Located {
    file: &'static str,
    line: usize,
    case: Case,
}

fn load() -> Vec<Located> {
    let mut all = Vec::new();
    for &(file, text) in FILES {
        let parsed: VectorFile = toml::from_str(text).unwrap_or_else(|e| panic!("{file}: {e}"));
        let mut lines =
            text.lines().enumerate().filter(|(_, l)| l.trim_start().starts_with("{ input =")).map(|(n, _)| n + 1);
        for case in parsed.case {
            let line = lines.next().unwrap_or(0);
            all.push(Located { file, line, case });
        }
    }
    all
}

fn options(case: &Case) -> Options {
    let profile = case.profile.as_deref().map_or(Profile::Registration, |p| {
        Profile::parse(p).unwrap_or_else(|| panic!("unknown profile {p} in a vector"))
    });
    let locale = case.locale.as_deref().map_or(Locale::En, Locale::from_tag);
    Options { profile, locale }
}

fn check_optional(what: &str, expected: &Option<String>, actual: &Option<String>, problems: &mut Vec<String>) {
    match expected.as_deref() {
        None => {}
        Some("") if actual.is_some() => problems.push(format!("{what} should be absent, is {actual:?}")),
        Some("") => {}
        Some(e) if actual.as_deref() != Some(e) => problems.push(format!("{what} should be {e:?}, is {actual:?}")),
        Some(_) => {}
    }
}

fn param_matches(expected: &toml::Value, actual: &ParamValue) -> bool {
    match (expected, actual) {
        (toml::Value::Integer(e), ParamValue::Int(a)) => e == a,
        (toml::Value::String(e), ParamValue::Text(a)) => e == a,
        _ => false,
    }
}

/// What is wrong with one report against its case; empty when it matches.
fn problems(case: &Case, report: &DomainReport) -> Vec<String> {
    let mut problems = Vec::new();
    if report.ok != case.ok {
        problems.push(format!("ok should be {}, is {}", case.ok, report.ok));
    }
    let has_error = report.diagnostics.iter().any(|d| d.severity == Severity::Error);
    if report.ok == has_error {
        problems.push("ok disagrees with the severities".into());
    }
    check_optional("ascii", &case.ascii, &report.ascii, &mut problems);
    check_optional("unicode", &case.unicode, &report.unicode, &mut problems);
    check_optional("tld", &case.tld, &report.tld, &mut problems);
    let codes: Vec<&str> = report.diagnostics.iter().map(|d| d.code.as_str()).collect();
    if codes != case.codes {
        problems.push(format!("codes should be {:?}, are {codes:?}", case.codes));
    }
    if let Some(severities) = &case.severities {
        let actual: Vec<String> =
            report.diagnostics.iter().map(|d| format!("{:?}", d.severity).to_lowercase()).collect();
        if &actual != severities {
            problems.push(format!("severities should be {severities:?}, are {actual:?}"));
        }
    }
    if let Some(params) = &case.params {
        for (i, expected) in params.iter().enumerate() {
            let Some(diagnostic) = report.diagnostics.get(i) else {
                problems.push(format!("no diagnostic {i} for params"));
                continue;
            };
            for (key, value) in expected {
                match diagnostic.params.get(key) {
                    Some(actual) if param_matches(value, actual) => {}
                    actual => {
                        problems.push(format!("{} param {key} should be {value}, is {actual:?}", diagnostic.code))
                    }
                }
            }
        }
    }
    if let Some(text) = &case.message {
        match report.diagnostics.first() {
            Some(d) if d.message.contains(text.as_str()) => {}
            first => problems.push(format!("first message should contain {text:?}: {:?}", first.map(|d| &d.message))),
        }
    }
    for d in &report.diagnostics {
        if d.message.is_empty() || d.message.contains('{') || d.message.contains('}') {
            problems.push(format!("{}: message not fully rendered: {:?}", d.code, d.message));
        }
        if d.path != "domain" {
            problems.push(format!("{}: path should be domain, is {}", d.code, d.path));
        }
    }
    problems
}

#[wasm_bindgen_test(unsupported = test)]
fn every_vector_matches() {
    let cases = load();
    let mut failures = Vec::new();
    for located in &cases {
        let report = check_domain(&located.case.input, &options(&located.case));
        for problem in problems(&located.case, &report) {
            failures.push(format!("{}:{}: {:?}: {problem}", located.file, located.line, located.case.input));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} vector checks failed:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

#[wasm_bindgen_test(unsupported = test)]
fn vectors_cover_every_code_profile_and_zone() {
    let cases = load();
    assert!(cases.len() >= 200, "only {} vectors", cases.len());
    let codes: BTreeSet<&str> = cases.iter().flat_map(|c| c.case.codes.iter().map(String::as_str)).collect();
    // Order, record and registrar codes have vectors of their own (tests/orders.rs,
    // tests/records.rs and tests/explain.rs check them); the live checks' codes come from real
    // DNS answers (tests/live.rs).
    let own_vectors = |c: &Code| ["order.", "record.", "live.", "registrar."].iter().any(|p| c.as_str().starts_with(p));
    for &code in Code::ALL.iter().filter(|c| !own_vectors(c)) {
        let exempt = FRONT_DOOR_CODES.iter().any(|&(c, _)| c == code);
        assert!(exempt || codes.contains(code.as_str()), "no vector produces {code}");
    }
    for &profile in Profile::ALL {
        let used = cases.iter().any(|c| options(&c.case).profile == profile);
        assert!(used, "no vector uses the {} profile", profile.as_str());
    }
    for policy in policies() {
        for zone in policy.zones {
            let used = cases.iter().any(|c| c.case.tld.as_deref() == Some(*zone));
            assert!(used, "no vector for the zone {zone}");
        }
    }
    let german = cases.iter().filter(|c| options(&c.case).locale == Locale::De).count();
    assert!(german >= 10, "only {german} German vectors");
}

/// Under WebAssembly: every vector through the JS front door gives a plain JS object equal,
/// key for key, to the native report serialised as JSON.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen_test]
fn every_vector_has_the_same_shape_through_the_js_api() {
    use wasm_bindgen::JsValue;

    let mut failures = Vec::new();
    for located in load() {
        let case = &located.case;
        let options = js_sys::Object::new();
        if let Some(profile) = &case.profile {
            js_sys::Reflect::set(&options, &"profile".into(), &profile.into()).unwrap();
        }
        if let Some(locale) = &case.locale {
            js_sys::Reflect::set(&options, &"locale".into(), &locale.into()).unwrap();
        }
        let js = domain_rules::wasm::check_domain_js(JsValue::from_str(&case.input), options.into());
        let text = js_sys::JSON::stringify(&js).unwrap().as_string().unwrap();
        let from_js: serde_json::Value = serde_json::from_str(&text).unwrap();
        let native = serde_json::to_value(check_domain(&case.input, &self::options(case))).unwrap();
        if from_js != native {
            failures
                .push(format!("{}:{}: {:?}: JS {from_js} != native {native}", located.file, located.line, case.input));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
