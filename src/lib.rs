#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod code;
pub mod const_text;
pub mod contacts;
pub mod display;
pub mod domain;
pub mod explain;
pub mod fields;
pub mod findings;
pub mod ids;
#[cfg(all(feature = "live", not(target_arch = "wasm32")))]
pub mod live;
pub mod locale;
pub mod locale_pack;
pub mod messages;
pub mod name;
pub mod nameservers;
pub mod net;
pub mod options;
pub mod order;
pub mod order_input;
pub mod order_paths;
pub mod order_rules;
pub mod pack_store;
pub mod packed_report;
pub mod record;
pub mod report;
pub mod schema;
#[cfg(all(feature = "server", not(target_arch = "wasm32")))]
pub mod server;
pub mod source;
pub mod translations;
pub mod wasm;
#[cfg(not(target_arch = "wasm32"))]
pub mod whmcs_fields;
pub mod zone;
pub mod zone_info;

#[cfg(test)]
mod test_random;

pub use code::Code;
pub use domain::{DomainReport, check_domain, check_ok, is_registrable};
pub use locale::Locale;
pub use options::{Options, Profile};
pub use report::{Diagnostic, ParamValue, Params, Severity};

/// The version of this crate.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
