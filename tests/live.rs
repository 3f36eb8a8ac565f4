//! The live nameserver checks against a real authoritative server: hickory-server, started by
//! each test on loopback addresses (127.0.0.1, 127.0.0.2) and a free port, serving zones from
//! memory over UDP and TCP.

#![cfg(feature = "live")]
#![cfg(not(target_arch = "wasm32"))]

#[path = "support/dns_server.rs"]
mod dns_server;

use std::net::{IpAddr, Ipv4Addr, TcpListener, UdpSocket};
use std::process::Command;
use std::time::Duration;

use dns_server::{Instance, Servers, Zone, start};
use domain_rules::Locale;
use domain_rules::live::{LiveOptions, LiveReport, check_nameservers_live};
use domain_rules::order::{Host, Nameserver};

const FIRST: IpAddr = IpAddr::V4(Ipv4Addr::new(127, 0, 0, 1));
const SECOND: IpAddr = IpAddr::V4(Ipv4Addr::new(127, 0, 0, 2));
const ORDER_NS: [&str; 2] = ["ns1.example.de", "ns2.example.de"];

fn options(port: u16) -> LiveOptions {
    LiveOptions { locale: Locale::En, timeout: Duration::from_secs(3), port }
}

fn host(name: &str, ip: IpAddr) -> Nameserver {
    Nameserver::Host(Host { name: name.to_owned(), ips: vec![ip.to_string()] })
}

/// The order's two nameservers, on the two loopback addresses.
fn order_nameservers() -> Vec<Nameserver> {
    vec![host(ORDER_NS[0], FIRST), host(ORDER_NS[1], SECOND)]
}

/// One instance per address, each serving `zones()`, authoritative or not.
fn servers(zones: impl Fn() -> Vec<Zone>, authoritative: bool) -> Servers {
    start(vec![
        Instance { address: FIRST, zones: zones(), authoritative },
        Instance { address: SECOND, zones: zones(), authoritative },
    ])
}

fn codes(report: &LiveReport) -> Vec<&str> {
    report.diagnostics.iter().map(|d| d.code.as_str()).collect()
}

fn check(port: u16) -> LiveReport {
    check_nameservers_live("example.de", &order_nameservers(), &options(port))
}

#[test]
fn a_correctly_served_zone_passes() {
    let servers = servers(|| vec![Zone::new("example.de", 2026112801, &ORDER_NS)], true);
    let report = check(servers.port);
    assert!(report.ok, "{report:#?}");
    assert!(report.diagnostics.is_empty(), "{:?}", codes(&report));
    assert_eq!(report.servers.len(), 2);
    for server in &report.servers {
        assert_eq!(server.rcode.as_deref(), Some("NOERROR"));
        assert_eq!(server.authoritative, Some(true));
        assert_eq!(server.serial, Some(2026112801));
        assert_eq!(server.ns.as_deref(), Some(&["ns1.example.de".to_owned(), "ns2.example.de".to_owned()][..]));
    }
    let json = serde_json::to_value(&report).expect("serialises");
    let keys: Vec<&str> = json.as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(keys, ["ok", "domain", "servers", "diagnostics"]);
    assert_eq!(json["servers"][0]["address"], "127.0.0.1");
}

#[test]
fn a_zone_the_server_does_not_serve_is_refused() {
    let servers = servers(|| vec![Zone::new("other.de", 1, &ORDER_NS)], true);
    let report = check(servers.port);
    assert!(!report.ok);
    assert_eq!(codes(&report), ["live.refused", "live.refused"]);
    let refused = &report.diagnostics[0];
    assert_eq!(refused.path, "nameservers[0]");
    assert_eq!(refused.params.get("registryError"), Some(&"901 Unexpected RCODE (REFUSED)".into()));
    assert_eq!(refused.params.get("rcode"), Some(&"REFUSED".into()));
    assert!(refused.message.contains("“ns1.example.de” (127.0.0.1)"), "{}", refused.message);
    assert_eq!(report.servers[0].rcode.as_deref(), Some("REFUSED"));
}

#[test]
fn an_answer_without_the_aa_bit_is_not_authoritative() {
    let servers = servers(|| vec![Zone::new("example.de", 1, &ORDER_NS)], false);
    let report = check(servers.port);
    assert!(!report.ok);
    assert_eq!(codes(&report), ["live.not_authoritative", "live.not_authoritative"]);
    assert_eq!(report.servers[1].authoritative, Some(false));
}

