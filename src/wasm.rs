//! The WebAssembly front door: thin wrappers that turn JS values into core calls and reports
//! into plain JS objects. Nothing here throws for bad input; a wrong type is a diagnostic.
//!
//! The core module (`DOMAIN_RULES_MODULE=core`, cfg `domain_rules_core`) exports the name checks
//! a form runs as the customer types (`checkDomain`, `isRegistrable`, `versions`): what it needs
//! before the first keystroke. The helpers of the other calls are then unused.
#![cfg_attr(domain_rules_core, allow(dead_code, unused_imports))]

use std::cell::RefCell;

use js_sys::Reflect;
use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::code::Code;
use crate::domain::{DomainReport, check_domain, refused_input};
use crate::locale::Locale;
use crate::options::{Options, Profile};
use crate::packed_report::Packed;
use crate::report::{Diagnostic, Params, Severity};

#[wasm_bindgen(typescript_custom_section)]
const TYPESCRIPT: &str = r#"
/** How bad a finding is. */
export type Severity = "error" | "warning" | "info";

/** One finding about one input. */
export interface Diagnostic {
  /** Stable identifier, e.g. "name.label_too_short". */
  code: string;
  severity: Severity;
  /** The input it is about, e.g. "domain". */
  path: string;
  /** A sentence for the customer, in the requested locale. */
  message: string;
  /** The values the message uses (label, index, min, ...). */
  params: Record<string, string | number>;
}

/** The shape every check returns. */
export interface Report {
  /** true exactly when no diagnostic is an error. */
  ok: boolean;
  diagnostics: Diagnostic[];
}

/** The result of checkDomain. */
export interface DomainReport extends Report {
  input: string;
  /** A-label form, lower case, no trailing dot; absent when the name cannot be converted. */
  ascii?: string;
  /** U-label form to show, lower case, no trailing dot. */
  unicode?: string;
  /** The registry zone in ASCII ("de", "co.uk", "xn--p1ai"). */
  tld?: string;
}

export type Profile = "registration" | "hostname" | "record";

export interface CheckOptions {
  /** Default "registration". */
  profile?: Profile;
  /** BCP 47 tag such as "de" or "de-AT"; English for languages without a catalogue. */
  locale?: string;
}

/** Checks one name as typed; never throws. */
export function checkDomain(input: string, options?: CheckOptions): DomainReport;

/**
 * Whether a name as typed can be registered: exactly `checkDomain(input).ok`, by the same
 * rules, without building the report. For a form's every keystroke; never throws.
 */
export function isRegistrable(input: string): boolean;

/** Versions of the engine and of the data it carries. */
export interface Versions {
  engine: string;
  publicSuffixList: string;
  /** The Unicode version of the IDNA2008 and script tables, e.g. "18.0.0". */
  unicode: string;
  /** Where the IDNA2008 and script tables come from. */
  idna2008: string;
}
export function versions(): Versions;
"#;

#[cfg(not(domain_rules_core))]
#[wasm_bindgen(typescript_custom_section)]
const TYPESCRIPT_FORMS: &str = r#"
/**
 * Every locale this module knows, English first, and whether its texts are there: compiled in,
 * or loaded from a locale pack. A locale that is not ready is shown in English.
 */
export function locales(): { tag: string; ready: boolean }[];

/**
 * Loads a locale pack (the text of the package's `locales/<tag>.txt`) and returns its tag. The
 * package's `init()` and its node entry load the packs themselves; this is for a page that
 * fetches them its own way. Loading a locale again keeps the first pack. Throws an Error when
 * the text is not a pack of this module's version and tables.
 */
export function addLocale(pack: string): string;

/**
 * Checks many names in one call, for imports and servers: element `i` is 1 when
 * `checkDomain(names[i], options).ok`, else 0 (also for an element that is not a string, and for
 * every element when the options are invalid). `checkDomain` gives the reasons of the refused
 * ones. Throws a TypeError when `names` is not an array, a RangeError when it has more than
 * a million elements.
 */
export function checkDomains(names: readonly string[], options?: CheckOptions): Uint8Array;

/** A contact of an order. */
export interface Contact {
  type?: "individual" | "organization";
  /** The full name, or firstName and lastName. */
  name?: string;
  firstName?: string;
  lastName?: string;
  organization?: string;
  /** ISO 3166-1 alpha-2. */
  country?: string;
  email?: string;
  /** One text (line breaks separate lines) or up to three lines. */
  street?: string | string[];
  city?: string;
  postalCode?: string;
  /** The state or province: its code or its name (local, Latin or another language, as Google's address data gives it). */
  state?: string;
  /** As typed: "+49 30 1234 5678", "0049 30 ...", or national ("030 1234567") with the country. */
  phone?: string;
  fax?: string;
}

/** An order (contract sections 2 and 2a); every key but domain is optional. */
export interface Order {
  domain: string;
  action?: "register" | "transfer" | "trade" | "update" | "renew";
  /** "order" (default): the contacts must be complete; "fields": only the domain and the zone's fields. */
  scope?: "order" | "fields";
  registrant?: Contact;
  admin?: Contact;
  tech?: Contact;
  billing?: Contact;
  /** The zone's additional fields by API parameter; tick boxes as true/false or "1"/"0". */
  fields?: Record<string, string | boolean>;
  nameservers?: (string | { name: string; ips?: string[] })[];
  /** The term in years. */
  period?: number | string;
  /** The auth code of a transfer. */
  authCode?: string;
  /** Whether ID (WHOIS) protection is ordered. */
  idProtection?: boolean | string;
  /** Whether the registrar's trustee (local presence) service is ordered. */
  trustee?: boolean | string;
  /** The premium class as the registrar's availability check returned it. */
  premium?: { class?: string; currency?: string; price?: number | string };
  /** YYYY-MM-DD, for the transfer lock. */
  registeredAt?: string;
  transferredAt?: string;
  locale?: string;
}

