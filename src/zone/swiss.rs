//! .swiss (the Swiss Confederation): the enterprise's UID and the intended use.

use super::{ISPAPI_2021, ZonePolicy};
use crate::fields::{Field, FormatRule, Kind, OWNER_DATA, Requirement};
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
        text!(
            "Enterprise identification number (UID)",
            "Unternehmens-Identifikationsnummer (UID)",
            "Numéro d'identification des entreprises (IDE)",
            "Numero d'identificazione delle imprese (IDI)",
            "Virksomhedens identifikationsnummer (UID)"
        ),
        ISPAPI_2021,
    )
    .help(text!(
        "CHE and 9 digits, such as CHE-123.456.788.",
        "CHE und 9 Ziffern, etwa CHE-123.456.788.",
        "CHE et 9 chiffres, par exemple CHE-123.456.788.",
        "CHE e 9 cifre, per esempio CHE-123.456.788.",
        "CHE og 9 cifre, f.eks. CHE-123.456.788."
    ))
    .required(Requirement::Always)
    .formats(&[FormatRule { when: &[], format: "ch-uid" }])
    .actions(OWNER_DATA),
    Field::new(
        "X-CORE-INTENDED-USE",
        Kind::Text,
        text!(
            "Intended use of the domain",
            "Geplante Nutzung der Domain",
            "Usage prévu du domaine",
            "Uso previsto del dominio",
            "Planlagt brug af domænet"
        ),
        ISPAPI_2021,
    )
    .required(Requirement::Always)
    .actions(OWNER_DATA),
];
