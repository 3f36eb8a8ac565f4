//! The domain check (contract section 1): the name stages, then the registry zone.

use serde::Serialize;

use crate::code::Code;
use crate::findings::Findings;
use crate::name::{self, CheckedName, LabelStarts};
use crate::options::{Options, Profile};
use crate::report::{self, Diagnostic, Params};
use crate::zone::{self, NamePolicy, Zone, special_use};

/// The result of a domain check.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DomainReport {
    /// `true` exactly when no diagnostic is an error.
    pub ok: bool,
    /// The input as given.
    pub input: String,
    /// A-label form, lower case, without the trailing dot, when the name could be converted.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ascii: Option<String>,
    /// U-label form (the form to show), lower case, without the trailing dot.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unicode: Option<String>,
    /// The registry zone in ASCII (`de`, `co.uk`, `xn--p1ai`), when there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tld: Option<String>,
    /// What was found, in order.
    pub diagnostics: Vec<Diagnostic>,
}

/// Checks one name as typed by a customer.
///
/// ```
/// use domain_rules::{check_domain, Options, Profile};
///
/// let report = check_domain("Müller.DE", &Options::default());
/// assert!(report.ok);
/// assert_eq!(report.ascii.as_deref(), Some("xn--mller-kva.de"));
/// assert_eq!(report.unicode.as_deref(), Some("müller.de"));
/// assert_eq!(report.tld.as_deref(), Some("de"));
///
/// let report = check_domain("ab.it", &Options::default());
/// assert!(!report.ok);
/// assert_eq!(report.diagnostics[0].code.as_str(), "name.label_too_short");
///
/// // `_` is fine in a DNS record name, not in a name to register.
/// assert!(!check_domain("ex_ample.com", &Options::default()).ok);
/// assert!(check_domain("ex_ample.com", &Options::profile(Profile::Record)).ok);
/// ```
pub fn check_domain(input: &str, options: &Options) -> DomainReport {
    let mut findings = Findings::new(options.locale, "domain");
    let checked = name::check_name(input, options.profile, &mut findings);
    let tld = match (&checked.ascii, &checked.unicode) {
        (Some(ascii), Some(unicode)) if checked.zone_checkable => {
            check_zone(ascii, unicode, options.profile, &mut findings).map(str::to_owned)
        }
        _ => None,
    };
    finish(input, checked, tld, findings)
}

/// Whether `input` is a name to register: exactly when `check_domain(input, &Options::default())`
/// is `ok`, by the same stages, but without a report (no message rendered, no form copied out).
///
/// ```
/// assert!(domain_rules::is_registrable("example.co.uk"));
/// assert!(!domain_rules::is_registrable("www.example.co.uk"));
/// ```
pub fn is_registrable(input: &str) -> bool {
    check_ok(input, Profile::Registration)
}

/// Whether `check_domain(input, &Options::profile(profile))` would be `ok`, without building its
/// report.
pub fn check_ok(input: &str, profile: Profile) -> bool {
    let mut findings = Findings::counting("domain");
    // A plain name: the name stages would find nothing (an upper-case one only its mapping to
    // lower case, an info), and it is its own A-label and U-label.
    let lower;
    let plain = match name::plain::plain_case(input) {
        Some(name::plain::Case::Lower) => Some(input),
        Some(name::plain::Case::Upper) => {
            lower = input.to_ascii_lowercase();
            Some(lower.as_str())
        }
        None => None,
    };
    if let Some(plain) = plain {
        check_zone(plain, plain, profile, &mut findings);
        return findings.error_count() == 0;
    }
    let checked = name::check_name(input, profile, &mut findings);
    if findings.settled() {
        return false;
    }
    if let (Some(ascii), Some(unicode)) = (&checked.ascii, &checked.unicode)
        && checked.zone_checkable
    {
        check_zone(ascii, unicode, profile, &mut findings);
    }
    findings.error_count() == 0
}

