//! Random names built from the characters that break validators (dots of every width, hyphens,
//! `xn--`, joiners, combining marks, right-to-left letters, symbols, controls, U+FFFD): no input
//! panics, and every report keeps the contract's invariants. Deterministic (a fixed seed), and
//! run natively and under WebAssembly.

use domain_rules::{Code, Options, Profile, Severity, check_domain};
use wasm_bindgen_test::wasm_bindgen_test;

const PIECES: &[&str] = &[
    "a",
    "b",
    "z",
    "0",
    "9",
    "-",
    "--",
    ".",
    "..",
    "。",
    "．",
    "｡",
    "xn--",
    "XN--",
    "_",
    "*",
    " ",
    "\t",
    "\0",
    "é",
    "É",
    "ß",
    "ς",
    "ü",
    "\u{0308}",
    "\u{05D0}",
    "\u{0627}",
    "\u{0660}",
    "\u{200C}",
    "\u{200D}",
    "\u{00AD}",
    "\u{FFFD}",
    "\u{2488}",
    "😀",
    "ⓐ",
    "Ａ",
    "ﬁ",
    "İ",
    "de",
    "com",
    "co.uk",
    "it",
    "local",
    "123",
    "рф",
    "中国",
    "xn--zz",
    "xn--mller-kva",
    "xn----5da7e",
    "\u{202E}",
    "\u{3000}",
    "ǅ",
    "·",
    "l·l",
    "\u{0375}",
    "\u{05F3}",
    "・",
    "\u{06F1}",
    "а",
    "ӏ",
    "♥",
    "¢",
    "ñ",
    "ευ",
];

/// A small linear congruential generator: the same names on every run and target.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, bound: usize) -> usize {
        self.0 = self.0.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        ((self.0 >> 33) % bound as u64) as usize
    }
}

#[wasm_bindgen_test(unsupported = test)]
fn random_names_keep_the_report_invariants() {
    let mut rng = Lcg(2026);
    let mut checked = 0;
    for _ in 0..6000 {
        let pieces = rng.next(12);
        let name: String = (0..pieces).map(|_| PIECES[rng.next(PIECES.len())]).collect();
        for &profile in Profile::ALL {
            let report = check_domain(&name, &Options::profile(profile));
            checked += 1;
            let has_error = report.diagnostics.iter().any(|d| d.severity == Severity::Error);
            assert_eq!(report.ok, !has_error, "{name:?}");
            assert_eq!(report.ascii.is_some(), report.unicode.is_some(), "{name:?}");
            if let Some(ascii) = &report.ascii {
                assert!(ascii.is_ascii(), "{name:?}: {ascii}");
                assert!(!ascii.bytes().any(|b| b.is_ascii_uppercase()), "{name:?}: {ascii}");
                let empty_label = report.diagnostics.iter().any(|d| d.code == Code::NameEmptyLabel);
                assert!(!ascii.ends_with('.') || empty_label, "{name:?}: {ascii}");
            }
            if let Some(tld) = &report.tld {
                let ascii = report.ascii.as_deref().unwrap_or_default();
                assert!(ascii == tld || ascii.ends_with(&format!(".{tld}")), "{name:?}: {ascii} / {tld}");
            }
            if report.ok && profile == Profile::Registration {
                assert!(report.tld.is_some(), "{name:?} is ok for registration without a zone");
            }
            for d in &report.diagnostics {
                assert!(!d.message.contains('{'), "{name:?}: {}", d.message);
                assert!(
                    !d.message.chars().any(|c| c == '\u{200D}' || c == '\u{202E}' || c == '\0'),
                    "{name:?}: raw invisible in {}",
                    d.message
                );
            }
        }
    }
    assert_eq!(checked, 18_000);
}

/// Long inputs, up to 1,000 code points (and so past the input limit when they are not ASCII):
/// no panic, and the invariants hold.
#[wasm_bindgen_test(unsupported = test)]
fn long_inputs_up_to_1000_code_points() {
    let mut rng = Lcg(1000);
    for round in 0..300 {
        let target = 1 + rng.next(1000);
        let mut name = String::new();
        while name.chars().count() < target {
            name.push_str(PIECES[rng.next(PIECES.len())]);
        }
        let name: String = name.chars().take(target).collect();
        let profile = Profile::ALL[round % Profile::ALL.len()];
        let report = check_domain(&name, &Options::profile(profile));
        let has_error = report.diagnostics.iter().any(|d| d.severity == Severity::Error);
        assert_eq!(report.ok, !has_error, "{name:?}");
        assert!(
            report.diagnostics.len() <= domain_rules::findings::MAX_DIAGNOSTICS + 1,
            "{} diagnostics for {name:?}",
            report.diagnostics.len()
        );
    }
}

