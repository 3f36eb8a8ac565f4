//! The invariants every report keeps, whatever the input.

use std::collections::BTreeSet;
use std::sync::OnceLock;
use std::time::Duration;

use cpu_time::ThreadTime;

use domain_rules::messages::{self, placeholders, render, template};
use domain_rules::name::chars::is_invisible;
use domain_rules::order::{Order, OrderReport};
use domain_rules::record::{RecordReport, RecordRequest, ZoneReport, ZoneRequest, check_record};
use domain_rules::report::is_ok;
use domain_rules::{Code, Diagnostic, DomainReport, Locale, Options, Profile, Severity, check_domain, zone};
use serde::Serialize;

/// Time one check may take, before the part that grows with the input, in units of
/// [`reference_time`]. On the machine these were set on (a release build with the address
/// sanitizer, the unit about 1.1 ms) that is about 44 ms, where a check that takes 50 µs in a
/// plain release build can take a few milliseconds.
pub const TIME_BASE_UNITS: f64 = 40.0;

/// Time one check may take per KiB of input on top of [`TIME_BASE_UNITS`], in the same units:
/// about 22 ms there, so that time stays linear in the input (a 1 KiB name of dots, or an
/// order with 40 hostile nameservers, must not take a second).
pub const TIME_PER_KIB_UNITS: f64 = 20.0;

/// How often a check over its time limit is run again before the limit counts as broken: the
/// fastest run is compared. Time is the checking thread's CPU time, so another job on the
/// machine does not count; the tries also absorb what the clock still sees of a busy machine
/// (cache misses, page faults). A slow input is slow every time.
pub const TIME_TRIES: usize = 3;

/// Names whose check is the unit of time: short and long, ASCII and international, valid and
/// not, so that the unit moves with the machine and the build (sanitizers, debug assertions)
/// the way the checks themselves do.
const REFERENCE_NAMES: [&str; 12] = [
    "example.com",
    "www.shop-example.co.uk",
    "bücher.de",
    "xn--mnchen-3ya.de",
    "пример.рф",
    "例え.jp",
    "-bad-.com",
    "a..b.com",
    "https://shop.example.com/",
    "exa mple.org",
    "mail.ａｂｃ.net",
    "very-long-label-very-long-label-very-long-label-very-long-label.example",
];

/// How often the reference work is run; the fastest run is the unit.
const REFERENCE_RUNS: usize = 7;

/// The CPU time of a fixed piece of work (every reference name checked in the three profiles),
/// measured once per process: the unit of the time limits. Limits in units of the machine's
/// own speed keep a slower machine (a CI runner) from failing a check that is linear, and
/// still catch one that grows with the square of its input.
pub fn reference_time() -> Duration {
    static UNIT: OnceLock<Duration> = OnceLock::new();
    *UNIT.get_or_init(|| {
        let profiles = [Profile::Registration, Profile::Hostname, Profile::Record];
        let work = || {
            for profile in profiles {
                let options = Options::profile(profile);
                for name in REFERENCE_NAMES {
                    std::hint::black_box(check_domain(name, &options));
                }
            }
        };
        work();
        let unit = (0..REFERENCE_RUNS)
            .map(|_| {
                let start = ThreadTime::now();
                work();
                start.elapsed()
            })
            .min()
            .unwrap_or_default();
        eprintln!(
            "time unit (reference work, CPU time): {unit:?}; limit {:?} plus {:?} per KiB",
            unit.mul_f64(TIME_BASE_UNITS),
            unit.mul_f64(TIME_PER_KIB_UNITS)
        );
        unit
    })
}

/// Serialised report bytes allowed whatever the input (a short order for a zone with many
/// required fields gets a diagnostic for each, in the longest of the five languages).
pub const REPORT_BASE: usize = 32 * 1024;

/// Serialised report bytes allowed per byte of input on top of [`REPORT_BASE`]: enough for one
/// diagnostic (a sentence, its path and params) for every four bytes of input, such as one per
/// nameserver written `"a",`, but not for a diagnostic that repeats the whole input for each
/// of its characters, which makes a report grow with the square of the input.
pub const REPORT_PER_INPUT_BYTE: usize = 256;

