//! The registry-zone split: which trailing labels of a name form the zone a registry runs,
//! from the ICANN section of the Public Suffix List (the private section lists hosting
//! platforms, which are not registries).

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::LazyLock;

use super::public_suffixes::ICANN_RULES;
use super::{ZonePolicy, default_policy, policies};
use crate::name::is_dot;

/// The name is a rule of its own (`co.uk`).
const EXACT: u8 = 1;
/// Every child of the name is a zone (`*.ck`).
const WILDCARD: u8 = 2;
/// The name is not a zone although a wildcard covers it (`!www.ck`).
const EXCEPTION: u8 = 4;
/// The name is a top-level domain in the list.
const TLD: u8 = 8;

/// FNV-1a: the keys are short, trusted (the generated list) and looked up on every check, so a
/// simple fast hash beats the default DoS-resistant one; lookups of untrusted names only read.
#[derive(Default)]
struct Fnv(u64);

impl Hasher for Fnv {
    fn write(&mut self, bytes: &[u8]) {
        let mut hash = if self.0 == 0 { 0xcbf2_9ce4_8422_2325 } else { self.0 };
        for &b in bytes {
            hash = (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = hash;
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// What the list says about one name, and which zone policy applies when it is a zone.
#[derive(Clone, Copy, Default)]
struct Entry {
    flags: u8,
    /// Index into [`policies`] plus one; 0 for the default policy.
    policy: u8,
}

type RuleMap = HashMap<Box<str>, Entry, BuildHasherDefault<Fnv>>;

/// Every rule of the generated list, one by one (`com.au`, `*.ck`, `!www.ck`), from its lines
/// grouped by TLD (`au:,com,net`, `ck:*,!www`; an empty item is the TLD itself).
fn rules() -> impl Iterator<Item = String> {
    ICANN_RULES.lines().flat_map(|line| {
        let (tld, rest) = line.split_once(':').unwrap_or((line, ""));
        let items: Vec<&str> = if rest.is_empty() { vec![""] } else { rest.split(',').collect() };
        items.into_iter().map(move |item| if item.is_empty() { tld.to_owned() } else { format!("{item}.{tld}") })
    })
}

/// The rules by name, built once from the generated list.
static RULES: LazyLock<RuleMap> = LazyLock::new(|| {
    let mut map = RuleMap::with_capacity_and_hasher(8192, BuildHasherDefault::default());
    for rule in rules() {
        let (name, flag) = if let Some(rest) = rule.strip_prefix("*.") {
            (rest, WILDCARD)
        } else if let Some(rest) = rule.strip_prefix('!') {
            (rest, EXCEPTION)
        } else {
            (rule.as_str(), EXACT)
        };
        let tld = name.rsplit(is_dot).next().unwrap_or(name);
        map.entry(tld.into()).or_default().flags |= TLD;
        map.entry(name.into()).or_default().flags |= flag;
    }
    for (index, policy) in policies().iter().enumerate() {
        for zone in policy.zones {
            map.entry((*zone).into()).or_default().policy = u8::try_from(index + 1).unwrap_or(0);
        }
    }
    map
});

/// The most labels of any rule (a wildcard's `*` counted): no longer suffix can be a zone, so
/// the search starts there and a long name costs no more than a short one.
static MAX_RULE_LABELS: LazyLock<usize> =
    LazyLock::new(|| rules().map(|rule| rule.matches(is_dot).count() + 1).max().unwrap_or(1));

fn flags(name: &str) -> u8 {
    RULES.get(name).map_or(0, |e| e.flags)
}

/// The policy for a registry zone given in ASCII (`de`, `co.uk`); the default policy for zones
/// without one of their own.
pub fn policy_for(zone: &str) -> &'static ZonePolicy {
    match RULES.get(zone).map_or(0, |e| usize::from(e.policy)) {
        0 => default_policy(),
        n => policies()[n - 1],
    }
}

/// Whether `tld` (one ASCII label, lower case) is a top-level domain of the root zone.
pub fn is_known_tld(tld: &str) -> bool {
    flags(tld) & TLD != 0
}

/// The registry zone of `name` (ASCII, lower case, no trailing dot): the longest suffix of it
/// that the list names, with wildcards and exceptions applied. `None` when its TLD is unknown.
///
/// ```
/// use domain_rules::zone::suffix::registry_zone;
/// assert_eq!(registry_zone("shop.example.co.uk"), Some("co.uk"));
/// assert_eq!(registry_zone("example.de"), Some("de"));
/// assert_eq!(registry_zone("example.invalidtld"), None);
/// ```
pub fn registry_zone(name: &str) -> Option<&str> {
    let mut start = name.rmatch_indices(is_dot).nth(*MAX_RULE_LABELS - 1).map_or(0, |(dot, _)| dot + 1);
    let mut own = flags(&name[start..]);
    loop {
        let suffix = &name[start..];
        let parent_start = suffix.find(is_dot).map(|dot| start + dot + 1);
        if own & EXCEPTION != 0 {
            return parent_start.map(|p| &name[p..]);
        }
        // The parent of a wildcard rule is a suffix too (`kobe.jp` of `*.kobe.jp`): no one
        // registers it, the list's own linter requires it, and the publicsuffixlist package
        // (1.1.2) and browsers answer so (https://github.com/publicsuffix/list/issues/2240,
        // read 2026-12-07), though the list's written algorithm would make it registrable.
        if own & (EXACT | WILDCARD) != 0 {
            return Some(suffix);
        }
        match parent_start {
            Some(p) => {
                let parent = flags(&name[p..]);
                if parent & WILDCARD != 0 {
                    return Some(suffix);
                }
                start = p;
                own = parent;
            }
            // The last label: a TLD is a zone even where the list names only its children.
            None => return (own & TLD != 0).then_some(suffix),
        }
    }
}

/// How many rules the list holds, for the data tests.
pub fn rule_count() -> usize {
    rules().count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_names_find_their_zone() {
        assert!(*MAX_RULE_LABELS >= 3 && *MAX_RULE_LABELS < 10);
        let deep = format!("{}example.co.uk", "a.".repeat(100));
        assert_eq!(registry_zone(&deep), Some("co.uk"));
        assert_eq!(registry_zone(&format!("{}x.ck", "a.".repeat(20))), Some("x.ck"));
        assert_eq!(registry_zone(&format!("{}www.ck", "a.".repeat(20))), Some("ck"));
    }

    #[test]
    fn longest_rule_wins() {
        assert_eq!(registry_zone("a.b.example.com.au"), Some("com.au"));
        assert_eq!(registry_zone("com.au"), Some("com.au"));
        assert_eq!(registry_zone("au"), Some("au"));
    }

    #[test]
    fn wildcards_and_exceptions() {
        assert_eq!(registry_zone("shop.foo.ck"), Some("foo.ck"));
        assert_eq!(registry_zone("foo.ck"), Some("foo.ck"));
        assert_eq!(registry_zone("www.ck"), Some("ck"));
        assert_eq!(registry_zone("a.www.ck"), Some("ck"));
        assert_eq!(registry_zone("ck"), Some("ck"));
        assert_eq!(registry_zone("kobe.jp"), Some("kobe.jp"));
        assert_eq!(registry_zone("shop.kobe.jp"), Some("shop.kobe.jp"));
        assert_eq!(registry_zone("city.kobe.jp"), Some("kobe.jp"));
    }

    #[test]
    fn private_section_is_not_used() {
        // blogspot.com is a private-section suffix; for registries it is a name under .com.
        assert_eq!(registry_zone("x.blogspot.com"), Some("com"));
    }

    #[test]
    fn idn_tlds_are_a_labels() {
        assert!(is_known_tld("xn--p1ai"));
        assert!(!is_known_tld("рф"));
        assert_eq!(registry_zone("xn--e1afmkfd.xn--p1ai"), Some("xn--p1ai"));
    }

    #[test]
    fn unknown_tlds() {
        assert!(!is_known_tld("local"));
        assert_eq!(registry_zone("example.local"), None);
        assert!(rule_count() > 6000);
    }
}
