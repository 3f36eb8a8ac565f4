//! .us (the usTLD administrator): the nexus of the registrant with the United States.

use super::order_facts::{AuthCode, Basis, IdProtection, OrderFacts, Terms, TransferLock, Years};
use super::{Cited, ISPAPI_2021, Registry, Source, ZonePolicy};
use crate::fields::{Choice, Field, Format, FormatRule, Kind, OWNER_DATA, Requirement, Test};
use crate::text;

/// The DNS limits (no registry-specific length rule is known to the engine) and the fields below.
pub const POLICY: ZonePolicy = ZonePolicy::fields_only(&["us"], FIELDS, &[]);

// Sources disagree on the nexus country: WHMCS always asks for it, the registrar module only
// for categories C31 and C32 (foreign entities), which is what the nexus policy needs; the
// module is followed.

const PURPOSES: &[Choice] = &[
    Choice { value: "P1", label: text!("us.business_for_profit") },
    Choice { value: "P2", label: text!("us.non_profit_club_association_or_religious") },
    Choice { value: "P3", label: text!("us.personal_use") },
    Choice { value: "P4", label: text!("us.educational") },
    Choice { value: "P5", label: text!("us.government") },
];

const CATEGORIES: &[Choice] = &[
    Choice { value: "C11", label: text!("us.us_citizen") },
    Choice { value: "C12", label: text!("us.permanent_resident_of_the_us") },
    Choice { value: "C21", label: text!("us.us_organisation") },
    Choice { value: "C31", label: text!("us.foreign_entity_with_bona_fide_us") },
    Choice { value: "C32", label: text!("us.foreign_entity_with_an_office_or") },
];

/// The .us fields.
pub const FIELDS: &[Field] = &[
    Field::new("X-US-NEXUS-APPPURPOSE", Kind::Select, text!("us.purpose_of_the_domain"), ISPAPI_2021)
        .options(PURPOSES)
        .default_value("P1")
        .required(Requirement::Always)
        .actions(OWNER_DATA),
    Field::new("X-US-NEXUS-CATEGORY", Kind::Select, text!("us.nexus_with_the_united_states"), ISPAPI_2021)
        .options(CATEGORIES)
        .default_value("C11")
        .required(Requirement::Always)
        .actions(OWNER_DATA),
    Field::new("X-US-NEXUS-VALIDATOR", Kind::Country, text!("us.country_of_the_foreign_entity"), ISPAPI_2021)
        .required(Requirement::When(&[Test::is("fields.X-US-NEXUS-CATEGORY", &["C31", "C32"])]))
        .formats(&[FormatRule { when: &[], format: Format::Country }])
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

/// Everything this module declares, for the list in `zone/mod.rs`.
pub const REGISTRY: Registry = Registry::new(&[&POLICY], &[&ORDER], &[]);
