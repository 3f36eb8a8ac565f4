//! .hk, .香港 and their second-level zones (HKIRC): the registrant's identity document.

use super::{ISPAPI_2021, Registry, ZonePolicy};
use crate::fields::{Choice, Field, Format, FormatRule, Kind, OWNER_DATA, REGISTER_TRADE, Requirement, Test};
use crate::text;

/// The DNS limits (no registry-specific length rule is known to the engine) and the fields below.
pub const POLICY: ZonePolicy = ZonePolicy::fields_only(
    &["hk", "com.hk", "net.hk", "org.hk", "edu.hk", "gov.hk", "idv.hk", "xn--j6w193g"],
    FIELDS,
    &[],
);

/// The document types of natural persons; every other type is an organisation's.
const INDIVIDUAL_DOCUMENTS: &[&str] = &["HKID", "OTHID", "PASSNO", "BIRTHCERT", "OTHIDV"];
const DOCUMENT_TYPE: &str = "fields.X-HK-REGISTRANT-DOCUMENT-TYPE";

const DOCUMENT_TYPES: &[Choice] = &[
    Choice { value: "HKID", label: text!("hk.hong_kong_identity_card") },
    Choice { value: "OTHID", label: text!("hk.other_country_s_identity_card") },
    Choice { value: "PASSNO", label: text!("hk.passport") },
    Choice { value: "BIRTHCERT", label: text!("hk.birth_certificate") },
    Choice { value: "OTHIDV", label: text!("hk.other_document_of_a_person") },
    Choice { value: "BR", label: text!("hk.business_registration_certificate") },
    Choice { value: "CI", label: text!("hk.certificate_of_incorporation") },
    Choice { value: "CRS", label: text!("hk.certificate_of_registration_of_a_school") },
    Choice { value: "HKSARG", label: text!("hk.hong_kong_government_department") },
    Choice { value: "HKORDINANCE", label: text!("hk.ordinance_of_hong_kong") },
    Choice { value: "OTHORG", label: text!("hk.other_document_of_an_organisation") },
];

const FOR_INDIVIDUALS: Requirement = Requirement::When(&[Test::is(DOCUMENT_TYPE, INDIVIDUAL_DOCUMENTS)]);

/// The .hk fields.
pub const FIELDS: &[Field] = &[
    Field::new("X-HK-REGISTRANT-DOCUMENT-TYPE", Kind::Select, text!("hk.registrant_s_identity_document"), ISPAPI_2021)
        .options(DOCUMENT_TYPES)
        .default_value("HKID")
        .required(Requirement::Always)
        .actions(OWNER_DATA),
    Field::new("X-HK-REGISTRANT-OTHER-DOCUMENT-TYPE", Kind::Text, text!("hk.which_other_document"), ISPAPI_2021)
        .required(Requirement::When(&[Test::is(DOCUMENT_TYPE, &["OTHIDV", "OTHORG"])]))
        .actions(OWNER_DATA),
    Field::new("X-HK-REGISTRANT-DOCUMENT-NUMBER", Kind::Text, text!("hk.document_number"), ISPAPI_2021)
        .required(Requirement::Always)
        .actions(OWNER_DATA),
    Field::new(
        "X-HK-REGISTRANT-DOCUMENT-ORIGIN-COUNTRY",
        Kind::Country,
        text!("hk.country_that_issued_the_document"),
        ISPAPI_2021,
    )
    .required(Requirement::Always)
    .formats(&[FormatRule { when: &[], format: Format::Country }])
    .pattern("[A-Za-z]{2}")
    .actions(OWNER_DATA),
    Field::new("X-HK-REGISTRANT-BIRTH-DATE", Kind::Date, super::DATE_OF_BIRTH, ISPAPI_2021)
        .required(FOR_INDIVIDUALS)
        .formats(&[FormatRule { when: &[], format: Format::Date }])
        .actions(OWNER_DATA),
    Field::new("X-HK-ACCEPT-INDIVIDUAL-REGISTRATION-TAC", Kind::Checkbox, super::TERMS_FOR_INDIVIDUALS, ISPAPI_2021)
        .required(FOR_INDIVIDUALS)
        .actions(REGISTER_TRADE),
];

/// Everything this module declares, for the list in `zone/mod.rs`.
pub const REGISTRY: Registry = Registry::new(&[&POLICY], &[], &[]);
