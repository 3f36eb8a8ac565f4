//! The HTTP service (feature `server`), served on 127.0.0.1 and asked over real TCP connections:
//! every call answers what the library answers; every request it cannot read or serve gets its
//! status and a body in the common report shape; `/healthz` answers while the limits refuse work.

#![cfg(all(feature = "server", not(target_arch = "wasm32")))]

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::time::Duration;

use domain_rules::server::{Config, router};

#[path = "support/service.rs"]
mod service;
use domain_rules::{Locale, Options, check_domain};
use serde_json::{Value, json};
use service::start;

/// One HTTP/1.1 request; the status, the headers (lower case) and the body.
fn request(
    address: SocketAddr,
    method: &str,
    path: &str,
    content_type: Option<&str>,
    body: &[u8],
) -> (u16, String, Vec<u8>) {
    let mut stream = TcpStream::connect(address).unwrap();
    stream.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
    let mut head =
        format!("{method} {path} HTTP/1.1\r\nHost: test\r\nConnection: close\r\nContent-Length: {}\r\n", body.len());
    if let Some(kind) = content_type {
        head.push_str(&format!("Content-Type: {kind}\r\n"));
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes()).unwrap();
    stream.write_all(body).unwrap();
    let mut answer = Vec::new();
    stream.read_to_end(&mut answer).unwrap();
    let split = answer.windows(4).position(|w| w == b"\r\n\r\n").expect("a head");
    let head = String::from_utf8_lossy(&answer[..split]).to_lowercase();
    let status = head.split(' ').nth(1).unwrap().parse().unwrap();
    let mut body = answer[split + 4..].to_vec();
    if head.contains("transfer-encoding: chunked") {
        body = unchunk(&body);
    }
    (status, head, body)
}

fn unchunk(mut data: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    loop {
        let line_end = data.windows(2).position(|w| w == b"\r\n").unwrap();
        let size = usize::from_str_radix(std::str::from_utf8(&data[..line_end]).unwrap().trim(), 16).unwrap();
        if size == 0 {
            return out;
        }
        out.extend_from_slice(&data[line_end + 2..line_end + 2 + size]);
        data = &data[line_end + 2 + size + 2..];
    }
}

fn post(address: SocketAddr, path: &str, body: &Value) -> (u16, Value) {
    let (status, _, body) = request(address, "POST", path, Some("application/json"), body.to_string().as_bytes());
    (status, serde_json::from_slice(&body).unwrap())
}

fn get(address: SocketAddr, path: &str) -> (u16, Value) {
    let (status, _, body) = request(address, "GET", path, None, b"");
    (status, serde_json::from_slice(&body).unwrap())
}

/// The one diagnostic of a refusal, checked for the common report shape.
fn refusal(body: &Value) -> &str {
    assert_eq!(body["ok"], false, "{body}");
    let diagnostics = body["diagnostics"].as_array().unwrap();
    assert_eq!(diagnostics.len(), 1, "{body}");
    assert!(!diagnostics[0]["message"].as_str().unwrap().is_empty());
    diagnostics[0]["code"].as_str().unwrap()
}

