//! .ro (RoTLD): the registrant's identity and VAT numbers.

use super::{EU, ISPAPI_2021, Registry, ZonePolicy};
use crate::fields::{Field, Format, FormatRule, Kind, OWNER_DATA, Requirement, Test};
use crate::ids;
use crate::text;

/// The DNS limits (no registry-specific length rule is known to the engine) and the fields below.
pub const POLICY: ZonePolicy = ZonePolicy::fields_only(&["ro"], FIELDS, &[]);

// The registrar module says the VAT ID is "required for EU countries and for Romanian
// registrants"; read as: an organisation registrant in the EU gives its VAT ID, checked by
// its country's rule (the Romanian CUI for Romania).

const VAT_FORMATS: &[FormatRule] = &[
    FormatRule { when: &[Test::is("registrant.country", &["RO"])], format: Format::Id(&ids::ro::CUI) },
    FormatRule { when: &[Test::is("registrant.country", EU)], format: Format::Id(&ids::eu_vat::EU_VAT) },
    FormatRule { when: &[], format: Format::Free },
];

/// The .ro fields.
pub const FIELDS: &[Field] = &[
    Field::new(
        "X-REGISTRANT-IDNUMBER",
        Kind::Text,
        text!("ro.identity_number_of_the_registrant_romanian"),
        ISPAPI_2021,
    )
    .actions(OWNER_DATA),
    Field::new("X-REGISTRANT-VATID", Kind::Text, text!("ro.vat_id_of_the_registrant"), ISPAPI_2021)
        .required(Requirement::When(&[
            Test::is("registrant.type", &["organization"]),
            Test::is("registrant.country", EU),
        ]))
        .formats(VAT_FORMATS)
        .actions(OWNER_DATA),
];

/// Everything this module declares, for the list in `zone/mod.rs`.
pub const REGISTRY: Registry = Registry::new(&[&POLICY], &[], &[]);
