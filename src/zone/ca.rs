//! .ca (CIRA).

use super::order_facts::{AuthCode, Basis, IdProtection, OrderFacts, Terms, TransferLock, Years};
use super::{Cited, ISPAPI_2021, Source, ZonePolicy};
use crate::fields::{Action, Check, Choice, Field, Kind, OWNER_DATA, Requirement, Rule, Test};
use crate::report::Severity;
use crate::text;

/// CIRA accepts the 16 accented letters of French; names that differ only in them are bundled
/// with their unaccented form for one registrant.
const CIRA_FRENCH: Source = Source::new(
    "https://www.cira.ca/en/ca-domains/register-your-ca/domains-french-accented-characters/",
    "undated; read 2026-11-28",
);

/// Registrar specification of .ca (CIRA rules as restated): 2 to 63 characters, ACE form
/// included. CIRA texts up to 2009 said 50 at most; they are superseded.
const CIRA_SPEC: Source =
    Source::new("https://support.tppwholesale.com.au/hc/en-gb/articles/360009190197--CA", "undated; read 2026-11-28");

/// 2 to 63 characters.
pub const POLICY: ZonePolicy = ZonePolicy {
    zones: &["ca"],
    min_length: Cited { value: 2, source: CIRA_SPEC },
    max_length: Cited { value: 63, source: CIRA_SPEC },
    characters: Cited { value: Some(&["éëêèâàæôœùûüçîïÿ"]), source: CIRA_FRENCH },
    fields: FIELDS,
    rules: RULES,
};

/// CIRA's Canadian Presence Requirements categories (CPR), as the registry's EPP extension
/// enforces them: 18 legal types, the hospital code is HOP. The 2021 module sent HOS; CIRA,
/// its EPP clients and the module's own sample use HOP, so HOP is sent and HOS accepted as an
/// alias. Non-individual types name an organisation; a Canadian address names a province.
const CIRA_CPR: Source = Source::new(
    "https://github.com/thedarkwinter/Net-DRI/blob/master/lib/Net/DRI/Data/Contact/CIRA.pm",
    "2020; read 2026-11-28",
);

/// The legal types of individuals; every other type is an organisation's.
const INDIVIDUAL_TYPES: &[&str] = &["CCT", "RES", "ABO", "LGR"];

/// Canada's provinces and territories (ISO 3166-2:CA), required for a Canadian address.
pub const PROVINCES: &[&str] = &["AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT"];

