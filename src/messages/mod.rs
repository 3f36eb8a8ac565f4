//! The message catalogue: one template per code and locale, from `locales/*.toml` (see
//! [`crate::translations`]), English as the fallback.
//!
//! Templates name their values as `{key}`; `render` fills them from the diagnostic's params. A code
//! without an English message in `locales/en.toml` stops the build.

use crate::code::Code;
use crate::display as chars;
pub use crate::locale::Locale;
use crate::pack_store;
use crate::report::{Diagnostic, ParamValue, Params, Severity};
use crate::translations::{self, MESSAGES, word};

/// How a text param is written into a message, by its key: the one place keys are told apart,
/// so a placeholder costs one match on its key, not a search of several lists.
#[derive(Clone, Copy, PartialEq, Eq)]
enum KeyKind {
    /// Unicode script names (`Cyrillic`, `Old_Italic`, several joined by `/`): messages show
    /// them in the reader's language; the params keep Unicode's names.
    Scripts,
    /// Why an identifier is invalid (an [`crate::ids::IdError`] name), in words.
    Reason,
    /// A record field the record check names (`field`), in the reader's language when the
    /// catalogue has it.
    RecordWord,
    /// A data form the record check names (`form`): a record word when the catalogue has it,
    /// else text the engine wrote.
    RecordWordOrEngine,
    /// Why a nameserver could not be asked (a token of the live check), in words.
    Failure,
    /// Text the engine wrote itself (field labels, rule explanations, lists of allowed values):
    /// shown as it is, spaces included.
    Engine,
    /// Prose in any message (`detail`, `words`): plain spaces stay spaces.
    Prose,
    /// What the customer typed into an order's text field: prose in an order's message.
    OrderProse,
    /// Anything else, which may come from the customer: shown through [`chars::safe_text`].
    Plain,
}

impl KeyKind {
    fn of(key: &str) -> KeyKind {
        match key {
            "script" | "scripts" => KeyKind::Scripts,
            "reason" => KeyKind::Reason,
            "field" => KeyKind::RecordWord,
            "form" => KeyKind::RecordWordOrEngine,
            "failure" => KeyKind::Failure,
            "fieldLabel" | "roleLabel" | "partLabel" | "stateLabel" | "allowed" | "country" | "state"
            | "explanation" | "choices" | "problem" | "range" | "registryError" | "example" | "types" | "served"
            | "ordered" | "serials" => KeyKind::Engine,
            "detail" | "words" => KeyKind::Prose,
            "value" | "sent" | "class" => KeyKind::OrderProse,
            _ => KeyKind::Plain,
        }
    }
}

/// Whether `code` is about an order (not about a name, where a space is an error to show).
fn is_order(code: Code) -> bool {
    code.as_str().starts_with("order.")
}

/// Why an identifier is invalid (`reason`, an [`crate::ids::IdError`] name), in words.
fn reason_text(locale: Locale, reason: &str) -> &'static str {
    word("reason", reason, locale).or_else(|| word("reason", "other", locale)).unwrap_or("")
}

/// The record fields and data forms the record check names in `field` and `form` (English in
/// the params), in the reader's language.
fn record_words(locale: Locale, words: &str) -> Option<&'static str> {
    word("record", words, locale)
}

/// Writes script names as a locale names them: its own word where the catalogue has one,
/// else Unicode's name with spaces (`Old Italic`).
fn write_script_names(locale: Locale, names: &str, out: &mut String) {
    for (i, name) in names.split('/').enumerate() {
        if i > 0 {
            out.push('/');
        }
        match word("script", name, locale) {
            Some(word) => out.push_str(word),
            None if name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') => {
                out.extend(name.chars().map(|c| if c == '_' { ' ' } else { c }));
            }
            None => out.push_str(&chars::safe_text(name)),
        }
    }
}

/// Why a nameserver could not be asked (`failure`, a token of the live check), in words.
#[cfg(not(target_arch = "wasm32"))]
fn failure_text(locale: Locale, failure: &str) -> &'static str {
    word("failure", failure, locale).or_else(|| word("failure", "other", locale)).unwrap_or("")
}

/// The template for `code` in `locale`.
pub fn template(locale: Locale, code: Code) -> &'static str {
    match locale.is_compiled() {
        true => TEMPLATES[locale.index()][code as usize],
        false => pack_store::message(locale, code as usize).unwrap_or(TEMPLATES[0][code as usize]),
    }
}

/// The number of codes.
const CODES: usize = Code::ALL.len();

/// The number of locales whose messages are compiled in (the others come from locale packs).
const LOCALES: usize = Locale::COMPILED;

/// Every template by locale and code: a table built at compile time from `locales/*.toml`, so
/// that looking a message up is one index.
static TEMPLATES: [[&str; CODES]; LOCALES] = {
    let mut table = [[""; CODES]; LOCALES];
    let mut code = 0;
    while code < CODES {
        let Some(row) = translations::position(MESSAGES, Code::ALL[code].as_str()) else {
            panic!("a code without its message in locales/en.toml");
        };
        let mut locale = 0;
        while locale < LOCALES {
            table[locale][code] = MESSAGES[row].1[locale];
            locale += 1;
        }
        code += 1;
    }
    table
};

