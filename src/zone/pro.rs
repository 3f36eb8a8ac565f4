//! .pro (Identity Digital).

use super::order_facts::{AuthCode, Basis, GENERIC_GTLD, OrderFacts};
use super::{Cited, RFC_1035, Registry, Source, UTS_39_RESTRICTION, ZonePolicy};

/// The registrar FAQ this project started from: .pro names need at least 4 characters before
/// the dot. ICANN approved the release of 1-3 character .pro names in 2009
/// (https://www.icann.org/news/announcement-2-2009-05-06-en), but registrars still refuse
/// them in their order flow, and an order the registrar refuses is what this engine exists to
/// prevent; so the registrar's rule is followed.
const REGISTRAR_PRO_FAQ: Source = Source::new(
    "https://support.hover.com/support/solutions/articles/201000064761--pro-registration-requirements-and-legal-types",
    "undated; read 2026-11-28",
);

/// At least 4 characters.
pub const POLICY: ZonePolicy = ZonePolicy {
    zones: &["pro"],
    min_length: Cited { value: 4, source: REGISTRAR_PRO_FAQ },
    max_length: Cited { value: 63, source: RFC_1035 },
    characters: Cited { value: None, source: UTS_39_RESTRICTION },
    fields: &[],
    rules: &[],
};

/// Route 53's .pro page: terms and ID protection as a second registrar sells them.
const ROUTE53_PRO: Source =
    Source::new("https://github.com/awsdocs/amazon-route53-docs/blob/2c31968/doc_source/pro.md", "2023-04-07");
/// .pro: the gTLD rules; the code has 6 to 16 characters, and a transfer locks the name for 60 days.
pub const ORDER: OrderFacts = OrderFacts {
    zones: &["pro"],
    basis: Basis::Zone,
    terms: Cited { value: GENERIC_GTLD.terms.value, source: ROUTE53_PRO },
    auth_code: Cited { value: AuthCode::Required, source: ROUTE53_PRO },
    bundle: Cited { value: &[], source: ROUTE53_PRO },
    ..GENERIC_GTLD
};

/// Everything this module declares, for the list in `zone/mod.rs`.
pub const REGISTRY: Registry = Registry::new(&[&POLICY], &[&ORDER], &[]);
