//! The `domain-rules` command line: argument parsing and JSON in and out; no rules live here.

use std::ffi::OsString;
use std::io::{self, BufRead, BufWriter, Write};
use std::process::ExitCode;

use domain_rules::domain::refused_input;
use domain_rules::name::normalize::MAX_INPUT_BYTES;
use domain_rules::{Code, DomainReport, Locale, Options, Params, Profile, check_domain};

const USAGE: &str = "\
usage:
  domain-rules check [--profile registration|hostname|record] [--locale L] NAME...
  domain-rules check [--profile P] [--locale L] --stdin      (names, one per line)
  domain-rules order [FILE|-]                                 one order (JSON) or JSON lines
  domain-rules schema TLD [--action A] [--locale L]           form schema JSON
  domain-rules contact-schema CC [--role R] [--locale L]      a country's contact form JSON
  domain-rules countries [--locale L]                         every country, sorted, one JSON line each
  domain-rules zone TLD [--locale L]                          a zone's order facts JSON
  domain-rules record --zone ZONE --type T [--name N] [--value V] [--ttl S] [--literal] [--locale L]
                                                              one DNS record (zone editor)
  domain-rules record --stdin                                 records as JSON lines, one report each
  domain-rules records [FILE|-]                               a zone's records (JSON), checked together
  domain-rules id FORMAT VALUE... | id FORMAT --stdin         identifier checks (dk-cvr, eu-vat, ...)
  domain-rules id --list                                      the identifier formats
  domain-rules explain [--order FILE] [--locale L] [TEXT|-]   a registrar's error text explained
                                                              (standard input for - or no TEXT)
  domain-rules ns-check DOMAIN NS[=IP[,IP...]]... [--locale L] [--timeout-ms N] [--port P]
                                                              asks the nameservers (feature live)
  domain-rules --version | --help

Prints one JSON report per name and line. Exit status: 0 when every report is ok,
1 when any is not, 2 for a usage error or unreadable input.";

/// What went wrong before any name was checked.
enum Failure {
    Usage(String),
    Io(io::Error),
}

fn main() -> ExitCode {
    let args: Vec<OsString> = std::env::args_os().skip(1).collect();
    match run(&args) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(Failure::Usage(message)) => {
            eprintln!("domain-rules: {message}\n\n{USAGE}");
            ExitCode::from(2)
        }
        // A closed pipe (`| head`) is the reader's choice, not an error.
        Err(Failure::Io(e)) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(Failure::Io(e)) => {
            eprintln!("domain-rules: cannot read or write: {e}");
            ExitCode::from(2)
        }
    }
}

/// Runs the command; `Ok(true)` when every report is ok.
fn run(args: &[OsString]) -> Result<bool, Failure> {
    let Some(command) = args.first() else {
        return Err(Failure::Usage("a command is missing".into()));
    };
    match command.to_str() {
        Some("check") => check(&args[1..]),
        Some("--help" | "-h" | "help") => {
            println!("{USAGE}");
            Ok(true)
        }
        Some("--version" | "-V") => {
            println!("domain-rules {}", domain_rules::VERSION);
            println!(
                "Unicode {} ({})",
                domain_rules::name::idna2008::UNICODE_VERSION,
                domain_rules::name::idna2008::SOURCE
            );
            println!("{}", domain_rules::zone::PUBLIC_SUFFIX_SOURCE);
            Ok(true)
        }
        Some("order") => order(&args[1..]),
        Some("schema") => schema(&args[1..]),
        Some("contact-schema") => contact_schema(&args[1..]),
        Some("countries") => countries(&args[1..]),
        Some("zone") => zone(&args[1..]),
        Some("record") => record(&args[1..]),
        Some("records") => records(&args[1..]),
        Some("id") => id(&args[1..]),
        Some("explain") => explain(&args[1..]),
        Some("ns-check") => ns_check(&args[1..]),
        _ => Err(Failure::Usage(format!("unknown command '{}'", command.to_string_lossy()))),
    }
}

/// The parsed arguments of `check`.
struct CheckArgs {
    options: Options,
    stdin: bool,
    names: Vec<OsString>,
}