/// A report for an input that could not be checked at all (wrong type, bad bytes, bad
/// options): one error about `path`, and no name forms.
pub fn refused_input(input: String, path: &'static str, code: Code, params: Params, options: &Options) -> DomainReport {
    let mut findings = Findings::new(options.locale, path);
    findings.error(code, params);
    finish_owned(input, CheckedName { ascii: None, unicode: None, zone_checkable: false }, None, findings)
}

fn finish(input: &str, checked: CheckedName, tld: Option<String>, findings: Findings) -> DomainReport {
    finish_owned(input.to_owned(), checked, tld, findings)
}

fn finish_owned(input: String, checked: CheckedName, tld: Option<String>, findings: Findings) -> DomainReport {
    let diagnostics = findings.into_vec();
    DomainReport {
        ok: report::is_ok(&diagnostics),
        input,
        ascii: checked.ascii,
        unicode: checked.unicode,
        tld,
        diagnostics,
    }
}

/// The zone stage: special-use names, the registry zone, and for registration the zone's policy.
/// Returns the registry zone in ASCII.
fn check_zone<'a>(ascii: &'a str, unicode: &str, profile: Profile, findings: &mut Findings) -> Option<&'a str> {
    let starts = LabelStarts::of(ascii);
    let last = &ascii[starts.start(1)..];
    if name::label::is_numeric(last) {
        return None; // already refused as a numeric TLD
    }
    let split = zone::zone_and_policy(ascii, &starts);
    let registry_zone = split.map(|(zone, _)| zone.name);
    match profile {
        Profile::Record => {}
        Profile::Hostname => {
            let advice = findings.keeps() && findings.error_count() == 0;
            if registry_zone.is_some() && !special_use::is_special_use(last) && advice {
                zone::deviation::check(ascii, unicode, findings);
            }
            if special_use::is_special_use(last) {
                findings.warning(Code::ZoneSpecialUse, Params::new().with("tld", last));
            } else if registry_zone.is_none() {
                findings.warning(Code::ZoneUnknownTld, Params::new().with("tld", last));
            }
        }
        Profile::Registration => {
            if special_use::is_special_use(last) {
                findings.error(Code::ZoneSpecialUse, Params::new().with("tld", last));
                return None;
            }
            match split {
                None => findings.error(Code::ZoneUnknownTld, Params::new().with("tld", last)),
                Some((zone, policy)) => {
                    let name_ok = findings.error_count() == 0;
                    let name = Forms { ascii, unicode, starts };
                    check_registrable(&name, zone, policy, name_ok, findings);
                    // Advice on a second name only makes sense when this one can be registered
                    // (and is a warning, which a yes-or-no answer drops).
                    if findings.keeps() && findings.error_count() == 0 {
                        zone::deviation::check(ascii, unicode, findings);
                    }
                }
            }
        }
    }
    registry_zone
}

/// A name in the zone stage: both forms (with as many labels) and the A-label form's label starts.
struct Forms<'a> {
    ascii: &'a str,
    unicode: &'a str,
    starts: LabelStarts,
}

