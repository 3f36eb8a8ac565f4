//! Second stage: UTS #46 mapping with the `idna` crate, and a precise reason for every label it
//! refuses (the crate itself only says that something failed).
//!
//! The crate runs with no ASCII deny list and without hyphen checks: those rules are checked
//! label by label in [`super::label`], each with its own code. What remains for the crate is the
//! Unicode part: mapping, disallowed code points, Punycode, joiners and the bidi rule.

use std::collections::BTreeMap;

use idna::punycode;
use idna::uts46::{AsciiDenyList, ErrorPolicy, Hyphens, ProcessingError, ProcessingSuccess, Uts46};

use idna_adapter::{Adapter, LEFT_OR_DUAL_JOINING_MASK, RIGHT_OR_DUAL_JOINING_MASK, RTL_MASK};

use super::idna2008::{self, Category};
use super::{chars, labels};
use crate::code::Code;
use crate::findings::Findings;
use crate::options::Profile;
use crate::report::Params;

/// The UTS #46 result of a whole name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mapped {
    /// The Unicode form; labels the crate refused carry U+FFFD where the error is.
    pub unicode: String,
    /// The ASCII (A-label) form, when no label was refused.
    pub ascii: Option<String>,
}

/// Marks an error in the crate's output.
pub const ERROR_MARK: char = '\u{FFFD}';

/// Runs UTS #46 processing (non-transitional, CheckBidi and CheckJoiners on) over `name`.
pub fn map(name: &str) -> Mapped {
    // Plain ASCII without Punycode maps to its lower case and nothing else: skip the crate.
    if name.is_ascii() && !has_punycode_label(name) {
        let lower = name.to_ascii_lowercase();
        return Mapped { ascii: Some(lower.clone()), unicode: lower };
    }
    // Room for either form of a name of short labels without growing: a decoded `xn--` label
    // or an A-label (its prefix, the letters, the encoded rest) is rarely twice as long.
    let mut unicode = String::with_capacity(2 * name.len() + 8);
    let mut ascii = String::with_capacity(2 * name.len() + 8);
    let outcome = Uts46::new().process(
        name.as_bytes(),
        AsciiDenyList::EMPTY,
        Hyphens::Allow,
        ErrorPolicy::MarkErrors,
        |_, _, _| true,
        &mut unicode,
        Some(&mut ascii),
    );
    match outcome {
        Ok(ProcessingSuccess::Passthrough) => Mapped { unicode: name.to_owned(), ascii: Some(name.to_owned()) },
        Ok(ProcessingSuccess::WroteToSink) => {
            let ascii = if ascii.is_empty() { unicode.clone() } else { ascii };
            Mapped { unicode, ascii: Some(ascii) }
        }
        Err(ProcessingError::ValidityError | ProcessingError::SinkError) => {
            if !unicode.contains(ERROR_MARK) {
                unicode.push(ERROR_MARK);
            }
            Mapped { unicode, ascii: None }
        }
    }
}

/// Whether a label starts with the ACE prefix, in any case.
pub fn is_punycode_label(label: &str) -> bool {
    label.len() >= 4 && label.as_bytes()[..4].eq_ignore_ascii_case(b"xn--")
}

fn has_punycode_label(name: &str) -> bool {
    labels(name).any(is_punycode_label)
}

/// The A-label of one U-label that the crate accepted.
pub fn ascii_label(unicode_label: &str) -> String {
    if unicode_label.is_ascii() {
        unicode_label.to_owned()
    } else {
        punycode::encode_str(unicode_label).map_or_else(String::new, |p| format!("xn--{p}"))
    }
}

/// Whether a label maps to `mapped` by case folding, width narrowing and canonical composition
/// (NFC) alone: the same text, written differently.
pub fn is_case_or_width_mapping(input: &str, mapped: &str) -> bool {
    let mut folded = String::with_capacity(input.len());
    for c in input.chars() {
        let narrow = match u32::from(c) {
            0xFF01..=0xFF5E => char::from_u32(u32::from(c) - 0xFEE0).unwrap_or(c),
            _ => c,
        };
        folded.extend(narrow.to_lowercase());
    }
    if folded == mapped {
        return true;
    }
    // Otherwise only canonical composition may separate them (`a` + U+0308 is `ä`): every
    // character is one that UTS #46 keeps as it is, or a combining mark (script Inherited)
    // that composes with the letter before it. Deciding this without an NFC normaliser keeps
    // the NFC data (10 KB gzipped) out of the WebAssembly module.
    folded.chars().all(|c| {
        if c.is_ascii() || super::idna2008::script(c) == Some(super::idna2008::Script::INHERITED) {
            return true;
        }
        let alone = c.to_string();
        let result = map(&alone);
        result.ascii.is_some() && result.unicode == alone
    })
}