fn parse_check_args(args: &[OsString]) -> Result<CheckArgs, Failure> {
    let mut parsed = CheckArgs { options: Options::default(), stdin: false, names: Vec::new() };
    let mut rest = args.iter();
    let mut only_names = false;
    while let Some(arg) = rest.next() {
        let text = arg.to_str();
        if only_names || !text.is_some_and(|t| t.starts_with("--")) {
            parsed.names.push(arg.clone());
            continue;
        }
        let text = text.unwrap_or_default();
        let (flag, inline) = split_flag(text);
        let mut value = || flag_value(flag, inline, &mut rest);
        match flag {
            "--" => only_names = true,
            "--stdin" => parsed.stdin = true,
            "--profile" => {
                let v = value()?;
                parsed.options.profile = Profile::parse(&v)
                    .ok_or_else(|| Failure::Usage(format!("unknown profile '{v}'; use one of {}", Profile::names())))?;
            }
            "--locale" => parsed.options.locale = Locale::from_tag(&value()?),
            _ => return Err(Failure::Usage(format!("unknown option '{text}'"))),
        }
    }
    match (parsed.stdin, parsed.names.is_empty()) {
        (true, false) => Err(Failure::Usage("give names as arguments or --stdin, not both".into())),
        (false, true) => Err(Failure::Usage("no name to check; give names or --stdin".into())),
        _ => Ok(parsed),
    }
}

/// `--flag=value` as the flag and its value; `--flag` alone as the flag and no value.
fn split_flag(text: &str) -> (&str, Option<&str>) {
    match text.split_once('=') {
        Some((flag, value)) => (flag, Some(value)),
        None => (text, None),
    }
}

/// The value of `flag`: the one after `=`, else the next argument.
fn flag_value(flag: &str, inline: Option<&str>, rest: &mut std::slice::Iter<'_, OsString>) -> Result<String, Failure> {
    match inline {
        Some(v) => Ok(v.to_owned()),
        None => rest
            .next()
            .and_then(|v| v.to_str().map(str::to_owned))
            .ok_or_else(|| Failure::Usage(format!("{flag} needs a value"))),
    }
}

fn check(args: &[OsString]) -> Result<bool, Failure> {
    let parsed = parse_check_args(args)?;
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut all_ok = true;
    if parsed.stdin {
        let stdin = io::stdin();
        let mut reader = stdin.lock();
        while let Some((mut bytes, mut length)) = read_line_capped(&mut reader, MAX_INPUT_BYTES).map_err(Failure::Io)? {
            if bytes.last() == Some(&b'\r') && length == bytes.len() {
                bytes.pop();
                length -= 1;
            }
            let report = if length > MAX_INPUT_BYTES {
                let mut shown = String::from_utf8_lossy(&bytes).into_owned();
                shown.push('…');
                let params = Params::new().with("max", MAX_INPUT_BYTES).with("actual", length);
                refused_input(shown, "domain", Code::InputTooLong, params, &parsed.options)
            } else {
                report_for_bytes(bytes, &parsed.options)
            };
            all_ok &= emit(&mut out, &report)?;
        }
    } else {
        for name in parsed.names {
            let report = match name.into_string() {
                Ok(text) => check_domain(&text, &parsed.options),
                Err(raw) => report_for_bytes(raw.into_encoded_bytes(), &parsed.options),
            };
            all_ok &= emit(&mut out, &report)?;
        }
    }
    out.flush().map_err(Failure::Io)?;
    Ok(all_ok)
}

/// Reads one line without its newline, keeping at most `cap` bytes of it: a longer line is read
/// to its end (so memory stays bounded) and comes back cut, with its full length. `None` at the
/// end of the input.
fn read_line_capped(reader: &mut impl BufRead, cap: usize) -> io::Result<Option<(Vec<u8>, usize)>> {
    let mut line = Vec::new();
    let mut length = 0;
    let mut started = false;
    loop {
        let buffer = reader.fill_buf()?;
        if buffer.is_empty() {
            return Ok(started.then_some((line, length)));
        }
        started = true;
        let newline = buffer.iter().position(|&b| b == b'\n');
        let part = &buffer[..newline.unwrap_or(buffer.len())];
        let room = (cap + 1).saturating_sub(line.len());
        line.extend_from_slice(&part[..part.len().min(room)]);
        length += part.len();
        let used = newline.map_or(part.len(), |n| n + 1);
        reader.consume(used);
        if newline.is_some() {
            return Ok(Some((line, length)));
        }
    }
}

