//! .it (Registro .it, IIT-CNR).

use super::{Cited, Source, ZonePolicy};

/// Sources disagree on .it. Registrars still print the 21 letters of the 2012 launch (à â ä è é ê
/// ë ì î ï ò ô ö ù û ü æ œ ç ÿ ß); ICANNWiki says the set grew to the languages of every EU
/// member state in 2015, and IANA's Italian reference LGR (2024-10-25) says the registry permits
/// "a rather exhaustive set of Latin, Greek and Cyrillic code points". The later statements are
/// followed, with EURid's letters of the EU languages standing in for the registry's own list,
/// plus ß from the 2012 list; one script per label applies as everywhere.
const IANA_ITALIAN_LGR: Source = Source {
    url: "https://www.iana.org/domains/lgrs/reference/2024-10-25/italian-rsp-full-variant-language",
    date: "2024-10-25",
};

/// The nic.it syntax rules as published by registrars: 3 to 63 characters at the second level.
/// The HEXONET wiki says 2; the registry's rule (3) is followed.
const NIC_IT_SYNTAX: Source =
    Source { url: "http://www.101domain.com/faq/it/Syntax-Rules.htm", date: "undated; read 2026-11-28" };

/// 3 to 63 characters.
pub const POLICY: ZonePolicy = ZonePolicy {
    zones: &["it"],
    min_length: Cited { value: 3, source: NIC_IT_SYNTAX },
    max_length: Cited { value: 63, source: NIC_IT_SYNTAX },
    characters: Cited {
        value: Some(&[super::eu::EU_LATIN, "ß", super::eu::EU_GREEK, super::eu::EU_CYRILLIC]),
        source: IANA_ITALIAN_LGR,
    },
};
