//! A structure-aware order generator: a domain in a zone with a field set (or another zone),
//! an action, contacts of each type with countries the zone's conditions test, field keys
//! and values from the zone's own field set, and nameservers inside and outside the domain,
//! with and without glue. The order is written as the JSON a form sends, so that every finding
//! replays through the JSON target as it stands.

use std::sync::OnceLock;

use arbitrary::Arbitrary;
use domain_rules::fields::countries::ALPHA_2;
use domain_rules::fields::{Action, Field, Requirement, Test};
use domain_rules::zone::{self, ZonePolicy};
use serde_json::{Map, Value, json};

use crate::text::{Text, pick};

/// Valid numbers of each ID format (published test numbers), for fields checked by a format.
pub const VALID_IDS: &[(&str, &[&str])] = &[
    ("dk-cvr", &["DK 13585628", "DK 10 50 32 80", "11975658"]),
    ("it-codice-fiscale", &["RCCMNL83S18D969H", "MRTNTN23M02D969P", "RSSMRA45C12F20RX"]),
    ("it-partita-iva", &["IT 00743110157", "IT - 01404480202", "00618280499"]),
    ("it-partita-iva-or-na", &["n.a.", "N.A.", "00743110157"]),
    ("de-vat", &["DE136695976", "DE - 113866163", "231969187"]),
    ("es-dni", &["54362315-K", "11111111H", "12345678Z"]),
    ("es-nie", &["x-2482300w", "X1111111G", "X-5253868-R"]),
    ("es-cif", &["J99216582", "A11111119", "- Q0818001J"]),
    ("es-nif", &["ES 54362315K", "M-1234567-L", "L1111111G"]),
    ("fi-hetu", &["131052-308T", "131052A308T", "131052a308t"]),
    ("fi-ytunnus", &["2077474-0", "FI 02459042", "FI 0982651-1"]),
    ("no-orgnr", &["988 077 917", "965920358", "980430596"]),
    ("se-orgnr", &["1234567897", "3908060514", "5567593248"]),
    ("se-personnummer", &["880320-0016", "670919-9530", "811228-9874"]),
    ("pt-nif", &["PT 501 964 843", "PT 500 019 720", "PT 500135.495"]),
    ("ro-cui", &["185 472 90", "RO 185 472 90", "RO 11358544"]),
    ("fr-siren", &["404833048", "217601 145", "3 1 0 1 8 8 4 2 0"]),
    ("fr-siret", &["73282932000074", "35600000000048", "0 5 7 8 1 3 1 3 1 0 0 0 2 6"]),
    ("fr-legal-id", &["404833048", "73282932000074", "FR 04409414364"]),
    ("au-abn", &["83 914 571 673", "11574456001", "12 123 552 732"]),
    ("au-acn", &["004 085 616", "010 499 966", "000 024 733"]),
    ("ch-uid", &["CHE-100.155.212", "CHE 113.042.942.", "CHE-101.415.551"]),
    ("eu-vat", &["DK 10 50 32 80", "DE - 113866163", "IT00743110157", "FR 04409414364"]),
    ("duns", &["150483782", "15-048-3782", "804735132"]),
    ("email-or-url", &["jens@example.net", "https://example.net/contact", "http://x"]),
    ("country", &["DK", "de", "XX"]),
    ("dk-handle", &["ABCD1234-DK", "abcd1234-dk", "ABCD1234"]),
];

/// Zones without a field set of their own, so that orders for them are generated too.
const OTHER_ZONES: &[&str] =
    &["com", "net", "org", "co.uk", "uk", "xyz", "jp", "xn--p1ai", "ck", "blogspot.com", "local"];

/// Host names outside any generated domain, for nameservers.
const OUTSIDE_HOSTS: &[&str] = &[
    "ns1.provider.net",
    "ns2.provider.net",
    "a.nic.de",
    "ns.example.com",
    "ns1.example.co.uk",
    "dns1.registrar.eu",
    "ns1.eksempel.dk",
    "ns.xn--mller-kva.de",
    "ns_1.provider.net",
    "*.provider.net",
    "192.0.2.53",
    "https://ns1.provider.net/",
    "ns1.provider.net.",
    "NS1.PROVIDER.NET",
];

