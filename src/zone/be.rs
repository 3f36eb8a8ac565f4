//! .be (DNS Belgium).

use super::{Cited, Source, ZonePolicy};

/// DNS Belgium's 33 characters since 2013-06-11: the 32 lower-case letters of Latin-1 and œ. The
/// registry's page shows them as an image; the list is the one the trade press printed at launch.
const DNS_BELGIUM_IDN: Source =
    Source { url: "https://www.worldtrademarkreview.com/article/be-registry-allow-idns", date: "2013" };

/// DNS Belgium, valid domain name: 2 to 63 characters (Unicode form for the minimum).
const DNS_BELGIUM_VALID_NAME: Source =
    Source { url: "https://docs.dnsbelgium.be/be/general/domainnames.html", date: "undated; read 2026-11-28" };

/// 2 to 63 characters.
pub const POLICY: ZonePolicy = ZonePolicy {
    zones: &["be"],
    min_length: Cited { value: 2, source: DNS_BELGIUM_VALID_NAME },
    max_length: Cited { value: 63, source: DNS_BELGIUM_VALID_NAME },
    characters: Cited {
        value: Some(&["àáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿœß"]), source: DNS_BELGIUM_IDN
    },
};
