//! .se and .nu (Internetstiftelsen): the registrant's identity number and VAT ID, and the registry's terms.

use super::order_facts::{AuthCode, Basis, IdProtection, OrderFacts, Terms, TransferLock, Years};
use super::{Cited, ISPAPI_2021, Registry, Source, ZonePolicy};
use crate::fields::{Field, Format, FormatRule, Kind, OWNER_DATA, REGISTER_TRADE, Requirement, Test};
use crate::ids;
use crate::text;

/// The DNS limits (no registry-specific length rule is known to the engine) and the fields below.
pub const POLICY: ZonePolicy = ZonePolicy::fields_only(&["se"], FIELDS, &[]);

// The registrar module of 2021 left the identity number optional; its sample configuration and
// WHMCS require it, as the registry needs it for every holder, which is followed.

/// A Swedish person's personnummer, a Swedish organisation's organisationsnummer, a foreign
/// holder's own number as typed.
const ID_FORMATS: &[FormatRule] = &[
    FormatRule {
        when: &[Test::is("registrant.country", &["SE"]), Test::is("registrant.type", &["individual"])],
        format: Format::Id(&ids::se::PERSONNUMMER),
    },
    FormatRule {
        when: &[Test::is("registrant.country", &["SE"]), Test::is("registrant.type", &["organization"])],
        format: Format::Id(&ids::se::ORGNR),
    },
    FormatRule { when: &[], format: Format::Free },
];

const VAT_FORMATS: &[FormatRule] = &[
    FormatRule { when: &[Test::is("registrant.country", super::EU)], format: Format::Id(&ids::eu_vat::EU_VAT) },
    FormatRule { when: &[], format: Format::Free },
];

const ID_LABEL: crate::fields::Text = text!("se.identity_number_of_the_registrant");
const ID_HELP: crate::fields::Text = text!("se.swedish_personal_or_organisation_number_for");
const VAT_LABEL: crate::fields::Text = text!("se.vat_id_of_the_registrant_eu");
const TERMS: crate::fields::Text = text!("se.i_accept_the_registry_s_terms");

/// The .se fields.
pub const FIELDS: &[Field] = &[
    Field::new("X-SE-ACCEPT-REGISTRATION-TAC", Kind::Checkbox, TERMS, ISPAPI_2021)
        .required(Requirement::Always)
        .actions(REGISTER_TRADE),
    Field::new("X-NICSE-IDNUMBER", Kind::Text, ID_LABEL, ISPAPI_2021)
        .help(ID_HELP)
        .required(Requirement::Always)
        .formats(ID_FORMATS)
        .actions(OWNER_DATA),
    Field::new("X-NICSE-VATID", Kind::Text, VAT_LABEL, ISPAPI_2021).formats(VAT_FORMATS).actions(OWNER_DATA),
];

/// The .nu fields: the same, under the parameter names of the registrar module's .nu set.
pub const NU_FIELDS: &[Field] = &[
    Field::new("X-NU-ACCEPT-REGISTRATION-TAC", Kind::Checkbox, TERMS, ISPAPI_2021)
        .required(Requirement::Always)
        .actions(REGISTER_TRADE),
    Field::new("X-REGISTRANT-IDNUMBER", Kind::Text, ID_LABEL, ISPAPI_2021)
        .help(ID_HELP)
        .required(Requirement::Always)
        .formats(ID_FORMATS)
        .actions(OWNER_DATA),
    Field::new("X-VATID", Kind::Text, VAT_LABEL, ISPAPI_2021).formats(VAT_FORMATS).actions(OWNER_DATA),
];

/// .nu: the .se rules with its own parameter names.
pub const NU_POLICY: ZonePolicy = ZonePolicy { zones: &["nu"], fields: NU_FIELDS, ..POLICY };

/// Route 53's .se page: terms, and the registry's own privacy for individuals.
const ROUTE53_SE: Source =
    Source::new("https://github.com/awsdocs/amazon-route53-docs/blob/2c31968/doc_source/se.md", "2023-04-07");

/// .se: 1 to 10 years; a transfer needs the code; the registry hides individuals' data itself
/// (the API's `X-NICSE-DISCLOSE`), so there is no ID protection to order.
pub const ORDER: OrderFacts = OrderFacts {
    zones: &["se"],
    basis: Basis::Zone,
    terms: Cited {
        value: Terms { register: Years::range(1, 10), renew: Years::range(1, 10), transfer: Years::only(1) },
        source: ROUTE53_SE,
    },
    auth_code: Cited { value: AuthCode::Required, source: ROUTE53_SE },
    transfer_lock: Cited { value: TransferLock::None, source: ROUTE53_SE },
    id_protection: Cited {
        value: IdProtection::RegistryPrivacyWhen(&[Test::is("registrant.type", &["individual"])]),
        source: ROUTE53_SE,
    },
    bundle: Cited { value: &[], source: ROUTE53_SE },
    contacts_on_transfer: Cited { value: false, source: super::order_facts::MODULE_TRANSFER },
};

/// Everything this module declares, for the list in `zone/mod.rs`.
pub const REGISTRY: Registry = Registry::new(&[&POLICY, &NU_POLICY], &[&ORDER], &[]);
