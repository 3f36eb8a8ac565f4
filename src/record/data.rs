//! Each record type's data (dns-idn-rules section 3.3): addresses, targets that must be host
//! names, MX preference and the null MX (RFC 7505), SRV owners and numbers (RFC 2782), CAA
//! flags, tags and values (RFC 8659), and TXT strings of at most 255 octets (RFC 1035 §3.3).

use std::net::IpAddr;

use crate::code::Code::{self, *};
use crate::net::{self, special};
use crate::report::{Params, Severity};

use super::Out;
use super::names::{self, Anchor, Role, Zone};

/// The largest character-string of a TXT record, in octets (RFC 1035 §3.3).
const TXT_STRING_OCTETS: usize = 255;
/// The largest record data, in octets (RFC 1035 §3.2.1: RDLENGTH is 16 bits).
const MAX_DATA_OCTETS: usize = 65_535;

/// CAA property tags: RFC 8659 §4.2-4.4 (issue, issuewild, iodef), RFC 9495 (issuemail), and the
/// CA/Browser Forum Baseline Requirements §3.2.2.4.13-14 (contactemail, contactphone).
const CAA_TAGS: &[&str] = &["issue", "issuewild", "iodef", "issuemail", "contactemail", "contactphone"];

/// Checks the data of a record of type `kind` (upper case, known); `owner` is the owner when it
/// could be read. Returns the canonical data and the name it points to, if any.
pub(crate) fn check(
    kind: &str,
    text: &str,
    owner: Option<&str>,
    zone: &Zone,
    literal: bool,
    out: &mut Out,
) -> Option<(String, Option<String>)> {
    let text = text.trim();
    if text.is_empty() {
        out.error(RecordValueMissing, "value", Params::new().with("type", kind));
        return None;
    }
    let target = |text: &str, role: Role, out: &mut Out| -> Option<String> {
        if names::is_root(text) {
            out.error(RecordValueFormat, "value", format_params(kind));
            return None;
        }
        names::resolve(text, zone, role, literal, "value", out).map(|r| r.ascii)
    };
    match kind {
        "A" | "AAAA" => address(kind, text, out).map(|ip| (ip.to_string(), None)),
        "CNAME" => {
            if owner == Some(zone.ascii.as_str()) {
                out.error(RecordCnameAtApex, "name", Params::new().with("zone", zone.unicode.as_str()));
            }
            let name = target(single(kind, text, out)?, Role::Alias, out)?;
            Some((format!("{name}."), Some(name)))
        }
        "NS" => {
            let name = target(single(kind, text, out)?, Role::Host, out)?;
            Some((format!("{name}."), Some(name)))
        }
        "MX" => {
            let [preference, exchange] = fields(kind, text, out)?;
            let preference = number(preference, "preference", u16::MAX.into(), kind, out);
            if names::is_root(exchange) {
                // The null MX: "this domain accepts no mail" (RFC 7505 §3), preference 0.
                if preference? != 0 {
                    out.error(
                        RecordValueFormat,
                        "value",
                        Params::new().with("type", kind).with("form", "0 .").with("example", "0 ."),
                    );
                    return None;
                }
                out.info(RecordNullMx, "value", Params::new());
                return Some(("0 .".to_owned(), None));
            }
            let name = target(exchange, Role::Host, out);
            Some((format!("{} {}.", preference?, name.as_ref()?), name))
        }
        "SRV" => {
            srv_owner(owner, zone, out);
            let [priority, weight, port, host] = fields(kind, text, out)?;
            let fields = [("priority", priority), ("weight", weight), ("port", port)];
            let parsed = fields.map(|(field, v)| number(v, field, u16::MAX.into(), kind, out));
            // `.` says the service is decidedly not available here (RFC 2782).
            let name = if names::is_root(host) { Some(String::new()) } else { target(host, Role::Host, out) };
            let [Some(p), Some(w), Some(o)] = [parsed[0], parsed[1], parsed[2]] else { return None };
            let name = name?;
            Some((format!("{p} {w} {o} {name}."), (!name.is_empty()).then_some(name)))
        }
        "CAA" => caa(text, out).map(|value| (value, None)),
        "TXT" => txt(text, out).map(|value| (value, None)),
        _ => None,
    }
}

