//! The native side of the peer benchmark (benches/peers.mjs runs the JS side): on the generated
//! corpus benches/peers/corpus.tsv, in one process, `check_domain` with the default options and
//! `is_registrable` (its yes-or-no answer) beside the `idna` crate's strict UTS #46 conversion,
//! the first stage of our check and what a plain Rust validator would run.
//!
//! For each: names per second over the whole corpus (the median of ROUNDS timed passes, default
//! 5, after the pass that counts acceptance and WARMUP more passes, default 2, the checkers taking
//! their passes in turn), the invalid names it accepts and the valid names it refuses. One JSON
//! line each, in the shape of benches/peers.mjs; benches/peers-report.mjs makes the table.
//! Figures, not a test: nothing here asserts a time.
//!
//! `cargo bench --bench peers_native`

use std::hint::black_box;
use std::time::Instant;

use domain_rules::{Options, check_domain};

const CORPUS: &str = include_str!("peers/corpus.tsv");

struct Entry {
    valid: bool,
    kind: &'static str,
    name: &'static str,
}

struct Checker {
    name: &'static str,
    accepts: Box<dyn Fn(&str) -> bool>,
    rates: Vec<f64>,
}

fn corpus() -> Vec<Entry> {
    CORPUS
        .lines()
        .map(|line| {
            let mut fields = line.splitn(3, '\t');
            let (validity, kind, name) = (fields.next(), fields.next(), fields.next());
            match (validity, kind, name) {
                (Some(validity), Some(kind), Some(name)) => Entry { valid: validity == "valid", kind, name },
                _ => panic!("benches/peers/corpus.tsv: a line without three fields: {line:?}"),
            }
        })
        .collect()
}

fn env_count(name: &str, default: usize) -> usize {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

/// One timed pass over every name; names per second.
fn pass(accepts: &dyn Fn(&str) -> bool, entries: &[Entry]) -> f64 {
    let start = Instant::now();
    let mut accepted = 0usize;
    for entry in entries {
        accepted += usize::from(accepts(black_box(entry.name)));
    }
    black_box(accepted);
    entries.len() as f64 / start.elapsed().as_secs_f64()
}

fn median(rates: &[f64]) -> f64 {
    let mut sorted = rates.to_vec();
    sorted.sort_by(f64::total_cmp);
    let mid = sorted.len() / 2;
    if sorted.len() % 2 == 1 { sorted[mid] } else { (sorted[mid - 1] + sorted[mid]) / 2.0 }
}

fn main() {
    let entries = corpus();
    let rounds = env_count("ROUNDS", 5).max(1);
    let warmup = env_count("WARMUP", 2);
    let options = Options::default();
    let mut checkers = vec![
        Checker {
            name: "domain-rules check_domain (native)",
            accepts: Box::new(move |n| check_domain(n, &options).ok),
            rates: Vec::new(),
        },
        Checker {
            name: "domain-rules is_registrable (native)",
            accepts: Box::new(domain_rules::is_registrable),
            rates: Vec::new(),
        },
        Checker {
            name: "idna domain_to_ascii_strict (native)",
            accepts: Box::new(|n| idna::domain_to_ascii_strict(n).is_ok()),
            rates: Vec::new(),
        },
    ];

    // Acceptance over the whole corpus (also the first warm-up pass).
    let counts: Vec<_> = checkers
        .iter()
        .map(|checker| {
            let (mut invalid_accepted, mut valid_refused) = (0usize, 0usize);
            let mut by_kind = serde_json::Map::new();
            for entry in &entries {
                let accepted = (checker.accepts)(entry.name);
                if entry.valid && !accepted {
                    valid_refused += 1;
                }
                if !entry.valid {
                    let count = by_kind.entry(entry.kind).or_insert(serde_json::json!(0));
                    if accepted {
                        invalid_accepted += 1;
                        *count = serde_json::json!(count.as_u64().unwrap_or(0) + 1);
                    }
                }
            }
            (invalid_accepted, valid_refused, by_kind)
        })
        .collect();

    for checker in &checkers {
        for _ in 0..warmup {
            pass(&*checker.accepts, &entries);
        }
    }
    for _ in 0..rounds {
        for checker in &mut checkers {
            let rate = pass(&*checker.accepts, &entries);
            checker.rates.push(rate);
        }
    }

    for (checker, (invalid_accepted, valid_refused, by_kind)) in checkers.iter().zip(counts) {
        let line = serde_json::json!({
            "checker": checker.name,
            "namesPerSecond": median(&checker.rates).round() as u64,
            "invalidAccepted": invalid_accepted,
            "validRefused": valid_refused,
            "timedNames": entries.len(),
            "invalidAcceptedByKind": by_kind,
        });
        println!("{line}");
    }
}
