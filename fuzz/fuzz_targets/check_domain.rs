//! `check_domain` on any text, in every profile, in a locale chosen by the input's length.
//! Invariants: see `check_domain_report`, time and report size linear in the input, and the
//! yes-or-no `check_ok` (and `is_registrable`) answering as the report's `ok`.
#![no_main]

use domain_rules::{Locale, Options, Profile, check_domain, check_ok, is_registrable};
use fuzz_support::{check_catalogue, check_domain_report, check_size, timed, warm_up};
use libfuzzer_sys::fuzz_target;

fuzz_target!(
    init: {
        check_catalogue();
        warm_up();
    },
    |data: &[u8]| {
        let text = String::from_utf8_lossy(data);
        let locale = Locale::ALL[data.len() % Locale::ALL.len()];
        for &profile in Profile::ALL {
            let options = Options { profile, locale };
            let what = format!("check_domain({profile:?}, {locale:?})");
            let report = timed(&what, text.len(), || check_domain(&text, &options));
            check_domain_report(&what, &report, &text, &options);
            check_size(&what, &report, text.len());
            assert_eq!(check_ok(&text, profile), report.ok, "{what}: check_ok differs from the report's ok");
            if profile == Profile::Registration {
                assert_eq!(is_registrable(&text), report.ok, "{what}: is_registrable differs from the report's ok");
            }
        }
    }
);
