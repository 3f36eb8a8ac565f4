//! The explainer's knowledge as data: the texts registrars send, each with its cause (a code,
//! whose message the catalogue has in every locale), the order input it points to, and where
//! the text was seen; then the meaning of each ISPAPI and EPP response code on its own.
//!
//! Facts from reference `orders-contacts-errors.md` §1 (read 2026-12-02), each entry citing the
//! page it comes from. Entries are tried in order; the first whose pattern matches and whose
//! target can be resolved wins, so specific texts stand before general ones.

use crate::code::Code;
use crate::fields::Text;
use crate::source::Source;
use crate::text;

/// What a matched text is about: how its path in the order is found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// The order as a whole (`order`).
    Order,
    /// A fixed order path (`domain`, `authCode`, `period`, `premium.class`, ...).
    Path(&'static str),
    /// The parameter in `{attr}`: `fields.<key>` of the zone's field, or the order key the
    /// parameter stands for (`CLASS`, `AUTH`, `PERIOD`, `NAMESERVER0`, `OWNERCONTACT0`).
    Attribute,
    /// The trustee switch `X-{tld}-ACCEPT-TRUSTEE-TAC`: the zone's field where it has one,
    /// `trustee` otherwise.
    Trustee,
    /// The nameserver in `{host}`: `nameservers[i]` of the order, `nameservers` without one.
    Host,
    /// The contact role in `{role}` (`OWNERCONTACT0`, `ADMIN`).
    Role,
    /// The part `{element}` of the contact in `{role}` or of the contact being explained
    /// (`COUNTRY`, `contact:fax`).
    Part,
    /// The zone's VAT number field of the contact being explained.
    VatField,
}

/// What to do when a pattern matches.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Then {
    /// Say `Code` about the target.
    Say(Code, Target),
    /// `{inner}` is a registry's text about the contact in `{role}`: explain it with the contact
    /// entries.
    Contact,
}

/// One known text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Entry {
    /// The text, in the language of [`super::pattern`].
    pub pattern: &'static str,
    /// What it means.
    pub then: Then,
    /// Where it was seen.
    pub source: Source,
}

const fn say(pattern: &'static str, code: Code, target: Target, source: Source) -> Entry {
    Entry { pattern, then: Then::Say(code, target), source }
}

/// HEXONET's WHMCS module FAQ, current version.
const FAQ: Source = Source::new(
    "https://github.com/centralnicgroup-public/rtldev-middleware-documentation/blob/ea9a139/docs/hexonet/faqs/whmcs-ispapi-registrar.md",
    "2023-09-28",
);
/// The same FAQ before its clean-up (62 entries).
const OLD_FAQ: Source = Source::new(
    "https://github.com/centralnicgroup-public/rtldev-middleware-documentation/blob/7d02ea6/docs/hexonet/faqs/whmcs-ispapi-registrar.md",
    "2022-10-18",
);
/// HEXONET's API reference (command pages with their response codes).
const API: Source =
    Source::new("https://github.com/centralnicgroup-public/hexonet-api-documentation/tree/d4a2d31/API", "2024-07-26");
/// The ISPAPI WHMCS module's own error sentences.
const MODULE: Source = Source::new(
    "https://github.com/hexonet/whmcs-ispapi-registrar/blob/6f5a062/modules/registrars/ispapi/ispapi.php",
    "2021-07-02",
);
/// The ISPAPI module's usage guide (internal transfers).
const USAGE: Source = Source::new(
    "https://github.com/centralnicgroup-public/rtldev-middleware-documentation/blob/7539485/docs/hexonet/whmcs/whmcs-ispapi-registrar.md",
    "2024-03-28",
);
/// HEXONET's PHP SDK: the responses it makes up itself when the API cannot be reached (the
/// version the reference read, from 2024; its commit was not recorded).
const SDK: Source = Source::new(
    "https://github.com/centralnicgroup-opensource/rtldev-middleware-php-sdk/blob/master/src/HEXONET/ResponseTemplateManager.php",
    "2024",
);
/// HEXONET wiki, .AF: the auth-code strength rule of the .com family.
const WIKI_AF: Source = Source::new("https://wiki.hexonet.net/wiki/AF", "2012");
/// EPP result codes.
pub const RFC_5730: Source = Source::new("https://www.rfc-editor.org/rfc/rfc5730#section-3", "2009-08");
/// The RRP code set ISPAPI's codes come from, in its original wording (kept by CentralNic
/// Reseller's other API).
pub const RFC_2832: Source = Source::new("https://www.rfc-editor.org/rfc/rfc2832", "2000-05");

