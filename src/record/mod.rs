//! The record check (contract section 4): one DNS record as a zone editor's user typed it,
//! with the owner and targets read the way the user meant them, and each type's data checked.
//! [`zone_check`] adds the rules that need every record of a zone.

mod data;
mod names;
mod strings;
pub mod zone_check;

use serde::{Deserialize, Serialize};

use crate::code::Code;
use crate::findings::Findings;
use crate::locale::Locale;
use crate::report::{Diagnostic, Params, Severity};

pub use zone_check::{ZoneReport, ZoneRequest, check_zone_records, unreadable_zone};

/// The record types the check knows.
pub const TYPES: &[&str] = &["A", "AAAA", "CNAME", "MX", "NS", "TXT", "SRV", "CAA"];

/// The largest TTL (RFC 2181 §8: 2^31 - 1 seconds).
pub const MAX_TTL: i64 = 2_147_483_647;

/// One record as a zone editor sends it. Every key but `zone` and `type` is optional.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RecordRequest {
    /// The zone the record belongs to (`hexo.com`, a trailing dot allowed).
    pub zone: String,
    /// The record type (`A`, `MX`, ...; any case).
    #[serde(rename = "type")]
    pub kind: String,
    /// The owner as typed: `@`, empty, relative, or absolute with a trailing dot.
    #[serde(default)]
    pub name: String,
    /// The record data as typed.
    #[serde(default)]
    pub value: String,
    /// Time to live in seconds, if the editor sends one.
    #[serde(default)]
    pub ttl: Option<i64>,
    /// Strict zone-file reading: a relative name is always relative to the zone.
    #[serde(default)]
    pub literal: bool,
    /// The language of the messages.
    #[serde(default)]
    pub locale: Option<String>,
}

/// The owner name in its three forms.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct OwnerName {
    /// As typed.
    pub input: String,
    /// Absolute, lower case, A-labels, with the trailing dot.
    pub fqdn: String,
    /// Relative to the zone (`@` for the apex), in A-labels.
    pub relative: String,
    /// The absolute name with U-labels, the form to show.
    pub unicode: String,
}

/// The result of a record check.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RecordReport {
    /// `true` exactly when no diagnostic is an error.
    pub ok: bool,
    /// The record type, upper case, when it is one the check knows.
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// The owner, when it could be read.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<OwnerName>,
    /// The data in canonical zone-file form, when it could be read.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// What was found, in order.
    pub diagnostics: Vec<Diagnostic>,
}

/// Checks one record.
///
/// ```
/// use domain_rules::record::{RecordRequest, check_record};
///
/// let request = RecordRequest {
///     zone: "hexo.com".into(),
///     kind: "A".into(),
///     name: "help.hexo.com".into(),
///     value: "203.0.114.10".into(),
///     ..Default::default()
/// };
/// let report = check_record(&request);
/// assert!(report.ok);
/// assert_eq!(report.name.unwrap().fqdn, "help.hexo.com.");
/// assert_eq!(report.diagnostics[0].code.as_str(), "record.name_double_zone");
/// ```
pub fn check_record(request: &RecordRequest) -> RecordReport {
    let locale = request.locale.as_deref().map_or(Locale::En, Locale::from_tag);
    let mut out = Out::new(locale, "record".to_owned());
    let Some(zone) = names::Zone::read(&request.zone, &mut out) else {
        return out.report(None, None, None);
    };
    let record = Record {
        kind: request.kind.clone(),
        name: request.name.clone(),
        value: request.value.clone(),
        ttl: request.ttl,
    };
    check_in_zone(&zone, &record, request.literal, out).0
}

/// A report for a request that could not be read at all. `detail` is the parser's explanation.
pub fn unreadable_record(detail: &str, locale: Locale) -> RecordReport {
    RecordReport {
        ok: false,
        kind: None,
        name: None,
        value: None,
        diagnostics: vec![unreadable(detail, "record", locale)],
    }
}

/// The one diagnostic about an unreadable record request.
pub(crate) fn unreadable(detail: &str, path: &str, locale: Locale) -> Diagnostic {
    crate::findings::unreadable(Code::RecordInvalid, path, detail, locale)
}

