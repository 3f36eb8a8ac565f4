//! .fr and the other AFNIC zones (.pm .re .tf .wf .yt).

use super::order_facts::{AuthCode, Basis, IdProtection, OrderFacts, Terms, TransferLock, Years};
use super::{Cited, ISPAPI_2021, Source, ZonePolicy};
use crate::fields::{Check, Choice, Field, FormatRule, Kind, OWNER_DATA, Requirement, Rule, Test};
use crate::report::Severity;
use crate::text;

/// AFNIC's 30 characters for .fr and its overseas zones, in force since 2012-05-03, from AFNIC's
/// "IDN technical specifications" of 2012-02-03, whose table is cited here as the French press
/// printed it at the launch (one article counts 31 but enumerates the same 30). No ø, ð, þ.
const AFNIC_IDN: Source =
    Source::new("https://futura-sciences.com/tech/actualites/internet-bref-accents-adresses-web-fr-39826", "2012-07");

/// AFNIC opened one- and two-character names in phases from December 2014 to 2015-03-17; since
/// then labels of 1 to 63 characters are allowed. (Older summaries grouped .fr with .es at
/// 3-63; that was the rule before 2014, so the current AFNIC rule is followed.)
const AFNIC_SHORT_NAMES: Source = Source::new("https://icannwiki.org/.fr", "2015-03-17");

/// 1 to 63 characters.
pub const POLICY: ZonePolicy = ZonePolicy {
    zones: &["fr", "pm", "re", "tf", "wf", "yt"],
    min_length: Cited { value: 1, source: AFNIC_SHORT_NAMES },
    max_length: Cited { value: 63, source: AFNIC_SHORT_NAMES },
    characters: Cited {
        value: Some(&["àáâãäåæçèéêëìíîïñòóôõöùúûüýÿœß"]), source: AFNIC_IDN
    },
    fields: FIELDS,
    rules: RULES,
};

/// AFNIC's eligibility: a person living, or an organisation seated, in the EU (its overseas
/// territories included), Iceland, Liechtenstein, Norway or Switzerland.
const AFNIC_ELIGIBILITY: Source = Source::new("https://icannwiki.org/.fr", "2011-12-06");

/// Who the registrant is decides which identifier AFNIC needs (form-only: not sent).
const LEGAL_TYPE: &str = "fields.fr-legal-type";

const LEGAL_TYPES: &[Choice] = &[
    Choice {
        value: "INDIV",
        label: text!("Individual", "Privatperson", "Particulier", "Persona fisica", "Privatperson"),
    },
    Choice {
        value: "ORG1",
        label: text!(
            "Company with a VAT ID or SIREN/SIRET",
            "Unternehmen mit USt-IdNr. oder SIREN/SIRET",
            "Entreprise avec numéro de TVA ou SIREN/SIRET",
            "Impresa con partita IVA o SIREN/SIRET",
            "Virksomhed med momsnummer eller SIREN/SIRET"
        ),
    },
    Choice {
        value: "ORG2",
        label: text!(
            "Company with a European trademark",
            "Unternehmen mit europäischer Marke",
            "Entreprise avec une marque européenne",
            "Impresa con un marchio europeo",
            "Virksomhed med et europæisk varemærke"
        ),
    },
    Choice {
        value: "ORG3",
        label: text!(
            "Company with a D-U-N-S number",
            "Unternehmen mit D-U-N-S-Nummer",
            "Entreprise avec un numéro D-U-N-S",
            "Impresa con un numero D-U-N-S",
            "Virksomhed med et D-U-N-S-nummer"
        ),
    },
    Choice {
        value: "ORG4",
        label: text!(
            "Company with a local identifier",
            "Unternehmen mit lokaler Kennung",
            "Entreprise avec un identifiant local",
            "Impresa con un identificativo locale",
            "Virksomhed med en lokal identifikator"
        ),
    },
    Choice {
        value: "ASS",
        label: text!(
            "French association",
            "Französischer Verein",
            "Association française",
            "Associazione francese",
            "Fransk forening"
        ),
    },
];

