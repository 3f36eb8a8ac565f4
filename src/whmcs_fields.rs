//! WHMCS's `resources/domains/additionalfields.php` written from the field sets, so that a shop
//! never configures a registry's fields by hand (`domain-rules whmcs-fields`).
//!
//! Each field becomes one `$additionaldomainfields[".tld"][]` entry (WHMCS's custom domain fields,
//! <https://docs.whmcs.com/9-0/domains/pricing-and-configuration/custom-domain-fields/>, read
//! 2026-12-07; the keys as `dist.additionalfields.php` and the ISPAPI module use them):
//! `Name` is the API parameter (the storage key; `Ispapi-Name` repeats it for that module),
//! `DisplayName` the English label, `Type` `text`, `dropdown` (options as `code|label`, commas in
//! labels written `&comma;`; a country as its ISO code, since WHMCS's `{Countries}` sends names),
//! `tickbox` or `display`, `Default`, and `Required`: `true`, or a map
//! `{ field: [values] }` where the condition is one field having one of some values (WHMCS 7.9 and
//! later), else `false` with the condition said in `Description`, for the hook to enforce.

use std::fmt::Write as _;

use crate::fields::{Field, Kind, Requirement, Test};
use crate::locale::Locale;
use crate::zone::ZonePolicy;

/// The whole file: every zone with a field set, in the order of the registries.
pub fn additional_fields_php() -> String {
    let mut out = String::from(
        "<?php\n\
         // WHMCS custom domain fields for every zone domain-rules has a field set for, written by\n\
         // `domain-rules whmcs-fields`: copy to resources/domains/additionalfields.php. Conditions\n\
         // WHMCS cannot express are said in the descriptions and checked by the domain-rules hook.\n\n",
    );
    for policy in crate::zone::policies().iter().filter(|p| !p.fields.is_empty()) {
        for zone in policy.zones {
            zone_fields(&mut out, zone, policy);
        }
    }
    out
}

/// The entries of one zone.
fn zone_fields(out: &mut String, zone: &str, policy: &ZonePolicy) {
    writeln!(out, "// .{zone}").unwrap();
    for field in policy.fields {
        let name = field.api_param.unwrap_or(field.key);
        writeln!(out, "$additionaldomainfields['.{}'][] = [", php(zone)).unwrap();
        writeln!(out, "    'Name' => '{}',", php(name)).unwrap();
        writeln!(out, "    'DisplayName' => '{}',", php(field.label(Locale::En))).unwrap();
        let kind = match field.kind {
            Kind::Text | Kind::Date => "text",
            Kind::Select | Kind::Country => "dropdown",
            Kind::Checkbox => "tickbox",
            Kind::Display => "display",
        };
        writeln!(out, "    'Type' => '{kind}',").unwrap();
        match field.kind {
            Kind::Select => {
                let options: Vec<String> = field
                    .options
                    .iter()
                    .map(|o| format!("{}|{}", o.value, o.label.get(Locale::En).replace(',', "&comma;")))
                    .collect();
                writeln!(out, "    'Options' => '{}',", php(&options.join(","))).unwrap();
            }
            // Codes, not WHMCS's `{Countries}`, whose values are the countries' names.
            Kind::Country => {
                let options: Vec<String> = crate::contacts::schema::country_list(Locale::En)
                    .iter()
                    .map(|c| format!("{}|{}", c.code, c.name.replace(',', "&comma;")))
                    .collect();
                writeln!(out, "    'Options' => '{}',", php(&options.join(","))).unwrap();
            }
            _ => {}
        }
        if let Some(default) = field.default {
            writeln!(out, "    'Default' => '{}',", php(default)).unwrap();
        }
        let (required, condition) = required(field, policy);
        writeln!(out, "    'Required' => {required},").unwrap();
        let mut description: Vec<String> = field.help.map(|h| h.get(Locale::En).to_owned()).into_iter().collect();
        if field.kind == Kind::Date {
            description.push("Written YYYY-MM-DD.".to_owned());
        }
        if let Some(condition) = condition {
            description.push(condition);
        }
        if !description.is_empty() {
            writeln!(out, "    'Description' => '{}',", php(&description.join(" "))).unwrap();
        }
        if field.kind == Kind::Text || field.kind == Kind::Date {
            writeln!(out, "    'Size' => '30',").unwrap();
        }
        if let Some(param) = field.api_param {
            writeln!(out, "    'Ispapi-Name' => '{}',", php(param)).unwrap();
        }
        out.push_str("];\n");
    }
    out.push('\n');
}

/// WHMCS's `Required` value, and the condition in words where WHMCS cannot hold it.
fn required(field: &Field, policy: &ZonePolicy) -> (String, Option<String>) {
    match field.required {
        Requirement::Always => ("true".to_owned(), None),
        Requirement::Never => ("false".to_owned(), None),
        Requirement::When(tests) => match tests {
            [Test { path, values, negate: false }] if path.starts_with("fields.") => {
                let other = &path["fields.".len()..];
                let list: Vec<String> = values.iter().map(|v| format!("'{}'", php(v))).collect();
                (format!("['{}' => [{}]]", php(other), list.join(", ")), None)
            }
            _ => ("false".to_owned(), Some(format!("Required when {}.", conditions(tests, policy)))),
        },
    }
}

/// A condition in English words: `the registrant's type is organization and ...`.
fn conditions(tests: &[Test], policy: &ZonePolicy) -> String {
    let words: Vec<String> = tests
        .iter()
        .map(|test| {
            let subject = match test.path.strip_prefix("fields.") {
                Some(key) => policy
                    .fields
                    .iter()
                    .find(|f| f.key == key)
                    .map_or(key.to_owned(), |f| format!("“{}”", f.label(Locale::En))),
                None => {
                    let (role, key) = test.path.split_once('.').unwrap_or(("", test.path));
                    format!("the {role} contact's {key}")
                }
            };
            let values = if test.values.len() > 8 {
                format!("one of {} values", test.values.len())
            } else {
                test.values.join(" or ")
            };
            let verb = if test.negate { "is given and is not" } else { "is" };
            format!("{subject} {verb} {values}")
        })
        .collect();
    words.join(" and ")
}

/// A PHP single-quoted string's content.
fn php(text: &str) -> String {
    text.replace('\\', "\\\\").replace('\'', "\\'")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_are_escaped_for_php() {
        assert_eq!(php(r"it's a\b"), r"it\'s a\\b");
    }

    #[test]
    fn every_zone_with_fields_is_written() {
        let php = additional_fields_php();
        assert!(php.starts_with("<?php\n"));
        assert!(php.contains("$additionaldomainfields['.ca'][] = [\n    'Name' => 'X-CA-LEGALTYPE',"), "{php}");
        assert!(php.contains("'Type' => 'tickbox',"));
    }
}
