//! Fourth stage: IDNA2008 (RFC 5891, RFC 5892) over every U-label that UTS #46 accepted.
//!
//! UTS #46 is a lookup profile: it still accepts symbols, emoji and punctuation that IDNA2003
//! allowed (`😀`, `¢`, `♥`). Registries apply IDNA2008, which allows a code point only when it
//! is PVALID, or CONTEXTJ/CONTEXTO with its rule of RFC 5892 Appendix A met.
//!
//! What the UTS #46 stage already guarantees is not checked twice: NFC, no leading combining
//! mark, the CONTEXTJ rules (CheckJoiners) and the Bidi rule of RFC 5893 (CheckBidi) are all part
//! of its validity criteria, and the `idna` crate always runs them.

use super::chars;
use super::idna2008_table::{LOW, LOW_SCRIPTS, RANGES, SCRIPT_CODES, SCRIPT_NAMES};
use crate::code::Code;
use crate::findings::Findings;
use crate::report::{Params, Severity};

pub use super::idna2008_table::{SOURCE, UNICODE_VERSION};

/// The IDNA2008 category of a code point (RFC 5892 section 2).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Category {
    /// Allowed anywhere in a label.
    Pvalid,
    /// A joiner, allowed in the contexts of RFC 5892 Appendix A.1 and A.2.
    ContextJ,
    /// Allowed in the context of its rule (RFC 5892 Appendix A.3 to A.9).
    ContextO,
    /// Never allowed (DISALLOWED), or not assigned in this Unicode version (UNASSIGNED).
    Disallowed,
}

/// A Unicode script (UAX #24 Script property) of a character that IDNA2008 allows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Script(u8);

impl Script {
    /// Latin.
    pub const LATIN: Script = Script::find("Latn");
    /// Greek.
    pub const GREEK: Script = Script::find("Grek");
    /// Cyrillic.
    pub const CYRILLIC: Script = Script::find("Cyrl");
    /// Hebrew.
    pub const HEBREW: Script = Script::find("Hebr");
    /// Han (Chinese characters, kanji, hanja).
    pub const HAN: Script = Script::find("Hani");
    /// Hiragana.
    pub const HIRAGANA: Script = Script::find("Hira");
    /// Katakana.
    pub const KATAKANA: Script = Script::find("Kana");
    /// Bopomofo.
    pub const BOPOMOFO: Script = Script::find("Bopo");
    /// Hangul.
    pub const HANGUL: Script = Script::find("Hang");
    /// Common: digits, the hyphen and other characters used with any script.
    pub const COMMON: Script = Script::find("Zyyy");
    /// Inherited: combining marks that take the script of the character before them.
    pub const INHERITED: Script = Script::find("Zinh");

    /// The script with this ISO 15924 code; a missing code fails the build.
    const fn find(code: &str) -> Script {
        let mut i = 0;
        while i < SCRIPT_CODES.len() {
            if crate::const_text::equal(SCRIPT_CODES[i].as_bytes(), code.as_bytes()) {
                return Script(i as u8);
            }
            i += 1;
        }
        panic!("script code missing from the generated table")
    }

    /// The ISO 15924 code (`Latn`).
    pub fn code(self) -> &'static str {
        SCRIPT_CODES[usize::from(self.0)]
    }

    /// The Unicode name (`Latin`, `Old_Italic`).
    pub fn name(self) -> &'static str {
        SCRIPT_NAMES[usize::from(self.0)]
    }

    /// Whether the script belongs to no one writing system (Common, Inherited).
    pub fn is_shared(self) -> bool {
        self == Script::COMMON || self == Script::INHERITED
    }
}

/// The category and, where IDNA2008 allows the code point, its script.
pub fn lookup(c: char) -> (Category, Option<Script>) {
    let cp = u32::from(c);
    if let Some(&byte) = LOW.get(cp as usize) {
        let category = match byte & 3 {
            0 => return (Category::Disallowed, None),
            1 => Category::Pvalid,
            2 => Category::ContextJ,
            _ => Category::ContextO,
        };
        return (category, Some(Script(LOW_SCRIPTS[usize::from(byte >> 2)])));
    }
    // The CJK Unified Ideographs, most characters of Chinese and Japanese names: every one is
    // PVALID Han (a test holds this to the table), without a search.
    if (0x4E00..=0x9FFF).contains(&cp) {
        return (Category::Pvalid, Some(Script::HAN));
    }
    lookup_in_ranges(cp)
}

