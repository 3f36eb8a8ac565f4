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
    let mut group = c.benchmark_group("check_domain");
    for (name, names) in &sets {
        group.throughput(Throughput::Elements(names.len() as u64));
        group.bench_function(*name, |b| {
            b.iter(|| {
                for n in names {
                    black_box(check_domain(black_box(n), &options));
                }
            })
        });
    }
    group.finish();

    let mut group = c.benchmark_group("baseline_idna_strict");
    for (name, names) in &sets {
        group.throughput(Throughput::Elements(names.len() as u64));
        group.bench_function(*name, |b| {
            b.iter(|| {
                for n in names {
                    let _ = black_box(idna::domain_to_ascii_strict(black_box(n)));
                }
            })
        });
    }
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20).measurement_time(std::time::Duration::from_secs(3));
    targets = bench
}
criterion_main!(benches);
