//! The input patterns of field sets: the small subset of regular expressions they use, so the
//! server checks exactly what the page's `pattern` attribute checks. A pattern is a sequence
//! of atoms, each a literal character or a class `[...]` of characters and ranges, each
//! optionally followed by `{n}` or `{m,n}`; it must match the whole value. Negated classes and
//! bare hyphens are outside it: browsers read them differently.
//!
//! Not the `regex` family: `regex-lite` 0.1, compiled into this crate's WebAssembly module with
//! one pattern matched from JS, adds 47,376 bytes raw and 19,826 gzipped (364,641 to 384,467,
//! measured 2026-12-07 with `scripts/build-pkg.sh` and `scripts/size.sh`), over the 15 KB this
//! project allows a library for this; and a browser's `pattern` attribute reads more syntax than
//! either, so the subset is the contract here, not the engine.

/// One atom and how often it may repeat.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Atom {
    /// Characters and inclusive ranges that match.
    ranges: Vec<(char, char)>,
    min: usize,
    max: usize,
}

/// Parses a pattern; `None` when it uses more than this subset.
fn parse(pattern: &str) -> Option<Vec<Atom>> {
    let mut atoms = Vec::new();
    let mut chars = pattern.chars().peekable();
    while let Some(c) = chars.next() {
        let ranges = match c {
            '[' => {
                // A negated class, or a hyphen that is not a range, reads differently in a
                // browser (the `v` flag makes a bare `-` an error): outside the subset.
                if matches!(chars.peek(), Some('^' | '-')) {
                    return None;
                }
                let mut ranges = Vec::new();
                loop {
                    let first = chars.next()?;
                    if first == ']' {
                        break;
                    }
                    if chars.peek() == Some(&'-') {
                        chars.next();
                        match chars.next()? {
                            ']' => return None,
                            last => ranges.push((first, last)),
                        }
                    } else {
                        ranges.push((first, first));
                    }
                }
                ranges
            }
            '\\' | '(' | ')' | '|' | '*' | '+' | '?' | '.' | '^' | '$' | '{' | '}' => return None,
            c => vec![(c, c)],
        };
        let (min, max) = if chars.peek() == Some(&'{') {
            chars.next();
            let mut spec = String::new();
            for c in chars.by_ref() {
                if c == '}' {
                    break;
                }
                spec.push(c);
            }
            match spec.split_once(',') {
                Some((m, n)) => (m.parse().ok()?, n.parse().ok()?),
                None => {
                    let n = spec.parse().ok()?;
                    (n, n)
                }
            }
        } else {
            (1, 1)
        };
        atoms.push(Atom { ranges, min, max });
    }
    Some(atoms)
}

/// Whether `value` matches the whole `pattern`; `false` for a pattern outside the subset.
pub fn matches(pattern: &str, value: &str) -> bool {
    let Some(atoms) = parse(pattern) else { return false };
    let chars: Vec<char> = value.chars().collect();
    matches_from(&atoms, &chars)
}

fn matches_from(atoms: &[Atom], chars: &[char]) -> bool {
    let Some((atom, rest)) = atoms.split_first() else { return chars.is_empty() };
    let fits = |c: &char| atom.ranges.iter().any(|&(a, b)| (a..=b).contains(c));
    let run = chars.iter().take(atom.max).take_while(|c| fits(c)).count();
    // Longest first; the patterns are short, so trying each count is cheap.
    (atom.min..=run).rev().any(|n| matches_from(rest, &chars[n..]))
}

/// Whether the pattern is within the subset.
pub fn is_supported(pattern: &str) -> bool {
    parse(pattern).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_subset() {
        assert!(matches("[A-Za-z]{2}", "dk"));
        assert!(!matches("[A-Za-z]{2}", "dnk"));
        assert!(matches("[A-Za-z0-9]{1,12}-[Dd][Kk]", "ABCD1234-dk"));
        assert!(!matches("[A-Za-z0-9]{1,12}-[Dd][Kk]", "ABCD1234"));
        assert!(matches("[0-9 ]{9,11}", "150 483 782"));
        assert!(!matches("[0-9 ]{9,11}", "15048378"));
        assert!(!is_supported("[0-9 -]{9}"));
        assert!(!is_supported("[^a]"));
        assert!(!is_supported("a+"));
        assert!(!matches("(a|b)", "a"));
    }
}
