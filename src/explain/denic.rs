//! DENIC's answers inside a registrar's text: the 11-digit result number and, for a failed
//! nameserver predelegation check, the NAST issues in brackets:
//! `53300102912 Nameserver error [ERROR: 901 Unexpected RCODE (target\, entity\, RCODE)
//! (ns3.test.ch./130.211.50.255:53\, er-ert.de\, REFUSED)]`.
//!
//! Sources: DENIC-29 "Fehlermeldungen bei Domainaufträgen",
//! <https://docs.denic.de/en/Content/DENIC-29/Fehlermeldungen%20bei%20Domainauftr%C3%A4gen.htm>
//! (read 2026-12-07; the result numbers), the NAST specification
//! <https://nast.denic.de/docs/spec/spec_en.html> (read 2026-12-07; ERROR and WARNING), HEXONET's
//! WHMCS FAQ #28 (rtldev-middleware-documentation ea9a139, 2023-09-28; the 901 text). The list of
//! names and the list of values match by position; commas and brackets inside them are escaped
//! with `\`.

/// One issue of DENIC's nameserver test.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NastIssue {
    /// `ERROR` or `WARNING`.
    pub level: String,
    /// The NAST issue number (`901`).
    pub code: u16,
    /// Its short text (`Unexpected RCODE`).
    pub text: String,
    /// The values by name (`target`, `entity`, `RCODE`).
    pub values: Vec<(String, String)>,
}

impl NastIssue {
    /// The value named `name` (any case).
    pub fn value(&self, name: &str) -> Option<&str> {
        self.values.iter().find(|(n, _)| n.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }

    /// The nameserver the issue is about: `target` (`ns3.test.ch./130.211.50.255:53`) without its
    /// address and final dot.
    pub fn host(&self) -> Option<&str> {
        let target = self.value("target").or_else(|| self.value("resolver"))?;
        let host = target.split(['/', ' ']).next()?.trim_end_matches('.');
        (!host.is_empty() && host.contains('.')).then_some(host)
    }
}

/// A DENIC answer found in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DenicAnswer {
    /// The 11-digit result number.
    pub number: String,
    /// The text after it, up to the bracket.
    pub text: String,
    /// The NAST issues in the bracket, errors first.
    pub issues: Vec<NastIssue>,
}

/// The first 11-digit DENIC result number in `text` with what follows it.
pub fn find(text: &str) -> Option<DenicAnswer> {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let run = bytes[i..].iter().take_while(|b| b.is_ascii_digit()).count();
        let before_ok = i == 0 || !bytes[i - 1].is_ascii_alphanumeric();
        if run == 11 && before_ok && bytes.get(i + 11) == Some(&b' ') {
            let after = &text[i + 12..];
            let bracket = after.find('[');
            let head_end = bracket.unwrap_or(after.len());
            let head = after[..head_end].trim().trim_end_matches([']', ')']).trim();
            let issues = bracket.map(|b| issues(bracketed(&after[b + 1..]))).unwrap_or_default();
            return Some(DenicAnswer { number: text[i..i + 11].to_owned(), text: head.to_owned(), issues });
        }
        i += run.max(1);
    }
    None
}

/// The text up to the unescaped `]` that closes the bracket (or the end).
fn bracketed(text: &str) -> &str {
    let mut depth = 0usize;
    let mut escaped = false;
    for (i, c) in text.char_indices() {
        match c {
            _ if escaped => escaped = false,
            '\\' => escaped = true,
            '[' => depth += 1,
            ']' if depth == 0 => return &text[..i],
            ']' => depth -= 1,
            _ => {}
        }
    }
    text
}

/// The most issues read from one answer.
const MAX_ISSUES: usize = 16;

