//! A structure-aware generator of DNS record requests and zones: types from
//! `record::TYPES` (and others), owner names and values from fragments of each type's data
//! and from arbitrary strings.

use arbitrary::Arbitrary;
use domain_rules::record::{MAX_TTL, Record, RecordRequest, TYPES, ZoneRequest};

use crate::text::{Text, pick};

/// Zones to put records in.
const ZONES: &[&str] = &[
    "hexo.com",
    "hexo.com.",
    "example.de",
    "xn--mller-kva.de",
    "müller.de",
    "example.co.uk",
    "sub.hexo.com",
    "co.uk",
    "de",
    "hexo.internal",
    "HEXO.COM",
    " hexo.com ",
];

/// Types: the supported ones, in other cases, and some the engine does not take.
const OTHER_TYPES: &[&str] = &["a", "aaaa", "Cname", " MX ", "PTR", "SOA", "SPF", "", "ANY", "TYPE65"];

/// Owner-name fragments.
const NAMES: &[&str] = &[
    "@",
    "",
    "www",
    "mail",
    "web",
    "sip",
    "ns1",
    "ns1.sub",
    "sub",
    "_sip._tcp",
    "_imap._tcp",
    "_dmarc",
    "_bounce",
    "*",
    "*.sub",
    "a.*",
    "help.hexo.com",
    "help.hexo.com.",
    "hexo.com.",
    "www.hexo.com.",
    "www.example.net.",
    "müller",
    "xn--mller-kva",
    "xn--zz",
    "https://www.hexo.com/",
    "192.0.2.1",
    ".",
    "..",
    "-a",
    "a-",
    "ab--cd",
];

/// Fragments of record data, by type and shared.
const VALUES: &[&str] = &[
    "81.91.170.12",
    "10.1.2.3",
    "127.0.0.1",
    "0.0.0.0",
    "81.91.170.256",
    "081.091.170.012",
    "81.91.170.12.1",
    "2a00:1450::1",
    "2001:db8::1",
    "fe80::1",
    "::ffff:1.2.3.4",
    "2a00::1450::1",
    "::",
    "10 mail",
    "0 .",
    "10 .",
    "5 aspmx.l.google.com.",
    "mail.hexo.com.",
    "10 https://mail.hexo.com/",
    "10 192.0.2.25",
    "65535 mail",
    "65536 mail",
    "-1 mail",
    "10 60 5060 sip",
    "0 0 0 .",
    "10 60 65536 sip",
    "0 issue \"letsencrypt.org\"",
    "0 issue letsencrypt.org",
    "0 issuewild \";\"",
    "0 iodef \"mailto:security@hexo.com\"",
    "0 iodef \"https://hexo.com/caa\"",
    "0 iodef \"http://hexo.com/caa\"",
    "128 issue \"ca.example\"",
    "256 issue \"ca.example\"",
    "0 tbs \"x\"",
    "0 issue \"ca.example; account=1\"",
    "\"hello\"",
    "\"hello\" \"world\"",
    "hello world",
    "v=spf1 -all",
    "\"\\0\"",
    "\"\\01x\"",
    "\"\\065\"",
    "\"\\256\"",
    "\"\\\"\"",
    "\"\\\\\"",
    "\"unterminated",
    "www",
    "@",
    "web.example.net.",
    "mx.example.net..",
    "ns1.provider.net",
    "ns1.provider.net.",
    "ns_1.provider.net.",
    "*.provider.net.",
    "ab--cd.example.net.",
    "xn--mller-kva.de.",
    "müller.de.",
    " ",
    "\"",
    "\\",
    ";",
    "(",
    ")",
    "0",
    "10",
    "issue",
    "iodef",
    "mailto:",
    "https://",
];

/// A record type.
#[derive(Arbitrary, Debug, Clone)]
pub enum TypeInput {
    /// One of `record::TYPES`.
    Known(u8),
    /// Another spelling or an unsupported type.
    Other(u8),
    /// Any text.
    Raw(Text),
}

/// A TTL.
#[derive(Arbitrary, Debug, Clone)]
pub enum TtlInput {
    /// A value at a boundary.
    Known(u8),
    /// Any value.
    Raw(i64),
}

/// One record of a zone.
#[derive(Arbitrary, Debug, Clone)]
pub struct RecordInput {
    kind: TypeInput,
    name: Text,
    value: Text,
    ttl: Option<TtlInput>,
}

/// A zone.
#[derive(Arbitrary, Debug, Clone)]
pub enum ZoneInput {
    /// One of a few zones.
    Known(u8),
    /// Any text.
    Raw(Text),
}

/// One record request.
#[derive(Arbitrary, Debug, Clone)]
pub struct RecordRequestInput {
    zone: ZoneInput,
    record: RecordInput,
    literal: bool,
    locale: Option<u8>,
}

/// A zone request.
#[derive(Arbitrary, Debug, Clone)]
pub struct ZoneRequestInput {
    zone: ZoneInput,
    records: Vec<RecordInput>,
    literal: bool,
    locale: Option<u8>,
}

const LOCALES: &[&str] = &["en", "de", "fr", "it", "da", "fr-CH", "xx"];

impl ZoneInput {
    fn build(&self) -> String {
        match self {
            ZoneInput::Known(i) => pick(ZONES, *i).to_owned(),
            ZoneInput::Raw(text) => text.build(ZONES),
        }
    }
}

impl RecordInput {
    fn build(&self) -> Record {
        let kind = match &self.kind {
            TypeInput::Known(i) => pick(TYPES, *i).to_owned(),
            TypeInput::Other(i) => pick(OTHER_TYPES, *i).to_owned(),
            TypeInput::Raw(text) => text.build(TYPES),
        };
        let ttl = self.ttl.as_ref().map(|ttl| match ttl {
            TtlInput::Known(i) => pick(&[0, 1, 300, 3600, 86_400, MAX_TTL, MAX_TTL + 1, -1, i64::MIN, i64::MAX], *i),
            TtlInput::Raw(n) => *n,
        });
        Record { kind, name: self.name.build(NAMES), value: self.value.build(VALUES), ttl }
    }
}

impl RecordRequestInput {
    /// The request.
    pub fn build(&self) -> RecordRequest {
        let record = self.record.build();
        RecordRequest {
            zone: self.zone.build(),
            kind: record.kind,
            name: record.name,
            value: record.value,
            ttl: record.ttl,
            literal: self.literal,
            locale: self.locale.map(|i| pick(LOCALES, i).to_owned()),
        }
    }
}

impl ZoneRequestInput {
    /// The request.
    pub fn build(&self) -> ZoneRequest {
        ZoneRequest {
            zone: self.zone.build(),
            records: self.records.iter().map(RecordInput::build).collect(),
            literal: self.literal,
            locale: self.locale.map(|i| pick(LOCALES, i).to_owned()),
        }
    }
}

/// The length of a request's text, the measure its time and report size are held to: about
/// what the same request takes written as JSON.
pub fn record_len(request: &RecordRequest) -> usize {
    64 + request.zone.len() + request.kind.len() + request.name.len() + request.value.len()
}

/// The same for a zone request.
pub fn zone_len(request: &ZoneRequest) -> usize {
    32 + request.zone.len()
        + request.records.iter().map(|r| 48 + r.kind.len() + r.name.len() + r.value.len()).sum::<usize>()
}