/// Glue addresses: public, documentation, private, loopback, malformed.
const ADDRESSES: &[&str] = &[
    "81.91.170.12",
    "81.91.170.13",
    "193.0.6.139",
    "192.0.2.1",
    "10.0.0.1",
    "127.0.0.1",
    "0.0.0.0",
    "255.255.255.255",
    "100.64.0.1",
    "169.254.1.1",
    "2a00:1450::1",
    "2001:678:2::53",
    "2001:db8::1",
    "::1",
    "::",
    "fe80::1",
    "::ffff:81.91.170.12",
    "1.2.3",
    "081.091.170.012",
    "1.2.3.4.5",
    "2a00::1450::1",
    "",
    " 81.91.170.12 ",
];

/// Words for contact values.
const CONTACT_WORDS: &[&str] = &[
    "Jens Hansen",
    "Eksempel ApS",
    "Mario Rossi",
    "Müller GmbH",
    "jens@example.net",
    "jens@",
    "@example.net",
    "jens@exämple.net",
    "Vej 1",
    "Via Roma 1",
    "Aarhus",
    "Roma",
    "8000",
    "00100",
    "K1A 0B1",
    "10115",
    "ON",
    "QC",
    "RM",
    "MI",
    "CA-ON",
    "Québec",
    "Tokyo",
    "東京都",
    "california",
    "94043",
    "SW1A 2AA",
    "",
    " ",
];

/// Phone numbers as people type them, and broken ones.
const PHONE_WORDS: &[&str] = &[
    "+49 30 1234 5678",
    "0049 (0)30 1234567",
    "030 1234567",
    "06 1234 5678",
    "(650) 253-0000",
    "+1.2125550123 x12",
    "8 0152 45-09-11",
    "+999 1",
    "+",
    "00",
    "phone",
];

/// The generated zones: every zone with a field set, then [`OTHER_ZONES`].
fn zones() -> &'static [(&'static str, &'static ZonePolicy)] {
    static ZONES: OnceLock<Vec<(&'static str, &'static ZonePolicy)>> = OnceLock::new();
    ZONES.get_or_init(|| {
        let mut list = Vec::new();
        for policy in zone::policies() {
            if !policy.fields.is_empty() {
                list.extend(policy.zones.iter().map(|z| (*z, *policy)));
            }
        }
        list.extend(OTHER_ZONES.iter().map(|z| (*z, zone::policy_for(z))));
        list
    })
}

/// Every field of every policy, for keys that belong to another zone.
fn all_fields() -> &'static [&'static Field] {
    static FIELDS: OnceLock<Vec<&'static Field>> = OnceLock::new();
    FIELDS.get_or_init(|| zone::policies().iter().flat_map(|p| p.fields.iter()).collect())
}

/// The tests of a policy: its fields' requirements, formats and omissions, and its rules.
fn tests(policy: &'static ZonePolicy) -> impl Iterator<Item = &'static Test> {
    let fields = policy.fields.iter().flat_map(|f| {
        let required: &'static [Test] = match f.required {
            Requirement::When(tests) => tests,
            _ => &[],
        };
        required.iter().chain(f.omit_when).chain(f.formats.iter().flat_map(|r| r.when.iter()))
    });
    fields.chain(policy.rules.iter().flat_map(|r| r.when.iter()))
}

/// The values the policy's tests compare `path` with (`registrant.country` -> `CA`).
fn tested_values(policy: &'static ZonePolicy, path: &str) -> Vec<&'static str> {
    tests(policy).filter(|t| t.path == path).flat_map(|t| t.values.iter().copied()).collect()
}

/// Values worth trying in `field`: its options and their aliases, its default, the values its
/// zone's tests compare it with, and valid numbers of its formats.
fn field_values(policy: &'static ZonePolicy, field: &'static Field) -> Vec<&'static str> {
    let mut values: Vec<&'static str> = field.options.iter().map(|c| c.value).collect();
    values.extend(field.aliases.iter().map(|(from, _)| *from));
    values.extend(field.default);
    let path = format!("fields.{}", field.key);
    values.extend(tests(policy).filter(|t| t.path == path).flat_map(|t| t.values.iter().copied()));
    for rule in field.formats {
        if let Some((_, ids)) = VALID_IDS.iter().find(|(name, _)| *name == rule.format.as_str()) {
            values.extend(ids.iter().copied());
        }
    }
    values
}

