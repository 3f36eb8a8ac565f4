//! The one collector of diagnostics every check uses, rendering each message in the requested
//! locale; and the one diagnostic of a request that could not be read at all.

use crate::code::Code;
use crate::locale::Locale;
use crate::report::{Diagnostic, Params, Severity};

/// At most this many diagnostics of one code and severity about one input: more of the same say
/// nothing new, and without a bound a hostile input (a name of a thousand tiny labels, each
/// broken) makes a report, and the time to render it, grow far beyond the input.
pub const MAX_PER_CODE: usize = 8;

/// At most this many diagnostics in all about one input, for the same reason.
pub const MAX_DIAGNOSTICS: usize = 64;

/// The diagnostics found so far by one check.
#[derive(Debug)]
pub struct Findings {
    locale: Locale,
    /// The path of [`Findings::push`] and its kin.
    path: &'static str,
    list: Vec<Diagnostic>,
    /// Errors found, those left out of the list included.
    errors: usize,
    /// Whether [`MAX_PER_CODE`] and [`MAX_DIAGNOSTICS`] apply.
    bounded: bool,
    /// Whether diagnostics are kept, or only their errors counted ([`Findings::counting`]).
    keep: bool,
}

impl Findings {
    /// An empty list about one input (a name), whose diagnostics will carry `path`, bounded by
    /// [`MAX_PER_CODE`] and [`MAX_DIAGNOSTICS`].
    pub fn new(locale: Locale, path: &'static str) -> Self {
        Findings { locale, path, list: Vec::new(), errors: 0, bounded: true, keep: true }
    }

    /// A list that keeps no diagnostic and renders no message, only counts the errors: for a
    /// check whose answer is yes or no ([`crate::domain::is_registrable`]).
    pub fn counting(path: &'static str) -> Self {
        Findings { locale: Locale::En, path, list: Vec::new(), errors: 0, bounded: true, keep: false }
    }

    /// An empty list for a check whose diagnostics each name their path ([`Findings::push_at`]):
    /// an order, a record, a contact. It keeps every diagnostic: each is about an input of its
    /// own, and their inputs are bounded by the request's.
    pub fn with_paths(locale: Locale) -> Self {
        Findings { locale, path: "", list: Vec::new(), errors: 0, bounded: false, keep: true }
    }

    /// The locale messages are rendered in.
    pub fn locale(&self) -> Locale {
        self.locale
    }

    /// Adds a diagnostic about `path`.
    pub fn push_at(&mut self, code: Code, severity: Severity, path: impl Into<String>, params: Params) {
        if self.admit(code, severity) && self.keep {
            self.list.push(Diagnostic::new(code, severity, path, params, self.locale));
        }
    }

    /// Adds diagnostics another check found (their messages already rendered).
    pub fn extend(&mut self, diagnostics: impl IntoIterator<Item = Diagnostic>) {
        for diagnostic in diagnostics {
            if self.admit(diagnostic.code, diagnostic.severity) && self.keep {
                self.list.push(diagnostic);
            }
        }
    }

    /// The diagnostics so far.
    pub fn as_slice(&self) -> &[Diagnostic] {
        &self.list
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

    /// Adds a diagnostic about this list's path (a list made by [`Findings::new`]; the others
    /// name a path with each diagnostic).
    pub fn push(&mut self, code: Code, severity: Severity, params: Params) {
        debug_assert!(self.bounded, "a list with paths takes push_at");
        self.push_at(code, severity, self.path, params);
    }

    /// Counts a diagnostic found and says whether it goes in the list: always without bounds;
    /// with them, unless [`MAX_PER_CODE`] of its kind or [`MAX_DIAGNOSTICS`] in all are there.
    fn admit(&mut self, code: Code, severity: Severity) -> bool {
        let is_error = severity == Severity::Error;
        let first_error = is_error && self.errors == 0;
        self.errors += usize::from(is_error);
        if !self.bounded {
            return true;
        }
        // The lists are short: count only once one could hold too many of a kind.
        let room_for_kind = self.list.len() < MAX_PER_CODE
            || self.list.iter().filter(|d| d.code == code && d.severity == severity).count() < MAX_PER_CODE;
        // The first error always goes in, so that `ok` never hides a refusal.
        room_for_kind && (self.list.len() < MAX_DIAGNOSTICS || first_error)
    }

    /// Whether the answer is known: a list that only counts ([`Findings::counting`]) has an
    /// error, so nothing a later check finds can change it, and the checks may stop.
    pub fn settled(&self) -> bool {
        !self.keep && self.errors > 0
    }

    /// Whether diagnostics are kept: `false` for a list that only counts errors
    /// ([`Findings::counting`]), where a check may skip what can only warn or inform.
    pub fn keeps(&self) -> bool {
        self.keep
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
/// parser's explanation as `detail`: the one place a serde error becomes a diagnostic.
pub fn unreadable(code: Code, path: &str, detail: &str, locale: Locale) -> Diagnostic {
    Diagnostic::new(code, Severity::Error, path, Params::new().with("detail", without_position(detail)), locale)
}

/// A JSON parser's explanation without its position (`at line 1 column 12`), which depends on
/// how the JSON was written rather than on what is wrong with it.
pub fn without_position(detail: &str) -> &str {
    detail.rfind(" at line ").map_or(detail, |at| &detail[..at])
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
