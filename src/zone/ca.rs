//! .ca (CIRA).

use super::nameservers::{Model, NsPolicy};
use super::order_facts::{AuthCode, Basis, IdProtection, OrderFacts, Terms, TransferLock, Years};
use super::{Cited, ISPAPI_2021, Registry, Source, ZonePolicy};
use crate::fields::{Action, Check, Choice, Field, Kind, OWNER_DATA, Requirement, Rule, Test};
use crate::report::Severity;
use crate::text;

/// CIRA accepts the 16 accented letters of French; names that differ only in them are bundled
/// with their unaccented form for one registrant.
const CIRA_FRENCH: Source = Source::new(
    "https://www.cira.ca/en/ca-domains/register-your-ca/domains-french-accented-characters/",
    "undated; read 2026-11-28",
);

/// Registrar specification of .ca (CIRA rules as restated): 2 to 63 characters, ACE form
/// included. CIRA texts up to 2009 said 50 at most; they are superseded.
const CIRA_SPEC: Source =
    Source::new("https://support.tppwholesale.com.au/hc/en-gb/articles/360009190197--CA", "undated; read 2026-11-28");

/// 2 to 63 characters.
pub const POLICY: ZonePolicy = ZonePolicy {
    zones: &["ca"],
    min_length: Cited { value: 2, source: CIRA_SPEC },
    max_length: Cited { value: 63, source: CIRA_SPEC },
    characters: Cited { value: Some(&["éëêèâàæôœùûüçîïÿ"]), source: CIRA_FRENCH },
    fields: FIELDS,
    rules: RULES,
};

/// CIRA's Canadian Presence Requirements categories (CPR), as the registry's EPP extension
/// enforces them: 18 legal types, the hospital code is HOP. The 2021 module sent HOS; CIRA,
/// its EPP clients and the module's own sample use HOP, so HOP is sent and HOS accepted as an
/// alias. Non-individual types name an organisation; a Canadian address names a province.
const CIRA_CPR: Source = Source::new(
    "https://github.com/thedarkwinter/Net-DRI/blob/master/lib/Net/DRI/Data/Contact/CIRA.pm",
    "2020; read 2026-11-28",
);

/// The legal types of individuals; every other type is an organisation's.
const INDIVIDUAL_TYPES: &[&str] = &["CCT", "RES", "ABO", "LGR"];

/// Canada's provinces and territories (ISO 3166-2:CA), required for a Canadian address.
pub const PROVINCES: &[&str] = &["AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT"];

const LEGAL_TYPES: &[Choice] = &[
    Choice { value: "CCO", label: text!("ca.corporation_canada_or_province") },
    Choice { value: "CCT", label: text!("ca.canadian_citizen") },
    Choice { value: "RES", label: text!("ca.permanent_resident_of_canada") },
    Choice { value: "GOV", label: text!("ca.government_or_government_entity_in_canada") },
    Choice { value: "EDU", label: text!("ca.canadian_educational_institution") },
    Choice { value: "ASS", label: text!("ca.canadian_unincorporated_association") },
    Choice { value: "HOP", label: text!("ca.canadian_hospital") },
    Choice { value: "PRT", label: text!("ca.partnership_registered_in_canada") },
    Choice { value: "TDM", label: text!("ca.trade_mark_registered_in_canada_non") },
    Choice { value: "TRD", label: text!("ca.canadian_trade_union") },
    Choice { value: "PLT", label: text!("ca.canadian_political_party") },
    Choice { value: "LAM", label: text!("ca.canadian_library_archive_or_museum") },
    Choice { value: "TRS", label: text!("ca.trust_established_in_canada") },
    Choice { value: "ABO", label: text!("ca.aboriginal_peoples_indigenous_to_canada") },
    Choice { value: "INB", label: text!("ca.indian_band_recognised_by_the_indian") },
    Choice { value: "LGR", label: text!("ca.legal_representative_of_a_canadian_citizen") },
    Choice { value: "OMK", label: text!("ca.official_mark_registered_in_canada") },
    Choice { value: "MAJ", label: text!("ca.his_majesty_the_king") },
];

