//! .eu, .ευ and .ею (EURid).

use super::{Cited, Source, ZonePolicy};

/// EURid, technical limitations: 2 to 63 characters, the minimum counted on the Unicode form,
/// the maximum on the ACE form.
const EURID_LIMITS: Source =
    Source { url: "http://www.eurid.eu/it/eu-domain-names/technical-limitations", date: "undated; read 2026-11-28" };

/// EURid: second-level labels hold letters of the EU languages in Latin, Greek or Cyrillic
/// script, one script per label, and the script must be the TLD's: Latin under .eu, Greek under
/// .ευ (since 2019-11-14), Cyrillic under .ею (since 2016-06-01). IDNA2008 applies since
/// 2015-05-06, when ŀ, ŉ and ı were dropped.
const EURID_IDN: Source = Source {
    url: "https://eurid.eu/en/register-a-eu-domain/domain-names-with-special-characters-idns/",
    date: "undated; read 2026-11-28",
};

/// The Latin letters of EURid's character list (published 2009-11-27) without the three dropped
/// in 2015, with Romanian ș and ț. No ß: EURid's FAQ refused it, and IANA's .quebec table, based
/// on the .eu French table, says it added ß.
pub const EU_LATIN: &str = "àáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿāăąćĉċčďđēĕėęěĝğġģĥħĩīĭįĵķĺļľłńņňŋōŏőœŕŗřśŝšťŧũūŭůűųŵŷźżžșț";
/// The Greek letters of the list (monotonic; the polytonic letters of 2009 are not confirmed
/// since the move to IDNA2008 and are left out).
pub const EU_GREEK: &str = "ΐάέήίΰαβγδεζηθικλμνξοπρςστυφχψωϊϋόύώ";
/// The Cyrillic letters of the EU languages: the 30 letters of the Bulgarian alphabet (а to я
/// without ы and э).
pub const EU_CYRILLIC: &str = "абвгдежзийклмнопрстуфхцчшщъьюя";

/// .eu: 2 to 63 characters, Latin letters.
pub const POLICY: ZonePolicy = ZonePolicy {
    zones: &["eu"],
    min_length: Cited { value: 2, source: EURID_LIMITS },
    max_length: Cited { value: 63, source: EURID_LIMITS },
    characters: Cited { value: Some(&[EU_LATIN]), source: EURID_IDN },
    fields: &[],
    rules: &[],
};

/// .ευ (xn--qxa6a): the same limits, Greek letters.
pub const POLICY_GREEK: ZonePolicy =
    ZonePolicy { zones: &["xn--qxa6a"], characters: Cited { value: Some(&[EU_GREEK]), source: EURID_IDN }, ..POLICY };

/// .ею (xn--e1a4c): the same limits, Cyrillic letters.
pub const POLICY_CYRILLIC: ZonePolicy = ZonePolicy {
    zones: &["xn--e1a4c"],
    characters: Cited { value: Some(&[EU_CYRILLIC]), source: EURID_IDN },
    ..POLICY
};
