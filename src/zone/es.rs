//! .es (Red.es).

use super::order_facts::{AuthCode, Basis, IdProtection, OrderFacts, Terms, TransferLock, Years};
use super::{Cited, ISPAPI_2021, Registry, Source, ZonePolicy};
use crate::fields::{Choice, Field, Format, FormatRule, Kind, OWNER_DATA, Requirement, Test};
use crate::ids;
use crate::text;

/// Red.es's notice to registrars for IDNs from 2007-10-02: á à é è í ï ó ò ú ü ñ ç and the Catalan
/// `l·l`; the middle dot is listed here and held between two `l` by IDNA2008's CONTEXTO rule.
const RED_ES_IDN: Source =
    Source::new("http://calidad.geoscopio.com/topicos/noticias.cgi?idnoticias=10067&topico=seg", "2007-10-02");

/// The syntax rules of the Spanish national domain plan as restated by registrars: 3 to 63
/// characters at the second level.
const RED_ES_SYNTAX: Source =
    Source::new("http://www.101domain.com/faq/es/Syntax-Rules.htm", "undated; read 2026-11-28");

/// 3 to 63 characters.
pub const POLICY: ZonePolicy = ZonePolicy {
    zones: &["es"],
    min_length: Cited { value: 3, source: RED_ES_SYNTAX },
    max_length: Cited { value: 63, source: RED_ES_SYNTAX },
    characters: Cited { value: Some(&["áàéèíïóòúüñç·"]), source: RED_ES_IDN },
    fields: FIELDS,
    rules: &[],
};

/// The Red.es legal forms (forma jurídica) by code, as the registrar API lists them. Their
/// labels are the English names of Spanish legal forms in every locale: the forms have no
/// established names in German, French, Italian or Danish.
const LEGAL_FORMS: &[Choice] = &[
    Choice { value: "1", label: same("1 – Individual") },
    Choice { value: "39", label: same("39 – Economic Interest Group") },
    Choice { value: "47", label: same("47 – Association") },
    Choice { value: "59", label: same("59 – Sports Association") },
    Choice { value: "68", label: same("68 – Professional Association") },
    Choice { value: "124", label: same("124 – Savings Bank") },
    Choice { value: "150", label: same("150 – Community Property") },
    Choice { value: "152", label: same("152 – Community of Owners") },
    Choice { value: "164", label: same("164 – Order or Religious Institution") },
    Choice { value: "181", label: same("181 – Consulate") },
    Choice { value: "197", label: same("197 – Public Law Association") },
    Choice { value: "203", label: same("203 – Embassy") },
    Choice { value: "229", label: same("229 – Local Authority") },
    Choice { value: "269", label: same("269 – Sports Federation") },
    Choice { value: "286", label: same("286 – Foundation") },
    Choice { value: "365", label: same("365 – Mutual Insurance Company") },
    Choice { value: "434", label: same("434 – Regional Government Body") },
    Choice { value: "436", label: same("436 – Central Government Body") },
    Choice { value: "439", label: same("439 – Political Party") },
    Choice { value: "476", label: same("476 – Trade Union") },
    Choice { value: "510", label: same("510 – Farm Partnership") },
    Choice { value: "524", label: same("524 – Public Limited Company") },
    Choice { value: "525", label: same("525 – Sports Association (public limited)") },
    Choice { value: "554", label: same("554 – Civil Society") },
    Choice { value: "560", label: same("560 – General Partnership") },
    Choice { value: "562", label: same("562 – General and Limited Partnership") },
    Choice { value: "566", label: same("566 – Cooperative") },
    Choice { value: "608", label: same("608 – Worker-owned Company") },
    Choice { value: "612", label: same("612 – Limited Company") },
    Choice { value: "713", label: same("713 – Spanish Office") },
    Choice { value: "717", label: same("717 – Temporary Alliance of Enterprises") },
    Choice { value: "744", label: same("744 – Worker-owned Limited Company") },
    Choice { value: "745", label: same("745 – Regional Public Entity") },
    Choice { value: "746", label: same("746 – National Public Entity") },
    Choice { value: "747", label: same("747 – Local Public Entity") },
    Choice { value: "877", label: same("877 – Others") },
    Choice { value: "878", label: same("878 – Designation of Origin Supervisory Council") },
    Choice { value: "879", label: same("879 – Entity Managing Natural Areas") },
];

/// One text in every locale (for the names of Spanish legal forms).
const fn same(text: &'static str) -> crate::fields::Text {
    crate::fields::Text::same(text)
}

/// The identification types: 0 other (non-Spanish), 1 NIF or NIE, 3 alien registration card.
const ID_TYPES: &[Choice] = &[
    Choice { value: "0", label: text!("es.other_non_spanish_identification") },
    Choice { value: "1", label: text!("es.spanish_nif_or_nie") },
    Choice { value: "3", label: text!("es.alien_registration_card_nie") },
];