const WHEN_ORG1: Requirement = Requirement::When(&[Test::is(LEGAL_TYPE, &["ORG1"])]);
const WHEN_ORG2: Requirement = Requirement::When(&[Test::is(LEGAL_TYPE, &["ORG2"])]);
const WHEN_ORG3: Requirement = Requirement::When(&[Test::is(LEGAL_TYPE, &["ORG3"])]);
const WHEN_ORG4: Requirement = Requirement::When(&[Test::is(LEGAL_TYPE, &["ORG4"])]);
const WHEN_ASSOCIATION: Requirement = Requirement::When(&[Test::is(LEGAL_TYPE, &["ASS"])]);

const DATE: &[FormatRule] = &[FormatRule { when: &[], format: "date" }];
const DATE_HELP: crate::fields::Text = text!("YYYY-MM-DD", "JJJJ-MM-TT", "AAAA-MM-JJ", "AAAA-MM-GG", "ÅÅÅÅ-MM-DD");

/// The fields of .fr and the other AFNIC zones.
pub const FIELDS: &[Field] = &[
    Field::new(
        "fr-legal-type",
        Kind::Select,
        text!("Registrant type", "Art des Inhabers", "Type de titulaire", "Tipo di assegnatario", "Registrantens type"),
        ISPAPI_2021,
    )
    .options(LEGAL_TYPES)
    .default_value("INDIV")
    .required(Requirement::Always)
    .actions(OWNER_DATA)
    .form_only(),
    Field::new(
        "X-FR-REGISTRANT-LEGAL-ID",
        Kind::Text,
        text!(
            "VAT ID or SIREN/SIRET number",
            "USt-IdNr. oder SIREN/SIRET-Nummer",
            "Numéro de TVA ou SIREN/SIRET",
            "Partita IVA o numero SIREN/SIRET",
            "Momsnummer eller SIREN/SIRET-nummer"
        ),
        ISPAPI_2021,
    )
    .required(WHEN_ORG1)
    .formats(&[FormatRule { when: &[], format: "fr-legal-id" }])
    .actions(OWNER_DATA),
    Field::new(
        "X-FR-REGISTRANT-TRADEMARK-NUMBER",
        Kind::Text,
        text!("Trademark number", "Markennummer", "Numéro de marque", "Numero del marchio", "Varemærkenummer"),
        ISPAPI_2021,
    )
    .required(WHEN_ORG2)
    .actions(OWNER_DATA),
    Field::new(
        "X-FR-REGISTRANT-DUNS-NUMBER",
        Kind::Text,
        text!("D-U-N-S number", "D-U-N-S-Nummer", "Numéro D-U-N-S", "Numero D-U-N-S", "D-U-N-S-nummer"),
        ISPAPI_2021,
    )
    .required(WHEN_ORG3)
    .formats(&[FormatRule { when: &[], format: "duns" }])
    .actions(OWNER_DATA),
    Field::new(
        "X-FR-REGISTRANT-LOCAL-ID",
        Kind::Text,
        text!(
            "Local identifier",
            "Lokale Kennung",
            "Identifiant local",
            "Identificativo locale",
            "Lokal identifikator"
        ),
        ISPAPI_2021,
    )
    .required(WHEN_ORG4)
    .actions(OWNER_DATA),
    Field::new(
        "X-FR-REGISTRANT-JO-DATE-DECLARATION",
        Kind::Date,
        text!(
            "Date of declaration (Journal officiel)",
            "Datum der Erklärung (Journal officiel)",
            "Date de déclaration (Journal officiel)",
            "Data della dichiarazione (Journal officiel)",
            "Dato for anmeldelse (Journal officiel)"
        ),
        ISPAPI_2021,
    )
    .required(WHEN_ASSOCIATION)
    .formats(DATE)
    .help(DATE_HELP)
    .actions(OWNER_DATA),
    Field::new(
        "X-FR-REGISTRANT-JO-NUMBER",
        Kind::Text,
        text!(
            "Issue number (Journal officiel)",
            "Ausgabe (Journal officiel)",
            "Numéro (Journal officiel)",
            "Numero (Journal officiel)",
            "Nummer (Journal officiel)"
        ),
        ISPAPI_2021,
    )
    .required(WHEN_ASSOCIATION)
    .actions(OWNER_DATA),
    Field::new(
        "X-FR-REGISTRANT-JO-PAGE",
        Kind::Text,
        text!(
            "Page of the announcement (Journal officiel)",
            "Seite der Bekanntmachung (Journal officiel)",
            "Page de l'annonce (Journal officiel)",
            "Pagina dell'annuncio (Journal officiel)",
            "Side med bekendtgørelsen (Journal officiel)"
        ),
        ISPAPI_2021,
    )
    .required(WHEN_ASSOCIATION)
    .actions(OWNER_DATA),
    Field::new(
        "X-FR-REGISTRANT-JO-DATE-PUBLICATION",
        Kind::Date,
        text!(
            "Date of publication (Journal officiel)",
            "Datum der Veröffentlichung (Journal officiel)",
            "Date de publication (Journal officiel)",
            "Data di pubblicazione (Journal officiel)",
            "Dato for offentliggørelse (Journal officiel)"
        ),
        ISPAPI_2021,
    )
    .required(WHEN_ASSOCIATION)
    .formats(DATE)
    .help(DATE_HELP)
    .actions(OWNER_DATA),
];