const LEGAL_TYPES: &[Choice] = &[
    Choice {
        value: "CCO",
        label: text!(
            "Corporation (Canada or province)",
            "Kapitalgesellschaft (Kanada oder Provinz)",
            "Société par actions (Canada ou province)",
            "Società di capitali (Canada o provincia)",
            "Selskab (Canada eller provins)"
        ),
    },
    Choice {
        value: "CCT",
        label: text!(
            "Canadian citizen",
            "Kanadische Staatsangehörigkeit",
            "Citoyen canadien",
            "Cittadino canadese",
            "Canadisk statsborger"
        ),
    },
    Choice {
        value: "RES",
        label: text!(
            "Permanent resident of Canada",
            "Daueraufenthalt in Kanada",
            "Résident permanent du Canada",
            "Residente permanente in Canada",
            "Fastboende i Canada"
        ),
    },
    Choice {
        value: "GOV",
        label: text!(
            "Government or government entity in Canada",
            "Regierung oder Behörde in Kanada",
            "Gouvernement ou entité gouvernementale au Canada",
            "Governo o ente governativo in Canada",
            "Regering eller offentlig myndighed i Canada"
        ),
    },
    Choice {
        value: "EDU",
        label: text!(
            "Canadian educational institution",
            "Kanadische Bildungseinrichtung",
            "Établissement d'enseignement canadien",
            "Istituto di istruzione canadese",
            "Canadisk uddannelsesinstitution"
        ),
    },
    Choice {
        value: "ASS",
        label: text!(
            "Canadian unincorporated association",
            "Kanadischer nicht eingetragener Verein",
            "Association non constituée canadienne",
            "Associazione non riconosciuta canadese",
            "Canadisk ikke-registreret forening"
        ),
    },
    Choice {
        value: "HOP",
        label: text!(
            "Canadian hospital",
            "Kanadisches Krankenhaus",
            "Hôpital canadien",
            "Ospedale canadese",
            "Canadisk hospital"
        ),
    },
    Choice {
        value: "PRT",
        label: text!(
            "Partnership registered in Canada",
            "In Kanada eingetragene Personengesellschaft",
            "Société de personnes enregistrée au Canada",
            "Società di persone registrata in Canada",
            "Interessentskab registreret i Canada"
        ),
    },
    Choice {
        value: "TDM",
        label: text!(
            "Trade-mark registered in Canada (non-Canadian owner)",
            "In Kanada eingetragene Marke (nicht kanadischer Inhaber)",
            "Marque de commerce enregistrée au Canada (titulaire non canadien)",
            "Marchio registrato in Canada (titolare non canadese)",
            "Varemærke registreret i Canada (ikke-canadisk ejer)"
        ),
    },
    Choice {
        value: "TRD",
        label: text!(
            "Canadian trade union",
            "Kanadische Gewerkschaft",
            "Syndicat canadien",
            "Sindacato canadese",
            "Canadisk fagforening"
        ),
    },
    Choice {
        value: "PLT",
        label: text!(
            "Canadian political party",
            "Kanadische politische Partei",
            "Parti politique canadien",
            "Partito politico canadese",
            "Canadisk politisk parti"
        ),
    },
    Choice {
        value: "LAM",
        label: text!(
            "Canadian library, archive or museum",
            "Kanadische Bibliothek, Archiv oder Museum",
            "Bibliothèque, archives ou musée canadien",
            "Biblioteca, archivio o museo canadese",
            "Canadisk bibliotek, arkiv eller museum"
        ),
    },
    Choice {
        value: "TRS",
        label: text!(
            "Trust established in Canada",
            "In Kanada errichteter Trust",
            "Fiducie établie au Canada",
            "Trust costituito in Canada",
            "Trust oprettet i Canada"
        ),
    },
    Choice {
        value: "ABO",
        label: text!(
            "Aboriginal peoples indigenous to Canada",
            "Indigene Völker Kanadas",
            "Peuples autochtones du Canada",
            "Popoli indigeni del Canada",
            "Canadas oprindelige folk"
        ),
    },
    Choice {
        value: "INB",
        label: text!(
            "Indian band recognised by the Indian Act",
            "Nach dem Indian Act anerkannte Indian Band",
            "Bande indienne reconnue par la Loi sur les Indiens",
            "Banda indiana riconosciuta dall'Indian Act",
            "Indian band anerkendt efter Indian Act"
        ),
    },
    Choice {
        value: "LGR",
        label: text!(
            "Legal representative of a Canadian citizen or permanent resident",
            "Gesetzlicher Vertreter einer kanadischen Person oder eines Daueraufenthaltsberechtigten",
            "Représentant légal d'un citoyen canadien ou d'un résident permanent",
            "Rappresentante legale di un cittadino canadese o residente permanente",
            "Juridisk repræsentant for en canadisk statsborger eller fastboende"
        ),
    },
    Choice {
        value: "OMK",
        label: text!(
            "Official mark registered in Canada",
            "In Kanada eingetragenes amtliches Kennzeichen",
            "Marque officielle enregistrée au Canada",
            "Marchio ufficiale registrato in Canada",
            "Officielt mærke registreret i Canada"
        ),
    },
    Choice {
        value: "MAJ",
        label: text!(
            "His Majesty the King",
            "Seine Majestät der König",
            "Sa Majesté le Roi",
            "Sua Maestà il Re",
            "Hans Majestæt Kongen"
        ),
    },
];

