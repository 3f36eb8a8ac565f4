//! .it (Registro .it, IIT-CNR).

use super::order_facts::{AuthCode, Basis, IdProtection, OrderFacts, Terms, TransferLock, Years};
use super::{Cited, Source, ZonePolicy};
use crate::fields::{Check, Choice, Field, FormatRule, Kind, OWNER_DATA, REGISTER_TRADE, Requirement, Rule, Test};
use crate::report::Severity;
use crate::text;

/// Sources disagree on .it. Registrars still print the 21 letters of the 2012 launch (à â ä è é ê
/// ë ì î ï ò ô ö ù û ü æ œ ç ÿ ß); ICANNWiki says the set grew to the languages of every EU
/// member state in 2015, and IANA's Italian reference LGR (2024-10-25) says the registry permits
/// "a rather exhaustive set of Latin, Greek and Cyrillic code points". The later statements are
/// followed, with EURid's letters of the EU languages standing in for the registry's own list
/// (ß, which the 2012 list has, among them); one script per label applies as everywhere.
const IANA_ITALIAN_LGR: Source = Source::new(
    "https://www.iana.org/domains/lgrs/reference/2024-10-25/italian-rsp-full-variant-language",
    "2024-10-25",
);

/// The nic.it syntax rules as published by registrars: 3 to 63 characters at the second level.
/// The HEXONET wiki says 2; the registry's rule (3) is followed.
const NIC_IT_SYNTAX: Source =
    Source::new("http://www.101domain.com/faq/it/Syntax-Rules.htm", "undated; read 2026-11-28");

/// 3 to 63 characters.
pub const POLICY: ZonePolicy = ZonePolicy {
    zones: &["it"],
    min_length: Cited { value: 3, source: NIC_IT_SYNTAX },
    max_length: Cited { value: 63, source: NIC_IT_SYNTAX },
    characters: Cited {
        value: Some(&[super::eu::EU_LATIN, super::eu::EU_GREEK, super::eu::EU_CYRILLIC]),
        source: IANA_ITALIAN_LGR,
    },
    fields: FIELDS,
    rules: RULES,
};

/// The registrar API's .it fields (HEXONET/CentralNic Reseller ISPAPI dialect) and the
/// registry's rules as its wiki states them: entity types 1 to 7, nationality, the PIN
/// (codice fiscale, partita IVA, foreign VAT number or identity document by entity type), the
/// four acceptances on registration and trade. The 2021 module left the PIN and Section 5
/// optional; the wiki and Section 5's own text make them required, which is followed.
const HEXONET_WIKI_IT: Source = Source::new("https://wiki.hexonet.net/wiki/IT", "2022-02-28");

/// Registro .it's eligibility since 2012-07-11: the registrant's citizenship or residence is in
/// the EEA, the Vatican, San Marino or Switzerland. The United Kingdom left on 2021-01-01.
const NIC_IT_ELIGIBILITY: Source =
    Source::new("https://kb.realtimeregister.com/en/articles/3064920-it-additional-properties", "2012-07-11");

/// Italian provinces and metropolitan cities (sigle automobilistiche, 2025), required with a
/// 5-digit CAP for an Italian address.
const ISTAT_PROVINCES: Source = Source::new(
    "https://www.istat.it/classificazione/codici-dei-comuni-delle-province-e-delle-regioni/",
    "2025; read 2026-11-28",
);

/// Where a registrant may be a citizen or resident: the EEA (EU, Iceland, Liechtenstein,
/// Norway, and the EU territories with codes of their own), the Vatican, San Marino and
/// Switzerland.
const ELIGIBLE: &[&str] = &[
    "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IT", "LT", "LU", "LV",
    "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK", "IS", "LI", "NO", "VA", "SM", "CH", "AX", "BL", "GF", "GP", "MF",
    "MQ", "NC", "PF", "PM", "RE", "TF", "WF", "YT",
];

