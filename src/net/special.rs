//! The special-purpose address ranges of the IANA registries that are not globally reachable,
//! plus multicast: no glue address may lie in them (DENIC, Punktum dk and the DNS itself refuse
//! them). Blocks the registries mark globally reachable (AS112, AMT, the anycast addresses) are
//! left out; an IPv6 address outside 2000::/3, the only space assigned for global unicast,
//! is refused too (so the NAT64 prefix 64:ff9b::/96, which stands for an IPv4 address that
//! belongs in the glue itself).

use std::net::{IpAddr, Ipv4Addr};

use crate::source::Source;

/// IANA IPv4 Special-Purpose Address Registry (each range below names the RFC that assigned it).
pub const IPV4_REGISTRY: Source =
    Source::new("https://www.iana.org/assignments/iana-ipv4-special-registry/", "undated; per-range RFCs");
/// IANA IPv6 Special-Purpose Address Registry (each range below names the RFC that assigned it).
pub const IPV6_REGISTRY: Source =
    Source::new("https://www.iana.org/assignments/iana-ipv6-special-registry/", "undated; per-range RFCs");

/// One range: first address as bits, prefix length, and the registry's name for it.
struct Range<T> {
    network: T,
    prefix: u32,
    name: &'static str,
}

const V4: &[Range<u32>] = &[
    Range { network: 0x0000_0000, prefix: 8, name: "\"this network\" (RFC 791)" },
    Range { network: 0x0A00_0000, prefix: 8, name: "private use (RFC 1918)" },
    Range { network: 0x6440_0000, prefix: 10, name: "shared address space, carrier-grade NAT (RFC 6598)" },
    Range { network: 0x7F00_0000, prefix: 8, name: "loopback (RFC 1122)" },
    Range { network: 0xA9FE_0000, prefix: 16, name: "link local (RFC 3927)" },
    Range { network: 0xAC10_0000, prefix: 12, name: "private use (RFC 1918)" },
    Range { network: 0xC000_0000, prefix: 24, name: "IETF protocol assignments (RFC 6890)" },
    Range { network: 0xC000_0200, prefix: 24, name: "documentation, TEST-NET-1 (RFC 5737)" },
    Range { network: 0xC058_6300, prefix: 24, name: "deprecated 6to4 relay anycast (RFC 7526)" },
    Range { network: 0xC0A8_0000, prefix: 16, name: "private use (RFC 1918)" },
    Range { network: 0xC612_0000, prefix: 15, name: "benchmarking (RFC 2544)" },
    Range { network: 0xC633_6400, prefix: 24, name: "documentation, TEST-NET-2 (RFC 5737)" },
    Range { network: 0xCB00_7100, prefix: 24, name: "documentation, TEST-NET-3 (RFC 5737)" },
    Range { network: 0xE000_0000, prefix: 4, name: "multicast (RFC 5771)" },
    Range { network: 0xF000_0000, prefix: 4, name: "reserved (RFC 1112)" },
];

const V6: &[Range<u128>] = &[
    Range { network: 0, prefix: 128, name: "unspecified address (RFC 4291)" },
    Range { network: 1, prefix: 128, name: "loopback (RFC 4291)" },
    Range { network: 0xffff_0000_0000, prefix: 96, name: "IPv4-mapped address (RFC 4291)" },
    Range { network: 0x0064_ff9b_0001 << 80, prefix: 48, name: "IPv4/IPv6 translation, local use (RFC 8215)" },
    Range { network: 0x0100 << 112, prefix: 64, name: "discard-only (RFC 6666)" },
    Range { network: 0x2001 << 112, prefix: 23, name: "IETF protocol assignments (RFC 2928)" },
    Range { network: 0x2001_0db8 << 96, prefix: 32, name: "documentation (RFC 3849)" },
    Range { network: 0x2002 << 112, prefix: 16, name: "6to4 (RFC 3056)" },
    Range { network: 0x3fff << 112, prefix: 20, name: "documentation (RFC 9637)" },
    Range { network: 0x5f00 << 112, prefix: 16, name: "segment routing SIDs (RFC 9602)" },
    Range { network: 0xfc00 << 112, prefix: 7, name: "unique local (RFC 4193)" },
    Range { network: 0xfe80 << 112, prefix: 10, name: "link-local unicast (RFC 4291)" },
    Range { network: 0xff00 << 112, prefix: 8, name: "multicast (RFC 4291)" },
];

