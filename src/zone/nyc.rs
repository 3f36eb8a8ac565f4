//! .nyc (the City of New York): the registrant's nexus with New York City.

use super::{ISPAPI_2021, Registry, ZonePolicy};
use crate::fields::{Check, Choice, Field, Kind, OWNER_DATA, Requirement, Rule};
use crate::text;

/// The DNS limits (no registry-specific length rule is known to the engine) and the fields below.
pub const POLICY: ZonePolicy = ZonePolicy::fields_only(&["nyc"], FIELDS, RULES);

// WHMCS contradicts itself on the nexus codes (its values swap what its help text says); the
// registrar module's 1 = natural person, 2 = organisation agrees with the help text and is
// followed.

/// The .nyc fields.
pub const FIELDS: &[Field] =
    &[Field::new("X-NYC-REGISTRANT-NEXUS-CATEGORY", Kind::Select, text!("nyc.nexus_with_new_york_city"), ISPAPI_2021)
        .options(&[
            Choice { value: "1", label: text!("nyc.person_living_in_new_york_city") },
            Choice { value: "2", label: text!("nyc.organisation_with_an_address_in_new") },
        ])
        .default_value("1")
        .required(Requirement::Always)
        .actions(OWNER_DATA)];

const NYC_ADDRESS: crate::fields::Text = text!("nyc.nyc_names_need_a_street_address");

/// What a .nyc order must satisfy beyond its fields.
pub const RULES: &[Rule] = &[
    Rule {
        when: &[],
        check: Check::OneOf("registrant.country", &["US"]),
        severity: crate::report::Severity::Error,
        message: NYC_ADDRESS,
        actions: OWNER_DATA,
        source: ISPAPI_2021,
    },
    Rule {
        when: &[],
        check: Check::Present("registrant.state"),
        severity: crate::report::Severity::Error,
        message: NYC_ADDRESS,
        actions: OWNER_DATA,
        source: ISPAPI_2021,
    },
    Rule {
        when: &[],
        check: Check::OneOf("registrant.state", &["NY"]),
        severity: crate::report::Severity::Error,
        message: NYC_ADDRESS,
        actions: OWNER_DATA,
        source: ISPAPI_2021,
    },
];

/// Everything this module declares, for the list in `zone/mod.rs`.
pub const REGISTRY: Registry = Registry::new(&[&POLICY], &[], &[]);
