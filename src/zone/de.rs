//! .de (DENIC eG).

use super::nameservers::{Model, NsPolicy};
use super::order_facts::{AuthCode, Basis, IdProtection, OrderFacts, Terms, TransferLock, Years};
use super::{Cited, ISPAPI_2021, Registry, Source, ZonePolicy};
use crate::fields::{Action, Check, Field, Format, FormatRule, Kind, NOT_UPDATE, Rule, Test};
use crate::report::Severity;
use crate::text;

/// DENIC's list of the characters a .de name may hold besides a–z, 0–9 and `-`.
const DENIC_IDN: Source = Source::new("https://www.denic.de/en/know-how/idn-domains/", "undated; read 2026-11-28");

/// The 93 characters of DENIC's list. They are exactly the code points of Latin-1 Supplement and
/// Latin Extended-A (U+0080 to U+017F) that IDNA2008 makes PVALID: the 32 lower-case letters of
/// Latin-1 (ß, à to ö, ø to ÿ) and 61 of Latin Extended-A, whose other four lower-case letters
/// (ĳ, ŀ, ŉ, ſ) IDNA2008 disallows. A test checks both the count and the derivation.
pub const DENIC_CHARACTERS: &str =
    "ßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿāăąćĉċčďđēĕėęěĝğġģĥħĩīĭįıĵķĸĺļľłńņňŋōŏőœŕŗřśŝşšţťŧũūŭůűųŵŷźżž";

/// DENIC freed one- and two-character names, all-digit names and names equal to TLDs or car
/// plates on 2009-10-23; the maximum of 63 counts the ACE (xn--) form.
const DENIC_2009: Source =
    Source::new("https://denic-services.de/en/denic-direct/denic-domain-guidelines", "2009-10-23");

/// 1 to 63 characters; all-digit labels are allowed (no rule refuses them).
pub const POLICY: ZonePolicy = ZonePolicy {
    zones: &["de"],
    min_length: Cited { value: 1, source: DENIC_2009 },
    max_length: Cited { value: 63, source: DENIC_2009 },
    characters: Cited { value: Some(&[DENIC_CHARACTERS]), source: DENIC_IDN },
    fields: FIELDS,
    rules: RULES,
};

/// DENIC's domain terms, § 3(4), since the GDPR changes of 2018-05-25: a holder outside Germany
/// needs no German address or admin contact, but must name an authorised recipient in Germany
/// (Zustellungsbevollmächtigter) within two weeks when DENIC asks. Older registrar pages that
/// still require a German address are outdated.
const DENIC_TERMS_2018: Source =
    Source::new("https://domainsmalltalk.com/domain-recht/de-domains-nun-auch-fuer-auslaender.html", "2018-05-25");

const CONTACT_HELP: crate::fields::Text = text!("de.an_e_mail_address_or_a");

// The registrar API's .de fields (HEXONET/CentralNic Reseller ISPAPI dialect): two optional
// contacts, each an e-mail address or a web address; no tax ID and no German address.
/// The .de fields.
pub const FIELDS: &[Field] = &[
    Field::new("X-DE-GENERAL-REQUEST", Kind::Text, text!("de.contact_for_general_requests"), ISPAPI_2021)
        .help(CONTACT_HELP)
        .formats(&[FormatRule { when: &[], format: Format::EmailOrUrl }]),
    Field::new("X-DE-ABUSE-CONTACT", Kind::Text, text!("de.contact_for_abuse_reports"), ISPAPI_2021)
        .help(CONTACT_HELP)
        .formats(&[FormatRule { when: &[], format: Format::EmailOrUrl }]),
    Field::new(
        "X-DE-ACCEPT-TRUSTEE-TAC",
        Kind::Checkbox,
        text!("de.use_the_registrar_s_trustee_service"),
        DENIC_TERMS_2018,
    )
    .actions(NOT_UPDATE),
];

/// What a .de order must satisfy beyond its fields.
pub const RULES: &[Rule] = &[Rule {
    when: &[Test::is_not("registrant.country", &["DE"])],
    check: Check::Flag("registrant.country"),
    severity: Severity::Info,
    message: text!("de.no_german_address_is_needed_denic"),
    actions: &[Action::Register, Action::Transfer, Action::Trade],
    source: DENIC_TERMS_2018,
}];

/// The registrar API's .de page: terms and transfer.
const WIKI_DE: Source = Source::new("https://wiki.hexonet.net/wiki/DE", "2024-10-15");
/// .de: one year, renewed by the registry itself; a transfer needs DENIC's AuthInfo (valid 30
/// days) and adds a year; no lock; no ID protection. The API also sells one-month terms, which
/// are not years and are left out here.
pub const ORDER: OrderFacts = OrderFacts {
    zones: &["de"],
    basis: Basis::Zone,
    terms: Cited {
        value: Terms { register: Years::only(1), renew: Years::only(1), transfer: Years::only(1) },
        source: WIKI_DE,
    },
    auth_code: Cited { value: AuthCode::Required, source: WIKI_DE },
    transfer_lock: Cited { value: TransferLock::None, source: WIKI_DE },
    id_protection: Cited { value: IdProtection::NotOffered, source: super::order_facts::ISPAPI_OLD_FAQ },
    bundle: Cited { value: &[], source: WIKI_DE },
    contacts_on_transfer: Cited { value: true, source: super::order_facts::MODULE_TRANSFER },
};

/// DENIC's predelegation check (DENIC-23 §2.1.1 and §2.1.2): at least two nameservers, each
/// reachable and authoritative for the zone, one of them over IPv4, one address differing from
/// the others. The maximum of 13 is CentralNic Reseller's; older sources say 5.
const DENIC_23: Source = Source::new(
    "https://docs.denic.de/en/Content/DENIC-23/Nameserver_Predelegation_Check.htm",
    "undated; read 2026-11-28",
);

/// DENIC's NSentry: instead of nameservers, 1 to 5 A, AAAA or MX records placed directly in the
/// .de zone, with no predelegation check.
const DENIC_NSENTRY: Source =
    Source::new("https://www.denic.de/en/domains/de-domains/registration/nameserver-and-nsentry-data/", "undated");

/// Its nameserver rules.
pub const NAMESERVERS: NsPolicy = NsPolicy {
    zones: &["de"],
    count: Cited { value: (2, 13), source: DENIC_23 },
    model: Cited { value: Model::CheckedAttributes, source: DENIC_23 },
    distinct_addresses: true,
    nsentry: Some(DENIC_NSENTRY),
};

/// Everything this module declares, for the list in `zone/mod.rs`.
pub const REGISTRY: Registry = Registry::new(&[&POLICY], &[&ORDER], &[&NAMESERVERS]);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::name::idna2008::{self, Category};

    #[test]
    fn denic_list_has_93_characters_derived_from_idna2008() {
        let list: Vec<char> = DENIC_CHARACTERS.chars().collect();
        assert_eq!(list.len(), 93);
        let derived: Vec<char> =
            ('\u{0080}'..='\u{017F}').filter(|&c| idna2008::category(c) == Category::Pvalid).collect();
        let mut sorted = list.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(sorted, derived, "the list is the PVALID part of U+0080..U+017F");
    }
}
