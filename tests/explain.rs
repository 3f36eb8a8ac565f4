//! The registrar-error explainer against tests/data/explain.toml: natively, under
//! wasm-bindgen-test (the Rust function and `explainError`), and through `domain-rules explain`;
//! and every parameter the field sets know, explained when it is missing or invalid.

use domain_rules::explain::{ExplainReport, MAX_TEXT_BYTES, explain_error};
use domain_rules::order::Order;
use domain_rules::zone::policies;
use domain_rules::{Code, Locale};
use serde::Deserialize;
use wasm_bindgen_test::wasm_bindgen_test;

const VECTORS: &str = include_str!("data/explain.toml");

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    case: Vec<Case>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    origin: String,
    text: String,
    order: Option<String>,
    locale: Option<String>,
    recognised: bool,
    codes: Vec<String>,
    paths: Vec<String>,
    registry_code: Option<String>,
    source: Option<String>,
    action: Option<String>,
    domain: Option<String>,
    message: Option<String>,
}

fn cases() -> Vec<Case> {
    let file: File = toml::from_str(VECTORS).expect("explain.toml reads");
    file.case
}

fn locale(case: &Case) -> Locale {
    case.locale.as_deref().map_or(Locale::En, Locale::from_tag)
}

fn order(case: &Case) -> Option<Order> {
    case.order.as_deref().map(|json| serde_json::from_str(json).unwrap_or_else(|e| panic!("{}: {e}", case.origin)))
}

/// What is wrong with a report (as JSON) for a case; empty when it is as expected.
fn problems(case: &Case, report: &serde_json::Value) -> Vec<String> {
    let mut found = Vec::new();
    let diagnostics = report["diagnostics"].as_array().cloned().unwrap_or_default();
    let codes: Vec<&str> = diagnostics.iter().filter_map(|d| d["code"].as_str()).collect();
    let paths: Vec<&str> = diagnostics.iter().filter_map(|d| d["path"].as_str()).collect();
    if report["recognised"].as_bool() != Some(case.recognised) {
        found.push(format!("recognised should be {}", case.recognised));
    }
    if codes != case.codes {
        found.push(format!("codes {codes:?}, expected {:?}", case.codes));
    }
    if paths != case.paths {
        found.push(format!("paths {paths:?}, expected {:?}", case.paths));
    }
    let has_error = diagnostics.iter().any(|d| d["severity"] == "error");
    if report["ok"].as_bool() != Some(!has_error) {
        found.push("ok must be true exactly when no diagnostic is an error".into());
    }
    for (key, expected) in [
        ("registryCode", &case.registry_code),
        ("source", &case.source),
        ("action", &case.action),
        ("domain", &case.domain),
    ] {
        match expected.as_deref() {
            None => {}
            Some("") if !report[key].is_null() => found.push(format!("{key} should be absent, is {}", report[key])),
            Some("") => {}
            Some(value) if report[key].as_str() != Some(value) => {
                found.push(format!("{key} is {}, expected {value:?}", report[key]));
            }
            Some(_) => {}
        }
    }
    if let Some(text) = &case.message {
        let message = diagnostics.first().and_then(|d| d["message"].as_str()).unwrap_or_default();
        if !message.contains(text.as_str()) {
            found.push(format!("message {message:?} lacks {text:?}"));
        }
    }
    for d in &diagnostics {
        let message = d["message"].as_str().unwrap_or_default();
        if message.is_empty() || message.contains('{') {
            found.push(format!("message not filled in: {message:?}"));
        }
    }
    if !case.recognised && case.codes.first().map(String::as_str) == Some("registrar.unrecognised") {
        let text = diagnostics[0]["params"]["text"].as_str().unwrap_or_default();
        if text != case.text.trim() {
            found.push(format!("the unrecognised text is not carried: {text:?}"));
        }
    }
    found
}

fn native(case: &Case) -> ExplainReport {
    explain_error(&case.text, order(case).as_ref(), locale(case))
}

#[wasm_bindgen_test(unsupported = test)]
fn every_explain_vector_matches() {
    let mut failures = Vec::new();
    for case in cases() {
        let report = serde_json::to_value(native(&case)).unwrap();
        let found = problems(&case, &report);
        if !found.is_empty() {
            failures.push(format!("{}: {:?}\n  {}\n  {report}", case.origin, case.text, found.join("\n  ")));
        }
    }
    assert!(failures.is_empty(), "{} failing:\n{}", failures.len(), failures.join("\n"));
}

