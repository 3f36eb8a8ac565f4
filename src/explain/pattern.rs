//! The small pattern language of the error catalogue: literal text with named captures, matched
//! from the start of a registrar's text.
//!
//! - Literal text matches without regard to ASCII case; a space matches any run of white space,
//!   or none, and white space before punctuation is skipped (`attribute ;X-CA` matches
//!   `attribute; X-CA`).
//! - A token capture takes the longest run of its characters and may not be empty: `{attr}` and
//!   `{role}` letters, digits, `-` and `_`; `{tld}` letters; `{n}` digits; `{host}` a host name;
//!   `{element}` an EPP element or attribute name (`contact:fax`, `COUNTRY`); `{class}` anything
//!   but white space.
//! - `{any}` takes the shortest text up to the literal that follows it; any other capture
//!   (`{inner}`, `{value}`, ...) the shortest text outside brackets, so that it keeps what a
//!   registry nested in parentheses. At the end of a pattern, either takes the rest of the text
//!   (without a final full stop). Only `{any}` and `{value}` may be empty.
//! - A pattern ending in `$` matches only the whole text (a final full stop aside); otherwise it
//!   matches the start of the text and leaves the rest.
//!
//! Nothing backtracks: each literal is found once, so matching stays linear in the text for
//! every pattern.
//!
//! Not the `regex-lite` crate: one case-insensitive pattern with a capture costs 63,956 bytes
//! raw and 30,184 gzipped in a WebAssembly module of its own, and 19,826 gzipped added to this
//! crate's module (0.1, `wasm-opt -Oz`, measured 2026-12-07), against about 2 KB for this
//! matcher; and the catalogue reads better as text with named holes than as regular expressions.

/// What a pattern captured, by name, in the order of the pattern.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Captures<'t> {
    values: Vec<(&'static str, &'t str)>,
    /// The text after the match.
    pub rest: &'t str,
}

impl<'t> Captures<'t> {
    /// The text captured as `name`, if the pattern has that capture.
    pub fn get(&self, name: &str) -> Option<&'t str> {
        self.values.iter().find(|(n, _)| *n == name).map(|(_, v)| *v)
    }
}

/// One piece of a pattern.
enum Piece<'p> {
    Literal(&'p str),
    Capture(&'p str),
}

/// Splits a pattern into literals and captures.
fn pieces(pattern: &str) -> impl Iterator<Item = Piece<'_>> {
    let mut rest = pattern;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        if let Some(after) = rest.strip_prefix('{') {
            let close = after.find('}').unwrap_or(after.len());
            let name = &after[..close];
            rest = after.get(close + 1..).unwrap_or("");
            return Some(Piece::Capture(name));
        }
        let end = rest.find('{').unwrap_or(rest.len());
        let literal = &rest[..end];
        rest = &rest[end..];
        Some(Piece::Literal(literal))
    })
}

/// Whether a character belongs to a token capture.
fn token_char(name: &str, c: char) -> Option<bool> {
    Some(match name {
        "attr" | "role" => c.is_ascii_alphanumeric() || c == '-' || c == '_',
        "tld" => c.is_ascii_alphabetic(),
        "n" | "min" => c.is_ascii_digit(),
        "host" => c.is_ascii_alphanumeric() || matches!(c, '-' | '.' | '_') || !c.is_ascii() && c.is_alphanumeric(),
        "element" => c.is_ascii_alphanumeric() || matches!(c, ':' | '-' | '_'),
        "class" => !c.is_whitespace(),
        _ => return None,
    })
}

/// The length of `literal` matched at the start of `text`, if it matches there.
fn literal_at(text: &str, literal: &str) -> Option<usize> {
    let mut t = text.char_indices().peekable();
    for p in literal.chars() {
        if p == ' ' {
            while t.next_if(|(_, c)| c.is_whitespace()).is_some() {}
            continue;
        }
        if !p.is_alphanumeric() {
            while t.next_if(|(_, c)| c.is_whitespace()).is_some() {}
        }
        match t.next() {
            Some((_, c)) if c.eq_ignore_ascii_case(&p) => {}
            _ => return None,
        }
    }
    Some(t.next().map_or(text.len(), |(i, _)| i))
}

