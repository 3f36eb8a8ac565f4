//! The words of contact forms: the roles, the parts of a contact, and the names the address data
//! gives a country's state, postal code and city (`province`, `zip`, `post_town`), from the
//! `[words.role]`, `[words.part]`, `[words.state_kind]`, `[words.postal_kind]` and
//! `[words.city_kind]` tables of `locales/*.toml`.

use crate::locale::Locale;
use crate::translations::word;

use super::countries::Country;

/// The name of a role (`registrant`, `admin`, `tech`, `billing`).
pub fn role(role: &str, locale: Locale) -> &'static str {
    word("role", role, locale).unwrap_or("")
}

/// The label of a contact part (`street`, `postalCode`, `state`) for a contact in `country`:
/// `ZIP code` in the US, `Postleitzahl` for a German reader of a German address, `Province`
/// in Canada.
pub fn part(part: &str, country: Option<&Country>, locale: Locale) -> &'static str {
    let kind = |kind: Option<&'static str>, section, default| word(section, kind.unwrap_or(default), locale);
    let found = match part {
        "state" => kind(country.map(|c| c.state_kind), "state_kind", "province"),
        "postalCode" => kind(country.map(|c| c.postal_kind), "postal_kind", "postal"),
        "city" => kind(country.map(|c| c.city_kind), "city_kind", "city"),
        _ => word("part", part, locale),
    };
    found.unwrap_or("")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::contacts::{ROLES, countries};

    #[test]
    fn every_kind_of_the_data_and_every_role_has_words() {
        for country in countries::all() {
            assert!(word("state_kind", country.state_kind, Locale::En).is_some(), "{}", country.state_kind);
            assert!(word("postal_kind", country.postal_kind, Locale::En).is_some(), "{}", country.postal_kind);
            assert!(word("city_kind", country.city_kind, Locale::En).is_some(), "{}", country.city_kind);
        }
        for r in ROLES {
            assert!(!role(r, Locale::En).is_empty(), "{r}");
        }
        assert_eq!(part("postalCode", countries::find("US"), Locale::En), "ZIP code");
        assert_eq!(part("postalCode", countries::find("DE"), Locale::De), "Postleitzahl");
        assert_eq!(part("state", countries::find("CA"), Locale::Fr), "Province");
        assert_eq!(part("postalCode", countries::find("IT"), Locale::It), "CAP");
    }
}
