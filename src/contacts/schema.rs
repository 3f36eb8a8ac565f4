//! The contact form of a country (contract section 3a): its fields in the country's address
//! order with labels in the reader's language, which are required, the postal-code pattern and
//! an example, the state or province options, the calling code; and the country list.

use serde::Serialize;

use crate::code::Code;
use crate::locale::Locale;
use crate::report::{Diagnostic, Params, Severity};

use super::countries::{self, Country, Part};
use super::words;

/// The contact form of one country.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ContactSchema {
    /// `true` when the country is known.
    pub ok: bool,
    /// ISO 3166-1 alpha-2 (upper case).
    pub country: String,
    /// The country's name in the locale.
    #[serde(skip_serializing_if = "str::is_empty")]
    pub country_name: &'static str,
    /// The role the form is for (`registrant`, `admin`, `tech`, `billing`).
    pub role: &'static str,
    /// The role's name in the locale.
    pub role_label: &'static str,
    /// The calling code (`49`), if the country has one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub calling_code: Option<u16>,
    /// The fields, in the order of the country's addresses; `line` groups those shown on one
    /// line (`%Z %C`).
    pub fields: Vec<ContactField>,
    /// Why the schema is empty, if it is.
    pub diagnostics: Vec<Diagnostic>,
}

/// One field of a contact form.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ContactField {
    /// The contact key (`street`, `postalCode`, `state`).
    pub key: &'static str,
    /// The label in the locale (`ZIP code`, `Postleitzahl`, `Province`).
    pub label: &'static str,
    /// `text`, `select`, `country`, `tel` or `email`.
    pub kind: &'static str,
    /// Whether a complete contact has it.
    pub required: bool,
    /// The line of the address it is on (fields with the same line are shown side by side).
    pub line: usize,
    /// The most characters (RFC 5733).
    pub max_length: usize,
    /// How many lines the street may have.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lines: Option<usize>,
    /// A regular expression for the input's `pattern` attribute (the postal code).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pattern: Option<&'static str>,
    /// An example of a valid value.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub example: Option<String>,
    /// The options of a select (the states or provinces).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub options: Vec<ContactOption>,
}

/// A state or province.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ContactOption {
    /// The code sent (`ON`, `CA`, `MI`).
    pub value: &'static str,
    /// The name in the locale.
    pub label: &'static str,
}

/// A country of the country list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CountryEntry {
    /// ISO 3166-1 alpha-2.
    pub code: &'static str,
    /// The name in the locale.
    pub name: &'static str,
    /// The calling code.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub calling_code: Option<u16>,
}

/// Every country, sorted by its name in `locale`.
pub fn country_list(locale: Locale) -> Vec<CountryEntry> {
    countries::sorted(locale)
        .map(|c| CountryEntry { code: c.code, name: c.name(locale), calling_code: c.calling_code })
        .collect()
}

/// The contact form for `country` (ISO 3166-1 alpha-2, any case) and `role`.
pub fn contact_schema(country: &str, role: &str, locale: Locale) -> ContactSchema {
    let role = super::ROLES.iter().copied().find(|r| *r == role).unwrap_or("registrant");
    let code = country.trim().to_ascii_uppercase();
    let Some(found) = countries::find(&code) else {
        let diagnostic = Diagnostic::new(
            Code::OrderCountryInvalid,
            Severity::Error,
            "country",
            Params::new().with("value", country.trim()),
            locale,
        );
        return ContactSchema {
            ok: false,
            country: code,
            country_name: "",
            role,
            role_label: words::role(role, locale),
            calling_code: None,
            fields: Vec::new(),
            diagnostics: vec![diagnostic],
        };
    };
    ContactSchema {
        ok: true,
        country: code,
        country_name: found.name(locale),
        role,
        role_label: words::role(role, locale),
        calling_code: found.calling_code,
        fields: fields(found, locale),
        diagnostics: Vec::new(),
    }
}

