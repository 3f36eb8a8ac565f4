//! How characters are shown inside messages: visible ones as themselves, invisible ones, spaces
//! and controls as `U+XXXX`, so nothing hidden ever reaches a page raw. Ground floor: it imports
//! nothing of the crate (`name::chars` is this module under its older name).

use std::borrow::Cow;

/// `U+00E9` style code point notation.
pub fn codepoint(c: char) -> String {
    format!("U+{:04X}", u32::from(c))
}

/// A text as it may appear in a message: a lone invisible character as `U+200D`, invisible
/// characters inside a text as `<U+200D>`, everything else as it is.
pub fn safe_text(text: &str) -> Cow<'_, str> {
    // Folded without a short cut, so that the compiler checks many bytes at a time.
    if text.bytes().fold(true, |graphic, b| graphic & b.is_ascii_graphic()) {
        return Cow::Borrowed(text);
    }
    if !text.chars().any(is_invisible) {
        return Cow::Borrowed(text);
    }
    let mut chars = text.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => Cow::Owned(codepoint(c)),
        _ => Cow::Owned(
            text.chars().map(|c| if is_invisible(c) { format!("<{}>", codepoint(c)) } else { c.to_string() }).collect(),
        ),
    }
}

/// Like [`safe_text`], but for sentences: plain spaces stay spaces.
pub fn safe_prose(text: &str) -> String {
    text.split(' ').map(|word| safe_text(word).into_owned()).collect::<Vec<_>>().join(" ")
}

/// White space, controls, format characters (joiners, bidi controls) and other characters that
/// render as nothing.
pub fn is_invisible(c: char) -> bool {
    match c {
        // Below U+115F (Latin, Greek, Cyrillic, Arabic, Indic scripts, ...) only these are, so
        // the letters of most names are answered without the Unicode tables.
        '\0'..='\u{115E}' => {
            c <= ' ' || ('\u{7F}'..='\u{A0}').contains(&c) || matches!(c, '\u{AD}' | '\u{34F}' | '\u{61C}')
        }
        _ => is_invisible_by_tables(c),
    }
}

/// [`is_invisible`] by Unicode's white space and control properties and a list of the
/// characters that render as nothing.
fn is_invisible_by_tables(c: char) -> bool {
    c.is_whitespace()
        || c.is_control()
        || matches!(c,
            '\u{00AD}' | '\u{034F}' | '\u{061C}' | '\u{115F}' | '\u{1160}' | '\u{17B4}' | '\u{17B5}'
            | '\u{180B}'..='\u{180F}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{206F}' | '\u{3164}' | '\u{FE00}'..='\u{FE0F}' | '\u{FEFF}'
            | '\u{FFA0}' | '\u{FFF0}'..='\u{FFFB}' | '\u{E0000}'..='\u{E0FFF}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_short_cut_agrees_with_the_tables() {
        for c in ('\0'..='\u{1200}').chain(['\u{3000}', '\u{3164}', '\u{FEFF}', 'a', 'é', 'ж']) {
            assert_eq!(is_invisible(c), is_invisible_by_tables(c), "{:?}", c);
        }
    }

    #[test]
    fn invisible_characters_are_shown_as_code_points() {
        assert_eq!(safe_text("\u{200D}"), "U+200D");
        assert_eq!(safe_text(" "), "U+0020");
        assert_eq!(safe_text("\u{202E}"), "U+202E");
        assert_eq!(safe_text("é"), "é");
        assert_eq!(safe_text("a\u{200D}b"), "a<U+200D>b");
        assert_eq!(safe_text("ex\0ample"), "ex<U+0000>ample");
        assert_eq!(codepoint('😀'), "U+1F600");
    }
}
