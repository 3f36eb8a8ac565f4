//! .fr and the other AFNIC zones (.pm .re .tf .wf .yt).

use super::{Cited, Source, ZonePolicy};

/// AFNIC's 30 characters for .fr and its overseas zones, in force since 2012-05-03, from AFNIC's
/// "IDN technical specifications" of 2012-02-03, whose table is cited here as the French press
/// printed it at the launch (one article counts 31 but enumerates the same 30). No ø, ð, þ.
const AFNIC_IDN: Source = Source {
    url: "https://futura-sciences.com/tech/actualites/internet-bref-accents-adresses-web-fr-39826",
    date: "2012-07",
};

/// AFNIC opened one- and two-character names in phases from December 2014 to 2015-03-17; since
/// then labels of 1 to 63 characters are allowed. (The foundation issue grouped .fr with .es at
/// 3-63; that was the rule before 2014, so the current AFNIC rule is followed.)
const AFNIC_SHORT_NAMES: Source = Source { url: "https://icannwiki.org/.fr", date: "2015-03-17" };

/// 1 to 63 characters.
pub const POLICY: ZonePolicy = ZonePolicy {
    zones: &["fr", "pm", "re", "tf", "wf", "yt"],
    min_length: Cited { value: 1, source: AFNIC_SHORT_NAMES },
    max_length: Cited { value: 63, source: AFNIC_SHORT_NAMES },
    characters: Cited {
        value: Some(&["àáâãäåæçèéêëìíîïñòóôõöùúûüýÿœß"]), source: AFNIC_IDN
    },
    fields: &[],
    rules: &[],
};
