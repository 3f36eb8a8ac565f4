//! Compiles the translations in `locales/` into tables: the `Locale` enum of the compiled locales
//! (`locales.rs`); each code's message in every locale, and each field text and word as one string
//! with its translations joined by U+001F (`translations.rs`). English is the fallback: a key a
//! locale lacks is filled with the English text and listed in `GAPS`, and a key English does not
//! have, or a translation whose `{placeholders}` differ from English, stops the build. The
//! messages only native builds give (`[native_messages]`) and the words of the live checks'
//! failures are left empty in a WebAssembly build, which can never show them.
//!
//! `DOMAIN_RULES_LOCALES=en,de` keeps only some of the listed locales (English always).
//! `DOMAIN_RULES_LOCALE_PACKS=1` compiles the texts of English alone and leaves every other
//! locale to a pack loaded at run time (`src/locale_pack.rs`): the whole WebAssembly module of
//! the npm package, whose pages load only the locales they show. The `Locale` enum still lists
//! every locale, so that a request for one whose pack is not loaded is shown in English.
//! `DOMAIN_RULES_MODULE=core` builds the core WebAssembly module, which only checks names: it
//! sets the `domain_rules_core` cfg (src/wasm.rs exports the name checks alone) and keeps only
//! the messages of the codes a name check gives (`input.`, `options.`, `name.`, `zone.`; not
//! the command line's `input.invalid_utf8`) and the words those messages use (`script.`), with
//! no field-set text.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

/// The unit separator between the translations of one key.
const SEPARATOR: char = '\u{1F}';

/// One locale's file, flattened: `messages`, `texts` and `words.<section>` tables of strings.
struct LocaleFile {
    tag: String,
    messages: BTreeMap<String, String>,
    /// The messages only native builds give (`[native_messages]`).
    native_messages: BTreeMap<String, String>,
    texts: BTreeMap<String, String>,
    /// `section.key`.
    words: BTreeMap<String, String>,
}

fn main() {
    println!("cargo:rerun-if-changed=locales");
    println!("cargo:rerun-if-env-changed=DOMAIN_RULES_LOCALES");
    println!("cargo:rerun-if-env-changed=DOMAIN_RULES_MODULE");
    println!("cargo:rerun-if-env-changed=DOMAIN_RULES_LOCALE_PACKS");
    println!("cargo::rustc-check-cfg=cfg(domain_rules_core)");
    println!("cargo::rustc-check-cfg=cfg(domain_rules_locale_packs)");
    let core = match std::env::var("DOMAIN_RULES_MODULE").as_deref() {
        Ok("core") => true,
        Ok("full") | Ok("") | Err(_) => false,
        Ok(other) => panic!("DOMAIN_RULES_MODULE={other}: the modules are `core` and `full`"),
    };
    if core {
        println!("cargo:rustc-cfg=domain_rules_core");
    }
    let packs = match std::env::var("DOMAIN_RULES_LOCALE_PACKS").as_deref() {
        Ok("1") => true,
        Ok("0") | Ok("") | Err(_) => false,
        Ok(other) => panic!("DOMAIN_RULES_LOCALE_PACKS={other}: it is 1 (packs) or 0 (every locale compiled)"),
    };
    assert!(
        !(core && packs),
        "a core module compiles its one locale; DOMAIN_RULES_LOCALE_PACKS is for the full module"
    );
    if packs {
        // Read by the country tables, which leave the other locales' names to the packs too.
        println!("cargo:rustc-cfg=domain_rules_locale_packs");
    }
    let beyond_names = |key: &str| {
        core && (key == "input.invalid_utf8"
            || !["input.", "options.", "name.", "zone."].iter().any(|p| key.starts_with(p)))
    };
    let dir = Path::new("locales");
    let tags = compiled_tags(dir);
    let files: Vec<LocaleFile> = tags.iter().map(|tag| read_locale(dir, tag)).collect();
    // Messages a WebAssembly page can never show (`[native_messages]`: the HTTP service's
    // refusals, the live checks) and the words of the live checks' failures are left out of its
    // module.
    let wasm = std::env::var("CARGO_CFG_TARGET_ARCH").is_ok_and(|arch| arch == "wasm32");
    let out_dir = std::path::PathBuf::from(std::env::var("OUT_DIR").unwrap());
    let mut locales = String::new();
    write_locale_enum(&mut locales, &tags);
    // How many locales, from the first, have their texts in the tables below.
    let compiled = if packs { 1 } else { tags.len() };
    writeln!(locales, "/// How many locales of `ALL`, from the first, have their texts compiled in; the others'")
        .unwrap();
    writeln!(locales, "/// come from locale packs loaded at run time.\nconst COMPILED: usize = {compiled};").unwrap();
    std::fs::write(out_dir.join("locales.rs"), locales).unwrap();
    let mut out = String::new();
    let mut gaps: Vec<(String, Vec<String>)> = tags.iter().map(|t| (t.clone(), Vec::new())).collect();
    let mut messages = columns(&files, |f| &f.messages, "messages", &mut gaps, beyond_names);
    messages.extend(columns(&files, |f| &f.native_messages, "native_messages", &mut gaps, |_| wasm));
    messages.sort_by(|a, b| a.0.cmp(&b.0));
    if let Some(pair) = messages.windows(2).find(|pair| pair[0].0 == pair[1].0) {
        panic!("locales/en.toml: `{}` is in [messages] and in [native_messages]", pair[0].0);
    }
    let texts = columns(&files, |f| &f.texts, "texts", &mut gaps, |_| core);
    let words = columns(
        &files,
        |f| &f.words,
        "words",
        &mut gaps,
        |key| wasm && key.starts_with("failure.") || core && !key.starts_with("script."),
    );
    write_columns(&mut out, &messages, compiled);
    write_joined(&mut out, "TEXTS", "Every field-set text, by its id", &texts, compiled);
    write_joined(&mut out, "WORDS", "Every word, by `section.key`", &words, compiled);
    out.push_str("/// The keys each compiled locale lacks (shown in English), by locale tag.\n");
    out.push_str("pub const GAPS: &[(&str, &[&str])] = &[\n");
    for (tag, keys) in &gaps {
        if !keys.is_empty() {
            println!("cargo:warning=locale {tag} lacks {} texts; English is shown for them", keys.len());
        }
        writeln!(out, "    ({tag:?}, &{keys:?}),").unwrap();
    }
    out.push_str("];\n");
    std::fs::write(out_dir.join("translations.rs"), out).unwrap();
}

