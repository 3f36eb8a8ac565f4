//! .es (Red.es).

use super::{Cited, Source, ZonePolicy};

/// The syntax rules of the Spanish national domain plan as restated by registrars: 3 to 63
/// characters at the second level.
const RED_ES_SYNTAX: Source =
    Source { url: "http://www.101domain.com/faq/es/Syntax-Rules.htm", date: "undated; read 2026-11-28" };

/// 3 to 63 characters.
pub const POLICY: ZonePolicy = ZonePolicy {
    zones: &["es"],
    min_length: Cited { value: 3, source: RED_ES_SYNTAX },
    max_length: Cited { value: 63, source: RED_ES_SYNTAX },
};