/// Whether the invariant `name` is switched off in the `FUZZ_SKIP` environment variable (names
/// separated by commas: `time`, `report-size`, `raw-invisible`, `schema-zone`), to fuzz past a
/// finding that is known and still open. Every invariant is on by default.
pub fn skipped(name: &str) -> bool {
    static SKIP: OnceLock<Vec<String>> = OnceLock::new();
    SKIP.get_or_init(|| {
        std::env::var("FUZZ_SKIP").unwrap_or_default().split(',').map(|s| s.trim().to_owned()).collect()
    })
    .iter()
    .any(|s| s == name)
}

/// The code list: every code a report uses must be documented there.
const CODES_DOC: &str = include_str!("../../docs/codes.md");

/// The codes `docs/codes.md` documents (its `### \`code\`` headings).
fn documented_codes() -> &'static BTreeSet<&'static str> {
    static CODES: OnceLock<BTreeSet<&'static str>> = OnceLock::new();
    CODES.get_or_init(|| {
        CODES_DOC
            .lines()
            .filter_map(|line| line.strip_prefix("### `").and_then(|rest| rest.strip_suffix('`')))
            .collect()
    })
}

/// The time limit for an input of `input_len` bytes, on this machine and in this build.
pub fn time_limit(input_len: usize) -> Duration {
    reference_time().mul_f64(TIME_BASE_UNITS + TIME_PER_KIB_UNITS * input_len as f64 / 1024.0)
}

/// The report-size limit for an input of `input_len` bytes.
pub fn size_limit(input_len: usize) -> usize {
    REPORT_BASE + REPORT_PER_INPUT_BYTE * input_len
}

/// Runs `check` and asserts that it stays within the time limit for `input_len` bytes of input
/// (the fastest of up to [`TIME_TRIES`] runs). Returns the first run's result.
pub fn timed<T>(what: &str, input_len: usize, mut check: impl FnMut() -> T) -> T {
    if skipped("time") {
        return check();
    }
    let limit = time_limit(input_len);
    let start = ThreadTime::now();
    let result = check();
    let mut fastest = start.elapsed();
    let mut tries = 1;
    while fastest > limit && tries < TIME_TRIES {
        let start = ThreadTime::now();
        drop(check());
        fastest = fastest.min(start.elapsed());
        tries += 1;
    }
    assert!(
        fastest <= limit,
        "{what}: the fastest of {tries} runs took {fastest:?} of CPU time for {input_len} bytes of input (limit {limit:?})"
    );
    result
}

/// Asserts that the serialised report stays within the size limit for `input_len` bytes of
/// input, and returns its size.
pub fn check_size<T: Serialize>(what: &str, report: &T, input_len: usize) -> usize {
    let json = serde_json::to_string(report).expect("every report serialises");
    if skipped("report-size") {
        return json.len();
    }
    let limit = size_limit(input_len);
    assert!(
        json.len() <= limit,
        "{what}: a report of {} bytes for {input_len} bytes of input (limit {limit}); it begins {:.600}",
        json.len(),
        json
    );
    json.len()
}

/// Asserts what holds for every diagnostic of a report in `locale`: its code is documented and
/// reads back, its path is given, its message is the catalogue's sentence in `locale` and shows
/// no invisible character raw that the template does not hold itself, and in every locale the
/// catalogue's sentence is non-empty and has a value for each of its placeholders.
pub fn check_diagnostics(what: &str, diagnostics: &[Diagnostic], locale: Locale) {
    for d in diagnostics {
        let code = d.code.as_str();
        assert!(documented_codes().contains(code), "{what}: code {code} is not in docs/codes.md");
        assert_eq!(Code::from_identifier(code), Some(d.code), "{what}: code {code} does not read back");
        assert!(!d.path.is_empty(), "{what}: {code} has no path");
        assert!(!d.message.trim().is_empty(), "{what}: {code} has an empty message");
        assert_eq!(
            d.message,
            render(locale, d.code, &d.params),
            "{what}: the message of {code} is not the {} sentence of its params",
            locale.tag()
        );
        let own = template(locale, d.code);
        if !skipped("raw-invisible")
            && !d.message.bytes().all(|b| b == b' ' || b.is_ascii_graphic())
            && let Some(c) = d.message.chars().find(|&c| c != ' ' && is_invisible(c) && !own.contains(c))
        {
            panic!("{what}: the message of {code} shows U+{:04X} raw: {:?}", u32::from(c), d.message);
        }
        for &other in Locale::ALL {
            let template = template(other, d.code);
            for key in placeholders(template) {
                assert!(d.params.get(key).is_some(), "{what}: {code} in {} leaves {{{key}}} unfilled", other.tag());
            }
            let message = render(other, d.code, &d.params);
            assert!(!message.trim().is_empty(), "{what}: {code} has an empty {} message", other.tag());
        }
    }
}

