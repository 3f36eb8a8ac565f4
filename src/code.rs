//! The stable diagnostic codes. A code never changes meaning; `docs/codes.md` lists them all and a
//! test keeps that document in step with this file.

use serde::Serialize;

macro_rules! codes {
    ($( $(#[doc = $doc:literal])* $variant:ident = $text:literal, )*) => {
        /// A stable, documented, machine-readable identifier of a finding.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Code {
            $( $(#[doc = $doc])* $variant, )*
        }

        impl Code {
            /// Every code, in documentation order.
            pub const ALL: &'static [Code] = &[ $( Code::$variant, )* ];

            /// The dotted lowercase identifier (`name.label_too_short`).
            pub const fn as_str(self) -> &'static str {
                match self { $( Code::$variant => $text, )* }
            }

            /// One line saying what the code means (from its doc comment).
            pub fn summary(self) -> &'static str {
                match self { $( Code::$variant => concat!($($doc),*).trim_ascii(), )* }
            }

            /// The code with this identifier, if there is one.
            pub fn from_identifier(text: &str) -> Option<Code> {
                match text { $( $text => Some(Code::$variant), )* _ => None }
            }
        }
    };
}

codes! {
    /// The input is not a text (WebAssembly callers passing a number, object, null, ...).
    InputNotAString = "input.not_a_string",
    /// The input bytes are not valid UTF-8 (command line, files).
    InputInvalidUtf8 = "input.invalid_utf8",
    /// The input is empty or only white space.
    InputEmpty = "input.empty",
    /// The input is longer than any domain name can be; refused before any Unicode work.
    InputTooLong = "input.too_long",
    /// An option has a value the engine does not know (profile, locale type, ...).
    OptionInvalid = "options.invalid",
    /// White space around the name was removed.
    NameWhitespaceTrimmed = "name.whitespace_trimmed",
    /// The one trailing dot of a fully qualified name was removed.
    NameTrailingDotRemoved = "name.trailing_dot_removed",
    /// Letters were lower-cased or full-width characters narrowed (UTS #46 mapping).
    NameMapped = "name.mapped",
    /// A compatibility mapping changed characters beyond case and width (`ⓐ` to `a`).
    NameMappedCompat = "name.mapped_compat",
    /// A label is empty (two dots in a row, or a leading dot).
    NameEmptyLabel = "name.empty_label",
    /// A label is longer than 63 octets in its A-label (ASCII) form.
    NameLabelTooLong = "name.label_too_long",
    /// The registry's minimum length for the label below its zone is not reached.
    NameLabelTooShort = "name.label_too_short",
    /// The whole name is longer than 253 octets in ASCII form.
    NameTooLong = "name.too_long",
    /// A label starts with a hyphen.
    NameLeadingHyphen = "name.leading_hyphen",
    /// A label ends with a hyphen.
    NameTrailingHyphen = "name.trailing_hyphen",
    /// A label has hyphens in positions 3 and 4, which are reserved for IDN encodings (`xn--`).
    NameHyphens34 = "name.hyphens_3_4",
    /// A label contains an ASCII character other than letters, digits and hyphen.
    NameInvalidCharacter = "name.invalid_character",
    /// A label contains an underscore, allowed only in DNS record names (`_dmarc`).
    NameUnderscore = "name.underscore",
    /// A label contains a character that UTS #46 does not allow in domain names.
    NameDisallowedCharacter = "name.disallowed_character",
    /// A label starts with a combining mark.
    NameLeadingCombiningMark = "name.leading_combining_mark",
    /// A zero width joiner or non-joiner stands where RFC 5892 does not allow it.
    NameJoinerContext = "name.joiner_context",
    /// A label breaks the bidi rule of RFC 5893 (right-to-left text).
    NameBidi = "name.bidi",
    /// The label is not valid for an internationalised name for another reason.
    NameIdnaInvalid = "name.idna_invalid",
    /// An `xn--` label does not decode as Punycode.
    NamePunycodeInvalid = "name.punycode_invalid",
    /// An `xn--` label decodes, but is not the canonical A-label of what it decodes to.
    NamePunycodeNotCanonical = "name.punycode_not_canonical",
    /// The last label is all digits; no top-level domain is.
    NameNumericTld = "name.numeric_tld",
    /// The top-level domain does not exist in the root zone.
    ZoneUnknownTld = "zone.unknown_tld",
    /// A special-use name (`.local`, `.test`, ...), never delegated in the public DNS.
    ZoneSpecialUse = "zone.special_use",
    /// The name is itself a registry zone (`co.uk`); a name must be registered below it.
    ZoneRegistryZone = "zone.registry_zone",
    /// The name has labels below the registrable name (`a.example.de`).
    ZoneSubdomain = "zone.subdomain",
}

impl Serialize for Code {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl std::fmt::Display for Code {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}
