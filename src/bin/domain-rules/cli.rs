//! Argument parsing (clap) and JSON in and out; no rules live here.

use std::convert::Infallible;
use std::ffi::OsString;
use std::io::{self, BufRead, BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::OnceLock;

use clap::builder::{PossibleValuesParser, TypedValueParser};
use clap::{Args, CommandFactory, FromArgMatches, Parser, Subcommand};
use domain_rules::domain::refused_input;
use domain_rules::fields::Action;
use domain_rules::name::normalize::MAX_INPUT_BYTES;
use domain_rules::{Code, DomainReport, Locale, Options, Params, Profile, check_domain};

/// Shown after the list of commands in `--help`.
const AFTER_HELP: &str = "\
Prints one JSON report per name and line. Exit status: 0 when every report is ok,
1 when any is not, 2 for a usage error or unreadable input.

Examples:
  domain-rules check a.de ab.it
  domain-rules check --profile record --stdin < names.txt
  domain-rules order order.json
  domain-rules schema dk --action transfer --locale da
  domain-rules record --zone hexo.com --type A --name www --value 203.0.114.10
  domain-rules id eu-vat DK:21599336
  domain-rules explain --locale de 'Invalid attribute value; X-ACCEPT-WHOISTRUSTEE-TAC not supported'";

/// Rules engine for domain-name order forms: syntax, IDN, registry zones and their policies.
#[derive(Parser)]
#[command(
    name = "domain-rules",
    version = version_text(),
    after_help = AFTER_HELP,
    // A missing command is a usage error (exit status 2), not the help.
    arg_required_else_help = false
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

/// The commands: each has its arguments struct, which runs it.
#[derive(Subcommand)]
enum Command {
    /// Checks domain names: one JSON report per name
    Check(CheckArgs),
    /// Checks one order (JSON), or one per line (JSON lines): one report per order
    Order(OrderArgs),
    /// Prints a zone's form schema (JSON)
    Schema(SchemaArgs),
    /// Prints a country's contact form (JSON)
    ContactSchema(ContactSchemaArgs),
    /// Prints every country, sorted for the language, one JSON line each
    Countries(CountriesArgs),
    /// Prints a zone's order facts with their sources (JSON)
    Zone(ZoneArgs),
    /// Checks one DNS record as a zone editor sends it, or one per line with --stdin
    Record(RecordArgs),
    /// Checks a zone's records (JSON) together
    Records(RecordsArgs),
    /// Checks identifiers (dk-cvr, eu-vat, ...): one JSON line per value
    Id(IdArgs),
    /// Explains a registrar's error text (JSON)
    Explain(ExplainArgs),
    /// Asks a zone's nameservers for its SOA and NS records (needs the `live` feature)
    NsCheck(NsCheckArgs),
    /// Serves the checks over HTTP with JSON bodies (needs the `server` feature)
    Serve(ServeArgs),
    /// Prints WHMCS's additionalfields.php for every zone with a field set
    WhmcsFields,
}

/// What went wrong before any name was checked.
enum Failure {
    Usage(String),
    Io(io::Error),
}

pub fn main() -> ExitCode {
    let args = names_behind_separator(std::env::args_os().collect());
    // As with the hand-written parser, an option given twice takes its last value.
    let parser = Cli::command().args_override_self(true).mut_subcommands(|c| c.args_override_self(true));
    let outcome = match parser.try_get_matches_from(&args).and_then(|m| Cli::from_arg_matches(&m)) {
        Ok(cli) => cli.command.run(),
        // `--help` and `--version`: on standard output, exit status 0.
        Err(e) if !e.use_stderr() => {
            let _ = e.print();
            return ExitCode::SUCCESS;
        }
        Err(e) => Err(Failure::Usage(clap_message(&e))),
    };
    match outcome {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(Failure::Usage(message)) => {
            eprintln!("domain-rules: {message}\n\n{}", usage(args.get(1).and_then(|a| a.to_str())));
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

/// The command line reads every word that does not start with `--` as a name or value, so that
/// `check -x.de` checks the name `-x.de` (and says what is wrong with it); clap would take it for
/// an option. The words of a command that are neither options nor option values are moved
/// behind a `--`, in their order; unknown `--options` stay where clap refuses them.
fn names_behind_separator(args: Vec<OsString>) -> Vec<OsString> {
    let cli = Cli::command();
    let Some(command) = args.get(1).and_then(|a| a.to_str()).and_then(|name| cli.find_subcommand(name)) else {
        return args;
    };
    let takes_value =
        |long: &str| command.get_arguments().any(|arg| arg.get_long() == Some(long) && arg.get_action().takes_values());
    let mut options: Vec<OsString> = args[..2].to_vec();
    let mut names = Vec::new();
    let mut rest = args[2..].iter();
    while let Some(arg) = rest.next() {
        match arg.to_str() {
            Some("--") => {
                names.extend(rest.cloned());
                break;
            }
            Some("-h") => options.push(arg.clone()),
            Some(text) if text.starts_with("--") => {
                options.push(arg.clone());
                if !text.contains('=')
                    && takes_value(&text[2..])
                    && let Some(value) = rest.next()
                {
                    options.push(value.clone());
                }
            }
            _ => names.push(arg.clone()),
        }
    }
    if !names.is_empty() {
        options.push("--".into());
        options.extend(names);
    }
    options
}

impl Command {
    /// Runs the command; `Ok(true)` when every report is ok.
    fn run(self) -> Result<bool, Failure> {
        match self {
            Command::Check(args) => args.run(),
            Command::Order(args) => args.run(),
            Command::Schema(args) => args.run(),
            Command::ContactSchema(args) => args.run(),
            Command::Countries(args) => args.run(),
            Command::Zone(args) => args.run(),
            Command::Record(args) => args.run(),
            Command::Records(args) => args.run(),
            Command::Id(args) => args.run(),
            Command::Explain(args) => args.run(),
            Command::NsCheck(args) => args.run(),
            Command::Serve(args) => args.run(),
            Command::WhmcsFields => {
                io::stdout()
                    .write_all(domain_rules::whmcs_fields::additional_fields_php().as_bytes())
                    .map_err(Failure::Io)?;
                Ok(true)
            }
        }
    }
}

/// What `--version` prints after the name: the crate version, the Unicode version of the IDNA
/// tables and the source of the public suffixes.
fn version_text() -> &'static str {
    static TEXT: OnceLock<String> = OnceLock::new();
    TEXT.get_or_init(|| {
        use domain_rules::name::idna2008::{SOURCE, UNICODE_VERSION};
        format!(
            "{}\nUnicode {UNICODE_VERSION} ({SOURCE})\n{}",
            domain_rules::VERSION,
            domain_rules::zone::PUBLIC_SUFFIX_SOURCE
        )
    })
}

/// Clap's message for a usage error, without its `error: ` and the usage lines after it.
fn clap_message(error: &clap::Error) -> String {
    let text = error.render().to_string();
    let text = text.strip_prefix("error: ").unwrap_or(&text);
    let end = ["\n\nUsage:", "\n\nFor more information"].iter().filter_map(|m| text.find(m)).min();
    text[..end.unwrap_or(text.len())].trim_end().to_owned()
}

/// `usage: ...` for the command named, or for every command when none (or an unknown one) is.
fn usage(command: Option<&str>) -> String {
    let mut cli = Cli::command();
    cli.build();
    let usage_of = |command: &clap::Command| {
        let text = command.clone().render_usage().to_string();
        text.strip_prefix("Usage: ").unwrap_or(&text).to_owned()
    };
    let (lines, help) = match command.and_then(|name| cli.find_subcommand(name)) {
        Some(sub) => (vec![usage_of(sub)], format!("domain-rules {} --help", sub.get_name())),
        None => {
            let subs = cli.get_subcommands().filter(|sub| sub.get_name() != "help");
            let mut lines: Vec<String> = subs.map(usage_of).collect();
            lines.push("domain-rules --version | --help".into());
            (lines, "domain-rules --help".into())
        }
    };
    format!("usage: {}\n\nFor more information, try '{help}'.", lines.join("\n       "))
}

/// `--locale L`: the language of the messages, for every command that writes any.
#[derive(Args)]
struct LocaleArg {
    /// The language of the messages, a tag such as de or fr-CH (English for a language without them)
    #[arg(long, value_name = "L", default_value = "en", value_parser = locale)]
    locale: Locale,
}

/// The locale of a BCP 47 tag; English for any tag without messages.
fn locale(tag: &str) -> Result<Locale, Infallible> {
    Ok(Locale::from_tag(tag))
}

/// A value out of the fixed list `names`, read by `parse`; help and errors list the names.
fn one_of<T: Clone + Send + Sync + 'static>(
    names: impl IntoIterator<Item = &'static str>,
    parse: fn(&str) -> Option<T>,
) -> impl TypedValueParser<Value = T> {
    PossibleValuesParser::new(names).try_map(move |name| parse(&name).ok_or("not a known name"))
}

/// `check`: domain names from the arguments or from standard input.
#[derive(Args)]
#[command(override_usage = "domain-rules check [OPTIONS] <NAME>...
       domain-rules check [OPTIONS] --stdin")]
struct CheckArgs {
    /// The kind of name: one to register, any host name, or a DNS owner name
    #[arg(
        long,
        value_name = "P",
        default_value = "registration",
        value_parser = one_of(Profile::ALL.iter().map(|p| p.as_str()), Profile::parse),
    )]
    profile: Profile,
    #[command(flatten)]
    locale: LocaleArg,
    /// Reads the names from standard input, one per line
    #[arg(long, conflicts_with = "names")]
    stdin: bool,
    /// The names to check (after `--` they may start with '-')
    #[arg(value_name = "NAME", required_unless_present = "stdin")]
    names: Vec<OsString>,
}