/// `true` when some diagnostic is an error.
pub fn has_error(diagnostics: &[Diagnostic]) -> bool {
    diagnostics.iter().any(|d| d.severity == Severity::Error)
}

/// Asserts the invariants of a domain report for `input` checked with `options`: the verdict,
/// the diagnostics, the forms of an accepted name, and that the accepted name's `ascii` and
/// `unicode` forms, checked again, are accepted as the same name (idempotence).
pub fn check_domain_report(what: &str, report: &DomainReport, input: &str, options: &Options) {
    assert_eq!(report.ok, is_ok(&report.diagnostics), "{what}: ok is not 'no error'");
    assert_eq!(report.input, input, "{what}: the report's input is not the input");
    check_diagnostics(what, &report.diagnostics, options.locale);
    if !report.ok {
        return;
    }
    let profile = options.profile.as_str();
    if options.profile == Profile::Registration {
        assert!(report.tld.is_some(), "{what}: a registrable name without a registry zone");
    }
    let Some(ascii) = report.ascii.as_deref() else { return };
    assert!(
        ascii.is_ascii() && !ascii.bytes().any(|b| b.is_ascii_uppercase()) && !ascii.ends_with('.'),
        "{what}: accepted as {profile}, but its A-label form {ascii:?} is not lower-case ASCII without the dot"
    );
    if let Some(tld) = report.tld.as_deref() {
        assert!(
            ascii == tld || ascii.ends_with(&format!(".{tld}")),
            "{what}: the A-label form {ascii:?} does not end with its registry zone {tld:?}"
        );
    }
    let again = check_domain(ascii, options);
    assert!(
        again.ok,
        "{what}: accepted as {profile}, but its A-label form {ascii:?} is refused: {:?}",
        again.diagnostics
    );
    assert_eq!(again.ascii, report.ascii, "{what}: the A-label form {ascii:?} checked again changes");
    assert_eq!(again.tld, report.tld, "{what}: the A-label form {ascii:?} checked again has another zone");
    if let Some(unicode) = report.unicode.as_deref() {
        let shown = check_domain(unicode, options);
        assert!(
            shown.ok,
            "{what}: accepted as {profile}, but its form to show {unicode:?} is refused: {:?}",
            shown.diagnostics
        );
        assert_eq!(shown.ascii, report.ascii, "{what}: the form to show {unicode:?} is another name");
    }
}

/// The locale a request names (English when none).
pub fn request_locale(tag: Option<&str>) -> Locale {
    tag.map_or(Locale::En, Locale::from_tag)
}

/// Asserts the invariants of an order report: the verdict over the domain and the order, the
/// domain report's own invariants (in the order's locale), the diagnostics, and that only the
/// zone's own API parameters are sent, each once.
pub fn check_order_report(what: &str, order: &Order, report: &OrderReport) {
    let locale = request_locale(order.locale.as_deref());
    assert_eq!(
        report.ok,
        report.domain.ok && !has_error(&report.diagnostics),
        "{what}: ok is not 'no error in the domain or the order'"
    );
    check_domain_report(what, &report.domain, &order.domain, &Options::default().with_locale(locale));
    check_diagnostics(what, &report.diagnostics, locale);
    let mut sent = BTreeSet::new();
    for (key, _) in &report.fields.0 {
        assert!(sent.insert(key.as_str()), "{what}: field {key} is sent twice");
    }
    if let Some(tld) = report.domain.tld.as_deref() {
        let policy = zone::policy_for(tld);
        for key in &sent {
            let own = policy.fields.iter().any(|f| f.api_param == Some(key));
            // A key the zone does not know is sent as given, with a warning that says so; a
            // form-only field of the zone is never sent.
            let unknown = !policy.fields.iter().any(|f| f.key == *key)
                && report
                    .diagnostics
                    .iter()
                    .any(|d| d.code == Code::OrderFieldUnknown && d.path == format!("fields.{key}"));
            // The trustee service ordered is the API's trustee switch of the zone.
            let trustee = zone::order_facts::trustee_param(tld) == Some(key);
            assert!(
                own || unknown || trustee,
                "{what}: {key} is sent, but it is neither an API parameter of .{tld} nor an unknown key"
            );
        }
    } else {
        assert!(sent.is_empty(), "{what}: fields are sent for a domain without a registry zone");
    }
}