#[test]
fn every_call_answers_what_the_library_answers() {
    let address = start(Config::default());
    let (status, body) = post(address, "/v1/domain", &json!({ "name": "-x.de", "locale": "de" }));
    assert_eq!(status, 200);
    let expected = check_domain("-x.de", &Options::default().with_locale(Locale::De));
    assert_eq!(body, serde_json::to_value(&expected).unwrap());
    let (status, body) =
        post(address, "/v1/domain", &json!({ "names": ["a.de", "ab.it", "_x.com"], "profile": "registration" }));
    assert_eq!(status, 200);
    let reports = body["reports"].as_array().unwrap();
    assert_eq!(reports.iter().map(|r| r["input"].as_str().unwrap()).collect::<Vec<_>>(), ["a.de", "ab.it", "_x.com"]);
    assert_eq!(reports[1]["ok"], false);

    let order = json!({ "domain": "beispiel.de", "nameservers": ["ns1.example.net"], "scope": "fields" });
    let (status, body) = post(address, "/v1/order", &order);
    assert_eq!(status, 200);
    let expected = domain_rules::order::check_order(&serde_json::from_value(order.clone()).unwrap());
    assert_eq!(body, serde_json::to_value(&expected).unwrap());
    let (status, body) = post(address, "/v1/order", &json!({ "orders": [order, { "domain": 7 }] }));
    assert_eq!(status, 200);
    assert_eq!(body["reports"][1]["diagnostics"][0]["code"], "order.invalid", "{body}");

    let (status, body) = get(address, "/v1/schema/dk?action=register&locale=da");
    assert_eq!(status, 200);
    let expected = domain_rules::schema::form_schema("dk", domain_rules::fields::Action::Register, Locale::Da);
    assert_eq!(body, serde_json::to_value(&expected).unwrap());
    let (status, body) = get(address, "/v1/contact-schema/CA?role=admin&locale=fr");
    assert_eq!(status, 200);
    assert_eq!(
        body,
        serde_json::to_value(domain_rules::contacts::schema::contact_schema("CA", "admin", Locale::Fr)).unwrap()
    );
    let (status, body) = get(address, "/v1/countries?locale=de");
    assert_eq!(
        (status, body["countries"].as_array().map(Vec::len)),
        (200, Some(domain_rules::contacts::schema::country_list(Locale::De).len()))
    );
    let (status, body) = get(address, "/v1/zone/uk");
    assert_eq!(status, 200);
    assert_eq!(body, serde_json::to_value(domain_rules::zone_info::zone_info("uk", Locale::En)).unwrap());

    let record = json!({ "zone": "hexo.com", "type": "MX", "name": "@", "value": "10 mail.hexo.com." });
    let (status, body) = post(address, "/v1/record", &record);
    assert_eq!(status, 200);
    let expected = domain_rules::record::check_record(&serde_json::from_value(record.clone()).unwrap());
    assert_eq!(body, serde_json::to_value(&expected).unwrap());
    let zone = json!({ "zone": "hexo.com", "records": [{ "type": "CNAME", "name": "www", "value": "a.hexo.com." }, { "type": "A", "name": "www", "value": "192.0.2.1" }] });
    let (status, body) = post(address, "/v1/records", &zone);
    assert_eq!((status, &body["ok"]), (200, &json!(false)), "{body}");

    let (status, body) = post(
        address,
        "/v1/explain",
        &json!({ "text": "504 Missing required attribute; X-CA-LEGALTYPE", "locale": "de" }),
    );
    assert_eq!(status, 200);
    let expected =
        domain_rules::explain::explain_error("504 Missing required attribute; X-CA-LEGALTYPE", None, Locale::De);
    assert_eq!(body, serde_json::to_value(&expected).unwrap());

    assert_eq!(get(address, "/healthz"), (200, json!({ "ok": true })));
}

#[test]
fn what_cannot_be_read_is_refused_with_its_status_and_a_report() {
    let address = start(Config { max_body_bytes: 4096, max_batch: 3, ..Config::default() });
    let (status, _, body) = request(address, "POST", "/v1/domain", Some("application/json"), b"{\"name\":");
    assert_eq!((status, refusal(&serde_json::from_slice(&body).unwrap())), (400, "input.invalid_json"));
    let (status, _, body) = request(address, "POST", "/v1/domain", Some("text/plain"), b"{\"name\":\"a.de\"}");
    assert_eq!((status, refusal(&serde_json::from_slice(&body).unwrap())), (415, "input.media_type"));
    let (status, _, body) = request(address, "POST", "/v1/domain", None, b"{\"name\":\"a.de\"}");
    assert_eq!((status, refusal(&serde_json::from_slice(&body).unwrap())), (415, "input.media_type"));
    let big = json!({ "name": "a".repeat(5000) });
    let (status, body) = post(address, "/v1/domain", &big);
    assert_eq!((status, refusal(&body)), (413, "input.body_too_large"));
    let (status, body) = post(address, "/v1/domain", &json!({ "names": ["a.de", "b.de", "c.de", "d.de"] }));
    assert_eq!((status, refusal(&body)), (413, "input.batch_too_long"));
    for shape in [json!({ "nam": "a.de" }), json!({ "name": 7 }), json!({}), json!({ "name": "a.de", "names": [] })] {
        let (status, body) = post(address, "/v1/domain", &shape);
        assert_eq!((status, refusal(&body)), (422, "input.shape"), "{shape}");
    }
    let (status, body) = post(address, "/v1/domain", &json!({ "name": "a.de", "profile": "nope" }));
    assert_eq!((status, refusal(&body)), (422, "options.invalid"));
    let (status, body) = get(address, "/v1/schema/dk?action=sell");
    assert_eq!((status, refusal(&body)), (422, "options.invalid"));
    let (status, body) = get(address, "/v1/schema/dk?colour=red");
    assert_eq!((status, refusal(&body)), (422, "input.shape"));
    let (status, body) = get(address, "/v2/domain");
    assert_eq!((status, refusal(&body)), (404, "input.not_found"));
    // The refusal speaks the client's language.
    let (_, _, body) = request(address, "POST", "/v1/domain", Some("text/plain"), b"x");
    let body: Value = serde_json::from_slice(&body).unwrap();
    assert!(body["diagnostics"][0]["message"].as_str().unwrap().starts_with("The request was sent as"));
    let (status, metrics) = {
        let (status, _, body) = request(address, "GET", "/metrics", None, b"");
        (status, String::from_utf8(body).unwrap())
    };
    assert_eq!(status, 200);
    assert!(metrics.contains("domain_rules_requests_total{route=\"/v1/domain\",status=\"413\"} 2"), "{metrics}");
    assert!(metrics.contains("domain_rules_errors_total{code=\"input.shape\"}"), "{metrics}");
}

