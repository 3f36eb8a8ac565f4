//! .nyc (the City of New York): the registrant's nexus with New York City.

use super::{ISPAPI_2021, ZonePolicy};
use crate::fields::{Check, Choice, Field, Kind, OWNER_DATA, Requirement, Rule};
use crate::text;

/// The DNS limits (no registry-specific length rule is known to the engine) and the fields below.
pub const POLICY: ZonePolicy = ZonePolicy::fields_only(&["nyc"], FIELDS, RULES);

// WHMCS contradicts itself on the nexus codes (its values swap what its help text says); the
// registrar module's 1 = natural person, 2 = organisation agrees with the help text and is
// followed.

/// The .nyc fields.
pub const FIELDS: &[Field] = &[Field::new(
    "X-NYC-REGISTRANT-NEXUS-CATEGORY",
    Kind::Select,
    text!(
        "Nexus with New York City",
        "Bezug zu New York City",
        "Lien avec la ville de New York",
        "Legame con la città di New York",
        "Tilknytning til New York City"
    ),
    ISPAPI_2021,
)
.options(&[
    Choice {
        value: "1",
        label: text!(
            "Person living in New York City",
            "Person mit Wohnsitz in New York City",
            "Personne résidant à New York",
            "Persona residente a New York",
            "Person med bopæl i New York City"
        ),
    },
    Choice {
        value: "2",
        label: text!(
            "Organisation with an address in New York City",
            "Organisation mit Adresse in New York City",
            "Organisation ayant une adresse à New York",
            "Organizzazione con indirizzo a New York",
            "Organisation med adresse i New York City"
        ),
    },
])
.default_value("1")
.required(Requirement::Always)
.actions(OWNER_DATA)];

const NYC_ADDRESS: crate::fields::Text = text!(
    ".nyc names need a street address in New York City (no post office box): the country must be US and the state NY.",
    ".nyc-Namen brauchen eine Straßenadresse in New York City (kein Postfach): Land US, Bundesstaat NY.",
    "Les noms .nyc exigent une adresse à New York (pas de boîte postale) : pays US, État NY.",
    "I nomi .nyc richiedono un indirizzo a New York (non una casella postale): paese US, stato NY.",
    ".nyc-navne kræver en gadeadresse i New York City (ingen postboks): land US, delstat NY."
);

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
