//! `check_record` on a record request: JSON when the input starts with `{` (as a zone editor
//! sends it; `unreadable_record` where it is none), else a generated request (types from
//! `record::TYPES`, names and values from fragments and arbitrary strings).
//! Invariants: see `check_record_report`, and time and report size linear in the input.
#![no_main]

use arbitrary::{Arbitrary, Unstructured};
use domain_rules::record::{RecordRequest, check_record, unreadable_record};
use fuzz_support::record_gen::{RecordRequestInput, record_len};
use fuzz_support::{check_catalogue, check_diagnostics, check_record_report, check_size, timed, warm_up};
use libfuzzer_sys::fuzz_target;

fuzz_target!(
    init: {
        check_catalogue();
        warm_up();
    },
    |data: &[u8]| {
        let (request, len) = if data.first() == Some(&b'{') {
            let Ok(text) = std::str::from_utf8(data) else { return };
            match serde_json::from_str::<RecordRequest>(text) {
                Ok(request) => (request, text.len()),
                Err(error) => {
                    let report = unreadable_record(&error.to_string(), domain_rules::Locale::En);
                    assert!(!report.ok);
                    check_diagnostics("unreadable_record", &report.diagnostics, domain_rules::Locale::En);
                    check_size("unreadable_record", &report, text.len());
                    return;
                }
            }
        } else {
            let Ok(input) = RecordRequestInput::arbitrary_take_rest(Unstructured::new(data)) else { return };
            let request = input.build();
            let len = record_len(&request);
            (request, len)
        };
        let what = format!("check_record {request:?}");
        let report = timed(&what, len, || check_record(&request));
        check_record_report(&what, &request, &report);
        check_size(&what, &report, len);
    }
);
