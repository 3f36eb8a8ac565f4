//! .au and its second-level zones (auDA): the registrant's Australian identifier.

use super::order_facts::{AuthCode, Basis, IdProtection, OrderFacts, Terms, TransferLock, Years};
use super::{Cited, ISPAPI_2021, Registry, Source, ZonePolicy};
use crate::fields::{Choice, Field, Format, FormatRule, Kind, OWNER_DATA, Requirement, Test};
use crate::ids;
use crate::text;

/// The DNS limits (no registry-specific length rule is known to the engine) and the fields below.
pub const POLICY: ZonePolicy =
    ZonePolicy::fields_only(&["au", "com.au", "net.au", "org.au", "asn.au", "id.au"], FIELDS, &[]);

const ID_TYPES: &[Choice] = &[
    Choice { value: "ABN", label: text!("au.australian_business_number_abn") },
    Choice { value: "ACN", label: text!("au.australian_company_number_acn") },
    Choice { value: "RBN", label: text!("au.business_registration_number") },
    Choice { value: "TM", label: text!("au.trademark_number") },
];

const ID_FORMATS: &[FormatRule] = &[
    FormatRule { when: &[Test::is("fields.X-AU-REGISTRANT-ID-TYPE", &["ABN"])], format: Format::Id(&ids::au::ABN) },
    FormatRule { when: &[Test::is("fields.X-AU-REGISTRANT-ID-TYPE", &["ACN"])], format: Format::Id(&ids::au::ACN) },
    FormatRule { when: &[], format: Format::Free },
];

/// The .au fields (the registrar module defined them for com.au and its siblings; direct .au
/// names, open since 2022, take the same).
pub const FIELDS: &[Field] = &[
    Field::new("X-AU-REGISTRANT-ID-TYPE", Kind::Select, text!("au.type_of_the_registrant_s_identifier"), ISPAPI_2021)
        .options(ID_TYPES)
        .default_value("ABN")
        .required(Requirement::Always)
        .actions(OWNER_DATA),
    Field::new("X-AU-REGISTRANT-ID-NUMBER", Kind::Text, text!("au.registrant_s_identifier"), ISPAPI_2021)
        .required(Requirement::Always)
        .formats(ID_FORMATS)
        .actions(OWNER_DATA),
];

/// The registrar module's usage guide: .au registrations of 1 to 5 years and renewals of 1 to 4
/// (known issue 7). Route 53 words it "registration and renewal 1-5": the guide of the API whose
/// orders are checked is followed.
const GUIDE_AU: Source = Source::new(
    "https://github.com/centralnicgroup-public/rtldev-middleware-documentation/blob/7539485/docs/hexonet/whmcs/whmcs-ispapi-registrar.md",
    "2024-03-28",
);

/// Route 53's .com.au page: transfer code, no ID protection.
const ROUTE53_AU: Source =
    Source::new("https://github.com/awsdocs/amazon-route53-docs/blob/2c31968/doc_source/com.au.md", "2023-04-07");

/// .au and its second-level zones.
pub const ORDER: OrderFacts = OrderFacts {
    zones: &["au", "com.au", "net.au", "org.au", "id.au"],
    basis: Basis::Zone,
    terms: Cited {
        value: Terms { register: Years::range(1, 5), renew: Years::range(1, 4), transfer: Years::only(1) },
        source: GUIDE_AU,
    },
    auth_code: Cited { value: AuthCode::Required, source: ROUTE53_AU },
    transfer_lock: Cited { value: TransferLock::None, source: ROUTE53_AU },
    id_protection: Cited { value: IdProtection::Unknown, source: ROUTE53_AU },
    bundle: Cited { value: &[], source: ROUTE53_AU },
    contacts_on_transfer: Cited { value: true, source: super::order_facts::MODULE_TRANSFER },
};

/// Everything this module declares, for the list in `zone/mod.rs`.
pub const REGISTRY: Registry = Registry::new(&[&POLICY], &[&ORDER], &[]);
