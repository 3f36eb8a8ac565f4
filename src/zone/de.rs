//! .de (DENIC eG).

use super::{Cited, Source, ZonePolicy};

/// DENIC's list of the characters a .de name may hold besides a–z, 0–9 and `-`.
const DENIC_IDN: Source =
    Source { url: "https://www.denic.de/en/know-how/idn-domains/", date: "undated; read 2026-11-28" };

/// The 93 characters of DENIC's list. They are exactly the code points of Latin-1 Supplement and
/// Latin Extended-A (U+0080 to U+017F) that IDNA2008 makes PVALID: the 32 lower-case letters of
/// Latin-1 (ß, à to ö, ø to ÿ) and 61 of Latin Extended-A, whose other four lower-case letters
/// (ĳ, ŀ, ŉ, ſ) IDNA2008 disallows. A test checks both the count and the derivation.
pub const DENIC_CHARACTERS: &str =
    "ßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿāăąćĉċčďđēĕėęěĝğġģĥħĩīĭįıĵķĸĺļľłńņňŋōŏőœŕŗřśŝşšţťŧũūŭůűųŵŷźżž";

/// DENIC freed one- and two-character names, all-digit names and names equal to TLDs or car
/// plates on 2009-10-23; the maximum of 63 counts the ACE (xn--) form.
const DENIC_2009: Source =
    Source { url: "https://denic-services.de/en/denic-direct/denic-domain-guidelines", date: "2009-10-23" };

/// 1 to 63 characters; all-digit labels are allowed (no rule refuses them).
pub const POLICY: ZonePolicy = ZonePolicy {
    zones: &["de"],
    min_length: Cited { value: 1, source: DENIC_2009 },
    max_length: Cited { value: 63, source: DENIC_2009 },
    characters: Cited { value: Some(&[DENIC_CHARACTERS]), source: DENIC_IDN },
};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::name::idna2008::{self, Category};

    #[test]
    fn denic_list_has_93_characters_derived_from_idna2008() {
        let list: Vec<char> = DENIC_CHARACTERS.chars().collect();
        assert_eq!(list.len(), 93);
        let derived: Vec<char> =
            ('\u{0080}'..='\u{017F}').filter(|&c| idna2008::category(c) == Category::Pvalid).collect();
        let mut sorted = list.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(sorted, derived, "the list is the PVALID part of U+0080..U+017F");
    }
}