/// The form and an example of each type's data, for `record.value_format`.
fn format_params(kind: &str) -> Params {
    let (form, example) = match kind {
        "A" => ("IPv4 address", "192.0.2.10"),
        "AAAA" => ("IPv6 address", "2001:db8::10"),
        "MX" => ("preference exchange", "10 mail.example.com."),
        "SRV" => ("priority weight port target", "10 5 5060 sip.example.com."),
        "CAA" => ("flags tag \"value\"", "0 issue \"letsencrypt.org\""),
        "TXT" => ("\"text\" \"more text\"", "\"v=spf1 mx -all\""),
        _ => ("host name", "host.example.com."),
    };
    Params::new().with("type", kind).with("form", form).with("example", example)
}

/// The one name of a CNAME or NS record.
fn single<'a>(kind: &str, text: &'a str, out: &mut Out) -> Option<&'a str> {
    if text.split_ascii_whitespace().count() != 1 {
        out.error(RecordValueFormat, "value", format_params(kind));
        return None;
    }
    Some(text)
}

/// Exactly `N` space-separated fields.
fn fields<'a, const N: usize>(kind: &str, text: &'a str, out: &mut Out) -> Option<[&'a str; N]> {
    let parts: Vec<&str> = text.split_ascii_whitespace().collect();
    match <[&str; N]>::try_from(parts) {
        Ok(array) => Some(array),
        Err(_) => {
            out.error(RecordValueFormat, "value", format_params(kind));
            None
        }
    }
}

/// A decimal number from 0 to `max`.
fn number(text: &str, field: &'static str, max: u64, kind: &str, out: &mut Out) -> Option<u64> {
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        out.error(RecordValueFormat, "value", format_params(kind));
        return None;
    }
    match text.parse::<u64>() {
        Ok(n) if n <= max => Some(n),
        _ => {
            let params = Params::new()
                .with("field", field)
                .with("value", text)
                .with("min", 0_i64)
                .with("max", i64::try_from(max).unwrap_or(i64::MAX));
            out.error(RecordNumberOutOfRange, "value", params);
            None
        }
    }
}

/// An A or AAAA address.
fn address(kind: &str, text: &str, out: &mut Out) -> Option<IpAddr> {
    let params = || Params::new().with("value", text).with("type", kind);
    let Some(ip) = net::parse_ip(text) else {
        out.error(RecordAddressInvalid, "value", params());
        return None;
    };
    if ip.is_ipv4() != (kind == "A") {
        let other = if ip.is_ipv4() { "A" } else { "AAAA" };
        out.error(RecordAddressFamily, "value", params().with("other", other));
        return None;
    }
    if let Some(range) = special::special_purpose(ip) {
        out.warning(RecordAddressNotPublic, "value", params().with("range", range));
    }
    Some(ip)
}

/// An SRV owner begins with `_service._proto` (RFC 2782).
fn srv_owner(owner: Option<&str>, zone: &Zone, out: &mut Out) {
    let Some(owner) = owner else { return };
    let mut labels = owner.split('.');
    let service = labels.next().unwrap_or_default();
    let proto = labels.next().unwrap_or_default();
    let named = |label: &str| label.len() > 1 && label.starts_with('_');
    if !(named(service) && named(proto)) || owner == zone.ascii {
        out.error(RecordSrvOwner, "name", Params::new().with("name", owner));
    }
}

