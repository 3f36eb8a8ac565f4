//! .uk (Nominet): only the order facts; the names follow the DNS limits and IDNA2008.

use super::nameservers::{COMMON_LIMITS, Model, NsPolicy};
use super::order_facts::{AuthCode, Basis, IdProtection, OrderFacts, Terms, TransferLock, Years};
use super::{Cited, Registry, Source};

/// The registrar API's .co.uk page (revision 2017-12-14): 1 to 10 years; a transfer is a push by
/// the current registrar to the new registrar's tag, with no code, and keeps the expiry date.
const WIKI_UK: Source = Source::new("https://wiki.hexonet.net/wiki/CO.UK", "2017-12-14");

/// The module FAQ #33: the API's Nominet tag is `1API-DE`.
const FAQ_TAG: Source = Source::new(
    "https://github.com/centralnicgroup-public/rtldev-middleware-documentation/blob/ea9a139/docs/hexonet/faqs/whmcs-ispapi-registrar.md",
    "2023-09-28",
);

/// Route 53's .uk page: the registry hides the registrant's data itself.
const ROUTE53_UK: Source =
    Source::new("https://github.com/awsdocs/amazon-route53-docs/blob/2c31968/doc_source/uk.md", "2023-04-07");

/// The tag a .uk name is pushed to for a transfer into the API's account.
pub const TAG: &str = "1API-DE";

/// .uk and its second-level zones.
pub const ORDER: OrderFacts = OrderFacts {
    zones: &["uk", "co.uk", "org.uk", "me.uk", "ltd.uk", "plc.uk", "net.uk"],
    basis: Basis::Zone,
    terms: Cited {
        value: Terms { register: Years::range(1, 10), renew: Years::range(1, 10), transfer: Years::only(0) },
        source: WIKI_UK,
    },
    auth_code: Cited { value: AuthCode::PushToTag(TAG), source: FAQ_TAG },
    transfer_lock: Cited { value: TransferLock::None, source: WIKI_UK },
    id_protection: Cited { value: IdProtection::RegistryPrivacy, source: ROUTE53_UK },
    bundle: Cited { value: &[], source: WIKI_UK },
    contacts_on_transfer: Cited { value: true, source: super::order_facts::MODULE_TRANSFER },
};

/// Nominet (.uk and its second-level zones): host objects, which must exist whatever TLD the
/// host is in, an in-bailiwick host created only by the registrar of its parent. The count is
/// not stated there; 0 to 13 as for every zone without rules of its own.
const NOMINET_HOSTS: Source = Source::new("https://registrars.nominet.uk/dragon/epp/host", "undated");

/// Its nameserver rules.
pub const NAMESERVERS: NsPolicy = NsPolicy {
    zones: &["uk", "co.uk", "org.uk", "me.uk", "ltd.uk", "plc.uk", "net.uk", "sch.uk"],
    count: Cited { value: (0, 13), source: COMMON_LIMITS },
    model: Cited { value: Model::HostObjects, source: NOMINET_HOSTS },
    distinct_addresses: false,
    nsentry: None,
};

/// Everything this module declares, for the list in `zone/mod.rs`.
pub const REGISTRY: Registry = Registry::new(&[], &[&ORDER], &[&NAMESERVERS]);
