//! The report model shared by every check: a verdict and a list of diagnostics. Vocabulary: it
//! imports only the codes and the display of characters; the messages module renders a
//! diagnostic's sentence (`Diagnostic::new`).
//!
//! Serialised with serde into exactly the shapes of the external contract (camelCase keys).

use std::fmt::Write;

use serde::Serialize;
use serde::ser::SerializeMap;

use crate::code::Code;

/// How bad a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The registry or the DNS would refuse this.
    Error,
    /// It will probably go wrong or is surprising; the user should look.
    Warning,
    /// A hint, or a normalisation that was applied.
    Info,
}

/// One value a message can refer to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum ParamValue {
    /// A number (lengths, indexes, limits).
    Int(i64),
    /// A text (labels, characters, suggestions).
    Text(String),
}

impl ParamValue {
    /// About how many bytes the value takes in a message (a text's own length, a number's
    /// longest), to size the message before it is written.
    pub fn shown_len_hint(&self) -> usize {
        match self {
            ParamValue::Int(_) => 20,
            ParamValue::Text(text) => text.len(),
        }
    }

    /// Appends the value as it appears inside a message: invisible characters (joiners, bidi
    /// controls, spaces, controls) never appear raw, but as `U+XXXX`.
    pub fn write_display(&self, out: &mut String) {
        match self {
            // Written in place, without the allocation of `to_string`.
            ParamValue::Int(n) => {
                let _ = write!(out, "{n}");
            }
            ParamValue::Text(s) => out.push_str(&crate::display::safe_text(s)),
        }
    }
}

impl From<usize> for ParamValue {
    fn from(n: usize) -> Self {
        ParamValue::Int(i64::try_from(n).unwrap_or(i64::MAX))
    }
}

impl From<i64> for ParamValue {
    fn from(n: i64) -> Self {
        ParamValue::Int(n)
    }
}

impl From<&str> for ParamValue {
    fn from(s: &str) -> Self {
        ParamValue::Text(s.to_owned())
    }
}

impl From<String> for ParamValue {
    fn from(s: String) -> Self {
        ParamValue::Text(s)
    }
}

/// The named values of a diagnostic, kept in the order they were added.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Params(Vec<(&'static str, ParamValue)>);

impl Params {
    /// No values.
    pub fn new() -> Self {
        Params(Vec::new())
    }

    /// Adds a value (builder style).
    pub fn with(self, key: &'static str, value: impl Into<ParamValue>) -> Self {
        self.with_value(key, value.into())
    }

    /// Adds a value; kept out of line, so the many builders of params stay small in the
    /// WebAssembly module.
    #[inline(never)]
    fn with_value(mut self, key: &'static str, value: ParamValue) -> Self {
        // Room for the params of most diagnostics at once, instead of growing twice.
        if self.0.capacity() == 0 {
            self.0.reserve_exact(6);
        }
        self.0.push((key, value));
        self
    }

    /// Looks a value up by name.
    pub fn get(&self, key: &str) -> Option<&ParamValue> {
        self.0.iter().find(|(k, _)| *k == key).map(|(_, v)| v)
    }

    /// All values in order.
    pub fn iter(&self) -> impl Iterator<Item = (&'static str, &ParamValue)> {
        self.0.iter().map(|(k, v)| (*k, v))
    }
}

impl Serialize for Params {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (k, v) in &self.0 {
            map.serialize_entry(k, v)?;
        }
        map.end()
    }
}

/// One finding about one input.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    /// Stable machine-readable identifier; see `docs/codes.md`.
    pub code: Code,
    /// How bad it is.
    pub severity: Severity,
    /// Which input it is about, in the request's own key names (`domain`, `record.name`, ...).
    pub path: String,
    /// A complete sentence for the end customer, in the requested locale.
    pub message: String,
    /// The values the message uses.
    pub params: Params,
}

/// `true` exactly when no diagnostic is an error.
pub fn is_ok(diagnostics: &[Diagnostic]) -> bool {
    diagnostics.iter().all(|d| d.severity != Severity::Error)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_written_as_to_string_writes_them() {
        for n in [0, 7, -7, 10, 253, -1000, 1_000_000_007, i64::MAX, i64::MIN] {
            let mut out = String::from("x");
            ParamValue::Int(n).write_display(&mut out);
            assert_eq!(out, format!("x{n}"));
        }
    }
}
