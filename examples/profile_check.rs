//! Profiling aid: checks every name of a file (one per line) `ROUNDS` times (default 1), for
//! callgrind or perf: `cargo build --profile bench --example profile_check`, then
//! `valgrind --tool=callgrind target/release/examples/profile_check names.txt`; the instructions
//! of an empty file are the start-up, the rest divided by the names the cost of one check.
//! `QUIET` runs `is_registrable` instead of the full report; `TIME` also runs
//! `idna::domain_to_ascii_strict` on the same names and prints both rates (under callgrind, a run
//! with `TIME` less one without is the `idna` crate's cost).
use std::time::Instant;

use domain_rules::{Options, check_domain};

fn main() {
    let path = std::env::args().nth(1).expect("usage: profile_check FILE");
    let text = std::fs::read_to_string(path).expect("the file of names");
    let names: Vec<&str> = text.lines().collect();
    let rounds: usize = std::env::var("ROUNDS").ok().and_then(|r| r.parse().ok()).unwrap_or(1);
    let options = Options::default();
    let start = Instant::now();
    let mut ok = 0;
    let quiet = std::env::var_os("QUIET").is_some();
    for _ in 0..rounds {
        ok += if quiet {
            names.iter().filter(|n| domain_rules::is_registrable(n)).count()
        } else {
            names.iter().filter(|n| check_domain(n, &options).ok).count()
        };
    }
    let check = start.elapsed().as_secs_f64();
    if std::env::var_os("TIME").is_none() {
        println!("{ok}");
        return;
    }
    let start = Instant::now();
    let mut idna_ok = 0;
    for _ in 0..rounds {
        idna_ok += names.iter().filter(|n| idna::domain_to_ascii_strict(n).is_ok()).count();
    }
    let idna = start.elapsed().as_secs_f64();
    let total = (names.len() * rounds) as f64;
    println!(
        "check_domain {:.2} M/s ({ok} ok), idna strict {:.2} M/s ({idna_ok} ok), ratio {:.2}",
        total / check / 1e6,
        total / idna / 1e6,
        idna / check
    );
}
