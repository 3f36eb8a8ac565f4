//! .sg and its second-level zones (SGNIC): Singapore business and admin identifiers.

use super::{ISPAPI_2021, Registry, ZonePolicy};
use crate::fields::{Field, Kind, OWNER_DATA};
use crate::text;

/// The DNS limits (no registry-specific length rule is known to the engine) and the fields below.
pub const POLICY: ZonePolicy =
    ZonePolicy::fields_only(&["sg", "com.sg", "net.sg", "org.sg", "edu.sg", "gov.sg"], FIELDS, &[]);

/// The .sg fields: both optional in the registrar module (SGNIC wants an admin contact in
/// Singapore; its local-presence service was not offered).
pub const FIELDS: &[Field] = &[
    Field::new("X-SG-RCBID", Kind::Text, text!("sg.singapore_business_registration_number_rcb_uen"), ISPAPI_2021)
        .pattern("[0-9A-Za-z]{9,10}")
        .actions(OWNER_DATA),
    Field::new("X-ADMIN-IDNUMBER", Kind::Text, text!("sg.identity_number_of_the_admin_contact"), ISPAPI_2021)
        .actions(OWNER_DATA),
];

/// Everything this module declares, for the list in `zone/mod.rs`.
pub const REGISTRY: Registry = Registry::new(&[&POLICY], &[], &[]);
