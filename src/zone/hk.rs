//! .hk, .香港 and their second-level zones (HKIRC): the registrant's identity document.

use super::{ISPAPI_2021, ZonePolicy};
use crate::fields::{Choice, Field, FormatRule, Kind, OWNER_DATA, REGISTER_TRADE, Requirement, Test};
use crate::text;

/// The DNS limits (no registry-specific length rule is known to the engine) and the fields below.
pub const POLICY: ZonePolicy = ZonePolicy::fields_only(
    &["hk", "com.hk", "net.hk", "org.hk", "edu.hk", "gov.hk", "idv.hk", "xn--j6w193g"],
    FIELDS,
    &[],
);

/// The document types of natural persons; every other type is an organisation's.
const INDIVIDUAL_DOCUMENTS: &[&str] = &["HKID", "OTHID", "PASSNO", "BIRTHCERT", "OTHIDV"];
const DOCUMENT_TYPE: &str = "fields.X-HK-REGISTRANT-DOCUMENT-TYPE";

const DOCUMENT_TYPES: &[Choice] = &[
    Choice {
        value: "HKID",
        label: text!(
            "Hong Kong identity card",
            "Hongkonger Personalausweis",
            "Carte d'identité de Hong Kong",
            "Carta d'identità di Hong Kong",
            "Hongkongsk identitetskort"
        ),
    },
    Choice {
        value: "OTHID",
        label: text!(
            "Other country's identity card",
            "Personalausweis eines anderen Landes",
            "Carte d'identité d'un autre pays",
            "Carta d'identità di un altro paese",
            "Andet lands identitetskort"
        ),
    },
    Choice { value: "PASSNO", label: text!("Passport", "Reisepass", "Passeport", "Passaporto", "Pas") },
    Choice {
        value: "BIRTHCERT",
        label: text!(
            "Birth certificate",
            "Geburtsurkunde",
            "Acte de naissance",
            "Certificato di nascita",
            "Fødselsattest"
        ),
    },
    Choice {
        value: "OTHIDV",
        label: text!(
            "Other document of a person",
            "Anderes Dokument einer Person",
            "Autre document d'une personne",
            "Altro documento di una persona",
            "Andet dokument for en person"
        ),
    },
    Choice {
        value: "BR",
        label: text!(
            "Business registration certificate",
            "Gewerbeanmeldung",
            "Certificat d'enregistrement commercial",
            "Certificato di registrazione dell'impresa",
            "Virksomhedsregistreringsbevis"
        ),
    },
    Choice {
        value: "CI",
        label: text!(
            "Certificate of incorporation",
            "Gründungsurkunde",
            "Certificat de constitution",
            "Certificato di costituzione",
            "Stiftelsesbevis"
        ),
    },
    Choice {
        value: "CRS",
        label: text!(
            "Certificate of registration of a school",
            "Registrierungsbescheinigung einer Schule",
            "Certificat d'enregistrement d'une école",
            "Certificato di registrazione di una scuola",
            "Registreringsbevis for en skole"
        ),
    },
    Choice {
        value: "HKSARG",
        label: text!(
            "Hong Kong government department",
            "Hongkonger Regierungsstelle",
            "Service du gouvernement de Hong Kong",
            "Dipartimento del governo di Hong Kong",
            "Hongkongsk regeringsafdeling"
        ),
    },
    Choice {
        value: "HKORDINANCE",
        label: text!(
            "Ordinance of Hong Kong",
            "Hongkonger Verordnung",
            "Ordonnance de Hong Kong",
            "Ordinanza di Hong Kong",
            "Hongkongsk forordning"
        ),
    },
    Choice {
        value: "OTHORG",
        label: text!(
            "Other document of an organisation",
            "Anderes Dokument einer Organisation",
            "Autre document d'une organisation",
            "Altro documento di un'organizzazione",
            "Andet dokument for en organisation"
        ),
    },
];

const FOR_INDIVIDUALS: Requirement = Requirement::When(&[Test::is(DOCUMENT_TYPE, INDIVIDUAL_DOCUMENTS)]);

/// The .hk fields.
pub const FIELDS: &[Field] = &[
    Field::new(
        "X-HK-REGISTRANT-DOCUMENT-TYPE",
        Kind::Select,
        text!(
            "Registrant's identity document",
            "Ausweisdokument des Inhabers",
            "Pièce d'identité du titulaire",
            "Documento d'identità dell'assegnatario",
            "Registrantens identitetsdokument"
        ),
        ISPAPI_2021,
    )
    .options(DOCUMENT_TYPES)
    .default_value("HKID")
    .required(Requirement::Always)
    .actions(OWNER_DATA),
    Field::new(
        "X-HK-REGISTRANT-OTHER-DOCUMENT-TYPE",
        Kind::Text,
        text!(
            "Which other document",
            "Welches andere Dokument",
            "Quel autre document",
            "Quale altro documento",
            "Hvilket andet dokument"
        ),
        ISPAPI_2021,
    )
    .required(Requirement::When(&[Test::is(DOCUMENT_TYPE, &["OTHIDV", "OTHORG"])]))
    .actions(OWNER_DATA),
    Field::new(
        "X-HK-REGISTRANT-DOCUMENT-NUMBER",
        Kind::Text,
        text!("Document number", "Dokumentnummer", "Numéro du document", "Numero del documento", "Dokumentnummer"),
        ISPAPI_2021,
    )
    .required(Requirement::Always)
    .actions(OWNER_DATA),
    Field::new(
        "X-HK-REGISTRANT-DOCUMENT-ORIGIN-COUNTRY",
        Kind::Country,
        text!(
            "Country that issued the document",
            "Ausstellendes Land des Dokuments",
            "Pays émetteur du document",
            "Paese che ha rilasciato il documento",
            "Land, der har udstedt dokumentet"
        ),
        ISPAPI_2021,
    )
    .required(Requirement::Always)
    .formats(&[FormatRule { when: &[], format: "country" }])
    .pattern("[A-Za-z]{2}")
    .actions(OWNER_DATA),
    Field::new("X-HK-REGISTRANT-BIRTH-DATE", Kind::Date, super::DATE_OF_BIRTH, ISPAPI_2021)
        .required(FOR_INDIVIDUALS)
        .formats(&[FormatRule { when: &[], format: "date" }])
        .actions(OWNER_DATA),
    Field::new("X-HK-ACCEPT-INDIVIDUAL-REGISTRATION-TAC", Kind::Checkbox, super::TERMS_FOR_INDIVIDUALS, ISPAPI_2021)
        .required(FOR_INDIVIDUALS)
        .actions(REGISTER_TRADE),
];