/** A contact as it is sent: normalised values only. */
export interface SentContact {
  type?: string;
  name?: string;
  firstName?: string;
  lastName?: string;
  organization?: string;
  street?: string[];
  city?: string;
  /** The code where the country has a list ("ON", "CA", "MI"). */
  state?: string;
  postalCode?: string;
  country?: string;
  /** EPP form: "+49.301234567". */
  phone?: string;
  phoneExtension?: string;
  fax?: string;
  /** With the domain as an A-label. */
  email?: string;
}

/** The result of checkOrder. */
export interface OrderReport extends Report {
  /** The domain check of the order's domain. */
  domain: DomainReport;
  /** The normalised values to send, by API parameter. */
  fields: Record<string, string>;
  /** The normalised contacts to send, by role. */
  contacts: { registrant?: SentContact; admin?: SentContact; tech?: SentContact; billing?: SentContact };
}

/** One field of a contact form. */
export interface ContactField {
  key: "name" | "organization" | "street" | "city" | "state" | "postalCode" | "country" | "phone" | "fax" | "email";
  /** In the locale: "ZIP code", "Postleitzahl", "Province". */
  label: string;
  kind: "text" | "select" | "country" | "tel" | "email";
  required: boolean;
  /** Fields with the same line are shown side by side, in the country's address order. */
  line: number;
  maxLength: number;
  /** How many lines the street may have. */
  lines?: number;
  /** A regular expression for the postal code's pattern attribute. */
  pattern?: string;
  example?: string;
  /** The states or provinces: the code sent and the name in the locale. */
  options?: { value: string; label: string }[];
}
/** The result of contactSchema. */
export interface ContactSchema extends Report {
  country: string;
  countryName?: string;
  role: "registrant" | "admin" | "tech" | "billing";
  roleLabel: string;
  callingCode?: number;
  fields: ContactField[];
}
/** The contact form of a country (ISO 3166-1 alpha-2); never throws. */
export function contactSchema(country: string, options?: { locale?: string; role?: string }): ContactSchema;
/** The keys a contact of an order may have and the contact roles, as the engine reads them. */
export function contactKeys(): { keys: string[]; roles: ("registrant" | "admin" | "tech" | "billing")[] };
/** Every country with its name in the locale and its calling code, sorted for that locale. */
export function countries(options?: { locale?: string }): { code: string; name: string; callingCode?: number }[];

/** The result of zoneInfo: the zone's order facts. */
export interface ZoneInfo extends Report {
  tld: string;
  /** "zone" (verified for this zone), "gtld" or "cctld" (the generic facts of its kind). */
  basis: "zone" | "gtld" | "cctld";
  /** Terms in years per action; a transfer's 0 keeps the expiry date. */
  terms: { register: number[]; renew: number[]; transfer: number[] };
  authCode: { required: boolean; pushToTag?: string };
  transferLock?: { afterRegistration: number; afterTransfer: number };
  idProtection: "offered" | "notOffered" | "registryPrivacyForIndividuals" | "registryPrivacy" | "unknown";
  /** The trustee (local presence) parameter, where the zone has the service. */
  trustee?: string;
  nameserversOnTransfer: boolean;
  bundle: string[];
  premiumClassOnTransferAndRenewal: boolean;
}
/** The order facts of a TLD (or a domain's zone); never throws. */
export function zoneInfo(tld: string, options?: { locale?: string }): ZoneInfo;

/** The result of explainError: what a registrar's error text means for the order. */
export interface ExplainReport extends Report {
  /** Whether a cause is known; false gives one "registrar.unrecognised" diagnostic with the text. */
  recognised: boolean;
  /** The dialect of the text. */
  source: "ispapi" | "epp" | "denic" | "unknown";
  /** The response code given or known from the wording ("504", "2303"), or DENIC's result number. */
  registryCode?: string;
  /** The action a WHMCS wrapper names. */
  action?: "register" | "transfer" | "renew";
  /** The domain a WHMCS wrapper names. */
  domain?: string;
}
/** Explains a registrar's or registry's answer (plain text, [RESPONSE] block, EPP XML, WHMCS
 * wrappers); with the order that was sent, paths point at its inputs (`nameservers[1]`) and the
 * order's own findings about them follow. Never throws. */
export function explainError(text: string, options?: { order?: Order; locale?: string }): ExplainReport;

/** Tests that must all hold: path -> allowed values, or { not: values }; true when there are none. */
export type Tests = true | Record<string, string[] | { not: string[] }>;

/** `true`, `false`, or `{ when: tests }`. */
export type Condition = boolean | { when: Tests };

/** One field of a form schema. */
export interface SchemaField {
  key: string;
  label: string;
  kind: "text" | "select" | "checkbox" | "country" | "date" | "display";
  required: Condition;
  help?: string;
  options: { value: string; label: string }[];
  default?: string;
  /** The value's format when it has only one ("dk-cvr", "email-or-url", ...). */
  format?: string;
  /** Formats that depend on other values; the first whose condition holds applies. */
  formats?: { when: Tests; format: string }[];
  /** A regular expression for the input's pattern attribute. */
  pattern?: string;
  apiParam?: string;
}

/** A registry rule on contacts or combinations of values. */
export interface SchemaRule {
  when: Tests;
  check: "present" | "absent" | "oneOf" | "digits" | "flag";
  path: string;
  values?: string[];
  digits?: number;
  severity: Severity;
  message: string;
}

/** The result of formSchema. */
export interface FormSchema extends Report {
  tld: string;
  action: string;
  fields: SchemaField[];
  rules: SchemaRule[];
}

export interface SchemaOptions {
  /** Default "register". */
  action?: "register" | "transfer" | "trade" | "update" | "renew";
  /** BCP 47 tag; en, de, fr, it and da have field texts. */
  locale?: string;
}

/** Checks an order (a plain object); never throws. */
export function checkOrder(order: Order): OrderReport;

