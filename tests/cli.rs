//! The `domain-rules` binary: JSON lines on stdout, exit codes 0/1/2, `--stdin` batches, and no
//! panic on any input, invalid UTF-8 included.

#![cfg(not(target_arch = "wasm32"))]

use std::io::Write;
use std::process::{Command, Output, Stdio};

use serde_json::Value;

fn run(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_domain-rules"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary starts");
    let mut input = child.stdin.take().expect("stdin");
    if let Some(bytes) = stdin {
        input.write_all(bytes).expect("write stdin");
    }
    drop(input);
    child.wait_with_output().expect("the binary ends")
}

fn parse_reports(output: &Output) -> Vec<Value> {
    let text = String::from_utf8(output.stdout.clone()).expect("stdout is UTF-8");
    text.lines().map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON: {l}: {e}"))).collect()
}

fn keys(value: &Value) -> Vec<&str> {
    value.as_object().expect("an object").keys().map(String::as_str).collect()
}

fn codes(report: &Value) -> Vec<&str> {
    report["diagnostics"].as_array().unwrap().iter().map(|d| d["code"].as_str().unwrap()).collect()
}

#[test]
fn one_name_gives_one_report_in_the_contract_shape() {
    let output = run(&["check", "Müller.DE"], None);
    assert_eq!(output.status.code(), Some(0));
    let reports = parse_reports(&output);
    assert_eq!(reports.len(), 1);
    let report = &reports[0];
    assert_eq!(keys(report), ["ok", "input", "ascii", "unicode", "tld", "diagnostics"]);
    assert_eq!(report["ascii"], "xn--mller-kva.de");
    let diagnostic = &report["diagnostics"][0];
    assert_eq!(keys(diagnostic), ["code", "severity", "path", "message", "params"]);
    assert_eq!(diagnostic["severity"], "info");
    assert_eq!(diagnostic["path"], "domain");
}

#[test]
fn any_report_not_ok_exits_1() {
    let output = run(&["check", "a.de", "ab.it", "example.co.uk"], None);
    assert_eq!(output.status.code(), Some(1));
    let reports = parse_reports(&output);
    let ok: Vec<bool> = reports.iter().map(|r| r["ok"].as_bool().unwrap()).collect();
    assert_eq!(ok, [true, false, true]);
    assert_eq!(codes(&reports[1]), ["name.label_too_short"]);
}

#[test]
fn profile_and_locale_options() {
    let output = run(&["check", "--profile", "record", "_dmarc.example.com"], None);
    assert_eq!(output.status.code(), Some(0));
    let output = run(&["check", "--profile=hostname", "_dmarc.example.com"], None);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(codes(&parse_reports(&output)[0]), ["name.underscore"]);
    let output = run(&["check", "--locale", "de", "ab.it"], None);
    let message = parse_reports(&output)[0]["diagnostics"][0]["message"].as_str().unwrap().to_owned();
    assert!(message.contains("mindestens 3 Zeichen"), "{message}");
}

#[test]
fn stdin_batches_one_report_per_line() {
    let output = run(&["check", "--stdin"], Some(b"a.de\r\nab.it\n\nexample.com"));
    assert_eq!(output.status.code(), Some(1));
    let reports = parse_reports(&output);
    let inputs: Vec<&str> = reports.iter().map(|r| r["input"].as_str().unwrap()).collect();
    assert_eq!(inputs, ["a.de", "ab.it", "", "example.com"]);
    assert_eq!(codes(&reports[2]), ["input.empty"]);

    let output = run(&["check", "--stdin"], Some(b"a.de\nexample.com\n"));
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(parse_reports(&output).len(), 2);
}

#[test]
fn empty_input_is_a_diagnostic_and_empty_stdin_checks_nothing() {
    let output = run(&["check", ""], None);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(codes(&parse_reports(&output)[0]), ["input.empty"]);
    let output = run(&["check", "--stdin"], Some(b""));
    assert_eq!(output.status.code(), Some(0));
    assert!(output.stdout.is_empty());
}

