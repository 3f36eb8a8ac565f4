//! The registrar-error explainer (contract section 6): the text a registrar or registry sent back
//! after an order, unwrapped, matched against the catalogue of known texts, and said again for
//! the customer in their language, pointing at the order input to fix. A text that matches
//! nothing is said to be unknown, with the text kept for the operator; no cause is guessed.

pub mod catalogue;
pub mod denic;
pub mod envelope;
pub mod pattern;
pub mod target;

use serde::Serialize;

use crate::code::Code;
use crate::locale::Locale;
use crate::order::Order;
use crate::report::{self, Diagnostic, Params, Severity};

use catalogue::{Entry, ResponseCode, Then};
use envelope::{Dialect, Envelope};
use target::Context;

/// The longest text read, in bytes: a whole EPP response is a few kilobytes.
pub const MAX_TEXT_BYTES: usize = 32 * 1024;

/// The longest part of the original text carried in `registrar.unrecognised`, in characters.
const MAX_TEXT_SHOWN: usize = 2000;

/// The most findings one answer gives (EPP values, DENIC's issues); the report stays small
/// whatever the text holds.
const MAX_FINDINGS: usize = 16;

/// What the explainer made of a registrar's text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ExplainReport {
    /// `true` exactly when no diagnostic is an error (a success or pending answer).
    pub ok: bool,
    /// Whether the text was recognised: a cause is known.
    pub recognised: bool,
    /// The dialect of the text: `ispapi`, `epp`, `denic` or `unknown`.
    pub source: &'static str,
    /// The response code, given with the text or known from its wording (`504`, `2303`), or
    /// DENIC's result number.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub registry_code: Option<String>,
    /// The action a WHMCS wrapper names (`register`, `transfer`, `renew`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub action: Option<&'static str>,
    /// The domain a WHMCS wrapper names.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub domain: Option<String>,
    /// The explanation, then what the engine's own check of the order says about the same inputs.
    pub diagnostics: Vec<Diagnostic>,
}

/// Explains a registrar's or registry's answer to an order.
///
/// ```
/// use domain_rules::explain::explain_error;
/// use domain_rules::Locale;
///
/// let report = explain_error("504 Missing required attribute; X-CA-LEGALTYPE", None, Locale::En);
/// assert!(report.recognised);
/// assert_eq!(report.diagnostics[0].path, "fields.X-CA-LEGALTYPE");
/// ```
pub fn explain_error(text: &str, order: Option<&Order>, locale: Locale) -> ExplainReport {
    if text.trim().is_empty() {
        return refused_text(Code::RegistrarTextEmpty, Params::new(), locale);
    }
    if text.len() > MAX_TEXT_BYTES {
        let params = Params::new().with("max", MAX_TEXT_BYTES).with("actual", text.len());
        return refused_text(Code::RegistrarTextTooLong, params, locale);
    }
    let envelope = envelope::open(text);
    let domain = order.map(|o| o.domain.trim()).or(envelope.domain.as_deref()).filter(|d| !d.is_empty());
    let tld = domain.and_then(|d| crate::check_domain(d, &crate::Options::default()).tld);
    let context = Context { order, locale, domain: domain.map(str::to_owned), tld, role: None };
    let mut explained = explain(&envelope, &context);
    if explained.diagnostics.is_empty() {
        let mut shown: String = text.trim().chars().take(MAX_TEXT_SHOWN).collect();
        if shown.len() < text.trim().len() {
            shown.push('…');
        }
        let mut params = Params::new().with("text", shown);
        if let Some(code) = explained.code {
            params = params.with("apiCode", i64::from(code));
        }
        explained.diagnostics.push(Diagnostic::new(
            Code::RegistrarUnrecognised,
            Severity::Error,
            "order",
            params,
            locale,
        ));
        explained.recognised = false;
    }
    let mut diagnostics = explained.diagnostics;
    if let Some(order) = order {
        let own = related_findings(order, &diagnostics, locale);
        diagnostics.extend(own);
    }
    ExplainReport {
        ok: report::is_ok(&diagnostics),
        recognised: explained.recognised,
        source: explained.source,
        registry_code: explained.registry_code,
        action: envelope.action,
        domain: envelope.domain,
        diagnostics,
    }
}

/// A report for a text that cannot be read (empty, too long, not text).
pub fn refused_text(code: Code, params: Params, locale: Locale) -> ExplainReport {
    ExplainReport {
        ok: false,
        recognised: false,
        source: "unknown",
        registry_code: None,
        action: None,
        domain: None,
        diagnostics: vec![Diagnostic::new(code, Severity::Error, "text", params, locale)],
    }
}

/// The explanation before the order's own check is added.
struct Explained {
    recognised: bool,
    source: &'static str,
    code: Option<u16>,
    registry_code: Option<String>,
    diagnostics: Vec<Diagnostic>,
}

