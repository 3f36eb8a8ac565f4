//! The order check (contract section 2): the domain, the contacts, and the zone's additional
//! fields and rules, with the normalised values to send.

use std::collections::BTreeMap;

use serde::Serialize;
use serde::ser::SerializeMap;

use crate::code::Code;
use crate::contacts::{self, Scope, SentContacts};
use crate::domain::{DomainReport, check_domain};
use crate::fields::countries::ALPHA_2;
use crate::fields::{Action, Check, Field, Format, Kind, Requirement, Rule, Test};
use crate::findings::Findings;
use crate::locale::Locale;
use crate::options::Options;
use crate::report::{Diagnostic, Params, Severity};
use crate::zone::{self, ZonePolicy};

pub use crate::contacts::{Contact, Street};
pub(crate) use crate::order_input::tick;
pub use crate::order_input::{FieldValue, Host, Nameserver, Number, Order, Premium, is_iso_date, iso_date};

/// The result of an order check.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct OrderReport {
    /// `true` exactly when neither the domain nor the order has an error.
    pub ok: bool,
    /// The domain check of the order's domain.
    pub domain: DomainReport,
    /// The values to send, by API parameter, normalised.
    pub fields: SentFields,
    /// The contacts to send, normalised (the phone as `+49.301234567`, the state as its code).
    pub contacts: SentContacts,
    /// What was found about the order beyond the domain.
    pub diagnostics: Vec<Diagnostic>,
}

/// The values to send, in the order of the zone's field set.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SentFields(pub Vec<(String, String)>);

impl SentFields {
    /// The value sent for `param`.
    pub fn get(&self, param: &str) -> Option<&str> {
        self.0.iter().find(|(k, _)| k == param).map(|(_, v)| v.as_str())
    }
}

impl Serialize for SentFields {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (k, v) in &self.0 {
            map.serialize_entry(k, v)?;
        }
        map.end()
    }
}

/// Checks an order.
///
/// ```
/// use domain_rules::order::{check_order, Order};
///
/// let order: Order = serde_json::from_str(r#"{ "domain": "eksempel.dk", "scope": "fields",
///     "registrant": { "type": "organization", "country": "DK" },
///     "fields": { "X-REGISTRANT-VATID": "DK13585628", "X-DK-ACCEPT-TAC": "1" } }"#).unwrap();
/// assert!(check_order(&order).ok);
/// ```
pub fn check_order(order: &Order) -> OrderReport {
    let locale = order.locale.as_deref().map_or(Locale::En, Locale::from_tag);
    let domain = check_domain(&order.domain, &Options::default().with_locale(locale));
    let tld = domain.tld.as_deref();
    // The trustee service ordered as such is the zone's trustee box ticked, where its field set
    // has one (.de); otherwise the API's trustee switch is sent as it is (.it, .eu, .fr, ...).
    let trustee = order.trustee.as_ref().and_then(tick) == Some(true);
    let trustee_param = tld.and_then(zone::order_facts::trustee_param).filter(|_| trustee);
    let in_field_set = |param: &str| tld.is_some_and(|t| zone::policy_for(t).fields.iter().any(|f| f.key == param));
    let with_trustee;
    let order = match trustee_param {
        Some(param) if in_field_set(param) && !order.fields.contains_key(param) => {
            let mut copy = order.clone();
            copy.fields.insert(param.to_owned(), FieldValue::Bool(true));
            with_trustee = copy;
            &with_trustee
        }
        _ => order,
    };
    let mut check = OrderCheck {
        order,
        locale,
        findings: Findings::with_paths(locale),
        sent: SentFields::default(),
        contacts: SentContacts::default(),
        checked: BTreeMap::new(),
    };
    let action = check.action();
    let scope = check.scope();
    check.contacts(scope, action, tld);
    if let (Some(action), Some(tld)) = (action, tld) {
        let policy = zone::policy_for(tld);
        check.fields(policy, action, tld);
        check.rules(policy, action);
        // The action's rules hold in both scopes: a form step without contacts still orders a
        // term, a transfer, ID protection.
        let mut flow = Findings::with_paths(locale);
        crate::order_rules::check(order, action, tld, &|tests| check.all_hold(tests), &mut flow);
        check.findings.extend(flow.into_vec());
    }
    if let Some(param) = trustee_param.filter(|p| !in_field_set(p) && check.sent.get(p).is_none()) {
        check.sent.0.push((param.to_owned(), "1".to_owned()));
    }
    if let (Some(ascii), Some(tld)) = (domain.ascii.as_deref(), tld) {
        let register = action == Some(crate::fields::Action::Register);
        check.findings.extend(crate::nameservers::check(ascii, tld, &order.nameservers, register, locale));
    }
    let ok = domain.ok && check.findings.error_count() == 0;
    OrderReport { ok, domain, fields: check.sent, contacts: check.contacts, diagnostics: check.findings.into_vec() }
}

