//! .dk (Punktum dk, formerly DK Hostmaster).

use super::nameservers::{Model, NsPolicy};
use super::order_facts::{AuthCode, Basis, IdProtection, OrderFacts, Terms, TransferLock, Years};
use super::{Cited, EU, ISPAPI_2021, Registry, Source, ZonePolicy};
use crate::fields::{Action, Check, Field, Format, FormatRule, Kind, OWNER_DATA, Requirement, Rule, Test};
use crate::ids;
use crate::report::Severity;
use crate::text;

/// Punktum dk, "Approved characters for .dk domain names", version 2.1: at most 63 characters,
/// no minimum stated. Registrar wikis claiming 3 (2014) or 64 are contradicted by the registry
/// and by existing one- and two-character names; the registry is followed.
const PUNKTUM_CHARACTERS: Source =
    Source::new("https://punktum.dk/en/articles/approved-characters-for-dk-domain-names", "2023-04-26");

/// 1 to 63 characters.
pub const POLICY: ZonePolicy = ZonePolicy {
    zones: &["dk"],
    min_length: Cited { value: 1, source: PUNKTUM_CHARACTERS },
    max_length: Cited { value: 63, source: PUNKTUM_CHARACTERS },
    characters: Cited { value: Some(&["æøåöäüéß"]), source: PUNKTUM_CHARACTERS },
    fields: FIELDS,
    rules: RULES,
};

/// Punktum dk's implementation guide for registrars: the registrant concludes the agreement on
/// the right of use, with Punktum dk's text, before the application is sent (in force since
/// 2025-01-15).
const PUNKTUM_AGREEMENT: Source = Source::new(
    "https://punktum.dk/en/articles/implementation-guide-for-registration-of-dk-for-registrars",
    "2025-01-15",
);

const VAT_HELP: crate::fields::Text = text!("dk.required_for_an_organisation_a_company");

/// A Danish organisation's CVR number, another EU organisation's VAT ID by its country's rule,
/// and anything else as typed.
const REGISTRANT_VAT_FORMATS: &[FormatRule] = &[
    FormatRule { when: &[Test::is("registrant.country", &["DK"])], format: Format::Id(&ids::dk::CVR) },
    FormatRule { when: &[Test::is("registrant.country", EU)], format: Format::Id(&ids::eu_vat::EU_VAT) },
    FormatRule { when: &[], format: Format::Free },
];

const ADMIN_VAT_FORMATS: &[FormatRule] = &[
    FormatRule { when: &[Test::is("admin.country", &["DK"])], format: Format::Id(&ids::dk::CVR) },
    FormatRule { when: &[Test::is("admin.country", EU)], format: Format::Id(&ids::eu_vat::EU_VAT) },
    FormatRule { when: &[], format: Format::Free },
];

// The registrar API's .dk fields (HEXONET/CentralNic Reseller ISPAPI dialect): the VAT ID of
// an organisation registrant or admin is required; an individual sends neither VAT ID nor
// organisation name ("choose Individual also when you are a company without a VAT ID"). The
// registry's own user types agree: a company has a CVR number, an individual none.
/// The .dk fields.
pub const FIELDS: &[Field] = &[
    Field::new("X-REGISTRANT-VATID", Kind::Text, text!("dk.vat_id_of_the_registrant"), ISPAPI_2021)
        .help(VAT_HELP)
        .required(Requirement::When(&[Test::is("registrant.type", &["organization"])]))
        .formats(REGISTRANT_VAT_FORMATS)
        .actions(OWNER_DATA)
        .omit_when(&[Test::is("registrant.type", &["individual"])]),
    Field::new("X-ADMIN-VATID", Kind::Text, text!("dk.vat_id_of_the_admin_contact"), ISPAPI_2021)
        .help(VAT_HELP)
        .required(Requirement::When(&[Test::is("admin.type", &["organization"])]))
        .formats(ADMIN_VAT_FORMATS)
        .actions(OWNER_DATA)
        .omit_when(&[Test::is("admin.type", &["individual"])]),
    Field::new("X-DK-REGISTRANT-CONTACT", Kind::Text, text!("dk.punktum_dk_user_id_of_the"), ISPAPI_2021)
        .help(text!("dk.only_if_the_registrant_already_has"))
        .formats(&[FormatRule { when: &[], format: Format::DkHandle }])
        .pattern("[A-Za-z0-9]{1,12}-[Dd][Kk]")
        .actions(OWNER_DATA),
    Field::new("X-DK-ADMIN-CONTACT", Kind::Text, text!("dk.punktum_dk_user_id_of_the_2"), ISPAPI_2021)
        .formats(&[FormatRule { when: &[], format: Format::DkHandle }])
        .pattern("[A-Za-z0-9]{1,12}-[Dd][Kk]")
        .actions(OWNER_DATA),
    Field::new("X-DK-ACCEPT-TAC", Kind::Checkbox, text!("dk.i_accept_punktum_dk_s_terms"), PUNKTUM_AGREEMENT)
        .required(Requirement::Always)
        .actions(&[Action::Register]),
];

