//! .dk (Punktum dk, formerly DK Hostmaster).

use super::{Cited, Source, ZonePolicy};

/// Punktum dk, "Approved characters for .dk domain names", version 2.1: at most 63 characters,
/// no minimum stated. Registrar wikis claiming 3 (2014) or 64 are contradicted by the registry
/// and by existing one- and two-character names; the registry is followed.
const PUNKTUM_CHARACTERS: Source =
    Source { url: "https://punktum.dk/en/articles/approved-characters-for-dk-domain-names", date: "2023-04-26" };

/// 1 to 63 characters.
pub const POLICY: ZonePolicy = ZonePolicy {
    zones: &["dk"],
    min_length: Cited { value: 1, source: PUNKTUM_CHARACTERS },
    max_length: Cited { value: 63, source: PUNKTUM_CHARACTERS },
    characters: Cited { value: Some(&["æøåöäüéß"]), source: PUNKTUM_CHARACTERS },
};
