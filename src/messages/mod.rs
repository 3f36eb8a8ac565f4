//! The message catalogue: one template per code and locale, English as the fallback.
//!
//! Templates name their values as `{key}`; `render` fills them from the diagnostic's params. Each
//! locale is an exhaustive `match`, so a new code cannot ship without its sentence in every language.

/// The message of a code that only native builds produce (the live checks): left out of the
/// WebAssembly module, which could never show it, to keep the module within its size budget.
macro_rules! native_only {
    ($text:literal) => {{
        #[cfg(target_arch = "wasm32")]
        const TEXT: &str = "";
        #[cfg(not(target_arch = "wasm32"))]
        const TEXT: &str = $text;
        TEXT
    }};
}

mod da;
mod de;
mod en;
mod fr;
mod it;

use crate::code::Code;
use crate::display as chars;
pub use crate::locale::Locale;
use crate::report::{Diagnostic, ParamValue, Params, Severity};

/// Params whose text the engine wrote itself (field labels, rule explanations, lists of
/// allowed values): shown as they are, spaces included. Everything else may come from the
/// customer and is shown through [`chars::safe_text`].
const ENGINE_TEXT_KEYS: &[&str] = &[
    "fieldLabel",
    "roleLabel",
    "partLabel",
    "stateLabel",
    "allowed",
    "country",
    "state",
    "explanation",
    "choices",
    "problem",
    "range",
    "registryError",
    "form",
    "example",
    "types",
    "served",
    "ordered",
    "serials",
];

/// Params of order diagnostics that hold what the customer typed in a form's text field.
const ORDER_PROSE_KEYS: &[&str] = &["value", "sent", "class"];

/// Whether `code` is about an order (not about a name, where a space is an error to show).
fn is_order(code: Code) -> bool {
    code.as_str().starts_with("order.")
}

/// Params that hold Unicode script names (`Cyrillic`, `Old_Italic`, several joined by `/`):
/// messages show them in the reader's language; the params keep Unicode's names.
const SCRIPT_KEYS: &[&str] = &["script", "scripts"];

/// Why an identifier is invalid (`reason`, an [`crate::ids::IdError`] name), in words.
fn reason_text(locale: Locale, reason: &str) -> &'static str {
    match (locale, reason) {
        (Locale::Fr, "empty") => "aucun chiffre",
        (Locale::Fr, "calling_code_missing") => "sans indicatif du pays",
        (Locale::Fr, "calling_code_unknown") => "indicatif du pays inconnu",
        (Locale::It, "empty") => "nessuna cifra",
        (Locale::It, "calling_code_missing") => "manca il prefisso internazionale",
        (Locale::It, "calling_code_unknown") => "prefisso internazionale sconosciuto",
        (Locale::Da, "empty") => "ingen cifre",
        (Locale::Da, "calling_code_missing") => "uden landekode",
        (Locale::Da, "calling_code_unknown") => "ukendt landekode",
        (Locale::De, "empty") => "keine Ziffern",
        (Locale::De, "calling_code_missing") => "ohne Ländervorwahl",
        (Locale::De, "calling_code_unknown") => "unbekannte Ländervorwahl",
        (_, "empty") => "no digits",
        (_, "calling_code_missing") => "no country code",
        (_, "calling_code_unknown") => "unknown country code",
        (Locale::Fr, "checksum") => "la clé de contrôle ne correspond pas",
        (Locale::Fr, "length") => "longueur incorrecte",
        (Locale::Fr, "component") => "une partie n'existe pas",
        (Locale::Fr, _) => "caractères ou forme inattendus",
        (Locale::It, "checksum") => "il carattere di controllo non corrisponde",
        (Locale::It, "length") => "lunghezza errata",
        (Locale::It, "component") => "una parte non esiste",
        (Locale::It, _) => "caratteri o forma inattesi",
        (Locale::Da, "checksum") => "kontrolcifferet passer ikke",
        (Locale::Da, "length") => "forkert længde",
        (Locale::Da, "component") => "en del af det findes ikke",
        (Locale::Da, _) => "uventede tegn eller form",
        (Locale::De, "checksum") => "die Prüfziffer stimmt nicht",
        (Locale::De, "length") => "falsche Länge",
        (Locale::De, "component") => "ein Teil davon existiert nicht",
        (Locale::De, _) => "unerwartete Zeichen oder Form",
        (_, "checksum") => "the check digit does not match",
        (_, "length") => "wrong length",
        (_, "component") => "a part of it does not exist",
        _ => "unexpected characters or form",
    }
}