/// The locales to compile: `locales/locales.toml`'s list, narrowed by `DOMAIN_RULES_LOCALES`.
fn compiled_tags(dir: &Path) -> Vec<String> {
    let path = dir.join("locales.toml");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let table: toml::Table = text.parse().unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let listed: Vec<String> = table
        .get("compiled")
        .and_then(|v| v.as_array())
        .map(|a| a.iter().filter_map(|v| v.as_str().map(str::to_owned)).collect())
        .unwrap_or_else(|| panic!("{}: `compiled` must list the locale tags", path.display()));
    assert_eq!(listed.first().map(String::as_str), Some("en"), "{}: English must come first", path.display());
    for tag in &listed {
        assert!(
            (2..=3).contains(&tag.len()) && tag.bytes().all(|b| b.is_ascii_lowercase()),
            "{}: `{tag}` is not a primary language subtag",
            path.display()
        );
    }
    let Ok(wanted) = std::env::var("DOMAIN_RULES_LOCALES") else { return listed };
    let wanted: Vec<&str> = wanted.split(',').map(str::trim).filter(|t| !t.is_empty()).collect();
    for tag in &wanted {
        assert!(
            listed.iter().any(|l| l == tag),
            "DOMAIN_RULES_LOCALES names `{tag}`, which locales.toml does not list"
        );
    }
    listed.into_iter().filter(|t| t == "en" || wanted.contains(&t.as_str())).collect()
}

