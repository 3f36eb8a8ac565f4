//! The model of a registry's nameserver rules (each registry declares its own in its module,
//! as `NAMESERVERS`): how many it takes, whether it keeps hosts as objects of
//! their own (which must exist before a domain names them) or as attributes of the domain,
//! and whether it checks the DNS before it delegates.

use super::{Cited, Source, registries};

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

/// Every zone without rules of its own: 0 to 13 (what registries commonly allow), model unknown.
pub const COMMON_LIMITS: Source = Source::new("https://www.rfc-editor.org/rfc/rfc1034#section-4.1", "1987-11");

const DEFAULT: NsPolicy = NsPolicy {
    zones: &[],
    count: Cited { value: (0, 13), source: COMMON_LIMITS },
    model: Cited { value: Model::Unknown, source: COMMON_LIMITS },
    distinct_addresses: false,
    nsentry: None,
};

/// The nameserver rules of a registry zone (ASCII).
pub fn nameserver_policy(zone: &str) -> &'static NsPolicy {
    all().find(|p| p.zones.contains(&zone)).unwrap_or(&DEFAULT)
}

/// Every registry's own nameserver rules (declared in its module).
pub fn all() -> impl Iterator<Item = &'static NsPolicy> {
    registries().iter().flat_map(|r| r.nameservers.iter().copied())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn policies_are_cited_and_sane() {
        for p in all().chain([&DEFAULT]) {
            let (min, max) = p.count.value;
            assert!(min <= max && max <= 13, "{:?}", p.zones);
            assert!(p.count.source.url().starts_with("https://") && p.model.source.url().starts_with("https://"));
        }
        assert_eq!(nameserver_policy("de").count.value, (2, 13));
        assert_eq!(nameserver_policy("xyz").model.value, Model::Unknown);
    }
}
