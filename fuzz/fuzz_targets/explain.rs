//! `explain_error` on any text, without an order and with one (a .de order with nameservers),
//! in a locale chosen by the input. Invariants: `ok` exactly when no error; a text is either
//! recognised, with no `registrar.unrecognised`, or not, with exactly that one explanation
//! carrying the text (the order's own findings may follow); every diagnostic documented and
//! rendered; the same causes and paths when the text comes inside a WHMCS retry wrapper; time
//! and report size linear in the input.
#![no_main]

use domain_rules::explain::{ExplainReport, MAX_TEXT_BYTES, explain_error};
use domain_rules::order::Order;
use domain_rules::{Code, Locale};
use fuzz_support::{check_catalogue, check_diagnostics, check_size, has_error, timed, warm_up};
use libfuzzer_sys::fuzz_target;

/// The order some runs explain against.
fn order() -> Order {
    serde_json::from_str(
        r#"{"domain": "beispiel.de", "scope": "fields", "nameservers": ["ns1.beispiel.net", "ns2.example.org"],
            "registrant": {"type": "organization", "organization": "Beispiel GmbH", "country": "DE"}}"#,
    )
    .expect("the fuzz order reads")
}

fn check(what: &str, text: &str, report: &ExplainReport, locale: Locale) {
    assert_eq!(report.ok, !has_error(&report.diagnostics), "{what}: ok is not 'no error'");
    check_diagnostics(what, &report.diagnostics, locale);
    check_size(what, report, text.len());
    let unknown = report.diagnostics.iter().filter(|d| d.code == Code::RegistrarUnrecognised).count();
    let refused = report.diagnostics.first().is_some_and(|d| d.path == "text");
    if report.recognised {
        assert_eq!(unknown, 0, "{what}: recognised, yet registrar.unrecognised");
        assert!(!report.diagnostics.is_empty(), "{what}: recognised with nothing said");
    } else if !refused {
        assert_eq!(unknown, 1, "{what}: not recognised, yet {unknown} registrar.unrecognised");
        assert_eq!(report.diagnostics[0].code, Code::RegistrarUnrecognised, "{what}: the explanation is not first");
    }
}

/// The causes and paths the registrar's text gave (the order's own findings left out).
fn causes(report: &ExplainReport) -> Vec<(Code, String)> {
    let own = |d: &&domain_rules::Diagnostic| d.code.as_str().starts_with("registrar.");
    report.diagnostics.iter().filter(own).map(|d| (d.code, d.path.clone())).collect()
}

fuzz_target!(
    init: {
        check_catalogue();
        warm_up();
    },
    |data: &[u8]| {
        let text = String::from_utf8_lossy(data);
        let locale = Locale::ALL[data.first().map_or(0, |b| usize::from(*b) % Locale::ALL.len())];
        let order = order();
        for with_order in [None, Some(&order)] {
            let what = format!("explain_error({text:?}, order: {}, {locale:?})", with_order.is_some());
            let report = timed(&what, text.len(), || explain_error(&text, with_order, locale));
            check(&what, &text, &report, locale);
            // The retry wrapper changes nothing (for a text that is not itself wrapped).
            let plain = !text.trim().is_empty() && text.len() + 20 < MAX_TEXT_BYTES;
            let starts = |prefix: &str| text.trim_start().get(..prefix.len()).is_some_and(|h| h.eq_ignore_ascii_case(prefix));
            let wrapped_already = ["Retry Response", "An Error Occurred", "Error:", "Domain ", "Updating", "Deletion", "Loading", "Could not"]
                .iter()
                .any(|p| starts(p));
            if plain && !wrapped_already && !text.contains(['<', '[', '=']) {
                let wrapped = format!("Retry Response: {text}");
                let again = explain_error(&wrapped, with_order, locale);
                if again.recognised || report.recognised {
                    assert_eq!(causes(&again), causes(&report), "{what}: the retry wrapper changes the explanation");
                }
            }
        }
    }
);
