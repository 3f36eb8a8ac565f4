//! .de (DENIC eG).

use super::{Cited, Source, ZonePolicy};

/// DENIC freed one- and two-character names, all-digit names and names equal to TLDs or car
/// plates on 2009-10-23; the maximum of 63 counts the ACE (xn--) form.
const DENIC_2009: Source =
    Source { url: "https://denic-services.de/en/denic-direct/denic-domain-guidelines", date: "2009-10-23" };

/// 1 to 63 characters; all-digit labels are allowed (no rule refuses them).
pub const POLICY: ZonePolicy = ZonePolicy {
    zones: &["de"],
    min_length: Cited { value: 1, source: DENIC_2009 },
    max_length: Cited { value: 63, source: DENIC_2009 },
};
