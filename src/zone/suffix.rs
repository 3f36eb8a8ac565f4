//! The registry-zone split: which trailing labels of a name form the zone a registry runs,
//! from the ICANN section of the Public Suffix List (the private section lists hosting
//! platforms, which are not registries).

use std::cmp::Ordering;

use super::public_suffixes::ICANN_RULES;
use crate::const_text::order;
use crate::name::LabelStarts;

/// The name is a rule of its own (`co.uk`).
const EXACT: u8 = 1;
/// Every child of the name is a zone (`*.ck`).
const WILDCARD: u8 = 2;
/// The name is not a zone although a wildcard covers it (`!www.ck`).
const EXCEPTION: u8 = 4;
/// The name is a top-level domain in the list.
const TLD: u8 = 8;

/// How many top-level domains (lines) the list has.
pub(super) const TLD_COUNT: usize = {
    let bytes = ICANN_RULES.as_bytes();
    let (mut lines, mut i) = (1, 0);
    while i < bytes.len() {
        lines += (bytes[i] == b'\n') as usize;
        i += 1;
    }
    lines
};

/// Where each TLD's line starts in [`ICANN_RULES`], and the end of the text last: found when the
/// crate compiles, so the first check costs what every other does (no table is built at run
/// time) and the list is searched where it lies.
static LINE_STARTS: [u32; TLD_COUNT + 1] = LINE_STARTS_TABLE;

/// [`LINE_STARTS`], for the tables built from it when the crate compiles.
const LINE_STARTS_TABLE: [u32; TLD_COUNT + 1] = {
    let bytes = ICANN_RULES.as_bytes();
    assert!(bytes.len() < u32::MAX as usize);
    let mut starts = [0; TLD_COUNT + 1];
    let (mut line, mut i) = (1, 0);
    while i < bytes.len() {
        if bytes[i] == b'\n' {
            starts[line] = i as u32 + 1;
            line += 1;
        }
        i += 1;
    }
    // The end of the last line, as if a newline followed it.
    starts[TLD_COUNT] = bytes.len() as u32 + 1;
    starts
};

/// For each first byte of a TLD, the first line whose TLD starts with that byte or a greater
/// one (and the line count last): the search for a TLD starts among those with its first byte.
static FIRST_LINES: [u16; 257] = {
    let bytes = ICANN_RULES.as_bytes();
    assert!(TLD_COUNT < u16::MAX as usize);
    let mut first = [0; 257];
    let (mut line, mut lead) = (0, 0);
    while lead < 257 {
        while line < TLD_COUNT && (bytes[LINE_STARTS_TABLE[line] as usize] as usize) < lead {
            line += 1;
        }
        first[lead] = line as u16;
        lead += 1;
    }
    first
};

/// The most labels of any rule (a wildcard's `*` counted): no longer suffix can be a zone, so
/// the search starts there and a long name costs no more than a short one.
const MAX_RULE_LABELS: usize = {
    let bytes = ICANN_RULES.as_bytes();
    let (mut most, mut dots, mut i) = (0, 0, 0);
    while i < bytes.len() {
        match bytes[i] {
            b'.' => dots += 1,
            b',' | b'\n' => dots = 0,
            _ => {}
        }
        // An item's labels, and the TLD's.
        if dots + 2 > most {
            most = dots + 2;
        }
        i += 1;
    }
    most
};

// A zone and the label below it are among the label starts [`LabelStarts`] keeps.
const _: () = assert!(MAX_RULE_LABELS < LabelStarts::KEPT);

/// The text of line `index` (a TLD, then `:` and its items, if any), without the newline.
fn line(index: usize) -> &'static [u8] {
    &ICANN_RULES.as_bytes()[LINE_STARTS[index] as usize..LINE_STARTS[index + 1] as usize - 1]
}

/// The line of `tld` and its items (`,com,net` for `au`; empty when the TLD is its only rule),
/// by bisection among the lines of its first byte; `None` when the list has no such TLD.
fn tld_line(tld: &[u8]) -> Option<(usize, &'static [u8])> {
    let lead = usize::from(*tld.first()?);
    let (mut low, mut high) = (usize::from(FIRST_LINES[lead]), usize::from(FIRST_LINES[lead + 1]));
    while low < high {
        let middle = (low + high) / 2;
        let text = line(middle);
        match compare_tld(text, tld) {
            Ordering::Less => low = middle + 1,
            Ordering::Greater => high = middle,
            Ordering::Equal => return Some((middle, text.get(tld.len() + 1..).unwrap_or_default())),
        }
    }
    None
}