impl CheckArgs {
    fn run(self) -> Result<bool, Failure> {
        let options = Options { profile: self.profile, locale: self.locale.locale };
        let stdout = io::stdout();
        let mut out = BufWriter::new(stdout.lock());
        let mut all_ok = true;
        if self.stdin {
            let stdin = io::stdin();
            let mut reader = stdin.lock();
            while let Some((mut bytes, mut length)) =
                read_line_capped(&mut reader, MAX_INPUT_BYTES).map_err(Failure::Io)?
            {
                if bytes.last() == Some(&b'\r') && length == bytes.len() {
                    bytes.pop();
                    length -= 1;
                }
                let report = if length > MAX_INPUT_BYTES {
                    let mut shown = String::from_utf8_lossy(&bytes).into_owned();
                    shown.push('…');
                    let params = Params::new().with("max", MAX_INPUT_BYTES).with("actual", length);
                    refused_input(shown, "domain", Code::InputTooLong, params, &options)
                } else {
                    report_for_bytes(bytes, &options)
                };
                all_ok &= emit(&mut out, &report)?;
            }
        } else {
            for name in self.names {
                let report = match name.into_string() {
                    Ok(text) => check_domain(&text, &options),
                    Err(raw) => report_for_bytes(raw.into_encoded_bytes(), &options),
                };
                all_ok &= emit(&mut out, &report)?;
            }
        }
        out.flush().map_err(Failure::Io)?;
        Ok(all_ok)
    }
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

/// `record`: one DNS record from the options, or record requests (JSON lines) from standard input.
#[derive(Args)]
#[command(override_usage = "domain-rules record [OPTIONS] --zone <ZONE> --type <T>
       domain-rules record --stdin")]
struct RecordArgs {
    /// The zone the record belongs to (hexo.com)
    #[arg(long, value_name = "ZONE", required_unless_present = "stdin", allow_hyphen_values = true)]
    zone: Option<String>,
    /// The record type (A, MX, TXT, ...)
    #[arg(long = "type", value_name = "T", required_unless_present = "stdin", allow_hyphen_values = true)]
    kind: Option<String>,
    /// The owner name as typed: @, relative, or absolute with a trailing dot
    #[arg(long, value_name = "N", allow_hyphen_values = true)]
    name: Option<String>,
    /// The record data as typed
    #[arg(long, value_name = "V", allow_hyphen_values = true)]
    value: Option<String>,
    /// The time to live in seconds
    #[arg(long, value_name = "S", allow_hyphen_values = true, value_parser = ttl)]
    ttl: Option<i64>,
    /// Reads the name as a zone file would: a relative name is always relative to the zone
    #[arg(long)]
    literal: bool,
    #[command(flatten)]
    locale: LocaleArg,
    /// Reads record requests (JSON) from standard input, one per line: one report each
    #[arg(long, exclusive = true)]
    stdin: bool,
}

/// A TTL: a whole number of seconds, spaces around it allowed (the record check judges its range).
fn ttl(text: &str) -> Result<i64, &'static str> {
    text.trim().parse().map_err(|_| "no whole number")
}