/// The fields in the order of the country's address format, then country, phone, fax, e-mail.
fn fields(country: &Country, locale: Locale) -> Vec<ContactField> {
    let field = |key: &'static str, kind: &'static str, required: bool, line: usize, max_length: usize| ContactField {
        key,
        label: words::part(key, Some(country), locale),
        kind,
        required,
        line,
        max_length,
        lines: None,
        pattern: None,
        example: None,
        options: Vec::new(),
    };
    let mut out = Vec::new();
    let mut line = 0;
    for token in country.format.split('%').skip(1) {
        let letter = token.chars().next().unwrap_or('n');
        match letter {
            'n' => {
                line += 1;
                continue;
            }
            'N' => out.push(field("name", "text", true, line, 255)),
            'O' => out.push(field("organization", "text", false, line, 255)),
            'A' => out.push(ContactField { lines: Some(3), ..field("street", "text", true, line, 255) }),
            'C' => out.push(field("city", "text", true, line, 255)),
            'S' => {
                let options: Vec<ContactOption> = country
                    .subdivisions
                    .iter()
                    .map(|s| ContactOption { value: s.code(), label: s.name(locale) })
                    .collect();
                let kind = if options.is_empty() { "text" } else { "select" };
                out.push(ContactField { options, ..field("state", kind, country.requires(Part::State), line, 255) });
            }
            'Z' => out.push(ContactField {
                pattern: country.postal_pattern,
                example: country.postal_example().map(str::to_owned),
                ..field("postalCode", "text", country.requires(Part::PostalCode), line, 16)
            }),
            // Sorting codes, dependent localities: not parts of an EPP contact.
            _ => {}
        }
    }
    // Registrars need a city even where the post does not (Japan's and Singapore's formats have
    // none): on a line of its own after the street, the lines below moving down one.
    if !out.iter().any(|f| f.key == "city") {
        let at = out.iter().position(|f| f.key == "street").map_or(out.len(), |i| i + 1);
        let city_line = out.get(at.wrapping_sub(1)).map_or(0, |f| f.line + 1);
        for later in &mut out[at..] {
            later.line += 1;
        }
        line += 1;
        out.insert(at, field("city", "text", true, city_line, 255));
    }
    line += 1;
    out.push(field("country", "country", true, line, 2));
    let phone_example = country.phone_example_epp();
    out.push(ContactField { example: phone_example.clone(), ..field("phone", "tel", true, line + 1, 17) });
    out.push(ContactField { example: phone_example, ..field("fax", "tel", false, line + 2, 17) });
    out.push(field("email", "email", true, line + 3, 254));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn canada_in_french() {
        let schema = contact_schema("ca", "registrant", Locale::Fr);
        assert!(schema.ok);
        let keys: Vec<&str> = schema.fields.iter().map(|f| f.key).collect();
        assert!(keys.starts_with(&["name", "organization", "street", "city", "state", "postalCode"]), "{keys:?}");
        let state = schema.fields.iter().find(|f| f.key == "state").expect("state");
        assert_eq!((state.label, state.kind, state.required), ("Province", "select", true));
        assert!(state.options.iter().any(|o| o.value == "QC"));
        let postal = schema.fields.iter().find(|f| f.key == "postalCode").expect("postal code");
        assert_eq!(postal.label, "Code postal");
        assert!(postal.pattern.is_some() && postal.example.is_some());
    }

    #[test]
    fn every_country_has_a_form_with_the_parts_of_a_complete_contact() {
        for country in countries::all() {
            let schema = contact_schema(country.code, "admin", Locale::En);
            for key in ["name", "street", "city", "country", "phone", "email"] {
                assert!(schema.fields.iter().any(|f| f.key == key && f.required), "{}: {key}", country.code);
            }
        }
        assert!(!contact_schema("XX", "registrant", Locale::En).ok);
        // Lines never go back: the fields are in the order of their lines.
        for country in countries::all() {
            let lines: Vec<usize> =
                contact_schema(country.code, "registrant", Locale::En).fields.iter().map(|f| f.line).collect();
            assert!(lines.windows(2).all(|w| w[0] <= w[1]), "{}: {lines:?}", country.code);
        }
    }

    #[test]
    fn countries_sorted_per_locale() {
        let da = country_list(Locale::Da);
        let position = |code: &str| da.iter().position(|c| c.code == code).expect("listed");
        // Danish sorts Ø and Å after Z: Østrig (AT) and Åland (AX) near the end.
        assert!(position("AT") > position("ZA") && position("AX") > position("AT"));
        let de = country_list(Locale::De);
        assert_eq!(de.first().map(|c| c.name), Some("Afghanistan"));
    }
}
