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