/// The record fields and data forms the record check names in `field` and `form` (English in
/// the params), in the reader's language.
fn record_words(locale: Locale, words: &str) -> Option<&'static str> {
    const TABLE: &[[&str; 5]] = &[
        // en, de, fr, it, da
        ["preference", "Präferenz", "préférence", "preferenza", "præference"],
        ["priority", "Priorität", "priorité", "priorità", "prioritet"],
        ["weight", "Gewichtung", "poids", "peso", "vægt"],
        ["port", "Port", "port", "porta", "port"],
        ["flags", "Flags", "drapeaux", "flag", "flag"],
        ["preference exchange", "Präferenz Mailserver", "préférence serveur", "preferenza server", "præference server"],
        [
            "priority weight port target",
            "Priorität Gewichtung Port Ziel",
            "priorité poids port cible",
            "priorità peso porta destinazione",
            "prioritet vægt port mål",
        ],
        [
            "flags tag \"value\"",
            "Flags Tag \"Wert\"",
            "drapeaux étiquette \"valeur\"",
            "flag tag \"valore\"",
            "flag mærke \"værdi\"",
        ],
        [
            "\"text\" \"more text\"",
            "\"Text\" \"weiterer Text\"",
            "\"texte\" \"suite du texte\"",
            "\"testo\" \"altro testo\"",
            "\"tekst\" \"mere tekst\"",
        ],
        ["host name", "Hostname", "nom d'hôte", "nome host", "værtsnavn"],
        ["IPv4 address", "IPv4-Adresse", "adresse IPv4", "indirizzo IPv4", "IPv4-adresse"],
        ["IPv6 address", "IPv6-Adresse", "adresse IPv6", "indirizzo IPv6", "IPv6-adresse"],
    ];
    let column = locale.index();
    TABLE.iter().find(|row| row[0] == words).map(|row| row[column])
}

/// Writes script names as a locale names them: its own word where the catalogue has one,
/// else Unicode's name with spaces (`Old Italic`).
fn write_script_names(locale: Locale, names: &str, out: &mut String) {
    for (i, name) in names.split('/').enumerate() {
        if i > 0 {
            out.push('/');
        }
        let localised = match locale {
            Locale::De => de::script_name(name),
            Locale::En | Locale::Fr | Locale::It | Locale::Da => None,
        };
        match localised {
            Some(word) => out.push_str(word),
            None if name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') => {
                out.extend(name.chars().map(|c| if c == '_' { ' ' } else { c }));
            }
            None => out.push_str(&chars::safe_text(name)),
        }
    }
}

/// Why a nameserver could not be asked (`failure`, a token of the live check), in words.
#[cfg(not(target_arch = "wasm32"))]
fn failure_text(locale: Locale, failure: &str) -> &'static str {
    match (locale, failure) {
        (Locale::De, "timeout") => "innerhalb der Wartezeit kam keine Antwort",
        (Locale::De, "refused") => "die Verbindung wurde abgelehnt",
        (Locale::De, "malformed") => "die Antwort war keine gültige DNS-Antwort",
        (Locale::De, _) => "das Netz hat ihn nicht erreicht",
        (Locale::Fr, "timeout") => "aucune réponse n'est arrivée dans le délai",
        (Locale::Fr, "refused") => "la connexion a été refusée",
        (Locale::Fr, "malformed") => "sa réponse n'était pas une réponse DNS valide",
        (Locale::Fr, _) => "le réseau n'a pas pu l'atteindre",
        (Locale::It, "timeout") => "nessuna risposta è arrivata entro il tempo previsto",
        (Locale::It, "refused") => "la connessione è stata rifiutata",
        (Locale::It, "malformed") => "la risposta non era una risposta DNS valida",
        (Locale::It, _) => "la rete non è riuscita a raggiungerlo",
        (Locale::Da, "timeout") => "der kom intet svar inden for tidsgrænsen",
        (Locale::Da, "refused") => "forbindelsen blev afvist",
        (Locale::Da, "malformed") => "svaret var ikke et gyldigt DNS-svar",
        (Locale::Da, _) => "netværket kunne ikke nå den",
        (_, "timeout") => "no answer came within the time limit",
        (_, "refused") => "the connection was refused",
        (_, "malformed") => "its reply was not a valid DNS answer",
        _ => "the network could not reach it",
    }
}

/// The template for `code` in `locale`.
pub fn template(locale: Locale, code: Code) -> &'static str {
    let index = locale.index();
    TEMPLATES[index][code as usize]
}

/// The number of codes.
const CODES: usize = Code::ALL.len();

/// One locale's templates in the order of [`Code::ALL`], filled from its exhaustive `match`
/// when the crate is compiled.
macro_rules! templates {
    ($locale:ident) => {{
        let mut table = [""; CODES];
        let mut i = 0;
        while i < CODES {
            table[i] = $locale::template(Code::ALL[i]);
            i += 1;
        }
        table
    }};
}

/// Every template by locale and code: a table built at compile time, so that looking a message
/// up is one index, not a `match` of some 240 arms per locale in the WebAssembly code.
static TEMPLATES: [[&str; CODES]; 5] = [templates!(en), templates!(de), templates!(fr), templates!(it), templates!(da)];

