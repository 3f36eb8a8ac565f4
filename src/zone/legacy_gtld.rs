//! .com and .net (Verisign) and .org (Public Interest Registry).

use super::order_facts::{AuthCode, Basis, IdProtection, OrderFacts, Terms, TransferLock, Years};
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

/// Route 53's .com page: terms and ID protection as a second registrar sells them.
const ROUTE53_COM: Source =
    Source::new("https://github.com/awsdocs/amazon-route53-docs/blob/2c31968/doc_source/com.md", "2023-04-07");
/// .com, .net and .org: the gTLD rules.
pub const ORDER: OrderFacts = OrderFacts {
    zones: &["com", "net", "org"],
    basis: Basis::Zone,
    terms: Cited {
        value: Terms { register: Years::range(1, 10), renew: Years::range(1, 10), transfer: Years::only(1) },
        source: ROUTE53_COM,
    },
    auth_code: Cited { value: AuthCode::Required, source: super::order_facts::API_TRANSFER },
    transfer_lock: Cited {
        value: TransferLock::Days { after_registration: 60, after_transfer: 60 },
        source: super::order_facts::ICANN_TRANSFER_POLICY,
    },
    id_protection: Cited { value: IdProtection::Offered, source: super::order_facts::ISPAPI_FAQ },
    bundle: Cited { value: &[], source: ROUTE53_COM },
    contacts_on_transfer: Cited { value: false, source: super::order_facts::MODULE_TRANSFER },
};
