//! Each registry's nameserver rules: how many it takes, whether it keeps hosts as objects of
//! their own (which must exist before a domain names them) or as attributes of the domain,
//! and whether it checks the DNS before it delegates.

use super::{Cited, Source};

/// How a registry holds nameservers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Model {
    /// Host objects (RFC 5732): every nameserver must exist at the registry before a domain
    /// names it; a host below a domain is created by that domain's registrar, after the domain.
    HostObjects,
    /// Host attributes of the domain (name and glue in the domain's own data); the registry
    /// checks that the nameservers serve the zone before it delegates.
    CheckedAttributes,
    /// Not known to the engine.
    Unknown,
}

/// A registry's nameserver rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NsPolicy {
    /// The registry zones it applies to.
    pub zones: &'static [&'static str],
    /// The fewest and most nameservers a domain may have.
    pub count: Cited<(usize, usize)>,
    /// How the registry holds them.
    pub model: Cited<Model>,
    /// DENIC's rule: at least one nameserver reachable over IPv4, and at least one address that
    /// differs from all the others.
    pub distinct_addresses: bool,
    /// Where the registry also takes address and mail records placed directly in its zone
    /// instead of a delegation (DENIC's NSentry), the source saying so.
    pub nsentry: Option<Source>,
}

/// DENIC's predelegation check (DENIC-23 §2.1.1 and §2.1.2): at least two nameservers, each
/// reachable and authoritative for the zone, one of them over IPv4, one address differing from
/// the others. The maximum of 13 is CentralNic Reseller's; older sources say 5.
const DENIC_23: Source = Source::new(
    "https://docs.denic.de/en/Content/DENIC-23/Nameserver_Predelegation_Check.htm",
    "undated; read 2026-11-28",
);

/// DENIC's NSentry: instead of nameservers, 1 to 5 A, AAAA or MX records placed directly in the
/// .de zone, with no predelegation check.
const DENIC_NSENTRY: Source =
    Source::new("https://www.denic.de/en/domains/de-domains/registration/nameserver-and-nsentry-data/", "undated");

/// CIRA keeps hosts as objects, takes 0 to 13 nameservers and does not check the DNS.
const HEXONET_CA: Source = Source::new("https://wiki.hexonet.net/wiki/CA", "2016");

/// Punktum dk: host objects that must exist (2303 otherwise); a domain must have nameservers and
/// keeps at least two; at most 7 (HEXONET; TPP Wholesale says 6, the larger is followed so that no
/// valid order is refused).
const DK_EPP: Source = Source::new("https://github.com/DK-Hostmaster/epp-service-specification", "2021-04-08");

/// Registro .it: hosts are attributes of the domain; at least two nameservers, checked in the
/// DNS before the domain becomes active (Linee Guida Tecniche v3.0 of 2022-05-30, §3.1, as the
/// registrar wiki restates it); the maximum is not stated there; 6 follows registrars.
const NIC_IT_GUIDELINES: Source = Source::new("https://wiki.hexonet.net/wiki/IT", "2022-02-28");

/// Verisign (.com, .net) and PIR (.org): host objects; a domain may have no nameservers (it is
/// then not delegated) and up to 13.
const VERISIGN_HOSTS: Source = Source::new("https://www.rfc-editor.org/rfc/rfc5732", "2009-08");

/// Nominet (.uk and its second-level zones): host objects, which must exist whatever TLD the
/// host is in, an in-bailiwick host created only by the registrar of its parent. The count is
/// not stated there; 0 to 13 as for every zone without rules of its own.
const NOMINET_HOSTS: Source = Source::new("https://registrars.nominet.uk/dragon/epp/host", "undated");

/// Every zone without rules of its own: 0 to 13 (what registries commonly allow), model unknown.
const COMMON_LIMITS: Source = Source::new("https://www.rfc-editor.org/rfc/rfc1034#section-4.1", "1987-11");

const POLICIES: &[NsPolicy] = &[
    NsPolicy {
        zones: &["de"],
        count: Cited { value: (2, 13), source: DENIC_23 },
        model: Cited { value: Model::CheckedAttributes, source: DENIC_23 },
        distinct_addresses: true,
        nsentry: Some(DENIC_NSENTRY),
    },
    NsPolicy {
        zones: &["ca"],
        count: Cited { value: (0, 13), source: HEXONET_CA },
        model: Cited { value: Model::HostObjects, source: HEXONET_CA },
        distinct_addresses: false,
        nsentry: None,
    },
    NsPolicy {
        zones: &["dk"],
        count: Cited { value: (2, 7), source: DK_EPP },
        model: Cited { value: Model::HostObjects, source: DK_EPP },
        distinct_addresses: false,
        nsentry: None,
    },
    NsPolicy {
        zones: &["it"],
        count: Cited { value: (2, 6), source: NIC_IT_GUIDELINES },
        model: Cited { value: Model::CheckedAttributes, source: NIC_IT_GUIDELINES },
        distinct_addresses: false,
        nsentry: None,
    },
    NsPolicy {
        zones: &["uk", "co.uk", "org.uk", "me.uk", "ltd.uk", "plc.uk", "net.uk", "sch.uk"],
        count: Cited { value: (0, 13), source: COMMON_LIMITS },
        model: Cited { value: Model::HostObjects, source: NOMINET_HOSTS },
        distinct_addresses: false,
        nsentry: None,
    },
    NsPolicy {
        zones: &["com", "net", "org"],
        count: Cited { value: (0, 13), source: VERISIGN_HOSTS },
        model: Cited { value: Model::HostObjects, source: VERISIGN_HOSTS },
        distinct_addresses: false,
        nsentry: None,
    },
];

const DEFAULT: NsPolicy = NsPolicy {
    zones: &[],
    count: Cited { value: (0, 13), source: COMMON_LIMITS },
    model: Cited { value: Model::Unknown, source: COMMON_LIMITS },
    distinct_addresses: false,
    nsentry: None,
};

/// The nameserver rules of a registry zone (ASCII).
pub fn nameserver_policy(zone: &str) -> &'static NsPolicy {
    POLICIES.iter().find(|p| p.zones.contains(&zone)).unwrap_or(&DEFAULT)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn policies_are_cited_and_sane() {
        for p in POLICIES.iter().chain([&DEFAULT]) {
            let (min, max) = p.count.value;
            assert!(min <= max && max <= 13, "{:?}", p.zones);
            assert!(p.count.source.url().starts_with("https://") && p.model.source.url().starts_with("https://"));
        }
        assert_eq!(nameserver_policy("de").count.value, (2, 13));
        assert_eq!(nameserver_policy("xyz").model.value, Model::Unknown);
    }
}