#[wasm_bindgen_test(unsupported = test)]
fn the_vectors_hold_the_catalogue_and_enough_variants_and_unknown_texts() {
    let all = cases();
    let catalogue = all.iter().filter(|c| !c.origin.starts_with("variant") && c.recognised).count();
    let variants = all.iter().filter(|c| c.origin.starts_with("variant")).count();
    let unknown = all.iter().filter(|c| !c.recognised && c.codes == ["registrar.unrecognised"]).count();
    assert!(catalogue >= 30 && variants >= 40 && unknown >= 15, "{catalogue} {variants} {unknown}");
    // Every cause of the catalogue is shown by some case (the text checks are not).
    for code in Code::ALL.iter().filter(|c| c.as_str().starts_with("registrar.")) {
        let text_checks = [Code::RegistrarTextTooLong, Code::RegistrarTextInvalid];
        if !text_checks.contains(code) {
            assert!(all.iter().any(|c| c.codes.iter().any(|k| k == code.as_str())), "no case shows {code}");
        }
    }
}

/// Every parameter of every field set, missing and invalid, with an order of its zone: the path
/// is the field and the message says the field's own label.
#[wasm_bindgen_test(unsupported = test)]
fn every_field_set_parameter_is_explained_missing_and_invalid() {
    let mut failures = Vec::new();
    let mut count = 0;
    for policy in policies() {
        let zone = policy.zones[0];
        let order: Order =
            serde_json::from_str(&format!(r#"{{"domain": "example.{zone}", "scope": "fields"}}"#)).unwrap();
        for field in policy.fields {
            let Some(param) = field.api_param else { continue };
            for (text, code) in [
                (format!("Missing required attribute; {param}"), "registrar.attribute_missing"),
                (format!("541 Invalid attribute value; {param}"), "registrar.attribute_invalid"),
            ] {
                count += 1;
                for (with_order, locale) in [(Some(&order), Locale::De), (None, Locale::En)] {
                    let report = explain_error(&text, with_order, locale);
                    let first = &report.diagnostics[0];
                    let label = field.label(locale);
                    let right = report.recognised
                        && first.code.as_str() == code
                        && first.path == format!("fields.{}", field.key)
                        && (with_order.is_none() || first.message.contains(label));
                    if !right {
                        failures.push(format!("{zone} {text}: {:?} {} {}", first.code, first.path, first.message));
                    }
                }
            }
        }
    }
    assert!(count > 100, "only {count} parameters");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[wasm_bindgen_test(unsupported = test)]
fn input_that_is_no_answer_is_a_diagnostic() {
    let long = "x".repeat(MAX_TEXT_BYTES + 1);
    let report = explain_error(&long, None, Locale::En);
    assert_eq!(report.diagnostics[0].code, Code::RegistrarTextTooLong);
    assert!(!report.ok && !report.recognised);
    let report = explain_error("", None, Locale::De);
    assert_eq!(report.diagnostics[0].code, Code::RegistrarTextEmpty);
    assert!(report.diagnostics[0].message.starts_with("Fügen Sie"));
    // A very long unknown text is carried, cut, for the operator.
    let report = explain_error(&"unknown ".repeat(1000), None, Locale::En);
    let text = report.diagnostics[0].params.get("text").unwrap();
    assert!(matches!(text, domain_rules::ParamValue::Text(t) if t.chars().count() == 2001 && t.ends_with('…')));
}

/// Under WebAssembly: every vector through `explainError` gives a plain JS object equal to the
/// native report serialised as JSON.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen_test]
fn every_explain_vector_is_the_same_through_the_js_api() {
    use js_sys::{Object, Reflect};
    use wasm_bindgen::JsValue;
    let mut failures = Vec::new();
    for case in cases() {
        let options = Object::new();
        if let Some(order) = &case.order {
            Reflect::set(&options, &"order".into(), &js_sys::JSON::parse(order).unwrap()).unwrap();
        }
        if let Some(locale) = &case.locale {
            Reflect::set(&options, &"locale".into(), &JsValue::from_str(locale)).unwrap();
        }
        let js = domain_rules::wasm::explain_error_js(JsValue::from_str(&case.text), options.into());
        let text = js_sys::JSON::stringify(&js).unwrap().as_string().unwrap();
        let from_js: serde_json::Value = serde_json::from_str(&text).unwrap();
        let found = problems(&case, &from_js);
        let same = from_js == serde_json::to_value(native(&case)).unwrap();
        if !found.is_empty() || !same {
            failures.push(format!("{}: {} {found:?}", case.origin, from_js));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Through the command line: the text on standard input (CR and LF kept), the order from a
/// file, the locale as a flag.
#[cfg(not(target_arch = "wasm32"))]
#[test]
fn every_explain_vector_through_the_cli() {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let dir = std::env::temp_dir().join(format!("domain-rules-explain-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let mut failures = Vec::new();
    for (i, case) in cases().iter().enumerate() {
        let mut command = Command::new(env!("CARGO_BIN_EXE_domain-rules"));
        command.arg("explain");
        if let Some(order) = &case.order {
            let path = dir.join(format!("order-{i}.json"));
            std::fs::write(&path, order).unwrap();
            command.arg("--order").arg(&path);
        }
        if let Some(locale) = &case.locale {
            command.arg(format!("--locale={locale}"));
        }
        command.arg("-").stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped());
        let mut child = command.spawn().unwrap();
        child.stdin.take().unwrap().write_all(case.text.as_bytes()).unwrap();
        let output = child.wait_with_output().unwrap();
        let report: serde_json::Value = match serde_json::from_slice(&output.stdout) {
            Ok(report) => report,
            Err(e) => {
                failures.push(format!("{}: no JSON ({e}): {}", case.origin, String::from_utf8_lossy(&output.stderr)));
                continue;
            }
        };
        let mut found = problems(case, &report);
        let exit = output.status.code();
        if exit != Some(if report["ok"] == true { 0 } else { 1 }) {
            found.push(format!("exit status {exit:?}"));
        }
        if report != serde_json::to_value(native(case)).unwrap() {
            found.push("differs from the library's report".into());
        }
        if !found.is_empty() {
            failures.push(format!("{}: {}", case.origin, found.join("; ")));
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The command line: the words of the text as arguments, a bad order file, bytes that are not
/// UTF-8, and too much input.
#[cfg(not(target_arch = "wasm32"))]
#[test]
fn the_explain_command_reads_words_files_and_refuses_what_is_no_text() {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let run = |args: &[&str], stdin: &[u8]| {
        let mut child = Command::new(env!("CARGO_BIN_EXE_domain-rules"))
            .arg("explain")
            .args(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        // The child may stop reading early (too much input); a closed pipe is its choice.
        let _ = child.stdin.take().unwrap().write_all(stdin);
        let output = child.wait_with_output().unwrap();
        let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap_or_default();
        (output.status.code(), report)
    };
    let (status, report) = run(&["545", "Object", "not", "found;", "DOMAIN", "NAME", "NOT", "FOUND"], b"");
    assert_eq!((status, report["diagnostics"][0]["code"].as_str()), (Some(1), Some("registrar.domain_not_managed")));
    let (status, report) = run(&["200 Command completed successfully"], b"");
    assert_eq!((status, report["ok"].as_bool()), (Some(0), Some(true)));
    let (_, report) = run(&["-"], b"Missing required attribute; \xff X");
    assert_eq!(report["diagnostics"][0]["code"], "registrar.text_invalid");
    let (status, report) = run(&[], &vec![b'x'; MAX_TEXT_BYTES * 3]);
    assert_eq!((status, report["diagnostics"][0]["code"].as_str()), (Some(1), Some("registrar.text_too_long")));
    assert_eq!(report["diagnostics"][0]["params"]["actual"], MAX_TEXT_BYTES * 3);
    let dir = std::env::temp_dir().join(format!("domain-rules-explain-bad-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bad = dir.join("order.json");
    std::fs::write(&bad, "{ not json").unwrap();
    let (status, report) = run(&["--order", bad.to_str().unwrap(), "Invaild Authorization Code"], b"");
    let codes: Vec<&str> =
        report["diagnostics"].as_array().unwrap().iter().filter_map(|d| d["code"].as_str()).collect();
    assert_eq!((status, codes), (Some(1), vec!["registrar.auth_code_invalid", "order.invalid"]));
    let _ = std::fs::remove_dir_all(&dir);
    let output = Command::new(env!("CARGO_BIN_EXE_domain-rules")).args(["explain", "--colour"]).output().unwrap();
    assert_eq!(output.status.code(), Some(2));
}