fn read_locale(dir: &Path, tag: &str) -> LocaleFile {
    let path = dir.join(format!("{tag}.toml"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let table: toml::Table = text.parse().unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let strings = |value: Option<&toml::Value>, what: &str| -> BTreeMap<String, String> {
        let Some(value) = value else { return BTreeMap::new() };
        let table = value.as_table().unwrap_or_else(|| panic!("{}: [{what}] must be a table", path.display()));
        table
            .iter()
            .map(|(k, v)| {
                let v = v.as_str().unwrap_or_else(|| panic!("{}: {what}.{k} must be a string", path.display()));
                assert!(!v.contains(SEPARATOR), "{}: {what}.{k} contains U+001F", path.display());
                (k.clone(), v.to_owned())
            })
            .collect()
    };
    for key in table.keys() {
        let known = ["messages", "native_messages", "texts", "words"];
        assert!(known.contains(&key.as_str()), "{}: unknown table [{key}]", path.display());
    }
    let mut words = BTreeMap::new();
    if let Some(sections) = table.get("words") {
        let sections = sections.as_table().unwrap_or_else(|| panic!("{}: [words] must hold tables", path.display()));
        for (section, value) in sections {
            for (key, text) in strings(Some(value), &format!("words.{section}")) {
                words.insert(format!("{section}.{key}"), text);
            }
        }
    }
    LocaleFile {
        tag: tag.to_owned(),
        messages: strings(table.get("messages"), "messages"),
        native_messages: strings(table.get("native_messages"), "native_messages"),
        texts: strings(table.get("texts"), "texts"),
        words,
    }
}

/// `pub enum Locale` with one variant per compiled tag (`de` is `De`), English the default.
fn write_locale_enum(out: &mut String, tags: &[String]) {
    out.push_str("/// A language of the engine's texts: one per compiled locale (`locales/locales.toml`).\n");
    out.push_str("#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]\npub enum Locale {\n");
    for (i, tag) in tags.iter().enumerate() {
        writeln!(out, "    /// `{tag}` (locales/{tag}.toml){}.", if i == 0 { ", the fallback" } else { "" }).unwrap();
        if i == 0 {
            out.push_str("    #[default]\n");
        }
        writeln!(out, "    {},", variant(tag)).unwrap();
    }
    out.push_str("}\n\n/// Every compiled locale, fallback first.\nconst ALL: &[Locale] = &[");
    for tag in tags {
        write!(out, "Locale::{}, ", variant(tag)).unwrap();
    }
    out.push_str("];\n\n/// The tags of `ALL`, in its order.\nconst TAGS: &[&str] = &[");
    for tag in tags {
        write!(out, "{tag:?}, ").unwrap();
    }
    out.push_str("];\n\n");
}

fn variant(tag: &str) -> String {
    let mut chars = tag.chars();
    chars.next().map(|c| c.to_ascii_uppercase()).into_iter().chain(chars).collect()
}

/// For every English key of one table, its translations in locale order, with English standing
/// in for a missing one.
fn columns(
    files: &[LocaleFile],
    table: impl Fn(&LocaleFile) -> &BTreeMap<String, String>,
    name: &str,
    gaps: &mut [(String, Vec<String>)],
    blank: impl Fn(&str) -> bool,
) -> Vec<(String, Vec<String>)> {
    let english = table(&files[0]);
    for file in &files[1..] {
        for key in table(file).keys() {
            assert!(english.contains_key(key), "locales/{}.toml: {name} `{key}` is not in en.toml", file.tag);
        }
    }
    let mut rows = Vec::new();
    for (key, en) in english {
        if blank(key) {
            rows.push((key.clone(), vec![String::new(); files.len()]));
            continue;
        }
        let wanted = placeholders(en);
        let mut texts = vec![en.clone()];
        for (i, file) in files.iter().enumerate().skip(1) {
            match table(file).get(key) {
                Some(text) => {
                    assert_eq!(
                        placeholders(text),
                        wanted,
                        "locales/{}.toml: {name} `{key}` has other placeholders than English",
                        file.tag
                    );
                    texts.push(text.clone());
                }
                None => {
                    gaps[i].1.push(format!("{name}.{key}"));
                    texts.push(en.clone());
                }
            }
        }
        rows.push((key.clone(), texts));
    }
    rows
}

/// The sorted `{key}` placeholders of a text.
fn placeholders(text: &str) -> Vec<&str> {
    let mut keys = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}') else { break };
        keys.push(&rest[open + 1..open + close]);
        rest = &rest[open + close + 1..];
    }
    keys.sort_unstable();
    keys
}

/// `MESSAGES`: each code's message in the first `compiled` locales, read when the message
/// table is built at compile time.
fn write_columns(out: &mut String, rows: &[(String, Vec<String>)], compiled: usize) {
    out.push_str("/// Every code's message by its identifier, sorted; the messages in the order of `Locale::ALL`.\n");
    writeln!(out, "pub const MESSAGES: &[(&str, [&str; {compiled}])] = &[").unwrap();
    for (key, texts) in rows {
        writeln!(out, "    ({key:?}, {:?}),", &texts[..compiled]).unwrap();
    }
    out.push_str("];\n\n");
}

/// A table of texts, each stored as one string: its translations joined by U+001F, without the
/// trailing ones equal to English (the reader falls back to the first), so that a text the same
/// in every locale is stored once.
fn write_joined(out: &mut String, name: &str, doc: &str, rows: &[(String, Vec<String>)], compiled: usize) {
    writeln!(out, "/// {doc}, sorted by key; the translations joined by U+001F, without trailing ones equal").unwrap();
    writeln!(out, "/// to English (a reader falls back to the first).").unwrap();
    writeln!(out, "pub const {name}: &[(&str, &str)] = &[").unwrap();
    for (key, texts) in rows {
        let mut kept: &[String] = &texts[..compiled];
        while kept.len() > 1 && kept.last() == kept.first() {
            kept = &kept[..kept.len() - 1];
        }
        writeln!(out, "    ({key:?}, {:?}),", kept.join(&SEPARATOR.to_string())).unwrap();
    }
    out.push_str("];\n\n");
}
