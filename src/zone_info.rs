//! A zone's order facts as data for forms and scripts (contract section 3a, `zoneInfo`): the
//! terms per action, the transfer's auth code, the lock, ID protection, the trustee service,
//! nameservers on transfer, bundled zones, premium names, and where each fact comes from.

use serde::Serialize;

use crate::locale::Locale;
use crate::report::Diagnostic;
use crate::source::Source;
use crate::zone::order_facts::{
    AuthCode, IdProtection, NAMESERVERS_ON_TRANSFER, OrderFacts, PREMIUM, TRUSTEE_SOURCE, TransferLock, Years,
    trustee_param,
};
use crate::zone::order_facts_for;

/// The order facts of one zone.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ZoneInfo {
    /// `true` when the zone was found.
    pub ok: bool,
    /// The registry zone in ASCII.
    pub tld: String,
    /// `zone` (verified for this zone), `gtld` or `cctld` (the generic facts of its kind).
    pub basis: &'static str,
    /// Terms in years per action.
    pub terms: TermsInfo,
    /// How a transfer is authorised.
    pub auth_code: AuthCodeInfo,
    /// Days after a registration and after a transfer during which a transfer is refused; absent
    /// where no lock is known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub transfer_lock: Option<LockInfo>,
    /// `offered`, `notOffered`, `registryPrivacyForIndividuals`, `registryPrivacy` or `unknown`.
    pub id_protection: &'static str,
    /// The API parameter of the trustee (local presence) service; absent where there is none.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub trustee: Option<&'static str>,
    /// Whether nameservers given with a transfer are applied (never: set them afterwards).
    pub nameservers_on_transfer: bool,
    /// Zones registered together with this one.
    pub bundle: Vec<&'static str>,
    /// Whether a premium transfer or renewal needs the premium class.
    pub premium_class_on_transfer_and_renewal: bool,
    /// Where each fact comes from (empty in the WebAssembly build, which keeps no source texts).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<SourceInfo>,
    /// Why the facts are empty, if they are.
    pub diagnostics: Vec<Diagnostic>,
}

/// Terms in years.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TermsInfo {
    /// A registration.
    pub register: Vec<u8>,
    /// A renewal.
    pub renew: Vec<u8>,
    /// A transfer (0: the expiry date stays).
    pub transfer: Vec<u8>,
}

/// The auth code of a transfer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AuthCodeInfo {
    /// Whether a transfer needs one.
    pub required: bool,
    /// The tag the name is pushed to instead, where the zone has tags (.uk).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub push_to_tag: Option<&'static str>,
}

/// A transfer lock.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct LockInfo {
    /// Days after the registration.
    pub after_registration: u16,
    /// Days after the last transfer.
    pub after_transfer: u16,
}

/// A fact's source.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SourceInfo {
    /// The fact (`terms`, `authCode`, ...).
    pub fact: &'static str,
    /// The page.
    pub url: &'static str,
    /// Its date.
    pub date: &'static str,
}

/// The order facts of the zone `zone_or_domain` names.
pub fn zone_info(zone_or_domain: &str, locale: Locale) -> ZoneInfo {
    match crate::schema::resolve_zone(zone_or_domain, locale) {
        Ok(tld) => describe(tld.clone(), order_facts_for(&tld)),
        Err((wanted, diagnostic)) => ZoneInfo {
            ok: false,
            diagnostics: vec![diagnostic],
            ..describe(wanted, &crate::zone::order_facts::GENERIC_GTLD)
        },
    }
}

fn years(set: Years) -> Vec<u8> {
    set.iter().collect()
}

fn describe(tld: String, facts: &'static OrderFacts) -> ZoneInfo {
    let terms = facts.terms.value;
    let (required, push_to_tag) = match facts.auth_code.value {
        AuthCode::Required => (true, None),
        AuthCode::PushToTag(tag) => (false, Some(tag)),
        AuthCode::NotUsed => (false, None),
    };
    let transfer_lock = match facts.transfer_lock.value {
        TransferLock::None => None,
        TransferLock::Days { after_registration, after_transfer } => {
            Some(LockInfo { after_registration, after_transfer })
        }
    };
    let id_protection = match facts.id_protection.value {
        IdProtection::Offered => "offered",
        IdProtection::NotOffered => "notOffered",
        IdProtection::RegistryPrivacyWhen(_) => "registryPrivacyForIndividuals",
        IdProtection::RegistryPrivacy => "registryPrivacy",
        IdProtection::Unknown => "unknown",
    };
    let cited: [(&'static str, Source); 8] = [
        ("terms", facts.terms.source),
        ("authCode", facts.auth_code.source),
        ("transferLock", facts.transfer_lock.source),
        ("idProtection", facts.id_protection.source),
        ("trustee", TRUSTEE_SOURCE),
        ("nameserversOnTransfer", NAMESERVERS_ON_TRANSFER),
        ("bundle", facts.bundle.source),
        ("premium", PREMIUM),
    ];
    let sources = cited
        .into_iter()
        .filter(|(_, source)| !source.url().is_empty())
        .map(|(fact, source)| SourceInfo { fact, url: source.url(), date: source.date() })
        .collect();
    ZoneInfo {
        ok: true,
        trustee: trustee_param(&tld),
        tld,
        basis: facts.basis.as_str(),
        terms: TermsInfo {
            register: years(terms.register),
            renew: years(terms.renew),
            transfer: years(terms.transfer),
        },
        auth_code: AuthCodeInfo { required, push_to_tag },
        transfer_lock,
        id_protection,
        nameservers_on_transfer: false,
        bundle: facts.bundle.value.to_vec(),
        premium_class_on_transfer_and_renewal: true,
        sources,
        diagnostics: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::zone::{all_order_facts, suffix};

    #[test]
    fn facts_of_known_zones() {
        let com = zone_info("example.com", Locale::En);
        assert_eq!((com.basis, com.terms.register.len(), com.auth_code.required), ("zone", 10, true));
        assert_eq!(com.transfer_lock, Some(LockInfo { after_registration: 60, after_transfer: 60 }));
        let uk = zone_info("co.uk", Locale::En);
        assert_eq!((uk.auth_code.required, uk.auth_code.push_to_tag), (false, Some("1API-DE")));
        assert_eq!(zone_info("de", Locale::En).trustee, Some("X-DE-ACCEPT-TRUSTEE-TAC"));
        assert_eq!(zone_info("ngo", Locale::En).bundle, vec!["ong"]);
        assert_eq!(zone_info("xyz", Locale::En).basis, "gtld");
        assert_eq!(zone_info("at", Locale::En).basis, "cctld");
        assert!(!zone_info("no such zone", Locale::En).ok);
    }

    #[test]
    fn every_fact_cites_a_dated_source_and_every_zone_is_real() {
        let mut seen = std::collections::BTreeSet::new();
        for facts in all_order_facts() {
            for zone in facts.zones {
                assert_eq!(suffix::registry_zone(zone), Some(*zone), "{zone} is not a registry zone");
                assert!(seen.insert(*zone), "{zone} has two sets of facts");
            }
            let info = describe(facts.zones[0].to_owned(), facts);
            assert_eq!(info.sources.len(), 8, "{:?}", facts.zones);
            for source in &info.sources {
                assert!(source.url.starts_with("https://") || source.url.starts_with("http://"), "{source:?}");
                assert!(!source.date.is_empty(), "{source:?}");
            }
            // Every action has terms.
            assert!(!info.terms.register.is_empty() && !info.terms.renew.is_empty() && !info.terms.transfer.is_empty());
        }
    }
}
