//! .ngo and .ong (Public Interest Registry): only the order facts, a bundle of two zones.

use super::order_facts::{Basis, GENERIC_GTLD, OrderFacts};
use super::{Cited, Registry, Source};

/// PIR's registration policies: a name registered in one of .ngo and .ong is registered in both;
/// a transfer, a deletion and every registry action apply to both.
const PIR_BUNDLE: Source =
    Source::new("https://ongood.ngo/info/registration-policies-for-ngo-and-ong", "undated; read 2026-12-02");

/// .ngo: the gTLD rules, bundled with .ong.
pub const ORDER_NGO: OrderFacts = OrderFacts {
    zones: &["ngo"],
    basis: Basis::Zone,
    bundle: Cited { value: &["ong"], source: PIR_BUNDLE },
    ..GENERIC_GTLD
};

/// .ong: the same, bundled with .ngo.
pub const ORDER_ONG: OrderFacts =
    OrderFacts { zones: &["ong"], bundle: Cited { value: &["ngo"], source: PIR_BUNDLE }, ..ORDER_NGO };

/// Everything this module declares, for the list in `zone/mod.rs`.
pub const REGISTRY: Registry = Registry::new(&[], &[&ORDER_NGO, &ORDER_ONG], &[]);
