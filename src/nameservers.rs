//! The offline nameserver checks of an order: each entry a host name, no duplicates, the registry's count, glue where it is needed and only valid public
//! addresses, DENIC's address rules, and hints from the registry's model with the registry
//! error each one prevents.

use std::collections::BTreeSet;
use std::net::IpAddr;

use crate::code::Code;
use crate::domain::check_domain;
use crate::findings::Findings;
use crate::locale::Locale;
use crate::name::is_at_or_below;
use crate::net::{self, special};
use crate::options::{Options, Profile};
use crate::order_input::Nameserver;
use crate::report::{Diagnostic, Params, Severity};
use crate::zone::nameservers::{Model, nameserver_policy};
use crate::zone::suffix;

/// The registry error texts the hints prevent, for support staff to map back.
const HOST_MISSING_ERROR: &str = "2303 Object does not exist";
/// The same missing host as some registrars number it (its origin is not documented).
const HOST_MISSING_REGISTRAR_ERROR: &str = "#31125 host association mapping references a nonexistent host name";
pub(crate) const ZONE_NOT_SERVED_ERROR: &str = "901 Unexpected RCODE (REFUSED)";

/// Where a nameserver stands relative to the ordered domain.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Place {
    /// Below the ordered domain: it needs glue.
    InBailiwick,
    /// Below another domain of the same registry zone.
    Sibling,
    /// Anywhere else.
    External,
}

/// Checks the nameservers of an order for `domain` (ASCII) in registry zone `zone`.
///
/// An empty list is not an error: the registrar then uses its default nameservers.
pub fn check(domain: &str, zone: &str, list: &[Nameserver], register: bool, locale: Locale) -> Vec<Diagnostic> {
    let mut findings = Findings::with_paths(locale);
    let mut push = |code: Code, severity: Severity, path: String, params: Params| {
        findings.push_at(code, severity, path, params);
    };
    if list.is_empty() {
        return findings.into_vec();
    }
    let policy = nameserver_policy(zone);
    let (min, max) = policy.count.value;
    let count_ok = (min..=max).contains(&list.len());
    if !count_ok {
        let params = Params::new().with("count", list.len()).with("min", min).with("max", max).with("tld", zone);
        push(Code::OrderNameserverCount, Severity::Error, "nameservers".to_owned(), params);
    }
    let mut seen = BTreeSet::new();
    let mut glue_errors = false;
    let mut addresses: Vec<Option<Vec<IpAddr>>> = Vec::new();
    let mut places = Vec::new();
    for (i, entry) in list.iter().enumerate() {
        let path = format!("nameservers[{i}]");
        let (name, ips) = entry.parts();
        let Some(host) = host_name(name, &path, &mut push, locale) else {
            addresses.push(None);
            continue;
        };
        if !seen.insert(host.clone()) {
            push(Code::OrderNameserverDuplicate, Severity::Error, path.clone(), Params::new().with("name", name));
        }
        let place = if is_at_or_below(&host, domain) {
            Place::InBailiwick
        } else if suffix::registry_zone(&host) == Some(zone) {
            Place::Sibling
        } else {
            Place::External
        };
        places.push((place, host.clone()));
        let mut glue = Vec::new();
        for (j, text) in ips.iter().enumerate() {
            let ip_path = format!("{path}.ips[{j}]");
            match net::parse_ip(text) {
                None => {
                    glue_errors = true;
                    push(Code::OrderGlueInvalid, Severity::Error, ip_path, Params::new().with("address", text.as_str()))
                }
                Some(ip) => match special::special_purpose(ip) {
                    Some(range) => {
                        glue_errors = true;
                        push(
                            Code::OrderGlueSpecialPurpose,
                            Severity::Error,
                            ip_path,
                            Params::new().with("address", text.as_str()).with("range", range),
                        )
                    }
                    None => glue.push(ip),
                },
            }
        }
        match place {
            Place::InBailiwick if ips.is_empty() => push(
                Code::OrderGlueMissing,
                Severity::Error,
                path.clone(),
                Params::new().with("name", host.as_str()).with("domain", domain),
            ),
            Place::Sibling | Place::External if !ips.is_empty() => push(
                Code::OrderGlueUnneeded,
                Severity::Warning,
                format!("{path}.ips"),
                Params::new().with("name", host.as_str()).with("domain", domain),
            ),
            _ => {}
        }
        // Known addresses: the glue of an in-bailiwick host; others would need a lookup.
        addresses.push(if place == Place::InBailiwick && !glue.is_empty() { Some(glue) } else { None });
    }
    // Judged only on a complete, otherwise valid list, so that one mistake gives one error.
    if policy.distinct_addresses
        && count_ok
        && !glue_errors
        && addresses.len() >= 2
        && addresses.iter().all(Option::is_some)
    {
        let sets: Vec<&[IpAddr]> = addresses.iter().flatten().map(Vec::as_slice).collect();
        let rules = AddressRules::judge(&sets);
        if rules.ipv4_missing {
            push(
                Code::OrderNameserverIpv4Missing,
                Severity::Error,
                "nameservers".to_owned(),
                Params::new().with("tld", zone),
            );
        }
        if rules.addresses_identical {
            push(
                Code::OrderNameserverAddressesIdentical,
                Severity::Error,
                "nameservers".to_owned(),
                Params::new().with("tld", zone),
            );
        }
    }
    hints(domain, zone, policy.model.value, register, &places, &mut push);
    if policy.nsentry.is_some() {
        push(Code::OrderHintNsentry, Severity::Info, "nameservers".to_owned(), Params::new().with("tld", zone));
    }
    findings.into_vec()
}

