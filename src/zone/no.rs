//! .no (Norid).

use super::{Cited, ISPAPI_2021, Registry, Source, ZonePolicy};
use crate::fields::{Action, Field, Format, FormatRule, Kind, OWNER_DATA, Requirement, Test};
use crate::ids;
use crate::text;

/// Norid's 23 special characters (bokmål, nynorsk and the Sámi languages), open to everyone since
/// 2004-02-18.
const NORID_CHARACTERS: Source = Source::new("https://www.norid.no/no/domeneregistrering/idn/", "2004-02-18");

/// Norid, about domain names: 2 to 63 characters.
const NORID_NAMES: Source =
    Source::new("http://www.norid.no/domeneregistrering/om-navn.en.html", "undated; read 2026-11-28");

/// 2 to 63 characters.
pub const POLICY: ZonePolicy = ZonePolicy {
    zones: &["no"],
    min_length: Cited { value: 2, source: NORID_NAMES },
    max_length: Cited { value: 63, source: NORID_NAMES },
    characters: Cited { value: Some(&["àáäåæçèéêñńòóôöøüčđŋšŧž"]), source: NORID_CHARACTERS },
    fields: FIELDS,
    rules: &[],
};

/// An organisation's organisasjonsnummer; a person's Norid person ID (PID, issued by Norid's
/// PID service) as typed.
const ID_FORMATS: &[FormatRule] = &[
    FormatRule { when: &[Test::is("registrant.type", &["organization"])], format: Format::Id(&ids::no::ORGNR) },
    FormatRule { when: &[], format: Format::Free },
];

/// The .no fields: the registrant's identity, and the signed declaration Norid needs on
/// registration and owner change (a form the registrar sends; shown, not sent).
pub const FIELDS: &[Field] = &[
    Field::new("X-NO-REGISTRANT-IDENTITY", Kind::Text, text!("no.organisation_number_or_a_person_s"), ISPAPI_2021)
        .required(Requirement::Always)
        .formats(ID_FORMATS)
        .actions(OWNER_DATA),
    Field::new("no-declaration", Kind::Display, text!("no.declaration_form"), ISPAPI_2021)
        .help(text!("no.norid_needs_the_registrant_s_signed"))
        .actions(&[Action::Register, Action::Trade])
        .form_only(),
];

/// Everything this module declares, for the list in `zone/mod.rs`.
pub const REGISTRY: Registry = Registry::new(&[&POLICY], &[], &[]);
