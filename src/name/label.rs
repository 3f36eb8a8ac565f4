//! Third stage: the rules every label and the whole name must meet, each with its own code.

use super::chars;
use crate::code::Code;
use crate::findings::Findings;
use crate::options::Profile;
use crate::report::{Params, Severity};

/// Longest label, in octets of its A-label form (RFC 1035 section 2.3.4).
pub const MAX_LABEL_OCTETS: usize = 63;
/// Longest name, in octets of its ASCII form without the trailing dot (RFC 1035, 255 octets on
/// the wire including the length bytes and the root).
pub const MAX_NAME_OCTETS: usize = 253;

/// At most this many characters of one label get a diagnostic each: enough to show the pattern,
/// and a label full of them does not make a report of quadratic size.
pub const MAX_CHARACTER_FINDINGS: usize = 5;

/// One label after mapping, in both forms.
#[derive(Debug, Clone, Copy)]
pub struct Label<'a> {
    /// Position in the name, 0 for the leftmost label.
    pub index: usize,
    /// The label as typed, before mapping.
    pub typed: &'a str,
    /// The U-label (lower case, mapped).
    pub unicode: &'a str,
    /// The A-label.
    pub ascii: &'a str,
}

/// Names longer than this many characters are shortened (with `…`) where a message repeats
/// them, so that a report stays small whatever the input.
pub const MAX_SHOWN_NAME_CHARS: usize = 80;

/// `name` as a message shows it: at most [`MAX_SHOWN_NAME_CHARS`] characters.
pub fn shown_name(name: &str) -> String {
    // No more bytes than that is no more characters either.
    if name.len() <= MAX_SHOWN_NAME_CHARS {
        return name.to_owned();
    }
    match name.char_indices().nth(MAX_SHOWN_NAME_CHARS) {
        Some((cut, _)) => format!("{}…", &name[..cut]),
        None => name.to_owned(),
    }
}

/// Reports the empty labels of a name once: at the first (`index`), with how many there are
/// (`count`). One diagnostic per empty label, each repeating the name, would make the report
/// grow with the square of the input.
pub fn report_empty_labels(name: &str, index: usize, count: usize, findings: &mut Findings) {
    let params = Params::new().with("name", shown_name(name)).with("index", index).with("count", count);
    findings.error(Code::NameEmptyLabel, params);
}

/// Checks one non-empty label that UTS #46 accepted.
pub fn check_label(label: Label<'_>, labels_in_name: usize, profile: Profile, findings: &mut Findings) {
    let params = || Params::new().with("label", shown_name(label.unicode)).with("index", label.index);
    if label.ascii.len() > MAX_LABEL_OCTETS {
        findings
            .error(Code::NameLabelTooLong, params().with("length", label.ascii.len()).with("max", MAX_LABEL_OCTETS));
    }
    let wildcard = profile == Profile::Record && label.index == 0 && label.unicode == "*" && labels_in_name > 1;
    if wildcard {
        return;
    }
    if label.unicode.starts_with('-') {
        findings.error(Code::NameLeadingHyphen, params());
    }
    if label.unicode.len() > 1 && label.unicode.ends_with('-') {
        findings.error(Code::NameTrailingHyphen, params());
    }
    if has_hyphens_3_4(label.unicode) {
        // RFC 5891 section 4.2.3.1 reserves these labels, so registries refuse them in a name to
        // register. Someone else's host name (a nameserver, an MX, CNAME or SRV target) or an
        // owner name may well hold one (CDN nodes such as r2---sn-...): only a warning there.
        // A U-label with them is refused by lookup as well (RFC 5891 section 5.4), so a host
        // name may not hold one; an owner name only warns, as for every IDNA2008 rule.
        // An A-label that decodes to a label beginning with `xn--` is refused in every profile:
        // UTS #46 section 4.1, validity criterion 4 (revision 31, Unicode 15.1.0, 2023-09), asks
        // it even where hyphens are not checked, since its form to show would read as another
        // A-label (https://www.unicode.org/reports/tr46/#Validity_Criteria, read 2026-12-07).
        let decoded_prefix =
            !label.unicode.is_ascii() && label.unicode.get(..4).is_some_and(|p| p.eq_ignore_ascii_case("xn--"));
        let refused = profile == Profile::Registration
            || profile == Profile::Hostname && !label.unicode.is_ascii()
            || decoded_prefix;
        let severity = if refused { Severity::Error } else { Severity::Warning };
        findings.push(Code::NameHyphens34, severity, params());
    }
    if !label.unicode.bytes().fold(true, |all, b| all & is_ldh_or_non_ascii(b)) {
        check_ascii_characters(label, profile, findings);
    }
}

