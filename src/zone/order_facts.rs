//! What a zone's registry and the registrar API decide about the order flow, beyond the fields:
//! the terms per action, the transfer's auth code, the transfer lock, ID protection and the
//! registry's own privacy, the trustee service, bundled zones. Each zone with verified facts
//! declares them next to its policy ([`OrderFacts`] constants in its module); every other zone
//! gets the generic gTLD or ccTLD facts, and the order check says so.

use super::{Cited, Source};

/// A set of terms in years (bit `n` set: `n` years; 0 is a transfer that keeps the expiry
/// date, the API's `0Y`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Years(u16);

impl Years {
    /// From `first` to `last` years.
    pub const fn range(first: u8, last: u8) -> Years {
        let mut bits = 0u16;
        let mut n = first;
        while n <= last {
            bits |= 1 << n;
            n += 1;
        }
        Years(bits)
    }

    /// Exactly `n` years.
    pub const fn only(n: u8) -> Years {
        Years(1 << n)
    }

    /// Whether a term of `years` is in the set.
    pub fn contains(self, years: u32) -> bool {
        years < 16 && self.0 & (1 << years) != 0
    }

    /// The terms, ascending.
    pub fn iter(self) -> impl Iterator<Item = u8> {
        (0..16u8).filter(move |n| self.0 & (1 << n) != 0)
    }

    /// The terms as text for messages: `1-10`, `1`, `0`, `1, 2, 5`.
    pub fn describe(self) -> String {
        let years: Vec<u8> = self.iter().collect();
        match years.as_slice() {
            [] => String::new(),
            [one] => one.to_string(),
            [first, .., last] if usize::from(last - first) + 1 == years.len() => format!("{first}-{last}"),
            _ => years.iter().map(u8::to_string).collect::<Vec<_>>().join(", "),
        }
    }
}

/// The terms a zone sells, per action.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Terms {
    /// A new registration.
    pub register: Years,
    /// A renewal.
    pub renew: Years,
    /// A transfer (the years it adds; 0 where it adds none).
    pub transfer: Years,
}

/// How a transfer is authorised.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AuthCode {
    /// With the code (AuthInfo, EPP key) the registrant gets from the current registrar or the
    /// registry.
    Required,
    /// No code exists: the current registrar pushes the name to the new registrar's tag (the
    /// tag to ask for).
    PushToTag(&'static str),
    /// No code is used: the registry authorises the transfer another way.
    NotUsed,
}

/// How long after a registration or a transfer the name cannot be transferred.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TransferLock {
    /// No lock is known.
    None,
    /// Days after the registration and after the last transfer.
    Days {
        /// After the registration.
        after_registration: u16,
        /// After the last transfer.
        after_transfer: u16,
    },
}

/// Whether the registrar's ID protection (WHOIS privacy service) can be ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IdProtection {
    /// Offered.
    Offered,
    /// Not offered for this zone.
    NotOffered,
    /// Not offered: the registry hides the data of individuals itself, free and by default
    /// (organisations' data stays public); these tests say who counts as one (.ca's legal
    /// types for people, .se's individuals).
    RegistryPrivacyWhen(&'static [crate::fields::Test]),
    /// Not offered: the registry hides every registrant's data itself.
    RegistryPrivacy,
    /// Not known for this zone (generic facts).
    Unknown,
}

/// Where a zone's facts come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Basis {
    /// Facts verified for this zone.
    Zone,
    /// The generic facts of gTLDs (the ICANN rules every gTLD shares).
    GenericGtld,
    /// The generic facts of ccTLDs (little is common to them: terms and locks may differ).
    GenericCctld,
}

impl Basis {
    /// The name used in reports: `zone`, `gtld`, `cctld`.
    pub fn as_str(self) -> &'static str {
        match self {
            Basis::Zone => "zone",
            Basis::GenericGtld => "gtld",
            Basis::GenericCctld => "cctld",
        }
    }
}

/// A zone's order facts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OrderFacts {
    /// The registry zones (ASCII) these facts apply to; empty for the generic facts.
    pub zones: &'static [&'static str],
    /// Verified for the zone, or generic.
    pub basis: Basis,
    /// Terms in years per action.
    pub terms: Cited<Terms>,
    /// How a transfer is authorised.
    pub auth_code: Cited<AuthCode>,
    /// The transfer lock after a registration or a transfer.
    pub transfer_lock: Cited<TransferLock>,
    /// ID protection.
    pub id_protection: Cited<IdProtection>,
    /// Zones registered together with this one (a registration of one is one of both).
    pub bundle: Cited<&'static [&'static str]>,
    /// Whether a transfer sends the registrant's contact, which must then be complete.
    pub contacts_on_transfer: Cited<bool>,
}