/// A real text in the module's issue tracker.
const fn issue(url: &'static str, date: &'static str) -> Source {
    Source::new(url, date)
}
const ISSUE_68: Source =
    issue("https://github.com/centralnicgroup-opensource/rtldev-middleware-whmcs/issues/68", "2019-02-26");
const ISSUE_89: Source =
    issue("https://github.com/centralnicgroup-opensource/rtldev-middleware-whmcs/issues/89", "2019-06-17");
const ISSUE_122: Source =
    issue("https://github.com/centralnicgroup-opensource/rtldev-middleware-whmcs/issues/122", "2019-12-03");
const ISSUE_195: Source =
    issue("https://github.com/centralnicgroup-opensource/rtldev-middleware-whmcs/issues/195", "2021-06-24");
const ISSUE_205: Source =
    issue("https://github.com/centralnicgroup-opensource/rtldev-middleware-whmcs/issues/205", "2021-08-09");
const ISSUE_207: Source =
    issue("https://github.com/centralnicgroup-opensource/rtldev-middleware-whmcs/issues/207", "2021-08-12");
const ISSUE_218: Source =
    issue("https://github.com/centralnicgroup-opensource/rtldev-middleware-whmcs/issues/218", "2021-11-22");
const ISSUE_257: Source =
    issue("https://github.com/centralnicgroup-opensource/rtldev-middleware-whmcs/issues/257", "2023-08-04");
const ISSUE_289: Source =
    issue("https://github.com/centralnicgroup-opensource/rtldev-middleware-whmcs/issues/289", "2025-03-26");

use Code::*;
use Target::*;

