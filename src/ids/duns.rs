//! The D-U-N-S number of Dun & Bradstreet.

use super::{IdError, IdFormat, Strength, Valid, digits, prepared};
use crate::source::Source;

/// D-U-N-S: 9 digits, without a check digit (only the format can be checked).
pub const DUNS: IdFormat =
    IdFormat { name: "duns", check: duns, source: Source::new("https://www.dnb.com/duns.html", "read 2026-11-28") };

fn duns(input: &str) -> Result<Valid, IdError> {
    let text = prepared(input)?;
    digits(&text, 9)?;
    Ok(Valid { compact: text, strength: Strength::FormatOnly })
}