impl RecordArgs {
    fn run(self) -> Result<bool, Failure> {
        use domain_rules::record::{RecordRequest, check_record};
        if self.stdin {
            return records_lines();
        }
        let request = RecordRequest {
            zone: self.zone.unwrap_or_default(),
            kind: self.kind.unwrap_or_default(),
            name: self.name.unwrap_or_default(),
            value: self.value.unwrap_or_default(),
            ttl: self.ttl,
            literal: self.literal,
            locale: Some(self.locale.locale.tag().to_owned()),
        };
        let report = check_record(&request);
        write_json(&report)?;
        Ok(report.ok)
    }
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

/// `id`: identifier checks, one JSON line per value (`ok`, `format`, `input`, then `compact` and
/// `strength`, or the `reason`), or the list of formats.
#[derive(Args)]
#[command(override_usage = "domain-rules id <FORMAT> <VALUE>...
       domain-rules id <FORMAT> --stdin
       domain-rules id --list")]
struct IdArgs {
    /// Lists the identifier formats, one per line
    #[arg(long, exclusive = true)]
    list: bool,
    /// Reads the values from standard input, one per line
    #[arg(long, conflicts_with = "values")]
    stdin: bool,
    /// The identifier format (dk-cvr, eu-vat, ...; see --list)
    #[arg(required_unless_present = "list")]
    format: Option<String>,
    /// The values to check
    #[arg(value_name = "VALUE", required_unless_present_any = ["list", "stdin"], allow_hyphen_values = true)]
    values: Vec<String>,
}

impl IdArgs {
    fn run(self) -> Result<bool, Failure> {
        use domain_rules::ids;
        let mut out = BufWriter::new(io::stdout().lock());
        if self.list {
            for format in ids::FORMATS {
                writeln!(out, "{}", format.name).map_err(Failure::Io)?;
            }
            out.flush().map_err(Failure::Io)?;
            return Ok(true);
        }
        let name = self.format.unwrap_or_default();
        let format = ids::format(&name)
            .ok_or_else(|| Failure::Usage(format!("unknown identifier format '{name}'; `id --list` names them")))?;
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
        if self.stdin {
            for line in io::stdin().lock().lines() {
                let line = line.map_err(Failure::Io)?;
                emit_one(&mut out, line.strip_suffix('\r').unwrap_or(&line))?;
            }
        } else {
            for value in &self.values {
                emit_one(&mut out, value)?;
            }
        }
        out.flush().map_err(Failure::Io)?;
        Ok(all_ok)
    }
}

/// `records`: a zone's records as `{"zone": ..., "records": [...]}`, checked together.
#[derive(Args)]
struct RecordsArgs {
    /// The zone's records (JSON); standard input for - or none
    #[arg(value_name = "FILE|-")]
    file: Option<PathBuf>,
}

impl RecordsArgs {
    fn run(self) -> Result<bool, Failure> {
        use domain_rules::record::{ZoneRequest, check_zone_records, unreadable_zone};
        let text = read_input(self.file, "records")?;
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
}

/// One JSON document on standard output, on one line.
fn write_json(value: &impl serde::Serialize) -> Result<(), Failure> {
    let mut out = io::stdout().lock();
    serde_json::to_writer(&mut out, value).map_err(|e| Failure::Io(e.into()))?;
    writeln!(out).map_err(Failure::Io)
}

/// The text of the file, or of standard input for none or `-`.
fn read_input(file: Option<PathBuf>, command: &str) -> Result<String, Failure> {
    let bytes = match file {
        Some(path) if path.as_os_str() != "-" => {
            std::fs::read(&path).map_err(|e| Failure::Usage(format!("cannot read {}: {e}", path.display())))?
        }
        _ => read_all(io::stdin().lock())?,
    };
    String::from_utf8(bytes).map_err(|_| Failure::Usage(format!("the input of {command} is not UTF-8 text")))
}

/// `order`: one JSON order, or one per line (JSON lines); one report per order.
#[derive(Args)]
struct OrderArgs {
    /// The order (JSON) or orders (JSON lines); standard input for - or none
    #[arg(value_name = "FILE|-")]
    file: Option<PathBuf>,
}

impl OrderArgs {
    fn run(self) -> Result<bool, Failure> {
        use domain_rules::order::{Order, check_order, unreadable_order};
        let text = read_input(self.file, "order")?;
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
}

fn read_all(mut reader: impl io::Read) -> Result<Vec<u8>, Failure> {
    let mut buffer = Vec::new();
    reader.read_to_end(&mut buffer).map_err(Failure::Io)?;
    Ok(buffer)
}

fn write_pretty(value: &impl serde::Serialize) -> Result<(), Failure> {
    let mut out = io::stdout().lock();
    serde_json::to_writer_pretty(&mut out, value).map_err(|e| Failure::Io(e.into()))?;
    writeln!(out).map_err(Failure::Io)
}

/// `schema`: the form schema of a zone for an action.
#[derive(Args)]
struct SchemaArgs {
    /// The zone (dk, co.uk) or a domain in it
    #[arg(value_name = "TLD")]
    zone: String,
    /// What the order does
    #[arg(
        long,
        value_name = "A",
        default_value = "register",
        value_parser = one_of(Action::ALL.iter().map(|a| a.as_str()), Action::parse),
    )]
    action: Action,
    #[command(flatten)]
    locale: LocaleArg,
}

impl SchemaArgs {
    fn run(self) -> Result<bool, Failure> {
        let schema = domain_rules::schema::form_schema(&self.zone, self.action, self.locale.locale);
        write_pretty(&schema)?;
        Ok(schema.ok)
    }
}

/// `contact-schema`: the contact form of a country for a role.
#[derive(Args)]
struct ContactSchemaArgs {
    /// The country (CA, DE)
    #[arg(value_name = "CC")]
    country: String,
    /// The contact's role
    #[arg(
        long,
        value_name = "R",
        default_value = "registrant",
        value_parser = PossibleValuesParser::new(domain_rules::contacts::ROLES),
    )]
    role: String,
    #[command(flatten)]
    locale: LocaleArg,
}