/// Who may register under the AFNIC zones.
const ELIGIBLE: &[&str] = &[
    "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IT", "LT", "LU", "LV",
    "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK", "IS", "LI", "NO", "CH", "AX", "BL", "GF", "GP", "MF", "MQ", "NC",
    "PF", "PM", "RE", "TF", "WF", "YT",
];

/// What an order under the AFNIC zones must satisfy beyond its fields.
pub const RULES: &[Rule] = &[
    Rule {
        when: &[],
        check: Check::Present("registrant.country"),
        severity: Severity::Error,
        message: super::COUNTRY_NEEDED,
        actions: OWNER_DATA,
        source: AFNIC_ELIGIBILITY,
    },
    Rule {
        when: &[Test::is_not("registrant.country", ELIGIBLE)],
        check: Check::Flag("registrant.country"),
        severity: Severity::Error,
        message: text!(
            "AFNIC registers names only for people living, or organisations seated, in the EU, Iceland, Liechtenstein, Norway or Switzerland.",
            "AFNIC vergibt Namen nur an Personen mit Wohnsitz oder Organisationen mit Sitz in der EU, Island, Liechtenstein, Norwegen oder der Schweiz.",
            "L'AFNIC n'enregistre des noms que pour des personnes résidant, ou des organisations établies, dans l'UE, en Islande, au Liechtenstein, en Norvège ou en Suisse.",
            "AFNIC registra nomi solo per persone residenti, o enti con sede, nell'UE, in Islanda, Liechtenstein, Norvegia o Svizzera.",
            "AFNIC registrerer kun navne til personer med bopæl eller organisationer med hjemsted i EU, Island, Liechtenstein, Norge eller Schweiz."
        ),
        actions: OWNER_DATA,
        source: AFNIC_ELIGIBILITY,
    },
];

/// The registrar API's .fr page: terms and transfer.
const WIKI_FR: Source = Source::new("https://wiki.hexonet.net/wiki/FR", "2017");
/// Route 53's .fr page: terms and ID protection as a second registrar sells them.
const ROUTE53_FR: Source =
    Source::new("https://github.com/awsdocs/amazon-route53-docs/blob/2c31968/doc_source/fr.md", "2023-04-07");
/// .fr and the other AFNIC zones: 1 to 10 years, renewals 1 to 9; a transfer needs the code and
/// adds a year; no lock after an owner change. Privacy is "determined by the registry" (Route 53),
/// which hides individuals' data; whether ID protection can be ordered is not said: unknown.
pub const ORDER: OrderFacts = OrderFacts {
    zones: &["fr", "pm", "re", "tf", "wf", "yt"],
    basis: Basis::Zone,
    terms: Cited {
        value: Terms { register: Years::range(1, 10), renew: Years::range(1, 9), transfer: Years::only(1) },
        source: WIKI_FR,
    },
    auth_code: Cited { value: AuthCode::Required, source: WIKI_FR },
    transfer_lock: Cited { value: TransferLock::None, source: WIKI_FR },
    id_protection: Cited { value: IdProtection::Unknown, source: ROUTE53_FR },
    bundle: Cited { value: &[], source: WIKI_FR },
    contacts_on_transfer: Cited { value: false, source: super::order_facts::MODULE_TRANSFER },
};

#[cfg(test)]
mod tests {
    #[test]
    fn eligible_is_the_eea_switzerland_and_the_eu_territories() {
        let mut expected: Vec<&str> = super::super::EEA.to_vec();
        expected.push("CH");
        expected.extend(super::super::EU_TERRITORIES);
        assert_eq!(super::ELIGIBLE, expected.as_slice());
    }
}
