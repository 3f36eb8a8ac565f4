//! Each record type's data (dns-idn-rules section 3.3): addresses, targets that must be host
//! names, MX preference and the null MX (RFC 7505), SRV owners and numbers (RFC 2782), CAA
//! flags, tags and values (RFC 8659), and TXT strings of at most 255 octets (RFC 1035 §3.3).
//! TXT and CAA text is read as zone-file character strings by [`strings`].

use std::net::IpAddr;

use crate::code::Code::{self, *};
use crate::net::{self, special};
use crate::report::{Params, Severity};

use super::Out;
use super::names::{self, Anchor, Role, Zone};
use super::strings::{self, Problem};

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
    // Positions in diagnostics count from the first character typed.
    let lead = text.chars().take_while(|c| c.is_whitespace()).count();
    let text = trim(text);
    // A comment after the data is no part of it (RFC 1035 §5.1). TXT and CAA text is read with
    // its comment by `strings::read`, and TXT text typed without quotes keeps its semicolons.
    let text = if matches!(kind, "TXT" | "CAA") { text } else { trim(strings::before_comment(text)) };
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
        "CAA" => caa(text, lead, out).map(|value| (value, None)),
        "TXT" => txt(text, lead, out).map(|value| (value, None)),
        _ => None,
    }
}

/// The value without the white space around it, except a blank that a final backslash escapes
/// (`a\ ` is `a` and a space, RFC 1035 §5.1).
fn trim(text: &str) -> &str {
    let start = text.trim_start();
    let trimmed = start.trim_end();
    let backslashes = trimmed.bytes().rev().take_while(|&b| b == b'\\').count();
    match start[trimmed.len()..].chars().next() {
        Some(blank) if backslashes % 2 == 1 => &start[..trimmed.len() + blank.len_utf8()],
        _ => trimmed,
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

/// The result of reading character-strings, or `None` after an error saying what is wrong:
/// a bad escape with its position (counted in the value as typed) and what to type instead.
fn read_strings<T>(read: Result<T, Problem>, kind: &str, lead: usize, out: &mut Out) -> Option<T> {
    match read {
        Ok(read) => Some(read),
        Err(Problem::Escape { position, escape, fix }) => {
            let params = Params::new().with("escape", escape).with("position", position + lead).with("fix", fix);
            out.error(RecordEscapeInvalid, "value", params);
            None
        }
        Err(Problem::Syntax) => {
            out.error(RecordValueFormat, "value", format_params(kind));
            None
        }
    }
}

/// A CAA record: `flags tag value`, the tag and the value each one character-string
/// (RFC 8659 §4.1.1).
fn caa(text: &str, lead: usize, out: &mut Out) -> Option<String> {
    let tokens = read_strings(strings::read(text), "CAA", lead, out)?;
    let Ok([flags, tag, value]) = <[strings::Token; 3]>::try_from(tokens) else {
        out.error(RecordValueFormat, "value", format_params("CAA"));
        return None;
    };
    // The flags are an unsigned number, not a string (RFC 8659 §4.1.1).
    let Some(flags) = std::str::from_utf8(&flags.bytes).ok().filter(|_| !flags.quoted) else {
        out.error(RecordValueFormat, "value", format_params("CAA"));
        return None;
    };
    let flags = number(flags, "flags", 255, "CAA", out)?;
    // The tag: letters and digits (RFC 8659 §4.1.1), at least one and at most the 255 that its
    // length octet counts (RFC 8659 §4.1; the limit of 15 was RFC 6844's, which it replaced).
    let tag_text = String::from_utf8_lossy(&tag.bytes);
    if tag.bytes.is_empty() || tag.bytes.len() > 255 || !tag.bytes.iter().all(u8::is_ascii_alphanumeric) {
        out.error(RecordCaaTagInvalid, "value", Params::new().with("tag", tag_text.as_ref()));
        return None;
    }
    // Tags compare without case (RFC 8659 §4.1).
    let tag_lower = tag_text.to_ascii_lowercase();
    if !CAA_TAGS.contains(&tag_lower.as_str()) {
        // An unknown tag with the issuer-critical flag forbids all issuance (RFC 8659 §4.1).
        let severity = if flags & 128 != 0 { Severity::Error } else { Severity::Warning };
        let params = Params::new().with("tag", tag_text.as_ref()).with("choices", CAA_TAGS.join(", "));
        out.push(RecordCaaTagUnknown, severity, "value", params);
    }
    let text = std::str::from_utf8(&value.bytes).ok();
    let ok = match tag_lower.as_str() {
        "issue" | "issuewild" | "issuemail" => text.is_some_and(issuer_value),
        "iodef" => text.is_some_and(iodef_value),
        _ => true,
    };
    if !ok {
        let code = if tag_lower == "iodef" { RecordCaaIodefInvalid } else { RecordCaaIssuerInvalid };
        let shown = String::from_utf8_lossy(&value.bytes);
        out.error(code, "value", Params::new().with("tag", tag_lower.as_str()).with("value", shown.as_ref()));
        return None;
    }
    Some(format!("{flags} {tag_lower} {}", strings::quote(&value.bytes)))
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

/// `iodef`: a `mailto:` address, or an `http:` or `https:` URL (RFC 8659 §4.4).
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
        .or_else(|| value.strip_prefix("http://"))
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

/// A TXT record (RFC 1035 §3.3.14). A value that starts with a quote or a parenthesis is read as
/// zone-file character strings; any other value is one string, the text as typed with its
/// spaces, quotes and semicolons, as zone editors take it: the strings of an SPF or DKIM
/// record are joined without spaces (RFC 7208 §3.3, RFC 6376 §3.6.2.2), so splitting typed text
/// at its spaces would change it. Escapes are read the same in both. Strings longer than 255
/// octets are split.
fn txt(text: &str, lead: usize, out: &mut Out) -> Option<String> {
    let read = if text.starts_with(['"', '(']) {
        strings::read(text).map(|tokens| tokens.into_iter().map(|t| t.bytes).collect())
    } else {
        strings::read_whole(text).map(|string| vec![string])
    };
    let strings: Vec<Vec<u8>> = read_strings(read, "TXT", lead, out)?;
    if strings.is_empty() {
        out.error(RecordValueFormat, "value", format_params("TXT"));
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
    // Each string costs its text and one length octet of the record data (RFC 1035 §3.3).
    let total: usize = strings.iter().map(Vec::len).sum();
    if total + chunks.len() > MAX_DATA_OCTETS {
        let max = MAX_DATA_OCTETS.saturating_sub(chunks.len());
        out.error(RecordValueTooLong, "value", Params::new().with("length", total).with("max", max));
        return None;
    }
    if chunks.len() > strings.len() {
        let params = Params::new().with("count", chunks.len()).with("max", TXT_STRING_OCTETS);
        out.info(RecordTxtSplit, "value", params);
    }
    let quoted: Vec<String> = chunks.iter().map(|c| strings::quote(c)).collect();
    Some(quoted.join(" "))
}
