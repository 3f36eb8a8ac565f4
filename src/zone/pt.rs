//! .pt (Associação DNS.PT): VAT numbers of the registrant and the technical contact, the ROID on transfer.

use super::{ISPAPI_2021, Registry, ZonePolicy};
use crate::fields::{Action, Field, Format, FormatRule, Kind, OWNER_DATA, Requirement, Test};
use crate::ids;
use crate::text;

/// The DNS limits (no registry-specific length rule is known to the engine) and the fields below.
pub const POLICY: ZonePolicy = ZonePolicy::fields_only(&["pt"], FIELDS, &[]);

const NIF_FORMATS: &[FormatRule] = &[
    FormatRule { when: &[Test::is("registrant.country", &["PT"])], format: Format::Id(&ids::pt::NIF) },
    FormatRule { when: &[Test::is("registrant.country", super::EU)], format: Format::Id(&ids::eu_vat::EU_VAT) },
    FormatRule { when: &[], format: Format::Free },
];

/// The .pt fields.
pub const FIELDS: &[Field] = &[
    Field::new("X-PT-REGISTRANT-VATID", Kind::Text, text!("pt.vat_number_nif_of_the_registrant"), ISPAPI_2021)
        .formats(NIF_FORMATS)
        .actions(OWNER_DATA),
    Field::new("X-PT-TECH-VATID", Kind::Text, text!("pt.vat_number_nif_of_the_technical"), ISPAPI_2021)
        .actions(OWNER_DATA),
    Field::new("X-PT-ROID", Kind::Text, text!("pt.registry_object_id_roid_of_the"), ISPAPI_2021)
        .required(Requirement::Always)
        .actions(&[Action::Transfer]),
];

/// Everything this module declares, for the list in `zone/mod.rs`.
pub const REGISTRY: Registry = Registry::new(&[&POLICY], &[], &[]);