/// The largest report, in JSON bytes, per byte of input, plus a constant: what any input can
/// produce, so that report size (and the time to render it) stays linear and small.
const REPORT_BYTES_PER_INPUT_BYTE: usize = 40;
const REPORT_BYTES_BASE: usize = 4_000;

/// Hostile inputs of up to 1,024 bytes (empty labels, controls, invisible characters, the same
/// broken label many times): the report stays within a linear bound, and each kind of finding
/// appears a bounded number of times.
#[wasm_bindgen_test(unsupported = test)]
fn hostile_inputs_give_small_reports() {
    let pieces =
        [".", "..\u{1}", "\u{1}.", "!.", "\u{200D}.", "\u{202E}", "a\u{0301}.", "\u{FFFD}.", "xn--.", "-.", " ."];
    for piece in pieces {
        let name = piece.repeat(1024 / piece.len());
        for profile in Profile::ALL {
            let report = check_domain(&name, &Options::profile(*profile));
            let size = serde_json::to_string(&report).map(|json| json.len()).unwrap_or(usize::MAX);
            let bound = REPORT_BYTES_PER_INPUT_BYTE * name.len() + REPORT_BYTES_BASE;
            assert!(size <= bound, "{piece:?} x {}: a report of {size} bytes (bound {bound})", name.len());
            for d in &report.diagnostics {
                let same = report.diagnostics.iter().filter(|e| e.code == d.code && e.severity == d.severity).count();
                assert!(same <= domain_rules::findings::MAX_PER_CODE, "{piece:?}: {same} x {}", d.code.as_str());
            }
            let empty = report.diagnostics.iter().filter(|d| d.code == Code::NameEmptyLabel).count();
            assert!(empty <= 1, "{piece:?}: {empty} empty-label diagnostics");
        }
    }
}

/// Pieces of record data: numbers at and past their limits, quotes, escapes, URLs, addresses.
const DATA_PIECES: &[&str] = &[
    " ",
    "0",
    "10",
    "65535",
    "65536",
    "255",
    "256",
    "-1",
    ".",
    "@",
    "*",
    "\"",
    "\\",
    "\\0",
    "\\255",
    "\\999",
    ";",
    "=",
    "issue",
    "iodef",
    "mailto:",
    "https://",
    "a",
    "mail",
    "_sip._tcp",
    "192.0.2.1",
    "::1",
    "2001:db8::",
    "hexo.com",
    "hexo.com.",
    "ü",
    "😀",
    "\u{200D}",
    "\t",
    "/",
    ":",
    "[",
    "]",
];

/// Random records of every type, with owners from the name pieces and data from both: no panic,
/// `ok` agrees with the diagnostics, paths name the record's keys, and a canonical value is
/// given only with an ok data check. Run natively and under WebAssembly.
#[wasm_bindgen_test(unsupported = test)]
fn random_records_keep_the_report_invariants() {
    use domain_rules::record::{RecordRequest, TYPES, check_record};
    let mut rng = Lcg(53);
    for round in 0..4000 {
        let piece = |rng: &mut Lcg, pieces: &[&str], n: usize| -> String {
            (0..rng.next(n)).map(|_| pieces[rng.next(pieces.len())]).collect()
        };
        let request = RecordRequest {
            zone: if round % 7 == 0 { piece(&mut rng, PIECES, 4) } else { "hexo.com".to_owned() },
            kind: TYPES[rng.next(TYPES.len())].to_owned(),
            name: piece(&mut rng, PIECES, 5),
            value: (0..rng.next(6)).map(|_| piece(&mut rng, DATA_PIECES, 3) + " ").collect(),
            ttl: None,
            literal: round % 3 == 0,
            locale: None,
        };
        let report = check_record(&request);
        let has_error = report.diagnostics.iter().any(|d| d.severity == Severity::Error);
        assert_eq!(report.ok, !has_error, "{request:?}");
        for d in &report.diagnostics {
            assert!(
                ["record.zone", "record.type", "record.name", "record.value"].contains(&d.path.as_str()),
                "{request:?}: path {}",
                d.path
            );
            assert!(!d.message.contains('{'), "{request:?}: {}", d.message);
        }
        let value_error = report.diagnostics.iter().any(|d| d.path == "record.value" && d.severity == Severity::Error);
        assert!(!(value_error && report.value.is_some()), "{request:?}: a value despite an error");
        if let Some(name) = &report.name {
            assert!(name.fqdn.ends_with('.') && name.fqdn.is_ascii(), "{request:?}: {name:?}");
        }
    }
}
