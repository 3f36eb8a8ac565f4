//! The check of one contact: complete for its country where the order needs it, each value in
//! its country's form and within the EPP limits, and the normalised contact to send.

use crate::code::Code;
use crate::domain::check_domain;
use crate::findings::Findings;
use crate::locale::Locale;
use crate::options::Options;
use crate::report::{Params, Severity};

use super::countries::{self, Country, Part};
use super::phone;
use super::{Contact, SentContact, postal_pattern, words};

/// What an order check covers (contract section 2a).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Scope {
    /// The domain, the contacts, the zone's fields and the action's rules: the registrant must be
    /// complete, and every other contact that is given.
    #[default]
    Order,
    /// The domain and the zone's fields: the values of contacts that are given are checked, their
    /// completeness is not.
    Fields,
}

impl Scope {
    /// Every scope.
    pub const ALL: &'static [Scope] = &[Scope::Order, Scope::Fields];

    /// The name used in orders.
    pub fn as_str(self) -> &'static str {
        match self {
            Scope::Order => "order",
            Scope::Fields => "fields",
        }
    }

    /// The scope with this name.
    pub fn parse(text: &str) -> Option<Scope> {
        Scope::ALL.iter().copied().find(|s| s.as_str() == text)
    }
}

/// The longest value of a postal line (name, organisation, street line, city, state) in an EPP
/// contact: RFC 5733's `postalLineType`, 255 characters.
const MAX_LINE: usize = 255;
/// The longest postal code: RFC 5733's `pc`, 16 characters.
const MAX_POSTAL_CODE: usize = 16;
/// The most street lines: RFC 5733's `street`, three.
const MAX_STREET_LINES: usize = 3;
/// The longest e-mail address a mail system accepts (RFC 5321 section 4.5.3.1: a path of 256
/// octets with its angle brackets).
const MAX_EMAIL: usize = 254;

/// Checks the contact of `role` (`registrant`, `admin`, `tech`, `billing`); `complete` asks for
/// every part a registrar needs. Returns the contact to send, if one was given.
pub fn check_contact(
    role: &'static str,
    contact: Option<&Contact>,
    complete: bool,
    findings: &mut Findings,
) -> Option<SentContact> {
    let empty = Contact::default();
    let mut check = ContactCheck { role, locale: findings.locale(), findings, country: None };
    let given = contact.is_some();
    let contact = contact.unwrap_or(&empty);
    let sent = check.contact(contact, complete);
    given.then_some(sent)
}

struct ContactCheck<'a> {
    role: &'static str,
    locale: Locale,
    findings: &'a mut Findings,
    country: Option<&'static Country>,
}