/// The known texts, specific before general.
pub const ENTRIES: &[Entry] = &[
    // ID protection and trustee services that the zone does not have (FAQ #5: .ca; old FAQ #18: .de).
    say(
        "Invalid attribute value; X-ACCEPT-WHOISTRUSTEE-TAC not supported",
        RegistrarIdProtectionNotSupported,
        Path("idProtection"),
        FAQ,
    ),
    say(
        "Invalid attribute value; X-{tld}-ACCEPT-TRUSTEE-TAC not supported",
        RegistrarTrusteeNotSupported,
        Trustee,
        OLD_FAQ,
    ),
    // Premium names (FAQ #24; issue 257: `CLASS=PREMIUM_ICU_USD:6:6`).
    say(
        "Missing required attribute; CLASS={class} required",
        RegistrarPremiumClassRequired,
        Path("premium.class"),
        FAQ,
    ),
    say(
        "Invalid attribute value; could not get domain transfer fee refundable",
        RegistrarPremiumFeeUnavailable,
        Path("premium"),
        ISSUE_257,
    ),
    say("Price mismatch. Got {got}, but expected {expected}", RegistrarPriceMismatch, Path("premium"), MODULE),
    // Contacts (old FAQ #6, #41; issue 122).
    say("Missing required attribute; TOO FEW {role} CONTACTS", RegistrarContactMissing, Role, ISSUE_122),
    say("Missing required attribute: {element} of {role}", RegistrarContactPartMissing, Part, OLD_FAQ),
    Entry { pattern: "{any}INVALID CONTACT [{role} ({inner})]", then: Then::Contact, source: OLD_FAQ },
    // The registrar found no terms for the name: an en dash typed for a hyphen (issue 68).
    say(
        "Invalid attribute value; could not get default transfer period",
        RegistrarTermsUnknown,
        Path("domain"),
        ISSUE_68,
    ),
    // A field's value refused by the registry behind a handle (issue 205: .de general request).
    say(
        "Command failed; Could not create handle for {attr} ({inner})",
        RegistrarAttributeInvalid,
        Attribute,
        ISSUE_205,
    ),
    // An option's label sent instead of its code (issue 207).
    say("Syntax error in Parameter {attr} ({value})", RegistrarAttributeInvalid, Attribute, ISSUE_207),
    say("Syntax error in Parameter {attr}", RegistrarAttributeInvalid, Attribute, ISSUE_207),
    say("Invalid attribute value syntax; {attr}", RegistrarAttributeInvalid, Attribute, API),
    say("Invalid attribute value; {attr} not supported", RegistrarAttributeNotAccepted, Attribute, FAQ),
    say("Invalid attribute value; {attr}", RegistrarAttributeInvalid, Attribute, API),
    say("Missing required attribute; {attr}", RegistrarAttributeMissing, Attribute, FAQ),
    // A field the action does not take (issue 218: a registration-only box sent with a trade).
    say("Invalid Parameter: {attr}", RegistrarAttributeNotAccepted, Attribute, ISSUE_218),
    say("Invalid attribute name; {attr}", RegistrarAttributeNotAccepted, Attribute, API),
    // Host objects that do not exist at the registry (FAQ #6: .ca; old FAQ #60; FAQ #29).
    say("Object does not exist; ns {host} does not exist", RegistrarNameserverUnknown, Host, OLD_FAQ),
    say(
        "Object does not exist; Create the host on the Registry system",
        RegistrarNameserversUnknown,
        Path("nameservers"),
        FAQ,
    ),
    say(
        "#{n} - host association mapping references a nonexistent host name",
        RegistrarNameserversUnknown,
        Path("nameservers"),
        FAQ,
    ),
    // Transfers: locks, auth codes (API CheckDomainTransfer; module pre-checks; usage guide).
    say(
        "Request is not available; DOMAIN TRANSFER IS PROHIBITED BY STATUS",
        RegistrarTransferLocked,
        Path("domain"),
        API,
    ),
    say("Transferlock is active", RegistrarTransferLocked, Path("domain"), MODULE),
    say("Registrar Transfer Lock", RegistrarTransferLocked, Path("domain"), FAQ),
    // The module's own spelling ("Invaild"), and the same sentence spelt right: not seen in a
    // source, kept for a module that corrects it.
    say("Invaild Authorization Code$", RegistrarAuthCodeInvalid, Path("authCode"), MODULE),
    say("Invalid Authorization Code$", RegistrarAuthCodeInvalid, Path("authCode"), MODULE),
    say("Authorization failed; USERTRANSFER - AUTH CODE REQUIRED", RegistrarAuthCodeRequired, Path("authCode"), USAGE),
    say("AUTH - minimum {min} characters", RegistrarAuthCodeWeak, Path("authCode"), WIKI_AF),
    // The domain itself.
    say("Object not found; DOMAIN NAME NOT FOUND", RegistrarDomainNotManaged, Path("domain"), ISSUE_289),
    say("Entity reference not found$", RegistrarDomainNotManaged, Path("domain"), ISSUE_289),
    say("Domain name not available; ORGANIZATION", RegistrarRegistrationRight, Path("registrant.organization"), API),
    say(
        "Releasing impossible. Please remove the Registrar Lock first",
        RegistrarStatusProhibits,
        Path("domain"),
        MODULE,
    ),
    say("Registrar Lock Failed", RegistrarActionNotSupported, Path("action"), ISSUE_89),
    say("Not supported by this TLD", RegistrarActionNotSupported, Path("action"), ISSUE_89),
    // The responses the SDK makes up when the API cannot be reached or refuses the login.
    say("Empty API response. Probably unreachable API end point", RegistrarTemporary, Order, SDK),
    say("Invalid API response. Contact Support$", RegistrarTemporary, Order, SDK),
    say("Command failed due to server error. Client should try again$", RegistrarTemporary, Order, SDK),
    say("Command failed due to HTTP communication error$", RegistrarTemporary, Order, SDK),
    say("Page not found$", RegistrarTemporary, Order, SDK),
    say("Internal server error$", RegistrarTemporary, Order, SDK),
    say("API access error: curl_init failed$", RegistrarShopConfiguration, Order, SDK),
    say("SESSION NOT FOUND$", RegistrarShopConfiguration, Order, SDK),
    say("Unauthorized$", RegistrarShopConfiguration, Order, SDK),
    say("Could not load TLD configuration data", RegistrarTemporary, Order, MODULE),
];

