//! `form_schema` on any zone or domain text, for every action and every locale.
//! Invariants: `ok` exactly when no error; an accepted schema's zone is a host name and a
//! registry zone (a wildcard suffix must not make a zone of a label that is no host name);
//! field keys are unique and every label, option and rule text is non-empty; the schema's
//! structure is the same in every locale; time and report size linear in the input. The same
//! text as a zone for `zone_info` and as a country for `contact_schema`: `ok` exactly when no
//! error, every action with terms, every contact form with the parts of a complete contact.
#![no_main]

use domain_rules::contacts::schema::contact_schema;
use domain_rules::fields::Action;
use domain_rules::schema::form_schema;
use domain_rules::zone_info::zone_info;
use domain_rules::zone::suffix::registry_zone;
use domain_rules::{Locale, Options, Profile, check_domain};
use fuzz_support::{check_catalogue, check_diagnostics, check_size, has_error, skipped, timed, warm_up};
use libfuzzer_sys::fuzz_target;

fuzz_target!(
    init: {
        check_catalogue();
        warm_up();
    },
    |data: &[u8]| {
        let text = String::from_utf8_lossy(data);
        for &action in Action::ALL {
            let mut structure = None;
            for &locale in Locale::ALL {
                let what = format!("form_schema({text:?}, {action:?}, {locale:?})");
                let schema = timed(&what, text.len(), || form_schema(&text, action, locale));
                assert_eq!(schema.ok, !has_error(&schema.diagnostics), "{what}: ok is not 'no error'");
                check_diagnostics(&what, &schema.diagnostics, locale);
                check_size(&what, &schema, text.len());
                assert_eq!(schema.action, action.as_str(), "{what}: another action");
                if schema.ok {
                    let zone_ok = check_domain(&schema.tld, &Options::profile(Profile::Hostname)).ok;
                    assert!(
                        zone_ok || skipped("schema-zone"),
                        "{what}: the schema's zone {:?} is no host name",
                        schema.tld
                    );
                    assert_eq!(
                        registry_zone(&schema.tld),
                        Some(schema.tld.as_str()),
                        "{what}: the schema's zone {:?} is no registry zone",
                        schema.tld
                    );
                } else {
                    assert!(schema.fields.is_empty() && schema.rules.is_empty(), "{what}: a refused schema with fields");
                }
                let mut keys = std::collections::BTreeSet::new();
                for field in &schema.fields {
                    assert!(keys.insert(field.key), "{what}: field {} is listed twice", field.key);
                    assert!(!field.label.trim().is_empty(), "{what}: field {} has no label", field.key);
                    for option in &field.options {
                        assert!(!option.label.trim().is_empty(), "{what}: an option of {} has no label", field.key);
                    }
                }
                for rule in &schema.rules {
                    assert!(!rule.message.trim().is_empty(), "{what}: a rule at {} has no message", rule.path);
                }
                // What may differ between locales is text only.
                let shape = (
                    schema.ok,
                    schema.tld.clone(),
                    schema.fields.iter().map(|f| (f.key, f.kind, f.required.clone(), f.format, f.api_param)).collect::<Vec<_>>(),
                    schema.rules.iter().map(|r| (r.path, r.check, r.severity)).collect::<Vec<_>>(),
                    schema.diagnostics.iter().map(|d| (d.code, d.severity)).collect::<Vec<_>>(),
                );
                match &structure {
                    None => structure = Some(shape),
                    Some(first) => assert_eq!(first, &shape, "{what}: the schema differs from the English one beyond its texts"),
                }
            }
        }
        for &locale in Locale::ALL {
            let what = format!("zone_info({text:?}, {locale:?})");
            let info = timed(&what, text.len(), || zone_info(&text, locale));
            assert_eq!(info.ok, !has_error(&info.diagnostics), "{what}: ok is not 'no error'");
            check_diagnostics(&what, &info.diagnostics, locale);
            check_size(&what, &info, text.len());
            let terms = [&info.terms.register, &info.terms.renew, &info.terms.transfer];
            assert!(!info.ok || terms.iter().all(|t| !t.is_empty()), "{what}: an action without terms");
            let what = format!("contact_schema({text:?}, {locale:?})");
            let form = timed(&what, text.len(), || contact_schema(&text, "registrant", locale));
            assert_eq!(form.ok, !has_error(&form.diagnostics), "{what}: ok is not 'no error'");
            check_diagnostics(&what, &form.diagnostics, locale);
            check_size(&what, &form, text.len());
            for key in ["name", "street", "city", "country", "phone", "email"] {
                let asked = form.fields.iter().any(|f| f.key == key && f.required && !f.label.trim().is_empty());
                assert!(!form.ok || asked, "{what}: a complete contact's {key} is not asked");
            }
        }
    }
);
