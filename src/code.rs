//! The stable diagnostic codes. A code never changes meaning; `docs/codes.md` lists them all and a
//! test keeps that document in step with this file.

use serde::Serialize;

macro_rules! codes {
    ($( $(#[doc = $doc:literal])* $variant:ident = $text:literal, )*) => {
        /// A stable, documented, machine-readable identifier of a finding.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[repr(u8)]
        pub enum Code {
            $( $(#[doc = $doc])* $variant, )*
        }

        /// The identifier of each code, in the order of the enum: looked up by index rather than
        /// by a `match` per accessor, which keeps the WebAssembly code small.
        const IDENTIFIERS: &[&str] = &[ $( $text, )* ];

        /// The summary of each code, apart from the identifiers, so that a module that never
        /// lists the codes (the core WebAssembly module) holds none of them.
        const SUMMARIES: &[&str] = &[ $( concat!($($doc),*), )* ];

        impl Code {
            /// Every code, in documentation order.
            pub const ALL: &'static [Code] = &[ $( Code::$variant, )* ];

            /// The dotted lowercase identifier (`name.label_too_short`).
            pub const fn as_str(self) -> &'static str {
                IDENTIFIERS[self as usize]
            }

            /// One line saying what the code means (from its doc comment).
            pub fn summary(self) -> &'static str {
                SUMMARIES[self as usize].trim_ascii()
            }

            /// The code with this identifier, if there is one.
            pub fn from_identifier(text: &str) -> Option<Code> {
                IDENTIFIERS.iter().position(|t| *t == text).map(|i| Code::ALL[i])
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
    /// The request body is not valid JSON (server, 400).
    InputInvalidJson = "input.invalid_json",
    /// The request body was not sent as application/json (server, 415).
    InputMediaType = "input.media_type",
    /// The request body is larger than the server accepts (server, 413).
    InputBodyTooLarge = "input.body_too_large",
    /// A batch has more entries than one request may hold (server, 413).
    InputBatchTooLong = "input.batch_too_long",
    /// The request is JSON but not of the call's shape (server, 422).
    InputShape = "input.shape",
    /// The server is at its limit of requests in progress; try again later (server, 503).
    InputBusy = "input.busy",
    /// The request took longer than the server allows (server, 503).
    InputTimeout = "input.timeout",
    /// No call of the service has this method and path (server, 404 or 405).
    InputNotFound = "input.not_found",
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
    /// A label holds a space (typed between words, or pasted).
    NameSpace = "name.space",
    /// A web address (URL) was typed where a domain name belongs (`https://shop.example.com/`).
    NameWebAddress = "name.web_address",
    /// An IPv4 or IPv6 address was typed where a domain name belongs.
    NameIpAddress = "name.ip_address",
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
    /// A character that UTS #46 accepts but IDNA2008 does not: a symbol, emoji, punctuation or a
    /// compatibility character (`😀`, `¢`, `♥`).
    NameIdna2008Disallowed = "name.idna2008_disallowed",
    /// A middle dot `·` that is not between two `l` (RFC 5892 A.3, Catalan `l·l`).
    NameContextMiddleDot = "name.context_middle_dot",
    /// A Greek keraia `͵` not followed by a Greek letter (RFC 5892 A.4).
    NameContextKeraia = "name.context_keraia",
    /// A Hebrew geresh or gershayim not after a Hebrew letter (RFC 5892 A.5, A.6).
    NameContextHebrewPunctuation = "name.context_hebrew_punctuation",
    /// A katakana middle dot `・` in a label without Hiragana, Katakana or Han (RFC 5892 A.7).
    NameContextKatakanaMiddleDot = "name.context_katakana_middle_dot",
    /// Arabic-Indic and extended Arabic-Indic digits mixed in one label (RFC 5892 A.8, A.9).
    NameContextArabicDigits = "name.context_arabic_digits",
    /// A label mixes scripts beyond what UTS #39 "highly restrictive" allows (Latin with
    /// Cyrillic, say); registries refuse it, and it is a classic spoofing trick.
    NameMixedScript = "name.mixed_script",
    /// A label in one non-Latin script that looks like an ASCII word (Cyrillic `аррӏе`).
    NameLookalike = "name.lookalike",
    /// The name holds a deviation character (ß, ς, ZWJ, ZWNJ); software that still uses
    /// IDNA2003 or transitional processing reaches another name.
    NameDeviation = "name.deviation",
    /// The top-level domain does not exist in the root zone.
    ZoneUnknownTld = "zone.unknown_tld",
    /// A special-use name (`.local`, `.test`, ...), never delegated in the public DNS.
    ZoneSpecialUse = "zone.special_use",
    /// The name is itself a registry zone (`co.uk`); a name must be registered below it.
    ZoneRegistryZone = "zone.registry_zone",
    /// The name has labels below the registrable name (`a.example.de`).
    ZoneSubdomain = "zone.subdomain",
    /// A label in a script of which the registry's table has no letter (Cyrillic under .de).
    ZoneScriptNotAllowed = "zone.script_not_allowed",
    /// A character IDNA2008 allows but the registry's own character table does not.
    ZoneCharacterNotAllowed = "zone.character_not_allowed",
    /// The zone's own character table is not known to the engine; only IDNA2008 and one script
    /// per label were checked.
    ZoneIdnTableUnknown = "zone.idn_table_unknown",
    /// The order is not an object of the contract's shape (a value of the wrong type, an
    /// unknown key); nothing was checked.
    OrderInvalid = "order.invalid",
    /// `action` is none of register, transfer, trade, update, renew.
    OrderActionInvalid = "order.action_invalid",
    /// A contact's `type` is neither individual nor organization.
    OrderContactTypeInvalid = "order.contact_type_invalid",
    /// A country is not an ISO 3166-1 alpha-2 code.
    OrderCountryInvalid = "order.country_invalid",
    /// An e-mail address is not valid.
    OrderEmailInvalid = "order.email_invalid",
    /// A field the registry needs for this order is missing (or a required box is not ticked).
    OrderFieldRequired = "order.field_required",
    /// A select field has a value that is not one of its options.
    OrderFieldOptionInvalid = "order.field_option_invalid",
    /// A field's value does not have its format, or its check digit is wrong.
    OrderFieldFormatInvalid = "order.field_format_invalid",
    /// A field's value will be sent in another, equivalent form (`HOS` as `HOP`, `dk 1358 5628`
    /// as `DK13585628`).
    OrderFieldNormalized = "order.field_normalized",
    /// A field's value is not sent for this order (a VAT ID of an individual in .dk).
    OrderFieldOmitted = "order.field_omitted",
    /// A key in `fields` that the zone's field set does not have; it is passed on unchecked.
    OrderFieldUnknown = "order.field_unknown",
    /// A contact value a registry rule needs is missing (an organisation for a .ca corporation).
    OrderContactValueMissing = "order.contact_value_missing",
    /// A contact value a registry rule forbids is given (an organisation for an .it natural person).
    OrderContactValueUnexpected = "order.contact_value_unexpected",
    /// A contact value is not what a registry rule allows (a province code, a postal code).
    OrderContactValueInvalid = "order.contact_value_invalid",
    /// The combination of values breaks a registry rule (eligibility, entity type and country).
    OrderRuleViolated = "order.rule_violated",
    /// A hint about the registry's rules for this order.
    OrderRegistryNote = "order.registry_note",
    /// A contact value the order needs is missing (the registrant's street, phone, postal code).
    OrderContactMissing = "order.contact_missing",
    /// A contact value is longer than the EPP contact object allows (RFC 5733).
    OrderContactTooLong = "order.contact_too_long",
    /// A street has more than the three lines an EPP contact holds.
    OrderStreetTooManyLines = "order.street_too_many_lines",
    /// A postal code does not have the form of the contact's country.
    OrderPostalCodeInvalid = "order.postal_code_invalid",
    /// A postal code does not belong to the state or province given with it.
    OrderPostalCodeStateMismatch = "order.postal_code_state_mismatch",
    /// A state or province is none of the contact's country.
    OrderStateInvalid = "order.state_invalid",
    /// A phone or fax number cannot be read, or its length does not fit its country.
    OrderPhoneInvalid = "order.phone_invalid",
    /// A contact value will be sent in another, equivalent form (a phone as `+49.301234567`, a
    /// province as its code).
    OrderContactNormalized = "order.contact_normalized",
    /// The term in years is not one the zone sells for this action.
    OrderPeriodNotAllowed = "order.period_not_allowed",
    /// A transfer of this zone needs the auth code, and the order has none.
    OrderAuthCodeRequired = "order.auth_code_required",
    /// The order has an auth code that this zone's transfers do not use.
    OrderAuthCodeNotUsed = "order.auth_code_not_used",
    /// A transfer of this zone is a push by the current registrar to the new registrar's tag.
    OrderTransferTag = "order.transfer_tag",
    /// The name is probably still locked against transfers after its registration or last
    /// transfer (with the date the lock ends).
    OrderTransferLocked = "order.transfer_locked",
    /// A date of the order is not a date written `YYYY-MM-DD`.
    OrderDateInvalid = "order.date_invalid",
    /// ID protection is ordered for a zone where the registrar does not offer it.
    OrderIdProtectionNotSupported = "order.id_protection_not_supported",
    /// ID protection is ordered for a zone where it is not known whether the registrar offers it.
    OrderIdProtectionUnverified = "order.id_protection_unverified",
    /// ID protection is ordered where the registry hides the registrant's data itself.
    OrderIdProtectionRegistry = "order.id_protection_registry",
    /// The trustee (local presence) service is ordered for a zone that has none.
    OrderTrusteeNotSupported = "order.trustee_not_supported",
    /// Nameservers given with a transfer are not applied; set them after the transfer.
    OrderNameserversNotApplied = "order.nameservers_not_applied",
    /// The zone is bundled with another: the order covers the name in both.
    OrderBundledZone = "order.bundled_zone",
    /// The name is a premium name: its price class must be confirmed.
    OrderPremiumConfirm = "order.premium_confirm",
    /// A premium transfer or renewal needs the premium price class, and the order has none.
    OrderPremiumClassRequired = "order.premium_class_required",
    /// The zone's order facts are not verified: the generic gTLD or ccTLD rules were applied.
    OrderZoneFactsGeneric = "order.zone_facts_generic",
    /// The order has fewer or more nameservers than the registry takes.
    OrderNameserverCount = "order.nameserver_count",
    /// The same nameserver twice (after case, trailing dot and IDN form are normalised).
    OrderNameserverDuplicate = "order.nameserver_duplicate",
    /// An IP address typed where a nameserver's host name belongs.
    OrderNameserverIsAddress = "order.nameserver_is_address",
    /// A URL typed where a nameserver's host name belongs.
    OrderNameserverIsUrl = "order.nameserver_is_url",
    /// A nameserver that is not a valid host name.
    OrderNameserverInvalid = "order.nameserver_invalid",
    /// A glue address that is not an IPv4 or IPv6 address.
    OrderGlueInvalid = "order.glue_invalid",
    /// A glue address in a special-purpose range (private, loopback, documentation, ...).
    OrderGlueSpecialPurpose = "order.glue_special_purpose",
    /// A nameserver below the ordered domain without glue addresses.
    OrderGlueMissing = "order.glue_missing",
    /// Glue addresses for a nameserver outside the ordered domain; registries ignore or refuse them.
    OrderGlueUnneeded = "order.glue_unneeded",
    /// DENIC: none of the nameservers has an IPv4 address.
    OrderNameserverIpv4Missing = "order.nameserver_ipv4_missing",
    /// DENIC: no nameserver has an address that the others do not share.
    OrderNameserverAddressesIdentical = "order.nameserver_addresses_identical",
    /// Host objects: a new domain with its own nameservers needs three steps.
    OrderHintHostSequence = "order.hint_host_sequence",
    /// Host objects: a nameserver below another domain of the zone exists only if that domain's
    /// registrar created it.
    OrderHintSiblingHost = "order.hint_sibling_host",
    /// Host objects: an external nameserver must exist as a host at the registry.
    OrderHintHostObject = "order.hint_host_object",
    /// The registry checks the DNS before delegating: the zone must already be served.
    OrderHintZoneMustBeServed = "order.hint_zone_must_be_served",
    /// The registry also takes records placed directly in its zone instead of a delegation
    /// (DENIC's NSentry), with no nameserver check.
    OrderHintNsentry = "order.hint_nsentry",
    /// The record request could not be read (not JSON of the contract's shape).
    RecordInvalid = "record.invalid",
    /// The zone of a record is not a valid domain name.
    RecordZoneInvalid = "record.zone_invalid",
    /// The record type is not one the check knows.
    RecordTypeUnsupported = "record.type_unsupported",
    /// A relative name already ends in the zone: read as the absolute name the user meant; the
    /// params give the literal zone-file reading.
    RecordNameDoubleZone = "record.name_double_zone",
    /// An absolute owner name lies outside the zone.
    RecordNameOutsideZone = "record.name_outside_zone",
    /// A URL was typed where a name belongs; its host name was kept.
    RecordUrlStripped = "record.url_stripped",
    /// An IP address was typed as the owner name.
    RecordNameIsAddress = "record.name_is_address",
    /// An IP address was typed where the data needs a host name (CNAME, MX, NS, SRV).
    RecordTargetIsAddress = "record.target_is_address",
    /// A dotted relative target under a real TLD was probably meant absolute.
    RecordTargetProbablyAbsolute = "record.target_probably_absolute",
    /// A CNAME points to a wildcard name, which is no name a resolver can look up.
    RecordTargetWildcard = "record.target_wildcard",
    /// The owner of an address or mail record has `_` labels, so it is no host name.
    RecordOwnerNotHostName = "record.owner_not_host_name",
    /// The record has no data.
    RecordValueMissing = "record.value_missing",
    /// The data does not have the type's form.
    RecordValueFormat = "record.value_format",
    /// A backslash in TXT or CAA text is followed by neither three digits of an octet up to 255
    /// nor one character that is not a digit (RFC 1035 §5.1); `fix` is what to type instead.
    RecordEscapeInvalid = "record.escape_invalid",
    /// A number of the record is outside its range (TTL, preference, priority, port, flags).
    RecordNumberOutOfRange = "record.number_out_of_range",
    /// The data of an A or AAAA record is no IP address.
    RecordAddressInvalid = "record.address_invalid",
    /// An IPv6 address in an A record, or an IPv4 address in an AAAA record.
    RecordAddressFamily = "record.address_family",
    /// The address is special-purpose (private, loopback, documentation, ...), unreachable from
    /// the internet.
    RecordAddressNotPublic = "record.address_not_public",
    /// A CNAME at the zone apex, where SOA and NS records must stand.
    RecordCnameAtApex = "record.cname_at_apex",
    /// The null MX `0 .`: the domain accepts no mail (RFC 7505).
    RecordNullMx = "record.null_mx",
    /// An SRV owner does not begin with `_service._proto`.
    RecordSrvOwner = "record.srv_owner",
    /// A CAA tag is not 1-255 letters and digits.
    RecordCaaTagInvalid = "record.caa_tag_invalid",
    /// A CAA tag that certificate authorities do not know.
    RecordCaaTagUnknown = "record.caa_tag_unknown",
    /// A CAA issue value is not a CA's domain with optional `key=value` parameters.
    RecordCaaIssuerInvalid = "record.caa_issuer_invalid",
    /// A CAA iodef value is not a `mailto:`, `http:` or `https:` address.
    RecordCaaIodefInvalid = "record.caa_iodef_invalid",
    /// A TXT text was split into strings of at most 255 octets.
    RecordTxtSplit = "record.txt_split",
    /// The record data is longer than 65,535 octets.
    RecordValueTooLong = "record.value_too_long",
    /// A CNAME shares its owner with other records.
    RecordCnameAndOtherData = "record.cname_and_other_data",
    /// An MX, NS or SRV record points to a name that is a CNAME in the zone.
    RecordTargetIsCname = "record.target_is_cname",
    /// A CNAME chain in the zone leads back to where it started.
    RecordCnameLoop = "record.cname_loop",
    /// An MX, NS or SRV record points to a name in the zone that has no A or AAAA record.
    RecordTargetWithoutAddress = "record.target_without_address",
    /// The same record is listed twice.
    RecordDuplicate = "record.duplicate",
    /// Live check: a nameserver address did not answer; `failure` says why (`timeout`,
    /// `refused`: nothing listens, `network`, `malformed`: the reply is not a DNS answer).
    LiveUnreachable = "live.unreachable",
    /// Live check: a nameserver answered REFUSED; the zone is not configured on it.
    LiveRefused = "live.refused",
    /// Live check: a nameserver answered with an error code other than REFUSED (SERVFAIL,
    /// NXDOMAIN, ...).
    LiveRcode = "live.rcode",
    /// Live check: a nameserver answered without the AA bit, or without the zone's SOA record.
    LiveNotAuthoritative = "live.not_authoritative",
    /// Live check: the NS records a nameserver serves differ from the nameservers of the order
    /// (`served` and `ordered` list both, comma-separated).
    LiveNsSetDiffers = "live.ns_set_differs",
    /// Live check: the nameservers serve different SOA serials (`serials`: `name: serial`, ...).
    LiveSerialsDiffer = "live.serials_differ",
    /// Live check, DENIC: none of the addresses queried is IPv4.
    LiveIpv4Missing = "live.ipv4_missing",
    /// Live check, DENIC: no nameserver has an address that the others do not share.
    LiveAddressesIdentical = "live.addresses_identical",
    /// Live check: a nameserver without given addresses could not be resolved to any.
    LiveResolveFailed = "live.resolve_failed",
    /// Registrar's answer: the command succeeded.
    RegistrarSuccess = "registrar.success",
    /// Registrar's answer: accepted, finished later by the registry (EPP 1001, `PENDING = 1`).
    RegistrarPending = "registrar.pending",
    /// Registrar's answer: a zone's additional field (`attribute`) was not sent.
    RegistrarAttributeMissing = "registrar.attribute_missing",
    /// Registrar's answer: the value of a zone's additional field (`attribute`) was refused.
    RegistrarAttributeInvalid = "registrar.attribute_invalid",
    /// Registrar's answer: a field (`attribute`) was sent that the zone or the action does not take.
    RegistrarAttributeNotAccepted = "registrar.attribute_not_accepted",
    /// Registrar's answer: a required value is missing, and the answer does not say which.
    RegistrarValueMissing = "registrar.value_missing",
    /// Registrar's answer: a value was refused, and the answer does not say which.
    RegistrarValueRejected = "registrar.value_rejected",
    /// Registrar's answer: a contact role has no contact (`TOO FEW ADMIN CONTACTS`).
    RegistrarContactMissing = "registrar.contact_missing",
    /// Registrar's answer: a part of a contact (`element`) is missing.
    RegistrarContactPartMissing = "registrar.contact_part_missing",
    /// Registrar's answer: the registry refused a part of a contact (`element`, `value`).
    RegistrarContactPartInvalid = "registrar.contact_part_invalid",
    /// Registrar's answer: the registry needs the organisation's VAT number.
    RegistrarVatRequired = "registrar.vat_required",
    /// Registrar's answer: the nameserver `host` does not exist at the registry (no host object).
    RegistrarNameserverUnknown = "registrar.nameserver_unknown",
    /// Registrar's answer: a nameserver of the order does not exist at the registry; the answer
    /// does not say which.
    RegistrarNameserversUnknown = "registrar.nameservers_unknown",
    /// DENIC's nameserver test: `host` answered the query for `domain` with the error `rcode`
    /// (issue 901); the zone is not set up there.
    RegistrarNameserverRefused = "registrar.nameserver_refused",
    /// DENIC's nameserver test: `host` does not answer authoritatively (issue 116).
    RegistrarNameserverNotAuthoritative = "registrar.nameserver_not_authoritative",
    /// DENIC's nameserver test: too few different IP addresses (issue 107).
    RegistrarNameserverAddresses = "registrar.nameserver_addresses",
    /// DENIC's nameserver test: the zone's NS records differ from the order's nameservers (issue 118).
    RegistrarNameserverSetMismatch = "registrar.nameserver_set_mismatch",
    /// DENIC's nameserver test failed with another issue (`nastCode`, `nastText`).
    RegistrarNameserverCheckFailed = "registrar.nameserver_check_failed",
    /// DENIC: a nameserver within the domain was given without its IP address.
    RegistrarGlueMissing = "registrar.glue_missing",
    /// Registrar's answer: the object is still used by others (a host with domains on it).
    RegistrarObjectInUse = "registrar.object_in_use",
    /// Registrar's answer: the domain is locked against transfers (status or 60-day lock).
    RegistrarTransferLocked = "registrar.transfer_locked",
    /// Registrar's answer: the transfer is not possible now, without a reason.
    RegistrarTransferNotPossible = "registrar.transfer_not_possible",
    /// Registrar's answer: a transfer of the domain is already under way.
    RegistrarTransferPending = "registrar.transfer_pending",
    /// Registrar's answer: no transfer is under way to approve or cancel.
    RegistrarNoPendingTransfer = "registrar.no_pending_transfer",
    /// Registrar's answer: the auth code is wrong.
    RegistrarAuthCodeInvalid = "registrar.auth_code_invalid",
    /// Registrar's answer: the transfer needs an auth code.
    RegistrarAuthCodeRequired = "registrar.auth_code_required",
    /// Registrar's answer: a new auth code is too weak (`min` characters, mixed kinds).
    RegistrarAuthCodeWeak = "registrar.auth_code_weak",
    /// Registrar's answer: authorisation failed: a wrong auth code or the account's rights.
    RegistrarAuthorizationFailed = "registrar.authorization_failed",
    /// Registrar's answer: ID protection (WHOIS trustee) is not offered for the zone.
    RegistrarIdProtectionNotSupported = "registrar.id_protection_not_supported",
    /// Registrar's answer: the trustee (local presence) service is not offered for the zone.
    RegistrarTrusteeNotSupported = "registrar.trustee_not_supported",
    /// Registrar's answer: a premium name needs its class (`class`) confirmed and sent.
    RegistrarPremiumClassRequired = "registrar.premium_class_required",
    /// Registrar's answer: the premium fee could not be determined.
    RegistrarPremiumFeeUnavailable = "registrar.premium_fee_unavailable",
    /// Registrar's answer: the price sent (`got`) differs from the registrar's (`expected`).
    RegistrarPriceMismatch = "registrar.price_mismatch",
    /// Registrar's answer: the term is not allowed.
    RegistrarPeriodInvalid = "registrar.period_invalid",
    /// Registrar's answer: no terms were found for the name (a mistyped name, such as an en dash).
    RegistrarTermsUnknown = "registrar.terms_unknown",
    /// Registrar's answer: the domain is not in this registrar account.
    RegistrarDomainNotManaged = "registrar.domain_not_managed",
    /// Registrar's answer: an object of the order does not exist (EPP 2303, ISPAPI 545).
    RegistrarObjectNotFound = "registrar.object_not_found",
    /// Registrar's answer: the domain is already registered.
    RegistrarDomainTaken = "registrar.domain_taken",
    /// Registrar's answer: the right of registration (.uk) belongs to another registrant.
    RegistrarRegistrationRight = "registrar.registration_right",
    /// Registrar's answer: the domain's status (lock, hold, dispute) forbids the command.
    RegistrarStatusProhibits = "registrar.status_prohibits",
    /// Registrar's answer: the domain cannot be renewed now.
    RegistrarRenewalNotAllowed = "registrar.renewal_not_allowed",
    /// Registrar's answer: the command is not offered for the zone.
    RegistrarActionNotSupported = "registrar.action_not_supported",
    /// Registrar's answer: the value can be changed only by a change of registrant (trade).
    RegistrarNeedsTrade = "registrar.needs_trade",
    /// Registrar's answer: a temporary failure (connection, load, rate limit); try again.
    RegistrarTemporary = "registrar.temporary",
    /// Registrar's answer: the shop's account or integration is at fault (login, funds, command).
    RegistrarShopConfiguration = "registrar.shop_configuration",
    /// The text matches nothing the explainer knows; `text` carries it for the operator.
    RegistrarUnrecognised = "registrar.unrecognised",
    /// The registrar's answer to explain is empty.
    RegistrarTextEmpty = "registrar.text_empty",
    /// The registrar's answer to explain is longer than the explainer reads (`max` bytes).
    RegistrarTextTooLong = "registrar.text_too_long",
    /// The registrar's answer to explain is not text (`found`: a number, bytes that are not UTF-8, ...).
    RegistrarTextInvalid = "registrar.text_invalid",
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