const REGISTRANT_ID_FORMATS: &[FormatRule] = &[
    FormatRule {
        when: &[Test::is("fields.X-ES-REGISTRANT-TIPO-IDENTIFICACION", &["1"])],
        format: Format::Id(&ids::es::NIF),
    },
    FormatRule {
        when: &[Test::is("fields.X-ES-REGISTRANT-TIPO-IDENTIFICACION", &["3"])],
        format: Format::Id(&ids::es::NIE),
    },
    FormatRule { when: &[], format: Format::Free },
];

const ADMIN_ID_FORMATS: &[FormatRule] = &[
    FormatRule {
        when: &[Test::is("fields.X-ES-ADMIN-TIPO-IDENTIFICACION", &["1"])],
        format: Format::Id(&ids::es::NIF),
    },
    FormatRule {
        when: &[Test::is("fields.X-ES-ADMIN-TIPO-IDENTIFICACION", &["3"])],
        format: Format::Id(&ids::es::NIE),
    },
    FormatRule { when: &[], format: Format::Free },
];

// The registrar module of 2021 sent the admin's identification type as the registrant's
// (X-ES-REGISTRANT-TIPO-IDENTIFICACION twice) and tied the individuals' agreement to a field
// that does not exist; its earlier versions name X-ES-ADMIN-TIPO-IDENTIFICACION and require
// the agreement of individuals (legal form 1), which is followed.

/// The .es fields.
pub const FIELDS: &[Field] = &[
    Field::new("X-ES-REGISTRANT-FORM-JURIDICA", Kind::Select, text!("es.legal_form_of_the_registrant"), ISPAPI_2021)
        .options(LEGAL_FORMS)
        .default_value("1")
        .required(Requirement::Always)
        .actions(OWNER_DATA),
    Field::new("X-ES-ACCEPT-INDIVIDUAL-REGISTRATION-TAC", Kind::Checkbox, super::TERMS_FOR_INDIVIDUALS, ISPAPI_2021)
        .required(Requirement::When(&[Test::is("fields.X-ES-REGISTRANT-FORM-JURIDICA", &["1"])]))
        .actions(crate::fields::REGISTER_TRADE),
    Field::new(
        "X-ES-REGISTRANT-TIPO-IDENTIFICACION",
        Kind::Select,
        text!("es.registrant_s_type_of_identification"),
        ISPAPI_2021,
    )
    .options(ID_TYPES)
    .default_value("1")
    .required(Requirement::Always)
    .actions(OWNER_DATA),
    Field::new(
        "X-ES-REGISTRANT-IDENTIFICACION",
        Kind::Text,
        text!("es.registrant_s_identification_number"),
        ISPAPI_2021,
    )
    .required(Requirement::Always)
    .formats(REGISTRANT_ID_FORMATS)
    .actions(OWNER_DATA),
    Field::new(
        "X-ES-ADMIN-TIPO-IDENTIFICACION",
        Kind::Select,
        text!("es.admin_contact_s_type_of_identification"),
        ISPAPI_2021,
    )
    .options(ID_TYPES)
    .default_value("1")
    .required(Requirement::Always)
    .actions(OWNER_DATA),
    Field::new("X-ES-ADMIN-IDENTIFICACION", Kind::Text, text!("es.admin_contact_s_identification_number"), ISPAPI_2021)
        .required(Requirement::Always)
        .formats(ADMIN_ID_FORMATS)
        .actions(OWNER_DATA),
];

/// Route 53's .es page: terms and ID protection as a second registrar sells them.
const ROUTE53_ES: Source =
    Source::new("https://github.com/awsdocs/amazon-route53-docs/blob/2c31968/doc_source/es.md", "2023-04-07");
/// .es: 1 to 5 years; a transfer needs no auth code (Route 53's page; no other source read says
/// otherwise); no ID protection.
pub const ORDER: OrderFacts = OrderFacts {
    zones: &["es"],
    basis: Basis::Zone,
    terms: Cited {
        value: Terms { register: Years::range(1, 5), renew: Years::range(1, 5), transfer: Years::only(1) },
        source: ROUTE53_ES,
    },
    auth_code: Cited { value: AuthCode::NotUsed, source: ROUTE53_ES },
    transfer_lock: Cited { value: TransferLock::None, source: ROUTE53_ES },
    id_protection: Cited { value: IdProtection::Unknown, source: ROUTE53_ES },
    bundle: Cited { value: &[], source: ROUTE53_ES },
    contacts_on_transfer: Cited { value: false, source: super::order_facts::MODULE_TRANSFER },
};

/// Everything this module declares, for the list in `zone/mod.rs`.
pub const REGISTRY: Registry = Registry::new(&[&POLICY], &[&ORDER], &[]);
