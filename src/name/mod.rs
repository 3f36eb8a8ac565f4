//! Names and labels: normalisation, UTS #46 mapping and the label rules, up to the point where
//! a name has a checked ASCII and Unicode form. Registry zones come after, in [`crate::zone`].

pub use crate::display as chars;
pub mod homograph;
pub mod idn;
pub mod idna2008;
mod idna2008_table;
pub mod label;
pub mod normalize;
pub mod plain;
pub mod typed_as;

use crate::code::Code;
use crate::findings::Findings;
use crate::options::Profile;
use crate::report::{Params, Severity};

/// The labels of `name`, left to right, cut at its dots (`""` for an empty label). Found by
/// bytes: a dot is one byte in any UTF-8 text, so every cut is a char boundary, and neither the
/// characters are decoded (as a split on a predicate does) nor a search set up per label (as
/// the `memchr`-based split on a `char` does), for names of a few dozen bytes split often.
///
/// ```
/// use domain_rules::name::labels;
/// assert_eq!(labels("a.bü..c").collect::<Vec<_>>(), ["a", "bü", "", "c"]);
/// assert_eq!(labels("").collect::<Vec<_>>(), [""]);
/// ```
pub fn labels(name: &str) -> Labels<'_> {
    Labels { rest: Some(name) }
}

/// The iterator of [`labels`].
#[derive(Debug, Clone)]
pub struct Labels<'a> {
    /// What is left to cut, `None` once the last label was given.
    rest: Option<&'a str>,
}

impl<'a> Iterator for Labels<'a> {
    type Item = &'a str;

    #[inline]
    fn next(&mut self) -> Option<&'a str> {
        let rest = self.rest?;
        match rest.bytes().position(|b| b == b'.') {
            Some(dot) => {
                self.rest = Some(&rest[dot + 1..]);
                Some(&rest[..dot])
            }
            None => {
                self.rest = None;
                Some(rest)
            }
        }
    }
}

/// Where the last labels of a name start and how many dots it has, from one backward pass over
/// its bytes: the zone stage asks for several of these of the same name.
#[derive(Debug, Clone, Copy)]
pub struct LabelStarts {
    /// Where the last labels start (just after their dots), the last label's first; a label with
    /// no dot before it starts at 0, which [`LabelStarts::start`] answers without keeping it.
    starts: [usize; LabelStarts::KEPT],
    /// How many entries of `starts` are filled.
    kept: usize,
    /// How many dots the name has.
    dots: usize,
    /// The name's length in bytes (where its last 0 labels start).
    len: usize,
}

impl LabelStarts {
    /// How many trailing labels are kept: more than the longest registry zone of the Public
    /// Suffix List has, and the label below it (`zone::suffix` asserts this).
    pub const KEPT: usize = 8;

    /// The label starts of `name`.
    pub fn of(name: &str) -> LabelStarts {
        let mut found = LabelStarts { starts: [0; Self::KEPT], kept: 0, dots: 0, len: name.len() };
        for (i, &b) in name.as_bytes().iter().enumerate().rev() {
            if b == b'.' {
                if found.kept < Self::KEPT {
                    found.starts[found.kept] = i + 1;
                    found.kept += 1;
                }
                found.dots += 1;
            }
        }
        found
    }

    /// Where the last `count` labels start: the name's length for none, 0 when it has no more
    /// labels than that; `count` at most [`LabelStarts::KEPT`] (0 for more).
    pub fn start(&self, count: usize) -> usize {
        match count {
            0 => self.len,
            _ if count <= self.kept => self.starts[count - 1],
            _ => 0,
        }
    }

    /// How many labels the name has.
    pub fn labels(&self) -> usize {
        self.dots + 1
    }
}

/// The last label of `name` (all of it when it has no dot).
pub fn last_label(name: &str) -> &str {
    &name[name.bytes().rposition(|b| b == b'.').map_or(0, |dot| dot + 1)..]
}