impl ContactSchemaArgs {
    fn run(self) -> Result<bool, Failure> {
        let schema = domain_rules::contacts::schema::contact_schema(&self.country, &self.role, self.locale.locale);
        write_pretty(&schema)?;
        Ok(schema.ok)
    }
}

/// `countries`: every country in the locale's order, one JSON object per line.
#[derive(Args)]
struct CountriesArgs {
    #[command(flatten)]
    locale: LocaleArg,
}

impl CountriesArgs {
    fn run(self) -> Result<bool, Failure> {
        let mut out = BufWriter::new(io::stdout().lock());
        for entry in domain_rules::contacts::schema::country_list(self.locale.locale) {
            serde_json::to_writer(&mut out, &entry).map_err(|e| Failure::Io(e.into()))?;
            writeln!(out).map_err(Failure::Io)?;
        }
        out.flush().map_err(Failure::Io)?;
        Ok(true)
    }
}

/// `zone`: a zone's order facts.
#[derive(Args)]
struct ZoneArgs {
    /// The zone (com, co.uk) or a domain in it
    #[arg(value_name = "TLD")]
    zone: String,
    #[command(flatten)]
    locale: LocaleArg,
}

impl ZoneArgs {
    fn run(self) -> Result<bool, Failure> {
        let info = domain_rules::zone_info::zone_info(&self.zone, self.locale.locale);
        write_pretty(&info)?;
        Ok(info.ok)
    }
}

