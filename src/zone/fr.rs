//! .fr and the other AFNIC zones (.pm .re .tf .wf .yt).

use super::order_facts::{AuthCode, Basis, IdProtection, OrderFacts, Terms, TransferLock, Years};
use super::{Cited, ISPAPI_2021, Registry, Source, ZonePolicy};
use crate::fields::{Check, Choice, Field, Format, FormatRule, Kind, OWNER_DATA, Requirement, Rule, Test};
use crate::ids;
use crate::report::Severity;
use crate::text;

/// AFNIC's 30 characters for .fr and its overseas zones, in force since 2012-05-03, from AFNIC's
/// "IDN technical specifications" of 2012-02-03, whose table is cited here as the French press
/// printed it at the launch (one article counts 31 but enumerates the same 30). No ø, ð, þ.
const AFNIC_IDN: Source =
    Source::new("https://futura-sciences.com/tech/actualites/internet-bref-accents-adresses-web-fr-39826", "2012-07");

/// AFNIC opened one- and two-character names in phases from December 2014 to 2015-03-17; since
/// then labels of 1 to 63 characters are allowed. (Older summaries grouped .fr with .es at
/// 3-63; that was the rule before 2014, so the current AFNIC rule is followed.)
const AFNIC_SHORT_NAMES: Source = Source::new("https://icannwiki.org/.fr", "2015-03-17");

/// 1 to 63 characters.
pub const POLICY: ZonePolicy = ZonePolicy {
    zones: &["fr", "pm", "re", "tf", "wf", "yt"],
    min_length: Cited { value: 1, source: AFNIC_SHORT_NAMES },
    max_length: Cited { value: 63, source: AFNIC_SHORT_NAMES },
    characters: Cited {
        value: Some(&["àáâãäåæçèéêëìíîïñòóôõöùúûüýÿœß"]), source: AFNIC_IDN
    },
    fields: FIELDS,
    rules: RULES,
};

/// AFNIC's eligibility: a person living, or an organisation seated, in the EU (its overseas
/// territories included), Iceland, Liechtenstein, Norway or Switzerland.
const AFNIC_ELIGIBILITY: Source = Source::new("https://icannwiki.org/.fr", "2011-12-06");

/// Who the registrant is decides which identifier AFNIC needs (form-only: not sent).
const LEGAL_TYPE: &str = "fields.fr-legal-type";

const LEGAL_TYPES: &[Choice] = &[
    Choice { value: "INDIV", label: text!("fr.individual") },
    Choice { value: "ORG1", label: text!("fr.company_with_a_vat_id_or") },
    Choice { value: "ORG2", label: text!("fr.company_with_a_european_trademark") },
    Choice { value: "ORG3", label: text!("fr.company_with_a_d_u_n") },
    Choice { value: "ORG4", label: text!("fr.company_with_a_local_identifier") },
    Choice { value: "ASS", label: text!("fr.french_association") },
];

const WHEN_ORG1: Requirement = Requirement::When(&[Test::is(LEGAL_TYPE, &["ORG1"])]);
const WHEN_ORG2: Requirement = Requirement::When(&[Test::is(LEGAL_TYPE, &["ORG2"])]);
const WHEN_ORG3: Requirement = Requirement::When(&[Test::is(LEGAL_TYPE, &["ORG3"])]);
const WHEN_ORG4: Requirement = Requirement::When(&[Test::is(LEGAL_TYPE, &["ORG4"])]);
const WHEN_ASSOCIATION: Requirement = Requirement::When(&[Test::is(LEGAL_TYPE, &["ASS"])]);

const DATE: &[FormatRule] = &[FormatRule { when: &[], format: Format::Date }];
const DATE_HELP: crate::fields::Text = text!("fr.yyyy_mm_dd");

