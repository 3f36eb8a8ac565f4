//! .es (Red.es).

use super::{Cited, Source, ZonePolicy};

/// Red.es's notice to registrars for IDNs from 2007-10-02: á à é è í ï ó ò ú ü ñ ç and the Catalan
/// `l·l`; the middle dot is listed here and held between two `l` by IDNA2008's CONTEXTO rule.
const RED_ES_IDN: Source =
    Source { url: "http://calidad.geoscopio.com/topicos/noticias.cgi?idnoticias=10067&topico=seg", date: "2007-10-02" };

/// The syntax rules of the Spanish national domain plan as restated by registrars: 3 to 63
/// characters at the second level.
const RED_ES_SYNTAX: Source =
    Source { url: "http://www.101domain.com/faq/es/Syntax-Rules.htm", date: "undated; read 2026-11-28" };

/// 3 to 63 characters.
pub const POLICY: ZonePolicy = ZonePolicy {
    zones: &["es"],
    min_length: Cited { value: 3, source: RED_ES_SYNTAX },
    max_length: Cited { value: 63, source: RED_ES_SYNTAX },
    characters: Cited { value: Some(&["áàéèíïóòúüñç·"]), source: RED_ES_IDN },
    fields: &[],
    rules: &[],
};
