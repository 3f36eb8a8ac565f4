//! Zone-file character strings (RFC 1035 §5.1, §3.3): the strings of a TXT value and the tag
//! and value of a CAA record (RFC 8659 §4.1.1). A character-string is a run of characters
//! without white space, or any text between double quotes. In both, a backslash starts an
//! escape, and RFC 1035 §5.1 knows two: `\X` is the character X when X is not a digit, and
//! `\DDD` is the octet with the decimal value DDD, exactly three digits and at most 255.
//! Anything else after a backslash is refused with the place and what to type, never read as
//! something the user did not write.
//!
//! Outside quotes, parentheses only group (RFC 1035 §5.1) and a `;` after white space starts a
//! comment that runs to the end. A `;` glued to other text is refused: a value field holds no
//! comments, so it is data the user means to keep, and it needs quotes or `\;`.

/// One character-string that was read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Token {
    /// Its octets, escapes decoded.
    pub bytes: Vec<u8>,
    /// Whether it was written in double quotes.
    pub quoted: bool,
}

/// Why text does not read as character-strings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Problem {
    /// A backslash without `X` or `DDD` after it: its position (in characters, from 1), the
    /// escape as typed, and the text to type instead.
    Escape { position: usize, escape: String, fix: String },
    /// A quote that is not closed, text glued to a closing quote or to a `;`, or parentheses
    /// that do not balance.
    Syntax,
}

/// Whether `b` separates character-strings (RFC 1035 §5.1: blanks; line ends too, since a value
/// field is one entry).
fn is_blank(b: u8) -> bool {
    b.is_ascii_whitespace()
}

/// Reads `text` as character-strings separated by white space, quoted or not.
pub(crate) fn read(text: &str) -> Result<Vec<Token>, Problem> {
    let bytes = text.as_bytes();
    let mut tokens = Vec::new();
    let mut depth = 0_usize;
    // Whether the previous octet ends a token, so that a `;` here would be glued to it.
    let mut glued = false;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b if is_blank(b) => {
                glued = false;
                i += 1;
            }
            b'(' => {
                depth += 1;
                glued = false;
                i += 1;
            }
            b')' => {
                depth = depth.checked_sub(1).ok_or(Problem::Syntax)?;
                glued = false;
                i += 1;
            }
            b';' if glued => return Err(Problem::Syntax),
            b';' => break,
            b'"' => {
                let mut string = Vec::new();
                i += 1;
                loop {
                    match bytes.get(i) {
                        None => return Err(Problem::Syntax),
                        Some(b'"') => break,
                        Some(b'\\') => i = escape(text, i, &mut string)?,
                        Some(&b) => {
                            string.push(b);
                            i += 1;
                        }
                    }
                }
                i += 1;
                // `"a"b` is neither one string nor two.
                if bytes.get(i).is_some_and(|&b| !(is_blank(b) || matches!(b, b'"' | b'(' | b')'))) {
                    return Err(Problem::Syntax);
                }
                tokens.push(Token { bytes: string, quoted: true });
                glued = true;
            }
            _ => {
                let mut string = Vec::new();
                while let Some(&b) = bytes.get(i) {
                    match b {
                        b'\\' => i = escape(text, i, &mut string)?,
                        b';' => return Err(Problem::Syntax),
                        b'"' | b'(' | b')' => break,
                        b if is_blank(b) => break,
                        b => {
                            string.push(b);
                            i += 1;
                        }
                    }
                }
                tokens.push(Token { bytes: string, quoted: false });
                glued = true;
            }
        }
    }
    if depth != 0 {
        return Err(Problem::Syntax);
    }
    Ok(tokens)
}

/// `text` before its comment, if it has one: a `;` at the start or after white space, outside
/// quotes and not escaped, starts a comment that runs to the end (RFC 1035 §5.1). For the
/// values that are not read with [`read`] (addresses, names and numbers).
pub(crate) fn before_comment(text: &str) -> &str {
    let bytes = text.as_bytes();
    let mut quoted = false;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 1,
            b'"' => quoted = !quoted,
            b';' if !quoted && (i == 0 || is_blank(bytes[i - 1])) => return &text[..i],
            _ => {}
        }
        i += 1;
    }
    text
}

/// Reads all of `text` as one string, white space, quotes, parentheses and semicolons included:
/// how a zone editor takes a TXT value typed without quotes. Escapes are read as in [`read`].
pub(crate) fn read_whole(text: &str) -> Result<Vec<u8>, Problem> {
    let mut out = Vec::with_capacity(text.len());
    let mut i = 0;
    while let Some(offset) = text[i..].find('\\') {
        out.extend_from_slice(&text.as_bytes()[i..i + offset]);
        i = escape(text, i + offset, &mut out)?;
    }
    out.extend_from_slice(&text.as_bytes()[i..]);
    Ok(out)
}

