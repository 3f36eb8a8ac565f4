//! What an order holds, as a form or server sends it: the order's own vocabulary, read by the
//! order check, its flow rules and the nameserver checks. It imports no check.

use std::collections::BTreeMap;

use serde::Deserialize;

use crate::contacts::Contact;
use crate::ids;

/// An order as a form or server sends it. Every key but `domain` is optional.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Order {
    /// The name to register, as typed.
    pub domain: String,
    /// `register` (default), `transfer`, `trade`, `update` or `renew`.
    #[serde(default)]
    pub action: Option<String>,
    /// `order` (default: the contacts must be complete) or `fields` (only the domain and the
    /// zone's fields; contact values that are given are still checked).
    #[serde(default)]
    pub scope: Option<String>,
    /// The registrant.
    #[serde(default)]
    pub registrant: Option<Contact>,
    /// The admin contact.
    #[serde(default)]
    pub admin: Option<Contact>,
    /// The technical contact.
    #[serde(default)]
    pub tech: Option<Contact>,
    /// The billing contact.
    #[serde(default)]
    pub billing: Option<Contact>,
    /// The zone's additional fields, keyed by API parameter.
    #[serde(default)]
    pub fields: BTreeMap<String, FieldValue>,
    /// Nameservers: host names, with glue addresses where they need them.
    #[serde(default)]
    pub nameservers: Vec<Nameserver>,
    /// The term in years.
    #[serde(default)]
    pub period: Option<Number>,
    /// The auth code of a transfer.
    #[serde(default)]
    pub auth_code: Option<String>,
    /// Whether the customer ordered ID (WHOIS) protection.
    #[serde(default)]
    pub id_protection: Option<FieldValue>,
    /// Whether the registrar's trustee (local presence) service is ordered.
    #[serde(default)]
    pub trustee: Option<FieldValue>,
    /// The premium class as the registrar's availability check returned it.
    #[serde(default)]
    pub premium: Option<Premium>,
    /// When the name was registered (`YYYY-MM-DD`), for the transfer lock.
    #[serde(default)]
    pub registered_at: Option<String>,
    /// When the name was last transferred (`YYYY-MM-DD`), for the transfer lock.
    #[serde(default)]
    pub transferred_at: Option<String>,
    /// The language of the messages.
    #[serde(default)]
    pub locale: Option<String>,
}

impl Order {
    /// The contact of `role` (`registrant`, `admin`, `tech`, `billing`), if given.
    pub fn contact(&self, role: &str) -> Option<&Contact> {
        match role {
            "registrant" => self.registrant.as_ref(),
            "admin" => self.admin.as_ref(),
            "tech" => self.tech.as_ref(),
            "billing" => self.billing.as_ref(),
            _ => None,
        }
    }
}

/// A number as JSON or as text (`2`, `"2"`).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(untagged)]
pub enum Number {
    /// A JSON number.
    Number(f64),
    /// Text, as a form sends it.
    Text(String),
}

impl Number {
    /// The value for messages: a JSON number with at most two decimals (written without the
    /// float formatter, which would add 8 KB to the WebAssembly module), text as typed.
    pub fn shown(&self) -> String {
        match self {
            Number::Number(n) if n.is_finite() && n.abs() < 1e15 => {
                let cents = (n.abs() * 100.0).round() as u64;
                let sign = if *n < 0.0 && cents > 0 { "-" } else { "" };
                match cents % 100 {
                    0 => format!("{sign}{}", cents / 100),
                    c if c % 10 == 0 => format!("{sign}{}.{}", cents / 100, c / 10),
                    c => format!("{sign}{}.{c:02}", cents / 100),
                }
            }
            Number::Number(_) => "?".to_owned(),
            Number::Text(t) => t.trim().to_owned(),
        }
    }

    /// A whole number from 0 to 100, if it is one.
    pub fn whole(&self) -> Option<u32> {
        match self {
            Number::Number(n) if n.fract() == 0.0 && (0.0..=100.0).contains(n) => Some(*n as u32),
            Number::Text(t) => t.trim().parse().ok().filter(|n| *n <= 100),
            Number::Number(_) => None,
        }
    }
}

/// A premium name's class, as the registrar's check returned it.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Premium {
    /// The class (`PREMIUM_DONUTS_Price Category A`).
    #[serde(default)]
    pub class: Option<String>,
    /// The currency of the price.
    #[serde(default)]
    pub currency: Option<String>,
    /// The price.
    #[serde(default)]
    pub price: Option<Number>,
}

/// A nameserver: a host name, or a host name with glue addresses.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(untagged)]
pub enum Nameserver {
    /// Only the host name.
    Name(String),
    /// The host name and its glue.
    Host(Host),
}

impl Nameserver {
    /// The host name and the addresses given with it (none for a bare name).
    pub fn parts(&self) -> (&str, &[String]) {
        match self {
            Nameserver::Name(name) => (name, &[]),
            Nameserver::Host(host) => (&host.name, &host.ips),
        }
    }
}

/// A nameserver with its glue addresses.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Host {
    /// The host name.
    pub name: String,
    /// Glue addresses.
    #[serde(default)]
    pub ips: Vec<String>,
}

/// A field value: text, or a tick box as `true`/`false`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(untagged)]
pub enum FieldValue {
    /// Text (also `"1"`, `"0"`, `"on"`, `""` for tick boxes).
    Text(String),
    /// A tick box.
    Bool(bool),
}

/// A tick box: `"1"`, `true`, `"on"`, `"true"`, `"yes"` are ticked, `"0"`, `false`, `""`,
/// `"off"`, `"false"`, `"no"` are not (any case); anything else is no tick box value.
pub(crate) fn tick(value: &FieldValue) -> Option<bool> {
    match value {
        FieldValue::Bool(b) => Some(*b),
        FieldValue::Text(t) => match t.trim().to_ascii_lowercase().as_str() {
            "1" | "on" | "true" | "yes" => Some(true),
            "0" | "" | "off" | "false" | "no" => Some(false),
            _ => None,
        },
    }
}

/// A date written `YYYY-MM-DD` that exists in the calendar.
pub fn is_iso_date(text: &str) -> bool {
    iso_date(text).is_some()
}

/// The year, month and day of a date written `YYYY-MM-DD` that exists in the calendar.
pub fn iso_date(text: &str) -> Option<(u32, u32, u32)> {
    let parts: Vec<&str> = text.split('-').collect();
    let [year, month, day] = parts[..] else { return None };
    if year.len() != 4 || month.len() != 2 || day.len() != 2 || !text.bytes().all(|b| b.is_ascii_digit() || b == b'-') {
        return None;
    }
    let date = (year.parse().ok()?, month.parse().ok()?, day.parse().ok()?);
    ids::is_date(date.0, date.1, date.2).then_some(date)
}

#[cfg(test)]
mod tests {
    use super::Number;

    #[test]
    fn numbers_for_messages() {
        let shown = |n: f64| Number::Number(n).shown();
        assert_eq!(
            [shown(2.0), shown(250.5), shown(19.99), shown(-1.25), shown(0.001)],
            ["2", "250.5", "19.99", "-1.25", "0"]
        );
        assert_eq!(shown(f64::NAN), "?");
        assert_eq!(Number::Text(" 3 ".into()).shown(), "3");
    }
}