/// The report for raw bytes: checked when they are UTF-8, refused with the position otherwise.
fn report_for_bytes(bytes: Vec<u8>, options: &Options) -> DomainReport {
    match String::from_utf8(bytes) {
        Ok(text) => check_domain(&text, options),
        Err(e) => {
            let position = e.utf8_error().valid_up_to() + 1;
            let shown = String::from_utf8_lossy(e.as_bytes()).into_owned();
            refused_input(shown, "domain", Code::InputInvalidUtf8, Params::new().with("position", position), options)
        }
    }
}

fn emit(out: &mut impl Write, report: &DomainReport) -> Result<bool, Failure> {
    serde_json::to_writer(&mut *out, report).map_err(|e| Failure::Io(e.into()))?;
    out.write_all(b"\n").map_err(Failure::Io)?;
    Ok(report.ok)
}

/// `record --zone Z --type T [--name N] [--value V] [--ttl S] [--literal] [--locale L]`.
fn record(args: &[OsString]) -> Result<bool, Failure> {
    use domain_rules::record::{RecordRequest, check_record};
    if args.len() == 1 && args[0] == "--stdin" {
        return records_lines();
    }
    let mut request = RecordRequest::default();
    let (mut zone, mut kind) = (false, false);
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        let text = arg.to_str().ok_or_else(|| Failure::Usage("arguments must be UTF-8".into()))?;
        let mut value = || -> Result<String, Failure> {
            rest.next()
                .and_then(|v| v.to_str())
                .map(str::to_owned)
                .ok_or_else(|| Failure::Usage(format!("{text} needs a value")))
        };
        match text {
            "--zone" => (request.zone, zone) = (value()?, true),
            "--type" => (request.kind, kind) = (value()?, true),
            "--name" => request.name = value()?,
            "--value" => request.value = value()?,
            "--ttl" => {
                let ttl = value()?;
                let seconds =
                    ttl.trim().parse().map_err(|_| Failure::Usage(format!("--ttl '{ttl}' is no whole number")))?;
                request.ttl = Some(seconds);
            }
            "--literal" => request.literal = true,
            "--locale" => request.locale = Some(value()?),
            _ => return Err(Failure::Usage(format!("unexpected argument '{text}'"))),
        }
    }
    if !(zone && kind) {
        return Err(Failure::Usage("record needs --zone and --type".into()));
    }
    let report = check_record(&request);
    write_json(&report)?;
    Ok(report.ok)
}

/// `record --stdin`: one record request (JSON) per line of standard input, one report per line.
fn records_lines() -> Result<bool, Failure> {
    use domain_rules::record::{RecordRequest, check_record, unreadable_record};
    let mut out = BufWriter::new(io::stdout().lock());
    let mut all_ok = true;
    for line in io::stdin().lock().lines() {
        let line = line.map_err(Failure::Io)?;
        if line.trim().is_empty() {
            continue;
        }
        let report = match serde_json::from_str::<RecordRequest>(&line) {
            Ok(request) => check_record(&request),
            Err(e) => unreadable_record(&e.to_string(), Locale::En),
        };
        all_ok &= report.ok;
        serde_json::to_writer(&mut out, &report).map_err(|e| Failure::Io(e.into()))?;
        writeln!(out).map_err(Failure::Io)?;
    }
    out.flush().map_err(Failure::Io)?;
    Ok(all_ok)
}

