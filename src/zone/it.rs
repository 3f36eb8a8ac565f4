//! .it (Registro .it, IIT-CNR).

use super::nameservers::{Model, NsPolicy};
use super::order_facts::{AuthCode, Basis, IdProtection, OrderFacts, Terms, TransferLock, Years};
use super::{Cited, Registry, Source, ZonePolicy};
use crate::fields::{
    Check, Choice, Field, Format, FormatRule, Kind, OWNER_DATA, REGISTER_TRADE, Requirement, Rule, Test,
};
use crate::ids;
use crate::report::Severity;
use crate::text;

/// Sources disagree on .it. Registrars still print the 21 letters of the 2012 launch (à â ä è é ê
/// ë ì î ï ò ô ö ù û ü æ œ ç ÿ ß); ICANNWiki says the set grew to the languages of every EU
/// member state in 2015, and IANA's Italian reference LGR (2024-10-25) says the registry permits
/// "a rather exhaustive set of Latin, Greek and Cyrillic code points". The later statements are
/// followed, with EURid's letters of the EU languages standing in for the registry's own list
/// (ß, which the 2012 list has, among them); one script per label applies as everywhere.
const IANA_ITALIAN_LGR: Source = Source::new(
    "https://www.iana.org/domains/lgrs/reference/2024-10-25/italian-rsp-full-variant-language",
    "2024-10-25",
);

/// The nic.it syntax rules as published by registrars: 3 to 63 characters at the second level.
/// The HEXONET wiki says 2; the registry's rule (3) is followed.
const NIC_IT_SYNTAX: Source =
    Source::new("http://www.101domain.com/faq/it/Syntax-Rules.htm", "undated; read 2026-11-28");

/// 3 to 63 characters.
pub const POLICY: ZonePolicy = ZonePolicy {
    zones: &["it"],
    min_length: Cited { value: 3, source: NIC_IT_SYNTAX },
    max_length: Cited { value: 63, source: NIC_IT_SYNTAX },
    characters: Cited {
        value: Some(&[super::eu::EU_LATIN, super::eu::EU_GREEK, super::eu::EU_CYRILLIC]),
        source: IANA_ITALIAN_LGR,
    },
    fields: FIELDS,
    rules: RULES,
};

/// The registrar API's .it fields (HEXONET/CentralNic Reseller ISPAPI dialect) and the
/// registry's rules as its wiki states them: entity types 1 to 7, nationality, the PIN
/// (codice fiscale, partita IVA, foreign VAT number or identity document by entity type), the
/// four acceptances on registration and trade. The 2021 module left the PIN and Section 5
/// optional; the wiki and Section 5's own text make them required, which is followed.
const HEXONET_WIKI_IT: Source = Source::new("https://wiki.hexonet.net/wiki/IT", "2022-02-28");

/// Registro .it's eligibility since 2012-07-11: the registrant's citizenship or residence is in
/// the EEA, the Vatican, San Marino or Switzerland. The United Kingdom left on 2021-01-01.
const NIC_IT_ELIGIBILITY: Source =
    Source::new("https://kb.realtimeregister.com/en/articles/3064920-it-additional-properties", "2012-07-11");

/// Italian provinces and metropolitan cities (sigle automobilistiche, 2025), required with a
/// 5-digit CAP for an Italian address.
const ISTAT_PROVINCES: Source = Source::new(
    "https://www.istat.it/classificazione/codici-dei-comuni-delle-province-e-delle-regioni/",
    "2025; read 2026-11-28",
);

/// Where a registrant may be a citizen or resident: the EEA (EU, Iceland, Liechtenstein,
/// Norway, and the EU territories with codes of their own), the Vatican, San Marino and
/// Switzerland.
const ELIGIBLE: &[&str] = &[
    "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IT", "LT", "LU", "LV",
    "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK", "IS", "LI", "NO", "VA", "SM", "CH", "AX", "BL", "GF", "GP", "MF",
    "MQ", "NC", "PF", "PM", "RE", "TF", "WF", "YT",
];

