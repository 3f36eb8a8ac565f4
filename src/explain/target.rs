//! Where in the order a registrar's text points: a zone field with its own label, a contact and
//! its part, a nameserver by its index, or a fixed order key.

use crate::contacts::{countries, words};
use crate::locale::Locale;
use crate::order::Order;
use crate::report::Params;

use super::catalogue::{self, Target};
use super::pattern::Captures;

/// What the explanation knows besides the text.
pub struct Context<'a> {
    /// The order that was sent, if given.
    pub order: Option<&'a Order>,
    /// The language of the messages.
    pub locale: Locale,
    /// The domain of the order, or the one a wrapper names.
    pub domain: Option<String>,
    /// The registry zone of that domain.
    pub tld: Option<String>,
    /// The contact role being explained (inside `INVALID CONTACT [...]`).
    pub role: Option<&'static str>,
}

/// The path of a target and the params it adds, or `None` when the captures do not name an
/// input (an attribute that is no parameter, a role that is none).
pub fn resolve(target: Target, captures: &Captures<'_>, context: &Context<'_>) -> Option<(String, Params)> {
    let locale = context.locale;
    match target {
        Target::Order => Some(("order".to_owned(), Params::new())),
        Target::Path(path) => Some((path.to_owned(), Params::new())),
        Target::Attribute => attribute(captures.get("attr")?, context),
        Target::Trustee => {
            let tld = captures.get("tld")?;
            let param = format!("X-{}-ACCEPT-TRUSTEE-TAC", tld.to_ascii_uppercase());
            let zone = context.tld.clone().unwrap_or_else(|| tld.to_ascii_lowercase());
            let params = Params::new().with("attribute", param.as_str());
            match field(&param, Some(&zone)) {
                Some(found) => Some((format!("fields.{}", found.key), params)),
                None => Some(("trustee".to_owned(), params)),
            }
        }
        Target::Host => {
            let host = captures.get("host")?.trim_end_matches('.').to_lowercase();
            Some((nameserver_path(&host, context.order), Params::new().with("host", host.as_str())))
        }
        Target::Role => {
            let role = role(captures.get("role")?)?;
            Some((role.to_owned(), Params::new().with("roleLabel", words::role(role, locale))))
        }
        Target::Part => {
            let role = match captures.get("role") {
                Some(token) => role(token)?,
                None => context.role?,
            };
            let element = captures.get("element")?;
            let part = part(element)?;
            let country = context.order.and_then(|o| o.contact(role)).and_then(|c| c.country.as_deref());
            let label = words::part(part, country.and_then(countries::find), locale);
            let params = Params::new()
                .with("roleLabel", words::role(role, locale))
                .with("partLabel", label)
                .with("element", element);
            Some((format!("{role}.{part}"), params))
        }
        Target::VatField => {
            let role = context.role.unwrap_or("registrant");
            let params = Params::new().with("roleLabel", words::role(role, locale));
            // The zone's VAT field of that role; without one, ISPAPI's generic parameter of the
            // role (`X-REGISTRANT-VATID`, `X-ADMIN-VATID`; API reference AddDomain).
            let path = match vat_field(context.tld.as_deref(), role) {
                Some(key) => format!("fields.{key}"),
                None => format!("fields.X-{}-VATID", role_token(role)),
            };
            Some((path, params))
        }
    }
}

/// An API parameter as the order input it stands for.
fn attribute(attr: &str, context: &Context<'_>) -> Option<(String, Params)> {
    let upper = attr.trim_end_matches(['.', ',', ';']).to_ascii_uppercase();
    let params = Params::new().with("attribute", upper.as_str());
    let key_label = |key: &str| {
        let words = catalogue::ORDER_KEY_LABELS.iter().find(|(k, _)| *k == key).map(|(_, w)| w);
        words.map_or("", |w| w.get(context.locale))
    };
    if let Some((_, path)) = catalogue::ORDER_ATTRIBUTES.iter().find(|(a, _)| *a == upper) {
        return Some(((*path).to_owned(), params.with("fieldLabel", key_label(path))));
    }
    if let Some(index) = upper.strip_prefix("NAMESERVER").and_then(|n| n.parse::<usize>().ok()) {
        return Some((format!("nameservers[{index}]"), params.with("fieldLabel", key_label("nameservers"))));
    }
    if let Some(role) = role(&upper).filter(|_| upper.contains("CONTACT")) {
        let label = words::role(role, context.locale);
        return Some((role.to_owned(), params.with("roleLabel", label).with("fieldLabel", label)));
    }
    if !upper.starts_with("X-") || upper.len() < 4 {
        return None;
    }
    let params = match field(&upper, context.tld.as_deref()) {
        Some(found) => {
            let params = params.with("fieldLabel", found.label.get(context.locale));
            let path = format!("fields.{}", found.key);
            return Some((path, found.zone.map_or(params.clone(), |z| params.with("tld", z))));
        }
        None => params.with("fieldLabel", upper.as_str()),
    };
    Some((format!("fields.{upper}"), params))
}

