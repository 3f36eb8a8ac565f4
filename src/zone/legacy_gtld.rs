//! .com and .net (Verisign) and .org (Public Interest Registry).

use super::nameservers::{Model, NsPolicy};
use super::order_facts::{Basis, GENERIC_GTLD, OrderFacts};
use super::{Cited, RFC_1035, Registry, Source, UTS_39_RESTRICTION, ZonePolicy};

/// Verisign's RSEP request of 2017-11-30 treats single-character .com names as reserved names,
/// not as invalid syntax; labels are 1 to 63 characters under the DNS rules. .org's registry
/// agreement (appendix 6) likewise reserves, rather than forbids, one- and two-character names.
const VERISIGN_RSEP_2017: Source =
    Source::new("https://docslib.org/doc/9909641/verisign-inc-request-30-november-2017", "2017-11-30");

/// 1 to 63 characters.
pub const POLICY: ZonePolicy = ZonePolicy {
    zones: &["com", "net", "org"],
    min_length: Cited { value: 1, source: VERISIGN_RSEP_2017 },
    max_length: Cited { value: 63, source: RFC_1035 },
    characters: Cited { value: None, source: UTS_39_RESTRICTION },
    fields: &[],
    rules: &[],
};

/// .com, .net and .org: the gTLD rules, verified for these zones (Route 53's .com page, the
/// ICANN Transfer Policy, the module FAQ).
pub const ORDER: OrderFacts = OrderFacts { zones: &["com", "net", "org"], basis: Basis::Zone, ..GENERIC_GTLD };

/// Verisign (.com, .net) and PIR (.org): host objects; a domain may have no nameservers (it is
/// then not delegated) and up to 13.
const VERISIGN_HOSTS: Source = Source::new("https://www.rfc-editor.org/rfc/rfc5732", "2009-08");

/// Its nameserver rules.
pub const NAMESERVERS: NsPolicy = NsPolicy {
    zones: &["com", "net", "org"],
    count: Cited { value: (0, 13), source: VERISIGN_HOSTS },
    model: Cited { value: Model::HostObjects, source: VERISIGN_HOSTS },
    distinct_addresses: false,
    nsentry: None,
};

/// Everything this module declares, for the list in `zone/mod.rs`.
pub const REGISTRY: Registry = Registry::new(&[&POLICY], &[&ORDER], &[&NAMESERVERS]);
