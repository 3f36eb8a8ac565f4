//! The policy of every zone without one of its own: the DNS limits and nothing more.

use super::{Cited, RFC_1035, UTS_39_RESTRICTION, ZonePolicy};

/// Labels of 1 to 63 octets (RFC 1035 section 2.3.4); registries may be stricter, which their
/// own policy module then says.
pub const POLICY: ZonePolicy = ZonePolicy {
    zones: &[],
    min_length: Cited { value: 1, source: RFC_1035 },
    max_length: Cited { value: 63, source: RFC_1035 },
    characters: Cited { value: None, source: UTS_39_RESTRICTION },
    fields: &[],
    rules: &[],
};