/// The terms of a gTLD as a registrar sells them: one to ten years for a registration and a
/// renewal (ICANN's ten-year cap), one year added by a transfer (Route 53's .com page; the
/// registrar API's gTLD pages agree).
pub const ICANN_TERMS: Source =
    Source::new("https://github.com/awsdocs/amazon-route53-docs/blob/2c31968/doc_source/com.md", "2023-04-07");

/// The ICANN Transfer Policy: the losing registrar may deny a transfer within 60 days of the
/// creation or of the last transfer (I.A.3.7.5 and I.A.3.7.6). "May": a warning, not a refusal.
pub const ICANN_TRANSFER_POLICY: Source = Source::new(
    "https://www.icann.org/resources/pages/transfer-policy-2016-06-01-en",
    "2016-06-01; revised 2024-02-21",
);

/// The registrar module's FAQ: ID protection (WHOISTRUSTEE) is offered for most gTLDs and new
/// gTLDs (FAQ #13).
pub const ISPAPI_FAQ: Source = Source::new(
    "https://github.com/centralnicgroup-public/rtldev-middleware-documentation/blob/ea9a139/docs/hexonet/faqs/whmcs-ispapi-registrar.md",
    "2023-09-28",
);

/// The module FAQ before its 2022 clean-up: no ID protection for .de (#18) nor for .ca (#8),
/// where CIRA's own privacy covers individuals.
pub const ISPAPI_OLD_FAQ: Source = Source::new(
    "https://github.com/centralnicgroup-public/rtldev-middleware-documentation/blob/7d02ea6/docs/hexonet/faqs/whmcs-ispapi-registrar.md",
    "2022-10-18",
);

/// The API reference: transfers need the auth code where `REGISTRYTRANSFERREQUIREAUTHCODE` is
/// `YES`, as for every gTLD (EPP's `<domain:authInfo>`, RFC 5731 section 3.2.4).
pub const API_TRANSFER: Source = Source::new(
    "https://github.com/centralnicgroup-public/hexonet-api-documentation/blob/d4a2d31/API/DOMAIN/TRANSFER/TRANSFERDOMAIN.md",
    "2024-07-26",
);

/// EPP's transfer command carries the name, a period and the auth code, no nameservers (RFC 5731
/// section 3.2.4): nameservers given with a transfer are not applied (the module FAQ #14).
pub const NAMESERVERS_ON_TRANSFER: Source =
    Source::new("https://www.rfc-editor.org/rfc/rfc5731#section-3.2.4", "2009-08");

/// The registrar module sends no contacts with a transfer of a gTLD or of .nu, .dk, .ca, .us,
/// .pt, .no, .se and .es (`ispapi.php`, TransferDomain); for the other ccTLDs it does.
pub const MODULE_TRANSFER: Source = Source::new(
    "https://github.com/hexonet/whmcs-ispapi-registrar/blob/6f5a062/modules/registrars/ispapi/ispapi.php",
    "2021-07-02",
);

/// The API reference's CheckDomains: a premium name has a price class (`CLASS`) that must be
/// passed on when it is registered; TransferDomain and RenewDomain take it as well.
pub const PREMIUM: Source = Source::new(
    "https://github.com/centralnicgroup-public/hexonet-api-documentation/blob/d4a2d31/API/DOMAIN/CHECKDOMAINS.md",
    "2024-07-26",
);

/// The facts every gTLD shares.
pub const GENERIC_GTLD: OrderFacts = OrderFacts {
    zones: &[],
    basis: Basis::GenericGtld,
    terms: Cited {
        value: Terms { register: Years::range(1, 10), renew: Years::range(1, 10), transfer: Years::only(1) },
        source: ICANN_TERMS,
    },
    auth_code: Cited { value: AuthCode::Required, source: API_TRANSFER },
    transfer_lock: Cited {
        value: TransferLock::Days { after_registration: 60, after_transfer: 60 },
        source: ICANN_TRANSFER_POLICY,
    },
    id_protection: Cited { value: IdProtection::Offered, source: ISPAPI_FAQ },
    bundle: Cited { value: &[], source: ICANN_TERMS },
    contacts_on_transfer: Cited { value: false, source: MODULE_TRANSFER },
};