/// [`lookup`] of a code point above the low table, by bisection over the ranges.
fn lookup_in_ranges(cp: u32) -> (Category, Option<Script>) {
    let ranges = RANGES.len() / 2;
    // The number of ranges whose first code point is at most `cp`.
    let (mut low, mut high) = (0, ranges);
    while low < high {
        let mid = (low + high) / 2;
        if RANGES[2 * mid] & 0x1F_FFFF <= cp {
            low = mid + 1;
        } else {
            high = mid;
        }
    }
    if low == 0 || RANGES[2 * (low - 1) + 1] < cp {
        return (Category::Disallowed, None);
    }
    let (category, script) = decode(RANGES[2 * (low - 1)]);
    (category, Some(script))
}

/// Every range of the table: first and last code point, category and script (for tests and
/// tools; code points in no range are DISALLOWED or UNASSIGNED).
pub fn ranges() -> impl Iterator<Item = (u32, u32, Category, Script)> {
    RANGES.chunks_exact(2).map(|pair| {
        let (category, script) = decode(pair[0]);
        (pair[0] & 0x1F_FFFF, pair[1], category, script)
    })
}

/// The category and script packed into the first word of a range.
fn decode(packed: u32) -> (Category, Script) {
    let category = match (packed >> 21) & 3 {
        1 => Category::Pvalid,
        2 => Category::ContextJ,
        _ => Category::ContextO,
    };
    (category, Script((packed >> 23) as u8))
}

/// The IDNA2008 category of a code point.
pub fn category(c: char) -> Category {
    lookup(c).0
}

/// The script of a character IDNA2008 allows, `None` for any other.
pub fn script(c: char) -> Option<Script> {
    lookup(c).1
}

/// The distinct scripts of a label, sorted, kept inline: a label is checked on every keystroke,
/// and one with more than [`Scripts::CAPACITY`] scripts is refused whichever they are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Scripts {
    list: [Script; Scripts::CAPACITY],
    len: usize,
}

impl Scripts {
    /// How many scripts are kept; further ones are dropped.
    pub const CAPACITY: usize = 8;

    fn insert(&mut self, script: Script) {
        let known = &self.list[..self.len];
        if self.len == Self::CAPACITY || known.contains(&script) {
            return;
        }
        let at = known.partition_point(|&s| s < script);
        self.list.copy_within(at..self.len, at + 1);
        self.list[at] = script;
        self.len += 1;
    }
}

impl std::ops::Deref for Scripts {
    type Target = [Script];

    fn deref(&self) -> &[Script] {
        &self.list[..self.len]
    }
}

/// The scripts of a label, without Common and Inherited, sorted and each once.
pub fn scripts(label: &str) -> Scripts {
    let mut found = Scripts { list: [Script::COMMON; Scripts::CAPACITY], len: 0 };
    for c in label.chars() {
        let script = match c {
            'a'..='z' => Some(Script::LATIN),
            c if c.is_ascii() => None,
            c => script(c).filter(|s| !s.is_shared()),
        };
        if let Some(script) = script {
            found.insert(script);
        }
    }
    found
}

/// Whether a set of scripts may share one label under UTS #39 "highly restrictive"
/// (section 5.2): one script, or Latin with the scripts of Japanese, Chinese or Korean.
/// <https://www.unicode.org/reports/tr39/#Restriction_Level_Detection> (read 2026-11-28)
pub fn is_highly_restrictive(scripts: &[Script]) -> bool {
    const JAPANESE: &[Script] = &[Script::LATIN, Script::HAN, Script::HIRAGANA, Script::KATAKANA];
    const CHINESE: &[Script] = &[Script::LATIN, Script::HAN, Script::BOPOMOFO];
    const KOREAN: &[Script] = &[Script::LATIN, Script::HAN, Script::HANGUL];
    scripts.len() <= 1 || [JAPANESE, CHINESE, KOREAN].iter().any(|set| scripts.iter().all(|s| set.contains(s)))
}

