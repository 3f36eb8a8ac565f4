//! Native speed of the domain check on the fixed corpus (benches/corpus.txt), beside a baseline
//! run in the same process: the `idna` crate's strict UTS #46 conversion of the same names,
//! which is the first stage of our check and what a plain validator would run.
//!
//! `scripts/bench.sh` runs this and prints names per second and the ratios.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use domain_rules::{Options, check_domain};

const CORPUS: &str = include_str!("corpus.txt");

fn corpus(filter: fn(&str) -> bool) -> Vec<&'static str> {
    CORPUS.lines().filter(|n| filter(n)).collect()
}

fn bench(c: &mut Criterion) {
    let sets = [("all", corpus(|_| true)), ("ascii", corpus(|n| n.is_ascii())), ("idn", corpus(|n| !n.is_ascii()))];
    let options = Options::default();
    group(c, "check_domain", &sets, |n| drop(black_box(check_domain(black_box(n), &options))));
    group(c, "baseline_idna_strict", &sets, |n| drop(black_box(idna::domain_to_ascii_strict(black_box(n)))));
    input_length(c);
}

/// Time against input length, from 125 to 1,000 code points. Linear time shows as a constant
/// time per code point across the sizes (criterion prints it as throughput). `idn` names hold
/// one `ä` per 50 code points, so even 1,000 of them stay under the input limit (1,024 bytes)
/// and reach every stage; `mixed` names (letters, marks, symbols, joiners, right-to-left) pass
/// the limit at about 550 code points and are then refused at the front door.
fn input_length(c: &mut Criterion) {
    const IDN: &str = "abcdefghijklmnopqrstuvwxyz-ä0123456789-abcdefghij.";
    const MIXED: &str = "aé-ß😀\u{200D}.xn--bcher-kva.пример·l\u{0301}א٣";
    let options = Options::profile(domain_rules::Profile::Hostname);
    let mut group = c.benchmark_group("input_length");
    for length in [125usize, 250, 500, 1000] {
        group.throughput(Throughput::Elements(length as u64));
        for (kind, pattern) in [("idn", IDN), ("mixed", MIXED)] {
            let input: String = pattern.chars().cycle().take(length).collect();
            group.bench_function(format!("{kind}_{length}"), |b| {
                b.iter(|| black_box(check_domain(black_box(&input), &options)))
            });
        }
    }
    group.finish();
}

/// One benchmark group: `check` over every name of each set, with the set size as throughput.
fn group(c: &mut Criterion, name: &str, sets: &[(&str, Vec<&str>)], check: impl Fn(&str)) {
    let mut group = c.benchmark_group(name);
    for (set, names) in sets {
        group.throughput(Throughput::Elements(names.len() as u64));
        group.bench_function(*set, |b| b.iter(|| names.iter().for_each(|n| check(n))));
    }
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20).measurement_time(std::time::Duration::from_secs(3));
    targets = bench
}
criterion_main!(benches);
