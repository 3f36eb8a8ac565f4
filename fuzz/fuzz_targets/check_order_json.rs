//! `check_order` on any text read as a JSON order (and `unreadable_order` where it is none).
//! Invariants: see `check_order_report`, and time and report size linear in the input.
#![no_main]

use fuzz_support::{check_catalogue, run_order_json, warm_up};
use libfuzzer_sys::fuzz_target;

fuzz_target!(
    init: {
        check_catalogue();
        warm_up();
    },
    |data: &[u8]| {
        if let Ok(text) = std::str::from_utf8(data) {
            run_order_json("check_order_json", text, false);
        }
    }
);