/// `id FORMAT VALUE...`, `id FORMAT --stdin` or `id --list`: identifier checks, one JSON line per
/// value (`ok`, `format`, `input`, then `compact` and `strength`, or the `reason`).
fn id(args: &[OsString]) -> Result<bool, Failure> {
    use domain_rules::ids;
    let args: Vec<&str> = args
        .iter()
        .map(|a| a.to_str().ok_or_else(|| Failure::Usage("arguments must be UTF-8".into())))
        .collect::<Result<_, _>>()?;
    let mut out = BufWriter::new(io::stdout().lock());
    if args == ["--list"] {
        for format in ids::FORMATS {
            writeln!(out, "{}", format.name).map_err(Failure::Io)?;
        }
        out.flush().map_err(Failure::Io)?;
        return Ok(true);
    }
    let Some((name, values)) = args.split_first() else {
        return Err(Failure::Usage("id needs a format (see `id --list`) and values".into()));
    };
    let format = ids::format(name)
        .ok_or_else(|| Failure::Usage(format!("unknown identifier format '{name}'; `id --list` names them")))?;
    let from_stdin = values == ["--stdin"];
    if values.is_empty() {
        return Err(Failure::Usage("id needs values, or --stdin".into()));
    }
    /// One identifier's result, keys in the order they are read.
    #[derive(serde::Serialize)]
    struct IdLine<'a> {
        ok: bool,
        format: &'a str,
        input: &'a str,
        #[serde(skip_serializing_if = "Option::is_none")]
        compact: Option<String>,
        #[serde(skip_serializing_if = "Option::is_none")]
        strength: Option<&'static str>,
        #[serde(skip_serializing_if = "Option::is_none")]
        reason: Option<&'static str>,
    }
    let mut all_ok = true;
    let mut emit_one = |out: &mut BufWriter<io::StdoutLock<'_>>, value: &str| -> Result<(), Failure> {
        let line = match (format.check)(value) {
            Ok(valid) => IdLine {
                ok: true,
                format: format.name,
                input: value,
                compact: Some(valid.compact),
                strength: Some(valid.strength.as_str()),
                reason: None,
            },
            Err(reason) => {
                all_ok = false;
                IdLine {
                    ok: false,
                    format: format.name,
                    input: value,
                    compact: None,
                    strength: None,
                    reason: Some(reason.as_str()),
                }
            }
        };
        serde_json::to_writer(&mut *out, &line).map_err(|e| Failure::Io(e.into()))?;
        writeln!(out).map_err(Failure::Io)
    };
    if from_stdin {
        for line in io::stdin().lock().lines() {
            let line = line.map_err(Failure::Io)?;
            emit_one(&mut out, line.strip_suffix('\r').unwrap_or(&line))?;
        }
    } else {
        for value in values {
            emit_one(&mut out, value)?;
        }
    }
    out.flush().map_err(Failure::Io)?;
    Ok(all_ok)
}

/// `records [FILE|-]`: a zone's records as `{"zone": ..., "records": [...]}`, checked together.
fn records(args: &[OsString]) -> Result<bool, Failure> {
    use domain_rules::record::{ZoneRequest, check_zone_records, unreadable_zone};
    let text = read_input(args, "records")?;
    if text.trim().is_empty() {
        return Err(Failure::Usage("no zone was given".into()));
    }
    match serde_json::from_str::<ZoneRequest>(&text) {
        Ok(request) => {
            let report = check_zone_records(&request);
            write_json(&report)?;
            Ok(report.ok)
        }
        Err(e) => {
            write_json(&unreadable_zone(&e.to_string(), Locale::En))?;
            Ok(false)
        }
    }
}

/// One JSON document on standard output, on one line.
fn write_json(value: &impl serde::Serialize) -> Result<(), Failure> {
    let mut out = io::stdout().lock();
    serde_json::to_writer(&mut out, value).map_err(|e| Failure::Io(e.into()))?;
    writeln!(out).map_err(Failure::Io)
}

/// The text of the one file argument, or of standard input for none or `-`.
fn read_input(args: &[OsString], command: &str) -> Result<String, Failure> {
    let bytes = match args {
        [] => read_all(io::stdin().lock())?,
        [dash] if dash == "-" => read_all(io::stdin().lock())?,
        [path] => {
            std::fs::read(path).map_err(|e| Failure::Usage(format!("cannot read {}: {e}", path.to_string_lossy())))?
        }
        _ => return Err(Failure::Usage(format!("{command} takes one file (or - for standard input)"))),
    };
    String::from_utf8(bytes).map_err(|_| Failure::Usage(format!("the input of {command} is not UTF-8 text")))
}