#[test]
fn an_error_code_other_than_refused_is_reported_with_its_name() {
    // The servers serve the parent zone only: authoritative for de, they say example.de does
    // not exist.
    let servers = servers(|| vec![Zone::new("de", 1, &ORDER_NS)], true);
    let report = check(servers.port);
    assert!(!report.ok);
    let rcodes: Vec<_> = report.diagnostics.iter().filter(|d| d.code.as_str() == "live.rcode").collect();
    assert_eq!(rcodes.len(), 2, "{:?}", codes(&report));
    assert_eq!(rcodes[0].params.get("rcode"), Some(&"NXDOMAIN".into()));
}

#[test]
fn an_ns_set_that_differs_from_the_order_is_a_warning() {
    let servers = servers(|| vec![Zone::new("example.de", 1, &["ns1.example.de", "ns.elsewhere.net"])], true);
    let report = check(servers.port);
    assert!(report.ok, "a warning only: {:?}", codes(&report));
    assert_eq!(codes(&report), ["live.ns_set_differs", "live.ns_set_differs"]);
    let differs = &report.diagnostics[0];
    assert_eq!(differs.params.get("served"), Some(&"ns.elsewhere.net, ns1.example.de".into()));
    assert_eq!(differs.params.get("ordered"), Some(&"ns1.example.de, ns2.example.de".into()));
    assert!(
        differs.message.contains("names ns.elsewhere.net, ns1.example.de as the nameservers"),
        "{}",
        differs.message
    );
}

#[test]
fn differing_soa_serials_are_a_warning_that_names_them() {
    let servers = start(vec![
        Instance { address: FIRST, zones: vec![Zone::new("example.de", 2026112801, &ORDER_NS)], authoritative: true },
        Instance { address: SECOND, zones: vec![Zone::new("example.de", 2026112702, &ORDER_NS)], authoritative: true },
    ]);
    let report = check(servers.port);
    assert!(report.ok, "a warning only: {:?}", codes(&report));
    assert_eq!(codes(&report), ["live.serials_differ"]);
    let serials = report.diagnostics[0].params.get("serials");
    assert_eq!(serials, Some(&"ns1.example.de: 2026112801, ns2.example.de: 2026112702".into()));
}

/// A port on which nothing listens, over UDP or TCP, on either address.
fn silent_port() -> u16 {
    for _ in 0..50 {
        let Ok(udp) = UdpSocket::bind((FIRST, 0)) else { continue };
        let Ok(port) = udp.local_addr().map(|a| a.port()) else { continue };
        drop(udp);
        if TcpListener::bind((FIRST, port)).is_ok() && TcpListener::bind((SECOND, port)).is_ok() {
            return port;
        }
    }
    panic!("no free port");
}

#[test]
fn a_server_that_does_not_listen_is_unreachable() {
    let port = silent_port();
    let options = LiveOptions { timeout: Duration::from_millis(300), ..options(port) };
    let report = check_nameservers_live("example.de", &order_nameservers(), &options);
    assert!(!report.ok);
    assert_eq!(codes(&report), ["live.unreachable", "live.unreachable"]);
    let failure = report.diagnostics[0].params.get("failure");
    assert!(matches!(failure, Some(f) if *f == "refused".into() || *f == "timeout".into()), "{failure:?}");
    assert_eq!(report.diagnostics[0].params.get("port"), Some(&usize::from(port).into()));
}

#[test]
fn a_large_answer_is_read_again_over_tcp() {
    let many: Vec<String> =
        (0..60).map(|i| format!("nameserver-number-{i:02}.a-rather-long-provider-name-{i:02}.example.net")).collect();
    let names: Vec<&str> = many.iter().map(String::as_str).collect();
    let servers =
        start(vec![Instance { address: FIRST, zones: vec![Zone::new("example.com", 7, &names)], authoritative: true }]);
    let nameservers = vec![host("ns1.example.net", FIRST)];
    let report = check_nameservers_live("example.com", &nameservers, &options(servers.port));
    assert_eq!(report.servers[0].transport, Some("tcp"), "{report:#?}");
    assert_eq!(report.servers[0].ns.as_ref().map(Vec::len), Some(60));
    assert_eq!(codes(&report), ["live.ns_set_differs"]);
}

