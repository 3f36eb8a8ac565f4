//! Texts built from fragments that matter to the engine and from arbitrary strings.

use arbitrary::Arbitrary;

/// Fragments of names and values that reach the engine's rules: dots and their look-alikes,
/// hyphens, IDN and A-labels, joiners, bidi and combining characters, deviation characters,
/// mapped and disallowed characters, URL and address pieces, white space and controls.
pub const WORDS: &[&str] = &[
    "",
    "a",
    "ab",
    "abc",
    "example",
    "eksempel",
    "esempio",
    "beispiel",
    "hexo",
    "www",
    "mail",
    "ns1",
    "xn--",
    "xn--mller-kva",
    "xn--a",
    "xn--zz",
    "müller",
    "Müller",
    "MÜLLER",
    "blåbær",
    "ñandu",
    "ß",
    "straße",
    "ς",
    "日本",
    "пример",
    "аррӏе",
    "ελληνικά",
    "مثال",
    "١٢٣",
    "٠",
    "۰",
    "עברית",
    "l·l",
    "·",
    "͵",
    "׳",
    "・",
    "ー",
    "-",
    "--",
    "ab--",
    "_",
    "_sip",
    "_tcp",
    "*",
    "@",
    ".",
    "..",
    "。",
    "．",
    "｡",
    "\u{200C}",
    "\u{200D}",
    "\u{202E}",
    "\u{200F}",
    "\u{00AD}",
    "\u{034F}",
    "\u{FEFF}",
    "\u{0301}",
    "\u{0308}",
    "\u{10E60}",
    "Ａ",
    "ⓐ",
    "①",
    "⒈",
    "😀",
    "\u{00A0}",
    "\u{3000}",
    " ",
    "\t",
    "\n",
    "\0",
    "\u{7F}",
    "\u{FFFD}",
    "0",
    "1",
    "9",
    "10",
    "65535",
    "65536",
    "255",
    "256",
    "-1",
    "on",
    "true",
    "false",
    "x",
    "http://",
    "https://",
    "mailto:",
    "/",
    ":",
    "%",
    "\\",
    "\"",
    "'",
    "#",
    "?",
    "=",
    "1.2.3.4",
    "192.0.2.1",
    "81.91.170.12",
    "::1",
    "2a00:1450::1",
    "2001:db8::1",
    "de",
    "dk",
    "it",
    "ca",
    "com",
    "co.uk",
    "uk",
    "eu",
    "fr",
    "local",
    "internal",
    "onion",
    "arpa",
    "blogspot.com",
    "xn--p1ai",
    "рф",
    "DK",
    "IT",
    "DE",
    "CA",
    "ON",
    "RM",
    "00100",
    "8000",
    "K1A 0B1",
    "DK13585628",
    "RSSMRA45C12F205C",
    "IT00743110157",
    "DE136695976",
    "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
];

/// One piece of a text.
#[derive(Arbitrary, Debug, Clone)]
pub enum Piece {
    /// A fragment from the table in use.
    Word(u8),
    /// A fragment from [`WORDS`].
    Common(u8),
    /// A character.
    Char(char),
    /// Any string.
    Raw(String),
    /// A fragment repeated (long and hostile input from a few bytes).
    Repeat(u8, u8),
}

/// A text: pieces joined.
#[derive(Arbitrary, Debug, Clone)]
pub struct Text(pub Vec<Piece>);

impl Text {
    /// The text, taking `Word` pieces from `words` (or from [`WORDS`] when it is empty).
    pub fn build(&self, words: &[&str]) -> String {
        let table = if words.is_empty() { WORDS } else { words };
        let mut out = String::new();
        for piece in &self.0 {
            match piece {
                Piece::Word(i) => out.push_str(pick(table, *i)),
                Piece::Common(i) => out.push_str(pick(WORDS, *i)),
                Piece::Char(c) => out.push(*c),
                Piece::Raw(s) => out.push_str(s),
                Piece::Repeat(i, n) => {
                    let word = pick(table, *i);
                    for _ in 0..*n {
                        out.push_str(word);
                    }
                }
            }
        }
        out
    }
}

/// The entry `i` of `list`, wrapping around.
pub fn pick<T: Copy>(list: &[T], i: impl Into<usize>) -> T {
    list[i.into() % list.len()]
}