/// `order [FILE|-]`: one JSON order, or one per line (JSON lines); one report per order.
fn order(args: &[OsString]) -> Result<bool, Failure> {
    use domain_rules::order::{Order, check_order, unreadable_order};
    let text = read_input(args, "order")?;
    // One JSON document, or JSON lines: try the whole text first.
    let documents: Vec<&str> = if serde_json::from_str::<serde_json::Value>(&text).is_ok() {
        vec![text.as_str()]
    } else {
        text.lines().filter(|l| !l.trim().is_empty()).collect()
    };
    if documents.is_empty() {
        return Err(Failure::Usage("no order was given".into()));
    }
    let mut out = BufWriter::new(io::stdout().lock());
    let mut all_ok = true;
    for document in documents {
        let report = match serde_json::from_str::<Order>(document) {
            Ok(order) => check_order(&order),
            Err(e) => unreadable_order(&e.to_string(), Locale::En),
        };
        all_ok &= report.ok;
        serde_json::to_writer(&mut out, &report).map_err(|e| Failure::Io(e.into()))?;
        writeln!(out).map_err(Failure::Io)?;
    }
    out.flush().map_err(Failure::Io)?;
    Ok(all_ok)
}

fn read_all(mut reader: impl io::Read) -> Result<Vec<u8>, Failure> {
    let mut buffer = Vec::new();
    reader.read_to_end(&mut buffer).map_err(Failure::Io)?;
    Ok(buffer)
}

/// `schema TLD [--action A] [--locale L]`: the form schema as one JSON document.
fn schema(args: &[OsString]) -> Result<bool, Failure> {
    use domain_rules::fields::Action;
    let mut zone = None;
    let mut action = Action::Register;
    let mut locale = Locale::En;
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        let text = arg.to_str().ok_or_else(|| Failure::Usage("arguments must be UTF-8".into()))?;
        let mut value = |name: &str| -> Result<String, Failure> {
            rest.next()
                .and_then(|v| v.to_str())
                .map(str::to_owned)
                .ok_or_else(|| Failure::Usage(format!("{name} needs a value")))
        };
        match text {
            "--action" => {
                let name = value("--action")?;
                action = Action::parse(&name).ok_or_else(|| {
                    Failure::Usage(format!("unknown action '{name}' (register, transfer, trade, update, renew)"))
                })?;
            }
            "--locale" => locale = Locale::from_tag(&value("--locale")?),
            _ if zone.is_none() && !text.starts_with("--") => zone = Some(text.to_owned()),
            _ => return Err(Failure::Usage(format!("unexpected argument '{text}'"))),
        }
    }
    let zone = zone.ok_or_else(|| Failure::Usage("schema needs a TLD (dk, co.uk) or a domain".into()))?;
    let schema = domain_rules::schema::form_schema(&zone, action, locale);
    let mut out = io::stdout().lock();
    serde_json::to_writer_pretty(&mut out, &schema).map_err(|e| Failure::Io(e.into()))?;
    writeln!(out).map_err(Failure::Io)?;
    Ok(schema.ok)
}