/// Whether a byte of a U-label is a letter, digit or hyphen, or part of a non-ASCII character
/// (which IDNA2008 judges): by comparisons without a branch, so that a label's bytes are
/// checked many at a time.
fn is_ldh_or_non_ascii(byte: u8) -> bool {
    let letter = (byte | 0x20).wrapping_sub(b'a') < 26;
    let digit = byte.wrapping_sub(b'0') < 10;
    letter | digit | (byte == b'-') | (byte >= 0x80)
}

/// `--` in the third and fourth position of a U-label (the crate has already decoded `xn--`).
fn has_hyphens_3_4(unicode: &str) -> bool {
    let mut chars = unicode.chars().skip(2);
    chars.next() == Some('-') && chars.next() == Some('-')
}

/// Reports characters outside letters, digits and hyphen. Where mapping kept the label's length
/// (case, width), the character is named as typed (U+00A0, not the space it maps to).
fn check_ascii_characters(label: Label<'_>, profile: Profile, findings: &mut Findings) {
    let mut reported: Vec<char> = Vec::new();
    let typed: Vec<char> = label.typed.chars().collect();
    let aligned = typed.len() == label.unicode.chars().count();
    let std3: Vec<(usize, char)> = label
        .typed
        .chars()
        .enumerate()
        .filter(|&(_, c)| !c.is_ascii() && super::idn::mapped_alone(c).is_none())
        .take(MAX_CHARACTER_FINDINGS)
        .collect();
    let shown = shown_name(if aligned || !std3.is_empty() { label.typed } else { label.unicode });
    let shown = shown.as_str();
    // Characters that UTS #46 maps onto ASCII no host name holds (U+309B to a space and a mark,
    // U+2474 to `(1)`): STD3 rules disallow them, and they are named as typed.
    for &(position, c) in &std3 {
        findings.error(
            Code::NameDisallowedCharacter,
            Params::new()
                .with("label", shown)
                .with("index", label.index)
                .with("char", c.to_string())
                .with("codepoint", chars::codepoint(c))
                .with("position", position + 1),
        );
    }
    for (position, c) in label.unicode.chars().enumerate() {
        let typed_as_such = std3.is_empty() || label.typed.contains(c);
        if !c.is_ascii() || c.is_ascii_alphanumeric() || c == '-' || reported.contains(&c) || !typed_as_such {
            continue;
        }
        if reported.len() == MAX_CHARACTER_FINDINGS {
            break;
        }
        let as_typed = if aligned { typed[position] } else { c };
        if c == ' ' {
            // Named as a space, whichever space was typed (U+00A0 maps to U+0020).
            findings.error(
                Code::NameSpace,
                Params::new()
                    .with("label", shown)
                    .with("index", label.index)
                    .with("position", position + 1)
                    .with("words", shown),
            );
            reported.push(c);
            continue;
        }
        if c == '_' {
            if profile != Profile::Record {
                findings.error(
                    Code::NameUnderscore,
                    Params::new().with("label", shown).with("index", label.index).with("position", position + 1),
                );
                reported.push(c);
            }
            continue;
        }
        findings.error(
            Code::NameInvalidCharacter,
            Params::new()
                .with("label", shown)
                .with("index", label.index)
                .with("char", as_typed.to_string())
                .with("codepoint", chars::codepoint(as_typed))
                .with("position", position + 1),
        );
        reported.push(c);
    }
}

/// Checks the whole name: its length and its last label (at `last_index`).
pub fn check_name(ascii: &str, last_label: &str, last_index: usize, findings: &mut Findings) {
    if ascii.len() > MAX_NAME_OCTETS {
        findings.error(Code::NameTooLong, Params::new().with("length", ascii.len()).with("max", MAX_NAME_OCTETS));
    }
    if is_numeric(last_label) {
        findings.error(Code::NameNumericTld, Params::new().with("tld", last_label).with("index", last_index));
    }
}

/// All ASCII digits (and not empty).
pub fn is_numeric(label: &str) -> bool {
    !label.is_empty() && label.bytes().all(|b| b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ldh_bytes_by_comparison() {
        for byte in 0..=u8::MAX {
            let expected = byte.is_ascii_alphanumeric() || byte == b'-' || !byte.is_ascii();
            assert_eq!(is_ldh_or_non_ascii(byte), expected, "{byte:#04x}");
        }
    }
}
