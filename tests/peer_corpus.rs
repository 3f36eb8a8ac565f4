//! The peer benchmark's corpus (benches/peers/corpus.tsv, from tools/gen_peer_corpus.py) keeps
//! its promise, natively and under wasm-bindgen-test: every `valid` name is accepted with the
//! default options, every `invalid` one refused, and the counts per kind are the ones the
//! benchmark's figures are read against (12,000 ASCII, 3,000 IDN, 5,000 invalid in 15 kinds).

use std::collections::BTreeMap;

use domain_rules::{Options, check_domain};
use wasm_bindgen_test::wasm_bindgen_test;

const CORPUS: &str = include_str!("../benches/peers/corpus.tsv");

const INVALID_KINDS: [&str; 15] = [
    "leading-hyphen",
    "trailing-hyphen",
    "hyphens-3-4",
    "label-over-63",
    "underscore",
    "space",
    "empty-label",
    "emoji",
    "symbol",
    "numeric-tld",
    "unknown-tld",
    "special-use",
    "name-over-253",
    "url",
    "ip-address",
];

struct Line {
    number: usize,
    valid: bool,
    kind: &'static str,
    name: &'static str,
}

fn lines() -> Vec<Line> {
    CORPUS
        .lines()
        .enumerate()
        .map(|(i, line)| {
            let fields: Vec<&str> = line.splitn(3, '\t').collect();
            assert_eq!(fields.len(), 3, "line {}: not validity<TAB>kind<TAB>name: {line:?}", i + 1);
            let valid = match fields[0] {
                "valid" => true,
                "invalid" => false,
                other => panic!("line {}: validity is {other:?}, not valid or invalid", i + 1),
            };
            Line { number: i + 1, valid, kind: fields[1], name: fields[2] }
        })
        .collect()
}

#[wasm_bindgen_test(unsupported = test)]
fn every_valid_name_is_accepted_and_every_invalid_one_refused() {
    let options = Options::default();
    let mut failures = Vec::new();
    let mut failed = 0;
    for line in lines() {
        let report = check_domain(line.name, &options);
        if report.ok != line.valid {
            failed += 1;
            if failures.len() < 20 {
                let codes: Vec<&str> = report.diagnostics.iter().map(|d| d.code.as_str()).collect();
                let verdict = if report.ok { "accepted" } else { "refused" };
                failures.push(format!(
                    "line {}: {} {} {:?} {verdict} ({})",
                    line.number,
                    if line.valid { "valid" } else { "invalid" },
                    line.kind,
                    line.name,
                    codes.join(", "),
                ));
            }
        }
    }
    assert!(
        failed == 0,
        "{failed} names of benches/peers/corpus.tsv break its promise; the first:\n{}",
        failures.join("\n")
    );
}

#[wasm_bindgen_test(unsupported = test)]
fn the_corpus_has_its_counts_per_kind() {
    let mut counts: BTreeMap<(bool, &str), usize> = BTreeMap::new();
    for line in lines() {
        *counts.entry((line.valid, line.kind)).or_default() += 1;
    }
    assert_eq!(counts.get(&(true, "ascii")), Some(&12_000), "valid ASCII names");
    assert_eq!(counts.get(&(true, "idn")), Some(&3_000), "valid IDN names");
    let valid_kinds: Vec<&str> = counts.keys().filter(|(valid, _)| *valid).map(|(_, kind)| *kind).collect();
    assert_eq!(valid_kinds, ["ascii", "idn"], "the kinds of valid names");

    let mut invalid_kinds: Vec<&str> = counts.keys().filter(|(valid, _)| !*valid).map(|(_, kind)| *kind).collect();
    let mut expected = INVALID_KINDS.to_vec();
    invalid_kinds.sort_unstable();
    expected.sort_unstable();
    assert_eq!(invalid_kinds, expected, "the 15 kinds of invalid names");
    let invalid: usize = counts.iter().filter(|((valid, _), _)| !*valid).map(|(_, n)| n).sum();
    assert_eq!(invalid, 5_000, "invalid names");
    for kind in INVALID_KINDS {
        let n = counts[&(false, kind)];
        assert!((333..=334).contains(&n), "{n} invalid names of kind {kind}, not about 333");
    }
}

#[wasm_bindgen_test(unsupported = test)]
fn every_idn_line_holds_a_u_label_or_an_a_label() {
    for line in lines().iter().filter(|l| l.valid && l.kind == "idn") {
        assert!(
            !line.name.is_ascii() || line.name.split('.').any(|label| label.starts_with("xn--")),
            "line {}: {:?} is no IDN name",
            line.number,
            line.name
        );
    }
    for line in lines().iter().filter(|l| l.valid && l.kind == "ascii") {
        assert!(line.name.is_ascii(), "line {}: {:?} is not ASCII", line.number, line.name);
    }
}
