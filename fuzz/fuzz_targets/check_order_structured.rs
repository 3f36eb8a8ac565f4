//! `check_order` on generated orders: every zone with a field set, contact types and
//! countries, the zone's own field keys and values, nameservers with and without glue,
//! actions and locales. Each order is written as JSON and read as a form's order is, so a
//! finding replays as it stands in the JSON target (the panic message shows the JSON).
#![no_main]

use fuzz_support::order_gen::OrderInput;
use fuzz_support::{check_catalogue, run_order_json, warm_up};
use libfuzzer_sys::fuzz_target;

fuzz_target!(
    init: {
        check_catalogue();
        warm_up();
    },
    |input: OrderInput| {
        let json = input.to_json();
        run_order_json(&format!("check_order_structured {json}"), &json, true);
    }
);
