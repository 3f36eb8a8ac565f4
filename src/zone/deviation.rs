//! Deviation characters (ß, ς, ZWJ, ZWNJ): IDNA2008 and non-transitional UTS #46 keep them,
//! IDNA2003 and transitional processing map them away (`faß` becomes `fass`). Where clients
//! still resolve the transitional form, a name with them is reached by two different names.

use super::{Cited, Source};
use crate::code::Code;
use crate::findings::Findings;
use crate::name::{idn, last_label};
use crate::report::Params;

/// CentralNic Reseller's IDN converter processes these zones non-transitionally (their registries
/// register names with deviation characters as names of their own) and every other zone
/// transitionally (`ConverterFactory::transitionalProcessing`, whose `true` means
/// non-transitional). Its JavaScript converter lists the same zones without .art; the newer PHP
/// list is followed.
const CENTRALNIC_CONVERTER: Source = Source::new(
    "https://github.com/centralnicgroup-opensource/rtldev-middleware-php-idna-translator/blob/master/src/IDNA/Factory/ConverterFactory.php",
    "undated; read 2026-11-28",
);

/// The top-level domains whose names with deviation characters need no warning.
pub const NON_TRANSITIONAL_TLDS: Cited<&[&str]> = Cited {
    value: &["art", "be", "ca", "de", "fr", "pm", "re", "swiss", "tf", "wf", "yt"],
    source: CENTRALNIC_CONVERTER,
};

/// The deviation characters of UTS #46 section 6 (table 4).
pub fn is_deviation(c: char) -> bool {
    matches!(c, '\u{00DF}' | '\u{03C2}' | '\u{200C}' | '\u{200D}')
}

/// The transitional form of a U-label name: ß as ss, ς as σ, the joiners removed.
pub fn transitional(unicode: &str) -> String {
    let mut out = String::with_capacity(unicode.len() + 2);
    for c in unicode.chars() {
        match c {
            '\u{00DF}' => out.push_str("ss"),
            '\u{03C2}' => out.push('\u{03C3}'),
            '\u{200C}' | '\u{200D}' => {}
            c => out.push(c),
        }
    }
    out
}

/// Warns about a name (`ascii`, `unicode`) with deviation characters below a TLD whose clients
/// may still resolve the transitional form; both forms and both A-labels go into the params.
pub fn check(ascii: &str, unicode: &str, findings: &mut Findings) {
    if unicode.is_ascii() || !unicode.chars().any(is_deviation) {
        return;
    }
    let tld = last_label(ascii);
    if NON_TRANSITIONAL_TLDS.value.contains(&tld) {
        return;
    }
    let alternative = transitional(unicode);
    let Some(alternative_ascii) = idn::map(&alternative).ascii else {
        return; // the other form is not a valid name, so nothing else is reached
    };
    let tld_shown = last_label(unicode);
    findings.warning(
        Code::NameDeviation,
        Params::new()
            .with("name", unicode)
            .with("ascii", ascii)
            .with("alternative", alternative)
            .with("alternativeAscii", alternative_ascii)
            .with("tld", tld_shown),
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn transitional_forms() {
        assert_eq!(transitional("faß.com"), "fass.com");
        assert_eq!(transitional("λας.com"), "λασ.com");
        assert_eq!(transitional("a\u{200C}b"), "ab");
    }

    #[test]
    fn listed_tlds_are_real() {
        for tld in NON_TRANSITIONAL_TLDS.value {
            assert!(super::super::suffix::is_known_tld(tld), "{tld}");
        }
    }
}