/// The message for `code` in `locale`, with `{key}` placeholders filled from `params`.
/// A placeholder without a value is left as it stands, which the catalogue tests catch.
pub fn render(locale: Locale, code: Code, params: &Params) -> String {
    let template = template(locale, code);
    // Room for the template and every value once (a name can be long), so the text is written
    // without growing.
    let values: usize = params.iter().map(|(_, value)| value.shown_len_hint()).sum();
    let mut out = String::with_capacity(template.len() + values);
    let mut rest = template;
    // A template is a sentence or two: `memchr` crosses its text by words, not bytes.
    while let Some(open) = memchr::memchr(b'{', rest.as_bytes()) {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        // A key is a few bytes long: a byte loop finds its end sooner than a search set up for it.
        match after.bytes().position(|b| b == b'}') {
            Some(close) => {
                let key = &after[..close];
                match params.get(key) {
                    Some(ParamValue::Text(text)) => write_text(locale, code, KeyKind::of(key), text, &mut out),
                    Some(value) => value.write_display(&mut out),
                    None => out.push_str(&rest[open..open + close + 2]),
                }
                rest = &after[close + 1..];
            }
            None => {
                out.push_str(&rest[open..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// Writes a text param into a message as its key's kind asks.
fn write_text(locale: Locale, code: Code, kind: KeyKind, text: &str, out: &mut String) {
    match kind {
        KeyKind::Scripts => write_script_names(locale, text, out),
        KeyKind::Reason => out.push_str(reason_text(locale, text)),
        // A record field or form the engine names, in the reader's language; any other value
        // (an order's unknown field key) came from the customer.
        KeyKind::RecordWord | KeyKind::RecordWordOrEngine if record_words(locale, text).is_some() => {
            out.push_str(record_words(locale, text).unwrap_or(text));
        }
        #[cfg(not(target_arch = "wasm32"))]
        KeyKind::Failure => out.push_str(failure_text(locale, text)),
        KeyKind::Engine | KeyKind::RecordWordOrEngine => out.push_str(text),
        // What a customer typed into an order's text fields is prose: a space in a phone number
        // or a VAT number is shown as a space; so is a registry's text quoted in an explanation.
        KeyKind::Prose => out.push_str(&chars::safe_prose(text)),
        KeyKind::OrderProse if is_order(code) => out.push_str(&chars::safe_prose(text)),
        _ if code.as_str().starts_with("registrar.") => out.push_str(&chars::safe_prose(text)),
        _ => out.push_str(&chars::safe_text(text)),
    }
}

/// The `{key}` placeholders a template uses.
pub fn placeholders(template: &str) -> Vec<&str> {
    let mut keys = Vec::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                keys.push(&after[..close]);
                rest = &after[close + 1..];
            }
            None => break,
        }
    }
    keys
}

impl Diagnostic {
    /// A diagnostic whose message is rendered from the catalogue for `locale`.
    pub fn new(code: Code, severity: Severity, path: impl Into<String>, params: Params, locale: Locale) -> Self {
        Diagnostic::rendered(code, severity, path.into(), params, locale)
    }

    /// [`Diagnostic::new`] once the path is a `String`: one copy of the body, not one per type of
    /// path, in the WebAssembly module.
    #[inline(never)]
    fn rendered(code: Code, severity: Severity, path: String, params: Params, locale: Locale) -> Self {
        let message = render(locale, code, &params);
        Diagnostic { code, severity, path, message, params }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fills_placeholders_and_keeps_unknown_ones() {
        let params = Params::new().with("label", "ab").with("min", 3usize).with("actual", 2usize);
        let text = render(Locale::En, Code::NameLabelTooShort, &params.clone().with("tld", "it"));
        assert_eq!(text, "The name must have at least 3 characters before .it (“ab” has 2). Choose a longer name.");
        // A value the template names but the params lack stays visible, for the catalogue tests.
        let text = render(Locale::En, Code::NameLabelTooShort, &params);
        assert!(text.contains("before .{tld} ("), "{text}");
    }

    #[test]
    fn script_names_are_shown_in_the_reader_language() {
        let params = Params::new().with("label", "pаypal").with("index", 0usize).with("scripts", "Cyrillic/Latin");
        assert!(render(Locale::De, Code::NameMixedScript, &params).contains("(Kyrillisch/Lateinisch)"));
        assert!(render(Locale::En, Code::NameMixedScript, &params).contains("(Cyrillic/Latin)"));
        let params =
            Params::new().with("label", "x").with("index", 0usize).with("script", "Old_Italic").with("tld", "de");
        assert!(render(Locale::En, Code::ZoneScriptNotAllowed, &params).contains("accept Old Italic letters"));
    }

    #[test]
    fn locale_tags_fall_back_to_english() {
        assert_eq!(Locale::from_tag("de-AT"), Locale::De);
        assert_eq!(Locale::from_tag("DE"), Locale::De);
        assert_eq!(Locale::from_tag("fr_CH"), Locale::Fr);
        assert_eq!(Locale::from_tag("it"), Locale::It);
        assert_eq!(Locale::from_tag("da-DK"), Locale::Da);
        assert_eq!(Locale::from_tag("nl"), Locale::En);
        assert_eq!(Locale::from_tag(""), Locale::En);
    }

    #[test]
    fn every_locale_uses_the_same_placeholders_as_english() {
        for &code in Code::ALL {
            let mut english = placeholders(template(Locale::En, code));
            english.sort_unstable();
            for &locale in Locale::ALL {
                let text = template(locale, code);
                assert!(!text.trim().is_empty(), "{code} has no {} message", locale.tag());
                let mut keys = placeholders(text);
                keys.sort_unstable();
                assert_eq!(keys, english, "{code}: {} placeholders differ from English", locale.tag());
            }
        }
    }
}
