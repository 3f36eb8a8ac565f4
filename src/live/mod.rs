//! Live nameserver checks (feature `live`, native only): each nameserver of a domain is asked at
//! each of its addresses for the zone's SOA and NS records, and the answers are judged as a
//! registry's predelegation check judges them.
//!
//! DENIC's rules (DENIC-23 §2.1.1 and §2.1.2,
//! <https://docs.denic.de/en/Content/DENIC-23/Nameserver_Predelegation_Check.htm>, read
//! 2026-11-28): every nameserver reachable and authoritative for the zone; at least one address
//! over IPv4; at least one nameserver with an address the others do not share. Registrar
//! summaries of the same check add that the NS records served match the request and that the
//! SOA is the same on every server; both are warnings here. A REFUSED answer is what DENIC
//! reports as "901 Unexpected RCODE (REFUSED)": the zone is not configured on that server.

mod query;
mod resolve;

use std::collections::BTreeSet;
use std::net::{IpAddr, SocketAddr};
use std::thread;
use std::time::Duration;

use hickory_proto::op::ResponseCode;
use hickory_proto::rr::{Name, RecordType};
use serde::Serialize;

use crate::code::Code;
use crate::domain::check_domain;
use crate::findings::Findings;
use crate::locale::Locale;
use crate::nameservers::{AddressRules, ZONE_NOT_SERVED_ERROR, host_name};
use crate::net;
use crate::options::Options;
use crate::order_input::Nameserver;
use crate::report::{Diagnostic, Params, Severity};
use crate::zone::nameservers::nameserver_policy;

use query::{Answer, Failure};

/// The most addresses of one nameserver that are asked, when the system resolver gives more.
const MAX_RESOLVED: usize = 16;

/// The most nameservers asked: the largest number any registry takes.
const MAX_NAMESERVERS: usize = 13;

/// How the live check runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LiveOptions {
    /// The language of the messages.
    pub locale: Locale,
    /// How long to wait for each answer (per transport).
    pub timeout: Duration,
    /// The port the nameservers are asked on (53; another one for tests).
    pub port: u16,
}

impl Default for LiveOptions {
    fn default() -> Self {
        LiveOptions { locale: Locale::En, timeout: Duration::from_secs(3), port: 53 }
    }
}

/// The result of a live check.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct LiveReport {
    /// `true` exactly when no diagnostic is an error.
    pub ok: bool,
    /// The domain in ASCII, when it is a valid name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub domain: Option<String>,
    /// What each nameserver address answered, in the order of the nameservers.
    pub servers: Vec<ServerReport>,
    /// What was found, in order.
    pub diagnostics: Vec<Diagnostic>,
}

/// What one nameserver address answered.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ServerReport {
    /// The nameserver's host name (ASCII).
    pub name: String,
    /// The address asked.
    pub address: String,
    /// `given` when the address came with the nameserver, `resolved` when the system resolver
    /// found it.
    pub source: &'static str,
    /// Why no answer came (`timeout`, `refused`, `network`, `malformed`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub failure: Option<&'static str>,
    /// The response code (`NOERROR`, `REFUSED`, ...).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rcode: Option<String>,
    /// The AA bit of the answer.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub authoritative: Option<bool>,
    /// `tcp` when an answer came truncated over UDP and was read again over TCP.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub transport: Option<&'static str>,
    /// The SOA serial served.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub serial: Option<u32>,
    /// The NS records served (lower case, without the final dot, sorted).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ns: Option<Vec<String>>,
}

/// One nameserver of the request, once its name and addresses are known.
struct Target {
    index: usize,
    host: String,
    addresses: Vec<IpAddr>,
    source: &'static str,
}