fn explain(envelope: &Envelope, context: &Context<'_>) -> Explained {
    let description = envelope.description.as_str();
    let (canonical, detail) = split_detail(description);
    // The code's row: EPP's for an EPP text, else ISPAPI's; a bare text may have EPP's wording.
    let (known, epp) = match envelope.dialect {
        Some(Dialect::Epp) => (lookup(catalogue::EPP_CODES, envelope.code, description), true),
        Some(_) => (lookup(catalogue::ISPAPI_CODES, envelope.code, description), false),
        None => match lookup(catalogue::ISPAPI_CODES, None, description) {
            Some(row) => (Some(row), false),
            None => {
                let row = lookup(catalogue::EPP_CODES, None, description);
                (row, row.is_some())
            }
        },
    };
    // The code as given, or as its wording tells it.
    let code = envelope.code.or_else(|| known.map(|k| k.code));
    let source = match (epp, envelope.dialect, known) {
        (true, _, _) => "epp",
        (_, Some(_), _) | (_, _, Some(_)) => "ispapi",
        _ => "unknown",
    };
    let mut explained = Explained {
        recognised: true,
        source,
        code,
        registry_code: code.map(|c| c.to_string()),
        diagnostics: Vec::new(),
    };
    let api_code = |params: Params| match code {
        Some(c) => params.with("apiCode", i64::from(c)),
        None => params,
    };
    // Each finding's message is rendered once, with the response code among its params, then
    // the detail after the code's wording where there is one.
    let render = |found: Vec<Finding>, detail: &str| -> Vec<Diagnostic> {
        let with_detail = |params: Params| if detail.is_empty() { params } else { params.with("detail", detail) };
        let locale = context.locale;
        found
            .into_iter()
            .map(|f| Diagnostic::new(f.code, f.severity, f.path, with_detail(api_code(f.params)), locale))
            .collect()
    };
    if let Some(answer) = denic::find(description)
        && let Some(found) = explain_denic(&answer, context)
    {
        explained.source = "denic";
        explained.registry_code = Some(answer.number.clone());
        explained.diagnostics = render(found, "");
        return explained;
    }
    if let Some(found) = match_entries(catalogue::ENTRIES, description, context) {
        explained.diagnostics = render(found, "");
        if explained.source == "unknown" {
            explained.source = if epp { "epp" } else { "ispapi" };
        }
        return explained;
    }
    let Some(known) = known else { return explained };
    let Some((cause, target)) = known.cause else { return explained };
    let wording_known = canonical.is_empty() || has_wording(known, description) || epp;
    // The detail beyond the wording (none when the wording itself has the `;`).
    let detail = if has_wording(known, description) {
        description[known.text.len()..].trim_start_matches(';').trim()
    } else {
        detail
    };
    let detail_known = detail.is_empty() || known.any_detail;
    if !(detail_known && wording_known) {
        return explained;
    }
    let pending = envelope.pending || detail.to_ascii_lowercase().contains("action pending");
    let cause = if cause == Code::RegistrarSuccess && pending { Code::RegistrarPending } else { cause };
    let mut found = epp_values(envelope, cause, context);
    if found.is_empty() {
        let empty = pattern::Captures::default();
        let (path, params) = target::resolve(target, &empty, context).unwrap_or(("order".to_owned(), Params::new()));
        found.push(Finding::of(cause, path, params));
    }
    explained.diagnostics = render(found, detail);
    explained
}

/// A cause found in the text, before its message is rendered.
struct Finding {
    code: Code,
    severity: Severity,
    path: String,
    params: Params,
}

impl Finding {
    /// A finding of the severity its cause has.
    fn of(code: Code, path: String, params: Params) -> Finding {
        Finding { code, severity: severity(code), path, params }
    }
}

/// The canonical text and the detail after the first `; ` (reference §1.3), or after the first
/// `: ` when there is no `;` (`Missing required attribute: COUNTRY of OWNERCONTACT0`).
fn split_detail(description: &str) -> (&str, &str) {
    match description.split_once(';').or_else(|| description.split_once(": ")) {
        Some((canonical, detail)) => (canonical.trim(), detail.trim()),
        None => (description.trim(), ""),
    }
}

