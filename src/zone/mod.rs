//! Registry zones: where a name splits into registrable label and registry zone, which names are
//! special-use, and each zone's own policy.
//!
//! This module is the only place that knows TLD names. The engine asks [`policy_for`] and reads
//! the answer; every value in a policy cites the registry rule it encodes.

pub mod characters;
pub mod deviation;
pub mod nameservers;
pub mod order_facts;
mod public_suffixes;
pub mod special_use;
pub mod suffix;

mod default;

pub use public_suffixes::SOURCE as PUBLIC_SUFFIX_SOURCE;

use crate::name::{self, LabelStarts};
pub use crate::source::Source;

/// The DNS label limit (1 to 63 octets), the fallback source of every length rule.
const RFC_1035: Source = Source::new("https://www.rfc-editor.org/rfc/rfc1035#section-2.3.4", "1987-11");

/// What a zone without a known character table is held to: IDNA2008, and the scripts of one
/// label within UTS #39 "highly restrictive" (section 5.2).
const UTS_39_RESTRICTION: Source =
    Source::new("https://www.unicode.org/reports/tr39/#Restriction_Level_Detection", "read 2026-11-28");

/// The HEXONET/CentralNic Reseller (ISPAPI) registrar module's field definitions, the last
/// version published as plain text: the API parameter names of the contract's dialect.
const ISPAPI_2021: Source = Source::new(
    "https://github.com/hexonet/whmcs-ispapi-registrar/blob/6f5a062/modules/registrars/ispapi/lib/AdditionalFields.php",
    "2021-07-02",
);

/// The EU member states (ISO 3166-1; Greece is GR here, EL only in VAT numbers), since
/// 2020-02-01.
const EU: &[&str] = &[
    "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IT", "LT", "LU", "LV",
    "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK",
];

/// The EU and the other EEA states (Iceland, Liechtenstein, Norway).
const EEA: &[&str] = &[
    "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IT", "LT", "LU", "LV",
    "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK", "IS", "LI", "NO",
];

/// The French overseas departments and collectivities and the other EU outermost regions with
/// codes of their own in ISO 3166-1 (they are part of France, Portugal, Spain or Finland):
/// registrants there are as eligible as in the rest of their country.
const EU_TERRITORIES: &[&str] = &["AX", "BL", "GF", "GP", "MF", "MQ", "NC", "PF", "PM", "RE", "TF", "WF", "YT"];

/// Eligibility by residence cannot be judged without the registrant's country.
const COUNTRY_NEEDED: crate::fields::Text = crate::text!("zone.the_registry_decides_by_the_registrant");

/// The acceptance box several registries ask of individuals.
const TERMS_FOR_INDIVIDUALS: crate::fields::Text = crate::text!("zone.i_accept_the_terms_for_individuals");

/// The label of a birth date field.
const DATE_OF_BIRTH: crate::fields::Text = crate::text!("zone.date_of_birth");

pub use crate::source::Cited;

/// A registry zone's rules for the label registered directly below it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ZonePolicy {
    /// The registry zones (ASCII) this policy applies to.
    pub zones: &'static [&'static str],
    /// Minimum length of the label in characters of its Unicode form.
    pub min_length: Cited<usize>,
    /// Maximum length of the label in octets of its A-label (ASCII) form.
    pub max_length: Cited<usize>,
    /// The characters the registry accepts beyond a–z, 0–9 and `-` (in one or more strings), or
    /// `None` where the registry's table is not known: IDNA2008 and one script per label apply then.
    pub characters: Cited<Option<&'static [&'static str]>>,
    /// The additional fields the registry needs in an order (contract section 3).
    pub fields: &'static [crate::fields::Field],
    /// What an order must satisfy beyond its fields (registrant data, combinations).
    pub rules: &'static [crate::fields::Rule],
}

impl ZonePolicy {
    /// A policy with the DNS limits and no character table of its own (none known to the
    /// engine), for zones whose registry rules are their fields.
    const fn fields_only(
        zones: &'static [&'static str],
        fields: &'static [crate::fields::Field],
        rules: &'static [crate::fields::Rule],
    ) -> ZonePolicy {
        ZonePolicy {
            zones,
            min_length: Cited { value: 1, source: RFC_1035 },
            max_length: Cited { value: 63, source: RFC_1035 },
            characters: Cited { value: None, source: UTS_39_RESTRICTION },
            fields,
            rules,
        }
    }
}