/// What a .dk order must satisfy beyond its fields.
pub const RULES: &[Rule] = &[Rule {
    when: &[Test::is("registrant.type", &["individual"])],
    check: Check::Absent("registrant.organization"),
    severity: Severity::Info,
    message: text!("dk.an_individual_registrant_is_registered_without"),
    actions: OWNER_DATA,
    source: ISPAPI_2021,
}];

/// The registrar API's .dk page: terms and transfer.
const WIKI_DK: Source = Source::new("https://wiki.hexonet.net/wiki/DK", "2014");
/// Punktum dk on moving a .dk name to registrar management: the AuthID, its 14 days, the dates.
const PUNKTUM_REGISTRAR_MODEL: Source = Source::new(
    "https://www.punktum.dk/en/articles/how-to-switch-your-dk-domain-to-registrar-management",
    "undated; read 2026-12-02",
);
/// .dk: 1 to 10 years, renewals 1 to 9. Transfers: since Punktum dk's registrar model a transfer
/// needs the AuthID the registrant takes from Punktum's self-service (valid 14 days), and keeps the
/// expiry date (`0Y`). The module FAQ (#18, 2023) and the API's wiki page (2012-2014) still say
/// .dk transfers have no code and are confirmed by the registrant: they describe the model before
/// registrar management, which Punktum makes the only one (no new names directly at Punktum from
/// 2026-07-01, every name under a registrar by 2028-06-30). Punktum, the newer source, is followed.
/// Whether ID protection can be ordered is in none of the sources read: unknown.
pub const ORDER: OrderFacts = OrderFacts {
    zones: &["dk"],
    basis: Basis::Zone,
    terms: Cited {
        value: Terms { register: Years::range(1, 10), renew: Years::range(1, 9), transfer: Years::only(0) },
        source: WIKI_DK,
    },
    auth_code: Cited { value: AuthCode::Required, source: PUNKTUM_REGISTRAR_MODEL },
    transfer_lock: Cited { value: TransferLock::None, source: WIKI_DK },
    id_protection: Cited { value: IdProtection::Unknown, source: WIKI_DK },
    bundle: Cited { value: &[], source: WIKI_DK },
    contacts_on_transfer: Cited { value: false, source: super::order_facts::MODULE_TRANSFER },
};

/// Punktum dk: host objects that must exist (2303 otherwise); a domain must have nameservers and
/// keeps at least two; at most 7 (HEXONET; TPP Wholesale says 6, the larger is followed so that no
/// valid order is refused).
const DK_EPP: Source = Source::new("https://github.com/DK-Hostmaster/epp-service-specification", "2021-04-08");

/// Its nameserver rules.
pub const NAMESERVERS: NsPolicy = NsPolicy {
    zones: &["dk"],
    count: Cited { value: (2, 7), source: DK_EPP },
    model: Cited { value: Model::HostObjects, source: DK_EPP },
    distinct_addresses: false,
    nsentry: None,
};

/// Everything this module declares, for the list in `zone/mod.rs`.
pub const REGISTRY: Registry = Registry::new(&[&POLICY], &[&ORDER], &[&NAMESERVERS]);