/// A generated order.
#[derive(Arbitrary, Debug)]
pub struct OrderInput {
    zone: u8,
    label: Text,
    domain: DomainForm,
    action: Option<ActionInput>,
    registrant: Option<ContactInput>,
    admin: Option<ContactInput>,
    tech: Option<ContactInput>,
    billing: Option<ContactInput>,
    fields: Vec<FieldInput>,
    nameservers: Option<Vec<NsInput>>,
    locale: Option<LocaleInput>,
    flow: FlowInput,
}

/// The order flow's keys (contract section 2a).
#[derive(Arbitrary, Debug)]
struct FlowInput {
    scope: Option<Text>,
    period: Option<PeriodInput>,
    auth_code: Option<Text>,
    id_protection: Option<bool>,
    trustee: Option<bool>,
    premium: Option<(Option<Text>, Option<Text>, Option<i16>)>,
    registered_at: Option<Text>,
    transferred_at: Option<Text>,
}

#[derive(Arbitrary, Debug)]
enum PeriodInput {
    Years(u8),
    Number(f32),
    Text(Text),
}

#[derive(Arbitrary, Debug)]
enum DomainForm {
    Plain,
    Upper,
    TrailingDot,
    Spaced,
    Below(Text),
    Zone,
    Raw(Text),
}

#[derive(Arbitrary, Debug)]
enum ActionInput {
    Known(u8),
    Renew,
    Raw(Text),
}

#[derive(Arbitrary, Debug)]
enum LocaleInput {
    Known(u8),
    Region(u8),
    Raw(Text),
}

#[derive(Arbitrary, Debug)]
struct ContactInput {
    kind: Option<KindInput>,
    name: Option<Text>,
    organization: Option<Text>,
    country: Option<CountryInput>,
    email: Option<Text>,
    street: Option<Text>,
    city: Option<Text>,
    postal_code: Option<Text>,
    state: Option<Text>,
    first_name: Option<Text>,
    last_name: Option<Text>,
    phone: Option<Text>,
    fax: Option<Text>,
    street_lines: Option<Vec<Text>>,
}

#[derive(Arbitrary, Debug)]
enum KindInput {
    Individual,
    Organization,
    Raw(Text),
}

#[derive(Arbitrary, Debug)]
enum CountryInput {
    Tested(u8),
    Any(u8),
    Lower(u8),
    Raw(Text),
}

#[derive(Arbitrary, Debug)]
struct FieldInput {
    key: KeyInput,
    value: ValueInput,
}

#[derive(Arbitrary, Debug)]
enum KeyInput {
    Zone(u8),
    Other(u16),
    Raw(Text),
}

#[derive(Arbitrary, Debug)]
enum ValueInput {
    Known(u8),
    Bool(bool),
    Tick(u8),
    Id(u8, u8),
    Text(Text),
}

#[derive(Arbitrary, Debug)]
struct NsInput {
    host: HostInput,
    ips: Option<Vec<AddressInput>>,
}

#[derive(Arbitrary, Debug)]
enum HostInput {
    Inside(Text),
    Outside(u8),
    Domain,
    Raw(Text),
}

#[derive(Arbitrary, Debug)]
enum AddressInput {
    Known(u8),
    Raw(Text),
}

