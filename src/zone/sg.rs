//! .sg and its second-level zones (SGNIC): Singapore business and admin identifiers.

use super::{ISPAPI_2021, ZonePolicy};
use crate::fields::{Field, Kind, OWNER_DATA};
use crate::text;

/// The DNS limits (no registry-specific length rule is known to the engine) and the fields below.
pub const POLICY: ZonePolicy =
    ZonePolicy::fields_only(&["sg", "com.sg", "net.sg", "org.sg", "edu.sg", "gov.sg"], FIELDS, &[]);

/// The .sg fields: both optional in the registrar module (SGNIC wants an admin contact in
/// Singapore; its local-presence service was not offered).
pub const FIELDS: &[Field] = &[
    Field::new(
        "X-SG-RCBID",
        Kind::Text,
        text!(
            "Singapore business registration number (RCB/UEN)",
            "Singapurer Unternehmensnummer (RCB/UEN)",
            "Numéro d'entreprise de Singapour (RCB/UEN)",
            "Numero d'impresa di Singapore (RCB/UEN)",
            "Singaporeansk virksomhedsnummer (RCB/UEN)"
        ),
        ISPAPI_2021,
    )
    .pattern("[0-9A-Za-z]{9,10}")
    .actions(OWNER_DATA),
    Field::new(
        "X-ADMIN-IDNUMBER",
        Kind::Text,
        text!(
            "Identity number of the admin contact",
            "Identitätsnummer des Admin-Kontakts",
            "Numéro d'identité du contact administratif",
            "Numero di identità del contatto amministrativo",
            "Den administrative kontakts identitetsnummer"
        ),
        ISPAPI_2021,
    )
    .actions(OWNER_DATA),
];
