//! .fi (Traficom): the registrant's identity number and the registry's terms.

use super::order_facts::{AuthCode, Basis, IdProtection, OrderFacts, Terms, TransferLock, Years};
use super::{Cited, ISPAPI_2021, Registry, Source, ZonePolicy};
use crate::fields::{Field, Format, FormatRule, Kind, OWNER_DATA, REGISTER_TRADE, Requirement, Test};
use crate::ids;
use crate::text;

/// The DNS limits (no registry-specific length rule is known to the engine) and the fields below.
pub const POLICY: ZonePolicy = ZonePolicy::fields_only(&["fi"], FIELDS, &[]);

// Sources disagree on the identity number's parameter: X-FI-REGISTRANT-IDNUMBER in the
// registrar module of 2021, X-FI-IDNUMBER in its earlier versions; the newer name is followed.

const ID_FORMATS: &[FormatRule] = &[
    FormatRule {
        when: &[Test::is("registrant.country", &["FI"]), Test::is("registrant.type", &["individual"])],
        format: Format::Id(&ids::fi::HETU),
    },
    FormatRule {
        when: &[Test::is("registrant.country", &["FI"]), Test::is("registrant.type", &["organization"])],
        format: Format::Id(&ids::fi::YTUNNUS),
    },
    FormatRule { when: &[], format: Format::Free },
];

/// The .fi fields.
pub const FIELDS: &[Field] = &[
    Field::new("X-FI-ACCEPT-REGISTRATION-TAC", Kind::Checkbox, text!("fi.i_accept_the_terms_of_traficom"), ISPAPI_2021)
        .required(Requirement::Always)
        .actions(REGISTER_TRADE),
    Field::new("X-FI-REGISTRANT-IDNUMBER", Kind::Text, text!("fi.identity_number_of_the_registrant"), ISPAPI_2021)
        .help(text!("fi.finnish_companies_the_business_id_y"))
        .formats(ID_FORMATS)
        .actions(OWNER_DATA),
];

/// Route 53's .fi page: terms and ID protection as a second registrar sells them.
const ROUTE53_FI: Source =
    Source::new("https://github.com/awsdocs/amazon-route53-docs/blob/2c31968/doc_source/fi.md", "2023-04-07");
/// .fi: 1 to 5 years; a transfer needs the code; no ID protection.
pub const ORDER: OrderFacts = OrderFacts {
    zones: &["fi"],
    basis: Basis::Zone,
    terms: Cited {
        value: Terms { register: Years::range(1, 5), renew: Years::range(1, 5), transfer: Years::only(1) },
        source: ROUTE53_FI,
    },
    auth_code: Cited { value: AuthCode::Required, source: ROUTE53_FI },
    transfer_lock: Cited { value: TransferLock::None, source: ROUTE53_FI },
    id_protection: Cited { value: IdProtection::Unknown, source: ROUTE53_FI },
    bundle: Cited { value: &[], source: ROUTE53_FI },
    contacts_on_transfer: Cited { value: true, source: super::order_facts::MODULE_TRANSFER },
};

/// Everything this module declares, for the list in `zone/mod.rs`.
pub const REGISTRY: Registry = Registry::new(&[&POLICY], &[&ORDER], &[]);