/// The province codes.
pub const PROVINCES: &[&str] = &[
    "AG", "AL", "AN", "AO", "AP", "AQ", "AR", "AT", "AV", "BA", "BG", "BI", "BL", "BN", "BO", "BR", "BS", "BT", "BZ",
    "CA", "CB", "CE", "CH", "CL", "CN", "CO", "CR", "CS", "CT", "CZ", "EN", "FC", "FE", "FG", "FI", "FM", "FR", "GE",
    "GO", "GR", "IM", "IS", "KR", "LC", "LE", "LI", "LO", "LT", "LU", "MB", "MC", "ME", "MI", "MN", "MO", "MS", "MT",
    "NA", "NO", "NU", "OR", "PA", "PC", "PD", "PE", "PG", "PI", "PN", "PO", "PR", "PT", "PU", "PV", "PZ", "RA", "RC",
    "RE", "RG", "RI", "RM", "RN", "RO", "SA", "SI", "SO", "SP", "SR", "SS", "SU", "SV", "TA", "TE", "TN", "TO", "TP",
    "TR", "TS", "TV", "UD", "VA", "VB", "VC", "VE", "VI", "VR", "VT", "VV",
];

const ENTITY_TYPE: &str = "fields.X-IT-REGISTRANT-ENTITY-TYPE";
const ITALIAN_ENTITIES: &[&str] = &["2", "3", "4", "5", "6"];

const ENTITY_TYPES: &[Choice] = &[
    Choice {
        value: "1",
        label: text!(
            "1 – Italian or foreign natural person",
            "1 – Italienische oder ausländische natürliche Person",
            "1 – Personne physique italienne ou étrangère",
            "1 – Persona fisica italiana o straniera",
            "1 – Italiensk eller udenlandsk fysisk person"
        ),
    },
    Choice {
        value: "2",
        label: text!(
            "2 – Italian company or sole proprietorship",
            "2 – Italienisches Unternehmen oder Einzelunternehmen",
            "2 – Société ou entreprise individuelle italienne",
            "2 – Società o ditta individuale italiana",
            "2 – Italiensk virksomhed eller enkeltmandsvirksomhed"
        ),
    },
    Choice {
        value: "3",
        label: text!(
            "3 – Italian freelancer or professional",
            "3 – Italienische Freiberufler",
            "3 – Profession libérale italienne",
            "3 – Libero professionista italiano",
            "3 – Italiensk selvstændig erhvervsdrivende"
        ),
    },
    Choice {
        value: "4",
        label: text!(
            "4 – Italian non-profit organisation",
            "4 – Italienische gemeinnützige Organisation",
            "4 – Organisation italienne à but non lucratif",
            "4 – Ente no profit italiano",
            "4 – Italiensk almennyttig organisation"
        ),
    },
    Choice {
        value: "5",
        label: text!(
            "5 – Italian public body",
            "5 – Italienische öffentliche Einrichtung",
            "5 – Organisme public italien",
            "5 – Ente pubblico italiano",
            "5 – Italiensk offentlig myndighed"
        ),
    },
    Choice {
        value: "6",
        label: text!(
            "6 – Other Italian entity",
            "6 – Sonstige italienische Einrichtung",
            "6 – Autre entité italienne",
            "6 – Altri soggetti italiani",
            "6 – Anden italiensk enhed"
        ),
    },
    Choice {
        value: "7",
        label: text!(
            "7 – Organisation from another eligible country",
            "7 – Organisation aus einem anderen berechtigten Land",
            "7 – Organisation d'un autre pays admis",
            "7 – Ente di un altro paese ammesso",
            "7 – Organisation fra et andet berettiget land"
        ),
    },
];

/// The PIN's format by entity type and nationality.
const PIN_FORMATS: &[FormatRule] = &[
    FormatRule {
        when: &[Test::is(ENTITY_TYPE, &["1"]), Test::is("fields.X-IT-NATIONALITY", &["IT"])],
        format: "it-codice-fiscale",
    },
    // A non-profit organisation without a partita IVA gives n.a. (registrar pages, reference S10).
    FormatRule { when: &[Test::is(ENTITY_TYPE, &["4"])], format: "it-partita-iva-or-na" },
    FormatRule { when: &[Test::is(ENTITY_TYPE, ITALIAN_ENTITIES)], format: "it-partita-iva" },
    FormatRule { when: &[Test::is(ENTITY_TYPE, &["7"])], format: "eu-vat" },
    FormatRule { when: &[], format: "free" },
];