/// The response code given (its row with this wording, or its first row), or the row whose
/// wording the text has.
fn lookup(table: &'static [ResponseCode], code: Option<u16>, canonical: &str) -> Option<&'static ResponseCode> {
    let same = |row: &&ResponseCode| has_wording(row, canonical);
    match code {
        Some(code) => {
            let rows = || table.iter().filter(move |row| row.code == code);
            rows().find(same).or_else(|| rows().next())
        }
        None => table.iter().find(same),
    }
}

/// Whether a text is the row's wording: the text before the detail, or the start of the whole
/// description, up to a `;` or `:` (`Service temporarily locked; usage exceeded` is one wording).
fn has_wording(row: &ResponseCode, text: &str) -> bool {
    let wording = row.text.as_bytes();
    let text = text.as_bytes();
    text.len() >= wording.len()
        && text[..wording.len()].eq_ignore_ascii_case(wording)
        && matches!(text.get(wording.len()), None | Some(b';' | b':'))
}

/// How bad a cause is: a success or a pending command is information, every other cause an error.
fn severity(code: Code) -> Severity {
    match code {
        Code::RegistrarSuccess | Code::RegistrarPending => Severity::Info,
        _ => Severity::Error,
    }
}

/// The first entry whose pattern matches `text` and whose target resolves, as findings.
fn match_entries(entries: &[Entry], text: &str, context: &Context<'_>) -> Option<Vec<Finding>> {
    for entry in entries {
        let Some(captures) = pattern::matches(entry.pattern, text) else { continue };
        match entry.then {
            Then::Say(code, target) => {
                let Some((path, mut params)) = target::resolve(target, &captures, context) else { continue };
                for name in ["class", "got", "expected", "value", "min"] {
                    if let Some(value) = captures.get(name) {
                        params = params.with(name, value);
                    }
                }
                if let Some(inner) = captures.get("inner").or(captures.get("reason")) {
                    params = params.with("registryError", inner);
                }
                return Some(vec![Finding::of(code, path, params)]);
            }
            Then::Contact => {
                let Some(role) = captures.get("role").and_then(target::role) else { continue };
                let inner = captures.get("inner").unwrap_or_default();
                let nested = Context {
                    order: context.order,
                    locale: context.locale,
                    domain: context.domain.clone(),
                    tld: context.tld.clone(),
                    role: Some(role),
                };
                if let Some(found) = match_entries(catalogue::CONTACT_ENTRIES, inner, &nested) {
                    return Some(found);
                }
            }
        }
    }
    None
}

/// The EPP `<value>` elements that name the input, one finding each: a host for the causes a
/// host can have (a missing host object is a nameserver that does not exist), a domain element
/// for any cause. A host named with a cause about the domain (its status, its sponsor) says
/// nothing about the nameserver and is left out.
fn epp_values(envelope: &Envelope, cause: Code, context: &Context<'_>) -> Vec<Finding> {
    const HOST_CAUSES: &[Code] = &[
        Code::RegistrarObjectNotFound,
        Code::RegistrarValueMissing,
        Code::RegistrarValueRejected,
        Code::RegistrarObjectInUse,
    ];
    let mut found = Vec::new();
    for (element, value) in &envelope.epp_values {
        let (prefix, local) = element.rsplit_once(':').unwrap_or(("", element.as_str()));
        let host_element = match local {
            "name" => prefix.eq_ignore_ascii_case("host"),
            _ => catalogue::EPP_HOST_ELEMENTS.iter().any(|e| e.eq_ignore_ascii_case(local)),
        };
        if host_element {
            if value.is_empty() || !HOST_CAUSES.contains(&cause) {
                continue;
            }
            let host = value.trim_end_matches('.').to_ascii_lowercase();
            let path = target::nameserver_path(&host, context.order);
            let cause = if cause == Code::RegistrarObjectNotFound { Code::RegistrarNameserverUnknown } else { cause };
            let params = Params::new().with("host", host.as_str()).with("element", element.as_str());
            found.push(Finding::of(cause, path, params));
        } else if let Some((_, path)) = catalogue::EPP_ELEMENTS.iter().find(|(e, _)| e.eq_ignore_ascii_case(local)) {
            found.push(Finding::of(cause, (*path).to_owned(), Params::new().with("element", element.as_str())));
        }
        if found.len() >= MAX_FINDINGS {
            break;
        }
    }
    found
}

/// DENIC's answers we can tie to a cause: the nameserver test's issues (53300102912, and
/// 33300102912 for its warnings; DENIC-29's domain-order messages,
/// https://docs.denic.de/en/Content/DENIC-29/Fehlermeldungen%20bei%20Domainauftr%C3%A4gen.htm,
/// read 2026-12-07), and from DENIC-29's provider-change messages (same documentation, read
/// 2026-12-07; the page's address was not recorded) a missing glue record (53300102902) and the
/// test's own technical failure, "please try later" (53300100021).
fn explain_denic(answer: &denic::DenicAnswer, context: &Context<'_>) -> Option<Vec<Finding>> {
    let denic = Params::new().with("denicCode", answer.number.as_str());
    match answer.number.as_str() {
        "53300102902" => {
            return Some(vec![Finding::of(Code::RegistrarGlueMissing, "nameservers".to_owned(), denic)]);
        }
        "53300100021" => {
            return Some(vec![Finding::of(Code::RegistrarTemporary, "order".to_owned(), denic)]);
        }
        "53300102912" | "33300102912" => {}
        _ => return None,
    }
    let mut found = Vec::new();
    for issue in &answer.issues {
        let severity = if issue.level == "ERROR" { Severity::Error } else { Severity::Warning };
        let host = issue.host().map(str::to_ascii_lowercase);
        let host = host.as_deref();
        let path = host.map_or_else(|| "nameservers".to_owned(), |h| target::nameserver_path(h, context.order));
        let mut params = denic.clone().with("nastCode", i64::from(issue.code)).with("nastText", issue.text.as_str());
        if let Some(host) = host {
            params = params.with("host", host);
        }
        let domain = issue.value("entity").map(|d| d.trim_end_matches('.').to_owned()).or(context.domain.clone());
        let rcode = issue.value("rcode");
        let code = match (issue.code, host, domain) {
            // REFUSED from the server itself: the zone is not set up there (reference
            // dns-idn-rules.md §2.1). Another RCODE, or no name to say it of, is only the
            // test's failure.
            (901, Some(_), Some(domain)) if rcode.is_some_and(|r| r.eq_ignore_ascii_case("REFUSED")) => {
                params = params.with("domain", domain).with("rcode", "REFUSED");
                Code::RegistrarNameserverRefused
            }
            (116, Some(_), _) => Code::RegistrarNameserverNotAuthoritative,
            (107, _, _) => {
                params = params
                    .with("expected", issue.value("# expected").unwrap_or("2"))
                    .with("found", issue.value("# found").unwrap_or("?"));
                Code::RegistrarNameserverAddresses
            }
            (118, _, _) => Code::RegistrarNameserverSetMismatch,
            _ => Code::RegistrarNameserverCheckFailed,
        };
        found.push(Finding { code, severity, path, params });
    }
    if found.is_empty() {
        // The number without the bracket: the test failed, its issues are not given.
        let params = denic.with("nastCode", 0i64).with("nastText", answer.text.as_str());
        found.push(Finding::of(Code::RegistrarNameserverCheckFailed, "nameservers".to_owned(), params));
    }
    Some(found)
}

/// The order codes that explain a registrar's cause though they stand at another path.
const RELATED: &[(Code, &[Code])] = &[
    (Code::RegistrarTransferLocked, &[Code::OrderTransferLocked]),
    (Code::RegistrarTrusteeNotSupported, &[Code::OrderTrusteeNotSupported]),
    (
        Code::RegistrarIdProtectionNotSupported,
        &[Code::OrderIdProtectionNotSupported, Code::OrderIdProtectionUnverified, Code::OrderIdProtectionRegistry],
    ),
    (Code::RegistrarPremiumClassRequired, &[Code::OrderPremiumClassRequired, Code::OrderPremiumConfirm]),
    (Code::RegistrarNameserversUnknown, &[Code::OrderHintHostObject, Code::OrderHintSiblingHost]),
    (Code::RegistrarNameserverRefused, &[Code::OrderHintZoneMustBeServed]),
    (Code::RegistrarNameserverNotAuthoritative, &[Code::OrderHintZoneMustBeServed]),
    (Code::RegistrarNameserverCheckFailed, &[Code::OrderHintZoneMustBeServed]),
];

/// What the engine's own check of the order says about the inputs the explanation names: its
/// errors at the same path (or within it), and the order findings of the same cause.
fn related_findings(order: &Order, explained: &[Diagnostic], locale: Locale) -> Vec<Diagnostic> {
    let mut order = order.clone();
    order.locale = Some(locale.tag().to_owned());
    let checked = crate::order::check_order(&order);
    let own = checked.domain.diagnostics.iter().chain(&checked.diagnostics);
    let mut found: Vec<Diagnostic> = Vec::new();
    for diagnostic in own {
        let related = explained.iter().any(|e| {
            let by_code = RELATED.iter().any(|(cause, codes)| *cause == e.code && codes.contains(&diagnostic.code));
            by_code || diagnostic.severity == Severity::Error && paths_overlap(&e.path, &diagnostic.path)
        });
        if related && !found.contains(diagnostic) {
            found.push(diagnostic.clone());
        }
    }
    found
}

/// Whether one path is the other or lies within it (`nameservers[1]` and `nameservers[1].ips[0]`).
fn paths_overlap(a: &str, b: &str) -> bool {
    let within = |inner: &str, outer: &str| {
        inner.strip_prefix(outer).is_some_and(|rest| rest.is_empty() || rest.starts_with(['.', '[']))
    };
    a != "order" && b != "order" && (within(a, b) || within(b, a))
}
