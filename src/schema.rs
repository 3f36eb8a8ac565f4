//! The form schema (contract section 3): the additional fields a form must render for a zone
//! and action, in the customer's language, with the conditions that make them required and
//! the registry rules a form should show next to the contact fields.

use serde::Serialize;
use serde::ser::SerializeMap;

use crate::code::Code;
use crate::domain::check_domain;
use crate::fields::{Action, Check, Field, FormatRule, Requirement, Rule, Test};
use crate::locale::Locale;
use crate::options::Options;
use crate::report::{Diagnostic, Params, Severity};
use crate::zone::{self, suffix};

/// The schema of one zone and action.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct FormSchema {
    /// `true` when the zone was found.
    pub ok: bool,
    /// The registry zone in ASCII.
    pub tld: String,
    /// The action.
    pub action: &'static str,
    /// The fields, in order.
    pub fields: Vec<SchemaField>,
    /// Rules on the contacts and on combinations of values.
    pub rules: Vec<SchemaRule>,
    /// Why the schema is empty, if it is.
    pub diagnostics: Vec<Diagnostic>,
}

/// One field as a form renders it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SchemaField {
    /// The key in the order's `fields`.
    pub key: &'static str,
    /// The label.
    pub label: &'static str,
    /// `text`, `select`, `checkbox`, `country`, `date` or `display`.
    pub kind: &'static str,
    /// `true`, `false` or `{ "when": { path: [values] } }`.
    pub required: Condition,
    /// Help text, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub help: Option<&'static str>,
    /// Options of a select.
    pub options: Vec<SchemaOption>,
    /// The preselected value.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub default: Option<&'static str>,
    /// The value's format when it has only one (`dk-cvr`, `email-or-url`, ...).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub format: Option<&'static str>,
    /// Formats that depend on other values, the first whose condition holds applies.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub formats: Vec<SchemaFormat>,
    /// A regular expression for the input's `pattern` attribute.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pattern: Option<&'static str>,
    /// The API parameter; absent for form-only fields.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub api_param: Option<&'static str>,
}

/// One option.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SchemaOption {
    /// The code sent.
    pub value: &'static str,
    /// The label shown.
    pub label: &'static str,
}

/// A format with the condition under which it applies.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SchemaFormat {
    /// When: `true`, or path -> values (all must hold).
    pub when: When,
    /// The format's name.
    pub format: &'static str,
}

/// A registry rule as a form shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SchemaRule {
    /// When it applies: `true`, or path -> values (all must hold).
    pub when: When,
    /// `present`, `absent`, `oneOf`, `digits` or `flag`.
    pub check: &'static str,
    /// The order path it is about.
    pub path: &'static str,
    /// The allowed values of a `oneOf` rule.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub values: Vec<&'static str>,
    /// The digit count of a `digits` rule.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub digits: Option<usize>,
    /// `error`, `warning` or `info`.
    pub severity: Severity,
    /// The explanation, in the schema's language.
    pub message: &'static str,
}

/// `true`, `false`, or the tests that must all hold: `{ "when": { "registrant.type":
/// ["organization"] } }`; a negated test is `{ "not": [values] }`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Condition {
    /// Always or never.
    Always(bool),
    /// When every test holds.
    When(&'static [Test]),
}

impl Serialize for Condition {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Condition::Always(b) => serializer.serialize_bool(*b),
            Condition::When(tests) => {
                let mut outer = serializer.serialize_map(Some(1))?;
                outer.serialize_entry("when", &Tests(tests))?;
                outer.end()
            }
        }
    }
}

/// The tests of a format or rule: `true` when there are none, else the map of tests.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct When(pub &'static [Test]);

impl Serialize for When {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if self.0.is_empty() { serializer.serialize_bool(true) } else { Tests(self.0).serialize(serializer) }
    }
}

struct Tests(&'static [Test]);

impl Serialize for Tests {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for test in self.0 {
            if test.negate {
                map.serialize_entry(test.path, &Negated(test.values))?;
            } else {
                map.serialize_entry(test.path, test.values)?;
            }
        }
        map.end()
    }
}

struct Negated(&'static [&'static str]);

impl Serialize for Negated {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(1))?;
        map.serialize_entry("not", self.0)?;
        map.end()
    }
}

