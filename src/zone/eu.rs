//! .eu, .ευ and .ею (EURid).

use super::order_facts::{AuthCode, Basis, IdProtection, OrderFacts, Terms, TransferLock, Years};
use super::{Cited, EEA, EU, ISPAPI_2021, Registry, Source, ZonePolicy};
use crate::fields::{Check, Field, Format, FormatRule, Kind, NOT_UPDATE, Rule, Test};
use crate::report::Severity;
use crate::text;

/// EURid, technical limitations: 2 to 63 characters, the minimum counted on the Unicode form,
/// the maximum on the ACE form.
const EURID_LIMITS: Source =
    Source::new("http://www.eurid.eu/it/eu-domain-names/technical-limitations", "undated; read 2026-11-28");

/// EURid: second-level labels hold letters of the EU languages in Latin, Greek or Cyrillic
/// script, one script per label, and the script must be the TLD's: Latin under .eu, Greek under
/// .ευ (since 2019-11-14), Cyrillic under .ею (since 2016-06-01). IDNA2008 applies since
/// 2015-05-06, when ŀ, ŉ and ı were dropped.
const EURID_IDN: Source = Source::new(
    "https://eurid.eu/en/register-a-eu-domain/domain-names-with-special-characters-idns/",
    "undated; read 2026-11-28",
);

/// EURid's character tables since its move to IDNA2008 in 2015: "IDNA2008 and Homoglyph
/// Bundling: Technical Information and Character Tables" (EURid, November 2019), copy read
/// 2026-12-07; EURid's 2018 IDN report dates the IDNA2008 launch to 2015.
const EURID_IDNA2008_TABLES: Source = Source::new(
    "https://docslib.org/download/8962335/idna2008-and-homoglyph-bundling-technical-information-and-character-tables-november-2019",
    "2019-11; read 2026-12-07",
);

/// The Latin letters of EURid's character list (published 2009-11-27) without the three dropped
/// in 2015, with Romanian ș and ț, and with ß. Sources disagree on ß: EURid's 2009 FAQ refused
/// it because IDNA2003 mapped it to `ss`; IDNA2008, which EURid applies since 2015, keeps ß as
/// a letter of its own (PVALID), and EURid's IDNA2008 tables (see [`EURID_IDNA2008_TABLES`])
/// are the current rule, so ß is accepted. IANA's .quebec table, based on the .eu French table,
/// also lists ß.
pub const EU_LATIN: &str =
    "ßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿāăąćĉċčďđēĕėęěĝğġģĥħĩīĭįĵķĺļľłńņňŋōŏőœŕŗřśŝšťŧũūŭůűųŵŷźżžșț";
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
    characters: Cited { value: Some(&[EU_LATIN]), source: EURID_IDNA2008_TABLES },
    fields: FIELDS,
    rules: RULES,
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

/// EURid's eligibility since 2019-10-19: an EU citizen wherever they live, a person living in
/// the EU, or an undertaking or organisation established in the EU; EEA residents as well.
/// United Kingdom residents are not eligible since 2021-01-01.
const EURID_ELIGIBILITY: Source =
    Source::new("https://eurid.eu/en/register-a-eu-domain/eligibility-criteria/", "2019-10-19");

/// The .eu, .ευ and .ею fields.
pub const FIELDS: &[Field] = &[Field::new(
    "X-EU-REGISTRANT-CITIZENSHIP",
    Kind::Country,
    text!("eu.eu_citizenship_of_the_registrant"),
    ISPAPI_2021,
)
.help(text!("eu.only_for_an_eu_citizen_who"))
.formats(&[FormatRule { when: &[], format: Format::Country }])
.pattern("[A-Za-z]{2}")
.actions(NOT_UPDATE)];

/// What an .eu order must satisfy beyond its fields.
pub const RULES: &[Rule] = &[
    Rule {
        when: &[],
        check: Check::Present("registrant.country"),
        severity: Severity::Error,
        message: super::COUNTRY_NEEDED,
        actions: NOT_UPDATE,
        source: EURID_ELIGIBILITY,
    },
    Rule {
        when: &[Test::is_not("registrant.country", EEA), Test::is_not("registrant.country", super::EU_TERRITORIES)],
        check: Check::Present("fields.X-EU-REGISTRANT-CITIZENSHIP"),
        severity: Severity::Error,
        message: text!("eu.a_registrant_outside_the_eu_and"),
        actions: NOT_UPDATE,
        source: EURID_ELIGIBILITY,
    },
    Rule {
        when: &[
            Test::is_not("registrant.country", EEA),
            Test::is_not("registrant.country", super::EU_TERRITORIES),
            Test::is_not("fields.X-EU-REGISTRANT-CITIZENSHIP", EU),
        ],
        check: Check::Flag("fields.X-EU-REGISTRANT-CITIZENSHIP"),
        severity: Severity::Error,
        message: text!("eu.only_citizens_of_an_eu_member"),
        actions: NOT_UPDATE,
        source: EURID_ELIGIBILITY,
    },
];

/// The registrar API's .eu page: terms and transfer.
const WIKI_EU: Source = Source::new("https://wiki.hexonet.net/wiki/EU", "2022");
/// Route 53's .eu page: terms and ID protection as a second registrar sells them.
const ROUTE53_EU: Source =
    Source::new("https://github.com/awsdocs/amazon-route53-docs/blob/2c31968/doc_source/eu.md", "2023-04-07");
/// .eu: 1 to 10 years, renewals 1 to 9 (the API's page; Route 53 sells 1 to 10: the API's own
/// range is followed, as its orders are the ones checked); a transfer needs the code EURid makes
/// on request and adds 1 to 9 years, and since 2018-05-16 the registrant's contact; no lock.
/// Whether ID protection can be ordered is not in the API's sources (Route 53 sells none).
pub const ORDER: OrderFacts = OrderFacts {
    zones: &["eu", "xn--qxa6a", "xn--e1a4c"],
    basis: Basis::Zone,
    terms: Cited {
        value: Terms { register: Years::range(1, 10), renew: Years::range(1, 9), transfer: Years::range(1, 9) },
        source: WIKI_EU,
    },
    auth_code: Cited { value: AuthCode::Required, source: WIKI_EU },
    transfer_lock: Cited { value: TransferLock::None, source: WIKI_EU },
    id_protection: Cited { value: IdProtection::Unknown, source: ROUTE53_EU },
    bundle: Cited { value: &[], source: WIKI_EU },
    contacts_on_transfer: Cited { value: true, source: WIKI_EU },
};

/// Everything this module declares, for the list in `zone/mod.rs`.
pub const REGISTRY: Registry = Registry::new(&[&POLICY, &POLICY_GREEK, &POLICY_CYRILLIC], &[&ORDER], &[]);
