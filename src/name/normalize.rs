//! First stage: bound the input, trim it, turn ideographic and full-width dots into dots and
//! drop one trailing dot. Runs before any Unicode processing.

use std::borrow::Cow;

use crate::code::Code;
use crate::findings::Findings;
use crate::report::Params;

use super::label::shown_name;

/// No domain name, even typed in full-width Unicode with spaces around it, comes near this many
/// bytes; longer input is refused before any Unicode work so that hostile input stays linear.
pub const MAX_INPUT_BYTES: usize = 1024;

/// Dots other than U+002E that UTS #46 treats as label separators.
const OTHER_DOTS: [char; 3] = ['\u{3002}', '\u{FF0E}', '\u{FF61}'];

/// The label separators of a name as typed: the full stop, and the ideographic, fullwidth and
/// halfwidth ideographic full stops, which UTS #46 maps to it (UTS #46 section 4 step 1;
/// RFC 3490 section 3.1).
pub const DOTS: [char; 4] = ['.', OTHER_DOTS[0], OTHER_DOTS[1], OTHER_DOTS[2]];

/// The input after the first stage.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Normalized<'a> {
    /// Trimmed, with plain dots and no trailing dot.
    pub name: Cow<'a, str>,
    /// Whether ideographic or full-width dots were turned into dots (a width mapping).
    pub dots_mapped: bool,
}

/// Runs the first stage; `None` when there is nothing to check.
pub fn normalize<'a>(input: &'a str, findings: &mut Findings) -> Option<Normalized<'a>> {
    if input.len() > MAX_INPUT_BYTES {
        findings.error(Code::InputTooLong, Params::new().with("max", MAX_INPUT_BYTES).with("actual", input.len()));
        return None;
    }
    let trimmed = input.trim();
    // Nothing, or only the root (a dot of any width): no name to check.
    let mut chars = trimmed.chars();
    let only_root = matches!((chars.next(), chars.next()), (Some(c), None) if c == '.' || OTHER_DOTS.contains(&c));
    if trimmed.is_empty() || only_root {
        findings.error(Code::InputEmpty, Params::new());
        return None;
    }
    // The other dots are not ASCII: an ASCII name (most names) needs no search for them.
    let dots_mapped = !trimmed.is_ascii() && trimmed.contains(OTHER_DOTS);
    let mut name: Cow<'a, str> =
        if dots_mapped { Cow::Owned(trimmed.replace(OTHER_DOTS, ".")) } else { Cow::Borrowed(trimmed) };
    let trimmed_spaces = trimmed.len() != input.len();
    let had_trailing_dot = name.ends_with('.') && name.len() > 1;
    if had_trailing_dot {
        match &mut name {
            Cow::Borrowed(s) => *s = &s[..s.len() - 1],
            Cow::Owned(s) => {
                s.pop();
            }
        }
    }
    if trimmed_spaces {
        findings.info(Code::NameWhitespaceTrimmed, Params::new().with("name", shown_name(&name)));
    }
    if had_trailing_dot {
        findings.info(Code::NameTrailingDotRemoved, Params::new().with("name", shown_name(&name)));
    }
    Some(Normalized { name, dots_mapped })
}
