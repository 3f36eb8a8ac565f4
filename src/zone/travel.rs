//! .travel: the registrant's relationship to the travel industry.

use super::{ISPAPI_2021, ZonePolicy};
use crate::fields::{Check, Choice, Field, Kind, OWNER_DATA, Requirement, Rule};
use crate::text;

/// The DNS limits (no registry-specific length rule is known to the engine) and the fields below.
pub const POLICY: ZonePolicy = ZonePolicy::fields_only(&["travel"], FIELDS, RULES);

/// The .travel fields.
pub const FIELDS: &[Field] = &[Field::new(
    "X-TRAVEL-INDUSTRY",
    Kind::Select,
    text!(
        "The registrant works in the travel industry",
        "Der Inhaber ist in der Reisebranche tätig",
        "Le titulaire travaille dans le secteur du voyage",
        "L'assegnatario opera nel settore dei viaggi",
        "Registranten arbejder i rejsebranchen"
    ),
    ISPAPI_2021,
)
.options(&[
    Choice { value: "1", label: text!("Yes", "Ja", "Oui", "Sì", "Ja") },
    Choice { value: "0", label: text!("No", "Nein", "Non", "No", "Nej") },
])
.default_value("1")
.required(Requirement::Always)
.actions(OWNER_DATA)];

/// What a .travel order must satisfy beyond its fields.
pub const RULES: &[Rule] = &[Rule {
    when: &[],
    check: Check::OneOf("fields.X-TRAVEL-INDUSTRY", &["1"]),
    severity: crate::report::Severity::Error,
    message: text!(
        ".travel names are for the travel industry: the registrant must confirm a relationship to it.",
        ".travel-Namen sind der Reisebranche vorbehalten: Der Inhaber muss seine Verbindung zu ihr bestätigen.",
        "Les noms .travel sont réservés au secteur du voyage : le titulaire doit confirmer son lien avec lui.",
        "I nomi .travel sono riservati al settore dei viaggi: l'assegnatario deve confermare il proprio legame.",
        ".travel-navne er forbeholdt rejsebranchen: registranten skal bekræfte sin tilknytning."
    ),
    actions: OWNER_DATA,
    source: ISPAPI_2021,
}];
