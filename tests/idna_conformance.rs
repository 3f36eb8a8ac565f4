//! Unicode's UTS #46 conformance file (IdnaTestV2.txt) through the hostname profile.
//!
//! The file is read from the published source package of the `idna` crate that Cargo.lock
//! resolves (found with `cargo metadata`); no copy is committed. Every line's source goes through
//! `check_domain` with the hostname profile, whose flags are all on (STD3 rules, hyphen checks,
//! DNS length, bidi, joiners), so any status code in toAsciiN means the line must be refused, and
//! a line without one must give exactly its toAsciiN result.
//!
//! Some lines differ on purpose; each such line is put into one documented category, and the
//! test fails when a category's count changes or a line differs for no documented reason.

#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::Command;

use domain_rules::name::idna2008;
use domain_rules::{Code, Options, Profile, Severity, check_domain};

/// Lines that differ on purpose, by category, with how many lines each holds in Unicode 16.0.0.
const EXPECTED_DIFFERENCES: &[(&str, usize)] = &[
    // One trailing dot is the root and is dropped (contract section 1); UTS #46 with
    // VerifyDnsLength refuses the empty root label (A4_2). (63 lines; 19 of them are refused
    // anyway, by IDNA2008, and so agree with the file.)
    ("trailing root dot accepted", 44),
    // The crate's Unicode data (ICU4X 2.4, Unicode 17.0) assigns plane-3 ideographs that were
    // unassigned (V7) in the file's Unicode 16.0; the newer data is right for today's names.
    ("assigned since Unicode 16.0", 7),
    // The hostname profile adds IDNA2008 (RFC 5892) to UTS #46: symbols, punctuation and other
    // characters UTS #46 keeps for IDNA2003's sake are refused, each with an IDNA2008 code.
    ("refused by IDNA2008", IDNA2008_REFUSED_LINES),
    // `--` in positions 3 and 4 (V2, with V4 for `xn--xn--` labels whose decoded form has it
    // too) is only a warning for someone else's host name: RFC 5891 section 4.2.3.1 reserves
    // such labels for new registrations, and existing host names (r2---sn-....googlevideo.com)
    // hold them. A name to register still refuses them, and so does a host name whose label is
    // a U-label (RFC 5891 section 5.4): the two such lines agree with the file.
    ("hyphens 3-4 only a warning for host names", 8),
];

/// How many lines UTS #46 accepts and IDNA2008 refuses (see `EXPECTED_DIFFERENCES`).
const IDNA2008_REFUSED_LINES: usize = 160;

/// The codes of the IDNA2008 stage.
const IDNA2008_CODES: &[Code] = &[
    Code::NameIdna2008Disallowed,
    Code::NameContextMiddleDot,
    Code::NameContextKeraia,
    Code::NameContextHebrewPunctuation,
    Code::NameContextKatakanaMiddleDot,
    Code::NameContextArabicDigits,
];

/// Whether a name holds a code point that IDNA2008 does not allow anywhere.
fn has_idna2008_disallowed(name: &str) -> bool {
    name.chars().any(|c| !c.is_ascii() && idna2008::category(c) == idna2008::Category::Disallowed)
}

fn idna_test_file() -> PathBuf {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let output = Command::new(cargo)
        .args(["metadata", "--format-version", "1", "--locked"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("cargo metadata runs");
    assert!(output.status.success(), "cargo metadata failed: {}", String::from_utf8_lossy(&output.stderr));
    let metadata: serde_json::Value = serde_json::from_slice(&output.stdout).expect("cargo metadata prints JSON");
    let idna = metadata["packages"]
        .as_array()
        .and_then(|packages| packages.iter().find(|p| p["name"] == "idna"))
        .expect("Cargo.lock resolves the idna crate");
    let manifest = PathBuf::from(idna["manifest_path"].as_str().expect("idna has a manifest path"));
    manifest.parent().expect("manifest has a folder").join("tests").join("IdnaTestV2.txt")
}

/// Undoes the file's `\uXXXX` and `\x{XXXX}` escapes.
fn unescape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('\\') {
        out.push_str(&rest[..at]);
        let tail = &rest[at..];
        let (hex, used) = if let Some(h) = tail.strip_prefix("\\u") {
            (&h[..4], 6)
        } else if let Some(h) = tail.strip_prefix("\\x{") {
            let close = h.find('}').expect("closed escape");
            (&h[..close], close + 4)
        } else {
            out.push('\\');
            rest = &tail[1..];
            continue;
        };
        // Lone surrogates cannot be in a Rust string; like a UTF-16 decoder, read them as U+FFFD.
        let c = u32::from_str_radix(hex, 16).expect("hex escape");
        out.push(char::from_u32(c).unwrap_or('\u{FFFD}'));
        rest = &tail[used..];
    }
    out.push_str(rest);
    out
}

fn column(text: &str) -> Option<String> {
    let text = text.trim();
    match text {
        "" => None,
        "\"\"" => Some(String::new()),
        _ => Some(unescape(text)),
    }
}

struct Line {
    number: usize,
    source: String,
    to_unicode: String,
    unicode_status: String,
    to_ascii: String,
    status: String,
}

fn parse(text: &str) -> Vec<Line> {
    let mut lines = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let data = raw.split('#').next().unwrap_or("");
        if data.trim().is_empty() {
            continue;
        }
        let cols: Vec<&str> = data.split(';').collect();
        assert!(cols.len() >= 7, "line {}: 7 columns expected", i + 1);
        let source = column(cols[0]).unwrap_or_default();
        let to_unicode = column(cols[1]).unwrap_or_else(|| source.clone());
        let unicode_status = cols[2].trim().to_owned();
        let to_ascii = column(cols[3]).unwrap_or_else(|| to_unicode.clone());
        let status = match cols[4].trim() {
            "" => unicode_status.clone(),
            s => s.to_owned(),
        };
        let status = if status == "[]" { String::new() } else { status };
        let unicode_status = if unicode_status == "[]" { String::new() } else { unicode_status };
        lines.push(Line { number: i + 1, source, to_unicode, unicode_status, to_ascii, status });
    }
    lines
}