/// One record of a zone, without the zone.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Record {
    /// The record type.
    #[serde(rename = "type")]
    pub kind: String,
    /// The owner as typed.
    #[serde(default)]
    pub name: String,
    /// The data as typed.
    #[serde(default)]
    pub value: String,
    /// Time to live in seconds.
    #[serde(default)]
    pub ttl: Option<i64>,
}

/// What the zone-level rules need to know of a record that was read.
#[derive(Debug, Clone, Default)]
pub(crate) struct Reading {
    /// The owner, absolute, without the trailing dot.
    pub owner: Option<String>,
    /// The host or alias name the data points to, absolute, without the trailing dot.
    pub target: Option<String>,
}

/// Checks one record in a zone that was already read; `out` says where its paths start.
pub(crate) fn check_in_zone(
    zone: &names::Zone,
    record: &Record,
    literal: bool,
    mut out: Out,
) -> (RecordReport, Reading) {
    let kind = record.kind.trim().to_ascii_uppercase();
    let known = TYPES.contains(&kind.as_str());
    if !known {
        let params = Params::new().with("type", record.kind.trim()).with("choices", TYPES.join(", "));
        out.error(Code::RecordTypeUnsupported, "type", params);
    }
    let owner = names::owner(&record.name, zone, &kind, literal, &mut out);
    if let Some(ttl) = record.ttl
        && !(0..=MAX_TTL).contains(&ttl)
    {
        let params =
            Params::new().with("field", "TTL").with("value", ttl.to_string()).with("min", 0_i64).with("max", MAX_TTL);
        out.error(Code::RecordNumberOutOfRange, "ttl", params);
    }
    let mut reading = Reading { owner: owner.as_ref().map(|o| o.fqdn.trim_end_matches('.').to_owned()), target: None };
    let value = if known {
        let owner_ascii = reading.owner.as_deref();
        data::check(&kind, &record.value, owner_ascii, zone, literal, &mut out).map(|(value, target)| {
            reading.target = target;
            value
        })
    } else {
        None
    };
    let kind = known.then_some(kind);
    (out.report(kind, owner, value), reading)
}

/// The findings about one record, whose paths are its keys under a prefix (`record.name`,
/// `records[3].value`).
pub(crate) struct Out {
    pub locale: Locale,
    prefix: String,
    findings: Findings,
}

impl Out {
    /// The findings about the record at `prefix` (empty for a request's top-level keys).
    pub fn new(locale: Locale, prefix: String) -> Out {
        Out { locale, prefix, findings: Findings::with_paths(locale) }
    }

    /// Adds a diagnostic about the key `key` of the record.
    pub fn push(&mut self, code: Code, severity: Severity, key: &str, params: Params) {
        let path = self.path(key);
        self.findings.push_at(code, severity, path, params);
    }

    pub fn error(&mut self, code: Code, key: &str, params: Params) {
        self.push(code, Severity::Error, key, params);
    }

    pub fn warning(&mut self, code: Code, key: &str, params: Params) {
        self.push(code, Severity::Warning, key, params);
    }

    pub fn info(&mut self, code: Code, key: &str, params: Params) {
        self.push(code, Severity::Info, key, params);
    }

    /// Takes the diagnostics of a name check, which speak of `domain`, as being about `key`.
    pub fn adopt(&mut self, diagnostics: Vec<Diagnostic>, key: &str) {
        let path = self.path(key);
        self.findings.extend(diagnostics.into_iter().map(|d| Diagnostic { path: path.clone(), ..d }));
    }

    /// `prefix.key`, or `key` alone for a request's top-level keys.
    fn path(&self, key: &str) -> String {
        if self.prefix.is_empty() { key.to_owned() } else { format!("{}.{key}", self.prefix) }
    }

    fn report(self, kind: Option<String>, name: Option<OwnerName>, value: Option<String>) -> RecordReport {
        let ok = self.findings.error_count() == 0;
        RecordReport { ok, kind, name, value, diagnostics: self.findings.into_vec() }
    }

    /// The diagnostics found, for a report of another shape.
    pub fn into_vec(self) -> Vec<Diagnostic> {
        self.findings.into_vec()
    }
}
