//! Record vectors (tests/data/records/*.toml), natively and under wasm-bindgen-test: each gives a
//! record or zone request as JSON, the expected verdict, the codes and paths in order, and
//! optionally the owner's forms, the canonical value, params and a message fragment.

use std::collections::BTreeMap;

use domain_rules::record::{
    RecordReport, RecordRequest, ZoneRequest, check_record, check_zone_records, unreadable_record, unreadable_zone,
};
use domain_rules::{Code, Diagnostic, Locale, ParamValue};
use serde::Deserialize;
use wasm_bindgen_test::wasm_bindgen_test;

const RECORD_FILES: &[(&str, &str)] =
    &[("names.toml", include_str!("data/records/names.toml")), ("types.toml", include_str!("data/records/types.toml"))];
const ZONE_FILE: &str = include_str!("data/records/zones.toml");

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    case: Vec<Case>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    name: String,
    #[serde(default)]
    record: Option<String>,
    #[serde(default)]
    zone: Option<String>,
    ok: bool,
    codes: Vec<String>,
    paths: Vec<String>,
    #[serde(default)]
    fqdn: Option<String>,
    #[serde(default)]
    relative: Option<String>,
    #[serde(default)]
    value: Option<String>,
    #[serde(default)]
    params: BTreeMap<String, String>,
    #[serde(default)]
    message: Option<String>,
    /// Zone cases: the codes and paths of the records' own reports, in order.
    #[serde(default)]
    record_codes: Vec<String>,
    #[serde(default)]
    record_paths: Vec<String>,
}

fn parse(file: &str, text: &str) -> Vec<Case> {
    toml::from_str::<File>(text).unwrap_or_else(|e| panic!("{file}: {e}")).case
}

fn codes_and_paths(diagnostics: &[Diagnostic]) -> (Vec<&str>, Vec<&str>) {
    (diagnostics.iter().map(|d| d.code.as_str()).collect(), diagnostics.iter().map(|d| d.path.as_str()).collect())
}

/// What differs between a case's expectations and the diagnostics found.
fn compare(case: &Case, ok: bool, diagnostics: &[Diagnostic], problems: &mut Vec<String>) {
    let (codes, paths) = codes_and_paths(diagnostics);
    if ok != case.ok {
        problems.push(format!("ok should be {}, is {ok}", case.ok));
    }
    if codes != case.codes {
        problems.push(format!("codes should be {:?}, are {codes:?}", case.codes));
    }
    if paths != case.paths {
        problems.push(format!("paths should be {:?}, are {paths:?}", case.paths));
    }
    for (key, expected) in &case.params {
        let found = diagnostics.iter().find_map(|d| d.params.get(key)).map(|v| match v {
            ParamValue::Int(n) => n.to_string(),
            ParamValue::Text(t) => t.clone(),
        });
        if found.as_deref() != Some(expected.as_str()) {
            problems.push(format!("param {key} should be {expected:?}, is {found:?}"));
        }
    }
    if let Some(fragment) = &case.message
        && !diagnostics.iter().any(|d| d.message.contains(fragment.as_str()))
    {
        let messages: Vec<&str> = diagnostics.iter().map(|d| d.message.as_str()).collect();
        problems.push(format!("no message contains {fragment:?}: {messages:?}"));
    }
}

/// The request with each `<c*N>` replaced by N copies of the character c.
fn expand(json: &str) -> String {
    let mut out = String::new();
    let mut rest = json;
    while let Some(start) = rest.find('<') {
        let end = rest[start..].find('>').map(|e| start + e);
        let repeat = end.and_then(|end| {
            let (c, n) = rest[start + 1..end].split_once('*')?;
            Some((c.chars().next()?, n.parse::<usize>().ok()?, end))
        });
        match repeat {
            Some((c, n, end)) => {
                out.push_str(&rest[..start]);
                out.extend(std::iter::repeat_n(c, n));
                rest = &rest[end + 1..];
            }
            None => {
                out.push_str(&rest[..=start]);
                rest = &rest[start + 1..];
            }
        }
    }
    out + rest
}

fn record_report(json: &str) -> RecordReport {
    match serde_json::from_str::<RecordRequest>(&expand(json)) {
        Ok(request) => check_record(&request),
        Err(e) => unreadable_record(&e.to_string(), Locale::En),
    }
}

#[wasm_bindgen_test(unsupported = test)]
fn every_record_vector_matches() {
    let mut failures = Vec::new();
    let mut count = 0;
    for (file, text) in RECORD_FILES {
        for case in parse(file, text) {
            count += 1;
            let json = case.record.as_deref().unwrap_or_else(|| panic!("{file}: {}: no record", case.name));
            let report = record_report(json);
            let mut problems = Vec::new();
            compare(&case, report.ok, &report.diagnostics, &mut problems);
            let name = report.name.as_ref();
            if let Some(fqdn) = &case.fqdn
                && name.map(|n| &n.fqdn) != Some(fqdn)
            {
                problems.push(format!("fqdn should be {fqdn}, name is {name:?}"));
            }
            if let Some(relative) = &case.relative
                && name.map(|n| &n.relative) != Some(relative)
            {
                problems.push(format!("relative should be {relative}, name is {name:?}"));
            }
            if let Some(value) = &case.value
                && report.value.as_ref() != Some(value)
            {
                problems.push(format!("value should be {value:?}, is {:?}", report.value));
            }
            if !problems.is_empty() {
                failures.push(format!("{file}: {}:\n    {}", case.name, problems.join("\n    ")));
            }
        }
    }
    assert!(count >= 100, "only {count} record vectors");
    assert!(failures.is_empty(), "{} of {count} record vectors fail:\n{}", failures.len(), failures.join("\n"));
}

#[wasm_bindgen_test(unsupported = test)]
fn every_zone_vector_matches() {
    let mut failures = Vec::new();
    for case in parse("zones.toml", ZONE_FILE) {
        let json = case.zone.as_deref().unwrap_or_else(|| panic!("zones.toml: {}: no zone", case.name));
        let report = match serde_json::from_str::<ZoneRequest>(json) {
            Ok(request) => check_zone_records(&request),
            Err(e) => unreadable_zone(&e.to_string(), Locale::En),
        };
        let mut problems = Vec::new();
        compare(&case, report.ok, &report.diagnostics, &mut problems);
        let own: Vec<Diagnostic> = report.records.iter().flat_map(|r| r.diagnostics.clone()).collect();
        let (codes, paths) = codes_and_paths(&own);
        if codes != case.record_codes || paths != case.record_paths {
            problems.push(format!(
                "record diagnostics should be {:?} at {:?}, are {codes:?} at {paths:?}",
                case.record_codes, case.record_paths
            ));
        }
        if !problems.is_empty() {
            failures.push(format!("zones.toml: {}:\n    {}", case.name, problems.join("\n    ")));
        }
    }
    assert!(failures.is_empty(), "{} zone vectors fail:\n{}", failures.len(), failures.join("\n"));
}

/// Every record code has a vector, so none ships untested.
#[wasm_bindgen_test(unsupported = test)]
fn every_record_code_has_a_vector() {
    let mut seen = Vec::new();
    for (file, text) in RECORD_FILES.iter().chain([&("zones.toml", ZONE_FILE)]) {
        for case in parse(file, text) {
            seen.extend(case.codes.into_iter().chain(case.record_codes));
        }
    }
    let missing: Vec<&str> = Code::ALL
        .iter()
        .map(|c| c.as_str())
        .filter(|c| c.starts_with("record.") && !seen.iter().any(|s| s == c))
        .collect();
    assert!(missing.is_empty(), "record codes without a vector: {missing:?}");
}
