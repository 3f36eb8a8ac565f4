//! The order flow's rules (contract section 2a), read from the zone's order facts: the term for
//! the action, the transfer's auth code, the transfer lock, ID protection, the trustee service,
//! nameservers on transfer, bundled zones and premium names.

use crate::code::Code;
use crate::fields::{Action, Test};
use crate::findings::Findings;
use crate::order_input::{FieldValue, Order, iso_date, tick};
use crate::report::{Params, Severity};
use crate::zone::order_facts::{AuthCode, Basis, IdProtection, OrderFacts, TransferLock, trustee_param};
use crate::zone::order_facts_for;

/// Checks `order` (for `action`, in the registry zone `tld`) against the zone's order facts;
/// `holds` says whether tests on the order's values hold (who counts as an individual for the
/// registry's own privacy).
pub fn check(order: &Order, action: Action, tld: &str, holds: &dyn Fn(&[Test]) -> bool, findings: &mut Findings) {
    let facts = order_facts_for(tld);
    let mut out = Out { tld, findings };
    // Said when a generic fact is used: a term, a transfer, ID protection or a premium class.
    let uses_facts = order.period.is_some()
        || action == Action::Transfer
        || is_ticked(order.id_protection.as_ref())
        || order.premium.is_some();
    if facts.basis != Basis::Zone && uses_facts {
        let params = Params::new().with("kind", facts.basis.as_str());
        out.push(Code::OrderZoneFactsGeneric, Severity::Info, "domain", params);
    }
    out.period(order, action, facts);
    if action == Action::Transfer {
        out.auth_code(order, facts);
        out.transfer_lock(order, facts);
        if !order.nameservers.is_empty() {
            out.push(Code::OrderNameserversNotApplied, Severity::Info, "nameservers", Params::new());
        }
    }
    out.id_protection(order, facts, holds);
    if is_ticked(order.trustee.as_ref()) && trustee_param(tld).is_none() {
        out.push(Code::OrderTrusteeNotSupported, Severity::Error, "trustee", Params::new());
    }
    // A bundled zone's names are registered and transferred together.
    if matches!(action, Action::Register | Action::Transfer) {
        for bundled in facts.bundle.value {
            out.push(Code::OrderBundledZone, Severity::Info, "domain", Params::new().with("bundled", *bundled));
        }
    }
    out.premium(order, action);
}

/// A tick box or flag that is set (read as the order's tick boxes are).
fn is_ticked(value: Option<&FieldValue>) -> bool {
    value.and_then(tick) == Some(true)
}

struct Out<'a> {
    tld: &'a str,
    findings: &'a mut Findings,
}

