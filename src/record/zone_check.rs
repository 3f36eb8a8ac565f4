//! The rules that need every record of a zone: a CNAME stands alone at its owner (RFC 1034
//! §3.6.2, RFC 2181 §10.1), MX, NS and SRV targets are no aliases (RFC 2181 §10.3, RFC 2782),
//! and no record is listed twice.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::code::Code;
use crate::findings::Findings;
use crate::locale::Locale;
use crate::name::is_at_or_below;
use crate::report::{self, Diagnostic, Params, Severity};

use super::names::Zone;
use super::{Out, Reading, Record, RecordReport, check_in_zone};

/// A zone's records as a zone editor sends them.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ZoneRequest {
    /// The zone (`hexo.com`).
    pub zone: String,
    /// Its records.
    #[serde(default)]
    pub records: Vec<Record>,
    /// Strict zone-file reading of relative names.
    #[serde(default)]
    pub literal: bool,
    /// The language of the messages.
    #[serde(default)]
    pub locale: Option<String>,
}

/// The result of a zone check: each record's own report, and the zone-level findings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ZoneReport {
    /// `true` exactly when no diagnostic here or in any record is an error.
    pub ok: bool,
    /// One report per record, in the order given.
    pub records: Vec<RecordReport>,
    /// Findings about the zone and about records together (paths `records[i].name`, ...).
    pub diagnostics: Vec<Diagnostic>,
}

/// Checks every record of a zone, then the rules between them.
///
/// ```
/// use domain_rules::record::{Record, ZoneRequest, check_zone_records};
///
/// let record = |kind: &str, name: &str, value: &str| Record {
///     kind: kind.into(), name: name.into(), value: value.into(), ttl: None,
/// };
/// let request = ZoneRequest {
///     zone: "hexo.com".into(),
///     records: vec![record("CNAME", "mail", "mailhost.example.net."), record("MX", "@", "10 mail")],
///     ..Default::default()
/// };
/// let report = check_zone_records(&request);
/// assert!(!report.ok);
/// assert_eq!(report.diagnostics[0].code.as_str(), "record.target_is_cname");
/// ```
pub fn check_zone_records(request: &ZoneRequest) -> ZoneReport {
    let locale = request.locale.as_deref().map_or(Locale::En, Locale::from_tag);
    let mut zone_out = Out::new(locale, String::new());
    let Some(zone) = Zone::read(&request.zone, &mut zone_out) else {
        return ZoneReport { ok: false, records: Vec::new(), diagnostics: zone_out.into_vec() };
    };
    let mut records = Vec::with_capacity(request.records.len());
    let mut readings = Vec::with_capacity(request.records.len());
    for (i, record) in request.records.iter().enumerate() {
        let out = Out::new(locale, format!("records[{i}]"));
        let (report, reading) = check_in_zone(&zone, record, request.literal, out);
        records.push(report);
        readings.push(reading);
    }
    let diagnostics = between(&zone.ascii, &records, &readings, locale);
    let ok = report::is_ok(&diagnostics) && records.iter().all(|r| r.ok);
    ZoneReport { ok, records, diagnostics }
}

/// A report for a zone request that could not be read at all.
pub fn unreadable_zone(detail: &str, locale: Locale) -> ZoneReport {
    ZoneReport { ok: false, records: Vec::new(), diagnostics: vec![super::unreadable(detail, "records", locale)] }
}

/// The rules between records, over those whose owner could be read.
fn between(zone: &str, records: &[RecordReport], readings: &[Reading], locale: Locale) -> Vec<Diagnostic> {
    let mut findings = Findings::with_paths(locale);
    let mut push = |code: Code, severity: Severity, path: String, params: Params| {
        findings.push_at(code, severity, path, params);
    };
    // Owner -> (index, type) of each readable record.
    let mut at_owner: BTreeMap<&str, Vec<(usize, &str)>> = BTreeMap::new();
    for (i, (report, reading)) in records.iter().zip(readings).enumerate() {
        if let (Some(owner), Some(kind)) = (reading.owner.as_deref(), report.kind.as_deref()) {
            at_owner.entry(owner).or_default().push((i, kind));
        }
    }
    let is_alias = |name: &str| at_owner.get(name).is_some_and(|list| list.iter().any(|(_, k)| *k == "CNAME"));
    for (owner, list) in &at_owner {
        if list.len() < 2 {
            continue;
        }
        for &(i, kind) in list {
            if kind == "CNAME" {
                let others: Vec<&str> = list.iter().filter(|(j, _)| *j != i).map(|(_, k)| *k).collect();
                let params = Params::new().with("name", format!("{owner}.")).with("types", others.join(", "));
                push(Code::RecordCnameAndOtherData, Severity::Error, format!("records[{i}].name"), params);
            }
        }
    }
    let has_address =
        |name: &str| at_owner.get(name).is_some_and(|list| list.iter().any(|(_, k)| matches!(*k, "A" | "AAAA")));
    // Owner -> the target of its (first) CNAME, to follow alias chains.
    let mut alias_of: BTreeMap<&str, &str> = BTreeMap::new();
    for (report, reading) in records.iter().zip(readings) {
        if let (Some("CNAME"), Some(owner), Some(target)) =
            (report.kind.as_deref(), reading.owner.as_deref(), reading.target.as_deref())
        {
            alias_of.entry(owner).or_insert(target);
        }
    }
    for (i, (report, reading)) in records.iter().zip(readings).enumerate() {
        let (Some(kind), Some(target)) = (report.kind.as_deref(), reading.target.as_deref()) else { continue };
        let path = || format!("records[{i}].value");
        if kind == "CNAME" {
            // An alias chain that comes back to its start never reaches an address.
            let owner = reading.owner.as_deref().unwrap_or_default();
            let mut at = target;
            for _ in 0..=alias_of.len() {
                if at == owner {
                    push(
                        Code::RecordCnameLoop,
                        Severity::Error,
                        path(),
                        Params::new().with("name", format!("{owner}.")),
                    );
                    break;
                }
                match alias_of.get(at) {
                    Some(next) => at = next,
                    None => break,
                }
            }
        } else if is_alias(target) {
            let params = Params::new().with("name", format!("{target}.")).with("type", kind);
            push(Code::RecordTargetIsCname, Severity::Error, path(), params);
        } else if is_at_or_below(target, zone) && !has_address(target) {
            // MX, NS and SRV need the host's address; inside the zone it must be here (glue
            // for a delegation).
            let params = Params::new().with("name", format!("{target}.")).with("type", kind);
            push(Code::RecordTargetWithoutAddress, Severity::Warning, path(), params);
        }
    }
    // (owner, type, data) -> the first record that has them.
    let mut first_of: BTreeMap<(&str, &str, &str), usize> = BTreeMap::new();
    for (j, record) in records.iter().enumerate() {
        let (Some(name), Some(kind), Some(value)) =
            (record.name.as_ref(), record.kind.as_deref(), record.value.as_deref())
        else {
            continue;
        };
        let first = *first_of.entry((name.fqdn.as_str(), kind, value)).or_insert(j);
        if first != j {
            let params = Params::new()
                .with("name", name.fqdn.as_str())
                .with("type", kind)
                .with("first", first)
                .with("position", first + 1);
            push(Code::RecordDuplicate, Severity::Warning, format!("records[{j}]"), params);
        }
    }
    findings.into_vec()
}
