//! Each zone's character table, character by character (tests/data/zone_tables.toml), natively
//! and under wasm-bindgen-test.

use domain_rules::name::idna2008::{self, Category};
use domain_rules::zone::{policies, policy_for};
use domain_rules::{Code, Options, Severity, check_domain};
use serde::Deserialize;
use wasm_bindgen_test::wasm_bindgen_test;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Tables {
    zone: Vec<Table>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Table {
    tld: String,
    template: Option<String>,
    allowed: String,
    refused: String,
}

fn tables() -> Vec<Table> {
    let parsed: Tables = toml::from_str(include_str!("data/zone_tables.toml")).expect("zone_tables.toml parses");
    parsed.zone
}

fn name(table: &Table, c: char) -> String {
    let template = table.template.as_deref().unwrap_or("x{}yz");
    format!("{}.{}", template.replace("{}", &c.to_string()), table.tld)
}

#[wasm_bindgen_test(unsupported = test)]
fn every_allowed_character_is_accepted_and_every_refused_one_refused() {
    let mut failures = Vec::new();
    for table in tables() {
        for c in table.allowed.chars() {
            let report = check_domain(&name(&table, c), &Options::default());
            let zone_findings: Vec<&str> =
                report.diagnostics.iter().map(|d| d.code.as_str()).filter(|c| c.starts_with("zone.")).collect();
            if !report.ok || !zone_findings.is_empty() {
                failures.push(format!("{}: {c:?} should be allowed: {:?}", table.tld, report.diagnostics));
            }
        }
        for c in table.refused.chars() {
            if idna2008::category(c) != Category::Pvalid {
                failures.push(format!("{}: {c:?} is not PVALID, so it does not test the table", table.tld));
                continue;
            }
            let report = check_domain(&name(&table, c), &Options::default());
            let refused_by_table = report.diagnostics.iter().any(|d| {
                d.severity == Severity::Error
                    && matches!(d.code, Code::ZoneCharacterNotAllowed | Code::ZoneScriptNotAllowed)
            });
            if report.ok || !refused_by_table {
                failures.push(format!("{}: {c:?} should be refused by the table: {:?}", table.tld, report.diagnostics));
            }
        }
    }
    assert!(failures.is_empty(), "{} failures:\n{}", failures.len(), failures.join("\n"));
}

/// Every character of every table, in letters of its own script, under every zone of the
/// policy: a table that listed a character IDNA2008 or the script rule refuses would fail here.
#[wasm_bindgen_test(unsupported = test)]
fn every_character_of_every_table_is_accepted_in_its_zones() {
    let mut checked = 0;
    let mut failures = Vec::new();
    for policy in policies() {
        let Some(sets) = policy.characters.value else { continue };
        for set in sets {
            let template = match idna2008::script(set.chars().next().expect("tables are not empty")) {
                Some(s) if s == idna2008::Script::GREEK => "αβ{}γ",
                Some(s) if s == idna2008::Script::CYRILLIC => "аб{}в",
                _ => "l{}lz",
            };
            for c in set.chars() {
                for zone in policy.zones {
                    let name = format!("{}.{zone}", template.replace("{}", &c.to_string()));
                    let report = check_domain(&name, &Options::default());
                    checked += 1;
                    if !report.ok {
                        failures.push(format!("{name}: {:?}", report.diagnostics));
                    }
                }
            }
        }
    }
    assert!(checked > 500, "only {checked} table characters checked");
    assert!(failures.is_empty(), "{} refused:\n{}", failures.len(), failures.join("\n"));
}

#[wasm_bindgen_test(unsupported = test)]
fn every_zone_with_a_table_is_tested_with_enough_characters() {
    let tables = tables();
    for policy in policies() {
        let Some(sets) = policy.characters.value else { continue };
        let size: usize = sets.iter().map(|s| s.chars().count()).sum();
        // Zones that share a policy (.fr and the other AFNIC zones) need one entry between them.
        let zones = policy.zones;
        let Some(table) = tables.iter().find(|t| policy_for(&t.tld) == *policy) else {
            panic!("{zones:?} have a character table but no entry in zone_tables.toml");
        };
        let allowed = table.allowed.chars().count();
        assert!(allowed >= size.min(10), "{zones:?}: only {allowed} allowed characters tested");
        assert!(table.refused.chars().count() >= 10, "{zones:?}: fewer than 10 refused characters tested");
    }
}