/// Opens a request whose body never comes: it stays in progress until the server gives up.
fn hold(address: SocketAddr) -> TcpStream {
    let mut stream = TcpStream::connect(address).unwrap();
    let head =
        "POST /v1/domain HTTP/1.1\r\nHost: test\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{";
    stream.write_all(head.as_bytes()).unwrap();
    stream
}

#[test]
fn past_its_limits_the_service_says_busy_or_out_of_time_and_stays_healthy() {
    let address = start(Config { max_in_flight: 2, request_timeout: Duration::from_millis(1500), ..Config::default() });
    let held = [hold(address), hold(address)];
    std::thread::sleep(Duration::from_millis(300));
    let (status, head, body) = request(address, "POST", "/v1/domain", Some("application/json"), b"{\"name\":\"a.de\"}");
    assert_eq!((status, refusal(&serde_json::from_slice(&body).unwrap())), (503, "input.busy"));
    assert!(head.contains("retry-after: 1"), "{head}");
    assert_eq!(get(address, "/healthz").0, 200, "healthz answers while the calls are refused");
    // A client that sends its body too slowly is cut off when the request's time is up.
    for mut stream in held {
        let mut answer = String::new();
        stream.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
        stream.read_to_string(&mut answer).unwrap();
        assert!(answer.starts_with("HTTP/1.1 503"), "{answer}");
        assert!(answer.contains("input.timeout"), "{answer}");
    }
    let (status, _) = post(address, "/v1/domain", &json!({ "name": "a.de" }));
    assert_eq!(status, 200, "the service serves again");
}

#[test]
fn a_bad_cors_origin_is_refused_and_a_good_one_is_allowed() {
    assert!(router(Config { cors_origins: vec!["bad\norigin".into()], ..Config::default() }).is_err());
    let address = start(Config { cors_origins: vec!["https://shop.example".into()], ..Config::default() });
    let mut stream = TcpStream::connect(address).unwrap();
    let head = "OPTIONS /v1/domain HTTP/1.1\r\nHost: test\r\nConnection: close\r\nOrigin: https://shop.example\r\nAccess-Control-Request-Method: POST\r\n\r\n";
    stream.write_all(head.as_bytes()).unwrap();
    let mut answer = String::new();
    stream.read_to_string(&mut answer).unwrap();
    assert!(answer.to_lowercase().contains("access-control-allow-origin: https://shop.example"), "{answer}");
    // Without the flag no CORS header is sent.
    let address = start(Config::default());
    let (_, head, _) = request(address, "GET", "/healthz", None, b"");
    assert!(!head.contains("access-control-allow-origin"), "{head}");
}