/// One registry's facts, each declared in its module (`zone/de.rs` for DENIC): the policies of
/// its zones' names (lengths, characters, field sets, order rules), the order flow's facts, the
/// nameserver rules. A module declares one `REGISTRY`; adding a zone is its module and its name
/// in the `registries!` list.
#[derive(Debug, Clone, Copy)]
pub struct Registry {
    /// Name policies, one per group of zones with the same rules.
    pub policies: &'static [&'static ZonePolicy],
    /// Facts of the order flow (terms, transfers, privacy).
    pub order_facts: &'static [&'static order_facts::OrderFacts],
    /// Nameserver rules.
    pub nameservers: &'static [&'static nameservers::NsPolicy],
}

impl Registry {
    /// A registry's facts; a field set whose conditions or rules name a path that is no contact
    /// role and key, or a field the set does not declare, stops the build here, and so does an
    /// order fact's condition on a field none of the registry's sets declares.
    pub const fn new(
        policies: &'static [&'static ZonePolicy],
        order_facts: &'static [&'static order_facts::OrderFacts],
        nameservers: &'static [&'static nameservers::NsPolicy],
    ) -> Registry {
        let mut i = 0;
        while i < policies.len() {
            crate::fields::assert_known_paths(policies[i].fields, policies[i].rules);
            i += 1;
        }
        // Who counts as an individual for the registry's own privacy: a path of the order, a
        // field one of the registry's field sets declares.
        let mut i = 0;
        while i < order_facts.len() {
            if let order_facts::IdProtection::RegistryPrivacyWhen(tests) = order_facts[i].id_protection.value {
                let mut t = 0;
                while t < tests.len() {
                    let mut known = false;
                    let mut p = 0;
                    while p < policies.len() {
                        known |= crate::fields::names_a_known_path(tests[t].path, policies[p].fields);
                        p += 1;
                    }
                    assert!(known, "the registry's privacy depends on a path its field sets do not have");
                    t += 1;
                }
            }
            i += 1;
        }
        Registry { policies, order_facts, nameservers }
    }
}

/// Declares each registry's module and lists its `REGISTRY` in [`REGISTRIES`], in the order
/// they are searched: adding a zone is its module and its name here.
macro_rules! registries {
    ($($module:ident),* $(,)?) => {
        $(mod $module;)*

        /// Every registry with facts of its own; a zone none of them names gets the defaults
        /// ([`default::POLICY`], the generic order facts, the common nameserver limits).
        const REGISTRIES: &[&Registry] = &[$(&$module::REGISTRY),*];
    };
}

// The order is the one the policies have always been searched in: where several zones' field
// sets send the same parameter (`X-REGISTRANT-IDNUMBER` in .nu and .ro), the explainer names the
// first one's field when it knows no zone.
registries! {
    de, ca, dk, it, eu, fr, es, be, no, pro, legacy_gtld, us, se, fi, pt, swiss, travel, nyc, au, ro, hk, ru, sg,
    cn, ngo, uk,
}

/// Every registry's module declaration, for the tables derived from them.
pub fn registries() -> &'static [&'static Registry] {
    REGISTRIES
}

/// How many entries the registries declare in one of their lists (`policies`, ...).
macro_rules! total {
    ($list:ident) => {{
        let (mut total, mut i) = (0, 0);
        while i < REGISTRIES.len() {
            total += REGISTRIES[i].$list.len();
            i += 1;
        }
        total
    }};
}

/// One of the registries' lists, all of them one after the other, built when the crate compiles.
macro_rules! flattened {
    ($list:ident, $filler:expr) => {{
        let mut all = [$filler; total!($list)];
        let (mut at, mut i) = (0, 0);
        while i < REGISTRIES.len() {
            let mut j = 0;
            while j < REGISTRIES[i].$list.len() {
                all[at] = REGISTRIES[i].$list[j];
                at += 1;
                j += 1;
            }
            i += 1;
        }
        all
    }};
}

/// Every policy of its own, from [`REGISTRIES`].
const POLICY_LIST: [&ZonePolicy; total!(policies)] = flattened!(policies, &default::POLICY);
static POLICIES: [&ZonePolicy; total!(policies)] = POLICY_LIST;

/// How many zones have a policy of their own.
const ZONES_WITH_POLICY: usize = {
    let (mut count, mut i) = (0, 0);
    while i < POLICY_LIST.len() {
        count += POLICY_LIST[i].zones.len();
        i += 1;
    }
    count
};

