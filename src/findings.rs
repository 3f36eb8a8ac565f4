//! Collects the diagnostics of one check, rendering each message in the requested locale.

use crate::code::Code;
use crate::messages::Locale;
use crate::report::{Diagnostic, Params, Severity};

/// The diagnostics found so far about one input.
#[derive(Debug)]
pub struct Findings {
    locale: Locale,
    path: &'static str,
    list: Vec<Diagnostic>,
}

impl Findings {
    /// An empty list whose diagnostics will carry `path`.
    pub fn new(locale: Locale, path: &'static str) -> Self {
        Findings { locale, path, list: Vec::new() }
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

    /// Adds a diagnostic of any severity.
    pub fn push(&mut self, code: Code, severity: Severity, params: Params) {
        self.list.push(Diagnostic::new(code, severity, self.path, params, self.locale));
    }

    /// How many errors were added so far.
    pub fn error_count(&self) -> usize {
        self.list.iter().filter(|d| d.severity == Severity::Error).count()
    }

    /// The diagnostics, in the order they were found.
    pub fn into_vec(self) -> Vec<Diagnostic> {
        self.list
    }
}
