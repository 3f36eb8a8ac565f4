//! .it (Registro .it, IIT-CNR).

use super::{Cited, Source, ZonePolicy};

/// The nic.it syntax rules as published by registrars: 3 to 63 characters at the second level.
/// The HEXONET wiki says 2; the registry's rule (3) is followed.
const NIC_IT_SYNTAX: Source =
    Source { url: "http://www.101domain.com/faq/it/Syntax-Rules.htm", date: "undated; read 2026-11-28" };

/// 3 to 63 characters.
pub const POLICY: ZonePolicy = ZonePolicy {
    zones: &["it"],
    min_length: Cited { value: 3, source: NIC_IT_SYNTAX },
    max_length: Cited { value: 63, source: NIC_IT_SYNTAX },
};