#[test]
fn invalid_utf8_is_a_diagnostic_not_a_panic() {
    let output = run(&["check", "--stdin"], Some(b"ok.de\nbad\xff\xfe.de\n"));
    assert_eq!(output.status.code(), Some(1));
    let reports = parse_reports(&output);
    assert_eq!(reports.len(), 2);
    assert_eq!(codes(&reports[1]), ["input.invalid_utf8"]);
    assert_eq!(reports[1]["diagnostics"][0]["params"]["position"], 4);
    assert!(String::from_utf8_lossy(&output.stderr).is_empty());

    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        let bad = std::ffi::OsStr::from_bytes(b"x\xc3.de");
        let output = Command::new(env!("CARGO_BIN_EXE_domain-rules")).arg("check").arg(bad).output().unwrap();
        assert_eq!(output.status.code(), Some(1));
        assert_eq!(codes(&parse_reports(&output)[0]), ["input.invalid_utf8"]);
    }
}

#[test]
fn over_long_input_is_refused_before_any_unicode_work() {
    let long = format!("{}\nok.de\n", "a".repeat(3_000_000));
    let output = run(&["check", "--stdin"], Some(long.as_bytes()));
    assert_eq!(output.status.code(), Some(1));
    let reports = parse_reports(&output);
    assert_eq!(reports.len(), 2);
    assert_eq!(codes(&reports[0]), ["input.too_long"]);
    assert_eq!(reports[0]["diagnostics"][0]["params"]["actual"], 3_000_000);
    // Only the start of an over-long line is echoed.
    assert!(reports[0]["input"].as_str().unwrap().len() < 1100);
    assert_eq!(reports[1]["ok"], true);
}

#[test]
fn usage_errors_exit_2_with_a_message() {
    for args in [
        &[][..],
        &["frobnicate"],
        &["check"],
        &["check", "--profile", "bogus", "a.de"],
        &["check", "--profile"],
        &["check", "--colour", "a.de"],
        &["check", "--stdin", "a.de"],
        &["order"],
        &["order", "a", "b"],
        &["schema"],
        &["schema", "dk", "--action", "delete"],
        &["contact-schema"],
        &["contact-schema", "CA", "--role", "owner"],
        &["countries", "extra"],
        &["zone"],
        &["zone", "com", "--bogus", "1"],
        &["schema", "dk", "--locale"],
        &["records"],
        &["records", "a", "b"],
        &["id"],
        &["id", "no-such-format", "1"],
        &["id", "dk-cvr"],
    ] {
        let output = run(args, None);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert!(output.stdout.is_empty(), "{args:?}");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(stderr.starts_with("domain-rules: "), "{args:?}: {stderr}");
        assert!(stderr.contains("usage:"), "{args:?}: {stderr}");
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
    }
}

#[test]
fn help_and_version() {
    let output = run(&["--help"], None);
    assert_eq!(output.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&output.stdout).contains("domain-rules check"));
    let output = run(&["--version"], None);
    assert_eq!(output.status.code(), Some(0));
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(text.starts_with("domain-rules "));
    assert!(text.contains(&format!("Unicode {}", domain_rules::name::idna2008::UNICODE_VERSION)), "{text}");
}

#[test]
fn names_after_double_dash_may_start_with_dashes() {
    let output = run(&["check", "--", "--foo.de"], None);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(codes(&parse_reports(&output)[0]), ["name.leading_hyphen"]);
}

#[test]
fn order_reads_json_lines_and_reports_each() {
    let orders = concat!(
        r#"{"scope": "fields", "domain": "eksempel.dk", "registrant": {"type": "organization", "country": "DK"}, "fields": {"X-REGISTRANT-VATID": "DK13585628", "X-DK-ACCEPT-TAC": "1"}}"#,
        "\n",
        r#"{"scope": "fields", "domain": "eksempel.dk", "registrant": {"type": "organization", "country": "DK"}, "fields": {"X-DK-ACCEPT-TAC": "1"}}"#,
        "\n",
        "{not json}\n",
    );
    let output = run(&["order", "-"], Some(orders.as_bytes()));
    assert_eq!(output.status.code(), Some(1));
    let reports = parse_reports(&output);
    assert_eq!(reports.len(), 3);
    assert_eq!(reports[0]["ok"], true);
    assert_eq!(reports[0]["fields"]["X-REGISTRANT-VATID"], "DK13585628");
    assert_eq!(reports[1]["diagnostics"][0]["path"], "fields.X-REGISTRANT-VATID");
    assert_eq!(reports[2]["diagnostics"][0]["code"], "order.invalid");
}

