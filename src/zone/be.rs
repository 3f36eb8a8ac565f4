//! .be (DNS Belgium).

use super::{Cited, Registry, Source, ZonePolicy};

/// DNS Belgium's 33 characters (since 2013-06-11): the 32 lower-case letters of Latin-1 and œ.
/// The page prints á as "Á", a slip: the list printed at the launch (World Trademark Review,
/// 2013) has the lower-case letter.
const DNS_BELGIUM_IDN: Source =
    Source::new("https://dnsbelgium.be/fr/enregistrer-nom-de-domaine/valide", "undated; read 2026-11-28");

/// DNS Belgium, valid domain name: 2 to 63 characters (Unicode form for the minimum).
const DNS_BELGIUM_VALID_NAME: Source =
    Source::new("https://docs.dnsbelgium.be/be/general/domainnames.html", "undated; read 2026-11-28");

/// 2 to 63 characters.
pub const POLICY: ZonePolicy = ZonePolicy {
    zones: &["be"],
    min_length: Cited { value: 2, source: DNS_BELGIUM_VALID_NAME },
    max_length: Cited { value: 63, source: DNS_BELGIUM_VALID_NAME },
    characters: Cited {
        value: Some(&["àáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿœß"]), source: DNS_BELGIUM_IDN
    },
    fields: &[],
    rules: &[],
};

/// Everything this module declares, for the list in `zone/mod.rs`.
pub const REGISTRY: Registry = Registry::new(&[&POLICY], &[], &[]);