/// The issues `LEVEL: NNN text (names) (values)` in a bracket, errors first, at most
/// [`MAX_ISSUES`]. One pass finds where each issue starts, so the work stays linear.
fn issues(text: &str) -> Vec<NastIssue> {
    let starts: Vec<(usize, &str)> = text
        .char_indices()
        .filter_map(|(i, _)| ["ERROR:", "WARNING:"].into_iter().find(|l| text[i..].starts_with(l)).map(|l| (i, l)))
        .collect();
    let mut found = Vec::new();
    for (n, &(at, level)) in starts.iter().enumerate() {
        let end = starts.get(n + 1).map_or(text.len(), |&(next, _)| next);
        let after = text[at + level.len()..end].trim_start();
        let digits = after.bytes().take_while(u8::is_ascii_digit).count();
        let Ok(code) = after[..digits].parse::<u16>() else { continue };
        let (short, groups) = split_groups(&after[digits..]);
        let values = match groups.as_slice() {
            [names, values] => list(names).into_iter().zip(list(values)).collect(),
            _ => Vec::new(),
        };
        found.push(NastIssue { level: level.trim_end_matches(':').to_owned(), code, text: short, values });
        if found.len() == MAX_ISSUES {
            break;
        }
    }
    // Errors first (a partition, not a sort: no sorting code in the WebAssembly module).
    let (mut errors, warnings): (Vec<_>, Vec<_>) = found.into_iter().partition(|issue| issue.level == "ERROR");
    errors.extend(warnings);
    errors
}

/// The short text before the first `(` and the parenthesised groups after it.
fn split_groups(body: &str) -> (String, Vec<&str>) {
    let open = body.find('(').unwrap_or(body.len());
    let text = body[..open].trim().trim_end_matches([';', ',']).trim().to_owned();
    let mut groups = Vec::new();
    let (mut depth, mut escaped, mut start) = (0usize, false, 0);
    for (i, c) in body.char_indices().skip_while(|&(i, _)| i < open) {
        match c {
            _ if escaped => escaped = false,
            '\\' => escaped = true,
            '(' => {
                if depth == 0 {
                    start = i + 1;
                }
                depth += 1;
            }
            ')' if depth > 0 => {
                depth -= 1;
                if depth == 0 {
                    groups.push(&body[start..i]);
                }
            }
            _ => {}
        }
    }
    (text, groups)
}

/// The items of a list separated by commas (escaped or not) outside brackets, unescaped.
fn list(text: &str) -> Vec<String> {
    let mut items = Vec::new();
    let mut current = String::new();
    let (mut depth, mut escaped) = (0usize, false);
    for c in text.chars() {
        if escaped {
            escaped = false;
            if c == ',' && depth == 0 {
                items.push(std::mem::take(&mut current));
            } else {
                current.push(c);
            }
            continue;
        }
        match c {
            '\\' => escaped = true,
            ',' if depth == 0 => items.push(std::mem::take(&mut current)),
            '(' | '[' => {
                depth += 1;
                current.push(c);
            }
            ')' | ']' => {
                depth = depth.saturating_sub(1);
                current.push(c);
            }
            _ => current.push(c),
        }
    }
    items.push(current);
    items.into_iter().map(|i| i.trim().to_owned()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_901_of_the_faq() {
        let text = r"Command failed; 53300102912 Nameserver error [ERROR: 901 Unexpected RCODE (target\, entity\, RCODE) (ns3.test.ch./130.211.50.255:53\, er-ert.de\, REFUSED)]";
        let answer = find(text).unwrap();
        assert_eq!((answer.number.as_str(), answer.text.as_str()), ("53300102912", "Nameserver error"));
        let issue = &answer.issues[0];
        assert_eq!((issue.level.as_str(), issue.code, issue.text.as_str()), ("ERROR", 901, "Unexpected RCODE"));
        assert_eq!(issue.host(), Some("ns3.test.ch"));
        assert_eq!((issue.value("entity"), issue.value("rcode")), (Some("er-ert.de"), Some("REFUSED")));
    }

    #[test]
    fn nested_values_and_several_issues() {
        let text = r"ERROR: 53300102912 Nameserver error [WARNING: 107 Insufficient diversity of nameserver's IP addresses (# expected, # found) (2, 1) ERROR: 116 SOA record response must be authoritative (resolver\, answer) (a.example./192.0.2.1:53 (UDP\, Timeout: 3s \[IPv4\]\, x)\, <No records>)]";
        let answer = find(text).unwrap();
        assert_eq!(answer.issues.iter().map(|i| i.code).collect::<Vec<_>>(), [116, 107]);
        assert_eq!(answer.issues[0].host(), Some("a.example"));
        assert_eq!(answer.issues[0].value("answer"), Some("<No records>"));
        assert_eq!(answer.issues[1].value("# found"), Some("1"));
        assert!(find("ERROR 901 no number").is_none());
        assert_eq!(
            find("53300102912 Nameserver error [ERROR: 901 Unexpected RCODE (1)]").unwrap().issues[0].values,
            []
        );
    }
}