/// `explain`: a registrar's answer explained, from the arguments or from standard input (a whole
/// `[RESPONSE]` block or EPP response).
#[derive(Args)]
struct ExplainArgs {
    /// The order (JSON) the answer is about, to name its fields
    #[arg(long, value_name = "FILE")]
    order: Option<PathBuf>,
    #[command(flatten)]
    locale: LocaleArg,
    /// The registrar's text, in one or more words; standard input for - or none
    #[arg(value_name = "TEXT|-")]
    words: Vec<OsString>,
}

impl ExplainArgs {
    fn run(self) -> Result<bool, Failure> {
        use domain_rules::explain::{MAX_TEXT_BYTES, explain_error, refused_text};
        use domain_rules::order::{Order, unreadable_order};
        let locale = self.locale.locale;
        let input = if self.words.is_empty() || self.words == ["-"] {
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
            join_words(self.words)
        };
        let mut order_problem = None;
        let order = match self.order {
            None => None,
            Some(path) => {
                let text = std::fs::read_to_string(&path)
                    .map_err(|e| Failure::Usage(format!("cannot read {}: {e}", path.display())))?;
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
}

/// The words of a text given as arguments, joined by spaces; for a word that is not UTF-8 (a
/// finding about the text, as on standard input), `Err` with where that word starts.
fn join_words(words: Vec<OsString>) -> Result<String, usize> {
    let mut text = String::new();
    for (i, word) in words.into_iter().enumerate() {
        if i > 0 {
            text.push(' ');
        }
        match word.into_string() {
            Ok(word) => text.push_str(&word),
            Err(_) => return Err(text.len()),
        }
    }
    Ok(text)
}

/// `ns-check`: asks each nameserver for the zone and prints the report as one JSON line.
#[cfg(feature = "live")]
#[derive(Args)]
struct NsCheckArgs {
    /// The domain whose zone is asked for
    domain: String,
    /// The nameservers, each with the addresses it is asked at (else the system resolver's)
    #[arg(value_name = "NS[=IP[,IP...]]", required = true)]
    nameservers: Vec<String>,
    #[command(flatten)]
    locale: LocaleArg,
    /// How long to wait for each answer, in milliseconds (default 3000)
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..=60_000))]
    timeout_ms: Option<u64>,
    /// The port the nameservers are asked on (default 53)
    #[arg(long, value_name = "P", value_parser = clap::value_parser!(u16).range(1..))]
    port: Option<u16>,
}