// The registrar API (HEXONET/CentralNic Reseller ISPAPI dialect) as its module defined the .ca
// fields: X-CA-LEGALTYPE on every action, X-CA-LANGUAGE except on transfer.
/// The .ca fields.
pub const FIELDS: &[Field] = &[
    Field::new("X-CA-LEGALTYPE", Kind::Select, text!(
            "Legal type of the registrant",
            "Rechtsform des Inhabers",
            "Type juridique du titulaire",
            "Tipo giuridico dell'assegnatario",
            "Registrantens juridiske type"
        ), CIRA_CPR).help(text!(
            "CIRA registers .ca names only for people and organisations with a Canadian presence; choose the category that applies.",
            "CIRA vergibt .ca-Namen nur an Personen und Organisationen mit Bezug zu Kanada; wählen Sie die zutreffende Kategorie.",
            "CIRA n'enregistre les noms .ca que pour des personnes et organisations présentes au Canada ; choisissez la catégorie applicable.",
            "CIRA registra nomi .ca solo per persone e organizzazioni con presenza in Canada; scegliete la categoria applicabile.",
            "CIRA registrerer kun .ca-navne til personer og organisationer med tilknytning til Canada; vælg den kategori, der passer."
        )).options(LEGAL_TYPES).aliases(&[("HOS", "HOP")]).default_value("CCO").required(Requirement::Always),
    Field::new("X-CA-LANGUAGE", Kind::Select, text!(
            "Language for CIRA's messages",
            "Sprache der Nachrichten von CIRA",
            "Langue des messages de CIRA",
            "Lingua dei messaggi di CIRA",
            "Sprog for CIRA's beskeder"
        ), ISPAPI_2021).options(&[
            Choice { value: "EN", label: text!("English", "Englisch", "Anglais", "Inglese", "Engelsk") },
            Choice { value: "FR", label: text!("French", "Französisch", "Français", "Francese", "Fransk") },
        ]).default_value("EN").required(Requirement::Always).actions(OWNER_DATA),
    Field::new("ca-registrant-agreement", Kind::Display, text!(
            "CIRA registrant agreement",
            "Inhabervereinbarung von CIRA",
            "Convention du titulaire de CIRA",
            "Accordo dell'assegnatario di CIRA",
            "CIRA's registrantaftale"
        ), ISPAPI_2021).form_only().help(text!(
            "A new registrant must accept CIRA's registrant agreement within 7 days of CIRA's e-mail, or the name is deleted without refund.",
            "Ein neuer Inhaber muss die Vereinbarung von CIRA innerhalb von 7 Tagen nach deren E-Mail annehmen, sonst wird der Name ohne Erstattung gelöscht.",
            "Un nouveau titulaire doit accepter la convention de CIRA dans les 7 jours suivant son courriel, sinon le nom est supprimé sans remboursement.",
            "Un nuovo assegnatario deve accettare l'accordo di CIRA entro 7 giorni dalla sua e-mail, altrimenti il nome viene cancellato senza rimborso.",
            "En ny registrant skal acceptere CIRA's aftale inden 7 dage efter CIRA's e-mail, ellers slettes navnet uden refusion."
        )).actions(&[Action::Register, Action::Trade]),
];

