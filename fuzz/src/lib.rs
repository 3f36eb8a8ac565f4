//! What the fuzz targets share: the invariants every report must keep, the limits on time and
//! report size, and the structure-aware generators of orders and DNS records.

pub mod invariants;
pub mod order_gen;
pub mod record_gen;
pub mod text;

pub use invariants::*;

use domain_rules::fields::Action;
use domain_rules::order::{Order, check_order, unreadable_order};
use domain_rules::record::{RecordRequest, check_record};
use domain_rules::schema::form_schema;
use domain_rules::{Locale, Options, check_domain, ids};

/// Runs every entry point once, so that tables built on first use are built before any input is
/// timed, and measures the unit of the time limits.
pub fn warm_up() {
    for name in ["example.de", "Müller.DE", "xn--mller-kva.de", "пример.рф", "a..b", "日本.jp"] {
        for &profile in domain_rules::Profile::ALL {
            let _ = check_domain(name, &Options::profile(profile));
        }
    }
    let order: Order = serde_json::from_str(
        r#"{"domain": "eksempel.dk", "registrant": {"type": "organization", "country": "DK"},
            "fields": {"X-REGISTRANT-VATID": "DK13585628", "X-DK-ACCEPT-TAC": "1"},
            "nameservers": ["ns1.example.net", {"name": "ns2.eksempel.dk", "ips": ["81.91.170.12"]}]}"#,
    )
    .expect("the warm-up order reads");
    let _ = check_order(&order);
    let request = RecordRequest {
        zone: "hexo.com".into(),
        kind: "MX".into(),
        name: "@".into(),
        value: "10 mail".into(),
        ..Default::default()
    };
    let _ = check_record(&request);
    for &locale in Locale::ALL {
        for &action in Action::ALL {
            let _ = form_schema("it", action, locale);
        }
    }
    for format in ids::FORMATS {
        let _ = (format.check)("DK13585628");
    }
    // The unit of the time limits, measured now rather than inside the first timed check.
    let _ = reference_time();
}

/// Reads `text` as a JSON order and checks it, asserting the order invariants and the limits
/// on time and report size for the text's length; a text that is no order gets the report of
/// an unreadable order, which must refuse it. `must_read` says the text was written as an
/// order, so that not reading it is a failure of the generator.
pub fn run_order_json(what: &str, text: &str, must_read: bool) {
    match serde_json::from_str::<Order>(text) {
        Ok(order) => {
            let report = timed(what, text.len(), || check_order(&order));
            check_order_report(what, &order, &report);
            check_size(what, &report, text.len());
        }
        Err(error) => {
            assert!(!must_read, "{what}: the generated order does not read: {error}");
            let report = unreadable_order(&error.to_string(), Locale::En);
            assert!(!report.ok, "{what}: an unreadable order is ok");
            check_diagnostics(what, &report.diagnostics, Locale::En);
            check_size(what, &report, text.len());
        }
    }
}
