//! `check_zone_records` on a zone request: JSON when the input starts with `{`
//! (`unreadable_zone` where it is none), else a generated zone whose records share names, so
//! that the rules between records (CNAME beside other data, targets that are aliases, loops,
//! duplicates) are reached.
//! Invariants: see `check_zone_report`, and time and report size linear in the input.
#![no_main]

use arbitrary::{Arbitrary, Unstructured};
use domain_rules::record::{ZoneRequest, check_zone_records, unreadable_zone};
use fuzz_support::record_gen::{ZoneRequestInput, zone_len};
use fuzz_support::{check_catalogue, check_diagnostics, check_size, check_zone_report, timed, warm_up};
use libfuzzer_sys::fuzz_target;

fuzz_target!(
    init: {
        check_catalogue();
        warm_up();
    },
    |data: &[u8]| {
        let (request, len) = if data.first() == Some(&b'{') {
            let Ok(text) = std::str::from_utf8(data) else { return };
            match serde_json::from_str::<ZoneRequest>(text) {
                Ok(request) => (request, text.len()),
                Err(error) => {
                    let report = unreadable_zone(&error.to_string(), domain_rules::Locale::En);
                    assert!(!report.ok);
                    check_diagnostics("unreadable_zone", &report.diagnostics, domain_rules::Locale::En);
                    check_size("unreadable_zone", &report, text.len());
                    return;
                }
            }
        } else {
            let Ok(input) = ZoneRequestInput::arbitrary_take_rest(Unstructured::new(data)) else { return };
            let request = input.build();
            let len = zone_len(&request);
            (request, len)
        };
        let what = format!("check_zone_records {request:?}");
        let report = timed(&what, len, || check_zone_records(&request));
        check_zone_report(&what, &request, &report);
        check_size(&what, &report, len);
    }
);
