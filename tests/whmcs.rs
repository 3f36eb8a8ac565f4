//! The WHMCS integration's `additionalfields.php` (`domain-rules whmcs-fields`), read by PHP
//! itself (Debian's php-cli, which scripts/setup.sh installs): it parses (`php -l`), and the array
//! it defines says what the field sets say, zone by zone.

#![cfg(not(target_arch = "wasm32"))]

use std::process::Command;

use domain_rules::fields::{Kind, Requirement};
use domain_rules::zone::policies;
use domain_rules::{Locale, whmcs_fields};
use serde_json::Value;

#[cfg(feature = "server")]
#[path = "support/service.rs"]
mod service;

fn php(args: &[&str]) -> std::process::Output {
    Command::new("php")
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("php is needed (Debian's php-cli; scripts/setup.sh installs it): {e}"))
}

#[test]
fn php_reads_the_fields_the_field_sets_declare() {
    let dir = std::env::temp_dir().join(format!("domain-rules-whmcs-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("additionalfields.php");
    std::fs::write(&file, whmcs_fields::additional_fields_php()).unwrap();
    let path = file.to_str().unwrap();
    let lint = php(&["-l", path]);
    assert!(lint.status.success(), "{}", String::from_utf8_lossy(&lint.stdout));
    let dump = php(&["-r", "include $argv[1]; echo json_encode($additionaldomainfields);", path]);
    assert!(dump.status.success(), "{}", String::from_utf8_lossy(&dump.stderr));
    let all: Value = serde_json::from_slice(&dump.stdout).unwrap();
    let mut zones = 0;
    for policy in policies().iter().filter(|p| !p.fields.is_empty()) {
        for zone in policy.zones {
            zones += 1;
            let entries = all[format!(".{zone}")].as_array().unwrap_or_else(|| panic!(".{zone} is missing"));
            assert_eq!(entries.len(), policy.fields.len(), ".{zone}");
            for (field, entry) in policy.fields.iter().zip(entries) {
                let what = format!(".{zone} {}", field.key);
                assert_eq!(entry["Name"], field.api_param.unwrap_or(field.key), "{what}");
                assert_eq!(entry["DisplayName"], field.label(Locale::En), "{what}");
                let kind = match field.kind {
                    Kind::Text | Kind::Date => "text",
                    Kind::Select | Kind::Country => "dropdown",
                    Kind::Checkbox => "tickbox",
                    Kind::Display => "display",
                };
                assert_eq!(entry["Type"], kind, "{what}");
                if field.kind == Kind::Country {
                    let options = entry["Options"].as_str().unwrap();
                    let codes: Vec<&str> = options.split(',').map(|o| o.split('|').next().unwrap()).collect();
                    assert!(codes.contains(&"IT") && codes.iter().all(|c| c.len() == 2), "{what}");
                }
                if field.kind == Kind::Select {
                    let options = entry["Options"].as_str().unwrap();
                    let codes: Vec<&str> = options.split(',').map(|o| o.split('|').next().unwrap()).collect();
                    let expected: Vec<&str> = field.options.iter().map(|o| o.value).collect();
                    assert_eq!(codes, expected, "{what}");
                }
                assert_eq!(entry["Default"].as_str(), field.default, "{what}");
                match field.required {
                    Requirement::Always => assert_eq!(entry["Required"], true, "{what}"),
                    Requirement::Never => assert_eq!(entry["Required"], false, "{what}"),
                    Requirement::When(tests) => {
                        // A map WHMCS checks itself, or false with the condition for the hook.
                        let said = entry["Description"].as_str().unwrap_or("").contains("Required when");
                        let mapped = entry["Required"].is_object();
                        assert!(said != mapped, "{what}: {entry}");
                        if mapped {
                            let key = tests[0].path.trim_start_matches("fields.");
                            assert_eq!(entry["Required"][key].as_array().unwrap().len(), tests[0].values.len());
                        }
                    }
                }
            }
        }
    }
    assert!(zones >= 20, "only {zones} zones");
    std::fs::remove_dir_all(&dir).unwrap();
}

/// The hooks of `integrations/whmcs/domain_rules_hooks.php`, run by PHP as WHMCS calls them
/// (`integrations/whmcs/tests/hooks_test.php` stands in for WHMCS's add_hook, localAPI and
/// logActivity), against a served instance of the real service.
#[cfg(feature = "server")]
#[test]
fn the_hooks_tell_the_customer_stop_the_registrar_and_explain_a_failure() {
    let address = service::start(domain_rules::server::Config::default());
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/integrations/whmcs/tests/hooks_test.php");
    let lint = php(&["-l", concat!(env!("CARGO_MANIFEST_DIR"), "/integrations/whmcs/domain_rules_hooks.php")]);
    assert!(lint.status.success(), "{}", String::from_utf8_lossy(&lint.stdout));
    let output = Command::new("php")
        .arg(script)
        .env("DOMAIN_RULES_URL", format!("http://{address}"))
        .output()
        .expect("php is needed (Debian's php-cli; scripts/setup.sh installs it)");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let out: Value = serde_json::from_slice(&output.stdout).unwrap();
    let texts = |key: &str| -> Vec<String> {
        out[key]
            .as_array()
            .unwrap_or_else(|| panic!("{key}: {out}"))
            .iter()
            .map(|v| v.as_str().unwrap().to_owned())
            .collect()
    };
    // The cart's field step: the missing .ca fields, by their German labels; nothing for .de.
    let missing = texts("configMissing");
    assert_eq!(missing.len(), 2, "{missing:?}");
    assert!(missing[0].starts_with("beispiel.ca: „Rechtsform des Inhabers“"), "{missing:?}");
    assert!(texts("configComplete").is_empty());
    // Checkout: the client's address is the registrant's.
    assert!(texts("checkoutComplete").is_empty());
    assert!(texts("checkoutExistingClient").is_empty());
    let postcode = texts("checkoutBadPostcode");
    assert!(postcode.len() == 1 && postcode[0].contains("“5114” is not a valid “Postal code”"), "{postcode:?}");
    // Before the registrar: an order the registry would refuse is stopped, a complete one goes.
    assert!(out["registerMissing"]["abortWithError"].as_str().unwrap().contains("Legal type of the registrant"));
    assert_eq!(out["registerComplete"], serde_json::json!([]));
    assert!(out["transferWithoutCode"]["abortWithError"].as_str().unwrap().contains("auth code"));
    // After a failure: the explanation is kept in the domain's notes.
    let calls = out["explainedCalls"].as_array().unwrap();
    assert_eq!(calls.len(), 1, "{calls:?}");
    assert_eq!(calls[0]["command"], "UpdateClientDomain");
    assert_eq!(calls[0]["values"]["domainid"], 42);
    let notes = calls[0]["values"]["notes"].as_str().unwrap();
    assert!(notes.contains("[registrar.attribute_missing at fields.X-CA-LEGALTYPE]"), "{notes}");
    // The service down: the order goes on, and the activity log says why.
    assert!(texts("serviceDown").is_empty());
    assert!(texts("serviceDownLog")[0].contains("did not answer /v1/order"));
}
