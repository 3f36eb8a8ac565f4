//! The postal-code patterns of the address data: the subset of regular expressions they use,
//! matched against the whole value. Literals, `\d`, `\s`, classes `[...]` with ranges and `^`,
//! groups `(...)` and `(?:...)`, alternation `|`, and the quantifiers `?`, `*`, `+`, `{n}`,
//! `{m,n}`; no anchors, look-around or back-references (the generator refuses a pattern outside
//! it). Patterns come only from the generated tables, never from input, and values are short,
//! so plain backtracking is enough. A regex crate would cost about 40 KB gzipped in the WebAssembly module (regex-lite 0.1.9
//! over idna alone, measured in `reference/toolchain.md`) for these few hundred patterns.

/// One element of a pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Node {
    /// One character, or one of a set (`negated`: any character but these).
    Class { ranges: Vec<(char, char)>, negated: bool },
    /// Alternatives, each a sequence.
    Group(Vec<Vec<Node>>),
    /// A node repeated `min` to `max` times.
    Repeat { node: Box<Node>, min: usize, max: usize },
}

/// The longest value matched: postal codes are short (RFC 5733 allows 16 characters), so a
/// longer value cannot match and is refused before any backtracking.
const MAX_VALUE_CHARS: usize = 32;

/// Whether `value` matches `pattern` as a whole. A pattern outside the subset matches nothing.
pub fn matches(pattern: &str, value: &str) -> bool {
    let chars: Vec<char> = value.chars().collect();
    if chars.len() > MAX_VALUE_CHARS {
        return false;
    }
    match parse(pattern) {
        Some(nodes) => match_sequence(&nodes, &chars, 0, &mut |end| end == chars.len()),
        None => false,
    }
}

/// Whether `pattern` is within the subset.
pub fn is_supported(pattern: &str) -> bool {
    parse(pattern).is_some()
}

/// Whether `value` starts with a match of `pattern` (a subdivision's postal prefix).
pub fn matches_prefix(pattern: &str, value: &str) -> bool {
    let chars: Vec<char> = value.chars().take(MAX_VALUE_CHARS).collect();
    match parse(pattern) {
        Some(nodes) => match_sequence(&nodes, &chars, 0, &mut |_| true),
        None => false,
    }
}

fn parse(pattern: &str) -> Option<Vec<Node>> {
    let chars: Vec<char> = pattern.chars().collect();
    let mut at = 0;
    let alternatives = parse_alternatives(&chars, &mut at)?;
    if at != chars.len() {
        return None;
    }
    Some(vec![Node::Group(alternatives)])
}

/// Sequences separated by `|`, up to a `)` or the end.
fn parse_alternatives(chars: &[char], at: &mut usize) -> Option<Vec<Vec<Node>>> {
    let mut alternatives = vec![Vec::new()];
    while let Some(&c) = chars.get(*at) {
        match c {
            ')' => break,
            '|' => {
                *at += 1;
                alternatives.push(Vec::new());
            }
            _ => {
                let atom = parse_atom(chars, at)?;
                let node = parse_quantifier(chars, at, atom)?;
                alternatives.last_mut()?.push(node);
            }
        }
    }
    Some(alternatives)
}

fn parse_atom(chars: &[char], at: &mut usize) -> Option<Node> {
    let c = *chars.get(*at)?;
    *at += 1;
    let single = |c: char| Node::Class { ranges: vec![(c, c)], negated: false };
    Some(match c {
        '(' => {
            if chars.get(*at) == Some(&'?') {
                if chars.get(*at + 1) != Some(&':') {
                    return None;
                }
                *at += 2;
            }
            let alternatives = parse_alternatives(chars, at)?;
            if chars.get(*at) != Some(&')') {
                return None;
            }
            *at += 1;
            Node::Group(alternatives)
        }
        '[' => parse_class(chars, at)?,
        '\\' => escape(*chars.get(*at)?).inspect(|_| *at += 1)?,
        '^' | '$' | '.' | '*' | '+' | '?' | '{' | '}' | ']' => return None,
        c => single(c),
    })
}

/// `\d`, `\s` or an escaped punctuation character.
fn escape(c: char) -> Option<Node> {
    match c {
        'd' => Some(Node::Class { ranges: vec![('0', '9')], negated: false }),
        's' => Some(Node::Class { ranges: vec![(' ', ' ')], negated: false }),
        c if c.is_ascii_punctuation() => Some(Node::Class { ranges: vec![(c, c)], negated: false }),
        _ => None,
    }
}

