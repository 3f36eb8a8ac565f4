//! The translations in `locales/`, read as a translator writes them: every compiled locale has its
//! file and lacks nothing English has (the test lists what each lacks), English has one message per
//! code and one text per `text!` id in the sources, and the build's own view (`GAPS`) agrees.

#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use domain_rules::{Code, Locale};

/// Every key of a locale file, as `messages.<code>`, `texts.<id>` and `words.<section>.<key>`.
fn keys(tag: &str) -> BTreeSet<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales").join(format!("{tag}.toml"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let table: toml::Table = text.parse().unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut found = BTreeSet::new();
    for (name, value) in &table {
        for (key, value) in value.as_table().unwrap_or_else(|| panic!("{tag}: [{name}] is not a table")) {
            match value {
                toml::Value::Table(words) => found.extend(words.keys().map(|k| format!("{name}.{key}.{k}"))),
                _ => {
                    found.insert(format!("{name}.{key}"));
                }
            }
        }
    }
    found
}

fn compiled_tags() -> Vec<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales/locales.toml");
    let table: toml::Table = std::fs::read_to_string(path).unwrap().parse().unwrap();
    table["compiled"].as_array().unwrap().iter().map(|v| v.as_str().unwrap().to_owned()).collect()
}

#[test]
fn every_compiled_locale_lacks_nothing_english_has() {
    let tags = compiled_tags();
    assert_eq!(tags, Locale::ALL.iter().map(|l| l.tag()).collect::<Vec<_>>(), "the build compiled other locales");
    let english = keys("en");
    let mut report = BTreeMap::new();
    for tag in &tags[1..] {
        let own = keys(tag);
        let lacks: Vec<_> = english.difference(&own).cloned().collect();
        let unknown: Vec<_> = own.difference(&english).cloned().collect();
        if !lacks.is_empty() || !unknown.is_empty() {
            report.insert(tag.clone(), (lacks, unknown));
        }
    }
    for (tag, (lacks, unknown)) in &report {
        eprintln!("locales/{tag}.toml lacks {} keys (shown in English): {lacks:#?}", lacks.len());
        eprintln!("locales/{tag}.toml has {} keys English does not: {unknown:#?}", unknown.len());
    }
    assert!(report.is_empty(), "incomplete locales: {:?}", report.keys().collect::<Vec<_>>());
    // The build read the same files: it filled no gap with English.
    for (tag, gaps) in domain_rules::translations::GAPS {
        assert!(gaps.is_empty(), "the build filled {} texts of {tag} with English", gaps.len());
    }
}

#[test]
fn english_has_one_message_per_code() {
    let messages: BTreeSet<String> = keys("en")
        .into_iter()
        .filter_map(|k| k.strip_prefix("messages.").or(k.strip_prefix("native_messages.")).map(str::to_owned))
        .collect();
    let codes: BTreeSet<String> = Code::ALL.iter().map(|c| c.as_str().to_owned()).collect();
    assert_eq!(messages.difference(&codes).collect::<Vec<_>>(), Vec::<&String>::new(), "messages of no code");
    assert_eq!(codes.difference(&messages).collect::<Vec<_>>(), Vec::<&String>::new(), "codes without a message");
}

/// Every `text!("id")` in the sources, outside comments.
fn text_ids_in(dir: &Path, found: &mut BTreeSet<String>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            text_ids_in(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let text = std::fs::read_to_string(&path).unwrap();
            for line in text.lines().filter(|l| !l.trim_start().starts_with("//")) {
                for piece in line.split("text!(\"").skip(1) {
                    found.insert(piece.split('"').next().unwrap().to_owned());
                }
            }
        }
    }
}

#[test]
fn every_text_is_used_and_every_used_text_exists() {
    let mut used = BTreeSet::new();
    text_ids_in(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut used);
    let written: BTreeSet<String> =
        keys("en").into_iter().filter_map(|k| k.strip_prefix("texts.").map(str::to_owned)).collect();
    assert_eq!(written.difference(&used).collect::<Vec<_>>(), Vec::<&String>::new(), "texts no source uses");
    // The build stops on an unknown id; this says which.
    assert_eq!(used.difference(&written).collect::<Vec<_>>(), Vec::<&String>::new(), "ids locales/en.toml lacks");
}