const fn acceptance(key: &'static str, label: crate::fields::Text) -> Field {
    Field::new(key, Kind::Checkbox, label, HEXONET_WIKI_IT).required(Requirement::Always).actions(REGISTER_TRADE)
}

/// The .it fields.
pub const FIELDS: &[Field] = &[
    Field::new("X-IT-REGISTRANT-ENTITY-TYPE", Kind::Select, text!(
            "Type of registrant",
            "Art des Inhabers",
            "Type de titulaire",
            "Tipologia dell'assegnatario",
            "Registrantens type"
        ), HEXONET_WIKI_IT).options(ENTITY_TYPES).default_value("1").required(Requirement::Always).actions(OWNER_DATA),
    Field::new("X-IT-NATIONALITY", Kind::Country, text!(
            "Nationality of the registrant",
            "Staatsangehörigkeit des Inhabers",
            "Nationalité du titulaire",
            "Nazionalità dell'assegnatario",
            "Registrantens nationalitet"
        ), HEXONET_WIKI_IT).required(Requirement::Always).formats(&[FormatRule { when: &[], format: "country" }]).pattern("[A-Za-z]{2}").actions(OWNER_DATA),
    Field::new("X-IT-PIN", Kind::Text, text!(
            "Tax code or VAT number (PIN)",
            "Steuernummer oder USt-IdNr. (PIN)",
            "Code fiscal ou numéro de TVA (PIN)",
            "Codice fiscale o partita IVA (PIN)",
            "Skattenummer eller momsnummer (PIN)"
        ), HEXONET_WIKI_IT).help(text!(
            "Italian person: codice fiscale (16 characters). Italian organisation: partita IVA or numeric codice fiscale (11 digits). Foreign organisation: its VAT number. Foreign person: an identity document number.",
            "Italienische Person: Codice fiscale (16 Zeichen). Italienische Organisation: Partita IVA oder numerischer Codice fiscale (11 Ziffern). Ausländische Organisation: ihre USt-IdNr. Ausländische Person: die Nummer eines Ausweisdokuments.",
            "Personne italienne : codice fiscale (16 caractères). Organisation italienne : partita IVA ou codice fiscale numérique (11 chiffres). Organisation étrangère : son numéro de TVA. Personne étrangère : un numéro de pièce d'identité.",
            "Persona italiana: codice fiscale (16 caratteri). Organizzazione italiana: partita IVA o codice fiscale numerico (11 cifre). Organizzazione straniera: la sua partita IVA. Persona straniera: il numero di un documento d'identità.",
            "Italiensk person: codice fiscale (16 tegn). Italiensk organisation: partita IVA eller numerisk codice fiscale (11 cifre). Udenlandsk organisation: dens momsnummer. Udenlandsk person: nummeret på et identitetsdokument."
        )).required(Requirement::Always).formats(PIN_FORMATS),
    acceptance(
        "X-IT-ACCEPT-LIABILITY-TAC",
        text!(
            "I accept section 3 of the .it terms (declarations and liability)",
            "Ich akzeptiere Abschnitt 3 der .it-Bedingungen (Erklärungen und Haftung)",
            "J'accepte la section 3 des conditions .it (déclarations et responsabilité)",
            "Accetto la sezione 3 delle condizioni .it (dichiarazioni e responsabilità)",
            "Jeg accepterer afsnit 3 i .it-vilkårene (erklæringer og ansvar)"
        ),
    ),
    acceptance(
        "X-IT-ACCEPT-REGISTRATION-TAC",
        text!(
            "I consent to the processing of my data for the registration (section 5)",
            "Ich willige in die Verarbeitung meiner Daten für die Registrierung ein (Abschnitt 5)",
            "Je consens au traitement de mes données pour l'enregistrement (section 5)",
            "Acconsento al trattamento dei miei dati per la registrazione (sezione 5)",
            "Jeg samtykker i behandling af mine data til registreringen (afsnit 5)"
        ),
    ),
    acceptance(
        "X-IT-ACCEPT-DIFFUSION-AND-ACCESSIBILITY-TAC",
        text!(
            "I consent to the publication of my data (section 6)",
            "Ich willige in die Veröffentlichung meiner Daten ein (Abschnitt 6)",
            "Je consens à la publication de mes données (section 6)",
            "Acconsento alla diffusione dei miei dati (sezione 6)",
            "Jeg samtykker i offentliggørelse af mine data (afsnit 6)"
        ),
    ),
    acceptance(
        "X-IT-ACCEPT-EXPLICIT-TAC",
        text!(
            "I explicitly accept points d to g of the terms (section 7)",
            "Ich akzeptiere ausdrücklich die Punkte d bis g der Bedingungen (Abschnitt 7)",
            "J'accepte expressément les points d à g des conditions (section 7)",
            "Accetto espressamente i punti da d a g delle condizioni (sezione 7)",
            "Jeg accepterer udtrykkeligt punkt d til g i vilkårene (afsnit 7)"
        ),
    ),
];