#[test]
fn order_reads_one_pretty_printed_order_from_a_file() {
    let path = std::env::temp_dir().join(format!("domain-rules-order-{}.json", std::process::id()));
    std::fs::write(
        &path,
        "{\n  \"domain\": \"beispiel.de\",\n  \"scope\": \"fields\",\n  \"registrant\": { \"country\": \"DE\" }\n}\n",
    )
    .unwrap();
    let output = run(&["order", path.to_str().unwrap()], None);
    std::fs::remove_file(&path).ok();
    assert_eq!(output.status.code(), Some(0));
    // The order spans four lines but is one document: one report.
    let reports = parse_reports(&output);
    assert_eq!(reports.len(), 1);
    assert_eq!(reports[0]["ok"], true);
}

#[test]
fn schema_prints_the_fields_in_the_chosen_language() {
    let output = run(&["schema", "dk", "--locale", "da"], None);
    assert_eq!(output.status.code(), Some(0));
    let schema: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(schema["tld"], "dk");
    assert_eq!(schema["fields"][0]["label"], "Registrantens momsnummer (CVR)");
    let output = run(&["schema", "it", "--locale", "it", "--action", "update"], None);
    let schema: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(schema["action"], "update");
    assert_eq!(schema["fields"][0]["label"], "Tipologia dell'assegnatario");
    let output = run(&["schema", "nosuchtld"], None);
    assert_eq!(output.status.code(), Some(1));
}

#[test]
fn record_reads_the_double_zone_trap_as_meant_and_literal_on_request() {
    let args = ["record", "--zone", "hexo.com", "--type", "A", "--name", "help.hexo.com", "--value", "203.0.114.10"];
    let output = run(&args, None);
    assert_eq!(output.status.code(), Some(0));
    let report = &parse_reports(&output)[0];
    assert_eq!(keys(report), ["ok", "type", "name", "value", "diagnostics"]);
    assert_eq!(report["name"]["fqdn"], "help.hexo.com.");
    assert_eq!(report["name"]["relative"], "help");
    assert_eq!(codes(report), ["record.name_double_zone"]);
    assert_eq!(report["diagnostics"][0]["params"]["literal"], "help.hexo.com.hexo.com.");

    let literal = run(&[&args[..], &["--literal"]].concat(), None);
    let report = &parse_reports(&literal)[0];
    assert_eq!(report["name"]["fqdn"], "help.hexo.com.hexo.com.");
    assert_eq!(codes(report), Vec::<&str>::new());
}

#[test]
fn record_errors_exit_1_and_bad_arguments_exit_2() {
    let output =
        run(&["record", "--zone", "hexo.com", "--type", "CNAME", "--name", "@", "--value", "x.example.net."], None);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(codes(&parse_reports(&output)[0]), ["record.cname_at_apex"]);
    for args in [
        &["record", "--type", "A"][..],
        &["record", "--zone", "hexo.com"],
        &["record", "--zone", "hexo.com", "--type", "A", "--ttl", "soon"],
        &["record", "--zone"],
        &["record", "--zone", "hexo.com", "--type", "A", "extra"],
    ] {
        let output = run(args, None);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert!(String::from_utf8_lossy(&output.stderr).contains("usage:"), "{args:?}");
    }
}

#[test]
fn records_checks_a_zone_from_stdin() {
    let zone = br#"{"zone": "hexo.com", "records": [
        {"type": "MX", "name": "@", "value": "10 mail"},
        {"type": "CNAME", "name": "mail", "value": "mailhost.example.net."}]}"#;
    let output = run(&["records"], Some(zone));
    assert_eq!(output.status.code(), Some(1));
    let report = &parse_reports(&output)[0];
    assert_eq!(keys(report), ["ok", "records", "diagnostics"]);
    assert_eq!(codes(report), ["record.target_is_cname"]);
    assert_eq!(report["records"].as_array().map(Vec::len), Some(2));

    let output = run(&["records", "-"], Some(b"{\"zone\": 1}"));
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(codes(&parse_reports(&output)[0]), ["record.invalid"]);
}

