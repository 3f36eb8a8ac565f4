//! The WebAssembly front door: thin wrappers that turn JS values into core calls and reports
//! into plain JS objects. Nothing here throws for bad input; a wrong type is a diagnostic.

use js_sys::Reflect;
use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::code::Code;
use crate::domain::{DomainReport, check_domain, refused_input};
use crate::messages::Locale;
use crate::options::{Options, Profile};
use crate::report::Params;

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

/** Every diagnostic code with a one-line summary. */
export interface CodeInfo {
  code: string;
  summary: string;
}
export function codes(): CodeInfo[];
"#;

// Builds the report object on the JS side from a few values: one call instead of one per key,
// and as few strings decoded as possible (decoding is most of the cost of a check that finds
// nothing). The ASCII form is sent only when it differs from the input, the Unicode form only
// when it differs from the ASCII one, and the zone as the offset of its start in the ASCII form.
// Key order follows the contract.
#[wasm_bindgen(
    inline_js = "export function domainReport(ok, input, asciiIsInput, ascii, unicode, tldStart, diagnostics) {
  const report = { ok, input };
  const a = asciiIsInput ? input : ascii;
  if (a !== undefined) {
    report.ascii = a;
    report.unicode = unicode ?? a;
    if (tldStart >= 0) report.tld = a.slice(tldStart);
  }
  report.diagnostics = diagnostics ?? [];
  return report;
}"
)]
extern "C" {
    #[wasm_bindgen(js_name = domainReport)]
    #[allow(clippy::too_many_arguments)]
    fn domain_report(
        ok: bool,
        input: &JsValue,
        ascii_is_input: bool,
        ascii: Option<&str>,
        unicode: Option<&str>,
        tld_start: i32,
        diagnostics: JsValue,
    ) -> JsValue;
}

/// Checks one name; see `checkDomain` in the TypeScript declarations.
#[wasm_bindgen(js_name = checkDomain, skip_typescript)]
pub fn check_domain_js(input: JsValue, options: JsValue) -> JsValue {
    let text = input.as_string();
    let report = check_domain_text(text.as_deref(), &input, options);
    let input = if text.is_some() { input } else { JsValue::from_str(&report.input) };
    let diagnostics = if report.diagnostics.is_empty() { JsValue::UNDEFINED } else { to_js(&report.diagnostics) };
    let tld_start = match (&report.ascii, &report.tld) {
        (Some(ascii), Some(tld)) => {
            ascii.len().checked_sub(tld.len()).and_then(|i| i32::try_from(i).ok()).unwrap_or(-1)
        }
        _ => -1,
    };
    let unicode = if report.unicode == report.ascii { None } else { report.unicode.as_deref() };
    let ascii_is_input = text.is_some() && report.ascii.as_deref() == text.as_deref();
    let ascii = if ascii_is_input { None } else { report.ascii.as_deref() };
    domain_report(report.ok, &input, ascii_is_input, ascii, unicode, tld_start, diagnostics)
}

/// The report for JS arguments (`text` is `input` read as a string, if it is one), before it
/// is turned into a JS object.
fn check_domain_text(text: Option<&str>, input: &JsValue, options: JsValue) -> DomainReport {
    let options = match parse_options(options) {
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
            let params =
                Params::new().with("option", "locale").with("value", shown).with("choices", "en, de, fr, it, da");
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

/// Versions of the engine and its data.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Versions {
    engine: &'static str,
    public_suffix_list: &'static str,
    unicode: &'static str,
    idna2008: &'static str,
}

/// See `versions` in the TypeScript declarations.
#[wasm_bindgen(skip_typescript)]
pub fn versions() -> JsValue {
    to_js(&Versions {
        engine: crate::VERSION,
        public_suffix_list: crate::zone::PUBLIC_SUFFIX_SOURCE,
        unicode: crate::name::idna2008::UNICODE_VERSION,
        idna2008: crate::name::idna2008::SOURCE,
    })
}

#[derive(Serialize)]
struct CodeInfo {
    code: &'static str,
    summary: &'static str,
}

/// See `codes` in the TypeScript declarations.
#[wasm_bindgen(skip_typescript)]
pub fn codes() -> JsValue {
    let list: Vec<CodeInfo> = Code::ALL.iter().map(|c| CodeInfo { code: c.as_str(), summary: c.summary() }).collect();
    to_js(&list)
}

/// A plain JS object (maps become objects, absent values are left out).
fn to_js<T: Serialize>(value: &T) -> JsValue {
    let serializer = serde_wasm_bindgen::Serializer::new().serialize_maps_as_objects(true);
    value.serialize(&serializer).unwrap_or(JsValue::UNDEFINED)
}