/// The province codes.
pub const PROVINCES: &[&str] = &[
    "AG", "AL", "AN", "AO", "AP", "AQ", "AR", "AT", "AV", "BA", "BG", "BI", "BL", "BN", "BO", "BR", "BS", "BT", "BZ",
    "CA", "CB", "CE", "CH", "CL", "CN", "CO", "CR", "CS", "CT", "CZ", "EN", "FC", "FE", "FG", "FI", "FM", "FR", "GE",
    "GO", "GR", "IM", "IS", "KR", "LC", "LE", "LI", "LO", "LT", "LU", "MB", "MC", "ME", "MI", "MN", "MO", "MS", "MT",
    "NA", "NO", "NU", "OR", "PA", "PC", "PD", "PE", "PG", "PI", "PN", "PO", "PR", "PT", "PU", "PV", "PZ", "RA", "RC",
    "RE", "RG", "RI", "RM", "RN", "RO", "SA", "SI", "SO", "SP", "SR", "SS", "SU", "SV", "TA", "TE", "TN", "TO", "TP",
    "TR", "TS", "TV", "UD", "VA", "VB", "VC", "VE", "VI", "VR", "VT", "VV",
];

const ENTITY_TYPE: &str = "fields.X-IT-REGISTRANT-ENTITY-TYPE";
const ITALIAN_ENTITIES: &[&str] = &["2", "3", "4", "5", "6"];

const ENTITY_TYPES: &[Choice] = &[
    Choice { value: "1", label: text!("it.1_italian_or_foreign_natural_person") },
    Choice { value: "2", label: text!("it.2_italian_company_or_sole_proprietorship") },
    Choice { value: "3", label: text!("it.3_italian_freelancer_or_professional") },
    Choice { value: "4", label: text!("it.4_italian_non_profit_organisation") },
    Choice { value: "5", label: text!("it.5_italian_public_body") },
    Choice { value: "6", label: text!("it.6_other_italian_entity") },
    Choice { value: "7", label: text!("it.7_organisation_from_another_eligible_country") },
];

/// The PIN's format by entity type and nationality.
const PIN_FORMATS: &[FormatRule] = &[
    FormatRule {
        when: &[Test::is(ENTITY_TYPE, &["1"]), Test::is("fields.X-IT-NATIONALITY", &["IT"])],
        format: Format::Id(&ids::it::CODICE_FISCALE),
    },
    // A non-profit organisation without a partita IVA gives n.a. (registrar pages, reference S10).
    FormatRule { when: &[Test::is(ENTITY_TYPE, &["4"])], format: Format::Id(&ids::it::PARTITA_IVA_OR_NA) },
    FormatRule { when: &[Test::is(ENTITY_TYPE, ITALIAN_ENTITIES)], format: Format::Id(&ids::it::PARTITA_IVA) },
    FormatRule { when: &[Test::is(ENTITY_TYPE, &["7"])], format: Format::Id(&ids::eu_vat::EU_VAT) },
    FormatRule { when: &[], format: Format::Free },
];

const fn acceptance(key: &'static str, label: crate::fields::Text) -> Field {
    Field::new(key, Kind::Checkbox, label, HEXONET_WIKI_IT).required(Requirement::Always).actions(REGISTER_TRADE)
}

/// The .it fields.
pub const FIELDS: &[Field] = &[
    Field::new("X-IT-REGISTRANT-ENTITY-TYPE", Kind::Select, text!("it.type_of_registrant"), HEXONET_WIKI_IT)
        .options(ENTITY_TYPES)
        .default_value("1")
        .required(Requirement::Always)
        .actions(OWNER_DATA),
    Field::new("X-IT-NATIONALITY", Kind::Country, text!("it.nationality_of_the_registrant"), HEXONET_WIKI_IT)
        .required(Requirement::Always)
        .formats(&[FormatRule { when: &[], format: Format::Country }])
        .pattern("[A-Za-z]{2}")
        .actions(OWNER_DATA),
    Field::new("X-IT-PIN", Kind::Text, text!("it.tax_code_or_vat_number_pin"), HEXONET_WIKI_IT)
        .help(text!("it.italian_person_codice_fiscale_16_characters"))
        .required(Requirement::Always)
        .formats(PIN_FORMATS),
    acceptance("X-IT-ACCEPT-LIABILITY-TAC", text!("it.i_accept_section_3_of_the")),
    acceptance("X-IT-ACCEPT-REGISTRATION-TAC", text!("it.i_consent_to_the_processing_of")),
    acceptance("X-IT-ACCEPT-DIFFUSION-AND-ACCESSIBILITY-TAC", text!("it.i_consent_to_the_publication_of")),
    acceptance("X-IT-ACCEPT-EXPLICIT-TAC", text!("it.i_explicitly_accept_points_d_to")),
];

const PROVINCE_MESSAGE: crate::fields::Text = text!("it.an_italian_address_needs_the_two");