/// Reads the escape whose backslash is at byte `at` of `text` into `out` and returns the byte
/// after it (RFC 1035 §5.1: `\X` with X not a digit, or `\DDD` with DDD at most 255).
fn escape(text: &str, at: usize, out: &mut Vec<u8>) -> Result<usize, Problem> {
    let rest = &text[at + 1..];
    let digits = rest.bytes().take(3).take_while(u8::is_ascii_digit).count();
    let bad = |escape: String, fix: String| Problem::Escape { position: text[..at].chars().count() + 1, escape, fix };
    if digits == 0 {
        let Some(c) = rest.chars().next() else {
            // A backslash at the end escapes nothing.
            return Err(bad("\\".to_owned(), "\\\\".to_owned()));
        };
        out.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes());
        return Ok(at + 1 + c.len_utf8());
    }
    let number = &rest[..digits];
    match number.parse::<u16>().ok().and_then(|n| u8::try_from(n).ok()) {
        Some(octet) if digits == 3 => {
            out.push(octet);
            Ok(at + 4)
        }
        // `\0` and `\01`: the octet needs all three digits.
        _ if digits < 3 => Err(bad(format!("\\{number}"), format!("\\{number:0>3}"))),
        // `\256`: no octet; a backslash itself is `\\`.
        _ => Err(bad(format!("\\{number}"), format!("\\\\{number}"))),
    }
}

/// One string in zone-file quotes: `"` and `\` escaped, other control and non-ASCII octets as
/// `\DDD`, except that UTF-8 text stays readable.
pub(crate) fn quote(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() + 2);
    out.push('"');
    let push_byte = |out: &mut String, b: u8| match b {
        b'"' | b'\\' => {
            out.push('\\');
            out.push(char::from(b));
        }
        b if b.is_ascii_control() || !b.is_ascii() => out.push_str(&format!("\\{b:03}")),
        b => out.push(char::from(b)),
    };
    match std::str::from_utf8(bytes) {
        Ok(text) => text.chars().for_each(|c| match u8::try_from(c) {
            Ok(b) if b.is_ascii() => push_byte(&mut out, b),
            _ => out.push(c),
        }),
        Err(_) => bytes.iter().for_each(|&b| push_byte(&mut out, b)),
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(text: &str) -> Result<Vec<Vec<u8>>, Problem> {
        read(text).map(|tokens| tokens.into_iter().map(|t| t.bytes).collect())
    }

    fn escape_problem(position: usize, escape: &str, fix: &str) -> Problem {
        Problem::Escape { position, escape: escape.to_owned(), fix: fix.to_owned() }
    }

    #[test]
    fn reads_quoted_and_unquoted_strings() {
        assert_eq!(strings(r#""a b" c "" d"#), Ok(vec![b"a b".to_vec(), b"c".to_vec(), vec![], b"d".to_vec()]));
        assert_eq!(strings(r#"a"b""c""#), Ok(vec![b"a".to_vec(), b"b".to_vec(), b"c".to_vec()]));
        assert_eq!(strings(r#"( "a" "b" ) ; note"#), Ok(vec![b"a".to_vec(), b"b".to_vec()]));
        assert_eq!(strings(""), Ok(vec![]));
    }

    #[test]
    fn decodes_the_two_escapes() {
        assert_eq!(strings(r#""\"\\\065\255\;" \ x"#), Ok(vec![b"\"\\A\xff;".to_vec(), b" x".to_vec()]));
        assert_eq!(read_whole(r#"a "b" \059 c"#), Ok(b"a \"b\" ; c".to_vec()));
        assert_eq!(read_whole("\\ü"), Ok("ü".as_bytes().to_vec()));
    }

    #[test]
    fn refuses_other_escapes_with_the_place_and_the_fix() {
        assert_eq!(strings(r#""\0""#), Err(escape_problem(2, "\\0", "\\000")));
        assert_eq!(strings(r#""\01x""#), Err(escape_problem(2, "\\01", "\\001")));
        assert_eq!(strings(r#"ab \256"#), Err(escape_problem(4, "\\256", "\\\\256")));
        assert_eq!(read_whole("grüße \\9"), Err(escape_problem(7, "\\9", "\\009")));
        assert_eq!(read_whole("end\\"), Err(escape_problem(4, "\\", "\\\\")));
    }

    #[test]
    fn refuses_broken_quoting() {
        for text in [r#""open"#, r#""a"b"#, "a;b", r#""a";b"#, "( a", "a )", r#""a\""#] {
            assert_eq!(strings(text), Err(Problem::Syntax), "{text}");
        }
    }

    #[test]
    fn finds_where_a_comment_starts() {
        assert_eq!(before_comment("10 mx.example.net. ; backup"), "10 mx.example.net. ");
        assert_eq!(before_comment(";only a comment"), "");
        for text in ["a;b", "a \\; b", r#""a ;b""#, "no comment"] {
            assert_eq!(before_comment(text), text);
        }
    }

    #[test]
    fn quotes_what_it_read() {
        assert_eq!(quote(b"say \"hi\" \\ \t"), r#""say \"hi\" \\ \009""#);
        assert_eq!(quote("grüße".as_bytes()), "\"grüße\"");
        assert_eq!(quote(b"\xff"), r#""\255""#);
    }
}