/** The fields a form must render for a TLD (or a domain) and action; never throws. */
export function formSchema(tld: string, options?: SchemaOptions): FormSchema;

/** One DNS record as a zone editor's user typed it (contract section 4). */
export interface DnsRecord {
  type: "A" | "AAAA" | "CNAME" | "MX" | "NS" | "TXT" | "SRV" | "CAA" | string;
  /** The owner: "@", empty, relative, or absolute with a trailing dot. */
  name?: string;
  /** The record data as typed. */
  value?: string;
  /** Seconds, 0 to 2147483647. */
  ttl?: number;
}
/** A record to check, with its zone. */
export interface RecordRequest extends DnsRecord {
  /** The zone, e.g. "hexo.com". */
  zone: string;
  /** Strict zone-file reading: "help.hexo.com" in zone hexo.com is help.hexo.com.hexo.com. */
  literal?: boolean;
  locale?: string;
}
/** The result of checkRecord. */
export interface RecordReport extends Report {
  /** The type in upper case, when it is a known one. */
  type?: string;
  /** The owner in its forms: as typed, absolute with the dot, relative ("@" for the apex), with U-labels. */
  name?: { input: string; fqdn: string; relative: string; unicode: string };
  /** The data in canonical zone-file form. */
  value?: string;
}
/** A zone's records, checked together. */
export interface ZoneRequest {
  zone: string;
  records: DnsRecord[];
  literal?: boolean;
  locale?: string;
}
/** The result of checkZoneRecords: each record's report and the findings between records. */
export interface ZoneReport extends Report {
  records: RecordReport[];
}
/** Checks one DNS record; never throws. */
export function checkRecord(request: RecordRequest): RecordReport;
/** Checks a zone's records one by one and together (CNAME beside other data, MX/NS/SRV to a CNAME, duplicates); never throws. */
export function checkZoneRecords(request: ZoneRequest): ZoneReport;
/** Every diagnostic code with a one-line summary. */
export interface CodeInfo {
  code: string;
  summary: string;
}
export function codes(): CodeInfo[];
"#;

// The JS half of checkDomain and isRegistrable: it reads a name into the module without an
// allocation, and builds a report object from the compact form of `packed_report`, with one
// decoder call for all of its texts (each text decoded on its own cost about as much as the
// check of a short name).
#[wasm_bindgen(module = "/src/js_report.js")]
extern "C" {
    /// Writes `input`, when it is a string, as UTF-8 at `at`, in at most `room` bytes, and
    /// answers how many it took; -1 when it is not a string, -2 when it does not fit.
    #[wasm_bindgen(js_name = readName)]
    fn read_name(memory: &JsValue, input: &JsValue, at: u32, room: u32) -> i32;

    #[wasm_bindgen(js_name = domainReport)]
    #[allow(clippy::too_many_arguments)]
    fn domain_report(
        memory: &JsValue,
        flags: u32,
        input: &JsValue,
        tld_start: i32,
        text_at: u32,
        text_length: u32,
        layout_at: u32,
    ) -> JsValue;

    #[wasm_bindgen(js_name = versionsObject)]
    fn versions_object(engine: &str, public_suffix_list: &str, unicode: &str, idna2008: &str) -> JsValue;
}

/// The room a name is read into: a name of up to 253 octets fits many times over; a longer
/// input (refused anyway) is read the ordinary way.
const NAME_ROOM: usize = 4096;

thread_local! {
    /// The module's memory, which the JS half writes and reads.
    static MEMORY: JsValue = wasm_bindgen::memory();
    /// The room names are read into, kept from call to call.
    static NAME: RefCell<Vec<u8>> = const { RefCell::new(Vec::new()) };
    /// The packed report's parts, kept from call to call.
    static PACKED: RefCell<Packed> = const { RefCell::new(Packed::new()) };
}

/// A pointer as the JS half's offset into the module's memory (32-bit on wasm32).
fn offset<T>(pointer: *const T) -> u32 {
    pointer as usize as u32
}

/// Calls `f` with `input` as text (`None` when it is not a string), read into the reused room
/// when it fits, the ordinary way otherwise (or when the room is in use).
fn with_name<T>(input: &JsValue, f: impl FnOnce(Option<&str>) -> T) -> T {
    NAME.with(|room| {
        if let Ok(mut room) = room.try_borrow_mut() {
            if room.is_empty() {
                *room = vec![0; NAME_ROOM];
            }
            let written = MEMORY.with(|memory| read_name(memory, input, offset(room.as_mut_ptr()), NAME_ROOM as u32));
            if written == -1 {
                return f(None);
            }
            let read = usize::try_from(written).ok().and_then(|n| room.get(..n));
            if let Some(text) = read.and_then(|bytes| std::str::from_utf8(bytes).ok()) {
                return f(Some(text));
            }
        }
        f(input.as_string().as_deref())
    })
}

/// Checks one name; see `checkDomain` in the TypeScript declarations.
#[wasm_bindgen(js_name = checkDomain, skip_typescript)]
pub fn check_domain_js(input: JsValue, options: JsValue) -> JsValue {
    // The options first: their getters may call back into the module.
    let options = parse_options(options);
    with_name(&input, |text| {
        let report = check_domain_text(text, &input, options);
        let ascii_is_input = report.ascii.as_deref() == Some(report.input.as_str());
        // The input itself, unless the report shows it otherwise (cut short when it is too
        // long, empty when it is not a string).
        let shown;
        let input = if text == Some(report.input.as_str()) {
            &input
        } else {
            shown = JsValue::from_str(&report.input);
            &shown
        };
        PACKED.with(|packed| match packed.try_borrow_mut() {
            Ok(mut packed) => domain_report_js(&report, input, ascii_is_input, &mut packed),
            Err(_) => domain_report_js(&report, input, ascii_is_input, &mut Packed::new()),
        })
    })
}