const PROVINCE_MESSAGE: crate::fields::Text = text!(
    "An Italian address needs the two-letter code of its province (RM, MI, TO, ...).",
    "Eine italienische Adresse braucht den zweistelligen Code ihrer Provinz (RM, MI, TO, ...).",
    "Une adresse italienne doit indiquer le code à deux lettres de sa province (RM, MI, TO, ...).",
    "Un indirizzo italiano richiede la sigla della provincia (RM, MI, TO, ...).",
    "En italiensk adresse skal have provinsens kode på to bogstaver (RM, MI, TO, ...)."
);

/// What a .it order must satisfy beyond its fields.
pub const RULES: &[Rule] = &[
    Rule {
        when: &[],
        check: Check::Present("registrant.country"),
        severity: Severity::Error,
        message: super::COUNTRY_NEEDED,
        actions: OWNER_DATA,
        source: NIC_IT_ELIGIBILITY,
    },
    Rule {
        when: &[Test::is_not("registrant.country", ELIGIBLE), Test::is_not("fields.X-IT-NATIONALITY", ELIGIBLE)],
        check: Check::Flag("registrant.country"),
        severity: Severity::Error,
        message: text!(
            "A .it registrant must be a citizen or resident of the EEA, the Vatican, San Marino or Switzerland.",
            "Ein .it-Inhaber muss Staatsangehöriger oder Einwohner des EWR, des Vatikans, San Marinos oder der Schweiz sein.",
            "Un titulaire .it doit être citoyen ou résident de l'EEE, du Vatican, de Saint-Marin ou de Suisse.",
            "Un assegnatario .it deve essere cittadino o residente nello SEE, nel Vaticano, a San Marino o in Svizzera.",
            "En .it-registrant skal være statsborger i eller bosat i EØS, Vatikanet, San Marino eller Schweiz."
        ),
        actions: OWNER_DATA,
        source: NIC_IT_ELIGIBILITY,
    },
    Rule {
        when: &[Test::is(ENTITY_TYPE, &["7"]), Test::is("registrant.country", &["IT"])],
        check: Check::Flag(ENTITY_TYPE),
        severity: Severity::Error,
        message: text!(
            "Type 7 is for organisations outside Italy; an Italian organisation chooses type 2 to 6.",
            "Typ 7 gilt für Organisationen außerhalb Italiens; eine italienische Organisation wählt Typ 2 bis 6.",
            "Le type 7 est réservé aux organisations hors d'Italie ; une organisation italienne choisit un type de 2 à 6.",
            "Il tipo 7 è per enti fuori dall'Italia; un ente italiano sceglie un tipo da 2 a 6.",
            "Type 7 gælder organisationer uden for Italien; en italiensk organisation vælger type 2 til 6."
        ),
        actions: OWNER_DATA,
        source: HEXONET_WIKI_IT,
    },
    Rule {
        when: &[Test::is(ENTITY_TYPE, ITALIAN_ENTITIES), Test::is_not("registrant.country", &["IT"])],
        check: Check::Flag(ENTITY_TYPE),
        severity: Severity::Error,
        message: text!(
            "Types 2 to 6 are for Italian organisations; an organisation from another eligible country chooses type 7.",
            "Typ 2 bis 6 gelten für italienische Organisationen; eine Organisation aus einem anderen berechtigten Land wählt Typ 7.",
            "Les types 2 à 6 sont réservés aux organisations italiennes ; une organisation d'un autre pays admis choisit le type 7.",
            "I tipi da 2 a 6 sono per enti italiani; un ente di un altro paese ammesso sceglie il tipo 7.",
            "Type 2 til 6 gælder italienske organisationer; en organisation fra et andet berettiget land vælger type 7."
        ),
        actions: OWNER_DATA,
        source: HEXONET_WIKI_IT,
    },
    Rule {
        when: &[Test::is(ENTITY_TYPE, &["1"])],
        check: Check::Absent("registrant.organization"),
        severity: Severity::Error,
        message: text!(
            "A natural person (type 1) registers without an organisation: leave the organisation empty or choose the organisation's type.",
            "Eine natürliche Person (Typ 1) registriert ohne Organisation: Lassen Sie die Organisation leer oder wählen Sie den Typ der Organisation.",
            "Une personne physique (type 1) s'enregistre sans organisation : laissez l'organisation vide ou choisissez le type de l'organisation.",
            "Una persona fisica (tipo 1) si registra senza organizzazione: lasciate vuota l'organizzazione o scegliete il tipo dell'ente.",
            "En fysisk person (type 1) registreres uden organisation: lad organisationen være tom, eller vælg organisationens type."
        ),
        actions: OWNER_DATA,
        source: HEXONET_WIKI_IT,
    },
    Rule {
        when: &[Test::is("registrant.country", &["IT"])],
        check: Check::OneOf("registrant.state", PROVINCES),
        severity: Severity::Error,
        message: PROVINCE_MESSAGE,
        actions: OWNER_DATA,
        source: ISTAT_PROVINCES,
    },
    Rule {
        when: &[Test::is("registrant.country", &["IT"])],
        check: Check::Present("registrant.state"),
        severity: Severity::Error,
        message: PROVINCE_MESSAGE,
        actions: OWNER_DATA,
        source: ISTAT_PROVINCES,
    },
    Rule {
        when: &[Test::is("registrant.country", &["IT"])],
        check: Check::Digits("registrant.postalCode", 5),
        severity: Severity::Error,
        message: text!(
            "An Italian postal code (CAP) has 5 digits.",
            "Eine italienische Postleitzahl (CAP) hat 5 Ziffern.",
            "Un code postal italien (CAP) compte 5 chiffres.",
            "Un CAP italiano ha 5 cifre.",
            "Et italiensk postnummer (CAP) har 5 cifre."
        ),
        actions: OWNER_DATA,
        source: ISTAT_PROVINCES,
    },
];

/// The registrar API's .it page: terms and transfer.
const WIKI_IT: Source = Source::new("https://wiki.hexonet.net/wiki/IT", "2012");
/// Route 53's .it page: terms and ID protection as a second registrar sells them.
const ROUTE53_IT: Source =
    Source::new("https://github.com/awsdocs/amazon-route53-docs/blob/2c31968/doc_source/it.md", "2023-04-07");
/// .it: one year; a transfer needs the code and adds a year; no lock; no ID protection.
pub const ORDER: OrderFacts = OrderFacts {
    zones: &["it"],
    basis: Basis::Zone,
    terms: Cited {
        value: Terms { register: Years::only(1), renew: Years::only(1), transfer: Years::only(1) },
        source: ROUTE53_IT,
    },
    auth_code: Cited { value: AuthCode::Required, source: WIKI_IT },
    transfer_lock: Cited { value: TransferLock::None, source: WIKI_IT },
    id_protection: Cited { value: IdProtection::Unknown, source: ROUTE53_IT },
    bundle: Cited { value: &[], source: ROUTE53_IT },
    contacts_on_transfer: Cited { value: true, source: super::order_facts::MODULE_TRANSFER },
};