#[test]
fn denic_address_rules_apply_to_the_addresses_asked() {
    let servers = servers(|| vec![Zone::new("example.de", 1, &ORDER_NS)], true);
    let same = vec![host(ORDER_NS[0], FIRST), host(ORDER_NS[1], FIRST)];
    let report = check_nameservers_live("example.de", &same, &options(servers.port));
    assert_eq!(codes(&report), ["live.addresses_identical"]);
    assert_eq!(report.diagnostics[0].params.get("tld"), Some(&"de".into()));
    // Outside .de the rule does not apply.
    let servers = servers_for("example.com");
    let same = vec![host("ns1.example.com", FIRST), host("ns2.example.com", FIRST)];
    let report = check_nameservers_live("example.com", &same, &options(servers.port));
    assert!(report.diagnostics.is_empty(), "{:?}", codes(&report));
}

fn servers_for(zone: &'static str) -> Servers {
    let ns = ["ns1.example.com", "ns2.example.com"];
    start(vec![Instance { address: FIRST, zones: vec![Zone::new(zone, 1, &ns)], authoritative: true }])
}

#[test]
fn bad_input_gets_diagnostics_and_sends_nothing() {
    let options = options(silent_port());
    let report = check_nameservers_live("ab..de", &order_nameservers(), &options);
    assert!(!report.ok && report.servers.is_empty(), "{report:#?}");
    assert_eq!(report.diagnostics[0].path, "domain");
    let report = check_nameservers_live("example.de", &[], &options);
    assert_eq!(codes(&report), ["order.nameserver_count"]);
    let bad = vec![
        Nameserver::Name("https://ns1.example.de/".to_owned()),
        Nameserver::Host(Host { name: "ns2.example.de".to_owned(), ips: vec!["300.1.2.3".to_owned()] }),
    ];
    let report = check_nameservers_live("example.de", &bad, &options);
    assert!(report.servers.is_empty(), "{report:#?}");
    assert_eq!(codes(&report), ["order.nameserver_is_url", "order.glue_invalid"]);
}

#[test]
fn messages_come_in_the_chosen_language() {
    let servers = servers(|| vec![Zone::new("other.de", 1, &ORDER_NS)], true);
    let options = LiveOptions { locale: Locale::De, ..options(servers.port) };
    let report = check_nameservers_live("example.de", &order_nameservers(), &options);
    assert!(report.diagnostics[0].message.starts_with("Der Nameserver „ns1.example.de“"), "{report:#?}");
}

#[test]
fn the_command_line_reports_refused_for_an_unserved_zone() {
    let servers = servers(|| vec![Zone::new("other.de", 1, &ORDER_NS)], true);
    let port = servers.port.to_string();
    let output = Command::new(env!("CARGO_BIN_EXE_domain-rules"))
        .args(["ns-check", "example.de", "ns1.example.de=127.0.0.1", "ns2.example.de=127.0.0.2", "--port", &port])
        .output()
        .expect("the binary runs");
    assert_eq!(output.status.code(), Some(1), "{}", String::from_utf8_lossy(&output.stderr));
    let stdout = String::from_utf8(output.stdout).expect("UTF-8");
    assert_eq!(stdout.lines().count(), 1, "one JSON line: {stdout}");
    let report: serde_json::Value = serde_json::from_str(&stdout).expect("JSON");
    assert_eq!(report["ok"], false);
    assert_eq!(report["diagnostics"][0]["code"], "live.refused");
    assert_eq!(report["diagnostics"][0]["params"]["registryError"], "901 Unexpected RCODE (REFUSED)");
}

#[test]
fn the_command_line_refuses_bad_arguments_with_status_2() {
    let run = |args: &[&str]| {
        let output = Command::new(env!("CARGO_BIN_EXE_domain-rules")).args(args).output().expect("runs");
        (output.status.code(), String::from_utf8_lossy(&output.stderr).into_owned())
    };
    for args in [
        &["ns-check"][..],
        &["ns-check", "example.de"],
        &["ns-check", "example.de", "ns1.example.de", "--port", "0"],
        &["ns-check", "example.de", "ns1.example.de", "--port"],
        &["ns-check", "example.de", "ns1.example.de", "--timeout-ms", "soon"],
        &["ns-check", "example.de", "ns1.example.de", "--colour"],
    ] {
        let (status, stderr) = run(args);
        assert_eq!(status, Some(2), "{args:?}");
        assert!(stderr.starts_with("domain-rules: ") && !stderr.contains("panicked"), "{args:?}: {stderr}");
    }
}
