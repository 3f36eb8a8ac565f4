//! A lint over every zone's field set and rules, for what the types and the build cannot say
//! (the paths conditions name are checked when the crate compiles): conditions test values a
//! field or contact fact can have; defaults are options; option codes are unique; every text exists in every
//! locale; every field is sent as an API parameter or is a documented form-only key; every
//! field and rule cites a source.

use std::collections::BTreeSet;

use domain_rules::fields::countries::ALPHA_2;
use domain_rules::fields::{Check, Field, Kind, Requirement, Test, Text};
use domain_rules::zone::{ZonePolicy, default_policy, policies};
use wasm_bindgen_test::wasm_bindgen_test;

fn all_policies() -> Vec<&'static ZonePolicy> {
    policies().iter().copied().chain([default_policy()]).collect()
}

fn check_text(text: &Text, what: &str, problems: &mut Vec<String>) {
    for (locale, value) in text.all() {
        if value.trim().is_empty() {
            problems.push(format!("{what}: no {} text", locale.tag()));
        }
    }
}

fn check_test(test: &Test, fields: &[Field], zone: &str, problems: &mut Vec<String>) {
    // That the path is a field of the set or a contact role and key is checked when the crate
    // compiles (`Registry::new`); what the values can be is checked here.
    if let Some(key) = test.path.strip_prefix("fields.") {
        match fields.iter().find(|f| f.key == key) {
            None => {}
            Some(field) if field.kind == Kind::Select => {
                for value in test.values {
                    if !field.options.iter().any(|o| o.value == *value) {
                        problems.push(format!("{zone}: a condition tests {key} for {value}, which is not an option"));
                    }
                }
            }
            Some(field) if field.kind == Kind::Country => {
                for value in test.values {
                    if ALPHA_2.binary_search(value).is_err() {
                        problems.push(format!("{zone}: {key} is tested for {value}, not a country code"));
                    }
                }
            }
            Some(_) => {}
        }
        return;
    }
    for value in test.values {
        let known = match test.path {
            p if p.ends_with(".type") => ["individual", "organization"].contains(value),
            p if p.ends_with(".country") => ALPHA_2.binary_search(value).is_ok(),
            _ => true,
        };
        if !known {
            problems.push(format!("{zone}: {} is tested for the impossible value {value}", test.path));
        }
    }
}

#[wasm_bindgen_test(unsupported = test)]
fn every_field_set_is_consistent() {
    let mut problems = Vec::new();
    let mut field_count = 0;
    for policy in all_policies() {
        let zone = policy.zones.first().copied().unwrap_or("default");
        let mut keys = BTreeSet::new();
        for field in policy.fields {
            field_count += 1;
            let what = format!("{zone} {}", field.key);
            if !keys.insert(field.key) {
                problems.push(format!("{what}: listed twice"));
            }
            check_text(&field.label, &what, &mut problems);
            if let Some(help) = &field.help {
                check_text(help, &what, &mut problems);
            }
            let mut codes = BTreeSet::new();
            for option in field.options {
                if !codes.insert(option.value) {
                    problems.push(format!("{what}: option {} twice", option.value));
                }
                check_text(&option.label, &format!("{what} {}", option.value), &mut problems);
            }
            if (field.kind == Kind::Select) == field.options.is_empty() {
                problems.push(format!("{what}: options belong to selects, and every select has some"));
            }
            if let Some(default) = field.default
                && !field.options.iter().any(|o| o.value == default)
            {
                problems.push(format!("{what}: the default {default} is not an option"));
            }
            for (_, to) in field.aliases {
                if !field.options.iter().any(|o| o.value == *to) {
                    problems.push(format!("{what}: an alias leads to {to}, which is not an option"));
                }
            }
            match field.api_param {
                Some(param) if param != field.key => {
                    problems.push(format!("{what}: the key is not its API parameter {param}"))
                }
                Some(_) => {}
                // A form-only key is lower case, so it can never be taken for an API parameter.
                None if field.key.starts_with("X-") || field.key.to_lowercase() != field.key => {
                    problems.push(format!("{what}: a form-only key must be lower case"));
                }
                None => {}
            }
            if let Requirement::When(tests) = field.required {
                tests.iter().for_each(|t| check_test(t, policy.fields, zone, &mut problems));
            }
            // A format is a type (`Format`), which names an existing check or identifier scheme.
            for rule in field.formats {
                rule.when.iter().for_each(|t| check_test(t, policy.fields, zone, &mut problems));
            }
            field.omit_when.iter().for_each(|t| check_test(t, policy.fields, zone, &mut problems));
            if let Some(pattern) = field.pattern
                && !domain_rules::fields::pattern::is_supported(pattern)
            {
                problems.push(format!("{what}: the pattern {pattern} is outside the subset the server checks"));
            }
            // Sources are kept natively only (the WebAssembly build drops their text).
            let cited = cfg!(target_arch = "wasm32")
                || field.source.url().starts_with("http") && !field.source.date().is_empty();
            if field.actions.is_empty() || !cited {
                problems.push(format!("{what}: no actions or no source"));
            }
        }
        for rule in policy.rules {
            rule.when.iter().for_each(|t| check_test(t, policy.fields, zone, &mut problems));
            let path = match rule.check {
                Check::Present(p) | Check::Absent(p) | Check::OneOf(p, _) | Check::Digits(p, _) | Check::Flag(p) => p,
            };
            check_test(&Test::is(path, &[]), policy.fields, zone, &mut problems);
            check_text(&rule.message, &format!("{zone} rule at {path}"), &mut problems);
            let cited = cfg!(target_arch = "wasm32") || rule.source.url().starts_with("http");
            if rule.actions.is_empty() || !cited {
                problems.push(format!("{zone} rule at {path}: no actions or no source"));
            }
        }
    }
    assert!(field_count >= 15, "only {field_count} fields in all");
    assert!(problems.is_empty(), "{} problems:\n{}", problems.len(), problems.join("\n"));
}