/// What a .ca order must satisfy beyond its fields.
pub const RULES: &[Rule] = &[
    Rule {
        when: &[Test::is_not("fields.X-CA-LEGALTYPE", INDIVIDUAL_TYPES)],
        check: Check::Present("registrant.organization"),
        severity: Severity::Error,
        message: text!(
            "This legal type is for organisations: enter the organisation's full legal name.",
            "Diese Rechtsform gilt für Organisationen: Geben Sie den vollständigen Namen der Organisation an.",
            "Ce type juridique est réservé aux organisations : indiquez la dénomination complète de l'organisation.",
            "Questo tipo giuridico è per le organizzazioni: indicate la denominazione completa dell'organizzazione.",
            "Denne juridiske type gælder organisationer: angiv organisationens fulde navn."
        ),
        actions: OWNER_DATA,
        source: CIRA_CPR,
    },
    Rule {
        when: &[Test::is("fields.X-CA-LEGALTYPE", INDIVIDUAL_TYPES)],
        check: Check::Absent("registrant.organization"),
        severity: Severity::Warning,
        message: text!(
            "This legal type is for individuals, but an organisation is given; CIRA registers the name to the person. Choose an organisation's legal type or leave the organisation empty.",
            "Diese Rechtsform gilt für Einzelpersonen, es ist aber eine Organisation angegeben; CIRA registriert den Namen auf die Person. Wählen Sie eine Rechtsform für Organisationen oder lassen Sie die Organisation leer.",
            "Ce type juridique est réservé aux particuliers, mais une organisation est indiquée ; CIRA enregistre le nom au nom de la personne. Choisissez un type d'organisation ou laissez l'organisation vide.",
            "Questo tipo giuridico è per le persone fisiche, ma è indicata un'organizzazione; CIRA registra il nome alla persona. Scegliete un tipo per organizzazioni o lasciate vuota l'organizzazione.",
            "Denne juridiske type gælder enkeltpersoner, men der er angivet en organisation; CIRA registrerer navnet til personen. Vælg en type for organisationer, eller lad organisationen være tom."
        ),
        actions: OWNER_DATA,
        source: CIRA_CPR,
    },
    Rule {
        when: &[Test::is("registrant.country", &["CA"])],
        check: Check::Present("registrant.state"),
        severity: Severity::Error,
        message: text!(
            "A Canadian address needs its province or territory (AB, BC, MB, NB, NL, NS, NT, NU, ON, PE, QC, SK or YT).",
            "Eine kanadische Adresse braucht ihre Provinz oder ihr Territorium (AB, BC, MB, NB, NL, NS, NT, NU, ON, PE, QC, SK oder YT).",
            "Une adresse canadienne doit indiquer sa province ou son territoire (AB, BC, MB, NB, NL, NS, NT, NU, ON, PE, QC, SK ou YT).",
            "Un indirizzo canadese deve indicare la provincia o il territorio (AB, BC, MB, NB, NL, NS, NT, NU, ON, PE, QC, SK o YT).",
            "En canadisk adresse skal have sin provins eller sit territorium (AB, BC, MB, NB, NL, NS, NT, NU, ON, PE, QC, SK eller YT)."
        ),
        actions: OWNER_DATA,
        source: CIRA_CPR,
    },
    Rule {
        when: &[Test::is("registrant.country", &["CA"])],
        check: Check::OneOf("registrant.state", PROVINCES),
        severity: Severity::Error,
        message: text!(
            "This is not a code of a Canadian province or territory; use AB, BC, MB, NB, NL, NS, NT, NU, ON, PE, QC, SK or YT.",
            "Das ist kein Code einer kanadischen Provinz oder eines Territoriums; verwenden Sie AB, BC, MB, NB, NL, NS, NT, NU, ON, PE, QC, SK oder YT.",
            "Ce n'est pas le code d'une province ou d'un territoire canadien ; utilisez AB, BC, MB, NB, NL, NS, NT, NU, ON, PE, QC, SK ou YT.",
            "Non è il codice di una provincia o di un territorio canadese; usate AB, BC, MB, NB, NL, NS, NT, NU, ON, PE, QC, SK o YT.",
            "Det er ikke en kode for en canadisk provins eller et territorium; brug AB, BC, MB, NB, NL, NS, NT, NU, ON, PE, QC, SK eller YT."
        ),
        actions: OWNER_DATA,
        source: CIRA_CPR,
    },
];

/// The registrar API's .ca page: terms and transfer.
const WIKI_CA: Source = Source::new("https://wiki.hexonet.net/wiki/CA", "2016-05-17");
/// A registrar's .ca policy page: no transfer within 60 days of a registration or a transfer.
const CA_LOCK: Source = Source::new(
    "https://orders.itristanmedia.com/knowledgebase/38/.CA-TLD-Domain-policy.html",
    "undated; read 2026-12-07",
);
/// .ca: 1 to 10 years; a transfer needs the code and adds a year; 60 days' lock after a
/// registration or a transfer. Texts from before CIRA's registry platform of 2010-10-12 say 30
/// days and no code; the platform aligned .ca with the industry's practice (easyDNS,
/// https://easydns.com/blog/2010/10/04/ca-registry-transition-information, 2010-10-04),
/// and registrars' current pages say 60 days: 60 is followed. CIRA hides the data of individuals
/// itself, so there is no ID protection to order.
pub const ORDER: OrderFacts = OrderFacts {
    zones: &["ca"],
    basis: Basis::Zone,
    terms: Cited {
        value: Terms { register: Years::range(1, 10), renew: Years::range(1, 10), transfer: Years::only(1) },
        source: WIKI_CA,
    },
    auth_code: Cited { value: AuthCode::Required, source: WIKI_CA },
    transfer_lock: Cited { value: TransferLock::Days { after_registration: 60, after_transfer: 60 }, source: CA_LOCK },
    id_protection: Cited {
        value: IdProtection::RegistryPrivacyWhen(&[Test::is("fields.X-CA-LEGALTYPE", &["CCT", "RES", "ABO", "LGR"])]),
        source: super::order_facts::ISPAPI_OLD_FAQ,
    },
    bundle: Cited { value: &[], source: WIKI_CA },
    contacts_on_transfer: Cited { value: false, source: super::order_facts::MODULE_TRANSFER },
};
