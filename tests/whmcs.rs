//! The WHMCS integration's `additionalfields.php` (`domain-rules whmcs-fields`), read by PHP
//! itself (Debian's php-cli, which scripts/setup.sh installs): it parses (`php -l`), and the array
//! it defines says what the field sets say, zone by zone.

#![cfg(not(target_arch = "wasm32"))]

use std::process::Command;

use domain_rules::fields::{Kind, Requirement};
use domain_rules::zone::policies;
use domain_rules::{Locale, whmcs_fields};
use serde_json::Value;

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