#[cfg(feature = "live")]
impl NsCheckArgs {
    fn run(self) -> Result<bool, Failure> {
        use domain_rules::live::{LiveOptions, check_nameservers_live};
        use domain_rules::order::{Host, Nameserver};
        let defaults = LiveOptions::default();
        let options = LiveOptions {
            locale: self.locale.locale,
            timeout: self.timeout_ms.map_or(defaults.timeout, std::time::Duration::from_millis),
            port: self.port.unwrap_or(defaults.port),
        };
        let nameservers: Vec<Nameserver> = self
            .nameservers
            .into_iter()
            .map(|entry| match entry.split_once('=') {
                Some((name, ips)) => {
                    Nameserver::Host(Host { name: name.to_owned(), ips: ips.split(',').map(str::to_owned).collect() })
                }
                None => Nameserver::Name(entry),
            })
            .collect();
        let report = check_nameservers_live(&self.domain, &nameservers, &options);
        write_json(&report)?;
        Ok(report.ok)
    }
}

/// `ns-check` without the `live` feature: takes any arguments and says how to get it.
#[cfg(not(feature = "live"))]
#[derive(Args)]
#[command(override_usage = "domain-rules ns-check [OPTIONS] <DOMAIN> <NS[=IP[,IP...]]>...")]
struct NsCheckArgs {
    /// The arguments of `ns-check` in a build with the feature.
    #[arg(hide = true, allow_hyphen_values = true)]
    _arguments: Vec<OsString>,
}