#[cfg(not(feature = "live"))]
#[test]
fn ns_check_without_the_live_feature_says_what_it_needs() {
    let output = run(&["ns-check", "example.de", "ns1.example.de=192.0.2.1"], None);
    assert_eq!(output.status.code(), Some(2));
    assert!(output.stdout.is_empty());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.starts_with("domain-rules: ns-check needs the `live` feature"), "{stderr}");
}

#[cfg(not(feature = "server"))]
#[test]
fn serve_without_the_server_feature_says_what_it_needs() {
    let output = run(&["serve", "--listen", "127.0.0.1:0"], None);
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.starts_with("domain-rules: serve needs the `server` feature"), "{stderr}");
}

#[test]
fn id_checks_values_from_arguments_and_stdin() {
    let output = run(&["id", "dk-cvr", "DK13585628", "13585627"], None);
    assert_eq!(output.status.code(), Some(1));
    let lines = parse_reports(&output);
    assert_eq!(keys(&lines[0]), ["ok", "format", "input", "compact", "strength"]);
    assert_eq!(lines[0]["compact"], "DK13585628");
    assert_eq!(keys(&lines[1]), ["ok", "format", "input", "reason"]);
    assert_eq!(lines[1]["reason"], "checksum");
    let output = run(&["id", "eu-vat", "--stdin"], Some(b"DK: 21599336\r\nBE (0)403.019.261\n"));
    assert_eq!(output.status.code(), Some(0), "{}", String::from_utf8_lossy(&output.stdout));
    let lines = parse_reports(&output);
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["input"], "DK: 21599336");
    let output = run(&["id", "--list"], None);
    let list = String::from_utf8(output.stdout).unwrap();
    assert!(list.lines().any(|l| l == "eu-vat") && list.lines().count() >= 24, "{list}");
}

#[test]
fn record_stdin_checks_one_request_per_line() {
    let input = b"{\"zone\": \"hexo.com\", \"type\": \"A\", \"name\": \"www\", \"value\": \"203.0.114.10\"}\n\n{\"zone\": \"hexo.com\", \"type\": \"MX\", \"value\": \"10\"}\nnot json\n";
    let output = run(&["record", "--stdin"], Some(input));
    assert_eq!(output.status.code(), Some(1));
    let reports = parse_reports(&output);
    assert_eq!(reports.len(), 3, "one report per non-empty line");
    assert_eq!(reports[0]["ok"], true);
    assert_eq!(reports[1]["ok"], false);
    assert_eq!(reports[2]["ok"], false);
    assert_eq!(codes(&reports[2]), ["record.invalid"]);
}

#[test]
fn contact_schema_countries_and_zone_facts() {
    let output = run(&["contact-schema", "CA", "--locale", "fr"], None);
    assert_eq!(output.status.code(), Some(0));
    let schema: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
    let state = schema["fields"].as_array().unwrap().iter().find(|f| f["key"] == "state").cloned().unwrap();
    assert_eq!((state["label"].as_str(), state["kind"].as_str()), (Some("Province"), Some("select")));
    let output = run(&["contact-schema", "XX"], None);
    assert_eq!(output.status.code(), Some(1));
    let output = run(&["countries", "--locale=da"], None);
    assert_eq!(output.status.code(), Some(0));
    let lines: Vec<serde_json::Value> = parse_reports(&output);
    assert_eq!(lines.len(), 249);
    assert_eq!(lines.last().unwrap()["code"], "AX");
    let output = run(&["zone", "uk"], None);
    assert_eq!(output.status.code(), Some(0));
    let zone: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON");
    assert_eq!(zone["authCode"]["pushToTag"], "1API-DE");
    let output = run(&["zone", "no such zone"], None);
    assert_eq!(output.status.code(), Some(1));
}

