//! Network facts the order check needs offline: IP address syntax and the special-purpose
//! address ranges that can never be a nameserver's glue.

pub mod special;

use std::net::IpAddr;

/// An address as typed (surrounding spaces allowed), strictly parsed: no leading zeros in IPv4
/// octets, no short forms, IPv6 in any standard notation without a zone index.
pub fn parse_ip(text: &str) -> Option<IpAddr> {
    text.trim().parse().ok()
}

/// Whether the text reads as an IP address (to tell an address typed where a name belongs).
pub fn is_ip(text: &str) -> bool {
    let t = text.trim().trim_end_matches('.');
    parse_ip(t).is_some() || parse_ip(t.trim_start_matches('[').trim_end_matches(']')).is_some()
}
