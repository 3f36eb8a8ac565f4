//! Input that is something else than a domain name: a web address (`https://shop.example.com/`)
//! or an IP address typed into the domain field. Said as what it is, with what to type instead,
//! rather than as "an invalid character `:`" or "a numeric ending".

use crate::code::Code;
use crate::findings::Findings;
use crate::report::Params;

/// Reports `name` (trimmed, without its trailing dot) when it is a web address or an IP
/// address; `true` when it did, and the name stages have nothing more to say.
pub fn check(name: &str, findings: &mut Findings) -> bool {
    // A web address holds a slash; an IP address a colon, or only digits and dots. Most names
    // hold none of these and need no closer look.
    let bytes = name.as_bytes();
    let maybe_ip = bytes.contains(&b':') || bytes.iter().all(|&b| b.is_ascii_digit() || b == b'.');
    if !maybe_ip && !bytes.contains(&b'/') {
        return false;
    }
    if let Some(host) = web_address_host(name) {
        findings.error(Code::NameWebAddress, Params::new().with("input", name).with("host", host));
        return true;
    }
    if crate::net::is_ip(name) {
        findings.error(Code::NameIpAddress, Params::new().with("input", name));
        return true;
    }
    false
}

/// The host of a web address: `scheme://[user@]host[:port][/...]`, or `host/path` where the
/// host has a dot and its last label a letter (`example.com/shop`, not RFC 2317's
/// `1.0/26.2.0.192.in-addr.arpa`). `None` for anything else, and for an address whose host is
/// empty. An IPv6 host keeps its brackets.
pub fn web_address_host(text: &str) -> Option<&str> {
    let rest = match text.split_once("://") {
        Some((scheme, rest)) if is_scheme(scheme) => rest,
        Some(_) => return None,
        None => {
            let (host, _) = text.split_once('/')?;
            let (_, last) = host.rsplit_once('.')?;
            if !last.bytes().any(|b| b.is_ascii_alphabetic()) {
                return None;
            }
            host
        }
    };
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let authority = &rest[..end];
    let host_port = authority.rsplit_once('@').map_or(authority, |(_, host)| host);
    let host = match host_port.find(']') {
        // An IPv6 literal: `[2001:db8::1]:80`.
        Some(close) if host_port.starts_with('[') => &host_port[..=close],
        _ => match host_port.rsplit_once(':') {
            Some((host, port)) if port.bytes().all(|b| b.is_ascii_digit()) => host,
            _ => host_port,
        },
    };
    (!host.is_empty()).then_some(host)
}

/// RFC 3986 section 3.1: a letter, then letters, digits, `+`, `-` or `.`.
fn is_scheme(text: &str) -> bool {
    let mut bytes = text.bytes();
    bytes.next().is_some_and(|b| b.is_ascii_alphabetic())
        && bytes.all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'-' | b'.'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_host_of_web_addresses() {
        assert_eq!(web_address_host("https://shop.example.com/"), Some("shop.example.com"));
        assert_eq!(web_address_host("HTTP://user:pw@Shop.Example.com:8080/a?b#c"), Some("Shop.Example.com"));
        assert_eq!(web_address_host("example.com/shop"), Some("example.com"));
        assert_eq!(web_address_host("http://[2001:db8::1]:80/"), Some("[2001:db8::1]"));
        assert_eq!(web_address_host("example.com"), None);
        assert_eq!(web_address_host("a/b"), None);
        assert_eq!(web_address_host("1.0/26.2.0.192.in-addr.arpa."), None);
        assert_eq!(web_address_host("https:///path"), None);
        assert_eq!(web_address_host("1x://a"), None);
    }

    #[test]
    fn knows_ip_addresses() {
        let says_ip = |text: &str| {
            let mut findings = Findings::new(crate::Locale::En, "domain");
            check(text, &mut findings) && findings.into_vec()[0].code == Code::NameIpAddress
        };
        assert!(says_ip("192.0.2.1"));
        assert!(says_ip("2001:db8::1"));
        assert!(says_ip("[::1]"));
        assert!(!says_ip("192.0.2.256"));
        assert!(!says_ip("1.2.3"));
        assert!(!says_ip("example.com"));
    }
}