/// What a .it order must satisfy beyond its fields.
pub const RULES: &[Rule] = &[
    Rule {
        when: &[],
        check: Check::Present("registrant.country"),
        severity: Severity::Error,
        message: super::COUNTRY_NEEDED,
        actions: OWNER_DATA,
        source: NIC_IT_ELIGIBILITY,
    },
    Rule {
        when: &[Test::is_not("registrant.country", ELIGIBLE), Test::is_not("fields.X-IT-NATIONALITY", ELIGIBLE)],
        check: Check::Flag("registrant.country"),
        severity: Severity::Error,
        message: text!("it.a_it_registrant_must_be_a"),
        actions: OWNER_DATA,
        source: NIC_IT_ELIGIBILITY,
    },
    Rule {
        when: &[Test::is(ENTITY_TYPE, &["7"]), Test::is("registrant.country", &["IT"])],
        check: Check::Flag(ENTITY_TYPE),
        severity: Severity::Error,
        message: text!("it.type_7_is_for_organisations_outside"),
        actions: OWNER_DATA,
        source: HEXONET_WIKI_IT,
    },
    Rule {
        when: &[Test::is(ENTITY_TYPE, ITALIAN_ENTITIES), Test::is_not("registrant.country", &["IT"])],
        check: Check::Flag(ENTITY_TYPE),
        severity: Severity::Error,
        message: text!("it.types_2_to_6_are_for"),
        actions: OWNER_DATA,
        source: HEXONET_WIKI_IT,
    },
    Rule {
        when: &[Test::is(ENTITY_TYPE, &["1"])],
        check: Check::Absent("registrant.organization"),
        severity: Severity::Error,
        message: text!("it.a_natural_person_type_1_registers"),
        actions: OWNER_DATA,
        source: HEXONET_WIKI_IT,
    },
    Rule {
        when: &[Test::is("registrant.country", &["IT"])],
        check: Check::OneOf("registrant.state", PROVINCES),
        severity: Severity::Error,
        message: PROVINCE_MESSAGE,
        actions: OWNER_DATA,
        source: ISTAT_PROVINCES,
    },
    Rule {
        when: &[Test::is("registrant.country", &["IT"])],
        check: Check::Present("registrant.state"),
        severity: Severity::Error,
        message: PROVINCE_MESSAGE,
        actions: OWNER_DATA,
        source: ISTAT_PROVINCES,
    },
    Rule {
        when: &[Test::is("registrant.country", &["IT"])],
        check: Check::Digits("registrant.postalCode", 5),
        severity: Severity::Error,
        message: text!("it.an_italian_postal_code_cap_has"),
        actions: OWNER_DATA,
        source: ISTAT_PROVINCES,
    },
];

/// The registrar API's .it page: terms and transfer.
const WIKI_IT: Source = Source::new("https://wiki.hexonet.net/wiki/IT", "2012");
/// Route 53's .it page: terms and ID protection as a second registrar sells them.
const ROUTE53_IT: Source =
    Source::new("https://github.com/awsdocs/amazon-route53-docs/blob/2c31968/doc_source/it.md", "2023-04-07");
/// .it: one year; a transfer needs the code and adds a year; no lock; no ID protection.
pub const ORDER: OrderFacts = OrderFacts {
    zones: &["it"],
    basis: Basis::Zone,
    terms: Cited {
        value: Terms { register: Years::only(1), renew: Years::only(1), transfer: Years::only(1) },
        source: ROUTE53_IT,
    },
    auth_code: Cited { value: AuthCode::Required, source: WIKI_IT },
    transfer_lock: Cited { value: TransferLock::None, source: WIKI_IT },
    id_protection: Cited { value: IdProtection::Unknown, source: ROUTE53_IT },
    bundle: Cited { value: &[], source: ROUTE53_IT },
    contacts_on_transfer: Cited { value: true, source: super::order_facts::MODULE_TRANSFER },
};

/// Registro .it: hosts are attributes of the domain; at least two nameservers, checked in the
/// DNS before the domain becomes active (Linee Guida Tecniche v3.0 of 2022-05-30, §3.1, as the
/// registrar wiki restates it); the maximum is not stated there; 6 follows registrars.
const NIC_IT_GUIDELINES: Source = Source::new("https://wiki.hexonet.net/wiki/IT", "2022-02-28");

/// Its nameserver rules.
pub const NAMESERVERS: NsPolicy = NsPolicy {
    zones: &["it"],
    count: Cited { value: (2, 6), source: NIC_IT_GUIDELINES },
    model: Cited { value: Model::CheckedAttributes, source: NIC_IT_GUIDELINES },
    distinct_addresses: false,
    nsentry: None,
};

/// Everything this module declares, for the list in `zone/mod.rs`.
pub const REGISTRY: Registry = Registry::new(&[&POLICY], &[&ORDER], &[&NAMESERVERS]);
