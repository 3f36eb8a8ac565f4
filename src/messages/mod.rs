//! The message catalogue: one template per code and locale, English as the fallback.
//!
//! Templates name their values as `{key}`; `render` fills them from the diagnostic's params. Each
//! locale is an exhaustive `match`, so a new code cannot ship without its sentence in every language.

mod de;
mod en;

use crate::code::Code;
use crate::name::chars;
use crate::report::{ParamValue, Params};

/// Params that hold Unicode script names (`Cyrillic`, `Old_Italic`, several joined by `/`):
/// messages show them in the reader's language; the params keep Unicode's names.
const SCRIPT_KEYS: &[&str] = &["script", "scripts"];

/// Writes script names as a locale names them: its own word where the catalogue has one,
/// else Unicode's name with spaces (`Old Italic`).
fn write_script_names(locale: Locale, names: &str, out: &mut String) {
    for (i, name) in names.split('/').enumerate() {
        if i > 0 {
            out.push('/');
        }
        let localised = match locale {
            Locale::En => None,
            Locale::De => de::script_name(name),
        };
        match localised {
            Some(word) => out.push_str(word),
            None if name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') => {
                out.extend(name.chars().map(|c| if c == '_' { ' ' } else { c }));
            }
            None => out.push_str(&chars::safe_text(name)),
        }
    }
}

/// A language the catalogue is complete in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Locale {
    /// English (the fallback).
    #[default]
    En,
    /// German.
    De,
}

impl Locale {
    /// Every locale, fallback first.
    pub const ALL: &'static [Locale] = &[Locale::En, Locale::De];

    /// The locale for a BCP 47 tag such as `de`, `de-AT` or `de_CH`; English for anything else.
    pub fn from_tag(tag: &str) -> Locale {
        let primary = tag.split(['-', '_']).next().unwrap_or("");
        if primary.eq_ignore_ascii_case("de") { Locale::De } else { Locale::En }
    }

    /// The primary language subtag.
    pub fn tag(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::De => "de",
        }
    }
}

/// The template for `code` in `locale`.
pub fn template(locale: Locale, code: Code) -> &'static str {
    match locale {
        Locale::En => en::template(code),
        Locale::De => de::template(code),
    }
}

/// The message for `code` in `locale`, with `{key}` placeholders filled from `params`.
/// A placeholder without a value is left as it stands, which the catalogue tests catch.
pub fn render(locale: Locale, code: Code, params: &Params) -> String {
    let template = template(locale, code);
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                let key = &after[..close];
                match params.get(key) {
                    Some(ParamValue::Text(names)) if SCRIPT_KEYS.contains(&key) => {
                        write_script_names(locale, names, &mut out);
                    }
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
        assert_eq!(Locale::from_tag("fr"), Locale::En);
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
