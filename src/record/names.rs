//! Names in a zone editor: the zone itself, the owner of a record and the names its data points
//! to, read the way the user meant them (dns-idn-rules section 3.4): `@` and empty are the
//! apex, one trailing dot makes a name absolute ([`anchor`], the one place that reads it), and a
//! relative name that already ends in the zone (`help.hexo.com` in zone `hexo.com`) is taken as
//! absolute with a warning, unless the caller asks for the literal zone-file reading.

use crate::code::{Code, Code::*};
use crate::domain::check_domain;
use crate::name::normalize::DOTS;
use crate::name::{is_at_or_below, labels};
use crate::net;
use crate::options::{Options, Profile};
use crate::report::{Diagnostic, Params, Severity};
use crate::zone::suffix;

use super::{Out, OwnerName};

/// The zone of the records, checked.
#[derive(Debug, Clone)]
pub(crate) struct Zone {
    /// A-labels, lower case, without the trailing dot.
    pub ascii: String,
    /// U-labels, without the trailing dot.
    pub unicode: String,
}

impl Zone {
    /// The zone as typed, or `None` after an error saying why it is no zone.
    pub fn read(text: &str, out: &mut Out) -> Option<Zone> {
        let trimmed = text.trim();
        let invalid = |problem: &str, out: &mut Out| {
            out.error(RecordZoneInvalid, "zone", Params::new().with("zone", trimmed).with("problem", problem));
            None
        };
        // A zone is absolute whether or not it is typed with its dot.
        let body = match anchor(trimmed) {
            Ok(Anchor::Relative(body) | Anchor::Absolute(body)) => body,
            Ok(Anchor::Apex | Anchor::Root) => trimmed,
            Err(params) => {
                let problem = Diagnostic::new(NameEmptyLabel, Severity::Error, "zone", params, out.locale);
                return invalid(&problem.message, out);
            }
        };
        let report = check_domain(body, &Options::profile(Profile::Hostname).with_locale(out.locale));
        let problem = report.diagnostics.iter().find(|d| d.severity == Severity::Error);
        match (problem, report.ascii, report.unicode) {
            (None, Some(ascii), Some(unicode)) => Some(Zone { ascii, unicode }),
            (problem, ..) => invalid(problem.or(report.diagnostics.first()).map_or("", |d| d.message.as_str()), out),
        }
    }

    /// Whether `ascii` (absolute, no trailing dot) is the zone or below it.
    fn contains(&self, ascii: &str) -> bool {
        is_at_or_below(ascii, &self.ascii)
    }

    /// `ascii` relative to the zone: `@` for the apex, else the labels above it, or the
    /// absolute name with its dot when it lies outside.
    fn relative(&self, ascii: &str) -> String {
        if ascii == self.ascii {
            return "@".to_owned();
        }
        match ascii.strip_suffix(self.ascii.as_str()).and_then(|head| head.strip_suffix('.')) {
            Some(head) => head.to_owned(),
            None => format!("{ascii}."),
        }
    }
}

/// Where a name typed in a zone editor is anchored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Anchor<'a> {
    /// Nothing, or `@`: the zone's apex (RFC 1035 §5.1).
    Apex,
    /// A dot alone: the root.
    Root,
    /// Relative to the zone: the text as typed.
    Relative(&'a str),
    /// Absolute: the text before its final dot.
    Absolute(&'a str),
}

/// Reads where `text` is anchored: a name that ends in one dot is absolute, any other name is
/// relative to the zone (RFC 1035 §5.1). Only the root label is empty (RFC 1034 §3.1), so a
/// second final dot (`mx.example.net..`) is an empty label: the error's params are returned,
/// for `name.empty_label`. Every name of a record, owner or target, is read here first.
pub(crate) fn anchor(text: &str) -> Result<Anchor<'_>, Params> {
    let text = text.trim();
    if text.is_empty() || text == "@" {
        return Ok(Anchor::Apex);
    }
    let Some(body) = text.strip_suffix(DOTS) else { return Ok(Anchor::Relative(text)) };
    if body.is_empty() {
        return Ok(Anchor::Root);
    }
    if body.ends_with(DOTS) {
        let index = body.split(DOTS).position(str::is_empty).unwrap_or_default();
        return Err(Params::new().with("name", text).with("index", index));
    }
    Ok(Anchor::Absolute(body))
}

/// Whether `text` is the root name alone (`.`), as in the null MX or an SRV target.
pub(crate) fn is_root(text: &str) -> bool {
    matches!(anchor(text), Ok(Anchor::Root))
}

/// What a name stands for in its record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Role {
    /// The owner of a record.
    Owner,
    /// A host name in the data (MX exchange, NS, SRV target): the host-name rules apply.
    Host,
    /// A CNAME target: any DNS name, `_` labels included, but no wildcard.
    Alias,
}

/// A name that was read.
pub(crate) struct Resolved {
    /// Absolute, A-labels, lower case, without the trailing dot.
    pub ascii: String,
    /// Absolute, U-labels, without the trailing dot.
    pub unicode: String,
}

