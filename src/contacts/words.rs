//! The words of contact forms in the five languages: the roles, the parts of a contact, and the
//! names the address data gives a country's state, postal code and city (`province`, `zip`,
//! `post_town`).

use crate::locale::Locale;

use super::countries::{Country, locale_index};

/// en, de, fr, it, da.
type Words = [&'static str; 5];

/// The contact roles of an order (the list of [`super::ROLES`]), with their words.
pub const ROLES: [(&str, Words); 4] = [
    (super::ROLES[0], ["Registrant", "Inhaber", "Titulaire", "Assegnatario", "Registrant"]),
    (
        super::ROLES[1],
        [
            "Administrative contact",
            "Administrativer Kontakt",
            "Contact administratif",
            "Contatto amministrativo",
            "Administrativ kontakt",
        ],
    ),
    (
        super::ROLES[2],
        ["Technical contact", "Technischer Kontakt", "Contact technique", "Contatto tecnico", "Teknisk kontakt"],
    ),
    (
        super::ROLES[3],
        [
            "Billing contact",
            "Rechnungskontakt",
            "Contact de facturation",
            "Contatto di fatturazione",
            "Betalingskontakt",
        ],
    ),
];

/// The parts of a contact that do not depend on the country, with their words.
const PARTS: &[(&str, Words)] = &[
    ("type", ["Type", "Art", "Type", "Tipo", "Type"]),
    ("name", ["Name", "Name", "Nom", "Nome", "Navn"]),
    ("firstName", ["First name", "Vorname", "Prénom", "Nome", "Fornavn"]),
    ("lastName", ["Last name", "Nachname", "Nom de famille", "Cognome", "Efternavn"]),
    ("organization", ["Organisation", "Organisation", "Organisation", "Organizzazione", "Organisation"]),
    ("street", ["Street address", "Straße und Hausnummer", "Adresse", "Indirizzo", "Adresse"]),
    ("country", ["Country", "Land", "Pays", "Paese", "Land"]),
    ("phone", ["Phone", "Telefon", "Téléphone", "Telefono", "Telefon"]),
    ("fax", ["Fax", "Fax", "Fax", "Fax", "Fax"]),
    ("email", ["E-mail", "E-Mail", "E-mail", "E-mail", "E-mail"]),
];

/// What a state is called (the address data's `state_name_type`).
const STATE_KINDS: &[(&str, Words)] = &[
    ("area", ["Area", "Gebiet", "Zone", "Area", "Område"]),
    ("county", ["County", "County", "Comté", "Contea", "Amt"]),
    ("department", ["Department", "Departement", "Département", "Dipartimento", "Departement"]),
    ("district", ["District", "Bezirk", "District", "Distretto", "Distrikt"]),
    ("do_si", ["Province", "Provinz", "Province", "Provincia", "Provins"]),
    ("emirate", ["Emirate", "Emirat", "Émirat", "Emirato", "Emirat"]),
    ("island", ["Island", "Insel", "Île", "Isola", "Ø"]),
    ("oblast", ["Region", "Region", "Région", "Regione", "Region"]),
    ("parish", ["Parish", "Gemeinde", "Paroisse", "Parrocchia", "Sogn"]),
    ("prefecture", ["Prefecture", "Präfektur", "Préfecture", "Prefettura", "Præfektur"]),
    ("province", ["Province", "Provinz", "Province", "Provincia", "Provins"]),
    ("state", ["State", "Bundesstaat", "État", "Stato", "Stat"]),
];

/// What a postal code is called (`zip_name_type`).
const POSTAL_KINDS: &[(&str, Words)] = &[
    ("eircode", ["Eircode", "Eircode", "Eircode", "Eircode", "Eircode"]),
    ("pin", ["PIN code", "PIN-Code", "Code PIN", "Codice PIN", "PIN-kode"]),
    ("postal", ["Postal code", "Postleitzahl", "Code postal", "CAP", "Postnummer"]),
    ("zip", ["ZIP code", "ZIP-Code", "Code ZIP", "Codice ZIP", "ZIP-kode"]),
];

/// What a city is called (`locality_name_type`).
const CITY_KINDS: &[(&str, Words)] = &[
    ("city", ["City", "Ort", "Ville", "Città", "By"]),
    ("district", ["District", "Bezirk", "District", "Distretto", "Distrikt"]),
    ("post_town", ["Post town", "Postort", "Ville postale", "Città postale", "Postby"]),
    ("suburb", ["Suburb", "Ort", "Localité", "Località", "By"]),
];

fn word(table: &[(&str, Words)], key: &str, locale: Locale) -> Option<&'static str> {
    table.iter().find(|(k, _)| *k == key).map(|(_, words)| words[locale_index(locale)])
}

/// The name of a role (`registrant`, `admin`, `tech`, `billing`).
pub fn role(role: &str, locale: Locale) -> &'static str {
    word(&ROLES, role, locale).unwrap_or("")
}

/// The label of a contact part (`street`, `postalCode`, `state`) for a contact in `country`:
/// `ZIP code` in the US, `Postleitzahl` for a German reader of a German address, `Province`
/// in Canada.
pub fn part(part: &str, country: Option<&Country>, locale: Locale) -> &'static str {
    let kind = |kind: Option<&'static str>, table, default| word(table, kind.unwrap_or(default), locale);
    let found = match part {
        "state" => kind(country.map(|c| c.state_kind), STATE_KINDS, "province"),
        "postalCode" => kind(country.map(|c| c.postal_kind), POSTAL_KINDS, "postal"),
        "city" => kind(country.map(|c| c.city_kind), CITY_KINDS, "city"),
        _ => word(PARTS, part, locale),
    };
    found.or_else(|| word(PARTS, part, Locale::En)).unwrap_or("")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::contacts::countries;

    #[test]
    fn every_kind_of_the_data_has_words() {
        for country in countries::all() {
            assert!(word(STATE_KINDS, country.state_kind, Locale::En).is_some(), "{}", country.state_kind);
            assert!(word(POSTAL_KINDS, country.postal_kind, Locale::En).is_some(), "{}", country.postal_kind);
            assert!(word(CITY_KINDS, country.city_kind, Locale::En).is_some(), "{}", country.city_kind);
        }
        assert_eq!(part("postalCode", countries::find("US"), Locale::En), "ZIP code");
        assert_eq!(part("postalCode", countries::find("DE"), Locale::De), "Postleitzahl");
        assert_eq!(part("state", countries::find("CA"), Locale::Fr), "Province");
        assert_eq!(part("postalCode", countries::find("IT"), Locale::It), "CAP");
    }
}
