//! The registry's character table: which characters a zone accepts beyond a–z, 0–9 and `-`.

use super::NamePolicy;
use crate::code::Code;
use crate::findings::Findings;
use crate::name::idna2008::{self, Category, Script};
use crate::name::label::MAX_CHARACTER_FINDINGS;
use crate::report::Params;

/// Checks the registrable U-label `label` (at `index` in the name) against the zone's table.
/// The caller runs it only when the name stages found no error, so no character is refused
/// twice. A zone without a table gets an `info` that its registry may be stricter than IDNA2008.
pub fn check(label: &str, index: usize, policy: &NamePolicy, tld: &str, findings: &mut Findings) {
    if label.is_ascii() {
        return;
    }
    let Some(allowed) = policy.characters else {
        // A hint only beside no error: it would distract from what must be fixed.
        if findings.keeps() && findings.error_count() == 0 {
            findings.info(Code::ZoneIdnTableUnknown, Params::new().with("label", label).with("tld", tld));
        }
        return;
    };
    // A script the table has no letter of gets one finding, not one per character. Each string
    // of a table holds letters of one script (a test checks this), so its first letter names it.
    let in_table = |s: Script| allowed.iter().any(|set| set.chars().next().and_then(idna2008::script) == Some(s));
    let foreign: Vec<Script> = idna2008::scripts(label).iter().copied().filter(|&s| !in_table(s)).collect();
    for script in &foreign {
        findings.error(
            Code::ZoneScriptNotAllowed,
            Params::new().with("label", label).with("index", index).with("script", script.name()).with("tld", tld),
        );
    }
    let mut reported: Vec<char> = Vec::new();
    for (position, c) in label.chars().enumerate() {
        if c.is_ascii() || allowed.iter().any(|set| set.contains(c)) || reported.contains(&c) {
            continue;
        }
        let (category, script) = idna2008::lookup(c);
        if category == Category::Disallowed || script.is_some_and(|s| foreign.contains(&s)) {
            continue;
        }
        if reported.len() == MAX_CHARACTER_FINDINGS {
            break;
        }
        reported.push(c);
        findings.error(
            Code::ZoneCharacterNotAllowed,
            Params::new()
                .with("label", label)
                .with("index", index)
                .with("char", c.to_string())
                .with("codepoint", crate::display::codepoint(c))
                .with("position", position + 1)
                .with("tld", tld),
        );
    }
}
