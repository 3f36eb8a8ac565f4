//! English messages (the fallback locale).

use crate::code::Code;

pub(super) const fn template(code: Code) -> &'static str {
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
            "The option {option} has the value “{value}”, which is not known. Use one of: {choices}."
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
        Code::NameSpace => {
            "The part “{words}” contains a space at position {position}. Domain names cannot contain spaces; remove it, or join the words with a hyphen."
        }
        Code::NameWebAddress => "“{input}” is a web address (URL), not a domain name. Enter only the name: “{host}”.",
        Code::NameIpAddress => {
            "“{input}” is an IP address, not a domain name. Enter the domain's name instead, such as example.com."
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
            "The encoded part “{label}” stands for “{decoded}”, which is not written the way registries expect; its correct form is “{expected}” (“{expectedUnicode}”). Use that instead."
        }
        Code::NameNumericTld => {
            "The ending “.{tld}” is only digits; no domain ending is. Check the ending after the last dot."
        }
        Code::NameIdna2008Disallowed => {
            "The part “{label}” contains “{char}” ({codepoint}) at position {position}. Registries follow IDNA2008, which allows letters, digits and accents but no symbols, emoji or punctuation. Remove or replace it."
        }
        Code::NameContextMiddleDot => {
            "The part “{label}” contains a middle dot “·” (U+00B7) at position {position}; it is allowed only between two l, as in Catalan “l·l”. Remove it."
        }
        Code::NameContextKeraia => {
            "The part “{label}” contains the Greek numeral sign “͵” (U+0375) at position {position}; it must be followed by a Greek letter. Remove it or add the letter."
        }
        Code::NameContextHebrewPunctuation => {
            "The part “{label}” contains the Hebrew sign “{char}” ({codepoint}) at position {position}; it must follow a Hebrew letter. Remove it or add the letter."
        }
        Code::NameContextKatakanaMiddleDot => {
            "The part “{label}” contains the katakana middle dot “・” (U+30FB) but no Japanese or Chinese characters, which it needs. Remove it."
        }
        Code::NameContextArabicDigits => {
            "The part “{label}” mixes Arabic-Indic digits with extended (Persian) Arabic-Indic digits; “{char}” ({codepoint}) at position {position} is from the other set. Use digits of one set only."
        }
        Code::NameMixedScript => {
            "The part “{label}” mixes letters of different scripts ({scripts}). Registries refuse such names because they can imitate other names; write it in one script."
        }
        Code::NameLookalike => {
            "The part “{label}” is written in {script} letters but looks like the Latin “{lookalike}”. Check that this is the name you want: visitors may mistake one for the other."
        }
        Code::NameDeviation => {
            "“{name}” contains ß, ς or an invisible joiner. Older software (IDNA2003) turns it into “{alternative}” ({alternativeAscii}) instead of {ascii}, and under .{tld} these are two different names. Make sure both lead to you: register or set up the other one too."
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
        Code::ZoneScriptNotAllowed => {
            "The registry of .{tld} does not accept {script} letters, and “{label}” is written in them. Write the name in letters the registry accepts."
        }
        Code::ZoneCharacterNotAllowed => {
            "The registry of .{tld} does not accept “{char}” ({codepoint}) at position {position} of “{label}”; its list of allowed characters does not include it. Replace it with a letter the registry accepts."
        }
        Code::ZoneIdnTableUnknown => {
            "“{label}” was checked against IDNA2008 and for a single script; the registry of .{tld} may accept fewer characters than that. Check its character table before you order."
        }
        Code::OrderInvalid => {
            "The order could not be read: {detail}. Send an object with the keys of the order format."
        }
        Code::OrderActionInvalid => "The action “{value}” is not known. Use one of: {choices}.",
        Code::OrderContactTypeInvalid => "The contact type “{value}” is not known. Use individual or organization.",
        Code::OrderCountryInvalid => {
            "“{value}” is not a country code. Use the two-letter ISO code, such as DE, DK or IT."
        }
        Code::OrderEmailInvalid => "“{value}” is not a valid e-mail address. Check it for typing errors.",
        Code::OrderFieldRequired => "“{fieldLabel}” is required for this order. Please fill it in.",
        Code::OrderFieldOptionInvalid => "“{value}” is not a choice for “{fieldLabel}”. Use one of: {choices}.",
        Code::OrderFieldFormatInvalid => {
            "“{value}” is not a valid entry for “{fieldLabel}” ({reason}). Check it against the document it comes from."
        }
        Code::OrderFieldNormalized => "“{fieldLabel}” will be sent as “{sent}” (entered as “{value}”).",
        Code::OrderFieldOmitted => {
            "“{fieldLabel}” is not sent for this order, as the registry does not accept it here."
        }
        Code::OrderFieldUnknown => "The field “{field}” is not known for .{tld}; it is passed on unchecked.",
        Code::OrderContactValueMissing
        | Code::OrderContactValueUnexpected
        | Code::OrderContactValueInvalid
        | Code::OrderRuleViolated
        | Code::OrderRegistryNote => "{explanation}",
        Code::OrderContactMissing => "{roleLabel}: “{partLabel}” is missing. Please fill it in.",
        Code::OrderContactTooLong => {
            "{roleLabel}: “{partLabel}” has {length} characters; registries take at most {max}. Shorten it."
        }
        Code::OrderStreetTooManyLines => {
            "{roleLabel}: the street address has {count} lines; at most {max} can be sent. Join some of them."
        }
        Code::OrderPostalCodeInvalid => {
            "{roleLabel}: “{value}” is not a valid “{partLabel}” for the country “{country}”. It is written like “{example}”."
        }
        Code::OrderPostalCodeStateMismatch => {
            "{roleLabel}: the {partLabel} “{value}” does not belong to {state}. Check the {partLabel} and the {stateLabel}."
        }
        Code::OrderStateInvalid => {
            "{roleLabel}: “{value}” is not a value of “{partLabel}” for the country “{country}”. Choose one from the list, e.g. {example}."
        }
        Code::OrderPhoneInvalid => {
            "{roleLabel}: “{value}” is not a valid number for “{partLabel}” ({reason}). Write it with the country code, e.g. {example}."
        }
        Code::OrderContactNormalized => "{roleLabel}: “{partLabel}” will be sent as “{sent}” (entered as “{value}”).",
        Code::OrderPeriodNotAllowed => {
            "The term “{period}” (years) is not available for this order of a .{tld} name; the registry offers these terms, in years: {allowed}. Choose one of them."
        }
        Code::OrderAuthCodeRequired => {
            "A transfer of a .{tld} name needs its auth code (transfer code), which the current registrar gives out. Enter it."
        }
        Code::OrderAuthCodeNotUsed => "Transfers of .{tld} names use no auth code; the code given will not be sent.",
        Code::OrderTransferTag => {
            "A .{tld} name is transferred without a code: ask the current registrar to change the name's registrar tag to {tag}."
        }
        Code::OrderTransferLocked => {
            "The name was registered or last transferred less than {days} days ago; the current registrar may refuse a transfer until {date}."
        }
        Code::OrderDateInvalid => "“{value}” is not a date written YYYY-MM-DD (for example 2026-03-01).",
        Code::OrderIdProtectionNotSupported => {
            "ID protection cannot be ordered for this .{tld} name. Remove it from the order."
        }
        Code::OrderIdProtectionUnverified => {
            "Whether ID protection can be ordered for .{tld} names is not known here; the registrar may refuse the order with it. Leave it out if you are not sure."
        }
        Code::OrderIdProtectionRegistry => {
            "The .{tld} registry hides the registrant's data itself; ID protection is not needed and will not be ordered."
        }
        Code::OrderTrusteeNotSupported => {
            "There is no trustee (local presence) service for .{tld} names. Remove it from the order."
        }
        Code::OrderNameserversNotApplied => {
            "A transfer does not change the nameservers: set them once the transfer is complete."
        }
        Code::OrderBundledZone => {
            "A .{tld} name is registered together with the same name under .{bundled}; both belong to this order."
        }
        Code::OrderPremiumConfirm => {
            "This is a premium name (price class “{class}”): its premium price applies. Confirm the price before ordering."
        }
        Code::OrderPremiumClassRequired => {
            "A premium name needs its price class for this order, as the registrar's availability check returned it."
        }
        Code::OrderZoneFactsGeneric => {
            "The order rules of .{tld} are not known in detail: the general rules were applied, and the registry's own terms may differ."
        }
        Code::OrderNameserverCount => "The registry of .{tld} takes {min} to {max} nameservers; the order has {count}.",
        Code::OrderNameserverDuplicate => "The nameserver “{name}” is listed twice. Remove one of them.",
        Code::OrderNameserverIsAddress => {
            "“{name}” is an IP address, but a nameserver is given by its host name (such as ns1.example.net). Enter the name, and the address as glue if the name is below your domain."
        }
        Code::OrderNameserverIsUrl => {
            "“{name}” is a web address; a nameserver is given by its host name alone (such as ns1.example.net)."
        }
        Code::OrderNameserverInvalid => "The nameserver “{name}” is not a valid host name: {problem}",
        Code::OrderGlueInvalid => "“{address}” is not an IPv4 or IPv6 address. Check it for typing errors.",
        Code::OrderGlueSpecialPurpose => {
            "“{address}” is not a public address ({range}); no registry accepts it for a nameserver. Use the server's public address."
        }
        Code::OrderGlueMissing => {
            "The nameserver “{name}” lies inside {domain}, so the registry needs its IP addresses (glue). Enter at least one."
        }
        Code::OrderGlueUnneeded => {
            "“{name}” lies outside {domain}; its addresses come from its own zone, and the registry ignores or refuses glue for it. Leave the addresses empty."
        }
        Code::OrderNameserverIpv4Missing => {
            "The registry of .{tld} needs at least one nameserver reachable over IPv4; all addresses given are IPv6."
        }
        Code::OrderNameserverAddressesIdentical => {
            "The registry of .{tld} needs at least one nameserver with an address the others do not share; these nameservers all use the same addresses."
        }
        Code::OrderHintHostSequence => {
            "Nameservers inside {domain} are hosts at the registry of .{tld}, which can be created only after the domain exists: register the domain with other nameservers (or none), create the hosts with their addresses, then switch to them. Otherwise the registry answers “{registryError}”."
        }
        Code::OrderHintSiblingHost => {
            "“{name}” must already exist as a host at the registry of .{tld}; only the registrar of its own domain can create it. Otherwise the registry answers “{registryError}”."
        }
        Code::OrderHintHostObject => {
            "“{name}” must exist as a host at the registry of .{tld}; the registrar usually creates it, without addresses. If it does not, the registry answers “{registryError}”."
        }
        Code::OrderHintZoneMustBeServed => {
            "The registry of .{tld} checks the DNS before delegating {domain}: the nameservers must already serve the zone and answer authoritatively. Set up the zone first, or the registry answers “{registryError}”."
        }
        Code::OrderHintNsentry => {
            "If no nameserver can serve the zone yet, the registry of .{tld} also takes up to 5 A, AAAA or MX records placed directly in its zone (NSentry) instead of nameservers; they are not checked in the DNS."
        }
        Code::RecordInvalid => "The record could not be read: {detail}.",
        Code::RecordZoneInvalid => "The zone “{zone}” is not a valid domain name: {problem}",
        Code::RecordTypeUnsupported => "The record type “{type}” is not supported here. Use one of: {choices}.",
        Code::RecordNameDoubleZone => {
            "“{name}” already ends in the zone, so {fqdn} is saved; a zone file would read it as {literal} instead, and the literal option keeps that reading."
        }
        Code::RecordNameOutsideZone => {
            "“{name}” is not inside the zone {zone}. Enter a name in this zone, or leave out the trailing dot to make it relative."
        }
        Code::RecordUrlStripped => "“{input}” is a web address; only its host name {name} is used.",
        Code::RecordNameIsAddress => {
            "“{name}” is an IP address. The name of a record is a host name such as www; put the address in the value of an A or AAAA record."
        }
        Code::RecordTargetIsAddress => {
            "“{name}” is an IP address, but this record points to a host name. Create an A or AAAA record for a name (such as mail) and enter that name here."
        }
        Code::RecordTargetProbablyAbsolute => {
            "“{name}” ends in a top-level domain, so {fqdn} is used; relative to the zone it would be {literal} instead. End the name with a dot to make it explicit."
        }
        Code::RecordTargetWildcard => {
            "“{name}” is a wildcard name; an alias must point to a real name. Enter the name the alias stands for."
        }
        Code::RecordOwnerNotHostName => {
            "“{name}” contains an underscore, so it is no host name; {type} records usually belong to host names. Check the name."
        }
        Code::RecordValueMissing => "Enter the value of the {type} record.",
        Code::RecordValueFormat => "The value of the {type} record has the form “{form}”, for example “{example}”.",
        Code::RecordEscapeInvalid => {
            "“{escape}” at position {position} is not a valid escape: a backslash comes before three digits for a byte from 000 to 255, or before one character that is not a digit. Type “{fix}” instead (“\\\\” is a backslash itself)."
        }
        Code::RecordNumberOutOfRange => "The {field} “{value}” must be a whole number from {min} to {max}.",
        Code::RecordAddressInvalid => {
            "“{value}” is not a valid address for an {type} record. Check it for typing errors."
        }
        Code::RecordAddressFamily => "“{value}” belongs in an {other} record, not in an {type} record.",
        Code::RecordAddressNotPublic => {
            "“{value}” is not a public address ({range}); visitors on the internet cannot reach it."
        }
        Code::RecordCnameAtApex => {
            "A CNAME record cannot stand at the zone apex {zone}, where the SOA and NS records are. Use A/AAAA records there, or your provider's ALIAS record."
        }
        Code::RecordNullMx => "This MX record says that the domain accepts no e-mail (null MX).",
        Code::RecordSrvOwner => {
            "The name of an SRV record begins with the service and protocol, such as _sip._tcp; “{name}” does not."
        }
        Code::RecordCaaTagInvalid => "The CAA tag “{tag}” must be 1 to 255 letters and digits, such as issue.",
        Code::RecordCaaTagUnknown => "Certificate authorities do not know the CAA tag “{tag}”. Known tags: {choices}.",
        Code::RecordCaaIssuerInvalid => {
            "The {tag} value “{value}” must be the domain of a certificate authority, such as letsencrypt.org, or empty to allow none."
        }
        Code::RecordCaaIodefInvalid => {
            "The iodef value “{value}” must be a mailto:, http: or https: address, such as mailto:security@example.com."
        }
        Code::RecordTxtSplit => {
            "The text is longer than {max} bytes, so it is saved as {count} strings; they are read as one text."
        }
        Code::RecordValueTooLong => "The value has {length} bytes; a record holds at most {max}.",
        Code::RecordCnameAndOtherData => {
            "“{name}” has a CNAME record, so it can have no other records (here: {types}). Remove the CNAME or the other records."
        }
        Code::RecordTargetIsCname => {
            "“{name}” is an alias (CNAME) in this zone, but an {type} record must point to the real host name. Enter the name the alias points to."
        }
        Code::RecordCnameLoop => {
            "The alias “{name}” leads back to itself through CNAME records, so it never reaches an address. Point it to a name with A or AAAA records."
        }
        Code::RecordTargetWithoutAddress => {
            "“{name}” lies in this zone but has no A or AAAA record in it, so the {type} record points nowhere. Add the host's address records."
        }
        Code::RecordDuplicate => {
            "This {type} record for “{name}” is the same as record {position}. Remove one of them."
        }
        Code::LiveUnreachable => {
            native_only!(
                "The nameserver “{name}” ({address}) could not be asked about {domain} on port {port}: {failure}. Check that the server is running and that no firewall blocks DNS queries over UDP and TCP."
            )
        }
        Code::LiveRefused => {
            native_only!(
                "The nameserver “{name}” ({address}) refuses to answer for {domain}: the zone is not set up on it. Create the zone {domain} on this server first; otherwise the registry answers “{registryError}”."
            )
        }
        Code::LiveRcode => {
            native_only!(
                "The nameserver “{name}” ({address}) answered the question about {domain} with the error {rcode}. Check the zone {domain} on this server (its settings and zone file) and load it again."
            )
        }
        Code::LiveNotAuthoritative => {
            native_only!(
                "The nameserver “{name}” ({address}) does not answer authoritatively for {domain}. Set it up as a primary or secondary server of the zone {domain}, not as a resolver or forwarder."
            )
        }
        Code::LiveNsSetDiffers => {
            native_only!(
                "The nameserver “{name}” ({address}) names {served} as the nameservers of {domain}, but the order names {ordered}. Make the NS records of the zone match the nameservers of the order."
            )
        }
        Code::LiveSerialsDiffer => {
            native_only!(
                "The nameservers of {domain} serve different versions of the zone (SOA serials: {serials}). Make sure every server has the current zone, for example by checking the transfers to the secondary servers."
            )
        }
        Code::LiveIpv4Missing => {
            native_only!(
                "The registry of .{tld} needs at least one nameserver reachable over IPv4, but every address of these nameservers is IPv6. Give at least one nameserver an IPv4 address."
            )
        }
        Code::LiveAddressesIdentical => {
            native_only!(
                "The registry of .{tld} needs at least one nameserver with an address the others do not share, but these nameservers all use the same addresses. Put at least one of them on an address of its own."
            )
        }
        Code::LiveResolveFailed => {
            native_only!(
                "The addresses of the nameserver “{name}” could not be found. Check the name for typing errors, or give its IP addresses with the order."
            )
        }
        Code::RegistrarSuccess => "The registrar accepted the order.",
        Code::RegistrarPending => {
            "The registrar accepted the order; the registry completes it later, which can take a few days."
        }
        Code::RegistrarAttributeMissing => {
            "The registry needs “{fieldLabel}”, and the order did not give it. Fill it in and send the order again."
        }
        Code::RegistrarAttributeInvalid => {
            "The registry did not accept the value of “{fieldLabel}”. Correct it and send the order again."
        }
        Code::RegistrarAttributeNotAccepted => {
            "The registry does not take “{fieldLabel}” for this order. It must be left out; the shop can then send the order again."
        }
        Code::RegistrarValueMissing => {
            "The registry says a required detail of the order is missing, but not which one. Check that every field of the order is filled in."
        }
        Code::RegistrarValueRejected => {
            "The registry did not accept a value of the order and did not say which one. Check the order's details for typing errors."
        }
        Code::RegistrarContactMissing => {
            "The registry needs the “{roleLabel}” for this name, and the order did not give it. Complete the contact details and send the order again."
        }
        Code::RegistrarContactPartMissing => {
            "{roleLabel}: the registry needs “{partLabel}”, and the order did not give it. Fill it in and send the order again."
        }
        Code::RegistrarContactPartInvalid => {
            "{roleLabel}: the registry did not accept “{partLabel}”. Correct it, or leave it empty if it is optional, and send the order again."
        }
        Code::RegistrarVatRequired => {
            "{roleLabel}: the registry needs a VAT number for an organisation. Enter the organisation's VAT number, or register as a private person without an organisation name."
        }
        Code::RegistrarNameserverUnknown => {
            "The nameserver “{host}” does not exist at the registry. Register it (with its IP address) at the registrar of its own domain first, or choose another nameserver."
        }
        Code::RegistrarNameserversUnknown => {
            "One of the nameservers of the order does not exist at the registry. Check their names; register a new nameserver first, or choose others."
        }
        Code::RegistrarNameserverRefused => {
            "The nameserver “{host}” refused to answer for {domain} ({rcode}): the zone is not set up there. Create the zone for {domain} on that server first, then send the order again."
        }
        Code::RegistrarNameserverNotAuthoritative => {
            "The nameserver “{host}” does not answer with authority for this name: the zone is not set up there. Create the zone on that server first, then send the order again."
        }
        Code::RegistrarNameserverAddresses => {
            "The registry needs the nameservers on at least {expected} different IP addresses; it found {found}. Add a nameserver on another address."
        }
        Code::RegistrarNameserverSetMismatch => {
            "The nameservers named in the zone do not match the nameservers of the order. Make the zone's NS records list exactly the nameservers of the order."
        }
        Code::RegistrarNameserverCheckFailed => {
            "The registry's nameserver test failed (test {nastCode}: {nastText}). Check that every nameserver of the order serves the zone of this name, then send the order again."
        }
        Code::RegistrarGlueMissing => {
            "A nameserver within this name needs its IP address in the order. Give the IP addresses of such nameservers and send the order again."
        }
        Code::RegistrarObjectInUse => {
            "This cannot be done while other domains still use it (for example a nameserver that other names point to). Move those names first."
        }
        Code::RegistrarTransferLocked => {
            "The name is locked against transfers at its current registrar. Ask them to remove the lock, or wait until its last registration or transfer is 60 days old, then order again."
        }
        Code::RegistrarTransferNotPossible => {
            "The registrar cannot transfer this name now and did not say why. Check that it is unlocked, that no other transfer is under way and that the transfer code is right."
        }
        Code::RegistrarTransferPending => "A transfer of this name is already under way. Wait until it is finished.",
        Code::RegistrarNoPendingTransfer => {
            "No transfer of this name is under way that could be approved or cancelled."
        }
        Code::RegistrarAuthCodeInvalid => {
            "The transfer code (auth code) is not right. Ask the current registrar for a new code and enter it exactly as given."
        }
        Code::RegistrarAuthCodeRequired => {
            "This transfer needs the transfer code (auth code). Ask the current registrar or the holder for it and enter it."
        }
        Code::RegistrarAuthCodeWeak => {
            "The new transfer code is too simple: it needs at least {min} characters, with a digit, a letter and a special character."
        }
        Code::RegistrarAuthorizationFailed => {
            "The registrar refused the request: either the transfer code is wrong, or the shop's account may not do this. Check the code; if it is right, contact the shop."
        }
        Code::RegistrarIdProtectionNotSupported => {
            "ID protection cannot be ordered for this name. Remove it from the order and send the order again."
        }
        Code::RegistrarTrusteeNotSupported => {
            "There is no trustee (local presence) service for this name. Remove it from the order, or give a registrant who meets the registry's rules."
        }
        Code::RegistrarPremiumClassRequired => {
            "This is a premium name with its own price (class {class}). Confirm the premium price, then send the order again."
        }
        Code::RegistrarPremiumFeeUnavailable => {
            "This premium name has a price the shop cannot take on automatically. Contact the shop for a quote."
        }
        Code::RegistrarPriceMismatch => {
            "The price of this premium name has changed: the order says {got}, the registrar now asks {expected}. Confirm the new price and order again."
        }
        Code::RegistrarPeriodInvalid => "The registry does not accept this term. Choose another number of years.",
        Code::RegistrarTermsUnknown => {
            "The registrar found no registration periods (terms) for this name, so it is probably mistyped (for example with a dash that is not a hyphen). Check the name and order again."
        }
        Code::RegistrarDomainNotManaged => {
            "This name is not managed by the shop's registrar account. Check the name, or transfer it here first."
        }
        Code::RegistrarObjectNotFound => {
            "Something the order refers to (the name, a contact or a nameserver) does not exist at the registry. Check the names in the order."
        }
        Code::RegistrarDomainTaken => {
            "This name is already registered. Choose another name, or transfer it if it is yours."
        }
        Code::RegistrarRegistrationRight => {
            "The right to register this name belongs to another registrant. Order it with the registrant who holds the right, or choose another name."
        }
        Code::RegistrarStatusProhibits => {
            "The name's current status (a lock, a dispute or a pending deletion) does not allow this. Remove the lock at the registrar, or wait, and try again."
        }
        Code::RegistrarRenewalNotAllowed => {
            "This name cannot be renewed now: it is outside its renewal period, or it was just renewed."
        }
        Code::RegistrarActionNotSupported => {
            "This is not offered for names with this ending. Remove it from the order."
        }
        Code::RegistrarNeedsTrade => {
            "This detail cannot be changed with an update; a change of registrant (owner change) is needed."
        }
        Code::RegistrarTemporary => {
            "The registrar's system could not take the order just now. Nothing is wrong with the order; try again in a few minutes."
        }
        Code::RegistrarShopConfiguration => {
            "The order could not be sent because of a problem in the shop's set-up, not in the order. Please contact the shop."
        }
        Code::RegistrarUnrecognised => {
            "The registrar's answer is not one these checks know, so it cannot be explained here. Please contact the shop; its staff can read the answer."
        }
        Code::RegistrarTextEmpty => "Paste the registrar's answer to explain it.",
        Code::RegistrarTextTooLong => {
            "The registrar's answer has {actual} bytes, more than the {max} read here. Paste only the part with the error."
        }
        Code::RegistrarTextInvalid => "The registrar's answer must be given as text (a UTF-8 string); found: {found}.",
    }
}
