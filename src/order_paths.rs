//! The paths of an order that conditions and rules name: `fields.<KEY>` for a zone's field and
//! `<role>.<key>` for a part of a contact, with the one list of contact roles and keys. The
//! paths are checked when the crate compiles ([`is_order_path`], called by the rule language's
//! constructors), so a misspelt role or key does not build. Vocabulary of the ground floor; it
//! imports only the const text comparison.

/// The contact roles of an order, in order: the one list of them (the words of the forms and the
/// JS reader take theirs from here).
pub const ROLES: [&str; 4] = ["registrant", "admin", "tech", "billing"];

/// The keys of a contact in an order, as the contract writes them: the one list of them (the JS
/// reader takes its keys from here, and `contactKeys()` gives them to pages).
pub const KEYS: [&str; 13] = [
    "type",
    "name",
    "firstName",
    "lastName",
    "organization",
    "country",
    "email",
    "street",
    "city",
    "postalCode",
    "state",
    "phone",
    "fax",
];

use crate::const_text::equal;

/// The prefix of a path to a zone's field.
const FIELDS: &[u8] = b"fields.";

/// Whether `word` is one of `list`.
const fn listed(list: &[&str], word: &[u8]) -> bool {
    let mut i = 0;
    while i < list.len() {
        if equal(list[i].as_bytes(), word) {
            return true;
        }
        i += 1;
    }
    false
}

/// The key of a field path (`X-CA-LEGALTYPE` of `fields.X-CA-LEGALTYPE`), as bytes.
pub const fn field_key(path: &str) -> Option<&[u8]> {
    let bytes = path.as_bytes();
    if bytes.len() <= FIELDS.len() {
        return None;
    }
    let (prefix, key) = bytes.split_at(FIELDS.len());
    if equal(prefix, FIELDS) { Some(key) } else { None }
}

/// Whether `path` is a path conditions and rules may name: `fields.<KEY>` with a key, or a
/// contact role and key (`registrant.country`).
pub const fn is_order_path(path: &str) -> bool {
    if field_key(path).is_some() {
        return true;
    }
    let bytes = path.as_bytes();
    let mut dot = 0;
    while dot < bytes.len() && bytes[dot] != b'.' {
        dot += 1;
    }
    if dot == bytes.len() {
        return false;
    }
    let (role, rest) = bytes.split_at(dot);
    let (_, key) = rest.split_at(1);
    listed(&ROLES, role) && listed(&KEYS, key)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn order_paths() {
        assert!(is_order_path("registrant.country"));
        assert!(is_order_path("admin.postalCode"));
        assert!(is_order_path("fields.X-CA-LEGALTYPE"));
        for wrong in ["registrant.contry", "owner.country", "registrant", "fields.", "registrant.", ".country", ""] {
            assert!(!is_order_path(wrong), "{wrong}");
        }
        assert_eq!(field_key("fields.X-DK-ACCEPT-TAC"), Some(&b"X-DK-ACCEPT-TAC"[..]));
        assert_eq!(field_key("registrant.type"), None);
    }
}