/// The texts a registry writes about one contact, inside `INVALID CONTACT [ROLE (...)]`
/// (old FAQ #7 and #31: .dk; issue 195: .ro).
pub const CONTACT_ENTRIES: &[Entry] = &[
    say("{any}VATID REQUIRED FOR ORGANIZATION", RegistrarVatRequired, VatField, OLD_FAQ),
    say("{any}VATID is mandatory", RegistrarVatRequired, VatField, ISSUE_195),
    say(
        "Unaccepted value for {element} ({reason}) (you specified value as '{value}')",
        RegistrarContactPartInvalid,
        Part,
        OLD_FAQ,
    ),
    say("Unaccepted value for {element}", RegistrarContactPartInvalid, Part, OLD_FAQ),
    say("Missing required attribute; {element}", RegistrarContactPartMissing, Part, API),
    say("Missing required attribute: {element}", RegistrarContactPartMissing, Part, OLD_FAQ),
    say("Invalid attribute value syntax; {element}", RegistrarContactPartInvalid, Part, API),
    say("Invalid attribute value; {element}", RegistrarContactPartInvalid, Part, API),
];

/// What a response code says on its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ResponseCode {
    /// The code.
    pub code: u16,
    /// The code's own text (ISPAPI's, then the RRP wording where it differs).
    pub text: &'static str,
    /// The cause, when the code alone names one.
    pub cause: Option<(Code, Target)>,
    /// Whether the cause holds whatever detail follows the text; otherwise an unknown detail
    /// leaves the text unrecognised.
    pub any_detail: bool,
}

const fn code(code: u16, text: &'static str, cause: Code, target: Target, any_detail: bool) -> ResponseCode {
    ResponseCode { code, text, cause: Some((cause, target)), any_detail }
}

/// ISPAPI's response codes (API reference, 2024-07-26) with the RRP wording where it differs
/// (RFC 2832). A code listed twice has two wordings; the first is ISPAPI's.
pub const ISPAPI_CODES: &[ResponseCode] = &[
    code(200, "Command completed successfully", RegistrarSuccess, Order, true),
    code(210, "Domain name available", RegistrarSuccess, Order, true),
    code(211, "Domain name not available", RegistrarDomainTaken, Path("domain"), false),
    code(212, "Nameserver is available", RegistrarSuccess, Order, true),
    code(218, "Request is available", RegistrarSuccess, Order, true),
    code(219, "Request is not available", RegistrarTransferNotPossible, Path("domain"), false),
    code(420, "Command failed due to server error. Server closing connection", RegistrarTemporary, Order, true),
    code(421, "Command failed due to server error. Client should try again", RegistrarTemporary, Order, true),
    code(422, "Abuse detected! The account has been temporarily locked", RegistrarTemporary, Order, true),
    code(423, "Command failed due to server error. Client should try again", RegistrarTemporary, Order, true),
    code(423, "error (socket error)", RegistrarTemporary, Order, true),
    code(425, "Service temporarily locked; usage exceeded", RegistrarTemporary, Order, true),
    code(500, "Invalid command name", RegistrarShopConfiguration, Order, true),
    code(501, "Invalid command option", RegistrarShopConfiguration, Order, true),
    code(502, "Invalid entity value", RegistrarShopConfiguration, Order, true),
    code(503, "Invalid attribute name", RegistrarShopConfiguration, Order, false),
    code(504, "Missing required attribute", RegistrarValueMissing, Order, false),
    code(505, "Invalid attribute value syntax", RegistrarValueRejected, Order, false),
    code(506, "Invalid option value", RegistrarValueRejected, Order, false),
    code(507, "Invalid command format", RegistrarShopConfiguration, Order, true),
    code(508, "Missing required entity", RegistrarValueMissing, Order, false),
    code(509, "Missing command option", RegistrarShopConfiguration, Order, true),
    code(510, "Command not supported for this class", RegistrarActionNotSupported, Path("action"), true),
    code(510, "Invalid encoding", RegistrarShopConfiguration, Order, true),
    code(520, "Server closing connection", RegistrarTemporary, Order, true),
    code(521, "Too many sessions open", RegistrarTemporary, Order, true),
    code(530, "Authentication failed", RegistrarShopConfiguration, Order, true),
    code(531, "Authorization failed", RegistrarAuthorizationFailed, Path("authCode"), false),
    code(532, "Domain names linked with name server", RegistrarObjectInUse, Path("nameservers"), true),
    code(533, "Domain name has active name servers", RegistrarObjectInUse, Path("nameservers"), true),
    code(534, "Object has not been flagged for transfer", RegistrarNoPendingTransfer, Path("domain"), true),
    code(534, "Domain name has not been flagged for transfer", RegistrarNoPendingTransfer, Path("domain"), true),
    code(535, "Restricted IP address", RegistrarValueRejected, Path("nameservers"), true),
    code(536, "Object already flagged for transfer", RegistrarTransferPending, Path("domain"), true),
    code(536, "Domain already flagged for transfer", RegistrarTransferPending, Path("domain"), true),
    code(540, "Attribute value is not unique", RegistrarValueRejected, Order, false),
    code(541, "Invalid attribute value", RegistrarValueRejected, Order, false),
    code(542, "Invalid old value for an attribute", RegistrarValueRejected, Order, false),
    code(543, "Final or implicit attribute cannot be updated", RegistrarNeedsTrade, Path("registrant"), true),
    code(544, "Entity on hold", RegistrarStatusProhibits, Path("domain"), true),
    code(545, "Object not found", RegistrarObjectNotFound, Order, false),
    code(545, "Entity reference not found", RegistrarDomainNotManaged, Path("domain"), false),
    code(546, "Credit limit exceeded", RegistrarShopConfiguration, Order, true),
    code(547, "Invalid command sequence", RegistrarShopConfiguration, Order, true),
    code(548, "Object is not up for renewal", RegistrarRenewalNotAllowed, Path("period"), true),
    code(548, "Domain is not up for renewal", RegistrarRenewalNotAllowed, Path("period"), true),
    ResponseCode { code: 549, text: "Command failed", cause: None, any_detail: false },
    code(550, "Parent domain not registered", RegistrarNameserversUnknown, Path("nameservers"), true),
    code(551, "Parent domain status does not allow for operation", RegistrarStatusProhibits, Path("nameservers"), true),
    code(552, "Object status does not allow for operation", RegistrarStatusProhibits, Path("domain"), true),
    code(552, "Domain status does not allow for operation", RegistrarStatusProhibits, Path("domain"), true),
    code(553, "Operation not allowed. Object pending transfer", RegistrarTransferPending, Path("domain"), true),
    code(553, "Operation not allowed. Domain pending transfer", RegistrarTransferPending, Path("domain"), true),
    code(554, "Object already registered", RegistrarDomainTaken, Path("domain"), true),
    code(554, "Domain already registered", RegistrarDomainTaken, Path("domain"), true),
    code(555, "Object already renewed", RegistrarRenewalNotAllowed, Path("period"), true),
    code(555, "Domain already renewed", RegistrarRenewalNotAllowed, Path("period"), true),
    code(556, "Maximum registration period exceeded", RegistrarPeriodInvalid, Path("period"), true),
    code(557, "Object status prohibits operation", RegistrarStatusProhibits, Path("domain"), true),
];