/// The JS object of a domain report, its texts packed into `packed`.
fn domain_report_js(report: &DomainReport, input: &JsValue, ascii_is_input: bool, packed: &mut Packed) -> JsValue {
    packed.clear();
    let mut flags = u32::from(report.ok);
    if let Some(ascii) = &report.ascii {
        flags |= 2;
        if ascii_is_input {
            flags |= 4;
        } else {
            packed.text(ascii);
        }
        if let Some(unicode) = report.unicode.as_deref().filter(|unicode| unicode != ascii) {
            flags |= 8;
            packed.text(unicode);
        }
    }
    let tld_start = match (&report.ascii, &report.tld) {
        (Some(ascii), Some(tld)) => {
            ascii.len().checked_sub(tld.len()).and_then(|i| i32::try_from(i).ok()).unwrap_or(-1)
        }
        _ => -1,
    };
    packed.diagnostics(&report.diagnostics);
    MEMORY.with(|memory| {
        domain_report(
            memory,
            flags,
            input,
            tld_start,
            offset(packed.text.as_ptr()),
            packed.text.len() as u32,
            offset(packed.layout.as_ptr()),
        )
    })
}

/// Whether one name can be registered; see `isRegistrable` in the TypeScript declarations.
#[wasm_bindgen(js_name = isRegistrable, skip_typescript)]
pub fn is_registrable_js(input: JsValue) -> bool {
    with_name(&input, |text| text.is_some_and(crate::domain::is_registrable))
}

/// The most names one `checkDomains` call takes (a million: an import of a registrar's whole
/// portfolio, 1 MB of answers).
const MAX_BATCH_NAMES: u32 = 1_000_000;

/// Checks many names; see `checkDomains` in the TypeScript declarations.
#[cfg_attr(not(domain_rules_core), wasm_bindgen(js_name = checkDomains, skip_typescript))]
pub fn check_domains_js(names: JsValue, options: JsValue) -> Result<js_sys::Uint8Array, JsValue> {
    let Some(names) = names.dyn_ref::<js_sys::Array>() else {
        return Err(js_sys::TypeError::new("checkDomains takes an array of names").into());
    };
    // An array's length can claim far more than it holds (`a.length = 2 ** 32 - 1`): the answers
    // are not allocated for more names than a batch may have.
    if names.length() > MAX_BATCH_NAMES {
        let message = format!("checkDomains takes at most {MAX_BATCH_NAMES} names, not {}", names.length());
        return Err(js_sys::RangeError::new(&message).into());
    }
    let answers = batch_answers(names.length() as usize, names.iter().map(|name| name.as_string()), options);
    Ok(js_sys::Uint8Array::from(&answers[..]))
}

/// The answers of a batch of `count` names (`None` for an element that is not a string,
/// answered 0).
fn batch_answers<S: AsRef<str>>(count: usize, names: impl Iterator<Item = Option<S>>, options: JsValue) -> Vec<u8> {
    let mut answers = vec![0u8; count];
    // Invalid options make every report refuse its name (`options.invalid`), so every answer is 0.
    if let Ok(options) = parse_options(options) {
        for (answer, name) in answers.iter_mut().zip(names) {
            if let Some(name) = name {
                *answer = u8::from(crate::domain::check_ok(name.as_ref(), options.profile));
            }
        }
    }
    answers
}

/// [`check_domains_js`] for names passed as one string: `lengths[i]` is the length of name `i` in
/// UTF-16 code units (a JS string's `length`), or `u32::MAX` for an element that is not a string
/// (answered 0). The package's `checkDomains` (pkg/domain_rules.js) calls it: one string crosses
/// into the module instead of one per name.
#[cfg_attr(not(domain_rules_core), wasm_bindgen(js_name = checkDomainsJoined, skip_typescript))]
pub fn check_domains_joined(joined: &str, lengths: &[u32], options: JsValue) -> Vec<u8> {
    let mut rest = joined;
    let names = lengths.iter().map(|&units| {
        (units != u32::MAX).then(|| {
            let (name, after) = rest.split_at(utf16_prefix(rest, units as usize));
            rest = after;
            name
        })
    });
    batch_answers(lengths.len(), names, options)
}

/// The length in bytes of the first `units` UTF-16 code units of `text` (all of it when it has
/// fewer).
fn utf16_prefix(text: &str, units: usize) -> usize {
    if text.len() >= units && text.as_bytes()[..units].is_ascii() {
        return units;
    }
    let mut counted = 0;
    for (at, c) in text.char_indices() {
        if counted >= units {
            return at;
        }
        counted += c.len_utf16();
    }
    text.len()
}

/// The report for JS arguments (`text` is `input` read as a string, if it is one), before it
/// is turned into a JS object.
fn check_domain_text(text: Option<&str>, input: &JsValue, options: Result<Options, OptionError>) -> DomainReport {
    let options = match options {
        Ok(options) => options,
        Err((path, params, locale)) => {
            let text = text.unwrap_or_default().to_owned();
            return refused_input(text, path, Code::OptionInvalid, params, &Options::default().with_locale(locale));
        }
    };
    match text {
        Some(text) => check_domain(text, &options),
        None => {
            let params = Params::new().with("type", js_type(input));
            refused_input(String::new(), "domain", Code::InputNotAString, params, &options)
        }
    }
}