/// Which of DENIC's address rules (DENIC-23 §2.1.2, cited with .de's nameserver rules) a
/// set of nameservers breaks, given the addresses of each: the offline check judges the glue,
/// the live check the addresses it queried.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct AddressRules {
    /// No nameserver has an IPv4 address.
    pub ipv4_missing: bool,
    /// No nameserver has an address that none of the others has.
    pub addresses_identical: bool,
}

impl AddressRules {
    /// Judges the addresses of each nameserver, one slice per nameserver.
    pub fn judge(sets: &[&[IpAddr]]) -> AddressRules {
        let ipv4_missing = !sets.iter().any(|own| own.iter().any(IpAddr::is_ipv4));
        let one_differs = sets.iter().enumerate().any(|(i, own)| {
            own.iter().any(|ip| sets.iter().enumerate().all(|(j, other)| i == j || !other.contains(ip)))
        });
        AddressRules { ipv4_missing, addresses_identical: !one_differs }
    }
}

/// The host name in ASCII, or `None` after an error saying why it is none.
pub(crate) fn host_name(
    name: &str,
    path: &str,
    push: &mut impl FnMut(Code, Severity, String, Params),
    locale: Locale,
) -> Option<String> {
    let trimmed = name.trim();
    if net::is_ip(trimmed) {
        push(Code::OrderNameserverIsAddress, Severity::Error, path.to_owned(), Params::new().with("name", trimmed));
        return None;
    }
    if trimmed.contains("://") || trimmed.contains('/') {
        push(Code::OrderNameserverIsUrl, Severity::Error, path.to_owned(), Params::new().with("name", trimmed));
        return None;
    }
    let report = check_domain(trimmed, &Options::profile(Profile::Hostname).with_locale(locale));
    // A name under no known TLD or under a special-use name cannot be resolved by anyone.
    let fatal = |d: &&Diagnostic| {
        d.severity == Severity::Error || matches!(d.code, Code::ZoneUnknownTld | Code::ZoneSpecialUse)
    };
    if let Some(error) = report.diagnostics.iter().find(fatal) {
        let params = Params::new().with("name", trimmed).with("problem", error.message.as_str());
        push(Code::OrderNameserverInvalid, Severity::Error, path.to_owned(), params);
        return None;
    }
    report.ascii
}

/// Hints from the registry's model, each with the registry error it prevents.
fn hints(
    domain: &str,
    zone: &str,
    model: Model,
    register: bool,
    places: &[(Place, String)],
    push: &mut impl FnMut(Code, Severity, String, Params),
) {
    let path = || "nameservers".to_owned();
    match model {
        Model::HostObjects => {
            // The create-domain-then-hosts sequence matters only for a new domain.
            if register && places.iter().any(|(p, _)| *p == Place::InBailiwick) {
                let params = Params::new()
                    .with("domain", domain)
                    .with("tld", zone)
                    .with("registryError", HOST_MISSING_ERROR)
                    .with("registrarError", HOST_MISSING_REGISTRAR_ERROR);
                push(Code::OrderHintHostSequence, Severity::Info, path(), params);
            }
            for (place, host) in places {
                let params = Params::new()
                    .with("name", host.as_str())
                    .with("tld", zone)
                    .with("registryError", HOST_MISSING_ERROR)
                    .with("registrarError", HOST_MISSING_REGISTRAR_ERROR);
                match place {
                    Place::Sibling => push(Code::OrderHintSiblingHost, Severity::Info, path(), params),
                    Place::External => push(Code::OrderHintHostObject, Severity::Info, path(), params),
                    Place::InBailiwick => {}
                }
            }
        }
        Model::CheckedAttributes => {
            let params =
                Params::new().with("domain", domain).with("tld", zone).with("registryError", ZONE_NOT_SERVED_ERROR);
            push(Code::OrderHintZoneMustBeServed, Severity::Info, path(), params);
        }
        Model::Unknown => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Host hints carry both error texts a registrar may pass on, so support staff can map
    /// either back to the hint.
    #[test]
    fn host_hints_name_both_registry_error_texts() {
        let list = [Nameserver::Name("ns1.provider.net".into()), Nameserver::Name("ns2.provider.net".into())];
        let found = check("example.co.uk", "co.uk", &list, true, Locale::En);
        assert_eq!(found.len(), 2);
        for d in &found {
            assert_eq!(d.code, Code::OrderHintHostObject);
            assert_eq!(d.params.get("registryError"), Some(&"2303 Object does not exist".into()));
            let registrar = d.params.get("registrarError");
            assert_eq!(registrar, Some(&"#31125 host association mapping references a nonexistent host name".into()));
        }
    }
}
