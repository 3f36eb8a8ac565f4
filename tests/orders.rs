//! Whole-order vectors (tests/data/orders/*.toml), natively and under wasm-bindgen-test: each
//! gives an order as JSON, the expected verdict, the order's diagnostic codes and paths in
//! order, and optionally values that must be sent.

use std::collections::BTreeMap;

use domain_rules::order::{Order, check_order, unreadable_order};
use domain_rules::zone::{policies, policy_for};
use domain_rules::{Code, Locale, Options, check_domain};
use serde::Deserialize;
use wasm_bindgen_test::wasm_bindgen_test;

const FILES: &[(&str, &str)] = &[
    ("ca.toml", include_str!("data/orders/ca.toml")),
    ("de.toml", include_str!("data/orders/de.toml")),
    ("dk.toml", include_str!("data/orders/dk.toml")),
    ("it.toml", include_str!("data/orders/it.toml")),
    ("general.toml", include_str!("data/orders/general.toml")),
    ("eu.toml", include_str!("data/orders/eu.toml")),
    ("fr.toml", include_str!("data/orders/fr.toml")),
    ("others.toml", include_str!("data/orders/others.toml")),
    ("nameservers.toml", include_str!("data/orders/nameservers.toml")),
    ("contacts.toml", include_str!("data/orders/contacts.toml")),
    ("flow.toml", include_str!("data/orders/flow.toml")),
    ("contact_values.toml", include_str!("data/orders/contact_values.toml")),
];

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    case: Vec<Case>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    name: String,
    order: String,
    ok: bool,
    codes: Vec<String>,
    paths: Vec<String>,
    #[serde(default)]
    sent: BTreeMap<String, String>,
    #[serde(default)]
    not_sent: Vec<String>,
    #[serde(default)]
    message: Option<String>,
}

fn cases() -> Vec<(&'static str, Case)> {
    FILES
        .iter()
        .flat_map(|(file, text)| {
            let parsed: File = toml::from_str(text).unwrap_or_else(|e| panic!("{file}: {e}"));
            parsed.case.into_iter().map(move |c| (*file, dated(c)))
        })
        .collect()
}

/// The case with `{today-N}` and `{today+N}` written as the dates N days before or after today.
fn dated(mut case: Case) -> Case {
    case.order = fill_dates(&case.order);
    case.message = case.message.as_deref().map(fill_dates);
    case
}

/// `text` with each `{today-N}` and `{today+N}` replaced by that date (`YYYY-MM-DD`).
fn fill_dates(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(at) = rest.find("{today") {
        out.push_str(&rest[..at]);
        let end = rest[at..].find('}').map_or(rest.len(), |e| at + e);
        let offset: i64 = rest[at + 6..end].trim_start_matches('+').parse().expect("{today+N} or {today-N}");
        let (y, m, d) = domain_rules::ids::civil_from_days(domain_rules::ids::today_in_days() + offset);
        out.push_str(&format!("{y:04}-{m:02}-{d:02}"));
        rest = &rest[(end + 1).min(rest.len())..];
    }
    out.push_str(rest);
    out
}

#[wasm_bindgen_test(unsupported = test)]
fn every_order_vector_matches() {
    let mut failures = Vec::new();
    for (file, case) in cases() {
        // An order that does not parse is reported as the front doors report it.
        let report = match serde_json::from_str::<Order>(&case.order) {
            Ok(order) => check_order(&order),
            Err(e) => unreadable_order(&e.to_string(), Locale::En),
        };
        let codes: Vec<&str> = report.diagnostics.iter().map(|d| d.code.as_str()).collect();
        let paths: Vec<&str> = report.diagnostics.iter().map(|d| d.path.as_str()).collect();
        let mut problems = Vec::new();
        if report.ok != case.ok {
            problems
                .push(format!("ok should be {}, is {} (domain: {:?})", case.ok, report.ok, report.domain.diagnostics));
        }
        if codes != case.codes {
            problems.push(format!("codes should be {:?}, are {codes:?}", case.codes));
        }
        if paths != case.paths {
            problems.push(format!("paths should be {:?}, are {paths:?}", case.paths));
        }
        for (param, value) in &case.sent {
            if report.fields.get(param) != Some(value.as_str()) {
                problems.push(format!("{param} should be sent as {value:?}, is {:?}", report.fields.get(param)));
            }
        }
        for param in &case.not_sent {
            if report.fields.get(param).is_some() {
                problems.push(format!("{param} should not be sent"));
            }
        }
        if let Some(text) = &case.message
            && !report.diagnostics.first().is_some_and(|d| d.message.contains(text.as_str()))
        {
            problems.push(format!("the first message should contain {text:?}: {:?}", report.diagnostics.first()));
        }
        for p in problems {
            failures.push(format!("{file}: {}: {p}", case.name));
        }
    }
    assert!(failures.is_empty(), "{} failures:\n{}", failures.len(), failures.join("\n"));
}

#[wasm_bindgen_test(unsupported = test)]
fn order_vectors_cover_every_order_code_and_seed_zone() {
    let cases = cases();
    for code in Code::ALL.iter().filter(|c| c.as_str().starts_with("order.")) {
        assert!(
            cases.iter().any(|(_, c)| c.codes.iter().any(|x| x == code.as_str())),
            "no order vector produces {code}"
        );
    }
    // Every zone with fields: at least 15 vectors for the seed zones, 5 for the others.
    let zone_of = |case: &Case| -> Option<String> {
        let order: Order = serde_json::from_str(&case.order).ok()?;
        check_domain(&order.domain, &Options::default()).tld
    };
    let zones: Vec<Option<String>> = cases.iter().map(|(_, c)| zone_of(c)).collect();
    for policy in policies().iter().filter(|p| !p.fields.is_empty()) {
        // Zones that share a field set (.eu, .ευ, .ею) share their vectors.
        let count = zones.iter().flatten().filter(|z| policy_for(z).fields == policy.fields).count();
        let seed = ["ca", "de", "dk", "it"].iter().any(|s| policy.zones.contains(s));
        let needed = if seed { 15 } else { 5 };
        assert!(count >= needed, "{:?} has only {count} order vectors", policy.zones);
    }
}

/// Under WebAssembly: every order vector through `checkOrder` gives a plain JS object equal,
/// key for key, to the native report serialised as JSON.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen_test]
fn every_order_vector_has_the_same_shape_through_the_js_api() {
    let mut failures = Vec::new();
    for (file, case) in cases() {
        let js_order = js_sys::JSON::parse(&case.order).expect("vector orders are JSON");
        let js = domain_rules::wasm::check_order_js(js_order);
        let text = js_sys::JSON::stringify(&js).unwrap().as_string().unwrap();
        let from_js: serde_json::Value = serde_json::from_str(&text).unwrap();
        let native = match serde_json::from_str::<Order>(&case.order) {
            Ok(order) => serde_json::to_value(check_order(&order)).unwrap(),
            Err(e) => serde_json::to_value(unreadable_order(&e.to_string(), Locale::En)).unwrap(),
        };
        // An unreadable order is explained by each front door's own reader: the code, path and
        // verdict agree, the explanation's wording may not.
        let unreadable = native["diagnostics"][0]["code"] == "order.invalid";
        let same = if unreadable {
            from_js["ok"] == native["ok"]
                && from_js["diagnostics"][0]["code"] == native["diagnostics"][0]["code"]
                && from_js["diagnostics"][0]["path"] == native["diagnostics"][0]["path"]
        } else {
            from_js == native
        };
        if !same {
            failures.push(format!("{file}: {}: JS {from_js} != native {native}", case.name));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