type OptionError = (&'static str, Params, Locale);

/// Reads `{ profile, locale }`; properties are read one by one (no serde deserialiser, which
/// would bring its error formatting into the module).
fn parse_options(value: JsValue) -> Result<Options, OptionError> {
    if value.is_undefined() || value.is_null() {
        return Ok(Options::default());
    }
    if !value.is_object() || value.is_array() {
        let params = Params::new()
            .with("option", "options")
            .with("value", js_type(&value))
            .with("choices", "{ profile, locale }");
        return Err(("options", params, Locale::En));
    }
    // A misspelt option (`profil`) silently ignored would check the wrong thing.
    let known = ["profile", "locale"];
    let object: &js_sys::Object = value.unchecked_ref();
    if let Some(unknown) =
        js_sys::Object::keys(object).iter().filter_map(|k| k.as_string()).find(|k| !known.contains(&k.as_str()))
    {
        let params = Params::new().with("option", "options").with("value", unknown).with("choices", known.join(", "));
        return Err(("options", params, Locale::En));
    }
    let property = |name: &str| Reflect::get(&value, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED);
    let locale = match text_option(property("locale")) {
        Ok(tag) => tag.as_deref().map_or(Locale::En, Locale::from_tag),
        Err(shown) => {
            let params = Params::new().with("option", "locale").with("value", shown).with("choices", locale_tags());
            return Err(("options.locale", params, Locale::En));
        }
    };
    let profile = match text_option(property("profile")) {
        Ok(None) => Profile::default(),
        Ok(Some(name)) => Profile::parse(&name).ok_or_else(|| {
            let params =
                Params::new().with("option", "profile").with("value", name.as_str()).with("choices", Profile::names());
            ("options.profile", params, locale)
        })?,
        Err(shown) => {
            let params = Params::new().with("option", "profile").with("value", shown).with("choices", Profile::names());
            return Err(("options.profile", params, locale));
        }
    };
    Ok(Options { profile, locale })
}

/// An optional text property: `Ok(None)` when absent, `Err` with the value's type otherwise.
fn text_option(value: JsValue) -> Result<Option<String>, String> {
    if value.is_undefined() || value.is_null() {
        return Ok(None);
    }
    value.as_string().map(Some).ok_or_else(|| js_type(&value))
}

fn js_type(value: &JsValue) -> String {
    if value.is_null() {
        "null".to_owned()
    } else if value.is_array() {
        "array".to_owned()
    } else {
        value.js_typeof().as_string().unwrap_or_else(|| "unknown".to_owned())
    }
}

/// Checks an order; see `checkOrder` in the TypeScript declarations. A value that is not an
/// order of the contract's shape gives `order.invalid` saying which key is wrong. The object is
/// read property by property (no serde deserialiser, whose error texts would bring number
/// formatting into the module).
#[cfg_attr(not(domain_rules_core), wasm_bindgen(js_name = checkOrder, skip_typescript))]
pub fn check_order_js(order: JsValue) -> JsValue {
    let report = match read_order(&order) {
        Ok(order) => crate::order::check_order(&order),
        Err(detail) => crate::order::unreadable_order(&detail, Locale::En),
    };
    to_js(&report)
}

/// The keys of an object, or an explanation of why `value` (at `path`) is not one.
fn object_keys(value: &JsValue, path: &str, known: &[&str]) -> Result<Vec<String>, String> {
    if !value.is_object() || value.is_array() {
        return Err(format!("{path} must be an object, found {}", js_type(value)));
    }
    let object: &js_sys::Object = value.unchecked_ref();
    let keys: Vec<String> = js_sys::Object::keys(object).iter().filter_map(|k| k.as_string()).collect();
    if let Some(unknown) = keys.iter().find(|k| !known.contains(&k.as_str())) {
        return Err(format!("unknown key {path}.{unknown}; the keys are {}", known.join(", ")));
    }
    Ok(keys)
}

fn property(object: &JsValue, key: &str) -> JsValue {
    Reflect::get(object, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

/// An optional text property: absent, `null` or a string.
fn text_property(object: &JsValue, key: &str, path: &str) -> Result<Option<String>, String> {
    text_option(property(object, key)).map_err(|found| format!("{path}.{key} must be a string, found {found}"))
}

fn read_order(value: &JsValue) -> Result<crate::order::Order, String> {
    use crate::order::{Contact, FieldValue, Nameserver, Number, Order, Premium, Street};
    let known = [
        "domain",
        "action",
        "scope",
        "registrant",
        "admin",
        "tech",
        "billing",
        "fields",
        "nameservers",
        "period",
        "authCode",
        "idProtection",
        "trustee",
        "premium",
        "registeredAt",
        "transferredAt",
        "locale",
    ];
    object_keys(value, "order", &known)?;
    let domain = text_property(value, "domain", "order")?.ok_or("order.domain is missing")?;
    let contact = |key: &str| -> Result<Option<Contact>, String> {
        let object = property(value, key);
        if object.is_undefined() || object.is_null() {
            return Ok(None);
        }
        object_keys(&object, key, &crate::contacts::KEYS)?;
        let text = |k: &str| text_property(&object, k, key);
        let street_value = property(&object, "street");
        let street = if let Some(array) = street_value.dyn_ref::<js_sys::Array>() {
            let lines = array.iter().map(|line| line.as_string()).collect::<Option<Vec<String>>>();
            Some(Street::Lines(lines.ok_or_else(|| format!("{key}.street must hold strings"))?))
        } else {
            text("street")?.map(Street::Text)
        };
        Ok(Some(Contact {
            kind: text("type")?,
            name: text("name")?,
            first_name: text("firstName")?,
            last_name: text("lastName")?,
            organization: text("organization")?,
            country: text("country")?,
            email: text("email")?,
            street,
            city: text("city")?,
            postal_code: text("postalCode")?,
            state: text("state")?,
            phone: text("phone")?,
            fax: text("fax")?,
        }))
    };
    let number = |object: &JsValue, key: &str, path: &str| -> Result<Option<Number>, String> {
        let v = property(object, key);
        match (v.as_f64(), v.as_string()) {
            _ if v.is_undefined() || v.is_null() => Ok(None),
            (Some(n), _) => Ok(Some(Number::Number(n))),
            (_, Some(text)) => Ok(Some(Number::Text(text))),
            _ => Err(format!("{path}.{key} must be a number or a string, found {}", js_type(&v))),
        }
    };
    let flag = |key: &str| -> Result<Option<FieldValue>, String> {
        let v = property(value, key);
        match (v.as_bool(), v.as_string()) {
            _ if v.is_undefined() || v.is_null() => Ok(None),
            (Some(b), _) => Ok(Some(FieldValue::Bool(b))),
            (_, Some(text)) => Ok(Some(FieldValue::Text(text))),
            _ => Err(format!("order.{key} must be true/false or a string, found {}", js_type(&v))),
        }
    };
    let premium_value = property(value, "premium");
    let premium = if premium_value.is_undefined() || premium_value.is_null() {
        None
    } else {
        object_keys(&premium_value, "premium", &["class", "currency", "price"])?;
        Some(Premium {
            class: text_property(&premium_value, "class", "premium")?,
            currency: text_property(&premium_value, "currency", "premium")?,
            price: number(&premium_value, "price", "premium")?,
        })
    };
    let mut fields = std::collections::BTreeMap::new();
    let fields_value = property(value, "fields");
    if !fields_value.is_undefined() && !fields_value.is_null() {
        if !fields_value.is_object() || fields_value.is_array() {
            return Err(format!("order.fields must be an object, found {}", js_type(&fields_value)));
        }
        let object: &js_sys::Object = fields_value.unchecked_ref();
        for key in js_sys::Object::keys(object).iter().filter_map(|k| k.as_string()) {
            let v = property(&fields_value, &key);
            let field = match (v.as_string(), v.as_bool()) {
                (Some(text), _) => FieldValue::Text(text),
                (None, Some(b)) => FieldValue::Bool(b),
                _ => return Err(format!("fields.{key} must be a string or true/false, found {}", js_type(&v))),
            };
            fields.insert(key, field);
        }
    }
    let mut nameservers = Vec::new();
    let list = property(value, "nameservers");
    if !list.is_undefined() && !list.is_null() {
        let array: &js_sys::Array =
            list.dyn_ref().ok_or_else(|| format!("order.nameservers must be an array, found {}", js_type(&list)))?;
        for (i, entry) in array.iter().enumerate() {
            let path = format!("nameservers[{i}]");
            if let Some(name) = entry.as_string() {
                nameservers.push(Nameserver::Name(name));
                continue;
            }
            object_keys(&entry, &path, &["name", "ips"])?;
            let name = text_property(&entry, "name", &path)?.ok_or_else(|| format!("{path}.name is missing"))?;
            let ips_value = property(&entry, "ips");
            let mut ips = Vec::new();
            if !ips_value.is_undefined() && !ips_value.is_null() {
                let array: &js_sys::Array =
                    ips_value.dyn_ref().ok_or_else(|| format!("{path}.ips must be an array"))?;
                for ip in array.iter() {
                    ips.push(ip.as_string().ok_or_else(|| format!("{path}.ips must hold strings"))?);
                }
            }
            nameservers.push(Nameserver::Host(crate::order::Host { name, ips }));
        }
    }
    Ok(Order {
        domain,
        action: text_property(value, "action", "order")?,
        scope: text_property(value, "scope", "order")?,
        registrant: contact("registrant")?,
        admin: contact("admin")?,
        tech: contact("tech")?,
        billing: contact("billing")?,
        fields,
        nameservers,
        period: number(value, "period", "order")?,
        auth_code: text_property(value, "authCode", "order")?,
        id_protection: flag("idProtection")?,
        trustee: flag("trustee")?,
        premium,
        registered_at: text_property(value, "registeredAt", "order")?,
        transferred_at: text_property(value, "transferredAt", "order")?,
        locale: text_property(value, "locale", "order")?,
    })
}

/// Checks one DNS record; see `checkRecord` in the TypeScript declarations.
#[cfg_attr(not(domain_rules_core), wasm_bindgen(js_name = checkRecord, skip_typescript))]
pub fn check_record_js(request: JsValue) -> JsValue {
    use crate::record::{RecordRequest, check_record, unreadable_record};
    let read = || -> Result<RecordRequest, String> {
        let known = ["zone", "type", "name", "value", "ttl", "literal", "locale"];
        object_keys(&request, "record", &known)?;
        let record = read_record(&request, "record")?;
        Ok(RecordRequest {
            zone: text_property(&request, "zone", "record")?.ok_or("record.zone is missing")?,
            kind: record.kind,
            name: record.name,
            value: record.value,
            ttl: record.ttl,
            literal: flag_property(&request, "literal", "record")?,
            locale: text_property(&request, "locale", "record")?,
        })
    };
    match read() {
        Ok(request) => to_js(&check_record(&request)),
        Err(detail) => to_js(&unreadable_record(&detail, Locale::En)),
    }
}

/// Checks a zone's records; see `checkZoneRecords` in the TypeScript declarations.
#[cfg_attr(not(domain_rules_core), wasm_bindgen(js_name = checkZoneRecords, skip_typescript))]
pub fn check_zone_records_js(request: JsValue) -> JsValue {
    use crate::record::{ZoneRequest, check_zone_records, unreadable_zone};
    let read = || -> Result<ZoneRequest, String> {
        object_keys(&request, "zone", &["zone", "records", "literal", "locale"])?;
        let list = property(&request, "records");
        let array: &js_sys::Array =
            list.dyn_ref().ok_or_else(|| format!("zone.records must be an array, found {}", js_type(&list)))?;
        let mut records = Vec::new();
        for (i, entry) in array.iter().enumerate() {
            let path = format!("records[{i}]");
            object_keys(&entry, &path, &["type", "name", "value", "ttl"])?;
            records.push(read_record(&entry, &path)?);
        }
        Ok(ZoneRequest {
            zone: text_property(&request, "zone", "zone")?.ok_or("zone.zone is missing")?,
            records,
            literal: flag_property(&request, "literal", "zone")?,
            locale: text_property(&request, "locale", "zone")?,
        })
    };
    match read() {
        Ok(request) => to_js(&check_zone_records(&request)),
        Err(detail) => to_js(&unreadable_zone(&detail, Locale::En)),
    }
}

/// The record keys of `object`: `type` required, `name` and `value` texts, `ttl` a whole number.
fn read_record(object: &JsValue, path: &str) -> Result<crate::record::Record, String> {
    let ttl = property(object, "ttl");
    let ttl = if ttl.is_undefined() || ttl.is_null() {
        None
    } else {
        match ttl.as_f64() {
            // Whole numbers only; the check reports those out of range.
            Some(n) if n.fract() == 0.0 && n.abs() < 9.0e15 => Some(n as i64),
            _ => return Err(format!("{path}.ttl must be a whole number, found {}", js_type(&ttl))),
        }
    };
    Ok(crate::record::Record {
        kind: text_property(object, "type", path)?.ok_or_else(|| format!("{path}.type is missing"))?,
        name: text_property(object, "name", path)?.unwrap_or_default(),
        value: text_property(object, "value", path)?.unwrap_or_default(),
        ttl,
    })
}

/// An optional true/false property (absent and `null` are false).
fn flag_property(object: &JsValue, key: &str, path: &str) -> Result<bool, String> {
    let value = property(object, key);
    if value.is_undefined() || value.is_null() {
        return Ok(false);
    }
    value.as_bool().ok_or_else(|| format!("{path}.{key} must be true or false, found {}", js_type(&value)))
}

/// The form schema; see `formSchema` in the TypeScript declarations.
#[cfg_attr(not(domain_rules_core), wasm_bindgen(js_name = formSchema, skip_typescript))]
pub fn form_schema_js(tld: JsValue, options: JsValue) -> JsValue {
    use crate::fields::Action;
    let tld = tld.as_string().unwrap_or_default();
    let refuse = |diagnostic| to_js(&crate::schema::refused_schema(tld.clone(), Action::Register, diagnostic));
    // The same strictness as checkDomain's options: an object of known keys with text values.
    let [action_text, locale_text] = match text_options(&options, ["action", "locale"], "{ action, locale }") {
        Ok(texts) => texts,
        Err(diagnostic) => return refuse(diagnostic),
    };
    let locale = locale_text.as_deref().map_or(Locale::En, Locale::from_tag);
    let action = match action_text {
        None => Action::Register,
        Some(name) => match Action::parse(&name) {
            Some(action) => action,
            None => {
                let choices = Action::ALL.iter().map(|a| a.as_str()).collect::<Vec<_>>().join(", ");
                let params =
                    Params::new().with("option", "action").with("value", name.as_str()).with("choices", choices);
                return refuse(Diagnostic::new(Code::OptionInvalid, Severity::Error, "options.action", params, locale));
            }
        },
    };
    to_js(&crate::schema::form_schema(&tld, action, locale))
}

/// The text options of `options` (absent, `null` or an object of `known` keys with text values),
/// or the diagnostic that says which is wrong (`choices` lists the keys); `None` keeps the default.
fn text_options<const N: usize>(
    options: &JsValue,
    known: [&str; N],
    choices: &str,
) -> Result<[Option<String>; N], Diagnostic> {
    let mut values = [const { None }; N];
    if options.is_undefined() || options.is_null() {
        return Ok(values);
    }
    let refuse = |path: String, option: &str, value: String, choices: &str| {
        let params = Params::new().with("option", option).with("value", value).with("choices", choices);
        Diagnostic::new(Code::OptionInvalid, Severity::Error, path, params, Locale::En)
    };
    if let Err(detail) = object_keys(options, "options", &known) {
        return Err(refuse("options".into(), "options", detail, choices));
    }
    for (slot, key) in values.iter_mut().zip(known) {
        *slot = text_option(property(options, key))
            .map_err(|found| refuse(format!("options.{key}"), key, found, "a string"))?;
    }
    Ok(values)
}

/// The contact form of a country; see `contactSchema` in the TypeScript declarations.
#[cfg_attr(not(domain_rules_core), wasm_bindgen(js_name = contactSchema, skip_typescript))]
pub fn contact_schema_js(country: JsValue, options: JsValue) -> JsValue {
    use crate::contacts::schema::contact_schema;
    let country = country.as_string().unwrap_or_default();
    match text_options(&options, ["locale", "role"], "{ locale, role }") {
        Ok([locale, role]) => {
            let locale = locale.as_deref().map_or(Locale::En, Locale::from_tag);
            let mut schema = contact_schema(&country, role.as_deref().unwrap_or("registrant"), locale);
            if let Some(role) = role.filter(|r| !crate::contacts::ROLES.contains(&r.as_str())) {
                let params = Params::new()
                    .with("option", "role")
                    .with("value", role)
                    .with("choices", "registrant, admin, tech, billing");
                schema.ok = false;
                schema.diagnostics.push(Diagnostic::new(
                    Code::OptionInvalid,
                    Severity::Error,
                    "options.role",
                    params,
                    locale,
                ));
            }
            to_js(&schema)
        }
        Err(diagnostic) => {
            let mut schema = contact_schema(&country, "registrant", Locale::En);
            schema.ok = false;
            schema.diagnostics.push(diagnostic);
            to_js(&schema)
        }
    }
}

/// Every country, sorted for the locale; see `countries` in the TypeScript declarations.
#[cfg_attr(not(domain_rules_core), wasm_bindgen(js_name = countries, skip_typescript))]
pub fn countries_js(options: JsValue) -> JsValue {
    let [locale] = text_options(&options, ["locale"], "{ locale }").unwrap_or_default();
    let locale = locale.as_deref().map_or(Locale::En, Locale::from_tag);
    to_js(&crate::contacts::schema::country_list(locale))
}

/// A zone's order facts; see `zoneInfo` in the TypeScript declarations.
#[cfg_attr(not(domain_rules_core), wasm_bindgen(js_name = zoneInfo, skip_typescript))]
pub fn zone_info_js(tld: JsValue, options: JsValue) -> JsValue {
    let tld = tld.as_string().unwrap_or_default();
    match text_options(&options, ["locale"], "{ locale }") {
        Ok([locale]) => {
            to_js(&crate::zone_info::zone_info(&tld, locale.as_deref().map_or(Locale::En, Locale::from_tag)))
        }
        Err(diagnostic) => {
            let mut info = crate::zone_info::zone_info(&tld, Locale::En);
            info.ok = false;
            info.diagnostics.push(diagnostic);
            to_js(&info)
        }
    }
}

/// Explains a registrar's answer; see `explainError` in the TypeScript declarations. Options
/// other than `{ order, locale }`, or an order not of the contract's shape, are diagnostics
/// added to the explanation, which is still given.
#[cfg_attr(not(domain_rules_core), wasm_bindgen(js_name = explainError, skip_typescript))]
pub fn explain_error_js(text: JsValue, options: JsValue) -> JsValue {
    use crate::explain::{explain_error, refused_text};
    let mut problems = crate::findings::Findings::with_paths(Locale::En);
    let mut locale = Locale::En;
    let mut order = None;
    if !(options.is_undefined() || options.is_null()) {
        // An unknown key is said, and the known ones are still read.
        if let Err(detail) = object_keys(&options, "options", &["order", "locale"]) {
            let params =
                Params::new().with("option", "options").with("value", detail).with("choices", "{ order, locale }");
            problems.push_at(Code::OptionInvalid, Severity::Error, "options", params);
        }
        if options.is_object() && !options.is_array() {
            match text_option(property(&options, "locale")) {
                Ok(tag) => locale = tag.as_deref().map_or(Locale::En, Locale::from_tag),
                Err(found) => {
                    let params =
                        Params::new().with("option", "locale").with("value", found).with("choices", "a string");
                    problems.push_at(Code::OptionInvalid, Severity::Error, "options.locale", params);
                }
            }
            let value = property(&options, "order");
            if !(value.is_undefined() || value.is_null()) {
                match read_order(&value) {
                    Ok(read) => order = Some(read),
                    Err(detail) => problems.extend(crate::order::unreadable_order(&detail, locale).diagnostics),
                }
            }
        }
    }
    let mut report = match text.as_string() {
        Some(text) => explain_error(&text, order.as_ref(), locale),
        None => refused_text(Code::RegistrarTextInvalid, Params::new().with("found", js_type(&text)), locale),
    };
    if !problems.as_slice().is_empty() {
        report.ok = false;
        report.diagnostics.extend(problems.into_vec());
    }
    to_js(&report)
}

/// The keys of a contact and the contact roles; see `contactKeys` in the TypeScript declarations.
#[cfg_attr(not(domain_rules_core), wasm_bindgen(js_name = contactKeys, skip_typescript))]
pub fn contact_keys_js() -> JsValue {
    #[derive(Serialize)]
    struct ContactKeys {
        keys: &'static [&'static str],
        roles: &'static [&'static str],
    }
    to_js(&ContactKeys { keys: &crate::contacts::KEYS, roles: &crate::contacts::ROLES })
}

/// See `versions` in the TypeScript declarations.
#[wasm_bindgen(skip_typescript)]
pub fn versions() -> JsValue {
    versions_object(
        crate::VERSION,
        crate::zone::PUBLIC_SUFFIX_SOURCE,
        crate::name::idna2008::UNICODE_VERSION,
        crate::name::idna2008::SOURCE,
    )
}

/// Loads a locale pack; see `addLocale` in the TypeScript declarations.
#[cfg_attr(not(domain_rules_core), wasm_bindgen(js_name = addLocale, skip_typescript))]
pub fn add_locale(pack: &str) -> Result<String, JsError> {
    crate::locale_pack::load(pack).map(|locale| locale.tag().to_owned()).map_err(|e| JsError::new(&e.to_string()))
}

#[derive(Serialize)]
struct LocaleState {
    tag: &'static str,
    ready: bool,
}

/// See `locales` in the TypeScript declarations.
#[cfg_attr(not(domain_rules_core), wasm_bindgen(skip_typescript))]
pub fn locales() -> JsValue {
    let states: Vec<LocaleState> = Locale::ALL
        .iter()
        .map(|&l| LocaleState { tag: l.tag(), ready: l.is_compiled() || crate::pack_store::is_loaded(l) })
        .collect();
    to_js(&states)
}

#[derive(Serialize)]
struct CodeInfo {
    code: &'static str,
    summary: &'static str,
}

/// See `codes` in the TypeScript declarations.
#[cfg_attr(not(domain_rules_core), wasm_bindgen(skip_typescript))]
pub fn codes() -> JsValue {
    let list: Vec<CodeInfo> = Code::ALL.iter().map(|c| CodeInfo { code: c.as_str(), summary: c.summary() }).collect();
    to_js(&list)
}

/// A plain JS object (maps become objects, absent values are left out).
fn to_js<T: Serialize>(value: &T) -> JsValue {
    let serializer = serde_wasm_bindgen::Serializer::new().serialize_maps_as_objects(true);
    value.serialize(&serializer).unwrap_or(JsValue::UNDEFINED)
}

/// The tags of the compiled locales (`en, de, fr, it, da`), for a message listing the choices.
fn locale_tags() -> String {
    Locale::ALL.iter().map(|l| l.tag()).collect::<Vec<_>>().join(", ")
}

#[cfg(test)]
mod tests {
    use super::utf16_prefix;

    #[test]
    fn utf16_prefixes_end_on_the_right_byte() {
        assert_eq!(utf16_prefix("ab.dede.com", 5), 5);
        assert_eq!(utf16_prefix("müller.deb.de", 9), "müller.de".len());
        // A character beyond the BMP is two UTF-16 units and four bytes.
        assert_eq!(utf16_prefix("😀.comx", 6), "😀.com".len());
        assert_eq!(utf16_prefix("é", 0), 0);
        assert_eq!(utf16_prefix("short", 9), 5);
    }
}
