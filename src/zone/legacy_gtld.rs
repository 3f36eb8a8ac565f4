//! .com and .net (Verisign) and .org (Public Interest Registry).

use super::order_facts::{Basis, GENERIC_GTLD, OrderFacts};
use super::{Cited, RFC_1035, Source, UTS_39_RESTRICTION, ZonePolicy};

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