/// The message for `code` in `locale`, with `{key}` placeholders filled from `params`.
/// A placeholder without a value is left as it stands, which the catalogue tests catch.
pub fn render(locale: Locale, code: Code, params: &Params) -> String {
    let template = template(locale, code);
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                let key = &after[..close];
                match params.get(key) {
                    Some(ParamValue::Text(names)) if SCRIPT_KEYS.contains(&key) => {
                        write_script_names(locale, names, &mut out);
                    }
                    Some(ParamValue::Text(reason)) if key == "reason" => out.push_str(reason_text(locale, reason)),
                    // A record field or form the engine names, in the reader's language; any
                    // other value (an order's unknown field key) came from the customer.
                    Some(ParamValue::Text(word))
                        if (key == "field" || key == "form") && record_words(locale, word).is_some() =>
                    {
                        out.push_str(record_words(locale, word).unwrap_or(word));
                    }
                    #[cfg(not(target_arch = "wasm32"))]
                    Some(ParamValue::Text(failure)) if key == "failure" => out.push_str(failure_text(locale, failure)),
                    Some(ParamValue::Text(text)) if ENGINE_TEXT_KEYS.contains(&key) => out.push_str(text),
                    // What a customer typed into an order's text fields is prose: a space in a
                    // phone number or a VAT number is shown as a space; so is a registry's text
                    // quoted in an explanation.
                    Some(ParamValue::Text(text))
                        if key == "detail"
                            || key == "words"
                            || (ORDER_PROSE_KEYS.contains(&key) && is_order(code))
                            || code.as_str().starts_with("registrar.") =>
                    {
                        out.push_str(&chars::safe_prose(text));
                    }
                    Some(value) => value.write_display(&mut out),
                    None => out.push_str(&rest[open..open + close + 2]),
                }
                rest = &after[close + 1..];
            }
            None => {
                out.push_str(&rest[open..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// The `{key}` placeholders a template uses.
pub fn placeholders(template: &str) -> Vec<&str> {
    let mut keys = Vec::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                keys.push(&after[..close]);
                rest = &after[close + 1..];
            }
            None => break,
        }
    }
    keys
}

impl Diagnostic {
    /// A diagnostic whose message is rendered from the catalogue for `locale`.
    pub fn new(code: Code, severity: Severity, path: impl Into<String>, params: Params, locale: Locale) -> Self {
        Diagnostic::rendered(code, severity, path.into(), params, locale)
    }

    /// [`Diagnostic::new`] once the path is a `String`: one copy of the body, not one per type of
    /// path, in the WebAssembly module.
    #[inline(never)]
    fn rendered(code: Code, severity: Severity, path: String, params: Params, locale: Locale) -> Self {
        let message = render(locale, code, &params);
        Diagnostic { code, severity, path, message, params }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fills_placeholders_and_keeps_unknown_ones() {
        let params = Params::new().with("label", "ab").with("min", 3usize).with("actual", 2usize);
        let text = render(Locale::En, Code::NameLabelTooShort, &params.clone().with("tld", "it"));
        assert_eq!(text, "The name must have at least 3 characters before .it (“ab” has 2). Choose a longer name.");
        // A value the template names but the params lack stays visible, for the catalogue tests.
        let text = render(Locale::En, Code::NameLabelTooShort, &params);
        assert!(text.contains("before .{tld} ("), "{text}");
    }

    #[test]
    fn script_names_are_shown_in_the_reader_language() {
        let params = Params::new().with("label", "pаypal").with("index", 0usize).with("scripts", "Cyrillic/Latin");
        assert!(render(Locale::De, Code::NameMixedScript, &params).contains("(Kyrillisch/Lateinisch)"));
        assert!(render(Locale::En, Code::NameMixedScript, &params).contains("(Cyrillic/Latin)"));
        let params =
            Params::new().with("label", "x").with("index", 0usize).with("script", "Old_Italic").with("tld", "de");
        assert!(render(Locale::En, Code::ZoneScriptNotAllowed, &params).contains("accept Old Italic letters"));
    }

    #[test]
    fn locale_tags_fall_back_to_english() {
        assert_eq!(Locale::from_tag("de-AT"), Locale::De);
        assert_eq!(Locale::from_tag("DE"), Locale::De);
        assert_eq!(Locale::from_tag("fr_CH"), Locale::Fr);
        assert_eq!(Locale::from_tag("it"), Locale::It);
        assert_eq!(Locale::from_tag("da-DK"), Locale::Da);
        assert_eq!(Locale::from_tag("nl"), Locale::En);
        assert_eq!(Locale::from_tag(""), Locale::En);
    }

    #[test]
    fn every_locale_uses_the_same_placeholders_as_english() {
        for &code in Code::ALL {
            let mut english = placeholders(template(Locale::En, code));
            english.sort_unstable();
            for &locale in Locale::ALL {
                let text = template(locale, code);
                assert!(!text.trim().is_empty(), "{code} has no {} message", locale.tag());
                let mut keys = placeholders(text);
                keys.sort_unstable();
                assert_eq!(keys, english, "{code}: {} placeholders differ from English", locale.tag());
            }
        }
    }
}