/// The fields of .fr and the other AFNIC zones.
pub const FIELDS: &[Field] = &[
    Field::new("fr-legal-type", Kind::Select, text!("fr.registrant_type"), ISPAPI_2021)
        .options(LEGAL_TYPES)
        .default_value("INDIV")
        .required(Requirement::Always)
        .actions(OWNER_DATA)
        .form_only(),
    Field::new("X-FR-REGISTRANT-LEGAL-ID", Kind::Text, text!("fr.vat_id_or_siren_siret_number"), ISPAPI_2021)
        .required(WHEN_ORG1)
        .formats(&[FormatRule { when: &[], format: Format::Id(&ids::fr::LEGAL_ID) }])
        .actions(OWNER_DATA),
    Field::new("X-FR-REGISTRANT-TRADEMARK-NUMBER", Kind::Text, text!("fr.trademark_number"), ISPAPI_2021)
        .required(WHEN_ORG2)
        .actions(OWNER_DATA),
    Field::new("X-FR-REGISTRANT-DUNS-NUMBER", Kind::Text, text!("fr.d_u_n_s_number"), ISPAPI_2021)
        .required(WHEN_ORG3)
        .formats(&[FormatRule { when: &[], format: Format::Id(&ids::duns::DUNS) }])
        .actions(OWNER_DATA),
    Field::new("X-FR-REGISTRANT-LOCAL-ID", Kind::Text, text!("fr.local_identifier"), ISPAPI_2021)
        .required(WHEN_ORG4)
        .actions(OWNER_DATA),
    Field::new(
        "X-FR-REGISTRANT-JO-DATE-DECLARATION",
        Kind::Date,
        text!("fr.date_of_declaration_journal_officiel"),
        ISPAPI_2021,
    )
    .required(WHEN_ASSOCIATION)
    .formats(DATE)
    .help(DATE_HELP)
    .actions(OWNER_DATA),
    Field::new("X-FR-REGISTRANT-JO-NUMBER", Kind::Text, text!("fr.issue_number_journal_officiel"), ISPAPI_2021)
        .required(WHEN_ASSOCIATION)
        .actions(OWNER_DATA),
    Field::new(
        "X-FR-REGISTRANT-JO-PAGE",
        Kind::Text,
        text!("fr.page_of_the_announcement_journal_officiel"),
        ISPAPI_2021,
    )
    .required(WHEN_ASSOCIATION)
    .actions(OWNER_DATA),
    Field::new(
        "X-FR-REGISTRANT-JO-DATE-PUBLICATION",
        Kind::Date,
        text!("fr.date_of_publication_journal_officiel"),
        ISPAPI_2021,
    )
    .required(WHEN_ASSOCIATION)
    .formats(DATE)
    .help(DATE_HELP)
    .actions(OWNER_DATA),
];

/// Who may register under the AFNIC zones.
const ELIGIBLE: &[&str] = &[
    "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IT", "LT", "LU", "LV",
    "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK", "IS", "LI", "NO", "CH", "AX", "BL", "GF", "GP", "MF", "MQ", "NC",
    "PF", "PM", "RE", "TF", "WF", "YT",
];

/// What an order under the AFNIC zones must satisfy beyond its fields.
pub const RULES: &[Rule] = &[
    Rule {
        when: &[],
        check: Check::Present("registrant.country"),
        severity: Severity::Error,
        message: super::COUNTRY_NEEDED,
        actions: OWNER_DATA,
        source: AFNIC_ELIGIBILITY,
    },
    Rule {
        when: &[Test::is_not("registrant.country", ELIGIBLE)],
        check: Check::Flag("registrant.country"),
        severity: Severity::Error,
        message: text!("fr.afnic_registers_names_only_for_people"),
        actions: OWNER_DATA,
        source: AFNIC_ELIGIBILITY,
    },
];

/// The registrar API's .fr page: terms and transfer.
const WIKI_FR: Source = Source::new("https://wiki.hexonet.net/wiki/FR", "2017");
/// Route 53's .fr page: terms and ID protection as a second registrar sells them.
const ROUTE53_FR: Source =
    Source::new("https://github.com/awsdocs/amazon-route53-docs/blob/2c31968/doc_source/fr.md", "2023-04-07");
/// .fr and the other AFNIC zones: 1 to 10 years, renewals 1 to 9; a transfer needs the code and
/// adds a year; no lock after an owner change. Privacy is "determined by the registry" (Route 53),
/// which hides individuals' data; whether ID protection can be ordered is not said: unknown.
pub const ORDER: OrderFacts = OrderFacts {
    zones: &["fr", "pm", "re", "tf", "wf", "yt"],
    basis: Basis::Zone,
    terms: Cited {
        value: Terms { register: Years::range(1, 10), renew: Years::range(1, 9), transfer: Years::only(1) },
        source: WIKI_FR,
    },
    auth_code: Cited { value: AuthCode::Required, source: WIKI_FR },
    transfer_lock: Cited { value: TransferLock::None, source: WIKI_FR },
    id_protection: Cited { value: IdProtection::Unknown, source: ROUTE53_FR },
    bundle: Cited { value: &[], source: WIKI_FR },
    contacts_on_transfer: Cited { value: false, source: super::order_facts::MODULE_TRANSFER },
};

/// Everything this module declares, for the list in `zone/mod.rs`.
pub const REGISTRY: Registry = Registry::new(&[&POLICY], &[&ORDER], &[]);

#[cfg(test)]
mod tests {
    #[test]
    fn eligible_is_the_eea_switzerland_and_the_eu_territories() {
        let mut expected: Vec<&str> = super::super::EEA.to_vec();
        expected.push("CH");
        expected.extend(super::super::EU_TERRITORIES);
        assert_eq!(super::ELIGIBLE, expected.as_slice());
    }
}