#[cfg(not(feature = "live"))]
impl NsCheckArgs {
    fn run(self) -> Result<bool, Failure> {
        Err(Failure::Usage("ns-check needs the `live` feature; build with `cargo build --features live`".into()))
    }
}

/// `serve`: the HTTP service (CONTRACT section 7).
#[cfg(feature = "server")]
#[derive(Args)]
struct ServeArgs {
    /// The address and port to listen on
    #[arg(long, value_name = "ADDR:PORT", default_value = "127.0.0.1:8080")]
    listen: std::net::SocketAddr,
    /// The largest request body, in bytes (larger: 413)
    #[arg(long, value_name = "N", default_value_t = 1 << 20)]
    max_body_bytes: usize,
    /// The most names, orders or records in one batch (more: 413)
    #[arg(long, value_name = "N", default_value_t = 10_000)]
    max_batch: usize,
    /// The longest time one request may take, reading its body included, in milliseconds (503)
    #[arg(long, value_name = "MS", default_value_t = 10_000)]
    timeout_ms: u64,
    /// The longest time a connection may take to send a request's head, in milliseconds (closed)
    #[arg(long, value_name = "MS", default_value_t = 10_000)]
    header_timeout_ms: u64,
    /// The most requests in progress at once (more: 503 with Retry-After)
    #[arg(long, value_name = "N", default_value_t = 512)]
    max_in_flight: usize,
    /// An origin browsers may call the service from (CORS; off without one); repeatable
    #[arg(long = "cors-origin", value_name = "ORIGIN")]
    cors_origins: Vec<String>,
    /// Offers POST /v1/ns-check, the live nameserver check (feature live), at most N a minute
    #[arg(long = "live-per-minute", value_name = "N")]
    live_per_minute: Option<u32>,
}

#[cfg(feature = "server")]
impl ServeArgs {
    fn run(self) -> Result<bool, Failure> {
        if self.max_in_flight == 0 || self.max_batch == 0 || self.timeout_ms == 0 || self.header_timeout_ms == 0 {
            return Err(Failure::Usage(
                "--max-in-flight, --max-batch, --timeout-ms and --header-timeout-ms must be above 0".into(),
            ));
        }
        let config = domain_rules::server::Config {
            listen: self.listen,
            max_body_bytes: self.max_body_bytes,
            max_batch: self.max_batch,
            request_timeout: std::time::Duration::from_millis(self.timeout_ms),
            header_timeout: std::time::Duration::from_millis(self.header_timeout_ms),
            max_in_flight: self.max_in_flight,
            cors_origins: self.cors_origins,
            live_per_minute: self.live_per_minute,
            live_port: 53,
        };
        domain_rules::server::run(config).map_err(|e| match e.kind() {
            io::ErrorKind::Other => Failure::Usage(e.to_string()),
            _ => Failure::Io(e),
        })?;
        Ok(true)
    }
}

/// `serve` without the `server` feature: takes any arguments and says how to get it.
#[cfg(not(feature = "server"))]
#[derive(Args)]
struct ServeArgs {
    /// The arguments of `serve` in a build with the feature.
    #[arg(hide = true, allow_hyphen_values = true)]
    _arguments: Vec<OsString>,
}

#[cfg(not(feature = "server"))]
impl ServeArgs {
    fn run(self) -> Result<bool, Failure> {
        Err(Failure::Usage("serve needs the `server` feature; build with `cargo build --features server`".into()))
    }
}