impl OrderInput {
    /// The order as the JSON a form sends.
    pub fn to_json(&self) -> String {
        let (zone, policy) = pick(zones(), self.zone);
        let label = self.label.build(&[]);
        let label = if label.is_empty() { "example".to_owned() } else { label };
        let domain = match &self.domain {
            DomainForm::Plain => format!("{label}.{zone}"),
            DomainForm::Upper => format!("{label}.{zone}").to_uppercase(),
            DomainForm::TrailingDot => format!("{label}.{zone}."),
            DomainForm::Spaced => format!(" {label}.{zone} "),
            DomainForm::Below(sub) => format!("{}.{label}.{zone}", sub.build(&[])),
            DomainForm::Zone => zone.to_owned(),
            DomainForm::Raw(text) => text.build(&[]),
        };
        let mut order = Map::new();
        order.insert("domain".into(), json!(domain));
        if let Some(action) = &self.action {
            let action = match action {
                ActionInput::Known(i) => pick(Action::ALL, *i).as_str().to_owned(),
                ActionInput::Renew => "renew".to_owned(),
                ActionInput::Raw(text) => text.build(&["register", "transfer", "Trade", " update"]),
            };
            order.insert("action".into(), json!(action));
        }
        self.flow.insert(&mut order);
        let roles = [
            ("registrant", &self.registrant),
            ("admin", &self.admin),
            ("tech", &self.tech),
            ("billing", &self.billing),
        ];
        for (role, contact) in roles {
            if let Some(contact) = contact {
                order.insert(role.into(), contact.to_json(policy, role));
            }
        }
        if !self.fields.is_empty() {
            let fields: Map<String, Value> = self.fields.iter().map(|f| f.to_json(policy)).collect();
            order.insert("fields".into(), Value::Object(fields));
        }
        if let Some(list) = &self.nameservers {
            let inside = |text: &Text| {
                let host = text.build(&["ns1", "ns2", "a.ns", "NS1", "xn--mller-kva", "_ns", "*"]);
                format!("{host}.{label}.{zone}")
            };
            let list: Vec<Value> = list
                .iter()
                .map(|ns| {
                    let name = match &ns.host {
                        HostInput::Inside(text) => inside(text),
                        HostInput::Outside(i) => pick(OUTSIDE_HOSTS, *i).to_owned(),
                        HostInput::Domain => format!("{label}.{zone}"),
                        HostInput::Raw(text) => text.build(OUTSIDE_HOSTS),
                    };
                    match &ns.ips {
                        None => json!(name),
                        Some(ips) => {
                            let ips: Vec<String> = ips
                                .iter()
                                .map(|ip| match ip {
                                    AddressInput::Known(i) => pick(ADDRESSES, *i).to_owned(),
                                    AddressInput::Raw(text) => text.build(ADDRESSES),
                                })
                                .collect();
                            json!({ "name": name, "ips": ips })
                        }
                    }
                })
                .collect();
            order.insert("nameservers".into(), Value::Array(list));
        }
        if let Some(locale) = &self.locale {
            const TAGS: &[&str] = &["en", "de", "fr", "it", "da"];
            const REGIONS: &[&str] = &["de-CH", "fr_CA", "it-IT", "DA", "en-GB", "sv", ""];
            let tag = match locale {
                LocaleInput::Known(i) => pick(TAGS, *i).to_owned(),
                LocaleInput::Region(i) => pick(REGIONS, *i).to_owned(),
                LocaleInput::Raw(text) => text.build(TAGS),
            };
            order.insert("locale".into(), json!(tag));
        }
        Value::Object(order).to_string()
    }
}

impl FlowInput {
    /// Adds the flow's keys that were generated.
    fn insert(&self, order: &mut Map<String, Value>) {
        const DATES: &[&str] = &["2026-12-01", "2024-02-29", "2026-02-30", "1970-01-01", "2999-12-31", "2026-1-1"];
        if let Some(scope) = &self.scope {
            order.insert("scope".into(), json!(scope.build(&["order", "fields", "Fields"])));
        }
        if let Some(period) = &self.period {
            let value = match period {
                PeriodInput::Years(n) => json!(n % 12),
                PeriodInput::Number(n) => json!(n),
                PeriodInput::Text(text) => json!(text.build(&["1", "2", "10", "0", "1.5", "-1"])),
            };
            order.insert("period".into(), value);
        }
        if let Some(code) = &self.auth_code {
            order.insert("authCode".into(), json!(code.build(&["Xy7$kP2q", "abc-123", " "])));
        }
        if let Some(on) = self.id_protection {
            order.insert("idProtection".into(), json!(on));
        }
        if let Some(on) = self.trustee {
            order.insert("trustee".into(), json!(on));
        }
        if let Some((class, currency, price)) = &self.premium {
            let mut premium = Map::new();
            if let Some(class) = class {
                premium
                    .insert("class".into(), json!(class.build(&["PREMIUM_DONUTS_Price Category A", "PREMIUM_ME_E"])));
            }
            if let Some(currency) = currency {
                premium.insert("currency".into(), json!(currency.build(&["USD", "EUR"])));
            }
            if let Some(price) = price {
                premium.insert("price".into(), json!(f64::from(*price) / 4.0));
            }
            order.insert("premium".into(), Value::Object(premium));
        }
        for (key, date) in [("registeredAt", &self.registered_at), ("transferredAt", &self.transferred_at)] {
            if let Some(date) = date {
                order.insert(key.into(), json!(date.build(DATES)));
            }
        }
    }
}