/// Every zone with a policy of its own and the index of its policy in [`POLICIES`], sorted by
/// zone when the crate compiles, for a search by bisection.
static POLICY_BY_ZONE: [(&str, usize); ZONES_WITH_POLICY] = {
    let mut table = [("", 0); ZONES_WITH_POLICY];
    let (mut at, mut p) = (0, 0);
    while p < POLICY_LIST.len() {
        let mut z = 0;
        while z < POLICY_LIST[p].zones.len() {
            // Insertion sort: a few dozen zones.
            let zone = POLICY_LIST[p].zones[z];
            let mut i = at;
            while i > 0 && crate::const_text::compare(zone.as_bytes(), table[i - 1].0.as_bytes()) < 0 {
                table[i] = table[i - 1];
                i -= 1;
            }
            table[i] = (zone, p);
            at += 1;
            z += 1;
        }
        p += 1;
    }
    table
};

/// For each line of the Public Suffix List (a TLD), the index of its policy in [`POLICIES`] plus
/// one, or 0: a TLD's policy costs no search of its own once its line is found.
static POLICY_BY_TLD_LINE: [u8; suffix::TLD_COUNT] = {
    let mut table = [0; suffix::TLD_COUNT];
    let mut p = 0;
    assert!(POLICY_LIST.len() < u8::MAX as usize);
    while p < POLICY_LIST.len() {
        let mut z = 0;
        while z < POLICY_LIST[p].zones.len() {
            if let Some(line) = suffix::const_tld_line(POLICY_LIST[p].zones[z]) {
                table[line] = p as u8 + 1;
            }
            z += 1;
        }
        p += 1;
    }
    table
};

/// The policy for a registry zone given in ASCII (`de`, `co.uk`); the default policy for zones
/// without one of their own.
pub fn policy_for(zone: &str) -> &'static ZonePolicy {
    match suffix::line_of_tld(name::last_label(zone)).and_then(|line| policy_index(zone, line)) {
        Some(index) => POLICIES[index],
        None => &default::POLICY,
    }
}

/// The part of a zone's policy the name check reads: projected when the crate compiles, so that
/// a module that only checks names holds none of the field sets and order rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NamePolicy {
    /// [`ZonePolicy::min_length`].
    pub min_length: usize,
    /// [`ZonePolicy::max_length`].
    pub max_length: usize,
    /// [`ZonePolicy::characters`].
    pub characters: Option<&'static [&'static str]>,
}

impl NamePolicy {
    const fn of(policy: &ZonePolicy) -> NamePolicy {
        NamePolicy {
            min_length: policy.min_length.value,
            max_length: policy.max_length.value,
            characters: policy.characters.value,
        }
    }
}

/// [`POLICIES`], each reduced to its [`NamePolicy`].
static NAME_POLICIES: [NamePolicy; total!(policies)] = {
    let mut all = [NamePolicy::of(&default::POLICY); total!(policies)];
    let mut i = 0;
    while i < POLICY_LIST.len() {
        all[i] = NamePolicy::of(POLICY_LIST[i]);
        i += 1;
    }
    all
};

/// The name policy of zones without a policy of their own.
static DEFAULT_NAME_POLICY: NamePolicy = NamePolicy::of(&default::POLICY);

/// The registry zone of `name` (as [`suffix::registry_zone`] finds it, `starts` being the name's
/// label starts) and the part of the zone's policy the name check reads.
pub fn zone_and_policy<'a>(name: &'a str, starts: &LabelStarts) -> Option<(Zone<'a>, &'static NamePolicy)> {
    suffix::split_at(name, starts).map(|(zone, line, labels)| {
        let policy = policy_index(zone, line).map_or(&DEFAULT_NAME_POLICY, |index| &NAME_POLICIES[index]);
        (Zone { name: zone, labels }, policy)
    })
}

/// A registry zone found in a name: its ASCII form (a suffix of the name) and its labels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Zone<'a> {
    /// The zone (`co.uk`).
    pub name: &'a str,
    /// How many labels it has.
    pub labels: usize,
}

/// The index in [`POLICIES`] of the policy for a registry zone whose TLD is on `line` of the
/// Public Suffix List; `None` for the default policy.
fn policy_index(zone: &str, line: usize) -> Option<usize> {
    if !zone.contains('.') {
        return usize::from(POLICY_BY_TLD_LINE[line]).checked_sub(1);
    }
    let found = POLICY_BY_ZONE
        .binary_search_by(|(candidate, _)| crate::const_text::order(candidate.as_bytes(), zone.as_bytes()));
    found.ok().map(|at| POLICY_BY_ZONE[at].1)
}

/// Every zone's own order facts, from [`REGISTRIES`].
static ORDER_FACTS: [&order_facts::OrderFacts; total!(order_facts)] =
    flattened!(order_facts, &order_facts::GENERIC_GTLD);