/// The arguments of the data commands: at most one positional value, `--locale L` and the
/// flags in `flags` (each with a value), in any order, `--flag=value` or `--flag value`.
struct DataArgs {
    positional: Option<String>,
    locale: Locale,
    values: Vec<(&'static str, String)>,
}

fn data_args(args: &[OsString], flags: &[&'static str]) -> Result<DataArgs, Failure> {
    let mut parsed = DataArgs { positional: None, locale: Locale::En, values: Vec::new() };
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        let text = arg.to_str().ok_or_else(|| Failure::Usage("arguments must be UTF-8".into()))?;
        if !text.starts_with("--") && parsed.positional.is_none() {
            parsed.positional = Some(text.to_owned());
            continue;
        }
        let (flag, inline) = split_flag(text);
        if flag == "--locale" {
            parsed.locale = Locale::from_tag(&flag_value(flag, inline, &mut rest)?);
        } else if let Some(known) = flags.iter().find(|f| **f == flag) {
            parsed.values.push((known, flag_value(flag, inline, &mut rest)?));
        } else {
            return Err(Failure::Usage(format!("unexpected argument '{text}'")));
        }
    }
    Ok(parsed)
}

fn write_pretty(value: &impl serde::Serialize) -> Result<(), Failure> {
    let mut out = io::stdout().lock();
    serde_json::to_writer_pretty(&mut out, value).map_err(|e| Failure::Io(e.into()))?;
    writeln!(out).map_err(Failure::Io)
}

/// `contact-schema CC [--role R] [--locale L]`: the contact form of a country.
fn contact_schema(args: &[OsString]) -> Result<bool, Failure> {
    let parsed = data_args(args, &["--role"])?;
    let country = parsed.positional.ok_or_else(|| Failure::Usage("contact-schema needs a country (CA, DE)".into()))?;
    let role = parsed.values.iter().find(|(f, _)| *f == "--role").map_or("registrant", |(_, v)| v.as_str());
    if !domain_rules::contacts::ROLES.contains(&role) {
        return Err(Failure::Usage(format!("unknown role '{role}' (registrant, admin, tech, billing)")));
    }
    let schema = domain_rules::contacts::schema::contact_schema(&country, role, parsed.locale);
    write_pretty(&schema)?;
    Ok(schema.ok)
}

/// `countries [--locale L]`: every country in the locale's order, one JSON object per line.
fn countries(args: &[OsString]) -> Result<bool, Failure> {
    let parsed = data_args(args, &[])?;
    if let Some(extra) = parsed.positional {
        return Err(Failure::Usage(format!("unexpected argument '{extra}'")));
    }
    let mut out = BufWriter::new(io::stdout().lock());
    for entry in domain_rules::contacts::schema::country_list(parsed.locale) {
        serde_json::to_writer(&mut out, &entry).map_err(|e| Failure::Io(e.into()))?;
        writeln!(out).map_err(Failure::Io)?;
    }
    out.flush().map_err(Failure::Io)?;
    Ok(true)
}

/// `zone TLD [--locale L]`: a zone's order facts.
fn zone(args: &[OsString]) -> Result<bool, Failure> {
    let parsed = data_args(args, &[])?;
    let zone = parsed.positional.ok_or_else(|| Failure::Usage("zone needs a TLD (com, co.uk) or a domain".into()))?;
    let info = domain_rules::zone_info::zone_info(&zone, parsed.locale);
    write_pretty(&info)?;
    Ok(info.ok)
}

/// `explain [--order FILE] [--locale L] [TEXT|-]`: a registrar's answer explained. The words
/// of TEXT may be given as separate arguments; without TEXT, or with `-`, the answer is read
/// from standard input (a whole `[RESPONSE]` block or EPP response).
fn explain(args: &[OsString]) -> Result<bool, Failure> {
    use domain_rules::explain::{MAX_TEXT_BYTES, explain_error, refused_text};
    use domain_rules::order::{Order, unreadable_order};
    let mut words: Vec<String> = Vec::new();
    let mut order_file = None;
    let mut locale = Locale::En;
    let mut only_words = false;
    let mut not_text = None;
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        let Some(text) = arg.to_str() else {
            // A word of the answer that is not UTF-8 is a finding about the answer, as on
            // standard input; an option must be UTF-8.
            not_text.get_or_insert_with(|| words.iter().map(|w| w.len() + 1).sum::<usize>());
            words.push(arg.to_string_lossy().into_owned());
            continue;
        };
        if only_words || !text.starts_with("--") {
            words.push(text.to_owned());
            continue;
        }
        let (flag, inline) = split_flag(text);
        match flag {
            "--" => only_words = true,
            "--order" => order_file = Some(flag_value(flag, inline, &mut rest)?),
            "--locale" => locale = Locale::from_tag(&flag_value(flag, inline, &mut rest)?),
            _ => return Err(Failure::Usage(format!("unknown option '{text}'"))),
        }
    }
    let input = if words.is_empty() || words == ["-"] {
        // Read what the explainer can use and count the rest, so memory stays bounded.
        let mut stdin = io::stdin().lock();
        let mut bytes = Vec::new();
        io::Read::read_to_end(&mut io::Read::take(&mut stdin, MAX_TEXT_BYTES as u64 + 1), &mut bytes)
            .map_err(Failure::Io)?;
        if bytes.len() > MAX_TEXT_BYTES {
            let more = io::copy(&mut stdin, &mut io::sink()).map_err(Failure::Io)?;
            let actual = bytes.len() + usize::try_from(more).unwrap_or(usize::MAX);
            let params = Params::new().with("max", MAX_TEXT_BYTES).with("actual", actual);
            let report = refused_text(Code::RegistrarTextTooLong, params, locale);
            write_pretty(&report)?;
            return Ok(false);
        }
        String::from_utf8(bytes).map_err(|e| e.utf8_error().valid_up_to())
    } else {
        match not_text {
            Some(at) => Err(at),
            None => Ok(words.join(" ")),
        }
    };
    let mut order_problem = None;
    let order = match order_file {
        None => None,
        Some(path) => {
            let text =
                std::fs::read_to_string(&path).map_err(|e| Failure::Usage(format!("cannot read {path}: {e}")))?;
            match serde_json::from_str::<Order>(&text) {
                Ok(order) => Some(order),
                Err(e) => {
                    order_problem = Some(unreadable_order(&e.to_string(), locale).diagnostics);
                    None
                }
            }
        }
    };
    let mut report = match input {
        Ok(text) => explain_error(&text, order.as_ref(), locale),
        Err(valid_up_to) => {
            let found = format!("bytes that are not UTF-8 (at byte {})", valid_up_to + 1);
            refused_text(Code::RegistrarTextInvalid, Params::new().with("found", found), locale)
        }
    };
    if let Some(problem) = order_problem {
        // The order could not be read: say so, and explain the text without it.
        report.diagnostics.extend(problem);
        report.ok = false;
    }
    write_pretty(&report)?;
    Ok(report.ok)
}