const DOTS: [char; 4] = ['.', '\u{3002}', '\u{FF0E}', '\u{FF61}'];

fn ends_with_one_dot(source: &str) -> bool {
    let mut tail = source.chars().rev();
    tail.next().is_some_and(|c| DOTS.contains(&c)) && !tail.next().is_some_and(|c| DOTS.contains(&c))
}

/// Whether the name, or what its A-labels decode to, holds a plane-3 code point.
fn has_plane_3(source: &str, ascii: &str) -> bool {
    let (unicode, _) = idna::domain_to_unicode(ascii);
    source.chars().chain(unicode.chars()).any(|c| ('\u{30000}'..='\u{3FFFF}').contains(&c))
}

#[test]
fn idna_test_v2_through_the_hostname_profile() {
    let path = idna_test_file();
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let lines = parse(&text);
    assert!(lines.len() > 6000, "only {} test lines in {}", lines.len(), path.display());

    let options = Options::profile(Profile::Hostname);
    let mut differences: BTreeMap<&str, usize> = EXPECTED_DIFFERENCES.iter().map(|&(k, _)| (k, 0)).collect();
    let mut unexplained = Vec::new();
    for line in &lines {
        let report = check_domain(&line.source, &options);
        let errors: Vec<Code> =
            report.diagnostics.iter().filter(|d| d.severity == Severity::Error).map(|d| d.code).collect();
        let expect_error = !line.status.is_empty();
        let agrees = if expect_error {
            !errors.is_empty()
        } else {
            errors.is_empty() && report.ascii.as_deref() == Some(line.to_ascii.as_str())
        };
        if agrees {
            continue;
        }
        // The status codes left once those the accepted root dot explains (A4_*) are set aside.
        let root_dot = ends_with_one_dot(&line.source);
        let rest: Vec<&str> = line
            .status
            .trim_matches(['[', ']'])
            .split(',')
            .map(str::trim)
            .filter(|code| !(code.is_empty() || root_dot && code.starts_with("A4_")))
            .collect();
        let category = if !expect_error && !errors.is_empty() {
            let idna2008_only = errors.iter().all(|c| IDNA2008_CODES.contains(c));
            (idna2008_only && report.ascii.as_deref() == Some(line.to_ascii.as_str())).then_some("refused by IDNA2008")
        } else if !expect_error || !errors.is_empty() {
            None
        } else if matches!(rest.as_slice(), ["V2"] | ["V2", "V4"])
            && report.diagnostics.iter().any(|d| d.code == Code::NameHyphens34 && d.severity == Severity::Warning)
        {
            Some("hyphens 3-4 only a warning for host names")
        } else if rest.is_empty() && root_dot {
            Some("trailing root dot accepted")
        } else if rest == ["V7"] && has_plane_3(&line.source, &line.to_ascii) {
            Some("assigned since Unicode 16.0")
        } else {
            None
        };
        match category {
            Some(c) => *differences.entry(c).or_default() += 1,
            None => unexplained.push(format!(
                "line {}: {:?} expected {} {:?}, got ascii {:?} errors {:?}",
                line.number,
                line.source,
                if expect_error { "error" } else { "ok" },
                if expect_error { &line.status } else { &line.to_ascii },
                report.ascii,
                errors.iter().map(|c| c.as_str()).collect::<Vec<_>>()
            )),
        }
    }
    assert!(
        unexplained.is_empty(),
        "{} lines of {} differ for no documented reason:\n{}",
        unexplained.len(),
        path.display(),
        unexplained.iter().take(40).cloned().collect::<Vec<_>>().join("\n")
    );
    for &(category, expected) in EXPECTED_DIFFERENCES {
        assert_eq!(differences[category], expected, "the count of lines in category '{category}' changed");
    }
}

/// The second pass: every line whose toUnicode result UTS #46 accepts but which holds a code
/// point IDNA2008 disallows is refused in the registration profile, with the IDNA2008 code.
#[test]
fn registration_refuses_every_line_with_a_character_idna2008_disallows() {
    let path = idna_test_file();
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let options = Options::default();
    let mut checked = 0;
    let mut missed = Vec::new();
    for line in parse(&text) {
        if !line.unicode_status.is_empty() || !has_idna2008_disallowed(&line.to_unicode) {
            continue;
        }
        checked += 1;
        let report = check_domain(&line.to_unicode, &options);
        let flagged =
            report.diagnostics.iter().any(|d| d.code == Code::NameIdna2008Disallowed && d.severity == Severity::Error);
        if report.ok || !flagged {
            missed.push(format!("line {}: {:?}", line.number, line.to_unicode));
        }
    }
    assert!(checked > 100, "only {checked} lines hold a character IDNA2008 disallows");
    assert!(missed.is_empty(), "{} of {checked} lines not refused:\n{}", missed.len(), missed.join("\n"));
}
