//! Provenance: where a rule or a fact comes from. Vocabulary of the ground floor; it imports
//! nothing of the crate.

/// Where a rule comes from: the page (registry policy, registrar FAQ, RFC) and when it was
/// published, last changed, or read. Provenance for code, documentation and tests; the
/// WebAssembly build, which never shows it, keeps none of the text (`url` and `date` are
/// empty there), so sources cost no bytes on a checkout page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Source {
    #[cfg(not(target_arch = "wasm32"))]
    url: &'static str,
    #[cfg(not(target_arch = "wasm32"))]
    date: &'static str,
}

impl Source {
    /// A source: its page and its date.
    #[cfg(not(target_arch = "wasm32"))]
    pub const fn new(url: &'static str, date: &'static str) -> Source {
        Source { url, date }
    }

    /// A source: its page and its date (not kept in the WebAssembly build).
    #[cfg(target_arch = "wasm32")]
    pub const fn new(_url: &'static str, _date: &'static str) -> Source {
        Source {}
    }

    /// The page.
    pub fn url(&self) -> &'static str {
        #[cfg(not(target_arch = "wasm32"))]
        return self.url;
        #[cfg(target_arch = "wasm32")]
        return "";
    }

    /// When it was published, last changed, or read.
    pub fn date(&self) -> &'static str {
        #[cfg(not(target_arch = "wasm32"))]
        return self.date;
        #[cfg(target_arch = "wasm32")]
        return "";
    }
}

/// A policy value with the rule it encodes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cited<T> {
    /// The value.
    pub value: T,
    /// Where it comes from.
    pub source: Source,
}