/// A report for an order that could not be read at all. `detail` is the parser's explanation.
pub fn unreadable_order(detail: &str, locale: Locale) -> OrderReport {
    let diagnostic = crate::findings::unreadable(Code::OrderInvalid, "order", detail, locale);
    let domain = crate::domain::refused_input(
        String::new(),
        "domain",
        Code::InputEmpty,
        Params::new(),
        &Options::default().with_locale(locale),
    );
    OrderReport {
        ok: false,
        domain,
        fields: SentFields::default(),
        contacts: SentContacts::default(),
        diagnostics: vec![diagnostic],
    }
}

struct OrderCheck<'a> {
    order: &'a Order,
    locale: Locale,
    findings: Findings,
    sent: SentFields,
    contacts: SentContacts,
    /// Fields already checked: their normalised value, or `None` when it was refused (rules
    /// and conditions then see no value rather than a wrong one).
    checked: BTreeMap<&'static str, Option<String>>,
}

impl OrderCheck<'_> {
    fn push(&mut self, code: Code, severity: Severity, path: impl Into<String>, params: Params) {
        self.findings.push_at(code, severity, path, params);
    }

    fn action(&mut self) -> Option<Action> {
        let Some(text) = self.order.action.as_deref() else { return Some(Action::Register) };
        let action = Action::parse(text.trim());
        if action.is_none() {
            let expected = Action::ALL.iter().map(|a| a.as_str()).collect::<Vec<_>>().join(", ");
            self.push(
                Code::OrderActionInvalid,
                Severity::Error,
                "action",
                Params::new().with("value", text).with("choices", expected),
            );
        }
        action
    }

    fn scope(&mut self) -> Scope {
        let Some(text) = self.order.scope.as_deref() else { return Scope::Order };
        Scope::parse(text.trim()).unwrap_or_else(|| {
            let choices = Scope::ALL.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(", ");
            self.push(
                Code::OptionInvalid,
                Severity::Error,
                "scope",
                Params::new().with("option", "scope").with("value", text).with("choices", choices),
            );
            Scope::Fields
        })
    }

    /// The contacts: in the order scope, for a registration or an owner change, the registrant
    /// complete and every other contact that is given; for a transfer the same where the zone's
    /// transfers send contacts; a renewal or an update sends none to complete. In the fields
    /// scope, and otherwise, the values given are checked.
    fn contacts(&mut self, scope: Scope, action: Option<Action>, tld: Option<&str>) {
        let sends_contacts = match action {
            Some(Action::Register | Action::Trade) | None => true,
            Some(Action::Transfer) => tld.is_none_or(|t| zone::order_facts_for(t).contacts_on_transfer.value),
            Some(Action::Renew | Action::Update) => false,
        };
        for role in contacts::ROLES {
            let contact = self.order.contact(role);
            let complete = scope == Scope::Order && sends_contacts && (role == "registrant" || contact.is_some());
            let sent = contacts::check_contact(role, contact, complete, &mut self.findings);
            self.contacts.set(role, sent);
        }
    }

    /// The zone's fields for this action: required, options, formats, normalisation.
    fn fields(&mut self, policy: &ZonePolicy, action: Action, tld: &str) {
        for field in policy.fields {
            if field.kind == Kind::Display {
                // Information only: a value given for it is said to be not sent.
                if self.order.fields.contains_key(field.key) {
                    let params = Params::new().with("field", field.key).with("fieldLabel", field.label(self.locale));
                    self.push(Code::OrderFieldOmitted, Severity::Info, format!("fields.{}", field.key), params);
                }
            } else if field.actions.contains(&action) {
                self.field(field);
            } else if self.order.fields.contains_key(field.key) {
                // Given, but not part of this action (acceptances on an update): said, not sent.
                let params = Params::new().with("field", field.key).with("fieldLabel", field.label(self.locale));
                self.push(Code::OrderFieldOmitted, Severity::Info, format!("fields.{}", field.key), params);
            }
        }
        for key in self.order.fields.keys() {
            if !policy.fields.iter().any(|f| f.key == key) {
                self.push(
                    Code::OrderFieldUnknown,
                    Severity::Warning,
                    format!("fields.{key}"),
                    Params::new().with("field", key.as_str()).with("tld", tld),
                );
                if let Some(value) = self.order.fields.get(key) {
                    self.sent.0.push((key.clone(), text_of(value)));
                }
            }
        }
    }

    fn field(&mut self, field: &Field) {
        let path = format!("fields.{}", field.key);
        let label = field.label(self.locale);
        let params = || Params::new().with("field", field.key).with("fieldLabel", label);
        let raw = self.order.fields.get(field.key);
        let value = match (field.kind, raw) {
            (Kind::Checkbox, Some(v)) => match tick(v) {
                Some(true) => Some("1".to_owned()),
                Some(false) => Some("0".to_owned()),
                None => {
                    let params = params().with("value", text_of(v)).with("format", "checkbox").with("reason", "format");
                    self.push(Code::OrderFieldFormatInvalid, Severity::Error, path, params);
                    return;
                }
            },
            (_, Some(v)) => Some(text_of(v).trim().to_owned()).filter(|v| !v.is_empty()),
            (_, None) => None,
        };
        let required = match field.required {
            Requirement::Always => true,
            Requirement::Never => false,
            Requirement::When(tests) => self.all_hold(tests),
        };
        let missing = match (&value, field.kind) {
            (None, _) => true,
            (Some(v), Kind::Checkbox) => v == "0",
            _ => false,
        };
        if required && missing {
            self.push(Code::OrderFieldRequired, Severity::Error, path, params());
            return;
        }
        let Some(value) = value else { return };
        if !field.omit_when.is_empty() && self.all_hold(field.omit_when) {
            self.push(Code::OrderFieldOmitted, Severity::Info, path, params());
            return;
        }
        let normalised = self.normalise(field, &value, &path);
        self.checked.insert(field.key, normalised.clone());
        let Some(sent) = normalised else { return };
        if sent != value && field.kind != Kind::Checkbox {
            self.push(
                Code::OrderFieldNormalized,
                Severity::Info,
                path.clone(),
                params().with("value", value.as_str()).with("sent", sent.as_str()),
            );
        }
        if let Some(param) = field.api_param {
            self.sent.0.push((param.to_owned(), sent));
        }
    }

    /// The value to send, or `None` (with an error) when it is not valid.
    fn normalise(&mut self, field: &Field, value: &str, path: &str) -> Option<String> {
        let label = field.label(self.locale);
        let params = || Params::new().with("field", field.key).with("fieldLabel", label).with("value", value);
        if field.kind == Kind::Select {
            let upper = value.to_ascii_uppercase();
            let chosen = field
                .options
                .iter()
                .map(|o| o.value)
                .find(|o| *o == value || *o == upper)
                .or_else(|| field.aliases.iter().find(|(from, _)| *from == upper).map(|(_, to)| *to));
            return match chosen {
                Some(option) => Some(option.to_owned()),
                None => {
                    let expected = field.options.iter().map(|o| o.value).collect::<Vec<_>>().join(", ");
                    self.push(Code::OrderFieldOptionInvalid, Severity::Error, path, params().with("choices", expected));
                    None
                }
            };
        }
        // The input pattern a form applies is the server's rule too.
        if let Some(pattern) = field.pattern
            && !crate::fields::pattern::matches(pattern, value)
        {
            self.push(
                Code::OrderFieldFormatInvalid,
                Severity::Error,
                path,
                params().with("format", pattern).with("reason", "format"),
            );
            return None;
        }
        let format =
            field.formats.iter().find(|rule| self.all_hold(rule.when)).map_or(Format::Free, |rule| rule.format);
        let result = match format {
            Format::Free => Ok(value.to_owned()),
            Format::Country => {
                let upper = value.to_ascii_uppercase();
                if is_country(&upper) { Ok(upper) } else { Err("component") }
            }
            Format::Date => {
                if is_iso_date(value) {
                    Ok(value.to_owned())
                } else {
                    Err("format")
                }
            }
            Format::EmailOrUrl => {
                if is_email(value) || is_web_address(value) {
                    Ok(value.to_owned())
                } else {
                    Err("format")
                }
            }
            Format::DkHandle => {
                let upper = value.to_ascii_uppercase();
                let ok = upper
                    .strip_suffix("-DK")
                    .is_some_and(|h| (1..=12).contains(&h.len()) && h.bytes().all(|b| b.is_ascii_alphanumeric()));
                if ok { Ok(upper) } else { Err("format") }
            }
            Format::Id(scheme) => match (scheme.check)(value) {
                Ok(valid) => Ok(valid.compact),
                Err(e) => Err(e.as_str()),
            },
        };
        match result {
            Ok(sent) => Some(sent),
            Err(reason) => {
                self.push(
                    Code::OrderFieldFormatInvalid,
                    Severity::Error,
                    path,
                    params().with("format", format.as_str()).with("reason", reason),
                );
                None
            }
        }
    }

    fn rules(&mut self, policy: &ZonePolicy, action: Action) {
        for rule in policy.rules.iter().filter(|r| r.actions.contains(&action)) {
            if self.all_hold(rule.when) {
                self.rule(rule);
            }
        }
    }

    fn rule(&mut self, rule: &Rule) {
        // A contact value the contact check refused (or found missing) is reported once.
        let path = rule.check.path();
        if self.findings.as_slice().iter().any(|d| d.path == path && d.severity == Severity::Error) {
            return;
        }
        let (code, path) = match rule.check {
            Check::Present(path) if self.value(path).is_none() => (Code::OrderContactValueMissing, path),
            Check::Absent(path) if self.value(path).is_some() => (Code::OrderContactValueUnexpected, path),
            Check::OneOf(path, allowed) => match self.value(path) {
                Some(v) if !allowed.contains(&v.to_ascii_uppercase().as_str()) => {
                    (Code::OrderContactValueInvalid, path)
                }
                _ => return,
            },
            Check::Digits(path, count) => match self.value(path) {
                Some(v) if v.len() != count || !v.bytes().all(|b| b.is_ascii_digit()) => {
                    (Code::OrderContactValueInvalid, path)
                }
                _ => return,
            },
            Check::Flag(path) if rule.severity == Severity::Error => (Code::OrderRuleViolated, path),
            Check::Flag(path) => (Code::OrderRegistryNote, path),
            Check::Present(_) | Check::Absent(_) => return,
        };
        let explanation = rule.message.get(self.locale);
        self.push(code, rule.severity, path, Params::new().with("explanation", explanation));
    }

    /// Whether every test holds for this order.
    fn all_hold(&self, tests: &[Test]) -> bool {
        tests.iter().all(|test| {
            let value = self.value(test.path).map(|v| v.to_ascii_uppercase());
            let matches = |v: &str| test.values.iter().any(|t| t.eq_ignore_ascii_case(v));
            match (value, test.negate) {
                (Some(v), false) => matches(&v),
                (Some(v), true) => !matches(&v),
                (None, _) => false,
            }
        })
    }

    /// The non-empty value at an order path (`registrant.country`, `fields.X-CA-LEGALTYPE`).
    fn value(&self, path: &str) -> Option<String> {
        if let Some(key) = path.strip_prefix("fields.") {
            if let Some(checked) = self.checked.get(key) {
                return checked.clone();
            }
            return self.order.fields.get(key).map(text_of).filter(|v| !v.trim().is_empty());
        }
        let (role, key) = path.split_once('.')?;
        // The value as the contact check normalised it (a province typed as its name is its
        // code), where it has one.
        if let Some(normalised) = self.contacts.get(role).and_then(|c| c.normalised(key)) {
            return Some(normalised.to_owned());
        }
        self.order.contact(role)?.value(key)
    }
}

fn text_of(value: &FieldValue) -> String {
    match value {
        FieldValue::Text(text) => text.clone(),
        FieldValue::Bool(true) => "1".to_owned(),
        FieldValue::Bool(false) => "0".to_owned(),
    }
}

/// An ISO 3166-1 alpha-2 code (upper case).
pub fn is_country(code: &str) -> bool {
    ALPHA_2.binary_search(&code).is_ok()
}

/// An e-mail address as registries accept it (see [`contacts::check::ascii_email`]).
pub fn is_email(text: &str) -> bool {
    contacts::check::ascii_email(text).is_some()
}

/// An `http://` or `https://` address with a valid host name.
pub fn is_web_address(text: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    let Some(rest) = lower.strip_prefix("https://").or_else(|| lower.strip_prefix("http://")) else { return false };
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host =
        host.rsplit_once(':').map_or(host, |(h, port)| if port.bytes().all(|b| b.is_ascii_digit()) { h } else { host });
    host.contains('.') && is_host(host)
}

fn is_host(name: &str) -> bool {
    check_domain(name, &Options::profile(crate::Profile::Hostname)).ok
}