impl ContactInput {
    fn to_json(&self, policy: &'static ZonePolicy, role: &str) -> Value {
        let mut contact = Map::new();
        if let Some(kind) = &self.kind {
            let kind = match kind {
                KindInput::Individual => "individual".to_owned(),
                KindInput::Organization => "organization".to_owned(),
                KindInput::Raw(text) => text.build(&["individual", "organization", "Organization", "company"]),
            };
            contact.insert("type".into(), json!(kind));
        }
        if let Some(country) = &self.country {
            let tested = tested_values(policy, &format!("{role}.country"));
            let country = match country {
                CountryInput::Tested(i) if !tested.is_empty() => pick(&tested, *i).to_owned(),
                CountryInput::Tested(i) | CountryInput::Any(i) => pick(&ALPHA_2[..], *i).to_owned(),
                CountryInput::Lower(i) => pick(&ALPHA_2[..], *i).to_lowercase(),
                CountryInput::Raw(text) => text.build(&ALPHA_2[..]),
            };
            contact.insert("country".into(), json!(country));
        }
        let texts = [
            ("name", &self.name),
            ("organization", &self.organization),
            ("email", &self.email),
            ("street", &self.street),
            ("city", &self.city),
            ("postalCode", &self.postal_code),
            ("state", &self.state),
            ("firstName", &self.first_name),
            ("lastName", &self.last_name),
        ];
        for (key, text) in texts {
            if let Some(text) = text {
                contact.insert(key.into(), json!(text.build(CONTACT_WORDS)));
            }
        }
        for (key, text) in [("phone", &self.phone), ("fax", &self.fax)] {
            if let Some(text) = text {
                contact.insert(key.into(), json!(text.build(PHONE_WORDS)));
            }
        }
        if let Some(lines) = &self.street_lines {
            let lines: Vec<String> = lines.iter().map(|t| t.build(CONTACT_WORDS)).collect();
            contact.insert("street".into(), json!(lines));
        }
        Value::Object(contact)
    }
}

impl FieldInput {
    fn to_json(&self, policy: &'static ZonePolicy) -> (String, Value) {
        let field: Option<&'static Field> = match &self.key {
            KeyInput::Zone(i) if !policy.fields.is_empty() => {
                Some(&policy.fields[usize::from(*i) % policy.fields.len()])
            }
            KeyInput::Zone(_) | KeyInput::Other(_) if all_fields().is_empty() => None,
            KeyInput::Zone(i) => Some(pick(all_fields(), *i)),
            KeyInput::Other(i) => Some(pick(all_fields(), *i)),
            KeyInput::Raw(_) => None,
        };
        let key = match (&self.key, field) {
            (KeyInput::Raw(text), _) => text.build(&["X-", "X-CA-LEGALTYPE", "X-IT-PIN", "x-dk-accept-tac"]),
            (_, Some(field)) => field.key.to_owned(),
            (_, None) => "X-UNKNOWN".to_owned(),
        };
        let known = field.map(|f| field_values(policy, f)).unwrap_or_default();
        let value = match &self.value {
            ValueInput::Known(i) if !known.is_empty() => json!(pick(&known, *i)),
            ValueInput::Known(i) | ValueInput::Tick(i) => json!(pick(&["1", "0", "on", "", "true", "yes"], *i)),
            ValueInput::Bool(b) => json!(b),
            ValueInput::Id(format, i) => json!(pick(pick(VALID_IDS, *format).1, *i)),
            ValueInput::Text(text) => json!(text.build(&known)),
        };
        (key, value)
    }
}