impl Out<'_> {
    fn push(&mut self, code: Code, severity: Severity, path: &str, params: Params) {
        let params = params.with("tld", self.tld);
        self.findings.push_at(code, severity, path, params);
    }

    /// The term, if given, must be one the zone sells for the action (a trade or an update has
    /// no term of its own).
    fn period(&mut self, order: &Order, action: Action, facts: &OrderFacts) {
        let Some(period) = &order.period else { return };
        let terms = facts.terms.value;
        let allowed = match action {
            Action::Register => terms.register,
            Action::Renew => terms.renew,
            Action::Transfer => terms.transfer,
            Action::Trade | Action::Update => return,
        };
        if period.whole().is_some_and(|years| allowed.contains(years)) {
            return;
        }
        let params = Params::new()
            .with("period", period.shown())
            .with("action", action.as_str())
            .with("allowed", allowed.describe());
        self.push(Code::OrderPeriodNotAllowed, Severity::Error, "period", params);
    }

    fn auth_code(&mut self, order: &Order, facts: &OrderFacts) {
        let code = order.auth_code.as_deref().map(str::trim).filter(|c| !c.is_empty());
        match (facts.auth_code.value, code) {
            (AuthCode::Required, None) => {
                self.push(Code::OrderAuthCodeRequired, Severity::Error, "authCode", Params::new())
            }
            (AuthCode::PushToTag(tag), code) => {
                if code.is_some() {
                    self.push(Code::OrderAuthCodeNotUsed, Severity::Warning, "authCode", Params::new());
                }
                self.push(Code::OrderTransferTag, Severity::Info, "domain", Params::new().with("tag", tag));
            }
            (AuthCode::NotUsed, Some(_)) => {
                self.push(Code::OrderAuthCodeNotUsed, Severity::Warning, "authCode", Params::new())
            }
            _ => {}
        }
    }

    /// A transfer within the lock after the registration or the last transfer: a warning with
    /// the day the lock ends (the losing registrar may refuse; ICANN's policy says "may").
    fn transfer_lock(&mut self, order: &Order, facts: &OrderFacts) {
        let TransferLock::Days { after_registration, after_transfer } = facts.transfer_lock.value else { return };
        let today = crate::ids::today_in_days();
        for (key, value, days, since) in [
            ("registeredAt", &order.registered_at, after_registration, "registration"),
            ("transferredAt", &order.transferred_at, after_transfer, "transfer"),
        ] {
            let Some(date) = value.as_deref().map(str::trim).filter(|d| !d.is_empty()) else { continue };
            let Some(day) = day_number(date) else {
                self.push(Code::OrderDateInvalid, Severity::Error, key, Params::new().with("value", date));
                continue;
            };
            let ends = day + i64::from(days);
            if today < ends {
                let (y, m, d) = crate::ids::civil_from_days(ends);
                let params = Params::new()
                    .with("date", format!("{y:04}-{m:02}-{d:02}"))
                    .with("days", usize::from(days))
                    .with("since", since);
                self.push(Code::OrderTransferLocked, Severity::Warning, key, params);
            }
        }
    }

    fn id_protection(&mut self, order: &Order, facts: &OrderFacts, holds: &dyn Fn(&[Test]) -> bool) {
        if !is_ticked(order.id_protection.as_ref()) {
            return;
        }
        let (code, severity) = match facts.id_protection.value {
            IdProtection::Offered => return,
            // Availability per zone is known to the registrar's live options only: say so
            // rather than pass in silence.
            IdProtection::Unknown => (Code::OrderIdProtectionUnverified, Severity::Warning),
            IdProtection::NotOffered => (Code::OrderIdProtectionNotSupported, Severity::Error),
            IdProtection::RegistryPrivacy => (Code::OrderIdProtectionRegistry, Severity::Warning),
            IdProtection::RegistryPrivacyWhen(tests) if holds(tests) => {
                (Code::OrderIdProtectionRegistry, Severity::Warning)
            }
            IdProtection::RegistryPrivacyWhen(_) => (Code::OrderIdProtectionNotSupported, Severity::Error),
        };
        self.push(code, severity, "idProtection", Params::new());
    }

    /// A premium name: the class must be confirmed when registering, and is needed for a transfer
    /// or a renewal.
    fn premium(&mut self, order: &Order, action: Action) {
        let Some(premium) = &order.premium else { return };
        let class = premium.class.as_deref().map(str::trim).filter(|c| !c.is_empty());
        match (class, action) {
            (None, Action::Register | Action::Transfer | Action::Renew) => self.push(
                Code::OrderPremiumClassRequired,
                Severity::Error,
                "premium.class",
                Params::new().with("action", action.as_str()),
            ),
            (Some(class), Action::Register | Action::Transfer | Action::Renew) => {
                let currency = premium.currency.as_deref().map(str::trim).unwrap_or("");
                let price = premium.price.as_ref().map(|p| p.shown()).unwrap_or_default();
                let params = Params::new().with("class", class).with("currency", currency).with("price", price);
                self.push(Code::OrderPremiumConfirm, Severity::Warning, "premium", params);
            }
            _ => {}
        }
    }
}

/// Days since 1970-01-01 of a `YYYY-MM-DD` date that exists.
fn day_number(date: &str) -> Option<i64> {
    let (year, month, day) = iso_date(date)?;
    Some(crate::ids::days_from_civil(i64::from(year), month, day))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_numbers_round_trip() {
        for days in [-1, 0, 59, 10_957, 20_000, 20_429] {
            let (y, m, d) = crate::ids::civil_from_days(days);
            assert_eq!(day_number(&format!("{y:04}-{m:02}-{d:02}")), Some(days));
        }
        assert_eq!(day_number("2026-02-30"), None);
        assert_eq!(day_number("2026-2-3"), None);
    }
}