/// Whether `name` is `zone` itself or a name below it (`a.b.example.com` in `example.com`),
/// comparing whole labels: `notexample.com` is not below `example.com`.
///
/// ```
/// use domain_rules::name::is_at_or_below;
/// assert!(is_at_or_below("example.com", "example.com"));
/// assert!(is_at_or_below("a.b.example.com", "example.com"));
/// assert!(!is_at_or_below("notexample.com", "example.com"));
/// assert!(!is_at_or_below("com", "example.com"));
/// ```
pub fn is_at_or_below(name: &str, zone: &str) -> bool {
    name.strip_suffix(zone).is_some_and(|head| head.is_empty() || head.ends_with('.'))
}

/// A name after the name stages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckedName {
    /// A-label form, lower case, no trailing dot; `None` when a label could not be converted.
    pub ascii: Option<String>,
    /// U-label form, lower case, no trailing dot; `None` when a label could not be converted.
    pub unicode: Option<String>,
    /// Whether the zone stage can run: every label is non-empty and the last label (the TLD)
    /// passed its own checks, so a zone error would only repeat what was already said.
    pub zone_checkable: bool,
}

/// Runs normalisation, mapping and the label rules over one name as typed.
pub fn check_name(input: &str, profile: Profile, findings: &mut Findings) -> CheckedName {
    match plain::plain_case(input) {
        Some(plain::Case::Lower) => {
            CheckedName { ascii: Some(input.to_owned()), unicode: Some(input.to_owned()), zone_checkable: true }
        }
        Some(plain::Case::Upper) => {
            let lower = input.to_ascii_lowercase();
            // What the mapping stage says of a case mapping (`report_mapping`).
            let params = Params::new().with("name", label::shown_name(input)).with("mapped", label::shown_name(&lower));
            findings.info(Code::NameMapped, params);
            CheckedName { ascii: Some(lower.clone()), unicode: Some(lower), zone_checkable: true }
        }
        None => stages(input, profile, findings),
    }
}

/// Every name stage, for a name that is not [`plain`].
fn stages(input: &str, profile: Profile, findings: &mut Findings) -> CheckedName {
    let none = CheckedName { ascii: None, unicode: None, zone_checkable: false };
    let Some(normalize::Normalized { name, dots_mapped }) = normalize::normalize(input, findings) else {
        return none;
    };
    if typed_as::check(&name, findings) {
        return none;
    }
    let mapped = idn::map(&name);
    // Mapping often changes nothing (an ASCII name that breaks a label rule): then the labels
    // of the three forms are the same, and are cut once.
    let unicode_is_name = mapped.unicode == *name;
    let ascii_is_unicode = mapped.ascii.as_deref() == Some(mapped.unicode.as_str());
    let label_count = count_dots(&name) + 1;
    if !unicode_is_name && count_dots(&mapped.unicode) + 1 != label_count {
        // A character mapped to a dot; UTS #46 (since Unicode 15.1) disallows those, so this is
        // only reached by data the crate would refuse anyway.
        findings
            .error(Code::NameIdnaInvalid, Params::new().with("label", label::shown_name(&name)).with("index", 0usize));
        return none;
    }
    // Only a refused label carries the error mark, and then there is no ASCII form.
    let any_refused = mapped.ascii.is_none();
    // What the mapping changed is only ever a warning or an info.
    if findings.keeps() {
        report_mapping(input.trim(), &name, dots_mapped, &mapped.unicode, any_refused, findings);
    }
    let mut unicode_labels = (!unicode_is_name).then(|| labels(&mapped.unicode));
    let mut ascii_labels = mapped.ascii.as_deref().filter(|_| !ascii_is_unicode).map(labels);
    let mut labels_complete = true;
    let mut last_label_ok = true;
    let empty_labels = || labels(&mapped.unicode).filter(|l| l.is_empty()).count();
    for (index, typed) in labels(&name).enumerate() {
        if findings.settled() {
            return none;
        }
        // Both forms have `label_count` labels.
        let unicode = form_label(&mut unicode_labels, Some(typed)).unwrap_or_default();
        let ascii_label = form_label(&mut ascii_labels, mapped.ascii.is_some().then_some(unicode));
        if unicode.is_empty() {
            if labels_complete {
                label::report_empty_labels(&name, index, empty_labels(), findings);
            }
            labels_complete = false;
            last_label_ok = false;
            continue;
        }
        let errors_before = findings.error_count();
        if any_refused && unicode.contains(idn::ERROR_MARK) {
            idn::explain_refusal(typed, index, label_count, profile, findings);
            last_label_ok = false;
            continue;
        }
        let owned_ascii;
        let ascii = match ascii_label {
            Some(label) => label,
            None => {
                owned_ascii = idn::ascii_label(unicode);
                &owned_ascii
            }
        };
        let label = label::Label { index, typed, unicode, ascii };
        label::check_label(label, label_count, profile, findings);
        let refused = idna2008::check_label(unicode, index, idna2008_severity(profile), findings);
        // The TLD's script is the registry's choice (.рус would read as Latin `pyc`).
        if !refused && index + 1 < label_count {
            homograph::check_label(unicode, index, profile, findings);
        }
        last_label_ok = findings.error_count() == errors_before;
    }
    let zone_checkable = labels_complete && last_label_ok;
    // An A-label that would encode ASCII no host name holds (a space that U+309B maps to) is
    // no A-label at all: such a name has no ASCII form.
    let ascii_mapped_from_unicode = !mapped.unicode.is_ascii()
        && labels(&mapped.unicode).any(|label| {
            !label.is_ascii()
                && label.bytes().any(|b| b.is_ascii() && !(b.is_ascii_alphanumeric() || b"-_*".contains(&b)))
        });
    if any_refused || ascii_mapped_from_unicode {
        return CheckedName { ascii: None, unicode: None, zone_checkable };
    }
    let ascii = mapped.ascii.unwrap_or_default();
    let last = last_label(&ascii);
    label::check_name(&ascii, last, label_count - 1, findings);
    CheckedName { ascii: Some(ascii), unicode: Some(mapped.unicode), zone_checkable }
}