// The registrar API (HEXONET/CentralNic Reseller ISPAPI dialect) as its module defined the .ca
// fields: X-CA-LEGALTYPE on every action, X-CA-LANGUAGE except on transfer.
/// The .ca fields.
pub const FIELDS: &[Field] = &[
    Field::new("X-CA-LEGALTYPE", Kind::Select, text!("ca.legal_type_of_the_registrant"), CIRA_CPR)
        .help(text!("ca.cira_registers_ca_names_only_for"))
        .options(LEGAL_TYPES)
        .aliases(&[("HOS", "HOP")])
        .default_value("CCO")
        .required(Requirement::Always),
    Field::new("X-CA-LANGUAGE", Kind::Select, text!("ca.language_for_cira_s_messages"), ISPAPI_2021)
        .options(&[
            Choice { value: "EN", label: text!("ca.english") },
            Choice { value: "FR", label: text!("ca.french") },
        ])
        .default_value("EN")
        .required(Requirement::Always)
        .actions(OWNER_DATA),
    Field::new("ca-registrant-agreement", Kind::Display, text!("ca.cira_registrant_agreement"), ISPAPI_2021)
        .form_only()
        .help(text!("ca.a_new_registrant_must_accept_cira"))
        .actions(&[Action::Register, Action::Trade]),
];

/// What a .ca order must satisfy beyond its fields.
pub const RULES: &[Rule] = &[
    Rule {
        when: &[Test::is_not("fields.X-CA-LEGALTYPE", INDIVIDUAL_TYPES)],
        check: Check::Present("registrant.organization"),
        severity: Severity::Error,
        message: text!("ca.this_legal_type_is_for_organisations"),
        actions: OWNER_DATA,
        source: CIRA_CPR,
    },
    Rule {
        when: &[Test::is("fields.X-CA-LEGALTYPE", INDIVIDUAL_TYPES)],
        check: Check::Absent("registrant.organization"),
        severity: Severity::Warning,
        message: text!("ca.this_legal_type_is_for_individuals"),
        actions: OWNER_DATA,
        source: CIRA_CPR,
    },
    Rule {
        when: &[Test::is("registrant.country", &["CA"])],
        check: Check::Present("registrant.state"),
        severity: Severity::Error,
        message: text!("ca.a_canadian_address_needs_its_province"),
        actions: OWNER_DATA,
        source: CIRA_CPR,
    },
    Rule {
        when: &[Test::is("registrant.country", &["CA"])],
        check: Check::OneOf("registrant.state", PROVINCES),
        severity: Severity::Error,
        message: text!("ca.this_is_not_a_code_of"),
        actions: OWNER_DATA,
        source: CIRA_CPR,
    },
];

/// The registrar API's .ca page: terms and transfer.
const WIKI_CA: Source = Source::new("https://wiki.hexonet.net/wiki/CA", "2016-05-17");
/// A registrar's .ca policy page: no transfer within 60 days of a registration or a transfer.
const CA_LOCK: Source = Source::new(
    "https://orders.itristanmedia.com/knowledgebase/38/.CA-TLD-Domain-policy.html",
    "undated; read 2026-12-07",
);
/// .ca: 1 to 10 years; a transfer needs the code and adds a year; 60 days' lock after a
/// registration or a transfer. Texts from before CIRA's registry platform of 2010-10-12 say 30
/// days and no code; the platform aligned .ca with the industry's practice (easyDNS,
/// https://easydns.com/blog/2010/10/04/ca-registry-transition-information, 2010-10-04),
/// and registrars' current pages say 60 days: 60 is followed. CIRA hides the data of individuals
/// itself, so there is no ID protection to order.
pub const ORDER: OrderFacts = OrderFacts {
    zones: &["ca"],
    basis: Basis::Zone,
    terms: Cited {
        value: Terms { register: Years::range(1, 10), renew: Years::range(1, 10), transfer: Years::only(1) },
        source: WIKI_CA,
    },
    auth_code: Cited { value: AuthCode::Required, source: WIKI_CA },
    transfer_lock: Cited { value: TransferLock::Days { after_registration: 60, after_transfer: 60 }, source: CA_LOCK },
    id_protection: Cited {
        value: IdProtection::RegistryPrivacyWhen(&[Test::is("fields.X-CA-LEGALTYPE", &["CCT", "RES", "ABO", "LGR"])]),
        source: super::order_facts::ISPAPI_OLD_FAQ,
    },
    bundle: Cited { value: &[], source: WIKI_CA },
    contacts_on_transfer: Cited { value: false, source: super::order_facts::MODULE_TRANSFER },
};

/// CIRA keeps hosts as objects, takes 0 to 13 nameservers and does not check the DNS.
const HEXONET_CA: Source = Source::new("https://wiki.hexonet.net/wiki/CA", "2016");

/// Its nameserver rules.
pub const NAMESERVERS: NsPolicy = NsPolicy {
    zones: &["ca"],
    count: Cited { value: (0, 13), source: HEXONET_CA },
    model: Cited { value: Model::HostObjects, source: HEXONET_CA },
    distinct_addresses: false,
    nsentry: None,
};

/// Everything this module declares, for the list in `zone/mod.rs`.
pub const REGISTRY: Registry = Registry::new(&[&POLICY], &[&ORDER], &[&NAMESERVERS]);
