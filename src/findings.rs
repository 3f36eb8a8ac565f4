//! Collects the diagnostics of one check, rendering each message in the requested locale; and
//! the one diagnostic of a request that could not be read at all.

use crate::code::Code;
use crate::locale::Locale;
use crate::report::{Diagnostic, Params, Severity};

/// At most this many diagnostics of one code and severity about one input: more of the same say
/// nothing new, and without a bound a hostile input (a name of a thousand tiny labels, each
/// broken) makes a report, and the time to render it, grow far beyond the input.
pub const MAX_PER_CODE: usize = 8;

/// At most this many diagnostics in all about one input, for the same reason.
pub const MAX_DIAGNOSTICS: usize = 64;

/// The diagnostics found so far about one input.
#[derive(Debug)]
pub struct Findings {
    locale: Locale,
    path: &'static str,
    list: Vec<Diagnostic>,
    /// Errors found, those left out of the list included.
    errors: usize,
}

impl Findings {
    /// An empty list whose diagnostics will carry `path`.
    pub fn new(locale: Locale, path: &'static str) -> Self {
        Findings { locale, path, list: Vec::new(), errors: 0 }
    }

    /// Adds an error.
    pub fn error(&mut self, code: Code, params: Params) {
        self.push(code, Severity::Error, params);
    }

    /// Adds a warning.
    pub fn warning(&mut self, code: Code, params: Params) {
        self.push(code, Severity::Warning, params);
    }

    /// Adds an info.
    pub fn info(&mut self, code: Code, params: Params) {
        self.push(code, Severity::Info, params);
    }

    /// Adds a diagnostic of any severity, unless [`MAX_PER_CODE`] of its kind or
    /// [`MAX_DIAGNOSTICS`] in all are there.
    pub fn push(&mut self, code: Code, severity: Severity, params: Params) {
        let is_error = severity == Severity::Error;
        let first_error = is_error && self.errors == 0;
        self.errors += usize::from(is_error);
        // The lists are short: count only once one could hold too many of a kind.
        let room_for_kind = self.list.len() < MAX_PER_CODE
            || self.list.iter().filter(|d| d.code == code && d.severity == severity).count() < MAX_PER_CODE;
        // The first error always goes in, so that `ok` never hides a refusal.
        if room_for_kind && (self.list.len() < MAX_DIAGNOSTICS || first_error) {
            self.list.push(Diagnostic::new(code, severity, self.path, params, self.locale));
        }
    }

    /// How many errors were found so far (those left out of the list included).
    pub fn error_count(&self) -> usize {
        self.errors
    }

    /// The diagnostics, in the order they were found.
    pub fn into_vec(self) -> Vec<Diagnostic> {
        self.list
    }
}

/// The diagnostic for a request that could not be read (JSON of another shape), with the
/// parser's explanation as `detail`: the one place a serde error becomes a diagnostic. A
/// position (`at line 1 column 12`) is dropped, as it depends on how the JSON was written.
pub fn unreadable(code: Code, path: &str, detail: &str, locale: Locale) -> Diagnostic {
    let detail = detail.rfind(" at line ").map_or(detail, |at| &detail[..at]);
    Diagnostic::new(code, Severity::Error, path, Params::new().with("detail", detail), locale)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_parser_position_is_dropped() {
        let d = unreadable(Code::OrderInvalid, "order", "expected `,` or `}` at line 1 column 12", Locale::En);
        assert_eq!(d.params.get("detail"), Some(&crate::ParamValue::Text("expected `,` or `}`".into())));
        assert_eq!((d.path.as_str(), d.severity), ("order", Severity::Error));
    }
}
