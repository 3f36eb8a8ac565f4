//! Form schemas for what a form may be given: a zone, a domain, or text that names no zone.
//! Runs natively and under wasm-bindgen-test.

use domain_rules::Locale;
use domain_rules::fields::Action;
use domain_rules::schema::form_schema;
use wasm_bindgen_test::wasm_bindgen_test;

#[wasm_bindgen_test(unsupported = test)]
fn zones_and_domains_name_their_zone() {
    for (input, tld) in
        [("dk", "dk"), (".DK", "dk"), ("co.uk", "co.uk"), ("eksempel.dk", "dk"), ("shop.example.co.uk", "co.uk")]
    {
        let schema = form_schema(input, Action::Register, Locale::En);
        assert!(schema.ok, "{input}: {:?}", schema.diagnostics);
        assert_eq!(schema.tld, tld, "{input}");
    }
    // Below a wildcard rule of the suffix list (`*.ck`), a host name is a zone of its own.
    let schema = form_schema("shop.ck", Action::Register, Locale::En);
    assert!(schema.ok && schema.tld == "shop.ck", "{schema:?}");
}

#[wasm_bindgen_test(unsupported = test)]
fn text_that_is_no_host_name_names_no_zone() {
    for (input, code) in [
        ("a b.ck", "name.space"),
        ("-oo.ck", "name.leading_hyphen"),
        ("?.er", "name.invalid_character"),
        ("https://example.dk/", "name.web_address"),
        ("a..dk", "name.empty_label"),
    ] {
        let schema = form_schema(input, Action::Register, Locale::De);
        assert!(!schema.ok, "{input} gave a schema for {}", schema.tld);
        assert!(schema.fields.is_empty(), "{input}");
        assert_eq!(schema.diagnostics.len(), 1, "{input}");
        assert_eq!(schema.diagnostics[0].code.as_str(), code, "{input}");
        assert_eq!(schema.diagnostics[0].path, "tld", "{input}");
        assert!(!schema.diagnostics[0].message.is_empty(), "{input}");
    }
    let unknown = form_schema("example.nosuchtld", Action::Register, Locale::En);
    assert!(!unknown.ok);
    assert_eq!(unknown.diagnostics[0].code.as_str(), "zone.unknown_tld");
}
