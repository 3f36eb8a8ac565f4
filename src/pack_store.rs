//! The translations of the locales loaded at run time from locale packs (see
//! [`crate::locale_pack`], which reads and checks them), for a build that compiles the texts of
//! English alone. A leaf: the message catalogue and the translation tables read it.

use std::sync::OnceLock;
use std::sync::atomic::{AtomicBool, Ordering};

use crate::locale::Locale;

/// One locale's translations, each table in the order of the compiled one; an empty string
/// where the locale says what English says.
#[derive(Debug)]
pub struct Loaded {
    /// Each code's message, by code.
    pub messages: Vec<&'static str>,
    /// Each field-set text, by its row in `TEXTS`.
    pub texts: Vec<&'static str>,
    /// Each word, by its row in `WORDS`.
    pub words: Vec<&'static str>,
    /// Each country's name, by its row in the country tables.
    pub country_names: Vec<&'static str>,
    /// The country rows in the locale's alphabetical order of their names.
    pub country_order: Vec<u8>,
}

/// The loaded packs, by locale index.
static LOADED: [OnceLock<Loaded>; Locale::ALL.len()] = [const { OnceLock::new() }; Locale::ALL.len()];

/// Keeps `loaded` as `locale`'s translations; a locale already loaded keeps its first pack.
pub fn install(locale: Locale, loaded: Loaded) {
    let _ = LOADED[locale.index()].set(loaded);
}

/// Whether a locale's texts have been asked for before its pack was loaded, by locale index.
static ASKED_UNLOADED: [AtomicBool; Locale::ALL.len()] = [const { AtomicBool::new(false) }; Locale::ALL.len()];

/// `locale`'s loaded pack; `None`, said once per locale on the console of a WebAssembly page,
/// when it is not loaded (its texts are shown in English then).
fn loaded(locale: Locale) -> Option<&'static Loaded> {
    let pack = LOADED[locale.index()].get();
    if pack.is_none() && !ASKED_UNLOADED[locale.index()].swap(true, Ordering::Relaxed) {
        #[cfg(target_arch = "wasm32")]
        console::warn(&format!(
            "domain-rules: the texts of `{0}` were asked for before its locale pack was loaded; they are shown \
             in English. init() loads every pack unless told otherwise; loadLocales([\"{0}\"]) loads this one.",
            locale.tag()
        ));
    }
    pack
}

#[cfg(target_arch = "wasm32")]
mod console {
    use wasm_bindgen::prelude::wasm_bindgen;

    #[wasm_bindgen]
    extern "C" {
        /// `console.warn`.
        #[wasm_bindgen(js_namespace = console)]
        pub fn warn(text: &str);
    }
}

/// Whether a pack of `locale` has been loaded.
pub fn is_loaded(locale: Locale) -> bool {
    LOADED[locale.index()].get().is_some()
}

/// An entry of `locale`'s loaded pack: `None` when the pack is not loaded or says what English
/// says.
fn entry(locale: Locale, table: impl Fn(&Loaded) -> &[&'static str], row: usize) -> Option<&'static str> {
    let text = *table(loaded(locale)?).get(row)?;
    Some(text).filter(|t| !t.is_empty())
}

/// The loaded message of code number `code` in `locale`.
pub fn message(locale: Locale, code: usize) -> Option<&'static str> {
    entry(locale, |l| &l.messages, code)
}

/// The loaded field-set text of row `row` of `TEXTS` in `locale`.
pub fn text(locale: Locale, row: usize) -> Option<&'static str> {
    entry(locale, |l| &l.texts, row)
}

/// The loaded name in `locale` of the country of row `row`.
pub fn country_name(locale: Locale, row: usize) -> Option<&'static str> {
    entry(locale, |l| &l.country_names, row)
}

/// The country rows in the alphabetical order of `locale`, if its pack is loaded.
pub fn country_order(locale: Locale) -> Option<&'static [u8]> {
    Some(&loaded(locale)?.country_order)
}

/// The loaded word of row `row` of `WORDS` in `locale`.
pub fn word(locale: Locale, row: usize) -> Option<&'static str> {
    entry(locale, |l| &l.words, row)
}
