//! .au and its second-level zones (auDA): the registrant's Australian identifier.

use super::{ISPAPI_2021, ZonePolicy};
use crate::fields::{Choice, Field, FormatRule, Kind, OWNER_DATA, Requirement, Test};
use crate::text;

/// The DNS limits (no registry-specific length rule is known to the engine) and the fields below.
pub const POLICY: ZonePolicy =
    ZonePolicy::fields_only(&["au", "com.au", "net.au", "org.au", "asn.au", "id.au"], FIELDS, &[]);

const ID_TYPES: &[Choice] = &[
    Choice {
        value: "ABN",
        label: text!(
            "Australian Business Number (ABN)",
            "Australian Business Number (ABN)",
            "Numéro d'entreprise australien (ABN)",
            "Numero d'impresa australiano (ABN)",
            "Australsk virksomhedsnummer (ABN)"
        ),
    },
    Choice {
        value: "ACN",
        label: text!(
            "Australian Company Number (ACN)",
            "Australian Company Number (ACN)",
            "Numéro de société australien (ACN)",
            "Numero di società australiano (ACN)",
            "Australsk selskabsnummer (ACN)"
        ),
    },
    Choice {
        value: "RBN",
        label: text!(
            "Business registration number",
            "Gewerberegisternummer",
            "Numéro d'enregistrement commercial",
            "Numero di registrazione dell'attività",
            "Virksomhedsregistreringsnummer"
        ),
    },
    Choice {
        value: "TM",
        label: text!("Trademark number", "Markennummer", "Numéro de marque", "Numero del marchio", "Varemærkenummer"),
    },
];

const ID_FORMATS: &[FormatRule] = &[
    FormatRule { when: &[Test::is("fields.X-AU-REGISTRANT-ID-TYPE", &["ABN"])], format: "au-abn" },
    FormatRule { when: &[Test::is("fields.X-AU-REGISTRANT-ID-TYPE", &["ACN"])], format: "au-acn" },
    FormatRule { when: &[], format: "free" },
];

/// The .au fields (the registrar module defined them for com.au and its siblings; direct .au
/// names, open since 2022, take the same).
pub const FIELDS: &[Field] = &[
    Field::new(
        "X-AU-REGISTRANT-ID-TYPE",
        Kind::Select,
        text!(
            "Type of the registrant's identifier",
            "Art der Kennung des Inhabers",
            "Type d'identifiant du titulaire",
            "Tipo di identificativo dell'assegnatario",
            "Type af registrantens identifikator"
        ),
        ISPAPI_2021,
    )
    .options(ID_TYPES)
    .default_value("ABN")
    .required(Requirement::Always)
    .actions(OWNER_DATA),
    Field::new(
        "X-AU-REGISTRANT-ID-NUMBER",
        Kind::Text,
        text!(
            "Registrant's identifier",
            "Kennung des Inhabers",
            "Identifiant du titulaire",
            "Identificativo dell'assegnatario",
            "Registrantens identifikator"
        ),
        ISPAPI_2021,
    )
    .required(Requirement::Always)
    .formats(ID_FORMATS)
    .actions(OWNER_DATA),
];
