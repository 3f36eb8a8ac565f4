//! English messages (the fallback locale).

use crate::code::Code;

pub(super) fn template(code: Code) -> &'static str {
    match code {
        Code::InputNotAString => {
            "The domain must be given as text (a string); this value is of type {type}. Pass the name as a string."
        }
        Code::InputInvalidUtf8 => {
            "The input is not valid UTF-8 text (bad byte at position {position}). Save or send it as UTF-8."
        }
        Code::InputEmpty => "Please enter a domain name.",
        Code::InputTooLong => {
            "The input has {actual} bytes, more than any domain name can have ({max}). Enter a single, shorter name."
        }
        Code::OptionInvalid => {
            "The option {option} has the value “{value}”, which is not known. Use one of: {expected}."
        }
        Code::NameWhitespaceTrimmed => "The spaces around the name were removed; it is checked as “{name}”.",
        Code::NameTrailingDotRemoved => "The final dot was removed; the name is checked as “{name}”.",
        Code::NameMapped => {
            "“{name}” is written “{mapped}” in the DNS (lower case, normal width); that is the form that will be used."
        }
        Code::NameMappedCompat => {
            "“{label}” contains characters that are replaced when the name is registered: it would be registered as “{mapped}”. Check that this is the name you want, or type it that way."
        }
        Code::NameEmptyLabel => {
            "The name “{name}” has an empty part (two dots in a row, or a dot at the start). Remove the extra dot."
        }
        Code::NameLabelTooLong => {
            "The part “{label}” is {length} characters long in its registered (ASCII) form; at most {max} are allowed. Shorten it."
        }
        Code::NameLabelTooShort => {
            "The name must have at least {min} characters before .{tld} (“{label}” has {actual}). Choose a longer name."
        }
        Code::NameTooLong => {
            "The whole name is {length} characters long in its registered (ASCII) form; at most {max} are allowed. Use fewer or shorter parts."
        }
        Code::NameLeadingHyphen => {
            "The part “{label}” starts with a hyphen. A hyphen may stand only between letters or digits; remove it from the start."
        }
        Code::NameTrailingHyphen => {
            "The part “{label}” ends with a hyphen. A hyphen may stand only between letters or digits; remove it from the end."
        }
        Code::NameHyphens34 => {
            "The part “{label}” has hyphens in the third and fourth place, which are reserved for encoded international names (xn--). Move or remove a hyphen."
        }
        Code::NameInvalidCharacter => {
            "The part “{label}” contains “{char}” ({codepoint}) at position {position}. Only letters, digits and hyphens are allowed; remove or replace it."
        }
        Code::NameUnderscore => {
            "The part “{label}” contains an underscore at position {position}. Underscores are allowed only in DNS record names such as _dmarc, not in domain or host names; use a hyphen instead."
        }
        Code::NameDisallowedCharacter => {
            "The part “{label}” contains “{char}” ({codepoint}) at position {position}, which is not allowed in domain names. Remove or replace it."
        }
        Code::NameLeadingCombiningMark => {
            "The part “{label}” starts with the combining mark {codepoint}, which must follow a letter. Remove it or put the letter first."
        }
        Code::NameJoinerContext => {
            "The part “{label}” contains the invisible joiner {codepoint} where it is not allowed. Remove it."
        }
        Code::NameBidi => {
            "The part “{label}” mixes right-to-left and left-to-right text in a way domain names do not allow. Write it in one direction, or check the order of letters and digits."
        }
        Code::NameIdnaInvalid => {
            "The part “{label}” cannot be converted into an internationalised domain name. Retype it, leaving out symbols and invisible characters."
        }
        Code::NamePunycodeInvalid => {
            "The part “{label}” starts with xn-- but is not a valid encoded international name. Type the name in its normal letters instead."
        }
        Code::NamePunycodeNotCanonical => {
            "The encoded part “{label}” is not written the way registries expect; its correct form is “{expected}”. Use that instead."
        }
        Code::NameNumericTld => {
            "The ending “.{tld}” is only digits; no domain ending is. Check the ending after the last dot."
        }
        Code::ZoneUnknownTld => {
            "The ending “.{tld}” is not an existing domain ending. Check the spelling after the last dot."
        }
        Code::ZoneSpecialUse => {
            "Names ending in “.{tld}” are reserved for special purposes and cannot be registered at any registry. Choose a public domain ending."
        }
        Code::ZoneRegistryZone => {
            "“{zone}” is a domain ending run by a registry; add your name in front of it (for example yourname.{zone})."
        }
        Code::ZoneSubdomain => {
            "Only “{registrable}” can be registered at the registry of .{zone}; “{name}” is a subdomain of it. Register “{registrable}” and create the subdomain in its DNS."
        }
    }
}
