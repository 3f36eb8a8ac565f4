//! .travel: the registrant's relationship to the travel industry.

use super::{ISPAPI_2021, Registry, ZonePolicy};
use crate::fields::{Check, Choice, Field, Kind, OWNER_DATA, Requirement, Rule};
use crate::text;

/// The DNS limits (no registry-specific length rule is known to the engine) and the fields below.
pub const POLICY: ZonePolicy = ZonePolicy::fields_only(&["travel"], FIELDS, RULES);

/// The .travel fields.
pub const FIELDS: &[Field] =
    &[Field::new("X-TRAVEL-INDUSTRY", Kind::Select, text!("travel.the_registrant_works_in_the_travel"), ISPAPI_2021)
        .options(&[Choice { value: "1", label: text!("travel.yes") }, Choice { value: "0", label: text!("travel.no") }])
        .default_value("1")
        .required(Requirement::Always)
        .actions(OWNER_DATA)];

/// What a .travel order must satisfy beyond its fields.
pub const RULES: &[Rule] = &[Rule {
    when: &[],
    check: Check::OneOf("fields.X-TRAVEL-INDUSTRY", &["1"]),
    severity: crate::report::Severity::Error,
    message: text!("travel.travel_names_are_for_the_travel"),
    actions: OWNER_DATA,
    source: ISPAPI_2021,
}];

/// Everything this module declares, for the list in `zone/mod.rs`.
pub const REGISTRY: Registry = Registry::new(&[&POLICY], &[], &[]);
