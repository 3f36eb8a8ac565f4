//! A small authoritative DNS server on 127.0.0.1 and 127.0.0.2 (one free port, UDP and TCP),
//! the one the live-check tests use, to try `domain-rules ns-check` by hand:
//!
//! ```text
//! cargo run --features live --example dns_server -- other.de        # prints the port, serves until stdin closes
//! domain-rules ns-check example.de ns1.example.de=127.0.0.1 ns2.example.de=127.0.0.2 --port PORT
//! ```
//!
//! Each zone named on the command line is served with serial 1 and the NS records
//! ns1.<zone> and ns2.<zone>; every other zone is REFUSED.

#[path = "../tests/support/dns_server.rs"]
mod dns_server;

use std::io::Read;
use std::net::{IpAddr, Ipv4Addr};

use dns_server::{Instance, Zone, start};

fn main() {
    let names: Vec<&'static str> = std::env::args()
        .skip(1)
        .map(|zone| &*Box::leak(zone.trim_end_matches('.').to_owned().into_boxed_str()))
        .collect();
    let zones = || -> Vec<Zone> {
        names
            .iter()
            .map(|&origin| Zone::new(origin, 1, &[&format!("ns1.{origin}"), &format!("ns2.{origin}")]))
            .collect()
    };
    let servers = start(
        [Ipv4Addr::new(127, 0, 0, 1), Ipv4Addr::new(127, 0, 0, 2)]
            .into_iter()
            .map(|ip| Instance { address: IpAddr::V4(ip), zones: zones(), authoritative: true })
            .collect(),
    );
    println!(
        "serving {} on 127.0.0.1 and 127.0.0.2, port {}",
        if names.is_empty() { "no zone".to_owned() } else { names.join(", ") },
        servers.port
    );
    // Serve until standard input closes (Ctrl-D, or the end of a pipe).
    let _ = std::io::stdin().read_to_end(&mut Vec::new());
}
