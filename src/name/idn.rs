//! Second stage: UTS #46 mapping with the `idna` crate, and a precise reason for every label it
//! refuses (the crate itself only says that something failed).
//!
//! The crate runs with no ASCII deny list and without hyphen checks: those rules are checked
//! label by label in [`super::label`], each with its own code. What remains for the crate is the
//! Unicode part: mapping, disallowed code points, Punycode, joiners and the bidi rule.

use idna::punycode;
use idna::uts46::{AsciiDenyList, ErrorPolicy, Hyphens, ProcessingError, ProcessingSuccess, Uts46};

use idna_adapter::{Adapter, LEFT_OR_DUAL_JOINING_MASK, RIGHT_OR_DUAL_JOINING_MASK, RTL_MASK};

use super::idna2008::Category;
use super::{chars, is_dot};
use crate::code::Code;
use crate::findings::Findings;
use crate::report::{Params, Severity};

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
    let mut unicode = String::with_capacity(name.len());
    let mut ascii = String::new();
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
    name.split(is_dot).any(is_punycode_label)
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

/// Says why the crate refused label `index`, whose input text is `label`. `idna2008` is the
/// weight of an IDNA2008 violation in the profile (see [`super::idna2008`]).
pub fn explain_refusal(label: &str, index: usize, idna2008: Severity, findings: &mut Findings) {
    if is_punycode_label(label) {
        explain_punycode(label, index, idna2008, findings);
    } else {
        explain_unicode(label, label, index, idna2008, findings);
    }
}

/// An `xn--` label: it does not decode, decodes to something that is written otherwise, or
/// decodes to characters that are refused (explained as for a typed U-label, naming the A-label).
fn explain_punycode(label: &str, index: usize, idna2008: Severity, findings: &mut Findings) {
    let shown = label;
    let lower = label.to_ascii_lowercase();
    let decoded = if lower.is_ascii() { punycode::decode_to_string(&lower[4..]) } else { None };
    let Some(decoded) = decoded.filter(|d| !d.is_empty()) else {
        findings.error(Code::NamePunycodeInvalid, label_params(shown, index));
        return;
    };
    if decoded.is_ascii() {
        let expected = decoded.to_ascii_lowercase();
        let params =
            label_params(shown, index).with("decoded", decoded.as_str()).with("expectedUnicode", expected.as_str());
        findings.error(Code::NamePunycodeNotCanonical, params.with("expected", expected));
        return;
    }
    let remapped = map(&decoded);
    match remapped.ascii {
        Some(expected) if expected != lower && !expected.contains('.') => {
            let params = label_params(shown, index)
                .with("decoded", decoded.as_str())
                .with("expectedUnicode", remapped.unicode.as_str());
            findings.error(Code::NamePunycodeNotCanonical, params.with("expected", expected));
        }
        _ => explain_unicode(&decoded, shown, index, idna2008, findings),
    }
}

/// A U-label (`label`, shown to the user as `shown`): the first rule it breaks, in the order of
/// UTS #46 section 4.1 and RFC 5891 section 5.4: a leading combining mark, characters that are
/// disallowed (each distinct one once, at most [`super::label::MAX_CHARACTER_FINDINGS`];
/// IDNA2008's code point rules come before its bidi rule), a joiner out of context (RFC 5892
/// appendix A.1 and A.2), then the bidi rule (RFC 5893).
fn explain_unicode(label: &str, shown: &str, index: usize, idna2008: Severity, findings: &mut Findings) {
    let unicode = Adapter::new();
    let chars: Vec<char> = label.chars().collect();
    let mut found = false;
    let mut reported: Vec<char> = Vec::new();
    // Whether a character that survives mapping came before (ignored ones, such as U+00AD, do not).
    let mut after_base = false;
    for (position, &c) in chars.iter().enumerate() {
        let first = !after_base;
        if c.is_ascii() || is_joiner(c) {
            after_base = true;
            continue;
        }
        let alone = map(&c.to_string());
        if alone.ascii.is_some() {
            after_base |= !alone.unicode.is_empty();
            continue;
        }
        after_base = true;
        // Only a real combining mark (general category M) is blamed for standing first.
        if first && unicode.is_mark(c) {
            findings.error(
                Code::NameLeadingCombiningMark,
                label_params(shown, index).with("char", c.to_string()).with("codepoint", chars::codepoint(c)),
            );
            found = true;
            continue;
        }
        if reported.contains(&c) || reported.len() == super::label::MAX_CHARACTER_FINDINGS {
            continue;
        }
        let params = || {
            label_params(shown, index)
                .with("char", c.to_string())
                .with("codepoint", chars::codepoint(c))
                .with("position", position + 1)
        };
        // Valid under UTS #46 after a letter (of either direction): refused here by the bidi
        // rule or a mark's place, unless IDNA2008 disallows the code point itself.
        if accepted(&format!("a{c}")) || accepted(&format!("\u{05D0}{c}")) {
            if super::idna2008::category(c) == Category::Disallowed {
                findings.push(Code::NameIdna2008Disallowed, idna2008, params());
                reported.push(c);
                found |= idna2008 == Severity::Error;
            }
            continue;
        }
        findings.error(Code::NameDisallowedCharacter, params());
        reported.push(c);
        found = true;
    }
    if found {
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