/// EPP's result codes by class (RFC 5730 §3): the code alone names the cause; the message and
/// the `<value>` elements can name the input.
pub const EPP_CODES: &[ResponseCode] = &[
    code(1000, "Command completed successfully", RegistrarSuccess, Order, true),
    code(1001, "Command completed successfully; action pending", RegistrarPending, Order, true),
    code(1300, "Command completed successfully; no messages", RegistrarSuccess, Order, true),
    code(1301, "Command completed successfully; ack to dequeue", RegistrarSuccess, Order, true),
    code(1500, "Command completed successfully; ending session", RegistrarSuccess, Order, true),
    code(2000, "Unknown command", RegistrarShopConfiguration, Order, true),
    code(2001, "Command syntax error", RegistrarShopConfiguration, Order, true),
    code(2002, "Command use error", RegistrarShopConfiguration, Order, true),
    code(2003, "Required parameter missing", RegistrarValueMissing, Order, true),
    code(2004, "Parameter value range error", RegistrarValueRejected, Order, true),
    code(2005, "Parameter value syntax error", RegistrarValueRejected, Order, true),
    code(2100, "Unimplemented protocol version", RegistrarShopConfiguration, Order, true),
    code(2101, "Unimplemented command", RegistrarActionNotSupported, Path("action"), true),
    code(2102, "Unimplemented option", RegistrarShopConfiguration, Order, true),
    code(2103, "Unimplemented extension", RegistrarShopConfiguration, Order, true),
    code(2104, "Billing failure", RegistrarShopConfiguration, Order, true),
    code(2105, "Object is not eligible for renewal", RegistrarRenewalNotAllowed, Path("period"), true),
    code(2106, "Object is not eligible for transfer", RegistrarTransferLocked, Path("domain"), true),
    code(2200, "Authentication error", RegistrarShopConfiguration, Order, true),
    code(2201, "Authorization error", RegistrarDomainNotManaged, Path("domain"), true),
    code(2202, "Invalid authorization information", RegistrarAuthCodeInvalid, Path("authCode"), true),
    code(2300, "Object pending transfer", RegistrarTransferPending, Path("domain"), true),
    code(2301, "Object not pending transfer", RegistrarNoPendingTransfer, Path("domain"), true),
    code(2302, "Object exists", RegistrarDomainTaken, Path("domain"), true),
    code(2303, "Object does not exist", RegistrarObjectNotFound, Order, true),
    code(2304, "Object status prohibits operation", RegistrarStatusProhibits, Path("domain"), true),
    code(2305, "Object association prohibits operation", RegistrarObjectInUse, Order, true),
    code(2306, "Parameter value policy error", RegistrarValueRejected, Order, true),
    code(2307, "Unimplemented object service", RegistrarShopConfiguration, Order, true),
    code(2308, "Data management policy violation", RegistrarValueRejected, Order, true),
    code(2400, "Command failed", RegistrarTemporary, Order, false),
    code(2500, "Command failed; server closing connection", RegistrarTemporary, Order, false),
    code(2501, "Authentication error; server closing connection", RegistrarShopConfiguration, Order, true),
    code(2502, "Session limit exceeded; server closing connection", RegistrarTemporary, Order, true),
];

