//! The addresses of a nameserver: the ones the order gives, or else the system resolver's.

use std::net::{IpAddr, ToSocketAddrs};

/// The addresses of `host` from the system resolver (`getaddrinfo`), without duplicates, IPv4
/// first; `None` when it knows none.
pub fn system_addresses(host: &str) -> Option<Vec<IpAddr>> {
    let found = (host, 0).to_socket_addrs().ok()?;
    let mut addresses: Vec<IpAddr> = Vec::new();
    for address in found {
        if !addresses.contains(&address.ip()) {
            addresses.push(address.ip());
        }
    }
    addresses.sort_by_key(|ip| ip.is_ipv6());
    (!addresses.is_empty()).then_some(addresses)
}