/// `ns-check` without the feature: says how to get it.
#[cfg(not(feature = "live"))]
fn ns_check(_args: &[OsString]) -> Result<bool, Failure> {
    Err(Failure::Usage("ns-check needs the `live` feature; build with `cargo build --features live`".into()))
}

/// `ns-check DOMAIN NS[=IP[,IP...]]... [--locale L] [--timeout-ms N] [--port P]`: asks each
/// nameserver for the zone and prints the report as one JSON line.
#[cfg(feature = "live")]
fn ns_check(args: &[OsString]) -> Result<bool, Failure> {
    use domain_rules::live::{LiveOptions, check_nameservers_live};
    use domain_rules::order::{Host, Nameserver};

    let mut options = LiveOptions::default();
    let mut positional = Vec::new();
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        let text = arg.to_str().ok_or_else(|| Failure::Usage("arguments must be UTF-8".into()))?;
        if !text.starts_with("--") {
            positional.push(text.to_owned());
            continue;
        }
        let (flag, inline) = split_flag(text);
        let mut value = || flag_value(flag, inline, &mut rest);
        match flag {
            "--locale" => options.locale = Locale::from_tag(&value()?),
            "--timeout-ms" => {
                let v = value()?;
                let ms = v.parse::<u64>().ok().filter(|ms| (1..=60_000).contains(ms));
                let ms = ms.ok_or_else(|| Failure::Usage(format!("--timeout-ms takes 1 to 60000, not '{v}'")))?;
                options.timeout = std::time::Duration::from_millis(ms);
            }
            "--port" => {
                let v = value()?;
                options.port = v
                    .parse::<u16>()
                    .ok()
                    .filter(|&p| p != 0)
                    .ok_or_else(|| Failure::Usage(format!("--port takes 1 to 65535, not '{v}'")))?;
            }
            _ => return Err(Failure::Usage(format!("unknown option '{text}'"))),
        }
    }
    let Some((domain, entries)) = positional.split_first() else {
        return Err(Failure::Usage("ns-check needs a domain and its nameservers".into()));
    };
    if entries.is_empty() {
        return Err(Failure::Usage("ns-check needs at least one nameserver after the domain".into()));
    }
    let nameservers: Vec<Nameserver> = entries
        .iter()
        .map(|entry| match entry.split_once('=') {
            Some((name, ips)) => {
                Nameserver::Host(Host { name: name.to_owned(), ips: ips.split(',').map(str::to_owned).collect() })
            }
            None => Nameserver::Name(entry.clone()),
        })
        .collect();
    let report = check_nameservers_live(domain, &nameservers, &options);
    let mut out = io::stdout().lock();
    serde_json::to_writer(&mut out, &report).map_err(|e| Failure::Io(e.into()))?;
    writeln!(out).map_err(Failure::Io)?;
    Ok(report.ok)
}