#[test]
fn a_value_may_follow_its_flag_or_an_equals_sign() {
    for (spaced, joined) in [
        (
            &["check", "--locale", "de", "--profile", "hostname", "ab.it"][..],
            &["check", "--locale=de", "--profile=hostname", "ab.it"][..],
        ),
        (
            &["schema", "it", "--action", "update", "--locale", "it"],
            &["schema", "it", "--action=update", "--locale=it"],
        ),
        (
            &["contact-schema", "CA", "--role", "admin", "--locale", "fr"],
            &["contact-schema", "CA", "--role=admin", "--locale=fr"],
        ),
        (&["zone", "de", "--locale", "da"], &["zone", "de", "--locale=da"]),
        (
            &["record", "--zone", "hexo.com", "--type", "MX", "--name", "@", "--value", "10 mail", "--ttl", "300"],
            &["record", "--zone=hexo.com", "--type=MX", "--name=@", "--value=10 mail", "--ttl=300"],
        ),
    ] {
        let (a, b) = (run(spaced, None), run(joined, None));
        assert_eq!(a.status.code(), b.status.code(), "{joined:?}");
        assert!(!a.stdout.is_empty(), "{spaced:?}");
        assert_eq!(a.stdout, b.stdout, "{joined:?}");
    }
}

#[test]
fn each_command_has_help_that_exits_0() {
    for args in [&["check", "--help"][..], &["help", "check"], &["check", "-h"]] {
        let output = run(args, None);
        assert_eq!(output.status.code(), Some(0), "{args:?}");
        let text = String::from_utf8_lossy(&output.stdout);
        assert!(text.contains("--profile") && text.contains("--stdin"), "{args:?}: {text}");
    }
    for command in
        ["order", "schema", "contact-schema", "countries", "zone", "record", "records", "id", "explain", "ns-check"]
    {
        let output = run(&[command, "--help"], None);
        assert_eq!(output.status.code(), Some(0), "{command}");
        assert!(String::from_utf8_lossy(&output.stdout).contains(&format!("domain-rules {command}")), "{command}");
    }
}

#[test]
fn a_usage_error_shows_the_usage_of_its_command() {
    let output = run(&["schema", "dk", "--colour"], None);
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.starts_with("domain-rules: unexpected argument '--colour'"), "{stderr}");
    assert!(stderr.contains("usage: domain-rules schema"), "{stderr}");
    // A missing or unknown command: the usage of every command.
    for args in [&[][..], &["frobnicate"]] {
        let stderr = String::from_utf8_lossy(&run(args, None).stderr).into_owned();
        assert!(stderr.contains("usage: domain-rules check") && stderr.contains("domain-rules explain"), "{stderr}");
    }
}

#[test]
fn version_names_the_unicode_version_and_the_public_suffix_source() {
    let output = run(&["-V"], None);
    assert_eq!(output.status.code(), Some(0));
    let text = String::from_utf8(output.stdout).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 3, "{text}");
    assert_eq!(lines[0], format!("domain-rules {}", domain_rules::VERSION));
    assert_eq!(lines[2], domain_rules::zone::PUBLIC_SUFFIX_SOURCE);
}

#[test]
fn a_word_with_one_leading_hyphen_is_a_name_wherever_the_options_stand() {
    // `-x.de` is a name to check (with a leading hyphen to report), not an option; the options
    // after it still count, and an unknown `--option` is still refused.
    let output = run(&["check", "-x.de", "--locale", "de", "ok.de"], None);
    assert_eq!(output.status.code(), Some(1));
    let reports: Vec<serde_json::Value> =
        String::from_utf8_lossy(&output.stdout).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(reports.len(), 2);
    assert_eq!(reports[0]["input"], "-x.de");
    assert_eq!(reports[0]["diagnostics"][0]["code"], "name.leading_hyphen");
    assert!(reports[0]["diagnostics"][0]["message"].as_str().unwrap().contains("Bindestrich"), "{}", reports[0]);
    assert_eq!(reports[1]["input"], "ok.de");
    let output = run(&["check", "ok.de", "--bogus"], None);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).starts_with("domain-rules: unexpected argument '--bogus'"));
}

#[test]
fn an_option_given_twice_takes_its_last_value() {
    let output = run(&["check", "--locale", "de", "--locale=fr", "-x.de"], None);
    assert_eq!(output.status.code(), Some(1));
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert!(report["diagnostics"][0]["message"].as_str().unwrap().starts_with("La partie"), "{report}");
}
