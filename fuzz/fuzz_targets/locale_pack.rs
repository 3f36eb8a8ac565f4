//! `locale_pack::load` on any text: the input alone, and the input written into a real pack at a
//! place the input chooses (so that the checks past the header are reached). Invariants: no
//! panic; a text is taken only with the header of a pack of this build, naming the locale it is
//! taken as; an untouched pack is taken; every refusal says why; time linear in the input.
#![no_main]

use domain_rules::{Locale, locale_pack};
use fuzz_support::timed;
use libfuzzer_sys::fuzz_target;

/// The separator of a pack's fields.
const SEPARATOR: char = '\u{1F}';

fn check(what: &str, text: &str) {
    match timed(what, text.len(), || locale_pack::load(text)) {
        Ok(locale) => {
            let fields: Vec<&str> = text.trim_end_matches('\n').split(SEPARATOR).collect();
            assert_eq!(fields.first(), Some(&"domain-rules locale pack"), "{what}: taken without the header");
            assert_eq!(fields.get(3), Some(&locale.tag()), "{what}: taken as another locale");
            assert_ne!(locale, Locale::En, "{what}: a pack for English was taken");
        }
        Err(e) => assert!(!e.to_string().is_empty(), "{what}: a refusal without a reason"),
    }
}

fuzz_target!(
    init: {
        for &locale in &Locale::ALL[1..] {
            let pack = locale_pack::write(locale).expect("a native build writes every pack");
            assert_eq!(locale_pack::load(&pack), Ok(locale), "the untouched pack of {locale:?} is refused");
        }
    },
    |data: &[u8]| {
        let text = String::from_utf8_lossy(data);
        check(&format!("load({text:?})"), &text);
        let Some((&pick, rest)) = data.split_first() else { return };
        let locale = Locale::ALL[1 + usize::from(pick) % (Locale::ALL.len() - 1)];
        let pack = locale_pack::write(locale).expect("a native build writes every pack");
        let fields: Vec<&str> = pack.split(SEPARATOR).collect();
        // The input in place of one field: the first byte picks which, past the header too.
        let at = usize::from(rest.first().copied().unwrap_or(0)) * fields.len() / 256;
        let inserted = String::from_utf8_lossy(rest.get(1..).unwrap_or_default());
        let edited: Vec<&str> = fields.iter().enumerate().map(|(i, f)| if i == at { &*inserted } else { f }).collect();
        let edited = edited.join(&SEPARATOR.to_string());
        check(&format!("load(pack of {locale:?} with field {at} = {inserted:?})"), &edited);
    }
);