/// The next label of a form of a name: cut from the form itself (`labels`), or `same`, another
/// form's label, where the two forms are one text. Kept out of line: a branch on which form
/// was cut, inside the label loop, would have the compiler copy the whole loop for each answer.
#[inline(never)]
fn form_label<'a>(labels: &mut Option<Labels<'a>>, same: Option<&'a str>) -> Option<&'a str> {
    match labels {
        Some(labels) => labels.next(),
        None => same,
    }
}

/// How much an IDNA2008 violation weighs: registries and host names refuse it; a record owner
/// name only warns, since the DNS itself stores any octets and existing zones hold such names.
pub(crate) fn idna2008_severity(profile: Profile) -> Severity {
    if profile == Profile::Record { Severity::Warning } else { Severity::Error }
}

/// How many dots `text` holds (one fewer than its labels).
pub(crate) fn count_dots(text: &str) -> usize {
    // Counted in a byte per block of at most 255, which the compiler runs over many bytes at a
    // time.
    text.as_bytes()
        .chunks(255)
        .map(|block| usize::from(block.iter().fold(0u8, |dots, &b| dots + u8::from(b == b'.'))))
        .sum()
}

/// Reports what the mapping changed: one `info` for case and width, a `warning` per label for
/// anything else. Labels typed as `xn--` and labels the crate refused are not mappings.
/// `typed` is the name as typed (trimmed), `name` the same after the first stage.
fn report_mapping(
    typed: &str,
    name: &str,
    dots_mapped: bool,
    mapped: &str,
    any_refused: bool,
    findings: &mut Findings,
) {
    if name == mapped && !dots_mapped {
        return;
    }
    let mut any_mapping = dots_mapped;
    let mut case_or_width_only = true;
    for (index, (typed, unicode)) in labels(name).zip(labels(mapped)).enumerate() {
        // A label that maps onto characters no name may hold (U+00A0 to a space) gets its error
        // from the label rules; saying it "would be registered" that way would mislead.
        let maps_to_invalid =
            unicode.bytes().any(|b| b.is_ascii() && !b.is_ascii_alphanumeric() && !b"-_*".contains(&b));
        let refused = any_refused && unicode.contains(idn::ERROR_MARK);
        if typed == unicode || idn::is_punycode_label(typed) || refused || maps_to_invalid {
            continue;
        }
        any_mapping = true;
        if !idn::is_case_or_width_mapping(typed, unicode) {
            case_or_width_only = false;
            findings.warning(
                Code::NameMappedCompat,
                Params::new()
                    .with("label", label::shown_name(typed))
                    .with("mapped", label::shown_name(unicode))
                    .with("index", index),
            );
        }
    }
    if any_mapping && case_or_width_only && !any_refused {
        findings.info(
            Code::NameMapped,
            Params::new().with("name", label::shown_name(typed)).with("mapped", label::shown_name(mapped)),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dots_are_counted_across_blocks() {
        for text in ["", "a", ".", "a.b.c", &".".repeat(255), &".".repeat(256), &"a.".repeat(600)] {
            assert_eq!(count_dots(text), text.matches('.').count(), "{} bytes", text.len());
        }
    }

    /// A plain name skips the stages; they would have found the same (nothing, or the case
    /// mapping) and given the same forms.
    fn assert_stages_agree(name: &str) {
        if !plain::is_plain(name) {
            return;
        }
        for profile in [Profile::Registration, Profile::Hostname, Profile::Record] {
            let (mut by_stages, mut by_fast_path) =
                (Findings::new(crate::Locale::En, "domain"), Findings::new(crate::Locale::En, "domain"));
            let full = stages(name, profile, &mut by_stages);
            let fast = check_name(name, profile, &mut by_fast_path);
            assert_eq!(full, fast, "{name} ({profile:?})");
            assert_eq!(by_stages.as_slice(), by_fast_path.as_slice(), "{name} ({profile:?})");
            let mapped = name.bytes().any(|b| b.is_ascii_uppercase());
            assert_eq!(by_stages.as_slice().len(), usize::from(mapped), "{name} ({profile:?})");
        }
    }

    #[test]
    fn plain_names_need_no_stages() {
        // The limits: labels of 63 and 64 bytes, names of 253 and 254 bytes.
        let label = |n: usize| "a".repeat(n);
        let name_of = |n: usize| format!("{}.{}.{}.{}", label(63), label(63), label(63), label(n - 3 * 64));
        for name in [format!("{}.com", label(63)), format!("{}.com", label(64)), name_of(253), name_of(254)] {
            assert_stages_agree(&name);
            assert_stages_agree(&name.to_ascii_uppercase());
        }
        assert!(plain::is_plain(&name_of(253)) && !plain::is_plain(&name_of(254)));
        let corpora = [include_str!("../../benches/corpus.txt"), include_str!("../../benches/peers/corpus.tsv")];
        let mut plain = 0;
        for name in corpora.iter().flat_map(|c| c.lines()).map(|line| line.rsplit('\t').next().unwrap_or(line)) {
            plain += usize::from(plain::is_plain(name));
            assert_stages_agree(name);
        }
        assert!(plain > 10_000, "only {plain} plain names in the corpora");
    }

    /// Random names over the plain alphabet, with every length and hyphen position: each one the
    /// fast path takes must be one the stages pass unchanged.
    #[test]
    fn random_names_of_the_plain_alphabet() {
        const ALPHABET: &[u8] = b"abcdefghijklmnopqrstuvwxyz0123456789-.";
        let mut next = crate::test_random::xorshift(0x2545_f491_4f6c_dd1d);
        let mut taken = 0;
        for _ in 0..50_000 {
            let length = 1 + (next() % 90) as usize;
            let name: String = (0..length)
                .map(|_| {
                    // Letters most of the time, so that names have the shape of names.
                    let r = next() % 100;
                    if r < 8 {
                        '.'
                    } else if r < 14 {
                        '-'
                    } else {
                        ALPHABET[(next() % 36) as usize] as char
                    }
                })
                .collect();
            taken += usize::from(plain::is_plain(&name));
            assert_stages_agree(&name);
        }
        assert!(taken > 5_000, "only {taken} random names were plain");
    }
}