#[test]
fn the_command_serves_until_sigterm_and_finishes_the_request_in_progress() {
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_domain-rules"))
        .args(["serve", "--listen", &format!("127.0.0.1:{port}")])
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let address = SocketAddr::from(([127, 0, 0, 1], port));
    let mut tries = 0;
    while TcpStream::connect(address).is_err() {
        tries += 1;
        assert!(tries < 100, "the service did not start");
        std::thread::sleep(Duration::from_millis(50));
    }
    assert_eq!(get(address, "/healthz").0, 200);
    // A request in progress when the signal comes: half its body is sent.
    let body = br#"{"name":"a.de"}"#;
    let mut stream = TcpStream::connect(address).unwrap();
    let head = format!(
        "POST /v1/domain HTTP/1.1\r\nHost: test\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n",
        body.len()
    );
    stream.write_all(head.as_bytes()).unwrap();
    stream.write_all(&body[..5]).unwrap();
    std::thread::sleep(Duration::from_millis(200));
    let killed = std::process::Command::new("kill").args(["-TERM", &child.id().to_string()]).status().unwrap();
    assert!(killed.success());
    std::thread::sleep(Duration::from_millis(200));
    stream.write_all(&body[5..]).unwrap();
    let mut answer = String::new();
    stream.read_to_string(&mut answer).unwrap();
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    assert!(answer.contains("\"input\":\"a.de\""), "{answer}");
    let status = child.wait().unwrap();
    assert!(status.success(), "{status}");
    let mut log = String::new();
    child.stderr.take().unwrap().read_to_string(&mut log).unwrap();
    assert!(log.contains("finished processing request"), "an access log line: {log}");
    assert!(log.contains("\"message\":\"stopped\""), "{log}");
}

#[test]
fn a_client_too_slow_with_its_head_is_disconnected_and_others_are_served() {
    let address = start(Config { header_timeout: Duration::from_millis(700), ..Config::default() });
    let mut slow = TcpStream::connect(address).unwrap();
    slow.write_all(b"GET /healthz HTTP/1.1\r\nHost: te").unwrap();
    let started = std::time::Instant::now();
    // Meanwhile another client is served.
    assert_eq!(get(address, "/healthz").0, 200);
    slow.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    let mut answer = Vec::new();
    // The server closes the connection (perhaps after a 408): the read ends.
    let _ = slow.read_to_end(&mut answer);
    let waited = started.elapsed();
    assert!(waited < Duration::from_secs(5), "closed after {waited:?}");
    assert!(answer.is_empty() || String::from_utf8_lossy(&answer).starts_with("HTTP/1.1 408"), "{answer:?}");
}

#[test]
fn the_live_check_is_off_unless_enabled() {
    let address = start(Config::default());
    let body = json!({ "domain": "example.de", "nameservers": ["ns1.example.de"] });
    let (status, body) = post(address, "/v1/ns-check", &body);
    assert_eq!((status, refusal(&body)), (404, "input.not_found"));
    #[cfg(not(feature = "live"))]
    assert!(router(Config { live_per_minute: Some(5), ..Config::default() }).is_err());
}

#[cfg(feature = "live")]
#[test]
fn the_live_check_answers_within_its_own_rate_limit() {
    // A port nothing answers on: the check reports the nameserver unreachable, quickly.
    let port = std::net::UdpSocket::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let address = start(Config { live_per_minute: Some(1), live_port: port, ..Config::default() });
    let check = json!({
        "domain": "example.de",
        "nameservers": [{ "name": "ns1.example.de", "ips": ["127.0.0.1"] }],
        "timeoutMs": 200,
    });
    let (status, body) = post(address, "/v1/ns-check", &check);
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["ok"], false, "{body}");
    assert!(
        body["diagnostics"].as_array().unwrap().iter().any(|d| d["code"].as_str().unwrap().starts_with("live.")),
        "{body}"
    );
    let (status, head, body) =
        request(address, "POST", "/v1/ns-check", Some("application/json"), check.to_string().as_bytes());
    assert_eq!((status, refusal(&serde_json::from_slice(&body).unwrap())), (429, "input.busy"));
    assert!(head.contains("retry-after: "), "{head}");
    // The other calls are not limited by it.
    assert_eq!(post(address, "/v1/domain", &json!({ "name": "a.de" })).0, 200);
}