/// A CAA record: `flags tag value`.
fn caa(text: &str, out: &mut Out) -> Option<String> {
    // Fields are separated by runs of white space; the value is the rest.
    let token = |rest: &str| -> Option<(usize, usize)> {
        let start = rest.len() - rest.trim_start().len();
        let end = rest[start..].find(|c: char| c.is_ascii_whitespace()).map_or(rest.len(), |e| start + e);
        (end > start).then_some((start, end))
    };
    let fields = token(text).and_then(|(fs, fe)| {
        let (ts, te) = token(&text[fe..]).map(|(s, e)| (fe + s, fe + e))?;
        Some((&text[fs..fe], &text[ts..te], text[te..].trim()))
    });
    let Some((flags, tag, value)) = fields.filter(|(_, _, v)| !v.is_empty()) else {
        out.error(RecordValueFormat, "value", format_params("CAA"));
        return None;
    };
    let flags = number(flags, "flags", 255, "CAA", out)?;
    let tag_lower = tag.to_ascii_lowercase();
    if tag.is_empty() || tag.len() > 15 || !tag.bytes().all(|b| b.is_ascii_alphanumeric()) {
        out.error(RecordCaaTagInvalid, "value", Params::new().with("tag", tag));
        return None;
    }
    if !CAA_TAGS.contains(&tag_lower.as_str()) {
        // An unknown tag with the issuer-critical flag forbids all issuance (RFC 8659 §4.1).
        let severity = if flags & 128 != 0 { Severity::Error } else { Severity::Warning };
        let params = Params::new().with("tag", tag).with("choices", CAA_TAGS.join(", "));
        out.push(RecordCaaTagUnknown, severity, "value", params);
    }
    // One value, quoted or not; a quote inside it would not survive the zone file.
    let value = match value.strip_prefix('"') {
        Some(rest) => rest.strip_suffix('"'),
        None => Some(value),
    };
    let Some(value) = value.filter(|v| !v.contains('"') && !v.ends_with('\\')) else {
        out.error(RecordValueFormat, "value", format_params("CAA"));
        return None;
    };
    let ok = match tag_lower.as_str() {
        "issue" | "issuewild" | "issuemail" => issuer_value(value),
        "iodef" => iodef_value(value),
        _ => true,
    };
    if !ok {
        let code = if tag_lower == "iodef" { RecordCaaIodefInvalid } else { RecordCaaIssuerInvalid };
        out.error(code, "value", Params::new().with("tag", tag_lower.as_str()).with("value", value));
        return None;
    }
    Some(format!("{flags} {tag_lower} \"{value}\""))
}

/// `issue` and `issuewild`: empty or `;` (no CA may issue), or a CA's domain with optional
/// `; key=value` parameters (RFC 8659 §4.2).
fn issuer_value(value: &str) -> bool {
    let mut parts = value.split(';');
    let domain = parts.next().unwrap_or_default().trim();
    // No trailing dot: CAs compare the value with their own domain as written (RFC 8659 §4.2).
    let domain_ok = domain.is_empty() || (!domain.ends_with('.') && is_host_name(domain));
    domain_ok
        && parts.all(|p| {
            let p = p.trim();
            p.is_empty()
                || p.split_once('=').is_some_and(|(k, v)| {
                    !k.trim().is_empty()
                        && k.trim().bytes().all(|b| b.is_ascii_alphanumeric())
                        && !v.trim().is_empty()
                        && !v.contains(char::is_whitespace)
                })
        })
}

/// `iodef`: a `mailto:` address or an `https:` URL (RFC 8659 §4.4).
fn iodef_value(value: &str) -> bool {
    // URI schemes compare without case (RFC 3986 §3.1).
    let scheme_end = value.find(':').map_or(0, |i| i + 1);
    let lowered = format!("{}{}", value[..scheme_end].to_ascii_lowercase(), &value[scheme_end..]);
    let value = lowered.as_str();
    if let Some(address) = value.strip_prefix("mailto:") {
        return address.split_once('@').is_some_and(|(local, domain)| !local.is_empty() && is_host_name(domain));
    }
    value
        .strip_prefix("https://")
        .map(|rest| rest.split(['/', '?', '#']).next().unwrap_or_default())
        .is_some_and(|host| is_host_name(host.rsplit('@').next().unwrap_or(host).split(':').next().unwrap_or_default()))
}

