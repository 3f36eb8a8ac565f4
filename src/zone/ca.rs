//! .ca (CIRA).

use super::{Cited, Source, ZonePolicy};

/// CIRA accepts the 16 accented letters of French; names that differ only in them are bundled
/// with their unaccented form for one registrant.
const CIRA_FRENCH: Source = Source {
    url: "https://www.cira.ca/en/ca-domains/register-your-ca/domains-french-accented-characters/",
    date: "undated; read 2026-11-28",
};

/// Registrar specification of .ca (CIRA rules as restated): 2 to 63 characters, ACE form
/// included. CIRA texts up to 2009 said 50 at most; they are superseded.
const CIRA_SPEC: Source = Source {
    url: "https://support.tppwholesale.com.au/hc/en-gb/articles/360009190197--CA",
    date: "undated; read 2026-11-28",
};

/// 2 to 63 characters.
pub const POLICY: ZonePolicy = ZonePolicy {
    zones: &["ca"],
    min_length: Cited { value: 2, source: CIRA_SPEC },
    max_length: Cited { value: 63, source: CIRA_SPEC },
    characters: Cited { value: Some(&["éëêèâàæôœùûüçîïÿ"]), source: CIRA_FRENCH },
};