/// Checks every non-ASCII code point of a U-label (`label`, at `index` in the name) against
/// IDNA2008: the DISALLOWED and UNASSIGNED ones, and the CONTEXTO rules. ASCII is left to the
/// label rules. Findings get `severity`; returns whether there was any.
pub fn check_label(label: &str, index: usize, severity: Severity, findings: &mut Findings) -> bool {
    // The common cases, ASCII or every code point PVALID, need no allocation.
    if label.is_ascii()
        || label.chars().all(|c| c.is_ascii() || matches!(category(c), Category::Pvalid | Category::ContextJ))
    {
        return false;
    }
    let chars: Vec<char> = label.chars().collect();
    let mut reported: Vec<char> = Vec::new();
    let mut found = false;
    for (position, &c) in chars.iter().enumerate() {
        if c.is_ascii() || reported.contains(&c) {
            continue;
        }
        let code = match category(c) {
            Category::Pvalid | Category::ContextJ => continue,
            Category::Disallowed => Code::NameIdna2008Disallowed,
            Category::ContextO => match context_rule(&chars, position) {
                None => continue,
                Some(code) => code,
            },
        };
        found = true;
        // A list that only counts errors needs no more than one, and no values.
        if !findings.keeps() {
            findings.push(code, severity, Params::new());
            break;
        }
        if reported.len() == super::label::MAX_CHARACTER_FINDINGS {
            break;
        }
        reported.push(c);
        findings.push(
            code,
            severity,
            Params::new()
                .with("label", super::label::shown_name(label))
                .with("index", index)
                .with("char", c.to_string())
                .with("codepoint", chars::codepoint(c))
                .with("position", position + 1),
        );
    }
    found
}