/// A zone field found by its API parameter.
pub struct FoundField {
    /// The key in the order's `fields`.
    pub key: &'static str,
    /// Its label.
    pub label: crate::fields::Text,
    /// The zone it was found in, when that is certain.
    pub zone: Option<&'static str>,
}

/// The field sent as `param`: in the zone's field set when the zone is known, else in the one
/// field set that has it (or the one whose zone the parameter names, `X-CA-...`), else the
/// first of those with the same label.
pub fn field(param: &str, zone: Option<&str>) -> Option<FoundField> {
    let sends = |f: &crate::fields::Field| f.api_param.is_some_and(|p| p.eq_ignore_ascii_case(param));
    if let Some(zone) = zone {
        let policy = crate::zone::policy_for(zone);
        if let Some(found) = policy.fields.iter().find(|f| sends(f)) {
            return Some(FoundField { key: found.key, label: found.label, zone: policy.zones.first().copied() });
        }
    }
    let matches: Vec<_> = crate::zone::policies()
        .iter()
        .filter_map(|policy| policy.fields.iter().find(|f| sends(f)).map(|f| (policy, f)))
        .collect();
    let named = param.split('-').nth(1).map(str::to_ascii_lowercase);
    let own = matches.iter().find(|(policy, _)| named.as_deref().is_some_and(|n| policy.zones.contains(&n)));
    let (policy, found) = own.or(matches.first())?;
    let certain = own.is_some() || matches.len() == 1;
    Some(FoundField { key: found.key, label: found.label, zone: policy.zones.first().copied().filter(|_| certain) })
}

/// The order's path of a nameserver named in a text: `nameservers[i]` when the order lists it
/// (compared without case, final dot or Unicode form), `nameservers` otherwise.
pub fn nameserver_path(host: &str, order: Option<&Order>) -> String {
    let wanted = comparable(host);
    let index = order.and_then(|o| o.nameservers.iter().position(|ns| comparable(ns.parts().0) == wanted));
    index.map_or_else(|| "nameservers".to_owned(), |i| format!("nameservers[{i}]"))
}

/// A host name in the form two spellings of it share: its A-label form where it has one.
fn comparable(host: &str) -> String {
    let options = crate::Options::profile(crate::Profile::Hostname);
    let trimmed = host.trim().trim_end_matches('.');
    crate::check_domain(trimmed, &options).ascii.unwrap_or_else(|| trimmed.to_ascii_lowercase())
}

/// An ISPAPI role token (`OWNERCONTACT0`, `ADMIN`, `techcontact`) as the order's role.
pub fn role(token: &str) -> Option<&'static str> {
    let upper = token.to_ascii_uppercase();
    let base = upper.trim_end_matches(|c: char| c.is_ascii_digit());
    let base = base.strip_suffix("CONTACT").unwrap_or(base);
    catalogue::ROLES.iter().find(|(r, _)| *r == base).map(|(_, role)| *role)
}

/// A contact element (`contact:fax`, `COUNTRY`) as the order's contact key.
fn part(element: &str) -> Option<&'static str> {
    catalogue::PARTS.iter().find(|(e, _)| e.eq_ignore_ascii_case(element)).map(|(_, key)| *key)
}

/// How ISPAPI's parameters name a role (`REGISTRANT`, `ADMIN`, `TECH`, `BILLING`).
fn role_token(role: &str) -> String {
    role.to_ascii_uppercase()
}

/// The zone's field for the VAT number of the contact in `role` (`X-REGISTRANT-VATID` for a
/// .dk registrant, `X-ADMIN-VATID` for its admin).
fn vat_field(zone: Option<&str>, role: &str) -> Option<&'static str> {
    let policy = crate::zone::policy_for(zone?);
    let token = role_token(role);
    let vat =
        |f: &&crate::fields::Field| f.api_param.is_some_and(|p| p.contains("VATID") && p.contains(token.as_str()));
    policy.fields.iter().find(vat).map(|f| f.key)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_and_parts() {
        assert_eq!(role("OWNERCONTACT0"), Some("registrant"));
        assert_eq!(role("admin"), Some("admin"));
        assert_eq!(role("OWNERSHIP"), None);
        assert_eq!(part("contact:fax"), Some("fax"));
        assert_eq!(part("zip"), Some("postalCode"));
    }

    #[test]
    fn a_parameter_is_found_in_its_zone() {
        let found = field("X-CA-LEGALTYPE", None).unwrap();
        assert_eq!((found.key, found.zone), ("X-CA-LEGALTYPE", Some("ca")));
        assert!(field("X-NOT-A-FIELD", None).is_none());
    }
}
