//! What a caller can choose: the profile a name is checked against, and the message language.

use crate::locale::Locale;

/// Which kind of name is being checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Profile {
    /// A name to register at a registry: exactly one label below a registry zone, with the
    /// zone's own policy applied.
    #[default]
    Registration,
    /// Any host name (nameserver, MX target): letters, digits, hyphens and IDN, any depth.
    Hostname,
    /// A DNS owner name in a zone editor: also `_` labels and a leading `*` label.
    Record,
}

impl Profile {
    /// Every profile.
    pub const ALL: &'static [Profile] = &[Profile::Registration, Profile::Hostname, Profile::Record];

    /// The name used in options and on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            Profile::Registration => "registration",
            Profile::Hostname => "hostname",
            Profile::Record => "record",
        }
    }

    /// The profile with this name.
    pub fn parse(text: &str) -> Option<Profile> {
        Profile::ALL.iter().copied().find(|p| p.as_str() == text)
    }

    /// The names, comma-separated, for messages.
    pub fn names() -> String {
        Profile::ALL.iter().map(|p| p.as_str()).collect::<Vec<_>>().join(", ")
    }
}

/// Options of a domain check.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Options {
    /// The profile (default: registration).
    pub profile: Profile,
    /// The language of the messages (default: English).
    pub locale: Locale,
}

impl Options {
    /// Options with this profile and the default locale.
    pub fn profile(profile: Profile) -> Self {
        Options { profile, ..Options::default() }
    }

    /// The same options in another locale.
    pub fn with_locale(self, locale: Locale) -> Self {
        Options { locale, ..self }
    }
}