/// The order facts of a registry zone (ASCII): its own, or the generic ones of its kind.
pub fn order_facts_for(zone: &str) -> &'static order_facts::OrderFacts {
    let zone = zone.trim_end_matches('.');
    ORDER_FACTS.iter().copied().find(|facts| facts.zones.contains(&zone)).unwrap_or(
        if order_facts::is_country_code(zone) { &order_facts::GENERIC_CCTLD } else { &order_facts::GENERIC_GTLD },
    )
}

/// Every zone's own order facts, for documentation and tests.
pub fn all_order_facts() -> &'static [&'static order_facts::OrderFacts] {
    &ORDER_FACTS
}

/// Every policy of its own, for documentation and tests.
pub fn policies() -> &'static [&'static ZonePolicy] {
    &POLICIES
}

/// The policy every zone without one of its own uses.
pub fn default_policy() -> &'static ZonePolicy {
    &default::POLICY
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cited<T>(value: &Cited<T>) -> Source {
        value.source
    }

    #[test]
    fn no_zone_is_declared_twice() {
        let mut seen = std::collections::BTreeMap::new();
        for (i, registry) in REGISTRIES.iter().enumerate() {
            let lists: [Vec<&[&str]>; 3] = [
                registry.policies.iter().map(|p| p.zones).collect(),
                registry.order_facts.iter().map(|f| f.zones).collect(),
                registry.nameservers.iter().map(|n| n.zones).collect(),
            ];
            for (kind, zones) in lists.iter().enumerate() {
                for &zone in zones.iter().flat_map(|z| z.iter()) {
                    assert_eq!(seen.insert((kind, zone), i), None, "{zone} is declared twice ({kind})");
                }
            }
        }
        assert_eq!(POLICIES.len(), REGISTRIES.iter().map(|r| r.policies.len()).sum::<usize>());
        assert!(ORDER_FACTS.iter().any(|f| f.zones.contains(&"uk")));
        assert_eq!(nameservers::nameserver_policy("dk").count.value, (2, 7));
    }

    #[test]
    fn every_policy_value_cites_a_source_with_a_date() {
        for policy in POLICIES.iter().copied().chain([&default::POLICY]) {
            for source in [cited(&policy.min_length), cited(&policy.max_length), cited(&policy.characters)] {
                assert!(source.url().starts_with("https://") || source.url().starts_with("http://"), "{source:?}");
                assert!(!source.date().is_empty(), "{source:?}");
            }
            assert!(policy.min_length.value >= 1 && policy.min_length.value <= policy.max_length.value);
            assert!(policy.max_length.value <= 63);
        }
    }

    #[test]
    fn character_tables_hold_distinct_lower_case_letters_of_one_script_per_string() {
        use crate::name::idna2008::{self, Category};
        for policy in POLICIES.iter() {
            let Some(sets) = policy.characters.value else { continue };
            let mut seen = std::collections::BTreeSet::new();
            for set in sets {
                let first = set.chars().next().and_then(idna2008::script);
                for c in set.chars() {
                    assert!(seen.insert(c), "{:?}: {c} is listed twice", policy.zones);
                    assert!(!c.is_ascii(), "{:?}: {c} is ASCII", policy.zones);
                    let (category, script) = idna2008::lookup(c);
                    // PVALID, or the CONTEXTO middle dot of .es (held to `l·l` by its rule).
                    let middle_dot = c == '\u{00B7}';
                    assert!(category == Category::Pvalid || middle_dot, "{:?}: {c} is not PVALID", policy.zones);
                    assert!(middle_dot || script == first, "{:?}: {c} is not of the script of {set}", policy.zones);
                }
            }
        }
    }

    #[test]
    fn policy_zones_are_real_tlds_and_listed_once() {
        let mut seen = std::collections::BTreeSet::new();
        for policy in POLICIES.iter() {
            for zone in policy.zones {
                // A top-level domain, or a registry zone below one (com.au).
                assert!(suffix::registry_zone(zone) == Some(*zone), "{zone} is not a registry zone");
                assert!(seen.insert(*zone), "{zone} has two policies");
                assert_eq!(policy_for(zone), *policy);
            }
        }
        assert_eq!(policy_for("xyz"), &default::POLICY);
    }

    #[test]
    fn special_use_names_are_cited() {
        for s in special_use::SPECIAL_USE {
            let url = s.source.url();
            let cited = url.starts_with("https://www.rfc-editor.org/") || url.starts_with("https://www.icann.org/");
            assert!(cited && !s.source.date().is_empty(), "{s:?}");
            assert!(special_use::is_special_use(s.tld));
        }
        assert!(!special_use::is_special_use("com"));
    }
}
