//! .us (the usTLD administrator): the nexus of the registrant with the United States.

use super::order_facts::{AuthCode, Basis, IdProtection, OrderFacts, Terms, TransferLock, Years};
use super::{Cited, ISPAPI_2021, Source, ZonePolicy};
use crate::fields::{Choice, Field, FormatRule, Kind, OWNER_DATA, Requirement, Test};
use crate::text;

/// The DNS limits (no registry-specific length rule is known to the engine) and the fields below.
pub const POLICY: ZonePolicy = ZonePolicy::fields_only(&["us"], FIELDS, &[]);

// Sources disagree on the nexus country: WHMCS always asks for it, the registrar module only
// for categories C31 and C32 (foreign entities), which is what the nexus policy needs; the
// module is followed.

const PURPOSES: &[Choice] = &[
    Choice {
        value: "P1",
        label: text!(
            "Business for profit",
            "Gewinnorientiertes Unternehmen",
            "Entreprise à but lucratif",
            "Attività a scopo di lucro",
            "Erhvervsvirksomhed"
        ),
    },
    Choice {
        value: "P2",
        label: text!(
            "Non-profit, club, association or religious organisation",
            "Gemeinnützig, Verein oder religiöse Organisation",
            "Association, club ou organisation religieuse sans but lucratif",
            "Senza scopo di lucro, club, associazione o ente religioso",
            "Almennyttig, klub, forening eller religiøs organisation"
        ),
    },
    Choice {
        value: "P3",
        label: text!("Personal use", "Private Nutzung", "Usage personnel", "Uso personale", "Privat brug"),
    },
    Choice { value: "P4", label: text!("Educational", "Bildung", "Éducation", "Istruzione", "Uddannelse") },
    Choice {
        value: "P5",
        label: text!(
            "Government",
            "Behörde",
            "Administration publique",
            "Pubblica amministrazione",
            "Offentlig myndighed"
        ),
    },
];

const CATEGORIES: &[Choice] = &[
    Choice {
        value: "C11",
        label: text!(
            "US citizen",
            "US-Staatsbürger",
            "Citoyen des États-Unis",
            "Cittadino statunitense",
            "Amerikansk statsborger"
        ),
    },
    Choice {
        value: "C12",
        label: text!(
            "Permanent resident of the US",
            "Daueraufenthalt in den USA",
            "Résident permanent des États-Unis",
            "Residente permanente negli Stati Uniti",
            "Fastboende i USA"
        ),
    },
    Choice {
        value: "C21",
        label: text!(
            "US organisation",
            "US-Organisation",
            "Organisation américaine",
            "Organizzazione statunitense",
            "Amerikansk organisation"
        ),
    },
    Choice {
        value: "C31",
        label: text!(
            "Foreign entity with bona fide US presence",
            "Ausländische Einrichtung mit echter Präsenz in den USA",
            "Entité étrangère ayant une présence réelle aux États-Unis",
            "Ente straniero con presenza effettiva negli Stati Uniti",
            "Udenlandsk enhed med reel tilstedeværelse i USA"
        ),
    },
    Choice {
        value: "C32",
        label: text!(
            "Foreign entity with an office or facility in the US",
            "Ausländische Einrichtung mit Büro oder Niederlassung in den USA",
            "Entité étrangère avec un bureau ou un site aux États-Unis",
            "Ente straniero con un ufficio o una sede negli Stati Uniti",
            "Udenlandsk enhed med kontor eller anlæg i USA"
        ),
    },
];

/// The .us fields.
pub const FIELDS: &[Field] = &[
    Field::new(
        "X-US-NEXUS-APPPURPOSE",
        Kind::Select,
        text!("Purpose of the domain", "Zweck der Domain", "Usage du domaine", "Scopo del dominio", "Domænets formål"),
        ISPAPI_2021,
    )
    .options(PURPOSES)
    .default_value("P1")
    .required(Requirement::Always)
    .actions(OWNER_DATA),
    Field::new(
        "X-US-NEXUS-CATEGORY",
        Kind::Select,
        text!(
            "Nexus with the United States",
            "Bezug zu den USA",
            "Lien avec les États-Unis",
            "Legame con gli Stati Uniti",
            "Tilknytning til USA"
        ),
        ISPAPI_2021,
    )
    .options(CATEGORIES)
    .default_value("C11")
    .required(Requirement::Always)
    .actions(OWNER_DATA),
    Field::new(
        "X-US-NEXUS-VALIDATOR",
        Kind::Country,
        text!(
            "Country of the foreign entity",
            "Land der ausländischen Einrichtung",
            "Pays de l'entité étrangère",
            "Paese dell'ente straniero",
            "Den udenlandske enheds land"
        ),
        ISPAPI_2021,
    )
    .required(Requirement::When(&[Test::is("fields.X-US-NEXUS-CATEGORY", &["C31", "C32"])]))
    .formats(&[FormatRule { when: &[], format: "country" }])
    .pattern("[A-Za-z]{2}")
    .actions(OWNER_DATA),
];

/// Route 53's .us page: terms and ID protection as a second registrar sells them.
const ROUTE53_US: Source =
    Source::new("https://github.com/awsdocs/amazon-route53-docs/blob/2c31968/doc_source/us.md", "2023-04-07");
/// .us: 1 to 10 years; a transfer needs the code. ICANN's Transfer Policy binds gTLDs only, and no
/// source read gives .us's own lock: none is assumed. Whether ID protection can be ordered is
/// not in the API's sources.
pub const ORDER: OrderFacts = OrderFacts {
    zones: &["us"],
    basis: Basis::Zone,
    terms: Cited {
        value: Terms { register: Years::range(1, 10), renew: Years::range(1, 10), transfer: Years::only(1) },
        source: ROUTE53_US,
    },
    auth_code: Cited { value: AuthCode::Required, source: ROUTE53_US },
    transfer_lock: Cited { value: TransferLock::None, source: ROUTE53_US },
    id_protection: Cited { value: IdProtection::Unknown, source: ROUTE53_US },
    bundle: Cited { value: &[], source: ROUTE53_US },
    contacts_on_transfer: Cited { value: false, source: super::order_facts::MODULE_TRANSFER },
};