/// Asserts the invariants of one record's report: the verdict, the diagnostics, a known type,
/// and that an accepted record's normalised value, checked again, is accepted unchanged.
pub fn check_record_report(what: &str, request: &RecordRequest, report: &RecordReport) {
    let locale = request_locale(request.locale.as_deref());
    assert_eq!(report.ok, is_ok(&report.diagnostics), "{what}: ok is not 'no error'");
    check_diagnostics(what, &report.diagnostics, locale);
    if let Some(kind) = report.kind.as_deref() {
        assert!(domain_rules::record::TYPES.contains(&kind), "{what}: unknown type {kind:?} in the report");
    }
    if !report.ok {
        return;
    }
    if let Some(name) = &report.name {
        assert!(name.fqdn.ends_with('.'), "{what}: the owner {:?} is not absolute", name.fqdn);
    }
    let Some(value) = report.value.as_deref() else { return };
    let again = check_record(&RecordRequest { value: value.to_owned(), ..request.clone() });
    assert!(again.ok, "{what}: the normalised value {value:?} is refused: {:?}", again.diagnostics);
    assert_eq!(
        again.value.as_deref(),
        Some(value),
        "{what}: the normalised value {value:?} changes when checked again"
    );
}

/// Asserts the invariants of a zone report: the verdict over the zone and every record, one
/// report per record, each the same as that record's report checked alone (its paths under
/// `records[i]` instead of `record`), and the diagnostics.
pub fn check_zone_report(what: &str, request: &ZoneRequest, report: &ZoneReport) {
    let locale = request_locale(request.locale.as_deref());
    assert_eq!(
        report.ok,
        !has_error(&report.diagnostics) && report.records.iter().all(|r| r.ok),
        "{what}: ok is not 'no error in the zone or any record'"
    );
    check_diagnostics(what, &report.diagnostics, locale);
    if report.records.is_empty() && !request.records.is_empty() {
        assert!(!report.ok, "{what}: records not checked, but the zone is ok");
        return;
    }
    assert_eq!(report.records.len(), request.records.len(), "{what}: not one report per record");
    for (i, (record, got)) in request.records.iter().zip(&report.records).enumerate() {
        assert_eq!(got.ok, is_ok(&got.diagnostics), "{what}: record {i}: ok is not 'no error'");
        check_diagnostics(what, &got.diagnostics, locale);
        let alone = check_record(&RecordRequest {
            zone: request.zone.clone(),
            kind: record.kind.clone(),
            name: record.name.clone(),
            value: record.value.clone(),
            ttl: record.ttl,
            literal: request.literal,
            locale: request.locale.clone(),
        });
        let prefix = format!("records[{i}]");
        let paths = |r: &RecordReport, from: &str| -> Vec<(Code, Severity, String)> {
            r.diagnostics.iter().map(|d| (d.code, d.severity, d.path.replacen(from, "@", 1))).collect()
        };
        assert_eq!(
            (got.ok, &got.kind, &got.name, &got.value, paths(got, &prefix)),
            (alone.ok, &alone.kind, &alone.name, &alone.value, paths(&alone, "record")),
            "{what}: record {i} in the zone is not the record checked alone"
        );
    }
}

/// Every locale's catalogue has a template for every code (checked once per target start).
pub fn check_catalogue() {
    for &code in Code::ALL {
        assert!(documented_codes().contains(code.as_str()), "code {} is not in docs/codes.md", code.as_str());
        for &locale in Locale::ALL {
            assert!(
                !messages::template(locale, code).trim().is_empty(),
                "{} has no {} template",
                code.as_str(),
                locale.tag()
            );
        }
    }
}
