//! .no (Norid).

use super::{Cited, Source, ZonePolicy};

/// Norid's 23 special characters (bokmål, nynorsk and the Sámi languages), open to everyone since
/// 2004-02-18.
const NORID_CHARACTERS: Source = Source { url: "https://www.norid.no/no/domeneregistrering/idn/", date: "2004-02-18" };

/// Norid, about domain names: 2 to 63 characters.
const NORID_NAMES: Source =
    Source { url: "http://www.norid.no/domeneregistrering/om-navn.en.html", date: "undated; read 2026-11-28" };

/// 2 to 63 characters.
pub const POLICY: ZonePolicy = ZonePolicy {
    zones: &["no"],
    min_length: Cited { value: 2, source: NORID_NAMES },
    max_length: Cited { value: 63, source: NORID_NAMES },
    characters: Cited { value: Some(&["àáäåæçèéêñńòóôöøüčđŋšŧž"]), source: NORID_CHARACTERS },
    fields: &[],
    rules: &[],
};