/// Registration: exactly one label below the registry zone, meeting the zone's policy.
/// `name_ok` says whether the name stages found no error; the character table is checked only
/// then, so that no character is refused twice.
fn check_registrable(name: &Forms<'_>, zone: Zone<'_>, policy: &NamePolicy, name_ok: bool, findings: &mut Findings) {
    let Forms { ascii, unicode, starts } = *name;
    // The U-label form's own starts, unless it is the A-label form.
    let unicode_starts = if unicode == ascii { starts } else { LabelStarts::of(unicode) };
    // The zone in the form to show: as many trailing labels of the Unicode name.
    let unicode_zone = || &unicode[unicode_starts.start(zone.labels)..];
    if starts.labels() == zone.labels {
        findings.error(Code::ZoneRegistryZone, Params::new().with("zone", unicode_zone()));
        return;
    }
    // The label below the zone, and how many more labels stand below it.
    let below = starts.labels() - zone.labels - 1;
    let label_ascii = &ascii[starts.start(zone.labels + 1)..starts.start(zone.labels) - 1];
    let label_start = unicode_starts.start(zone.labels + 1);
    let label_end = unicode_starts.start(zone.labels).saturating_sub(1).max(label_start);
    let label_unicode = &unicode[label_start..label_end];
    if below > 0 {
        findings.error(
            Code::ZoneSubdomain,
            Params::new()
                .with("registrable", &unicode[label_start..])
                .with("zone", unicode_zone())
                .with("name", unicode),
        );
    }
    let length = if label_unicode.is_ascii() { label_unicode.len() } else { label_unicode.chars().count() };
    if length < policy.min_length {
        findings.error(
            Code::NameLabelTooShort,
            Params::new()
                .with("label", label_unicode)
                .with("index", below)
                .with("min", policy.min_length)
                .with("actual", length)
                .with("tld", unicode_zone()),
        );
    }
    // An ASCII label has nothing for a character table to say (and the zone's display form
    // need not be computed for it).
    if name_ok && !label_unicode.is_ascii() {
        zone::characters::check(label_unicode, below, policy, unicode_zone(), findings);
    }
    let max = policy.max_length;
    if label_ascii.len() > max && label_ascii.len() <= name::label::MAX_LABEL_OCTETS {
        findings.error(
            Code::NameLabelTooLong,
            Params::new()
                .with("label", label_unicode)
                .with("index", below)
                .with("length", label_ascii.len())
                .with("max", max),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The yes-or-no check answers as the full report does, for every profile.
    fn assert_same_answer(input: &str) {
        for profile in [Profile::Registration, Profile::Hostname, Profile::Record] {
            let report = check_domain(input, &Options::profile(profile));
            assert_eq!(check_ok(input, profile), report.ok, "{input:?} ({profile:?}): {:?}", report.diagnostics);
        }
        assert_eq!(is_registrable(input), check_domain(input, &Options::default()).ok, "{input:?}");
    }

    #[test]
    fn yes_or_no_agrees_with_the_report_on_the_corpora_and_vectors() {
        let texts = [
            include_str!("../benches/corpus.txt"),
            include_str!("../benches/peers/corpus.tsv"),
            include_str!("../tests/data/labels.toml"),
            include_str!("../tests/data/idn.toml"),
            include_str!("../tests/data/zones.toml"),
            include_str!("../tests/data/profiles.toml"),
            include_str!("../tests/data/normalisation.toml"),
            include_str!("../tests/data/idna2008.toml"),
        ];
        let mut count = 0;
        for line in texts.iter().flat_map(|t| t.lines()) {
            // A corpus line's name, or each quoted string of a vector file.
            let mut inputs = vec![line.rsplit('\t').next().unwrap_or(line)];
            inputs.extend(line.split('"').skip(1).step_by(2));
            for input in inputs {
                assert_same_answer(input);
                count += 1;
            }
        }
        assert!(count > 30_000, "{count}");
    }

    /// Random inputs of the characters that make names go wrong: case, dots of every width,
    /// hyphens, `xn--`, spaces, underscores, marks, joiners, right-to-left letters, emoji.
    #[test]
    fn yes_or_no_agrees_with_the_report_on_random_inputs() {
        const PIECES: &[&str] = &[
            "a", "b", "z", "0", "9", "-", "--", ".", ".", "。", "A", "Q", "xn--", "ß", "é", "ü", " ", "_", "*",
            "\u{301}", "\u{200d}", "א", "٣", "😀", "ж", "中", "·", "co", "uk", "de", "com", "jp", "ck", "www",
        ];
        let mut next = crate::test_random::xorshift(0x9e37_79b9_7f4a_7c15);
        for _ in 0..20_000 {
            let pieces = 1 + (next() % 12) as usize;
            let input: String = (0..pieces).map(|_| PIECES[(next() % PIECES.len() as u64) as usize]).collect();
            assert_same_answer(&input);
        }
    }
}