/// The TLD at the head of a line (`au:com,net`, `de`) against `tld`, bytewise, in one pass: the
/// line's TLD ends at its colon or at the end of the line.
fn compare_tld(line: &[u8], tld: &[u8]) -> Ordering {
    for (i, &wanted) in tld.iter().enumerate() {
        match line.get(i) {
            // The line's TLD is a prefix of `tld`.
            None | Some(b':') => return Ordering::Less,
            Some(&byte) if byte != wanted => return byte.cmp(&wanted),
            Some(_) => {}
        }
    }
    match line.get(tld.len()) {
        None | Some(b':') => Ordering::Equal,
        Some(_) => Ordering::Greater,
    }
}

/// The line of a TLD (one ASCII label, lower case) when the crate compiles: for the tables
/// built from the list ([`tld_line`]'s search, which a constant cannot run).
pub(super) const fn const_tld_line(tld: &str) -> Option<usize> {
    let text = ICANN_RULES.as_bytes();
    let mut line = 0;
    while line < TLD_COUNT {
        let start = LINE_STARTS_TABLE[line] as usize;
        let mut i = 0;
        while i < tld.len() && start + i < text.len() && text[start + i] == tld.as_bytes()[i] {
            i += 1;
        }
        let end = start + i;
        if i == tld.len() && (end >= text.len() || text[end] == b':' || text[end] == b'\n') {
            return Some(line);
        }
        line += 1;
    }
    None
}

/// The name an item is about, and its flag: `co` (exact), `*.kawasaki` (wildcard, about
/// `kawasaki`), `*` (wildcard, about the TLD itself), `!www` (exception).
fn item_rule(item: &[u8]) -> (&[u8], u8) {
    match item {
        [b'!', name @ ..] => (name, EXCEPTION),
        [b'*'] => (&[], WILDCARD),
        [b'*', b'.', name @ ..] => (name, WILDCARD),
        name => (name, EXACT),
    }
}

/// The flags of `name` (the labels below the TLD) among a TLD's items, searched in place by
/// bisection over their bytes: the items are sorted by the name they are about, and those about
/// the same name (a rule and its wildcard) stand together.
fn item_flags(items: &[u8], name: &[u8]) -> u8 {
    // The items left to search start at `low` and end before the item starting at `high` (one
    // past the end of the text for the last).
    let (mut low, mut high) = (0, items.len() + 1);
    while low < high {
        let middle = (low + high) / 2;
        let start = items[low..middle].iter().rposition(|&b| b == b',').map_or(low, |comma| low + comma + 1);
        let end = item_end(items, start);
        let (item_name, flag) = item_rule(&items[start..end]);
        match order(item_name, name) {
            Ordering::Less => low = end + 1,
            Ordering::Greater => high = start,
            Ordering::Equal => return flag | neighbour_flags(items, start, end, name),
        }
    }
    0
}

/// The flags of the items about the TLD itself (an empty item, `*`), which sort first.
fn leading_flags(items: &[u8]) -> u8 {
    let mut flags = 0;
    for item in items.split(|&b| b == b',') {
        match item_rule(item) {
            ([], flag) => flags |= flag,
            _ => break,
        }
    }
    flags
}

/// Where the item starting at `start` ends (its comma, or the end of the text).
fn item_end(items: &[u8], start: usize) -> usize {
    items[start..].iter().position(|&b| b == b',').map_or(items.len(), |comma| start + comma)
}

/// The flags of the items before and after the one at `start..end` that are about `name` too.
fn neighbour_flags(items: &[u8], start: usize, end: usize, name: &[u8]) -> u8 {
    let mut flags = 0;
    let mut at = start;
    while at > 0 {
        let before_end = at - 1;
        let before_start = items[..before_end].iter().rposition(|&b| b == b',').map_or(0, |comma| comma + 1);
        let (item_name, flag) = item_rule(&items[before_start..before_end]);
        if item_name != name {
            break;
        }
        flags |= flag;
        at = before_start;
    }
    let mut at = end;
    while at < items.len() {
        let after_end = item_end(items, at + 1);
        let (item_name, flag) = item_rule(&items[at + 1..after_end]);
        if item_name != name {
            break;
        }
        flags |= flag;
        at = after_end;
    }
    flags
}

/// What the list says about `name`, a suffix of a name whose TLD has the line `items`; `tld_len`
/// is the length of that TLD.
fn flags_below(items: &[u8], name: &[u8], tld_len: usize) -> u8 {
    if name.len() == tld_len {
        // The TLD itself: a rule when the line has no items, or an empty one.
        let own = if items.is_empty() { EXACT } else { leading_flags(items) };
        return TLD | own;
    }
    let below = &name[..name.len() - tld_len - 1];
    // An empty label names no rule (the empty item stands for the TLD itself).
    if items.is_empty() || below.is_empty() {
        return 0;
    }
    item_flags(items, below)
}