/// The order keys that ISPAPI's upper-case attribute names stand for (API reference,
/// AddDomain and AddContact).
pub const ORDER_ATTRIBUTES: &[(&str, &str)] = &[
    ("CLASS", "premium.class"),
    ("AUTH", "authCode"),
    ("PERIOD", "period"),
    ("DOMAIN", "domain"),
    ("X-ACCEPT-WHOISTRUSTEE-TAC", "idProtection"),
];

/// The words for the order keys an attribute can stand for, as a field label.
pub const ORDER_KEY_LABELS: &[(&str, Text)] = &[
    ("premium.class", text!("explain.premium_class")),
    ("authCode", text!("explain.auth_code")),
    ("period", text!("explain.term")),
    ("domain", text!("explain.domain_name")),
    ("idProtection", text!("explain.id_protection")),
    ("nameservers", text!("explain.nameserver")),
];

/// The contact roles of ISPAPI (`OWNERCONTACT0`, `ADMIN`) and the order's.
pub const ROLES: &[(&str, &str)] =
    &[("OWNER", "registrant"), ("ADMIN", "admin"), ("TECH", "tech"), ("BILLING", "billing")];

/// The parts of a contact: EPP's elements (RFC 5733) and ISPAPI's attributes, as contact keys.
pub const PARTS: &[(&str, &str)] = &[
    ("contact:name", "name"),
    ("contact:org", "organization"),
    ("contact:street", "street"),
    ("contact:city", "city"),
    ("contact:sp", "state"),
    ("contact:pc", "postalCode"),
    ("contact:cc", "country"),
    ("contact:voice", "phone"),
    ("contact:fax", "fax"),
    ("contact:email", "email"),
    ("FIRSTNAME", "firstName"),
    ("LASTNAME", "lastName"),
    ("NAME", "name"),
    ("ORGANIZATION", "organization"),
    ("STREET", "street"),
    ("CITY", "city"),
    ("STATE", "state"),
    ("ZIP", "postalCode"),
    ("COUNTRY", "country"),
    ("PHONE", "phone"),
    ("FAX", "fax"),
    ("EMAIL", "email"),
];

/// EPP `<value>` elements (local names) that name an order input (RFC 5731); `name` is the
/// domain's unless its prefix is `host`.
pub const EPP_ELEMENTS: &[(&str, &str)] = &[
    ("name", "domain"),
    ("period", "period"),
    ("pw", "authCode"),
    ("authInfo", "authCode"),
    ("registrant", "registrant"),
];

/// EPP `<value>` elements (local names, any prefix) that hold a host name (RFC 5731, 5732):
/// `domain:hostObj`, `domain:hostName`, and `host:name`.
pub const EPP_HOST_ELEMENTS: &[&str] = &["hostObj", "hostName"];