/// Says why the crate refused label `index` of a name of `labels` labels, whose input text is
/// `label`, in the order the rules apply (see [`explain_unicode`]).
pub fn explain_refusal(label: &str, index: usize, labels: usize, profile: Profile, findings: &mut Findings) {
    let place = Place { index, labels, profile };
    let mut mappings = Mappings::default();
    if is_punycode_label(label) {
        explain_punycode(label, place, &mut mappings, findings);
    } else {
        explain_unicode(label, label, place, &mut mappings, findings);
    }
}

/// [`mapped_alone`] of each distinct character of a label, worked out once: a label of a
/// thousand characters costs a thousand look-ups, not three UTS #46 runs each time one repeats.
#[derive(Default)]
struct Mappings(BTreeMap<char, Option<String>>);

impl Mappings {
    fn get(&mut self, c: char) -> Option<&str> {
        self.0.entry(c).or_insert_with(|| mapped_alone(c)).as_deref()
    }
}

/// Where a label stands, and the profile it is checked for.
#[derive(Debug, Clone, Copy)]
struct Place {
    index: usize,
    labels: usize,
    profile: Profile,
}

/// An `xn--` label: it does not decode, decodes to something that is written otherwise, or
/// decodes to characters that are refused (explained as for a typed U-label, naming the A-label).
fn explain_punycode(label: &str, place: Place, mappings: &mut Mappings, findings: &mut Findings) {
    let (shown, index) = (label, place.index);
    let lower = label.to_ascii_lowercase();
    let decoded = if lower.is_ascii() { punycode::decode_to_string(&lower[4..]) } else { None };
    let Some(decoded) = decoded.filter(|d| !d.is_empty()) else {
        findings.error(Code::NamePunycodeInvalid, label_params(shown, index));
        return;
    };
    // Only a form that is itself a valid label is suggested as the correct one.
    let ldh = |text: &str| text.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-');
    // An A-label must decode to a U-label that UTS #46 leaves as it is (RFC 5891 section 5.3):
    // ASCII other than letters, digits and hyphens, or a character that mapping changes (U+0E33
    // decomposes), makes it no A-label at all.
    let unstable = decoded.chars().any(|c| {
        if c.is_ascii() {
            !(c.is_ascii_alphanumeric() || c == '-')
        } else {
            !is_joiner(c) && mappings.get(c).is_some_and(|m| m.chars().ne(std::iter::once(c)))
        }
    });
    // (One that is valid once mapped is written otherwise: its correct form is suggested below.)
    if unstable && (decoded.is_ascii() || map(&decoded).ascii.is_none()) {
        findings.error(Code::NamePunycodeInvalid, label_params(shown, index));
        return;
    }
    if decoded.is_ascii() {
        let expected = decoded.to_ascii_lowercase();
        let params =
            label_params(shown, index).with("decoded", decoded.as_str()).with("expectedUnicode", expected.as_str());
        findings.error(Code::NamePunycodeNotCanonical, params.with("expected", expected));
        return;
    }
    let remapped = map(&decoded);
    match remapped.ascii {
        Some(expected) if expected != lower && ldh(&expected) => {
            let params = label_params(shown, index)
                .with("decoded", decoded.as_str())
                .with("expectedUnicode", remapped.unicode.as_str());
            findings.error(Code::NamePunycodeNotCanonical, params.with("expected", expected));
        }
        _ => explain_unicode(&decoded, shown, place, mappings, findings),
    }
}

/// What one character becomes under UTS #46 where it is valid (alone, or after a letter of
/// either direction, for marks and digits that cannot stand alone or first); `None` when UTS #46
/// disallows it, or maps it onto several characters with ASCII among them that no host name
/// holds (STD3 rules: U+309B to a space and a mark, U+2474 to `(1)`). A character that maps onto
/// one such ASCII character (U+00A0 to a space, U+FF01 to `!`) is left to the label rules,
/// which name it.
pub fn mapped_alone(c: char) -> Option<String> {
    let tried = [
        (String::new(), c.to_string()),
        ("a".to_owned(), format!("a{c}")),
        ("\u{05D0}".to_owned(), format!("\u{05D0}{c}")),
    ];
    let mapped = tried.into_iter().find_map(|(base, text)| {
        let result = map(&text);
        result.ascii.is_some().then(|| result.unicode.strip_prefix(base.as_str()).map(str::to_owned)).flatten()
    })?;
    let std3 = mapped.bytes().all(|b| !b.is_ascii() || b.is_ascii_alphanumeric() || b == b'-');
    (std3 || mapped.chars().count() == 1).then_some(mapped)
}