/// The owner of a record of type `kind`, or `None` after errors saying why it cannot be read.
pub(crate) fn owner(text: &str, zone: &Zone, kind: &str, literal: bool, out: &mut Out) -> Option<OwnerName> {
    // The root is no name inside any zone.
    let root = is_root(text);
    let resolved = if root { None } else { resolve(text, zone, Role::Owner, literal, "name", out) };
    if root || resolved.as_ref().is_some_and(|r| !zone.contains(&r.ascii)) {
        out.error(
            RecordNameOutsideZone,
            "name",
            Params::new().with("name", text.trim()).with("zone", zone.unicode.as_str()),
        );
        return None;
    }
    let resolved = resolved?;
    // BIND's check-names: owners of address and mail records are host names (RFC 1123 §2.1).
    if matches!(kind, "A" | "AAAA" | "MX") && labels(&resolved.ascii).any(|label| label.contains('_')) {
        let params = Params::new().with("name", text.trim()).with("type", kind);
        out.warning(RecordOwnerNotHostName, "name", params);
    }
    Some(OwnerName {
        input: text.to_owned(),
        relative: zone.relative(&resolved.ascii),
        fqdn: format!("{}.", resolved.ascii),
        unicode: format!("{}.", resolved.unicode),
    })
}

/// Reads a name of the record (`key` is `name` or `value`) in its `role`.
pub(crate) fn resolve(
    text: &str,
    zone: &Zone,
    role: Role,
    literal: bool,
    key: &str,
    out: &mut Out,
) -> Option<Resolved> {
    let typed = text.trim();
    let mut body = typed;
    // The host of a URL is a full name, whatever the zone.
    let mut from_url = false;
    if let Some(host) = crate::name::typed_as::web_address_host(body) {
        out.warning(RecordUrlStripped, key, Params::new().with("input", typed).with("name", host));
        body = host;
        from_url = true;
    }
    if net::is_ip(body) {
        let code = if role == Role::Owner { RecordNameIsAddress } else { RecordTargetIsAddress };
        out.error(code, key, Params::new().with("name", body));
        return None;
    }
    let (body, absolute) = match anchor(body) {
        Ok(Anchor::Apex) => return Some(Resolved { ascii: zone.ascii.clone(), unicode: zone.unicode.clone() }),
        // The root alone is no name the check can read; the name check says so.
        Ok(Anchor::Root) => (body, true),
        Ok(Anchor::Relative(body)) => (body, from_url),
        Ok(Anchor::Absolute(body)) => (body, true),
        Err(params) => {
            out.error(NameEmptyLabel, key, params);
            return None;
        }
    };
    let meant_absolute = !absolute && !literal && ends_in_zone(body, zone);
    let full = if absolute || meant_absolute { body.to_owned() } else { format!("{body}.{}", zone.ascii) };
    let profile = if role == Role::Host { Profile::Hostname } else { Profile::Record };
    let report = check_domain(&full, &Options::profile(profile).with_locale(out.locale));
    let inside = report.ascii.as_deref().is_some_and(|ascii| zone.contains(ascii));
    // Whether the zone's TLD is known is the zone's matter, not this record's.
    let diagnostics = report
        .diagnostics
        .into_iter()
        .filter(|d| !(inside && matches!(d.code, Code::ZoneUnknownTld | Code::ZoneSpecialUse)))
        .collect::<Vec<_>>();
    let failed = diagnostics.iter().any(|d| d.severity == Severity::Error);
    out.adopt(diagnostics, key);
    let (Some(ascii), Some(unicode)) = (report.ascii, report.unicode) else { return None };
    if failed {
        return None;
    }
    if role == Role::Alias && labels(&ascii).next() == Some("*") {
        out.error(RecordTargetWildcard, key, Params::new().with("name", typed));
        return None;
    }
    if meant_absolute {
        let params = Params::new()
            .with("name", typed)
            .with("fqdn", format!("{ascii}."))
            .with("literal", format!("{ascii}.{}.", zone.ascii));
        out.warning(RecordNameDoubleZone, key, params);
    } else if role != Role::Owner && !absolute && !literal && body.contains(DOTS) {
        // A dotted relative target under a real TLD (`mail.othercorp.net`) was meant
        // absolute: dnscontrol's rule, dns-idn-rules section 3.4 step 5.
        let head = ascii.strip_suffix(zone.ascii.as_str()).and_then(|h| h.strip_suffix('.')).unwrap_or(&ascii);
        if suffix::registry_zone(head).is_some_and(|tld| tld != head) {
            let params =
                Params::new().with("name", typed).with("fqdn", format!("{head}.")).with("literal", format!("{ascii}."));
            out.warning(RecordTargetProbablyAbsolute, key, params);
            let unicode = unicode.rsplitn(labels(&zone.ascii).count() + 1, '.').last().unwrap_or(&unicode);
            return Some(Resolved { ascii: head.to_owned(), unicode: unicode.to_owned() });
        }
    }
    Some(Resolved { ascii, unicode })
}

/// Whether relative text already ends in the zone's name, in any form that maps to it (case,
/// width, ideographic dots, U-labels or A-labels, NFD).
fn ends_in_zone(body: &str, zone: &Zone) -> bool {
    // ASCII maps to itself in lower case; only other text needs the UTS #46 mapping.
    let lower = if body.is_ascii() {
        body.to_ascii_lowercase()
    } else {
        check_domain(body, &Options::profile(Profile::Record)).ascii.unwrap_or_else(|| body.to_lowercase())
    };
    [zone.ascii.as_str(), zone.unicode.as_str()].iter().any(|z| is_at_or_below(&lower, z))
}