/// Whether `text` is a host name with a known TLD and no errors; one final dot is allowed,
/// read where every name is ([`names::anchor`]).
fn is_host_name(text: &str) -> bool {
    let Ok(Anchor::Relative(name) | Anchor::Absolute(name)) = names::anchor(text) else { return false };
    let options = crate::options::Options::profile(crate::options::Profile::Hostname);
    let report = crate::domain::check_domain(name, &options);
    report.ok && !report.diagnostics.iter().any(|d| d.code == Code::ZoneUnknownTld)
}

/// A TXT record: one unquoted text, or quoted strings; strings longer than 255 octets are split.
fn txt(text: &str, out: &mut Out) -> Option<String> {
    let strings = if text.starts_with('"') {
        let Some(strings) = quoted_strings(text) else {
            out.error(RecordValueFormat, "value", format_params("TXT"));
            return None;
        };
        strings
    } else {
        vec![text.as_bytes().to_vec()]
    };
    let total: usize = strings.iter().map(Vec::len).sum();
    if total > MAX_DATA_OCTETS {
        out.error(RecordValueTooLong, "value", Params::new().with("length", total).with("max", MAX_DATA_OCTETS));
        return None;
    }
    let mut chunks: Vec<&[u8]> = Vec::new();
    for s in &strings {
        if s.is_empty() {
            chunks.push(s);
        }
        let mut rest = s.as_slice();
        while !rest.is_empty() {
            let mut end = rest.len().min(TXT_STRING_OCTETS);
            // Keep UTF-8 sequences whole where the text is UTF-8.
            while end < rest.len() && end > 1 && rest[end] & 0xC0 == 0x80 {
                end -= 1;
            }
            chunks.push(&rest[..end]);
            rest = &rest[end..];
        }
    }
    if chunks.len() > strings.len() {
        let params = Params::new().with("count", chunks.len()).with("max", TXT_STRING_OCTETS);
        out.info(RecordTxtSplit, "value", params);
    }
    let quoted: Vec<String> = chunks.iter().map(|c| quote(c)).collect();
    Some(quoted.join(" "))
}

/// The strings of `"a" "b\"c"`, with `\X` and `\DDD` escapes decoded; `None` when the quotes
/// do not balance or text stands between the strings.
fn quoted_strings(text: &str) -> Option<Vec<Vec<u8>>> {
    let bytes = text.as_bytes();
    let mut strings = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        if bytes[i] != b'"' {
            return None;
        }
        i += 1;
        let mut s = Vec::new();
        loop {
            match *bytes.get(i)? {
                b'"' => break,
                b'\\' => {
                    let digits = bytes.get(i + 1..i + 4).filter(|d| d.iter().all(u8::is_ascii_digit));
                    if let Some(d) = digits {
                        let n = u32::from(d[0] - b'0') * 100 + u32::from(d[1] - b'0') * 10 + u32::from(d[2] - b'0');
                        s.push(u8::try_from(n).ok()?);
                        i += 4;
                    } else {
                        s.push(*bytes.get(i + 1)?);
                        i += 2;
                    }
                }
                b => {
                    s.push(b);
                    i += 1;
                }
            }
        }
        strings.push(s);
        i += 1;
    }
    Some(strings)
}

/// One string in zone-file quotes: `"` and `\` escaped, other non-printable octets as `\DDD`.
fn quote(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() + 2);
    out.push('"');
    let push_byte = |out: &mut String, b: u8| match b {
        b'"' | b'\\' => {
            out.push('\\');
            out.push(char::from(b));
        }
        b if b.is_ascii_control() || !b.is_ascii() => out.push_str(&format!("\\{b:03}")),
        b => out.push(char::from(b)),
    };
    match std::str::from_utf8(bytes) {
        // UTF-8 text stays readable; other octets are written as `\DDD`.
        Ok(text) => text.chars().for_each(|c| if c.is_ascii() { push_byte(&mut out, c as u8) } else { out.push(c) }),
        Err(_) => bytes.iter().for_each(|&b| push_byte(&mut out, b)),
    }
    out.push('"');
    out
}