/// Asks every nameserver of `domain` for the zone's SOA and NS records and reports what a
/// registry's predelegation check would find. Never panics; bad input gets diagnostics and
/// nothing is sent for it.
pub fn check_nameservers_live(domain: &str, nameservers: &[Nameserver], options: &LiveOptions) -> LiveReport {
    let locale = options.locale;
    let domain_report = check_domain(domain, &Options::default().with_locale(locale));
    let mut findings = Findings::with_paths(locale);
    findings.extend(domain_report.diagnostics);
    let (Some(ascii), Some(tld)) = (domain_report.ascii, domain_report.tld) else {
        return finish(None, Vec::new(), findings);
    };
    let zone = match Name::from_ascii(format!("{ascii}.")) {
        Ok(zone) if domain_report.ok => zone,
        _ => return finish(Some(ascii), Vec::new(), findings),
    };
    let mut push = |code: Code, severity: Severity, path: String, params: Params| {
        findings.push_at(code, severity, path, params);
    };
    let policy = nameserver_policy(&tld);
    let (min, max) = policy.count.value;
    if !(min..=max).contains(&nameservers.len()) {
        let params =
            Params::new().with("count", nameservers.len()).with("min", min).with("max", max).with("tld", tld.as_str());
        push(Code::OrderNameserverCount, Severity::Error, "nameservers".to_owned(), params);
    }
    if nameservers.is_empty() || nameservers.len() > MAX_NAMESERVERS {
        return finish(Some(ascii), Vec::new(), findings);
    }
    let targets = targets(nameservers, locale, &mut push);
    let all_named = targets.len() == nameservers.len();
    let jobs: Vec<(&Target, IpAddr)> =
        targets.iter().flat_map(|t| t.addresses.iter().map(move |&ip| (t, ip))).collect();
    let servers: Vec<ServerReport> = thread::scope(|scope| {
        let handles: Vec<_> = jobs
            .iter()
            .map(|&(target, ip)| {
                let zone = &zone;
                scope.spawn(move || ask_server(target, ip, zone, options))
            })
            .collect();
        handles
            .into_iter()
            .zip(&jobs)
            .map(|(handle, &(target, ip))| handle.join().unwrap_or_else(|_| failed(target, ip, Failure::Network)))
            .collect()
    });
    let ordered: BTreeSet<&str> = targets.iter().map(|t| t.host.as_str()).collect();
    for (server, &(target, _)) in servers.iter().zip(&jobs) {
        server_diagnostics(server, target.index, &ascii, options.port, &mut push);
    }
    if all_named {
        ns_set_diagnostics(&servers, &jobs, &ordered, &ascii, &mut push);
    }
    serial_diagnostics(&servers, &ascii, &mut push);
    // DENIC-23 §2.1.2, judged on the addresses asked; only when every nameserver has some.
    let every_address_known = all_named && targets.iter().all(|t| !t.addresses.is_empty());
    if policy.distinct_addresses && every_address_known && targets.len() >= 2 {
        let sets: Vec<&[IpAddr]> = targets.iter().map(|t| t.addresses.as_slice()).collect();
        let rules = AddressRules::judge(&sets);
        let params = || Params::new().with("tld", tld.as_str());
        if rules.ipv4_missing {
            push(Code::LiveIpv4Missing, Severity::Error, "nameservers".to_owned(), params());
        }
        if rules.addresses_identical {
            push(Code::LiveAddressesIdentical, Severity::Error, "nameservers".to_owned(), params());
        }
    }
    finish(Some(ascii), servers, findings)
}

fn finish(domain: Option<String>, servers: Vec<ServerReport>, findings: Findings) -> LiveReport {
    LiveReport { ok: findings.error_count() == 0, domain, servers, diagnostics: findings.into_vec() }
}

/// The valid nameservers with their addresses: the given ones, else the system resolver's
/// (looked up side by side). Invalid names and addresses get diagnostics.
fn targets(
    nameservers: &[Nameserver],
    locale: Locale,
    push: &mut impl FnMut(Code, Severity, String, Params),
) -> Vec<Target> {
    let mut targets = Vec::new();
    for (index, entry) in nameservers.iter().enumerate() {
        let path = format!("nameservers[{index}]");
        let (name, ips) = entry.parts();
        let Some(host) = host_name(name, &path, push, locale) else { continue };
        let mut addresses = Vec::new();
        for (j, text) in ips.iter().enumerate() {
            match net::parse_ip(text) {
                Some(ip) if !addresses.contains(&ip) => addresses.push(ip),
                Some(_) => {}
                None => {
                    let params = Params::new().with("address", text.as_str());
                    push(Code::OrderGlueInvalid, Severity::Error, format!("{path}.ips[{j}]"), params);
                }
            }
        }
        let source = if ips.is_empty() { "resolved" } else { "given" };
        targets.push(Target { index, host, addresses, source });
    }
    let lookups: Vec<Option<Vec<IpAddr>>> = thread::scope(|scope| {
        let handles: Vec<_> = targets
            .iter()
            .map(|t| (t.source == "resolved").then(|| scope.spawn(|| resolve::system_addresses(&t.host))))
            .collect();
        handles.into_iter().map(|h| h.and_then(|h| h.join().ok().flatten())).collect()
    });
    for (target, found) in targets.iter_mut().zip(lookups) {
        if target.source != "resolved" {
            continue;
        }
        match found {
            Some(mut found) => {
                found.truncate(MAX_RESOLVED);
                target.addresses = found;
            }
            None => push(
                Code::LiveResolveFailed,
                Severity::Error,
                format!("nameservers[{}]", target.index),
                Params::new().with("name", target.host.as_str()),
            ),
        }
    }
    targets
}

/// Asks one address for the SOA, then (when that answer is usable) the NS records.
fn ask_server(target: &Target, ip: IpAddr, zone: &Name, options: &LiveOptions) -> ServerReport {
    let address = SocketAddr::new(ip, options.port);
    let soa = match query::ask(address, zone, RecordType::SOA, options.timeout) {
        Ok(answer) => answer,
        Err(failure) => return failed(target, ip, failure),
    };
    let mut report = answered(target, ip, &soa);
    report.serial = soa.soa_serial(zone);
    if usable(&soa) && report.serial.is_some() {
        match query::ask(address, zone, RecordType::NS, options.timeout) {
            Ok(ns) if usable(&ns) => {
                report.ns = Some(ns.ns_names(zone));
                if ns.tcp {
                    report.transport = Some("tcp");
                }
            }
            Ok(ns) => report = answered(target, ip, &ns),
            Err(failure) => return failed(target, ip, failure),
        }
    }
    report
}