/// What is assumed of a ccTLD without verified facts: a code for a transfer (EPP's rule), one to
/// ten years, no lock, ID protection unknown. The order check says that these are assumptions.
pub const GENERIC_CCTLD: OrderFacts = OrderFacts {
    zones: &[],
    basis: Basis::GenericCctld,
    terms: Cited {
        value: Terms { register: Years::range(1, 10), renew: Years::range(1, 10), transfer: Years::range(0, 1) },
        source: ICANN_TERMS,
    },
    auth_code: Cited { value: AuthCode::Required, source: API_TRANSFER },
    transfer_lock: Cited { value: TransferLock::None, source: API_TRANSFER },
    id_protection: Cited { value: IdProtection::Unknown, source: ISPAPI_FAQ },
    bundle: Cited { value: &[], source: API_TRANSFER },
    contacts_on_transfer: Cited { value: true, source: MODULE_TRANSFER },
};

/// The API's trustee (local presence) switches of AddDomain and TransferDomain, by zone: a zone
/// not listed has no trustee service in the API.
pub const TRUSTEE_SOURCE: Source = Source::new(
    "https://github.com/centralnicgroup-public/hexonet-api-documentation/blob/d4a2d31/API/DOMAIN/ADDDOMAIN.md",
    "2024-07-26",
);

/// Zone and trustee parameter, from [`TRUSTEE_SOURCE`].
pub const TRUSTEE_PARAMS: &[(&str, &str)] = &[
    ("ar", "X-AR-ACCEPT-TRUSTEE-TAC"),
    ("asia", "X-ASIA-CED-ACCEPT-TRUSTEE-TAC"),
    ("bayern", "X-BAYERN-ACCEPT-TRUSTEE-TAC"),
    ("berlin", "X-BERLIN-ACCEPT-TRUSTEE-TAC"),
    ("br", "X-BR-ACCEPT-TRUSTEE-TAC"),
    ("com.br", "X-BR-ACCEPT-TRUSTEE-TAC"),
    ("cl", "X-CL-ACCEPT-TRUSTEE-TAC"),
    ("de", "X-DE-ACCEPT-TRUSTEE-TAC"),
    ("ee", "X-EE-ACCEPT-TRUSTEE-TAC"),
    ("eu", "X-EU-ACCEPT-TRUSTEE-TAC"),
    ("fr", "X-FR-ACCEPT-TRUSTEE-TAC"),
    ("hamburg", "X-HAMBURG-ACCEPT-TRUSTEE-TAC"),
    ("hu", "X-HU-ACCEPT-TRUSTEE-TAC"),
    ("it", "X-IT-ACCEPT-TRUSTEE-TAC"),
    ("jp", "X-JP-ACCEPT-TRUSTEE-TAC"),
    ("kr", "X-KR-ACCEPT-TRUSTEE-TAC"),
    ("mk", "X-MK-ACCEPT-TRUSTEE-TAC"),
    ("my", "X-MY-ACCEPT-TRUSTEE-TAC"),
    ("pm", "X-PM-ACCEPT-TRUSTEE-TAC"),
    ("re", "X-RE-ACCEPT-TRUSTEE-TAC"),
    ("ruhr", "X-RUHR-ACCEPT-TRUSTEE-TAC"),
    ("sg", "X-SG-ACCEPT-TRUSTEE-TAC"),
    ("sk", "X-SK-ACCEPT-TRUSTEE-TAC"),
    ("tf", "X-TF-ACCEPT-TRUSTEE-TAC"),
    ("uk", "X-UK-ACCEPT-TRUSTEE-TAC"),
    ("co.uk", "X-UK-ACCEPT-TRUSTEE-TAC"),
    ("org.uk", "X-UK-ACCEPT-TRUSTEE-TAC"),
    ("me.uk", "X-UK-ACCEPT-TRUSTEE-TAC"),
    ("ve", "X-VE-ACCEPT-TRUSTEE-TAC"),
    ("wf", "X-WF-ACCEPT-TRUSTEE-TAC"),
    ("yt", "X-YT-ACCEPT-TRUSTEE-TAC"),
];

/// The trustee parameter of `zone`, if the API has one.
pub fn trustee_param(zone: &str) -> Option<&'static str> {
    TRUSTEE_PARAMS.iter().find(|(z, _)| *z == zone).map(|(_, param)| *param)
}

/// Whether `zone` is a ccTLD or below one: its top label is two ASCII letters. (Internationalised
/// ccTLDs such as `xn--p1ai` are counted as gTLDs here: their facts are generic either way.)
pub fn is_country_code(zone: &str) -> bool {
    let top = zone.rsplit('.').next().unwrap_or(zone);
    top.len() == 2 && top.bytes().all(|b| b.is_ascii_lowercase())
}
