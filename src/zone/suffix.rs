//! The registry-zone split: which trailing labels of a name form the zone a registry runs,
//! from the ICANN section of the Public Suffix List (the private section lists hosting
//! platforms, which are not registries).

use std::collections::HashMap;
use std::sync::LazyLock;

use super::public_suffixes::ICANN_RULES;

/// The name is a rule of its own (`co.uk`).
const EXACT: u8 = 1;
/// Every child of the name is a zone (`*.ck`).
const WILDCARD: u8 = 2;
/// The name is not a zone although a wildcard covers it (`!www.ck`).
const EXCEPTION: u8 = 4;
/// The name is a top-level domain in the list.
const TLD: u8 = 8;

/// The rules by name, built once from the generated list.
static RULES: LazyLock<HashMap<&'static str, u8>> = LazyLock::new(|| {
    let mut rules: HashMap<&'static str, u8> = HashMap::with_capacity(8192);
    for line in ICANN_RULES.lines() {
        let (name, flag) = if let Some(rest) = line.strip_prefix("*.") {
            (rest, WILDCARD)
        } else if let Some(rest) = line.strip_prefix('!') {
            (rest, EXCEPTION)
        } else {
            (line, EXACT)
        };
        *rules.entry(name).or_insert(0) |= flag;
        let tld = name.rsplit('.').next().unwrap_or(name);
        *rules.entry(tld).or_insert(0) |= TLD;
    }
    rules
});

fn flags(name: &str) -> u8 {
    RULES.get(name).copied().unwrap_or(0)
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
    let mut start = 0;
    loop {
        let suffix = &name[start..];
        let parent_start = suffix.find('.').map(|dot| start + dot + 1);
        let own = flags(suffix);
        if own & EXCEPTION != 0 {
            return parent_start.map(|p| &name[p..]);
        }
        if own & EXACT != 0 {
            return Some(suffix);
        }
        match parent_start {
            Some(p) => {
                if flags(&name[p..]) & WILDCARD != 0 {
                    return Some(suffix);
                }
                start = p;
            }
            // The last label: a TLD is a zone even where the list names only its children.
            None => return (own & TLD != 0).then_some(suffix),
        }
    }
}

/// How many rules the list holds, for the data tests.
pub fn rule_count() -> usize {
    ICANN_RULES.lines().count()
}

#[cfg(test)]
mod tests {
    use super::*;

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
