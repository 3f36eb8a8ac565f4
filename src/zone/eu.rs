//! .eu (EURid).

use super::{Cited, Source, ZonePolicy};

/// EURid, technical limitations: 2 to 63 characters, the minimum counted on the Unicode form,
/// the maximum on the ACE form.
const EURID_LIMITS: Source =
    Source { url: "http://www.eurid.eu/it/eu-domain-names/technical-limitations", date: "undated; read 2026-11-28" };

/// 2 to 63 characters.
pub const POLICY: ZonePolicy = ZonePolicy {
    zones: &["eu"],
    min_length: Cited { value: 2, source: EURID_LIMITS },
    max_length: Cited { value: 63, source: EURID_LIMITS },
};