/// A U-label (`label`, shown to the user as `shown`) that UTS #46 refused: the first rule it
/// breaks, in the order of RFC 5891 section 5.4 and UTS #46 section 4.1. The label is read as
/// UTS #46 maps each of its characters; then come the hyphen and ASCII rules, code points that
/// UTS #46 disallows, a leading combining mark, IDNA2008's code point and context rules, a
/// joiner out of context (RFC 5892 appendix A.1 and A.2), and last the bidi rule (RFC 5893).
/// Each distinct character is reported once, at most [`super::label::MAX_CHARACTER_FINDINGS`].
fn explain_unicode(label: &str, shown: &str, place: Place, mappings: &mut Mappings, findings: &mut Findings) {
    let index = place.index;
    let errors_before = findings.error_count();
    let typed: Vec<char> = label.chars().collect();
    let mut mapped = String::with_capacity(label.len());
    let mut disallowed: Vec<(usize, char)> = Vec::new();
    for (position, &c) in typed.iter().enumerate() {
        if c.is_ascii() || is_joiner(c) {
            mapped.push(c.to_ascii_lowercase());
            continue;
        }
        match mappings.get(c) {
            Some(m) => mapped.push_str(m),
            None => {
                if !disallowed.iter().any(|&(_, d)| d == c) {
                    disallowed.push((position, c));
                }
            }
        }
    }
    // The hyphen and ASCII character rules, as for a label that UTS #46 accepted.
    let as_label = super::label::Label { index, typed: label, unicode: &mapped, ascii: "" };
    super::label::check_label(as_label, place.labels, place.profile, findings);
    for &(position, c) in disallowed.iter().take(super::label::MAX_CHARACTER_FINDINGS) {
        let params = label_params(shown, index)
            .with("char", c.to_string())
            .with("codepoint", chars::codepoint(c))
            .with("position", position + 1);
        findings.error(Code::NameDisallowedCharacter, params);
    }
    if findings.error_count() > errors_before {
        return;
    }
    let unicode = Adapter::new();
    let chars: Vec<char> = mapped.chars().collect();
    // Only a real combining mark (general category M) is blamed for standing first; one that
    // IDNA2008 disallows anyway is reported as disallowed below.
    if let Some(&first) =
        chars.first().filter(|&&c| unicode.is_mark(c) && idna2008::category(c) != Category::Disallowed)
    {
        let params =
            label_params(shown, index).with("char", first.to_string()).with("codepoint", chars::codepoint(first));
        findings.error(Code::NameLeadingCombiningMark, params);
        return;
    }
    let severity = super::idna2008_severity(place.profile);
    idna2008::check_label(&mapped, index, severity, findings);
    if findings.error_count() > errors_before {
        return;
    }
    if let Some(at) = (0..chars.len()).find(|&i| is_joiner(chars[i]) && !joiner_in_context(&unicode, &chars, i)) {
        findings
            .error(Code::NameJoinerContext, label_params(shown, index).with("codepoint", chars::codepoint(chars[at])));
    } else if chars.iter().any(|&c| unicode.bidi_class(c).to_mask().intersects(RTL_MASK)) || accepted(label) {
        // Either the label itself breaks the bidi rule, or it is valid alone and fails only
        // because another label makes the whole name a bidi name.
        findings.error(Code::NameBidi, label_params(shown, index));
    } else {
        findings.error(Code::NameIdnaInvalid, label_params(shown, index));
    }
}

/// RFC 5892 appendix A.1 and A.2: a joiner after a virama; a ZWNJ also between a left- or
/// dual-joining and a right- or dual-joining character, transparent ones between them skipped.
fn joiner_in_context(unicode: &Adapter, chars: &[char], at: usize) -> bool {
    if at > 0 && unicode.is_virama(chars[at - 1]) {
        return true;
    }
    if chars[at] != '\u{200C}' {
        return false;
    }
    let joins = |c: &char, mask| {
        let kind = unicode.joining_type(*c);
        (!kind.is_transparent()).then(|| kind.to_mask().intersects(mask))
    };
    let left = chars[..at].iter().rev().find_map(|c| joins(c, LEFT_OR_DUAL_JOINING_MASK));
    let right = chars[at + 1..].iter().find_map(|c| joins(c, RIGHT_OR_DUAL_JOINING_MASK));
    left == Some(true) && right == Some(true)
}

/// Zero width joiner or non-joiner.
fn is_joiner(c: char) -> bool {
    matches!(c, '\u{200C}' | '\u{200D}')
}

fn accepted(text: &str) -> bool {
    map(text).ascii.is_some()
}

fn label_params(shown: &str, index: usize) -> Params {
    Params::new().with("label", super::label::shown_name(shown)).with("index", index)
}
