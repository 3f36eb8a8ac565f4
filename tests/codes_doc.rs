//! docs/codes.md lists every diagnostic code with its meaning and messages; this test keeps the
//! document in step with the code. `UPDATE_CODES_DOC=1 cargo test --test codes_doc` rewrites it.

#![cfg(not(target_arch = "wasm32"))]

use domain_rules::Code;
use domain_rules::messages::{Locale, placeholders, template};

fn render() -> String {
    let mut doc = String::from(
        "# Diagnostic codes\n\n\
         Every diagnostic carries one of these codes. A code never changes meaning; new codes may be\n\
         added. The messages are templates: `{key}` is filled from the diagnostic's `params`.\n\
         This file is generated from `src/code.rs` and `locales/en.toml`; `tests/codes_doc.rs` fails\n\
         when it is out of date (`UPDATE_CODES_DOC=1 cargo test --test codes_doc` rewrites it).\n",
    );
    let mut group = "";
    for &code in Code::ALL {
        let prefix = code.as_str().split('.').next().unwrap_or("");
        if prefix != group {
            group = prefix;
            doc.push_str(&format!("\n## `{group}.*`\n"));
        }
        let english = template(Locale::En, code);
        let params = placeholders(english);
        doc.push_str(&format!("\n### `{}`\n\n{}\n\n", code.as_str(), code.summary()));
        if !params.is_empty() {
            doc.push_str(&format!(
                "- params: {}\n",
                params.iter().map(|p| format!("`{p}`")).collect::<Vec<_>>().join(", ")
            ));
        }
        for &locale in Locale::WITH_MESSAGES {
            doc.push_str(&format!("- {}: {}\n", locale.tag(), template(locale, code)));
        }
    }
    doc
}

#[test]
fn codes_document_is_up_to_date() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/codes.md");
    let expected = render();
    if std::env::var_os("UPDATE_CODES_DOC").is_some() {
        std::fs::write(path, &expected).expect("write docs/codes.md");
    }
    let actual = std::fs::read_to_string(path).unwrap_or_default();
    assert!(actual == expected, "docs/codes.md is out of date; run UPDATE_CODES_DOC=1 cargo test --test codes_doc");
}

#[test]
fn codes_are_unique_dotted_lowercase() {
    let mut seen = std::collections::BTreeSet::new();
    for &code in Code::ALL {
        let text = code.as_str();
        assert!(seen.insert(text), "{text} twice");
        assert!(
            text.contains('.')
                && text.bytes().all(|b| b.is_ascii_lowercase() || b == b'.' || b == b'_' || b.is_ascii_digit()),
            "{text}"
        );
        assert_eq!(Code::from_identifier(text), Some(code));
        assert!(!code.summary().is_empty());
    }
}