impl ContactCheck<'_> {
    fn params(&self, part: &'static str) -> Params {
        Params::new()
            .with("role", self.role)
            .with("roleLabel", words::role(self.role, self.locale))
            .with("part", part)
            .with("partLabel", words::part(part, self.country, self.locale))
    }

    fn push(&mut self, code: Code, severity: Severity, part: &'static str, params: Params) {
        let path = format!("{}.{part}", self.role);
        self.findings.push_at(code, severity, path, params);
    }

    /// An error about a value that is not given in the contact's own words (`value` as typed).
    fn refuse(&mut self, code: Code, part: &'static str, value: &str) {
        let path = format!("{}.{part}", self.role);
        self.findings.push_at(code, Severity::Error, path, Params::new().with("value", value));
    }

    fn missing(&mut self, part: &'static str) {
        let params = self.params(part);
        self.push(Code::OrderContactMissing, Severity::Error, part, params);
    }

    fn normalised(&mut self, part: &'static str, value: &str, sent: &str) {
        if value != sent {
            let params = self.params(part).with("value", value).with("sent", sent);
            self.push(Code::OrderContactNormalized, Severity::Info, part, params);
        }
    }

    /// A line of text: trimmed, within the EPP limit; `None` when empty.
    fn line(&mut self, part: &'static str, value: Option<&str>, max: usize) -> Option<String> {
        let value = value.map(str::trim).filter(|v| !v.is_empty())?;
        let length = value.chars().count();
        if length > max {
            let params = self.params(part).with("length", length).with("max", max);
            self.push(Code::OrderContactTooLong, Severity::Error, part, params);
        }
        Some(value.to_owned())
    }

    fn contact(&mut self, contact: &Contact, complete: bool) -> SentContact {
        let mut sent = SentContact {
            kind: self.kind(contact.kind.as_deref()),
            country: self.country(contact.country.as_deref()),
            ..SentContact::default()
        };
        self.names(contact, complete, &mut sent);
        sent.organization = self.line("organization", contact.organization.as_deref(), MAX_LINE);
        sent.street = self.street(contact, complete);
        sent.city = self.line("city", contact.city.as_deref(), MAX_LINE);
        if sent.city.is_none() && complete {
            self.missing("city");
        }
        sent.state = self.state(contact.state.as_deref(), complete);
        sent.postal_code = self.postal_code(contact.postal_code.as_deref(), sent.state.as_deref(), complete);
        if sent.country.is_none() && complete && contact.country.as_deref().is_none_or(|c| c.trim().is_empty()) {
            self.missing("country");
        }
        let phone = self.phone("phone", contact.phone.as_deref(), complete);
        if let Some((epp, extension)) = phone {
            sent.phone = Some(epp);
            sent.phone_extension = extension;
        }
        sent.fax = self.phone("fax", contact.fax.as_deref(), false).map(|(epp, _)| epp);
        sent.email = self.email(contact.email.as_deref(), complete);
        sent
    }

    fn kind(&mut self, kind: Option<&str>) -> Option<String> {
        let kind = kind.map(str::trim).filter(|k| !k.is_empty())?;
        let lower = kind.to_ascii_lowercase();
        if matches!(lower.as_str(), "individual" | "organization") {
            return Some(lower);
        }
        self.refuse(Code::OrderContactTypeInvalid, "type", kind);
        None
    }

    fn country(&mut self, country: Option<&str>) -> Option<String> {
        let typed = country.map(str::trim).filter(|c| !c.is_empty())?;
        let upper = typed.to_ascii_uppercase();
        match countries::find(&upper) {
            Some(found) => {
                self.country = Some(found);
                Some(upper)
            }
            None => {
                self.refuse(Code::OrderCountryInvalid, "country", typed);
                None
            }
        }
    }

    /// `name`, or `firstName` and `lastName`.
    fn names(&mut self, contact: &Contact, complete: bool, sent: &mut SentContact) {
        let name = self.line("name", contact.name.as_deref(), MAX_LINE);
        let first = self.line("firstName", contact.first_name.as_deref(), MAX_LINE);
        let last = self.line("lastName", contact.last_name.as_deref(), MAX_LINE);
        match (&name, &first, &last) {
            (Some(_), _, _) => {}
            (None, Some(first), Some(last)) => {
                let full = format!("{first} {last}");
                if full.chars().count() > MAX_LINE {
                    let params = self.params("name").with("length", full.chars().count()).with("max", MAX_LINE);
                    self.push(Code::OrderContactTooLong, Severity::Error, "lastName", params);
                }
                sent.name = Some(full);
            }
            (None, Some(_), None) if complete => self.missing("lastName"),
            (None, None, Some(_)) if complete => self.missing("firstName"),
            (None, None, None) if complete => self.missing("name"),
            _ => {}
        }
        if name.is_some() {
            sent.name = name;
        }
        sent.first_name = first;
        sent.last_name = last;
    }

    fn street(&mut self, contact: &Contact, complete: bool) -> Vec<String> {
        let lines = contact.street.as_ref().map(|s| s.lines()).unwrap_or_default();
        if lines.is_empty() {
            if complete {
                self.missing("street");
            }
            return Vec::new();
        }
        if lines.len() > MAX_STREET_LINES {
            let params = self.params("street").with("count", lines.len()).with("max", MAX_STREET_LINES);
            self.push(Code::OrderStreetTooManyLines, Severity::Error, "street", params);
        }
        lines.into_iter().filter_map(|line| self.line("street", Some(line), MAX_LINE)).collect()
    }

    /// The state: required where the country's addresses need one, normalised to its code where
    /// the country has a list.
    fn state(&mut self, state: Option<&str>, complete: bool) -> Option<String> {
        let country = self.country;
        let needed = country.is_some_and(|c| c.requires(Part::State));
        let Some(typed) = self.line("state", state, MAX_LINE) else {
            if complete && needed {
                self.missing("state");
            }
            return None;
        };
        let Some(country) = country.filter(|c| !c.subdivisions.is_empty()) else { return Some(typed) };
        match country.subdivision(&typed) {
            Some(subdivision) => {
                let code = subdivision.code().to_owned();
                self.normalised("state", &typed, &code);
                Some(code)
            }
            None => {
                let example = country.subdivisions.first().map_or("", |s| s.code());
                let example_name = country.subdivisions.first().map_or("", |s| s.name(self.locale));
                let params = self
                    .params("state")
                    .with("value", typed.as_str())
                    .with("country", country.name(self.locale))
                    .with("example", format!("{example} ({example_name})"));
                self.push(Code::OrderStateInvalid, Severity::Error, "state", params);
                None
            }
        }
    }

    /// The postal code: required where the country's addresses need one, in the country's form,
    /// in capitals with single spaces; checked against the state's prefixes where known.
    fn postal_code(&mut self, postal_code: Option<&str>, state: Option<&str>, complete: bool) -> Option<String> {
        let country = self.country;
        let Some(typed) = self.line("postalCode", postal_code, MAX_POSTAL_CODE) else {
            if complete && country.is_some_and(|c| c.requires(Part::PostalCode)) {
                self.missing("postalCode");
            }
            return None;
        };
        let mut normal = typed.split_whitespace().collect::<Vec<_>>().join(" ").to_ascii_uppercase();
        let Some((country, pattern)) = country.and_then(|c| Some((c, c.postal_pattern?))) else { return Some(typed) };
        // Typed without the space its country writes (K1A0B1): sent with it, where that is a
        // code too.
        if let Some(from_end) = country.postal_space_from_end().filter(|&n| !normal.contains(' ') && n < normal.len())
            && normal.is_ascii()
        {
            let spaced = format!("{} {}", &normal[..normal.len() - from_end], &normal[normal.len() - from_end..]);
            if postal_pattern::matches(pattern, &spaced) {
                normal = spaced;
            }
        }
        if !postal_pattern::matches(pattern, &normal) {
            let mut params =
                self.params("postalCode").with("value", typed.as_str()).with("country", country.name(self.locale));
            if let Some(example) = country.postal_example() {
                params = params.with("example", example);
            }
            self.push(Code::OrderPostalCodeInvalid, Severity::Error, "postalCode", params);
            return None;
        }
        self.normalised("postalCode", &typed, &normal);
        let subdivision = state.and_then(|s| country.subdivision(s));
        if let Some(subdivision) = subdivision.filter(|s| !s.postal_prefix.is_empty())
            && !postal_pattern::matches_prefix(subdivision.postal_prefix, &normal)
        {
            let params = self
                .params("postalCode")
                .with("value", normal.as_str())
                .with("state", subdivision.name(self.locale))
                .with("stateLabel", words::part("state", Some(country), self.locale));
            self.push(Code::OrderPostalCodeStateMismatch, Severity::Warning, "postalCode", params);
        }
        Some(normal)
    }

    /// A phone or fax number in EPP form, with its extension.
    fn phone(&mut self, part: &'static str, typed: Option<&str>, complete: bool) -> Option<(String, Option<String>)> {
        let Some(typed) = typed.map(str::trim).filter(|t| !t.is_empty()) else {
            if complete {
                self.missing(part);
            }
            return None;
        };
        match phone::parse(typed, self.country) {
            Ok(number) => {
                let epp = number.epp();
                self.normalised(part, typed, &epp);
                Some((epp, number.extension))
            }
            Err(error) => {
                let example = self.phone_example();
                let params =
                    self.params(part).with("value", typed).with("reason", error.as_str()).with("example", example);
                self.push(Code::OrderPhoneInvalid, Severity::Error, part, params);
                None
            }
        }
    }

    /// An example of the EPP form for the contact's country (libphonenumber's example number),
    /// or a German one where the country is not known.
    fn phone_example(&self) -> String {
        self.country.and_then(|c| c.phone_example_epp()).unwrap_or_else(|| "+49.30123456".to_owned())
    }

    fn email(&mut self, email: Option<&str>, complete: bool) -> Option<String> {
        let Some(typed) = email.map(str::trim).filter(|e| !e.is_empty()) else {
            if complete {
                self.missing("email");
            }
            return None;
        };
        match ascii_email(typed).filter(|e| e.len() <= MAX_EMAIL) {
            Some(ascii) => {
                self.normalised("email", typed, &ascii);
                Some(ascii)
            }
            None => {
                self.refuse(Code::OrderEmailInvalid, "email", typed);
                None
            }
        }
    }
}

/// An e-mail address as registries accept it, with its domain as an A-label: one `@`, a local
/// part of printable ASCII without spaces or special characters (RFC 5322's dot-atom), and a
/// domain that our host name check accepts, with a dot. `None` when it is not one.
pub fn ascii_email(text: &str) -> Option<String> {
    let (local, domain) = text.rsplit_once('@')?;
    let local_ok = !local.is_empty()
        && local.len() <= 64
        && local.bytes().all(|b| b.is_ascii_graphic() && !b"@,;:<>()[]\\\"".contains(&b))
        && !local.starts_with('.')
        && !local.ends_with('.')
        && !local.contains("..");
    if !local_ok || !domain.contains(['.', '。', '．', '｡']) {
        return None;
    }
    let report = check_domain(domain, &Options::profile(crate::Profile::Hostname));
    let ascii = report.ascii.filter(|_| report.ok)?;
    ascii.contains('.').then(|| format!("{local}@{ascii}"))
}
