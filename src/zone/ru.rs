//! .ru and .рф (Coordination Center for TLD RU): a person's birth date and passport data.

use super::{ISPAPI_2021, Registry, ZonePolicy};
use crate::fields::{Choice, Field, Format, FormatRule, Kind, OWNER_DATA, REGISTER_TRADE, Requirement, Test};
use crate::text;

/// The DNS limits (no registry-specific length rule is known to the engine) and the fields below.
pub const POLICY: ZonePolicy = ZonePolicy::fields_only(&["ru", "xn--p1ai"], FIELDS, &[]);

const FOR_INDIVIDUALS: Requirement = Requirement::When(&[Test::is("fields.ru-legal-type", &["INDIV"])]);

/// The .ru and .рф fields; the registrant type drives the others and is not sent.
pub const FIELDS: &[Field] = &[
    Field::new("ru-legal-type", Kind::Select, text!("ru.registrant_type"), ISPAPI_2021)
        .options(&[
            Choice { value: "INDIV", label: text!("ru.individual") },
            Choice { value: "ORG", label: text!("ru.organisation") },
        ])
        .default_value("INDIV")
        .required(Requirement::Always)
        .actions(OWNER_DATA)
        .form_only(),
    Field::new("X-RU-ACCEPT-INDIVIDUAL-REGISTRATION-TAC", Kind::Checkbox, super::TERMS_FOR_INDIVIDUALS, ISPAPI_2021)
        .required(FOR_INDIVIDUALS)
        .actions(REGISTER_TRADE),
    Field::new("X-RU-REGISTRANT-BIRTH-DATE", Kind::Date, super::DATE_OF_BIRTH, ISPAPI_2021)
        .required(FOR_INDIVIDUALS)
        .formats(&[FormatRule { when: &[], format: Format::Date }])
        .actions(OWNER_DATA),
    Field::new("X-RU-REGISTRANT-PASSPORT-DATA", Kind::Text, text!("ru.passport_number_date_of_issue_and"), ISPAPI_2021)
        .required(FOR_INDIVIDUALS)
        .actions(OWNER_DATA),
];

/// Everything this module declares, for the list in `zone/mod.rs`.
pub const REGISTRY: Registry = Registry::new(&[&POLICY], &[], &[]);