/// An authoritative answer without an error code.
fn usable(answer: &Answer) -> bool {
    answer.rcode == ResponseCode::NoError && answer.authoritative
}

fn answered(target: &Target, ip: IpAddr, answer: &Answer) -> ServerReport {
    ServerReport {
        rcode: Some(rcode_name(answer.rcode)),
        authoritative: Some(answer.authoritative),
        transport: Some(if answer.tcp { "tcp" } else { "udp" }),
        ..unanswered(target, ip)
    }
}

fn failed(target: &Target, ip: IpAddr, failure: Failure) -> ServerReport {
    ServerReport { failure: Some(failure.as_str()), ..unanswered(target, ip) }
}

fn unanswered(target: &Target, ip: IpAddr) -> ServerReport {
    ServerReport {
        name: target.host.clone(),
        address: ip.to_string(),
        source: target.source,
        failure: None,
        rcode: None,
        authoritative: None,
        transport: None,
        serial: None,
        ns: None,
    }
}

/// The mnemonic of a response code (RFC 1035 §4.1.1, RFC 6895 §2.3).
fn rcode_name(rcode: ResponseCode) -> String {
    match u16::from(rcode) {
        0 => "NOERROR".to_owned(),
        1 => "FORMERR".to_owned(),
        2 => "SERVFAIL".to_owned(),
        3 => "NXDOMAIN".to_owned(),
        4 => "NOTIMP".to_owned(),
        5 => "REFUSED".to_owned(),
        9 => "NOTAUTH".to_owned(),
        10 => "NOTZONE".to_owned(),
        other => format!("RCODE{other}"),
    }
}

/// The error, if any, of one server's answers: unreachable, refused, another error code, or
/// not authoritative (no AA bit, or no SOA record of the zone itself).
fn server_diagnostics(
    server: &ServerReport,
    index: usize,
    domain: &str,
    port: u16,
    push: &mut impl FnMut(Code, Severity, String, Params),
) {
    let path = format!("nameservers[{index}]");
    let params = Params::new().with("name", server.name.as_str()).with("address", server.address.as_str());
    if let Some(failure) = server.failure {
        let params = params.with("domain", domain).with("port", usize::from(port)).with("failure", failure);
        push(Code::LiveUnreachable, Severity::Error, path, params);
        return;
    }
    let params = params.with("domain", domain);
    match server.rcode.as_deref() {
        Some("REFUSED") => push(
            Code::LiveRefused,
            Severity::Error,
            path,
            params.with("rcode", "REFUSED").with("registryError", ZONE_NOT_SERVED_ERROR),
        ),
        Some(rcode) if rcode != "NOERROR" => push(Code::LiveRcode, Severity::Error, path, params.with("rcode", rcode)),
        _ if server.authoritative != Some(true) || server.serial.is_none() => {
            push(Code::LiveNotAuthoritative, Severity::Error, path, params)
        }
        _ => {}
    }
}

/// A warning for each nameserver whose NS records differ from the order's nameservers, once
/// per different set it serves.
fn ns_set_diagnostics(
    servers: &[ServerReport],
    jobs: &[(&Target, IpAddr)],
    ordered: &BTreeSet<&str>,
    domain: &str,
    push: &mut impl FnMut(Code, Severity, String, Params),
) {
    let ordered_text = ordered.iter().copied().collect::<Vec<_>>().join(", ");
    let mut reported: Vec<(usize, &Vec<String>)> = Vec::new();
    for (server, &(target, _)) in servers.iter().zip(jobs) {
        let Some(served) = &server.ns else { continue };
        let same = served.len() == ordered.len() && served.iter().all(|n| ordered.contains(n.as_str()));
        if same || reported.contains(&(target.index, served)) {
            continue;
        }
        reported.push((target.index, served));
        let served_text = if served.is_empty() { "–".to_owned() } else { served.join(", ") };
        let params = Params::new()
            .with("name", server.name.as_str())
            .with("address", server.address.as_str())
            .with("domain", domain)
            .with("served", served_text)
            .with("ordered", ordered_text.as_str());
        push(Code::LiveNsSetDiffers, Severity::Warning, format!("nameservers[{}]", target.index), params);
    }
}

/// One warning when the servers answer with more than one SOA serial.
fn serial_diagnostics(servers: &[ServerReport], domain: &str, push: &mut impl FnMut(Code, Severity, String, Params)) {
    let mut seen: Vec<(&str, u32)> = Vec::new();
    for server in servers {
        let Some(serial) = server.serial else { continue };
        if !seen.contains(&(server.name.as_str(), serial)) {
            seen.push((server.name.as_str(), serial));
        }
    }
    let distinct: BTreeSet<u32> = seen.iter().map(|&(_, serial)| serial).collect();
    if distinct.len() > 1 {
        let serials = seen.iter().map(|(name, serial)| format!("{name}: {serial}")).collect::<Vec<_>>().join(", ");
        let params = Params::new().with("domain", domain).with("serials", serials);
        push(Code::LiveSerialsDiffer, Severity::Warning, "nameservers".to_owned(), params);
    }
}
