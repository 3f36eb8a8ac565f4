//! .swiss (the Swiss Confederation): the enterprise's UID and the intended use.

use super::{ISPAPI_2021, Registry, ZonePolicy};
use crate::fields::{Field, Format, FormatRule, Kind, OWNER_DATA, Requirement};
use crate::ids;
use crate::text;

/// The DNS limits (no registry-specific length rule is known to the engine) and the fields below.
pub const POLICY: ZonePolicy = ZonePolicy::fields_only(&["swiss"], FIELDS, &[]);

// The registrar module of 2021 left the UID optional; its sample configuration and WHMCS
// require it, as only enterprises with a UID may hold .swiss names, which is followed.

/// The .swiss fields.
pub const FIELDS: &[Field] = &[
    Field::new(
        "X-SWISS-REGISTRANT-ENTERPRISE-ID",
        Kind::Text,
        text!("swiss.enterprise_identification_number_uid"),
        ISPAPI_2021,
    )
    .help(text!("swiss.che_and_9_digits_such_as"))
    .required(Requirement::Always)
    .formats(&[FormatRule { when: &[], format: Format::Id(&ids::ch::UID) }])
    .actions(OWNER_DATA),
    Field::new("X-CORE-INTENDED-USE", Kind::Text, text!("swiss.intended_use_of_the_domain"), ISPAPI_2021)
        .required(Requirement::Always)
        .actions(OWNER_DATA),
];

/// Everything this module declares, for the list in `zone/mod.rs`.
pub const REGISTRY: Registry = Registry::new(&[&POLICY], &[], &[]);
