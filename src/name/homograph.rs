//! Homograph hints: a label that mixes scripts, or a label in one non-Latin script that reads as
//! an ASCII word (Cyrillic `аррӏе` for `apple`).

use super::idna2008::{self, Script};
use crate::code::Code;
use crate::findings::Findings;
use crate::options::Profile;
use crate::report::{Params, Severity};

/// Cyrillic and Greek letters that look like one Latin letter, with that letter: the entries of
/// Unicode's confusables.txt (UTS #39 data, unchanged from version 10.0.0 to 2024) whose
/// prototype is a single ASCII letter, limited to the lower-case letters IDNA2008 allows.
/// One deliberate difference: confusables.txt maps the palochka ӏ to `i` (by way of ı); in
/// lower-case text it is a bare vertical stroke like `l`, the classic `аррӏе`, so `l` is used.
/// <https://www.unicode.org/Public/security/latest/confusables.txt> (read 2026-11-28)
const LATIN_LOOKALIKES: &[(char, char)] = &[
    // Cyrillic
    ('\u{0430}', 'a'), // а
    ('\u{0433}', 'r'), // г
    ('\u{0435}', 'e'), // е
    ('\u{043E}', 'o'), // о
    ('\u{0440}', 'p'), // р
    ('\u{0441}', 'c'), // с
    ('\u{0443}', 'y'), // у
    ('\u{0445}', 'x'), // х
    ('\u{0455}', 's'), // ѕ
    ('\u{0456}', 'i'), // і
    ('\u{0458}', 'j'), // ј
    ('\u{0461}', 'w'), // ѡ
    ('\u{0475}', 'v'), // ѵ
    ('\u{04AF}', 'y'), // ү
    ('\u{04BB}', 'h'), // һ
    ('\u{04BD}', 'e'), // ҽ
    ('\u{04CF}', 'l'), // ӏ
    ('\u{0501}', 'd'), // ԁ
    ('\u{051B}', 'q'), // ԛ
    ('\u{051D}', 'w'), // ԝ
    ('\u{A647}', 'i'), // ꙇ
    // Greek
    ('\u{03B1}', 'a'), // α
    ('\u{03B3}', 'y'), // γ
    ('\u{03B9}', 'i'), // ι
    ('\u{03BD}', 'v'), // ν
    ('\u{03BF}', 'o'), // ο
    ('\u{03C1}', 'p'), // ρ
    ('\u{03C3}', 'o'), // σ
    ('\u{03C5}', 'u'), // υ
    ('\u{03F3}', 'j'), // ϳ
];

/// The Latin letter a character looks like, if it is one of [`LATIN_LOOKALIKES`].
pub fn latin_lookalike(c: char) -> Option<char> {
    LATIN_LOOKALIKES.iter().find(|&&(from, _)| from == c).map(|&(_, to)| to)
}

/// Checks one U-label: scripts beyond UTS #39 "highly restrictive" are an error for a name to
/// register and a warning elsewhere; a whole-script lookalike of an ASCII word is a warning.
pub fn check_label(label: &str, index: usize, profile: Profile, findings: &mut Findings) {
    if label.is_ascii() {
        return;
    }
    let scripts = idna2008::scripts(label);
    if !idna2008::is_highly_restrictive(&scripts) {
        let severity = if profile == Profile::Registration { Severity::Error } else { Severity::Warning };
        // Joined without spaces: a space in a parameter is shown as U+0020 in messages.
        let names: Vec<&str> = scripts.iter().map(|s| s.name()).collect();
        findings.push(
            Code::NameMixedScript,
            severity,
            Params::new().with("label", label).with("index", index).with("scripts", names.join("/")),
        );
        return;
    }
    if let [script] = scripts[..]
        && script != Script::LATIN
        && findings.keeps()
        && let Some(lookalike) = ascii_lookalike(label)
    {
        findings.warning(
            Code::NameLookalike,
            Params::new()
                .with("label", label)
                .with("index", index)
                .with("script", script.name())
                .with("lookalike", lookalike),
        );
    }
}

/// The ASCII word a label reads as, when every letter has a Latin lookalike (digits and
/// hyphens stay as they are).
fn ascii_lookalike(label: &str) -> Option<String> {
    label.chars().map(|c| if c.is_ascii_digit() || c == '-' { Some(c) } else { latin_lookalike(c) }).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookalikes_are_single_script_letters_that_idna2008_allows() {
        for &(from, to) in LATIN_LOOKALIKES {
            let script = idna2008::script(from);
            assert!(script == Some(Script::CYRILLIC) || script == Some(Script::GREEK), "{from}");
            assert!(to.is_ascii_lowercase());
        }
        assert_eq!(ascii_lookalike("аррӏе").as_deref(), Some("apple"));
        assert_eq!(ascii_lookalike("пример"), None);
    }
}