/// The first position from which `literal` matches in `text` (outside brackets when `nested` is
/// false), with the length matched.
fn find_literal(text: &str, literal: &str, nested: bool) -> Option<(usize, usize)> {
    let mut depth = 0usize;
    for (i, c) in text.char_indices() {
        if depth == 0
            && let Some(length) = literal_at(&text[i..], literal)
        {
            return Some((i, length));
        }
        match c {
            '(' | '[' if !nested => depth += 1,
            ')' | ']' if !nested => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    None
}

/// Whether a capture may be empty.
fn may_be_empty(name: &str) -> bool {
    matches!(name, "any" | "value")
}

/// Matches `pattern` at the start of `text`.
pub fn matches<'t>(pattern: &'static str, text: &'t str) -> Option<Captures<'t>> {
    let (pattern, whole) = match pattern.strip_suffix('$') {
        Some(pattern) => (pattern, true),
        None => (pattern, false),
    };
    let mut captures = Captures::default();
    let mut at = 0;
    let mut pending: Option<&'static str> = None;
    for piece in pieces(pattern) {
        match piece {
            Piece::Literal(literal) => {
                let rest = &text[at..];
                let (start, length) = match pending.take() {
                    Some(name) => {
                        let (start, length) = find_literal(rest, literal, name == "any")?;
                        let value = rest[..start].trim();
                        if value.is_empty() && !may_be_empty(name) {
                            return None;
                        }
                        captures.values.push((name, value));
                        (start, length)
                    }
                    None => (0, literal_at(rest, literal)?),
                };
                at += start + length;
            }
            Piece::Capture(name) => {
                let rest = &text[at..];
                match token_char(name, ' ') {
                    Some(_) => {
                        let skipped = rest.len() - rest.trim_start().len();
                        let rest = &rest[skipped..];
                        let length = rest
                            .char_indices()
                            .find(|&(_, c)| token_char(name, c) != Some(true))
                            .map_or(rest.len(), |(i, _)| i);
                        if length == 0 {
                            return None;
                        }
                        captures.values.push((name, &rest[..length]));
                        at += skipped + length;
                    }
                    None => pending = Some(name),
                }
            }
        }
    }
    if let Some(name) = pending {
        // At the end of a pattern a capture ends where the sentence does.
        let value = text[at..].trim().trim_end_matches('.').trim_end();
        if value.is_empty() && !may_be_empty(name) {
            return None;
        }
        captures.values.push((name, value));
        at = text.len();
    }
    captures.rest = &text[at..];
    if whole && !captures.rest.trim().trim_start_matches('.').trim().is_empty() {
        return None;
    }
    Some(captures)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literals_ignore_case_and_spacing() {
        let c = matches("Missing required attribute; {attr}", "missing  REQUIRED attribute ;X-CA-LEGALTYPE").unwrap();
        assert_eq!(c.get("attr"), Some("X-CA-LEGALTYPE"));
        assert_eq!(c.rest, "");
        assert!(matches("Missing required attribute; {attr}", "Missing attribute; X").is_none());
    }

    #[test]
    fn lazy_captures_stop_at_the_next_literal_outside_brackets() {
        let text =
            "INVALID CONTACT [OWNERCONTACT (Unaccepted value for contact:fax (Value (x)) (you specified value as ''))]";
        let c = matches("INVALID CONTACT [{role} ({inner})]", text).unwrap();
        assert_eq!(c.get("role"), Some("OWNERCONTACT"));
        assert_eq!(c.get("inner"), Some("Unaccepted value for contact:fax (Value (x)) (you specified value as '')"));
        let c = matches(
            "Price mismatch. Got {got}, but expected {expected}.",
            "Price mismatch. Got 12.50, but expected 20.",
        )
        .unwrap();
        assert_eq!((c.get("got"), c.get("expected")), (Some("12.50"), Some("20")));
    }

    #[test]
    fn whole_patterns_and_empty_captures() {
        assert!(matches("Unauthorized$", "Unauthorized.").is_some());
        assert!(matches("Unauthorized$", "Unauthorized transfer: locked").is_none());
        assert!(matches("Got {got}, but expected {expected}", "Got 12, but expected .").is_none());
        let c = matches("as '{value}')", "as '')").unwrap();
        assert_eq!(c.get("value"), Some(""));
    }

    #[test]
    fn token_captures_need_a_character_and_leave_the_rest() {
        assert!(
            matches("Object does not exist; ns {host} does not exist", "Object does not exist; ns  does not exist")
                .is_none()
        );
        let c = matches("CLASS={class} required", "CLASS=PREMIUM_ICU_USD:6:6 required for Transfer").unwrap();
        assert_eq!(c.get("class"), Some("PREMIUM_ICU_USD:6:6"));
        assert_eq!(c.rest, " for Transfer");
        let c = matches("{any}VATID is mandatory", "Prohibited parameter (VATID is mandatory)").unwrap();
        assert_eq!(c.get("any"), Some("Prohibited parameter ("));
        assert!(matches("({inner}) end", "(a (b) end) end").is_some_and(|c| c.get("inner") == Some("a (b) end")));
    }
}
