//! Properties of valid U-labels, with labels built at random (fixed seed) from the IDNA2008
//! table: a name the engine accepts converts to its A-label and back to the same U-label, and
//! each form, checked again, gives the other. Run natively and under WebAssembly.

use domain_rules::name::idna2008::{self, Category};
use domain_rules::{Options, Profile, check_domain};
use wasm_bindgen_test::wasm_bindgen_test;

/// A small linear congruential generator: the same labels on every run and target.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, bound: usize) -> usize {
        self.0 = self.0.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        ((self.0 >> 33) % bound as u64) as usize
    }
}

/// A label of 1 to 12 PVALID code points of one script (plus Common and Inherited ones), so
/// that many labels are valid; those that are not (not NFC, a leading mark, a bidi rule) are
/// skipped.
fn random_label(rng: &mut Lcg, ranges: &[(u32, u32, Category, idna2008::Script)]) -> String {
    let (_, _, _, script) = ranges[rng.next(ranges.len())];
    let pool: Vec<&(u32, u32, Category, idna2008::Script)> =
        ranges.iter().filter(|r| r.3 == script || r.3.is_shared()).collect();
    let length = 1 + rng.next(12);
    (0..length)
        .map(|_| {
            let &&(first, last, _, _) = &pool[rng.next(pool.len())];
            let cp = first + rng.next((last - first + 1) as usize) as u32;
            char::from_u32(cp).expect("the table holds scalar values")
        })
        .collect()
}

#[wasm_bindgen_test(unsupported = test)]
fn valid_labels_round_trip_through_their_a_label() {
    let ranges: Vec<_> = idna2008::ranges().filter(|r| r.2 == Category::Pvalid && r.0 > 0x7F).collect();
    let options = Options::profile(Profile::Hostname);
    let mut rng = Lcg(5891);
    let mut valid = 0;
    for _ in 0..4000 {
        let label = random_label(&mut rng, &ranges);
        // IDNA2008 labels are NFC; a random sequence of marks often is not.
        if icu_normalizer::ComposingNormalizerBorrowed::new_nfc().normalize(&label) != label {
            continue;
        }
        let name = format!("{label}.example");
        let report = check_domain(&name, &options);
        if !report.ok {
            continue;
        }
        valid += 1;
        let ascii = report.ascii.clone().expect("an ok report has an A-label form");
        let unicode = report.unicode.clone().expect("an ok report has a U-label form");
        assert_eq!(unicode, name, "a valid lower-case NFC label is its own U-label");
        let back = check_domain(&ascii, &options);
        assert!(back.ok, "{ascii} (from {name:?}) is refused: {:?}", back.diagnostics);
        assert_eq!(back.unicode.as_deref(), Some(unicode.as_str()), "{ascii} does not decode to {name:?}");
        assert_eq!(back.ascii.as_deref(), Some(ascii.as_str()), "{ascii} does not re-encode to itself");
    }
    assert!(valid >= 1000, "only {valid} of 4000 random labels were valid; the generator needs work");
}