/// Zone policies are looked up in [`super::policy_for`].
pub use super::policy_for;

/// Whether `tld` (one ASCII label, lower case) is a top-level domain of the root zone.
pub fn is_known_tld(tld: &str) -> bool {
    tld_line(tld.as_bytes()).is_some()
}

/// The line of a TLD, for [`super::policy_for`].
pub(super) fn line_of_tld(tld: &str) -> Option<usize> {
    tld_line(tld.as_bytes()).map(|(line, _)| line)
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
    split(name).map(|(zone, _)| zone)
}

/// The registry zone of `name` and the line of its TLD (for the zone's policy).
pub(super) fn split(name: &str) -> Option<(&str, usize)> {
    split_at(name, &LabelStarts::of(name)).map(|(zone, line, _)| (zone, line))
}

/// [`split`] of a name whose label starts are `starts`, with the number of labels of the zone.
pub(super) fn split_at<'a>(name: &'a str, starts: &LabelStarts) -> Option<(&'a str, usize, usize)> {
    let bytes = name.as_bytes();
    let tld_start = starts.start(1);
    let tld_len = name.len() - tld_start;
    let (tld_line, items) = tld_line(&bytes[tld_start..])?;
    // The suffixes are named by how many labels they have.
    let flags = |labels: usize| flags_below(items, &bytes[starts.start(labels)..], tld_len);
    let zone = |labels: usize| Some((&name[starts.start(labels)..], tld_line, labels));
    let mut labels = MAX_RULE_LABELS.min(starts.labels());
    let mut own = flags(labels);
    loop {
        if own & EXCEPTION != 0 {
            return if labels > 1 { zone(labels - 1) } else { None };
        }
        // The parent of a wildcard rule is a suffix too (`kobe.jp` of `*.kobe.jp`): no one
        // registers it, the list's own linter requires it, and the publicsuffixlist package
        // (1.1.2) and browsers answer so (https://github.com/publicsuffix/list/issues/2240,
        // read 2026-12-07), though the list's written algorithm would make it registrable.
        if own & (EXACT | WILDCARD) != 0 {
            return zone(labels);
        }
        if labels == 1 {
            // The last label: a TLD is a zone even where the list names only its children.
            return if own & TLD != 0 { zone(labels) } else { None };
        }
        let parent = flags(labels - 1);
        if parent & WILDCARD != 0 {
            return zone(labels);
        }
        labels -= 1;
        own = parent;
    }
}

/// How many rules the list holds, for the data tests.
pub fn rule_count() -> usize {
    (0..TLD_COUNT)
        .map(|index| match line(index).iter().position(|&b| b == b':') {
            Some(colon) => line(index)[colon + 1..].split(|&b| b == b',').count(),
            None => 1,
        })
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_names_find_their_zone() {
        assert!((3..10).contains(&MAX_RULE_LABELS));
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
    fn an_empty_label_names_no_rule() {
        assert_eq!(registry_zone(".br"), Some("br"));
        assert_eq!(registry_zone("a..br"), Some("br"));
        assert_eq!(registry_zone(".jp"), Some("jp"));
        assert_eq!(registry_zone("a..ck"), Some(".ck"));
        assert_eq!(registry_zone(""), None);
    }

    #[test]
    fn rules_about_one_name_are_read_together() {
        // A made-up line: the TLD itself and its wildcard, `a` with its wildcard, an exception.
        let items = b",*,a,*.a,!b.a,c";
        assert_eq!(item_flags(items, b""), EXACT | WILDCARD);
        assert_eq!(item_flags(items, b"a"), EXACT | WILDCARD);
        assert_eq!(item_flags(items, b"b.a"), EXCEPTION);
        assert_eq!(item_flags(items, b"c"), EXACT);
        assert_eq!(item_flags(items, b"b"), 0);
        assert_eq!(leading_flags(items), EXACT | WILDCARD);
    }

    #[test]
    fn every_tld_is_found_at_its_line_at_run_time_and_when_compiling() {
        for index in 0..TLD_COUNT {
            let text = line(index);
            let tld = std::str::from_utf8(text.split(|&b| b == b':').next().unwrap_or(text)).unwrap_or("");
            assert_eq!(tld_line(tld.as_bytes()).map(|(line, _)| line), Some(index), "{tld}");
            assert_eq!(const_tld_line(tld), Some(index), "{tld}");
        }
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
