//! Special-use top-level names: never delegated in the public DNS, so never registrable.

use super::Source;

/// A special-use TLD and the document that reserves it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SpecialUse {
    /// The label (ASCII, lower case).
    pub tld: &'static str,
    /// The reserving document.
    pub source: Source,
}

const RFC_2606: Source = Source::new("https://www.rfc-editor.org/rfc/rfc2606", "1999-06");
const RFC_6761: Source = Source::new("https://www.rfc-editor.org/rfc/rfc6761", "2013-02");

/// The special-use names refused for registration, from the IANA Special-Use Domain Names
/// registry (https://www.iana.org/assignments/special-use-domain-names, read 2026-11-28).
/// `.arpa` is a real zone, but run for infrastructure (RFC 3172): nothing is registered there.
pub const SPECIAL_USE: &[SpecialUse] = &[
    SpecialUse { tld: "local", source: Source::new("https://www.rfc-editor.org/rfc/rfc6762", "2013-02") },
    SpecialUse { tld: "localhost", source: RFC_6761 },
    SpecialUse { tld: "test", source: RFC_2606 },
    SpecialUse { tld: "example", source: RFC_2606 },
    SpecialUse { tld: "invalid", source: RFC_2606 },
    SpecialUse { tld: "onion", source: Source::new("https://www.rfc-editor.org/rfc/rfc7686", "2015-10") },
    SpecialUse { tld: "arpa", source: Source::new("https://www.rfc-editor.org/rfc/rfc3172", "2001-09") },
    // RFC 9476: the pseudo-TLD of alternative (non-DNS) name systems; in the IANA registry.
    SpecialUse { tld: "alt", source: Source::new("https://www.rfc-editor.org/rfc/rfc9476", "2023-09") },
    // ICANN reserved .internal for private use, never to be delegated in the root zone (board
    // resolution 2024.07.29.06); not in the IANA special-use registry, but never registrable.
    SpecialUse {
        tld: "internal",
        source: Source::new(
            "https://www.icann.org/en/board-activities-and-meetings/materials/approved-resolutions-special-meeting-of-the-icann-board-29-07-2024-en",
            "2024-07-29",
        ),
    },
];

/// Whether a top-level label (ASCII, lower case) is special-use.
pub fn is_special_use(tld: &str) -> bool {
    SPECIAL_USE.iter().any(|s| s.tld == tld)
}
