//! A report's texts in the compact form that crosses into JS in one call: every text in one
//! UTF-8 buffer, and a layout of numbers that gives each text's length in UTF-16 code units
//! (a JS string's `length`) and the values that are not texts. The JS side decodes the buffer
//! once and cuts it, instead of decoding each text on its own (a decoder call costs about as
//! much as the check of a short name).
//!
//! The layout of a list of diagnostics: their count, then for each its code, severity (0 error,
//! 1 warning, 2 info), path and message, the count of its params, and for each param its key
//! and its value, the value's length shifted left by one with the low bit set for a number
//! (written in decimal). A text stands in the layout as its length.

use crate::report::{Diagnostic, ParamValue, Severity};

/// Texts and layout, filled in the order the JS side reads them.
#[derive(Debug, Default)]
pub struct Packed {
    /// The texts, one after the other.
    pub text: String,
    /// Lengths and values, in reading order.
    pub layout: Vec<u32>,
}

impl Packed {
    /// Nothing yet.
    pub const fn new() -> Self {
        Packed { text: String::new(), layout: Vec::new() }
    }

    /// Empties both parts, keeping their room for the next report.
    pub fn clear(&mut self) {
        self.text.clear();
        self.layout.clear();
    }

    /// Adds a text.
    pub fn text(&mut self, text: &str) {
        self.text.push_str(text);
        self.layout.push(utf16_len(text));
    }

    /// Adds a number.
    pub fn number(&mut self, value: u32) {
        self.layout.push(value);
    }

    /// Adds a list of diagnostics.
    pub fn diagnostics(&mut self, diagnostics: &[Diagnostic]) {
        self.number(count(diagnostics.len()));
        for diagnostic in diagnostics {
            self.text(diagnostic.code.as_str());
            self.number(match diagnostic.severity {
                Severity::Error => 0,
                Severity::Warning => 1,
                Severity::Info => 2,
            });
            self.text(&diagnostic.path);
            self.text(&diagnostic.message);
            self.number(count(diagnostic.params.iter().count()));
            for (key, value) in diagnostic.params.iter() {
                self.text(key);
                match value {
                    ParamValue::Text(text) => {
                        self.text.push_str(text);
                        self.layout.push(utf16_len(text) << 1);
                    }
                    ParamValue::Int(_) => {
                        // In decimal, as messages show it (ASCII: its bytes are its UTF-16 units).
                        let start = self.text.len();
                        value.write_display(&mut self.text);
                        self.layout.push((count(self.text.len() - start) << 1) | 1);
                    }
                }
            }
        }
    }
}

/// A count as a layout number (no report has four billion diagnostics or params).
fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// The length of `text` in UTF-16 code units: one per character, two for one beyond the Basic
/// Multilingual Plane. Counted on the bytes: every byte but a continuation byte starts a
/// character, and a four-byte lead starts one of two units.
pub fn utf16_len(text: &str) -> u32 {
    let units: usize = text.bytes().map(|b| usize::from((b & 0xC0) != 0x80) + usize::from(b >= 0xF0)).sum();
    u32::try_from(units).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::code::Code;
    use crate::report::Params;

    #[test]
    fn utf16_lengths_are_those_of_js_strings() {
        for text in ["", "abc", "müller", "€", "😀", "a😀b€ü", "\u{10FFFF}\u{0}", "ꙮ𝕏"] {
            assert_eq!(utf16_len(text) as usize, text.encode_utf16().count(), "{text}");
        }
    }

    /// Reads the packed diagnostics back the way the JS side does, as (code, severity, path,
    /// message, params) with each param's value as text and whether it is a number.
    type Unpacked = (String, u32, String, String, Vec<(String, String, bool)>);

    fn unpack(packed: &Packed) -> Vec<Unpacked> {
        let units: Vec<u16> = packed.text.encode_utf16().collect();
        let (mut at, mut i) = (0, 0);
        let mut next_len = || {
            i += 1;
            packed.layout[i - 1] as usize
        };
        let mut cut = |len: usize| {
            at += len;
            String::from_utf16(&units[at - len..at]).unwrap()
        };
        let mut out = Vec::new();
        for _ in 0..next_len() {
            let code = cut(next_len());
            let severity = next_len() as u32;
            let path = cut(next_len());
            let message = cut(next_len());
            let mut params = Vec::new();
            for _ in 0..next_len() {
                let key = cut(next_len());
                let value = next_len();
                params.push((key, cut(value >> 1), value & 1 == 1));
            }
            out.push((code, severity, path, message, params));
        }
        out
    }

    #[test]
    fn diagnostics_read_back_as_they_were_written() {
        let diagnostics = vec![
            Diagnostic {
                code: Code::NameLabelTooLong,
                severity: Severity::Error,
                path: "domain".into(),
                message: "“😀ü” is too long.".into(),
                params: Params::new().with("label", "😀ü").with("length", 70i64).with("max", -3i64),
            },
            Diagnostic {
                code: Code::ZoneUnknownTld,
                severity: Severity::Info,
                path: "record.name".into(),
                message: String::new(),
                params: Params::new(),
            },
        ];
        let mut packed = Packed::new();
        packed.diagnostics(&diagnostics);
        let read = unpack(&packed);
        assert_eq!(read.len(), 2);
        assert_eq!(read[0].0, "name.label_too_long");
        assert_eq!((read[0].1, read[1].1), (0, 2));
        assert_eq!((read[0].2.as_str(), read[1].2.as_str()), ("domain", "record.name"));
        assert_eq!(read[0].3, "“😀ü” is too long.");
        assert_eq!(
            read[0].4,
            vec![
                ("label".into(), "😀ü".into(), false),
                ("length".into(), "70".into(), true),
                ("max".into(), "-3".into(), true)
            ]
        );
        assert!(read[1].4.is_empty() && read[1].3.is_empty());
        // Emptied, the next report starts afresh.
        packed.clear();
        packed.diagnostics(&[]);
        assert_eq!((packed.text.len(), packed.layout.as_slice()), (0, &[0][..]));
    }
}