/// The name given to an IPv6 address outside the global unicast space.
const GLOBAL_UNICAST_ONLY: &str = "outside global unicast 2000::/3 (RFC 4291)";

/// Blocks inside the ranges above that the registries mark globally reachable: the PCP and
/// TURN anycast addresses, AMT, AS112 (whose servers are nameservers), ORCHIDv2 and DRIP.
const V4_GLOBAL: &[Range<u32>] = &[
    Range { network: 0xC000_0009, prefix: 32, name: "PCP anycast (RFC 7723)" },
    Range { network: 0xC000_000A, prefix: 32, name: "TURN anycast (RFC 8155)" },
];

const V6_GLOBAL: &[Range<u128>] = &[
    Range { network: 0x2001_0001 << 96 | 1, prefix: 128, name: "PCP anycast (RFC 7723)" },
    Range { network: 0x2001_0001 << 96 | 2, prefix: 128, name: "TURN anycast (RFC 8155)" },
    Range { network: 0x2001_0003 << 96, prefix: 32, name: "AMT (RFC 7450)" },
    Range { network: 0x2001_0004_0112 << 80, prefix: 48, name: "AS112-v6 (RFC 7535)" },
    Range { network: 0x2001_0020 << 96, prefix: 28, name: "ORCHIDv2 (RFC 7343)" },
    Range { network: 0x2001_0030 << 96, prefix: 28, name: "drone remote ID (RFC 9374)" },
];

/// Whether `bits` lies in the range of `prefix` bits at `network`, in a `width`-bit space.
fn within(bits: u128, network: u128, prefix: u32, width: u32) -> bool {
    let shift = width - prefix;
    shift >= 128 || bits >> shift == network >> shift
}

/// The registry's name of the range an address lies in, if it is special-purpose and not
/// globally reachable (or multicast).
pub fn special_purpose(ip: IpAddr) -> Option<&'static str> {
    match ip {
        IpAddr::V4(v4) => {
            if v4 == Ipv4Addr::BROADCAST {
                return Some("limited broadcast (RFC 919)");
            }
            let bits = u128::from(u32::from(v4));
            let hit = |r: &&Range<u32>| within(bits, u128::from(r.network), r.prefix, 32);
            if V4_GLOBAL.iter().any(|r| hit(&r)) {
                return None;
            }
            V4.iter().find(hit).map(|r| r.name)
        }
        IpAddr::V6(v6) => {
            let bits = u128::from(v6);
            let hit = |r: &&Range<u128>| within(bits, r.network, r.prefix, 128);
            if V6_GLOBAL.iter().any(|r| hit(&r)) {
                return None;
            }
            // Everything else outside 2000::/3 is unassigned or reserved by the IETF.
            V6.iter().find(hit).map(|r| r.name).or_else(|| (bits >> 125 != 1).then_some(GLOBAL_UNICAST_ONLY))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn special(text: &str) -> Option<&'static str> {
        special_purpose(text.parse().unwrap())
    }

    #[test]
    fn special_ranges() {
        for text in [
            "0.1.2.3",
            "10.0.0.1",
            "100.64.0.1",
            "127.0.0.1",
            "169.254.1.1",
            "172.16.0.1",
            "172.31.255.255",
            "192.0.0.8",
            "192.0.2.1",
            "192.88.99.1",
            "192.168.1.1",
            "198.18.0.1",
            "198.19.255.255",
            "198.51.100.7",
            "203.0.113.9",
            "224.0.0.1",
            "240.0.0.1",
            "255.255.255.255",
            "::",
            "::1",
            "::ffff:192.0.2.1",
            "64:ff9b:1::1",
            "100::1",
            "2001::1",
            "2001:db8::1",
            "2002::1",
            "3fff::1",
            "5f00::1",
            "fd00::1",
            "fe80::1",
            "ff02::1",
            "::2",
            "fec0::1",
            "4000::1",
        ] {
            assert!(special(text).is_some(), "{text}");
        }
        for text in [
            "8.8.8.8",
            "81.91.170.12",
            "172.32.0.1",
            "192.31.196.1",
            "192.175.48.1",
            "198.20.0.1",
            "100.128.0.1",
            "2a00:1450::1",
            "2001:4860:4860::8888",
            "2620:fe::fe",
        ] {
            assert_eq!(special(text), None, "{text}");
        }
    }
}
