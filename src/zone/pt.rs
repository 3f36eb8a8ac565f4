//! .pt (Associação DNS.PT): VAT numbers of the registrant and the technical contact, the ROID on transfer.

use super::{ISPAPI_2021, ZonePolicy};
use crate::fields::{Action, Field, FormatRule, Kind, OWNER_DATA, Requirement, Test};
use crate::text;

/// The DNS limits (no registry-specific length rule is known to the engine) and the fields below.
pub const POLICY: ZonePolicy = ZonePolicy::fields_only(&["pt"], FIELDS, &[]);

const NIF_FORMATS: &[FormatRule] = &[
    FormatRule { when: &[Test::is("registrant.country", &["PT"])], format: "pt-nif" },
    FormatRule { when: &[Test::is("registrant.country", super::EU)], format: "eu-vat" },
    FormatRule { when: &[], format: "free" },
];

/// The .pt fields.
pub const FIELDS: &[Field] = &[
    Field::new(
        "X-PT-REGISTRANT-VATID",
        Kind::Text,
        text!(
            "VAT number (NIF) of the registrant",
            "USt-IdNr. (NIF) des Inhabers",
            "Numéro de TVA (NIF) du titulaire",
            "Partita IVA (NIF) dell'assegnatario",
            "Registrantens momsnummer (NIF)"
        ),
        ISPAPI_2021,
    )
    .formats(NIF_FORMATS)
    .actions(OWNER_DATA),
    Field::new(
        "X-PT-TECH-VATID",
        Kind::Text,
        text!(
            "VAT number (NIF) of the technical contact",
            "USt-IdNr. (NIF) des Technik-Kontakts",
            "Numéro de TVA (NIF) du contact technique",
            "Partita IVA (NIF) del contatto tecnico",
            "Den tekniske kontakts momsnummer (NIF)"
        ),
        ISPAPI_2021,
    )
    .actions(OWNER_DATA),
    Field::new(
        "X-PT-ROID",
        Kind::Text,
        text!(
            "Registry object ID (ROID) of the domain",
            "Registry-Objektkennung (ROID) der Domain",
            "Identifiant d'objet (ROID) du domaine",
            "Identificativo di oggetto (ROID) del dominio",
            "Domænets objekt-id i registret (ROID)"
        ),
        ISPAPI_2021,
    )
    .required(Requirement::Always)
    .actions(&[Action::Transfer]),
];
