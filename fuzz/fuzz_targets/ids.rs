//! Every ID format of `ids::FORMATS` on any text.
//! Invariants: a valid number's compact form is non-empty and, checked again, valid with the
//! same compact form and strength (it compacts to itself); `ids::check` by name gives the
//! same answer; time linear in the input.
#![no_main]

use domain_rules::ids::{self, FORMATS};
use fuzz_support::{check_catalogue, timed, warm_up};
use libfuzzer_sys::fuzz_target;

fuzz_target!(
    init: {
        check_catalogue();
        warm_up();
        let mut names = std::collections::BTreeSet::new();
        for format in FORMATS {
            assert!(names.insert(format.name), "two formats are named {}", format.name);
        }
    },
    |data: &[u8]| {
        let text = String::from_utf8_lossy(data);
        for format in FORMATS {
            let what = format!("{}({text:?})", format.name);
            let result = timed(&what, text.len(), || (format.check)(&text));
            assert_eq!(ids::check(format.name, &text), Some(result.clone()), "{what}: ids::check differs");
            let Ok(valid) = result else { continue };
            let compact = &valid.compact;
            assert!(!compact.is_empty(), "{what}: valid with an empty compact form");
            let again = (format.check)(compact);
            assert_eq!(again, Ok(valid.clone()), "{what}: the compact form {compact:?} checked again differs");
        }
    }
);