/// The schema for `zone` (a TLD such as `dk` or `.co.uk`, or a whole domain), `action` and
/// `locale`.
pub fn form_schema(zone_or_domain: &str, action: Action, locale: Locale) -> FormSchema {
    let tld = match resolve_zone(zone_or_domain, locale) {
        Ok(tld) => tld,
        Err((wanted, diagnostic)) => return refused_schema(wanted, action, diagnostic),
    };
    let policy = zone::policy_for(&tld);
    let fields = policy.fields.iter().filter(|f| f.actions.contains(&action)).map(|f| field(f, locale)).collect();
    let rules = policy.rules.iter().filter(|r| r.actions.contains(&action)).map(|r| rule(r, locale)).collect();
    FormSchema { ok: true, tld, action: action.as_str(), fields, rules, diagnostics: Vec::new() }
}

/// The registry zone (ASCII) that `zone_or_domain` names: a zone itself (`dk`, `co.uk`) or a
/// name below one. Otherwise the lower-cased input and the error at `tld` that says why.
pub fn resolve_zone(zone_or_domain: &str, locale: Locale) -> Result<String, (String, Diagnostic)> {
    let wanted = zone_or_domain.trim().trim_start_matches('.').to_lowercase();
    let report = check_domain(&wanted, &Options::profile(crate::Profile::Hostname).with_locale(locale));
    // A name that is no host name (`a b.ck`, `-oo.ck`) names no zone, even below a wildcard
    // rule of the suffix list that would make a "zone" of any label.
    if let Some(refusal) = report.diagnostics.into_iter().find(|d| d.severity == Severity::Error) {
        return Err((wanted, Diagnostic { path: "tld".to_owned(), ..refusal }));
    }
    let ascii = report.ascii.unwrap_or_default();
    let tld = if suffix::registry_zone(&ascii) == Some(ascii.as_str()) {
        Some(ascii.clone())
    } else {
        suffix::registry_zone(&ascii).map(str::to_owned)
    };
    match tld.filter(|t| !t.is_empty()) {
        Some(tld) => Ok(tld),
        None => {
            let params = Params::new().with("tld", wanted.as_str());
            let diagnostic = Diagnostic::new(Code::ZoneUnknownTld, Severity::Error, "tld", params, locale);
            Err((wanted, diagnostic))
        }
    }
}

/// An empty schema that says why (an unknown zone, a bad option).
pub fn refused_schema(tld: String, action: Action, diagnostic: Diagnostic) -> FormSchema {
    FormSchema {
        ok: false,
        tld,
        action: action.as_str(),
        fields: Vec::new(),
        rules: Vec::new(),
        diagnostics: vec![diagnostic],
    }
}

fn field(field: &Field, locale: Locale) -> SchemaField {
    let required = match field.required {
        Requirement::Always => Condition::Always(true),
        Requirement::Never => Condition::Always(false),
        Requirement::When(tests) => Condition::When(tests),
    };
    let (format, formats) = match field.formats {
        [FormatRule { when: [], format }] => (Some(format.as_str()), Vec::new()),
        rules => (None, rules.iter().map(|r| SchemaFormat { when: When(r.when), format: r.format.as_str() }).collect()),
    };
    SchemaField {
        key: field.key,
        label: field.label.get(locale),
        kind: field.kind.as_str(),
        required,
        help: field.help.map(|h| h.get(locale)),
        options: field.options.iter().map(|o| SchemaOption { value: o.value, label: o.label.get(locale) }).collect(),
        default: field.default,
        format,
        formats,
        pattern: field.pattern,
        api_param: field.api_param,
    }
}

fn rule(rule: &Rule, locale: Locale) -> SchemaRule {
    let (check, path, values, digits) = match rule.check {
        Check::Present(path) => ("present", path, Vec::new(), None),
        Check::Absent(path) => ("absent", path, Vec::new(), None),
        Check::OneOf(path, values) => ("oneOf", path, values.to_vec(), None),
        Check::Digits(path, count) => ("digits", path, Vec::new(), Some(count)),
        Check::Flag(path) => ("flag", path, Vec::new(), None),
    };
    SchemaRule {
        when: When(rule.when),
        check,
        path,
        values,
        digits,
        severity: rule.severity,
        message: rule.message.get(locale),
    }
}