fn parse_class(chars: &[char], at: &mut usize) -> Option<Node> {
    let negated = chars.get(*at) == Some(&'^');
    if negated {
        *at += 1;
    }
    let mut ranges = Vec::new();
    loop {
        let c = *chars.get(*at)?;
        *at += 1;
        let first = match c {
            ']' if !ranges.is_empty() => break,
            '\\' => {
                let escaped = *chars.get(*at)?;
                *at += 1;
                match escape(escaped)? {
                    Node::Class { ranges: mut r, .. } if escaped == 'd' || escaped == 's' => {
                        ranges.append(&mut r);
                        continue;
                    }
                    _ => escaped,
                }
            }
            c => c,
        };
        if chars.get(*at) == Some(&'-') && chars.get(*at + 1).is_some_and(|&c| c != ']') {
            let last = *chars.get(*at + 1)?;
            *at += 2;
            if last < first {
                return None;
            }
            ranges.push((first, last));
        } else {
            ranges.push((first, first));
        }
    }
    Some(Node::Class { ranges, negated })
}

fn parse_quantifier(chars: &[char], at: &mut usize, node: Node) -> Option<Node> {
    let (min, max) = match chars.get(*at) {
        Some('?') => (0, 1),
        Some('*') => (0, MAX_VALUE_CHARS),
        Some('+') => (1, MAX_VALUE_CHARS),
        Some('{') => {
            let close = chars[*at..].iter().position(|&c| c == '}')? + *at;
            let inner: String = chars[*at + 1..close].iter().collect();
            let (min, max) = match inner.split_once(',') {
                Some((min, max)) => (min.parse().ok()?, max.parse().ok()?),
                None => {
                    let n = inner.parse().ok()?;
                    (n, n)
                }
            };
            if min > max {
                return None;
            }
            *at = close;
            (min, max)
        }
        _ => return Some(node),
    };
    *at += 1;
    Some(Node::Repeat { node: Box::new(node), min, max })
}

/// Matches `nodes` from `at`; `then` is called with each end position reached, longest first,
/// until it returns `true`.
fn match_sequence(nodes: &[Node], chars: &[char], at: usize, then: &mut dyn FnMut(usize) -> bool) -> bool {
    let Some((first, rest)) = nodes.split_first() else { return then(at) };
    match_node(first, chars, at, &mut |end| match_sequence(rest, chars, end, then))
}

fn match_node(node: &Node, chars: &[char], at: usize, then: &mut dyn FnMut(usize) -> bool) -> bool {
    match node {
        Node::Class { ranges, negated } => match chars.get(at) {
            Some(&c) if ranges.iter().any(|&(lo, hi)| (lo..=hi).contains(&c)) != *negated => then(at + 1),
            _ => false,
        },
        Node::Group(alternatives) => alternatives.iter().any(|sequence| match_sequence(sequence, chars, at, then)),
        Node::Repeat { node, min, max } => match_repeat(node, *min, *max, chars, at, then),
    }
}

/// `node` at least `min` and at most `max` more times, greedily.
fn match_repeat(
    node: &Node,
    min: usize,
    max: usize,
    chars: &[char],
    at: usize,
    then: &mut dyn FnMut(usize) -> bool,
) -> bool {
    if max > 0
        && match_node(node, chars, at, &mut |end| {
            end > at && match_repeat(node, min.saturating_sub(1), max - 1, chars, end, then)
        })
    {
        return true;
    }
    min == 0 && then(at)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn patterns_of_the_address_data() {
        let ca = "[ABCEGHJKLMNPRSTVXY]\\d[ABCEGHJ-NPRSTV-Z] ?\\d[ABCEGHJ-NPRSTV-Z]\\d";
        assert!(matches(ca, "K1A 0B1") && matches(ca, "K1A0B1"));
        assert!(!matches(ca, "K1A 0B") && !matches(ca, "D1A 0B1") && !matches(ca, "K1A  0B1"));
        let us = "(\\d{5})(?:[ \\-](\\d{4}))?";
        assert!(matches(us, "95014") && matches(us, "95014-1234") && matches(us, "95014 1234"));
        assert!(!matches(us, "9501") && !matches(us, "95014-123") && !matches(us, "950141"));
        let nl = "[1-9]\\d{3} ?(?:[A-RT-Z][A-Z]|S[BCE-RT-Z])";
        assert!(matches(nl, "1234 AB") && matches(nl, "1234SB"));
        assert!(!matches(nl, "1234 SA") && !matches(nl, "0234 AB"));
        assert!(matches("\\d{4}-\\d{3}", "1000-001") && !matches("\\d{4}-\\d{3}", "1000001"));
        assert!(matches("[^0]\\d+", "12345") && !matches("[^0]\\d+", "02345"));
    }

    #[test]
    fn prefixes() {
        assert!(matches_prefix("K|L|M|N|P", "K1A 0B1"));
        assert!(!matches_prefix("K|L|M|N|P", "H1A 0B1"));
        assert!(matches_prefix("9[0-5]|96[01]", "96145"));
    }

    #[test]
    fn outside_the_subset() {
        for pattern in ["^\\d{5}$", "a.b", "(?=a)", "\\1", "[z-a]", "a{3,1}", "(ab", "ab)"] {
            assert!(!is_supported(pattern), "{pattern}");
            assert!(!matches(pattern, "ab"), "{pattern}");
        }
    }
}