/// The rule of RFC 5892 Appendix A that the CONTEXTO character at `position` breaks, if any.
fn context_rule(chars: &[char], position: usize) -> Option<Code> {
    let before = position.checked_sub(1).map(|i| chars[i]);
    let after = chars.get(position + 1).copied();
    let holds = match chars[position] {
        // A.3: MIDDLE DOT only between two `l` (Catalan `l·l`).
        '\u{00B7}' => before == Some('l') && after == Some('l'),
        // A.4: GREEK LOWER NUMERAL SIGN (KERAIA) only before a Greek character.
        '\u{0375}' => after.and_then(script) == Some(Script::GREEK),
        // A.5, A.6: HEBREW PUNCTUATION GERESH and GERSHAYIM only after a Hebrew character.
        '\u{05F3}' | '\u{05F4}' => before.and_then(script) == Some(Script::HEBREW),
        // A.7: KATAKANA MIDDLE DOT only in a label with Hiragana, Katakana or Han.
        '\u{30FB}' => chars.iter().any(
            |&c| matches!(script(c), Some(s) if s == Script::HIRAGANA || s == Script::KATAKANA || s == Script::HAN),
        ),
        // A.8, A.9: Arabic-Indic digits and extended Arabic-Indic digits never mixed.
        '\u{0660}'..='\u{0669}' => !chars.iter().any(|c| ('\u{06F0}'..='\u{06F9}').contains(c)),
        '\u{06F0}'..='\u{06F9}' => !chars.iter().any(|c| ('\u{0660}'..='\u{0669}').contains(c)),
        // A CONTEXTO code point without a rule is not allowed (RFC 5891 section 5.4).
        _ => false,
    };
    if holds {
        return None;
    }
    Some(match chars[position] {
        '\u{00B7}' => Code::NameContextMiddleDot,
        '\u{0375}' => Code::NameContextKeraia,
        '\u{05F3}' | '\u{05F4}' => Code::NameContextHebrewPunctuation,
        '\u{30FB}' => Code::NameContextKatakanaMiddleDot,
        '\u{0660}'..='\u{0669}' | '\u{06F0}'..='\u{06F9}' => Code::NameContextArabicDigits,
        _ => Code::NameIdna2008Disallowed,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn categories_of_known_code_points() {
        // RFC 5892 Appendix B lists these derived values.
        for c in ['a', '0', '-', 'ß', 'ä', 'я', 'α', 'ς', '中', 'あ'] {
            assert_eq!(category(c), Category::Pvalid, "{c}");
        }
        for c in ['A', 'Ä', '😀', '¢', '♥', '_', ' ', '\u{2160}', '\u{FF21}'] {
            assert_eq!(category(c), Category::Disallowed, "{c:?}");
        }
        assert_eq!(category('\u{200D}'), Category::ContextJ);
        for c in ['\u{00B7}', '\u{0375}', '\u{05F3}', '\u{30FB}', '\u{0660}', '\u{06F9}'] {
            assert_eq!(category(c), Category::ContextO, "{c:?}");
        }
        assert_eq!(category('\u{10FFFF}'), Category::Disallowed);
    }

    #[test]
    fn scripts_of_letters() {
        assert_eq!(script('ä'), Some(Script::LATIN));
        assert_eq!(script('я'), Some(Script::CYRILLIC));
        assert_eq!(script('ς'), Some(Script::GREEK));
        assert_eq!(script('0'), Some(Script::COMMON));
        assert_eq!(script('😀'), None);
        assert_eq!(Script::CYRILLIC.name(), "Cyrillic");
        assert_eq!(*scripts("ab-1"), [Script::LATIN]);
        assert_eq!(*scripts("яaαя"), [Script::CYRILLIC, Script::GREEK, Script::LATIN][..]);
        assert_eq!(scripts("pаypal").len(), 2);
    }

    #[test]
    fn cjk_ideographs_are_pvalid_han_in_the_table() {
        for cp in 0x4E00..=0x9FFF {
            assert_eq!(lookup_in_ranges(cp), (Category::Pvalid, Some(Script::HAN)), "U+{cp:04X}");
        }
    }

    #[test]
    fn highly_restrictive_combinations() {
        assert!(is_highly_restrictive(&scripts("東京abcひらがなカタカナ")));
        assert!(is_highly_restrictive(&scripts("한국abc中")));
        assert!(!is_highly_restrictive(&scripts("한국ひら")));
        assert!(!is_highly_restrictive(&scripts("pаypal")));
    }

    #[test]
    fn context_rules() {
        let broken = |label: &str| {
            let chars: Vec<char> = label.chars().collect();
            (0..chars.len()).filter(|&i| category(chars[i]) == Category::ContextO).find_map(|i| context_rule(&chars, i))
        };
        assert_eq!(broken("l·l"), None);
        assert_eq!(broken("a·l"), Some(Code::NameContextMiddleDot));
        assert_eq!(broken("α͵β"), None);
        assert_eq!(broken("α͵"), Some(Code::NameContextKeraia));
        assert_eq!(broken("א׳"), None);
        assert_eq!(broken("a׳"), Some(Code::NameContextHebrewPunctuation));
        assert_eq!(broken("カ・カ"), None);
        assert_eq!(broken("a・b"), Some(Code::NameContextKatakanaMiddleDot));
        assert_eq!(broken("ب١٢"), None);
        assert_eq!(broken("ب۱۲"), None);
        assert_eq!(broken("ب١۲"), Some(Code::NameContextArabicDigits));
        assert_eq!(broken("ب۱٢"), Some(Code::NameContextArabicDigits));
    }

    #[test]
    fn direct_table_agrees_with_the_ranges() {
        for cp in 0..LOW.len() as u32 {
            let c = char::from_u32(cp).expect("below U+0800 every value is a char");
            let from_ranges = ranges()
                .find(|&(first, last, _, _)| (first..=last).contains(&cp))
                .map_or((Category::Disallowed, None), |(_, _, category, script)| (category, Some(script)));
            assert_eq!(lookup(c), from_ranges, "U+{cp:04X}");
        }
    }

    #[test]
    fn table_is_sorted_and_disjoint() {
        let mut previous_last = None;
        for pair in RANGES.chunks_exact(2) {
            let (first, last) = (pair[0] & 0x1F_FFFF, pair[1]);
            assert!(first <= last);
            assert!(previous_last.is_none_or(|p| p < first), "{first:X}");
            assert!((pair[0] >> 21) & 3 != 0);
            previous_last = Some(last);
        }
    }
}
