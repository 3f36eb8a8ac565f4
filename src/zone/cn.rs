//! .cn and its second-level zones (CNNIC): the registrant's identity document.

use super::{ISPAPI_2021, Registry, ZonePolicy};
use crate::fields::{Choice, Field, Kind, OWNER_DATA, Requirement};
use crate::text;

/// The DNS limits (no registry-specific length rule is known to the engine) and the fields below.
pub const POLICY: ZonePolicy = ZonePolicy::fields_only(&["cn", "com.cn", "net.cn", "org.cn"], FIELDS, &[]);

/// One text in every locale: the names of Chinese identity documents, in English, as the
/// registrar module gives them; they have no established names in the other locales.
const fn same(text: &'static str) -> crate::fields::Text {
    crate::fields::Text::same(text)
}

/// CNNIC's document types as the registrar module lists them.
const DOCUMENT_TYPES: &[Choice] = &[
    Choice { value: "SFZ", label: same("Chinese resident identity card") },
    Choice { value: "HZ", label: same("Foreign passport") },
    Choice { value: "GAJMTX", label: same("Exit-entry permit for travelling to and from Hong Kong and Macao") },
    Choice { value: "TWJMTX", label: same("Travel pass for Taiwan residents to enter or leave the mainland") },
    Choice { value: "WJLSFZ", label: same("Foreign permanent resident ID card") },
    Choice { value: "GAJZZ", label: same("Residence permit for Hong Kong and Macao residents") },
    Choice { value: "TWJZZ", label: same("Residence permit for Taiwan residents") },
    Choice { value: "JGZ", label: same("Chinese officer certificate") },
    Choice { value: "ORG", label: same("Chinese organisation code certificate") },
    Choice { value: "YYZZ", label: same("Chinese business licence") },
    Choice { value: "TYDM", label: same("Certificate for the uniform social credit code") },
    Choice { value: "BDDM", label: same("Military code designation") },
    Choice { value: "JDDWFW", label: same("Military paid external service licence") },
    Choice { value: "SYDWFR", label: same("Public institution legal person certificate") },
    Choice {
        value: "WGCZJG",
        label: same("Registration form of resident representative offices of foreign enterprises"),
    },
    Choice { value: "SHTTFR", label: same("Social organisation legal person registration certificate") },
    Choice { value: "ZJCS", label: same("Religious activity site registration certificate") },
    Choice { value: "MBFQY", label: same("Private non-enterprise entity registration certificate") },
    Choice { value: "JJHFR", label: same("Foundation legal person registration certificate") },
    Choice { value: "LSZY", label: same("Practising licence of a law firm") },
    Choice { value: "WGZHWH", label: same("Registration certificate of a foreign cultural centre in China") },
    Choice {
        value: "WLCZJG",
        label: same("Registration certificate of a resident office of a foreign government's tourism department"),
    },
    Choice { value: "SFJD", label: same("Judicial expertise licence") },
    Choice { value: "JWJG", label: same("Overseas organisation certificate") },
    Choice { value: "SHFWJG", label: same("Social service agency registration certificate") },
    Choice { value: "MBXXBX", label: same("Private school permit") },
    Choice { value: "YLJGZY", label: same("Medical institution practising licence") },
    Choice { value: "GZJGZY", label: same("Notary organisation practising licence") },
    Choice { value: "BJWSXX", label: same("Permit of the Beijing school for children of foreign embassy staff") },
    Choice { value: "QT", label: same("Other") },
];

// The registrar module of 2021 left the document type optional (its sample and WHMCS require
// it); CNNIC needs both type and number to verify the registrant, so both are required.

/// The .cn fields.
pub const FIELDS: &[Field] = &[
    Field::new("X-CN-REGISTRANT-ID-TYPE", Kind::Select, text!("cn.registrant_s_identity_document"), ISPAPI_2021)
        .options(DOCUMENT_TYPES)
        .default_value("SFZ")
        .required(Requirement::Always)
        .actions(OWNER_DATA),
    Field::new("X-CN-REGISTRANT-ID-NUMBER", Kind::Text, text!("cn.document_number"), ISPAPI_2021)
        .required(Requirement::Always)
        .actions(OWNER_DATA),
];

/// Everything this module declares, for the list in `zone/mod.rs`.
pub const REGISTRY: Registry = Registry::new(&[&POLICY], &[], &[]);
