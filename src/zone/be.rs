//! .be (DNS Belgium).

use super::{Cited, Source, ZonePolicy};

/// DNS Belgium, valid domain name: 2 to 63 characters (Unicode form for the minimum).
const DNS_BELGIUM_VALID_NAME: Source =
    Source { url: "https://docs.dnsbelgium.be/be/general/domainnames.html", date: "undated; read 2026-11-28" };

/// 2 to 63 characters.
pub const POLICY: ZonePolicy = ZonePolicy {
    zones: &["be"],
    min_length: Cited { value: 2, source: DNS_BELGIUM_VALID_NAME },
    max_length: Cited { value: 63, source: DNS_BELGIUM_VALID_NAME },
};
